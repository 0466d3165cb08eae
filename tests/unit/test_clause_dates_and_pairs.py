"""Which clause a date or a pair of people belongs to, read from sentences written for these
tests (no corpus sentence), each rule with two phrasings: a day of the news in the meeting's
clause beside an earlier date of something else it tells, a dual or plural verb without its ن
("قبل أن يعقدا") that takes the people the clause before named, and a meeting after غداة or
عشية that dates another one, an office that goes on with the body it is held in
("في الحكومة الانتقالية"), and a headline that sums up two meetings."""
from __future__ import annotations

import pytest

from .articles import names, reports

# --- "أمس الاثنين ... في زيارة كانت مقررة في أيار الماضي": yesterday's meeting -----------------

POSTPONED = [
    ("استقبل رئيس الوزراء الياباني فوميو كيشيدا اليوم الخميس نظيره الكندي جاستن ترودو في طوكيو، في زيارة "
     "كانت مقررة في شباط/فبراير الماضي وتأجلت بسبب الانتخابات.", "2023-07-13", "2023-07-13", "tokyo"),
    ("التقى وزير الخارجية التركي هاكان فيدان أمس الثلاثاء في أنقرة نظيره الإيراني عباس عراقجي، في زيارة "
     "أرجئت من الشهر الماضي بسبب الأحداث.", "2024-11-20", "2024-11-19", "ankara"),
]


@pytest.mark.parametrize("body,published,day,place", POSTPONED)
def test_a_day_of_the_news_beats_an_earlier_date_its_clause_tells(analyse, body, published, day, place):
    (r,) = reports(analyse, body, published=published)
    assert r.date.resolve() == (day, "day") and r.place.place == place


# --- a dual or plural verb after قبل أن / بعد أن, of the people the clause before named ----------

PAIR_BEFORE = [
    ("افتتحت رئيسة الوزراء الإيطالية جورجيا ميلوني والرئيس الجزائري عبد المجيد تبون منتدى الأعمال في "
     "الجزائر العاصمة أمس الاثنين، قبل أن يعقدا محادثات ثنائية. وحطت طائرة ميلوني في مطار الجزائر فجر "
     "أمس، في أول زيارة لها إلى البلاد.", {"جورجيا ميلوني", "عبد المجيد تبون"}),
    ("تفقد الرئيس التركي رجب طيب أردوغان والرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الجورجي إيراكلي "
     "غاريباشفيلي مشروع السكك الحديدية في مدينة قارص اليوم، قبل أن يعقدوا قمة ثلاثية. ووصل علييف إلى "
     "قارص صباح اليوم قادما من باكو.",
     {"رجب طيب أردوغان", "إلهام علييف", "إيراكلي غاريباشفيلي"}),
]


@pytest.mark.parametrize("body,people", PAIR_BEFORE)
def test_a_dual_verb_without_its_nun_takes_the_people_named_before(analyse, body, people):
    (r,) = reports(analyse, body)
    assert {n.replace("جورجا", "جورجيا") for n in names(r)} == people


# --- "وجاء اللقاء غداة اجتماع X بـY": the meeting the news is dated by is another one ---------

DATED_BY_ANOTHER = [
    "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في برلين اليوم الثلاثاء. وجاء "
    "اللقاء غداة اجتماع ماكرون بالرئيس الأمريكي جو بايدن في باريس يوم الاثنين.",
    "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في برلين اليوم الثلاثاء، وذلك "
    "غداة لقاء ماكرون بالرئيس الأمريكي جو بايدن في باريس.",
]


@pytest.mark.parametrize("body", DATED_BY_ANOTHER)
def test_a_meeting_after_ghadat_that_dates_the_news_is_another_one(analyse, body):
    (r,) = reports(analyse, body, published="2024-06-11")
    assert names(r) == {"إيمانويل ماكرون", "أولاف شولتس"}


def test_a_meeting_after_ghadat_of_what_was_said_is_the_news(analyse):
    (r,) = reports(analyse, "قال وزير الخارجية الأمريكي أنتوني بلينكن اليوم الأربعاء إن المحادثات كانت "
                            "مثمرة، وذلك غداة لقائه الرئيس الصيني شي جين بينغ في بكين.", published="2024-04-24")
    assert names(r) == {"أنتوني بلينكن", "شي جين بينغ"} and r.date.resolve() == ("2024-04-23", "day")


# --- an office held in a body: "وزير الخارجية في الحكومة الانتقالية في تشاد X" ------------------

IN_A_BODY = [
    ("استقبل وزير الخارجية الكيني موساليا مودافادي اليوم في نيروبي وزير الخارجية في الحكومة الانتقالية "
     "في تشاد محمد صالح النظيف.", "2024-05-15", {"موساليا مودافادي", "محمد صالح النظيف"}),
    ("التقى وزير الخارجية البيروفي خافيير غونزاليس أولايتشيا أمس في واشنطن مستشارة الأمن الداخلي في "
     "الإدارة الأمريكية ليز شيروود راندال.", "2023-05-10", {"خافيير غونزاليس أولايتشيا", "ليز شيروود راندال"}),
]


@pytest.mark.parametrize("body,published,people", IN_A_BODY)
def test_an_office_goes_on_with_the_body_it_is_held_in(analyse, body, published, people):
    (r,) = reports(analyse, body, published=published)
    assert names(r) == people


# --- a headline over two meetings, one with each of its people, is no meeting of its own --------

def test_a_headline_summing_up_two_meetings_is_no_meeting_of_its_own(analyse):
    body = ("أجرت وزيرة الخارجية الألمانية أنالينا بيربوك، الثلاثاء، محادثات في كابول مع وزير الخارجية في حكومة "
            "\"طالبان\" أمير خان متقي، في زيارة ليوم واحد. وفي لقاء منفصل في وقت لاحق من اليوم نفسه، التقت "
            "الوزيرة الألمانية نائب رئيس الوزراء في الحكومة الأفغانية المؤقتة الملا عبد الغني برادر، بحضور وزير "
            "التجارة نور الدين عزيزي.")
    found = reports(analyse, body, published="2022-11-29",
                    headline="وزيرة الخارجية الألمانية تبحث الأمن مع متقي وبرادر")
    people = sorted(sorted(names(r)) for r in found)
    assert len(people) == 2 and ["أنالينا بيربوك", "خان متقي"] in people
    assert all("عبد الغني برادر" in p for p in people if "خان متقي" not in p)
