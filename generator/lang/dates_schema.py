"""The schema of the date vocabulary (`data/dates.yaml`), checked at load like the other
language files (schema.py): month and weekday names, relative days and periods, eras, cues."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .model_base import _M


class GregMonth(_M):
    number: int = Field(ge=1, le=12)
    egyptian: str
    levantine: str
    other: list[str] = []


class Numbered(_M):
    number: int
    names: list[str]


class RelDay(_M):
    offset: int
    names: list[str]


class RelPeriod(_M):
    names: list[str]
    unit: Literal["week", "month", "year"]
    offset: int


class Era(_M):
    id: str
    start: int
    nouns: list[str]


class LiveStamps(_M):   # clock-time lines of live coverage (dates.yaml)
    pattern: str
    max_words: int = Field(ge=1, le=10)
    min_lines: int = Field(ge=1, le=20)


class DatesFile(_M):
    gregorian_months: list[GregMonth] = Field(min_length=12, max_length=12)
    ambiguous_months: list[str]
    hijri_months: list[Numbered] = Field(min_length=12, max_length=12)
    hijri_suffix: list[str]
    gregorian_suffix: list[str]
    weekdays: list[Numbered] = Field(min_length=7, max_length=7)
    relative_days: list[RelDay]
    same_day: dict[Literal["after", "before"], list[str]]
    day_ordinals: list[str]
    next_day: list[str]
    day_parts: list[str]
    times_of_day: list[str]
    relative_periods: list[RelPeriod]
    modifiers: dict[Literal["past", "future", "current"], list[str]]
    ordinal_days: dict[int, list[str]]
    numbers: dict[int, list[str]]
    year_units: list[str]
    anchor_governors: list[str]
    day_offsets: dict[str, int]
    eras: list[Era]
    published_labels: list[str]
    month_cues: list[str]
    year_words: list[str]
    year_cues: list[str]
    of_word: str
    month_word: str
    live_stamps: LiveStamps | None = None

    @model_validator(mode="after")
    def _hours_are_day_parts(self) -> "DatesFile":
        stray = [p for p in self.times_of_day if p not in self.day_parts]
        if stray:
            raise ValueError(f"times_of_day: {', '.join(stray)} not among day_parts; add them there too")
        return self
