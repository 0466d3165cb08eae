"""Arabic folding for site search: the same rules on the index (here) and on queries (the worker).

Compound names fold together however they are spaced: the index holds "عبد الله" both as its
two words and as "عبدالله", and a query reads "دير الزور" as "ديرالزور", so either spelling
finds either (search.yaml `spacing`).

The rules come from generator/lang/data/normalisation.yaml (letters, diacritics, digits) and
data/search.yaml (stop words, clitics). The site layer must not import the NLP packages, so
the few steps search needs are reimplemented here, and `tables()` hands the very same data
and regular expressions to the browser's search worker, which applies them in the same order.
"""
from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from .. import yamlio

NORMALISATION = Path(__file__).resolve().parents[1] / "lang" / "data" / "normalisation.yaml"
SETTINGS = Path(__file__).parent / "data" / "search.yaml"

# Written once, used by both sides: Python's `regex` and JavaScript's RegExp (flag "u") read
# these patterns the same way.
ARABIC_LETTER = "\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF"
WORD = "[\\p{L}\\p{N}]+"


def _class(ranges: list) -> str:
    return "".join(f"\\u{int(a, 16):04X}-\\u{int(b, 16):04X}" for a, b in ranges)


def _escape(chars: str) -> str:
    return "".join(f"\\u{ord(c):04X}" for c in chars)


@dataclass(frozen=True)
class Rules:
    """Folding, word splitting and stop words, in a form both Python and JavaScript can run."""

    remove: str            # invisible marks and diacritics (a character class)
    censor: str            # marks typed next to a tatweel inside a word (إطـ.ـلاق)
    tatweel: str
    letters: dict          # one character → one character (hamza forms, ى, ة, digits …)
    stop: frozenset
    whole: frozenset       # never read as clitic + word
    conjunctions: tuple
    prepositions: tuple
    article: str
    min_article: int
    min_clitic: int
    max_distance: float
    weights: dict
    labels: dict
    seats: tuple = ()                      # (pattern, letter): a hamza's seat keyed as the other ("شئون" → "شؤون")
    joining: frozenset = frozenset()       # words read with the next one ("عبد" + "الله")
    joined_names: frozenset = frozenset()  # other two-word names, as "first second"

    @functools.cached_property
    def _remove(self) -> regex.Pattern:
        return regex.compile(self.remove)

    @functools.cached_property
    def _censor(self) -> regex.Pattern:
        return regex.compile(self.censor)

    @functools.cached_property
    def _seats(self) -> list[tuple[regex.Pattern, str]]:
        return [(regex.compile(pattern), letter) for pattern, letter in self.seats]

    @functools.cached_property
    def _table(self) -> dict:
        return str.maketrans(self.letters)

    @functools.cached_property
    def _word(self) -> regex.Pattern:
        return regex.compile(WORD)

    def fold(self, text: str) -> str:
        """The matching form of any text: what a reader would consider the same letters."""
        text = unicodedata.normalize("NFKC", text)
        if self.tatweel in text:  # every censorship mark sits next to a tatweel
            text = self._censor.sub("", text).replace(self.tatweel, "")
        text = self._remove.sub("", text)
        for pattern, letter in self._seats:
            text = pattern.sub(letter, text)
        return text.translate(self._table)

    def is_stop(self, word: str) -> bool:
        """A stop word, alone or after و / ف ("وفي")."""
        return word in self.stop or (word[:1] in self.conjunctions and word[1:] in self.stop)

    def words(self, text: str) -> list[str]:
        """Folded words of a text that search looks at (no stop words, no single letters)."""
        return [w for w in self._word.findall(self.fold(text)) if len(w) > 1 and not self.is_stop(w)]

    def joins(self, first: str, second: str) -> bool:
        """Whether two folded words, a space apart, are one name also written without the space:
        a joining word and the name after it ("عبد الله", "وأبو ظبي"), or a listed name
        ("دير الزور")."""
        if len(second) < 2 or self.is_stop(second):
            return False
        bare = first[1:] if first[:1] in self.conjunctions and first[1:] in self.joining else first
        return bare in self.joining or f"{bare} {second}" in self.joined_names

    def _spans(self, text: str) -> tuple[str, list]:
        folded = self.fold(text)
        return folded, list(self._word.finditer(folded))

    def joined(self, text: str) -> list[str]:
        """The names of a text written without their space ("عبد الله" → "عبدالله"): indexed
        beside the words, so that either spelling finds them."""
        folded, found = self._spans(text)
        return [a.group() + b.group() for a, b in zip(found, found[1:])
                if folded[a.end():b.start()].isspace() and self.joins(a.group(), b.group())]

    def query_words(self, text: str) -> list[str]:
        """The words of a query, names of two parts read as one ("دير الزور" → "ديرالزور")."""
        folded, found = self._spans(text)
        out, i = [], 0
        while i < len(found):
            w = found[i].group()
            if (i + 1 < len(found) and folded[found[i].end():found[i + 1].start()].isspace()
                    and self.joins(w, found[i + 1].group())):
                w, i = w + found[i + 1].group(), i + 1
            out.append(w)
            i += 1
        return [w for w in out if len(w) > 1 and not self.is_stop(w)]

    def tables(self) -> dict:
        """Everything the search worker needs to fold queries exactly as the index was folded."""
        return {
            "remove": self.remove, "censor": self.censor, "tatweel": self.tatweel,
            "letters": self.letters, "seats": [list(seat) for seat in self.seats], "word": WORD, "stop": sorted(self.stop),
            "whole": sorted(self.whole), "conjunctions": list(self.conjunctions), "prepositions": list(self.prepositions),
            "article": self.article, "min_article": self.min_article,
            "min_clitic": self.min_clitic, "weights": self.weights,
            "joining": sorted(self.joining), "joined_names": sorted(self.joined_names),
        }


@functools.cache
def load_rules(normalisation: Path = NORMALISATION, settings: Path = SETTINGS) -> Rules:
    """The search rules from the project's normalisation data and the site's search settings."""
    norm = yamlio.load(normalisation)
    conf = yamlio.load(settings)
    tatweel = norm["tatweel"]
    # Diacritics go from the matching form only; invisible marks from both forms.
    remove = f"[{_class(norm['invisible'])}{_class(norm['diacritics'])}]"
    marks, tw = _escape(norm["censor_marks"]), _escape(tatweel)
    censor = (f"(?<=[{ARABIC_LETTER}])(?:{tw}+[{marks}]+{tw}*|{tw}*[{marks}]+{tw}+)"
              f"(?=[{ARABIC_LETTER}])")
    letters = dict(norm["fold"])
    for digits in norm["digits"]:
        letters.update({ch: str(i) for i, ch in enumerate(digits)})
    letters.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
    clitics = norm["clitics"]
    seats = tuple((f"{_escape(seat)}(?={_escape(before)})", letter) for seat, before, letter in norm.get("seats") or [])
    rules = Rules(remove=remove, censor=censor, tatweel=tatweel, letters=letters, seats=seats,
                  stop=frozenset(), whole=frozenset(), conjunctions=tuple(clitics["conjunctions"]),
                  prepositions=tuple(clitics["prepositions"]), article=clitics["article"][0],
                  min_article=int(conf["min_base"]["article"]),
                  min_clitic=int(conf["min_base"]["clitic"]),
                  max_distance=float(conf["max_spelling_distance"]),
                  weights=dict(conf["weights"]), labels=dict(conf["labels"]))
    def fold_all(items: Iterable[object]) -> frozenset[str]:
        return frozenset(w for s in items for w in rules._word.findall(rules.fold(str(s))))

    spacing = conf.get("spacing") or {}
    return dataclasses.replace(
        rules, stop=fold_all(conf["stopwords"]), whole=fold_all(conf.get("whole_words") or []),
        joining=fold_all(spacing.get("joining_words") or []),
        joined_names=frozenset(" ".join(rules._word.findall(rules.fold(str(name))))
                               for name in spacing.get("names") or []))
