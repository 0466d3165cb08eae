"""Cues an event builder reads around a frame: a headline that names a call, a meeting held on
the sidelines of a gathering of many, attendance at that gathering rather than at the meeting, and
a delegation listed after its arrival.

    "بعد اتصال مع ترامب.. شينباوم تعلن" → her "محادثة جيدة مع ترامب" is that call;
    "التقى ... على هامش منتدى دافوس. ... فيما يشارك ترامب في دورة هذا العام" → Trump is at the
    forum, not at the meeting.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Doc

if TYPE_CHECKING:
    from .frames import Frame


def called(doc: Doc, core: set[int]) -> bool:
    """The headline names a call and one of these people, and no meeting."""
    return any(s.kind == "title" and s.tags.any("phone", 0, len(s.toks)) and not any(
        s.tags.any(kind, 0, len(s.toks)) for kind in ("noun", "definite", "trigger"))
        and core & {doc.resolve(p.entity) for p in s.people if p.entity is not None} for s in doc.sents)


def on_sidelines(doc: Doc, frames: list["Frame"]) -> bool:
    """The meeting is told as held on the sidelines of something ("على هامش منتدى دافوس")."""
    sents = doc.sents
    return any(sents[f.sentence].tags.any("sidelines", sents[f.sentence].clauses[c].start,
                                          sents[f.sentence].clauses[c].end) for f in frames for c in f.clauses)


def at_gathering(doc: Doc, f: "Frame") -> bool:
    """The presence is at a gathering of many the clause names (or the one it hangs on), and
    the clause names no meeting ("وفد المملكة إلى المنتدى، الذي يضم ...")."""
    sent = doc.sents[f.sentence]
    clauses = set(f.clauses) | {p for c in f.clauses if (p := sent.clauses[c].parent) is not None and sent.clauses[c].relative}
    spans = [(sent.clauses[c].start, sent.clauses[c].end) for c in clauses]
    return any(sent.tags.any("gathering", a, b) for a, b in spans) and not any(
        sent.tags.any(kind, a, b) for a, b in spans for kind in ("noun", "definite"))


def delegation_told_next(doc: Doc, f: "Frame", frames: list["Frame"]) -> bool:
    """The arrival f names a delegation ("حلّ وفد تركي يقوده فيدان"), and the meeting told by
    `frames` takes its people in with "وضم الوفد" in the very next sentence."""
    sents = doc.sents
    return sents[f.sentence].tags.any("deleg_noun", 0, len(sents[f.sentence].toks)) and any(
        x.kind == "presence" and x.sentence == f.sentence + 1 and sents[x.sentence].tags.any(
            "deleg_members", 0, len(sents[x.sentence].toks)) for x in frames)
