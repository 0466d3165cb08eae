"""Who met, where and when, read from sentences written for these tests (no corpus sentence):
people listed under a line that ends with a colon, a span of time that is no name, a dateline
that names a country and its capital, long foreign names after a style, women's first names in
ة, those who gave high orders or were sent a letter, a place a guest is invited to, a tour's
second stop ("متوجها إلى X، حيث عقد"), talks told after "قبل أن" behind a relative clause, the
pair of the meeting told last, a family name shared by two people, and a meeting whose
aftermath is the news."""
from __future__ import annotations

import pytest

from .articles import article, names, reports

# --- a list under a line that ends with a colon ------------------------------------------------

LISTED = [
    ("تسلم الرئيس التشادي محمد إدريس ديبي اليوم الثلاثاء أوراق اعتماد ثلاثة سفراء جدد.\n\n"
     "ويتعلق الأمر بكل من:\n- سفير جمهورية الكاميرون، السيد جان بيير نغويمبي،\n"
     "- سفيرة جمهورية السنغال، السيدة عائشة ديوب فال.",
     {"جان بيير نغويمبي", "عائشة ديوب فال"}),
    ("استقبل رئيس الوزراء المالي شوغيل مايغا أمس الاثنين في باماكو عددا من السفراء المعتمدين.\n\n"
     "وهم كل من:\n• السيد كوفي أسامواه بونسو، سفير غانا\n• السيد إبراهيم تيني ساوادوغو، سفير بوركينا فاسو",
     {"كوفي أسامواه بونسو", "إبراهيم تيني ساوادوغو"}),
]


@pytest.mark.parametrize("body,listed", LISTED)
def test_people_listed_under_a_colon_are_in_the_meeting_the_sentence_before_told(analyse, body, listed):
    """"ويتعلق الأمر بكل من:" and its items are one sentence, and they name the meeting's people."""
    (r,) = reports(analyse, body)
    assert listed <= names(r)


def test_a_list_under_a_colon_is_read_as_one_sentence(analyse):
    an = analyse(article("وحضر اللقاء كل من:\n- وزير المالية السيد كمال بن علي،\n- وزيرة الصحة السيدة ليلى حمدي."))
    listed = [s for s in an.doc.sents if "كمال" in s.text]
    assert len(listed) == 1 and "ليلى حمدي" in listed[0].text and "-" not in listed[0].text


# --- a span of time is no name --------------------------------------------------------------

SPANS = [
    "التقى وزير الخارجية الهولندي كاسبار فيلدكامب أمس نظيره الأردني أيمن الصفدي، واستمرت المحادثات قرابة ساعتين.",
    "اجتمع وزير الخارجية الهولندي كاسبار فيلدكامب أمس في عمان مع نظيره الأردني أيمن الصفدي في جلسة امتدت زهاء ساعتين.",
]


@pytest.mark.parametrize("body", SPANS)
def test_two_hours_are_no_person(analyse, body):
    (r,) = reports(analyse, body)
    assert names(r) == {"كاسبار فيلدكامب", "أيمن الصفدي"}


# --- a dateline that names a country and its capital -------------------------------------

DATELINES = [("الكويت - كونا\n\nاستقبل ولي العهد أمس رئيس وزراء باكستان.", "kuwait-city"),
             ("تونس (وات) - استقبل الرئيس أمس وزير الخارجية الإيطالي.", "tunis"),
             ("جيبوتي - استقبل الرئيس أمس وزير الخارجية الصومالي.", "djibouti-city")]


@pytest.mark.parametrize("body,city", DATELINES)
def test_a_dateline_is_the_city_that_bears_its_country_s_name(analyse, body, city):
    assert analyse(article(body)).article.meta.dateline_place == city


DOMESTIC = [("نواكشوط - استقبل رئيس الجمهورية، السيد سيدي ولد أحمدو، اليوم بمقر الرئاسة، وزير خارجية غامبيا.",
             "nouakchott"),
            ("بانجول - استقبل الوزير الأول، السيد موسى جالو، أمس في مكتبه وزير خارجية السنغال.", "banjul")]


@pytest.mark.parametrize("body,city", DOMESTIC)
def test_an_office_without_a_country_is_held_where_the_dateline_is(analyse, body, city):
    """"رئيس الجمهورية" names no country: its holder's is the dateline's, where the meeting was
    when no sentence names a place."""
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == city


# --- long names after a style ----------------------------------------------------------------

LONG_NAMES = [
    ("استقبل وزير الخارجية الأنغولي السيد جواو باتيستا فيرناندو كوسي أمس في لواندا.", "جواو باتيستا فيرناندو كوسي"),
    ("استقبل الرئيس البرتغالي أمس في لشبونة السيد لوكاس ماتياس سيلفيرا دوراتي.", "لوكاس ماتياس سيلفيرا دوراتي"),
    # (after a personal style, given names one after another are one person's)
    ("استقبل رئيس الوزراء أمس السيد فرانسيسكو خوسيه ماريا ألميدا، سفير الرأس الأخضر.", "فرانسيسكو خوسيه ماريا ألميدا"),
]


@pytest.mark.parametrize("body,name", LONG_NAMES)
def test_four_plain_words_after_a_style_are_one_name_when_nothing_splits_them(analyse, body, name):
    """Nothing says where a second name would begin: no family name said twice, no first name."""
    assert name in {p.name for s in analyse(article(body)).doc.sents for p in s.people}


def test_a_first_name_after_two_words_still_opens_a_second_name(analyse):
    """"استقبل الرئيس يوري كاغامي دينيس أوتشيا": a known first name begins the guest's name."""
    an = analyse(article("استقبل الرئيس الرواندي يوري كاغامي دينيس أوتشيا أمس في كيغالي."))
    people = {p.name for s in an.doc.sents for p in s.people}
    assert "دينيس أوتشيا" in people


FEMININE = [("استقبل الوزير أمس في مكتبه الدكتورة نهلة الكعبي.", "نهلة الكعبي"),
            ("التقى المبعوث الأممي أمس السيدة نعمة البدوي في طرابلس.", "نعمة البدوي")]


@pytest.mark.parametrize("body,name", FEMININE)
def test_a_word_in_ta_after_a_personal_style_is_a_first_name(analyse, body, name):
    """A word in ة no vocabulary knows opens a woman's name, not a noun and its complement."""
    assert name in {p.name for s in analyse(article(body)).doc.sents for p in s.people}


# --- high orders and carried letters ----------------------------------------------------------

ABSENT = [
    ("بتعليمات سامية من صاحب الجلالة الملك محمد السادس، استقبل رئيس الحكومة عزيز أخنوش أمس بالرباط "
     "رئيس وزراء السنغال عثمان سونكو.", "محمد السادس"),
    ("استقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك أمس في نواكشوط المبعوث الخاص للرئيس "
     "الغاني جون ماهاما، حاملا رسالة إلى الرئيس محمد ولد الشيخ الغزواني.", "محمد ولد الشيخ الغزواني"),
]


@pytest.mark.parametrize("body,absent", ABSENT)
def test_who_gave_high_orders_or_is_sent_a_letter_is_not_in_the_room(analyse, body, absent):
    (r,) = reports(analyse, body)
    assert absent not in names(r) and len(names(r)) == 2


# --- where a guest is invited to --------------------------------------------------------------

def test_a_place_a_guest_is_invited_to_is_not_where_they_met(analyse):
    body = ("التقى الرئيس الإندونيسي برابوو سوبيانتو أمس الرئيس التشيلي غابرييل بوريك، ووجه إليه دعوة رسمية "
            "لزيارة جاكرتا.")
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place != "jakarta"


# --- a tour: the second stop --------------------------------------------------------------------

TOUR = ("زار رئيس الوزراء الهندي ناريندرا مودي أثينا الأحد، حيث استقبله رئيس الوزراء اليوناني كيرياكوس "
        "ميتسوتاكيس. وغادر مودي أثينا مساء الأحد متوجها إلى صوفيا، حيث عقد أمس الاثنين محادثات مع الرئيس "
        "البلغاري رومين راديف. واتفق الجانبان على رفع مستوى العلاقات ووقعا أربع اتفاقيات.")


def test_where_a_traveller_went_on_to_is_the_place_of_what_he_did_there(analyse):
    rs = reports(analyse, TOUR, published="2024-03-12")
    second = next(r for r in rs if "رومين راديف" in names(r))
    assert second.place is not None and second.place.place == "sofia"
    assert second.date is not None and second.date.resolve()[0] == "2024-03-11"


def test_whereby_after_a_place_discussed_does_not_put_the_talks_there(analyse):
    """"حيث" after the subject of the talks means "whereby": "الأوضاع في السودان، حيث تم ..."."""
    body = ("استقبل الرئيس الكيني وليام روتو أمس وزير الخارجية النرويجي إسبن بارث إيدي، وتركز اللقاء على "
            "الأوضاع في السودان، حيث تم بحث سبل إيصال المساعدات.")
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place not in ("sudan", "khartoum")


def test_a_tour_s_earlier_stop_told_in_passing_stays_a_mention(analyse):
    body = ("استقبل رئيس الوزراء الياباني أمس الأحد في طوكيو الرئيس الفيتنامي تو لام، الذي بدأ جولته السبت من "
            "سيول حيث التقى الرئيس الكوري الجنوبي يون سوك يول.")
    assert len(reports(analyse, body)) == 1


def test_the_two_sides_are_the_pair_told_last(analyse):
    """"واتفق الجانبان ... ووقعا": the two of the meeting just told, which it also makes news."""
    rs = reports(analyse, TOUR, published="2024-03-12")
    assert {frozenset(names(r)) for r in rs} >= {frozenset({"ناريندرا مودي", "رومين راديف"})}


BEFORE_TALKS = [
    "حظي الرئيس الغاني جون ماهاما باستقبال رسمي في أبوجا أمس الخميس، حيث عزف النشيدان، قبل أن يدخل في جلسة "
    "محادثات مع مضيفه الرئيس النيجيري بولا تينوبو.",
    "استقبل الرئيس الغاني جون ماهاما بمراسم رسمية في أبوجا أمس، حيث استعرض حرس الشرف، قبل أن يعقد جلسة "
    "مباحثات مع الرئيس النيجيري بولا تينوبو.",
]


@pytest.mark.parametrize("body", BEFORE_TALKS)
def test_talks_told_after_a_welcome_and_a_relative_clause_were_held(analyse, body):
    (r,) = reports(analyse, body)
    assert names(r) == {"جون ماهاما", "بولا تينوبو"}


# --- spouses at the welcome, an undersecretary at the talks ----------------------------------------

SPOUSES = [
    ("وصل الرئيس الغاني جون ماهاما أمس إلى أبوجا برفقة السيدة الأولى لوردينا ماهاما، وعقد جلسة محادثات مع "
     "الرئيس النيجيري بولا تينوبو.", {"جون ماهاما", "بولا تينوبو"}),
    ("استقبل رئيس الوزراء الهولندي ديك سخوف وقرينته السيدة آنا فان دير بيرخ أمس في لاهاي الرئيس التشيلي "
     "غابرييل بوريك، وعقدا جلسة مباحثات.", {"ديك سخوف", "غابرييل بوريك"}),
]


@pytest.mark.parametrize("body,people", SPOUSES)
def test_a_spouse_at_the_welcome_is_not_in_the_talks(analyse, body, people):
    (r,) = reports(analyse, body)
    assert names(r) == people


def test_an_undersecretary_is_an_office_before_a_name(analyse):
    body = ("التقى وزير الخارجية الإندونيسي سوجيونو أمس في جاكرتا نظيره الماليزي محمد حسن، بحضور وكيل وزارة "
            "الخارجية الإندونيسية أريف هافاس أوغروسينو.")
    (r,) = reports(analyse, body)
    assert "أريف هافاس أوغروسينو" in names(r)


def test_a_family_name_of_two_letters_written_first_stands_for_its_bearer(analyse):
    """"فو فان ثونغ" … "وقال فو": a name's first word of two letters, written alone again and again."""
    body = ("استقبل الرئيس الفيتنامي فو فان ثونغ أمس في هانوي الرئيس التشيلي غابرييل بوريك. وقال فو إن البلدين "
            "شريكان. وأكد فو أن التجارة ستنمو.")
    an = analyse(article(body))
    assert [p.name for p in an.doc.sents[2].people] == ["فو فان ثونغ"]


# --- a family name two people share -----------------------------------------------------------

def test_a_family_name_is_the_person_named_first_with_it(analyse):
    body = ("استقبل رئيس بالاو سورانجل ويبس الابن أمس في ملكيوك رئيس وزراء اليابان. "
            "وكان في استقبال الضيف عند المدخل ويبس وقرينته السيدة فاليري ويبس.")
    people = [p for p in analyse(article(body)).doc.sents[2].people if p.name]
    assert [p.name for p in people] == ["سورانجل ويبس الابن", "فاليري ويبس"]


# --- a meeting whose aftermath is the news --------------------------------------------------

AFTERMATH = [
    ("بعد يومين على اللقاء الذي جمع رئيس الوزراء الأسترالي أنتوني ألبانيزي بالرئيس الصيني شي جين بينغ في "
     "بكين الاثنين، لا يزال الجدل قائما في كانبيرا.", "2024-03-11"),
    ("بعد ساعات من الاجتماع الذي جمع رئيس الوزراء الإسباني بيدرو سانشيز والرئيس الصيني شي جين بينغ في بكين "
     "أمس، أعلنت مدريد رفع صادراتها.", "2024-03-11"),
]


@pytest.mark.parametrize("body,day", AFTERMATH)
def test_a_recent_meeting_whose_aftermath_is_the_news_is_reported(analyse, body, day):
    (r,) = reports(analyse, body)
    assert r.date is not None and r.date.resolve()[0] == day


def test_a_meeting_long_before_the_aftermath_stays_background(analyse):
    body = ("بعد اللقاء الذي جمع رئيس الوزراء الأسترالي أنتوني ألبانيزي بالرئيس الصيني شي جين بينغ الشهر الماضي، "
            "أعلنت كانبيرا رفع القيود.")
    assert reports(analyse, body) == []


# --- related headlines under "مقالات مشابهة" ---------------------------------------------------

def test_similar_articles_open_a_block_of_page_furniture(analyse):
    an = analyse(article("التقى الرئيس الفرنسي أمس رئيس الوزراء الهندي.\n\nمقالات مشابهة:\n"
                         "- وزير الخارجية يستقبل سفير اليابان\n- الرئيس يترأس اجتماعا للحكومة"))
    assert not any("اليابان" in s.text for s in an.doc.sents)


# --- "his counterpart" after the verb, "the two presidents", a tour told stop by stop ------------

def test_his_counterpart_after_the_verb_is_met_by_the_one_his_stands_for(analyse):
    body = ("وصل وزير الخارجية الإيراني عباس عراقجي أمس إلى مسقط، وتوجه إلى مقر الوزارة حيث التقى نظيره "
            "العماني بدر البوسعيدي.")
    (r,) = reports(analyse, body)
    assert names(r) == {"عباس عراقجي", "بدر البوسعيدي"}


def test_the_two_presidents_are_the_two_holders_of_the_office(analyse):
    """"الرئيسان" after a president, his prime minister and a visiting president: the two presidents."""
    body = ("ووصل الرئيس السنغالي باسيرو ديوماي فاي أمس إلى بيساو، وكان في استقباله الرئيس عمر سيسوكو إمبالو "
            "ورئيس الوزراء روي دوارتي دي باروس. وانتقل الرئيسان إلى القصر حيث عقدا جلسة مباحثات.")
    (r,) = reports(analyse, body)
    assert names(r) == {"باسيرو ديوماي فاي", "عمر سيسوكو إمبالو"}


TOUR_STOPS = ("بدأ الرئيس الغاني جون ماهاما جولته السبت في داكار، حيث التقى الرئيس السنغالي باسيرو ديوماي فاي. "
              "وفي اليوم التالي، الأحد، حط الرئيس الغاني في نواكشوط، وكان في استقباله بالمطار الرئيس محمد ولد الشيخ "
              "الغزواني. وأجرى الرجلان مباحثات تناولت الأمن.")


def test_the_two_men_just_named_hold_their_own_meeting(analyse):
    """"وكان في استقباله X. وأجرى الرجلان مباحثات": the visitor and the one who welcomed him, at
    the stop the arrival names, not the tour's first meeting again."""
    rs = reports(analyse, TOUR_STOPS, published="2024-03-12")
    second = next(r for r in rs if "محمد ولد الشيخ الغزواني" in names(r) or "محمد ولد الغزواني" in names(r))
    assert "باسيرو ديوماي فاي" not in names(second)
    assert second.place is not None and second.place.place == "nouakchott"
    assert second.date is not None and second.date.resolve()[0] == "2024-03-10"


def test_a_summit_noun_on_a_day_to_come_is_planned(analyse):
    body = ("التقى الرئيس الغامبي آداما بارو أمس في بانجول الرئيس السنغالي باسيرو ديوماي فاي، الذي قبل دعوته "
            "لحضور قمة تستضيفها بانجول في مايو المقبل.")
    (r,) = reports(analyse, body)
    assert r.date is not None and r.date.resolve()[0] == "2024-03-11"


def test_when_takes_the_day_of_the_clause_it_hangs_on(analyse):
    """A headline that sums up two meetings ("يلتقي A وB") does not join them when "حين" dates
    the first one: "البداية كانت مساء الأحد، حين استقبل ..." is Sunday's."""
    body = ("البداية كانت مساء الأحد، حين استقبل رئيس الوزراء الماليزي أنور إبراهيم الرئيس الإندونيسي برابوو "
            "سوبيانتو. وفي عصر الاثنين، جاء دور رئيس الوزراء السنغافوري لورانس وونغ، الذي التقى برابوو.")
    rs = reports(analyse, body, headline="برابوو يلتقي أنور إبراهيم ولورانس وونغ")
    days = {frozenset(names(r)): r.date.resolve()[0] for r in rs if r.date}
    assert days == {frozenset({"أنور إبراهيم", "برابوو سوبيانتو"}): "2024-03-10",
                    frozenset({"برابوو سوبيانتو", "لورانس وونغ"}): "2024-03-11"}


def test_a_mission_s_acronym_then_a_comma_then_its_head(analyse):
    body = "استقبل رئيس الوزراء العراقي أمس رئيس بعثة يونامي، محمد الحسان، في بغداد."
    (r,) = reports(analyse, body)
    assert "محمد الحسان" in names(r)


def test_one_word_before_his_guest_is_the_host(analyse):
    """"واستقبل كولوفاني ضيفه": a name word no vocabulary knows, whose guest "his" says he is."""
    body = ("وصل رئيس وزراء فيجي سيتيفيني رابوكا أمس إلى نوكوالوفا. واستقبل كولوفاني ضيفه في القصر، وعقدا "
            "جلسة مباحثات.")
    people = analyse(article(body)).doc.sents[2].people
    assert people[0].name == "كولوفاني"


def test_an_opening_adverbial_with_another_inside_it_ends_at_its_comma(analyse):
    """"بعد يوم على وصوله ... منذ خمس سنوات، أجرى ...": the main clause, told as done."""
    body = ("بعد يومين على وصوله إلى العاصمة الإسبانية في أول زيارة له منذ عشر سنوات، أجرى رئيس وزراء فيتنام "
            "فام مينه تشينه أمس محادثات مع رئيس الوزراء الإسباني بيدرو سانشيز.")
    (r,) = reports(analyse, body)
    assert names(r) == {"فام مينه تشينه", "بيدرو سانشيز"}


def test_a_nisba_in_the_accusative_after_a_noun_is_no_country(analyse):
    """"وفدا تركيا" is a Turkish delegation, not Turkey (nor "وفدا روسيا" Russia)."""
    body = "استقبل رئيس وزراء الصومال حمزة عبدي بري أمس وفدا تركيا برئاسة وزير الدفاع يشار غولر."
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place != "turkey"


def test_a_city_written_short_is_named_in_full(analyse):
    """"على هامش قمة العشرين في ريو": Rio de Janeiro, named as the world data writes it."""
    body = "التقى الرئيس الصيني شي جين بينغ أمس في ريو الرئيس الأرجنتيني خافيير ميلي على هامش قمة مجموعة العشرين."
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "rio-de-janeiro" and r.place.name == "ريو دي جانيرو"
