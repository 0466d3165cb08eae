"""The fact sheet contract: one partial date, one reader, one office lookup, one set of paths."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from generator.factsheet.handoff import SheetMemo
from generator.factsheet.partialdate import PartialDate, sort_key
from generator.factsheet.reader import read_folder
from generator.factsheet.writer import write_sheets
from generator.project import ProjectPaths

ROOT = Path(__file__).resolve().parents[2]
PUTIN = "vladimir-putin"
PRESIDENT, PRIME_MINISTER = "الرئيس الروسي", "رئيس الوزراء الروسي"


def test_partial_date_parts_span_and_weekday():
    day, month, year = (PartialDate.parse(v) for v in ("2016-06-18", "2016-02", "2016"))
    assert day.as_date() == dt.date(2016, 6, 18) and day.weekday == 5 and day.precision == "day"
    assert month == PartialDate(2016, 2) and month.as_date() is None and month.weekday is None
    assert (month.first_day(), month.last_day()) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert (year.first_day(), year.last_day()) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert [str(d) for d in (day, month, year)] == ["2016-06-18", "2016-02", "2016"]
    assert PartialDate.of(dt.date(2016, 6, 18)) == day and month.within(dt.date(2016, 1, 1), dt.date(2016, 3, 1))


def test_partial_dates_sort_finer_first_in_their_period_and_unknown_last():
    values = [None, PartialDate.parse("2016"), PartialDate.parse("2016-06"), PartialDate.parse("2016-06-18"),
              PartialDate.parse("2015-12-31")]
    assert [str(v) for v in sorted(values, key=sort_key)] == ["2015-12-31", "2016-06-18", "2016-06", "2016", "None"]
    assert PartialDate.parse("2016-06-18") < PartialDate.parse("2016-06") < PartialDate.parse("2016")


@pytest.mark.parametrize("text,says", [("2015-13", "is not a real date"), ("2021-02-29", "is not a real date"),
                                       ("0000", "is not a real date"), ("2016-6-1", "is not written as a date"),
                                       ("2016-06-18T10:00", "is not written as a date"),
                                       ("", "is not written as a date")])
def test_one_parser_refuses_what_is_no_date(text, says):
    with pytest.raises(ValueError, match=says):
        PartialDate.parse(text)


@pytest.mark.parametrize("when,office", [
    (dt.date(2010, 1, 1), PRIME_MINISTER), (PartialDate.parse("2010"), PRIME_MINISTER),
    (PartialDate.parse("2008"), None),          # president, then prime minister: no one office all year
    (PartialDate.parse("2008-05"), None), (PartialDate.parse("2008-06"), PRIME_MINISTER),
    (dt.date(2016, 6, 18), PRESIDENT), (None, PRESIDENT),   # no date at all: the latest office
])
def test_one_office_lookup(gaz, lex, when, office):
    assert gaz.office_on(PUTIN, when) == office
    if not isinstance(when, PartialDate):
        assert lex.office_on(PUTIN, when) == office   # extraction asks the gazetteer too
    assert gaz.office_on("nobody-known", when) is None


def test_the_site_shows_the_gazetteers_office_only_for_a_known_date(gaz):
    from generator.factsheet.models import FactSheet
    from generator.site.catalog import Entry, build_catalog

    def entry(sid: str, date: str | None) -> Entry:
        sheet = FactSheet.model_validate({"id": sid, "title": "t", "date": date, "kind": "visit",
                                          "participants": [{"id": PUTIN, "name": "n"}], "sources": []})
        return Entry(sheet, f"{sid}.yaml")

    entries = [entry("a", "2010"), entry("b", "2008"), entry("c", None)]
    catalog = build_catalog(entries, gaz)
    assert [catalog.office_at(PUTIN, e, None) for e in entries] == [PRIME_MINISTER, None, None]
    assert catalog.office_at(PUTIN, entries[1], "written on the sheet") == "written on the sheet"


def test_the_reader_keeps_what_it_parsed_until_a_file_changes(tmp_path, project):
    from generator.factsheet.reader import read_sheet

    source = sorted(project.meetings.glob("*.yaml"))[:3]
    write_sheets([read_sheet(p) for p in source], tmp_path, project.schema)
    memo = SheetMemo()
    first = read_folder(tmp_path, memo)
    assert len(first) == len(memo) == 3 and not first.problems
    again = read_folder(tmp_path, memo)
    assert all(again.by_id[i] is first.by_id[i] for i in first.by_id)   # not parsed again
    changed = first.paths[next(iter(first.by_id))]
    changed.write_text(changed.read_text(encoding="utf-8").replace("date: '", "date: '1", 1), encoding="utf-8")
    third = read_folder(tmp_path, memo)
    assert len(third) == 2 and len(third.problems) == 1 and str(changed) in str(third.problems[0])


def test_project_paths_take_the_command_lines_folders():
    paths = ProjectPaths.at(ROOT)
    assert (paths.meetings, paths.corrections) == (ROOT / "content" / "meetings", ROOT / "content" / "corrections")
    other = paths.with_options(articles="a", out="x")
    assert (other.articles, other.meetings, other.corrections) == (Path("a"), Path("x"), None)
    assert paths.with_options(out="x", corrections="c").corrections == Path("c")
    assert paths.with_options(gazetteer="g").corrections == paths.corrections


def test_the_contract_and_the_cache_import_no_stage():
    code = ("import sys, generator.factsheet.reader, generator.factsheet.writer, generator.factsheet.handoff, "
            "generator.project, generator.cache, generator.gazetteer; "
            "bad = [m for m in sys.modules if m.split('.')[:2] in "
            "[['generator', n] for n in ('lang', 'text', 'extract', 'dates', 'fuse', 'site', 'pipeline')]]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
