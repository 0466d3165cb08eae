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

from ..gazetteer import Gazetteer
from .units import Unit

MIN_TEXT_SIMILARITY = 0.04


@dataclass
class Decision:
    a: tuple[str, int]
    b: tuple[str, int]
    joined: bool
    reason: str


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


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def compare(a: Unit, b: Unit, gaz: Gazetteer) -> tuple[float, str]:
    """(score, reason): a score of 0 means the reports cannot be one meeting."""
    if a.article == b.article:
        return 0.0, "same article"
    if a.kind != b.kind:
        return 0.0, f"a {a.kind} and a {b.kind}"
    shared = a.people & b.people
    if len(shared) < 2 and not (shared and len(shared) == min(len(a.people), len(b.people))):
        return 0.0, f"participants differ ({len(shared)} in common)"
    date_score = 0.0
    if a.date is not None and b.date is not None:
        both = a.date.meet(b.date)
        if both is None:
            return 0.0, f"dates differ ({a.date.describe()} / {b.date.describe()})"
        window = a.date_window or b.date_window
        value, precision = both.resolve(window)
        date_score = {"day": 3.0, "month": 2.0, "year": 1.0}.get(precision, 0.5)
    place = _place_ok(a, b, gaz)
    if place is False:
        return 0.0, f"places differ ({a.place.name} / {b.place.name})"
    text = _jaccard(a.shingles, b.shingles)
    if date_score == 0.0 and not place and text < MIN_TEXT_SIMILARITY:
        return 0.0, "no date to compare and too little shared wording"
    score = date_score + len(shared) + (1.0 if place else 0.0) + 5 * text
    return score, (f"dates fit, {len(shared)} participants in common"
                   f"{', same place' if place else ''}, wording overlap {text:.2f}")


def group(units: list[Unit], gaz: Gazetteer) -> Grouping:
    """Cluster reports into meetings (deterministic: ties broken by article name)."""
    units = sorted(units, key=lambda u: u.key)
    pairs: list[tuple[float, int, int, str]] = []
    decisions: list[Decision] = []
    ok: dict[tuple[int, int], bool] = {}
    by_person: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        for p in u.people:
            by_person.setdefault(p, []).append(i)
    seen: set[tuple[int, int]] = set()
    for members in by_person.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                score, reason = compare(units[i], units[j], gaz)
                ok[(i, j)] = score > 0
                if score > 0:
                    pairs.append((score, i, j, reason))
                else:
                    decisions.append(Decision(units[i].key, units[j].key, False, reason))
    cluster = list(range(len(units)))
    members_of: dict[int, list[int]] = {i: [i] for i in range(len(units))}
    for score, i, j, reason in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            decisions.append(Decision(units[i].key, units[j].key, True, reason))
            continue
        blocker = next(((a, b) for a in members_of[ci] for b in members_of[cj]
                        if not ok.get((min(a, b), max(a, b)), False)), None)
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
