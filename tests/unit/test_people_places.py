"""Who met whom, where, and whether it was a meeting: rules with Arabic examples written for
these tests (not taken from the corpora)."""
from __future__ import annotations

import pytest


def article(body: str, published: str | None = "2019-04-16", title: str = "خبر عن لقاء سياسي في المنطقة") -> str:
    front = f"---\npublished: {published}\n---\n" if published else ""
    return f"{front}{title}\n\n{body}\n"


def reports(analyse, body: str, **kw):
    return analyse(article(body, **kw), ".md").reports


def parties(report) -> set[str]:
    return set(report.parties)


# --- offices resolved with the meeting's date ----------------------------------------------

@pytest.mark.parametrize("published,holder", [("2019-04-16", "walid-al-muallem"), ("2022-05-10", "faisal-mekdad")])
def test_an_office_names_different_people_in_different_years(analyse, published, holder):
    (r,) = reports(analyse, "استقبل الرئيس بشار الأسد اليوم في دمشق وزير الخارجية السوري وبحث معه التطورات.",
                   published=published)
    assert holder in parties(r) and "bashar-al-assad" in parties(r)


def test_an_office_nobody_held_on_the_date_is_kept_for_review(analyse):
    (r,) = reports(analyse, "التقى الرئيس بشار الأسد اليوم في دمشق وزير الخارجية السعودي وبحثا العلاقات.",
                   published="2010-03-01")
    assert parties(r) == {"bashar-al-assad"}
    assert [t for t, _ in r.unresolved] == ["وزير الخارجية السعودي"]


def test_a_title_resolves_to_the_person_the_article_names(analyse):
    (r,) = reports(analyse, "التقى وزير الدفاع الروسي اليوم الرئيس السوري في دمشق. وقال سيرغي شويغو إن "
                            "اللقاء كان مثمراً.", published=None)
    assert parties(r) == {"sergei-shoigu", "bashar-al-assad"}


# --- people not in the gazetteer ---------------------------------------------------------

def test_title_and_unknown_name_make_a_provisional_person(analyse):
    an = analyse(article("استقبل الرئيس بشار الأسد اليوم في دمشق وزير الخارجية الأردني أيمن الصفدي، "
                         "وبحث الجانبان عودة اللاجئين."), ".md")
    (r,) = an.reports
    new = [p for p in r.parties.values() if p.new_person]
    assert len(new) == 1
    person = new[0].new_person
    assert person.name == "أيمن الصفدي" and not person.in_gazetteer
    assert person.description == "وزير الخارجية الأردني" and person.id.isascii()


def test_a_provisional_persons_family_name_is_found_later(analyse):
    an = analyse(article("التقى الرئيس بشار الأسد اليوم في دمشق رئيس الوزراء العراقي عادل المهدي. "
                         "وقال المهدي إن المباحثات تناولت أمن الحدود."), ".md")
    (r,) = an.reports
    pid = next(p for p in r.parties if p not in ("bashar-al-assad",))
    assert len(r.parties[pid].sentences) >= 1
    assert an.new_people[pid].name == "عادل المهدي"


@pytest.mark.parametrize("body", [
    "كما وجه الوزير الروسي قيادة المركز تفعيل المحادثات مع الوجهاء.",
    "بحث الرئيس السوري مع رأس النظام السوري سير تطبيق الاتفاق.",
])
def test_ordinary_words_after_a_title_are_not_a_name(analyse, body):
    an = analyse(article(body), ".md")
    assert not an.new_people


# --- participants versus mentioned ------------------------------------------------------------

def test_who_ordered_the_visit_is_mentioned_not_present(analyse):
    (r,) = reports(analyse, "استقبل الرئيس بشار الأسد اليوم في دمشق وزير الدفاع الروسي سيرغي شويغو الذي يزور "
                            "سوريا بتوجيه من الرئيس فلاديمير بوتين.")
    assert parties(r) == {"bashar-al-assad", "sergei-shoigu"}
    assert r.mentioned["vladimir-putin"][0] == "ordered"


def test_people_who_sent_greetings_are_mentioned(analyse):
    (r,) = reports(analyse, "التقى الأمير فيصل بن فرحان اليوم الرئيس بشار الأسد في دمشق. ونقل في مستهل اللقاء "
                            "تحيات الملك سلمان بن عبد العزيز.", published="2023-04-18")
    assert parties(r) == {"faisal-bin-farhan", "bashar-al-assad"}
    assert r.mentioned["king-salman"][0] == "ordered"


def test_a_speaker_is_quoted_not_present(analyse):
    (r,) = reports(analyse, "قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس بوتين التقى اليوم الرئيس "
                            "بشار الأسد في موسكو.", published="2019-04-16")
    assert parties(r) == {"vladimir-putin", "bashar-al-assad"}
    assert r.mentioned["dmitry-peskov"][0] == "quoted"


def test_people_joining_later_are_participants(analyse):
    (r,) = reports(analyse, "التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس بشار الأسد في موسكو. وقال "
                            "التلفزيون إن وزير الخارجية الروسي سيرغي لافروف انضم إلى الرئيسين لاحقاً.")
    assert parties(r) == {"vladimir-putin", "bashar-al-assad", "sergei-lavrov"}


def test_present_with_bihudur(analyse):
    (r,) = reports(analyse, "عقد الرئيسان فلاديمير بوتين وبشار الأسد اليوم لقاءً في موسكو بحضور وزير الدفاع "
                            "سيرغي شويغو.")
    assert parties(r) == {"vladimir-putin", "bashar-al-assad", "sergei-shoigu"}


@pytest.mark.parametrize("joined", ["وشارك في المحادثات وزير الخارجية الروسي سيرغي لافروف.",
                                    "كما شارك في الاجتماع وزير الخارجية الروسي سيرغي لافروف."])
def test_people_taking_part_in_the_talks_are_participants(analyse, joined):
    (r,) = reports(analyse, "التقى الرئيس فلاديمير بوتين اليوم الرئيس رجب طيب أردوغان في سوتشي. " + joined)
    assert parties(r) == {"vladimir-putin", "recep-tayyip-erdogan", "sergei-lavrov"}


def test_two_meetings_in_one_article(analyse):
    rs = reports(analyse, "التقى وزير الخارجية الإيراني محمد جواد ظريف اليوم الرئيس بشار الأسد في دمشق. "
                          "ثم التقى ظريف نظيره السوري وليد المعلم في مقر الوزارة.")
    assert [parties(r) for r in rs] == [{"mohammad-javad-zarif", "bashar-al-assad"},
                                       {"mohammad-javad-zarif", "walid-al-muallem"}]


# --- what counts as a meeting -----------------------------------------------------------------

def test_a_phone_call_is_a_call(analyse):
    (r,) = reports(analyse, "بحث الرئيس رجب طيب أردوغان اليوم في اتصال هاتفي مع الرئيس فلاديمير بوتين "
                            "الأوضاع في إدلب.")
    assert r.kind == "phone" and parties(r) == {"recep-tayyip-erdogan", "vladimir-putin"}
    assert r.place is None


@pytest.mark.parametrize("body", [
    "كان الرئيس فلاديمير بوتين قد التقى الرئيس بشار الأسد في سوتشي عام 2018.",
    "وسبق للرئيس بشار الأسد أن استقبل وزير الخارجية الإيراني محمد جواد ظريف في دمشق في مناسبات سابقة.",
    "وتأتي الزيارة بعد أيام من لقاء جمع الرئيس بوتين والرئيس أردوغان في أنقرة.",
    "ومن المقرر أن يلتقي الرئيس فلاديمير بوتين الرئيس رجب طيب أردوغان في أنقرة الأسبوع المقبل.",
    "وغادر الرئيس بوتين متوجهاً إلى القاهرة للقاء الرئيس عبد الفتاح السيسي.",
    "وأكدت وزارة الخارجية السورية في بيان اليوم رفضها العقوبات المفروضة على دمشق.",
    "وزار وزير الدفاع الروسي سيرغي شويغو قاعدة حميميم وتفقد القوات هناك.",
])
def test_background_planned_statements_and_lone_visits_are_not_meetings(analyse, body):
    assert reports(analyse, body) == []


# --- places -----------------------------------------------------------------------------------

def test_the_dateline_is_not_the_place(analyse):
    (r,) = reports(analyse, "موسكو – التقى وزير الدفاع الروسي سيرغي شويغو اليوم الرئيس بشار الأسد في دمشق.")
    assert r.place.place == "damascus"


@pytest.mark.parametrize("body,place", [
    ("القاهرة 3 مايو 2021 (شينخوا) التقى الرئيس الصيني شي جين بينغ هنا اليوم الرئيس المصري عبد الفتاح السيسي.", "cairo"),
    ("موسكو – استقبل الرئيس فلاديمير بوتين ههنا أمس الرئيس بشار الأسد، وبحثا التعاون الثنائي.", "moscow"),
    # "من هنا" is "hence", not a place
    ("موسكو – استقبل الرئيس بشار الأسد اليوم في دمشق الرئيس فلاديمير بوتين، ومن هنا تأتي أهمية اللقاء.", "damascus"),
])
def test_a_wire_here_is_the_dateline(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place.place == place


def test_a_place_discussed_is_not_the_place(analyse):
    (r,) = reports(analyse, "التقى الرئيس بشار الأسد اليوم في دمشق وزير الدفاع الروسي سيرغي شويغو وبحثا "
                            "الأوضاع في محافظة إدلب ومدينة دير الزور.")
    assert r.place.place == "damascus"


@pytest.mark.parametrize("subject", ["لبحث الأوضاع في", "لمناقشة الوجود العسكري في", "وركزا على القوات الأجنبية في"])
def test_a_place_named_as_the_subject_of_talks_is_not_the_place(analyse, subject):
    """Even where the meeting's own place is a description ("العاصمة الروسية") scored no higher."""
    (r,) = reports(analyse, f"اجتمع وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو اليوم "
                            f"في العاصمة الروسية {subject} مدينة حلب.",
                   title=f"لافروف وجاويش أوغلو يبحثان {subject.split()[-2]} في حلب")
    assert r.place.place == "moscow"


def test_a_venue_gives_its_city(analyse):
    (r,) = reports(analyse, "استقبل الرئيس فلاديمير بوتين اليوم في الكرملين الرئيس بشار الأسد.")
    assert (r.place.place, r.place.venue) == ("moscow", "kremlin")


def test_next_stop_and_way_home_are_not_the_place(analyse):
    (r,) = reports(analyse, "حط الرئيس بشار الأسد اليوم في مدينة سوتشي حيث التقى الرئيس فلاديمير بوتين، "
                            "قبل أن يعود إلى دمشق.")
    assert r.place.place == "sochi"


def test_a_base_is_its_own_place(analyse):
    (r,) = reports(analyse, "التقى الرئيس فلاديمير بوتين اليوم الرئيس بشار الأسد في قاعدة حميميم الجوية.",
                   published="2017-12-11")
    assert r.place.place == "hmeimim"
