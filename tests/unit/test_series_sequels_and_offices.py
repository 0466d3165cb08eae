"""Who met, where and when, read from sentences written for these tests (no corpus sentence):
meetings announced as a series, talks after "the end of the meeting" as a meeting of their own,
a date that belongs to another meeting's noun, an outlet's credit after a dateline, a bare
"المستشار" after the chancellor was named, an office named without its country in a sentence
on one of its cities, attendance at a forum that is not a meeting, two places "between" which
relations go, and names that run on into the words after them."""
from __future__ import annotations

import pytest

from .articles import article, names, reports

# --- who was in the room ---------------------------------------------------------------------


def test_his_luggage_is_no_part_of_a_name(analyse):
    """"حطّ ... رحاله في" (arrived): the traveller's luggage after his name."""
    body = ("حط وزير الخارجية الكندي إيان مارتينو رحاله في نيروبي أمس، حيث استقبله الرئيس الكيني ويليام روتو "
            "في مقر الرئاسة.")
    (r,) = reports(analyse, body)
    assert "إيان مارتينو" in names(r) and not any("رحاله" in n for n in names(r))


def test_a_guest_of_a_nationality_two_people_share_is_the_visitor(analyse):
    """"ضيفه الأمريكي" after an American minister and an American president: the one who came."""
    body = ("وصل وزير الخارجية الأمريكي ماركو روبيو أمس إلى كيتو، في جولة تأتي بعد تهديدات أطلقها الرئيس "
            "دونالد ترامب بحق دول المنطقة.\n\nواستقبل الرئيس الإكوادوري دانيال نوبوا ضيفه الأمريكي في القصر الرئاسي.")
    (r,) = reports(analyse, body)
    assert names(r) == {"ماركو روبيو", "دانيال نوبوا"}


def test_a_bare_chancellor_is_the_chancellor_named_before(analyse):
    """"المستشار" alone reads as an adviser, unless the article named a chancellor with it."""
    an = analyse(article("وصل المستشار النمساوي الجديد يوهان كرويتزر أمس إلى براغ.\n\n"
                         "وقال المستشار إن بلاده تريد شراكة أوثق مع جيرانها."))
    chancellor = next(e for e in an.doc.entities if e.name == "يوهان كرويتزر")
    bare = [m for s in an.doc.sents for m in s.people if m.title is not None and m.title.text == "المستشار"]
    assert bare and all(an.doc.resolve(m.entity) == chancellor.index for m in bare)


PLACED = [
    ("وصل وزير الخارجية الهندي سوبراهمانيام جايشانكار أمس إلى العاصمة البولندية وارسو، حيث استقبله رئيس "
     "الوزراء ماتيوش كوفالسكي.\n\nوقال رئيس الوزراء البولندي إن البلدين يعدان لاتفاق تجاري."),
    ("وارسو - استقبل رئيس الوزراء ماتيوش كوفالسكي أمس وزيرة الخارجية الكندية ميلاني جولي.\n\n"
     "وقال رئيس الوزراء البولندي إن البلدين يعدان لاتفاق تجاري."),
]


@pytest.mark.parametrize("body", PLACED)
def test_an_office_named_without_its_country_is_held_in_the_country_of_its_city(analyse, body):
    """"رئيس الوزراء X" in a sentence on Warsaw (or under a Warsaw dateline) is "رئيس الوزراء البولندي"."""
    an = analyse(article(body))
    named = next(e for e in an.doc.entities if e.name == "ماتيوش كوفالسكي")
    (later,) = [m for m in an.doc.sents[-1].people if m.title is not None and m.title.country == "poland"]
    assert an.doc.resolve(later.entity) == named.index


GATHERINGS = [
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس نظيره الفرنسي جان نويل بارو على هامش منتدى دافوس.\n\n"
    "ويترأس الوزير وفد المملكة إلى المنتدى، الذي يضم وزير المالية محمد الجدعان ووزير الاستثمار خالد الفالح.",
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس نظيره الفرنسي جان نويل بارو على هامش منتدى دافوس.\n\n"
    "فيما يشارك الرئيس الأمريكي دونالد ترامب في دورة هذا العام على رأس وفد كبير.",
]


@pytest.mark.parametrize("body", GATHERINGS)
def test_who_takes_part_in_a_forum_is_not_thereby_at_a_meeting_on_its_sidelines(analyse, body):
    (r,) = reports(analyse, body)
    assert names(r) == {"فيصل بن فرحان", "جان نويل بارو"}


def test_a_country_named_as_russian_and_chinese_outlets_name_it(analyse):
    body = "استقبل زعيم كوريا الديمقراطية كيم جونغ أون أمس في بيونغ يانغ وزير الدفاع الروسي أندريه بيلوسوف."
    (r,) = reports(analyse, body)
    assert "كيم جونغ أون" in names(r)


# --- which meetings ---------------------------------------------------------------------------


def test_talks_after_the_end_of_the_first_are_a_meeting_of_their_own_with_those_it_gathered(analyse):
    body = ("استقبل الرئيس الأمريكي جو بايدن نظيره الكيني ويليام روتو أمس في البيت الأبيض لمحادثات ثنائية.\n\n"
            "وبعد انتهاء اللقاء الثنائي، انتقل الرئيسان إلى قاعة أخرى، حيث عقدا اجتماعا موسعا ضم رئيس الوزراء "
            "الكندي جاستن ترودو، ورئيسة الوزراء الإيطالية جورجيا ميلوني.")
    pair, wide = sorted((set(r.parties) for r in reports(analyse, body)), key=len)
    assert pair == {"joe-biden", "wiliam-rutw"} and wide == pair | {"justin-trudeau", "giorgia-meloni"}


def test_talks_said_after_the_meeting_are_that_meeting(analyse):
    """"وقال X عقب اللقاء إنه بحث مع Y": after the meeting is when he said it, not another one."""
    body = ("استقبل الرئيس الأوكراني فولوديمير زيلينسكي أمس في كييف رئيس الوزراء البلجيكي بارت دي ويفر ورئيس "
            "الوزراء الهولندي ديك سخوف.\n\nوقال زيلينسكي عقب اللقاء إنه بحث مع دي ويفر الدعم العسكري لبلاده.")
    assert len(reports(analyse, body)) == 1


SERIES = [
    ("أجرى وزير الخارجية البريطاني ديفيد لامي سلسلة لقاءات في الرياض.\n\n"
     "والتقى لامي الاثنين وزير الطاقة الأمير عبد العزيز بن سلمان، وبحث معه أمن الإمدادات.\n\n"
     "وفي مكتبه بالوزارة، استقبل وزير الداخلية الأمير عبد العزيز بن سعود بن نايف الوزير البريطاني، حيث بحث "
     "الجانبان التعاون الأمني.", "لقاءات في الرياض"),
    ("أجرى وزير الخارجية البريطاني ديفيد لامي لقاءين في الرياض.\n\n"
     "والتقى لامي الاثنين وزير الطاقة الأمير عبد العزيز بن سلمان، وبحث معه أمن الإمدادات.\n\n"
     "وفي مكتبه بالوزارة، استقبل وزير الداخلية الأمير عبد العزيز بن سعود بن نايف الوزير البريطاني، حيث بحث "
     "الجانبان التعاون الأمني.", "لقاءان في الرياض"),
]


@pytest.mark.parametrize("body,headline", SERIES)
def test_meetings_announced_as_several_are_each_news_on_the_first_one_s_day(analyse, body, headline):
    found = reports(analyse, body, headline=headline)
    assert len(found) == 2
    assert {r.date.resolve()[0] for r in found} == {"2024-03-11"}


def test_plural_meetings_of_a_body_announce_no_series(analyse):
    """"إعادة هيكلة اجتماعات مجلس التعاون": the council's meetings, none of them told here."""
    body = ("وقع الرئيس التركي رجب طيب أردوغان ونظيره المصري عبد الفتاح السيسي أمس إعلانا لإعادة هيكلة "
            "اجتماعات مجلس التعاون.\n\nووصل أردوغان إلى القاهرة على رأس وفد ضم وزير الخارجية هاكان فيدان "
            "ووزير الدفاع يشار غولر.")
    assert len(reports(analyse, body)) == 1


# --- when --------------------------------------------------------------------------------------


def test_a_month_after_another_meeting_s_noun_is_that_meeting_s(analyse):
    body = ("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الكيني ويليام روتو في الإليزيه، في لقاء بدا أكثر "
            "ودا من لقاء نوفمبر الماضي.")
    (r,) = reports(analyse, body)
    assert r.date.resolve()[0] != "2023-11"


def test_a_second_thing_an_opening_adverbial_came_after_is_still_the_adverbial(analyse):
    """"بعد X، وإلغاء Y، التقى ...": the cancellation is what came before, not the news."""
    body = ("بعد انتظار دام ستة أشهر، وإلغاء زيارة كانت مقررة في الخريف، التقى رئيس الوزراء الياباني "
            "فوميو كيشيدا نظيره الأسترالي أنتوني ألبانيزي في طوكيو يوم الاثنين.")
    (r,) = reports(analyse, body)
    assert r.date.resolve()[0] == "2024-03-11"


def test_and_that_after_an_adverbial_is_no_second_thing_it_came_after(analyse):
    """"منذ سنوات، وإن الحل ...": "and that" opens the next clause; only a verbal noun goes on."""
    an = analyse(article("قال الرئيس إن بلاده تقاوم الإرهاب منذ سنوات، وإن الحل يجب أن يكون سياسيا."))
    sent = next(s for s in an.doc.sents if s.kind == "body")
    assert any(sent.toks[c.start].text.startswith("وان") for c in sent.clauses)


def test_talks_told_as_what_came_before_a_visit_goes_on_keep_their_day(analyse):
    body = ("يواصل الرئيس الإيراني مسعود بزشكيان اليوم الثلاثاء زيارته إلى بغداد، بعدما عقد أمس محادثات مع "
            "رئيس الوزراء العراقي محمد شياع السوداني.")
    (r,) = reports(analyse, body)
    assert r.date.resolve()[0] == "2024-03-11"


# --- where ------------------------------------------------------------------------------------


def test_an_outlet_s_credit_after_a_dateline_is_no_text(analyse):
    an = analyse(article("روما – «المرصد»: استقبل الرئيس الإيطالي سيرجيو ماتاريلا أمس ملك الأردن."))
    first = next(s for s in an.doc.sents if s.kind == "body")
    assert an.article.meta.dateline_place == "rome" and first.text.startswith("استقبل")


def test_a_war_named_after_and_is_still_a_subject_discussed(analyse):
    body = ("أوكلاند - استضاف رئيس الوزراء النيوزيلندي كريستوفر لوكسون نظيره الأسترالي أنتوني ألبانيزي أمس في "
            "دار ضيافة خاصة.\n\nوتناولت المحادثات التجارة والدفاع والحرب في السودان.")
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place != "sudan"


def test_the_second_of_two_places_between_which_relations_go_is_not_the_venue(analyse):
    body = ("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس نظيره الفرنسي جان نويل بارو، حيث ناقش "
            "الجانبان تعزيز التنسيق بين الرياض وباريس.")
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place != "paris"


# --- names --------------------------------------------------------------------------------------


def test_a_vietnamese_given_name_is_no_preposition_and_particle(analyse):
    """"تو لام": "لام" reads as ل + "أم" ("or") only where it is no name."""
    body = "استقبل الرئيس الفيتنامي تو لام أمس في هانوي رئيس الوزراء الماليزي أنور إبراهيم."
    (r,) = reports(analyse, body)
    assert "تو لام" in names(r)


def test_a_name_and_father_that_begin_a_longer_name_are_its_bearer(analyse):
    """"حمدان بن محمد" after "حمدان بن محمد بن راشد آل مكتوم": one person, not two."""
    an = analyse(article("استقبل الشيخ حمدان بن محمد بن راشد آل مكتوم أمس في دبي رئيس وزراء ماليزيا.\n\n"
                         "وأكد حمدان بن محمد عمق العلاقات بين البلدين."))
    people = {an.doc.resolve(m.entity) for s in an.doc.sents for m in s.people
              if m.name and m.name.startswith("حمدان")}
    assert len(people) == 1


NOT_NAMES = [
    ("أدى الرئيس الكوري الجنوبي لي جيه ميونغ اليمين الدستورية أمس، ثم استقبل في سيول رئيس الوزراء الياباني "
     "شيغيرو إيشيبا.", "لي جيه ميونغ"),
    ("وعد الرئيس الفرنسي إيمانويل ماكرون بمليار يورو للبرازيل خلال لقائه أمس في بيليم الرئيس البرازيلي لويس "
     "إيناسيو لولا دا سيلفا.", "لويس إيناسيو لولا دا سيلفا"),
]


@pytest.mark.parametrize("body,name", NOT_NAMES)
def test_an_oath_and_a_sum_of_money_are_no_names(analyse, body, name):
    (r,) = reports(analyse, body)
    assert name in names(r) and not any("اليمين" in n or "مليار" in n for n in names(r))


def test_paving_the_way_for_a_summit_tells_none(analyse):
    """"أن تمهد زيارات لافروف لقمة بين بوتين وكيم": a summit still to come, nobody of it in this meeting."""
    body = ("التقى وزير الخارجية الروسي سيرغي لافروف أمس في بيونغ يانغ الزعيم الكوري كيم جونغ أون.\n\n"
            "ويرجح مراقبون أن تمهد زيارات لافروف المتكررة لقمة جديدة بين الرئيس فلاديمير بوتين والزعيم الكوري "
            "كيم جونغ أون.")
    (r,) = reports(analyse, body)
    assert names(r) == {"سيرغي لافروف", "كيم جونغ أون"}


def test_their_meeting_is_the_two_s_named_before_it_not_this_one(analyse):
    """"ثم لقائهما في أستانا" after Xi and Putin are named: their meeting's place, not this one's."""
    body = ("التقى وزير الخارجية الصيني وانغ يي أمس نظيره الروسي سيرغي لافروف على هامش الاجتماعات الوزارية.\n\n"
            "وأشار لافروف إلى أن الرئيسين شي جين بينغ وفلاديمير بوتين يوليان العلاقات أهمية كبيرة، لافتا إلى "
            "المحادثات التي أجرياها في بكين في مايو الماضي، ثم لقائهما على هامش قمة منظمة شانغهاي للتعاون في "
            "أستانا مطلع يوليو.")
    (r,) = reports(analyse, body, published="2024-07-26", headline="وانغ يي يلتقي لافروف في فيينتيان")
    assert r.place is not None and r.place.place == "vientiane"


# --- where, from the blind corpora BQ and BR (written after the rules above) -----------------------


def test_a_place_only_near_the_venue_is_not_where_whereby_points(analyse):
    """"في دار ضيافة ... شمال غربي لندن، حيث جرت المحادثات": north-west of London, not in it."""
    body = ("استضاف رئيس الوزراء البريطاني كير ستارمر أمس نظيره الكندي مارك كارني في تشيكرز، المقر الريفي لرؤساء "
            "الحكومات البريطانية شمال غربي لندن، حيث جرت المحادثات.")
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "chequers"


def test_the_place_of_the_meeting_s_own_clause_wins_a_tie(analyse):
    """"أعلن ... رفع البعثة في كابل إلى سفارة، وذلك خلال محادثات أجراها في نيودلهي": the talks' city."""
    body = ("أعلن وزير الخارجية الهندي سوبرامانيام جايشانكار اليوم رفع مستوى البعثة الهندية في كابل إلى سفارة، "
            "وذلك خلال محادثات أجراها في نيودلهي مع وزير الخارجية الأفغاني أمير خان متقي.")
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "new-delhi"


def test_a_chief_adviser_is_an_office_before_a_name(analyse):
    body = ("استقبل كبير مستشاري الحكومة المؤقتة في بنغلاديش محمد يونس أمس في دكا وزير الخارجية الماليزي "
            "محمد حسن.")
    (r,) = reports(analyse, body)
    assert "محمد يونس" in names(r)


def test_a_wire_dateline_with_a_day_and_no_year_still_names_the_place(analyse):
    an = analyse(article("نيودلهي في 19 يناير/ وام/ بحث رئيس الدولة اليوم مع رئيس وزراء الهند العلاقات."))
    assert an.article.meta.dateline_place == "new-delhi"


def test_a_conversation_under_a_headline_that_names_a_call_is_that_call(analyse):
    body = ("أعلنت رئيسة المكسيك كلاوديا شينباوم اليوم تعليق الرسوم.\n\n"
            "وكتبت شينباوم على منصة إكس أنها أجرت محادثة جيدة مع الرئيس الأمريكي دونالد ترامب.")
    found = reports(analyse, body, headline="بعد اتصال مع ترامب.. شينباوم تعلن تعليق الرسوم")
    assert found and all(r.kind == "phone" for r in found)


def test_the_two_sides_just_named_are_a_meeting_apart_from_the_one_a_headline_sums_up_with_it(analyse):
    """"حيث كان أمير قطر في استقباله. وعقد الجانبان ... وصفها ترامب": the pair just named, a second
    meeting, though the headline names all three and a name follows the verb."""
    body = ("التقى الرئيس الأمريكي دونالد ترامب صباح اليوم في الرياض الرئيس السوري أحمد الشرع.\n\n"
            "وبعد ساعات، حطت طائرة الرئيس الأمريكي في الدوحة، حيث كان أمير قطر الشيخ تميم بن حمد آل ثاني في "
            "استقباله بالمطار. وعقد الجانبان جلسة مباحثات في الديوان الأميري، وصفها ترامب بالممتازة.")
    found = reports(analyse, body, headline="ترامب يصافح الشرع صباحا ويحل ضيفا على أمير قطر مساء")
    assert sorted(sorted(r.parties) for r in found) == sorted([["ahmed-al-sharaa", "donald-trump"],
                                                              ["donald-trump", "tamim-bin-hamad"]])


def test_one_who_welcomed_the_guest_at_the_airport_is_no_office_of_the_meeting(analyse):
    """"استقبلت رئيسة الوزراء الأمين العام" … "وكان في استقباله بالمطار الدكتور X": X welcomed him, he
    is not the secretary-general the meeting names by office."""
    body = ("استقبلت رئيسة الوزراء البنغالية الشيخة حسينة اليوم في دكا الأمين العام لمنظمة التعاون الإسلامي.\n\n"
            "وكان الأمين العام قد وصل إلى دكا أمس، حيث كان في استقباله بالمطار الدكتور كمال الدين شودري.")
    (r,) = reports(analyse, body)
    assert "كمال الدين شودري" not in names(r)


# --- when, from the blind corpus BR ----------------------------------------------------------------

DAYS = [
    # a weekday in brackets after "today" or "yesterday", as Xinhua and Asharq Al-Awsat write it
    ("التقى الرئيس الكيني ويليام روتو أمس (الاثنين) في نيروبي رئيس الوزراء الإثيوبي آبي أحمد.", "2024-03-12",
     "2024-03-11"),
    # "today (Wednesday)" in a report stamped Thursday just after midnight: Wednesday
    ("التقى الرئيس البرازيلي لولا دا سيلفا اليوم (الأربعاء) في بيليم رئيسة المفوضية الأوروبية أورسولا فون دير لاين.",
     "2025-11-06", "2025-11-05"),
    ("التقى الرئيس البرازيلي لولا دا سيلفا اليوم الأربعاء في بيليم رئيسة المفوضية الأوروبية أورسولا فون دير لاين.",
     "2025-11-06", "2025-11-05"),
]


@pytest.mark.parametrize("body,published,day", DAYS)
def test_a_weekday_with_today_or_yesterday_says_which_day(analyse, body, published, day):
    (r,) = reports(analyse, body, published=published)
    assert r.date.resolve()[0] == day


def test_sitting_down_with_someone_is_a_meeting(analyse):
    """"جلس رامافوزا إلى الرئيس البرازيلي": sat with him ("جلس" alone needs "مع" or "قبالة" or this)."""
    body = "وفي وقت لاحق من اليوم جلس الرئيس الكيني ويليام روتو إلى رئيس الوزراء الهندي ناريندرا مودي في نيودلهي."
    (r,) = reports(analyse, body)
    assert names(r) == {"ويليام روتو", "ناريندرا مودي"}


def test_a_gun_salute_is_no_name(analyse):
    body = ("استقبل السلطان هيثم بن طارق أمس في مسقط الرئيس الإيراني مسعود بزشكيان، وأطلقت إحدى وعشرون طلقة مدفعية "
            "ترحيبا بالضيف.")
    (r,) = reports(analyse, body)
    assert not any("طلقة" in n or "عشرون" in n for n in names(r))


def test_the_last_two_words_of_a_known_name_are_its_bearer(analyse):
    """"الرئيس شيخ محمود" after "حسن شيخ محمود": a family name of two words, not someone else."""
    body = ("وصل الرئيس الصومالي حسن شيخ محمود أمس إلى أديس أبابا.\n\n"
            "وعقد الرئيس شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد جلسة مباحثات في مكتب رئيس الوزراء.")
    (r,) = reports(analyse, body)
    assert set(r.parties) == {"hassan-sheikh-mohamud", "abiy-ahmed"}


# --- from the blind corpus BT -----------------------------------------------------------------------


def test_looking_forward_to_a_meeting_soon_tells_none(analyse):
    """"معربا عن تطلعه إلى لقاء قريب": no meeting told as done, so the one told before it in the
    pluperfect is the news, with its day and place."""
    body = ("غادر الرئيس اللبناني جوزاف عون باريس صباح اليوم.\n\nوكان الرئيس عون قد عقد مساء أمس في الإليزيه "
            "محادثات مع الرئيس الفرنسي إيمانويل ماكرون.\n\nوأبرق الرئيس عون إلى الرئيس ماكرون شاكرا حفاوة "
            "الاستقبال، ومعربا عن تطلعه إلى لقاء قريب لاستكمال البحث.")
    (r,) = reports(analyse, body)
    assert r.date.resolve()[0] == "2024-03-11" and r.place is not None and r.place.place == "paris"


def test_exchanging_greetings_is_no_name(analyse):
    an = analyse(article("أجرى السلطان هيثم بن طارق اتصالا هاتفيا بالرئيس الإيراني مسعود بزشكيان.",
                         headline="السلطان يجري اتصالا هاتفيا بالرئيس الإيراني ويتبادلان التهاني بالعيد"))
    assert not any("يتبادلان" in (m.name or "") for s in an.doc.sents for m in s.people)


PARTY_AND_STATE = [
    ("التقى الأمين العام للجنة المركزية للحزب الشيوعي الصيني والرئيس الصيني شي جين بينغ أمس في بكين رئيس "
     "وزراء ماليزيا أنور إبراهيم.", {"شي جين بينغ", "أنور إبراهيم"}),
    ("وصل الأمين العام للحزب الشيوعي الفيتنامي ورئيس الدولة تو لام أمس إلى بكين، حيث استقبله الرئيس الصيني شي "
     "جين بينغ.", {"تو لام", "شي جين بينغ"}),
]


@pytest.mark.parametrize("body,people", PARTY_AND_STATE)
def test_a_party_s_office_and_the_state_s_joined_by_and_are_one_holder_s(analyse, body, people):
    (r,) = reports(analyse, body)
    assert names(r) == people


def test_an_arrival_under_a_party_s_and_the_state_s_office_is_one_traveller_s(analyse):
    """The party office before "ورئيس الدولة تو لام" is his: his arrival is no meeting with it."""
    body = ("ووصل الأمين العام للجنة المركزية للحزب الشيوعي الفيتنامي ورئيس الدولة تو لام إلى بكين يوم الاثنين "
            "في زيارة دولة.\n\nوالتقى الرئيس الصيني شي جين بينغ اليوم الثلاثاء في بكين مع تو لام.")
    (r,) = reports(analyse, body)
    assert names(r) == {"تو لام", "شي جين بينغ"}
