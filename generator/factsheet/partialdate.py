"""A date known to the year, the month or the day: "1999", "1999-01", "1999-01-31".

The one parser of such dates. Fact sheets, sources, corrections and gazetteer tenures are
written this way; everything that needs their parts, their span, their order or their weekday
goes through `PartialDate`, which is checked once when it is made (a month 13 or a 30 February
never gets past it). It imports nothing from the project, so every layer may use it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
DatePrecision = Literal["year", "month", "day"]
FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"
UNKNOWN_KEY = (9999, 13, 32)   # the sort key of an unknown date: after every known one


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A year, a month of a year, or a day: only as precise as what is known."""

    year: int
    month: int | None = None
    day: int | None = None
    _text: str = field(init=False, repr=False, compare=False)   # as written: str() is on every dump

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs its month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None and self.month is not None:
            dt.date(self.year, self.month, self.day)   # ValueError: "day is out of range for month"
        if not dt.MINYEAR <= self.year <= dt.MAXYEAR:
            raise ValueError(f"year {self.year} is out of range")
        text = f"{self.year:04d}" + (f"-{self.month:02d}" if self.month is not None else "") + \
            (f"-{self.day:02d}" if self.day is not None else "")
        object.__setattr__(self, "_text", text)

    @staticmethod
    def parse(text: str) -> PartialDate:
        """The date a text gives (YYYY, YYYY-MM or YYYY-MM-DD); ValueError saying what is wrong."""
        return _parse(text)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """A calendar day as a partial date known to the day."""
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> DatePrecision:
        """How much is known: "day", "month" or "year"."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def weekday(self) -> int | None:
        """Monday = 0, when the day is known."""
        day = self.as_date()
        return day.weekday() if day else None

    def as_date(self) -> dt.date | None:
        """The calendar day, when the day is known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def first_day(self) -> dt.date:
        """The first day the date covers (the day itself when it is known)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day the date covers (the day itself when it is known)."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    def within(self, start: dt.date, end: dt.date) -> bool:
        """True when every day this date covers lies in [start, end]."""
        return start <= self.first_day() and self.last_day() <= end

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological order; a coarser date after the finer ones of its period."""
        return (self.year, self.month or 13, self.day or 32)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    # ------------------------------------------------------------------ pydantic
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        # Read from text (YAML, JSON) or taken as is; written back as the same text.
        return core_schema.no_info_plain_validator_function(
            _validate, serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="json"))

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"type": "string", "pattern": DATE_PATTERN}


def sort_key(date: PartialDate | None) -> tuple[int, int, int]:
    """Chronological order of possibly unknown dates: unknown ones last."""
    return date.sort_key if date is not None else UNKNOWN_KEY


@lru_cache(maxsize=4096)
def _parse(text: str) -> PartialDate:
    match = _SHAPE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{text!r} is not written as a date ({FORMS})")
    year, month, day = match.groups()
    try:
        return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def _validate(value: object) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if not isinstance(value, str):
        problem = (f"{value!r} is a number, not text: put the date in quotes" if isinstance(value, int)
                   else f"{value!r} is not a date")
        raise PydanticCustomError("partial_date", "{problem}", {"problem": problem})
    try:
        return _parse(value)
    except ValueError as exc:
        raise PydanticCustomError("partial_date", "{problem}", {"problem": str(exc)}) from None
