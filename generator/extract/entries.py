"""What the Lexicon's lookups return: a spelling of a person, a title's head word, a meeting
word, and an office held between two dates."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class NameForm:
    person: str
    form: str          # full | variant | short


@dataclass(frozen=True)
class HeadWord:
    office: str
    gender: str        # m | f
    rank: int
    relational: bool
    definite: bool


@dataclass(frozen=True)
class TriggerWord:
    kind: str          # meet | talk | receive | visit | chair | sign
    tense: str         # past | present
    role: str          # symmetric | receive | visit | chair
    number: str        # m | f | d | p


@dataclass(frozen=True)
class OfficeRef:
    person: str
    title: str         # the office as the gazetteer writes it
    start: dt.date
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end
