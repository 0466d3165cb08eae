"""Envoys' names and titles, read from sentences written for these tests (no corpus sentence),
each rule with two phrasings (the case's id names the rule):

- a foreign name in -o that opens with ب or ل is a name, not a preposition on a noun;
- a posted office goes on with the region it is posted to ("لغرب إفريقيا والساحل");
- the office's acronym in brackets, then a comma, the holder's nisba and the holder;
- a rank with its ordinal ("الجنرال الأول");
- the head of a mission, named by its acronym or not ("رئيسة بعثة يونامي");
- an office of a person named by his family name after ل ("المستشار الدبلوماسي لبوتين");
- a name that folds to a verb of the list but opens with another alef ("إدي راما", not "أدى").
"""
from __future__ import annotations

import pytest

from .articles import names, reports


CASES = [
    pytest.param("التقى وزير الخارجية المصري سامح شكري أمس في القاهرة المبعوث الأممي ليوناردو سانتوس "
                 "سيماو.",
                 "2024-02-21", {"سامح شكري", "ليوناردو سانتوس سيماو"},
                 id="a_long_word_in_o_after_ba_or_lam_is_a_name-1"),
    pytest.param("استقبل الرئيس الجزائري عبد المجيد تبون اليوم في الجزائر المفوض الأوروبي للاقتصاد باولو "
                 "جنتيلوني.",
                 "2023-03-14", {"باولو جنتيلوني", "عبد المجيد تبون"},
                 id="a_long_word_in_o_after_ba_or_lam_is_a_name-2"),
    pytest.param("التقى وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط المبعوث الخاص للأمين العام لشرق "
                 "إفريقيا هوانغ شيا.",
                 "2023-03-14", {"ناصر بوريطة", "هوانغ شيا"},
                 id="an_office_goes_on_with_the_region_it_is_posted_to-1"),
    pytest.param("استقبل الرئيس الغاني نانا أكوفو أدو اليوم في أكرا رئيس مكتب الأمم المتحدة لغرب إفريقيا "
                 "والساحل محمد بن شمباس.",
                 "2023-03-14", {"محمد بن شمباس", "نانا أكوفو أدو"},
                 id="an_office_goes_on_with_the_region_it_is_posted_to-2"),
    pytest.param("استقبل الرئيس السنغالي ماكي سال اليوم في داكار رئيس مكتب الأمم المتحدة لغرب إفريقيا "
                 "والساحل (أونواس)، الغاني محمد بن شمباس.",
                 "2023-03-14", {"ماكي سال", "محمد بن شمباس"},
                 id="a_holder_after_the_office_s_acronym_and_a_comma-1"),
    pytest.param("استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان المفوض العام لوكالة الأمم المتحدة "
                 "لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا)، السويسري فيليب لازاريني.",
                 "2023-03-14", {"أيمن الصفدي", "فيليب لازاريني"},
                 id="a_holder_after_the_office_s_acronym_and_a_comma-2"),
    pytest.param("التقت المبعوثة نولين هيزر أمس الأربعاء في نايبيداو قائد الجيش الجنرال الأول مين أونغ "
                 "هلاينغ.",
                 "2022-08-18", {"مين أونغ هلاينغ", "نولين هيزر"},
                 id="a_rank_with_its_ordinal_opens_the_name-1"),
    pytest.param("استقبل رئيس مجلس السيادة الانتقالي الفريق الأول ركن عبد الفتاح البرهان اليوم في الخرطوم "
                 "وزير الخارجية الإثيوبي ديميكي ميكونين.",
                 "2022-08-18", {"ديميكي ميكونين", "عبد الفتاح البرهان"},
                 id="a_rank_with_its_ordinal_opens_the_name-2"),
    pytest.param("التقى رئيس بعثة الدعم في ليبيا عبد الله باتيلي، أمس الاثنين، رئيس المجلس الرئاسي محمد "
                 "المنفي في طرابلس.",
                 "2023-02-07", {"عبد الله باتيلي", "محمد المنفي"},
                 id="the_head_of_a_mission_is_titled-1"),
    pytest.param("استقبل رئيس الوزراء العراقي محمد شياع السوداني، اليوم الأحد، رئيسة بعثة يونامي جينين "
                 "هينيس-بلاسخارت في بغداد.",
                 "2023-02-07", {"جينين هينيس-بلاسخارت", "محمد شياع السوداني"},
                 id="the_head_of_a_mission_is_titled-2"),
    pytest.param("استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين الرئيس الصيني شي جين بينغ، بحضور "
                 "المستشار الدبلوماسي لبوتين يوري أوشاكوف.",
                 "2023-03-21", {"شي جين بينغ", "فلاديمير بوتين", "يوري أوشاكوف"},
                 id="a_known_family_name_after_lam_is_whose_the_office_is-1"),
    pytest.param("استقبل رئيس مجلس النواب نبيه بري اليوم في عين التينة المنسقة الخاصة للأمم المتحدة جينين "
                 "هينيس-بلاسخارت، بحضور المستشار الإعلامي لبري علي حمدان.",
                 "2024-09-12", {"جينين هينيس-بلاسخارت", "علي حمدان", "نبيه بري"},
                 id="a_known_family_name_after_lam_is_whose_the_office_is-2"),
]


@pytest.mark.parametrize("body,published,people", CASES)
def test_envoys_names_and_titles(analyse, body, published, people):
    (r,) = reports(analyse, body, published=published)
    assert names(r) == people


@pytest.mark.parametrize("body", [
    "التقى رئيس الوزراء الألباني إدي راما اليوم في تيرانا الرئيس الصربي ألكسندر فوتشيتش.",
    "استقبل رئيس الوزراء المجري فيكتور أوربان اليوم في بودابست رئيس وزراء ألبانيا إدي راما.",
])
def test_a_name_with_another_alef_than_a_verb_s_is_a_name(analyse, body):
    """"إدي" folds to the verb "أدى", which is written with another alef."""
    (r,) = reports(analyse, body, published="2023-02-27")
    assert "إدي راما" in names(r)


# --- "وزيرة الخارجية في حكومة الوحدة الوطنية الليبية نجلاء المنقوش": a body named by what follows ---

BODY_IN_CONSTRUCT = [
    ("أجرت وزيرة الخارجية في حكومة الوحدة الوطنية الليبية نجلاء المنقوش، أمس، محادثات في فاليتا مع وزير "
     "الخارجية المالطي إيان بورغ.", {"نجلاء المنقوش", "إيان بورغ"}),
    ("التقى وزير الدفاع في حكومة الإنقاذ الوطني اليمنية محمد العاطفي، أمس، في صنعاء السفير الإيراني حسن "
     "إيرلو.", {"محمد العاطفي", "حسن إيرلو"}),
]


@pytest.mark.parametrize("body,people", BODY_IN_CONSTRUCT)
def test_an_office_held_in_a_government_named_in_construct_goes_on_to_its_holder(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people
