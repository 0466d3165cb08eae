"""One article → its reports: each meeting (or call) the article tells, with its facts.

Frames whose people overlap join one event; a frame that brings a new counterpart with its
own meeting verb ("ثم التقى نظيره") starts another; "بحضور" and "انضم إلى الاثنين" add
people to the event they belong to. Each event becomes a Report: participants, people only
mentioned (and why), place, date, topics, quotations and the sentences that say so.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..dates.anchors import AnchorReader
from ..dates.grammar import DateExpr, grammar_for
from ..gazetteer import tenure
from ..models import Person
from ..text.phrases import PhraseIndex, Tagger, Tags
from ..text.reader import Article
from .dating import DateFinding, date_event, recalled
from .frames import Frame, FrameRules, Segment, frames_of, reasons, segment
from .lexicon import Lexicon, NameForm
from .mentioned import mention_lists
from .mentions import MentionFinder, Mentions
from .places import Candidate, PlaceChoice, PlaceRules, choose, score_mention
from .quotes import Quote, QuoteRules, quotes_of

YEAR_LO, YEAR_HI = 1990, 2035


@dataclass
class Party:
    person: str | None                 # id; None while only a title is known
    name: str
    title: str | None = None
    sentences: list[int] = field(default_factory=list)
    new_person: Person | None = None
    presence: bool = False


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


@dataclass
class Analysis:
    article: Article
    mentions: list[Mentions]
    segments: list[list[Segment]]
    frames: list[Frame]
    reports: list[Report]
    new_people: dict[str, Person]


class ArticleAnalyser:
    """Reads an Article with one Lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.finder = MentionFinder(lex)
        self.rules = FrameRules(lex.lang)
        self.place_rules = PlaceRules(lex.lang)
        self.grammar = grammar_for(lex.lang)
        self.anchors = AnchorReader(lex.lang, self.grammar)
        self.quote_rules = QuoteRules(lex.lang)
        dates = Tagger({name: words for name, words in self.grammar.categories.items()})
        self.tagger = Tagger.merged(lex.tagger, self.rules.tagger, dates)

    # ------------------------------------------------------------------ mentions
    def _mentions(self, art: Article, tags: list[Tags]) -> tuple[list[Mentions], dict[str, Person]]:
        """Mentions of every sentence; a second pass when the article names new people, so
        that their family name alone ("شويغو") is found in later sentences too."""
        new: dict[str, Person] = {}
        local: PhraseIndex | None = None
        day = dt.date.fromisoformat(art.published) if art.published else None
        for _ in range(2):
            out: list[Mentions] = []
            known: set[str] = set()
            for s in art.sentences:
                def span_of(a: int, b: int, s=s) -> str:
                    d0, d1 = s.keyed.span(s.toks[a].start, s.toks[b - 1].end)
                    return s.text[d0:d1]
                m = self.finder.find(s.key, s.toks, span_of, known, local, tags[s.index], day)
                for p in m.people:
                    if p.new_person and p.person not in new and p.person not in self.lex.gaz.people:
                        new[p.person] = p.new_person
                    if p.person:
                        known.add(p.person)
                out.append(m)
            if not new or local is not None:
                return out, new
            local = PhraseIndex()
            for person in new.values():
                words = self.lex.lang.fold(person.name).split()
                local.add(" ".join(words), NameForm(person.id, "provisional"))
                if len(words[-1]) >= 4:
                    local.add(words[-1], NameForm(person.id, "short"))
        return out, new

    # ------------------------------------------------------------------ main
    def analyse(self, art: Article) -> Analysis:
        """Every report of one article."""
        tags = [self.tagger.tag(s.toks) for s in art.sentences]
        mentions, new_people = self._mentions(art, tags)
        segs: list[list[Segment]] = []
        frames: list[Frame] = []
        for s, m, t in zip(art.sentences, mentions, tags):
            sg = segment(s.key, s.toks, self.rules, t)
            segs.append(sg)
            if s.kind == "heading":
                continue
            frames.extend(frames_of(s.index, s.key, s.toks, sg, m, self.rules, s.kind == "title", t))
        ref = dt.date.fromisoformat(art.published) if art.published else None
        cats = list(self.grammar.categories)
        dates = [[(e, self._seg_of(sg, s.toks, e))
                  for e in self.grammar.find(s.key, {c for c in cats if t.any(c, 0, len(s.toks))})]
                 for s, sg, t in zip(art.sentences, segs, tags)]
        hints = self.anchors.hints([s.key for s in art.sentences])
        recalled(frames, dates, ref, hints)
        named = {p.person for m in mentions for p in m.people if p.person}
        events = self._cluster(frames, mentions, named, ref)
        reports = []
        for idx, (kind, evframes) in enumerate(events):
            reports.append(self._report(art, idx, kind, evframes, frames, mentions, segs, dates, ref,
                                        hints, named, new_people))
        why = {(s.index, i): r for s, sg, m, t in zip(art.sentences, segs, mentions, tags)
               for i, r in reasons(s.toks, sg, m, t).items()}
        mention_lists(reports, frames, mentions, art, why)
        return Analysis(art, mentions, segs, frames, reports, new_people)

    @staticmethod
    def _seg_of(sg: list[Segment], toks, e: DateExpr) -> int:
        for i, seg in enumerate(sg):
            if seg.start < len(toks) and toks[min(seg.start, len(toks) - 1)].start <= e.start < (
                    toks[seg.end - 1].end if seg.end > seg.start else -1):
                return i
        return 0

    # ------------------------------------------------------------------ events
    def _ids(self, frame: Frame, mentions: list[Mentions], named: set[str], which: list[int],
             ref: dt.date | None) -> set[str]:
        people = mentions[frame.sentence].people
        # an office nobody is resolved to yet still counts as someone in the room
        return {self._resolve(people[i], named, ref) or f"title:{people[i].title}" for i in which}

    def _resolve(self, pm, named: set[str], day: dt.date | None) -> str | None:
        if pm.person:
            return pm.person
        holders = {r.person for r in pm.title_refs}
        in_text = holders & named
        if len(in_text) == 1:
            return in_text.pop()
        if day:
            on_day = self.lex.holders(pm.title_refs, day)
            if len(on_day) == 1:
                return on_day.pop()
        return None

    def _cluster(self, frames: list[Frame], mentions, named, ref) -> list[tuple[str, list[Frame]]]:
        events: list[tuple[str, set[str], list[Frame]]] = []
        for f in frames:
            if f.status != "actual" or f.kind == "reference":
                continue
            core = self._ids(f, mentions, named, f.core, ref)
            extra = self._ids(f, mentions, named, f.extra, ref)
            kind = "phone" if f.kind == "phone" else "meeting"
            target = None
            if f.kind == "talk" and core:  # "بحث مع" also tells a call
                target = next((ev for ev in events if ev[0] == "phone" and core <= ev[1]), None)
            for ev in ([] if target else events):
                if ev[0] != kind:
                    continue
                if core and (core <= ev[1] or ev[1] <= core):
                    target = ev
                    break
                if not core and (f.pair or extra):
                    target = ev
                    break
            if target is None and kind == "meeting" and len(core) == 1 and not f.headline:
                target = next((ev for ev in events if ev[0] == kind and core & ev[1]), None)
            if target is not None:
                target[1].update(core)
                target[2].append(f)
            elif len(core) >= 2 or (kind == "phone" and len(core | extra) >= 2) or (f.pair and core | extra):
                events.append((kind, set(core | extra), [f]))
        for ev in list(events):  # talks told before the call was named are the call too
            if ev[0] == "meeting" and all(f.kind == "talk" for f in ev[2]):
                call = next((c for c in events if c[0] == "phone" and ev[1] <= c[1]), None)
                if call:
                    call[2].extend(ev[2])
                    events.remove(ev)
        return [(kind, sorted(fs, key=lambda f: (f.sentence, f.segment))) for kind, _, fs in events]

    # ------------------------------------------------------------------ reports
    def _window(self, ids: set[str]) -> tuple[int, int]:
        lo, hi = YEAR_LO, YEAR_HI
        for pid in ids:
            person = self.lex.gaz.people.get(pid)
            if person and person.offices:
                spans = [tenure(o) for o in person.offices]
                lo = max(lo, min(s.year for s, _ in spans))
                hi = min(hi, max(e.year for _, e in spans))
        return (lo, hi) if lo <= hi else (YEAR_LO, YEAR_HI)

    @staticmethod
    def _earlier_events(art: Article, segs, dates) -> tuple[dt.date, int] | None:
        """Without a publication date, the latest dated event the text tells as past
        ("كان قد زار موسكو في أكتوبر 2015"): the meeting cannot be before it."""
        best = None
        for s in art.sentences:
            for e, seg in dates[s.index]:
                if e.year is None or e.kind not in ("explicit", "iso", "hijri", "year"):
                    continue
                if segs[s.index][seg].status != "background" and not e.is_anchor:
                    continue
                start = dt.date(e.year, e.month or 1, e.day or 1)
                if best is None or start > best[0]:
                    best = (start, s.index)
        return best

    def _span(self, ids: set[str]) -> tuple[dt.date, dt.date]:
        """The days on which every one of these people held one of their offices."""
        lo, hi = dt.date(YEAR_LO, 1, 1), dt.date(YEAR_HI, 12, 31)
        for pid in ids:
            person = self.lex.gaz.people.get(pid)
            if person and person.offices:
                spans = [tenure(o) for o in person.offices]
                lo, hi = max(lo, min(s for s, _ in spans)), min(hi, max(e for _, e in spans))
        return lo, hi

    def _report(self, art: Article, idx: int, kind: str, evframes: list[Frame], frames: list[Frame],
                mentions, segs, dates, ref, hints, named, new_people) -> Report:
        sentences = sorted({f.sentence for f in evframes})
        refs = [f for f in frames if f.kind == "reference" and f.status == "actual"
                and f.sentence not in sentences] if idx == 0 else []
        # dates: the meeting's clauses, then their sentences, then references to "the meeting"
        # a relative clause's date belongs to its noun ("الزلزال الذي ضرب ... في السادس من شباط")
        fam = {(f.sentence, s) for f in evframes for s in f.segments
               if s == f.segment or not segs[f.sentence][s].relative}
        tier1 = [(s, e) for s in sentences for e, seg in dates[s] if (s, seg) in fam]
        tier2 = [(s, e) for s in sentences for e, seg in dates[s]
                 if (s, seg) not in fam and segs[s][seg].status == "actual" and segs[s][seg].kind != "past"
                 and not segs[s][seg].relative]
        tier3 = [(f.sentence, e) for f in refs for e, seg in dates[f.sentence] if seg in f.segments]
        lead = [x.index for x in art.sentences if x.kind == "body"][:2]
        tier4 = [(s, e) for s in lead for e, seg in dates[s]  # the lead's full date tells the story's day
                 if segs[s][seg].status != "background" and not segs[s][seg].relative
                 and e.kind in ("explicit", "iso", "hijri") and e.day and e.year]
        parties: dict[str, Party] = {}
        unresolved: list[tuple[str, int]] = []
        pending_titles = []
        for f in evframes:
            people = mentions[f.sentence].people
            for i in f.core + f.extra:
                pm = people[i]
                pid = self._resolve(pm, named, ref)
                if pid is None:
                    pending_titles.append((pm, f.sentence, i in f.extra))
                    continue
                self._add_party(parties, pid, pm, f.sentence, i in f.extra, new_people)
        window = self._window(set(parties))
        earlier = None if ref else self._earlier_events(art, segs, dates)
        # for a year only: what sentences naming the meeting say, relative clauses included
        about = [(f.sentence, e) for f in refs for e, seg in dates[f.sentence]
                 if segs[f.sentence][seg].status == "actual"]
        found = date_event([tier1, tier2, tier3, tier4], ref, art.meta.published_rule, hints, window, earlier,
                           about)
        value, precision = found.resolve()
        day = dt.date.fromisoformat(value) if precision == "day" else None
        for pm, sentence, extra in pending_titles:
            pid = self._resolve(pm, named, day)
            if pid is None and not day:
                years = found.constraint.years if found.constraint else None
                lo, hi = ((dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)) if years
                          else self._span(set(parties)))
                pid = self.lex.sole_holder(pm.title_refs, lo, hi)
            if pid is None:
                unresolved.append((pm.title, sentence))
            else:
                self._add_party(parties, pid, pm, sentence, extra, new_people)
        place = None if kind == "phone" else self._place(art, evframes + refs, mentions, segs, parties)
        topics: dict[str, list[int]] = {}
        core = sorted(set(sentences) | {f.sentence for f in refs})
        # a second event of the article (a call told in passing) is told only where it is named
        story = sorted(set(core) | (self._story(art, parties, mentions, segs) if idx == 0 else set()))
        for s in story:
            for tid, a, b in mentions[s].topics:
                seg = next((g for g in segs[s] if g.start <= a < g.end), None)
                if seg is None or seg.status == "actual":
                    topics.setdefault(tid, [])
                    if s not in topics[tid]:
                        topics[tid].append(s)
        quotes = quotes_of(art, story, mentions, segs, self.quote_rules)
        return Report(art.name, idx, kind, parties, {}, unresolved, place, found, topics, quotes, story,
                      any(f.headline for f in evframes), core)

    def _add_party(self, parties, pid, pm, sentence, extra, new_people) -> None:
        person = self.lex.gaz.people.get(pid) or new_people.get(pid)
        party = parties.setdefault(pid, Party(pid, person.name if person else pid, pm.title,
                                              new_person=new_people.get(pid), presence=extra))
        party.title = party.title or pm.title
        party.presence = party.presence and extra
        if sentence not in party.sentences:
            party.sentences.append(sentence)

    def _story(self, art: Article, parties, mentions, segs) -> set[int]:
        """Body sentences about the event: they name a participant in an actual clause."""
        out = set()
        for s in art.sentences:
            if s.kind != "body":
                continue
            for p in mentions[s.index].people:
                seg = next((g for g in segs[s.index] if g.start <= p.start < g.end), None)
                if p.person in parties and seg is not None and seg.status == "actual":
                    out.add(s.index)
                    break
        return out

    def _place(self, art: Article, evframes: list[Frame], mentions, segs, parties) -> PlaceChoice | None:
        cands: list[Candidate] = []
        for f in evframes:
            s = art.sentences[f.sentence]
            for pm in mentions[f.sentence].places:
                seg = next((j for j, g in enumerate(segs[f.sentence]) if g.start <= pm.start < g.end), None)
                if seg not in f.segments:
                    continue
                weight = 0.6 if f.kind == "reference" else 1.0
                sc = score_mention(s.key, s.toks, pm, segs[f.sentence][seg].start, self.place_rules, f.headline)
                cands.append(Candidate(pm.place, sc * weight, f.sentence, pm.name))
        if not any(c.score > 0 for c in cands) and art.sentences and art.sentences[0].kind == "title":
            title = art.sentences[0]
            for pm in mentions[0].places:
                sc = score_mention(title.key, title.toks, pm, 0, self.place_rules, True)
                cands.append(Candidate(pm.place, sc, 0, pm.name))
        found = choose(cands, self.lex.gaz)
        if found is None:
            found = self._dateline_place(art, parties)
        return found

    def _dateline_place(self, art: Article, parties) -> PlaceChoice | None:
        """With no place in the text, a dateline in a participant's own country is the best
        guess ("دمشق-سانا: استقبل الرئيس الأسد ..."): kept with a low score, for review."""
        gaz = self.lex.gaz
        where = art.meta.dateline_place
        if not where or where not in gaz.places or gaz.places[where].kind == "country":
            return None
        homes = {gaz.people[p].country for p in parties if p in gaz.people}
        if gaz.country_of(where) not in homes:
            return None
        place = gaz.places[where]
        return PlaceChoice(place.id, place.name, None, [], True, 0.5, "dateline")
