"""Where a word stands, for the people finder: a country's adjective, a place after its noun,
another person's first name, a cleric's style before a head word, a word inside a place name.

Example: "في العاصمة الشيلية سانتياغو" → سانتياغو is the city, no first name.
"""
from __future__ import annotations

from ..lang.words import Match
from .doc import Sent
from .lexicon import Lexicon


class MentionContext:
    """Tests on the words around a mention."""

    lex: Lexicon

    @staticmethod
    def _adjective(sent: Sent, i: int) -> bool:
        """Token i is a country's adjective anywhere but right after a verb: "الرئيس السوداني"
        is Sudan's president, "وعقد السوداني وأردوغان" names Iraq's prime minister."""
        return bool(sent.tags.at(i, "nisba")) and not (i > 0 and any(
            sent.tags.at(i - 1, kind) for kind in ("trigger", "reporting", "news_verb", "presence_verb")))

    def _after_place_noun(self, sent: Sent, i: int) -> bool:
        """Token i is a place's name right after a place noun, or after its adjective
        ("العاصمة الشيلية سانتياغو")."""
        if not (sent.tags.at(i, "place") or sent.tags.at(i, "country")):
            return False
        art = self.lex.article
        return any(sent.tags.at(k, "place_noun") and all(
            sent.tags.at(x, "nisba") or (sent.toks[x].text.startswith(art) and not sent.tags.names_at(x))
            for x in range(k + 1, i)) for k in range(max(0, i - 2), i))

    def _other_first_name(self, sent: Sent, i: int, person: str) -> bool:
        """A known first name stands right before a family name, and it is none of that person's."""
        if i == 0 or not sent.joined(i) or (i - 1) in sent.taken:
            return False
        word = sent.toks[i - 1].text
        if word not in self.lex.given_names and word not in self.lex.foreign_given:
            return False
        known = self.lex.gaz.people.get(person)
        if known is None:
            return False
        lang = self.lex.lang
        own = {w for name in (known.name, *known.variants) for w in lang.name_key(name)}
        return not set(lang.name_key(sent.display(i - 1, i))) <= own

    def _after_cleric(self, sent: Sent, i: int, head: Match) -> bool:
        """Head word i, without the article, right after a cleric's or a courtesy style ("مولوي
        أمير خان متقي"): a first name, not the office "أمير"."""
        h = sent.tags.at(i - 1, "honorific") if i > 0 and head.clitic == "" else None
        return h is not None and h.end == i and not sent.toks[i].text.startswith(self.lex.article) \
            and self.lex.honorific_kind.get(str(h.value)) in ("religious", "courtesy")

    @staticmethod
    def _in_place_name(sent: Sent, i: int) -> bool:
        """Token i is inside a place name of several words that begins before it."""
        return any((m := sent.tags.at(j, kind)) is not None and m.end > i
                   for kind in ("place", "country") for j in range(max(0, i - 3), i))

