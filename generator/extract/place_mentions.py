"""Places named in a sentence, once its people are read: the gazetteer's places and countries
that are no part of a person's name, an organisation's name or a longer place name.

    "التقى الرئيس ... في سلطنة عمان" → Oman, not Amman; "منظمة شنغهاي للتعاون" → no place;
    "وأن" → the particle, not the city Van.
"""
from __future__ import annotations

from .doc import PlaceMention, Sent
from .lexicon import Lexicon


def place_mentions(sent: Sent, lex: Lexicon) -> list[PlaceMention]:
    """The sentence's place mentions, left to right ("في سلطنة عمان" → oman)."""
    out = []
    n = len(sent.toks)
    # "منظمة شنغهاي للتعاون"، "جامعة الدول العربية": a place inside an organisation's name,
    # and "سلطنة عمان" (Oman) holds "عمان" (Amman): a name inside a longer one is not read
    found = {kind: sent.tags.find(kind, 0, n) for kind in ("place", "country")}
    longer = [(o.start, o.end) for o in sent.tags.find("org", 0, n)] + [
        (m.start, m.end) for ms in found.values() for m in ms if m.end - m.start > 1]
    for kind in ("place", "country"):
        for m in found[kind]:
            if any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in longer):
                continue
            if not sent.taken.isdisjoint(range(m.start, m.end)) or _particle(sent, m.start, m.end) \
                    or (m.value in lex.gaz.ambiguous and not _placed(sent, m.start, m.end)):
                continue
            out.append(PlaceMention(m.value, m.start, m.end, m.clitic, sent.bare(m.start, m.end, m.clitic, lex.clitics)))
    return sorted(out, key=lambda p: p.start)


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
