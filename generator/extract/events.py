"""The meetings (and calls) one article tells: frames joined into events.

Frames whose people overlap join one event; a frame that brings a new counterpart with its
own meeting verb ("ثم التقى نظيره") starts another; "بحضور", "انضم إلى الاثنين" and the
members of a delegation add people to the event they belong to. A guest or counterpart named
only by that word ("بحث بري مع الضيف الأميركي") is the event's guest.

Example: "التقت كلينتون الرئيس مرسي أمس السبت، ثم المشير طنطاوي ظهر اليوم الأحد" → two
events (different people, different days).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from ..dates.constraint import DateConstraint
from ..dates.grammar import DateExpr
from ..dates.resolve import constrain
from .dating import after_published
from .doc import ClauseKind, Doc, Status
from .event_cues import at_gathering, called, delegation_told_next, on_sidelines
from .frames import Frame
from .pair_refs import dual_pair, pair_of, spouse
from .sequel import is_sequel, next_day




class Kind(str, Enum):
    MEETING = "meeting"
    PHONE = "phone"


@dataclass
class Event:
    kind: Kind
    entities: set[int]
    frames: list[Frame]
    extra: set[int] = field(default_factory=set)
    hosts: set[int] = field(default_factory=set)
    guests: set[int] = field(default_factory=set)
    day: DateConstraint | None = None      # what its frames' own clauses say of the day
    context: list[Frame] = field(default_factory=list)   # a participant's arrival: when and where
    said: list[tuple[int, DateExpr]] = field(default_factory=list)   # dates told next to it, not in its frames

    @property
    def people(self) -> set[int]:
        return self.entities | self.extra


class EventBuilder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def _ents(self, frame: Frame, which: list[int]) -> set[int]:
        """Entities of these mentions; an office named without anyone ("مسؤول روسي") is a
        party only when it is a real office, not a mere official."""
        sent = self.doc.sents[frame.sentence]
        out = set()
        for i in which:
            ent = sent.people[i].entity
            if ent is None:
                continue
            e = self.doc.entities[ent]
            title = e.title
            if e.weak or (not e.named and (title is None or title.office in self.doc.lex.reference_offices)):
                continue
            out.add(ent)
        return out

    def _role_refs(self, frame: Frame, events: list[Event]) -> set[int]:
        """Entities for "الضيف"، "مضيفه"، "نظيره" without a name: the event's guest or host."""
        sent = self.doc.sents[frame.sentence]
        out = set()
        for i in frame.people:
            p = sent.people[i]
            if p.entity is not None or p.title is None or p.title.office not in ("guest", "host", "counterpart"):
                continue
            for ev in reversed(events):
                pool = ev.guests if p.title.office == "guest" else ev.hosts if p.title.office == "host" else set()
                if len(pool) == 1:
                    out |= pool
                    break
            else:
                known = self._named(self._ents(frame, frame.subject + frame.objects)
                                    | {self.doc.resolve(e) for e in frame.carried})
                if p.title.office == "guest" and len(known) < 2:
                    out |= self._visitor(frame)
        return out

    def _visitor(self, frame: Frame) -> set[int]:
        """"استقبل ميقاتي الضيف الإيراني" with no meeting told before: the person the article
        names most, other than those of this frame, when one is named more than any other."""
        sent, doc = self.doc.sents[frame.sentence], self.doc
        here = {doc.resolve(e) for e in (sent.people[i].entity for i in frame.people) if e is not None}
        counts = sorted(((len(e.mentions), e.index) for e in doc.entities
                         if e.named and not e.weak and e.index not in here and e.mentions and doc.resolve(e.index) == e.index
                         and min(m.sentence for m in e.mentions) < frame.sentence), reverse=True)
        return {counts[0][1]} if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]) else set()

    def _frame_date(self, f: Frame, told: Status = Status.ACTUAL) -> DateConstraint | None:
        """What the frame's own clauses say of its day ("أمس السبت" / "ظهر اليوم الأحد"), read
        in clauses of status `told`."""
        sent = self.doc.sents[f.sentence]
        found: DateConstraint | None = None
        own = sent.clauses[f.clause] if sent.clauses else None
        # ("البداية كانت مساء الخميس، حين استقبل ...": the day of the clause "when" hangs on)
        when = own.parent if own is not None and own.parent is not None and own.start < len(sent.toks) \
            and sent.toks[own.start].text in self.doc.lex.when_openers else None
        for expr, clause in sent.dates:
            if (clause not in f.clauses and clause != when) or expr.is_anchor or sent.noun_dated(expr, (f.trigger,)) or (clause != f.clause and sent.clauses[clause].relative
                                                              and not sent.of_meeting(clause)):
                continue
            # ("بعدما عقد أمس محادثات": told as done; not "بعدما التقته الثلاثاء الماضي", told as gone by)
            own_past = clause == f.clause and f.status is told is Status.ACTUAL and own is not None \
                and own.kind is ClauseKind.PAST and not own.steps and expr.modifier != "past"
            if sent.clauses[clause].status_at(sent.token_at(expr.start)) is not told and not own_past:
                continue   # "... تضمنت دعوته لزيارة واشنطن في سبتمبر المقبل"
            if f.tense != "present" and self.doc.published and after_published(expr, self.doc.published):
                continue   # a meeting told as done is not after the article ("قمة الحلف عام 2026")
            c = constrain(expr, self.doc.published)
            if c is None or (c.lo is not None and c.lo != c.hi and c.day is None):
                continue   # a period ("الأسبوع الماضي") tells no day apart
            both = c if found is None else found.meet(c)
            found = both if both is not None else found
        return found

    def _named(self, ents: set[int]) -> set[int]:
        return {e for e in ents if self.doc.entities[e].named}

    def _fits(self, ev: Event, named: set[int], unnamed: set[int], day: DateConstraint | None) -> bool:
        """A frame tells this event: its dates can be one day and its named people belong."""
        if day is not None and ev.day is not None and day.meet(ev.day) is None:
            return False
        ev_named = self._named(ev.people)
        if unnamed - ev.people and ev_named - named and (named or unnamed & ev.people):
            return False   # an office nobody named meets whoever the event has not: someone else
        if named:
            return named <= ev.people or (bool(ev_named) and ev_named <= named)
        return bool(unnamed & ev.people)

    def build(self, frames: list[Frame]) -> list[Event]:
        events: list[Event] = []
        lone: list[Event] = []   # a session one person chaired: a meeting once others attend it
        pending: list[Frame] = []
        arrivals: list[tuple[Frame, set[int]]] = []
        told_after: list[tuple[Frame, set[int]]] = []
        early: list[tuple[Frame, set[int], set[int], DateConstraint | None]] = []
        for f in frames:
            if f.status is Status.BACKGROUND and f.kind == "visit":
                # "وكان لافروف قد وصل إلى مطار القاهرة مساء أمس": an arrival told afterwards
                told_after.append((f, self._ents(f, f.subject + f.objects + f.extra)))
                continue
            if f.status is not Status.ACTUAL or f.kind == "reference":
                continue
            if f.kind == "presence":
                pending.append(f)
                continue
            core = self._ents(f, f.subject + f.objects) | {self.doc.resolve(e) for e in f.carried} \
                | self._role_refs(f, events)
            extra = self._ents(f, f.extra) - core
            # ("بعد اتصال مع ترامب.. شينباوم تعلن" over "أجرت محادثة جيدة مع ترامب": that call)
            kind = Kind.PHONE if f.kind == "phone" or f.remote or (f.kind == "talk" and called(self.doc, core)) \
                else Kind.MEETING
            if f.kind == "visit" and len(core | extra) < 2:
                # a visit to a place is a meeting only with someone there; it still tells
                # when and where the traveller met whoever they met on it
                arrivals.append((f, core | extra))
                continue
            named, unnamed = self._named(core), core - self._named(core)
            day = self._frame_date(f)
            target = None
            if f.kind == "talk" and core:  # "بحث مع" also tells a call
                target = next((ev for ev in events if ev.kind is Kind.PHONE and core <= ev.people), None)
            elif f.kind == "talk" and f.pair and not core and events \
                    and all(ev.kind is Kind.PHONE for ev in events):
                # ("أجرى بوتين اتصالا هاتفيا مع باشينيان ... كما تطرق الجانبان إلى": the call's two
                # sides, when only calls are told so far)
                target = events[-1]
            # "وفي وقت لاحق، استقبله رئيس الوزراء": the next meeting of the visit, unless it has
            # exactly the people of one already told
            sequel = is_sequel(self.doc, f)
            # ("ثم ... وعقد الجانبان جلسة مباحثات": the same two sides, met again)
            fitting = [] if target else [ev for ev in events if ev.kind is kind and (
                not sequel or self._named(ev.people) == named or (
                    f.pair and named and named <= self._named(ev.people) and len(self._named(ev.people)) == 2)) and (
                ((core or not (f.pair or extra)) and self._fits(ev, named, unnamed, day))
                or (not core and (f.pair or extra)
                    and (day is None or ev.day is None or day.meet(ev.day) is not None)))]
            # "وكان في استقباله تياني. وأجرى الرجلان مباحثات": the two the text has just named,
            # not the pair of a meeting told before them
            # (a pair in the dual, both named in the sentence before: "القادة" are all of a summit's)
            # ("حيث كان أمير قطر في استقباله. وعقد الجانبان ... وصفها ترامب": one of them named after)
            fresh = f.pair and kind is Kind.MEETING and not f.separate \
                and dual_pair(self.doc, f) and len(pair := pair_of(self.doc, f, [])) == 2 and core <= pair \
                and pair <= {self.doc.resolve(p.entity) for p in self.doc.sents[f.sentence - 1].people if p.entity is not None} \
                and not any(pair <= self._named(self._told(ev)) for ev in events) \
                and not any(x.sentence == f.sentence - 1 for ev in events for x in ev.frames)
            if fresh:
                fitting = []
            if fitting:
                # the event whose people are these, before one that has others too; for a pair
                # ("ثم التقى أوربان ... واتفق الجانبان"), the one told last before
                target = min(fitting, key=lambda ev: (len(self._named(ev.people) - named), -max(
                    (x.sentence for x in ev.frames if x.sentence <= f.sentence), default=-1) if f.pair or not named else 0))
            if target is None and f.pair and events and kind is Kind.MEETING and not f.separate and not (sequel and core) \
                    and not fresh:
                # "وقّع أكار وشويغو، بحضور الرئيسين، مذكرة": the two principals' meeting
                target = next((ev for ev in reversed(events) if ev.kind is kind
                               and (day is None or ev.day is None or day.meet(ev.day) is not None)), None)
            if target is None and kind is Kind.MEETING and len(named) == 1 and not unnamed and not f.headline \
                    and not fresh:
                target = next((ev for ev in events if ev.kind is kind and named & ev.people
                               and (day is None or ev.day is None or day.meet(ev.day) is not None)), None)
            if target is not None:
                target.entities |= core
                target.extra |= extra - target.entities
                target.frames.append(f)
                if day is not None:
                    target.day = day if target.day is None else (target.day.meet(day) or target.day)
            elif f.pair and len(named) < 2 and not unnamed and kind is Kind.MEETING \
                    and len(pair := pair_of(self.doc, f, sorted(named))) == 2:
                # "وعقد الرئيسان اجتماعاً مغلقاً": the two people the text has just named (the
                # verb may carry one of them: "وكان في استقباله X. وعقدا ...")
                said = self._said_day(f.sentence - 1)
                target = Event(kind, pair, [f], extra - pair, day=day or (said[0] if said else None),
                               said=[said[1]] if said and day is None else [])
                events.append(target)
            elif len(core) >= 2 or (kind is Kind.PHONE and len(core | extra) >= 2) or (f.pair and core | extra):
                if f.pair and f.number == "d" and kind is Kind.MEETING and not core & (pair := pair_of(self.doc, f, [])) \
                        and len(pair) == 2:
                    # "انتقل الرئيسان إلى الغرفة الشرقية، حيث عقدا اجتماعا موسعا ضم X وY": the two
                    # who held it, with those it gathered
                    core = core | pair
                target = Event(kind, set(core), [f], extra, day=day)
                events.append(target)
            elif (f.kind == "chair" or (f.kind == "receive" and not f.objects)) and kind is Kind.MEETING and core \
                    and not f.headline:
                # "رأس ولي العهد أعمال الدورة ... وشارك فيها أمير الكويت وأمير قطر"
                target = Event(kind, set(core), [f], extra, day=day)
                events.append(target)
                lone.append(target)
            if target is not None:
                self._roles(f, target)
            elif kind is Kind.MEETING and len(named) == 1 and not unnamed and not f.headline:
                early.append((f, core, extra, day))
        for f, core, extra, day in early:
            # "أعلن بوريل ... في ختام اجتماع احتضنته مدينة أوهريد. وجمع الاجتماع ... فوتشيتش
            # وكورتي": one person's meeting told before the sentence that names its others
            target = next((ev for ev in events if ev.kind is Kind.MEETING and core & ev.people
                           and (day is None or ev.day is None or day.meet(ev.day) is not None)), None)
            if target is not None:
                target.frames.append(f)
                target.extra |= extra - target.entities
                if day is not None:
                    target.day = day if target.day is None else (target.day.meet(day) or target.day)
        for ev in list(events):  # talks told before the call was named are the call too
            if ev.kind is Kind.MEETING and all(f.kind == "talk" for f in ev.frames):
                call = next((c for c in events if c.kind is Kind.PHONE and ev.entities <= c.people), None)
                if call:
                    call.frames.extend(ev.frames)
                    events.remove(ev)
        self._listed(pending, early, events)
        self._presence(pending, events)
        for ev in events:
            # "ترأس الملك أعمال القمة ... وشارك فيها عن بعد قادة ...": a session its people joined by video
            told = [f for f in ev.frames if not f.headline and f.kind != "presence"]
            if ev.kind is Kind.MEETING and told and all(f.kind == "chair" for f in told) \
                    and any(f.remote for f in ev.frames if f.kind == "presence"):
                ev.kind = Kind.PHONE
        events = [ev for ev in events if not any(ev is x for x in lone) or len(ev.people) >= 2]
        # (not a meeting told as the next day's: "وفي اليوم الثاني للزيارة، التقى ...")
        later = [next_day(self.doc, ev.frames) for ev in events]
        for f, who in arrivals:
            for ev, after in zip(events, later):
                if any(is_sequel(self.doc, x) for x in ev.frames) and any(
                        o is not ev and min(x.sentence for x in o.frames) < min(x.sentence for x in ev.frames) for o in events):
                    continue   # "وفي وقت لاحق من اليوم نفسه": the day of the meeting told before, not the arrival's
                # (told before the meeting's first sentence of text: a headline comes first anyway)
                first = min((x.sentence for x in ev.frames if not x.headline), default=f.sentence)
                if not who & ev.people and delegation_told_next(self.doc, f, ev.frames):
                    ev.entities |= who   # "حلّ وفد تركي يقوده فيدان ... وضم الوفد X وY": its head came with them
                if who & ev.people and ev.kind is Kind.MEETING and f.sentence <= first and not after and (
                        ev.day is None or (d := self._frame_date(f)) is None or d.meet(ev.day) is not None):
                    ev.context.append(f)
        self._arrived_before(told_after, events)
        # ("استقبل أوربان أمس الاثنين أمير قطر ... ووصل أمير قطر إلى بودابست الأحد": told after)
        # (not "ووصل لولا ... قادما من بوينس آيرس، حيث شارك الثلاثاء في قمة": that day is the last stop's)
        self._arrived_before([(f, who) for f, who in arrivals if not any(f in ev.context for ev in events)
                              and not self.doc.sents[f.sentence].tags.any("came_from", 0, len(self.doc.sents[f.sentence].toks))],
                             events, Status.ACTUAL)
        for ev in events:
            ev.frames.sort(key=lambda f: (f.sentence, f.clause))
            ev.extra -= ev.entities
            spouses = {e for e in ev.people if spouse(self.doc, e)}
            if len(ev.entities - spouses) >= 2:
                # "استقبله الرئيس وقرينته"، "برفقة السيدة الأولى": at the welcome, not the talks
                ev.entities -= spouses
                ev.extra -= spouses
        return events

    def _arrived_before(self, told_after: list[tuple[Frame, set[int]]], events: list[Event],
                        told: Status = Status.BACKGROUND) -> None:
        """A participant's arrival the text tells as past (or, `told` ACTUAL, after the meeting),
        dated within a visit's days before a meeting it has no arrival for, tells where that
        meeting was (when its frames do not)."""
        days = dt.timedelta(days=self.doc.lex.settings.visit_days)
        for f, who in told_after:
            d = self._frame_date(f, told)
            if not who or d is None or d.lo is None or d.hi is None:
                continue
            window = DateConstraint.between(d.lo, d.hi + days)
            for ev in events:
                if ev.kind is Kind.MEETING and not ev.context and who & ev.people and ev.day is not None \
                        and ev.day.meet(window) is not None:
                    ev.context.append(f)

    def _said_day(self, s: int) -> tuple[DateConstraint, tuple[int, DateExpr]] | None:
        """The day an actual clause of sentence s names ("أمس الاثنين"), if one."""
        if s < 0:
            return None
        sent = self.doc.sents[s]
        for expr, clause in sent.dates:
            if expr.is_anchor or sent.clauses[clause].status is not Status.ACTUAL:
                continue
            c = constrain(expr, self.doc.published)
            if c is not None and (c.day is not None or c.lo == c.hi):
                return c, (s, expr)
        return None

    def _roles(self, f: Frame, ev: Event) -> None:
        subject = self._ents(f, f.subject) | {self.doc.resolve(e) for e in f.carried}
        objects = self._ents(f, f.objects)
        if f.kind == "receive":
            ev.hosts |= subject
            ev.guests |= objects
        elif f.kind == "visit":
            ev.guests |= subject
            ev.hosts |= objects

    def _names_gathering(self, f: Frame) -> bool:
        """The frame's clauses name the meeting itself ("وحضر القمة ...")."""
        sent = self.doc.sents[f.sentence]
        return any(sent.tags.any("definite", sent.clauses[c].start, sent.clauses[c].end) for c in f.clauses)

    def _presence(self, pending: list[Frame], events: list[Event]) -> None:
        """People present ("وحضر الاستقبال X"، "ضم الوفد X") join the meeting told nearest before."""
        meetings = [ev for ev in events if ev.kind is Kind.MEETING]
        if not meetings:
            # "وحضر القمة الرئيس الرواندي ... كما شارك رئيس الوزراء المصري": a gathering told
            # only by who attended it is a meeting of them all
            # (once one of them names the gathering, "كما شارك ..." names one more of its people)
            if any(self._names_gathering(f) for f in pending):
                people = set().union(*(self._ents(f, f.people) for f in pending))
                if len(self._named(people)) >= 2:
                    kind = Kind.PHONE if any(f.remote for f in pending) else Kind.MEETING   # "شارك عن بعد"
                    events.append(Event(kind, set(), list(pending), people))
            return
        for f in pending:
            people = self._ents(f, f.people)
            if not people:
                continue
            before = [ev for ev in meetings if min(x.sentence for x in ev.frames) <= f.sentence]
            target = max(before, key=lambda ev: max(x.sentence for x in ev.frames if x.sentence <= f.sentence)) \
                if before else meetings[0]
            if not (people & target.entities or self._of_a_meeting(f) or self._namely(f, target)):
                continue   # "وأمضت السيدة الأولى الوقت برفقة قرينة الرئيس": company, no meeting
            if at_gathering(self.doc, f) and on_sidelines(self.doc, target.frames):
                continue   # "فيما يشارك الرئيس الأميركي في دورة هذا العام": at the forum, not the talks
            target.extra |= people - target.entities
            target.frames.append(f)

    def _told(self, ev: Event) -> set[int]:
        """The event's people as its text tells them, not as a headline sums up several meetings."""
        return set().union(*(self._ents(x, x.subject + x.objects) | {self.doc.resolve(e) for e in x.carried}
                             for x in ev.frames if not x.headline))

    def _namely(self, f: Frame, target: Event) -> bool:
        """"ويتعلق الأمر بكل من ...": the people of the meeting the sentence before told."""
        return any(x.sentence == f.sentence - 1 and x.kind != "presence" for x in target.frames) and self._lists(f)

    def _lists(self, f: Frame) -> bool:
        sent = self.doc.sents[f.sentence]
        return any(sent.tags.any("namely", sent.clauses[c].start, sent.clauses[c].end) for c in f.clauses)

    def _listed(self, pending: list[Frame], early: list[tuple[Frame, set[int], set[int], DateConstraint | None]],
                events: list[Event]) -> None:
        """"تسلم الرئيس أوراق اعتماد ثلاثة سفراء. ويتعلق الأمر بكل من: ...": one person's meeting,
        its others listed in the next sentence."""
        told = {x.sentence for ev in events for x in ev.frames}
        for f in [f for f in pending if self._lists(f) and f.sentence - 1 not in told]:
            one = next(((g, core, extra, day) for g, core, extra, day in early if g.sentence == f.sentence - 1), None)
            people = self._ents(f, f.people)
            if one is not None and people - one[1]:
                g, core, extra, day = one
                events.append(Event(Kind.MEETING, core | people, [g, f], extra - people, day=day))
                pending.remove(f)

    def _of_a_meeting(self, f: Frame) -> bool:
        """The presence frame's clauses name a meeting, the pair that met, attending or a delegation."""
        sent = self.doc.sents[f.sentence]
        return any(sent.tags.any(kind, sent.clauses[c].start, sent.clauses[c].end) for c in f.clauses
                   for kind in MEETING_CONTEXT)


MEETING_CONTEXT = ("noun", "definite", "gather", "pair", "presence_verb", "trigger", "deleg_noun", "deleg_members")
