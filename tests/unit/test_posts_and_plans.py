"""Offices held in a place and in a body of a larger one, names that open with ك, and meetings a
headline or a report only plans; from sentences written for these tests (no corpus sentence)."""
from __future__ import annotations

import pytest

from .articles import article, names, reports

# --- "سفير الاتحاد الأوروبي في تونس" is not the one "في الجزائر" -----------------------------------

TWO_POSTS = ("استقبل الرئيس التونسي قيس سعيد أمس في قرطاج الممثل الأعلى للسياسة الخارجية، نائب رئيسة "
             "المفوضية الأوروبية كايا كالاس، بحضور سفير الاتحاد الأوروبي في تونس. وانتقلت كالاس بعد ذلك إلى "
             "الجزائر حيث استقبلها الرئيس عبد المجيد تبون، بحضور سفير الاتحاد الأوروبي في الجزائر دييغو ميلادو.")


def test_two_holders_of_one_office_posted_to_two_capitals_are_two_people(analyse):
    first, second = reports(analyse, TWO_POSTS, published="2025-03-12")
    assert names(first) == {"قيس سعيد", "كايا كالاس"}
    assert names(second) == {"عبد المجيد تبون", "كايا كالاس", "دييغو ميلادو"}


# --- "المسؤول الأوروبي" is the one the article names in an office of an EU body ------------------

def test_a_european_official_is_the_commissioner_the_article_names(analyse):
    body = ("وصل المسؤول الأوروبي إلى عمان أمس، واستقبله العاهل الأردني الملك عبد الله الثاني في قصر الحسينية. "
            "وكان نائب رئيسة المفوضية الأوروبية مارغريتيس سخيناس قد بدأ جولته في القاهرة.")
    (r,) = reports(analyse, body, published="2024-06-12")
    assert names(r) == {"عبد الله الثاني", "مارغريتيس سخيناس"}


def test_a_portfolio_that_names_the_union_is_no_office_of_it(analyse):
    body = ("عقد وزير الخارجية الإيطالي أنطونيو تاياني أمس في روما محادثات مع نظيرته الإسبانية أرانشا غونزاليس "
            "لايا، وزيرة الشؤون الخارجية والاتحاد الأوروبي والتعاون، التي حافظت على تقليد أسلافها ومنهم "
            "جوزيب بوريل.")
    (r,) = reports(analyse, body, published="2024-06-12")
    assert names(r) == {"أنطونيو تاياني", "أرانشا غونزاليس لايا"}


# --- names that open with ك: "كالن"، "كالاس" --------------------------------------------------------

KAF_NAMES = [
    ("التقى الرئيس التركي رجب طيب أردوغان أمس في نيودلهي الرئيس المصري عبد الفتاح السيسي، بحضور رئيس جهاز "
     "الاستخبارات إبراهيم كالن.", "إبراهيم كالن"),
    ("استقبل الرئيس المولدوفي مايا ساندو أمس في كيشيناو الممثلة العليا للاتحاد الأوروبي كايا كالاس.",
     "كايا كالاس"),
]


@pytest.mark.parametrize("body,name", KAF_NAMES)
def test_a_name_that_opens_with_kaf_and_the_article_is_a_name(analyse, body, name):
    (r,) = reports(analyse, body, published="2023-09-11")
    assert name in names(r)


# --- meetings only planned: "يلتقي نظيره قريباً"، "اتفقا على عقد اجتماع" -----------------------------

SOON_HEADLINES = [
    ("وزير الخارجية الإيراني يلتقي نظيره السعودي قريباً",
     "قال وزير الخارجية الإيراني حسين أمير عبد اللهيان اليوم في طهران إن بلاده مستعدة لإعادة فتح سفارتها "
     "في الرياض، وإن لقاءه الأمير فيصل بن فرحان سيعقد في القريب العاجل."),
    ("الرئيس الكيني يستقبل نظيره الصومالي في القريب العاجل",
     "أعلنت الرئاسة الكينية اليوم أن الرئيس ويليام روتو وجه دعوة إلى الرئيس الصومالي حسن شيخ محمود لزيارة "
     "نيروبي."),
]


@pytest.mark.parametrize("headline,body", SOON_HEADLINES)
def test_a_headline_meeting_told_as_soon_is_no_meeting(analyse, headline, body):
    found = analyse(article(body, published="2023-03-19", headline=headline), ".md").reports
    assert [r for r in found if r.kind == "meeting"] == []


AGREED_TO_MEET = [
    "أعلن المتحدث باسم الرئاسة الكينية اليوم أن الرئيس ويليام روتو تلقى رسالة من الرئيس التنزاني سامية "
    "صولوحو حسن، وأوضح أن الجانبين اتفقا على عقد اجتماع على مستوى وزيري الخارجية في أروشا.",
    "وأضاف الوزير أن البلدين اتفقوا على عقد قمة ثلاثية تجمع الرئيس المصري عبد الفتاح السيسي والملك عبد الله "
    "الثاني ورئيس الوزراء العراقي محمد شياع السوداني في بغداد.",
]


@pytest.mark.parametrize("body", AGREED_TO_MEET)
def test_agreeing_to_hold_a_meeting_is_no_meeting(analyse, body):
    assert [r for r in reports(analyse, body, published="2023-03-19") if r.kind == "meeting"] == []


# --- "المبعوث الخاص للرئيس الأمريكي": the envoy, not the president ------------------------------------

ENVOYS = [
    # the president named after the office he sends envoys from is no party
    ("استقبل الرئيس البيلاروسي ألكسندر لوكاشينكو أمس في مينسك الجنرال المتقاعد كيث كيلوغ، المبعوث الخاص للرئيس "
     "الأمريكي دونالد ترامب إلى أوكرانيا.", {"ألكسندر لوكاشينكو", "كيث كيلوغ"}),
    # the envoy and a second guest after و; the president named as a guest's kin is no party either
    ("أنهى الرئيس الروسي فلاديمير بوتين أمس جلسة محادثات في الكرملين مع المبعوث الخاص للرئيس الأميركي ستيف "
     "ويتكوف وجاريد كوشنر، صهر الرئيس دونالد ترامب.", {"فلاديمير بوتين", "ستيف ويتكوف", "جاريد كوشنر"}),
]


@pytest.mark.parametrize("body,people", ENVOYS)
def test_an_envoy_of_the_president_meets_without_the_president(analyse, body, people):
    (r,) = reports(analyse, body, published="2025-06-22")
    assert names(r) == people


# --- "وكانت الزيارة مقررة في الأصل يوم السبت قبل أن تُرجأ": the day of a plan, not of the visit -------

RESCHEDULED = [
    ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط مساء أمس الأحد في زيارة رسمية. وعقد ماكرون والعاهل "
     "المغربي الملك محمد السادس في القصر الملكي جلسة مباحثات. وكانت الزيارة مقررة في الأصل يوم السبت قبل "
     "أن تُرجأ يوما واحدا.", "2024-03-10"),
    ("حل رئيس الوزراء الهندي ناريندرا مودي أمس الأحد بطوكيو. وأجرى مودي ونظيره الياباني فوميو كيشيدا "
     "محادثات في مقر الحكومة. وكان اللقاء مقرراً يوم الجمعة، غير أنه أرجئ بسبب الأحوال الجوية.", "2024-03-10"),
]


@pytest.mark.parametrize("body,day", RESCHEDULED)
def test_the_day_a_meeting_was_first_scheduled_for_is_not_its_day(analyse, body, day):
    (r,) = reports(analyse, body, published="2024-03-11")
    assert r.date.resolve() == (day, "day")


# --- "ومن المقرر أن يتوجه إلى أيسلندا، ثم إلى اليابان للمشاركة في قمة": "then" goes on with the plan --

THEN_PLANNED = [
    "التقى رئيس الوزراء البريطاني ريشي سوناك اليوم الرئيس الأوكراني فولوديمير زيلينسكي. ومن المقرر أن يتوجه "
    "سوناك هذا الأسبوع إلى أيسلندا لحضور قمة مجلس أوروبا، ثم إلى اليابان للمشاركة في قمة مجموعة السبع في هيروشيما.",
    "اجتمع الرئيس الفرنسي إيمانويل ماكرون اليوم بالمستشار الألماني أولاف شولتس. ومن المنتظر أن يسافر ماكرون "
    "غدا إلى بروكسل، ثم إلى وارسو لعقد قمة مع رئيس الوزراء البولندي.",
]


@pytest.mark.parametrize("body", THEN_PLANNED)
def test_a_place_told_after_then_in_a_plan_is_not_the_meeting_s(analyse, body):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert r.place is None or r.place.place not in ("hiroshima", "warsaw")


# --- "قال إنه يريد لقاء بوتين أولا": a wish to meet is no meeting ----------------------------------------

@pytest.mark.parametrize("body", [
    "قال الرئيس الأميركي دونالد ترامب أمس في واشنطن إنه يريد لقاء الرئيس الروسي فلاديمير بوتين أولا قبل أي اجتماع ثلاثي.",
    "أكد رئيس الوزراء الهندي ناريندرا مودي اليوم في نيودلهي أنه يود لقاء الرئيس الصيني شي جين بينغ في أقرب وقت.",
])
def test_a_wish_to_meet_is_no_meeting(analyse, body):
    assert [r for r in reports(analyse, body, published="2024-03-12") if r.kind == "meeting"] == []


def test_a_wish_said_at_a_meeting_leaves_the_meeting(analyse):
    body = ("التقى الرئيس الأميركي دونالد ترامب أمس في البيت الأبيض الرئيس الفرنسي إيمانويل ماكرون الذي قال إنه "
            "يريد تعزيز التعاون.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"دونالد ترامب", "إيمانويل ماكرون"}


# --- "في أول زيارة منذ تنصيب الرئيس، حيث أجرى مباحثات": a span of time is no "where" -----------------

def test_where_after_a_since_clause_goes_on_with_the_visit(analyse):
    body = ("حلّ وزير الخارجية الأمريكي أنتوني بلينكن، أمس الاثنين، بالعاصمة الكولومبية بوغوتا، في أول زيارة "
            "لمسؤول أمريكي بهذا المستوى منذ تنصيب أول رئيس يساري في تاريخ البلاد، حيث أجرى مباحثات مع الرئيس "
            "غوستافو بيترو في قصر نارينيو الرئاسي.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"أنتوني بلينكن", "غوستافو بيترو"}


def test_where_after_a_trip_told_in_passing_is_that_trip(analyse):
    body = ("وصل وزير الخارجية السوري فيصل المقداد أمس إلى الرياض، بعد زيارة قام بها إلى جدة الأسبوع الماضي، "
            "حيث التقى نظيره السعودي فيصل بن فرحان.")
    assert [r for r in reports(analyse, body, published="2024-03-12") if r.kind == "meeting"] == []


# --- "ودياز كانيل يعد بزيارة طهران": a promised visit names no meeting place -----------------------------

def test_a_promised_visit_gives_the_meeting_no_place(analyse):
    body = ("أجرى الرئيس الإيراني إبراهيم رئيسي أمس محادثات بقصر الثورة مع الرئيس الكوبي ميغيل دياز كانيل. "
            "ودياز كانيل يعد بزيارة طهران قبل نهاية العام.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert r.place is None or r.place.place != "tehran"


def test_is_considered_is_no_promise(analyse):
    body = ("ويعد اللقاء بين الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس أمس في باريس الأول "
            "منذ أشهر.")
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"إيمانويل ماكرون", "أولاف شولتس"}


# --- "وكان الرئيس قد استقبل، اليوم الاثنين، ...": the news told in the pluperfect after quotes -----

TOLD_LATE = [
    # quotes first, the meeting later, dated today
    ("قالت وزيرة الخارجية الكندية ميلاني جولي إن بلادها تدعم جهود التهدئة، مضيفة أن الحوار هو السبيل "
     "الوحيد. وكان العاهل الأردني الملك عبد الله الثاني قد استقبل، اليوم الثلاثاء، وزيرة الخارجية "
     "الكندية فى عمان.", "2024-03-12", {"عبد الله الثاني", "ميلاني جولي"}),
    # Egyptian spelling, a weekday of the day before
    ("أكد رئيس الوزراء الهولندى مارك روته أن أوروبا ستواصل دعمها. وكان روته قد التقى الرئيس البولندى "
     "أندريه دودا ظهر الاثنين فى وارسو، قبل أن يعقدا مؤتمرا صحفيا.", "2024-03-11", {"مارك روته", "أندريه دودا"}),
]


@pytest.mark.parametrize("body,day,people", TOLD_LATE)
def test_a_meeting_told_in_the_pluperfect_on_the_news_day_is_the_news(analyse, body, day, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert set(names(r)) == people and r.date.resolve() == (day, "day")


KEPT_IN_THE_PAST = [
    # a month before: background
    "قالت وزيرة الخارجية الكندية ميلاني جولي إن بلادها تدعم جهود التهدئة. وكانت جولي قد التقت العاهل "
    "الأردني الملك عبد الله الثاني في عمان في يناير الماضي.",
    # another meeting is the news: the pluperfect one stays what came before
    "استقبل الرئيس البولندي أندريه دودا اليوم الثلاثاء في وارسو رئيس الوزراء الهولندي مارك روته. وكان "
    "دودا قد التقى أمس الاثنين المستشار الألماني أولاف شولتس في برلين.",
]


@pytest.mark.parametrize("body", KEPT_IN_THE_PAST)
def test_a_pluperfect_meeting_of_another_time_or_beside_the_news_stays_background(analyse, body):
    found = reports(analyse, body, published="2024-03-12")
    assert all("أولاف شولتس" not in names(r) for r in found)
    assert all(not ({"ميلاني جولي", "عبد الله الثاني"} <= set(names(r))) for r in found)


# --- "وتوجه الرئيسان إلى القصر ... قبل أن يعقدا جلسة مباحثات": the dual verb's two ----------------

AIRPORT_THEN_TALKS = [
    "استقبل الرئيس الكيني ويليام روتو، ظهر اليوم الثلاثاء، الرئيس الغاني نانا أكوفو أدو لدى وصوله إلى "
    "مطار نيروبي. وتوجه الرئيسان عقب ذلك إلى قصر الرئاسة، حيث أقيمت مراسم الاستقبال، قبل أن يعقدا جلسة "
    "مباحثات مغلقة.",
    "استقبل رئيس الوزراء الإسباني بيدرو سانشيز اليوم نظيره اليوناني كيرياكوس ميتسوتاكيس عند وصوله إلى مطار "
    "مدريد. ثم انتقل الزعيمان إلى قصر مونكلوا قبل أن يجريا محادثات موسعة.",
]


@pytest.mark.parametrize("body", AIRPORT_THEN_TALKS)
def test_talks_a_dual_verb_tells_after_the_pair_are_the_pair_s(analyse, body):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert len(names(r)) == 2
