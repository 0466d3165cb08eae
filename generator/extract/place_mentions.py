"""Places named in a sentence, once its people are read: the gazetteer's places and countries
that are no part of a person's name, an organisation's name or a longer place name.

    "التقى الرئيس ... في سلطنة عمان" → Oman, not Amman; "منظمة شنغهاي للتعاون" → no place;
    "وأن" → the particle, not the city Van.
"""
from __future__ import annotations

from collections.abc import Sequence

from .doc import PlaceMention, Sent
from .lexicon import Lexicon

UNLISTED = "?"   # the place id of a town the world data does not list: "?" and its matching key


def place_mentions(sent: Sent, lex: Lexicon) -> list[PlaceMention]:
    """The sentence's place mentions, left to right ("في سلطنة عمان" → oman)."""
    out = []
    n = len(sent.toks)
    # "منظمة شنغهاي للتعاون"، "جامعة الدول العربية": a place inside an organisation's name,
    # and "سلطنة عمان" (Oman) holds "عمان" (Amman): a name inside a longer one is not read
    found = {kind: sent.tags.find(kind, 0, n) for kind in ("place", "country")}
    longer = [(o.start, o.end) for kind in ("org", "region") for o in sent.tags.find(kind, 0, n)] + [
        (m.start, m.end) for ms in found.values() for m in ms if m.end - m.start > 1]
    for kind in ("place", "country"):
        for m in found[kind]:
            if any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in longer):
                continue
            if not sent.taken.isdisjoint(range(m.start, m.end)) or _particle(sent, m.start, m.end) \
                    or clitic_in_a_word(sent, m.start, m.clitic, m.end, lex.clitics.conjunctions) \
                    or (m.value in lex.gaz.ambiguous and not _placed(sent, m.start, m.end)):
                continue
            out.append(PlaceMention(m.value, m.start, m.end, m.clitic, sent.bare(m.start, m.end, m.clitic, lex.clitics)))
    out += _unlisted(sent, lex, {k for p in out for k in range(p.start, p.end)})
    return sorted(out, key=lambda p: p.start)


def clitic_in_a_word(sent: Sent, at: int, clitic: str, end: int, conjunctions: Sequence[str]) -> bool:
    """A one-word place read through a clitic ("باندور" as ب + Indore) in a word the article also
    writes with a clitic of its own ("وباندور"): the word itself, a name ("ناليدي باندور")."""
    if not clitic or end - at != 1:
        return False
    whole = sent.toks[at].text
    return any(sent.counts.get(conj + whole, 0) for conj in conjunctions)


def _unlisted(sent: Sent, lex: Lexicon, placed: set[int]) -> list[PlaceMention]:
    """A town the world data does not list, named after a place noun: "في منتجع كوينزتاون
    الجبلي"، "في قرية بسارادس الصغيرة"، "مدينة أوهريد" (one word that is no vocabulary)."""
    out = []
    toks, tags = sent.toks, sent.tags
    for m in tags.find("place_noun", 0, len(toks)):
        k = m.end
        if not any(stem in lex.town_nouns for stem, _ in lex.clitics.readings(toks[m.start].text)):
            continue
        if k >= len(toks) or not sent.joined(k) or k in placed or k in sent.taken or tags.names_at(k) \
                or toks[k].text.startswith(lex.article) or not (lex.is_name_word(toks[k].text)
                                                                 or lex.foreign_ya(toks[k].text)):
            continue
        if k + 1 in placed:
            continue   # "في مدينة إكسبو دبي": a quarter of a listed city
        if k + 1 < len(toks) and sent.joined(k + 1) and lex.is_name_word(toks[k + 1].text) \
                and not toks[k + 1].text.startswith(lex.article) and not tags.names_at(k + 1):
            continue   # two unknown words: a name of something ("مطار جومو كينياتا"), not a town
        out.append(PlaceMention(UNLISTED + toks[k].text, k, k + 1, "", sent.display(k, k + 1), in_gazetteer=False))
    return out


def _particle(sent: Sent, a: int, b: int) -> bool:
    """"وأن" folds to the name of the city Van: a one-word place that reads as a clitic and
    a function word is that function word."""
    if b - a != 1 or a in sent.taken:
        return False
    return bool(sent.tags.at(a, "function") or sent.tags.at(a, "complementizer") or sent.tags.at(a, "months")
                or sent.tags.at(a, "date_word"))   # "آب" (August) is also the city إب


def _placed(sent: Sent, a: int, b: int) -> bool:
    """A place name that is also a word ("صور"، "العين") is the place only when the text
    says so: "مدينة صور"، "في صور اللبنانية"."""
    return bool((a > 0 and sent.tags.at(a - 1, "place_noun")) or (b < len(sent.toks) and sent.tags.at(b, "nisba")))
