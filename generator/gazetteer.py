"""Gazetteers: people, places and topics, loaded and checked (no NLP here; the site uses it).

Problems are ContentError with file and line: a duplicate id, a place inside an unknown
place, a person of an unknown country, an office whose tenure ends before it starts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import yamlio
from .factsheet.partialdate import PartialDate
from .models import Office, Person, Place, Topic
from .yamlio import ContentError

FILES = {"people": Person, "places": Place, "topics": Topic}


@dataclass
class Gazetteer:
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    lines: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (kind, id) → file, line
    fingerprint: str = ""

    def city_of(self, place_id: str) -> Place | None:
        """The city (or base) a venue lies in; the place itself otherwise."""
        place = self.places.get(place_id)
        seen = set()
        while place and place.kind == "venue" and place.within and place.within not in seen:
            seen.add(place.id)
            place = self.places.get(place.within, place)
        return place

    def country_of(self, place_id: str | None) -> str | None:
        """Country id of a place (walking `within`)."""
        seen = set()
        place = self.places.get(place_id or "")
        while place and place.kind != "country" and place.within and place.id not in seen:
            seen.add(place.id)
            place = self.places.get(place.within)
        return place.id if place and place.kind == "country" else None

    def contains(self, outer: str, inner: str) -> bool:
        """True when place `inner` lies in (or is) place `outer`."""
        seen = set()
        place = self.places.get(inner)
        while place and place.id not in seen:
            if place.id == outer:
                return True
            seen.add(place.id)
            place = self.places.get(place.within or "")
        return False

    def office_on(self, person_id: str, when: dt.date | PartialDate | None) -> str | None:
        """The title a person held on a day, or through the whole month or year a partial
        date covers (the first such office); with no date at all, the latest office."""
        person = self.people.get(person_id)
        if not person or not person.offices:
            return None
        if when is None:
            return person.offices[-1].title
        first, last = (when, when) if isinstance(when, dt.date) else (when.first_day(), when.last_day())
        for office in person.offices:
            start, end = tenure(office)
            if start <= first and last <= end:
                return office.title
        return None


OPEN_START, OPEN_END = dt.date(1900, 1, 1), dt.date(2100, 1, 1)


def tenure(office: Office) -> tuple[dt.date, dt.date]:
    """First and last day of an office (an open start or end: far past or far future);
    ValueError when a bound is not a real date."""
    return (PartialDate.parse(office.start).first_day() if office.start else OPEN_START,
            PartialDate.parse(office.end).last_day() if office.end else OPEN_END)


Report = Callable[[ContentError], None]
Entry = TypeVar("Entry", Person, Place, Topic)


def _load_list(path: Path, model: type[Entry], kind: str, gaz: Gazetteer, report: Report) -> dict[str, Entry]:
    try:
        data = yamlio.load(path) if path.exists() or path.is_symlink() else []
    except ContentError as exc:
        report(exc)
        return {}
    if data is None:
        data = []
    if not isinstance(data, list):
        report(ContentError(path, getattr(data, "line", 1), f"{kind} file must be a list of entries (- id: ...)"))
        return {}
    out: dict[str, Entry] = {}
    for i, item in enumerate(data):
        line = getattr(item, "line", None) or (data.item_lines[i] if isinstance(data, yamlio.LineList) else 1)
        try:
            entry = yamlio.validate(model, item, path, (i,), default_line=line)
        except ContentError as exc:
            report(ContentError(exc.file, exc.line, exc.message + " (entry skipped)"))
            continue
        if entry.id in out:
            first = gaz.lines[(kind, entry.id)][1]
            report(ContentError(path, line, f"duplicate {kind} id {entry.id!r} (first at line {first}); "
                                "ids must be unique: rename or remove one of them (this one is skipped)"))
            continue
        out[entry.id] = entry
        gaz.lines[(kind, entry.id)] = (str(path), line)
    return out


def _check(gaz: Gazetteer, report: Report) -> None:
    def where(kind: str, id_: str) -> tuple[str, int]:
        return gaz.lines[(kind, id_)]

    for place in gaz.places.values():
        if place.within and place.within not in gaz.places:
            report(ContentError(*where("places", place.id), f"place {place.id!r} lies within unknown place "
                                f"{place.within!r}; add it or fix the id"))
            place.within = None
    for person in gaz.people.values():
        if person.country and person.country not in gaz.places:
            report(ContentError(*where("people", person.id), f"person {person.id!r} has unknown country "
                                f"{person.country!r}; use a place id from places.yaml"))
            person.country = None
        for office in list(person.offices):
            try:
                start, end = tenure(office)
            except ValueError:
                report(ContentError(*where("people", person.id), f"office {office.title!r} of {person.id!r}: "
                                    f"{office.start!r} to {office.end!r} is not a real date; correct it "
                                    "(YYYY, YYYY-MM or YYYY-MM-DD; the office is ignored until then)"))
                person.offices.remove(office)
                continue
            if end < start:
                report(ContentError(*where("people", person.id), f"office {office.title!r} of "
                                    f"{person.id!r} ends before it starts; correct its start or end"))
    for topic in gaz.topics.values():
        if topic.place and topic.place not in gaz.places:
            report(ContentError(*where("topics", topic.id), f"topic {topic.id!r} names unknown place "
                                f"{topic.place!r}; add it to places.yaml or fix the id"))
            topic.place = None


def load_gazetteer(folder: Path, problems: list[ContentError] | None = None) -> Gazetteer:
    """Load people.yaml, places.yaml and topics.yaml from a folder and cross-check them.

    The first problem raises a ContentError; with a `problems` list, every problem is added
    to it instead and the rest of the gazetteer is kept (bad entries are skipped, unknown
    references dropped), so a run can go on."""
    import hashlib

    def report(exc: ContentError) -> None:
        if problems is None:
            raise exc
        problems.append(exc)

    gaz = Gazetteer()
    h = hashlib.sha256()
    for kind, model in FILES.items():
        path = folder / f"{kind}.yaml"
        try:
            h.update(path.read_bytes() if path.is_file() else b"")
        except OSError:
            pass
        setattr(gaz, kind, _load_list(path, model, kind, gaz, report))
    _check(gaz, report)
    gaz.fingerprint = h.hexdigest()[:16]
    return gaz
