"""Venues outside a city, remote summits and other frame rules: sentences written for these
tests (no corpus sentence), each rule with at least two phrasings."""
from __future__ import annotations

import pytest

from .articles import reports


# --- a venue the world data places in no city is itself the place ------------------------------

@pytest.mark.parametrize("body,venue", [
    ("استقبل ملك البحرين الملك حمد بن عيسى آل خليفة، بقصر الصخير أمس، رئيس الوزراء الياباني.", "sakhir-palace"),
    ("التقى الرئيس الأمريكي جو بايدن في منتجع كامب ديفيد اليوم رئيس الوزراء الياباني.", "camp-david"),
    ("استضاف رئيس الوزراء البريطاني في مقر تشيكرز أمس المستشار الألماني أولاف شولتس.", "chequers"),
])
def test_a_venue_in_no_listed_city_is_the_place_not_its_country(analyse, body, venue):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == venue


def test_a_venue_in_a_listed_city_gives_the_city(analyse):
    (r,) = reports(analyse, "استقبل الرئيس المصري اليوم في قصر عابدين رئيس الوزراء الإيطالي.")
    assert r.place is not None and r.place.place == "cairo" and r.place.venue == "abdeen-palace"


# --- a portfolio, then its country after ب ------------------------------------------------------

@pytest.mark.parametrize("body,person,place", [
    ("الدوحة - استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، مساء أمس، السيد لويد أوستن وزير الدفاع "
     "بالولايات المتحدة الأميركية، والوفد المرافق له.", "لويد أوستن", "doha"),
    ("أبوظبي - استقبل رئيس الدولة الشيخ محمد بن زايد اليوم السيدة راكيل بوينروسترو وزيرة الاقتصاد "
     "بالمكسيك.", "راكيل بوينروسترو", "abu-dhabi"),
])
def test_a_country_after_b_following_a_portfolio_is_the_office_s_not_the_place(analyse, body, person, place):
    (r,) = reports(analyse, body)
    assert person in {p.name for p in r.parties.values()}
    assert r.place is not None and r.place.place == place
