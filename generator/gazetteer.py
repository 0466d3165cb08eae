"""Gazetteers: people, places and topics, loaded and checked (no NLP here; the site uses it).

Places start from the world knowledge shipped with the package (generator/world: every
country, capitals and major cities, usual venues, international organisations); a
project's places.yaml adds its own places and may extend a world entry with the same id
(its fields win; variants and adjectives are added to the world's).

Problems are ContentError with file and line: a duplicate id, an id the site needs for its
own pages (`index`), an entry without a name, a blank spelling or keyword (it would match
anything), a place inside an unknown place or inside itself, a person whose country is not a
country or organisation, an office whose tenure ends before it starts. A folder that is not
there, or lacks one of the three files, stops the run (`check_folder`).
Warnings (MustFix) keep the entry as it is: an office that cites no source, or whose source
is neither a Wikidata id nor a URL. A run lists them with the problems and `--strict` fails
on them, but loading a gazetteer never stops for them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import yamlio
from .factsheet.partialdate import PartialDate
from .models import Office, Person, Place, Topic
from .world import Organisation, load_world
from .yamlio import ContentError, MustFix

FILES = {"people": Person, "places": Place, "topics": Topic}
# Ids the site gives its own pages in the people, places and topics folders (people/index.md,
# the list of everyone): an entry with one would have its page clash with that one.
# tests/site checks this against generator/site/urls.py.
RESERVED_IDS = frozenset({"index"})


@dataclass
class Gazetteer:
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    lines: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (kind, id) → file, line
    fingerprint: str = ""
    warnings: list[MustFix] = field(default_factory=list)   # kept entries an editor must still fix
    office_lines: dict[tuple[str, int], int] = field(default_factory=dict)  # (person id, index) → line
    organisations: dict[str, "Organisation"] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)     # place ids whose names are also ordinary words
    capitals: dict[str, str] = field(default_factory=dict)   # country id → capital city id
    population: dict[str, int] = field(default_factory=dict)   # city id → inhabitants (world data)

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
        if entry.id in RESERVED_IDS:
            report(ContentError(path, line, f"{kind} id {entry.id!r} is the name of the site's page listing all "
                                f"{kind} ({kind}/{entry.id}.md); choose another id (this entry is skipped)"))
            continue
        if entry.id in out:
            first = gaz.lines[(kind, entry.id)][1]
            report(ContentError(path, line, f"duplicate {kind} id {entry.id!r} (first at line {first}); "
                                "ids must be unique: rename or remove one of them (this one is skipped)"))
            continue
        out[entry.id] = entry
        gaz.lines[(kind, entry.id)] = (str(path), line)
        offices = item.get("offices") if isinstance(item, dict) else None
        if kind == "people" and isinstance(offices, yamlio.LineList):
            for j, office_line in enumerate(offices.item_lines):
                gaz.office_lines[(entry.id, j)] = office_line
    return out


SOURCE = re.compile(r"^(Q[1-9][0-9]*|https?://\S+)$")


def _check_source(gaz: Gazetteer, person: Person, office: Office, index: int,
                  warn: Callable[[MustFix], None]) -> None:
    """A warning for an office that cites no source (or not as a Q-id or URL); `index` is its
    place in the file, for the line."""
    file, line = gaz.lines[("people", person.id)]
    line = gaz.office_lines.get((person.id, index), line)
    if not office.source:
        warn(MustFix(file, line, f"office {office.title!r} of {person.id!r} cites no source; add "
                     "`source:` with the Wikidata id (Q…) or the URL that gives its tenure "
                     "(the office is used meanwhile)"))
    elif not SOURCE.match(office.source.strip()):
        warn(MustFix(file, line, f"office {office.title!r} of {person.id!r} has source "
                     f"{office.source!r}, which is neither a Wikidata id (Q…) nor a URL (http…); "
                     "correct it (the office is used meanwhile)"))


def _check_office(gaz: Gazetteer, person: Person, office: Office, index: int, report: Report,
                  warn: Callable[[MustFix], None]) -> None:
    where = gaz.lines[("people", person.id)]
    if not office.title.strip():
        report(ContentError(*where, f"an office of {person.id!r} has an empty title; write the title "
                            "(the office is ignored until then)"))
        person.offices.remove(office)
        return
    try:
        start, end = tenure(office)
    except ValueError:
        report(ContentError(*where, f"office {office.title!r} of {person.id!r}: {office.start!r} to "
                            f"{office.end!r} is not a real date; correct it (YYYY, YYYY-MM or YYYY-MM-DD; the "
                            "office is ignored until then)"))
        person.offices.remove(office)
        return
    if end < start:
        report(ContentError(*where, f"office {office.title!r} of {person.id!r} ends before it starts; "
                            "correct its start or end"))
    _check_source(gaz, person, office, index, warn)


# The names each entry is found by: a blank one would match everywhere (or nowhere).
_NAMES = {"people": ("name", ("variants", "short")), "places": ("name", ("variants", "adjective")),
          "topics": ("label", ("keywords",))}


def _check_blanks(gaz: Gazetteer, report: Report) -> None:
    """Entries without a name are skipped; blank spellings and keywords are dropped."""
    for kind, (main, lists) in _NAMES.items():
        entries: dict[str, Person | Place | Topic] = getattr(gaz, kind)
        for eid, entry in list(entries.items()):
            if (kind, eid) not in gaz.lines:
                continue   # from the world data, which is checked where it is made
            file, line = gaz.lines[(kind, eid)]
            if not str(getattr(entry, main)).strip():
                report(ContentError(file, line, f"{kind} entry {eid!r} has an empty {main}; write it "
                                    "(entry skipped)"))
                del entries[eid]
                continue
            for field_name in lists:
                values = getattr(entry, field_name)
                if any(not v.strip() for v in values):
                    report(ContentError(file, line, f"{kind} entry {eid!r} has an empty value in "
                                        f"{field_name}, which would match anything; remove it (ignored)"))
                    setattr(entry, field_name, [v for v in values if v.strip()])


def _check_within_cycles(gaz: Gazetteer, report: Report) -> None:
    """A place that lies within itself, directly or through others: the loop is cut there."""
    for place in gaz.places.values():
        chain, step = [place.id], place.within
        while step and step in gaz.places and step not in chain:
            chain.append(step)
            step = gaz.places[step].within
        if step != place.id:
            continue
        file, line = gaz.lines.get(("places", place.id), ("generator/world/data", 0))
        loop = " → ".join([*chain, place.id])
        report(ContentError(file, line or None, f"place {place.id!r} lies within itself ({loop}); correct "
                            "`within` (ignored until then)"))
        place.within = None


def _check(gaz: Gazetteer, report: Report, warn: Callable[[MustFix], None] | None = None) -> None:
    warn = warn or gaz.warnings.append

    def where(kind: str, id_: str) -> tuple[str, int]:
        return gaz.lines[(kind, id_)]

    _check_blanks(gaz, report)
    for place in gaz.places.values():
        if place.within and place.within not in gaz.places:
            report(ContentError(*where("places", place.id), f"place {place.id!r} lies within unknown place "
                                f"{place.within!r}; add it or fix the id"))
            place.within = None
    _check_within_cycles(gaz, report)
    for person in gaz.people.values():
        for index, office in enumerate(list(person.offices)):
            _check_office(gaz, person, office, index, report, warn)
        if not person.country:
            continue
        country = gaz.places.get(person.country)
        if country is None and person.country not in gaz.organisations:
            report(ContentError(*where("people", person.id), f"person {person.id!r} has unknown country "
                                f"{person.country!r}; use a country id (places.yaml or generator/world/data/"
                                "countries.yaml) or an organisation id (generator/world/data/organisations.yaml)"))
            person.country = None
        elif country is not None and country.kind != "country":
            report(ContentError(*where("people", person.id), f"person {person.id!r} has country "
                                f"{person.country!r}, which is a {country.kind}, not a country; use the id of "
                                "its country (or of an organisation)"))
            person.country = None
    for topic in gaz.topics.values():
        if topic.place and topic.place not in gaz.places:
            report(ContentError(*where("topics", topic.id), f"topic {topic.id!r} names unknown place "
                                f"{topic.place!r}; add it to places.yaml or fix the id"))
            topic.place = None


def _merge_world(gaz: Gazetteer, own: dict[str, Place]) -> dict[str, Place]:
    """The world's places with the project's on top (see the module docstring)."""
    world = load_world()
    merged = {p.id: p for p in world.places()}
    gaz.ambiguous = {c.id for c in world.cities.values() if c.ambiguous} | {
        v.id for v in world.venues.values() if v.ambiguous}
    for pid, place in own.items():
        base = merged.get(pid)
        if base is not None:
            extra = [v for v in (base.name, *base.variants) if v != place.name and v not in place.variants]
            place = place.model_copy(update={
                "variants": [*place.variants, *extra],
                "adjective": [*place.adjective, *(a for a in base.adjective if a not in place.adjective)],
                "lat": place.lat if place.lat is not None else base.lat,
                "lon": place.lon if place.lon is not None else base.lon,
                "within": place.within or base.within})
            gaz.ambiguous.discard(pid)
        merged[pid] = place
    gaz.organisations = dict(world.organisations)
    gaz.capitals = {c.id: c.capital for c in world.countries.values() if c.capital and c.capital in merged}
    gaz.population = {c.id: c.population for c in world.cities.values() if c.id in merged and c.id not in own}
    return merged


def check_folder(folder: Path) -> None:
    """Raise a ContentError naming the path when a folder is not a whole gazetteer: loading
    what is there would rewrite every sheet without the people, places or topics missing."""
    if not folder.is_dir():
        raise ContentError(folder, None, "no gazetteer folder here" + (" (it is a file)" if folder.exists() else "")
                           + "; check the path (--gazetteer, or the site's `gazetteer` option): the folder "
                           "holds people.yaml, places.yaml and topics.yaml (nothing was written)")
    for kind in FILES:
        path = folder / f"{kind}.yaml"
        if path.is_file():
            continue
        near = sorted(p for p in folder.iterdir() if p.name != path.name and
                      (p.name.lower() == kind or p.name.lower().startswith(f"{kind}.")))
        if near:
            raise ContentError(near[0], None, f"the gazetteer reads {kind}.yaml, not {near[0].name}: rename "
                               "it (nothing was written)")
        raise ContentError(path, None, f"gazetteer file missing; restore it, or write `[]` in it when there "
                           f"are no {kind} (nothing was written)")


def load_gazetteer(folder: Path, problems: list[ContentError] | None = None, world: bool = True) -> Gazetteer:
    """Load people.yaml, places.yaml and topics.yaml from a folder and cross-check them.

    A folder that is missing or lacks one of the files raises (`check_folder`). Otherwise
    the first problem raises a ContentError; with a `problems` list, every problem is added
    to it instead and the rest of the gazetteer is kept (bad entries are skipped, unknown
    references dropped), so a run can go on. Warnings (an office without a source) never
    raise and drop nothing: they are kept in `Gazetteer.warnings`, and added to `problems`
    as ContentErrors when a list is given, so that a run lists them and `--strict` fails."""
    import hashlib

    def report(exc: ContentError) -> None:
        if problems is None:
            raise exc
        problems.append(exc)

    check_folder(folder)     # never collected: nothing may run on a gazetteer that is not there
    gaz = Gazetteer()
    h = hashlib.sha256()
    for kind, model in FILES.items():
        path = folder / f"{kind}.yaml"
        try:
            h.update(path.read_bytes() if path.is_file() else b"")
        except OSError:
            pass
        setattr(gaz, kind, _load_list(path, model, kind, gaz, report))
    if world:
        gaz.places = _merge_world(gaz, gaz.places)

    def warn(w: MustFix) -> None:
        gaz.warnings.append(w)
        if problems is not None:
            problems.append(w.error())

    _check(gaz, report, warn)
    gaz.fingerprint = h.hexdigest()[:16]
    return gaz
