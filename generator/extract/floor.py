"""The recall floor: an article that plainly reports a meeting never yields nothing.

When no frame could be filled, the people its headline or lead name at a meeting, or the
people a meeting noun's sentence lists as present, make a low-confidence report for review.
"""
from __future__ import annotations

from .doc import NOT_IN_PERSON, ClauseKind, Doc, Status
from .events import Event, Kind
from .frames import Frame


def floor_event(doc: Doc, frames: list[Frame], lead: int) -> Event | None:
    """The recall floor: an article whose headline or first `lead` sentences tell a meeting
    ("مباحثات سعودية أردنية في الرياض"، "قمة ... بين X وY") that no frame could fill is still a
    meeting of the people they name, for an editor to check. None when fewer than two people
    are named there."""
    first = [s.index for s in doc.body()[:lead]]
    heads = {s.index for s in doc.sents if s.kind == "title"}
    told = [f for f in frames if f.status is Status.ACTUAL and f.kind not in ("reference", "presence")
            and (f.sentence in heads or f.sentence in first)]
    # "وجرت المباحثات بين وفد المملكة برئاسة ... ووفد إيران برئاسة ...": who was at talks the
    # text names by a noun, wherever it tells them
    # and "وحضر القمة X ... كما شارك في القمة Y": who attended a summit, told one by one
    present = [f for f in frames if f.status is Status.ACTUAL and f.kind == "presence"
               and f.extra and _at_talks(doc, f)]
    # "ظهر مودي وكيشيدا معا ... وتبادلا الحديث بعد اجتماع ثنائي": a meeting told only as what
    # came before the news, with no day of its own, in a clause of the headline or lead
    before = [f for f in frames if f.status is Status.BACKGROUND and f.kind not in NOT_IN_PERSON
              and (f.sentence in heads or f.sentence in first) and _just_before(doc, f)]
    for frames_told in (told, present, before):
        people = _floor_people(doc, frames, frames_told)
        if len(people) >= 2:
            # (a frame naming nobody, "ووقعت بيلاروسيا مذكرة", says nothing of how they met)
            telling = [f for f in frames_told if f.subject or f.objects or f.extra or f.carried] or frames_told
            kind = Kind.PHONE if all(f.kind == "phone" or f.remote for f in telling) else Kind.MEETING
            return Event(kind, people, sorted(frames_told, key=lambda f: (f.sentence, f.clause)))
    return None


def _floor_people(doc: Doc, frames: list[Frame], told: list[Frame]) -> set[int]:
    """The people named in these frames' sentences, in clauses told as done, not excluded."""
    excluded = {doc.sents[f.sentence].people[i].entity for f in frames for i in f.excluded}
    people: set[int] = set()
    for f in told:
        sent = doc.sents[f.sentence]
        absent = sent.tags.find("not_present", 0, len(sent.toks))
        for p in sent.people:
            if p.entity is None or p.entity in excluded or p.genitive:
                continue
            if any(m.end <= p.span[0] and sent.clause_of(m.start) == sent.clause_of(p.span[0]) for m in absent):
                continue   # "في حين غاب عنها الرئيس الكونغولي"، "نيابة عن الرئيس"
            clause = sent.clauses[sent.clause_of(p.span[0])] if sent.clauses else None
            if clause is not None and (clause.status is not Status.ACTUAL or clause.kind is ClauseKind.REPORTING):
                continue
            e = doc.entities[doc.resolve(p.entity)]
            if not e.weak and (e.named or (e.title is not None and e.title.office not in doc.lex.reference_offices)):
                people.add(e.index)
    return people


def _at_talks(doc: Doc, f: Frame) -> bool:
    """A meeting noun ("المباحثات"، "جلسة") stands in the frame's clauses."""
    sent = doc.sents[f.sentence]
    return any(sent.clause_of(m.start) in f.clauses for kind in ("noun", "definite")
               for m in sent.tags.find(kind, 0, len(sent.toks)))


def _just_before(doc: Doc, f: Frame) -> bool:
    """The frame's clause is an undated "after" adverbial of a clause told as done."""
    sent = doc.sents[f.sentence]
    clause = sent.clauses[f.clause]
    return clause.kind is ClauseKind.PAST and clause.parent is not None \
        and sent.clauses[clause.parent].status is Status.ACTUAL and not any(c == f.clause for _, c in sent.dates)
