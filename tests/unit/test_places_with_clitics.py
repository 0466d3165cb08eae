"""A place written with ب or ل on a name that opens with one of those letters or ك ("ببغداد"،
"بلندن"، "بكابول"), read from sentences written for these tests (no corpus sentence): the
preposition is not doubled, as it is in "للزيارة" (ل + the article)."""
from __future__ import annotations

import pytest

from .articles import reports


@pytest.mark.parametrize("body,place", [
    ("التقى رئيس الوزراء العراقي محمد شياع السوداني اليوم ببغداد وزير الخارجية الإيراني عباس عراقجي.",
     "baghdad"),
    ("استقبل رئيس الوزراء البريطاني كير ستارمر اليوم بلندن الرئيس الأوكراني فولوديمير زيلينسكي.", "london"),
    ("التقى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني أمس بكابول وزير الخارجية الأفغاني أمير خان متقي.",
     "kabul"),
    ("استقبل رئيس الحكومة اللبنانية نجيب ميقاتي اليوم في السراي الحكومي ببيروت وزير الخارجية الفرنسي "
     "ستيفان سيجورنيه.", "beirut"),
])
def test_a_city_after_ba_is_the_place_though_it_opens_with_a_preposition_s_letter(analyse, body, place):
    (r,) = reports(analyse, body, published="2024-11-20")
    assert r.place is not None and r.place.place == place


@pytest.mark.parametrize("body,place", [
    ("وصل الرئيس الفرنسي إيمانويل ماكرون اليوم في زيارة للبنان، والتقى الرئيس اللبناني جوزيف عون.", "lebanon"),
    ("وصل وزير الخارجية الإيطالي أنطونيو تاياني أمس في زيارة لليبيا، والتقى رئيس المجلس الرئاسي محمد المنفي.",
     "libya"),
])
def test_lam_on_a_country_that_opens_with_lam_is_that_country(analyse, body, place):
    """"للبنان" is ل + "لبنان": no word "البنان" is known for the article to stand in."""
    (r,) = reports(analyse, body, published="2025-01-17")
    assert r.place is not None and r.place.place == place
