"""One event of an article as a Report: its parties, date, place, topics and quotations.

Each part is its own step: `parties` (entities, with offices resolved to the person who
held them on the meeting's date), `dating` (the date of the meeting's clauses before the
sentence's, before the lead's), `places` (the place of its clauses), topics and quotes from
the sentences that tell the event.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from ..dates.anchors import YearHint
from ..dates.constraint import DateConstraint
from ..dates.grammar import DateExpr
from ..gazetteer import Gazetteer, tenure
from ..models import Person
from .dating import DateFinding, after_published, date_event, live_coverage
from .doc import ClauseKind, Doc, Entity, Status
from .events import Event, Kind
from .frames import Frame
from .lexicon import Lexicon
from .pair_refs import pair_of
from .places import PlaceChoice, PlaceFinder
from .quotes import Quote, QuoteRules, quotes_of


@dataclass
class Party:
    person: str | None                 # id; None while only a title is known
    name: str
    title: str | None = None
    sentences: list[int] = field(default_factory=list)
    new_person: Person | None = None
    presence: bool = False
    role: str | None = None            # host | guest | None


@dataclass
class Report:
    article: str
    index: int
    kind: str                          # meeting | phone
    parties: dict[str, Party]
    mentioned: dict[str, tuple[str, int, str]]     # id → (reason, sentence, name)
    unresolved: list[tuple[str, int]]  # (title, sentence) of offices nobody held on the date
    place: PlaceChoice | None
    date: DateFinding
    topics: dict[str, list[int]]
    quotes: list[Quote]
    sentences: list[int]               # sentences that tell this event
    headline: bool
    core: list[int] = field(default_factory=list)  # sentences with the meeting's own clauses
    fallback: bool = False             # made by the recall floor, for review


class ReportBuilder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.places = PlaceFinder(lex)
        self.quote_rules = QuoteRules(lex.lang)
        s = lex.settings
        self.year_lo, self.year_hi = s.year_min, s.year_max

    # ------------------------------------------------------------------ parties
    @staticmethod
    def _pid(e: Entity) -> str | None:
        return e.person or (e.new_person.id if e.new_person else None)

    def _resolve(self, e: Entity, day: dt.date | None, years: frozenset[int] | None,
                 parties: set[str]) -> str | None:
        """The person who held an office named without a name, on the meeting's day."""
        refs = e.office_refs
        if not refs:
            return None
        if day:
            on_day = self.lex.holders(refs, day)
            return on_day.pop() if len(on_day) == 1 else None
        lo, hi = ((dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)) if years else self._span(parties))
        return self.lex.sole_holder(refs, lo, hi)

    def _span(self, ids: set[str]) -> tuple[dt.date, dt.date]:
        """The days on which every one of these people held one of their offices."""
        lo, hi = dt.date(self.year_lo, 1, 1), dt.date(self.year_hi, 12, 31)
        for pid in ids:
            person = self.lex.gaz.people.get(pid)
            if person and person.offices:
                spans = [tenure(o) for o in person.offices]
                lo, hi = max(lo, min(s for s, _ in spans)), min(hi, max(e for _, e in spans))
        return lo, hi

    def _window(self, ids: set[str]) -> tuple[int, int]:
        lo, hi = self._span(ids)
        return (lo.year, hi.year) if lo <= hi else (self.year_lo, self.year_hi)

    def _parties(self, doc: Doc, ev: Event, day: dt.date | None, years: frozenset[int] | None
                 ) -> tuple[dict[str, Party], list[tuple[str, int]]]:
        parties: dict[str, Party] = {}
        unresolved: list[tuple[str, int]] = []
        sentences = {f.sentence for f in ev.frames}
        named = {self._pid(doc.entities[i]) for i in ev.people if doc.entities[i].named}
        for idx in sorted(ev.people, key=lambda i: min((m.sentence, m.start) for m in doc.entities[i].mentions)
                          if doc.entities[i].mentions else (0, 0)):
            e = doc.entities[idx]
            said = sorted({m.sentence for m in e.mentions if m.sentence in sentences}) or \
                sorted({m.sentence for m in e.mentions})[:1]
            pid = self._pid(e)
            person = None
            if pid is None:
                pid = self._resolve(e, day, years, {p for p in named if p})
                if pid is None:
                    title = e.title
                    if title is not None and title.office not in ("counterpart", "guest", "host", "official"):
                        unresolved.append((title.text, said[0] if said else 0))
                    continue
                person = self.lex.gaz.people.get(pid)
            title = e.title
            role = "host" if idx in ev.hosts else "guest" if idx in ev.guests else None
            party = parties.setdefault(pid, Party(pid, person.name if person else e.name,
                                                  title.text if title else None, [], e.new_person,
                                                  idx in ev.extra, role))
            for s in said:
                if s not in party.sentences:
                    party.sentences.append(s)
        return parties, unresolved

    # ------------------------------------------------------------------ date
    def _date(self, doc: Doc, ev: Event, refs: list[Frame], hints: list[YearHint], window: tuple[int, int],
              others: Collection[tuple[int, int]] = ()) -> DateFinding:
        sents = doc.sents
        sentences = sorted({f.sentence for f in ev.frames})
        # dates: the meeting's clauses, then their sentences, then references to "the meeting";
        # a relative clause's date belongs to its noun ("الزلزال الذي ضرب ... في السادس من شباط")
        fam = {(f.sentence, c) for f in ev.frames for c in f.clauses
               if c == f.clause or not sents[f.sentence].clauses[c].relative or sents[f.sentence].of_meeting(c)}
        # (an adverbial clause read as the news itself, its verb describing a noun: "بعد زيارة
        # أجرى خلالها أمس الجمعة مباحثات"; not one governed by it: "بعدما التقته الثلاثاء الماضي")
        told = {(f.sentence, f.clause) for f in ev.frames if f.status is Status.ACTUAL
                and not sents[f.sentence].clauses[f.clause].steps
                and (f.trigger - sents[f.sentence].clauses[f.clause].start > self.lex.settings.opener_tokens
                     # ("وجاء المؤتمر بعد مباحثات أجرتها المسؤولتان صباح اليوم": the talks read as news)
                     or (f.tense == "noun" and sents[f.sentence].clauses[f.clause].status is Status.BACKGROUND)
                     # ("يواصل رئيسي اليوم زيارته، بعدما عقد أمس محادثات مع الأسد": the talks' own day)
                     or (f.tense == "past" and sents[f.sentence].clauses[f.clause].kind is ClauseKind.PAST
                         and sents[f.sentence].clauses[f.clause].status is Status.BACKGROUND
                         and all(e.modifier != "past" for e, c in sents[f.sentence].dates if c == f.clause)))}
        # (not a date another meeting's noun names: "أودّ من لقاء فبراير الماضي")
        triggers = {s: {f.trigger for f in ev.frames if f.sentence == s} for s in sentences}
        tier1 = [(s, e) for s in sentences for e, c in sents[s].dates if (s, c) in fam and not sents[s].noun_dated(e, triggers[s])
                 and (sents[s].clauses[c].status_at(sents[s].token_at(e.start)) is Status.ACTUAL or (s, c) in told)]
        tier2 = [(s, e) for s in sentences for e, c in sents[s].dates
                 if (s, c) not in fam and sents[s].clauses[c].status is Status.ACTUAL
                 and sents[s].clauses[c].kind is not ClauseKind.PAST and not sents[s].clauses[c].relative]
        # (not in an adverbial clause about something earlier: "إثر فوزه في انتخابات تشرين الأول 2022")
        tier3 = [(f.sentence, e) for f in refs + ev.context for e, c in sents[f.sentence].dates if c in f.clauses
                 and (f.sentence, c) not in others
                 and sents[f.sentence].clauses[c].status_at(sents[f.sentence].token_at(e.start)) is Status.ACTUAL
                 and (c == f.clause or sents[f.sentence].clauses[c].kind is not ClauseKind.PAST)
                 # (and a relative clause's date is its own noun's: "ويرد بهذه الزيارة على الزيارة
                 # التي قام بها آبي أحمد إلى أسمرا الأحد الماضي")
                 and (c == f.clause or not sents[f.sentence].clauses[c].relative or sents[f.sentence].of_meeting(c))]
        tier3 += ev.said
        # ("قال شولتس اليوم الثلاثاء في مؤتمر صحفي مشترك مع العاهل الأردني": the two together that day)
        tier3 += [(x.index, e) for x in sents if x.index not in sentences and x.tags.any("joint", 0, len(x.toks))
                  and len({doc.resolve(p.entity) for p in x.people if p.entity is not None} & ev.people) >= 2
                  for e, c in x.dates if x.clauses[c].status is Status.ACTUAL
                  and x.clauses[c].kind is not ClauseKind.PAST and not x.clauses[c].relative]
        # "جاء ذلك في تصريح أدلى به عقب لقائه ...": that, told in the sentence before, with its day
        tier2 += [(s - 1, e) for s in sentences if s > 0 and sents[s].key.startswith(self.lex.told_before)
                  for e, c in sents[s - 1].dates if sents[s - 1].clauses[c].status is Status.ACTUAL
                  and sents[s - 1].clauses[c].kind is not ClauseKind.PAST and not sents[s - 1].clauses[c].relative]
        # "اختتم تيدروس اليوم السبت زيارة إلى نيبال التقى خلالها رئيستها": a day between a verb
        # closing or continuing a visit and the meeting's verb is the visit's; a sentence that
        # names the meeting's own day ("وجرى اللقاء أمس الجمعة") tells it first
        visit_days = self._visit_days(doc, ev)
        moved = [x for x in tier1 if (x[0], x[1].start) in visit_days]
        tier1 = [x for x in tier1 if (x[0], x[1].start) not in visit_days]
        lead = [x.index for x in doc.body()][:2]
        tier4 = [(s, e) for s in lead for e, c in sents[s].dates  # the lead's full date tells the story's day
                 if sents[s].clauses[c].status is not Status.BACKGROUND and not sents[s].clauses[c].relative
                 and e.kind in ("explicit", "iso", "hijri") and e.day and e.year]
        # and the lead's own day when it names one of the meeting's people ("أعلنت كولونا الجمعة من
        # الرباط انتهاء القيود ... وقالت كولونا عقب محادثات جمعتهما"): the story's day
        if lead and not any(s == lead[0] for s, _ in tier1 + tier2):
            head = sents[lead[0]]
            if head.clauses and head.clauses[0].kind is not ClauseKind.REPORTING and any(
                    p.entity is not None and doc.resolve(p.entity) in ev.people and head.clause_of(p.span[0]) == 0
                    for p in head.people):
                # (not "قالت المفوضية اليوم إن الوزير التقى ...": the day it was said)
                tier4 += [(lead[0], e) for e, c in head.dates if c == 0 and head.clauses[c].status is Status.ACTUAL
                          and e.kind in ("relative", "weekday") and not e.is_anchor]
        earlier = None if doc.published else self._earlier_events(doc)
        # for a year only: what sentences naming the meeting say, relative clauses included
        about = [(f.sentence, e) for f in refs for e, c in sents[f.sentence].dates
                 if sents[f.sentence].clauses[c].status is Status.ACTUAL
                 and sents[f.sentence].clauses[c].kind is not ClauseKind.PAST]
        # and a full date anywhere that falls on the meeting's day and month ("أبوظبي في 11
        # سبتمبر ..." closed by a stamp "11-09-2023"): it can only give that day its year
        days = {(e.month, e.day) for tier in (tier1, tier2, tier3) for _, e in tier if e.year is None and e.day}
        about += [(s.index, e) for s in sents for e, c in s.dates if e.year and (e.month, e.day) in days
                  and s.clauses[c].status is not Status.BACKGROUND]
        if doc.published and all(f.tense != "present" for f in ev.frames):
            # a meeting told in the past cannot come after the article ("... على أن تنطلق
            # المفاوضات في العاشر من مارس الجاري" in an article of 1 March is another event)
            tier1, tier2, tier3, moved, tier4, about = ([(s, e) for s, e in tier if not after_published(e, doc.published)]
                                                        for tier in (tier1, tier2, tier3, moved, tier4, about))
        # last, the month of an occasion the meeting's sentences describe as under way ("للمشاركة
        # في اجتماع ... الذي تحتضنه مملكة البحرين ... في مايو 2024"): the month, not its day
        f = self.lex.lang.meetings.future
        occasion = [(s, replace(e, day=None, weekday=None)) for s in sentences for e, c in sents[s].dates
                    if sents[s].clauses[c].relative and sents[s].clauses[c].status is Status.ACTUAL
                    and e.year and e.month and e.kind == "explicit" and not (doc.published and after_published(e, doc.published))
                    and (k := sents[s].clauses[c].start + 1) < len(sents[s].toks)
                    and sents[s].toks[k].text[:1] in f.persons and len(sents[s].toks[k].text) >= 4]
        found = date_event([tier1, tier2, tier3, moved, tier4, occasion], doc.published, doc.article.meta.published_rule, hints,
                           window, earlier, about, self.lex.settings.date_line_chars,
                           live=live_coverage(doc, self.lex.lang.dates.live_stamps))
        shift = self._day_offset(doc, ev)
        value, precision = found.resolve()
        if shift is not None and value is not None and precision == "day" \
                and found.evidence and found.evidence[0][0] == shift[1]:
            # "... اليوم الاثنين، وذلك غداة قمة جمعت مودي بشي": that summit was the day before
            found.constraint = DateConstraint.exact(dt.date.fromisoformat(value) + dt.timedelta(days=shift[0]))
            found.evidence.append((shift[1], "a day from the date of its sentence"))
        return found

    @staticmethod
    def _visit_days(doc: Doc, ev: Event) -> set[tuple[int, int]]:
        """(sentence, key offset) of dates that stand between a verb closing or continuing a
        visit and the meeting's verb later in its clause or the clause it hangs on."""
        out = set()
        for f in ev.frames:
            sent = doc.sents[f.sentence]
            if f.headline or not sent.clauses:
                continue
            start = min(sent.clauses[c].start for c in f.clauses)   # its clause, or the one it hangs on
            verb = next(iter(sent.tags.find("continuing", start, f.trigger)), None)
            if verb is None:
                continue
            out |= {(f.sentence, e.start) for e, c in sent.dates
                    if c in f.clauses and verb.end <= sent.token_at(e.start) < f.trigger}
        return out

    @staticmethod
    def _day_offset(doc: Doc, ev: Event) -> tuple[int, int] | None:
        """(days, sentence) when the meeting's clause opens with غداة or عشية and names no date
        of its own (the date is its sentence's)."""
        found = None
        for f in ev.frames:
            sent = doc.sents[f.sentence]
            if f.headline:
                continue
            start = sent.clauses[f.clause].start if sent.clauses else 0
            m = next(iter(sent.tags.find("day_offset", start, min(f.trigger, start + 3))), None)
            if m is None or any(c == f.clause for _, c in sent.dates):
                return None    # the meeting is told elsewhere too, or its clause has its own date
            found = found or (int(m.value), f.sentence)
        return found

    @staticmethod
    def _earlier_events(doc: Doc) -> tuple[dt.date, int] | None:
        """Without a publication date, the latest dated event the text tells as past
        ("كان قد زار موسكو في أكتوبر 2015"): the meeting cannot be before it."""
        best = None
        for s in doc.sents:
            for e, c in s.dates:
                if e.year is None or e.kind not in ("explicit", "iso", "hijri", "year"):
                    continue
                if s.clauses[c].status is not Status.BACKGROUND and not e.is_anchor:
                    continue
                start = dt.date(e.year, e.month or 1, e.day or 1)
                if best is None or start > best[0]:
                    best = (start, s.index)
        return best

    def _theirs(self, doc: Doc, f: Frame, ev: Event) -> bool:
        """A meeting noun with "their" ("ثم لقائهما في أستانا") whose two, named just before, are
        not this meeting's people: their own meeting."""
        word = doc.sents[f.sentence].toks[f.trigger].text if 0 <= f.trigger < len(doc.sents[f.sentence].toks) else ""
        if f.tense != "noun" or not word.endswith(self.lex.possessive_many):
            return False
        pair = pair_of(doc, f, [])
        return len(pair) == 2 and not pair <= {doc.resolve(e) for e in ev.people}

    # ------------------------------------------------------------------ whole report
    def build(self, doc: Doc, idx: int, ev: Event, frames: list[Frame], hints: list[YearHint]) -> Report:
        sentences = sorted({f.sentence for f in ev.frames})
        # sentences that name the meeting again, or name one without its people ("شهدت الدوحة
        # أمس السبت توقيع اتفاق"): its place and date, for the article's main meeting
        # (and "عقد الوفدان ... أمس الجمعة أول جولة مفاوضات": the two sides' meeting, told without names)
        refs = [f for f in frames if (f.kind == "reference" or ((f.tense == "noun" or f.pair) and not f.people))
                and f.status is Status.ACTUAL and f.sentence not in sentences and not self._theirs(doc, f, ev)] \
            if idx == 0 else []
        known = {self._pid(doc.entities[i]) for i in ev.people if doc.entities[i].named}
        # ("وتأتي الزيارة بعد محطة في بكين، التقى خلالها لولا شي، الجمعة": that Friday is the
        # other meeting's, told in a clause of its own)
        others = {(f.sentence, f.clause) for f in frames if f.people and f.kind not in ("reference", "presence")
                  and not any(f is g for g in ev.frames + ev.context)}
        found = self._date(doc, ev, refs, hints, self._window({p for p in known if p}), others)
        value, precision = found.resolve()
        day = dt.date.fromisoformat(value) if precision == "day" and value else None
        years = found.constraint.years if found.constraint else None
        parties, unresolved = self._parties(doc, ev, day, years)
        countries = {self.lex.gaz.people[p].country for p in parties if p in self.lex.gaz.people}
        homes = {c for c in countries if c is not None}
        homes |= {t.country for i in ev.people for t in doc.entities[i].titles if t.country}   # "الرئيس التركي"
        # ("الأمين العام لجامعة الدول العربية"، "القاهرة - سبوتنيك": the country of his body's seat,
        # for the dateline only)
        gaz = self.lex.gaz
        seats = {gaz.country_of(o.seat) or "" for i in ev.people for t in doc.entities[i].titles
                 if t.org and (o := gaz.organisations.get(t.org)) is not None and o.seat} - {""}
        domestic = any(not (t.country or t.org or t.post) for i in ev.entities for t in doc.entities[i].titles)
        place = None if ev.kind is Kind.PHONE else self.places.find(doc, ev.frames + refs, homes, ev.context, domestic, seats)
        core = sorted(set(sentences) | {f.sentence for f in refs})
        # a second event of the article (a call told in passing) is told only where it is named
        story = sorted(set(core) | (self._story(doc, ev) if idx == 0 else set()))
        topics: dict[str, list[int]] = {}
        for s in story:
            sent = doc.sents[s]
            for tid, a, _ in sent.topics:
                if sent.clauses and sent.clauses[sent.clause_of(a)].status is not Status.ACTUAL:
                    continue
                topics.setdefault(tid, [])
                if s not in topics[tid]:
                    topics[tid].append(s)
        quotes = quotes_of(doc, story, self.quote_rules)
        return Report(doc.name, idx, ev.kind.value, parties, {}, unresolved, place, found, topics, quotes, story,
                      any(f.headline for f in ev.frames), core)

    @staticmethod
    def _story(doc: Doc, ev: Event) -> set[int]:
        """Body sentences about the event: they name a participant in an actual clause."""
        out = set()
        for s in doc.body():
            for p in s.people:
                if p.entity in ev.people and s.clauses and s.clauses[s.clause_of(p.span[0])].status is Status.ACTUAL:
                    out.add(s.index)
                    break
        return out


def date_exprs(doc: Doc) -> None:
    """Attach each sentence's date expressions to the clause they stand in."""
    grammar = doc.lex.grammar
    cats = list(grammar.categories)
    for s in doc.sents:
        found: list[tuple[DateExpr, int]] = []
        present = {c for c in cats if s.tags.any(c, 0, len(s.toks))}
        for e in grammar.find(s.key, present):
            token = next((i for i, t in enumerate(s.toks) if t.start <= e.start < t.end or t.start >= e.start), 0)
            found.append((e, s.clause_of(token)))
        s.dates = found


def same_visit_places(reports: list[Report], days: int, score: float, gaz: Gazetteer) -> None:
    """A meeting whose sentences name no place (or only the country) took place where another
    meeting of the same visit did: "وفي اليوم الثاني للزيارة، التقت كلينتون المشير طنطاوي"
    after "استقبل الرئيس مرسي الوزيرة الأمريكية بمقر رئاسة الجمهورية" (one participant in
    common, a few days apart)."""
    for report in reports:
        if report.kind != "meeting":
            continue
        country = report.place.place if report.place and report.place.place in gaz.places \
            and gaz.places[report.place.place].kind == "country" else None
        if report.place is not None and country is None:
            continue
        for other in reports:
            where = other.place
            if other is report or where is None or where.rule != "meeting clause" or other.kind != "meeting" \
                    or not set(other.parties) & set(report.parties) or not _near(report.date, other.date, days) \
                    or (country is not None and (where.place is None or not gaz.contains(country, where.place))):
                continue
            report.place = replace(where, venue=None, score=min(where.score, score), rule="same visit")
            break



def _near(a: DateFinding, b: DateFinding, days: int) -> bool:
    """Two meetings' dates allow one visit (unknown days allow it)."""
    (va, pa), (vb, pb) = a.resolve(), b.resolve()
    if pa != "day" or pb != "day" or not va or not vb:
        return True
    return abs((dt.date.fromisoformat(va) - dt.date.fromisoformat(vb)).days) <= days


def sequel_days(reports: list[Report], sequels: list[bool], next_days: list[bool]) -> None:
    """A meeting told as the visit's next one ("وفي وقت لاحق، استقبله ...") without a day of
    its own took place on the day of the meeting told before it, with a participant in common
    (or the day after: "وفي اليوم الثاني للزيارة")."""
    for i, report in enumerate(reports):
        if not sequels[i] or (report.date.resolve()[1] == "day" and not next_days[i]):
            continue
        before = next((r for r in reversed(reports[:i]) if r.date.resolve()[1] == "day"
                       and set(r.parties) & set(report.parties)), None)
        if before is not None and before.date.constraint is not None:
            day, rule = before.date.constraint, "same day as the meeting told before"
            if next_days[i] and (value := before.date.resolve()[0]):
                day = DateConstraint.exact(dt.date.fromisoformat(value) + dt.timedelta(days=1))
                rule = "the day after the meeting told before"
            report.date = DateFinding(day, [(s, rule) for s, _ in before.date.evidence[:1]],
                                      window=before.date.window)