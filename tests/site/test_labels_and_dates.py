"""UI labels are checked where they are loaded; dates read as Arabic readers write them."""
from __future__ import annotations

import shutil

import pytest

from generator.factsheet.partialdate import PartialDate
from generator.site.datefmt import DateFormatter
from generator.site.labels import LABELS_FILE, load_labels, plural_form
from generator.yamlio import ContentError


@pytest.fixture(scope="module")
def labels():
    return load_labels()


@pytest.mark.parametrize("style,expected", [
    ("levantine", "السبت، 18 حزيران 2016"),
    ("egyptian", "السبت، 18 يونيو 2016"),
    ("both", "السبت، 18 حزيران/يونيو 2016"),
])
def test_day_dates_in_each_style_with_weekday(labels, style, expected):
    assert DateFormatter.from_file(labels, style).format(PartialDate.parse("2016-06-18")) == expected


@pytest.mark.parametrize("value,expected", [
    ("2016-06", "حزيران 2016"), ("2016", "2016"), (None, "تاريخ غير معروف"),
])
def test_coarse_dates_are_shown_as_coarse(labels, value, expected):
    date = PartialDate.parse(value) if value else None
    assert DateFormatter.from_file(labels, "levantine").format(date) == expected


def test_weekday_comes_from_the_calendar_not_the_sheet(labels):
    dates = DateFormatter.from_file(labels, "egyptian")
    assert dates.format(PartialDate.parse("2021-09-13")).startswith("الاثنين")
    assert dates.format(PartialDate.parse("2021-09-13"), weekday=False) == "13 سبتمبر 2021"


def test_unknown_style_is_refused(labels):
    with pytest.raises(ValueError):
        DateFormatter.from_file(labels, "gulf")


@pytest.mark.parametrize("n,form", [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"),
                                    (11, "many"), (99, "many"), (100, "other"), (102, "other"),
                                    (103, "few"), (111, "many")])
def test_arabic_plural_forms(n, form):
    assert plural_form(n) == form


def test_counts_read_naturally(labels):
    assert labels.count("meeting", 1) == "لقاء واحد"
    assert labels.count("meeting", 2) == "لقاءان"
    assert labels.count("meeting", 5) == "5 لقاءات"
    assert labels.count("meeting", 15) == "15 لقاءً"


def test_review_reasons_are_translated_when_known(labels):
    assert labels.review_reason("no place found") == "لم يُعثر على مكان اللقاء"
    assert labels.review_reason("place not in the gazetteer: X").endswith(": X")
    assert labels.review_reason("something new") == "something new"


def _broken_copy(tmp_path, old: str, new: str):
    path = tmp_path / "labels.yaml"
    shutil.copy(LABELS_FILE, path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_wrong_placeholder_names_file_and_line(tmp_path):
    path = _broken_copy(tmp_path, 'title: "لقاءات عام {year}"', 'title: "لقاءات عام {yaer}"')
    with pytest.raises(ContentError) as err:
        load_labels(path)
    line = next(i for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "{yaer}" in t)
    assert err.value.line == line and "year.title" in err.value.message


def test_a_missing_label_is_an_error(tmp_path):
    path = _broken_copy(tmp_path, "  sources_list: المصادر\n", "")
    with pytest.raises(ContentError) as err:
        load_labels(path)
    assert "sources_list" in err.value.message
