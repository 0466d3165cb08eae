"""The meetings an article is about, among the events it tells: named in its headline, told
first in its text, or told in more than one sentence; one told in passing stays a mention."""
from __future__ import annotations

from .doc import Doc, Status
from .events import Event, Kind
from .sequel import is_sequel


def main_events(doc: Doc, events: list[Event]) -> list[Event]:
    """The meetings the article is about: named in its headline, told first in its text, or
    told in more than one sentence. One told in passing ("كما التقى ولي العهد على هامش القمة
    كلاً من أردوغان وعباس") stays a mention of the people in it."""
    if not events:
        return events
    first = min(events, key=lambda ev: min((f.sentence, f.clause) for f in ev.frames if doc.sents[f.sentence].kind == "body")
                if any(doc.sents[f.sentence].kind == "body" for f in ev.frames) else (len(doc.sents), 0))
    headline = {doc.resolve(p.entity) for s in doc.sents if s.kind != "body" for p in s.people if p.entity is not None}
    told = [ev for ev in events if any(doc.sents[f.sentence].kind == "body" for f in ev.frames)]
    # "مودي ... قمة مع شي أمس وجولة في سيارة بوتين اليوم": a headline that sums up two meetings
    # the text tells one by one is not a third
    events = [ev for ev in events if not _summed_up(doc, ev, told)]
    if not events:
        return events
    for ev in events:
        _unlend(doc, ev, events)
    if first not in events:
        first = events[0]
    if _aside(doc, first, headline):
        # ("لولا يشارك عن بعد في قمة بريكس" … "وأجرى بوتين على هامش القمة لقاءات ثنائية مع ..."):
        # the article is about someone else; meetings told in passing are mentions
        return [ev for ev in events if ev.kind is Kind.PHONE or any(f.headline for f in ev.frames)]
    # the headline names one meeting of its people: when the first one is theirs, another of
    # the same people ("وأشار إلى أن الوزيرين التقيا أمس بالنقب") is told in passing
    first_named = {e for e in first.entities if doc.entities[e].named}
    series = announced_series(doc, first)
    return [ev for ev in events if ev is first or any(f.headline for f in ev.frames)
            or (series and ev.kind is Kind.MEETING and bool(first_named & ev.entities)
                and any(doc.sents[f.sentence].kind == "body" for f in ev.frames)
                and (ev.day is None or first.day is None or ev.day.meet(first.day) is not None))
            or ev.kind is Kind.PHONE or any(is_sequel(doc, f) for f in ev.frames if not f.separate)
            # ("عقد الوفد لقاءات منفصلة مع نائب وزير الخارجية": separate, but with nobody named)
            or (any(f.separate for f in ev.frames) and any(doc.entities[e].named for e in ev.entities))
            or len({f.sentence for f in ev.frames if f.kind != "presence"}) >= 2
            # ("وغادر مودي أثينا متوجها إلى صوفيا، حيث عقد أمس محادثات مع راديف": a tour's next
            # meeting, on a later day of its own; an earlier stop, "بدأها أمس من سيول حيث التقى",
            # stays a mention)
            or _later_day(ev, first)
            or len(named := {e for e in ev.entities if doc.entities[e].named}) >= 2 and named <= headline
            and not named <= first_named]


def _aside(doc: Doc, first: Event, headline: set[int]) -> bool:
    """The headline tells a call or a part taken from afar, and the first meeting the text
    tells is told in one sentence after the lead, of none of the people the headline names."""
    body = [s.index for s in doc.sents if s.kind == "body"]
    told = {f.sentence for f in first.frames}
    remote = any(s.kind == "title" and (s.tags.any("remote", 0, len(s.toks)) or s.tags.any("phone", 0, len(s.toks)))
                 for s in doc.sents)
    return remote and first.kind is Kind.MEETING and bool(headline) and len(told) == 1 \
        and not any(f.headline for f in first.frames) and bool(body) and min(told) > body[min(1, len(body) - 1)] \
        and not first.entities & headline


def announced_series(doc: Doc, first: Event) -> bool:
    """The article announces several meetings ("كوبر في الرياض: لقاءات مع ثلاثة وزراء"، "أجرت
    ... سلسلة لقاءات"), in a headline or in a clause told as done, before the first one's told."""
    told = min((f.sentence for f in first.frames if doc.sents[f.sentence].kind == "body"), default=len(doc.sents))
    for s in doc.sents[:told + 1]:
        for m in s.tags.find("series", 0, len(s.toks)):
            if s.kind != "body" or (s.clauses and s.clauses[s.clause_of(m.start)].status_at(m.start) is Status.ACTUAL):
                return True
    return False


def _later_day(ev: Event, first: Event) -> bool:
    """Both are meetings whose own clauses name their day, and this one's comes after the first's."""
    return ev.kind is Kind.MEETING and first.kind is Kind.MEETING and ev.day is not None and first.day is not None and ev.day.lo is not None and first.day.hi is not None \
        and ev.day.lo == ev.day.hi and first.day.lo == first.day.hi and ev.day.lo > first.day.hi


def _unlend(doc: Doc, ev: Event, events: list[Event]) -> None:
    """A headline that sums up two meetings ("قمة مع شي أمس وجولة في سيارة بوتين اليوم"),
    joined to the text's telling of one, lends it the other's people: it keeps its own."""
    body = [f for f in ev.frames if not f.headline]
    if len(body) == len(ev.frames) or not body:
        return
    own: set[int] = set()
    for f in body:
        sent = doc.sents[f.sentence]
        own |= {doc.resolve(e) for e in (sent.people[i].entity for i in f.subject + f.objects) if e is not None}
        own |= {doc.resolve(e) for e in f.carried}
    lent = ev.entities - own
    if len(own & ev.entities) >= 2 and lent and any(o is not ev and lent & o.entities for o in events):
        ev.entities -= lent


def _summed_up(doc: Doc, ev: Event, told: list[Event]) -> bool:
    """An event the article tells only in a headline whose people two or more events of the
    text share out among themselves."""
    if any(doc.sents[f.sentence].kind == "body" for f in ev.frames):
        return False
    parts = [o for o in told if o is not ev and o.entities <= ev.entities and len(o.entities) >= 2]
    return len(parts) >= 2 and set().union(*(o.entities for o in parts)) >= ev.entities
