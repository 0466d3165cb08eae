"""Sheets this process has just written, as they read back: `digest build` skips re-parsing.

`digest build` extracts and then builds the site in one process. Parsing thousands of YAML
sheets it has just written cost a fifth of a cold build; instead the write stage leaves each
sheet here as the site would read it back (validated from the same plain data that was
dumped to YAML), keyed by the file's path, size and modification time. A file changed since
(a different size or time) is parsed as usual, and a plain `mkdocs build` finds nothing here.
"""
from __future__ import annotations

import os
from pathlib import Path

from .models import FactSheet

_SHEETS: dict[str, tuple[tuple[int, int], FactSheet | dict]] = {}


def stamp(st: os.stat_result) -> tuple[int, int]:
    return st.st_size, st.st_mtime_ns


def keep(path: Path, sheet: FactSheet | dict) -> None:
    """Remember the sheet a file holds (the model, or its plain JSON-mode form as dumped)."""
    _SHEETS[str(path.resolve())] = (stamp(path.stat()), sheet)


def get(path: Path, file_stamp: tuple[int, int]) -> FactSheet | None:
    """The sheet a file holds as it reads back, when this process wrote it and it has not
    changed since. Made here, when the site asks, not while extracting."""
    found = _SHEETS.get(str(path.resolve()))
    if not found or found[0] != file_stamp:
        return None
    held = found[1]
    data = held if isinstance(held, dict) else held.model_dump(mode="json", exclude_none=True)
    return FactSheet.model_validate(data)


def clear() -> None:
    _SHEETS.clear()
