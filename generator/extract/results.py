"""From an article's analysis to the cacheable ArticleResult that fusion works on."""
from __future__ import annotations

from .units import ArticleResult, PartyFact, PlaceFact, QuoteFact, Unit
from .article import Analysis
from .report import Report

MIN_WORD = 4


def _unit(an: Analysis, r: Report) -> Unit:
    art = an.article
    parties = [PartyFact(p.person, p.name, p.title, sorted(p.sentences), p.presence,
                         p.new_person is None) for p in r.parties.values() if p.person]
    place = None
    if r.place:
        place = PlaceFact(r.place.place, r.place.name, r.place.venue, r.place.evidence,
                          r.place.in_gazetteer, r.place.score, r.place.rule)
    words: set[str] = set()
    for s in r.sentences:
        words.update(t.text for t in art.sentences[s].toks if len(t.text) >= MIN_WORD)
    quotes = [QuoteFact(q.speaker_id, q.speaker, q.text, q.sentence) for q in r.quotes]
    mentioned = [(pid, why, s, name) for pid, (why, s, name) in sorted(r.mentioned.items())]
    return Unit(art.name, r.index, r.kind, parties, mentioned, list(r.unresolved), place,
                r.date.constraint, r.date.window, list(r.date.evidence), list(r.date.conflicts),
                {k: sorted(v) for k, v in sorted(r.topics.items())}, quotes, list(r.sentences),
                frozenset(words), tuple(r.core), r.fallback)


def result_of(an: Analysis) -> ArticleResult:
    """Everything fusion and `digest check --explain` need from one analysed article."""
    art = an.article
    return ArticleResult(
        name=art.name, path=art.path, title=art.title, outlet=art.meta.outlet,
        published=art.published, url=art.url,
        sentences=[s.text for s in art.sentences], kinds=[s.kind for s in art.sentences],
        units=[_unit(an, r) for r in an.reports], new_people=dict(an.new_people),
        warnings=list(art.warnings), removed=[(r.no, r.text, r.rule) for r in art.removed],
        dateline=art.meta.dateline, encoding=art.encoding)
