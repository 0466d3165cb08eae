"""One fact sheet from the reports of one meeting: each fact decided across sources.

A precise date from one article fills in another's weekday ("السبت 18 يونيو" + a year from another → a day); every
fact keeps each source sentence that supports it; where sources disagree the sheet records
the disagreement in `conflicts` and asks for review instead of silently picking one.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..dates.constraint import DateConstraint
from ..factsheet.models import (
    Conflict,
    ConflictValue,
    DateEvidence,
    Evidence,
    FactSheet,
    Mention,
    PersonRef,
    PlaceRef,
    Quote,
    Review,
    Source,
    SummarySentence,
    TopicRef,
)
from ..factsheet.partialdate import PartialDate
from ..gazetteer import Gazetteer
from ..lang import Language
from ..models import Person
from ..slugs import transliterate
from .summary import Candidate, Summariser
from ..extract.units import ArticleResult, Unit


@dataclass
class Context:
    lang: Language
    gaz: Gazetteer
    articles: dict[str, ArticleResult]
    people: dict[str, Person]          # gazetteer + provisional people
    summariser: Summariser


def _ev(ctx: Context, article: str, sentence: int, rule: str | None = None) -> Evidence:
    return Evidence(article=article, sentence=ctx.articles[article].sentence(sentence), rule=rule)


def _window(units: list[Unit]) -> tuple[int, int] | None:
    spans = [u.date_window for u in units if u.date_window]
    if not spans:
        return None
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    return (lo, hi) if lo <= hi else None


def fuse_date(ctx: Context, units: list[Unit]) -> tuple[str | None, str, list[DateEvidence], list[Conflict], float]:
    """(value, precision, evidence, conflicts, confidence) of a meeting's date."""
    window = _window(units)
    dated = [(u, u.date) for u in units if u.date is not None]
    dated.sort(key=lambda ud: (-_precision_rank(ud[1].resolve(ud[0].date_window)[1]), ud[0].key))
    combined: DateConstraint | None = None
    used: list[tuple[Unit, DateConstraint]] = []
    rejected: list[tuple[Unit, DateConstraint]] = []
    for u, date in dated:
        merged = date if combined is None else combined.meet(date)
        if merged is None:
            rejected.append((u, date))
        else:
            combined, used = merged, used + [(u, date)]
    value, precision = combined.resolve(window) if combined else (None, "unknown")
    evidence: list[DateEvidence] = []
    for u, date in used:
        own = date.resolve(u.date_window)[0]
        for s, rule in u.date_evidence:
            sentence = ctx.articles[u.article].sentence(s) if s >= 0 else "(" + rule + ")"
            evidence.append(DateEvidence(article=u.article, sentence=sentence, rule=rule, value=own))
    conflicts = []
    if rejected:
        values: dict[str, list[str]] = {}
        for u, date in used + rejected:
            values.setdefault(date.describe(), []).append(u.article)
        conflicts.append(Conflict(field="date", values=[ConflictValue(value=k, articles=sorted(v))
                                                        for k, v in sorted(values.items())]))
    rules = [rule for u, _ in used for _, rule in u.date_evidence]
    fs = ctx.lang.settings.fuse
    conf = max((fs.rule_confidence.get(r, fs.rule_confidence_default) for r in rules), default=0.0)
    if len(used) > 1:
        conf = min(1.0, conf + fs.agreeing_report_bonus * (len(used) - 1))
    if rejected:
        conf *= fs.disagreement_factor
    return value, precision, evidence, conflicts, round(conf, 2)


def _precision_rank(p: str) -> int:
    return {"day": 3, "month": 2, "year": 1}.get(p, 0)


def fuse_place(ctx: Context, units: list[Unit]) -> tuple[PlaceRef | None, list[Conflict], float]:
    """The meeting's place by weighted vote; disagreeing places are kept as a conflict."""
    placed = [(u, u.place) for u in units if u.place]
    if not placed:
        return None, [], 0.0
    totals: dict[str, float] = {}
    for u, p in placed:
        key = p.place or "?" + p.name
        totals[key] = totals.get(key, 0.0) + p.score
    best = max(sorted(totals), key=lambda k: totals[k])
    gaz = ctx.gaz
    agree = [(u, p) for u, p in placed if (p.place or "?" + p.name) == best
             or (p.place and best in gaz.places and (gaz.contains(best, p.place) or gaz.contains(p.place, best)))]
    conflicts = []
    others = [u for u, p in placed if (u, p) not in agree]
    if others:
        values: dict[str, list[str]] = {}
        for u, p in placed:
            values.setdefault(p.name, []).append(u.article)
        conflicts.append(Conflict(field="place", values=[ConflictValue(value=k, articles=sorted(v))
                                                         for k, v in sorted(values.items())]))
    pc = ctx.lang.settings.fuse.place_confidence
    venue = next((p.venue for u, p in agree if p.venue), None)
    evidence = [_ev(ctx, u.article, s, None if p.rule == "meeting clause" else p.rule)
                for u, p in agree for s in p.sentences]
    if best.startswith("?"):
        name = best[1:]
        return (PlaceRef(name=name, id=_place_id(ctx, name), in_gazetteer=False, evidence=evidence), conflicts,
                pc["unknown_place"])
    place = gaz.places[best]
    # the spelling the reports give a city of the world data (extraction keeps the gazetteer's
    # name for the project's own places)
    spelled = Counter(p.name for u, p in agree if p.place == best).most_common(1)
    name = spelled[0][0] if spelled and ("places", best) not in gaz.lines else place.name
    ref = PlaceRef(name=name, id=place.id, country=gaz.country_of(place.id), kind=place.kind,
                   venue=gaz.places[venue].name if venue else None, venue_id=venue, evidence=evidence)
    conf = min(1.0, pc["base"] + pc["step"] * sum(p.score for u, p in agree)) * (pc["conflict_factor"] if conflicts else 1.0)
    return ref, conflicts, round(conf, 2)


def _place_id(ctx: Context, name: str) -> str:
    t = ctx.lang.translit
    return transliterate(name, t.letters, t.vowels, t.article, t.definite, tuple(t.final_vowels))


def _roles(ctx: Context, people: list[PersonRef], place: PlaceRef | None, phone: bool) -> str:
    """PLOVER mode of the meeting, and host/guest roles on the participants."""
    if phone:
        return "phone"
    countries = {p.country for p in people if p.country}
    if len(countries) >= 3:
        return "multilateral"
    where = place.country if place else None
    if where and countries and where not in countries:
        return "third-party"
    if where and len(countries) == 2:
        for p in people:
            p.role = "host" if p.country == where else "guest"
    return "visit"


def fuse(ctx: Context, units: list[Unit], sheet_id: str) -> FactSheet:
    """The fact sheet of one group of reports."""
    phone = all(u.kind == "phone" for u in units)
    articles = sorted({u.article for u in units})
    value, precision, date_ev, conflicts, date_conf = fuse_date(ctx, units)
    date = PartialDate.parse(value) if value else None
    day = date.as_date() if date and precision == "day" else None
    place, place_conflicts, place_conf = fuse_place(ctx, units)
    conflicts += place_conflicts
    people: dict[str, PersonRef] = {}
    # each sentence once per person and topic (a set, not `in` on a list of models: pydantic's
    # equality cost a tenth of the fusion of 10,000 articles)
    cited: set[tuple[str, str, str]] = set()
    for u in units:
        for party in u.parties:
            person = ctx.people.get(party.person)
            ref = people.get(party.person)
            if ref is None:
                office = ctx.gaz.office_on(party.person, day) if party.in_gazetteer else party.title
                ref = PersonRef(name=person.name if person else party.name, id=party.person,
                                office=office or party.title, country=person.country if person else None,
                                in_gazetteer=party.in_gazetteer)
                people[party.person] = ref
            for s in party.sentences:
                ev = _ev(ctx, u.article, s)
                if (mark := ("person:" + party.person, ev.article, ev.sentence)) not in cited:
                    cited.add(mark)
                    ref.evidence.append(ev)
    present_only = {party.person for u in units for party in u.parties if party.presence}
    order = sorted(people.values(), key=lambda p: (p.id in present_only, -len(p.evidence), p.id))
    kind = _roles(ctx, order, place, phone)
    # hosts, then guests; within each, those named with the meeting verb before those present
    order.sort(key=lambda p: ({"host": 0, "guest": 1}.get(p.role or "", 2), p.id in present_only,
                              -len(p.evidence), p.id))
    topics: dict[str, TopicRef] = {}
    for u in units:
        for tid, sentences in u.topics.items():
            topic = topics.setdefault(tid, TopicRef(id=tid, label=ctx.gaz.topics[tid].label))
            for s in sentences:
                ev = _ev(ctx, u.article, s)
                if (mark := ("topic:" + tid, ev.article, ev.sentence)) not in cited:
                    cited.add(mark)
                    topic.evidence.append(ev)
    topic_list = sorted(topics.values(), key=lambda t: (-len(t.evidence), t.id))
    mentioned: dict[str, Mention] = {}
    for u in units:
        for pid, why, s, name in u.mentioned:
            if pid in people or pid in mentioned:
                continue
            person = ctx.people.get(pid)
            mentioned[pid] = Mention(name=person.name if person else name, id=pid, reason=why,
                                     in_gazetteer=bool(person and person.in_gazetteer),
                                     evidence=[_ev(ctx, u.article, s)])
    quotes, seen_quotes = [], set()
    for u in units:
        for q in u.quotes:
            key = ctx.lang.fold(q.text)
            if key in seen_quotes:
                continue
            seen_quotes.add(key)
            person = ctx.people.get(q.speaker_id) if q.speaker_id else None
            quotes.append(Quote(speaker=person.name if person else q.speaker, speaker_id=q.speaker_id,
                                text=ctx.summariser.times.unify_quotes(q.text), article=u.article))
    summ = ctx.summariser
    fs = ctx.lang.settings.fuse
    lead = summ.lead(kind, order, place, date, topic_list)
    # Relative time words ("اليوم السبت") are written out as dates, each read against its
    # article's own day; sentences where that cannot be done are not used.
    refs = {a: summ.times.reference(ctx.articles[a].published,
                                    [ctx.articles[a].sentence(s) for u in units if u.article == a
                                     for s in u.core], day) for a in articles}

    def sourced(article: str, text: str) -> str | None:
        return summ.source_sentence(text, refs[article], day)

    picked = summ.pick(_candidates(ctx, units, people, topics, sourced))
    summary = [lead] + [_summary_sentence(c) for c in picked]
    key_points = summ.key_points(topic_list, {c.text for c in picked}, sourced)
    sources = [_source(ctx.articles[a]) for a in articles]
    unresolved = sorted({t for u in units for t, _ in u.unresolved})
    review = _review(order, place, precision, conflicts, unresolved, date_conf, kind, sources, fs.review_below)
    if all(u.fallback for u in units):
        review.needed = True
        review.reasons.insert(0, "who met whom guessed from the people the headline and lead name")
    pcon = fs.participants_confidence
    confidence = {"date": date_conf, "place": place_conf,
                  "participants": round(min(1.0, pcon["base"] + pcon["step"] * min(len(p.evidence) for p in order)), 2)
                  if order else 0.0}
    return FactSheet(id=sheet_id, title=summ.title(kind, order, place), date=date, date_precision=precision,
                     weekday=day.weekday() if day else None, date_evidence=date_ev, place=place,
                     participants=order, mentioned=sorted(mentioned.values(), key=lambda m: m.id),
                     kind=kind, topics=topic_list, summary=summary, key_points=key_points, quotes=quotes,
                     sources=sources, confidence=confidence, conflicts=conflicts, review=review)


def _summary_sentence(c: Candidate) -> SummarySentence:
    return SummarySentence(text=c.text, article=c.article)


def _candidates(ctx: Context, units: list[Unit], people: dict[str, PersonRef],
                topics: dict[str, TopicRef],
                sourced: Callable[[str, str], str | None]) -> list[Candidate]:
    w, span = ctx.lang.settings.fuse.summary_weights, ctx.lang.settings.fuse.summary_words
    out = []
    for u in units:
        art = ctx.articles[u.article]
        for s in u.sentences:
            if art.kinds[s] != "body":
                continue
            text = sourced(u.article, art.sentence(s))
            if text is None:
                continue
            named = sum(1 for p in u.parties if s in p.sentences)
            themed = sum(1 for sentences in u.topics.values() if s in sentences)
            score = (named * w["participant"] + themed * w["topic"]
                     + (w["place"] if u.place and s in u.place.sentences else 0)
                     + (w["meeting_clause"] if s in u.core else 0) - w["position"] * s)  # own clauses first
            words = len(text.split())
            if not span["min"] <= words <= span["max"]:
                score -= w["length_penalty"]
            out.append(Candidate(u.article, s, text, ctx.lang.fold(text), score))
    return out


def _source(art: ArticleResult) -> Source:
    url = art.url if art.url and art.url.startswith(("http://", "https://")) else None
    return Source(article=art.name, title=art.title, outlet=art.outlet, published=art.published, url=url)


def _review(people: list[PersonRef], place: PlaceRef | None, precision: str, conflicts: list[Conflict],
            unresolved: list[str], date_conf: float, kind: str = "visit", sources: list[Source] | None = None,
            review_below: float = 0.6) -> Review:
    reasons = []
    # A source dated after today has a wrong publication date, and every relative date read
    # from it ("yesterday", "on Saturday") is wrong with it.
    future = sorted({str(s.published) for s in sources or () if s.published
                     and s.published.first_day() > dt.date.today()})
    if future:
        reasons.append("publication date in the future: " + ", ".join(future))
    if conflicts:
        reasons.append("sources disagree on " + ", ".join(sorted({c.field for c in conflicts})))
    provisional = [p.name for p in people if not p.in_gazetteer]
    if provisional:
        reasons.append("people not in the gazetteer: " + "، ".join(provisional))
    if unresolved:
        reasons.append("offices nobody in the gazetteer held on the date: " + "، ".join(unresolved))
    if place is None:
        if kind != "phone":  # a call has no meeting place by nature
            reasons.append("no place found")
    elif not place.in_gazetteer:
        reasons.append(f"place not in the gazetteer: {place.name}")
    elif not place.evidence:
        reasons.append("place taken from the dateline: no sentence names it")
    elif all(e.rule == "same visit" for e in place.evidence):
        reasons.append("place taken from another meeting of the same visit")
    if precision != "day":
        reasons.append(f"date known only to the {precision}" if precision != "unknown" else "no date found")
    if date_conf and date_conf < review_below:
        reasons.append("low confidence in the date")
    return Review(needed=bool(reasons), reasons=reasons)
