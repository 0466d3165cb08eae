"""Turn a date expression into a constraint, using the publication date when there is one.

"أمس الثلاثاء" means the Tuesday before publication; "كانون الأول الماضي" the last
December before it; "18 يونيو" without a year is the most recent 18 June. Without a
publication date a relative word says nothing and a weekday stays a weekday.
"""
from __future__ import annotations

import datetime as dt

from .constraint import DAY, DateConstraint
from .grammar import DateExpr

# An undated day-and-month is read as past unless it is this far after publication.
FUTURE_SLACK = dt.timedelta(days=14)


def _month_occurrence(month: int, ref: dt.date, modifier: str | None) -> int:
    """Year of the month named relative to ref (past, future, current or nearest)."""
    if modifier == "past":
        return ref.year if month < ref.month else ref.year - 1
    if modifier == "future":
        return ref.year if month > ref.month else ref.year + 1
    if modifier == "current":
        return ref.year
    return ref.year if month <= ref.month else ref.year - 1


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _month_range(first: dt.date) -> tuple[dt.date, dt.date]:
    return first, _add_months(first, 1) - DAY


def constrain(expr: DateExpr, ref: dt.date | None) -> DateConstraint | None:
    """The constraint an expression puts on its event's day (None: says nothing)."""
    wd = expr.weekday
    if expr.kind in ("iso", "explicit", "hijri"):
        if expr.year is not None:
            c = DateConstraint(frozenset({expr.year}), expr.month, expr.day, wd)
            return c if c.days(None) != [] else None
        if ref is None:
            return DateConstraint(None, expr.month, expr.day, wd)
        assert expr.month is not None  # these kinds always name a month
        year = _month_occurrence(expr.month, ref, expr.modifier)
        if expr.day and expr.modifier is None:
            try:
                if dt.date(year, expr.month, expr.day) > ref + FUTURE_SLACK:
                    year -= 1
            except ValueError:
                return None
        return DateConstraint(frozenset({year}), expr.month, expr.day, wd)
    if expr.kind == "year":
        assert expr.year is not None
        return DateConstraint(frozenset({expr.year}))
    if expr.kind == "relative":
        if ref is None:
            return DateConstraint(weekday=wd) if wd is not None else None
        assert expr.rel_days is not None
        day = ref + DAY * expr.rel_days
        if wd is not None and day.weekday() != wd and (day - DAY).weekday() == wd:
            # "اليوم (الأربعاء)" in a report stamped Thursday 01:15: written the day before,
            # or where the day is not over yet; the weekday says which
            day -= DAY
        return DateConstraint.exact(day)
    if expr.kind == "weekday":
        if ref is None:
            return DateConstraint(weekday=wd)
        assert wd is not None
        if expr.modifier == "future":
            ahead = (wd - ref.weekday()) % 7 or 7
            return DateConstraint.exact(ref + DAY * ahead)
        back = (ref.weekday() - wd) % 7
        if expr.modifier == "past" and back == 0:
            back = 7
        return DateConstraint.exact(ref - DAY * back)
    if expr.kind == "period" and ref is not None:
        assert expr.period is not None
        unit, offset = expr.period
        if unit == "week":
            if offset < 0:
                return DateConstraint.between(ref - DAY * 13, ref - DAY)
            if offset == 0:
                return DateConstraint.between(ref - DAY * 6, ref + DAY * 6)
            return DateConstraint.between(ref + DAY, ref + DAY * 13)
        if unit == "month":
            lo, hi = _month_range(_add_months(ref.replace(day=1), offset))
            if expr.day:
                try:
                    return DateConstraint.exact(lo.replace(day=expr.day))
                except ValueError:
                    return None
            return DateConstraint.between(lo, hi)
        return DateConstraint(frozenset({ref.year + offset}))
    return None


def reference_window(ref: dt.date, days_before: int = 7) -> DateConstraint:
    """An event told with no time word in a report dated `ref`: shortly before it."""
    return DateConstraint.between(ref - DAY * days_before, ref)
