"""Fact sheets on disk: deterministic YAML with a schema line, atomic writes, strict reading.

The first line of every sheet points editors' YAML tooling at the published JSON Schema:
`# yaml-language-server: $schema=...`. Writing skips sheets whose bytes are unchanged and
removes only sheets this tool wrote (they carry that line) when their meeting is gone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import readback, yamlio
from .models import ID_PATTERN, FactSheet
from .sheet_index import OnDisk, SheetIndex
from .yamlio import ContentError

SCHEMA_MARK = "# yaml-language-server: $schema="
_SAFE_ID = re.compile(ID_PATTERN.strip("^$"))
SCHEMA_NAME = "fact-sheet.schema.json"


def schema() -> dict:
    """The JSON Schema of a fact sheet, from the models."""
    data = FactSheet.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "Meeting Digest fact sheet"
    return data


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render(sheet: FactSheet, schema_ref: str) -> str:
    """The YAML text of a sheet (same sheet, same bytes)."""
    return _render(sheet.model_dump(mode="json", exclude_none=True), schema_ref)


def _render(data: dict, schema_ref: str) -> str:
    return f"{SCHEMA_MARK}{schema_ref}\n" + yamlio.dumps(data)


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def on_disk(sheet: FactSheet) -> OnDisk:
    return OnDisk(frozenset(s.article for s in sheet.sources),
                  frozenset(p.id for p in sheet.participants), sheet.kind == "phone")


def write_sheets(sheets: list[FactSheet], out: Path, schema_file: Path,
                 keep: set[str] | frozenset[str] = frozenset(), index: SheetIndex | None = None,
                 read_back: bool = False) -> WriteReport:
    """Write every sheet atomically; remove stale sheets this tool wrote earlier (except the
    ids in `keep`). With an index, a sheet the file already holds is not rendered again;
    with `read_back`, each sheet is left in `readback` for a site build in this process."""
    out.mkdir(parents=True, exist_ok=True)
    index = index or SheetIndex(None)
    ref = Path(os.path.relpath(schema_file, out)).as_posix()
    report = WriteReport()
    wanted = set()
    for sheet in sheets:
        if not _SAFE_ID.fullmatch(sheet.id):   # ids are validated by the model; never trust a path
            raise ValueError(f"unsafe fact sheet id {sheet.id!r}")
        path = out / f"{sheet.id}.yaml"
        wanted.add(path.name)
        digest = hashlib.sha256(f"{ref}\0{sheet.model_dump_json(exclude_none=True)}".encode()).hexdigest()
        entry = index.fresh(path)
        data = None
        if entry is not None and entry.digest == digest:   # the file holds this very sheet
            report.unchanged.append(sheet.id)
        else:
            data = sheet.model_dump(mode="json", exclude_none=True)
            # Sheets are rebuilt from the articles at any time, so they are renamed into place
            # (never half-written) without an fsync each, which cost a third of a cold run.
            changed = yamlio.write_atomic(path, _render(data, ref), durable=False)
            index.record(path, digest, on_disk(sheet))
            (report.written if changed else report.unchanged).append(sheet.id)
        if read_back:
            readback.keep(path, data or sheet)
    for path in sorted(out.glob("*.yaml")):
        if path.name in wanted or path.stem in keep:
            continue
        try:
            first = path.open(encoding="utf-8").readline()
        except (OSError, UnicodeDecodeError):
            continue
        if first.startswith(SCHEMA_MARK):
            path.unlink()
            index.forget(path)
            report.removed.append(path.stem)
    for tmp in out.glob(".*.tmp"):  # left by a run killed mid-write
        tmp.unlink(missing_ok=True)
    index.save()
    return report


def read_sheets(folder: Path) -> tuple[dict[str, FactSheet], list[ContentError]]:
    """Every valid sheet in a folder by id, and the problems of the others."""
    sheets: dict[str, FactSheet] = {}
    problems: list[ContentError] = []
    if not folder.exists():
        return sheets, problems
    for path in sorted(folder.glob("*.yaml")):
        try:
            sheet = read_sheet(path)
        except ContentError as exc:
            problems.append(exc)
            continue
        sheets[sheet.id] = sheet
    return sheets, problems


def read_sheet(path: Path) -> FactSheet:
    """One sheet, validated (schema, id matching the file name, real dates)."""
    data = yamlio.load(path)
    sheet = yamlio.validate(FactSheet, data, path)
    if sheet.id != path.stem:
        raise ContentError(path, getattr(data, "key_lines", {}).get("id"),
                           f"id {sheet.id!r} differs from the file name; rename one of them")
    bad = _impossible_date(sheet)
    if bad:
        loc, value = bad
        raise ContentError(path, yamlio.line_of(data, loc), f"{'.'.join(map(str, loc))}: "
                           f"{value!r} is not a real date; correct it (YYYY, YYYY-MM or YYYY-MM-DD)")
    return sheet


def _impossible_date(sheet: FactSheet) -> tuple[tuple, str] | None:
    """The first date of a sheet that has the right shape but is no day ("2021-02-30", "2021-13")."""
    values = [(("date",), sheet.date)] + [(("sources", i, "published"), s.published)
                                          for i, s in enumerate(sheet.sources)]
    for loc, value in values:
        if value and len(value) > 4:
            try:
                dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
            except ValueError:
                return loc, value
    return None


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
