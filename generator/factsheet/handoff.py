"""Sheets handed on in one process instead of being parsed again, and what the site is given.

`SheetMemo` holds, per file, the sheet it holds, for as long as the file keeps its size and
modification time. `digest build` gives the writer one: parsing thousands of YAML sheets it
has just written cost a fifth of a cold build, so each written sheet is kept there in the
plain form that was dumped to YAML and validated only when the site asks (the very model
reading the file gives). The MkDocs plugin keeps one across `mkdocs serve` rebuilds. A file
changed since (another size or time) is parsed as usual.

`SiteInput` is what `digest build` passes to the MkDocs plugin (`DigestPlugin.receive`):
the project's paths as that run used them, the sheets it read through the one reader (their
problems already reported) and the gazetteer it loaded. Nothing is kept in module state.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .models import FactSheet

if TYPE_CHECKING:   # the gazetteer is below the sheets; only its type is named here
    from ..gazetteer import Gazetteer
    from ..project import ProjectPaths
    from .reader import Sheets

Stamp = tuple[int, int]


def stamp(st: os.stat_result) -> Stamp:
    """What tells a file changed: its size and modification time."""
    return st.st_size, st.st_mtime_ns


@dataclass
class _Held:
    stamp: Stamp
    value: FactSheet | dict
    ready: bool            # value is the model reading the file gives


class SheetMemo:
    """The sheet each file holds, while the file is unchanged."""

    def __init__(self) -> None:
        self._held: dict[str, _Held] = {}

    def __len__(self) -> int:
        return len(self._held)

    def keep(self, path: Path, sheet: FactSheet | dict, as_read: bool = False) -> None:
        """Remember what a file holds now: a sheet as fused or its plain JSON-mode form as
        dumped (validated when asked for), or with `as_read` the model read from the file."""
        self._held[str(path.resolve())] = _Held(stamp(path.stat()), sheet, as_read)

    def get(self, path: Path, file_stamp: Stamp) -> FactSheet | None:
        """The sheet a file holds as it reads back, when it has not changed since it was kept."""
        held = self._held.get(str(path.resolve()))
        if held is None or held.stamp != file_stamp:
            return None
        if not held.ready:
            data = held.value if isinstance(held.value, dict) else \
                held.value.model_dump(mode="json", exclude_none=True)
            held.value, held.ready = FactSheet.model_validate(data), True
        assert isinstance(held.value, FactSheet)
        return held.value


@dataclass
class SiteInput:
    """Everything `digest build` gives the site: where things are and what it read."""

    paths: ProjectPaths
    sheets: Sheets
    gazetteer: Gazetteer | None = None     # None: the site loads paths.gazetteer
