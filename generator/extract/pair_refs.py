"""Who a pair word and a spouse are, for the events (events.py).

"وانتقل الرئيسان إلى القصر" names the last two presidents the text named; "وأجرى الرجلان
مباحثات" the last two people. "استقبله الرئيس وقرينته" names a spouse, at the welcome and not
in the talks, unless a text puts her there ("بحضور السيدة الأولى").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .doc import ClauseKind, Doc, PersonMention, Status

if TYPE_CHECKING:
    from .frames import Frame

# Offices whose head word with a body after it names another office ("رئيس الوزراء")
SOLE_HEADS = ("president", "king")


def _pair_words(doc: Doc, f: "Frame") -> list[str]:
    sent, lex = doc.sents[f.sentence], doc.lex
    return [lex.fold(str(m.value)) for c in f.clauses
            for m in sent.tags.find("pair", sent.clauses[c].start, sent.clauses[c].end)]


def dual_pair(doc: Doc, f: "Frame") -> bool:
    """The frame's pair word is a dual ("الرجلان"، "الجانبين"), not a plural ("القادة")."""
    return any(w in doc.lex.dual_pairs for w in _pair_words(doc, f))


def pair_of(doc: Doc, f: "Frame", seen: list[int]) -> set[int]:
    """The last two people named (not as someone's possessor, not in a background or quoted
    clause) in this sentence before the frame and the few before it, after those `seen`;
    holders of the office the pair word is the dual of ("الرئيسان"), when two such are named."""
    office = next((o for w in _pair_words(doc, f) if (o := doc.lex.dual_pairs.get(w))), None)
    if office is not None:
        # (the office itself: "رئيس الوزراء" is no president, while ministers differ by portfolio)
        holders = _last_two(doc, f, list(seen), lambda e: any(
            t.core == office or (t.office == office and office not in SOLE_HEADS) for t in doc.entities[e].titles))
        if len(holders) == 2:
            return holders
    return _last_two(doc, f, seen, lambda e: True)


def _last_two(doc: Doc, f: "Frame", seen: list[int], fits: Callable[[int], bool]) -> set[int]:
    for s in range(f.sentence, f.sentence - doc.lex.settings.carry_sentences - 1, -1):
        if s < 0 or doc.sents[s].kind != "body":
            continue
        sent = doc.sents[s]
        for p in reversed(sent.people):
            if p.entity is None or p.genitive or (s == f.sentence and p.span[0] >= f.trigger):
                continue
            clause = sent.clauses[sent.clause_of(p.span[0])] if sent.clauses else None
            if clause is not None and (clause.status is not Status.ACTUAL or clause.kind is ClauseKind.REPORTING):
                continue
            e = doc.resolve(p.entity)
            if doc.entities[e].named and not doc.entities[e].weak and e not in seen and fits(e):
                seen.append(e)
            if len(seen) == 2:
                return set(seen)
    return set(seen)


def spouse(doc: Doc, e: int) -> bool:
    """The person is introduced as a spouse ("وقرينته السيدة فاليري"، "برفقة السيدة الأولى")
    and never said to be at the talks ("بحضور السيدة الأولى"، "وشاركت في اللقاء")."""
    lex = doc.lex
    mentions = doc.entities[e].mentions

    def took_part(m: PersonMention) -> bool:
        link = doc.sents[m.sentence].tags.find("presence", 0, m.span[0])
        return bool(link) and not doc.sents[m.sentence].tags.at(link[-1].start, "company")

    def introduced(m: PersonMention) -> bool:
        if m.title is not None and m.title.office == "first-lady":
            return True
        sent = doc.sents[m.sentence]
        k = m.span[0] - 1
        if k >= 0 and sent.tags.at(k, "honorific"):
            k -= 1          # "وقرينته السيدة ليزا"
        return k >= 0 and any(stem in lex.spouse_words for stem, _ in lex.clitics.readings(sent.toks[k].text))
    # (one person's names, all with the same first word: "الرئيس أردوغان وعقيلته أمينة أردوغان"
    # may have joined two people under one family name)
    firsts = {lex.fold(doc.sents[m.sentence].display(m.start, m.end)).split()[0] for m in mentions
              if m.name and m.end > m.start}
    return len(firsts) == 1 and any(introduced(m) for m in mentions) and not any(took_part(m) for m in mentions)
