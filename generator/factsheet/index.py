"""What the tool knows of the sheets it wrote into one folder, so unchanged runs skip YAML.

Reading 10,000 sheets back (to keep ids stable) and rendering 10,000 sheets (to see that they
are unchanged) cost more than the rest of a no-change run. The index remembers, per file, the
size and modification time it had when this tool last read or wrote it, what it says about
its meeting (articles, participants, call or not) and a digest of the sheet it holds. A file
whose size or time differ (an editor touched it, git checked it out) is read again, so the
index only ever saves work: it is safe to delete, and a damaged one is ignored.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..cache import Warn, read_pickle, write_pickle
from .models import FactSheet

FORMAT = 2


@dataclass(frozen=True)
class OnDisk:
    """What a sheet already written says about its meeting, for keeping its id."""

    articles: frozenset[str]
    people: frozenset[str]
    phone: bool
    merged: tuple[tuple[str, frozenset[str]], ...] = ()   # meetings merged into it by an editor
    split_from: str | None = None                         # the meeting an editor split it from


def on_disk(sheet: FactSheet) -> OnDisk:
    """What a sheet says about its meeting, as the index keeps it."""
    merged = tuple((m.id, frozenset(m.articles)) for m in sheet.review.merged or ())
    return OnDisk(frozenset(s.article for s in sheet.sources), frozenset(p.id for p in sheet.participants),
                  sheet.kind == "phone", merged, sheet.review.split_from)


@dataclass(frozen=True)
class Entry:
    size: int
    mtime_ns: int
    digest: str | None      # of the sheet that was rendered into the file; None: read back only
    disk: OnDisk


class SheetIndex:
    """Index of one output folder, kept in a file of the extraction cache (or nowhere)."""

    def __init__(self, file: Path | None, warn: Warn | None = None) -> None:
        self.file = file
        self.entries: dict[str, Entry] = {}
        self._dirty = False
        stored = read_pickle(file, file.name, warn) if file else None
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == FORMAT and isinstance(stored[1], dict):
            self.entries = stored[1]

    @staticmethod
    def for_folder(cache: Path | None, folder: Path, version: str, warn: Warn | None = None) -> "SheetIndex":
        """The index of `folder` in the cache (none when there is no cache)."""
        if cache is None:
            return SheetIndex(None)
        name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        return SheetIndex(cache / version / f"sheets-{name}.pickle", warn)

    def fresh(self, path: Path, stat: os.stat_result | None = None) -> Entry | None:
        """The entry of a file when it is as this tool last saw it."""
        entry = self.entries.get(path.name)
        if entry is None:
            return None
        try:
            st = stat or path.stat()
        except OSError:
            return None
        return entry if (st.st_size, st.st_mtime_ns) == (entry.size, entry.mtime_ns) else None

    def record(self, path: Path, digest: str | None, disk: OnDisk) -> None:
        st = path.stat()
        self.entries[path.name] = Entry(st.st_size, st.st_mtime_ns, digest, disk)
        self._dirty = True

    def forget(self, path: Path) -> None:
        if self.entries.pop(path.name, None) is not None:
            self._dirty = True

    def save(self) -> None:
        """Write the index atomically (a run killed meanwhile leaves the old one)."""
        if self.file is None or not self._dirty:
            return
        write_pickle(self.file, (FORMAT, self.entries), self.file.name)
        self._dirty = False
