"""Which reports are one meeting: a report the recall floor made joins another only when both
name the same day and place."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates.constraint import DateConstraint
from generator.extract.units import PartyFact, PlaceFact, Unit
from generator.fuse.grouping import compare


def _unit(article: str, people: list[str], date: DateConstraint | None, fallback: bool = False) -> Unit:
    parties = [PartyFact(p, p, None, [0], False, True) for p in people]
    place = PlaceFact("beijing", "بكين", None, [0], True, 3.0)
    return Unit(article, 0, "meeting", parties, [], [], place, date, None, [], [], {}, [], [0], fallback=fallback)


FRIDAY = DateConstraint(weekday=4)            # "اليوم الجمعة" with no publication date
DAY = DateConstraint.exact(dt.date(2023, 3, 10))


@pytest.mark.parametrize("other_date,joins", [
    (DAY, True),          # the same day, the same place: the floor's guessed people join it
    (FRIDAY, False),      # "a Friday" fits 10 March 2023 but is no day of its own
    (None, False),
])
def test_a_floor_report_joins_only_a_report_of_the_same_named_day(gaz, other_date, joins):
    floor = _unit("a", ["shamkhani", "al-aiban", "wang-yi"], DAY, fallback=True)
    other = _unit("b", ["lula", "xi-jinping"], other_date)
    assert (compare(floor, other, gaz)[0] > 0) is joins
