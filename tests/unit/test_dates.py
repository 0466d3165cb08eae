"""The date grammar on Arabic date expressions: value and precision, with and without a
publication date; negatives that are not dates."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates.grammar import grammar_for
from generator.dates.resolve import constrain


def parse(lang, text: str, published: str | None = None) -> tuple[str | None, str]:
    """The first non-anchor date expression of a text, resolved (value, precision)."""
    g = grammar_for(lang)
    ref = dt.date.fromisoformat(published) if published else None
    for expr in g.find(lang.fold(text)):
        if expr.is_anchor:
            continue
        c = constrain(expr, ref)
        return c.resolve(None) if c else (None, "unknown")
    return None, "none"


CASES = [
    # explicit dates: Egyptian, Levantine, combined, Maghrebi month names
    ("الإثنين 23 مارس/ آذار 2020", None, "2020-03-23", "day"),
    ("17 كانون الثاني 2020", None, "2020-01-17", "day"),
    ("17 كانون الثاني (يناير) 2020", None, "2020-01-17", "day"),
    ("الثلاثاء 20 تشرين الأول (أكتوبر) 2015", None, "2015-10-20", "day"),
    ("السبت 14 نيسان 2018", None, "2018-04-14", "day"),
    ("الاثنين 11 ديسمبر 2017 - 05:12 م", None, "2017-12-11", "day"),
    ("الثلاثاء، 7 كانون الثاني/يناير 2020", None, "2020-01-07", "day"),
    ("في 30 أيلول/سبتمبر 2015", None, "2015-09-30", "day"),
    ("23 مارس /آذار 2020", None, "2020-03-23", "day"),
    ("18 حزيران / يونيو 2016", None, "2016-06-18", "day"),
    ("18 يونيه 2016", None, "2016-06-18", "day"),
    ("18 إبريل 2016", None, "2016-04-18", "day"),
    ("في 3 اغسطس 2019", None, "2019-08-03", "day"),
    ("15 جانفي 2019", None, "2019-01-15", "day"),
    ("في 12 يوليوز 2023", None, "2023-07-12", "day"),        # Moroccan July and August
    ("في 20 غشت 2022", None, "2022-08-20", "day"),
    ("3 فيفري 2018", None, "2018-02-03", "day"),
    ("20 أفريل 2021", None, "2021-04-20", "day"),
    ("9 ماي 2016", None, "2016-05-09", "day"),
    ("12 جوان 2017", None, "2017-06-12", "day"),
    ("4 جويلية 2019", None, "2019-07-04", "day"),
    ("15 أوت 2020", None, "2020-08-15", "day"),
    ("نُشر في: 19 آذار 2022 - 11:05", None, "2022-03-19", "day"),
    ("وصل مساء الثلاثاء 20 تشرين الأول 2015 إلى موسكو", None, "2015-10-20", "day"),
    ("في 27 شباط/فبراير 2016", None, "2016-02-27", "day"),
    ("يوم 1 تموز 2019", None, "2019-07-01", "day"),
    ("31 كانون الأول 2019", None, "2019-12-31", "day"),
    # Eastern Arabic and Persian digits
    ("١٧ كانون الثاني ٢٠٢٠", None, "2020-01-17", "day"),
    ("۱۷ مايو ۲۰۱۸", None, "2018-05-17", "day"),
    ("الأحد ٤ تشرين الثاني ٢٠١٨", None, "2018-11-04", "day"),
    # ISO dates in metadata lines
    ("First Published: 2017-09-12", None, "2017-09-12", "day"),
    ("2020-01-07", None, "2020-01-07", "day"),
    # month and year
    ("أيلول/سبتمبر 2015", None, "2015-09", "month"),
    ("مارس/ آذار 2020", None, "2020-03", "month"),
    ("في مارس 2011", None, "2011-03", "month"),
    ("في آذار 2016", None, "2016-03", "month"),
    ("كانون الأول 2017", None, "2017-12", "month"),
    ("في تشرين الأول من عام 2015", None, "2015-10", "month"),
    # years with a cue
    ("منذ بدء النزاع في العام 2011", None, "2011", "year"),
    ("عام 2018", None, "2018", "year"),
    ("أواخر عام 2017", None, "2017", "year"),
    ("في 2015م", None, "2015", "year"),
    ("مطلع 2020", None, "2020", "year"),
    ("ربيع 2011", None, "2011", "year"),
    # Hijri dates, checked against the weekday when one is given
    ("12 رمضان 1441 هـ", None, "2020-05-05", "day"),
    ("الخميس 1 رمضان 1439هـ", None, "2018-05-17", "day"),
    ("27 رمضان 1444هـ", None, "2023-04-18", "day"),
    ("الخميس 1 رمضان 1439هـ – 17 مايو 2018م", None, "2018-05-17", "day"),
    ("الثلاثاء 27 رمضان 1444هـ - الموافق 18 أبريل 2023م", None, "2023-04-18", "day"),
    ("1 محرم 1445 هـ", None, "2023-07-19", "day"),
    # day and month without a year, read against the publication date
    ("السبت 18 يونيو/حزيران", "2016-06-20", "2016-06-18", "day"),
    ("يوم 20 نوفمبر/تشرين الثاني", "2017-11-21", "2017-11-20", "day"),
    ("يوم الخميس 17 أيار/مايو", "2018-05-18", "2018-05-17", "day"),
    ("في الحادي عشر من كانون الأول/ديسمبر الماضي", "2018-01-08", "2017-12-11", "day"),
    ("في 5 مارس/ آذار الجاري", "2020-03-23", "2020-03-05", "day"),
    ("في الثلاثين من أيلول/سبتمبر الماضي", "2015-10-21", "2015-09-30", "day"),
    ("في 15 تشرين الأول/أكتوبر المقبل", "2018-09-18", "2018-10-15", "day"),
    ("في 21 أبريل/نيسان الماضي", "2016-06-20", "2016-04-21", "day"),
    ("في 15 كانون الأول", "2018-01-08", "2017-12-15", "day"),
    # months relative to the publication date
    ("في كانون الثاني (يناير) الماضي", "2021-09-14", "2021-01", "month"),
    ("في تموز الماضي", "2018-10-15", "2018-07", "month"),
    ("في آذار المقبل", "2017-12-11", "2018-03", "month"),
    ("في تشرين الثاني/نوفمبر الماضي", "2022-03-18", "2021-11", "month"),
    ("في مايو", "2021-09-14", "2021-05", "month"),
    # relative days
    ("اليوم", "2022-03-18", "2022-03-18", "day"),
    ("اليوم السبت", "2016-06-18", "2016-06-18", "day"),
    ("أمس", "2018-11-05", "2018-11-04", "day"),
    ("أمس الأحد", "2018-11-05", "2018-11-04", "day"),
    ("مساء أمس الثلاثاء", "2015-10-21", "2015-10-20", "day"),
    ("أول أمس", "2020-01-09", "2020-01-07", "day"),
    ("أمس الأول", "2020-01-09", "2020-01-07", "day"),
    ("غداً الأربعاء", "2017-11-21", "2017-11-22", "day"),
    ("غدا", "2020-01-07", "2020-01-08", "day"),
    ("بعد غد", "2020-01-07", "2020-01-09", "day"),
    ("صباح اليوم الثلاثاء", "2017-11-21", "2017-11-21", "day"),
    ("في وقت لاحق من اليوم", "2015-10-21", "2015-10-21", "day"),
    ("أَمْسِ الاِثْنَيْنِ", "2017-12-12", "2017-12-11", "day"),
    # weekdays against the publication date
    ("الثلاثاء", "2017-09-12", "2017-09-12", "day"),
    ("الاثنين", "2017-12-12", "2017-12-11", "day"),
    ("مساء الاثنين", "2021-09-14", "2021-09-13", "day"),
    ("السبت الماضي", "2016-06-20", "2016-06-18", "day"),
    ("السبت الماضي", "2016-06-18", "2016-06-11", "day"),
    ("الجمعة المقبل", "2022-03-18", "2022-03-25", "day"),
    ("يوم الخميس", "2018-05-17", "2018-05-17", "day"),
    # periods
    ("الأسبوع الماضي", "2021-09-14", "2021-09", "month"),
    ("الأسبوع الماضي", "2021-09-05", "2021", "year"),
    ("الشهر الماضي", "2018-11-05", "2018-10", "month"),
    ("الشهر الجاري", "2018-01-08", "2018-01", "month"),
    ("العام الماضي", "2021-09-14", "2020", "year"),
    ("السادس من الشهر الجاري", "2018-01-08", "2018-01-06", "day"),
    # day, month name and year between slashes or dashes, as some agencies' datelines write them
    ("[09/ ابريل/2023]", None, "2023-04-09", "day"),
    ("14/ تموز /2019", None, "2019-07-14", "day"),
    ("3-مارس-2021", None, "2021-03-03", "day"),
    # nothing pins the day without a publication date
    ("اليوم السبت", None, None, "unknown"),
    ("الثلاثاء", None, None, "unknown"),
    ("أمس", None, None, "unknown"),
    ("السبت 18 يونيو/حزيران", None, None, "unknown"),
    # not dates
    ("5 أشخاص", None, None, "none"),
    ("الصفحة 2011", None, None, "none"),
    ("S-400", None, None, "none"),
    ("القرار الأممي 2254", None, None, "none"),
    ("مارس الضغوط على دمشق", None, None, "none"),
    ("نحو 1200 ميجاوات", None, None, "none"),
    ("أكثر من 150 ألف شخص", None, None, "none"),
    ("في أب لأربعة أطفال", None, None, "none"),
    ("3.5 ملايين لاجئ", None, None, "none"),
    ("الساعة 05:12", None, None, "none"),
    ("بعمق 15 إلى 20 كيلومتراً", None, None, "none"),
    ("منظومة إس-400 تريومف", None, None, "none"),
]


@pytest.mark.parametrize("text,published,value,precision", CASES)
def test_date_expressions(lang, text, published, value, precision):
    assert parse(lang, text, published) == (value, precision)


def test_there_are_at_least_80_cases():
    assert len(CASES) >= 80


def test_anchor_dates_are_not_event_dates(lang):
    g = grammar_for(lang)
    exprs = g.find(lang.fold("في أول رحلة منذ 2011 وصل الأسد إلى موسكو"))
    assert [e.governor for e in exprs] == ["منذ"]


@pytest.mark.parametrize("stamp,value", [
    ("ق ن/ 05-03-2024", "2024-03-05"),
    ("تاريخ النشر 2024/03/05", "2024-03-05"),
    ("ق ن/ 06-03-2024", "2024-03-05"),     # a stamp of the next day is the publication date
    ("وافتتح الوزير معرض الكتاب في 6 مارس 2024.", None),   # another day says nothing of this one's year
])
def test_a_day_and_month_take_the_year_of_a_full_date_on_that_day(analyse, stamp, value):
    """"الرياض في 5 مارس ..." with no publication date: a full date of that day and month
    elsewhere in the text (a closing stamp) gives the year."""
    text = ("لقاء في الرياض\n\nالرياض في 5 مارس / وكالة الأنباء / استقبل ولي العهد السعودي الأمير "
            "محمد بن سلمان اليوم رئيس الوزراء الماليزي أنور إبراهيم وبحثا التعاون.\n\n"
            "وكان الضيف قد زار القاهرة في وقت سابق.\n\nوتناول اللقاء العلاقات الثنائية.\n\n"
            f"{stamp}\n")
    (r,) = analyse(text).reports
    got, precision = r.date.resolve()
    assert (got if precision == "day" else None) == value


@pytest.mark.parametrize("text,after", [
    ("واستضافة كينيا قمة الاتحاد عام 2027", True),
    ("والتحضير لقمة المناخ في نوفمبر 2024", True),
    ("والتحضير لقمة المناخ في 20 مارس", True),
    ("منذ قمة عام 2023", False),
    ("في 10 مارس 2024", False),
    ("في مارس 2024", False),
])
def test_what_comes_after_the_article(lang, text, after):
    """A meeting told as done is not after its article: "قمة الحلف عام 2026" in an article of
    11 March 2024 names another event (year, month or day later)."""
    from generator.extract.dating import after_published
    (expr, *_) = grammar_for(lang).find(lang.fold(text))
    assert after_published(expr, dt.date(2024, 3, 11)) is after


@pytest.mark.parametrize("line", [
    "بوينس آيرس - 23 يناير 2023 (وكالات)",
    "نيروبي | 23 كانون الثاني 2023 | خاص",
])
def test_a_dateline_of_its_own_carries_the_story_s_date(analyse, line):
    """"بوينس آيرس - 23 يناير 2023 (وكالات)" on its own line: the place and the date of the story,
    from which "اليوم الاثنين" is read."""
    text = (f"لقاء في العاصمة\n\n{line}\n\nاستقبل الرئيس الكيني وليام روتو، اليوم الاثنين، وزير الخارجية "
            "الإثيوبي تاي أتسقي سيلاسي.\n")
    (r,) = analyse(text).reports
    assert r.date.resolve() == ("2023-01-23", "day")


@pytest.mark.parametrize("lead,value", [
    ("نيروبي 13 مارس 2024 - التقى الرئيس الكيني وليام روتو يوم الثلاثاء في نيروبي وزير الخارجية الإثيوبي "
     "تاي أتسقي سيلاسي.", "2024-03-12"),
    ("نيروبي، 13 مارس 2024 (وكالة الأنباء) – استقبل الرئيس الكيني وليام روتو أمس وزير الخارجية الإثيوبي "
     "تاي أتسقي سيلاسي.", "2024-03-12"),
    ("نيروبي 13 مارس 2024 - استقبل الرئيس الكيني وليام روتو وزير الخارجية الإثيوبي تاي أتسقي سيلاسي.",
     "2024-03-13"),
])
def test_the_lead_s_date_line_gives_way_to_the_day_its_sentence_names(analyse, lead, value):
    """"هونيارا 27 مايو 2022 - التقى ... يوم الخميس": the date line is the story's date."""
    text = f"---\npublished: 2024-03-13\n---\nلقاء في نيروبي\n\n{lead}\n"
    (r,) = analyse(text, ".md").reports
    assert r.date.resolve() == (value, "day")


@pytest.mark.parametrize("text,governors", [
    ("اجتمع الوزيران بعد ظهر الخميس في القاهرة", [None]),
    ("وصل الضيف قبل منتصف ليل السبت إلى المطار", [None]),
    ("وكان المبعوث قد غادر وبعد مساء الأحد لم يعد", [None]),
    ("لم يلتق الطرفان منذ يوم الخميس", ["منذ"]),
    ("ستبقى الحدود مغلقة حتى الاثنين", ["حتى"]),
])
def test_a_preposition_before_an_hour_governs_the_hour_not_the_day(lang, text, governors):
    """"بعد ظهر الخميس" is Thursday afternoon, not "after Thursday"; "منذ يوم الخميس" stays an anchor."""
    g = grammar_for(lang)
    assert [e.governor for e in g.find(lang.fold(text)) if e.kind == "weekday"] == \
        [lang.fold(x) if x else None for x in governors]


@pytest.mark.parametrize("text,value", [
    # the Gregorian date beside it names the day (by the tables the Hijri one is a day earlier)
    ("طهران / 19 ذي الحجة 1443 / 19 تموز 2022 – استقبل", "2022-07-19"),
    ("الموافق 19 يوليو 2022م (19 ذو الحجة 1443هـ)", "2022-07-19"),
    # far from each other: two different days, each kept
    ("في 1 رمضان 1439هـ، وبعد ذلك في 30 يونيو 2018", "2018-05-16"),
])
def test_a_hijri_date_beside_a_gregorian_one_is_that_day(lang, text, value):
    g = grammar_for(lang)
    (hijri,) = [e for e in g.find(lang.fold(text)) if e.kind == "hijri"]
    assert dt.date(hijri.year, hijri.month, hijri.day).isoformat() == value


def test_hijri_weekday_mismatch_is_flagged(lang):
    g = grammar_for(lang)
    (expr,) = g.find(lang.fold("الأحد 1 رمضان 1439هـ"))
    assert expr.hijri_mismatch


@pytest.mark.parametrize("year_sentence,value", [
    ("ويأتي اللقاء في سياق حراك دبلوماسي تشهده المنطقة خلال عام 2019.", "2019-03-17"),
    ("ويعد اللقاء الأول بينهما خلال عام 2019.", "2019-03-17"),
    ("ويأتي اللقاء في سياق حراك تشهده المنطقة خلال عام 2020.", None),   # 17 March 2020 was a Tuesday
])
def test_a_day_and_month_take_the_year_another_mention_of_the_meeting_gives(analyse, year_sentence, value):
    """No publication date: "الأحد 17 آذار" has no year until a sentence about the meeting gives
    one, and only if that year's 17 March is a Sunday."""
    text = ("لقاء سياسي في دمشق\n\nالتقى الرئيس بشار الأسد يوم الأحد 17 آذار في دمشق وزير الخارجية الإيراني "
            f"محمد جواد ظريف وبحثا العلاقات الثنائية.\n\n{year_sentence}\n")
    (r,) = analyse(text).reports
    got, precision = r.date.resolve()
    assert (got if precision == "day" else None) == value


LIVE = ("---\npublished: 2024-07-05\n---\nتغطية مباشرة | زيارة أوربان إلى موسكو\n\n"
        "09:45 بتوقيت غرينتش\nأكد المتحدث باسم الحكومة المجرية أن أوربان وصل إلى موسكو في إطار مهمة السلام.\n\n"
        "11:20 بتوقيت غرينتش\nاستقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء المجري فيكتور أوربان في الكرملين.\n")


def test_an_entry_of_live_coverage_is_of_the_page_s_day(analyse):
    (r,) = analyse(LIVE, ".md").reports
    assert r.date.resolve() == ("2024-07-05", "day")


def test_one_clock_time_makes_no_live_coverage(analyse):
    one = LIVE.replace("09:45 بتوقيت غرينتش\n", "")
    (r,) = analyse(one, ".md").reports
    assert r.date.resolve()[1] != "day"
