"""Page furniture: what a copied web page carries besides the article.

Rules come from furniture.yaml: whole lines (comment prompts, navigation), line prefixes
("اقرأ أيضاً"), blocks that run to the end ("مقالات ذات صلة"), lists under an opener, rows of
share buttons, repeated headline and lead paragraphs, and a trailing run of short lines
without sentence punctuation (related headlines). Every removed line keeps its rule so
`digest check --explain` can show what was dropped and why.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lang import Language
from ..lang.normalise import Keyed

_ARABIC = regex.compile(r"[\u0621-\u064A]")
_EDGE = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_SPACES = regex.compile(r"\s+")
_SHARE_SEP = regex.compile(r"[|,\s]+")
_TERMINAL = tuple(".!?؟:»\"”'")


def _starter(phrases: dict) -> regex.Pattern:
    """A pattern matching any of the phrases at the start of a text, as a whole word."""
    alt = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True) if p)
    return regex.compile(rf"(?:{alt})(?![\p{{L}}\p{{N}}])")


@dataclass
class Line:
    no: int            # 1-based line in the source file
    text: str          # display form
    norm: str          # matching key, trimmed of edge punctuation, spaces collapsed
    keyed: Keyed | None = None   # display and key of `text`, with offsets


@dataclass
class Removed:
    no: int
    text: str
    rule: str


class Furniture:
    """Compiled furniture rules."""

    def __init__(self, lang: Language) -> None:
        f = lang.furniture
        self.lang = lang
        self.lines = {self.norm(p): rule for rule, ps in f.lines.items() for p in ps}
        self.prefix_rule = {self.norm(p): rule for rule, ps in f.prefixes.items() for p in ps}
        self.prefix_re = _starter(self.prefix_rule)
        # "شارك:" and "التعليقات (" need their punctuation: "شارك الرئيس في القمة" is news
        written: dict[str, set[str]] = {}
        for ps in f.prefixes.values():
            for p in ps:
                written.setdefault(self.norm(p), set()).add(self.lang.fold(p).strip())
        self.prefix_written = {n: tuple(ws) for n, ws in written.items() if n not in ws}
        self.block_re = _starter({self.norm(p): 0 for p in f.block_openers})
        self.block_end = tuple(" " + self.norm(p) for p in f.block_endings)
        self.list_re = _starter({self.norm(p): 0 for p in f.list_openers})
        self.bullets = tuple(f.list_bullets)
        self.social = {self.norm(s) for s in f.social}
        self.min_run = f.trailing_headlines["min_lines"]
        self.max_words = f.trailing_headlines["max_words"]

    def norm(self, text: str) -> str:
        key = self.lang.fold(text)
        return _SPACES.sub(" ", _EDGE.sub("", key)).strip()

    def norm_display(self, display: str) -> str:
        """norm() of text already in display form (the common, fast case)."""
        return _SPACES.sub(" ", _EDGE.sub("", self.lang.norm.key_of(display))).strip()

    def line(self, no: int, display: str) -> Line:
        return Line(no, display.strip(), self.norm_display(display))

    def keyed_line(self, no: int, keyed: Keyed) -> Line:
        """A line whose matching key is already known (its display is stripped)."""
        text = keyed.display
        a = len(text) - len(text.lstrip())
        b = len(text.rstrip())
        keyed = keyed.slice(a, max(a, b))
        return Line(no, keyed.display, _SPACES.sub(" ", _EDGE.sub("", keyed.key)).strip(), keyed)

    def rule_for(self, line: Line) -> str | None:
        """The furniture rule a single line matches, if any."""
        norm = line.norm
        if not norm:
            return "punctuation only"
        if norm in self.lines:
            return self.lines[norm]
        m = self.prefix_re.match(norm)
        if m:
            need = self.prefix_written.get(m.group())
            key = (line.keyed.key if line.keyed is not None else self.lang.fold(line.text)).strip()
            if need is None or key.startswith(need):
                return self.prefix_rule[m.group()]
        words = norm.split()
        if all(w.startswith("#") for w in line.text.split()) and line.text.startswith("#"):
            return "tags"
        social = sum(1 for part in _SHARE_SEP.split(norm) if part in self.social)
        if social >= 2 and len(words) <= 14:
            return "share"
        if not _ARABIC.search(line.text):
            return "no Arabic text"
        return None

    def strip(self, lines: list[Line], protect: int = 2) -> tuple[list[Line], list[Removed]]:
        """Split lines into kept article lines and removed furniture (with rules)."""
        removed: dict[int, str] = {}
        n = len(lines)
        for i, line in enumerate(lines):
            if i in removed:
                continue
            if i >= protect and (self.block_re.match(line.norm) and len(line.norm.split()) <= 6
                                 or line.norm.endswith(self.block_end) and len(line.norm.split()) <= 4):
                for j in range(i, n):
                    removed.setdefault(j, "related block")
                break
            rule = self.rule_for(line)
            if rule:
                removed[i] = rule
            opener = self.list_re.match(line.norm) is not None
            if opener and (rule or line.text.rstrip().endswith(":")):
                j = i + 1
                while j < n and lines[j].text.lstrip().startswith(self.bullets):
                    removed[j] = "related list"
                    j += 1
        seen: set[str] = set()
        for i, line in enumerate(lines):
            if i in removed:
                continue
            if len(line.norm) >= 12 and line.norm in seen:
                removed[i] = "repeated headline or paragraph"
            seen.add(line.norm)
        kept_idx = [i for i in range(n) if i not in removed]
        run: list[int] = []
        for i in reversed(kept_idx):
            words = lines[i].text.split()
            if len(words) <= self.max_words and not lines[i].text.rstrip().endswith(_TERMINAL):
                run.append(i)
            else:
                break
        if len(run) >= self.min_run and len(run) < len(kept_idx) - 1:
            for i in run:
                removed[i] = "related headlines"
        kept = [lines[i] for i in range(n) if i not in removed]
        gone = [Removed(lines[i].no, lines[i].text, rule) for i, rule in sorted(removed.items())]
        return kept, gone
