"""Sentence splitting that knows Arabic punctuation, quotation marks and abbreviations.

A sentence ends at . ! ? ؟ outside quotation marks («» “” and straight quotes), not after
an abbreviation ("د.") or inside a number ("3.5"); closing quotes and brackets after the
mark stay with the sentence. Quotes that never close stop counting after a while, so one
stray « cannot glue a whole article into one sentence.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

MAX_QUOTE = 600  # characters a quotation may run before its opening mark is ignored


@dataclass(frozen=True)
class SplitRules:
    ends: str
    opens: str
    closes: str
    symmetric: str
    abbreviations: frozenset[str]

    @functools.cached_property
    def marks(self) -> regex.Pattern:
        return regex.compile("[" + regex.escape(self.ends + self.opens + self.closes + self.symmetric) + "]")


def split_sentences(text: str, rules: SplitRules) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences of one paragraph (surrounding spaces excluded)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth = 0
    opened_at = -1
    sym_open = False
    skip_to = -1
    # only marks and quotes matter: visit them instead of every character
    for mark in rules.marks.finditer(text):
        i = mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch in rules.opens:
            depth += 1
            opened_at = i if depth == 1 else opened_at
        elif ch in rules.closes and depth:
            depth -= 1
        elif ch in rules.symmetric:
            sym_open = not sym_open
            opened_at = i if sym_open else opened_at
        if (depth or sym_open) and i - opened_at > MAX_QUOTE:
            depth, sym_open = 0, False
        if ch in rules.ends and not depth and not sym_open and _is_end(text, i, rules):
            j = i + 1
            while j < n and (text[j] in rules.ends or text[j] in rules.closes or text[j] in ")]"
                             or (text[j] in rules.symmetric and sym_open)):
                j += 1
            _push(text, start, j, spans)
            start = skip_to = j
    _push(text, start, n, spans)
    return spans


def _is_end(text: str, i: int, rules: SplitRules) -> bool:
    ch = text[i]
    if ch != ".":
        return True
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return False
    if before.isalpha() and after.isalpha():
        return False    # "/د.ن/", "U.S": a dot inside a word or a code ends nothing
    word_start = i
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(«“\"":
        word_start -= 1
    word = text[word_start:i]
    if word in rules.abbreviations:
        return False
    return True


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))
