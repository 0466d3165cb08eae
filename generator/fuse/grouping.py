"""Which reports tell the same meeting: compatible dates, the same people, the same place.

Two reports may join when their dates can be the same day (a weekday-only date fits a full
date on that weekday; "18 يونيو" without a year fits 2022-06-18), they share the core
participants, their places agree (a venue lies in its city) and they are not from the same
article. Clusters grow by complete linkage, strongest pairs first, so one loose pair cannot
chain two different meetings together; Shoigu meeting Assad in 2016, 2017 and 2020 stay
three meetings. Every decision is kept for `digest check --explain`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable, Iterable

from ..extract.units import Unit
from ..gazetteer import Gazetteer
from ..lang import FuseSettings, load_language
from .memo import GroupMemo


@dataclass
class Decision:
    a: tuple[str, int]
    b: tuple[str, int]
    joined: bool
    why: str | Callable[[], str]   # written out only when explained: most pairs never are

    @property
    def reason(self) -> str:
        return self.why() if callable(self.why) else self.why


@dataclass
class Grouping:
    groups: list[list[Unit]]
    decisions: list[Decision] = field(default_factory=list)


def _place_ok(a: Unit, b: Unit, gaz: Gazetteer) -> bool | None:
    """True: same place; False: different places; None: one side does not say."""
    if not a.place or not b.place or not a.place.place or not b.place.place:
        return None
    pa, pb = a.place.place, b.place.place
    return pa == pb or gaz.contains(pa, pb) or gaz.contains(pb, pa)


def _same_day(a: Unit, b: Unit) -> bool:
    """Both reports name one day, the same ("a Friday" fits any Friday: not a day)."""
    if a.date is None or b.date is None:
        return False
    days = [u.date.resolve(u.date_window) for u in (a, b) if u.date is not None]
    return all(p == "day" for _, p in days) and days[0][0] == days[1][0]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def compare(a: Unit, b: Unit, gaz: Gazetteer, s: FuseSettings | None = None) -> tuple[float, str | Callable[[], str]]:
    """(score, reason): a score of 0 means the reports cannot be one meeting; the weights are
    the language's settings (settings.yaml, `fuse`)."""
    s = s or load_language().settings.fuse
    if a.article == b.article:
        return 0.0, "same article"
    if a.kind != b.kind:
        return 0.0, f"a {a.kind} and a {b.kind}"
    shared = a.people & b.people
    # a report whose people are only guessed (the recall floor) joins a report of the same
    # day and place whoever it names
    guessed = (a.fallback or b.fallback) and _same_day(a, b) and _place_ok(a, b, gaz) is True
    if len(shared) < 2 and not (shared and len(shared) == min(len(a.people), len(b.people))) and not guessed:
        return 0.0, f"participants differ ({len(shared)} in common)"
    date_score = 0.0
    if a.date is not None and b.date is not None:
        both = a.date.meet(b.date)
        if both is None:
            da, db = a.date, b.date
            return 0.0, lambda: f"dates differ ({da.describe()} / {db.describe()})"
        window = a.date_window or b.date_window
        value, precision = both.resolve(window)
        date_score = s.date_scores.get(precision, s.date_scores["other"])  # type: ignore[call-overload]
    place = _place_ok(a, b, gaz)
    if place is False and a.place and b.place and not (date_score >= s.date_scores["day"] and len(shared) >= 2):
        # the same day and the same two people outweigh one source's mistaken place; the sheet
        # keeps both places as a conflict for review
        return 0.0, f"places differ ({a.place.name} / {b.place.name})"
    text = _jaccard(a.shingles, b.shingles)
    if date_score == 0.0 and not place and text < s.min_text_similarity:
        return 0.0, "no date to compare and too little shared wording"
    score = date_score + len(shared) + (s.place_bonus if place else 0.0) + s.text_weight * text
    return score, (f"dates fit, {len(shared)} participants in common"
                   f"{', same place' if place else ''}, wording overlap {text:.2f}")


Slot = tuple[int, ...]   # (year,), (year, month) or (year, month, day): what a date pins down


def _slots(u: Unit) -> list[Slot] | None:
    """The calendar slots a report's date allows (None: any date)."""
    d = u.date
    if d is None:
        return None
    years = d.years if d.years is not None else (
        frozenset(range(d.lo.year, d.hi.year + 1)) if d.lo and d.hi else None)
    if years is None:
        return None
    tail = (d.month, d.day) if d.month and d.day else (d.month,) if d.month else ()
    return [(y, *tail) for y in sorted(years)]


SlotIndex = tuple[dict[Slot, list[int]], dict[Slot, list[int]], list[int]]


def _slot_index(slots: list[list[Slot] | None], members: Iterable[int]) -> SlotIndex:
    """The members by each slot they allow, by each shorter slot holding one of those, and
    those allowing any date."""
    exact: dict[Slot, list[int]] = {}
    under: dict[Slot, list[int]] = {}
    anywhere: list[int] = []
    for i in members:
        allowed = slots[i]
        if allowed is None:
            anywhere.append(i)
            continue
        for slot in allowed:
            exact.setdefault(slot, []).append(i)
            for n in range(1, len(slot)):
                under.setdefault(slot[:n], []).append(i)
    return exact, under, anywhere


def _pairs_within(members: list[int], slots: list[list[Slot] | None]) -> set[tuple[int, int]]:
    """Pairs of members whose dates can meet: the same slot, or one slot inside the other
    (a year-only date fits any day of its year; a report without a date fits any)."""
    exact, under, anywhere = _slot_index(slots, members)
    found = {p for same in exact.values() for p in combinations(same, 2)}
    loose = [(i, None) for i in anywhere] + [(i, slot) for i in members for slot in slots[i] or () if len(slot) < 3]
    for i, pinned in loose:
        others = members if pinned is None else under.get(pinned, [])
        found.update((min(i, j), max(i, j)) for j in others if j != i)
    return found


def _meeting(allowed: list[Slot] | None, index: SlotIndex, count: int) -> set[int]:
    """Every report whose slots can meet these (as `_meet` tells, without asking each one)."""
    if allowed is None:
        return set(range(count))
    exact, under, anywhere = index
    out = set(anywhere)
    for slot in allowed:
        out.update(exact.get(slot, ()))
        out.update(under.get(slot, ()))
        for n in range(1, len(slot)):
            out.update(exact.get(slot[:n], ()))
    return out


def _meet(a: list[Slot] | None, b: list[Slot] | None) -> bool:
    """Whether two reports' slots can be the same day (one slot inside the other)."""
    return a is None or b is None or any(x[:len(y)] == y or y[:len(x)] == x for x in a for y in b)


def _candidates(units: list[Unit], focus: set[int] | None = None) -> list[tuple[int, int]]:
    """Pairs of reports that could pass `compare`'s participant and date tests, found without
    trying all pairs: two reports must share two people (or all the people of the one that
    names only one) and dates that can meet. Indexing by pairs of people and by calendar slot
    keeps this near linear; a head of state in every tenth report would otherwise make it
    quadratic. With `focus`, only pairs that involve one of those reports."""
    if focus is not None and not focus:
        return []
    slots = [_slots(u) for u in units]
    by_key: dict[tuple[str, ...], list[int]] = {}
    for i, u in enumerate(units):
        names = sorted(u.people)
        for key in (*combinations(names, 2), *((a,) for a in names)):
            by_key.setdefault(key, []).append(i)
    found: set[tuple[int, int]] = set()
    if focus is not None:
        for i in sorted(focus):
            names = sorted(units[i].people)
            others = [j for key in combinations(names, 2) for j in by_key[key]]
            others += [j for a in names for j in by_key[(a,)]
                       if len(names) == 1 or len(units[j].people) == 1]
            others += [j for j in range(len(units)) if units[i].fallback or units[j].fallback]
            found.update((min(i, j), max(i, j)) for j in others if j != i and _meet(slots[i], slots[j]))
        return sorted(found)
    for key, members in by_key.items():
        if len(key) == 2:
            found |= _pairs_within(members, slots)
    index = _slot_index(slots, range(len(units))) if any(u.fallback for u in units) else None
    for i, u in enumerate(units):
        if u.fallback and index is not None:   # its people are a guess: any report its date allows
            found.update((min(i, j), max(i, j)) for j in _meeting(slots[i], index, len(units)) if j != i)
        if len(u.people) == 1:   # a report naming one person may join any report naming them
            (person,) = u.people
            found |= {p for p in _pairs_within(by_key[(person,)], slots) if i in p}
    return sorted(found)


def group(units: list[Unit], gaz: Gazetteer, memo: GroupMemo | None = None,
          settings: FuseSettings | None = None) -> Grouping:
    """Cluster reports into meetings (deterministic: ties broken by article name). With a memo
    of the last run, only pairs involving a report it did not see are compared; pairs of known
    reports keep the verdict they had (so only new pairs are explained)."""
    units = sorted(units, key=lambda u: u.key)
    pairs: list[tuple[float, int, int, str]] = []
    decisions: list[Decision] = []
    ok: set[tuple[int, int]] = set()
    uids = [memo.uid(u) for u in units] if memo else []
    focus = None
    if memo and memo.seen:
        focus = {i for i, uid in enumerate(uids) if uid not in memo.seen}
        at = {uid: i for i, uid in enumerate(uids)}
        for (ua, ub), (known, why) in memo.joins.items():
            if ua in at and ub in at:
                i, j = sorted((at[ua], at[ub]))
                ok.add((i, j))
                pairs.append((known, i, j, why))
    for i, j in _candidates(units, focus):
        score, reason = compare(units[i], units[j], gaz, settings)
        if score > 0:
            ok.add((i, j))
            pairs.append((score, i, j, reason if isinstance(reason, str) else reason()))   # joins carry text
        else:
            decisions.append(Decision(units[i].key, units[j].key, False, reason))
    if memo:
        memo.remember(uids, {(uids[i], uids[j]): (score, reason) for score, i, j, reason in pairs})
    cluster = list(range(len(units)))
    members_of: dict[int, list[int]] = {i: [i] for i in range(len(units))}
    for score, i, j, reason in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            decisions.append(Decision(units[i].key, units[j].key, True, reason))
            continue
        blocker = next(((a, b) for a in members_of[ci] for b in members_of[cj]
                        if (min(a, b), max(a, b)) not in ok), None)
        if blocker:
            a, b = blocker
            decisions.append(Decision(units[i].key, units[j].key, False,
                                      f"{reason}; but {units[a].article} and {units[b].article} cannot be one meeting"))
            continue
        decisions.append(Decision(units[i].key, units[j].key, True, reason))
        for m in members_of[cj]:
            cluster[m] = ci
        members_of[ci].extend(members_of.pop(cj))
    groups = [sorted((units[m] for m in ms), key=lambda u: u.key) for ms in members_of.values()]
    groups.sort(key=lambda g: g[0].key)
    return Grouping(groups, decisions)
