"""Tests on one token of a sentence for the name reader (names.py): whether a word may be
part of a personal name, stops one, joins one, or is a phrase in a name's place ("بدور الهند").

Example: "وونغ" after "لورنس" is a name's last word (its و a letter), "وميركل" after "ماكرون"
(written alone elsewhere) is و and a second person.
"""
from __future__ import annotations

import regex

from .doc import Sent
from .lexicon import Lexicon
from .place_mentions import clitic_in_a_word

# lists whose words are never part of a name
STOP_LISTS = frozenset({"function", "date_word", "head", "honorific", "trigger", "reporting", "not_name",
                        "reference", "style_pronoun", "pair", "complementizer", "presence", "noun",
                        "definite", "org"})


class TokenTests:
    """The language's name data, and tests on single tokens."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        n = lex.lang.names
        self.max_words = n.max_words
        self.min_untitled = n.min_words_untitled
        self.min_titled = n.min_words_titled
        self.max_plain = n.max_plain_words
        self.family_repeats = n.family_repeats
        self.particle_names = lex.particle_names
        self.ta_marbuta = lex.lang.meetings.feminine_ending
        self.nisba_endings = (lex.fold(lex.lang.names.adjective_ending),)
        self.construct_endings = tuple(lex.fold(e) for e in n.construct_endings)
        self.construct_prepositions = frozenset(n.construct_prepositions)
        self.present_verb = regex.compile(n.present_verb_shape)
        self.plural_verb = regex.compile(n.plural_verb_shape) if n.plural_verb_shape else None
        self.tanween = "".join(chr(int(c, 16)) for c in n.tanween)
        self.alif_maqsura = n.alif_maqsura
        self.hamza_alefs = tuple(n.hamza_alefs)
        # the alefs the verb list is written with ("أدى"): "إدي راما" opens with another, no verb
        self.verb_alefs = frozenset(w[:1] for w in n.verbs if w.startswith(self.hamza_alefs))
        self.verb_keys = frozenset(lex.fold(w) for w in n.verbs)
        self.titled_shapes = regex.compile("|".join(f"(?:{p})" for p in n.titled_name_shapes))
        # the alef each joiner is written with ("أبي"، "آل"): "آبي" (Abe) is no "أبي"
        self.joiner_alefs: dict[str, set[str]] = {}
        for w in n.joiners:
            self.joiner_alefs.setdefault(lex.fold(w), set()).add(w[:1])

    def definite(self, sent: Sent, j: int) -> bool:
        """Token j has the article ("الأسد"); "ألكسندر" and "إلهام" only look like it on the
        matching key: the article is never written with a hamza."""
        word = sent.toks[j].text
        return word.startswith(self.lex.article) and word not in self.lex.given_names \
            and not sent.display(j, j + 1).startswith(self.hamza_alefs)

    def _written_joiner(self, sent: Sent, j: int) -> bool:
        """Token j is a joiner as written, with the joiner's own alef ("آبي" is Abe)."""
        first = sent.display(j, j + 1)[:1]
        return first not in self.hamza_alefs or first in self.joiner_alefs.get(sent.toks[j].text, {first})

    def _stop(self, sent: Sent, j: int, titled: bool = False) -> bool:
        """Token j can be no part of a name (whatever came before it)."""
        here = sent.tags.names_at(j)
        if "function" in here and self._short_particle_reading(sent, j, titled):
            here = here - {"function"}
        if "news_verb" in here and self.not_the_verb(sent, j):
            here = here - {"news_verb", "not_name"}
        if "honorific" in here and self._style_as_family(sent, j):
            here = here - {"honorific"}
        return bool(j in sent.taken or not here.isdisjoint(STOP_LISTS) or self._place(sent, j, titled)
                    or ("nisba" in here and not self._place_name_word(sent, j)))

    def _style_as_family(self, sent: Sent, j: int) -> bool:
        """A style right after a first name, with nothing name-like after it, is the family
        name: "رئيس مجلس النواب مازن القاضي، في مكتبه" (not Mazen and a judge)."""
        toks = sent.toks
        if j == 0 or not sent.joined(j) or toks[j - 1].text not in self.lex.given_names \
                or not toks[j].text.startswith(self.lex.article) or not sent.tags.at(j, "honorific"):
            return False
        return not (j + 1 < len(toks) and sent.joined(j + 1) and self.lex.is_name_word(toks[j + 1].text)
                    and not sent.tags.at(j + 1, "date_word"))

    def _waw_article_name(self, word: str) -> bool:
        """و + the article + letters that are no word of the language: "والتز" (Waltz)."""
        lex = self.lex
        rest = word[1:]
        bare = rest[len(lex.article):]
        return word[:1] in lex.clitics.conjunctions and rest.startswith(lex.article) and len(bare) >= 2 \
            and rest not in lex.known and bare not in lex.known

    def not_the_verb(self, sent: Sent, j: int) -> bool:
        """Token j folds to a verb of the list but opens with another alef ("إدي" is no "أدى")."""
        if sent.toks[j].text not in self.verb_keys:   # (a set lookup first: this runs for every name word)
            return False
        first = sent.display(j, j + 1)[:1]
        return first in self.hamza_alefs and first not in self.verb_alefs

    def _short_particle_reading(self, sent: Sent, j: int, titled: bool = False) -> bool:
        """After a first name, a word read as a function word only through a clitic and a stem
        of two letters is a family name ("موسى فكي محمد": not ف + كي); after a title, one read
        so through ف before another name word opens a name ("رئيس الوزراء الفيتنامي فام مينه
        تشينه": not ف + أم)."""
        m = sent.tags.at(j, "function")
        toks = sent.toks
        if m is None or m.clitic == "" or len(toks[j].text) - len(m.clitic) > 2 or j == 0 or not sent.joined(j):
            return False
        if toks[j - 1].text in self.lex.given_names:
            return True
        return titled and m.clitic == self.lex.lang.names.name_clitic and j + 1 < len(toks) and sent.joined(j + 1) \
            and self.lex.is_name_word(toks[j + 1].text) and not self._hard_stop(sent, j + 1)

    def _place_name_word(self, sent: Sent, j: int, titled: bool = False) -> bool:
        return (sent.tags.at(j, "place") or sent.tags.at(j, "country")) is not None and not self._place(sent, j, titled)

    def _place(self, sent: Sent, j: int, titled: bool = False) -> bool:
        """A place ends a name, unless a name word follows it: "فلاديمير بوتين" and "جورجيا
        ميلوني" begin with a city's and a country's name (after a title, whatever its shape:
        "رئيس باراغواي سانتياغو بينيا", where "بينيا" looks like "رسميا")."""
        m = sent.tags.at(j, "place") or sent.tags.at(j, "country")
        if m is None or clitic_in_a_word(sent, j, m.clitic, m.end, self.lex.clitics.conjunctions):
            return False
        nxt = m.end
        toks = sent.toks
        # (but "إلى واشنطن مطلع الأسبوع": a noun governing a definite one is no family name)
        # ("نور سلطان نزارباييف اليوم": today, after a name, governs nothing)
        construct = nxt + 1 < len(toks) and sent.joined(nxt + 1) and toks[nxt + 1].text.startswith(self.lex.article) \
            and not sent.tags.at(nxt + 1, "date_word")
        # ("سيادة اذربيجان وسلامة اراضيها": و joins another noun, no family name)
        return not (m.clitic == "" and nxt < len(toks) and sent.joined(nxt)
                    and self.lex.is_name_word(toks[nxt].text, shapes=not titled) and not self._and(toks[nxt].text)
                    and not self.definite(sent, nxt)
                    and not (sent.tags.at(nxt, "place") or sent.tags.at(nxt, "country"))
                    and not (construct and toks[j].text not in self.lex.given_names))

    def _hard_stop(self, sent: Sent, j: int) -> bool:
        """Token j ends a name even after a joiner ("ولد الشيخ" goes on, "بن في" does not)."""
        tags = sent.tags
        # a month after a joiner is a name ("دي مايو") unless a year follows it
        dated = tags.at(j, "date_word") and j + 1 < len(sent.toks) and sent.toks[j + 1].text.isdigit()
        return bool(j in sent.taken or tags.at(j, "function") or dated
                    or tags.at(j, "trigger") or tags.at(j, "reporting") or tags.at(j, "complementizer"))

    def _tanween(self, sent: Sent, j: int) -> bool:
        """"أعداداً"، "رسمياً": a word written with tanween is an indefinite noun, not a name."""
        return any(ch in self.tanween for ch in sent.display(j, j + 1))

    def skip_honorifics(self, sent: Sent, i: int) -> tuple[int, str | None]:
        """Token after the honorifics that start at i, and the first of them."""
        style = None
        while i < len(sent.toks) and (m := sent.tags.at(i, "honorific")) and m.clitic == "":
            style = style or m.value
            i = m.end
        return i, style

    def _and(self, word: str) -> bool:
        """The word may be و and another word, or a preposition and a common word ("لبطولة")."""
        first = self.lex.clitics.conjunctions[:1]
        return any((c[:1] in first and len(stem) >= 3) or (c and stem in self.lex.common_words)
                   for stem, c in self.lex.clitics.readings(word)[1:])

    def coordinated(self, word: str) -> bool:
        """"وفيرشينين": و joining a second name, not a letter of this one."""
        lex = self.lex
        return any(clitic[:1] in lex.clitics.conjunctions[:1] and len(stem) >= 3 and lex.is_name_word(stem)
                   and stem not in lex.joiners for stem, clitic in lex.clitics.readings(word)[1:])

    def _waw_stems(self, word: str) -> list[str]:
        """The word's readings without a leading و ("وونغ" → "ونغ")."""
        return [stem for stem, clitic in self.lex.clitics.readings(word)[1:] if clitic[:1] in self.lex.clitics.conjunctions[:1]]

    def _whole_word(self, sent: Sent, word: str) -> bool:
        """A word opening with و that the article repeats and never writes without it: a name."""
        n = sent.counts.get(word, 0)
        return n >= self.family_repeats and all(sent.counts.get(stem, 0) <= n for stem in self._waw_stems(word))

    def _prepositional(self, sent: Sent, j: int) -> bool:
        """Token j is ب or ل on a noun, and a word with the article (after one more noun at
        most) or a place follows it: a phrase ("بدور الهند"، "بدور ماليزيا"، "بحلول عيد الفطر"),
        no family name. A word the article writes again is a name ("مايك بومبيو العاصمة
        السودانية"), and so is one before a day or an adjective ("ميشيل باشليه الجمعة")."""
        lex, toks, n = self.lex, sent.toks, len(sent.toks)
        word = toks[j].text
        if word in lex.given_names or word in lex.foreign_given or sent.counts.get(word, 0) >= self.family_repeats \
                or (j > 0 and toks[j - 1].text in lex.joiners):   # "فون دير لاين"
            return False
        # (a long stem in -و is a foreign name, no Arabic noun: "ليوناردو سانتوس سيماو", "برونو")
        clitics = {clitic[-1:] for stem, clitic in lex.clitics.readings(word)[1:]
                   if clitic.endswith(lex.noun_prepositions) and len(stem) >= 3 and not stem.startswith(lex.article)
                   and not (len(stem) >= 4 and stem.endswith(lex.lang.names.foreign_o))}
        if not clitics:
            return False
        # (a construct of two nouns only after ب: "لاين دعم الاتحاد" is a name and a noun)
        for k in (j + 1, j + 2) if lex.noun_prepositions[0] in clitics else (j + 1,):
            if k >= n or not sent.joined(k) or self._hard_stop(sent, k) \
                    or any(sent.tags.at(k, kind) for kind in ("date_word", "nisba", "head", "honorific")):
                return False
            if self.definite(sent, k) or (k == j + 1 and (sent.tags.at(k, "country") or sent.tags.at(k, "place"))):
                return True
            if toks[k].text in lex.given_names or toks[k].text in lex.foreign_given:
                return False
        return False

    def _two_foreign_words(self, sent: Sent, k: int) -> bool:
        """Tokens k and k + 1 are name words no vocabulary knows, with no article or tag."""
        lex = self.lex
        return k + 1 < len(sent.toks) and all(
            sent.joined(x) and x not in sent.taken and not sent.tags.names_at(x) and not self.definite(sent, x)
            and sent.toks[x].text not in lex.known and lex.is_name_word(sent.toks[x].text) for x in (k, k + 1))

    def _ta_name(self, sent: Sent, j: int) -> bool:
        """Token j is written with ة, no vocabulary knows it and no tag marks it: "سلامة"، "عطية",
        read as a word and "his" only where ة and ه are one letter."""
        word = sent.toks[j].text
        return sent.written_with(j, self.ta_marbuta) and word not in self.lex.known and not sent.tags.names_at(j) \
            and word not in self.lex.common_words

    def _joiners(self, sent: Sent, a: int, b: int) -> int:
        """How many of tokens [a, b) are joiners written apart (بن، آل)."""
        return sum(1 for k in range(a, b) if sent.toks[k].text in self.lex.joiners)

    def maqsura(self, sent: Sent, j: int) -> bool:
        """Token j is written with ى where the article tells ى from ي ("على", not "علي")."""
        return not sent.ya_as_alif and sent.display(j, j + 1).endswith(self.alif_maqsura) \
            and not sent.toks[j].text.endswith(self.alif_maqsura)

    def _family_with_waw(self, sent: Sent, j: int) -> bool:
        """Token j's و is a letter of the name (waw_is_a_letter), and no name word follows: the
        last word of one name ("لورنس وونغ")."""
        lex = self.lex
        if j + 1 < len(sent.toks) and sent.joined(j + 1) and lex.is_name_word(sent.toks[j + 1].text):
            return False
        return self.waw_is_a_letter(sent, j)

    def waw_is_a_letter(self, sent: Sent, j: int) -> bool:
        """Token j opens with و, and the rest is no word, no first name and never written alone
        in the article ("وافيل", "وونغ")."""
        lex = self.lex
        word = sent.toks[j].text
        # (written alone: as a word of its own, not as the reading of another one, "لونغ" = ل + "ونغ")
        return all(stem not in lex.known and stem not in lex.given_names and stem not in lex.foreign_given
                   and (stem not in sent.follows if sent.follows else sent.counts.get(stem, 0) <= sent.counts.get(word, 0))
                   for stem in self._waw_stems(word))
