"""The extraction cache: one entry per article, keyed by its bytes and the extractor's version.

The version hashes the extraction code, the language data and the gazetteers, so any change
to them invalidates everything (measured: a full re-extraction of the demo takes well under
a second, so finer invalidation is not worth its risk). The cache only ever saves work: it
is safe to delete, and a corrupt or foreign entry is ignored and recomputed.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import __version__
from .fuse.units import ArticleResult

CODE_DIRS = ("text", "extract", "dates", "lang", "fuse")


def code_fingerprint() -> str:
    """Hash of the extraction code and language data files."""
    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    files = [root / "models.py", root / "gazetteer.py", root / "slugs.py"]
    for d in CODE_DIRS:
        files += sorted((root / d).rglob("*.py")) + sorted((root / d).rglob("*.yaml"))
    for f in files:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:20]


class Cache:
    """A folder of pickled ArticleResults (written by this tool only)."""

    def __init__(self, folder: Path | None, version: str) -> None:
        self.folder = folder / version if folder else None
        self.version = version

    @staticmethod
    def key(data: bytes, name: str) -> str:
        return hashlib.sha256(name.encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> ArticleResult | None:
        if not self.folder:
            return None
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
            return None
        return value if isinstance(value, ArticleResult) else None

    def put(self, key: str, value: ArticleResult) -> None:
        if not self.folder:
            return
        folder = self.folder / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

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
