"""Subjects and pronoun objects carried into clauses that name none: "وصل الرئيس ... .
وعقد خلال الزيارة جلسة مباحثات مع X" (the visitor is the subject), "حطّ الأسد في الإمارات،
حيث استقبله ولي العهد" (him, the one who arrived)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import NOT_IN_PERSON, ClauseKind, Doc, Sent, Status

if TYPE_CHECKING:
    from .frames import Frame


def carry(doc: Doc, frames: list[Frame], limit: int) -> None:
    """"وصل الرئيس ... . وعقد خلال الزيارة جلسة مباحثات مع X": the visitor is the subject."""
    last: list[tuple[int, list[int]]] = []   # (sentence, entities) of earlier subjects
    heads: list[tuple[int, list[int]]] = []  # the same, in headlines
    for f in frames:
        sent = doc.sents[f.sentence]
        ents = [sent.people[i].entity for i in f.subject if sent.people[i].entity is not None]
        if f.kind in NOT_IN_PERSON:
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
            if not (f.objects or f.extra or f.carried or f.pronoun) and f.tense != "noun" and f.status is Status.ACTUAL:
                # "اختتم الوزير X جولته بعد محطة في جاكرتا التقى خلالها الرئيس Y": the one
                # person after the verb met the sentence's subject, whichever of them it names
                own = _root_subject(sent, f.clause)
                if own is not None and own not in ents:
                    f.carried = [own]
            continue
        if f.carried:
            continue
        if f.tense == "noun" and f.status is Status.ACTUAL and not f.subject:
            # "في ختام محادثات أجرتها، أمس، في روما مع آبي أحمد": she, the sentence's subject
            own = _holder(doc, sent, f)
            if own is None and f.objects:
                # "حظي الضيف باستقبال رسمي أمس، قبل أن يدخل في جلسة محادثات مع مضيفه": talks
                # with someone, held by the one the sentence is about
                own = _root_subject(sent, f.clause, later=True)
            if own is not None and own not in [sent.people[i].entity for i in f.objects]:
                f.carried = [own]
            continue
        if f.tense == "noun" or f.status is not Status.ACTUAL or not (f.objects or f.number in ("d", "p")) \
                or _nominal_subject(doc, sent, f):
            continue
        own = _root_subject(sent, f.clause)
        if own is not None and own not in [sent.people[i].entity for i in f.objects] and _agrees(doc, own, f.number):
            f.carried = [own]
            continue
        for sentence, cand in reversed(last):
            if f.sentence - sentence > limit:
                break
            fits = [e for e in cand if _agrees(doc, e, f.number)]
            if fits and (f.number != "d" or len(fits) >= 1):
                f.carried = fits if f.number in ("d", "p") else fits[:1]
                break


def _holder(doc: Doc, sent: Sent, f: Frame) -> int | None:
    """The sentence's first person, when a verb that holds the meeting noun ("أجرتها") follows
    it with no subject of its own and agrees with that person."""
    k = next((k for k in range(f.trigger + 1, min(f.trigger + 3, len(sent.toks)))
              if sent.toks[k].text in doc.lex.held_by), None)
    if k is None or any(p.span[0] == k + 1 for p in sent.people):
        return None
    first = next((p for p in sent.people if p.entity is not None and not p.genitive), None)
    if first is None or first.span[0] > f.trigger or first.entity is None:
        return None
    return first.entity if _agrees(doc, first.entity, doc.lex.held_by[sent.toks[k].text]) else None


def _agrees(doc: Doc, entity: int, number: str | None) -> bool:
    """The entity can be what a verb's number or a pronoun (m | f | d | p) stands for."""
    gender = doc.entities[entity].gender
    if number == "f":
        return gender in ("f", None)
    if number == "m":
        return gender != "f"
    return True


def _root_subject(sent: Sent, clause: int, later: bool = False) -> int | None:
    """"عاد الرئيس السنغالي ماكي سال إلى داكار بعد زيارة أجرى خلالها مباحثات مع بوتين": the
    person right after the sentence's first verb, for a clause that hangs on it without one of
    its own (not what someone said: "قال X إن ..."); `later`: through a "قبل أن" clause too
    (for a meeting noun, whose verb names nobody)."""
    if clause == 0 or not sent.clauses or sent.clauses[0].kind is not ClauseKind.ROOT:
        return None
    c: int | None = clause
    while c:
        kind = sent.clauses[c].kind
        if kind in (ClauseKind.COMPLEMENT, ClauseKind.REPORTING, ClauseKind.CLAUSE) \
                or (kind is ClauseKind.FUTURE and not later):
            return None
        c = sent.clauses[c].parent
    if c is None:
        return None
    first = next((p for p in sent.people if p.span[0] < sent.clauses[0].end), None)
    if first is None or first.genitive or first.span[0] != sent.clauses[0].start + 1:
        return None
    return first.entity


def _nominal_subject(doc: Doc, sent: Sent, f: Frame) -> bool:
    """"وأضاف أن الوفد عقد لقاءات مع ...": a definite noun right before the verb is its
    subject, though it names no person."""
    j = f.trigger - 1
    if not sent.clauses or j <= sent.clauses[f.clause].start or j in sent.taken:
        return False
    tags = sent.tags
    return sent.toks[j].text.startswith(doc.lex.article) and not any(
        tags.at(j, name) for name in ("date_word", "pair", "reference", "definite", "place", "country"))
