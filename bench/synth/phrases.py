"""Words for one article: people with their titles, places and dates, in one outlet's style."""
from __future__ import annotations

import datetime as dt
import random
import re

from hijridate import Gregorian

from .world import World, pick

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SLOT = re.compile(r"\{(\w+)\}")
SPACES = re.compile(r"[ \t]{2,}")
BEFORE_PUNCT = re.compile(r" +([،.:؛])")
DOUBLE_COMMA = re.compile(r"،\s*([،.])")


def fill(template: str, slots: dict) -> str:
    """Replace {slot}s (a missing slot is a bug in the data file, so it raises) and tidy spaces."""
    text = SLOT.sub(lambda m: str(slots[m.group(1)]), template)
    text = SPACES.sub(" ", text)
    text = BEFORE_PUNCT.sub(r"\1", text)
    return DOUBLE_COMMA.sub(r"\1", text).strip()


class Speaker:
    """Renders people, places and dates for one article, consistently within it."""

    def __init__(self, world: World, rng: random.Random, outlet: dict) -> None:
        self.w, self.rng, self.outlet = world, rng, outlet
        self.style = outlet["style"]
        self.months = rng.choice(outlet["months"])
        self.eastern = rng.random() < float(outlet["eastern"])
        self._names: dict[str, str] = {}

    # ------------------------------------------------------------------ numbers and dates
    def num(self, n: int) -> str:
        return str(n).translate(EASTERN) if self.eastern else str(n)

    def date_slots(self, day: dt.date) -> dict:
        """Everything a date template may ask for, for one day."""
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return {"wd": self.w.weekday(day, self.rng), "d": self.num(day.day), "y": self.num(day.year),
                "month": self.w.month_name(day.month, self.months), "iso": day.isoformat(),
                "hd": self.num(h.day), "hmonth": self.w.hijri_month(h.month), "hy": self.num(h.year),
                "hh": f"{self.rng.randrange(7, 23):02d}", "mm": f"{self.rng.randrange(60):02d}",
                "outlet": self.outlet["name"]}

    def when(self, form: str, day: dt.date) -> str:
        """The date phrase of a report, in the form the plan chose."""
        return fill(self.rng.choice(self.w.t["when"][form]), self.date_slots(day))

    def pub_line(self, carrier: str, pub: dt.date) -> str:
        return fill(self.rng.choice(self.w.t["pub_lines"][carrier]), self.date_slots(pub))

    def month_year(self, month: int, year: int) -> tuple[str, str]:
        return self.w.month_name(month, self.months), self.num(year)

    # ------------------------------------------------------------------ people
    def name(self, pid: str) -> str:
        """The full name this article uses for a person (mostly canonical, sometimes a variant)."""
        if pid not in self._names:
            person = self.w.person(pid)
            variants = [v for v in person.variants if v != person.name]
            use_variant = variants and self.rng.random() < 0.15
            self._names[pid] = self.rng.choice(variants) if use_variant else person.name
        return self._names[pid]

    def title(self, pid: str, day: dt.date) -> str:
        """The person's title on that day, as this outlet writes it."""
        override = self.w.t["style_titles"].get(self.style, {}).get(pid)
        if override and self.rng.random() < 0.7:
            return self.rng.choice(override)
        office = self.w.office_on(pid, day)
        if office is None:
            return ""
        if office.short and self.rng.random() < float(self.w.t["short_title_share"][self.style]):
            return self.rng.choice(office.short)
        return office.title

    def full(self, pid: str, day: dt.date) -> str:
        """Title, honorific and name: "ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان"."""
        title = self.title(pid, day)
        hon = self.w.t["people"]["honorifics"].get(pid, "")
        if hon and hon in title.split():
            hon = ""  # "الملك السعودي" needs no second "الملك"
        return " ".join(x for x in (title, hon, self.name(pid)) if x)

    def short(self, pid: str) -> str:
        """A later mention: a short form, now and then misspelt."""
        person = self.w.person(pid)
        typos = self.w.t["people"]["typos"].get(pid, [])
        if typos and self.rng.random() < 0.08:
            return self.rng.choice(typos)
        if person.short:
            return person.short[0] if self.rng.random() < 0.7 else self.rng.choice(person.short)
        return self.name(pid)

    def people_slots(self, role: str, pid: str, day: dt.date) -> dict:
        return {role: self.full(pid, day), f"{role}_s": self.short(pid), f"{role}_t": self.title(pid, day)}

    def join(self, pids: list[str], day: dt.date) -> str:
        """Several people with titles, joined by و."""
        return " و".join(self.full(p, day) for p in pids)

    # ------------------------------------------------------------------ places
    def place_slots(self, place_id: str) -> dict:
        """{where} (a phrase), {place} (the name a headline uses) and {city}."""
        w, rng = self.w, self.rng
        place = w.gaz.places[place_id]
        where_t = w.t["where"]
        if place.kind == "venue":
            city = w.gaz.places[w.city_of(place_id)]
            venue = rng.choice([place.name, *place.variants])
            where = fill(rng.choice(where_t["venue"]), {"venue": venue, "city": city.name})
            return {"where": where, "place": city.name, "city": city.name}
        if place.kind == "base":
            city = w.gaz.places[place.within]
            base = rng.choice([place.name, *place.variants])
            where = fill(rng.choice(where_t["base"]), {"base": base, "city": city.name})
            return {"where": where, "place": place.name, "city": city.name}
        if place.variants and rng.random() < 0.15:
            where = fill(rng.choice(where_t["variant"]), {"variant": rng.choice(place.variants)})
        else:
            kind = "capital" if place_id in w.t["capitals"] else "city"
            where = fill(rng.choice(where_t[kind]), {"city": place.name})
        return {"where": where, "place": place.name, "city": place.name}

    def template(self, key: str, masculine: set[str] | None = None) -> str:
        """A template from a list in the data file (dotted path)."""
        node = self.w.t
        for part in key.split("."):
            node = node[part]
        return pick(self.rng, node, masculine)
