"""The meeting page: every fact of one sheet, each one click from the sentence behind it."""
from __future__ import annotations

from collections.abc import Sequence

from ..factsheet.models import Evidence
from . import urls
from .catalog import Entry
from .common import Context, plain
from .escape import external_url


def _sources(ctx: Context, entry: Entry) -> tuple[list[dict], dict[str, int]]:
    numbers: dict[str, int] = {}
    out = []
    for source in entry.sheet.sources:
        if source.article in numbers:
            continue
        n = numbers[source.article] = len(numbers) + 1
        out.append({"n": n, "article": source.article, "title": source.title or source.article,
                    "outlet": source.outlet,
                    "published": ctx.dates.format(source.published) if source.published else None,
                    "url": external_url(source.url)})
    return out, numbers


def _ref(numbers: dict[str, int], article: str | None) -> dict | None:
    """A reference to a numbered source, or the raw reference (an editor's correction file)."""
    if not article:
        return None
    n = numbers.get(article)
    return {"n": n} if n else {"n": None, "text": article}


def _evidence(ctx: Context, entry: Entry, numbers: dict[str, int]) -> list[dict]:
    sheet, facts = entry.sheet, ctx.labels.facts
    groups = []

    def add(label: str, value: str, evidence: Sequence[Evidence]) -> None:
        items, seen = [], set()
        for ev in evidence:
            if (ev.article, ev.sentence) not in seen:  # fusion may repeat one sentence per rule
                seen.add((ev.article, ev.sentence))
                items.append({"sentence": ev.sentence, "ref": _ref(numbers, ev.article),
                              "rule": ev.rule})
        if items:
            groups.append({"label": label, "value": value, "sentences": items})

    add(facts.date, ctx.date(entry), sheet.date_evidence)
    if sheet.place:
        add(facts.place, sheet.place.name, sheet.place.evidence)
    for person in sheet.participants:
        add(facts.participant, person.name, person.evidence)
    for topic in sheet.topics:
        add(facts.topic, topic.label, topic.evidence)
    return groups


def _neighbours(ctx: Context, here: str, entry: Entry) -> list[dict]:
    out = []
    for person in entry.sheet.participants:
        if person.id not in ctx.catalog.people:
            continue
        before, after = ctx.catalog.neighbours(person.id, entry)
        out.append(dict(ctx.person(here, person.id),
                        previous=ctx.item(here, before, person.id) if before else None,
                        next=ctx.item(here, after, person.id) if after else None))
    return out


def meeting_context(ctx: Context, entry: Entry) -> dict:
    """Everything the meeting template shows, prepared for display."""
    here = urls.meeting(entry.id)
    sheet = entry.sheet
    labels = ctx.labels
    sources, numbers = _sources(ctx, entry)
    topic_labels = {t.id: t.label for t in sheet.topics}
    participants = []
    for ref in sheet.participants:
        participants.append(dict(ctx.person(here, ref.id, ref.name),
                                 office=ctx.catalog.office_at(ref.id, entry, ref.office),
                                 role=labels.get("roles", ref.role) if ref.role else None,
                                 provisional=not ref.in_gazetteer or ctx.person(here, ref.id)["provisional"]))
    return {
        "title": sheet.title,
        "date": ctx.date(entry),
        "date_marks": ctx.marks(entry, date_only=True),
        "year": ({"label": labels.year.title.format(year=entry.year),
                  "href": ctx.link(here, urls.year(entry.year))}
                 if entry.year else None),
        "kind": labels.get("kinds", sheet.kind),
        "places": ctx.place_line(here, entry),
        "participants": participants,
        "topics": [{"label": t.label, "href": ctx.link(here, urls.topic(t.id))} for t in sheet.topics],
        "summary": [{"text": s.text, "ref": _ref(numbers, s.article)} for s in sheet.summary],
        "key_points": [{"text": k.text, "topic": topic_labels.get(k.topic or ""),
                        "ref": _ref(numbers, k.article)} for k in sheet.key_points],
        "quotes": [{"speaker": (ctx.person(here, q.speaker_id, q.speaker) if q.speaker_id
                                else plain(q.speaker)),
                    "text": q.text, "ref": _ref(numbers, q.article)} for q in sheet.quotes],
        "mentioned": [dict(ctx.person(here, m.id, m.name), reason=labels.mention_reason(m.reason))
                      for m in sheet.mentioned],
        "sources": sources,
        "evidence": _evidence(ctx, entry, numbers),
        "conflicts": [{"field": c.field,
                       "readings": [{"value": v.value, "refs": [_ref(numbers, a) for a in v.articles]}
                                  for v in c.values]} for c in sheet.conflicts],
        "confidence": [{"field": getattr(labels.facts, k, k), "percent": round(v * 100)}
                       for k, v in sheet.confidence.items()],
        "review": {"needed": sheet.review.needed and not sheet.review.reviewed,
                   "reviewed": sheet.review.reviewed,
                   "reasons": [labels.review_reason(r) for r in sheet.review.reasons]},
        "neighbours": _neighbours(ctx, here, entry),
        "is_call": entry.is_call,
    }
