"""Where a meeting took place: the place of its clauses, not the dateline or a place discussed.

Every place in a meeting clause is scored by the words before it: "في/ب/داخل" (there),
"وصل إلى / زيارة إلى" (the visit's destination), against "عودته إلى، متوجهاً إلى، قادماً
من، لا في" (not there) and "الأوضاع في، القوات الأجنبية في" (a subject of the talks). The most specific well-scored place wins; a venue or base gives
its city ("قصر الشاطئ" → أبوظبي) and is kept as the venue.

Example: "موسكو – التقى شويغو الأسد في دمشق" → دمشق (the dateline was never a sentence).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import Gazetteer
from ..lang import Language
from ..text.phrases import Clitics, Token, readings, verbal
from .mentions import PlaceMention

SPECIFIC = {"venue": 4, "base": 4, "city": 3, "region": 2, "country": 1}
# Meetings happen in cities, bases and venues; a province or country in a meeting clause
# is more often what was discussed ("الأوضاع في محافظة إدلب") or a visit's broad destination.
KIND_WEIGHT = {"venue": 1.0, "base": 1.0, "city": 1.0, "region": 0.3, "country": 0.6}


@dataclass
class PlaceChoice:
    place: str | None                 # gazetteer id (None for a place the gazetteer lacks)
    name: str                         # as the gazetteer (or the text) names it
    venue: str | None = None          # venue id
    evidence: list[int] = field(default_factory=list)    # sentence indices
    in_gazetteer: bool = True
    score: float = 0.0
    rule: str = "meeting clause"


@dataclass
class Candidate:
    place: str
    score: float
    sentence: int
    name: str


class PlaceRules:
    def __init__(self, lang: Language) -> None:
        m = lang.meetings
        self.not_here = sorted({lang.fold(p) for p in m.place_not_here}
                               | {lang.fold(f"{noun} في") for noun in m.place_discussed}, key=len, reverse=True)
        self.here = lang.keyset(m.place_here)
        self.here_clitics = frozenset(m.place_here_clitics)
        self.towards = lang.keyset(m.place_towards)
        self.towards_clitics = frozenset(m.place_towards_clitics)
        self.not_object = lang.keyset(m.place_not_object)
        self.arrive = lang.keyset(m.arrival)
        self.place_nouns = lang.keyset(m.place_nouns)


def score_mention(key: str, toks: list[Token], pm: PlaceMention, seg_start: int, rules: PlaceRules,
                  headline: bool) -> float:
    """How strongly a place mention in a meeting clause says "the meeting was here"."""
    before = key[max(0, toks[pm.start].start - 40):toks[pm.start].start].strip()
    for phrase in rules.not_here:
        if before.endswith(phrase) and (len(before) == len(phrase) or before[-len(phrase) - 1] == " "):
            return -1.0
    prev = toks[pm.start - 1].text if pm.start > 0 else ""
    clitic = pm.clitic.lstrip("".join(Clitics.conjunctions))
    arriving = any(stem in rules.arrive for t in toks[seg_start:pm.start] for stem, c in readings(t.text)
                   if verbal(c))
    if clitic in rules.here_clitics or prev in rules.here or prev in rules.place_nouns:
        base = 3.0
    elif prev in rules.towards or clitic in rules.towards_clitics:
        base = 3.0 if arriving else 1.0
    elif clitic == "" and prev not in rules.not_object and arriving:
        base = 3.0  # "زار ... قاعدة حميميم": the object of a visit
    else:
        base = 0.5
    return base * (0.7 if headline else 1.0)


def choose(cands: list[Candidate], gaz: Gazetteer) -> PlaceChoice | None:
    """The meeting's place from scored candidates (see the module docstring)."""
    good = [Candidate(c.place, c.score * KIND_WEIGHT.get(gaz.places[c.place].kind if c.place in gaz.places
                                                         else "city", 1.0), c.sentence, c.name)
            for c in cands if c.score > 0]
    if not good:
        return None
    totals: dict[str, float] = {}
    for c in good:
        totals[c.place] = totals.get(c.place, 0.0) + c.score
    def rank(pid: str) -> tuple[float, int]:
        kind = gaz.places[pid].kind if pid in gaz.places else "city"
        return (min(totals[pid], 6.0), SPECIFIC.get(kind, 0))
    best = max(totals, key=rank)
    # prefer something more specific inside the winner when the text supports it
    inner = [p for p in totals if p != best and gaz.contains(best, p) and totals[p] >= 1.0]
    if inner:
        best = max(inner, key=rank)
    place = gaz.places.get(best)
    venue = None
    if place and place.kind == "venue":
        city = gaz.city_of(best)
        venue, place = best, city
    elif place and place.kind in ("city", "region"):
        venues = [p for p in totals if p in gaz.places and gaz.places[p].kind == "venue"
                  and gaz.contains(best, p) and totals[p] >= 1.0]
        venue = max(venues, key=rank) if venues else None
    pid = place.id if place else best
    evidence = sorted({c.sentence for c in good if c.place in (pid, venue)})
    name = place.name if place else next(c.name for c in good if c.place == best)
    return PlaceChoice(pid if place else None, name, venue, evidence, place is not None, totals[best])
