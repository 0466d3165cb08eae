"""What a source says about a date, as a constraint that can be combined with others.

"السبت" alone, "18 يونيو" without a year, "2016" from an anchor and "2022-06-18" are all
constraints on the same unknown day. Combining them (a meet) is how one article's year
fills in another's weekday, and resolving one says only what is pinned: a day, a month,
a year, or nothing.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

DAY = dt.timedelta(days=1)
MAX_ENUM_DAYS = 800
# Grouping asks for the days of the same few thousand constraints hundreds of thousands of
# times (every candidate pair of reports): 7 of 23 s of a 10,000-article run before they were
# kept. A constraint is immutable, so what it allows is worked out once per window.
_MEMO_MAX = 1 << 16


@dataclass(frozen=True)
class DateConstraint:
    years: frozenset[int] | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    lo: dt.date | None = None
    hi: dt.date | None = None

    @classmethod
    def exact(cls, d: dt.date) -> "DateConstraint":
        return cls(frozenset({d.year}), d.month, d.day, d.weekday(), d, d)

    @classmethod
    def between(cls, lo: dt.date, hi: dt.date) -> "DateConstraint":
        return cls(lo=lo, hi=hi)

    @property
    def empty(self) -> bool:
        return self == DateConstraint()

    def meet(self, other: "DateConstraint") -> "DateConstraint | None":
        """Both constraints at once; None when they cannot hold together."""
        def same(a: int | None, b: int | None) -> tuple[int | None, bool]:
            if a is None or b is None:
                return a if b is None else b, True
            return a, a == b
        month, ok1 = same(self.month, other.month)
        day, ok2 = same(self.day, other.day)
        weekday, ok3 = same(self.weekday, other.weekday)
        if not (ok1 and ok2 and ok3):
            return None
        years = self.years if other.years is None else (
            other.years if self.years is None else self.years & other.years)
        if years is not None and not years:
            return None
        lo = max((d for d in (self.lo, other.lo) if d), default=None)
        hi = min((d for d in (self.hi, other.hi) if d), default=None)
        if lo and hi and lo > hi:
            return None
        out = DateConstraint(years, month, day, weekday, lo, hi)
        return out if out._listed(None) != () else None

    def days(self, window: tuple[int, int] | None) -> list[dt.date] | None:
        """Every day that fits, or None when there are too many to list."""
        found = self._listed(window)
        return None if found is None else list(found)

    @functools.lru_cache(maxsize=_MEMO_MAX)   # noqa: B019 (constraints are few and immutable)
    def _listed(self, window: tuple[int, int] | None) -> tuple[dt.date, ...] | None:
        listed = self._enumerate(window)
        return None if listed is None else tuple(listed)

    def _enumerate(self, window: tuple[int, int] | None) -> list[dt.date] | None:
        years = self.years
        if self.lo and self.hi:
            span = range(self.lo.year, self.hi.year + 1)
            years = frozenset(span) if years is None else years & frozenset(span)
        if years is None and window:
            years = frozenset(range(window[0], window[1] + 1))
        if years is None:
            return None
        if self.month and self.day:
            out = []
            for y in sorted(years):
                try:
                    d = dt.date(y, self.month, self.day)
                except ValueError:
                    continue
                if self._fits(d):
                    out.append(d)
            return out
        if self.lo and self.hi and (self.hi - self.lo).days <= MAX_ENUM_DAYS:
            n = (self.hi - self.lo).days + 1
            return [d for d in (self.lo + DAY * i for i in range(n)) if d.year in years and self._fits(d)]
        if len(years) == 1 and (self.month or self.weekday is not None):
            y = next(iter(years))
            start, end = dt.date(y, self.month or 1, 1), dt.date(y, self.month or 12, 28)
            while (end + DAY).month == end.month:
                end += DAY
            return [d for d in (start + DAY * i for i in range((end - start).days + 1)) if self._fits(d)]
        return None

    def _fits(self, d: dt.date) -> bool:
        return ((self.weekday is None or d.weekday() == self.weekday)
                and (self.month is None or d.month == self.month)
                and (self.day is None or d.day == self.day)
                and (self.lo is None or d >= self.lo) and (self.hi is None or d <= self.hi))

    def resolve(self, window: tuple[int, int] | None = None) -> tuple[str | None, str]:
        """(value, precision): the most precise date every fitting day shares."""
        return self._resolve(window)

    @functools.lru_cache(maxsize=_MEMO_MAX)   # noqa: B019
    def _resolve(self, window: tuple[int, int] | None) -> tuple[str | None, str]:
        days = self._listed(window)
        if days is not None:
            if not days:
                return None, "unknown"
            first, last = days[0], days[-1]
            if first == last:
                return first.isoformat(), "day"
            if (first.year, first.month) == (last.year, last.month):
                return f"{first.year:04d}-{first.month:02d}", "month"
            if first.year == last.year:
                return f"{first.year:04d}", "year"
            return None, "unknown"
        years = self.years
        if years and len(years) == 1:
            y = next(iter(years))
            return (f"{y:04d}-{self.month:02d}", "month") if self.month else (f"{y:04d}", "year")
        return None, "unknown"

    def describe(self) -> str:
        """Short text for explanations and conflicts."""
        value, precision = self.resolve()
        if value:
            return value
        parts = []
        if self.years:
            parts.append("/".join(str(y) for y in sorted(self.years)))
        if self.month:
            parts.append(f"month {self.month}")
        if self.day:
            parts.append(f"day {self.day}")
        if self.weekday is not None:
            parts.append(f"weekday {self.weekday}")
        return ", ".join(parts) or "any"
