"""Who was in the talks, where and when, read from sentences written for these tests (no corpus
sentence), each rule with at least two phrasings: "the two presidents" after a greeting line, a
rank after a long office, "the same day" and "the next day", a place right before the meeting's
noun, a building's name that is no town, the guest never one named only as absent, two offices of
one sentence, a dateline, a byline or a copyright line that dates the article, sessions held
remotely, and a family's two office holders."""
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


# --- the place said right before the noun that names the meeting --------------------------------

PLACE_BEFORE_NOUN = [
    ("أقيمت صباح اليوم في قصر الرئاسة بالعاصمة الفيتنامية هانوي مراسم الاستقبال الرسمي للرئيس الإندونيسي "
     "جوكو ويدودو، الذي يقوم بزيارة دولة إلى فيتنام بدعوة من الرئيس فو فان ثونغ. وعقب المراسم، عقد "
     "الرئيسان جلسة مباحثات موسعة.", "hanoi"),
    ("نظمت أمس في العاصمة الكينية نيروبي مراسم الاستقبال الرسمية للرئيسة التنزانية سامية صولوحو حسن، التي "
     "تزور كينيا تلبية لدعوة من الرئيس وليام روتو. ثم عقد الرئيسان جلسة مباحثات.", "nairobi"),
]


# --- places that are not where the meeting was, and one that is though far from its noun ----

MEETING_PLACE = [
    # an airport's name is no town (نوي is a Syrian town in the world data)
    ("ووصل الرئيس الكوري الجنوبي يون سوك يول أمس إلى مطار نوي باي، ثم عقد في القصر الرئاسي محادثات مع "
     "الرئيس الفيتنامي فو فان ثونغ.", None, "nawa"),
    ("حطت طائرة رئيس الوزراء الياباني فوميو كيشيدا في مطار نوي باي الدولي، وأجرى محادثات مع "
     "نظيره الفيتنامي فام مينه تشينه.", None, "nawa"),
    # what a visit is said to aim at is not where it went
    ("عقد الرئيس الأمريكي جو بايدن محادثات مع الرئيس الفلبيني فرديناند ماركوس في القصر الرئاسي. ونفى بايدن "
     "أن تكون الزيارة موجهة لاحتواء الصين.", None, "china"),
    ("أجرى المستشار الألماني أولاف شولتس مباحثات مع الرئيس الكازاخي قاسم جومارت توكاييف في القصر الرئاسي. "
     "وقال مسؤول إن الزيارة لا تستهدف إيران.", None, "iran"),
    # an invitation to visit is a visit to come
    ("التقى الرئيس التركي رجب طيب أردوغان أمس رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس في مقر الحكومة. "
     "ودعا أردوغان نظيره اليوناني إلى زيارة تركيا.", None, "turkey"),
    ("استقبل الرئيس الجزائري عبد المجيد تبون أمس الرئيس الإيطالي سيرجيو ماتاريلا في قصر المرادية. ووجه "
     "ماتاريلا الدعوة إلى مضيفه إلى زيارة إيطاليا.", None, "italy"),
    # a visit's destination, with its visitor's title and name between
    ("جاءت المباحثات خلال زيارة يقوم بها رئيس الوزراء الهندي ناريندرا مودي إلى برلين. وعقد مودي مباحثات "
     "مع المستشار الألماني أولاف شولتس.", "berlin", None),
    ("وتأتي المحادثات في إطار زيارة تقوم بها رئيسة الوزراء الإيطالية جورجيا ميلوني إلى طوكيو. وبحثت ميلوني "
     "مع رئيس الوزراء الياباني فوميو كيشيدا التعاون الدفاعي.", "tokyo", None),
    # a place right before the noun that names the meeting, not the country of the guest's visit
    *[(body, place, None) for body, place in PLACE_BEFORE_NOUN],
    # a town said to be where it happened is no homonym of a word, however small
    ("جاء ذلك في مؤتمر صحفي عقده لافروف في جنيف، عقب محادثات أجراها اليوم مع وزير الخارجية الأمريكي "
     "أنتوني بلينكن.", "geneva", None),
    ("التقى رئيس الوزراء الهندي ناريندرا مودي أمس في دافوس المستشار الألماني أولاف شولتس.", "davos", None),
]


@pytest.mark.parametrize("body,place,not_place", MEETING_PLACE)
def test_where_the_meeting_was(analyse, body, place, not_place):
    (r,) = reports(analyse, body)
    where = r.place.place if r.place is not None else None
    assert (place is None or where == place) and (not_place is None or where != not_place)


@pytest.mark.parametrize("body,town", [
    ("التقى الرئيس البرازيلي لولا دا سيلفا أمس في بلدة بيتونيا الحدودية نظيره الكولومبي غوستافو بيترو.",
     "بيتونيا"),
    ("عقد وزير الخارجية الإسباني خوسيه مانويل ألباريس أمس في مدينة سوليديا الساحلية محادثات مع نظيره "
     "المغربي ناصر بوريطة.", "سوليديا"),
])
def test_a_town_in_ya_after_a_noun_of_settlement_is_the_place(analyse, body, town):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.name == town and not r.place.in_gazetteer


def test_an_adverb_in_ya_is_still_no_name(analyse):
    (r,) = reports(analyse, "استقبل الرئيس المصري عبد الفتاح السيسي رسميا أمس الرئيس الكيني وليام روتو.")
    assert names(r) == {"عبد الفتاح السيسي", "وليام روتو"}


# --- "talks she held": the sentence's subject held the meeting the noun names -----------------

HELD_BY = [
    ("أعلن الرئيس الفرنسي إيمانويل ماكرون أنه سيزور الهند قريبا، وذلك في ختام محادثات أجراها أمس في باريس "
     "مع رئيس الوزراء الهندي ناريندرا مودي.", {"إيمانويل ماكرون", "ناريندرا مودي"}),
    ("أكدت رئيسة المفوضية الأوروبية أورسولا فون دير لاين دعم الاتحاد لتونس، خلال مباحثات عقدتها اليوم في "
     "قصر قرطاج مع الرئيس التونسي قيس سعيد.", {"أورسولا فون دير لاين", "قيس سعيد"}),
    ("قال رئيس الوزراء الإسباني بيدرو سانشيز إن بلاده تدعم الحل، وذلك في ختام مباحثات أجراها، أمس، في "
     "مدريد مع الرئيس الفلسطيني محمود عباس.", {"بيدرو سانشيز", "محمود عباس"}),
    ("أكد الرئيس الكيني وليام روتو أن بلاده ستفتح سفارة في كيغالي، وذلك في ختام محادثات أجراها أمس في "
     "نيروبي مع الرئيس الرواندي بول كاغامي.", {"وليام روتو", "بول كاغامي"}),
]


@pytest.mark.parametrize("body,people", HELD_BY)
def test_the_subject_held_the_talks_a_verb_after_their_noun_tells(analyse, body, people):
    """And "وذلك" after what was said tells of the saying, not of what was said (a plan)."""
    (r,) = reports(analyse, body)
    assert names(r) == people


# --- the page's copyright year, when nothing else gives the year ------------------------------

@pytest.mark.parametrize("body,published,day", [
    ("أبوظبي في 15 يناير / وام / استقبل رئيس الدولة الشيخ محمد بن زايد آل نهيان اليوم في قصر الوطن الرئيس "
     "الكوري الجنوبي يون سوك يول.\n\nجميع الحقوق محفوظة لوكالة أنباء الإمارات © 2023", None, "2023-01-15"),
    ("الرباط في 3 مارس (ومع) - استقبل وزير الخارجية المغربي ناصر بوريطة بالرباط نظيره الإسباني خوسيه مانويل "
     "ألباريس.\n\n© 2010-2022 جميع الحقوق محفوظة", None, "2022-03-03"),
    # a page that says when it was published: the footer's year is the site's, not the article's
    ("الرباط في 3 مارس (ومع) - استقبل وزير الخارجية المغربي ناصر بوريطة بالرباط نظيره الإسباني خوسيه مانويل "
     "ألباريس.\n\n© 2010-2024 جميع الحقوق محفوظة", "2021-03-04", "2021-03-03"),
])
def test_the_copyright_year_dates_a_day_and_month_when_nothing_else_does(analyse, body, published, day):
    (r,) = reports(analyse, body, published=published)
    assert r.date.resolve() == (day, "day")


# --- who travels with a visitor is not in the meetings of the arrival's sentence --------------

@pytest.mark.parametrize("body,people", [
    ("ووصل الرئيس الأمريكي جو بايدن إلى هانوي، ويرافقه وزير الخارجية أنتوني بلينكن. وعقد بايدن محادثات "
     "مع الأمين العام للحزب الشيوعي الفيتنامي نغوين فو ترونغ.", {"جو بايدن", "نغوين فو ترونغ"}),
    ("وجرت للرئيس الكوري الجنوبي يون سوك يول مراسم استقبال رسمية لدى وصوله إلى قصر الوطن، يرافقه وزير "
     "الخارجية بارك جين. واستقبله رئيس الدولة الشيخ محمد بن زايد آل نهيان.", {"يون سوك يول", "محمد بن زايد آل نهيان"}),
])
def test_those_who_travel_with_an_arriving_visitor_are_not_in_the_talks(analyse, body, people):
    (r,) = reports(analyse, body)
    assert names(r) == people


# --- the month of the occasion a meeting was held on, when nothing else dates it -------------

@pytest.mark.parametrize("body,month", [
    ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيسة المفوضية الأوروبية أورسولا فون دير لاين، بمناسبة "
     "مشاركتها في منتدى الدوحة الذي تحتضنه العاصمة القطرية في ديسمبر 2023.", "2023-12"),
    ("التقى الرئيس الإندونيسي جوكو ويدودو رئيس الوزراء الهندي ناريندرا مودي على هامش قمة مجموعة العشرين "
     "التي تستضيفها بالي في نوفمبر 2022.", "2022-11"),
])
def test_the_month_of_the_occasion_under_way_dates_a_meeting_nothing_else_dates(analyse, body, month):
    (r,) = reports(analyse, body, published=None)
    assert r.date.resolve() == (month, "month")


def test_the_month_of_an_earlier_thing_does_not(analyse):
    (r,) = reports(analyse, "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيسة المفوضية الأوروبية أورسولا فون "
                            "دير لاين، وبحثا الاتفاق الذي وقع في مارس 2020.", published=None)
    assert r.date.resolve()[1] != "month"


# --- an office named without its country stands for someone named before it ------------------

@pytest.mark.parametrize("body,person", [
    ("عقد أمير قطر الشيخ تميم بن حمد آل ثاني ورئيس وزراء اليابان فوميو كيشيدا جلسة مباحثات في الدوحة. وأشاد "
     "رئيس الوزراء بالعلاقات بين البلدين. وكان كيشيدا قد زار جدة والتقى ولي العهد رئيس مجلس الوزراء الأمير "
     "محمد بن سلمان.", "fumio-kishida"),
    ("استقبل الرئيس الفرنسي إيمانويل ماكرون في الإليزيه رئيس الوزراء الهندي ناريندرا مودي. وأشاد رئيس "
     "الوزراء بالشراكة مع فرنسا. وكان مودي قد التقى في لندن أمس رئيس الوزراء البريطاني ريشي سوناك.",
     "narendra-modi"),
])
def test_an_office_without_its_country_is_the_holder_named_before(analyse, body, person):
    doc = analyse(article(body)).doc
    (title,) = [p for p in doc.sents[2].people if p.title is not None and p.entity is not None]
    assert doc.entities[doc.resolve(title.entity)].person == person


# --- a byline and the date on one line, apart from a site's header of sections ---------------

@pytest.mark.parametrize("header,published", [
    ("أحمد الخطيب   |17.03.2023", "2023-03-17"),
    ("سارة علي | 5 مايو 2021", "2021-05-05"),
    ("خالد يوسف |08-11-2022", "2022-11-08"),
])
def test_a_byline_with_its_date_dates_the_article(reader, header, published):
    art = reader.read_text(f"عنوان الخبر عن لقاء في العاصمة اليوم\n\n{header}\n\nالتقى الرئيس الفرنسي إيمانويل "
                           "ماكرون في باريس الرئيس الكيني وليام روتو وبحثا سبل التعاون بين البلدين.\n", "t.txt")
    assert art.meta.published == published


# --- words after a title that are no holder: a verb in the present, a preposition on a noun ---

@pytest.mark.parametrize("body,people", [
    ("الملك يحذر خلال لقائه وزيرة الخارجية الأسترالية بيني وونغ في عمان من توسع الحرب.",
     {"بيني وونغ"}),
    ("الأمير يشدد خلال استقباله الرئيس الكيني وليام روتو في الدوحة على أهمية التعاون.", {"وليام روتو"}),
    ("استقبل الرئيس الإماراتي محمد بن زايد آل نهيان اليوم الرئيس التشيلي غابرييل بوريك، بحضور الرئيس "
     "التنفيذي لطيران الإمارات.", {"محمد بن زايد آل نهيان", "غابرييل بوريك"}),
    ("التقى الرئيس الكيني وليام روتو أمس في نيروبي المدير التنفيذي لشؤون التنمية في البنك الدولي.",
     {"وليام روتو"}),
])
def test_no_holder_is_read_from_a_verb_or_a_preposition_on_a_noun(analyse, body, people):
    rs = reports(analyse, body)
    assert all(names(r) <= people for r in rs) and any(names(r) for r in rs)


# --- a meeting "earlier" on the day the article tells is one of that day, not background -------

@pytest.mark.parametrize("earlier", [
    "وكانت وونغ قد بحثت في وقت سابق الثلاثاء مع وزير الخارجية الأردني أيمن الصفدي سبل وقف الحرب.",
    "وكانت وونغ قد التقت في وقت سابق اليوم وزير الخارجية الأردني أيمن الصفدي.",
])
def test_a_meeting_earlier_that_day_is_a_meeting_of_its_own(analyse, earlier):
    rs = reports(analyse, "استقبل العاهل الأردني الملك عبد الله الثاني أمس الاثنين في عمان وزيرة الخارجية "
                          "الأسترالية بيني وونغ. " + earlier)
    assert {frozenset(names(r)) for r in rs} == {frozenset({"عبد الله الثاني", "بيني وونغ"}),
                                                 frozenset({"بيني وونغ", "أيمن الصفدي"})}


# --- the guest: not one named only as absent; else the visitor the article names most --------

@pytest.mark.parametrize("body,people", [
    ("حطت في مطار بيروت اليوم طائرة تقل وزير الخارجية عباس عراقجي. وهي أول زيارة لعراقجي منذ توليه "
     "الحقيبة خلفا لحسين أمير عبد اللهيان. واستقبل رئيس الحكومة نجيب ميقاتي الضيف الإيراني في السراي.",
     {"عباس عراقجي", "نجيب ميقاتي"}),
    ("وصل إلى أنقرة اليوم وزير الخارجية فؤاد حسين. وكان حسين قد تولى منصبه خلفا لمحمد علي "
     "الحكيم. واستقبل الرئيس التركي رجب طيب أردوغان الضيف العراقي في أنقرة.", {"فؤاد حسين", "رجب طيب أردوغان"}),
])
def test_the_guest_is_not_one_named_only_as_absent(analyse, body, people):
    rs = reports(analyse, body)
    assert [names(r) for r in rs] == [people]


# --- two offices of one sentence are two people -------------------------------------------------

@pytest.mark.parametrize("body,people", [
    ("أشرف رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، وأخوه الرئيس الجزائري عبد المجيد تبون أمس على "
     "تدشين المعبر. وكان الرئيس الجزائري في استقبال رئيس الجمهورية لدى وصوله إلى المطار. وعقد الرئيسان "
     "جلسة عمل موسعة.", {"محمد ولد الغزواني", "عبد المجيد تبون"}),
    ("دشن رئيس الجمهورية، السيد قيس سعيد، والرئيس الجزائري عبد المجيد تبون أمس المعبر الحدودي. وكان "
     "الرئيس الجزائري في وداع رئيس الجمهورية عند مغادرته. واستمع الرئيسان إلى عرض. ثم عقد الرئيسان جلسة "
     "مباحثات.", {"قيس سعيد", "عبد المجيد تبون"}),
])
def test_two_offices_of_one_sentence_are_two_people(analyse, body, people):
    """And "عقد الرئيسان" reaches back past sentences that name no one to the two named."""
    (r,) = reports(analyse, body)
    assert names(r) == people


# --- "talks that brought the two together": the two named before --------------------------------

@pytest.mark.parametrize("body,people,day", [
    ("فتح الرئيسان البرازيلي لويس إيناسيو لولا دا سيلفا والأرجنتيني ألبرتو فرنانديز، أمس (الاثنين)، الباب "
     "أمام عملة مشتركة، وذلك خلال محادثات جمعتهما في بوينس آيرس. ويشارك لولا اليوم في قمة سيلاك.",
     {"لويس إيناسيو لولا دا سيلفا", "ألبرتو فرنانديز"}, "2024-03-11"),
    ("اتفق الرئيس الكيني وليام روتو ونظيره التنزاني سامية صولوحو حسن، أمس الاثنين، على فتح الحدود، وذلك "
     "في مباحثات جمعتهما في أروشا. ويزور روتو اليوم مدينة دودوما.",
     {"وليام روتو", "سامية صولوحو حسن"}, "2024-03-11"),
])
def test_talks_that_brought_the_two_together_are_theirs(analyse, body, people, day):
    rs = reports(analyse, body)
    assert [(names(r), r.date.resolve()) for r in rs][:1] == [(people, (day, "day"))]


# --- no person inside a place's name; "the second day" is no today -----------------------------

@pytest.mark.parametrize("body,place", [
    ("استضاف الرئيس الأمريكي جو بايدن أمس الجمعة رئيس الوزراء الياباني فوميو كيشيدا في منتجع كامب ديفيد "
     "الرئاسي. وقال بايدن إنها أول قمة يستضيفها في كامب ديفيد بصفته رئيسا.", "camp-david"),
    ("استقبل الرئيس الأمريكي دونالد ترامب أمس في كامب ديفيد رئيس الوزراء البريطاني. وقال ترامب إن كامب "
     "ديفيد مكان مناسب للقاء.", "camp-david"),
])
def test_no_person_is_read_inside_a_place_s_name(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place and all(
        "ديفيد" not in n for n in names(r))


@pytest.mark.parametrize("body,day", [
    ("وفي اليوم الثاني للزيارة، أمس السبت، عقد رئيس الوزراء الهندي ناريندرا مودي محادثات مع رئيسة الوزراء "
     "البنغلاديشية الشيخة حسينة في دكا.", "2024-03-09"),
    ("وفي اليوم الأخير من الزيارة، التقى الرئيس الكيني وليام روتو أمس السبت نظيره التنزاني في أروشا.",
     "2024-03-09"),
])
def test_a_day_counted_in_a_visit_is_not_today(analyse, body, day):
    (r,) = reports(analyse, body, published="2024-03-10")
    assert r.date.resolve() == (day, "day")


# --- talks "after" which the article's statement came, held that day by two women --------------

@pytest.mark.parametrize("body,day,place", [
    ("عقدت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن ونظيرتها الفنلندية سانا مارين مؤتمرا صحفيا. وجاء "
     "المؤتمر بعد مباحثات أجرتها المسؤولتان صباح اليوم الأربعاء في مدينة أوكلاند.", "2024-03-13", "auckland"),
    ("التقت رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيسة المفوضية الأوروبية أورسولا فون دير لاين الصحفيين. "
     "وجاء ذلك بعد محادثات عقدتها الزعيمتان أمس الثلاثاء في روما.", "2024-03-12", "rome"),
])
def test_talks_held_that_day_before_a_statement_are_the_news(analyse, body, day, place):
    (r,) = reports(analyse, body, published="2024-03-13")
    assert r.date.resolve() == (day, "day") and r.place is not None and r.place.place == place


@pytest.mark.parametrize("later", [
    "وفي اليوم الثاني للزيارة، التقى هاياشي رئيس مجلس النواب المصري حنفي جبالي.",
    "وفي اليوم التالي، اجتمع هاياشي مع رئيس مجلس النواب المصري حنفي جبالي.",
])
def test_a_meeting_of_the_visit_s_next_day_is_the_day_after(analyse, later):
    rs = reports(analyse, "وصل وزير الخارجية الياباني يوشيماسا هاياشي إلى القاهرة الأحد 19 مارس، واستقبله الرئيس "
                          "عبد الفتاح السيسي بقصر الاتحادية. " + later, published="2023-03-25")
    assert [r.date.resolve() for r in rs] == [("2023-03-19", "day"), ("2023-03-20", "day")]
    assert rs[1].place is not None and rs[1].place.place == "cairo" and rs[1].place.venue is None


# --- a summit announced in the plural future is planned ----------------------------------------

@pytest.mark.parametrize("body", [
    "أعلن الديوان الملكي أمس أن العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي "
    "ورئيس الوزراء العراقي مصطفى الكاظمي سيعقدون قمة ثلاثية في عمان الأسبوع المقبل.",
    "قالت الرئاسة إن الرئيس الكيني وليام روتو ونظيره التنزاني سيلتقيان في أروشا الشهر المقبل.",
])
def test_a_meeting_announced_in_the_plural_future_is_no_meeting_yet(analyse, body):
    assert reports(analyse, body) == []


# --- a wire dateline with a town the world data lacks ------------------------------------------

@pytest.mark.parametrize("line,published,day", [
    ("بورتسودان 14-9-2023 (سونا) - أجرى رئيس مجلس السيادة عبد الفتاح البرهان أمس الأربعاء مباحثات مع "
     "الرئيس التركي رجب طيب أردوغان في أنقرة.", "2023-09-14", "2023-09-13"),
    ("عطبرة 3-5-2022 (سونا) - استقبل الفريق أول عبد الفتاح البرهان اليوم الثلاثاء في الخرطوم المبعوث "
     "الأممي فولكر بيرتس.", "2022-05-03", "2022-05-03"),
])
def test_a_wire_dateline_s_full_date_dates_the_article(analyse, line, published, day):
    an = analyse(f"السودان يبحث مسار العلاقات الثنائية والأوضاع في البلاد\n\n{line}\n")
    assert an.article.meta.published == published and an.reports[0].date.resolve() == (day, "day")


# --- one family's two office holders are two people ---------------------------------------------

@pytest.mark.parametrize("body", [
    "انعقد في أربيل اليوم اجتماع بين رئيس إقليم كوردستان نيجيرفان بارزاني والرئيس الإيراني مسعود بزشكيان، "
    "بحضور رئيس حكومة إقليم كوردستان مسرور بارزاني.",
    "استقبل رئيس الوزراء الباكستاني شهباز شريف اليوم في إسلام آباد الرئيس الإيراني مسعود بزشكيان، بحضور "
    "رئيس الوزراء الأسبق نواز شريف.",
])
def test_two_people_of_one_family_at_one_meeting_stay_two(project, tmp_path, options, body):
    from generator.pipeline import extract
    from .articles import article
    arts = tmp_path / "a"
    arts.mkdir()
    (arts / "x.md").write_text(article(body, published="2024-09-12"), encoding="utf-8")
    (sheet,) = extract(options(project, arts, tmp_path / "out")).sheets
    assert len(sheet.participants) == 3


# --- the delegations' session after the talks is a meeting too ----------------------------------

@pytest.mark.parametrize("after", [
    "وبعد ذلك عقد الوفدان العراقي والإيراني اجتماعا موسعا برئاسة الكاظمي والنائب الأول للرئيس الإيراني "
    "إسحاق جهانغيري.",
    "ثم عقد الجانبان جلسة موسعة برئاسة الكاظمي ونائب الرئيس الإيراني إسحاق جهانغيري.",
])
def test_a_later_session_with_other_people_is_a_meeting_of_its_own(analyse, after):
    rs = reports(analyse, "عقد رئيس الوزراء العراقي مصطفى الكاظمي اليوم في طهران مباحثات مع الرئيس الإيراني "
                          "حسن روحاني. " + after)
    assert [names(r) for r in rs] == [{"مصطفى الكاظمي", "حسن روحاني"}, {"مصطفى الكاظمي", "إسحاق جهانغيري"}]


# --- a period to come dates no meeting told as done; a town "في" is no homonym -----------------

@pytest.mark.parametrize("body,day", [
    ("أعلن وزير الخارجية الروسي سيرغي لافروف أن واشنطن تعهدت بتقديم ردود مكتوبة الأسبوع المقبل، واصفا "
     "محادثاته مع نظيره الأمريكي أنتوني بلينكن بأنها بناءة. وجاء ذلك عقب محادثات أجراها لافروف اليوم "
     "الجمعة مع بلينكن في جنيف.", "2022-01-21"),
    ("أعلن الرئيس الكيني وليام روتو أن البلدين اتفقا على توقيع الاتفاق الشهر المقبل، مشيدا بمباحثاته مع "
     "الرئيسة التنزانية سامية صولوحو حسن. وجاء ذلك عقب محادثات أجراها روتو أمس الخميس مع سامية صولوحو حسن "
     "في أروشا.", "2022-01-20"),
])
def test_a_period_to_come_dates_no_meeting_told_as_done(analyse, body, day):
    (r,) = reports(analyse, body, published="2022-01-21")
    assert r.date.resolve() == (day, "day")


@pytest.mark.parametrize("body,day", [
    ("جاء ذلك في مؤتمر صحفي مشترك عقده الرئيس التركي رجب طيب أردوغان مع نظيره الفنزويلي نيكولاس مادورو، عقب "
     "مباحثات ثنائية جمعتهما، اليوم الاثنين، في كاراكاس.", "2018-12-03"),
    ("جاء ذلك في مؤتمر صحفي عقده الرئيس الكيني وليام روتو مع نظيرته التنزانية سامية صولوحو حسن، عقب "
     "مباحثات رسمية جمعتهما، أمس الأحد، في أروشا.", "2018-12-02"),
])
def test_talks_that_brought_them_together_that_day_are_the_news(analyse, body, day):
    rs = reports(analyse, body, published="2018-12-03")
    assert rs and rs[0].date.resolve() == (day, "day")


@pytest.mark.parametrize("body", [
    "ترأس العاهل السعودي الملك سلمان بن عبد العزيز اليوم من الرياض أعمال القمة الاستثنائية لمجموعة العشرين. "
    "وشارك في القمة عن بُعد قادة الدول الأعضاء، ومنهم الرئيس الأمريكي دونالد ترامب والرئيس الصيني شي جين بينغ.",
    "ترأس رئيس الوزراء الهندي ناريندرا مودي أمس من نيودلهي قمة منظمة شنغهاي. وشارك فيها عن بعد زعماء الدول "
    "الأعضاء، ومنهم الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ.",
])
def test_a_session_its_people_joined_remotely_is_no_meeting(analyse, body):
    assert all(r.kind != "meeting" for r in reports(analyse, body))


@pytest.mark.parametrize("body,day", [
    ("باريس في 30 أغسطس/ بنا / التقى العاهل البحريني الملك حمد بن عيسى آل خليفة الرئيس الفرنسي إيمانويل "
     "ماكرون على غداء عمل ظهر أمس الإثنين في قصر الإليزيه.", "2022-08-29"),
    ("الرباط في 12 مارس (ومع) - استقبل وزير الخارجية ناصر بوريطة أمس الجمعة بالرباط نظيره الإسباني خوسيه "
     "مانويل ألباريس.", "2022-03-11"),
])
def test_a_dateline_s_day_and_month_give_way_to_the_day_the_sentence_names(analyse, body, day):
    (r,) = reports(analyse, body, published=day[:8] + str(int(day[8:]) + 1).zfill(2))
    assert r.date.resolve() == (day, "day")


@pytest.mark.parametrize("body,people", [
    ("أعربت المستشارة الألمانية أنجيلا ميركل اليوم عن قلقها من الأزمة. جاء ذلك بعد محادثات مع أمير قطر "
     "الشيخ تميم بن حمد آل ثاني في برلين.", {"أنجيلا ميركل", "تميم بن حمد آل ثاني"}),
    ("أكد الرئيس الكيني وليام روتو اليوم دعم بلاده للوساطة. جاء ذلك عقب مباحثات مع الرئيس الصومالي حسن شيخ "
     "محمود في نيروبي.", {"وليام روتو", "حسن شيخ محمود"}),
])
def test_talks_with_someone_after_which_the_speaker_spoke_are_the_speaker_s(analyse, body, people):
    """"جاء ذلك بعد محادثات مع X": talks of the one who spoke in the sentence before."""
    (r,) = reports(analyse, body)
    assert names(r) == people


# --- a headline's present with a day to come; a relative clause in a background part -------

@pytest.mark.parametrize("headline", [
    "سلطان عمان يزور إيران الأحد المقبل تلبية لدعوة من رئيسها",
    "الرئيس الفرنسي يستقبل نظيره البرازيلي في باريس غدا",
])
def test_a_headline_in_the_present_with_a_day_to_come_is_a_plan(analyse, headline):
    body = ("أعلن الديوان في بيان اليوم أن الزيارة تأتي تعزيزا للعلاقات بين البلدين. ولم يتضمن البيان "
            "تفاصيل عن برنامج الزيارة.")
    assert reports(analyse, body, headline=headline) == []


@pytest.mark.parametrize("body,place", [
    ("وصل الرئيس التركي رجب طيب أردوغان اليوم الأحد إلى الخرطوم. وكان في استقبال الضيف بالمطار الرئيس "
     "السوداني عمر البشير، قبل أن يتوجه الرئيسان إلى القصر لعقد جلسة مباحثات. ووصف البشير الزيارة بأنها "
     "تاريخية، وأشاد بمواقف أردوغان، وآخرها استضافته القمة الإسلامية في إسطنبول في وقت سابق من الشهر، "
     "والتي شارك فيها البشير.", "khartoum"),
    ("وصل رئيس الوزراء الهندي ناريندرا مودي اليوم إلى أبوظبي. وكان في استقباله بالمطار رئيس الدولة الشيخ "
     "محمد بن زايد آل نهيان، قبل أن يتوجه الزعيمان إلى القصر لعقد جلسة مباحثات. ووصف مودي الزيارة بأنها "
     "مهمة، وأشاد بدور الإمارات، وآخرها القمة التي استضافتها نيودلهي في وقت سابق من العام، والتي شارك "
     "فيها محمد بن زايد.", "abu-dhabi"),
])
def test_a_relative_clause_in_a_background_part_of_its_sentence_is_background(analyse, body, place):
    """And "قبل أن" after a greeting, in a sentence after one dated today, is told as done."""
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place


@pytest.mark.parametrize("region", ["في أول جولة له في أمريكا اللاتينية", "ضمن جولة تشمل دول شرق أفريقيا"])
def test_a_region_named_with_a_country_is_no_place(analyse, region):
    body = ("أجرى المستشار الألماني أولاف شولتز اليوم محادثات مع الرئيس الشيلي قابريال بوريك، " + region + ".")
    (r,) = reports(analyse, body, headline="شولتز وبوريك يبحثان الشراكة")
    assert r.place is None or r.place.place not in ("usa", "south-africa")


@pytest.mark.parametrize("company", [
    "وأمضت السيدة الأولى الأميركية ميلانيا ترامب الوقت برفقة جيني هاوكيو، قرينة الرئيس الفنلندي.",
    "وتجولت عقيلة الرئيس الضيف في المدينة القديمة برفقة الأميرة سلمى.",
])
def test_company_kept_elsewhere_is_no_attendance_of_the_meeting(analyse, company):
    body = ("عقد الرئيس الأميركي دونالد ترامب ونظيره الروسي فلاديمير بوتين اليوم قمة في القصر الرئاسي في هلسنكي. "
            + company)
    (r,) = reports(analyse, body)
    assert names(r) == {"دونالد ترامب", "فلاديمير بوتين"}


@pytest.mark.parametrize("before", [
    "وتأتي محطة طهران بعد زيارة قامت بها موغيريني أمس الاثنين إلى الرياض، أجرت خلالها محادثات مع مسؤولين سعوديين.",
    "وتأتي الزيارة بعد محطة قامت بها موغيريني أمس الاثنين في الكويت، التقت خلالها وزير الخارجية الكويتي.",
])
def test_what_a_trip_comes_after_is_an_earlier_event(analyse, before):
    body = ("وصلت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني صباح اليوم الثلاثاء إلى "
            "العاصمة الإيرانية طهران. وعقدت موغيريني جلسة مباحثات مع وزير الخارجية محمد جواد ظريف. " + before)
    (r,) = reports(analyse, body, published="2015-07-28")
    assert r.place is not None and r.place.place == "tehran" and r.date.resolve() == ("2015-07-28", "day")


# --- "تناول الجانبان تطورات العدوان على قطاع غزة": a place talked about is not where they met ------

TALKED_ABOUT = [
    ("التقى وزير الخارجية الإسباني خوسيه مانويل ألباريس أمس الأحد نظيره الأردني أيمن الصفدي، وتناول "
     "الجانبان تطورات العدوان على قطاع غزة وسبل وقفه.", "gaza"),
    ("وقال الرئيس الإندونيسي برابوو سوبيانتو، في المؤتمر الصحفي الذي أعقب محادثاته أمس مع رئيس الوزراء "
     "الماليزي أنور إبراهيم، إن المأساة الإنسانية في غزة تصدرت جدول الأعمال.", "gaza"),
    ("اجتمع المستشار النمساوي كارل نيهامر أمس بالرئيس الأوكراني فولوديمير زيلينسكي، وتحدثا عن الحرب "
     "والحديث عن خاركيف وما تتعرض له من قصف.", "kharkiv"),
]


@pytest.mark.parametrize("body,place", TALKED_ABOUT)
def test_a_place_the_talks_were_about_is_not_their_place(analyse, body, place):
    (r,) = reports(analyse, body, published="2024-03-11")
    assert r.place is None or r.place.place != place
