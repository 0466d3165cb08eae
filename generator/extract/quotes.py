"""Quotations with their speaker, kept verbatim.

"وقال بوتين للأسد، بحسب بيان للكرملين، «المشكلة الرئيسية ...»" → speaker بوتين;
"وأضاف: «...»" → the previous speaker; "بحسب بيان الكرملين" with nobody named → the body
that issued it (الكرملين).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lang import Language
from ..lang.words import Clitics
from .doc import Doc, Sent

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
        self.clitics: Clitics = lang.clitics
        self.reporting = lang.words(lang.meetings.reporting)
        self.prepositions = lang.keyset(lang.meetings.prepositions)
        d = lang.dates
        # an issuer's name ("بيان للكرملين") ends before these
        self.stops = self.prepositions | lang.keyset(lang.meetings.complementizers + d.day_parts
                                                     + [n for r in d.relative_days for n in r.names]
                                                     + [n for w in d.weekdays for n in w.names])
        self.added = lang.keyset(lang.meetings.quote_continuation)


def quotes_of(doc: Doc, story: list[int], rules: QuoteRules) -> list[Quote]:
    """Quotations in the event's sentences whose speaker can be named."""
    out: list[Quote] = []
    last: tuple[str | None, str] | None = None
    cl = rules.clitics
    for s_idx in story:
        sent = doc.sents[s_idx]
        s = sent.base
        for m in rules.quote_re.finditer(s.text):
            text = (m["a"] or m["b"]).strip()
            if len(text.split()) < MIN_WORDS:
                continue
            before = [i for i, t in enumerate(s.toks) if s.keyed.span(t.start, t.end)[1] <= m.start()]
            verbs = [i for i in reversed(before) if rules.reporting.at(s.toks, i)]
            verb = verbs[0] if verbs else None
            speaker = None
            # "وقال بوتين للأسد، بحسب بيان الكرملين، «...»": the subject after the verb; after a
            # participle that goes on reporting ("وقال ظريف ...، مؤكداً أن ... «...»"), the
            # subject of the verb before it
            for at in verbs:
                for p in sent.people:
                    ent = doc.entity_of(p)
                    if ent is None or not ent.named or p.start <= at or p.end - 1 not in before or p.genitive:
                        continue
                    pid = ent.person or (ent.new_person.id if ent.new_person else None)
                    speaker = (pid, ent.name)
                    break
                if speaker is not None:
                    break
            if speaker is None:
                first = s.toks[0].text if s.toks else ""
                if any(stem in rules.added for stem, c in cl.readings(first) if cl.verbal(c)) and last:
                    speaker = last
            if speaker is None and verb is not None:
                body = _issuer(sent, verb, m.start(), rules)
                if body:
                    speaker = (None, body)
            if speaker is None:
                continue
            last = speaker
            out.append(Quote(speaker[0], speaker[1], text, s_idx))
    return out


def _issuer(sent: Sent, verb: int, qstart: int, rules: QuoteRules) -> str | None:
    """The words after a reporting word before the quote, up to punctuation or a particle
    ("بحسب بيان للكرملين يوم الثلاثاء، «...»" → "بيان للكرملين")."""
    s = sent.base
    m = rules.reporting.at(s.toks, verb)
    if not m or m.end >= len(s.toks):
        return None
    end = m.end
    while end < len(s.toks) and end - m.end < 3 and s.toks[end].text not in rules.stops:
        if end > m.end and s.keyed.key[s.toks[end - 1].end:s.toks[end].start].strip():
            break  # punctuation between words ends the name
        end += 1
    if end == m.end:
        return None
    _, b = s.keyed.span(s.toks[end - 1].start, s.toks[end - 1].end)
    if b > qstart:
        return None
    reading = next(((stem, c) for stem, c in rules.clitics.readings(s.toks[m.end].text)
                    if c and rules.clitics.genitive(c) and stem.startswith(rules.clitics.article)), None)
    text = sent.bare(m.end, end, reading[1], rules.clitics) if reading else sent.display(m.end, end)
    return text.strip(" ،,")
