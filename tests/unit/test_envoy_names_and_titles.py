"""Envoys' names and titles, read from sentences written for these tests (no corpus sentence):
a foreign name in -o that opens with ب or ل is a name, not a preposition on a noun; a posted
office goes on with the region it is posted to; the office's acronym in brackets, then a comma,
the holder's nisba and the holder; a rank with its ordinal ("الجنرال الأول"); the head of a mission, named by its acronym or not; an office of a person named by his
family name after ل ("المستشار الدبلوماسي لبوتين")."""
from __future__ import annotations

import pytest

from .articles import names, reports


@pytest.mark.parametrize("body,published,people", [
    # ل + "يوناردو" before a city's name ("سانتوس") read as "for Yonardo of Santos" before
    ("التقى وزير الخارجية المصري سامح شكري أمس في القاهرة المبعوث الأممي ليوناردو سانتوس سيماو.",
     "2024-02-21", {"سامح شكري", "ليوناردو سانتوس سيماو"}),
    ("استقبل الرئيس الجزائري عبد المجيد تبون اليوم في الجزائر المفوض الأوروبي للاقتصاد باولو جنتيلوني.",
     "2023-03-14", {"عبد المجيد تبون", "باولو جنتيلوني"}),
])
def test_a_long_word_in_o_after_ba_or_lam_is_a_name(analyse, body, published, people):
    (r,) = reports(analyse, body, published=published)
    assert names(r) == people


# --- a posted office goes on with the region it is posted to ("لغرب إفريقيا والساحل") ----------

@pytest.mark.parametrize("body,people", [
    ("التقى وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط المبعوث الخاص للأمين العام لشرق إفريقيا هوانغ شيا.",
     {"ناصر بوريطة", "هوانغ شيا"}),
    ("استقبل الرئيس الغاني نانا أكوفو أدو اليوم في أكرا رئيس مكتب الأمم المتحدة لغرب إفريقيا والساحل محمد "
     "بن شمباس.", {"نانا أكوفو أدو", "محمد بن شمباس"}),
])
def test_an_office_goes_on_with_the_region_it_is_posted_to(analyse, body, people):
    (r,) = reports(analyse, body, published="2023-03-14")
    assert names(r) == people


# --- "... (أونواس)، الغاني محمد بن شمباس": the acronym, a comma, the holder's nisba, the holder ---

@pytest.mark.parametrize("body,people", [
    ("استقبل الرئيس السنغالي ماكي سال اليوم في داكار رئيس مكتب الأمم المتحدة لغرب إفريقيا والساحل (أونواس)، "
     "الغاني محمد بن شمباس.", {"ماكي سال", "محمد بن شمباس"}),
    ("استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل "
     "اللاجئين الفلسطينيين (الأونروا)، السويسري فيليب لازاريني.", {"أيمن الصفدي", "فيليب لازاريني"}),
])
def test_a_holder_after_the_office_s_acronym_and_a_comma(analyse, body, people):
    (r,) = reports(analyse, body, published="2023-03-14")
    assert names(r) == people


# --- a rank with its ordinal and the article: "الجنرال الأول"، "الفريق الأول ركن" ---------------

@pytest.mark.parametrize("body,people", [
    ("التقت المبعوثة نولين هيزر أمس الأربعاء في نايبيداو قائد الجيش الجنرال الأول مين أونغ هلاينغ.",
     {"نولين هيزر", "مين أونغ هلاينغ"}),
    ("استقبل رئيس مجلس السيادة الانتقالي الفريق الأول ركن عبد الفتاح البرهان اليوم في الخرطوم وزير الخارجية "
     "الإثيوبي ديميكي ميكونين.", {"عبد الفتاح البرهان", "ديميكي ميكونين"}),
])
def test_a_rank_with_its_ordinal_opens_the_name(analyse, body, people):
    (r,) = reports(analyse, body, published="2022-08-18")
    assert names(r) == people


# --- the head of a mission: "رئيس بعثة الدعم في ليبيا"، "رئيسة بعثة يونامي" -------------------

@pytest.mark.parametrize("body,people", [
    ("التقى رئيس بعثة الدعم في ليبيا عبد الله باتيلي، أمس الاثنين، رئيس المجلس الرئاسي محمد المنفي في "
     "طرابلس.", {"عبد الله باتيلي", "محمد المنفي"}),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني، اليوم الأحد، رئيسة بعثة يونامي جينين هينيس-بلاسخارت "
     "في بغداد.", {"محمد شياع السوداني", "جينين هينيس-بلاسخارت"}),
])
def test_the_head_of_a_mission_is_titled(analyse, body, people):
    (r,) = reports(analyse, body, published="2023-02-07")
    assert names(r) == people


# --- "المستشار الدبلوماسي لبوتين يوري أوشاكوف": ل on a known family name is whose adviser ------

@pytest.mark.parametrize("body,published,people", [
    ("استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين الرئيس الصيني شي جين بينغ، بحضور المستشار "
     "الدبلوماسي لبوتين يوري أوشاكوف.", "2023-03-21", {"فلاديمير بوتين", "شي جين بينغ", "يوري أوشاكوف"}),
    ("استقبل رئيس مجلس النواب نبيه بري اليوم في عين التينة المنسقة الخاصة للأمم المتحدة جينين "
     "هينيس-بلاسخارت، بحضور المستشار الإعلامي لبري علي حمدان.", "2024-09-12",
     {"نبيه بري", "جينين هينيس-بلاسخارت", "علي حمدان"}),
])
def test_a_known_family_name_after_lam_is_whose_the_office_is(analyse, body, published, people):
    (r,) = reports(analyse, body, published=published)
    assert names(r) == people
