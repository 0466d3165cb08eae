"""Grouping and fusion remembered between runs, so a rebuild redoes only what changed.

Grouping: which pairs of reports were found to be one meeting. A report is known by its
article's cache key (a hash of its bytes) and its index there, so a report seen before gives
the same comparisons again; only pairs involving a new report are compared.

Fusion: a group's sheet is a function of its id, the exact articles it draws on (their cache keys,
which hash their bytes), which of their reports it holds, and the people those reports name
(a provisional person's record may come from another article); the extractor's version
covers the code, language data and gazetteers. The key hashes all of these, so a hit is
always the sheet `fuse` would make. Entries unused by a run are dropped when it saves.
"""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Callable

from ..cache import Warn, read_pickle, unpickle, write_pickle
from ..factsheet.models import FactSheet
from ..models import Person
from ..extract.units import Unit

FORMAT = 1


class _Store:
    """One sealed pickle file in the extraction cache (or none: nothing remembered)."""

    def __init__(self, file: Path | None, warn: Warn | None = None) -> None:
        self.file = file
        self.old: dict = {}
        stored = read_pickle(file, file.name, warn) if file else None
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == FORMAT and isinstance(stored[1], dict):
            self.old = stored[1]

    def _write(self, entries: dict) -> None:
        if self.file is not None:
            write_pickle(self.file, (FORMAT, entries), self.file.name)


def unit_id(unit: Unit, article_keys: dict[str, str]) -> str:
    """A report as identified across runs: its article's bytes and its place in the article."""
    return f"{unit.article}\0{article_keys.get(unit.article, '?')}\0{unit.index}"


class GroupMemo(_Store):
    """The reports of the last run and the pairs of them that were found to be one meeting."""

    def __init__(self, file: Path | None, article_keys: dict[str, str], warn: Warn | None = None) -> None:
        super().__init__(file, warn)
        self.article_keys = article_keys
        self.seen: frozenset[str] = self.old.get("seen", frozenset())
        self.joins: dict[tuple[str, str], tuple[float, str]] = self.old.get("joins", {})
        self.new: dict = {}

    def uid(self, unit: Unit) -> str:
        return unit_id(unit, self.article_keys)

    def remember(self, uids: list[str], joins: dict[tuple[str, str], tuple[float, str]]) -> None:
        self.new = {"seen": frozenset(uids), "joins": joins}

    def save(self) -> None:
        if self.new and (self.new["seen"] != self.seen or self.new["joins"] != self.joins):
            self._write(self.new)


class FusionMemo(_Store):
    """Pickled sheets keyed by what they were fused from."""

    def __init__(self, file: Path | None, article_keys: dict[str, str], warn: Warn | None = None) -> None:
        super().__init__(file, warn)
        self.article_keys = article_keys
        self.new: dict[str, bytes] = {}
        self.hits = 0

    def key(self, sheet_id: str, units: list[Unit], people: dict[str, Person]) -> str:
        """What a group's sheet depends on, hashed."""
        h = hashlib.sha256(sheet_id.encode())
        named: set[str] = set()
        for u in units:
            h.update(b"\0" + unit_id(u, self.article_keys).encode())
            named.update(p.person for p in u.parties)
            named.update(m[0] for m in u.mentioned)
            named.update(q.speaker_id for q in u.quotes if q.speaker_id)
        for pid in sorted(named):
            person = people.get(pid)
            h.update(f"\0{pid}\0{person.model_dump_json() if person else '-'}".encode())
        return h.hexdigest()

    def sheet(self, sheet_id: str, units: list[Unit], people: dict[str, Person],
              fuse: Callable[[], FactSheet]) -> FactSheet:
        """The remembered sheet of a group, or a freshly fused one (a new object either way)."""
        if self.file is None:
            return fuse()
        key = self.key(sheet_id, units, people)
        data = self.new.get(key) or self.old.get(key)
        if data is not None:
            self.hits += 1
            self.new[key] = data
            return unpickle(data)
        made = fuse()
        self.new[key] = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        return made

    def save(self) -> None:
        """Keep what this run used, atomically."""
        if self.new.keys() != self.old.keys():
            self._write(self.new)
