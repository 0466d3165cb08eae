"""What fusion writes for readers of an archive: dates instead of relative time words, one
quotation style, and review flags that fit the kind of meeting."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator.fuse.fusion import _review
from generator.fuse.timewords import TimeWords
from generator.lang import load_language
from generator.factsheet.models import PersonRef, PlaceRef

from ..conftest import ROOT

D = dt.date


@pytest.fixture(scope="module")
def times():
    return TimeWords(load_language())


# (sentence, the day it was written, as a summary shows it; None: not usable)
REWRITES = [
    ("التقى الأسد، في دمشق، اليوم السّبت، شويغو.", D(2016, 6, 18),
     "التقى الأسد، في دمشق، يوم السبت 18 حزيران/يونيو 2016، شويغو."),
    ("حطّ الأسد في موسكو مساء أمس الثلاثاء.", D(2015, 10, 21),
     "حطّ الأسد في موسكو مساء الثلاثاء 20 تشرين الأول/أكتوبر 2015."),
    ("كشف الكرملين ظهر اليوم الأربعاء أن الأسد وصل.", D(2015, 10, 21),
     "كشف الكرملين ظهر الأربعاء 21 تشرين الأول/أكتوبر 2015 أن الأسد وصل."),
    ("جرى مساء اليوم الجمعة اتصال هاتفي.", D(2020, 3, 27),
     "جرى مساء الجمعة 27 آذار/مارس 2020 اتصال هاتفي."),
    ("التقى شويغو الثلاثاء بالرئيس الأسد.", D(2017, 9, 12),
     "التقى شويغو يوم الثلاثاء 12 أيلول/سبتمبر 2017 بالرئيس الأسد."),
    ("وكان لقاء الرئيسين مساء الاثنين الأول منذ كانون الثاني (يناير) الماضي.", D(2021, 9, 14),
     "وكان لقاء الرئيسين مساء الاثنين 13 أيلول/سبتمبر 2021 الأول منذ كانون الثاني/يناير 2021."),
    ("عُقدت القمة في إسطنبول أواخر الشهر الماضي.", D(2018, 11, 5),
     "عُقدت القمة في إسطنبول أواخر تشرين الأول/أكتوبر 2018."),
    ("وشددت واشنطن العقوبات العام الماضي.", D(2021, 9, 14), "وشددت واشنطن العقوبات عام 2020."),
    ("وفي وقت لاحق من اليوم، اتصل بوتين بالملك.", D(2015, 10, 21),
     "وفي وقت لاحق من يوم الأربعاء 21 تشرين الأول/أكتوبر 2015، اتصل بوتين بالملك."),
    # a week cannot be written as a date; a weekday that contradicts the day is not trusted,
    # unless it is the day before (a report stamped after midnight, or where the day is not over)
    ("وكان قد زار طهران الأسبوع الماضي.", D(2022, 3, 19), None),
    ("التقى الأسد اليوم الثلاثاء ظريف.", D(2019, 4, 18), None),
    ("التقى الأسد اليوم الثلاثاء ظريف.", D(2019, 4, 17), "التقى الأسد يوم الثلاثاء 16 نيسان/أبريل 2019 ظريف."),
    # no day to count from: not usable; an explicit date stays as written
    ("التقى الأسد اليوم ظريف.", None, None),
    ("أجرى شويغو، السبت 18 يونيو/حزيران، محادثات مع الأسد.", None,
     "أجرى شويغو، السبت 18 يونيو/حزيران، محادثات مع الأسد."),
]


@pytest.mark.parametrize("sentence, ref, shown", REWRITES)
def test_relative_time_words_become_dates(times, sentence, ref, shown):
    assert times.rewrite(sentence, ref) == shown
    if shown:
        assert not times.has_relative(shown)


def test_an_undated_article_still_fixes_months_and_years(times):
    """No publication date: what reads the same from any day of the week after the meeting."""
    meeting = D(2018, 5, 17)
    assert times.rewrite("وهذا اللقاء الأول منذ الحادي عشر من كانون الأول/ديسمبر الماضي.", None, meeting) == \
        "وهذا اللقاء الأول منذ 11 كانون الأول/ديسمبر 2017."
    assert times.rewrite("وشددت واشنطن العقوبات العام الماضي.", None, meeting) == "وشددت واشنطن العقوبات عام 2017."
    assert times.rewrite("وكان قد التقاه أمس.", None, meeting) is None
    assert times.rewrite("عُقدت القمة أواخر الشهر الماضي.", None, D(2018, 5, 30)) is None  # May or April


QUOTES = [
    ("وأفادت (سانا) 'استقبل الأسد شويغو'، مضيفة 'تناول الحديث التعاون'.",
     "وأفادت (سانا) «استقبل الأسد شويغو»، مضيفة «تناول الحديث التعاون»."),
    ('ناقشا العمليات "ضد الإرهاب" ودعم "العملية السياسية".',
     "ناقشا العمليات «ضد الإرهاب» ودعم «العملية السياسية»."),
    ("وصف العقوبات بأنها “معادية للإنسان” و “غير شرعية”.", "وصف العقوبات بأنها «معادية للإنسان» و «غير شرعية»."),
    ("بأنها ”معادية للإنسان“.", "بأنها «معادية للإنسان»."),
    ("تناول التنظيمات العاملة في الأراضي السورية”.", "تناول التنظيمات العاملة في الأراضي السورية."),
    ("قال إن «الحرب انتهت».", "قال إن «الحرب انتهت»."),
    ("Erdoğan's visit", "Erdoğan's visit"),
]


@pytest.mark.parametrize("written, shown", QUOTES)
def test_one_quotation_style(times, written, shown):
    assert times.unify_quotes(written) == shown


def test_the_day_an_article_counts_from(times):
    meeting = D(2016, 6, 18)
    core = ["التقى الأسد، في دمشق، اليوم السّبت، شويغو."]
    assert times.reference("2016-06-19", core, meeting) == D(2016, 6, 19)  # its date line wins
    assert times.reference(None, core, meeting) == meeting                 # "today" was that day
    assert times.reference(None, ["حطّ الأسد مساء أمس السبت."], meeting) == D(2016, 6, 19)
    assert times.reference(None, ["التقى الأسد اليوم الأحد شويغو."], meeting) is None  # not a Sunday
    assert times.reference(None, core, None) is None


def _person(pid: str) -> PersonRef:
    return PersonRef(name=pid, id=pid, in_gazetteer=True)


def test_a_call_is_never_flagged_for_lacking_a_place():
    people = [_person("a"), _person("b")]
    call = _review(people, None, "day", [], [], 0.9, "phone")
    visit = _review(people, None, "day", [], [], 0.9, "visit")
    assert not call.needed and call.reasons == []
    assert visit.needed and visit.reasons == ["no place found"]
    # other reasons still flag a call
    assert _review(people, None, "year", [], [], 0.9, "phone").reasons == ["date known only to the year"]
    place = PlaceRef(name="دمشق", id="damascus", in_gazetteer=False)
    assert _review(people, place, "day", [], [], 0.9, "phone").needed


def test_the_demo_calls_and_summaries_read_well():
    """The committed sheets: no call flagged for its place, no relative time word shown."""
    times = TimeWords(load_language())
    calls = 0
    for path in sorted((ROOT / "content" / "meetings").glob("*.yaml")):
        sheet = yaml.safe_load(path.read_text(encoding="utf-8"))
        if sheet["kind"] == "phone":
            calls += 1
            assert not any(r.startswith("no place") for r in sheet["review"]["reasons"]), path.name
        for item in sheet["summary"][1:] + sheet["key_points"]:
            assert not times.has_relative(item["text"]), (path.name, item["text"])
            assert not any(mark in item["text"] for mark in "\"“”"), (path.name, item["text"])
    assert calls == 3


def test_a_review_date_reaches_the_sheet(project, tmp_path, copy_demo, options):
    """Readers are told when an editor checked a sheet; a call corrected into one loses the
    place flag."""
    from generator.pipeline import extract

    seeds = copy_demo(project, ["004_05805eb4d424d0c9"], tmp_path / "articles")
    out, corr = tmp_path / "out", tmp_path / "corrections"
    first = extract(options(project, seeds, out)).sheets[0]
    corr.mkdir()
    (corr / "fix.yaml").write_text(f"- meeting: {first.id}\n  date: 2021-09-13\n  reviewed_on: 2021-09-20\n"
                                   f"- meeting: {first.id}\n  kind: phone\n  reviewed: false\n",
                                   encoding="utf-8")
    sheet = extract(options(project, seeds, out, corrections=corr)).sheets[0]
    assert sheet.review.reviewed and str(sheet.review.reviewed_on) == "2021-09-20"
    assert sheet.kind == "phone" and not any(r.startswith("no place") for r in sheet.review.reasons)
