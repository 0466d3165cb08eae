"""Article formats: .txt, .md with YAML front matter, and saved .html pages.

Each reader returns the article text plus whatever metadata the format carries; all of them
report problems as ContentError naming the file and line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import cast

from .. import yamlio
from ..yamlio import ContentError

FRONT_MATTER_KEYS = ("title", "outlet", "url", "published", "lang")
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class Source:
    """What a file gives before any Arabic processing."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    body_line: int = 1          # source line of the first text line (after front matter)
    title_line: int | None = None   # source line of the front matter's title, if it has one
    warnings: list[str] = field(default_factory=list)


def parse_date(value: object) -> str | None:
    """An ISO date (or datetime) as YYYY-MM-DD, or None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    for cut in (10, len(text)):
        try:
            return dt.date.fromisoformat(text[:cut]).isoformat()
        except ValueError:
            continue
    return None


def read_markdown(text: str, name: str) -> Source:
    """Split YAML front matter from the body; validate its keys and the published date."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return Source(text)
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ContentError(name, 1, "front matter starts with --- but never ends; add a closing --- line")
    raw = "\n".join(lines[1:end])
    try:
        data = yamlio.loads(raw, name) if raw.strip() else {}
    except ContentError as exc:  # lines of the front matter are lines of the file, after "---"
        raise ContentError(name, exc.line + 1 if exc.line else 2,
                           f"front matter (between the --- lines): {exc.message}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(name, 2, "front matter must be a mapping of keys (title:, outlet:, published: ...); "
                           "write one `key: value` per line between the --- lines")
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for key, value in data.items():
        line = (data.key_lines.get(key) or 0) + 1 if isinstance(data, yamlio.LineDict) else 2
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"{name}:{line}: unknown front matter key {key!r} ignored "
                            f"(known: {', '.join(FRONT_MATTER_KEYS)})")
            continue
        if value is None or value == "":
            continue
        if key == "published":
            date = parse_date(value)
            if date is None:
                shown = repr(value) if isinstance(value, str) else f"a {type(value).__name__}"
                warnings.append(yamlio.MustFix(name, line, f"published {shown[:80]} is not a date; write it as "
                                               "YYYY-MM-DD (ignored until then)"))
                continue
            meta[key] = date
            if dt.date.fromisoformat(date) > dt.date.today():
                warnings.append(yamlio.MustFix(name, line, f"published {date} is after today; correct the "
                                               "date (the meeting is flagged for review until then)"))
        elif isinstance(value, (dict, list)):
            warnings.append(yamlio.MustFix(name, line, f"{key} must be text, not a {type(value).__name__}; "
                                           "write it as plain text (ignored until then)"))
        else:
            meta[key] = str(value).strip()
    title_line = (data.key_lines.get("title") or 0) + 1 if isinstance(data, yamlio.LineDict) else None
    return Source("\n".join(lines[end + 1:]), meta, end + 2, warnings=warnings,
                  title_line=title_line if "title" in meta else None)


def read_html(text: str, name: str) -> Source:
    """Main text and metadata of a saved page (trafilatura; see docs/html-extraction.md)."""
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False,
                                      favor_precision=True, with_metadata=True)
    if not isinstance(doc, Document) or not doc.text:
        raise ContentError(name, None, "no article text found in the HTML page; save the article's own page "
                           "(not a list of headlines), or paste its text into a .txt file")
    meta: dict[str, str] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value:
            meta[key] = str(value).strip()
    date = parse_date(_metadata_date(text) or "") if getattr(doc, "date", None) else None
    if date:
        meta["published"] = date
    body = doc.text
    if meta.get("title") and not body.startswith(meta["title"]):
        body = meta["title"] + "\n\n" + body
    return Source(body.replace("\n", "\n\n"), meta, 1)


# Where a page states its own publication date: head metadata, JSON-LD, <time> and <abbr>
# elements, schema.org properties. Never a date in the article's text.
_DATE_MARKUP = ('//script[@type="application/ld+json"] | //time | //abbr[@title] | '
                '//*[@itemprop="datePublished" or @itemprop="dateCreated" or @itemprop="dateModified"]')


def _metadata_date(page: str) -> str | None:
    """The publication date a page gives in its metadata, or None. htmldate (through
    trafilatura) falls back to any date in the text, which for a news article is usually the
    date of something it reports: it is given the page's metadata only."""
    import copy

    from htmldate import find_date
    from lxml import etree, html

    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    bare = html.Element("html")
    head = tree.find("head")
    if head is not None:
        bare.append(copy.deepcopy(head))
    body = etree.SubElement(bare, "body")
    for element in cast("list[etree._Element]", tree.xpath(_DATE_MARKUP)):   # it selects elements only
        if head is None or head not in element.iterancestors():
            kept = copy.deepcopy(element)
            kept.tail = None
            body.append(kept)
    return find_date(bare, extensive_search=False, original_date=True)
