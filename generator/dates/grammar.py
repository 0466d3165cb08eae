"""Arabic date expressions on the matching key, as a grammar built from dates.yaml.

Finds explicit dates ("الإثنين 23 مارس/ آذار 2020", "17 كانون الثاني (يناير) 2020",
"في الحادي عشر من كانون الأول/ديسمبر الماضي"), Hijri dates ("1 رمضان 1439هـ"), ISO dates,
relative days ("مساء أمس الثلاثاء"), bare weekdays ("السبت الماضي"), years with a cue
("في العام 2011") and relative periods ("الأسبوع الماضي"). Numbers without a month or a
cue ("5 أشخاص", "الصفحة 2011") are not dates.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex
from hijridate import Hijri

from ..lang import Language

YEAR_MIN, YEAR_MAX = 1900, 2099
MEMO_SIZE = 1 << 16      # sentences whose dates are remembered (DateExpr is immutable)
DIGIT = regex.compile(r"[0-9]")


@dataclass(frozen=True)
class DateExpr:
    """One date expression found in a sentence key."""

    start: int
    end: int
    kind: str                      # iso | explicit | hijri | relative | weekday | year | period
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel_days: int | None = None    # اليوم 0, أمس -1
    period: tuple[str, int] | None = None   # ("week", -1) for الأسبوع الماضي
    modifier: str | None = None    # past | future | current
    governor: str | None = None    # منذ، قبل، بعد ... when the date is an anchor
    hijri_mismatch: bool = False

    @property
    def is_anchor(self) -> bool:
        return self.governor is not None


def _alt(names: Iterable[str]) -> str:
    return "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))


class DateGrammar:
    """Compiled date patterns for one Language."""

    def __init__(self, lang: Language) -> None:
        d = lang.dates
        f = lang.fold
        self.months: dict[str, int] = {}
        for m in d.gregorian_months:
            for name in (m.egyptian, m.levantine, *m.other):
                self.months[f(name)] = m.number
        self.ambiguous = {f(n) for n in d.ambiguous_months}
        self.hmonths = {f(n): m.number for m in d.hijri_months for n in m.names}
        self.weekdays = {f(n): w.number for w in d.weekdays for n in w.names}
        self.reldays = {f(n): r.offset for r in d.relative_days for n in r.names}
        self.periods = {f(n): (p.unit, p.offset) for p in d.relative_periods for n in p.names}
        self.mods = {f(n): kind for kind, names in d.modifiers.items() for n in names}
        self.ordinals = {f(n): day for day, names in d.ordinal_days.items() for n in names}
        self.governors = sorted({f(g) for g in d.anchor_governors}, key=len, reverse=True)
        self.hours = tuple(f(p) + " " for p in d.times_of_day)
        parts = _alt({f(p): 0 for p in d.day_parts})
        hsuf = _alt({f(s): 0 for s in d.hijri_suffix})
        gsuf = _alt({f(s): 0 for s in d.gregorian_suffix})
        M, H, W = _alt(self.months), _alt(self.hmonths), _alt(self.weekdays)
        OF, MW = regex.escape(f(d.of_word)), regex.escape(f(d.month_word))
        YW = _alt({f(w): 0 for w in d.year_words})
        MC, YC = _alt({f(w): 0 for w in d.month_cues}), _alt({f(w): 0 for w in d.year_cues})
        CL = "".join(lang.text.clitics["conjunctions"] + lang.text.clitics["prepositions"])
        self.clitics = CL
        R, P, MOD, O = _alt(self.reldays), _alt(self.periods), _alt(self.mods), _alt(self.ordinals)
        B = r"(?<![\p{L}\p{N}])"
        E = r"(?![\p{L}\p{N}])"
        wd = rf"(?:(?:{parts})\s+)?(?P<wd>{W}){E}\s*,?\s*"
        # "9 أبريل 2023" and, in some agencies' datelines, "09/ ابريل/2023"
        day = rf"(?:(?P<day>[0-9]{{1,2}})(?:\s*[/\-]\s*|\s+)|(?P<ord>{O})\s+{OF}\s+)(?:{MW}\s+)?"
        month = rf"(?P<m1>{M})(?:\s*[/(\-]\s*(?P<m2>{M})\s*\)?)?{E}"
        year = rf"(?:\s*[,/\-]?\s*(?:{OF}\s+)?(?:{YW})?\s*(?P<year>[0-9]{{4}})(?:\s*(?:{gsuf}))?{E})"
        mod = rf"(?:\s+(?P<mod>{MOD}){E})"
        self.iso = regex.compile(r"(?<![0-9])(?P<year>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})(?![0-9])")
        # day first, as Arabic pages write it: "27/05/2021", "27-05-2021"
        self.numeric = regex.compile(r"(?<![0-9/.])(?<![0-9]-)(?P<d>[0-9]{1,2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<year>[0-9]{4})(?![0-9/.-])")
        self.hijri = regex.compile(
            rf"{B}(?:{wd})?(?P<hd>[0-9]{{1,2}})\s+(?P<hm>{H}){E}\s*(?P<hy>[0-9]{{3,4}})\s*(?:{hsuf})?{E}")
        self.explicit = regex.compile(rf"{B}(?:{wd})?(?:{day})?{month}{year}?{mod}?")
        self.cue = regex.compile(rf"(?:{MC})\s+$")
        after, before = (_alt({f(w): 0 for w in d.same_day[k]}) for k in ("after", "before"))
        after = f"{after}|{_alt({f(w): 0 for w in d.day_ordinals})}"
        # ("اليوم (الأربعاء)"، "أمس (الخميس)": the weekday in brackets, as Xinhua and Asharq Al-Awsat write it)
        self.relday = regex.compile(rf"{B}(?<!(?:{before})\s+)(?:(?P<part>{parts})\s+)?(?P<rel>{R}){E}"
                                    rf"(?!\s+(?:{after}){E})(?:(?:\s+|\s*\(\s*)(?P<wd>{W}){E}(?:\s*\))?)?")
        self.weekday = regex.compile(rf"{B}(?:[{CL}]?(?:{parts})\s+)?(?P<wd>{W}){E}(?:\s+(?P<mod>{MOD}){E})?")
        self.period = regex.compile(rf"{B}[{CL}]?(?P<p>{P}){E}")
        self.dayof = regex.compile(rf"{B}(?:(?P<day>[0-9]{{1,2}})|(?P<ord>{O}))\s+{OF}\s+(?P<p>{P}){E}")
        self.categories = {"months": [*self.months, *self.hmonths], "weekdays": list(self.weekdays),
                           "reldays": list(self.reldays), "periods": list(self.periods)}
        # cheap scans say which patterns can match in a sentence (each needs a word of its
        # category); plain literal alternations, which the standard `re` scans twice as fast
        self.gates = {name: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
                      for name, words in self.categories.items() if words}
        self._memo: dict[tuple[str, frozenset[str]], tuple[DateExpr, ...]] = {}
        self._held: dict[str, frozenset[str]] = {}
        self.year = regex.compile(
            rf"{B}(?:(?:{MC}\s+)?(?:{YW})\s+|(?:{YC})\s+(?:{YW}\s+)?)(?P<year>[0-9]{{4}}){E}"
            rf"|(?<![0-9])(?P<year2>[0-9]{{4}})\s*(?:{gsuf}){E}")

    # ------------------------------------------------------------------ matching
    def find(self, key: str, present: set[str] | None = None) -> list[DateExpr]:
        """Every date expression in a key, left to right, without overlaps. `present` names
        the vocabulary categories (self.categories) the sentence holds, when the caller
        knows them: patterns that need an absent category are skipped."""
        # A sentence is read for dates by the reader, the analyser and again by fusion's
        # summary (18,000 reads of 8,000 sentences on the 1,000-article bench): remember them,
        # under the categories that can match in it (a pattern needs a word of its category),
        # so that callers who know more or less of what the sentence holds share one reading.
        held = self._held.get(key)
        if held is None:
            if len(self._held) >= MEMO_SIZE:
                self._held.clear()
            held = self._held[key] = self._categories(key)
        if present is not None:
            held &= present if "digits" in present else present | {"digits"}
        if not held:
            return []
        found = self._memo.get((key, held))
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[(key, held)] = tuple(self._find(key, held))
        return list(found)

    def _categories(self, key: str) -> frozenset[str]:
        """The vocabulary categories (and "digits") a key holds."""
        held = frozenset(name for name, gate in self.gates.items() if gate.search(key))
        return held | {"digits"} if DIGIT.search(key) else held

    def _find(self, key: str, present: frozenset[str]) -> list[DateExpr]:
        found: list[DateExpr] = []
        starts: list[int] = []   # spans taken so far, sorted and disjoint: a bisection tells
        ends: list[int] = []     # whether a new one overlaps (linear in dates, not quadratic)

        def add(expr: DateExpr | None) -> None:
            if not expr:
                return
            i = bisect.bisect_right(starts, expr.start)
            if (i and ends[i - 1] > expr.start and expr.end > starts[i - 1]) \
                    or (i < len(starts) and starts[i] < expr.end):
                return
            found.append(expr)
            starts.insert(i, expr.start)
            ends.insert(i, expr.end)

        digits, months = "digits" in present, "months" in present
        for m in self.iso.finditer(key) if digits else ():
            add(self._iso(m))
        for m in self.numeric.finditer(key) if digits else ():
            add(self._iso(m))
        for m in self.hijri.finditer(key) if digits and months else ():
            add(self._hijri(m))
        for m in self.explicit.finditer(key) if months else ():
            add(self._explicit(m, key))
        for m in self.dayof.finditer(key) if "periods" in present else ():
            day = int(m["day"]) if m["day"] else self.ordinals[m["ord"]]
            add(DateExpr(m.start(), m.end(), "period", day=day, period=self.periods[m["p"]]))
        for m in self.relday.finditer(key) if "reldays" in present else ():
            add(DateExpr(m.start(), m.end(), "relative", rel_days=self.reldays[m["rel"]],
                         weekday=self.weekdays.get(m["wd"]) if m["wd"] else None))
        for m in self.weekday.finditer(key) if "weekdays" in present else ():
            add(DateExpr(m.start(), m.end(), "weekday", weekday=self.weekdays[m["wd"]],
                         modifier=self.mods.get(m["mod"]) if m["mod"] else None))
        for m in self.period.finditer(key) if "periods" in present else ():
            add(DateExpr(m.start("p"), m.end(), "period", period=self.periods[m["p"]]))
        for m in self.year.finditer(key) if digits else ():
            y = int(m["year"] or m["year2"])
            if YEAR_MIN <= y <= YEAR_MAX:
                add(DateExpr(m.start(), m.end(), "year", year=y))
        found.sort(key=lambda e: e.start)
        return [self._govern(e, key) for e in _beside_gregorian(found)]

    def _govern(self, expr: DateExpr, key: str) -> DateExpr:
        head = key[expr.start:expr.end]
        # "بعد ظهر الخميس" is a time of that day, not "after Thursday": the preposition
        # governs the day part the match opens with
        if head.startswith(self.hours) or (head[:1] in self.clitics and head[1:].startswith(self.hours)):
            return expr
        before = key[max(0, expr.start - 24):expr.start].rstrip()
        for g in self.governors:
            if before.endswith(g) and (len(before) == len(g) or not before[-len(g) - 1].isalnum()):
                return replace(expr, governor=g)
        # the governor may also open the match itself ("منذ 2011" matched as a cued year)
        for g in self.governors if expr.kind == "year" else ():
            if head.startswith(g + " "):
                return replace(expr, governor=g)
        return expr

    def _iso(self, m: regex.Match) -> DateExpr | None:
        try:
            dt.date(int(m["year"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return DateExpr(m.start(), m.end(), "iso", int(m["year"]), int(m["m"]), int(m["d"]))

    def _hijri(self, m: regex.Match) -> DateExpr | None:
        try:
            g = Hijri(int(m["hy"]), self.hmonths[m["hm"]], int(m["hd"])).to_gregorian()
        except (ValueError, OverflowError):
            return None
        weekday = self.weekdays[m["wd"]] if m["wd"] else None
        mismatch = False
        if weekday is not None and weekday != g.weekday():
            # Months begin by sighting and may differ by a day from Umm al-Qura tables.
            near = [g + dt.timedelta(days=d) for d in (1, -1) if (g + dt.timedelta(days=d)).weekday() == weekday]
            g, mismatch = (near[0], False) if near else (g, True)
        return DateExpr(m.start(), m.end(), "hijri", g.year, g.month, g.day, weekday,
                        hijri_mismatch=mismatch)

    def _explicit(self, m: regex.Match, key: str) -> DateExpr | None:
        m1, m2 = m["m1"], m["m2"]
        month = self.months[m1]
        if m2 and self.months[m2] != month:
            return None  # "مارس/ أبريل" is a range, not a date
        day = int(m["day"]) if m["day"] else (self.ordinals[m["ord"]] if m["ord"] else None)
        year = int(m["year"]) if m["year"] else None
        if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
            year = None
        mod = self.mods.get(m["mod"]) if m["mod"] else None
        weekday = self.weekdays[m["wd"]] if m["wd"] else None
        cued = bool(self.cue.search(key[max(0, m.start() - 12):m.start()]))
        if day is None and year is None and mod is None and (not cued or m1 in self.ambiguous):
            return None
        if m1 in self.ambiguous and day is None and year is None:
            return None
        if day is not None and not 1 <= day <= 31:
            return None
        return DateExpr(m.start(), m.end(), "explicit", year, month, day, weekday, modifier=mod)


@functools.lru_cache(maxsize=4)
def grammar_for(lang: Language) -> DateGrammar:
    """The compiled grammar of a language (built once)."""
    return DateGrammar(lang)


def _beside_gregorian(found: list[DateExpr]) -> list[DateExpr]:
    """A Hijri date told beside a Gregorian one within two days of it is that day.

    "19 ذي الحجة 1443 / 19 تموز 2022": months begin by sighting, so tables and the text may
    differ by a day; the Gregorian date the writer gave says which day it was.
    """
    told = [dt.date(e.year, e.month, e.day) for e in found
            if e.kind in ("iso", "explicit") and e.year and e.month and e.day]
    if not told:
        return found
    out = []
    for e in found:
        if e.kind == "hijri" and e.year and e.month and e.day:
            day = dt.date(e.year, e.month, e.day)
            near = [g for g in told if abs((g - day).days) <= 2]
            if near:
                e = replace(e, year=near[0].year, month=near[0].month, day=near[0].day,
                            weekday=near[0].weekday(), hijri_mismatch=False)
        out.append(e)
    return out

