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

_SHEETS: dict[str, tuple[tuple[int, int], FactSheet]] = {}


def stamp(st: os.stat_result) -> tuple[int, int]:
    return st.st_size, st.st_mtime_ns


def keep(path: Path, data: dict) -> None:
    """Remember the sheet a file was just written with (`data`: its plain, JSON-mode form)."""
    _SHEETS[str(path.resolve())] = (stamp(path.stat()), FactSheet.model_validate(data))


def get(path: Path, file_stamp: tuple[int, int]) -> FactSheet | None:
    """The sheet a file holds, when this process wrote it and it has not changed since."""
    found = _SHEETS.get(str(path.resolve()))
    return found[1] if found and found[0] == file_stamp else None


def clear() -> None:
    _SHEETS.clear()
