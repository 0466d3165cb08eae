"""The one reader of fact sheet files: `digest check`, extraction and the site all read here.

A sheet is valid when it is YAML within the limits of `yamlio`, matches the models (dates are
real dates) and its id is its file name. Every problem is a ContentError naming the file and
line and saying what to do; a folder read gives the valid sheets and the problems of the others.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import yamlio
from ..yamlio import ContentError
from .handoff import SheetMemo, stamp
from .index import OnDisk, SheetIndex, on_disk
from .models import FactSheet


def read_sheet(path: Path) -> FactSheet:
    """One sheet, validated (schema, real dates, id matching the file name)."""
    data = yamlio.load(path)
    sheet = yamlio.validate(FactSheet, data, path)
    if sheet.id != path.stem:
        raise ContentError(path, getattr(data, "key_lines", {}).get("id"),
                           f"id {sheet.id!r} differs from the file name; rename one of them")
    return sheet


@dataclass
class Sheets:
    """The sheets of one folder that read, by id (in file name order), and the problems of the
    others."""

    folder: Path
    by_id: dict[str, FactSheet] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    problems: list[ContentError] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.by_id)


def read_folder(folder: Path, memo: SheetMemo | None = None) -> Sheets:
    """Every sheet in a folder (none when it does not exist). With a memo, a file it holds
    unchanged is not parsed again, and every sheet parsed is left in it."""
    out = Sheets(folder)
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        sheet = None
        try:
            file_stamp = stamp(path.stat())
        except OSError:   # a broken link: read_sheet says what it is
            file_stamp = None
        if memo is not None and file_stamp is not None:
            sheet = memo.get(path, file_stamp)
        if sheet is None:
            try:
                sheet = read_sheet(path)
            except ContentError as exc:
                out.problems.append(exc)
                continue
            if memo is not None and file_stamp is not None:
                memo.keep(path, sheet, as_read=True)
        out.by_id[sheet.id] = sheet
        out.paths[sheet.id] = path
    return out


def sources_of(folder: Path, index: SheetIndex | None = None) -> dict[str, OnDisk]:
    """Sheet id → its source articles and participants (unreadable sheets ignored); files the
    index knows unchanged are not read again."""
    index = index or SheetIndex(None)
    out: dict[str, OnDisk] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        entry = index.fresh(path)
        if entry is not None:
            out[path.stem] = entry.disk
            continue
        try:
            sheet = read_sheet(path)
        except ContentError:
            continue
        out[sheet.id] = on_disk(sheet)
        index.record(path, None, out[sheet.id])
    return out
