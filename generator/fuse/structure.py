"""Editors' merges and splits, applied so that every run finds the same meetings again.

A merge or a split changes which sheets are on disk, and ids are kept from the sheets on
disk. So a sheet records what was done to it (`review.merged`: the meetings merged into it
with their articles; `review.split_from`: the meeting it was split from), and before ids
are assigned the sheets on disk are seen as they would be without those corrections
(`uncorrected`). The groups then get the ids they had before the corrections, the
corrections apply to the same ids again, and a second run writes what the first wrote: the
same bytes as a run into an empty folder.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..extract.units import Unit
from ..factsheet.index import OnDisk
from ..factsheet.models import MergedMeeting
from ..yamlio import ContentError
from .corrections import Corrections, Entry


@dataclass
class Structure:
    """Groups and ids after the editors' merges and splits, and what they did."""

    groups: list[list[Unit]]
    ids: list[str]
    applied: dict[str, list[str]] = field(default_factory=dict)      # id → corrections (file:line)
    merged: dict[str, list[MergedMeeting]] = field(default_factory=dict)
    split_from: dict[str, str] = field(default_factory=dict)
    merged_into: dict[str, str] = field(default_factory=dict)        # merged id → id that kept it
    known: set[str] = field(default_factory=set)                     # every id before the corrections
    problems: list[ContentError] = field(default_factory=list)


def uncorrected(existing: dict[str, OnDisk]) -> dict[str, OnDisk]:
    """The sheets on disk as they were before editors' merges and splits: a split-off sheet
    back in the one it came from, merged meetings apart again under their own ids."""
    def source(sid: str) -> str:
        seen = {sid}
        while (up := existing[sid].split_from) and up in existing and up not in seen:
            sid = up
            seen.add(sid)
        return sid

    folded: dict[str, set[str]] = {}
    for sid in sorted(existing):
        folded.setdefault(source(sid), set()).update(existing[sid].articles)
    view: dict[str, OnDisk] = {}
    for sid in sorted(folded):
        disk = existing[sid]
        own = set(folded[sid])
        for mid, articles in disk.merged:
            own -= articles
            if mid not in existing:   # a sheet of that name on disk speaks for itself
                view[mid] = OnDisk(articles, disk.people, disk.phone)
        view[sid] = OnDisk(frozenset(own or folded[sid]), disk.people, disk.phone)
    return view


def restructure(groups: list[list[Unit]], ids: list[str], corr: Corrections, existing: dict[str, OnDisk],
                articles: set[str], propose: Callable[[list[Unit]], str]) -> Structure:
    """Apply editors' merges, then splits, to groups that have their ids."""
    by_id = dict(zip(ids, groups))
    out = Structure([], [], known=set(ids))

    def problem(entry: Entry, message: str) -> None:
        out.problems.append(ContentError(entry.file or entry.where, entry.line, message))

    for plan in corr.merge_plans():
        present = [m for m in (plan.keeper, *plan.members) if m in by_id]
        keep = present[0] if present else plan.keeper
        out.merged_into.update((m, keep) for m in plan.members if m != keep)
        if len(present) < 2:
            continue   # unknown ids are reported by check_references
        out.merged[keep] = [MergedMeeting(id=m, articles=sorted({u.article for u in by_id[m]}))
                            for m in present[1:]]
        for other in present[1:]:
            by_id[keep] = sorted(by_id[keep] + by_id.pop(other), key=lambda u: u.key)
        out.applied.setdefault(keep, []).extend(e.where for e in plan.entries)
    for split, entry in corr.splits():
        spec = split.split
        if spec.meeting not in by_id:
            continue   # unknown or merged: reported by check_references
        units = by_id[spec.meeting]
        held = sorted({u.article for u in units})
        stray = [a for a in spec.articles if a in articles and a not in held]
        if stray:
            problem(entry, f"split: article(s) {', '.join(stray)} are not in meeting {spec.meeting!r} (its "
                    f"articles: {', '.join(held)}); correct the split or remove it")
        moved = [u for u in units if u.article in spec.articles]
        kept = [u for u in units if u.article not in spec.articles]
        if not moved:
            continue
        if not kept:
            problem(entry, f"split names every article of meeting {spec.meeting!r}, so nothing is split "
                    "off; name only the articles that tell another meeting")
            continue
        by_id[spec.meeting] = kept
        new_id = _split_id(spec.meeting, moved, existing, set(by_id) | out.known, propose)
        by_id[new_id] = moved
        out.split_from[new_id] = spec.meeting
        out.applied.setdefault(spec.meeting, []).append(entry.where)
        out.applied.setdefault(new_id, []).append(entry.where)
    out.ids = sorted(by_id)
    out.groups = [by_id[i] for i in out.ids]
    return out


def _split_id(source: str, moved: list[Unit], existing: dict[str, OnDisk], taken: set[str],
              propose: Callable[[list[Unit]], str]) -> str:
    """The id of a split-off meeting: the sheet split from the same meeting before (sharing the
    most articles), else a new id that is no other meeting's."""
    arts = {u.article for u in moved}
    before = sorted((-len(arts & disk.articles), sid) for sid, disk in existing.items()
                    if disk.split_from == source and arts & disk.articles and sid not in taken)
    if before:
        return before[0][1]
    new_id = propose(moved)
    while new_id in taken:
        new_id += "-split"
    return new_id
