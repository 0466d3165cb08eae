"""What the corpus tells: meetings (with 1–3 reports each) and non-meetings, before any wording.

Everything a report says about its date is decided here, so the gold date can be set to the
precision the reports allow together (a weekday-and-month report plus a year sentence in
another report pin the day, as in the seed corpus).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .world import World, weighted

FIRST_DAY, LAST_DAY = dt.date(2013, 1, 1), dt.date(2024, 11, 30)
NON_MEETING_SHARE = 0.12
REPORTS_PER_MEETING = {1: 50, 2: 30, 3: 20}
NON_MEETING_KINDS = {"phone": 50, "statement": 30, "planned": 20}

# form: (weight, date parts the form pins by itself, publication date: "yes" | "no" | "maybe")
DATE_FORMS = {
    "full": (30, "YMD", "maybe"),
    "today": (18, "YMD", "yes"),
    "yesterday": (14, "YMD", "yes"),
    "weekday": (8, "YMD", "yes"),
    "header_today": (10, "YMD", "yes"),
    "daymonth": (7, "MD", "no"),
    "weekday_only": (5, "", "no"),
    "month_year": (8, "YM", "no"),
}
PUB_OFFSETS = {"today": [0], "header_today": [0], "yesterday": [1], "weekday": [0, 0, 1, 2],
               "full": [0, 0, 1]}


@dataclass
class ReportPlan:
    day: dt.date                  # the day of the event it reports
    outlet: dict
    fmt: str                      # "md" (front matter) or "txt"
    form: str                     # key of DATE_FORMS
    pub: dt.date | None           # publication date, when the article states it
    carrier: str | None           # how it states it: front | first_published | nushira | date_line | hijri
    year_hint: str | None = None  # "explicit" | "era": a sentence that pins only the year
    gives: set[str] = field(default_factory=set)


@dataclass
class MeetingPlan:
    day: dt.date
    place: str                    # place id where it happened
    host: str                     # person ids; the host receives (or, if neutral, just meets)
    guest: str
    extras: list[str]
    kind: str                     # meeting | visit | summit
    topics: list[str]
    neutral: bool
    reports: list[ReportPlan] = field(default_factory=list)


@dataclass
class NonMeetingPlan:
    kind: str                     # phone | statement | planned
    day: dt.date
    host: str
    guest: str
    place: str
    topics: list[str]
    reports: list[ReportPlan] = field(default_factory=list)


class Planner:
    """Draws meetings and non-meetings consistent with the gazetteer's tenures."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.w, self.rng = world, rng
        self.busy: set[tuple[str, dt.date]] = set()   # nobody takes part in two events a day
        self.principals = dict(world.t["people"]["principals"])
        self.outlets = world.t["outlets"]

    # ------------------------------------------------------------------ corpus
    def plan(self, n_articles: int) -> list[MeetingPlan | NonMeetingPlan]:
        """Events whose reports add up to exactly n_articles articles."""
        events: list[MeetingPlan | NonMeetingPlan] = []
        left = n_articles
        while left > 0:
            if self.rng.random() < NON_MEETING_SHARE:
                events.append(self.non_meeting())
                left -= 1
            else:
                k = min(int(weighted(self.rng, REPORTS_PER_MEETING)), left)
                events.append(self.meeting(k))
                left -= k
        return events

    def _day(self) -> dt.date:
        return FIRST_DAY + dt.timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days + 1))

    def _pick(self, ids, day: dt.date) -> str | None:
        table = {p: self.principals[p] for p in ids if (p, day) not in self.busy}
        return weighted(self.rng, table) if table else None

    def _pair(self, day: dt.date, neutral_place: str | None) -> tuple[str, str, str] | None:
        """(host, guest, place) on a day, or None when nobody fits."""
        w = self.w
        active = w.active(self.principals, day)
        hosting = w.t["meeting_places"]
        if neutral_place:
            venue_country = w.country_of_place(neutral_place)
            host = self._pick([p for p in active if w.country(p) != venue_country], day)
        else:
            host = self._pick([p for p in active if w.country(p) in hosting], day)
        if host is None:
            return None
        hr = w.rank(host, day)
        guests = [p for p in active if w.country(p) not in (w.country(host), None)
                  and (neutral_place is None or w.country(p) != w.country_of_place(neutral_place))
                  and (w.rank(p, day) <= hr or min(hr, w.rank(p, day)) >= 2)]
        guest = self._pick(guests, day)
        if guest is None:
            return None
        table = {p: wt for p, wt in hosting.get(w.country(host), {}).items()
                 if w.country(guest) in w.t["guest_only"].get(p, [w.country(guest)])}
        place = neutral_place or weighted(self.rng, table)
        return host, guest, place

    def _topics(self, people: list[str], place: str, day: dt.date) -> list[str]:
        w, rules = self.w, self.w.t["topic_rules"]
        countries = {w.country(p) for p in people} | {w.country_of_place(place)}
        ok = []
        for tid in sorted(w.gaz.topics):
            if tid in rules["syria_only"] and not countries & set(rules["syria_countries"]):
                continue
            if tid in rules["arab_only"] and len(countries & set(w.t["arab_countries"])) < 2:
                continue
            span = rules["dated"].get(tid)
            if span and not dt.date.fromisoformat(span[0]) <= day <= dt.date.fromisoformat(span[1]):
                continue
            ok.append(tid)
        return self.rng.sample(ok, self.rng.choice([1, 2, 2, 3]))

    # ------------------------------------------------------------------ meetings
    def meeting(self, n_reports: int) -> MeetingPlan:
        """One meeting with n_reports reports from different outlets."""
        w, rng = self.w, self.rng
        while True:
            day = self._day()
            neutral = rng.random() < w.t["neutral_share"]
            pair = self._pair(day, weighted(rng, w.t["neutral_places"]) if neutral else None)
            if pair:
                break
        host, guest, place = pair
        extras: list[str] = []
        if rng.random() < 0.25:
            pool = [p for p in w.active(w.t["people"]["companions"], day)
                    if p not in (host, guest) and (p, day) not in self.busy
                    and w.country(p) in (w.country(host), w.country(guest))]
            extras = sorted(rng.sample(pool, min(len(pool), rng.choice([1, 1, 2]))))
        for p in (host, guest, *extras):
            self.busy.add((p, day))
        if neutral:
            kind = "meeting"
        else:
            kind = "summit" if w.rank(host, day) == 3 and w.rank(guest, day) == 3 else "visit"
        plan = MeetingPlan(day, place, host, guest, extras, kind,
                           self._topics([host, guest, *extras], place, day), neutral)
        plan.reports = [self.report(day, o) for o in rng.sample(self.outlets, n_reports)]
        self._pin_year(plan.reports, day)
        return plan

    def non_meeting(self) -> NonMeetingPlan:
        """A phone call, a statement or an announced (not yet held) meeting."""
        rng = self.rng
        while True:
            day = self._day()
            pair = self._pair(day, None)
            if pair:
                break
        host, guest, place = pair
        self.busy.update({(host, day), (guest, day)})
        kind = weighted(rng, NON_MEETING_KINDS)
        plan = NonMeetingPlan(kind, day, host, guest, place, self._topics([host, guest], place, day))
        report = self.report(day, rng.choice(self.outlets))
        if not report.gives:
            report.year_hint = "explicit"
        plan.reports = [report]
        return plan

    # ------------------------------------------------------------------ reports and dates
    def report(self, day: dt.date, outlet: dict) -> ReportPlan:
        """How one outlet dates its report: the date form and whether it states a publication date."""
        rng = self.rng
        form = weighted(rng, {k: v[0] for k, v in DATE_FORMS.items()})
        _, gives, needs_pub = DATE_FORMS[form]
        fmt = "md" if rng.random() < float(outlet["md"]) else "txt"
        has_pub = needs_pub == "yes" or (needs_pub == "maybe" and rng.random() < 0.5)
        pub = day + dt.timedelta(days=rng.choice(PUB_OFFSETS[form])) if has_pub else None
        carrier = None
        if pub:
            if form == "header_today":
                carrier = "hijri" if outlet["style"] == "gulf" or rng.random() < 0.3 else "date_line"
            elif fmt == "md" and rng.random() < 0.85:
                carrier = "front"
            else:
                carrier = rng.choice(["first_published", "nushira", "date_line", "hijri"])
        plan = ReportPlan(day, outlet, fmt, form, pub, carrier, gives=set(gives))
        if not plan.gives and rng.random() < 0.6 or plan.gives == {"M", "D"} and rng.random() < 0.5:
            plan.year_hint = "era" if day.month >= 4 and 2 <= day.year - 2011 <= 13 and rng.random() < 0.5 \
                else "explicit"
        if plan.year_hint:
            plan.gives.add("Y")
        return plan

    def _pin_year(self, reports: list[ReportPlan], day: dt.date) -> None:
        # Every gold date names at least its year: when no report pins it, one gets a year sentence.
        if not any("Y" in r.gives for r in reports):
            reports[0].year_hint = "explicit"
            reports[0].gives.add("Y")


def gold_date(plan: MeetingPlan) -> str:
    """The meeting date at the precision its reports allow together."""
    parts = set().union(*(r.gives for r in plan.reports))
    if {"Y", "M", "D"} <= parts:
        return plan.day.isoformat()
    if {"Y", "M"} <= parts:
        return plan.day.strftime("%Y-%m")
    return str(plan.day.year)
