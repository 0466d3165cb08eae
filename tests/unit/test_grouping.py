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


def test_a_floor_report_finds_by_the_slot_index_every_report_its_date_can_meet():
    from generator.fuse.grouping import _meet, _meeting, _slot_index, _slots
    dates = [None, DAY, FRIDAY, DateConstraint(frozenset({2023})), DateConstraint(frozenset({2022, 2023}), 3),
             DateConstraint(frozenset({2023}), 3), DateConstraint(frozenset({2023}), 4),
             DateConstraint(frozenset({2022}), 3, 10), DateConstraint.exact(dt.date(2023, 3, 11)),
             DateConstraint.between(dt.date(2022, 12, 20), dt.date(2023, 1, 5)),
             DateConstraint(frozenset({2021, 2023}), 3, 10)]
    slots = [_slots(_unit(f"a{i}", ["x", "y"], d)) for i, d in enumerate(dates)]
    index = _slot_index(slots, range(len(slots)))
    for i, mine in enumerate(slots):
        assert _meeting(mine, index, len(slots)) == {j for j in range(len(slots)) if _meet(mine, slots[j])}, dates[i]


@pytest.mark.parametrize("constraint,window", [
    (FRIDAY, (2023, 2023)), (FRIDAY, None), (DAY, None), (DateConstraint(frozenset({2023}), 3), None),
    (DateConstraint.between(dt.date(2023, 3, 6), dt.date(2023, 3, 12)), None),
    (DateConstraint(weekday=4, lo=dt.date(2023, 3, 6), hi=dt.date(2023, 3, 12)), None),
    (DateConstraint(frozenset({2019, 2020}), 2, 29), None),
])
def test_what_a_date_allows_is_kept_and_is_the_same_when_asked_again(constraint, window):
    first, days = constraint.resolve(window), constraint.days(window)
    if days is not None:
        days.append(dt.date(1900, 1, 1))       # a caller's own list: what is kept is not changed
    assert constraint.resolve(window) == first == DateConstraint._resolve.__wrapped__(constraint, window)
    assert constraint.days(window) == constraint._enumerate(window)
    equal = DateConstraint(constraint.years, constraint.month, constraint.day, constraint.weekday,
                           constraint.lo, constraint.hi)
    assert equal.resolve(window) == first      # an equal constraint made elsewhere reads alike
