"""Relative time words in sentences taken from the sources, written out as the dates they mean.

An archive is read years after the news: "اليوم السبت", "أمس الاثنين", "مساء الثلاثاء" or
"الشهر الماضي" in a summary would send readers to the wrong day. Each such expression is
found by the date grammar (generator/dates, vocabulary from generator/lang/data/dates.yaml),
read against its article's publication date and written out with the templates of
summary.yaml (`resolved`):

    "التقى الوزيران، اليوم الثلاثاء، في العاصمة" (published 2019-03-05)
    → "التقى الوزيران، يوم الثلاثاء 5 آذار/مارس 2019، في العاصمة"

Only when the meeting's date is known to the day: otherwise, and whenever an expression
cannot be read (no publication date, a weekday that contradicts it, "الأسبوع الماضي"), the
sentence is not used. Quotation marks are unified to «…» at the same time. Everything else
in the sentence is kept as the source wrote it (`kept_parts` says what, for tests).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..dates.grammar import DateExpr, grammar_for
from ..dates.resolve import constrain
from ..lang import Language

DAY = dt.timedelta(days=1)
WEEK = 7  # days an undated article may have been written after the meeting it reports
MEMO_SIZE = 1 << 15   # sentences whose reading is remembered
_SPACES = re.compile(r" {2,}")
_PUNCT_BEFORE = set(" \t\n([{/:،,؛;—–-")
_PUNCT_AFTER = set(" \t\n)]}/:،,؛;.!?؟…—–-")


def _bound(memo: dict) -> None:
    """Keep a memo of sentences from growing without end in a long `digest serve`."""
    if len(memo) > MEMO_SIZE:
        memo.clear()


def _is_relative(expr: DateExpr) -> bool:
    """Words that mean a date only next to the day they were written on."""
    if expr.kind in ("relative", "weekday", "period"):
        return True
    return expr.kind == "explicit" and expr.year is None and expr.modifier is not None


class TimeWords:
    """Rewrites the relative time words of source sentences for one Language."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.grammar = grammar_for(lang)
        s, d = lang.summary, lang.dates
        self.templates = s.resolved
        self.months = {m.number: f"{m.levantine}/{m.egyptian}" for m in d.gregorian_months}
        self.weekdays = {w.number: w.names[0] for w in d.weekdays}
        self.parts = sorted({lang.fold(p) for p in d.day_parts}, key=len, reverse=True)
        self.clitics = set("".join(lang.text.clitics["conjunctions"] + lang.text.clitics["prepositions"]))
        t = lang.text
        self.opens = set(t.quotes_open) | {s.quotes.open}
        self.closes = set(t.quotes_close) | {s.quotes.close}
        self.symmetric = set(t.quotes_symmetric) | set(s.quotes.symmetric)
        self.open, self.close = s.quotes.open, s.quotes.close
        self.marks = self.opens | self.closes | self.symmetric
        self.marks_re = re.compile("[" + "".join(re.escape(m) for m in sorted(self.marks)) + "]")
        # fusion asks about the same source sentences for every summary candidate and key
        # point (5,800 questions about 2,500 sentences on the 1,000-article bench)
        self._found: dict[str, tuple[tuple[int, int, DateExpr], ...]] = {}
        self._quoted: dict[str, str] = {}

    # ------------------------------------------------------------------ finding
    def expressions(self, text: str) -> list[tuple[int, int, DateExpr]]:
        """Relative time expressions of a display sentence, as display spans."""
        found = self._found.get(text)
        if found is None:
            keyed = self.lang.norm.key(text)
            out = []
            for expr in self.grammar.find(keyed.key):
                if _is_relative(expr):
                    a, b = keyed.span(expr.start, expr.end)
                    out.append((a, b, expr))
            found = self._found[text] = tuple(out)
            _bound(self._found)
        return list(found)

    def has_relative(self, text: str) -> bool:
        """Whether a sentence holds any relative time word."""
        return bool(self.expressions(text))

    def kept_parts(self, text: str) -> list[str]:
        """The pieces of a source sentence a rewrite keeps as written (quotation marks aside)."""
        pieces, last = [], 0
        for a, b, _ in self.expressions(text):
            pieces.append(text[last:a])
            last = b
        pieces.append(text[last:])
        out = []
        for piece in pieces:
            for mark in self.opens | self.closes | self.symmetric:
                piece = piece.replace(mark, "\0")
            out += [p.strip() for p in piece.split("\0") if p.strip()]
        return out

    # ------------------------------------------------------------------ reference dates
    def reference(self, published: str | None, core: Iterable[str], meeting: dt.date | None) -> dt.date | None:
        """The day an article's relative words count from: its publication date, or else the
        one its own meeting clauses imply ("اليوم السبت" in the clause of a meeting held on
        Saturday 18 June: the article was written that day), when they all agree."""
        if published and len(published) == 10:
            try:
                return dt.date.fromisoformat(published)
            except ValueError:
                return None
        if meeting is None:
            return None
        implied = set()
        for sentence in core:
            for _, _, expr in self.expressions(sentence):
                if expr.kind == "relative" and not expr.is_anchor and expr.rel_days is not None:
                    if expr.weekday is not None and expr.weekday != meeting.weekday():
                        return None
                    implied.add(meeting - DAY * expr.rel_days)
        return implied.pop() if len(implied) == 1 else None

    # ------------------------------------------------------------------ rewriting
    def rewrite(self, text: str, ref: dt.date | None, around: dt.date | None = None) -> str | None:
        """The sentence with every relative time word written as a date and «…» quotes; None
        when a time word cannot be read against `ref` (the sentence is then not used).

        Without `ref`, an article written within a week after the meeting day `around` still
        fixes what does not depend on the exact day: "كانون الأول الماضي" or "العام الماضي"
        read the same from any of those days, "أمس" does not."""
        pieces, last = [], 0
        for a, b, expr in self.expressions(text):
            if ref is None and around is not None:
                readings = {self._phrase(text[a:b], expr, around + DAY * k) for k in range(WEEK + 1)}
                phrase = readings.pop() if len(readings) == 1 else None
            else:
                phrase = self._phrase(text[a:b], expr, ref)
            if phrase is None:
                return None
            pieces += [text[last:a], phrase]
            last = b
        pieces.append(text[last:])
        return self.unify_quotes("".join(pieces))

    def _phrase(self, written: str, expr: DateExpr, ref: dt.date | None) -> str | None:
        if ref is None or (expr.kind == "period" and expr.period and expr.period[0] == "week"):
            return None
        constraint = constrain(expr, ref)
        if constraint is None:
            return None
        value, precision = constraint.resolve()
        if value is None:
            return None
        t = self.templates
        if precision == "year":
            return t.year.format(year=value[:4])
        year, month = int(value[:4]), int(value[5:7])
        if precision == "month":
            return t.month.format(month=self.months[month], year=year)
        day = dt.date.fromisoformat(value)
        if expr.weekday is not None and expr.weekday != day.weekday():
            return None  # "اليوم الثلاثاء" in an article dated a Wednesday: not to be trusted
        names = {"weekday": self.weekdays[day.weekday()], "day": day.day,
                 "month": self.months[day.month], "year": day.year}
        if expr.kind in ("explicit", "period"):   # a day of a month the text names
            return (t.day if expr.weekday is not None else t.date).format(**names)
        part = self._day_part(written)
        if part:
            return t.day_after_part.format(part=part, **names)
        return t.day.format(**names)

    def _day_part(self, written: str) -> str:
        """The time of day the expression opens with, as written ("مساء", "وصباح")."""
        keyed = self.lang.norm.key(written)
        key = keyed.key
        start = 1 if key[:1] in self.clitics and not any(key.startswith(p + " ") for p in self.parts) else 0
        for part in self.parts:
            if key.startswith(part + " ", start):
                return written[:keyed.to_display(start + len(part))]
        return ""

    # ------------------------------------------------------------------ quotation marks
    def unify_quotes(self, text: str) -> str:
        """Every pair of quotation marks written «…»; a mark left without its pair is dropped.
        An apostrophe between two letters (a Latin name) is not a quotation mark."""
        done = self._quoted.get(text)
        if done is None:
            done = self._quoted[text] = self._unify_quotes(text)
            _bound(self._quoted)
        return done

    def _unify_quotes(self, text: str) -> str:
        marks = self.marks
        at = [i for i, ch in enumerate(text) if ch in marks] if self.marks_re.search(text) else []
        if not at:
            return text    # most sentences quote nobody
        roles: list[tuple[int, str]] = []
        for i in at:
            ch = text[i]
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalnum() and after.isalnum():
                continue
            opening = (before in _PUNCT_BEFORE or before in marks) and after not in " \t\n"
            closing = (after in _PUNCT_AFTER or after in marks) and before not in " \t\n"
            if opening == closing:
                opening = ch in self.opens
            roles.append((i, "open" if opening else "close"))
        pairs: dict[int, str] = {}
        stack: list[int] = []
        for i, role in roles:
            if role == "open":
                stack.append(i)
            elif stack:
                pairs[stack.pop()] = self.open
                pairs[i] = self.close
        dropped = {i for i, _ in roles} - set(pairs)
        out, last = [], 0
        for i, _ in roles:
            out.append(text[last:i])
            if i in pairs:
                out.append(pairs[i])
            last = i + 1
        out.append(text[last:])
        joined = "".join(out)
        return _SPACES.sub(" ", joined).strip() if dropped else joined
