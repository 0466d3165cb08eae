"""Who a clause without a subject of its own is about, and which date an adverbial clause
gives when it tells the news itself: sentences written for these tests (no corpus sentence),
each rule with at least two phrasings."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.doc import Status

from .articles import article, names, reports
from .test_sessions_and_lists import has


# --- a verb describing a noun of an adverbial clause takes the sentence's subject ------------------

@pytest.mark.parametrize("body,subject,other", [
    ("غادر رئيس الوزراء الماليزي أنور إبراهيم طوكيو بعد زيارة استمرت يومين أجرى خلالها محادثات مع "
     "نظيره الياباني فوميو كيشيدا.", "أنور إبراهيم", "فوميو كيشيدا"),
    ("رجعت رئيسة الوزراء البنغلاديشية الشيخة حسينة إلى دكا عقب جولة آسيوية قصيرة التقت خلالها رئيس "
     "الوزراء الهندي ناريندرا مودي في نيودلهي.", "حسينة", "ناريندرا مودي"),
])
def test_a_verb_inside_an_adverbial_takes_the_subject_of_the_sentence(analyse, body, subject, other):
    (r,) = reports(analyse, body)
    assert has(names(r), subject) and has(names(r), other)


@pytest.mark.parametrize("body", [
    # (what someone said is not the speaker's own doing)
    "قال الرئيس الكيني وليام روتو إن الحكومة أجرت مباحثات مع بعثة صندوق النقد الدولي.",
    # (a clause after فيما is a sentence of its own, with a subject of its own or none)
    "وصل الرئيس الكيني وليام روتو إلى نيروبي، فيما أجرت الحكومة مباحثات مع بعثة صندوق النقد الدولي.",
])
def test_said_or_independent_clauses_do_not_take_the_sentence_s_subject(analyse, body):
    assert not [r for r in reports(analyse, body) if not r.fallback and len(r.parties) > 1]


# --- the date of a meeting told inside an adverbial clause ----------------------------------------

@pytest.mark.parametrize("body,day", [
    ("عاد الرئيس الغاني نانا أكوفو أدو إلى أكرا بعد زيارة خاطفة إلى الصين أجرى خلالها أمس الاثنين "
     "مباحثات مع الرئيس الصيني شي جين بينغ في بكين.", dt.date(2024, 3, 11)),
    ("اختتم وزير الخارجية الفيتنامي بوي ثانه سون جولته بعد محطة في جاكرتا التقى خلالها يوم الأحد "
     "الرئيس الإندونيسي جوكو ويدودو.", dt.date(2024, 3, 10)),
])
def test_a_meeting_told_in_an_adverbial_clause_keeps_its_date(analyse, body, day):
    (r,) = reports(analyse, body)
    assert r.date.resolve() == (day.isoformat(), "day")


# (published Tuesday 2024-03-12)
@pytest.mark.parametrize("body,day", [
    ("اختتم الرئيس الكيني وليام روتو اليوم الثلاثاء زيارة إلى أوغندا استمرت يومين، التقى خلالها الرئيس "
     "الأوغندي يويري موسيفيني. وجرى اللقاء أمس الاثنين في عنتيبي.", dt.date(2024, 3, 11)),
    ("يواصل رئيس الوزراء الماليزي أنور إبراهيم اليوم زيارته إلى تايلاند التي عقد خلالها مباحثات مع رئيس "
     "الوزراء التايلاندي سريتا تافيسين. وعقدت المباحثات يوم الأحد في بانكوك.", dt.date(2024, 3, 10)),
])
def test_the_day_a_visit_closes_gives_way_to_the_meeting_s_own_day(analyse, body, day):
    (r,) = reports(analyse, body)
    assert r.date.resolve() == (day.isoformat(), "day")


@pytest.mark.parametrize("body", [
    # (the verb right after its opener tells an earlier event than the news)
    "وهذه ثاني زيارة يقوم بها الرئيس الغاني نانا أكوفو أدو إلى بكين، بعدما التقى الرئيس الصيني شي جين بينغ "
    "الأحد الماضي.",
    "وكان لقاء الرئيسين اليوم الأول منذ أن عقد الرئيس الغاني نانا أكوفو أدو والرئيس الصيني شي جين بينغ "
    "قمة في كانون الثاني الماضي.",
])
def test_a_verb_governed_by_its_opener_gives_no_date(analyse, body):
    for r in reports(analyse, body):
        value, _ = r.date.resolve()
        assert value is None or value.startswith("2024-03-12") or value in ("2024", "2024-03")


# --- a ruler called by his first name is the ruler the article names in full ----------------------

@pytest.mark.parametrize("headline,body,full", [
    ("ماكرون يبحث مع الملك فيليب ملف الطاقة",
     "استقبل العاهل البلجيكي الملك فيليب ليوبولد اليوم في بروكسل الرئيس الفرنسي إيمانويل ماكرون.",
     "فيليب ليوبولد"),
    ("الملك ليتسي يستقبل رئيس جنوب أفريقيا",
     "استقبل ملك ليسوتو الملك ليتسي الثالث اليوم في ماسيرو رئيس جنوب أفريقيا سيريل رامافوزا.",
     "ليتسي الثالث"),
])
def test_a_ruler_by_his_first_name_is_the_one_named_in_full(analyse, headline, body, full):
    an = analyse(article(body, headline=headline), ".md")
    ents = {m.entity for s in an.doc.sents for m in s.people
            if m.name and (full.startswith(m.name) or m.name.startswith(full.split()[0]))}
    assert len(ents) == 1


# --- a meeting told as separate is a meeting of its own people, on the occasion's day --------------

@pytest.mark.parametrize("headline,body,apart", [
    ("بلينكن يبحث مع الرئيس الكيني والرئيس التنزاني أزمة السودان",
     "التقى وزير الخارجية الأميركي أنتوني بلينكن أمس الاثنين في نيروبي الرئيس الكيني وليام روتو. "
     "وفي لقاء منفصل، اجتمع بلينكن بالرئيس التنزاني جاكايا كيكويتي.", "جاكايا كيكويتي"),
    ("شولتس يلتقي رئيس وزراء اليابان ورئيس كوريا",
     "التقى المستشار الألماني أولاف شولتس أمس الاثنين في برلين رئيس الوزراء الياباني فوميو كيشيدا. "
     "كما اجتمع شولتس على حدة بالرئيس الكوري الجنوبي يون سوك يول.", "يون سوك يول"),
])
def test_a_separate_meeting_is_reported_apart_on_the_same_day(analyse, headline, body, apart):
    an = analyse(article(body, headline=headline), ".md")
    with_him = [r for r in an.reports if has(names(r), apart)]
    assert len(an.reports) == 2 and len(with_him) == 1
    assert with_him[0].date.resolve() == ("2024-03-11", "day")


# --- a noun before the verb is its subject, though no person --------------------------------------

@pytest.mark.parametrize("body,speaker", [
    ("التقى وزير الخارجية الصيني وانغ يي أمس في بكين نظيره الروسي سيرغي لافروف. وأضاف أن الوفد عقد "
     "أيضا لقاءات منفصلة مع الرئيس الصيني شي جين بينغ.", "وانغ يي"),
    ("استقبل الرئيس الكيني وليام روتو أمس في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. وقال إن اللجنة "
     "أجرت محادثات منفصلة مع وزير المالية التنزاني مويغولو نشيمبا.", "وليام روتو"),
])
def test_a_noun_subject_keeps_the_speaker_out(analyse, body, speaker):
    rs = reports(analyse, body)
    assert len(rs) == 1 and has(names(rs[0]), speaker)


# --- where the meeting was ------------------------------------------------------------------------

@pytest.mark.parametrize("body,place", [
    # (a place noun and its adjective before the name)
    ("عقد الرئيس المصري عبد الفتاح السيسي أمس مباحثات مع الرئيس التنزاني جون ماجوفولي بمقر الرئاسة في "
     "العاصمة الاقتصادية دار السلام، وهي أول زيارة لرئيس مصري إلى تنزانيا.", "dar-es-salaam"),
    ("التقى الرئيس البرازيلي لولا دا سيلفا اليوم في المدينة الساحلية ريو دي جانيرو الرئيس الفرنسي إيمانويل "
     "ماكرون، في ثاني زيارة له إلى البرازيل.", "rio-de-janeiro"),
    # (a sentence naming the meeting again reaches its place through a chain of place nouns)
    ("اختتم المدير العام للمنظمة الدولية تيدروس أدهانوم اليوم زيارة إلى نيبال التقى خلالها رئيسة نيبال بيديا ديفي "
     "بهانداري. وجرى اللقاء صباح أمس في مقر الرئاسة «شيتال نيواس» بالعاصمة كاتماندو.", "kathmandu"),
    ("اختتم وزير الخارجية الكيني اليوم زيارة إلى البيرو التقى خلالها الرئيسة دينا بولوارتي. وعقد اللقاء مساء أمس "
     "في قصر الحكومة التاريخي وسط مدينة ليما.", "lima"),
    # (a district, and "the centre of" a city)
    ("التقى الرئيس الكوري الجنوبي اليوم الأمين العام للحلف ينس ستولتنبيرغ. وذكرت المتحدثة أن اللقاء الذي عقد في "
     "المكتب الرئاسي بحي يونغسان وسط سيئول تناول العلاقات.", "seoul"),
    ("التقى الرئيس الكيني اليوم رئيس الوزراء الإثيوبي آبي أحمد. وذكر البيان أن اللقاء الذي عقد في مقر الحكومة "
     "بحي كيلاني وسط نيروبي تناول الأمن.", "nairobi"),
])
def test_where_the_meeting_was(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place


@pytest.mark.parametrize("headline,body,place", [
    ('هاريس تبحث "اليوم التالي" في غزة مع السيسي',
     "عقدت نائبة الرئيس الأميركي، كامالا هاريس، اليوم، لقاء مع الرئيس المصري عبد الفتاح السيسي في مدينة إكسبو "
     "دبي على هامش مؤتمر المناخ.", "dubai"),
    ("بلينكن يبحث مرحلة ما بعد الحرب في غزة مع عباس",
     "عقد وزير الخارجية الأمريكي أنتوني بلينكن، اليوم، لقاء مع الرئيس الفلسطيني محمود عباس في جزيرة ياس أبوظبي "
     "على هامش منتدى إقليمي.", "abu-dhabi"),
])
def test_the_day_after_somewhere_is_discussed_and_a_city_after_a_place_noun_and_a_name_is_here(
        analyse, headline, body, place):
    an = analyse(article(body, headline=headline), ".md")
    (r,) = an.reports
    assert r.place is not None and r.place.place == place


# --- people at another event: a meeting recalled after a meeting noun ("باجتماع براغ ... حين
# التقى") is background; attending a match or a fair is no presence at the meeting ----------------

@pytest.mark.parametrize("body,absent", [
    ("التقى رئيس المجلس الأوروبي شارل ميشال اليوم في بروكسل الرئيس الأذربيجاني إلهام علييف. ويذكر هذا المسار "
     "باجتماع براغ في تشرين الأول 2022، حين التقى الزعيمان بحضور الرئيس الفرنسي إيمانويل ماكرون.", "إيمانويل ماكرون"),
    ("التقى الرئيس الكيني وليام روتو اليوم في نيروبي الرئيس التنزاني. ويعيد ذلك إلى الأذهان لقاء أروشا في 2019، "
     "حين اجتمع الرئيسان بحضور الرئيس الأوغندي يويري موسيفيني.", "يويري موسيفيني"),
    ("التقت وزيرة الخارجية الفرنسية كاترين كولونا اليوم في الرباط نظيرها المغربي ناصر بوريطة. وتأتي الزيارة بعد "
     "مواجهة كروية بين البلدين، في مباراة حضرها الرئيس الفرنسي إيمانويل ماكرون في ملعب البيت.", "إيمانويل ماكرون"),
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. وكان الضيف قد زار معرضا "
     "للصناعات المحلية، وهو المعرض الذي حضره وزير التجارة الكيني موسى كوريا.", "موسى كوريا"),
    # ("when" after a clause about an earlier visit tells that visit's day, not the news')
    ("التقى رئيس الوزراء الياباني فوميو كيشيدا اليوم في هانوي رئيس الوزراء الفيتنامي فام مينه تشينه. وتعود "
     "آخر زيارة لكيشيدا إلى فيتنام إلى 2022، حين افتتح برفقة الرئيس الفيتنامي نغوين شوان فوك مصنعا.",
     "نغوين شوان فوك"),
    ("استقبل الرئيس السنغالي ماكي سال اليوم في داكار الرئيس الغاني نانا أكوفو أدو. وكان أكوفو أدو قد زار "
     "داكار عام 2019، حين دشن بحضور رئيس الوزراء السنغالي محمد ديون جسرا.", "محمد ديون"),
])
def test_people_at_another_event_are_not_in_the_meeting(analyse, body, absent):
    for r in reports(analyse, body):
        assert not has(names(r), absent)


# --- the headline's named subject is the office that does the same in the text ------------------

@pytest.mark.parametrize("headline,body,subject", [
    ("تاكاهاشي تستقبل ترامبول في طوكيو",
     "استقبلت رئيسة الوزراء اليابانية اليوم الرئيس الأميركي دونالد ترامبول في طوكيو. وقالت ميوكي تاكاهاشي إن "
     "التحالف قوي.", "ميوكي تاكاهاشي"),
    ("موانجي يستقبل موسيفيني في نيروبي",
     "استقبل الرئيس الكيني اليوم في نيروبي الرئيس الأوغندي يويري موسيفيني. وقال الرئيس جوزيف موانجي إن البلدين "
     "شريكان.", "جوزيف موانجي"),
])
def test_the_headline_s_subject_is_the_office_doing_the_same(analyse, headline, body, subject):
    an = analyse(article(body, headline=headline), ".md")
    (r,) = an.reports
    assert has(names(r), subject)


def test_the_headline_s_subject_is_not_another_office_of_its_country(analyse):
    an = analyse("---\npublished: 2024-03-12\n---\nموانجي يستقبل الرئيس الأوغندي\n\nاستقبل الرئيس الكيني جوزيف موانجي "
                 "أمس الرئيس الأوغندي يويري موسيفيني. واستقبل نائب الرئيس الكيني اليوم الرئيس الأوغندي يويري موسيفيني.\n",
                 ".md")
    ent = {m.name: m.entity for s in an.doc.sents for m in s.people if m.name}
    deputy = [m for s in an.doc.sents for m in s.people if m.title and m.title.office == "vice-president"]
    assert deputy and all(an.doc.resolve(m.entity) != an.doc.resolve(ent["جوزيف موانجي"]) for m in deputy
                          if m.entity is not None)


# --- a town the world data does not list, after a noun of a settlement ------------------------------

@pytest.mark.parametrize("body,written", [
    ("التقت رئيسة وزراء نيوزيلندا جاسيندا أرديرن اليوم نظيرها الأسترالي سكوت موريسون في منتجع كوينزتاون الجبلي "
     "بالجزيرة الجنوبية.", "كوينزتاون"),
    ("التقى رئيس الوزراء اليوناني ألكسيس تسيبراس اليوم نظيره المقدوني زوران زاييف في قرية بسارادس الصغيرة على "
     "ضفاف بحيرة بريسبا.", "بسارادس"),
])
def test_an_unlisted_town_after_a_settlement_noun(analyse, body, written):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.name == written and not r.place.in_gazetteer


@pytest.mark.parametrize("body,place", [
    ("التقى الرئيس الفنزويلي اليوم الرئيس الكولومبي في قصر ميرافلوريس بالعاصمة كاراكاس.", "caracas"),
    ("التقت نائبة الرئيس الأميركي اليوم الرئيس المصري في مدينة إكسبو دبي على هامش مؤتمر المناخ.", "dubai"),
])
def test_a_venue_or_a_quarter_of_a_listed_city_is_no_town(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place


# --- "during it" after an adverbial's comma: the adverbial's own noun, an earlier trip ----------

@pytest.mark.parametrize("body,other", [
    ("استقبل رئيس الوزراء الأسترالي أنتوني ألبانيزي اليوم في كانبيرا الرئيس الإندونيسي جوكو ويدودو. وتأتي "
     "الزيارة بعد محطة في طوكيو، اجتمع خلالها ويدودو برئيس الوزراء الياباني فوميو كيشيدا، الأربعاء، ووقع "
     "البلدان اتفاقات.", "فوميو كيشيدا"),
    ("التقى الرئيس الكيني وليام روتو اليوم في أديس أبابا رئيس الوزراء الإثيوبي آبي أحمد. ويصل روتو إلى "
     "إثيوبيا عقب جولة في القاهرة، بحث خلالها مع الرئيس المصري عبد الفتاح السيسي ملف المياه.",
     "عبد الفتاح السيسي"),
])
def test_during_an_earlier_trip_is_background(analyse, body, other):
    an = analyse(article(body), ".md")
    (r,) = an.reports
    assert not has(names(r), other)
    assert r.date.resolve() == ("2024-03-12", "day")
    last = an.doc.sents[-1].index
    assert all(f.status is Status.BACKGROUND for f in an.frames
               if f.sentence == last and f.kind not in ("reference", "presence", "visit"))


@pytest.mark.parametrize("body,guest", [
    # ("after his return" has no trip of its own: "during it" is the visit named before it)
    ("وصل الرئيس الغاني نانا أكوفو أدو إلى أبوجا أمس في زيارة لم يعلن عنها إلا بعد عودته إلى أكرا، التقى "
     "خلالها الرئيس النيجيري بولا تينوبو.", "بولا تينوبو"),
    ("حط رئيس الوزراء الباكستاني شهباز شريف في الدوحة أمس في زيارة قصيرة قبل توجهه إلى أنقرة، أجرى خلالها "
     "مباحثات مع أمير قطر الشيخ تميم بن حمد آل ثاني.", "تميم بن حمد"),
])
def test_during_the_visit_named_before_the_adverbial_is_the_news(analyse, body, guest):
    assert any(has(names(r), guest) for r in reports(analyse, body))
