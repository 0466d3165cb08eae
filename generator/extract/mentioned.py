"""People the article names who were not in the room, each with the reason: ordered the visit,
quoted from elsewhere, part of another (background or planned) event, or only named."""
from __future__ import annotations

from .doc import ClauseKind, Doc, Status
from .frames import Frame
from .report import Report


def mention_lists(doc: Doc, reports: list[Report], frames: list[Frame], excluded_ordered: set[int]) -> None:
    """Fill each report's `mentioned`: named people of the article who are not its parties."""
    reasons: dict[str, tuple[str, int]] = {}

    def pid_of(ent_idx: int | None) -> str | None:
        if ent_idx is None:
            return None
        e = doc.entities[ent_idx]
        if e.weak:
            return None   # named once, only as a verb's subject: not sure to be a person at all
        return e.person or (e.new_person.id if e.new_person else None)

    for s in doc.sents:
        # "ونقل تحيات الملك سلمان": whoever sent greetings or a message, in any sentence
        senders = [m.end for m in s.tags.find("not_present", 0, len(s.base.toks))]
        for p in s.people:
            pid = pid_of(p.entity)
            if pid and any(0 <= p.span[0] - e <= 4 for e in senders):
                reasons.setdefault(pid, ("ordered", s.index))
            elif pid and s.clauses and s.clauses[s.clause_of(p.span[0])].kind is ClauseKind.REPORTING:
                reasons.setdefault(pid, ("quoted", s.index))
    for f in frames:
        people = doc.sents[f.sentence].people
        for i, why in f.excluded.items():
            pid = pid_of(people[i].entity)
            if pid:
                reasons.setdefault(pid, (why, f.sentence))
        if f.status is not Status.ACTUAL:
            for i in f.people:
                pid = pid_of(people[i].entity)
                if pid:
                    reasons.setdefault(pid, ("other-event" if f.status is Status.BACKGROUND else f.status.value,
                                             f.sentence))
    for report in reports:
        for s in doc.sents:
            if s.kind == "heading":
                continue
            for p in s.people:
                pid = pid_of(p.entity)
                if not pid or pid in report.parties or pid in report.mentioned:
                    continue
                why, sentence = reasons.get(pid, ("named", s.index))
                if any(pid in other.parties for other in reports if other is not report):
                    why = "other-event"
                report.mentioned[pid] = (why, sentence, doc.entities[p.entity].name)  # type: ignore[index]
