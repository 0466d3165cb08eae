"""The generator's view of the world: gazetteers, date vocabulary and templates, with tenures."""
from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from generator import yamlio
from generator.gazetteer import Gazetteer, load_gazetteer, tenure
from generator.models import Office, Person

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "bench" / "data" / "templates.yaml"
GAZETTEER = ROOT / "content" / "gazetteer"
DATES = ROOT / "generator" / "lang" / "data" / "dates.yaml"


def weighted(rng: random.Random, table: dict) -> str:
    """One key of a {key: weight} table, in sorted key order so the draw is reproducible."""
    keys = sorted(table)
    cum, total = [], 0.0
    for k in keys:
        total += float(table[k])
        cum.append(total)
    return keys[bisect.bisect_right(cum, rng.random() * total)]


def pick(rng: random.Random, options: list, masculine: set[str] | None = None) -> str | None:
    """One template, or None when none fits.

    A template given as {t, masc: [slots]} needs those people masculine, {t, fem: [slots]}
    feminine (Arabic verbs and pronouns agree with them); `masculine` names the masculine slots.
    """
    masculine = masculine or set()
    usable = [o for o in options if not isinstance(o, dict)
              or (all(s in masculine for s in o.get("masc", []))
                  and not any(s in masculine for s in o.get("fem", [])))]
    if not usable:
        return None
    choice = rng.choice(usable)
    return choice["t"] if isinstance(choice, dict) else choice


@dataclass
class World:
    gaz: Gazetteer
    dates: dict
    t: dict

    def __post_init__(self) -> None:
        # Tenures are parsed once: the generator asks "who held what on that day" very often.
        self._terms = {pid: [(*tenure(o), o) for o in p.offices] for pid, p in self.gaz.people.items()}
        self._held: dict[tuple[str, dt.date], Office | None] = {}
        self._ranks: dict[str, int] = {}

    @classmethod
    def load(cls, templates: Path = TEMPLATES, gazetteer: Path = GAZETTEER, dates: Path = DATES) -> "World":
        """Load the three data sources and check that they agree."""
        world = cls(load_gazetteer(gazetteer), yamlio.load(dates), yamlio.load(templates))
        world._check()
        return world

    # ------------------------------------------------------------------ checks
    def _check(self) -> None:
        people = self.t["people"]
        ids = [*people["principals"], *people["companions"], *people["welcomers"],
               *people["spokespeople"], *people["feminine"], *people["honorifics"], *people["typos"]]
        missing = sorted({i for i in ids if i not in self.gaz.people})
        places = [p for table in self.t["meeting_places"].values() for p in table]
        places += [*self.t["neutral_places"], *self.t["capitals"], *people["spokespeople"].values()]
        places += list(self.t["guest_only"])
        places += [o["city"] for o in self.t["outlets"]]
        missing += sorted({p for p in places if p not in self.gaz.places})
        topics = [*self.t["topic_rules"]["syria_only"], *self.t["topic_rules"]["arab_only"],
                  *self.t["topic_rules"]["dated"]]
        missing += sorted({x for x in topics if x not in self.gaz.topics})
        if missing:
            raise ValueError(f"{TEMPLATES.name}: unknown gazetteer ids {missing}")
        known = {m["egyptian"] for m in self.dates["gregorian_months"]}
        known |= {o for m in self.dates["gregorian_months"] for o in m.get("other", [])}
        odd = [m for m in self.t["maghrebi_months"] if m not in known]
        if odd or len(self.t["maghrebi_months"]) != 12:
            raise ValueError(f"{TEMPLATES.name}: maghrebi_months not in dates.yaml: {odd}")

    # ------------------------------------------------------------------ people
    def person(self, pid: str) -> Person:
        return self.gaz.people[pid]

    def office_on(self, pid: str, day: dt.date) -> Office | None:
        """The office a person held on a day (the highest-ranked one if several)."""
        key = (pid, day)
        if key not in self._held:
            held = [o for start, end, o in self._terms[pid] if start <= day <= end]
            self._held[key] = max(held, key=lambda o: (self.rank_of(o), o.title)) if held else None
        return self._held[key]

    def active(self, ids, day: dt.date) -> list[str]:
        """The ids among `ids` who held an office on `day`, sorted."""
        return sorted(i for i in ids if self.office_on(i, day) is not None)

    def rank_of(self, office: Office) -> int:
        """3 head of state, 2 head of government or crown prince, 1 the rest (from title prefixes)."""
        if office.title not in self._ranks:
            best, best_len = 1, 0
            for rank, prefixes in self.t["people"]["ranks"].items():
                for p in prefixes:
                    if office.title.startswith(p) and len(p) > best_len:
                        best, best_len = int(rank), len(p)
            self._ranks[office.title] = best
        return self._ranks[office.title]

    def rank(self, pid: str, day: dt.date) -> int:
        office = self.office_on(pid, day)
        return self.rank_of(office) if office else 0

    def country(self, pid: str) -> str | None:
        return self.person(pid).country

    def masculine(self, pid: str) -> bool:
        return pid not in self.t["people"]["feminine"]

    def head_of(self, country: str, day: dt.date, exclude=()) -> str | None:
        """The head of state of a country on a day (rank 3), if the gazetteer knows one."""
        for pid in sorted(self.gaz.people):
            if pid not in exclude and self.country(pid) == country and self.rank(pid, day) == 3:
                return pid
        return None

    def people_of(self, country: str, day: dt.date, exclude=()) -> list[str]:
        """Office holders of a country on a day, sorted by id."""
        return [p for p in sorted(self.gaz.people)
                if p not in exclude and self.country(p) == country and self.office_on(p, day)]

    # ------------------------------------------------------------------ places
    def place_name(self, place_id: str) -> str:
        return self.gaz.places[place_id].name

    def city_of(self, place_id: str) -> str:
        """The city id of a venue (or the place itself)."""
        return self.gaz.city_of(place_id).id

    def country_of_place(self, place_id: str) -> str:
        return self.gaz.country_of(place_id)

    def capital(self, country: str) -> str | None:
        for pid in self.t["capitals"]:
            if self.country_of_place(pid) == country:
                return pid
        return None

    # ------------------------------------------------------------------ dates
    def month_name(self, month: int, style: str) -> str:
        """A Gregorian month name in an outlet's style (egyptian, levantine, combined, maghrebi)."""
        row = self.dates["gregorian_months"][month - 1]
        if style == "maghrebi":
            return self.t["maghrebi_months"][month - 1]
        if style in ("egyptian", "levantine"):
            return row[style]
        return self.t["month_formats"][style].format(lev=row["levantine"], eg=row["egyptian"])

    def weekday(self, day: dt.date, rng: random.Random) -> str:
        names = self.dates["weekdays"][day.weekday()]["names"]
        # the first spelling mostly; the others (الإثنين) now and then
        return names[0] if rng.random() < 0.8 else rng.choice(names)

    def hijri_month(self, month: int) -> str:
        return self.dates["hijri_months"][month - 1]["names"][0]
