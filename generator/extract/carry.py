"""Subjects and pronoun objects carried into clauses that name none: "وصل الرئيس ... .
وعقد خلال الزيارة جلسة مباحثات مع X" (the visitor is the subject), "حطّ الأسد في الإمارات،
حيث استقبله ولي العهد" (him, the one who arrived)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Doc, Status

if TYPE_CHECKING:
    from .frames import Frame


def carry(doc: Doc, frames: list[Frame], limit: int) -> None:
    """"وصل الرئيس ... . وعقد خلال الزيارة جلسة مباحثات مع X": the visitor is the subject."""
    last: list[tuple[int, list[int]]] = []   # (sentence, entities) of earlier subjects
    heads: list[tuple[int, list[int]]] = []  # the same, in headlines
    for f in frames:
        sent = doc.sents[f.sentence]
        ents = [sent.people[i].entity for i in f.subject if sent.people[i].entity is not None]
        if f.kind in ("reference", "presence", "phone"):
            continue
        if f.headline:
            # "لولا يحطّ في أبوظبي.. ومحمد بن زايد يستقبله": him, named before in the headline
            if f.pronoun and not f.objects:
                fits = [e for sentence, cand in heads if sentence == f.sentence for e in cand
                        if e not in ents and _agrees(doc, e, f.pronoun)]
                if fits:
                    f.carried = fits if f.pronoun in ("d", "p") else fits[-1:]
            if ents:
                heads.append((f.sentence, [e for e in ents if e is not None]))
            continue
        if f.pronoun and not f.objects:
            # "حطّ الأسد في الإمارات، حيث استقبله ولي العهد": him, the one who arrived
            for sentence, cand in reversed(last):
                if f.sentence - sentence > limit:
                    break
                fits = [e for e in cand if e not in ents and _agrees(doc, e, f.pronoun)]
                if fits:
                    f.carried = fits if f.pronoun in ("d", "p") else fits[:1]
                    break
        if ents:
            last.append((f.sentence, [e for e in ents if e is not None]))
            continue
        if f.carried:
            continue
        if f.tense == "noun" or f.status is not Status.ACTUAL or not (f.objects or f.number in ("d", "p")):
            continue
        for sentence, cand in reversed(last):
            if f.sentence - sentence > limit:
                break
            fits = [e for e in cand if _agrees(doc, e, f.number)]
            if fits and (f.number != "d" or len(fits) >= 1):
                f.carried = fits if f.number in ("d", "p") else fits[:1]
                break


def _agrees(doc: Doc, entity: int, number: str | None) -> bool:
    """The entity can be what a verb's number or a pronoun (m | f | d | p) stands for."""
    gender = doc.entities[entity].gender
    if number == "f":
        return gender in ("f", None)
    if number == "m":
        return gender != "f"
    return True
