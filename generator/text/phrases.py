"""Words and phrases on the matching key: tokens, clitics and a multi-word phrase index.

A gazetteer entry "الأسد" must match "بالأسد", "والأسد" and "للأسد" (ل + الأسد loses its
alef). Phrases are indexed by their first word, so finding every entry in a sentence costs
one dictionary lookup per word and clitic reading, whatever the gazetteer's size.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, Iterator, TypeVar

import regex

WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
T = TypeVar("T")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
_PREFIXES = tuple(sorted({c + p for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS)} - {""},
                         key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokens(key: str) -> list[Token]:
    """Words of a matching key with their key spans."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(key)]


def readings(word: str, min_stem: int = 2) -> Iterator[tuple[str, str]]:
    """(stem, clitic) readings of a word: itself, then with و/ف and ب/ل/ك removed."""
    yield word, ""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= min_stem:
            rest = word[len(prefix):]
            yield rest, prefix
            if prefix.endswith("ل") and rest.startswith("ل"):
                yield "ا" + rest, prefix  # للأسد = ل + الأسد


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int          # first token index
    end: int            # one past the last token index
    value: T
    clitic: str


class PhraseIndex(Generic[T]):
    """Multi-word phrases (already in key form) with a payload each."""

    def __init__(self, clitics: bool = True) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self.clitics = clitics

    def add(self, phrase_key: str, value: T) -> None:
        words = tuple(t.text for t in tokens(phrase_key))
        if not words:
            return
        entries = self._by_first.setdefault(words[0], [])
        entries.append((words, value))
        entries.sort(key=lambda e: -len(e[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def match_at(self, toks: list[Token], i: int) -> Match[T] | None:
        """Longest phrase starting at token i (the first word may carry clitics)."""
        options = readings(toks[i].text) if self.clitics else ((toks[i].text, ""),)
        best: Match[T] | None = None
        for stem, clitic in options:
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
        while i < len(toks):
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
        for stem, _ in (readings(toks[i].text) if self.clitics else ((toks[i].text, ""),)):
            for words, value in self._by_first.get(stem, ()):
                if len(words) == n and i + n <= len(toks) and all(
                        toks[i + j].text == words[j] for j in range(1, n)) and value not in out:
                    out.append(value)
        return out

    def first_words(self) -> Iterable[str]:
        return self._by_first.keys()


class WordSet:
    """Single words and short phrases for yes/no questions ("is there a بحضور here?")."""

    def __init__(self, phrases: Iterable[str], clitics: bool = True) -> None:
        self.index: PhraseIndex[str] = PhraseIndex(clitics)
        for p in phrases:
            self.index.add(p, p)

    def find(self, toks: list[Token]) -> list[Match[str]]:
        return self.index.find(toks)

    def at(self, toks: list[Token], i: int) -> Match[str] | None:
        return self.index.match_at(toks, i)
