"""Who "the two presidents" are when the verb carries only one of them, and other rules of this
file: sentences written for these tests (no corpus sentence), each rule with at least two
phrasings."""
from __future__ import annotations

import pytest

from .articles import article, names, reports

# --- a dual verb or "the two leaders" after a sentence naming both ---------------------------

PAIR_AFTER_GREETING = [
    ("وصل رئيس الوزراء الماليزي أنور إبراهيم صباح اليوم إلى جاكرتا. وكان في استقباله في المطار الرئيس "
     "الإندونيسي جوكو ويدودو. وتوجه الزعيمان بعد ذلك إلى قصر بوغور حيث عقدا جلسة مباحثات مغلقة.",
     {"أنور إبراهيم", "جوكو ويدودو"}),
    ("حطت طائرة الرئيس الأرجنتيني خافيير ميلي أمس في مطار برازيليا، وكان في استقباله الرئيس البرازيلي "
     "لويس إيناسيو لولا دا سيلفا. ثم انتقل الرئيسان إلى قصر بلانالتو، حيث عقدا اجتماعا ثنائيا.",
     {"خافيير ميلي", "لويس إيناسيو لولا دا سيلفا"}),
]


@pytest.mark.parametrize("body,people", PAIR_AFTER_GREETING)
def test_two_leaders_who_met_after_a_greeting_are_both_in_the_talks(analyse, body, people):
    """The dual verb carries the visitor; the other of the two is the one who greeted him."""
    (r,) = reports(analyse, body)
    assert names(r) == people


# --- a long office, then a rank and its holder, with no comma -------------------------------

RANKED_HOLDER = [
    ("وصل رئيس الحركة الوطنية لإنقاذ الشعب في بوركينا فاسو النقيب إبراهيم تراوري أمس إلى باماكو.",
     "إبراهيم تراوري"),
    ("وصل رئيس المجلس العسكري لحماية الدستور الحاكم في غينيا الجنرال عمر سيسي أمس إلى داكار.", "عمر سيسي"),
]


@pytest.mark.parametrize("body,name", RANKED_HOLDER)
def test_a_rank_after_the_rest_of_a_long_office_opens_its_holder(analyse, body, name):
    """"رئيس المجلس ... الحاكم في X الجنرال Y": one person with the whole office, not a title
    and a name (which a visit would take for two people)."""
    (person,) = analyse(article(body)).doc.sents[1].people
    assert person.name == name and person.title is not None and person.title.office == "president"


# --- "the same day" is the day told before, not the publication day ---------------------------

SAME_DAY = [
    "وفي وقت لاحق من اليوم نفسه، التقى الرئيس الكيني رئيس الوزراء التنزاني قاسم مجاليوا.",
    "وفي اليوم ذاته، اجتمع الرئيس الكيني مع رئيس الوزراء التنزاني قاسم مجاليوا.",
    "وفي ذات اليوم، استقبل رئيس الوزراء التنزاني قاسم مجاليوا الرئيس الكيني.",
]


@pytest.mark.parametrize("later", SAME_DAY)
def test_a_meeting_later_the_same_day_takes_the_day_told_before(analyse, later):
    rs = reports(analyse, "التقى الرئيس الكيني وليام روتو أمس الاثنين في دار السلام الرئيسة التنزانية سامية "
                          "صولوحو حسن. " + later)
    assert [r.date.constraint.lo.isoformat() for r in rs] == ["2024-03-11"] * len(rs) and len(rs) == 2
