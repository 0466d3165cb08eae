"""Place and topic pages: the meetings held there or about it, who, and when."""
from __future__ import annotations

from . import urls
from .catalog import PlaceInfo, TopicInfo
from .common import Context


def place_context(ctx: Context, place: PlaceInfo) -> dict:
    """Everything the place template shows, prepared for display."""
    here = urls.place(place.id)
    catalog = ctx.catalog
    inside = sorted((p for p in catalog.places.values() if p.within == place.id),
                    key=lambda p: (-len(p.entries), p.name))
    meetings = [e for e in place.entries if not e.is_call]
    calls = [e for e in place.entries if e.is_call]
    kind = ctx.labels.get("place_kinds", place.kind) if place.kind else None
    nationals = sorted((p for p in catalog.people.values() if p.country == place.id),
                       key=lambda p: (-len(p.meetings), -len(p.calls), p.name))
    return {
        "name": place.name,
        "kind": kind,
        "provisional": place.provisional,
        "within": ctx.place(here, place.within) if place.within else None,
        "country": (ctx.place(here, place.country)
                    if place.country and place.country not in (place.id, place.within) else None),
        "inside": [dict(ctx.known_place(here, p.id), count_label=ctx.labels.count("meeting", len(p.entries)))
                   for p in inside],
        "meeting_count": ctx.labels.count("meeting", len(meetings)),
        "meetings": [ctx.item(here, e, html=True) for e in meetings],
        "calls": [ctx.item(here, e, html=True) for e in calls],
        "top": ctx.ranked_people(here, meetings, ctx.options.top),
        "nationals": [dict(ctx.person(here, p.id), count_label=ctx.labels.count("meeting", len(p.meetings)))
                      for p in nationals],
        "years": ctx.year_links(here, place.entries),
    }


def topic_context(ctx: Context, topic: TopicInfo) -> dict:
    """Everything the topic template shows, prepared for display."""
    here = urls.topic(topic.id)
    known = ctx.catalog.gazetteer.topics.get(topic.id)
    meetings = [e for e in topic.entries if not e.is_call]
    return {
        "label": topic.label,
        "place": ctx.place(here, known.place) if known and known.place else None,
        "meeting_count": ctx.labels.count("meeting", len(meetings)),
        "meetings": [ctx.item(here, e, html=True) for e in topic.entries],
        "top": ctx.ranked_people(here, meetings, ctx.options.top),
        "years": ctx.year_links(here, topic.entries),
    }
