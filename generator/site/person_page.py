"""The person page: who they are, every meeting in order, calls apart, whom they meet most."""
from __future__ import annotations

from collections import Counter

from ..factsheet.partialdate import PartialDate
from . import urls
from .catalog import PersonInfo
from .common import Context


def _offices(ctx: Context, person: PersonInfo) -> list[dict]:
    labels = ctx.labels.person
    return [{"title": o.title,
             "start": ctx.dates.format(PartialDate.parse(o.start), weekday=False) if o.start else None,
             "end": ctx.dates.format(PartialDate.parse(o.end), weekday=False) if o.end else labels.office_now}
            for o in person.offices]


def _topics(ctx: Context, here: str, person: PersonInfo) -> list[dict]:
    counts = Counter(t.id for e in person.meetings + person.calls for t in e.sheet.topics)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], ctx.catalog.topics[kv[0]].label))
    return [{"name": ctx.catalog.topics[tid].label, "href": ctx.link(here, urls.topic(tid)),
             "provisional": False, "count_label": ctx.labels.count("meeting", n)}
            for tid, n in ranked]


def person_context(ctx: Context, person: PersonInfo) -> dict:
    """Everything the person template shows, prepared for display."""
    here = urls.person(person.id)
    catalog = ctx.catalog
    last_met: dict[str, str] = {}
    for entry in person.meetings:
        for p in entry.sheet.participants:
            last_met[p.id] = ctx.dates.format(entry.sheet.date, weekday=False)
    counterparts = [dict(ctx.person(here, pid), count_label=ctx.labels.count("meeting", n),
                         last=last_met[pid])
                    for pid, n in catalog.counterparts(person.id)]
    country = ctx.place(here, person.country) if person.country else None
    return {
        "name": person.name,
        "latin": person.latin,
        "variants": person.variants,
        "provisional": person.provisional,
        "country": country,
        "description": person.description,
        "offices": _offices(ctx, person),
        "meeting_count": ctx.labels.count("meeting", len(person.meetings)),
        "call_count": ctx.labels.count("call", len(person.calls)),
        "meetings": [ctx.item(here, e, person.id, html=True) for e in person.meetings],
        "calls": [ctx.item(here, e, person.id, html=True) for e in person.calls],
        "counterparts": counterparts,
        "topics": _topics(ctx, here, person),
        "quotes": [{"text": q.text, "date": ctx.date(e), "title": e.sheet.title,
                    "href": ctx.link(here, urls.meeting(e.id))} for e, q in person.quotes],
        "years": ctx.year_links(here, person.meetings + person.calls),
    }
