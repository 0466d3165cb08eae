"""The meeting page: every fact of one sheet, each one click from the sentence behind it."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..factsheet.models import Evidence
from ..factsheet.partialdate import PartialDate
from . import urls
from .catalog import Entry
from .common import Context, plain
from .escape import external_url

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _sources(ctx: Context, entry: Entry) -> tuple[list[dict], dict[str, int]]:
    """The sources as readers name them: outlet and publication date, then the headline.
    Where an article gives neither, the headline and "unnamed source" (never a file name)."""
    labels = ctx.labels.meeting
    numbers: dict[str, int] = {}
    out = []
    for source in entry.sheet.sources:
        if source.article in numbers:
            continue
        n = numbers[source.article] = len(numbers) + 1
        out.append({"n": n, "outlet": source.outlet or labels.unnamed_source,
                    "named": bool(source.outlet),
                    "title": source.title or labels.untitled_source,
                    "published": (ctx.dates.format(source.published, weekday=False)
                                  if source.published else None),
                    "url": external_url(source.url)})
    return out, numbers


def _ref(ctx: Context, numbers: dict[str, int], article: str | None) -> dict | None:
    """A reference to a numbered source; anything else (an editor's correction) is credited to
    the editors, never shown as the file it came from."""
    if not article:
        return None
    n = numbers.get(article)
    return {"n": n} if n else {"n": None, "text": ctx.labels.meeting.editor}


def _is_metadata(ev: Evidence) -> bool:
    """Evidence taken from the article's dates rather than a sentence: the sheet writes the
    rule in parentheses where a sentence would be."""
    return not ev.sentence or (ev.rule is not None and ev.sentence == f"({ev.rule})")


def _evidence(ctx: Context, entry: Entry, numbers: dict[str, int]) -> list[dict]:
    sheet, labels = entry.sheet, ctx.labels
    groups = []

    def add(label: str, value: str, evidence: Sequence[Evidence]) -> None:
        items, seen = [], set()
        for ev in evidence:
            if (ev.article, ev.sentence) in seen:  # fusion may repeat one sentence per rule
                continue
            seen.add((ev.article, ev.sentence))
            editor = ev.article not in numbers
            # An editor's note is written for editors, and a date read from the article's own
            # dates has no sentence: neither is shown as a quotation.
            quoted = not editor and not _is_metadata(ev)
            items.append({"sentence": ev.sentence if quoted else None,
                          "ref": None if editor else _ref(ctx, numbers, ev.article),
                          "rule": labels.evidence_rule(ev.rule) if ev.rule else None})
        if items:
            groups.append({"label": label, "value": value, "sentences": items})

    facts = labels.facts
    add(facts.date, ctx.date(entry), sheet.date_evidence)
    if sheet.place:
        add(facts.place, sheet.place.name, sheet.place.evidence)
    for person in sheet.participants:
        add(facts.participant, person.name, person.evidence)
    for topic in sheet.topics:
        add(facts.topic, topic.label, topic.evidence)
    return groups


def _conflict_value(ctx: Context, field: str, value: str) -> str:
    """A value sources disagree on, as readers read it (dates in words)."""
    if field != "date":
        return value
    if DATE_VALUE.match(value):
        return ctx.dates.format(PartialDate.parse(value))
    # a partial date as fusion describes it ("2019/2020, month 3, day 5, weekday 1"), shown in
    # the order dates are written: weekday, day, month, year(s)
    words: dict[str, Callable[[int], str]] = {"weekday": ctx.dates.weekday_name, "day": str,
                                              "month": ctx.dates.month_name}
    parts: dict[str, str] = {}
    for part in (p.strip() for p in value.split(",")):
        name, _, number = part.partition(" ")
        if name in words and number.isdigit():
            try:
                parts[name] = words[name](int(number))
            except (KeyError, ValueError):
                continue
        elif part and all(y.isdigit() for y in part.split("/")):
            parts["years"] = part
    out = [parts[k] for k in ("weekday", "day", "month", "years") if k in parts]
    return " ".join(out) or ctx.labels.dates.unknown


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
        "summary": [{"text": s.text, "ref": _ref(ctx, numbers, s.article)} for s in sheet.summary],
        "key_points": [{"text": k.text, "topic": topic_labels.get(k.topic or ""),
                        "ref": _ref(ctx, numbers, k.article)} for k in sheet.key_points],
        "quotes": [{"speaker": (ctx.person(here, q.speaker_id, q.speaker) if q.speaker_id
                                else plain(q.speaker)),
                    "text": q.text, "ref": _ref(ctx, numbers, q.article)} for q in sheet.quotes],
        "mentioned": [dict(ctx.person(here, m.id, m.name), reason=labels.mention_reason(m.reason))
                      for m in sheet.mentioned],
        "sources": sources,
        "evidence": _evidence(ctx, entry, numbers),
        "conflicts": [{"field": labels.fact(c.field),
                       "readings": [{"value": _conflict_value(ctx, c.field, v.value),
                                     "refs": [_ref(ctx, numbers, a) for a in v.articles]}
                                    for v in c.values]} for c in sheet.conflicts],
        "confidence": [{"field": labels.fact(k), "percent": round(v * 100)}
                       for k, v in sheet.confidence.items()],
        "review": {"needed": sheet.review.needed and not sheet.review.reviewed,
                   "reviewed": sheet.review.reviewed,
                   "note": (labels.meeting.reviewed_on.format(
                                date=ctx.dates.format(sheet.review.reviewed_on, weekday=False))
                            if sheet.review.reviewed_on else labels.meeting.reviewed_note),
                   "reasons": [labels.review_reason(r) for r in sheet.review.reasons]},
        "neighbours": _neighbours(ctx, here, entry),
        "is_call": entry.is_call,
    }
