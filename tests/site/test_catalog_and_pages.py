"""Gathering sheets and generating pages, without MkDocs: plain functions of the sheets."""
from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.gazetteer import load_gazetteer
from generator.site import urls
from generator.factsheet.reader import read_folder
from generator.site.catalog import Entry, build_catalog
from generator.site.chart import month_chart
from generator.site.common import SiteOptions
from generator.site.generate import generate

from .factory import GAZETTEER, ROOT, sheet, write_sheets

ASSAD = ("bashar-al-assad", "بشار الأسد")
PUTIN = ("vladimir-putin", "فلاديمير بوتين")
SHOIGU = ("sergei-shoigu", "سيرغي شويغو")
NEWCOMER = ("abu-newcomer", "أبو جديد")


def entries(*sheets):
    return [Entry(s, f"{s.id}.yaml") for s in sheets]


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(GAZETTEER)


@pytest.fixture(scope="module")
def catalog(gazetteer):
    newcomer = sheet("c-2016-newcomer", "2016-06", [ASSAD, NEWCOMER], ("homs", "حمص"))
    newcomer.participants[1].in_gazetteer = False
    return build_catalog(entries(
        sheet("e-2017-call", "2017-03-02", [ASSAD, PUTIN], None, kind="phone"),
        sheet("b-2016-sochi", "2016-11-20", [ASSAD, PUTIN], ("sochi", "سوتشي")),
        sheet("a-2016-moscow", "2016-02-01", [ASSAD, PUTIN, SHOIGU], ("moscow", "موسكو")),
        sheet("d-2016", "2016", [ASSAD, SHOIGU], ("latakia", "اللاذقية")),
        newcomer,
        sheet("f-2010-putin-pm", "2010-05-05", [PUTIN, SHOIGU], ("moscow", "موسكو")),
        sheet("g-undated", None, [PUTIN, SHOIGU], None),
    ), gazetteer)


def test_sheets_are_in_chronological_order_coarse_dates_last_in_their_period(catalog):
    assert [e.id for e in catalog.entries] == [
        "f-2010-putin-pm", "a-2016-moscow", "c-2016-newcomer", "b-2016-sochi", "d-2016",
        "e-2017-call", "g-undated"]
    assert [e.id for e in catalog.undated] == ["g-undated"]
    assert sorted(catalog.years) == [2010, 2016, 2017]


def test_calls_are_kept_apart_from_meetings(catalog):
    assad = catalog.people["bashar-al-assad"]
    assert [e.id for e in assad.calls] == ["e-2017-call"]
    assert "e-2017-call" not in [e.id for e in assad.meetings]
    assert dict(catalog.counterparts("bashar-al-assad")) == {
        "vladimir-putin": 2, "sergei-shoigu": 2, "abu-newcomer": 1}


def test_previous_and_next_meeting_of_the_same_person(catalog):
    sochi = catalog.by_id["b-2016-sochi"]
    before, after = catalog.neighbours("bashar-al-assad", sochi)
    assert (before.id, after.id) == ("c-2016-newcomer", "d-2016")
    before, after = catalog.neighbours("vladimir-putin", sochi)
    assert (before.id, after.id) == ("a-2016-moscow", "g-undated")  # unknown dates come last
    assert catalog.neighbours("vladimir-putin", after)[1] is None


def test_people_missing_from_the_gazetteer_are_provisional(catalog):
    newcomer = catalog.people["abu-newcomer"]
    assert newcomer.provisional and newcomer.name == "أبو جديد"
    assert not catalog.people["bashar-al-assad"].provisional


def test_office_at_the_time_comes_from_the_gazetteer_when_the_sheet_has_none(catalog):
    entry = catalog.by_id["f-2010-putin-pm"]
    assert catalog.office_at("vladimir-putin", entry, None) == "رئيس الوزراء الروسي"
    assert catalog.office_at("vladimir-putin", entry, "written") == "written"
    assert catalog.office_at("vladimir-putin", catalog.by_id["g-undated"], None) is None


def test_places_collect_the_meetings_inside_them(catalog):
    russia = [e.id for e in catalog.places["russia"].entries]
    assert {"a-2016-moscow", "b-2016-sochi", "f-2010-putin-pm"} <= set(russia)
    assert [e.id for e in catalog.places["homs"].entries] == ["c-2016-newcomer"]
    assert [e.id for e in catalog.places["syria"].entries] == ["c-2016-newcomer", "d-2016"]


@pytest.fixture(scope="module")
def outputs(catalog):
    return {o.src: o for o in generate(catalog, SiteOptions(date_style="both"))}


def test_generation_gives_every_page_and_file(outputs, catalog):
    expected = {urls.HOME, urls.YEARS, urls.PEOPLE, urls.PLACES, urls.TOPICS, urls.REVIEW,
                urls.DATA_JSON, urls.DATA_CSV, urls.DATA_ATOM, urls.DATA_ICS, urls.CSS}
    expected |= {urls.meeting(e.id) for e in catalog.entries}
    expected |= {urls.year(y) for y in catalog.years}
    expected |= {urls.person(p) for p in catalog.people}
    expected |= {urls.place(p) for p in catalog.places}
    assert set(outputs) == expected
    assert {o.src for o in outputs.values() if o.in_nav} == {
        urls.HOME, urls.YEARS, urls.PEOPLE, urls.PLACES, urls.TOPICS}
    assert all(src.isascii() for src in outputs)


def test_meeting_markdown_links_people_place_and_year(outputs):
    md = outputs[urls.meeting("a-2016-moscow")].content
    assert md.startswith("# ")
    for person in ("bashar-al-assad", "vladimir-putin", "sergei-shoigu"):
        assert f"](../people/{person}.md)" in md
    assert "](../places/moscow.md)" in md and "](../places/russia.md)" in md
    assert "](../years/2016.md)" in md
    assert "الاثنين، 1 شباط/فبراير 2016" in md
    assert "](b-2016-sochi.md)" in md  # next meeting of the same people


def test_person_markdown_marks_provisional_people(outputs):
    md = outputs[urls.person("abu-newcomer")].content
    assert "digest-mark--provisional" not in outputs[urls.person("bashar-al-assad")].content.split("##")[0]
    assert "!!! info" in md


def test_year_markdown_groups_by_month(outputs):
    md = outputs[urls.year(2016)].content
    assert md.index("## شباط/فبراير 2016") < md.index("## حزيران/يونيو 2016") < md.index(
        "## تشرين الثاني/نوفمبر 2016") < md.index("## شهر غير معروف")
    assert "](2010.md)" in md and "](2017.md)" in md


def test_review_page_is_excluded_from_search(outputs):
    md = outputs[urls.REVIEW].content
    assert md.startswith("---\nsearch:\n  exclude: true\n")


def test_chart_is_twelve_labelled_bars():
    svg = month_chart([0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5], [f"m{i}" for i in range(12)], "عنوان",
                      [f"m{i}: n" for i in range(12)])
    root = ET.fromstring(str(svg))
    ns = "{http://www.w3.org/2000/svg}"
    bars = root.findall(f"{ns}g/{ns}rect")
    assert len(bars) == 12 and root.get("role") == "img" and root.get("aria-label") == "عنوان"
    widths = [float(b.get("width")) for b in bars]
    assert widths[11] == max(widths) and widths[2] == pytest.approx(widths[11] * 2 / 5, abs=0.2)


def test_sheet_file_must_be_named_after_its_id(tmp_path):
    s = sheet("right-id", "2016", [ASSAD, PUTIN])
    write_sheets(tmp_path, [s])
    (tmp_path / "right-id.yaml").rename(tmp_path / "wrong-name.yaml")
    read = read_folder(tmp_path)
    assert not read.by_id and len(read.problems) == 1 and "wrong-name.yaml" in str(read.problems[0])


def test_invalid_sheet_names_file_and_line(tmp_path):
    (tmp_path / "x.yaml").write_text("id: x\ntitle: t\nkind: dinner\nparticipants: []\nsources: []\n",
                                     encoding="utf-8")
    [problem] = read_folder(tmp_path).problems
    assert problem.line == 3 and "kind" in problem.message


def test_site_layer_needs_no_nlp_code():
    # the site reads the language's data (month names) through `generator.lang`, which is data
    # and its schemas only; no reading, extraction, date grammar or fusion code
    code = ("import sys, generator.site.plugin, generator.site.generate; "
            "bad = [m for m in sys.modules if m.split('.')[:2] in "
            "[['generator', n] for n in ('text', 'extract', 'dates', 'fuse')]]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_site_modules_are_small_and_documented():
    for path in (ROOT / "generator" / "site").glob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) <= 400, path
        assert lines[0].startswith('"""'), path


def test_no_arabic_strings_in_site_python():
    """UI words live in data/labels.yaml; docstrings may show Arabic examples."""
    for path in (ROOT / "generator" / "site").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                assert not any("\u0600" <= ch <= "\u06ff" for ch in node.value), (path, node.value)


def test_ids_the_gazetteer_refuses_are_the_names_of_the_site_s_own_pages():
    from pathlib import PurePosixPath

    from generator.gazetteer import RESERVED_IDS
    from generator.site import urls

    for kind, index, page in (("people", urls.PEOPLE, urls.person), ("places", urls.PLACES, urls.place),
                              ("topics", urls.TOPICS, urls.topic)):
        own = PurePosixPath(index)
        assert own.parent == PurePosixPath(page("x")).parent and own.stem in RESERVED_IDS, kind
