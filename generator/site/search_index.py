"""The site's search index: folded words with the results they occur in, ready to search.

Material's stock worker rebuilds a lunr index from full page texts in the browser on every
page load; this index is built here instead, once, from the fact sheets. It holds

- `docs`: one row per result (kind, id, title, two display lines), no page text;
- `words`: every folded word, sorted, joined by spaces (one string parses fast);
- `postings`: per word, the results it occurs in as base-36 gaps, names first ("a,3;5");
- `rules`: the folding tables (search_fold), spelling groups and whole name words.

The browser only decodes the postings of the words a query needs. Arabic is written as UTF-8,
not \\uXXXX escapes (which made Material's index nearly three times larger).
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass

from .catalog import Catalog
from .common import Context
from .search_docs import KIND_ORDER, SearchDoc, search_docs
from .search_fold import Rules
from .search_spelling import spelling_groups
from .urls import meeting, person, place, public_path, topic

VERSION = 1
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _DIGITS[r] + out
        if not n:
            return out


def _gaps(ids: list[int]) -> str:
    previous, out = 0, []
    for i in ids:
        out.append(_base36(i - previous))
        previous = i
    return ",".join(out)


def _paths(directory_urls: bool) -> dict[str, str]:
    """Path of each kind of result relative to the site root, "{}" standing for the id."""
    sources = {"m": meeting("{}"), "p": person("{}"), "l": place("{}"), "t": topic("{}")}
    return {kind: public_path(src, directory_urls) for kind, src in sources.items()}


@dataclass
class SearchIndex:
    """The index as one JSON-ready dictionary, and what it costs."""

    data: dict
    meetings: int

    def json(self) -> str:
        """Compact JSON, Arabic as UTF-8."""
        return json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))

    def sizes(self) -> dict:
        """Raw and gzip bytes in all and per meeting (what the benchmark tracks)."""
        raw = self.json().encode("utf-8")
        packed = len(gzip.compress(raw, 9, mtime=0))
        per = max(self.meetings, 1)
        return {"raw": len(raw), "gzip": packed, "raw_per_meeting": len(raw) / per,
                "gzip_per_meeting": packed / per, "meetings": self.meetings}


def build_index(ctx: Context, rules: Rules, config: dict | None = None) -> SearchIndex:
    """The search index of a catalog; `config` is Material's search config, kept for its UI."""
    catalog: Catalog = ctx.catalog
    docs = search_docs(ctx, rules.labels)
    names: dict[str, list[int]] = {}
    text: dict[str, list[int]] = {}
    seen: dict[str, list[str]] = {}   # names and places recur in thousands of documents

    def terms(part: str) -> list[str]:
        found = seen.get(part)
        if found is None:
            found = seen[part] = rules.words(part) + rules.joined(part)
        return found

    for i, doc in enumerate(docs):
        strong = {w for part in doc.names for w in terms(part)}
        weak = {w for part in doc.text for w in terms(part)} - strong
        for w in strong:
            names.setdefault(w, []).append(i)
        for w in weak:
            text.setdefault(w, []).append(i)
    words = sorted(names.keys() | text.keys())
    groups, whole = spelling_groups(catalog, rules)
    data = {
        "v": VERSION,
        "rules": {**rules.tables(), "groups": groups, "whole": sorted(set(whole) | rules.whole),
                  "kinds": list(KIND_ORDER)},
        "paths": _paths(ctx.options.directory_urls),
        "docs": [_row(d) for d in docs],
        "words": " ".join(words),
        "postings": [f"{_gaps(names.get(w, []))};{_gaps(text.get(w, []))}" for w in words],
    }
    return SearchIndex({"config": config or {}, "docs": data}, len(catalog.entries))


def _row(doc: SearchDoc) -> list:
    row = [doc.kind, doc.ref, doc.title, *doc.lines]
    return row + [doc.order] if doc.order else row
