"""Two views of Arabic text: the display form readers see and the matching key code compares.

The display form keeps the author's spelling and diacritics but removes zero-width marks
and tatweel and repairs censorship-evasion spellings (إطـ.ـلاق → إطلاق). The matching key
folds everything a reader treats as the same letter. Every key character maps to exactly
one display character, so a match in the key points back at the display text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

ARABIC_LETTER = "\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF"


@dataclass(frozen=True)
class NormTable:
    """The normalisation rules, as loaded from normalisation.yaml."""

    diacritics: tuple[tuple[int, int], ...]
    tatweel: str
    invisible: tuple[tuple[int, int], ...]
    spaces: tuple[tuple[int, int], ...]
    censor_marks: str
    fold: dict[str, str]
    punctuation: dict[str, str]
    digits: tuple[str, ...]
    seats: tuple[tuple[str, str, str], ...] = ()   # (seat, before, as): "شئون" keyed as "شؤون"


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\u{a:04X}-\\u{b:04X}" for a, b in ranges)


@dataclass
class Keyed:
    """A matching key with the map back to the display text it came from."""

    display: str
    key: str
    _kpos: list[int] = field(default_factory=list)  # key index at which each deletion sits
    _dpos: list[int] = field(default_factory=list)  # display index of each deleted character

    def slice(self, a: int, b: int) -> "Keyed":
        """The Keyed of display[a:b], without translating again."""
        ia, ib = bisect.bisect_left(self._dpos, a), bisect.bisect_left(self._dpos, b)
        dpos = [d - a for d in self._dpos[ia:ib]]
        return Keyed(self.display[a:b], self.key[a - ia:b - ib], [d - j for j, d in enumerate(dpos)], dpos)

    @staticmethod
    def concat(parts: "list[Keyed]") -> "Keyed":
        """The Keyed of the parts' display forms one after the other."""
        display, key, dpos = "", "", []
        for part in parts:
            dpos += [d + len(display) for d in part._dpos]
            display, key = display + part.display, key + part.key
        return Keyed(display, key, [d - j for j, d in enumerate(dpos)], dpos)

    def to_display(self, k: int) -> int:
        """Display index of key index `k` (k == len(key) maps to len(display))."""
        return k + bisect.bisect_right(self._kpos, k)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Display span of the key span [start, end)."""
        if end <= start:
            d = self.to_display(start)
            return d, d
        return self.to_display(start), self.to_display(end - 1) + 1


_FOLD_KEPT = 80     # longest text whose key is kept for the next fold of it


class Normaliser:
    """Builds display forms and matching keys from one NormTable."""

    def __init__(self, table: NormTable) -> None:
        self.table = table
        self._folded: dict[str, str] = {}
        marks = regex.escape(table.censor_marks)
        tw = regex.escape(table.tatweel)
        # a mark typed inside a word next to a tatweel: إطـ.ـلاق, النـ.-ار
        self._censor_re = regex.compile(
            f"(?<=[{ARABIC_LETTER}])(?:{tw}+[{marks}]+{tw}*|{tw}*[{marks}]+{tw}+)(?=[{ARABIC_LETTER}])")
        self._tatweel_re = regex.compile(f"{tw}+")
        self._display_map: dict[int, str | None] = {c: None for a, b in table.invisible for c in range(a, b + 1)}
        self._display_map.update({c: " " for a, b in table.spaces for c in range(a, b + 1)})
        self._display_map.update({ord(c): " " for c in "\t\r\f\v"})
        self._diacritic_re = regex.compile(f"[{_class(table.diacritics)}{tw}]")
        mapping: dict[int, str | None] = {}
        for src, dst in {**table.fold, **table.punctuation}.items():
            mapping[ord(src)] = dst
        for digits in table.digits:
            for i, ch in enumerate(digits):
                mapping[ord(ch)] = str(i)
        for c in range(ord("A"), ord("Z") + 1):
            mapping[c] = chr(c + 32)
        for a, b in table.diacritics:
            for c in range(a, b + 1):
                mapping[c] = None
        mapping[ord(table.tatweel)] = None
        self._key_map = mapping
        # one letter for another, before a given letter: the key keeps the display's length
        self._seats = [(seat, regex.compile(f"{regex.escape(seat)}(?={regex.escape(before)})"), as_)
                       for seat, before, as_ in table.seats]

    def display(self, raw: str) -> str:
        """Display form: invisible marks and tatweel gone, censored words repaired."""
        text = raw.translate(self._display_map)
        if self.table.tatweel in text:  # every censor mark sits next to a tatweel
            text = self._tatweel_re.sub("", self._censor_re.sub("", text))
        return text

    def key(self, display: str) -> Keyed:
        """Matching key of a display string, with offsets back into it."""
        dpos = [m.start() for m in self._diacritic_re.finditer(display)]
        return Keyed(display, self._seated(display).translate(self._key_map), [d - i for i, d in enumerate(dpos)], dpos)

    def key_of(self, display: str) -> str:
        """Matching key of text already in display form (no offsets, no repairs)."""
        return self._seated(display).translate(self._key_map)

    def fold(self, text: str) -> str:
        """Matching key of any text (display repairs included), without offsets."""
        found = self._folded.get(text)
        if found is None:
            found = self._seated(self.display(text)).translate(self._key_map)
            if len(text) <= _FOLD_KEPT:   # words and names are folded again and again; texts once
                if len(self._folded) > 1 << 16:
                    self._folded.clear()
                self._folded[text] = found
        return found

    def _seated(self, text: str) -> str:
        for seat, pattern, as_ in self._seats:
            if seat in text:
                text = pattern.sub(as_, text)
        return text
