"""Quotations with their speaker, kept verbatim.

"وقال بوتين للأسد، بحسب بيان للكرملين، «المشكلة الرئيسية ...»" → speaker بوتين;
"وأضاف: «...»" → the previous speaker; "بحسب بيان الكرملين" with nobody named → the body
that issued it (الكرملين).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lang import Language
from ..text.phrases import genitive, readings, verbal

MIN_WORDS = 4


@dataclass
class Quote:
    speaker_id: str | None
    speaker: str
    text: str
    sentence: int


class QuoteRules:
    def __init__(self, lang: Language) -> None:
        t = lang.text
        opens, closes = "".join(t.quotes_open), "".join(t.quotes_close)
        sym = "".join(t.quotes_symmetric)
        self.quote_re = regex.compile(
            rf"[{regex.escape(opens)}](?P<a>[^{regex.escape(opens + closes)}]{{8,}})[{regex.escape(closes)}]"
            rf"|[{regex.escape(sym)}](?P<b>[^{regex.escape(sym)}]{{8,}})[{regex.escape(sym)}]")
        self.reporting = lang.words(lang.meetings.reporting)
        self.prepositions = lang.keyset(lang.meetings.prepositions)
        self.added = lang.keyset(lang.meetings.quote_continuation)


def quotes_of(art, story: list[int], mentions, segs, rules: QuoteRules) -> list[Quote]:
    """Quotations in the event's sentences whose speaker can be named."""
    out: list[Quote] = []
    last: tuple[str | None, str] | None = None
    for s_idx in story:
        s = art.sentences[s_idx]
        for m in rules.quote_re.finditer(s.text):
            text = (m["a"] or m["b"]).strip()
            if len(text.split()) < MIN_WORDS:
                continue
            qstart = m.start()
            reporting = [g for g in segs[s_idx] if g.kind == "reporting"
                         and s.toks[g.start].start <= s.keyed.key.__len__()]
            speaker = None
            for p in mentions[s_idx].people:
                d0, _ = s.keyed.span(s.toks[p.start].start, s.toks[p.end - 1].end)
                if (d0 < qstart and p.person and not genitive(p.clitic)
                        and any(g.start <= p.start < g.end for g in reporting)):
                    speaker = (p.person, p.new_person.name if p.new_person else p.person)
                    break
            if speaker is None:
                first = s.toks[0].text if s.toks else ""
                if any(stem in rules.added for stem, c in readings(first) if verbal(c)) and last:
                    speaker = last
            if speaker is None:
                body = _issuer(s, qstart, rules)
                if body:
                    speaker = (None, body)
            if speaker is None:
                continue
            last = speaker
            out.append(Quote(speaker[0], speaker[1], text, s_idx))
    return out


def _issuer(s, qstart: int, rules: QuoteRules) -> str | None:
    """The words after a reporting word before the quote ("بيان للكرملين" → الكرملين)."""
    for i, tok in enumerate(s.toks):
        d0, _ = s.keyed.span(tok.start, tok.end)
        if d0 >= qstart:
            break
        m = rules.reporting.at(s.toks, i)
        if m and m.end < len(s.toks):
            a, _ = s.keyed.span(s.toks[m.end].start, s.toks[m.end].end)
            end = min(len(s.toks), m.end + 2)
            _, b = s.keyed.span(s.toks[end - 1].start, s.toks[end - 1].end)
            first = s.toks[m.end].text
            if b <= qstart and first not in rules.prepositions:
                return s.text[a:b].strip(" ،,")
    return None
