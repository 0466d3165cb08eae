"""Meetings told as the next (or an earlier) one of the same visit or day: "ثم التقى ..."،
"وفي وقت لاحق استقبل ..."، "وكانت وونغ قد بحثت في وقت سابق الثلاثاء مع الصفدي"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Clause, ClauseKind, Doc, Sent, Status

if TYPE_CHECKING:
    from .frames import Frame


def is_sequel(doc: Doc, f: "Frame") -> bool:
    """The frame opens the visit's next meeting: "ثم التقى ...", "وفي وقت لاحق استقبل ..."."""
    sent = doc.sents[f.sentence]
    # from the start of the clause, or of the one it hangs on ("وفي وقت لاحق، توجه مودي ...، حيث استقبله")
    clause = sent.clauses[f.clause] if sent.clauses else None
    parent = sent.clauses[clause.parent] if clause is not None and clause.parent is not None \
        and clause.kind is ClauseKind.ATTACH else clause
    start = min(c.start for c in (clause, parent) if c is not None) if clause is not None else 0
    # (and from the adverbial that opens it: "وبعد انتهاء اللقاء الثنائي، انتقل الرئيسان ...، حيث عقدا")
    opener = next((c for c in sent.clauses if c.end == start and c.kind is ClauseKind.PAST), None)
    if opener is not None:
        start = opener.start
    # (a "قبل أن" clause read as done is the next meeting of that day too)
    later = bool(sent.clauses) and sent.clauses[f.clause].kind is ClauseKind.FUTURE
    # ("وفي لقاء منفصل، اجتمعت هاريس بالعاهل الأردني": another meeting of the same occasion)
    tags = sent.tags
    # ("وكانت وونغ قد بحثت في وقت سابق الثلاثاء مع الصفدي": an earlier meeting of that day)
    earlier = any(tags.at(m.end, "date_word") for m in tags.find("earlier_that_day", start, len(sent.toks))
                  if m.end < len(sent.toks))
    # (not one said of the words that report it: "وقال زيلينسكي عقب اللقاء إنه بحث مع كوستا")
    comps = doc.lex.complementizers
    return f.status is Status.ACTUAL and (later or f.separate or earlier or any(
        not any(t.text in comps for t in sent.toks[m.end:f.trigger]) for m in tags.find("sequel", max(0, start - 1), f.trigger)))


def next_day(doc: Doc, frames: list["Frame"]) -> bool:
    """A frame of the meeting is told as the visit's next day's ("وفي اليوم الثاني للزيارة، التقى ...")."""
    return any(doc.sents[f.sentence].tags.any("next_day", 0, f.trigger) for f in frames if not f.headline)


def same_day_sequel(sent: Sent, clause: Clause, before: Sent | None) -> bool:
    """A "قبل أن" clause after a main clause dated today or earlier, naming no later day;
    or in a sentence that names no day, after one dated so ("وصل ... اليوم إلى الخرطوم. وكان
    في استقباله البشير، قبل أن يتوجه الرئيسان إلى القصر لعقد جلسة مباحثات")."""
    if clause.parent is None or sent.clauses[clause.parent].status is not Status.ACTUAL:
        return False
    own = sent.clauses.index(clause)
    said = [(e, c) for e, c in sent.dates if not e.is_anchor]
    if any(c == own and (e.rel_days or 0) > 0 for e, c in said):
        return False
    if not said and before is not None and before.kind == sent.kind:
        parent, said = None, [(e, c) for e, c in before.dates if not e.is_anchor]
    else:
        parent = clause.parent
    # ("استُقبل في بكين أمس، حيث أطلقت المدفعية، قبل أن يدخل في محادثات": the day of the
    # clause a relative clause between hangs on)
    above = {parent}
    while parent is not None and sent.clauses[parent].kind is ClauseKind.ATTACH and sent.clauses[parent].parent is not None:
        parent = sent.clauses[parent].parent
        above.add(parent)
    return any((parent is None or c in above) and (e.rel_days is None or e.rel_days <= 0)
               and (e.weekday is not None or e.rel_days is not None or e.day is not None) for e, c in said)
