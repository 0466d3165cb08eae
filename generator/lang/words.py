"""Words and phrases on the matching key: tokens, clitics and a multi-word phrase index.

A gazetteer entry "الأسد" must match "بالأسد", "والأسد" and "للأسد" (ل + الأسد loses its
alef). Phrases are indexed by their first word, so finding every entry in a sentence costs
one dictionary lookup per word and clitic reading, whatever the gazetteer's size.

The clitic letters come from normalisation.yaml through one `Clitics` object that the
language loader builds; every index that reads clitics is given it (no module state).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Generic, Iterable, Mapping, NamedTuple, TypeVar

import regex

WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
T = TypeVar("T")

MIN_STEM = 2


def _longest_first(entry: tuple) -> int:
    return -len(entry[0])


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokens(key: str) -> list[Token]:
    """Words of a matching key with their key spans."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(key)]


Reading = tuple[str, str]          # (stem, clitic)


@dataclass(eq=False)
class Clitics:
    """The letters that may stand before a word, and the readings of words they give."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    genitives: tuple[str, ...]
    article: str
    _cache: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.verbals = ("", *self.conjunctions)
        self.prefixes = tuple(sorted({c + p for c in ("", *self.conjunctions) for p in ("", *self.prepositions)}
                                     - {""}, key=len, reverse=True))
        self.letters = frozenset(self.conjunctions + self.prepositions)

    def readings(self, word: str) -> tuple[Reading, ...]:
        """(stem, clitic) readings of a word: itself, then with و/ف and ب/ل/ك removed."""
        found = self._cache.get(word)
        if found is not None:
            return found
        out = [(word, "")]
        if word[:1] in self.letters:
            for prefix in self.prefixes:
                if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
                    rest = word[len(prefix):]
                    out.append((rest, prefix))
                    if prefix[-1:] in self.genitives and rest.startswith(self.article[1:]):
                        out.append((self.article[:1] + rest, prefix))  # للأسد = ل + الأسد: the alef is dropped
        if len(self._cache) > 1 << 17:
            self._cache.clear()
        found = self._cache[word] = tuple(out)
        return found

    def doubled(self, clitic: str, stem: str, known: Callable[[str], bool] = lambda _: True) -> bool:
        """"للزيارة" is not ل + "لزيارة": ل before ل is the article's, which ل takes without
        its alef, where `known` knows the word with the article ("الزيارة"); "للبنان" is ل +
        "لبنان". (Any other preposition on a word that opens with one of their letters is
        itself: "بلندن"، "ببغداد"، "بكابول"، "لبريطانيا".)"""
        return bool(clitic) and clitic[-1] == self.article[-1:] and stem[:1] == self.article[-1:] \
            and known(self.article[:1] + stem)

    def verbal(self, clitic: str) -> bool:
        """A clitic a verb or particle may carry (none, or a conjunction)."""
        return clitic in self.verbals

    def genitive(self, clitic: str) -> bool:
        """The clitic makes the word a possessor or an addressee ("للأسد")."""
        return any(g in clitic for g in self.genitives)

    def conjoined(self, clitic: str) -> bool:
        """The clitic begins with a conjunction ("والرئيس")."""
        return clitic[:1] in self.conjunctions


NO_CLITICS = Clitics((), (), (), "")


class Match(NamedTuple, Generic[T]):
    """A phrase found at tokens [start, end). A named tuple: the tagger makes one for every
    phrase of every sentence, and a frozen dataclass costs three times as much to make."""

    start: int          # first token index
    end: int            # one past the last token index
    value: T
    clitic: str


class PhraseIndex(Generic[T]):
    """Multi-word phrases (already in key form) with a payload each."""

    def __init__(self, clitics: Clitics = NO_CLITICS) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self._opens: dict[str, bool] = {}   # word → whether some reading of it opens a phrase
        self.clitics = clitics

    def add(self, phrase_key: str, value: T) -> None:
        words = tuple(t.text for t in tokens(phrase_key))
        if not words:
            return
        # longest first, and in the order added among equals (as a stable sort would leave them)
        bisect.insort_right(self._by_first.setdefault(words[0], []), (words, value), key=_longest_first)
        self._opens.clear()

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def match_at(self, toks: list[Token], i: int) -> Match[T] | None:
        """Longest phrase starting at token i (the first word may carry clitics)."""
        best: Match[T] | None = None
        for stem, clitic in self.clitics.readings(toks[i].text):
            if self.clitics.doubled(clitic, stem, self._by_first.__contains__):
                continue
            for words, value in self._by_first.get(stem, ()):
                n = len(words)
                if i + n > len(toks) or (best and n <= best.end - best.start):
                    continue
                if all(toks[i + j].text == words[j] for j in range(1, n)):
                    best = Match(i, i + n, value, clitic)
                    break
        return best

    def find(self, toks: list[Token]) -> list[Match[T]]:
        """Longest non-overlapping matches, left to right."""
        found: list[Match[T]] = []
        i = 0
        opens = self._opens
        while i < len(toks):
            text = toks[i].text
            can = opens.get(text)
            if can is None:   # most words open no phrase: asked once per word, not per token
                if len(opens) > 1 << 16:
                    opens.clear()
                can = opens[text] = any(stem in self._by_first for stem, _ in self.clitics.readings(text))
            if not can:
                i += 1
                continue
            m = self.match_at(toks, i)
            if m:
                found.append(m)
                i = m.end
            else:
                i += 1
        return found

    def all_at(self, toks: list[Token], i: int, n: int) -> list[T]:
        """Payloads of every phrase of exactly n words at token i."""
        out: list[T] = []
        for stem, _ in self.clitics.readings(toks[i].text):
            for words, value in self._by_first.get(stem, ()):
                if len(words) == n and i + n <= len(toks) and all(
                        toks[i + j].text == words[j] for j in range(1, n)) and value not in out:
                    out.append(value)
        return out

    def entries(self) -> Iterable[tuple[tuple[str, ...], T]]:
        """Every (words, value) pair."""
        for items in self._by_first.values():
            yield from items

    def first_words(self) -> Iterable[str]:
        return self._by_first.keys()


class WordSet:
    """Single words and short phrases for yes/no questions ("is there a بحضور here?")."""

    def __init__(self, phrases: Iterable[str], clitics: Clitics = NO_CLITICS) -> None:
        self.index: PhraseIndex[str] = PhraseIndex(clitics)
        for p in phrases:
            self.index.add(p, p)

    def find(self, toks: list[Token]) -> list[Match[str]]:
        return self.index.find(toks)

    def at(self, toks: list[Token], i: int) -> Match[str] | None:
        return self.index.match_at(toks, i)


_NONE: Mapping[int, Any] = MappingProxyType({})
# a tagger's phrases opened by one word: (length, {words after the first: [(list, value)]}), longest first
_Groups = tuple[tuple[int, dict[tuple[str, ...], list[tuple[str, object]]]], ...]
_NO_NAMES: frozenset[str] = frozenset()


class Tags:
    """The phrases of every list found at each word of one sentence."""

    def __init__(self, by_name: dict[str, dict[int, Match]]) -> None:
        self._by_name = by_name
        self._starts: dict[str, list[int]] = {}
        self._here: dict[int, frozenset[str]] | None = None

    def at(self, i: int, name: str) -> Match | None:
        """The longest phrase of list `name` starting at word i."""
        return self._by_name.get(name, _NONE).get(i)

    def starts(self, name: str) -> Mapping[int, Match]:
        """The phrases of list `name` by the word each starts at (for loops over a sentence's
        words that ask about one list at every word)."""
        return self._by_name.get(name, _NONE)

    def names_at(self, i: int) -> frozenset[str]:
        """The lists with a phrase starting at word i."""
        if self._here is None:
            here: dict[int, set[str]] = {}
            for name, found in self._by_name.items():
                for k in found:
                    here.setdefault(k, set()).add(name)
            self._here = {k: frozenset(v) for k, v in here.items()}
        return self._here.get(i, _NO_NAMES)

    def _sorted(self, name: str) -> list[int]:
        starts = self._starts.get(name)
        if starts is None:
            starts = self._starts[name] = sorted(self._by_name.get(name, ()))
        return starts

    def find(self, name: str, start: int, end: int) -> list[Match]:
        """Longest non-overlapping phrases of list `name` inside words [start, end)."""
        found = self._by_name.get(name)
        if not found:
            return []
        out: list[Match] = []
        last = start
        starts = self._sorted(name)
        for i in starts[bisect.bisect_left(starts, start):]:
            if i >= end:
                break
            m = found[i]
            if i >= last and m.end <= end:
                out.append(m)
                last = m.end
        return out

    def any(self, name: str, start: int, end: int) -> bool:
        found = self._by_name.get(name)
        if not found:
            return False
        starts = self._sorted(name)
        for i in starts[bisect.bisect_left(starts, start):]:
            if i >= end:
                return False
            if found[i].end <= end:
                return True
        return False

    def names(self) -> Iterable[str]:
        return self._by_name.keys()


class Tagger:
    """Many named phrase lists matched in one pass over a sentence's words (first word
    with clitics), instead of one pass per list. Each phrase may carry a value."""

    def __init__(self, clitics: Clitics, lists: dict[str, Iterable[str]] | None = None) -> None:
        self.clitics = clitics
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, object]]] = {}
        self._hits_cache: dict[str, tuple[tuple[str, _Groups], ...]] = {}
        self._groups: dict[str, _Groups] = {}
        # words read only whole: "فيصل" is a name, not ف + "يصل" (arrives)
        self.whole: frozenset[str] = frozenset()
        for name, phrases in (lists or {}).items():
            for phrase in phrases:
                self.add(name, phrase, phrase)

    def add(self, name: str, phrase_key: str, value: object) -> None:
        words = tuple(t.text for t in tokens(phrase_key))
        if words:
            bisect.insort_right(self._by_first.setdefault(words[0], []), (words, name, value), key=_longest_first)
            self._hits_cache.clear()
            self._groups.pop(words[0], None)

    def _hits(self, word: str) -> tuple[tuple[str, _Groups], ...]:
        """(clitic, phrases by length) for each reading of a word that starts some phrase."""
        found = self._hits_cache.get(word)
        if found is None:
            if len(self._hits_cache) > 1 << 16:
                self._hits_cache.clear()
            found = self._hits_cache[word] = tuple(
                (clitic, self._grouped(stem)) for stem, clitic in
                ([(word, "")] if word in self.whole else self.clitics.readings(word))
                if stem in self._by_first and not self.clitics.doubled(clitic, stem, self._by_first.__contains__))
        return found

    def _grouped(self, first: str) -> _Groups:
        """The phrases a word opens, longest first, each length as a map from the words after
        the first to the (list, value) pairs in the order added: a sentence's next words are
        looked up once per length instead of compared with every phrase ("في" opens dozens)."""
        groups = self._groups.get(first)
        if groups is None:
            by_size: dict[int, dict[tuple[str, ...], list[tuple[str, object]]]] = {}
            for words, name, value in self._by_first[first]:   # longest first, stable
                by_size.setdefault(len(words), {}).setdefault(words[1:], []).append((name, value))
            groups = self._groups[first] = tuple(by_size.items())
        return groups

    @classmethod
    def merged(cls, *taggers: "Tagger") -> "Tagger":
        """One tagger doing the work of several (their list names must differ)."""
        out = cls(taggers[0].clitics if taggers else NO_CLITICS)
        for t in taggers:
            for first, entries in t._by_first.items():
                out._by_first.setdefault(first, []).extend(entries)
        for entries in out._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        return out

    def tag(self, toks: list[Token]) -> Tags:
        texts = tuple(t.text for t in toks)
        by_name: dict[str, dict[int, Match]] = {}
        known, hits = self._hits_cache, self._hits
        for i, text in enumerate(texts):
            found = known.get(text)
            for clitic, groups in hits(text) if found is None else found:
                for size, rests in groups:     # longest first: the first hit per list wins
                    named = rests.get(texts[i + 1:i + size])
                    if named is None:
                        continue
                    for name, value in named:
                        slot = by_name.get(name)
                        if slot is None:
                            slot = by_name[name] = {}
                        if i not in slot:
                            slot[i] = Match(i, i + size, value, clitic)
        return Tags(by_name)
