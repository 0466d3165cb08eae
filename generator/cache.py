"""The extraction cache: one entry per article, keyed by its bytes, its path and the extractor's version.

The version hashes the extraction code, the language data and the gazetteers, so any change
to them invalidates everything (measured: a full re-extraction of the demo takes well under
a second, so finer invalidation is not worth its risk). The cache only ever saves work: it
is safe to delete, and a corrupt or foreign entry is ignored and recomputed. The version
folder also holds what runs remember about grouping, fusion and the sheets on disk
(fuse/memo.py, factsheet/index.py), so a new version drops those too.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import __version__

CODE_DIRS = ("text", "extract", "dates", "lang", "fuse", "world", "factsheet")


def code_fingerprint() -> str:
    """Hash of the extraction code and language data files."""
    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    files = [root / n for n in ("models.py", "gazetteer.py", "slugs.py", "yamlio.py")]
    for d in CODE_DIRS:
        files += sorted((root / d).rglob("*.py")) + sorted((root / d).rglob("*.yaml"))
    for f in files:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:20]


# Only files this tool wrote into its own cache folder are ever unpickled (pickle runs code);
# every other input is YAML or text read with safe loaders.
_BAD_PICKLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError,
               IndexError, KeyError)


def read_pickle(path: Path) -> Any:
    """A value this tool pickled into its cache, or None when it is missing or unreadable."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except _BAD_PICKLE:
        return None


def unpickle(data: bytes) -> Any:
    """A value this tool pickled (held in one of its cache files)."""
    return pickle.loads(data)


def write_pickle(path: Path, value: Any) -> None:
    """Pickle a value into the cache atomically (a run killed meanwhile leaves the old file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


T = TypeVar("T")


class Cache(Generic[T]):
    """A folder of pickled values, one per article key (written by this tool only). What a
    value is, the caller says: `get` returns only instances of the type it was made with."""

    def __init__(self, folder: Path | None, version: str, kind: type[T]) -> None:
        self.folder = folder / version if folder else None
        self.version = version
        self.kind = kind

    @staticmethod
    def key(data: bytes, path: Path) -> str:
        """An article's entry: its bytes and where it lies (results name the file they came from)."""
        return hashlib.sha256(str(path.absolute()).encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> T | None:
        """The value stored under a key, when there is one of the cache's type."""
        if not self.folder:
            return None
        value = read_pickle(self.folder / key[:2] / f"{key}.pickle")
        return value if isinstance(value, self.kind) else None

    def put(self, key: str, value: T) -> None:
        """Store a value under a key (atomically)."""
        if self.folder:
            write_pickle(self.folder / key[:2] / f"{key}.pickle", value)

    def prune(self) -> None:
        """Drop entries of other extractor versions."""
        if not self.folder:
            return
        parent = self.folder.parent
        if parent.exists():
            for child in parent.iterdir():
                if child.is_dir() and child.name != self.version:
                    for f in sorted(child.rglob("*"), reverse=True):
                        f.unlink() if f.is_file() else f.rmdir()
                    child.rmdir()
