"""Data for reuse: every sheet as JSON, one CSV row per sheet (meetings and calls).

Both are plain functions of the catalog and deterministic (no build clock), so the same
content always gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json

from . import urls
from .catalog import Catalog, Entry

CSV_COLUMNS = ["id", "title", "date", "date_precision", "weekday", "kind", "place_id", "place",
               "venue", "country", "participant_ids", "participants", "offices", "topic_ids",
               "topics", "outlets", "source_urls", "review_needed", "reviewed", "page"]
# Spreadsheets run cells that start with these as formulas; headlines are untrusted text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_JOIN = " | "


def page_path(entry: Entry, directory_urls: bool) -> str:
    """Site-relative path of the sheet's page."""
    return urls.public_path(urls.meeting(entry.id), directory_urls)


def meetings_json(catalog: Catalog, directory_urls: bool) -> str:
    """Every sheet as in content/meetings, plus the path of its page."""
    items = []
    for entry in catalog.entries:
        data = entry.sheet.model_dump(mode="json")
        data["page"] = page_path(entry, directory_urls)
        items.append(data)
    # One meeting per line: readable and diffable, and written by json's C encoder (indent
    # would switch to the pure-Python one, a tenth of a 10,000-meeting build).
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    return '{"meetings": [\n' + lines + ("\n" if items else "") + "]}\n"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def meetings_csv(catalog: Catalog, directory_urls: bool) -> str:
    """One row per sheet; lists joined with ' | '. UTF-8 with a BOM so spreadsheets read Arabic."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in catalog.entries:
        s = entry.sheet
        place = s.place
        row = [s.id, s.title, s.date, s.date_precision, s.weekday, s.kind,
               place.id if place else None, place.name if place else None,
               place.venue if place else None,
               (catalog.gazetteer.country_of(place.id) or place.country) if place else None,
               _JOIN.join(p.id for p in s.participants), _JOIN.join(p.name for p in s.participants),
               _JOIN.join(p.office or "" for p in s.participants),
               _JOIN.join(t.id for t in s.topics), _JOIN.join(t.label for t in s.topics),
               _JOIN.join(src.outlet or "" for src in s.sources),
               _JOIN.join(src.url or "" for src in s.sources),
               str(s.review.needed).lower(), str(s.review.reviewed).lower(),
               page_path(entry, directory_urls)]
        writer.writerow([_cell(v) for v in row])
    return "\ufeff" + out.getvalue()
