"""Header lines of parts between bars, the people a meeting has beside its chair, a meeting noun
before who else sat in it, a name the article always writes whole, talks by telephone, and a
headline that names a meeting the text only plans; from sentences written for these tests (no
corpus sentence), each rule with two phrasings and one that must not change."""
from __future__ import annotations

import pytest

from .articles import article, names, reports

# --- "المنبر | أخبار العالم | الأربعاء 3 أبريل 2024": the date of a header line of parts ----------

BAR_LINES = [
    ("صوت الجنوب | أخبار القارة | الأربعاء 3 أبريل 2024", "2024-04-03", None),
    ("وكالة النهار | الخميس 9 مايو 2024 | نيروبي - خاص", "2024-05-09", "nairobi"),
    ("جريدة الساحل | الاثنين 6 يناير 2025", "2025-01-06", None),
]


@pytest.mark.parametrize("line,published,dateline", BAR_LINES)
def test_a_header_line_of_parts_gives_its_date_and_dateline(analyse, line, published, dateline):
    body = "استقبل الرئيس الكيني ويليام روتو يوم الاثنين نظيره الصومالي حسن شيخ محمود."
    an = analyse(f"خبر عن لقاء سياسي في المنطقة\n\n{line}\n\n{body}\n")
    assert an.article.meta.header_date == published and an.article.meta.dateline_place == dateline


DATELINE_THEN_DATE = [
    ("نيروبي (وكالات) – 06/05/2024", "2024-05-06", "nairobi"),
    ("أديس أبابا - 2024/05/06", "2024-05-06", "addis-ababa"),
]


@pytest.mark.parametrize("line,published,dateline", DATELINE_THEN_DATE)
def test_a_dateline_followed_by_a_date_alone_gives_both(analyse, line, published, dateline):
    body = "استقبل الرئيس الكيني ويليام روتو أمس الأحد نظيره الصومالي حسن شيخ محمود."
    an = analyse(f"خبر عن لقاء سياسي في المنطقة\n\n{line}\n\n{body}\n")
    assert an.article.meta.header_date == published and an.article.meta.dateline_place == dateline
    assert all(not s.text.strip().startswith(("06", "2024")) for s in an.article.sentences)


def test_a_site_header_of_sections_with_todays_date_is_no_publication_date(analyse):
    line = "الرئيسية | سياسة | اقتصاد | رياضة   الجمعة 10 مايو 2024"
    an = analyse(f"خبر عن لقاء سياسي في المنطقة\n\n{line}\n\nالتقى الرئيس الكيني ويليام روتو نظيره الصومالي.\n")
    assert an.article.meta.header_date is None


# --- "ترأسها X إلى جانب رئيس المجلس Y": the people beside the chair ---------------------------

BESIDE = [
    ("احتضن قصر قرطاج أمس أعمال الاجتماع الثلاثي الذي ترأسه الرئيس التونسي قيس سعيد إلى جانب الرئيس "
     "الجزائري عبد المجيد تبون ورئيس المجلس الرئاسي الليبي محمد المنفي.",
     {"قيس سعيد", "عبد المجيد تبون", "محمد المنفي"}),
    ("احتضنت مدينة مومباسا أمس أعمال القمة الثنائية الأولى، والتي ترأستها الرئيسة التنزانية سامية صولوحو "
     "حسن إلى جانب الرئيس الكيني ويليام روتو.", {"سامية صولوحو حسن", "ويليام روتو"}),
    ("احتضنت مدينة مومباسا أمس أعمال القمة الثنائية الأولى، والتي ترأسها الرئيس الكيني ويليام روتو إلى "
     "جانب الرئيس الأوغندي يويري موسيفيني ورئيس الوزراء الإثيوبي آبي أحمد.",
     {"ويليام روتو", "يويري موسيفيني", "آبي أحمد"}),
]


@pytest.mark.parametrize("body,people", BESIDE)
def test_people_beside_the_chair_of_a_meeting_are_in_it(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-06-12")
    assert names(r) == people


def test_beside_before_a_thing_adds_nobody(analyse):
    body = ("التقى الرئيس المصري عبد الفتاح السيسي أمس في القاهرة رئيس وزراء اليونان كيرياكوس ميتسوتاكيس. "
            "واستمع السيسي إلى تقرير وزير الري هاني سويلم عن الوضع المائي، إلى جانب أداء مشروعات المياه.")
    (r,) = reports(analyse, body, published="2024-06-12")
    assert names(r) == {"عبد الفتاح السيسي", "كيرياكوس ميتسوتاكيس"}


# --- "بلقاء الرئيس X، في اجتماع حضره الوزراء": a meeting, then who else sat in it --------------

NOUN_THEN_ATTENDED = [
    ("واستهل وزير الخارجية الياباني يوشيماسا هاياشي جولته يوم الثلاثاء بلقاء الرئيس الغاني نانا أكوفو أدو "
     "في أكرا، في اجتماع شارك فيه عدد من الوزراء الغانيين. وفي اليوم التالي، الأربعاء، انتقل هاياشي إلى "
     "مدينة كوماسي، حيث التقى الملك أوتومفوو أوسي توتو الثاني.", "نانا أكوفو أدو"),
    ("وبدأت المفوضة الأوروبية يوتا أوربيلاينن جولتها يوم الاثنين بلقاء رئيس الوزراء الإثيوبي آبي أحمد في "
     "أديس أبابا، في اجتماع حضره مسؤولون من الجانبين. وفي اليوم التالي توجهت أوربيلاينن إلى مقديشو حيث "
     "التقت الرئيس الصومالي حسن شيخ محمود.", "آبي أحمد"),
]


@pytest.mark.parametrize("body,first", NOUN_THEN_ATTENDED)
def test_a_meeting_noun_before_who_else_sat_in_it_is_the_meeting(analyse, body, first):
    """Two legs of a tour: the first meeting is not merged into the second."""
    found = reports(analyse, body, published="2023-05-05")
    assert len(found) == 2 and first in names(found[0]) and first not in names(found[1])


def test_a_dinner_someone_attended_is_no_meeting_of_its_own(analyse):
    body = ("عقد الرئيس البرتغالي مارسيلو ريبيلو دي سوزا أمس الخميس في لشبونة مباحثات مع الرئيس البرازيلي "
            "لويس إيناسيو لولا دا سيلفا. وأقام الرئيس البرتغالي مساء الأربعاء مأدبة عشاء على شرف ضيفه "
            "حضرها رئيس الوزراء أنطونيو كوستا.")
    (r,) = reports(analyse, body, published="2023-04-21")
    assert r.date.resolve() == ("2023-04-20", "day")


# --- a name the article always writes whole ------------------------------------------------------

WHOLE_NAMES = [
    ("استقبل الرئيس النيجيري محمد بخاري أمس في أبوجا رئيس المجلس العسكري الفريق محمد إدريس ديبي إتنو. "
     "وكان الرئيس الراحل إدريس ديبي إتنو قد زار أبوجا العام الماضي. وقال محمد إدريس ديبي إن بلاده "
     "ممتنة.", "محمد إدريس ديبي"),
    ("التقى الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور أمس في هافانا نظيره الكوبي ميغيل دياز كانيل. "
     "وقال لوبيز أوبرادور إن الزيارة ناجحة. وأضاف لوبيز أوبرادور أن بلاده تدعم كوبا.",
     "أندريس مانويل لوبيز أوبرادور"),
]


@pytest.mark.parametrize("body,name", WHOLE_NAMES)
def test_a_name_the_article_writes_whole_is_one_person(analyse, body, name):
    (r,) = reports(analyse, body, published="2021-05-15")
    assert name in names(r) and len(r.parties) == 2


# --- "محادثات هاتفية": talks by telephone ----------------------------------------------------------

PHONE = [
    "أجرى الرئيس الأنغولي جواو لورينسو أمس محادثات هاتفية مع الرئيس الرواندي بول كاغامي.",
    "بحث رئيس الوزراء الماليزي أنور إبراهيم في مباحثات هاتفية أمس مع الرئيس الإندونيسي برابوو سوبيانتو "
    "العلاقات الثنائية.",
]


@pytest.mark.parametrize("body", PHONE)
def test_talks_by_telephone_are_a_call(analyse, body):
    (r,) = reports(analyse, body)
    assert r.kind == "phone"


# --- a headline naming a meeting the text only plans -----------------------------------------------

PLANNED_HEADLINES = [
    ("وزير الخارجية الهندي يلتقي رئيس وزراء نيبال في كاتماندو",
     "أجرى وزير الخارجية الهندي سوبراهمانيام جايشانكار اليوم في كولومبو محادثات مع الرئيس السريلانكي "
     "أنورا كومارا ديساناياكا. ويتوجه الوزير الهندي مساء اليوم إلى كاتماندو، ومن المقرر أن يلتقي غدا "
     "رئيس وزراء نيبال بوشبا كمال داهال.", {"سوبراهمانيام جايشانكار", "أنورا كومارا ديساناياكا"}),
    ("أبوجا تعلن موعد قمة بين تينوبو وماهاما",
     "أعلنت الرئاسة النيجيرية أن العاصمة أبوجا ستحتضن يوم 20 مايو المقبل قمة تجمع الرئيس بولا تينوبو "
     "بالرئيس الغاني جون ماهاما.", set()),
]


@pytest.mark.parametrize("headline,body,people", PLANNED_HEADLINES)
def test_a_headline_naming_a_planned_meeting_is_no_meeting(analyse, headline, body, people):
    found = analyse(article(body, published="2025-04-02", headline=headline), ".md").reports
    assert [names(r) for r in found if r.kind == "meeting"] == ([people] if people else [])


# --- "في ختام المحادثات التي جمعت X و Y": the talks a relative clause gathers --------------------------

GATHERED = [
    ("أصدر البيت الأبيض والرئاسة البرازيلية ليل الجمعة بيانا مشتركا في ختام المحادثات التي جمعت الرئيس "
     "الأميركي جو بايدن ونظيره البرازيلي لولا دا سيلفا في البيت الأبيض.", {"جو بايدن", "لولا دا سيلفا"}),
    ("انتهت أمس في برلين المباحثات التي جمعت الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس.",
     {"إيمانويل ماكرون", "أولاف شولتس"}),
]


@pytest.mark.parametrize("body,people", GATHERED)
def test_talks_a_relative_clause_gathers_are_a_meeting(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


def test_a_past_gathering_in_a_relative_clause_is_no_news(analyse):
    body = "وكانت القمة التي جمعت الرئيسين الأميركي جو بايدن والروسي فلاديمير بوتين في جنيف عام 2021 قد انتهت دون نتائج."
    assert reports(analyse, body, published="2024-03-12") == []


# --- "نظيريه الأردني X والعراقي Y": a title said once for two holders -------------------------------

ELIDED = [
    ("استقبل وزير الخارجية المصري سامح شكري أمس في القاهرة نظيريه الأردني أيمن الصفدي والعراقي فؤاد حسين.",
     {"سامح شكري", "أيمن الصفدي", "فؤاد حسين"}),
    ("استضاف وزير الخارجية الفرنسي ستيفان سيجورنيه اليوم في باريس نظيريه الألمانية أنالينا بيربوك والبولندي "
     "رادوسلاف سيكورسكي.", {"ستيفان سيجورنيه", "أنالينا بيربوك", "رادوسلاف سيكورسكي"}),
]


@pytest.mark.parametrize("body,people", ELIDED)
def test_a_country_s_adjective_after_and_repeats_the_title_before_it(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


def test_the_second_holder_has_the_title_with_its_own_country(analyse):
    an = analyse(article(ELIDED[0][0], published="2024-03-12"), ".md")
    second = next(p for s in an.doc.sents for p in s.people if p.name == "فؤاد حسين")
    assert second.title is not None and second.title.country == "iraq" and second.title.text.endswith("العراقي")


def test_an_adjective_after_and_without_a_name_is_no_holder(analyse):
    body = "استقبل الرئيس الفرنسي إيمانويل ماكرون أمس في باريس المستشار الألماني أولاف شولتس والوفد الألماني المرافق له."
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"إيمانويل ماكرون", "أولاف شولتس"}


# --- "جلس بلينكن قبالة نظيره": sitting across from someone is meeting them --------------------------

SAT = [
    ("جلس رئيس الوزراء الهندي ناريندرا مودي أمس قبالة الرئيس الصيني شي جين بينغ في قازان، في أول لقاء "
     "بينهما منذ خمس سنوات.", {"ناريندرا مودي", "شي جين بينغ"}),
    ("وجلست رئيسة الوزراء الإيطالية جورجيا ميلوني مع الرئيس التونسي قيس سعيد أمس في قصر قرطاج لأكثر من ساعة.",
     {"جورجا ميلوني", "قيس سعيد"}),   # (the gazetteer's spelling)
]


@pytest.mark.parametrize("body,people", SAT)
def test_sitting_across_from_someone_is_meeting_them(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


@pytest.mark.parametrize("body", [
    "جلس الرئيس الفرنسي إيمانويل ماكرون في الصف الأول خلال حفل الافتتاح أمس في باريس.",
    "جلس الرئيس الأميركي جو بايدن إلى جانب ولي العهد السعودي محمد بن سلمان خلال العرض العسكري أمس.",
])
def test_sitting_somewhere_is_no_meeting(analyse, body):
    assert [r for r in reports(analyse, body, published="2024-03-12") if r.kind == "meeting"] == []


# --- "الممثلة الخاصة ... هانا تيتيه، ترافقها نائبتها ستيفاني خوري": her deputy, with her -------------

ENVOY_AND_DEPUTY = ("استقبل رئيس المجلس الرئاسي محمد المنفي اليوم في طرابلس الممثلة الخاصة للأمين العام للأمم "
                    "المتحدة هانا تيتيه، ترافقها نائبتها للشؤون السياسية ستيفاني خوري. وأعربت تيتيه عن تقديرها "
                    "لدور المنفي.")


def test_a_family_name_the_article_repeats_is_a_name_whatever_its_shape(analyse):
    (r,) = reports(analyse, ENVOY_AND_DEPUTY, published="2024-03-12")
    assert "هانا تيتيه" in names(r)


def test_her_deputy_who_comes_with_her_is_at_the_meeting(analyse):
    (r,) = reports(analyse, ENVOY_AND_DEPUTY, published="2024-03-12")
    assert names(r) == {"محمد المنفي", "هانا تيتيه", "ستيفاني خوري"}


# --- "على وقع عودة الرئيس ترامب": what happened to someone, told as the meeting's time -----------------

@pytest.mark.parametrize("body,people", [
    ("استقبل الرئيس الإيراني مسعود بزشكيان اليوم في طهران المدير العام للوكالة الدولية للطاقة الذرية رافائيل "
     "غروسي على وقع عودة الرئيس الأميركي دونالد ترامب إلى البيت الأبيض.", {"مسعود بزشكيان", "رافائيل غروسي"}),
    ("التقى الرئيس الفرنسي إيمانويل ماكرون أمس في باريس المستشار الألماني أولاف شولتس بعد فوز الرئيس الأميركي "
     "دونالد ترامب بالانتخابات.", {"إيمانويل ماكرون", "أولاف شولتس"}),
])
def test_someone_whose_return_or_win_dates_a_meeting_is_not_in_it(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


# --- "وجاء اللقاء بين الرئيس X والمستشار Y": a definite meeting noun with both its sides ----------------

def test_the_meeting_between_two_named_people_is_their_meeting(analyse):
    body = "وجاء اللقاء بين الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس أمس في باريس."
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == {"إيمانويل ماكرون", "أولاف شولتس"}


def test_the_meeting_between_the_two_is_still_a_reference(analyse):
    assert reports(analyse, "وأكد البيان أن اللقاء بين الرئيسين كان مثمرا.", published="2024-03-12") == []


# --- "تسلم الرئيس أوراق اعتماد السفير": an audience for credentials -----------------------------------

@pytest.mark.parametrize("body,people", [
    ("تسلّم الرئيس السوري أحمد الشرع أمس في قصر الشعب بدمشق أوراق اعتماد السفير السعودي فيصل بن سعود المجفل.",
     {"أحمد الشرع", "فيصل بن سعود المجفل"}),
    ("قدم السفير الإماراتي الجديد حمد الزعابي أمس أوراق اعتماده إلى الرئيس التونسي قيس سعيد في قصر قرطاج.",
     {"حمد الزعابي", "قيس سعيد"}),
])
def test_credentials_handed_over_are_an_audience(analyse, body, people):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert names(r) == people


def test_a_letter_received_is_no_meeting_with_its_sender(analyse):
    body = "تسلم الرئيس الجزائري عبد المجيد تبون أمس رسالة خطية من الرئيس التونسي قيس سعيد تتعلق بالعلاقات الثنائية."
    assert not any("قيس سعيد" in names(r) for r in reports(analyse, body, published="2024-03-12"))


# --- "حاملا رسالة تضامن من المرشد ومن الرئيس": those who sent a message were not there ------------

MESSAGE_FROM = [
    "استقبل رئيس البرلمان الجزائري إبراهيم بوغالي أمس في الجزائر رئيس البرلمان الماليزي جوهري عبد الغني، الذي "
    "حضر حاملا رسالة تضامن من الملك إبراهيم إسكندر ومن رئيس الوزراء أنور إبراهيم.",
    "التقى وزير الخارجية العماني بدر البوسعيدي أمس في مسقط المبعوث الأمريكي زلماي خليل زاد، الذي نقل رسالة "
    "شفهية من الرئيس جو بايدن.",
]


@pytest.mark.parametrize("body", MESSAGE_FROM)
def test_who_sent_a_message_of_solidarity_is_not_present(analyse, body):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert len(names(r)) == 2


# --- "بتوجيه مباشر من الرئيس": who ordered the visit, with a word of manner between --------------------

ORDERED_DIRECTLY = [
    "وصل وزير الدفاع التركي يشار غولر أمس إلى طرابلس في زيارة بتوجيه مباشر من الرئيس رجب طيب أردوغان، التقى "
    "خلالها رئيس المجلس الرئاسي الليبي محمد المنفي.",
    "التقى وزير الخارجية الصيني وانغ يي أمس في كابول رئيس الوزراء الأفغاني محمد حسن أخوند، بتكليف شخصي من الرئيس "
    "شي جين بينغ.",
]


@pytest.mark.parametrize("body", ORDERED_DIRECTLY)
def test_who_ordered_the_visit_directly_is_not_present(analyse, body):
    (r,) = reports(analyse, body, published="2024-03-12")
    assert len(names(r)) == 2 and not ({"رجب طيب أردوغان", "شي جين بينغ"} & names(r))
