"""What site search knows of each page: meetings, people, places and topics, from the catalog.

Only what a page shows about its subject is indexed: names and titles (weighted), then the
summary, key points, quotes and offices. Evidence sentences, navigation and page furniture are
left out, so a search finds the meeting that is about a word, not every page that mentions it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import urls
from .catalog import Entry, PersonInfo, PlaceInfo, TopicInfo
from .common import Context

# One letter per kind of result; the search worker turns it into the page's path.
MEETING, PERSON, PLACE, TOPIC = "m", "p", "l", "t"
# Person results come first when names match equally well, then places, topics, meetings.
KIND_ORDER = (PERSON, PLACE, TOPIC, MEETING)
# Results show names only, no links: names are taken as the home page would show them.
HERE = urls.HOME


@dataclass
class SearchDoc:
    """One search result: what is shown for it and what is searched in it."""

    kind: str
    ref: str
    title: str
    lines: list[str]
    names: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    order: str = ""  # among equal scores: newest meeting first


def _join(parts: Iterable[str | None], separator: str) -> str:
    return separator.join(p for p in parts if p)


def meeting_doc(ctx: Context, entry: Entry, labels: dict) -> SearchDoc:
    """A meeting or call: date, place and participants on the result, summary searched too."""
    sheet, catalog = entry.sheet, ctx.catalog
    places = [p["name"] for p in ctx.place_line(HERE, entry)]
    people = [ctx.person(HERE, p.id, p.name)["name"] for p in sheet.participants]
    kind = ctx.labels.get("kinds", sheet.kind)
    date = ctx.date(entry) if sheet.date else ""
    sep = labels["separator"]
    offices = [catalog.office_at(p.id, entry, p.office) for p in sheet.participants]
    return SearchDoc(
        MEETING, entry.id, sheet.title,
        [_join([kind, date, labels["people_separator"].join(places)], sep),
         labels["people_separator"].join(people)],
        names=[sheet.title, *people, *places, *(t.label for t in sheet.topics)],
        text=[kind, date, *(o for o in offices if o), *(s.text for s in sheet.summary),
              *(k.text for k in sheet.key_points), *(q.text for q in sheet.quotes),
              *(m.name for m in sheet.mentioned), *(s.title for s in sheet.sources if s.title)],
        order=str(sheet.date) if sheet.date else "",
    )


def person_doc(ctx: Context, person: PersonInfo, labels: dict) -> SearchDoc:
    """A person: every spelling of the name searched, offices and country as text."""
    known = ctx.catalog.gazetteer.people.get(person.id)
    short = list(known.short) if known else []
    office = ctx.catalog.gazetteer.office_on(person.id, None)   # the latest one
    country = ctx.place(HERE, person.country) if person.country else None
    count = ctx.labels.count("meeting", len(person.meetings))
    return SearchDoc(
        PERSON, person.id, person.name,
        [_join([labels["person"], person.latin, office], labels["separator"]), count],
        names=[person.name, *person.variants, *short, person.latin or ""],
        text=[*(o.title for o in person.offices), country["name"] if country else "",
              person.description or ""],
    )


def place_doc(ctx: Context, place: PlaceInfo, labels: dict) -> SearchDoc:
    """A place: its name and the gazetteer's other spellings."""
    known = ctx.catalog.gazetteer.places.get(place.id)
    kind = ctx.labels.get("place_kinds", place.kind) if place.kind else None
    within = ctx.place(HERE, place.within) if place.within else None
    meetings = sum(1 for e in place.entries if not e.is_call)
    return SearchDoc(
        PLACE, place.id, place.name,
        [_join([labels["place"], kind, within["name"] if within else None], labels["separator"]),
         ctx.labels.count("meeting", meetings)],
        names=[place.name, *(known.variants if known else [])],
    )


def topic_doc(ctx: Context, topic: TopicInfo, labels: dict) -> SearchDoc:
    """A topic: its label."""
    meetings = sum(1 for e in topic.entries if not e.is_call)
    return SearchDoc(TOPIC, topic.id, topic.label,
                     [labels["topic"], ctx.labels.count("meeting", meetings)],
                     names=[topic.label])


def search_docs(ctx: Context, labels: dict) -> list[SearchDoc]:
    """Every searchable page of the site, people first, meetings in chronological order."""
    catalog = ctx.catalog
    return ([person_doc(ctx, catalog.people[p], labels) for p in sorted(catalog.people)]
            + [place_doc(ctx, catalog.places[p], labels) for p in sorted(catalog.places)]
            + [topic_doc(ctx, catalog.topics[t], labels) for t in sorted(catalog.topics)]
            + [meeting_doc(ctx, e, labels) for e in catalog.entries])

