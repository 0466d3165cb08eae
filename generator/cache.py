"""The extraction cache: one entry per article, keyed by its bytes, its path and the extractor's version.

The version hashes the extraction code, the language data and the gazetteers, so any change
to them invalidates everything (measured: a full re-extraction of the demo takes well under
a second, so finer invalidation is not worth its risk). The cache only ever saves work: it
is safe to delete, and a damaged or foreign entry is dropped with a warning and recomputed. The version
folder also holds what runs remember about grouping, fusion and the sheets on disk
(fuse/memo.py, factsheet/index.py), so a new version drops those too.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable, Generic, TypeVar

from . import __version__

CODE_DIRS = ("text", "extract", "dates", "lang", "fuse", "world", "factsheet")
MAGIC = b"meeting-digest cache 2\n"     # first line of every cache file (see `seal`)


def code_fingerprint() -> str:
    """Hash of the extraction code and language data files."""
    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode() + MAGIC)
    files = [root / n for n in ("models.py", "gazetteer.py", "slugs.py", "yamlio.py")]
    for d in CODE_DIRS:
        files += sorted((root / d).rglob("*.py")) + sorted((root / d).rglob("*.yaml"))
    for f in files:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:20]


# Only files this tool wrote into its own cache folder (and the checked world data it keeps
# beside the package's data, generator/world) are ever unpickled (pickle runs code);
# every other input is YAML or text read with safe loaders. Each file is sealed: a header
# line, the key it was written under and a checksum of the pickled bytes, so a damaged file
# (a disk error, a run killed by an old version, a copy under another name) is never
# unpickled, and an entry is never taken for another one.
Warn = Callable[[str], None]


def seal(key: str, value: Any) -> bytes:
    """A value pickled, with the key it belongs to and a checksum."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unseal(data: bytes, key: str) -> tuple[Any, str | None]:
    """(value, None), or (None, why the bytes are not a sound entry for this key)."""
    if not data.startswith(MAGIC):
        return None, "is not in this version's format"
    stored, _, rest = data[len(MAGIC):].partition(b"\n")
    digest, _, payload = rest.partition(b"\n")
    if stored != key.encode():
        return None, "was written for another entry (its key differs)"
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None, "is damaged (its checksum does not match)"
    try:
        return pickle.loads(payload), None
    except (Exception, MemoryError, RecursionError) as exc:   # sealed by an incompatible version
        return None, f"cannot be read ({type(exc).__name__})"


def read_pickle(path: Path, key: str, warn: Warn | None = None) -> Any:
    """A value this tool sealed into its cache, or None when it is missing or unsound (then
    the file is removed and `warn` is told why)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    value, problem = unseal(data, key)
    if problem is None:
        return value
    path.unlink(missing_ok=True)
    if warn is not None:
        warn(f"{path}: cache entry {problem}; dropped, and what it held is worked out again")
    return None


def unpickle(data: bytes) -> Any:
    """A value this tool pickled (held in one of its sealed cache files)."""
    return pickle.loads(data)


def write_pickle(path: Path, value: Any, key: str, made: set[Path] | None = None) -> None:
    """Seal a value into the cache atomically (a run killed meanwhile leaves the old file).
    `made`: folders already created in this run (not asked for again)."""
    if made is None or path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(seal(key, value))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


T = TypeVar("T")


class Cache(Generic[T]):
    """A folder of sealed values, one per article key (written by this tool only). What a
    value is, the caller says: `get` returns only instances of the type it was made with.
    Entries found unsound are dropped and listed in `warnings`."""

    def __init__(self, folder: Path | None, version: str, kind: type[T]) -> None:
        self.folder = folder / version if folder else None
        self.version = version
        self.kind = kind
        self.warnings: list[str] = []
        self._made: set[Path] = set()

    @staticmethod
    def key(data: bytes, path: Path) -> str:
        """An article's entry: its bytes and where it lies (results name the file they came from)."""
        return hashlib.sha256(str(path.absolute()).encode() + b"\0" + data).hexdigest()

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> T | None:
        """The value stored under a key, when there is a sound one of the cache's type."""
        if not self.folder:
            return None
        value = read_pickle(self._file(key), key, self.warnings.append)
        if value is None or isinstance(value, self.kind):
            return value
        self._file(key).unlink(missing_ok=True)
        self.warnings.append(f"{self._file(key)}: cache entry holds a {type(value).__name__}, not a "
                             f"{self.kind.__name__}; dropped, and what it held is worked out again")
        return None

    def put(self, key: str, value: T) -> None:
        """Store a value under a key (atomically)."""
        if self.folder:
            write_pickle(self._file(key), value, key, self._made)

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
