"""A summary that is faithful by construction: a lead sentence from the sheet's facts by the
templates of summary.yaml, then up to three sentences chosen verbatim from the sources.

Example lead: "استقبل بشار الأسد سيرغي شويغو في دمشق، يوم السبت 18 حزيران/يونيو 2016، وبحثا
التعاون العسكري ومكافحة الإرهاب." Chosen sentences name the participants or the topics, come
from clauses about this meeting (never page furniture, never another event), and a
near-duplicate told by a second outlet is dropped.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..factsheet.models import KeyPoint, PersonRef, PlaceRef, SummarySentence, TopicRef
from ..factsheet.partialdate import PartialDate
from ..lang import Language
from .timewords import TimeWords

NEAR_DUPLICATE = 80


@dataclass
class Candidate:
    article: str
    sentence: int
    text: str
    key: str
    score: float


class Summariser:
    def __init__(self, lang: Language) -> None:
        self.lang = lang
        s = lang.summary
        self.t = s
        d = lang.dates
        self.months = {m.number: f"{m.levantine}/{m.egyptian}" for m in d.gregorian_months}
        self.weekdays = {w.number: w.names[0] for w in d.weekdays}
        self.times = TimeWords(lang)

    # ------------------------------------------------------------------ phrases
    def _join(self, names: list[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return self.t.list_sep.join(names[:-1]) + self.t.and_ + names[-1]

    def date_phrase(self, date: PartialDate | None) -> str:
        """"يوم السبت 18 حزيران/يونيو 2016" / "في حزيران/يونيو 2016" / "عام 2016"."""
        if date is None:
            return ""
        fmt = self.t.date_phrase[date.precision]
        day = date.as_date()
        if day is not None:
            return fmt.format(weekday=self.weekdays[day.weekday()], day=day.day,
                              month=self.months[day.month], year=day.year)
        if date.month is not None:
            return fmt.format(month=self.months[date.month], year=date.year)
        return fmt.format(year=date.year)

    def title(self, kind: str, people: list[PersonRef], place: PlaceRef | None) -> str:
        names = self._join([p.name for p in people])
        if kind == "phone":
            return self.t.title["phone"].format(people=names)
        if place:
            return self.t.title["meeting"].format(people=names, place=place.name)
        return self.t.title["meeting_noplace"].format(people=names)

    def lead(self, kind: str, people: list[PersonRef], place: PlaceRef | None, when: PartialDate | None,
             topics: list[TopicRef]) -> SummarySentence:
        """The generated lead sentence, with the template key it came from."""
        date = self.date_phrase(when)
        date_part = self.t.date.format(date=date) if date else ""
        labels = [t.label for t in topics[:3]]
        topics_part = ""
        if labels:
            tpl = self.t.topics_clause_two if len(people) <= 2 else self.t.topics_clause_many
            topics_part = tpl.format(topics=self._join(labels))
        hosts = [p.name for p in people if p.role == "host"]
        guests = [p.name for p in people if p.role == "guest"]
        if kind == "phone":
            key = "phone"
        elif len(hosts) == 1 and guests and kind == "visit":
            key = "visit" if place else "visit_noplace"
        else:
            key = "meeting" if place else "meeting_noplace"
        text = self.t.lead[key].format(host=self._join(hosts), guest=self._join(guests),
                                       people=self._join([p.name for p in people]),
                                       place=place.name if place else "", date=date_part,
                                       topics_clause=topics_part)
        return SummarySentence(text=text, template=key)

    # ------------------------------------------------------------------ picking
    def pick(self, candidates: list[Candidate]) -> list[Candidate]:
        """Up to N best source sentences, near-duplicates across outlets merged."""
        chosen: list[Candidate] = []
        for c in sorted(candidates, key=lambda c: (-c.score, c.article, c.sentence)):
            if len(chosen) >= self.t.max_key_sentences:
                break
            if any(fuzz.token_set_ratio(c.key, o.key) >= NEAR_DUPLICATE for o in chosen):
                continue
            chosen.append(c)
        return sorted(chosen, key=lambda c: (c.article, c.sentence))

    def source_sentence(self, text: str, ref: dt.date | None, day: dt.date | None) -> str | None:
        """A source sentence as a summary shows it: relative time words written out as dates
        (only when the meeting's `day` is known), quotation marks as «…»; None when it cannot
        be shown without misleading (its time words cannot be read)."""
        if day is None:
            return None if self.times.has_relative(text) else self.times.unify_quotes(text)
        return self.times.rewrite(text, ref, around=day)

    def key_points(self, topics: list[TopicRef], used: set[str],
                   sourced: Callable[[str, str], str | None] | None = None) -> list[KeyPoint]:
        """One source sentence per topic, not already in the summary; `sourced(article, text)`
        gives the sentence as shown (None: not usable)."""
        out = []
        for t in topics:
            for ev in t.evidence:
                text = sourced(ev.article, ev.sentence) if sourced else ev.sentence
                if text is not None and text not in used:
                    out.append(KeyPoint(topic=t.id, text=text, article=ev.article))
                    used.add(text)
                    break
        return out
