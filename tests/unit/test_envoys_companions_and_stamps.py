"""Who met, where and when, read from sentences written for these tests (no corpus sentence):
an envoy's sender, a represented king, companions named after an aside, a patronymic inside a
known name, the two sides of a call, meetings told aside in an article about a call, a
publication line that goes on with the lead, an Anadolu-style dateline, an arrival told after
the meeting, a joint press conference's day, and a planned session."""
from __future__ import annotations

import pytest

from generator.fuse.people import same_name, spelling

from .articles import article, names, reports


def _people(an) -> set[str]:
    return {p.name for r in an.reports for p in r.parties.values()}


# --- who was in the room ---------------------------------------------------------------------

SENDERS = [
    # an envoy sent by someone
    "استقبل الرئيس التونسي قيس سعيد أمس في قصر قرطاج وزير الخارجية المصري بدر عبد العاطي، مبعوثا خاصا من "
    "الرئيس عبد الفتاح السيسي.",
    # a letter "from his brother"
    "استقبل الرئيس التونسي قيس سعيد أمس في قصر قرطاج وزير الخارجية المصري بدر عبد العاطي، الذي سلمه رسالة "
    "خطية من أخيه الرئيس عبد الفتاح السيسي.",
    # greetings carried to someone
    "استقبل الرئيس التونسي قيس سعيد أمس في قصر قرطاج وزير الخارجية المصري بدر عبد العاطي.\n\n"
    "وحمّل الرئيس ضيفه تحياته إلى الرئيس عبد الفتاح السيسي.",
]


@pytest.mark.parametrize("body", SENDERS)
def test_who_sent_an_envoy_or_a_letter_is_not_in_the_room(analyse, body):
    """"مبعوثا خاصا من"، "من أخيه"، "تحياته إلى": the sender or the greeted, mentioned only."""
    (r,) = reports(analyse, body)
    assert names(r) == {"قيس سعيد", "بدر عبد العاطي"}


def test_a_countryless_head_of_state_is_not_the_one_only_named_as_sender(analyse):
    """"رئيس الدولة" is the host, not the president who sent the envoy (named first, in the headline)."""
    an = analyse(article("استقبل رئيس الجمهورية قيس سعيد اليوم وزير الخارجية المصري بدر عبد العاطي.\n\n"
                         "وجدد رئيس الدولة خلال اللقاء دعم تونس للقضية الفلسطينية.",
                         headline="رئيس الدولة يستقبل مبعوثا خاصا من الرئيس عبد الفتاح السيسي"), ".md")
    (r,) = an.reports
    assert names(r) == {"قيس سعيد", "بدر عبد العاطي"}


def test_the_king_a_minister_represents_is_not_there(analyse):
    """"ممثل جلالة الملك": the one represented is absent."""
    an = analyse(article("استقبل الرئيس الموريتاني محمد ولد الغزواني اليوم رئيس الحكومة المغربية عزيز أخنوش.",
                         headline="الرئيس الموريتاني يستقبل عزيز أخنوش ممثل جلالة الملك محمد السادس"), ".md")
    (r,) = an.reports
    assert names(r) == {"محمد ولد الغزواني", "عزيز أخنوش"}


def test_companions_after_an_aside_came_along_and_met_nobody(analyse):
    """"حطت طائرة X ...، منذ ...، يرافقها الوزيران A وB": no meeting of the three; the talks
    told next are with the host."""
    body = ("حطت طائرة رئيس الوزراء البلجيكي بارت دي ويفر ظهر أمس في مطار العاصمة، في أول زيارة له منذ توليه "
            "منصبه، يرافقه وزير الخارجية ماكسيم بريفو ووزير الدفاع ثيو فرانكن.\n\n"
            "وعقد دي ويفر اجتماعا مع الرئيس الكيني ويليام روتو تناول التعاون التجاري.")
    (r,) = reports(analyse, body)
    assert {"بارت دي ويفر", "ويليام روتو"} <= names(r)
    assert not names(r) & {"ماكسيم بريفو", "ثيو فرانكن"}


@pytest.mark.parametrize("body", [
    "استقبل الفريق عبد الفتاح البرهان أمس وزير خارجية روسيا الاتحادية سيرغي فيكتوروفيتش لافروف.",
    "التقى الرئيس فلاديمير فلاديميروفيتش بوتين أمس في الكرملين الرئيس الإندونيسي برابوو سوبيانتو.",
])
def test_a_patronymic_inside_a_known_name_is_that_person(analyse, body):
    """First name, patronymic, family name: one person, not "سيرغي فيكتوروفيتش" beside "لافروف"."""
    (r,) = reports(analyse, body)
    assert len(r.parties) == 2
    assert {p.person for p in r.parties.values()} & {"sergei-lavrov", "vladimir-putin"}


@pytest.mark.parametrize("text, absent", [
    ("وترأس رئيس الوزراء علي الأمين زين الاجتماع.", "الأمين"),                 # a secretary of nothing
    ("ويعقد الاجتماع برئاسة رئيسي حكومتي البلدين في الخريف.", "رئيسي حكومتي"),  # duals of offices
    ("وجرت له مراسم استقبال بحضور فوج الخيالة التابع للحرس الرئاسي.", "فوج الخيالة"),  # a regiment
    ("وذكر البيان أن رئيس الوزراء قدّم معلومات مفصلة عن الاتفاق.", "معلومات مفصلة"),   # a verb and a noun
])
def test_words_that_are_no_name(analyse, text, absent):
    an = analyse(article(text), ".md")
    found = [(p.name or "") + " " + (p.title.text if p.title else "") for s in an.doc.sents for p in s.people]
    assert not any(absent in f for f in found), found


CALL = ("أجرى الرئيس الفرنسي إيمانويل ماكرون، اليوم الاثنين، اتصالاً هاتفياً مع رئيس الوزراء الهندي ناريندرا "
        "مودي، جرى بمبادرة من الجانب الهندي، بحسب ما أعلنه قصر الإليزيه.\n\n"
        "وذكر الإليزيه في بيان أن رئيس الوزراء الهندي قدّم معلومات مفصلة حول نتائج زيارته إلى اليابان.\n\n"
        "بدوره، أطلع ماكرون محاوره على النتائج الرئيسية لمحادثاته مع المستشار الألماني فريدريش ميرتس، التي جرت "
        "في برلين الأسبوع الماضي.\n\n"
        "كما تطرق الجانبان إلى عدد من القضايا الراهنة على جدول الأعمال الثنائي، مع التركيز على تطوير التعاون "
        "التجاري.")


def test_the_two_sides_of_a_call_are_on_the_call(analyse):
    """After a call, "تطرق الجانبان" goes on with it."""
    an = analyse(article(CALL, published="2025-08-11"), ".md")
    (ev,) = an.events
    assert ev.kind.name == "PHONE" and any(f.kind == "talk" for f in ev.frames)


def test_a_meeting_whose_results_are_told_is_over(analyse):
    """"يطلع ... على نتائج لقائه مع ميرتس": that meeting is not the call's, nor news."""
    an = analyse(article(CALL, published="2025-08-11",
                         headline="مودي يطلع ماكرون هاتفيا على نتائج لقائه مع ميرتس في برلين"), ".md")
    assert an.reports and not any("فريدريش ميرتس" in names(r) for r in an.reports)


def test_meetings_told_aside_in_an_article_about_a_call_from_afar_are_mentions(analyse):
    """The headline tells a part taken by video; a later line sums up others' bilaterals."""
    an = analyse(article("شارك الرئيس التشيلي غابرييل بوريك اليوم عبر تقنية الاتصال المرئي في جلسة القمة "
                         "المنعقدة في جوهانسبرغ.\n\n"
                         "وتحدث بوريك عن التغير المناخي والديون.\n\n"
                         "وعقد الرئيس الجنوب إفريقي سيريل رامافوزا على هامش القمة لقاءات ثنائية مع عدد من القادة، "
                         "بينهم رئيس الوزراء الكندي مارك كارني.",
                         headline="بوريك يشارك عن بعد في قمة جوهانسبرغ"), ".md")
    assert not any(r.kind == "meeting" for r in an.reports)


# --- when ------------------------------------------------------------------------------------

def test_a_joint_press_conference_dates_an_undated_meeting(analyse):
    """"استقبل X Y" with no day, then "قال X اليوم الثلاثاء في مؤتمر صحفي مشترك مع Y"."""
    (r,) = reports(analyse, "استقبل المستشار النمساوي كريستيان شتوكر الرئيس اللبناني جوزاف عون في فيينا.\n\n"
                            "وقال شتوكر اليوم الثلاثاء في مؤتمر صحفي مشترك مع الرئيس اللبناني إن بلاده ستدعم "
                            "الجيش اللبناني.", published="2025-06-10")
    assert r.date.resolve() == ("2025-06-10", "day")


def test_a_signing_is_not_dated_by_the_history_of_the_text_signed(analyse):
    """"وقّع الوزيران على نص الاتفاقية، التي جرى التوافق على صيغتها في آذار الماضي": this
    signing, not one of March."""
    body = ("جلس الرئيس الكيني ويليام روتو ورئيس الوزراء الإثيوبي آبي أحمد اليوم في قاعة الاحتفالات بالقصر "
            "الرئاسي في نيروبي.\n\nوبحضور الرئيسين، وقّع وزير الخارجية الكيني موساليا مودافادي ونظيره الإثيوبي "
            "تاي أتسقي سيلاسي على نص الاتفاقية، التي جرى التوافق على صيغتها في آذار/مارس الماضي.")
    (r,) = reports(analyse, body, published="2025-08-08")
    assert {"موساليا مودافادي", "تاي أتسقي سيلاسي"} <= names(r)
    assert r.date.resolve()[0].startswith("2025-08")


def test_a_session_chaired_tomorrow_is_planned(analyse):
    """"ويترأس X، إلى جانب Y، أعمال القمة المقررة غدا": Y is at no meeting told so far."""
    body = ("التقى رئيس الوزراء الصيني لي تشيانغ اليوم ولي العهد الكويتي صباح خالد الحمد الصباح في كوالالمبور.\n\n"
            "ويترأس ولي العهد الكويتي، إلى جانب رئيس الوزراء الماليزي أنور إبراهيم، أعمال القمة المقررة غدا الثلاثاء.")
    (r,) = reports(analyse, body, published="2025-05-26")
    assert "أنور إبراهيم" not in names(r)


# --- where -----------------------------------------------------------------------------------

def test_an_arrival_told_after_the_meeting_places_it(analyse):
    """The venue is unknown to the world data; the arrival the day before names the city."""
    body = ("استقبل رئيس الوزراء المجري فيكتور أوربان أمس الاثنين أمير قطر الشيخ تميم بن حمد آل ثاني في دير "
            "الكرمليين.\n\nووصل أمير قطر إلى بودابست الأحد في زيارة رسمية.")
    (r,) = reports(analyse, body, published="2023-08-22")
    assert r.place.place == "budapest"


@pytest.mark.parametrize("body", [
    "وقالت الوزيرة إن الهجرة هي الملف الأبرز بالنسبة لروما في علاقتها مع طرابلس.",
])
def test_capitals_that_stand_for_their_states_are_no_venue(analyse, body):
    """"بالنسبة لروما"، "مع طرابلس": the states, not where the talks were."""
    full = "عقدت رئيسة الوزراء الإيطالية جورجيا ميلوني أمس اجتماعا مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.\n\n"
    (r,) = reports(analyse, full + body, headline="ميلوني في طرابلس")
    assert r.place is None or r.place.place != "rome"


# --- the page --------------------------------------------------------------------------------

def test_a_publication_line_that_goes_on_with_the_lead_keeps_the_lead(analyse):
    """"نشر بتاريخ: طرابلس 28 يناير 2023 م (وال) – عقد ...": the stamp goes, the story stays."""
    an = analyse("تياني يبحث مع فيدان التعاون الدفاعي\n\nنشر بتاريخ: نيامي 17 يوليو 2024 م (أنيب) – استقبل رئيس المجلس الوطني عبد الرحمن تياني "
                 "اليوم وزير الخارجية التركي هاكان فيدان في القصر الرئاسي، وبحث معه التعاون الدفاعي بين البلدين.\n")
    assert an.article.meta.published == "2024-07-17"
    (r,) = an.reports
    assert {"عبد الرحمن تياني", "هاكان فيدان"} <= names(r)


@pytest.mark.parametrize("line, place", [("أنقرة/ الأناضول", "ankara"), ("بودابست/ الأناضول", "budapest")])
def test_a_dateline_with_the_agency_after_a_slash(analyse, line, place):
    an = analyse(f"الرئيس يستقبل ضيفه في القصر\n\n{line}\n\nاستقبل الرئيس ضيفه أمس في القصر.\n")
    assert an.article.meta.dateline_place == place


def test_a_slash_inside_a_date_is_no_dateline_separator(analyse):
    """"30 مايو / أيار 2025" after the place: the date is the header's, whole."""
    an = analyse("الرئيس يستقبل ضيفه في القصر\n\nأستانا، كازاخستان (CNN)-- نُشر الجمعة، 30 مايو / أيار 2025\n\n"
                 "استقبل الرئيس ضيفه اليوم الجمعة في القصر.\n")
    assert an.article.meta.published == "2025-05-30"


# --- delegations, memorials and names that run on (second round) ----------------------------

def test_the_head_of_a_delegation_that_arrived_is_in_its_meeting(analyse):
    """"حلّ وفد يقوده X" then "وضم الوفد Y وZ" and the talks: X is in them too."""
    body = ("حلّ وفد ياباني رفيع المستوى يقوده وزير الخارجية تاكيشي إيوايا، الأربعاء 17 يوليو، بالعاصمة الكينية "
            "نيروبي، في زيارة عمل ليوم واحد.\n\n"
            "وضم الوفد وزير الدفاع جين ناكاتاني ووزير الاقتصاد يوجي موتو.\n\n"
            "وترأس رئيس الوزراء الكيني موساليا مودافادي اجتماع العمل المشترك مع الوزراء اليابانيين.")
    (r,) = reports(analyse, body, published="2024-07-18")
    assert "تاكيشي إيوايا" in names(r) and r.date.resolve() == ("2024-07-17", "day")


def test_the_party_that_came_on_the_visit_is_not_in_the_talks(analyse):
    """"وضم الوفد المرافق للرئيس في الزيارة X وY" after the arrival: not in the meeting."""
    body = ("استقبل الرئيس الأمريكي دونالد ترامب أمس في البيت الأبيض الرئيس الإندونيسي برابوو سوبيانتو.\n\n"
            "ووصل برابوو إلى قاعدة أندروز قادما من نيويورك. وضم الوفد المرافق للرئيس الإندونيسي في الزيارة "
            "وزير الدفاع سجافري سجامسويدين ووزير الاقتصاد إيرلانغا هارتارتو.")
    (r,) = reports(analyse, body, published="2025-07-10")
    assert names(r) == {"دونالد ترامب", "برابوو سوبيانتو"}


def test_the_party_named_with_a_meeting_verb_is_in_it(analyse):
    """"كما التقت ميلوني والوفد المرافق لها، خلال الزيارة، رئيس المجلس X": X was met."""
    body = ("كما التقت رئيسة الوزراء الإيطالية جورجيا ميلوني والوفد المرافق لها، خلال الزيارة، رئيس المجلس "
            "الرئاسي محمد يونس المنفي في طرابلس أمس.")
    (r,) = reports(analyse, body)
    assert "محمد يونس المنفي" in names(r)


@pytest.mark.parametrize("text, absent", [
    ("والتقى الوزيران في مكتبة بوريس يلتسين الرئاسية بسانت بطرسبورغ.", "بوريس يلتسين"),
    ("ووضعت الوزيرة إكليلا على نصب الجنرال خوسيه دي سان مارتين وسط العاصمة.", "خوسيه دي سان مارتين"),
    ("وزار الرئيس ضريح الزعيم الراحل نيلسون مانديلا في جوهانسبرغ.", "نيلسون مانديلا"),
])
def test_someone_a_place_is_named_after_is_not_there(analyse, text, absent):
    an = analyse(article(text), ".md")
    there = [p for s in an.doc.sents for p in s.people if p.name == absent]
    assert there and all(p.genitive for p in there)


def test_a_verb_of_many_after_the_last_name_is_no_part_of_it(analyse):
    an = analyse(article("قمة ثلاثية في القاهرة: السيسي وماكرون والملك عبد الله يطالبون بوقف فوري للحرب."), ".md")
    assert not any("يطالبون" in (p.name or "") for s in an.doc.sents for p in s.people)


def test_the_dateline_is_the_seat_of_the_body_a_participant_heads(analyse):
    """"القاهرة - سبوتنيك"، the Arab League's secretary general at its headquarters."""
    an = analyse("أبو الغيط يستقبل وزير الخارجية السوري\n\nالقاهرة - سبوتنيك\n\n"
                 "استقبل الأمين العام لجامعة الدول العربية أحمد أبو الغيط، اليوم الثلاثاء، وزير الخارجية السوري "
                 "فيصل المقداد في مقر الأمانة العامة للجامعة.\n")
    (r,) = an.reports
    assert r.place is not None and r.place.place == "cairo"


def test_a_meeting_whose_outcome_is_told_and_a_place_hosted_is_over(analyse):
    """"أطلع محاوريه على مخرجات الاجتماع الدولي الذي استضافته مدينة العقبة يوم السبت": not a
    second meeting of the envoy's."""
    body = ("أجرى المبعوث الأممي إلى اليمن هانس غروندبرغ يوم الأحد محادثات في الرياض مع رئيس مجلس القيادة "
            "الرئاسي رشاد العليمي.\n\n"
            "ووفقا لبيان صادر عن مكتب المبعوث صباح اليوم الاثنين، أطلع غروندبرغ محاوريه على مخرجات الاجتماع "
            "الدولي بشأن اليمن الذي استضافته مدينة مسقط يوم السبت.")
    (r,) = reports(analyse, body, published="2024-12-16")
    assert r.date.resolve() == ("2024-12-15", "day")


def test_a_publication_line_of_stamps_only_stays_metadata(analyse):
    """"نشر في: الثلاثاء 20 أغسطس 2024 - 4:12 م | آخر تحديث: ...": no lead after it."""
    an = analyse("الرئيس يستقبل وزير الخارجية الأمريكي بالعلمين\n\n"
                 "نشر في: الثلاثاء 20 أغسطس 2024 - 4:12 م | آخر تحديث: الثلاثاء 20 أغسطس 2024 - 5:03 م\n\n"
                 "استقبل الرئيس عبد الفتاح السيسي اليوم بمدينة العلمين الجديدة وزير الخارجية الأمريكي أنتوني بلينكن.\n")
    assert an.article.meta.published == "2024-08-20"
    (r,) = an.reports
    assert r.date.resolve() == ("2024-08-20", "day")


@pytest.mark.parametrize("short, full, same", [
    ("مشعل الأحمد", "مشعل الأحمد الجابر الصباح", True),      # his and his father's names, then the rest
    ("صباح الخالد", "صباح خالد الحمد الصباح", True),
    ("صباح الأحمد", "نواف الأحمد الجابر الصباح", False),     # a brother
    ("محمد علي", "محمد علي الحوثي", False),                   # two first names, then a family name
])
def test_a_gulf_name_told_by_its_first_two_words(lang, short, full, same):
    assert same_name(lang.name_key(short), lang.name_key(full), sp=spelling(lang)) is same


def test_a_nisba_two_countries_share_is_the_one_of_them_named(analyse):
    """"الرئيس الكوري" (South or North) after "رئيس جمهورية كوريا يون سوك يول": him."""
    an = analyse(article("استقبل ولي العهد الأمير محمد بن سلمان في الرياض أمس رئيس جمهورية كوريا يون سوك يول.\n\n"
                         "ورحب ولي العهد بالرئيس الكوري والوفد المرافق له."), ".md")
    yoon = next(e for e in an.doc.entities if e.name == "يون سوك يول")
    titled = [m for s in an.doc.sents for m in s.people if m.title is not None and m.title.text == "الرئيس الكوري"]
    assert titled and all(an.doc.resolve(m.entity) == yoon.index for m in titled)
