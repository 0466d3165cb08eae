"""Venues outside a city, remote summits and other frame rules: sentences written for these
tests (no corpus sentence), each rule with at least two phrasings."""
from __future__ import annotations

import pytest

from .articles import article, names, reports


# --- a venue the world data places in no city is itself the place ------------------------------

@pytest.mark.parametrize("body,venue", [
    ("استقبل ملك البحرين الملك حمد بن عيسى آل خليفة، بقصر الصخير أمس، رئيس الوزراء الياباني.", "sakhir-palace"),
    ("التقى الرئيس الأمريكي جو بايدن في منتجع كامب ديفيد اليوم رئيس الوزراء الياباني.", "camp-david"),
    ("استضاف رئيس الوزراء البريطاني في مقر تشيكرز أمس المستشار الألماني أولاف شولتس.", "chequers"),
])
def test_a_venue_in_no_listed_city_is_the_place_not_its_country(analyse, body, venue):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == venue


def test_a_venue_in_a_listed_city_gives_the_city(analyse):
    (r,) = reports(analyse, "استقبل الرئيس المصري اليوم في قصر عابدين رئيس الوزراء الإيطالي.")
    assert r.place is not None and r.place.place == "cairo" and r.place.venue == "abdeen-palace"


# --- a portfolio, then its country after ب ------------------------------------------------------

@pytest.mark.parametrize("body,person,place", [
    ("الدوحة - استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، مساء أمس، السيد لويد أوستن وزير الدفاع "
     "بالولايات المتحدة الأميركية، والوفد المرافق له.", "لويد أوستن", "doha"),
    ("أبوظبي - استقبل رئيس الدولة الشيخ محمد بن زايد اليوم السيدة راكيل بوينروسترو وزيرة الاقتصاد "
     "بالمكسيك.", "راكيل بوينروسترو", "abu-dhabi"),
])
def test_a_country_after_b_following_a_portfolio_is_the_office_s_not_the_place(analyse, body, person, place):
    (r,) = reports(analyse, body)
    assert person in {p.name for p in r.parties.values()}
    assert r.place is not None and r.place.place == place


# --- Latin initials, "علي" inside a name, a city GeoNames calls "مدينة X" -------------------------

@pytest.mark.parametrize("body,person", [
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي الوزير الهندي في. كيه. سينغ.", "سينغ"),
    ("التقى الرئيس الغاني جون ماهاما اليوم في أكرا نائب الرئيس الأمريكي جيه. دي. فانس.", "فانس"),
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الدولة إم. جاي أكبر.", "جاي أكبر"),
])
def test_a_latin_initial_with_its_dot_opens_a_name_and_ends_no_sentence(analyse, body, person):
    (r,) = reports(analyse, body)
    assert any(p.name and p.name.endswith(person) for p in r.parties.values())


@pytest.mark.parametrize("body,person", [
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي رئيس زنجبار حسين علي مويني.", "حسين علي مويني"),
    ("التقى رئيس الوزراء الإثيوبي اليوم في أديس أبابا وزير الخارجية الصومالي أحمد علي فقي.", "أحمد علي فقي"),
])
def test_ali_inside_a_titled_name_is_part_of_it(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in {p.name for p in r.parties.values()}


@pytest.mark.parametrize("written,place", [("زنجبار", "zanzibar"), ("كيبك", "quebec")])
def test_a_city_named_madinat_x_is_found_as_x(lex, written, place):
    from generator.lang.words import tokens
    assert [m.value for m in lex.places.find(tokens(lex.fold(written)))] == [place]


def test_madinat_x_is_not_split_off_when_x_is_a_first_name(lex):
    from generator.lang.words import tokens
    assert "madinat-hamad" not in [m.value for m in lex.places.find(tokens(lex.fold("حمد")))]


# --- after "شارك في" comes no subject ------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "ثم شارك في افتتاح مائدة مستديرة لرجال الأعمال.",
    "كما شارك في تدشين معرض الصناعات المحلية.",
])
def test_no_name_is_read_after_a_verb_and_its_preposition(analyse, tail):
    an = analyse(article("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الهندي. " + tail), ".md")
    assert not {"افتتاح مائدة", "تدشين معرض"} & {p.name for p in an.new_people.values()}


# --- "the Indian minister" is the minister named before, not one named after ------------------

@pytest.mark.parametrize("later", [
    "وكان وزير الخارجية الهندي راجيف كومار قد زار نيروبي العام الماضي.",
    "وسبق أن التقى وزير الدفاع الهندي راجيف كومار الرئيس روتو في 2021.",
])
def test_a_definite_office_refers_back_to_the_one_named_before(analyse, later):
    (r, *rest) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في نيروبي الوزير أرجون سينغ. "
                                  "ويرافق الوزير الهندي وفد من رجال الأعمال. " + later)
    assert names(r) == {"وليام روتو", "أرجون سينغ"}
    assert not rest


# --- one meeting told twice in an article, once by month and once by day, is one report ----------

def test_a_meeting_told_by_day_and_again_without_it_is_one_report(analyse):
    found = reports(analyse, "التقى الرئيس الكيني وليام روتو رئيس الوزراء الهندي ناريندرا مودي في نيروبي "
                             "في مارس الجاري. وقالت الرئاسة الكينية اليوم إن روتو التقى مودي وبحث معه التعاون.")
    assert len(found) == 1


# --- a style ending in ة is no feminine style ------------------------------------------------------

@pytest.mark.parametrize("body,person", [
    ("استقبل رئيس جمهورية كازاخستان اليوم في أستانا الشيخ حمدان بن راشد آل مكتوم.\n\n"
     "وأعرب فخامة قاسم جومارت توكاييف عن ارتياحه لنتائج الزيارة.", "قاسم جومارت توكاييف"),
    ("استقبل رئيس جمهورية أوزبكستان اليوم في طشقند السيد أحمد بن علي الصايغ.\n\n"
     "وأكد فخامة شوكت ميرضيائيف حرص بلاده على التعاون.", "شوكت ميرضيائيف"),
])
def test_an_office_named_first_is_the_person_given_later_with_a_style_only(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in names(r)


# --- a rank with "الركن" between an office and its holder ------------------------------------------

@pytest.mark.parametrize("body,person", [
    ("استقبل رئيس هيئة الأركان العميد الركن عبد الرحمن حامد اليوم في بورتسودان السفير التركي فاتح أولوصوي.", "عبد الرحمن حامد"),
    ("التقى وزير الدفاع اليمني اللواء ركن محسن الداعري اليوم في عدن السفير الأمريكي ستيفن فاجن.", "محسن الداعري"),
])
def test_a_rank_with_al_rukn_is_dropped_from_the_name(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in names(r)


# --- the dateline's city inside the country or region the text names -----------------------------

@pytest.mark.parametrize("body,city", [
    ("أربيل - التقى رئيس الوزراء الهولندي مارك روته اليوم رئيس إقليم كوردستان نيجيرفان بارزاني، في "
     "أول زيارة له إلى إقليم كوردستان.", "erbil"),
    ("نيروبي - التقى الرئيس الكيني وليام روتو اليوم رئيس الوزراء الإثيوبي آبي أحمد في أول زيارة له "
     "إلى كينيا منذ عامين.", "nairobi"),
])
def test_a_dateline_city_inside_the_named_country_or_region_is_the_place(analyse, body, city):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == city


def test_a_dateline_in_another_country_is_not_the_place(analyse):
    (r,) = reports(analyse, "نيروبي - التقى الرئيس الكيني وليام روتو اليوم رئيس الوزراء الإثيوبي آبي أحمد "
                             "في أول زيارة له إلى إثيوبيا منذ عامين.")
    assert r.place is not None and r.place.place == "ethiopia"


@pytest.mark.parametrize("body,person", [
    ("استقبل رئيس إقليم كوردستان، نيجيرفان بارزاني، اليوم في أربيل وزير الخارجية التركي.", "نيجيرفان بارزاني"),
    ("التقت رئيسة برلمان كردستان، ريواز فائق، اليوم في أربيل السفير الفرنسي إريك شوفالييه.", "ريواز فائق"),
])
def test_offices_of_the_kurdistan_region_name_their_holders(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in names(r)


# --- "علي" after a style, before a family name with the article ----------------------------------

@pytest.mark.parametrize("body,person", [
    ("استقبل المرجع الديني السيد علي الحسيني اليوم في النجف الأمين العام للأمم المتحدة أنطونيو غوتيريش.", "علي الحسيني"),
    ("التقى الرئيس الإيراني اليوم في طهران الشيخ علي الخطيب رئيس المجلس الإسلامي الشيعي.", "علي الخطيب"),
])
def test_ali_after_a_style_before_a_definite_family_name_is_a_name(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in names(r)


# --- "برئاسة X" without a delegation is no one joining the meeting --------------------------------

@pytest.mark.parametrize("tail", [
    "وتتولى الحكومة الانتقالية برئاسة كامل إدريس إدارة البلاد منذ مايو الماضي.",
    "وكانت اللجنة الوزارية برئاسة فيصل المقداد قد أنهت أعمالها الشهر الماضي.",
])
def test_barriasat_without_a_delegation_adds_nobody(analyse, tail):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. " + tail)
    assert names(r) == {"وليام روتو", "آبي أحمد"}


def test_a_delegation_led_by_someone_still_joins(analyse):
    (r,) = reports(analyse, "استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وفدا إثيوبيا برئاسة وزير الخارجية "
                            "تاي أتسقي سيلاسي.")
    assert "تاي أتسقي سيلاسي" in names(r)


# --- who accompanies the trip is not in its talks --------------------------------------------------

@pytest.mark.parametrize("tail", [
    "ويرافق روتو في جولته وفد يضم وزيرة التجارة ريبيكا ميانو ووزير المالية جون مبادي.",
    "ورافق الرئيس الكيني في هذه الزيارة وفد يضم وزيرة التجارة ريبيكا ميانو ووزير المالية جون مبادي.",
])
def test_the_delegation_accompanying_a_trip_is_not_in_the_talks(analyse, tail):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في بكين الرئيس الصيني شي جين بينغ. " + tail)
    assert names(r) == {"وليام روتو", "شي جين بينغ"}


def test_who_attended_the_talks_is_in_them(analyse):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في بكين الرئيس الصيني شي جين بينغ. "
                            "وحضر اللقاء وزيرة التجارة الكينية ريبيكا ميانو.")
    assert "ريبيكا ميانو" in names(r)


# --- who attended a summit, told one by one, and who was absent ----------------------------------

@pytest.mark.parametrize("body", [
    "وحضر القمة الرئيس الكيني وليام روتو. كما شارك في القمة الرئيس الغاني جون ماهاما، في حين غاب عنها "
    "الرئيس النيجيري بولا تينوبو.",
    "وحضر القمة الرئيس الكيني وليام روتو، في حين تغيب عنها الرئيس النيجيري بولا تينوبو. "
    "وشارك في القمة أيضا الرئيس الغاني جون ماهاما.",
])
def test_who_attended_a_summit_one_by_one_make_a_report_without_the_absent(analyse, body):
    (r,) = reports(analyse, "افتتحت في أديس أبابا أمس أعمال القمة الأفريقية الثامنة والثلاثين. " + body)
    assert names(r) == {"وليام روتو", "جون ماهاما"}


# --- a venue of another city than the one its sentence names is a homonym ------------------------

@pytest.mark.parametrize("body,place,venue", [
    ("أجرى الرئيس البرازيلي لولا دا سيلفا محادثات مع الرئيس الصيني شي جين بينغ في قصر الشعب بالعاصمة الصينية "
     "بكين، في إطار زيارة دولة إلى الصين.", "beijing", None),
    ("استقبل الرئيس السوري بشار الأسد اليوم في قصر الشعب بدمشق وزير الخارجية العماني بدر البوسعيدي.",
     "damascus", "peoples-palace"),
])
def test_a_venue_named_like_another_city_s_is_not_that_one(analyse, body, place, venue):
    (r,) = reports(analyse, body)
    assert r.place is not None and (r.place.place, r.place.venue) == (place, venue)


# --- chairing told as a verbal noun -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "تعززت العلاقات مع ترؤس الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس، أمس، الاجتماع "
    "الوزاري المشترك في برلين.",
    "وفي خطوة لافتة، شهدت العاصمة ترؤس رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس الوزراء الألباني إيدي راما "
    "اجتماع اللجنة المشتركة في روما أمس.",
])
def test_chairing_told_as_a_noun_is_a_meeting(analyse, body):
    (r,) = reports(analyse, body)
    assert len(r.parties) == 2 and not r.fallback and r.date.constraint.day == 11


# --- a palace's name is not a subject discussed ("بقصر السلام في جدة") ------------------------------

@pytest.mark.parametrize("body,place", [
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الديوان الملكي بقصر السلام في جدة أمس الرئيس الأوزبكي "
     "شوكت ميرضيائيف، وبحثا التعاون في أوزبكستان والمملكة.", "jeddah"),
    ("التقى الرئيس الكيني وليام روتو بفندق الأمن في نيروبي اليوم رئيس الوزراء الإثيوبي آبي أحمد، وبحثا الوضع "
     "في الصومال.", "nairobi"),
])
def test_a_venue_named_like_a_discussed_subject_keeps_its_city(analyse, body, place):
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == place


# --- a headline's country gives way to the one city of that country the meeting's sentence names --

SIDE_BY_SIDE = [
    ("ظهر الرئيس الأوغندي يويري موسيفيني وزعيم المعارضة كيزا بيسيجي معا اليوم أمام الصحفيين في مقر "
     "الرئاسة بالعاصمة كمبالا، حيث يقيم الرئيس، وتصافحا بعد اجتماع مغلق.",
     "لقاء نادر بين موسيفيني والمعارضة في أوغندا", "kampala", {"يويري موسيفيني", "كيزا بيسيجي"}),
    ("ظهر رئيس الوزراء الهندي ناريندرا مودي ونظيره الياباني فوميو كيشيدا معا أمس في حديقة بوذا جايانتي "
     "بالعاصمة نيودلهي، حيث تجول الضيف، وتبادلا أطراف الحديث بعد اجتماع ثنائي.",
     "مودي وكيشيدا يعززان الشراكة في الهند", "new-delhi", {"ناريندرا مودي", "فوميو كيشيدا"}),
]


@pytest.mark.parametrize("body,headline,place,people", SIDE_BY_SIDE)
def test_the_city_of_the_meeting_sentence_says_more_than_the_headline_s_country(analyse, body, headline, place, people):
    """And a dual verb after a "حيث" clause has the two the sentence began with as subject; a
    meeting told only as what came just before ("بعد اجتماع ثنائي") is still reported, for review."""
    (r,) = reports(analyse, body, headline=headline)
    assert r.place is not None and r.place.place == place
    assert names(r) == people


def test_a_city_of_another_clause_told_as_background_stays_out(analyse):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم نظيره التنزاني سامية صولحو حسن، بعد أن "
                            "كانا قد التقيا في مدينة أروشا العام الماضي.", headline="روتو يلتقي سامية حسن في تنزانيا")
    assert r.place is not None and r.place.place == "tanzania"
