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
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Callable, Generic, TypeVar

from . import __version__

CODE_DIRS = ("text", "extract", "dates", "lang", "fuse", "world", "factsheet")
MAGIC = b"meeting-digest cache 3\n"     # first line of every cache file (see `seal`)


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


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def seal(key: str, value: Any, dumps: Callable[[Any], bytes] = _dumps) -> bytes:
    """A value pickled (by `dumps`), with the key it belongs to and a checksum."""
    payload = dumps(value)
    return MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unseal(data: bytes, key: str, loads: Callable[[bytes], Any] = pickle.loads) -> tuple[Any, str | None]:
    """(value, None), or (None, why the bytes are not a sound entry for this key); `loads`
    unpickles the payload."""
    if not data.startswith(MAGIC):
        return None, "is not in this version's format"
    stored, _, rest = data[len(MAGIC):].partition(b"\n")
    digest, _, payload = rest.partition(b"\n")
    if stored != key.encode():
        return None, "was written for another entry (its key differs)"
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None, "is damaged (its checksum does not match)"
    try:
        return loads(payload), None
    except (Exception, MemoryError, RecursionError) as exc:   # sealed by an incompatible version
        return None, f"cannot be read ({type(exc).__name__})"


def read_pickle(path: Path, key: str, warn: Warn | None = None,
                loads: Callable[[bytes], Any] = pickle.loads) -> Any:
    """A value this tool sealed into its cache, or None when it is missing or unsound (then
    the file is removed and `warn` is told why)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    value, problem = unseal(data, key, loads)
    if problem is None:
        return value
    path.unlink(missing_ok=True)
    if warn is not None:
        warn(f"{path}: cache entry {problem}; dropped, and what it held is worked out again")
    return None


def unpickle(data: bytes) -> Any:
    """A value this tool pickled (held in one of its sealed cache files)."""
    return pickle.loads(data)


def write_pickle(path: Path, value: Any, key: str, made: set[Path] | None = None,
                 dumps: Callable[[Any], bytes] = _dumps) -> None:
    """Seal a value into the cache atomically (a run killed meanwhile leaves the old file).
    `made`: folders already created in this run (not asked for again)."""
    if made is None or path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(seal(key, value, dumps))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


T = TypeVar("T")

# One SQLite file holds a version's article entries, one row each. A file per article cost a
# new inode each, about 0.7 ms of kernel time on the machines measured: 5 s of a 25 s cold run
# of 10,000 articles, in the run's only serial stretch; a row costs almost nothing.
ENTRIES = "articles.sqlite"
BATCH = 500          # rows per transaction: a run killed midway keeps what it committed
WAIT = 30.0          # seconds to wait for another run that is writing the file


class Cache(Generic[T]):
    """Sealed values, one per article key, in one SQLite file (written by this tool only). What
    a value is, the caller says: `get` returns only instances of the type it was made with.
    Unsound entries are dropped, and an unreadable file is replaced; both are listed in
    `warnings`. Call `close` when done (it commits what `put` left pending)."""

    def __init__(self, folder: Path | None, version: str, kind: type[T]) -> None:
        self.folder = folder / version if folder else None
        self.path = self.folder / ENTRIES if self.folder else None
        self.version = version
        self.kind = kind
        self.warnings: list[str] = []
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, bytes] = {}
        self._off = False    # the file could not be used this run (locked, read-only)

    @staticmethod
    def key(data: bytes, path: Path) -> str:
        """An article's entry: its bytes and where it lies (results name the file they came from)."""
        return hashlib.sha256(str(path.absolute()).encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> T | None:
        """The value stored under a key, when there is a sound one of the cache's type."""
        if key in self._pending:
            return unseal(self._pending[key], key)[0]
        row = self._run("SELECT value FROM entry WHERE key = ?", (key,))
        if not row:
            return None
        value, problem = unseal(row[0], key)
        if problem is None and not isinstance(value, self.kind):
            problem = f"holds a {type(value).__name__}, not a {self.kind.__name__}"
        if problem is None:
            return value
        self._run("DELETE FROM entry WHERE key = ?", (key,))
        self.warnings.append(f"{self.path}: cache entry {key} {problem}; dropped, and what it held "
                             "is worked out again")
        return None

    def put(self, key: str, value: T) -> None:
        """Store a value under a key (committed in batches, and by `close`)."""
        if self.path and not self._off:
            self._pending[key] = seal(key, value)
            if len(self._pending) >= BATCH:
                self._commit()

    def close(self) -> None:
        """Commit what is pending and let the file go (before a fork, and at the end of a run)."""
        self._commit()
        if self._db is not None:
            self._db.close()
            self._db = None

    def _commit(self) -> None:
        if self._pending:
            rows, self._pending = list(self._pending.items()), {}
            self._run("INSERT OR REPLACE INTO entry (key, value) VALUES (?, ?)", rows, many=True)

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=WAIT)
            try:
                # A lost cache only costs time, so a commit need not wait for the disk; a file
                # damaged by a crash is found by the check below and replaced.
                db.execute("PRAGMA synchronous = OFF")
                if db.execute("PRAGMA quick_check").fetchone() != ("ok",):
                    raise sqlite3.DatabaseError("its consistency check fails")
                db.execute("CREATE TABLE IF NOT EXISTS entry (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db

    def _run(self, sql: str, args: Any, many: bool = False) -> Any:
        """A statement's first row (None when there is none or the file is off), mending once
        a file that is not a sound database."""
        if not self.path or self._off:
            return None
        for attempt in (1, 2):
            try:
                db = self._connect()
                with db:
                    if many:
                        db.executemany(sql, args)
                        return None
                    return db.execute(sql, args).fetchone()
            except sqlite3.OperationalError as exc:   # locked by another run, read-only, no room
                if "malformed" not in str(exc) and "not a database" not in str(exc):
                    self._off = True
                    self.warnings.append(f"{self.path}: the extraction cache cannot be used ({exc}); "
                                         "this run works without it")
                    return None
                self._drop(exc)
            except sqlite3.DatabaseError as exc:      # garbage, truncated, another tool's file
                self._drop(exc)
            if attempt == 2:
                self._off = True
        return None

    def _drop(self, exc: Exception) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        assert self.path is not None
        for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
            leftover.unlink(missing_ok=True)
        self.warnings.append(f"{self.path}: cache entry file is not sound ({exc}); dropped, and what "
                             "it held is worked out again")

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
