"""The one writer of fact sheet files: deterministic YAML with a schema line, atomic writes.

The first line of every sheet points editors' YAML tooling at the published JSON Schema:
`# yaml-language-server: $schema=...`. Writing skips sheets whose bytes are unchanged and
removes only sheets this tool wrote (they carry that line) when their meeting is gone; a
file holding a sheet under another name (a copy an editor made) is left alone and reported.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import yamlio
from ..models import ID_PATTERN
from . import emit
from .handoff import SheetMemo
from .index import SheetIndex, on_disk
from .models import FactSheet

SCHEMA_MARK = "# yaml-language-server: $schema="
_SAFE_ID = re.compile(ID_PATTERN.strip("^$"))


def schema() -> dict[str, Any]:
    """The JSON Schema of a fact sheet, from the models."""
    data = FactSheet.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "Meeting Digest fact sheet"
    return data


def schema_text() -> str:
    """The schema as `digest schema` writes it (schema/fact-sheet.schema.json)."""
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render(sheet: FactSheet, schema_ref: str) -> str:
    """The YAML text of a sheet (same sheet, same bytes)."""
    return _render(sheet.model_dump(mode="json", exclude_none=True), schema_ref)


def _render(data: dict[str, Any], schema_ref: str) -> str:
    return f"{SCHEMA_MARK}{schema_ref}\n" + emit.dumps(data)


@dataclass
class WriteReport:
    """Sheet ids written, left as they were, and removed (their meeting is gone)."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)   # file left alone → the sheet id it holds


def write_sheets(sheets: list[FactSheet], out: Path, schema_file: Path,
                 keep: set[str] | frozenset[str] = frozenset(), index: SheetIndex | None = None,
                 memo: SheetMemo | None = None) -> WriteReport:
    """Write every sheet atomically; remove stale sheets this tool wrote earlier (except the
    ids in `keep`). With an index, a sheet the file already holds is not rendered again;
    with a memo, each sheet is left in it for a site build in this process."""
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
        if memo is not None:
            memo.keep(path, data or sheet)
    for path in sorted(out.glob("*.yaml")):
        if path.name in wanted or path.stem in keep:
            continue
        try:
            with path.open(encoding="utf-8") as handle:
                first = handle.readline()
        except (OSError, UnicodeDecodeError):
            continue
        if not first.startswith(SCHEMA_MARK):
            continue
        held = _id_in(path)
        if held is not None and held != path.stem:   # a copy or a renamed sheet: an editor's file
            report.copies[path.name] = held
            continue
        path.unlink(missing_ok=True)
        index.forget(path)
        report.removed.append(path.stem)
    for tmp in out.glob(".*.tmp"):  # left by a run killed mid-write
        tmp.unlink(missing_ok=True)
    index.save()
    return report


def _id_in(path: Path) -> str | None:
    """The id a sheet file holds (None when it cannot be read)."""
    try:
        data = yamlio.load(path)
    except yamlio.ContentError:
        return None
    held = data.get("id") if isinstance(data, dict) else None
    return held if isinstance(held, str) else None
