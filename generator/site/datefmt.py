"""Dates in Arabic for display: "السبت، 18 حزيران 2016", "حزيران 2016", "2016".

Month and weekday names come from the language's date vocabulary (generator/lang/data/
dates.yaml, read and validated by `generator.lang.load_dates`). The style is a site option:
Levantine month names, Egyptian ones, or both ("حزيران/يونيو").
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..factsheet.partialdate import PartialDate
from ..lang import DATA_DIR, GregMonth, Numbered, load_dates
from .labels import Labels

DATES_FILE = DATA_DIR / "dates.yaml"
DateStyle = Literal["levantine", "egyptian", "both"]
STYLES: tuple[str, ...] = ("levantine", "egyptian", "both")


class DateFormatter:
    """Formats sheet dates in one display style."""

    def __init__(self, months: list[GregMonth], weekdays: list[Numbered], labels: Labels,
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
        """Month and weekday names from the language data file."""
        data = load_dates(path)
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
