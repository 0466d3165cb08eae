"""From groups of reports to final sheets: stable ids, editors' merges and splits, fusion, fixes.

Ids: a group that shares articles with a sheet already on disk keeps that sheet's id, so
adding an article never renames an existing sheet; a new group gets "date-participants".
When one article reports two meetings (a visit, then a call), both groups share it with both
sheets: the tie goes to the sheet of the same kind and people, so a second run over the same
articles keeps every id where the first put it.
"""
from __future__ import annotations

from ..factsheet.index import OnDisk
from ..factsheet.models import DateEvidence, FactSheet, PersonRef, PlaceRef, Review
from ..slugs import slugify
from .corrections import Corrections, FactFix
from .fusion import Context, fuse, fuse_date
from .memo import FusionMemo
from .structure import Structure, restructure, uncorrected
from ..extract.units import Unit

MAX_ID = 100


def proposal(ctx: Context, units: list[Unit]) -> str:
    """A readable id for a new sheet: date (or "undated"), participants, "call" for calls."""
    value = fuse_date(ctx, units)[0] or "undated"
    people = sorted({p.person for u in units for p in u.parties})
    parts = [value, *people] + (["call"] if all(u.kind == "phone" for u in units) else [])
    return slugify("-".join(parts), MAX_ID)


def assign_ids(ctx: Context, groups: list[list[Unit]], existing: dict[str, OnDisk]) -> list[str]:
    """One id per group: reuse the sheet on disk that shares most articles (then the same
    kind, then most participants), else a fresh proposal."""
    ids: list[str | None] = [None] * len(groups)
    by_article: dict[str, list[str]] = {}
    for sid, disk in existing.items():
        for art in disk.articles:
            by_article.setdefault(art, []).append(sid)
    pairs = []
    for gi, g in enumerate(groups):
        arts = {u.article for u in g}
        people = {p.person for u in g for p in u.parties}
        phone = all(u.kind == "phone" for u in g)
        for sid in sorted({sid for a in arts for sid in by_article.get(a, ())}):
            disk = existing[sid]
            pairs.append((-len(arts & disk.articles), phone != disk.phone, -len(people & disk.people), sid, gi))
    taken: set[str] = set()
    for *_, sid, gi in sorted(pairs):
        if ids[gi] is None and sid not in taken:
            ids[gi] = sid
            taken.add(sid)
    for gi, g in enumerate(groups):
        if ids[gi] is None:
            base = proposal(ctx, g)
            sid, n = base, 2
            while sid in taken:
                sid, n = f"{base}-{n}", n + 1
            ids[gi] = sid
            taken.add(sid)
    return [i for i in ids if i is not None]


def apply_fix(ctx: Context, sheet: FactSheet, fix: FactFix, where: str) -> FactSheet:
    """A sheet with an editor's fact corrections applied (and the lead sentence redone)."""
    data = sheet.model_copy(deep=True)
    # unknown ids are reported by check_references; the rest of the fix still applies
    fix = fix.model_copy(update={"place": fix.place if fix.place in ctx.gaz.places else None,
                                 "venue": fix.venue if fix.venue in ctx.gaz.places else None,
                                 "add": [p for p in fix.add if p in ctx.gaz.people]})
    if fix.date:
        data.date, data.date_precision, data.weekday = fix.date, fix.date.precision, fix.date.weekday
        data.date_evidence.insert(0, DateEvidence(article=where, sentence=fix.note or "", rule="editor correction",
                                                  value=str(fix.date)))
        data.conflicts = [c for c in data.conflicts if c.field != "date"]
    if fix.place:
        place = ctx.gaz.places[fix.place]
        city = (ctx.gaz.city_of(place.id) if place.kind == "venue" else None) or place
        venue = fix.venue or (place.id if place.kind == "venue" else None)
        data.place = PlaceRef(
            name=city.name, id=city.id, country=ctx.gaz.country_of(city.id), kind=city.kind,
            venue=ctx.gaz.places[venue].name if venue else None, venue_id=venue)
        data.conflicts = [c for c in data.conflicts if c.field != "place"]
    day = data.date.as_date() if data.date_precision == "day" and data.date else None
    data.participants = [p for p in data.participants if p.id not in fix.remove]
    for pid in fix.add:
        if any(p.id == pid for p in data.participants):
            continue
        person = ctx.gaz.people[pid]
        data.participants.append(PersonRef(name=person.name, id=pid, office=ctx.gaz.office_on(pid, day),
                                           country=person.country))
    if fix.kind:
        data.kind = fix.kind
    data.summary[0] = ctx.summariser.lead(data.kind, data.participants, data.place, data.date, data.topics)
    data.title = fix.title or ctx.summariser.title(data.kind, data.participants, data.place)
    settled = (("date known", "no date", "low confidence in the date") if fix.date else ()) + (
        ("no place", "place not in") if fix.place else ()) + (
        ("no place",) if data.kind == "phone" else ())   # a call has no meeting place
    reasons = [r for r in data.review.reasons if not r.startswith(settled or ("\0",))]
    data.review = Review(needed=False if fix.reviewed else bool(reasons), reasons=reasons,
                         reviewed=fix.reviewed or data.review.reviewed,
                         reviewed_on=(fix.reviewed_on if fix.reviewed else None) or data.review.reviewed_on,
                         corrections=[*data.review.corrections, where])
    return data


def build_sheets(ctx: Context, groups: list[list[Unit]], existing: dict[str, OnDisk],
                 corr: Corrections, memo: FusionMemo | None = None) -> tuple[list[FactSheet], Structure]:
    """Every sheet of a run, ids stable, corrections applied (fused sheets from `memo` when
    their group is unchanged), and what the merges and splits did."""
    memo = memo or FusionMemo(None, {})
    ids = assign_ids(ctx, groups, uncorrected(existing))
    done = restructure(groups, ids, corr, existing, set(ctx.articles), lambda g: proposal(ctx, g))
    sheets = []
    for sid, g in zip(done.ids, done.groups):
        sheet = memo.sheet(sid, g, ctx.people, lambda: fuse(ctx, g, sid))
        if not sheet.participants and sid not in done.applied:
            continue   # nobody in it named ("أجرى مشاورات مع الأطراف"): no fact sheet of a meeting
        for where in done.applied.get(sid, []):
            sheet.review.corrections.append(where)
            sheet.review.reviewed = True
        sheet.review.merged = done.merged.get(sid)
        sheet.review.split_from = done.split_from.get(sid)
        sheets.append(sheet)
    by_id = {s.id: s for s in sheets}
    for fix, where in corr.fixes():
        if fix.meeting in by_id and fix.meeting not in done.merged_into:
            by_id[fix.meeting] = apply_fix(ctx, by_id[fix.meeting], fix, where)
    return [by_id[s.id] for s in sheets], done
