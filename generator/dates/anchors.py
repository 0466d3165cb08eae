"""The year of an undated article, from what the text counts from ("قبل خمس سنوات").

"منذ بدء النزاع الدموي قبل خمس سنوات" with "بدء النزاع في العام 2011" elsewhere gives
2016; "خلال ثماني سنوات من الحرب" with no start in the text uses the era's start from
dates.yaml. Each hint keeps the sentences it used.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lang import Language
from .grammar import DateGrammar


@dataclass(frozen=True)
class YearHint:
    year: int
    sentences: tuple[int, ...]
    rule: str


class AnchorReader:
    """Finds "N years since ERA" and the era's start in a text."""

    def __init__(self, lang: Language, grammar: DateGrammar) -> None:
        d = lang.dates
        f = lang.fold
        self.grammar = grammar
        counts = {f(n): v for v, names in d.numbers.items() for n in names}
        units = "|".join(regex.escape(f(u)) for u in sorted(d.year_units, key=len, reverse=True))
        alt = "|".join(regex.escape(c) for c in sorted(counts, key=len, reverse=True))
        self.counts = counts
        self.count_re = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:(?P<n>[0-9]{{1,2}})|(?P<w>{alt}))\s+(?:{units})(?![\p{{L}}])")
        self.eras: list[tuple[str, int, regex.Pattern]] = []
        letters = "".join(sorted(lang.clitics.letters))    # "وللحرب": a clitic before the era's noun
        for era in d.eras:
            nouns = sorted({f(n) for n in era.nouns}, key=len, reverse=True)
            alt = "|".join(regex.escape(n) for n in nouns)
            self.eras.append((era.id, era.start, regex.compile(rf"(?<![\p{{L}}])[{letters}]?(?:{alt})(?![\p{{L}}])")))
        self.noun_re = regex.compile("|".join(p.pattern for _, _, p in self.eras))

    def _era_of(self, text: str) -> tuple[str, int] | None:
        for era_id, start, pattern in self.eras:
            if pattern.search(text):
                return era_id, start
        return None

    def era_starts(self, keys: list[str]) -> dict[str, tuple[int, int]]:
        """Start year of each era as the text states it: era id → (year, sentence).

        The year written most often right after an era noun wins (a war "began in 2011"
        is repeated; a later year near the same noun is usually another event).
        """
        seen: dict[str, dict[int, list[int]]] = {}
        for i, key in enumerate(keys):
            for m in self.noun_re.finditer(key):
                era = self._era_of(m.group())
                if not era:
                    continue
                for expr in self.grammar.find(key[m.end():m.end() + 35]):
                    if expr.year and expr.kind in ("year", "explicit"):
                        seen.setdefault(era[0], {}).setdefault(expr.year, []).append(i)
                        break
        found: dict[str, tuple[int, int]] = {}
        for era_id, years in seen.items():
            year = max(years, key=lambda y: (len(years[y]), -y))
            found[era_id] = (year, years[year][0])
        return found

    def hints(self, keys: list[str]) -> list[YearHint]:
        """Years implied by "N years" counted from an era, one hint per phrase."""
        starts = self.era_starts(keys)
        out: list[YearHint] = []
        for i, key in enumerate(keys):
            for m in self.count_re.finditer(key):
                n = int(m["n"]) if m["n"] else self.counts[m["w"]]
                around = key[max(0, m.start() - 45):m.end() + 30]
                era = self._era_of(around)
                if not era:
                    continue
                if era[0] in starts:
                    year, source = starts[era[0]]
                    out.append(YearHint(year + n, (i, source), "year from anchor in text"))
                else:
                    out.append(YearHint(era[1] + n, (i,), f"year from era start ({era[0]})"))
        return out
