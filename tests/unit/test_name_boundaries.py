"""Where a name begins and ends among the words news put around it: sentences written for
these tests (no corpus sentence), each rule with at least two phrasings."""
from __future__ import annotations

import pytest

from .articles import article


def mentions(analyse, body: str) -> set[str]:
    """The names the analyser reads in `body`."""
    an = analyse(article(body), ".md")
    return {m.name for s in an.doc.sents for m in s.people if m.name}


# --- an adverb between a title and its holder's name ------------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("التقى الرئيس الروماني اليوم الرئيسة المولدوفية المنتخبة حديثا مايا ساندو في كيشيناو.", "مايا ساندو"),
    ("استقبل الرئيس الكيني رئيس الوزراء الإثيوبي المعين مؤخرا آبي أحمد علي في نيروبي.", "آبي أحمد علي"),
])
def test_an_adverb_after_a_title_is_not_part_of_the_name(analyse, body, name):
    assert name in mentions(analyse, body)


# --- a participle told of the subject is no first name ----------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("وقال الرئيس الروماني مخاطبا ساندو إن بلاده ستقف إلى جانبها.", "مخاطبا ساندو"),
    ("وأضاف وزير الخارجية الإندونيسي متوجها إلى نظيره التايلاندي بالشكر على الاستضافة.", "متوجها"),
])
def test_a_participle_after_a_title_is_no_name(analyse, body, name):
    assert not any(name in n or n.startswith(name.split()[0]) for n in mentions(analyse, body))


# --- an indefinite adjective after an indefinite office is no name ---------------------------------

@pytest.mark.parametrize("body", [
    "ويرى مراقبون أن يوهانيس أول رئيس أجنبي يزور ساندو منذ انتخابها.",
    "وكان الرئيس الروماني أول زائر أجنبي لساندو بعد تنصيبها.",
])
def test_foreign_after_an_office_is_no_name(analyse, body):
    assert not any(n.startswith("أجنبي") for n in mentions(analyse, body))


# --- a preposition on a common noun ends a name --------------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("عقد الرئيس المصري جلسة مباحثات مع الرئيس التنزاني جون ماجوفولي بمقر الرئاسة في دودوما.", "جون ماجوفولي"),
    ("أكد الرئيس الغاني نانا أكوفو لدعم بلاده جهود التهدئة في الساحل.", "نانا أكوفو"),
])
def test_a_common_noun_after_a_preposition_is_not_a_family_name(analyse, body, name):
    assert name in mentions(analyse, body)


@pytest.mark.parametrize("body,name", [
    ("التقى رئيس الوزراء المصري مصطفى كامل أمس في القاهرة الرئيس التنزاني.", "مصطفى كامل"),
    ("استقبل الرئيس التونسي الرئيس الجزائري عبد المجيد تبون بحضور رئيس البرلمان مفرياد كامل.", "مفرياد كامل"),
])
def test_a_name_that_reads_as_a_clitic_and_a_noun_stays_a_name(analyse, body, name):
    assert name in mentions(analyse, body)


# --- a hyphen joins the parts of a name ------------------------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("وأجرى الرئيس الكازاخي قاسم-جومرت توكايف محادثات مع مضيفه الرئيس الأوزبكي في طشقند.", "قاسم-جومرت توكايف"),
    ("التقى رئيس الوزراء الفرنسي جان-مارك إيرولت اليوم في باريس الرئيس التونسي.", "جان-مارك إيرولت"),
])
def test_a_hyphenated_first_name_is_one_name(analyse, body, name):
    assert name in mentions(analyse, body)


# --- nouns of diplomacy are no names; a foreign first name spelled like a particle is one -----------

@pytest.mark.parametrize("body", [
    "وتأتي تحركات مارسودي ضمن ما تصفه جاكرتا بالدبلوماسية المكوكية.",
    "وتندرج جهود غوتيريش في إطار مساعي الأمم المتحدة للتهدئة.",
])
def test_efforts_and_moves_are_no_first_names(analyse, body):
    assert not any(n.startswith(("تحركات", "جهود", "مساعي")) for n in mentions(analyse, body))


@pytest.mark.parametrize("body,name", [
    ("التقت وزيرة الخارجية الإندونيسية اليوم في بانكوك وزير الخارجية التايلاندي دون برامودويناي. "
     "وقال برامودويناي إن اللقاء كان مثمرا.", "دون برامودويناي"),
    ("استقبل الرئيس الفلبيني اليوم في مانيلا المبعوث الأممي دون بيرسيفال. وأكد بيرسيفال دعم المنظمة.",
     "دون بيرسيفال"),
])
def test_a_first_name_spelled_like_a_particle_after_a_title(analyse, body, name):
    assert name in mentions(analyse, body)


# --- common nouns in the accusative are no names ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "وأكدت المبعوثة الأممية نولين هيزر أن الأمم المتحدة تولي اهتماما خاصا لدعم النساء.",
    "وقال الرئيس الكيني وليام روتو إن بلاده تقدم دعما خاصا للاجئين.",
])
def test_common_nouns_in_the_accusative_are_no_name(analyse, body):
    assert not any(n.endswith(("خاصا",)) or n.startswith(("اهتماما", "دعما")) for n in mentions(analyse, body))


# --- a title's complement the office grammar does not know, then its holder ------------------------

@pytest.mark.parametrize("body,name,core", [
    ("وحضر المراسم الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي فيدريكا موغريني.",
     "فيدريكا موغريني", "high-representative"),
    ("وشارك في اللقاء المفوض الأوروبي لسياسة الجوار ومفاوضات التوسيع يوهانس هاهن.", "يوهانس هاهن", "commissioner"),
    ("وحضر الاجتماع وسيط الأمم المتحدة ماتيو نيمتز.", "ماتيو نيمتز", "envoy"),
])
def test_a_holder_after_a_long_title_complement(analyse, body, name, core):
    an = analyse(article(body), ".md")
    assert any(m.name == name and m.title is not None and m.title.core.startswith(core)
               for s in an.doc.sents for m in s.people)


@pytest.mark.parametrize("body", [
    "وصل الرئيس الكيني للمشاركة في القمة الأفريقية التي تستضيفها أديس أبابا.",
    "وقال الرئيس الكيني للصحفيين إن بلاده تدعم الحوار.",
])
def test_a_complement_without_a_name_after_it_names_nobody(analyse, body):
    assert not mentions(analyse, body)


@pytest.mark.parametrize("body", [
    "ودعا رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس احتجاجا على الاتفاق إلى التظاهر.",
    "وقال الرئيس الكيني وليام روتو اعترافا بجهود الوسطاء إن الاتفاق تاريخي.",
])
def test_a_verbal_noun_in_the_accusative_ends_a_name(analyse, body):
    assert not any(n.endswith(("احتجاجا", "اعترافا")) for n in mentions(analyse, body))


# --- a present verb of two after a name ends it ---------------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("رئيس أذربيجان إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان يجلسان إلى طاولة واحدة.", "نيكول باشينيان"),
    ("الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد يبحثان اليوم أزمة السودان.", "آبي أحمد"),
])
def test_a_verb_of_two_is_no_family_name(analyse, body, name):
    assert name in mentions(analyse, body)


# --- a joiner is one only as written: "آبي" (Abe) is no "أبي" ----------------------------------------

@pytest.mark.parametrize("body,name", [
    ("زار وزير الخارجية الياباني تاكيشي آبي طهران اليوم والتقى الرئيس الإيراني.", "تاكيشي آبي"),
    ("التقى الرئيس الكيني اليوم وزير التجارة الياباني كينجي آبي نيروبي في ختام جولة أفريقية.", "كينجي آبي"),
])
def test_abe_is_no_joiner(analyse, body, name):
    assert name in mentions(analyse, body)


# --- a noun with a pronoun, its ة written open, is no family name ------------------------------------

@pytest.mark.parametrize("body,name", [
    ("ويلقي أوستن السبت كلمة رئيسية أمام المنتدى، فيما يلقي وي كلمته الأحد.", "وي كلمته"),
    ("وأكد روتو أن زيارته ناجحة، وقال موانجي حكومته مستعدة للتعاون.", "موانجي حكومته"),
])
def test_a_noun_with_his_is_no_family_name(analyse, body, name):
    assert name not in mentions(analyse, body)


# --- a title before a name that opens with عبد -----------------------------------------------------

@pytest.mark.parametrize("body,name", [
    ("استقبل الرئيس عبد الرحيم كامارا اليوم الأحد بقصر الرئاسة الرئيس الغيني.", "عبد الرحيم كامارا"),
    ("التقى الوزير عبد السلام ولد محمد أمس في نواكشوط السفير الفرنسي.", "عبد السلام ولد محمد"),
])
def test_a_title_then_a_name_opening_with_abd(analyse, body, name):
    assert name in mentions(analyse, body)


@pytest.mark.parametrize("body,name", [
    ("التقى وزير الخارجية المغربي اليوم المبعوث الشخصي للأمين العام إلى الصحراء، يانيس كوتسيفاس، في الرباط.",
     "يانيس كوتسيفاس"),
    ("وحضر اللقاء السفير الممثل الدائم لدى المنظمة الأفريقية، موسى كوليبالي.", "موسى كوليبالي"),
])
def test_a_posted_office_its_post_a_comma_and_its_holder(analyse, body, name):
    assert name in mentions(analyse, body)


@pytest.mark.parametrize("body", [
    "حطّ الموفد الرئاسي الأميركي في مطار رفيق الحريري الدولي اليوم، ثم التقى رئيس البرلمان.",
    "وصل المبعوث الأممي إلى مطار الملكة علياء الدولي، ثم التقى وزير الخارجية الأردني.",
])
def test_a_place_named_after_someone_ends_a_title_s_complement(analyse, body):
    an = analyse(article(body), ".md")
    assert not any(m.title is not None and m.title.office == "envoy" and m.name for s in an.doc.sents for m in s.people)


# --- a country after an honorific-looking noun, then و and a noun, is no name -------------------------

@pytest.mark.parametrize("body,bad", [
    ("وأكد الأمين العام الدعم الكامل للتسوية على أساس سيادة اذربيجان وسلامة أراضيها.", "اذربيجان"),
    ("وشدد الوزير على احترام سيادة جورجيا ووحدة أراضيها.", "جورجيا"),
])
def test_a_country_and_wa_is_no_name(analyse, body, bad):
    assert not any(n.startswith(bad) for n in mentions(analyse, body))


@pytest.mark.parametrize("body,name", [
    ("بحث الرئيس الاذربيجاني الهام علييف سبل تعزيز العلاقات مع الأمين العام للمنظمة.", "الهام علييف"),
    ("واستقبل وزير الشباب الأذربيجاني آزاد رحيموف وعددا من المسؤولين الوفد الزائر.", "آزاد رحيموف"),
])
def test_ways_and_a_number_are_no_family_names(analyse, body, name):
    assert name in mentions(analyse, body)


# --- after a title, a first name may have an adverb's shape ---------------------------------------

@pytest.mark.parametrize("body,name", [
    ("التقى المدير العام للمنظمة رئيسة جمهورية نيبال بيديا ديفي بهانداري في كاتماندو.", "بيديا ديفي بهانداري"),
    ("استقبل الرئيس الكيني وزيرة الخارجية الإسبانية سونيا غارسيا لوبيز في نيروبي.", "سونيا غارسيا لوبيز"),
])
def test_a_first_name_shaped_like_an_adverb_after_a_title(analyse, body, name):
    assert name in mentions(analyse, body)


def test_an_honorific_word_before_an_adjective_names_nobody(analyse):
    found = mentions(analyse, "ووصف جيبوتي بأنها دولة محورية تلعب دورا مهما في محيطها الإقليمي.")
    assert not any(n.startswith("محورية") for n in found)


@pytest.mark.parametrize("body,name", [
    ("عقد الأمير وفخامة الرئيسة بارك كون هيه رئيسة جمهورية كوريا جلسة مباحثات رسمية.", "بارك كون هيه"),
    ("استقبل الرئيس الفيتنامي اليوم في هانوي رئيس الوزراء الصيني لي هيه فنغ.", "لي هيه فنغ"),
])
def test_a_short_name_word_that_ends_like_a_pronoun(analyse, body, name):
    assert name in mentions(analyse, body)


@pytest.mark.parametrize("body,bad", [
    ("وبحث الجانبان مشاركة الشركات الكورية المرتبطة باستضافة دولة قطر لبطولة كأس العالم.", "قطر"),
    ("وأشاد الوزير باستضافة دولة الكويت لدورة الخليج المقبلة.", "الكويت"),
])
def test_a_state_and_a_preposition_on_a_noun_is_no_name(analyse, body, bad):
    assert not any(n.startswith(bad) for n in mentions(analyse, body))


# --- a verbal noun with "his" is no name --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "وأكدت رئيسة الوزراء عزمها ترشيحه لجائزة نوبل للسلام.",
    "وأعلن الرئيس تأييده ترشيحها لرئاسة المنظمة.",
])
def test_a_verbal_noun_with_a_pronoun_is_no_name(analyse, body):
    assert not any("ترشيح" in n for n in mentions(analyse, body))


# --- after a title, a place's name may open a name whose next word looks like an adverb ------------

@pytest.mark.parametrize("body,name", [
    ("التقى رئيس الوزراء الإسباني اليوم في مدريد رئيس الأوروغواي سانتياغو فيريا.", "سانتياغو فيريا"),
    ("استقبل الرئيس الكولومبي في بوغوتا وزيرة خارجية البيرو فلورنسا مونتيا أمس.", "فلورنسا مونتيا"),
])
def test_a_place_then_an_adverb_shaped_word_after_a_title_is_a_name(analyse, body, name):
    assert name in mentions(analyse, body)


@pytest.mark.parametrize("body,name", [
    ("وزار الرئيس الفرنسي دمشق رسميا للمرة الأولى منذ سنوات.", "دمشق رسميا"),
    ("ويزور وزير الخارجية الصيني طهران حاليا في جولة إقليمية.", "طهران حاليا"),
])
def test_a_city_and_an_adverb_after_a_title_are_no_name(analyse, body, name):
    assert name not in mentions(analyse, body)
