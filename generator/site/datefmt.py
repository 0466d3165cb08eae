"""Dates in Arabic for display: "السبت، 18 حزيران 2016", "حزيران 2016", "2016".

Month and weekday names come from the language data file (generator/lang/data/dates.yaml)
read as plain YAML: the site must not import the NLP packages. The style is a site option:
Levantine month names, Egyptian ones, or both ("حزيران/يونيو").
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

import generator

from .. import yamlio
from ..factsheet.partialdate import PartialDate
from .labels import Labels

DATES_FILE = Path(generator.__file__).parent / "lang" / "data" / "dates.yaml"
DateStyle = Literal["levantine", "egyptian", "both"]
STYLES: tuple[str, ...] = ("levantine", "egyptian", "both")


class _Month(BaseModel):
    model_config = ConfigDict(extra="ignore")
    number: int = Field(ge=1, le=12)
    egyptian: str
    levantine: str


class _Weekday(BaseModel):
    model_config = ConfigDict(extra="ignore")
    number: int = Field(ge=0, le=6)
    names: list[str] = Field(min_length=1)


class _DatesFile(BaseModel):
    model_config = ConfigDict(extra="ignore")
    gregorian_months: list[_Month] = Field(min_length=12, max_length=12)
    weekdays: list[_Weekday] = Field(min_length=7, max_length=7)


class DateFormatter:
    """Formats sheet dates in one display style."""

    def __init__(self, months: list[_Month], weekdays: list[_Weekday], labels: Labels,
                 style: str = "levantine") -> None:
        if style not in STYLES:
            raise ValueError(f"date style must be one of {', '.join(STYLES)}, not {style!r}")
        self.style = style
        self.labels = labels
        self._months = {m.number: m for m in months}
        self._weekdays = {w.number: w.names[0] for w in weekdays}

    @classmethod
    def from_file(cls, labels: Labels, style: str = "levantine",
                  path: Path = DATES_FILE) -> "DateFormatter":
        """Read month and weekday names from the language data file."""
        data = yamlio.validate(_DatesFile, yamlio.load(path), path)
        return cls(data.gregorian_months, data.weekdays, labels, style)

    def month_name(self, month: int) -> str:
        """The month's display name in this style."""
        m = self._months[month]
        if self.style == "levantine":
            return m.levantine
        if self.style == "egyptian":
            return m.egyptian
        return self.labels.dates.both_months.format(levantine=m.levantine, egyptian=m.egyptian)

    def weekday_name(self, weekday: int) -> str:
        """Arabic name of a weekday, Monday = 0."""
        return self._weekdays[weekday]

    def format(self, date: PartialDate | None, weekday: bool = True) -> str:
        """The date as readers see it, as precise as it is known and no more."""
        labels = self.labels.dates
        if date is None:
            return labels.unknown
        day = date.as_date()
        if day and weekday:
            return labels.day.format(weekday=self.weekday_name(day.weekday()), day=day.day,
                                     month=self.month_name(day.month), year=day.year)
        if day:
            return labels.day_no_weekday.format(day=day.day, month=self.month_name(day.month),
                                                year=day.year)
        if date.month:
            return labels.month.format(month=self.month_name(date.month), year=date.year)
        return labels.year.format(year=date.year)
