"""A verb's object after a relative clause, talks told by a joint subject, a meeting told by one
person before the sentence naming the others, and who only greeted or accompanied a visitor:
sentences written for these tests (no corpus sentence), each rule with at least two phrasings."""
from __future__ import annotations

import pytest

from .articles import names, reports

# --- a relative clause set off by commas between a meeting verb and its object -----------------

INTERRUPTED = [
    ("وجمع اللقاء، الذي عقد بدعوة من رئيس الوزراء الإثيوبي آبي أحمد، الرئيس الكيني وليام روتو ونظيره "
     "الصومالي حسن شيخ محمود في أديس أبابا.", {"وليام روتو", "حسن شيخ محمود"}),
    ("وجمع الاجتماع، الذي استمر ثلاث ساعات، الرئيس الأوكراني فولوديمير زيلينسكي ورئيس الوزراء البولندي "
     "دونالد توسك في وارسو أمس.", {"فولوديمير زيلينسكي", "دونالد توسك"}),
    ("التقى الرئيس الفرنسي إيمانويل ماكرون، الذي يزور لبنان منذ يومين، رئيس الوزراء اللبناني نجيب ميقاتي "
     "في السراي الحكومي أمس.", {"إيمانويل ماكرون", "نجيب ميقاتي"}),
]


@pytest.mark.parametrize("body,people", INTERRUPTED)
def test_the_object_after_a_relative_clause_is_the_verb_s(analyse, body, people):
    """And "وجمع الاجتماع X وY": the meeting named again is the subject of a verb of gathering."""
    (r,) = reports(analyse, body)
    assert names(r) == people and not r.fallback


# --- talks told by two people joined as the subject ------------------------------------------

JOINT = [
    ("بحث العاهل الأردني الملك عبد الله الثاني، والرئيس القبرصي نيكوس خريستودوليدس، أمس الاثنين، في "
     "عمّان سبل تعزيز التعاون.", {"عبد الله الثاني", "نيكوس خريستودوليدس"}, "2024-03-11"),
    ("ناقش الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس الأحد في برلين الأزمة "
     "الأوكرانية.", {"إيمانويل ماكرون", "أولاف شولتس"}, "2024-03-10"),
]


@pytest.mark.parametrize("body,people,day", JOINT)
def test_two_people_joined_as_the_subject_of_talks_met(analyse, body, people, day):
    (r,) = reports(analyse, body)
    assert names(r) == people and r.date.constraint.lo.isoformat() == day


def test_talks_about_a_person_are_no_meeting_with_them(analyse):
    assert reports(analyse, "بحث وزير الخارجية الروسي سيرغي لافروف اليوم وضع اللاجئين ومصير الرئيس "
                            "السوري بشار الأسد.") == []


# --- one person's meeting, told before the sentence that names the others --------------------

EARLY = [
    ("أعلن المبعوث الأممي ستافان دي ميستورا مساء الخميس التوصل إلى تفاهم، وذلك في ختام اجتماع احتضنته "
     "مدينة جنيف. وجمع الاجتماع، الذي دعا إليه، وزير الخارجية الروسي سيرغي لافروف ونظيره التركي هاكان "
     "فيدان.", "2024-03-07", "geneva"),
    ("أكد الأمين العام لجامعة الدول العربية أحمد أبو الغيط ظهر الأحد تقارب المواقف، خلال مؤتمر صحفي "
     "أعقب اجتماعا عقد في مدينة الرياض. وجمع الاجتماع، الذي ترأسه، وزير الخارجية السعودي فيصل بن فرحان "
     "ونظيره المصري سامح شكري.", "2024-03-10", "riyadh"),
]


@pytest.mark.parametrize("body,day,place", EARLY)
def test_a_meeting_told_first_by_one_of_its_people_gives_its_day_and_place(analyse, body, day, place):
    (r,) = reports(analyse, body)
    assert len(r.parties) == 3
    assert r.date.constraint.lo.isoformat() == day and r.place is not None and r.place.place == place


# --- greeting lines and a trip's companions are not in the talks ------------------------------

NOT_IN_TALKS = [
    "وتقدم للسلام على الرئيس الكيني، الذي كان مرفوقا بوزير الخارجية موساليا مودافادي، وزير الدفاع "
    "التركي يشار غولر.",
    "ويرافق الرئيس التركي وفد رسمي يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر.",
]


@pytest.mark.parametrize("extra", NOT_IN_TALKS)
def test_those_who_greeted_or_travel_with_a_visitor_are_not_in_the_talks(analyse, extra):
    (r,) = reports(analyse, "عقد الرئيس الكيني وليام روتو اليوم في نيروبي مباحثات على انفراد مع الرئيس "
                            "التركي رجب طيب أردوغان. " + extra)
    assert names(r) == {"وليام روتو", "رجب طيب أردوغان"}


@pytest.mark.parametrize("said", ["والملف المنتظر أن يحسم في قمة الاتحاد بأديس أبابا.",
                                  "وهو الاتفاق المتوقع أن يوقع خلال قمة في أديس أبابا."])
def test_what_is_expected_to_happen_is_planned(analyse, said):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم الرئيس التركي رجب طيب أردوغان. " + said)
    assert r.place is None or r.place.place != "addis-ababa"


# --- places written alike, a town the text calls a town, a summit of an earlier year ---------

@pytest.mark.parametrize("body", [
    "التقى وزير الخارجية السعودي فيصل بن فرحان في الرياض أمس نظيره المصري سامح شكري.",
    "الرياض (واس) - استقبل وزير الخارجية السعودي أمس في مقر الوزارة نظيره المصري سامح شكري.",
])
def test_a_capital_is_read_before_a_village_of_its_name(analyse, body):
    """("الرياض" is also an Egyptian village of 24,000 in the world data.)"""
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "riyadh"


@pytest.mark.parametrize("town,place", [("مدينة جنيف", "geneva"), ("منتجع دافوس", "davos")])
def test_a_town_the_text_calls_a_town_is_no_homonym(analyse, town, place):
    """However small, and though the article names nothing else of its country."""
    (r,) = reports(analyse, f"التقى وزير الخارجية الروسي سيرغي لافروف أمس في {town} نظيره التركي هاكان فيدان.")
    assert r.place is not None and r.place.place == place


@pytest.mark.parametrize("earlier", [
    "وأشار الوزير إلى أن القمة الأولى التي استضافتها الرياض في أكتوبر 2023 أرست إطارا للتعاون.",
    "وذكّر الوزير بأن القمة التي عقدت في الرياض عام 2022 مهدت للاتفاق.",
])
def test_the_meeting_named_again_with_an_earlier_year_is_another(analyse, earlier):
    (r,) = reports(analyse, "ترأس وزير الخارجية السعودي فيصل بن فرحان وفد المملكة في القمة الثانية، والتقى "
                            "رئيس الوزراء الماليزي أنور إبراهيم. " + earlier, published="2025-05-27")
    assert r.place is None or r.place.place != "riyadh"
    assert 2025 in (r.date.constraint.years or {r.date.constraint.lo.year})


# --- a foreign name opening with ف, the dateline's city in the chosen country, met in turn ----

@pytest.mark.parametrize("name", ["فام مينه تشينه", "فام ثو هانغ"])
def test_after_a_title_a_name_may_open_with_fa_and_a_particle(analyse, name):
    """"فام" also reads as ف + أم."""
    (r,) = reports(analyse, f"أجرى رئيس الوزراء الفيتنامي {name} اليوم محادثات مع نظيره البولندي دونالد توسك.")
    assert names(r) == {name, "دونالد توسك"}


@pytest.mark.parametrize("body,place", [
    ("كراكاس (أ ف ب) - اختتمت المفوضة الأممية ميشيل باشليه الجمعة زيارة إلى فنزويلا، التقت خلالها "
     "زعيم المعارضة خوان غوايدو.", "caracas"),
    ("هانوي (رويترز) - التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش أمس في فيتنام الأمين العام "
     "للحزب الحاكم نغوين فو ترونغ.", "hanoi"),
])
def test_the_dateline_s_city_says_more_than_the_country_the_text_names(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place


@pytest.mark.parametrize("order", ["على التوالي", "تباعا"])
def test_people_met_in_turn_are_met_one_by_one(analyse, order):
    rs = reports(analyse, f"التقت المفوضة الأممية ميشيل باشليه أمس {order} زعيم المعارضة خوان غوايدو والرئيس "
                          "نيكولاس مادورو.")
    assert sorted(sorted(names(r)) for r in rs) == [["خوان غوايدو", "ميشيل باشليه"], ["ميشيل باشليه", "نيكولاس مادورو"]]


# --- one office's holder spelled two ways in two articles ----------------------------------------

@pytest.mark.parametrize("first,second,one", [
    ("الرئيس النيجيري محمدو بوهاري", "الرئيس النيجيري محمد بخاري", True),
    ("الرئيس الليبيري جورج ويا", "الرئيس الليبيري جورج وياه", True),
    # two presidents of one country are never one person by their office alone
    ("الرئيس النيجيري محمدو بوهاري", "الرئيس النيجيري بولا تينوبو", False),
])
def test_one_office_holder_spelled_two_ways_is_one_person(project, tmp_path, options, first, second, one):
    from generator.pipeline import extract
    from .articles import article
    arts = tmp_path / "a"
    arts.mkdir()
    for name, who in (("x", first), ("y", second)):
        (arts / f"{name}.md").write_text(article(f"استقبل العاهل المغربي الملك محمد السادس أمس في أبوجا {who}.",
                                                 published="2016-12-03"), encoding="utf-8")
    sheets = extract(options(project, arts, tmp_path / "out")).sheets
    assert len(sheets) == (1 if one else 2)
