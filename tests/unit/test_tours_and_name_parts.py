"""Talks after a welcome at the airport, words a name is not made of (a noun's adjective, ك on
a word, و inside a name), first names of two words, bodies in titles, calls for a meeting, and
one person under one or two family names across reports; from sentences written for these
tests (no corpus sentence)."""
from __future__ import annotations

import pytest

from generator.fuse.people import same_name, spelling

from .articles import article, names, reports

# --- "قبل أن يتوجه الرئيسان إلى القصر حيث عقدا جلسة مباحثات": told as done, that day ------------

WELCOMED_THEN_TALKS = [
    ("وصل الرئيس الجزائري عبد المجيد تبون أمس إلى تونس في زيارة رسمية. وكان في استقبال الرئيس الجزائري "
     "لدى وصوله إلى المطار الرئيس قيس سعيد، قبل أن يتوجه تبون وسعيد إلى قصر قرطاج حيث عقدا جلسة مباحثات "
     "مغلقة.", {"عبد المجيد تبون", "قيس سعيد"}),
    ("حط الرئيس السنغالي باسيرو ديوماي فاي صباح اليوم في نواكشوط. وكان في استقباله الرئيس محمد ولد الشيخ "
     "الغزواني، قبل أن يتوجه الرئيسان إلى القصر الرئاسي حيث أجريا محادثات ثنائية.",
     {"باسيرو ديوماي فاي", "محمد ولد الغزواني"}),   # (the gazetteer's name)
]


@pytest.mark.parametrize("body,people", WELCOMED_THEN_TALKS)
def test_talks_after_the_welcome_are_told_as_done(analyse, body, people):
    found = [r for r in reports(analyse, body, published="2024-04-19") if r.kind == "meeting"]
    assert any(names(r) == people for r in found)


# --- words a name is not made of -----------------------------------------------------------------

NOT_NAMES = [
    # a noun's adjective and a verb before a title: "ضمن جولة لاتينية قادت الأمير"
    ("استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا، الجمعة، أمير دولة قطر الشيخ تميم بن حمد آل ثاني "
     "في برازيليا، ضمن جولة لاتينية قادت الأمير إلى تشيلي والأرجنتين.",
     {"لويس إيناسيو لولا دا سيلفا", "تميم بن حمد آل ثاني"}),
    # و inside a family name the article also writes alone, though "لونغ" reads as ل + "ونغ"
    ("التقى رئيس الوزراء الماليزي أنور إبراهيم أمس في بوتراجايا نظيره السنغافوري لورنس وونغ. وقال وونغ إن "
     "بلاده تريد التعاون، فيما ذكّر بأن سلفه لي هسين لونغ زار ماليزيا مرارا.", {"أنور إبراهيم", "لورنس وونغ"}),
    # a first name of two words, the second with the article, and a department as the body of a title
    ("استقبل الرئيس الجزائري عبد المجيد تبون أمس في الجزائر وزير الخارجية الإيطالي أنطونيو تاياني، بحضور "
     "مدير دائرة الإعلام في الرئاسة نور الدين بلقاسمي.", {"عبد المجيد تبون", "أنطونيو تاياني", "نور الدين بلقاسمي"}),
]


@pytest.mark.parametrize("body,people", NOT_NAMES)
def test_the_people_of_the_meeting_and_no_one_else(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-02-09")
    assert names(r) == people


def test_kaf_on_one_word_is_no_preposition_on_a_known_name(analyse):
    """"مشروعات كبرى" is "major projects", not "like Berri"."""
    an = analyse("---\npublished: 2024-02-09\n---\nخبر\n\nوأكد الوزيران عزمهما على إطلاق مشروعات كبرى في مجال الطاقة.\n",
                 ".md")
    assert [p.person for s in an.doc.sents for p in s.people if p.person] == []


# --- "وداعياً إلى قمة ثلاثية تجمع ...": a meeting called for is no meeting --------------------------

CALLED_FOR = [
    "وقال المتحدث باسم الحزب الحاكم في مؤتمر صحفي إن الزيارة ناجحة، داعياً إلى قمة ثلاثية تجمع الرئيس "
    "الكولومبي غوستافو بيترو والرئيس الفنزويلي نيكولاس مادورو والرئيس البرازيلي لولا دا سيلفا.",
    "وأصدر البرلمان العربي بيانا يدعو إلى قمة طارئة تجمع الرئيس المصري عبد الفتاح السيسي والملك عبد الله الثاني "
    "والرئيس الفلسطيني محمود عباس في القاهرة.",
]


@pytest.mark.parametrize("body", CALLED_FOR)
def test_a_meeting_called_for_is_no_meeting(analyse, body):
    assert [r for r in reports(analyse, body, published="2022-11-02") if r.kind == "meeting"] == []


# --- one person under one or two family names ----------------------------------------------------

SAME_NAMES = [
    ("نيكولاس مادورو", "نيكولاس مادورو موروس", True),      # a second family name
    ("غوستافو بيترو", "غوستافو بيترو أوريغو", True),
    ("لي تشيانغ", "لاي تشينغ تي", False),                    # two leaders whose names look alike
    ("ينس ستولتنبرغ", "ينس ستولتنبيرغ المخاوف", False),      # another spelling, and a noun after it
    ("محمد علي", "محمد علي الحوثي", False),                   # two first names are no family name
]


@pytest.mark.parametrize("a,b,same", SAME_NAMES)
def test_one_person_under_one_or_two_family_names(lang, a, b, same):
    lineage = tuple(lang.fold(w) for w in lang.names.son_of)
    assert same_name(lang.name_key(a), lang.name_key(b), lineage, spelling(lang)) is same


# --- "مولوي أمير خان متقي": after a cleric's style, a head word is a first name --------------------

CLERICS = [
    ("استقبل وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني اليوم في الدوحة وزير خارجية حكومة طالبان "
     "مولوي أمير خان متقي.", "أمير خان متقي"),
    ("التقى وزير الخارجية الباكستاني محمد إسحاق دار اليوم في كابل القائم بأعمال وزير الخارجية مولوي أمير "
     "خان متقي.", "أمير خان متقي"),
]


@pytest.mark.parametrize("body,name", CLERICS)
def test_a_head_word_after_a_cleric_s_style_is_a_first_name(analyse, body, name):
    (r,) = reports(analyse, body, published="2025-04-19")
    assert name in names(r)


# --- a relative clause's day is its own noun's -------------------------------------------------------

def test_the_day_of_a_visit_the_meeting_answers_is_not_the_meeting_s(analyse):
    body = ("وسط الأغاني الشعبية، وصل الرئيس الكيني ويليام روتو، يوم السبت، إلى العاصمة الأوغندية كمبالا في "
            "زيارة رسمية تستغرق ثلاثة أيام.\n\nوكان في استقبال روتو لدى وصوله إلى المطار الرئيس الأوغندي "
            "يويري موسيفيني، قبل أن يعقد الزعيمان جلسة مباحثات.\n\nواصطف آلاف المواطنين على طول الطريق من "
            "المطار.\n\nويرد روتو بهذه الزيارة على الزيارة التاريخية التي قام بها موسيفيني إلى نيروبي الأحد "
            "الماضي.")
    (r,) = reports(analyse, body, published="2018-07-15")
    assert r.date.resolve() == ("2018-07-14", "day")


# --- "قادما من ويلينغتون، حيث التقى ...": the stop before, told in passing ----------------------------

LAST_STOP = [
    "التقى وزير الخارجية الصيني وانغ يي اليوم في كانبيرا نظيرته الأسترالية بيني وونغ. ووصل وانغ إلى كانبيرا "
    "قادما من ويلينغتون، حيث التقى الاثنين رئيس الوزراء النيوزيلندي كريستوفر لوكسون.",
    "عقد وزير الخارجية الهندي سوبراهمانيام جايشانكار اليوم في الرياض محادثات مع نظيره السعودي فيصل بن فرحان. "
    "ووصل جايشانكار إلى الرياض قادماً مباشرة من أبوظبي، حيث التقى أمس الرئيس الإماراتي محمد بن زايد.",
]


@pytest.mark.parametrize("body", LAST_STOP)
def test_a_meeting_at_the_stop_a_traveller_came_from_is_before_the_news(analyse, body):
    an = analyse(article(body, published="2024-03-19"), ".md")
    told = [f for f in an.frames if f.sentence == an.doc.sents[-1].index and f.kind == "meet"]
    assert told and all(f.status.value == "background" for f in told)


# --- "عقد الوفدان ... أمس الجمعة": the day the two sides met, told before their heads are named -------

SIDES_FIRST = [
    "عقد الوفدان السوداني والإثيوبي أمس الجمعة في قصر الضيافة بجدة أول جولة مفاوضات مباشرة بينهما منذ عامين. "
    "وترأس الوفد السوداني وزير الخارجية علي يوسف الشريف، وضم وكيل الوزارة حسين الأمين، فيما ترأس الوفد "
    "الإثيوبي وزير الخارجية تاي أتسقي سيلاسي. وافتتح وزير الخارجية السعودي الأمير فيصل بن فرحان الجلسة التي "
    "جلس فيها الوفدان متقابلين.",
    "عقد الجانبان الأرميني والأذربيجاني أمس الجمعة في ألماتي جولة مفاوضات جديدة. وترأس الوفد الأرميني وزير "
    "الخارجية أرارات ميرزويان، وضم نائب الوزير فاهان كوستانيان، فيما ترأس الوفد الأذربيجاني وزير الخارجية "
    "جيهون بيرموف. وافتتح وزير الخارجية الكازاخستاني مراد نورتلئو الجلسة التي جلس فيها الوفدان متقابلين.",
]


@pytest.mark.parametrize("body", SIDES_FIRST)
def test_the_day_the_two_sides_met_dates_their_heads_meeting(analyse, body):
    found = [r for r in reports(analyse, body, published="2024-05-11") if r.kind == "meeting"]
    assert found and found[0].date.resolve() == ("2024-05-10", "day")


# --- "وبحث جلالة الملك والعطية": a style before two people who talk ------------------------------------

def test_two_receptions_of_one_host_in_a_day_are_two_meetings(analyse):
    body = ("استقبل جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم، وزير الخارجية المصري سامح شكري، الذي نقل "
            "إلى جلالته تحيات الرئيس المصري. وتناول اللقاء العلاقات الثنائية. وفي قصر الحسينية أيضاً، استقبل "
            "جلالته اليوم وزير الدفاع القطري خالد بن محمد العطية. وبحث جلالة الملك والعطية فرص توسيع التعاون "
            "بين البلدين. وحضر اللقاء رئيس هيئة الأركان المشتركة يوسف الحنيطي.")
    first, second = reports(analyse, body, published="2019-04-17")
    assert names(first) == {"عبد الله الثاني", "سامح شكري"}
    assert names(second) == {"عبد الله الثاني", "خالد بن محمد العطية", "يوسف الحنيطي"}


# --- "استقبل البابا فرنسيس، بابا الفاتيكان، الرئيس البرازيلي": the object after the subject's office ----

def test_an_office_of_another_country_after_the_subject_s_own_is_the_object(analyse):
    body = ("اختتم الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا، أمس الأربعاء، يوماً حافلاً من اللقاءات في روما "
            "والفاتيكان. استقبل البابا فرنسيس، بابا الفاتيكان، الرئيس البرازيلي في لقاء خاص بمكتبة القصر "
            "الرسولي استمر نحو ساعة.")
    found = [names(r) for r in reports(analyse, body, published="2023-06-22")]
    assert {"فرنسيس", "لويس إيناسيو لولا دا سيلفا"} in found


# --- a short place name takes one change of spelling, not two ----------------------------------------

SHORT_SPELLINGS = [
    ("كابول", "قابول", True),     # a foreign g written otherwise
    ("كابول", "كبول", True),      # a long vowel left out
    ("كابول", "قبول", False),     # both: "acceptance", no Kabul
]


@pytest.mark.parametrize("name,form,spelled", SHORT_SPELLINGS)
def test_a_short_place_name_takes_one_change_of_spelling(lang, name, form, spelled):
    from generator.extract.spellings import city_spellings
    assert (lang.fold(form) in city_spellings([name], lang, set(), 3)) is spelled


def test_acceptance_is_no_kabul(analyse):
    body = ("انتهت في جدة مساء أمس الثلاثاء محادثات بين وزير الخارجية الأمريكي ماركو روبيو ومدير مكتب الرئاسة "
            "الأوكرانية أندريه يرماك، بقبول أوكراني للهدنة.")
    (r,) = reports(analyse, body, published="2025-03-12")
    assert r.place.place == "jeddah"


# --- "مروحيتان عسكريتان": two of a noun in ة are vocabulary, not a name ----------------------------

@pytest.mark.parametrize("word,name", [
    ("عسكريتان", False), ("سيارتين", False), ("طائرتان", False),
    # names that end the same way
    ("مارتين", True), ("كريستين", True), ("بوتين", True), ("فالنتين", True),
])
def test_the_feminine_dual_of_a_word_is_no_name_word(lex, word, name):
    assert lex.is_name_word(lex.fold(word)) is name


# --- "انواكشوط"، "انجامينا": the Maghreb's alef before a place name that opens on a cluster ----------

@pytest.mark.parametrize("body,place", [
    ("وصل الرئيس السنغالي إلى انواكشوط صباح اليوم، وعقد مع الرئيس الموريتاني محمد ولد الشيخ الغزواني "
     "جلسة مباحثات.", "nouakchott"),
    ("استقبل الرئيس التشادي محمد إدريس ديبي أمس في انجامينا وزير الخارجية الصيني وانغ يي.", "n-djamena"),
])
def test_a_place_name_written_with_a_leading_alef_is_the_place(analyse, body, place):
    (r,) = reports(analyse, body, published="2024-04-18")
    assert r.place is not None and r.place.place == place


# --- "لم تعقد أي ندوة صحفية": "any" opens no name -----------------------------------------------------

def test_any_opens_no_name(analyse):
    body = ("استقبلت رئيسة الكنفدرالية السويسرية صباح اليوم الاثنين رئيس مجلس الدولة الصيني لي تشيانغ في برن. "
            "وأوضح البيان أن الجانبين اتفقا على مواصلة الحوار، فيما لم تُعقد أي ندوة صحفية مشتركة عقب الاجتماع.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"لي تشيانغ"}


# --- "الحبيب بورقيبة"، "الهادي نويرة": first names written with the article ---------------------------

@pytest.mark.parametrize("body,people", [
    ("استقبل الرئيس التونسي الحبيب بورقيبة أمس في قرطاج الرئيس الجزائري هواري بومدين.",
     {"الحبيب بورقيبة", "هواري بومدين"}),
    ("التقى الرئيس الموريتاني محمد ولد الشيخ الغزواني أمس في نواكشوط الوزير الأول التونسي الهادي نويرة.",
     {"محمد ولد الغزواني", "الهادي نويرة"}),   # (the gazetteer's name)
    ("استقبل الرئيس السوداني عمر البشير أمس في الخرطوم رئيس حزب الأمة الصادق المهدي.",
     {"عمر البشير", "الصادق المهدي"}),
])
def test_a_first_name_with_the_article_opens_a_name(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


# --- "الجنرال المتقاعد عبد السلام أبو بكر": a retired rank before a name ------------------------------

@pytest.mark.parametrize("body,people", [
    ("التقى الرئيس النيجيري الأسبق الجنرال المتقاعد عبد السلام أبو بكر أمس في نيامي الجنرال عبد الرحمن تياني.",
     {"عبد السلام أبو بكر", "عبد الرحمن تياني"}),
    ("استقبل الرئيس الجزائري عبد المجيد تبون أمس في الجزائر اللواء المتقاعد خالد نزار.",
     {"عبد المجيد تبون", "خالد نزار"}),
])
def test_a_retired_rank_opens_a_name(analyse, body, people):
    found = reports(analyse, body, published="2024-03-12")
    assert any(people <= names(r) for r in found)


# --- "مع محمد علي النفطي، وزير الشئون الخارجية": علي inside a name before its title -------------------

@pytest.mark.parametrize("body,people", [
    ("واستهل وزير الخارجية المصري بدر عبد العاطي برنامجه أمس بجلسة مباحثات ثنائية مع محمد علي النفطي، وزير "
     "الشئون الخارجية التونسي، بمقر الخارجية في تونس.", {"بدر عبد العاطي", "محمد علي النفطي"}),
    ("التقى وزير الخارجية المصري بدر عبد العاطي أمس في تونس محمد علي النفطي وزير الشؤون الخارجية التونسي.",
     {"بدر عبد العاطي", "محمد علي النفطي"}),
])
def test_ali_inside_a_name_before_its_title_is_a_name(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


def test_on_is_still_on(analyse):
    body = ("استقبل الرئيس التونسي قيس سعيد أمس في قرطاج وزير الخارجية المصري بدر عبد العاطي، وأكد على "
            "أهمية العلاقات مع رئيس الوزراء الجزائري.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"قيس سعيد", "بدر عبد العاطي"}
