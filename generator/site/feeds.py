"""An Atom feed of the latest meetings and an iCalendar file of the meetings with a known day.

Times come from the content (meeting and publication dates), never from the build clock, so
rebuilding unchanged content gives the same files. Links are absolute when the site's URL
is known, else relative to the file.
"""
from __future__ import annotations

import datetime as dt
import posixpath
import uuid
import xml.etree.ElementTree as ET

from . import urls
from .catalog import Entry
from .common import Context
from .escape import clean

ATOM = "http://www.w3.org/2005/Atom"
NAMESPACE = uuid.UUID("6f1c3a52-2d0e-4a8e-9a59-6c2a4f1d8e10")  # fixed: ids must never change


def moment(entry: Entry) -> dt.date:
    """When a sheet last changed, as far as content tells: its date or its newest source."""
    dates = [s.published.first_day() for s in entry.sheet.sources if s.published]
    if entry.sheet.date:
        dates.append(entry.sheet.date.first_day())
    return max(dates, default=dt.date(1970, 1, 1))


def _href(ctx: Context, file_src: str, entry: Entry) -> str:
    page = urls.public_path(urls.meeting(entry.id), ctx.options.directory_urls)
    if ctx.options.site_url:
        return ctx.options.site_url.rstrip("/") + "/" + page
    return posixpath.relpath(page, posixpath.dirname(file_src))


def _describe(ctx: Context, entry: Entry) -> str:
    sheet = entry.sheet
    parts = [ctx.date(entry), ctx.labels.get("kinds", sheet.kind)]
    if sheet.place:
        parts.append(sheet.place.name)
    parts.append(ctx.labels.site.separator.join(p.name for p in sheet.participants))
    summary = " ".join(s.text for s in sheet.summary[:2])
    return clean(" — ".join(parts) + (". " + summary if summary else ""))


def atom_feed(ctx: Context) -> str:
    """The latest sheets (meetings and calls with a known year), newest first."""
    entries = [e for e in ctx.catalog.entries if e.year is not None]
    entries = sorted(entries, key=lambda e: e.key, reverse=True)[: ctx.options.feed_size]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "ar"})

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v})
        if text is not None:
            el.text = text
        return el

    stamp = max((moment(e) for e in entries), default=dt.date(1970, 1, 1))
    sub(feed, "title", ctx.labels.site.feed_title)
    sub(feed, "id", f"urn:uuid:{uuid.uuid5(NAMESPACE, 'feed')}")
    sub(feed, "updated", f"{stamp.isoformat()}T00:00:00Z")
    author = sub(feed, "author")
    sub(author, "name", ctx.options.site_name or ctx.labels.site.home_title)
    if ctx.options.site_url:
        base = ctx.options.site_url.rstrip("/") + "/"
        sub(feed, "link", rel="self", href=base + urls.DATA_ATOM)
        sub(feed, "link", rel="alternate", href=base)
    for entry in entries:
        item = sub(feed, "entry")
        sub(item, "title", clean(entry.sheet.title))
        sub(item, "id", f"urn:uuid:{uuid.uuid5(NAMESPACE, entry.id)}")
        sub(item, "updated", f"{moment(entry).isoformat()}T00:00:00Z")
        sub(item, "link", rel="alternate", type="text/html", href=_href(ctx, urls.DATA_ATOM, entry))
        sub(item, "category", term=entry.sheet.kind, label=ctx.labels.get("kinds", entry.sheet.kind))
        sub(item, "summary", _describe(ctx, entry), type="text")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _ics_text(value: str) -> str:
    return (clean(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,"))


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets, never inside a character; each
    piece after the first starts with the space that marks a continuation (RFC 5545, 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    pieces, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:   # a UTF-8 continuation byte: back to the character's start
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    pieces.append(data[start:].decode("utf-8"))
    return pieces[:1] + [" " + piece for piece in pieces[1:]]


def icalendar(ctx: Context) -> str:
    """All-day events for sheets whose day is known (meetings and calls)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meeting Digest//site//AR",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:" + _ics_text(ctx.labels.site.calendar_name)]
    for entry in ctx.catalog.entries:
        day = entry.date.as_date() if entry.date else None
        if day is None:
            continue
        sheet = entry.sheet
        lines += ["BEGIN:VEVENT",
                  f"UID:{entry.id}@meeting-digest",
                  f"DTSTAMP:{moment(entry).strftime('%Y%m%d')}T000000Z",
                  f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                  f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
                  "SUMMARY:" + _ics_text(sheet.title),
                  "DESCRIPTION:" + _ics_text(_describe(ctx, entry)),
                  "CATEGORIES:" + _ics_text(ctx.labels.get("kinds", sheet.kind))]
        if sheet.place:
            lines.append("LOCATION:" + _ics_text(sheet.place.name))
        if ctx.options.site_url:
            lines.append("URL:" + _href(ctx, urls.DATA_ICS, entry))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))
