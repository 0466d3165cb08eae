"""Phase one: gather every fact sheet and the gazetteers into cross-referenced indexes.

Nothing is written here. Pages are generated only once every sheet is known, so each page
can link to any other (previous meeting of the same person, the person's counterparts, the
years around). People and places found in sheets but missing from the gazetteers are kept
as provisional entries built from the sheets alone.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..factsheet.models import FactSheet, Quote
from ..factsheet.partialdate import PartialDate, sort_key
from ..factsheet.reader import Sheets, read_folder
from ..gazetteer import Gazetteer, load_gazetteer
from ..models import Office


@dataclass
class Entry:
    """One fact sheet with what the site derives from it."""

    sheet: FactSheet
    path: str

    @property
    def date(self) -> PartialDate | None:
        """The meeting's date, as precise as it is known (None: unknown)."""
        return self.sheet.date

    @property
    def year(self) -> int | None:
        """The meeting's year, when known."""
        return self.sheet.date.year if self.sheet.date else None

    @property
    def month(self) -> int | None:
        """The meeting's month, when known."""
        return self.sheet.date.month if self.sheet.date else None

    @property
    def id(self) -> str:
        """The sheet id (also the page's file name)."""
        return self.sheet.id

    @property
    def is_call(self) -> bool:
        """Phone calls are listed apart and never counted as meetings."""
        return self.sheet.kind == "phone"

    @property
    def key(self) -> tuple[int, int, int, str]:
        """Chronological order; coarser dates after finer ones in their period, unknown last."""
        return (*sort_key(self.sheet.date), self.sheet.id)


@dataclass
class PersonInfo:
    id: str
    name: str
    provisional: bool
    latin: str | None = None
    variants: list[str] = field(default_factory=list)
    country: str | None = None
    offices: list[Office] = field(default_factory=list)
    description: str | None = None
    meetings: list[Entry] = field(default_factory=list)
    calls: list[Entry] = field(default_factory=list)
    quotes: list[tuple[Entry, Quote]] = field(default_factory=list)
    position: dict[str, int] = field(default_factory=dict)  # sheet id → index in its list


@dataclass
class PlaceInfo:
    id: str
    name: str
    provisional: bool
    kind: str | None = None
    within: str | None = None
    country: str | None = None
    entries: list[Entry] = field(default_factory=list)  # meetings here or anywhere inside


@dataclass
class TopicInfo:
    id: str
    label: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Catalog:
    entries: list[Entry]
    gazetteer: Gazetteer
    by_id: dict[str, Entry] = field(default_factory=dict)
    people: dict[str, PersonInfo] = field(default_factory=dict)
    places: dict[str, PlaceInfo] = field(default_factory=dict)
    topics: dict[str, TopicInfo] = field(default_factory=dict)
    years: dict[int, list[Entry]] = field(default_factory=dict)

    @property
    def meetings(self) -> list[Entry]:
        """Sheets that are meetings (calls excluded), in chronological order."""
        return [e for e in self.entries if not e.is_call]

    @property
    def calls(self) -> list[Entry]:
        """Sheets that are phone calls, in chronological order."""
        return [e for e in self.entries if e.is_call]

    @property
    def undated(self) -> list[Entry]:
        """Sheets whose year is unknown (they have no year page)."""
        return [e for e in self.entries if e.year is None]

    def neighbours(self, person_id: str, entry: Entry) -> tuple[Entry | None, Entry | None]:
        """The person's previous and next sheet of the same sort (meeting or call)."""
        person = self.people[person_id]
        timeline = person.calls if entry.is_call else person.meetings
        i = person.position[entry.id]
        return (timeline[i - 1] if i > 0 else None,
                timeline[i + 1] if i + 1 < len(timeline) else None)

    def office_at(self, person_id: str, entry: Entry, written: str | None) -> str | None:
        """The office the sheet gives, else the gazetteer's office covering the whole date
        (none when the date is unknown: the site shows no guess)."""
        if written:
            return written
        return self.gazetteer.office_on(person_id, entry.date) if entry.date else None

    def counterparts(self, person_id: str) -> list[tuple[str, int]]:
        """Everyone the person met, with the number of meetings, most frequent first."""
        counts = Counter(p.id for e in self.people[person_id].meetings
                         for p in e.sheet.participants if p.id != person_id)
        return sorted(counts.items(), key=lambda kv: (-kv[1], self.people[kv[0]].name))


def entries_of(sheets: Sheets) -> list[Entry]:
    """The site's entries for the sheets read from one folder (read by factsheet.reader)."""
    return [Entry(sheet, str(sheets.paths[sid])) for sid, sheet in sheets.by_id.items()]


def _person(catalog: Catalog, ref_id: str, name: str) -> PersonInfo:
    info = catalog.people.get(ref_id)
    if info is None:
        known = catalog.gazetteer.people.get(ref_id)
        if known:
            info = PersonInfo(known.id, known.name, False, known.latin, list(known.variants),
                              known.country, list(known.offices), known.description)
        else:
            info = PersonInfo(ref_id, name, True)
        catalog.people[ref_id] = info
    if info.provisional and name != info.name and name not in info.variants:
        info.variants.append(name)
    return info


def _place(catalog: Catalog, place_id: str, name: str | None = None) -> PlaceInfo | None:
    info = catalog.places.get(place_id)
    if info is None:
        known = catalog.gazetteer.places.get(place_id)
        if known:
            info = PlaceInfo(known.id, known.name, False, known.kind, known.within,
                             catalog.gazetteer.country_of(known.id))
        elif name:
            info = PlaceInfo(place_id, name, True)
        else:
            return None
        catalog.places[place_id] = info
    return info


def place_chain(catalog: Catalog, entry: Entry) -> list[str]:
    """Ids of the meeting's venue, place and every place they lie in, innermost first."""
    ref = entry.sheet.place
    if ref is None:
        return []
    chain: list[str] = []
    for start in (ref.venue_id, ref.id):
        place_id = start
        while place_id and place_id not in chain:
            chain.append(place_id)
            known = catalog.gazetteer.places.get(place_id)
            place_id = known.within if known else None
    if ref.country and ref.country not in chain:
        chain.append(ref.country)
    return chain


def build_catalog(entries: list[Entry], gazetteer: Gazetteer) -> Catalog:
    """Cross-reference sheets by person, place, topic and year."""
    entries = sorted(entries, key=lambda e: e.key)
    catalog = Catalog(entries, gazetteer, {e.id: e for e in entries})
    for entry in entries:
        sheet = entry.sheet
        for ref in sheet.participants:
            person = _person(catalog, ref.id, ref.name)
            timeline = person.calls if entry.is_call else person.meetings
            if entry.id not in person.position:
                person.position[entry.id] = len(timeline)
                timeline.append(entry)
        where = sheet.place
        if where is not None:
            _place(catalog, where.id, where.name)
            if where.venue_id:
                _place(catalog, where.venue_id, where.venue)
            for place_id in place_chain(catalog, entry):
                place = _place(catalog, place_id)
                if place is not None:
                    place.entries.append(entry)
        for topic_ref in sheet.topics:
            known = gazetteer.topics.get(topic_ref.id)
            topic = catalog.topics.setdefault(
                topic_ref.id, TopicInfo(topic_ref.id, known.label if known else topic_ref.label))
            topic.entries.append(entry)
        if entry.year is not None:
            catalog.years.setdefault(entry.year, []).append(entry)
    # Every person's country has a page, so that countries are links wherever they are shown
    # (the page lists the country's people even when no meeting took place there).
    for person in list(catalog.people.values()):
        if person.country:
            _place(catalog, person.country)
    # Speakers are known only once every sheet's participants are.
    for entry in entries:
        for quote in entry.sheet.quotes:
            if quote.speaker_id in catalog.people:
                catalog.people[quote.speaker_id].quotes.append((entry, quote))
    return catalog


def load_catalog(meetings: Path, gazetteer: Path) -> Catalog:
    """The catalog of a sheet folder and a gazetteer folder; the first problem in either
    raises its ContentError (the plugin reports every problem instead)."""
    sheets = read_folder(meetings)
    if sheets.problems:
        raise sheets.problems[0]
    return build_catalog(entries_of(sheets), load_gazetteer(gazetteer))
