"""A foreign name in -o that opens with ب or ل is a name, not a preposition on a noun, read
from sentences written for these tests (no corpus sentence)."""
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
