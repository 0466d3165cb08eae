"""Extraction rules on sentences written for these tests (no corpus sentence), mostly about
people the gazetteer does not list: each rule with at least two phrasings."""
from __future__ import annotations

import pytest

from generator.fuse.people import same_name, spelling

from .articles import article, names, reports


def new_names(analysis) -> set[str]:
    return {p.name for p in analysis.new_people.values()}


# --- a later meeting of the same visit is a meeting of the article ------------------------------

@pytest.mark.parametrize("body,second", [
    ("استقبل رئيس الوزراء الماليزي أنور إبراهيم اليوم في كوالالمبور وزير الخارجية الياباني يوشيماسا هاياشي. "
     "ثم التقى هاياشي رئيس مجلس النواب الماليزي جوهري عبد الغني.", {"يوشيماسا هاياشي", "جوهري عبد الغني"}),
    ("التقى الرئيس الكيني وليام روتو اليوم في نيروبي وزيرة الخارجية الألمانية أنالينا بيربوك. "
     "وفي وقت لاحق من اليوم، استقبلت نائبة الرئيس الكيني الوزيرة بيربوك في مقر الحكومة.", None),
])
def test_a_sequel_meeting_is_reported_too(analyse, body, second):
    rs = reports(analyse, body)
    assert len(rs) == 2
    if second:
        assert names(rs[1]) == second


def test_a_meeting_told_in_passing_on_the_sidelines_is_not_the_article_s(analyse):
    rs = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. "
                          "كما التقى روتو على هامش القمة كلاً من رئيس أوغندا يويري موسيفيني ورئيس رواندا بول كاغامي.")
    assert [names(r) for r in rs] == [{"وليام روتو", "آبي أحمد"}]


# --- who sent greetings or a message was not in the room ----------------------------------------

@pytest.mark.parametrize("sender", [
    "ونقل الوزير إلى الرئيس تحيات الرئيس الكيني وليام روتو.",
    "وسلّم الضيف رسالة من الرئيس الكيني وليام روتو تتعلق بالتعاون الثنائي.",
    "ونقل الوزير شكر وتقدير الرئيس الكيني وليام روتو للرئيس على دعم بلاده.",
    "وأبلغ الضيف مضيفه تقدير الرئيس الكيني وليام روتو لجهود الوساطة.",
    "ونقل إليه امتنان الرئيس الكيني وليام روتو.",
])
def test_who_sent_greetings_or_a_message_is_mentioned_as_ordering(analyse, sender):
    (r,) = reports(analyse, "استقبل الرئيس الإثيوبي تايي أتسكي سيلاسي اليوم في أديس أبابا وزير الخارجية "
                            "الكيني موساليا مودافادي. " + sender)
    assert names(r) == {"تايي أتسكي سيلاسي", "موساليا مودافادي"}
    (why, *_), = [v for v in r.mentioned.values() if v[2] == "وليام روتو"]
    assert why == "ordered"


# --- words that read as a title or a name but are not ---------------------------------------

@pytest.mark.parametrize("body", [
    "التقى وزير الخارجية الياباني يوشيماسا هاياشي اليوم في طوكيو نظيره الهندي سوبرامانيام جايشانكار، في خطوة انتقدها "
    "معارضون قالوا إن النظام مسؤول عن تدهور العلاقات.",
    "وصفت المعارضة الحكومة بأنها مسؤولة عن الأزمة، فيما التقى وزير الخارجية الياباني يوشيماسا هاياشي "
    "اليوم في طوكيو نظيره الهندي سوبرامانيام جايشانكار.",
])
def test_responsible_for_is_not_an_official(analyse, body):
    (r,) = reports(analyse, body)
    assert names(r) == {"يوشيماسا هاياشي", "سوبرامانيام جايشانكار"}


@pytest.mark.parametrize("body", [
    "وبحسب ما أوردته وكالة الأنباء الرسمية، التقى الرئيس الكيني وليام روتو اليوم في نيروبي الرئيس "
    "الصومالي حسن شيخ محمود.",
    "ووفق ما نقلته مصادر مطلعة، التقى الرئيس الكيني وليام روتو اليوم في نيروبي الرئيس الصومالي حسن شيخ محمود.",
])
def test_according_to_opens_no_name(analyse, body):
    a = analyse(article(body), ".md")
    assert new_names(a) <= {"وليام روتو", "حسن شيخ محمود"}
    assert names(a.reports[0]) == {"وليام روتو", "حسن شيخ محمود"}


@pytest.mark.parametrize("body,person", [
    ("التقى الأمير فيصل بن ناصر آل سعود اليوم في الرياض وزير الخارجية الكيني موساليا مودافادي.",
     "فيصل بن ناصر آل سعود"),
    ("استقبل الشيخ فهد بن جاسم آل ثاني اليوم في الدوحة وزير الخارجية الكيني موساليا مودافادي.",
     "فهد بن جاسم آل ثاني"),
])
def test_a_given_name_is_not_read_as_a_clitic_and_a_verb(analyse, body, person):
    (r,) = reports(analyse, body)
    assert person in names(r)


@pytest.mark.parametrize("body,person", [
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي الأمير تركي بن طلال بن عبدالعزيز.",
     "تركي بن طلال بن عبدالعزيز"),
    ("التقى الرئيس الكيني وليام روتو في نيروبي سمو الأمير الحسن بن طلال وبحثا قضايا اللاجئين.",
     "الحسن بن طلال"),
    ("استقبل رئيس الوزراء الماليزي أنور إبراهيم في كوالالمبور الشيخ الحسين بن محمد الهاشمي.",
     "الحسين بن محمد الهاشمي"),
])
def test_after_a_title_a_word_before_bin_is_a_first_name(analyse, body, person):
    """"الأمير تركي بن ..." is no Turkish prince, "الأمير الحسن بن ..." no portfolio "الحسن"."""
    (r,) = reports(analyse, body)
    assert person in names(r)


@pytest.mark.parametrize("body,person", [
    ("التقى المبعوث الأممي غير بيدرسون، أمس، وزير الخارجية الأردني أيمن الصفدي في عمان. "
     "وقال بيدرسون إن اللقاء كان مثمرا.", "غير بيدرسون"),
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية النرويجي غير ستوره، "
     "وأكد ستوره دعم بلاده لجهود السلام.", "غير ستوره"),
    ("استقبل الشيخ صباح الخالد اليوم في الكويت وزير الخارجية الكيني موساليا مودافادي.",
     "صباح الخالد"),     # a first name that is also a word ("morning"), family name definite
    ("التقى الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد، "
     "وبدا الرئيس غير راض عن نتائج المحادثات.", None),
])
def test_a_first_name_that_is_also_a_function_word(analyse, body, person):
    """"غير بيدرسون" is Geir Pedersen when the article names him again; "الرئيس غير راض" is not."""
    (r,) = reports(analyse, body)
    assert (person in names(r)) if person else not any(n.startswith("غير") for n in names(r))


@pytest.mark.parametrize("body,person,title", [
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزيرة السياحة الإيطالية جورجيا روسيني.",
     "جورجيا روسيني", "وزيرة السياحة الإيطالية"),
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي رئيس وزراء جورجيا إيراكلي كوباخيدزه.",
     "إيراكلي كوباخيدزه", "رئيس وزراء جورجيا"),
])
def test_a_first_name_that_is_a_country_after_the_title_s_nisba(analyse, body, person, title):
    """"الإيطالية جورجيا ميلوني": Giorgia; "رئيس وزراء جورجيا": Georgia's."""
    (r,) = reports(analyse, body)
    assert person in names(r) and any(p.title == title for p in r.parties.values())


@pytest.mark.parametrize("body,person", [
    ("أجرى الرئيس الكيني وليام روتو اليوم في نيروبي محادثات مع رئيسة جمهورية تنزانيا. "
     "ورحب روتو بالرئيسة سامية صولوحو حسن. وقالت الرئيسة حسن إن بلادها تدعم الاتفاق.", "سامية صولوحو حسن"),
    ("التقى رئيس الوزراء الهندي ناريندرا مودي اليوم في نيودلهي رئيسة وزراء بنغلاديش. "
     "وأشاد مودي برئيسة الوزراء الشيخة ريحانة أختر. وأكدت رئيسة الوزراء أختر حرص بلادها على التعاون.",
     "ريحانة أختر"),
])
def test_an_office_named_first_is_the_person_named_later_with_it_but_no_country(analyse, body, person):
    """"رئيسة جمهورية تنزانيا" … "الرئيسة سامية صولوحو حسن": one person, the meeting's guest;
    "الرئيسة حسن إن" is her again, not a second name "حسن إن"."""
    (r,) = reports(analyse, body)
    assert person in names(r) and len(r.parties) == 2


@pytest.mark.parametrize("body,person,title", [
    ("التقى وزير الشؤون الخارجية والتعاون الدولي والجاليات المقيمة بالخارج، السيد كمال بلعيد، اليوم في "
     "تونس وزير الخارجية الكيني موساليا مودافادي.", "كمال بلعيد", "وزير الشؤون الخارجية"),
    ("استقبلت كاتبة الدولة الفرنسية في التجارة، السيدة ماري لوكلير، اليوم في باريس وزير الخارجية "
     "الكيني موساليا مودافادي.", "ماري لوكلير", "كاتبة الدولة الفرنسية"),
])
def test_a_long_office_then_a_comma_and_an_honorific_names_its_holder(analyse, body, person, title):
    """"وزير ... والمغتربين، السيد كمال بلعيد": the rest of the office, then its holder."""
    (r,) = reports(analyse, body)
    assert any(p.name == person and (p.title or "").startswith(title) for p in r.parties.values())


@pytest.mark.parametrize("body", [
    "وصل وزير الخارجية أنتوني بلينكن إلى نيروبي أمس. واستقبل الرئيس الكيني وليام روتو اليوم المسؤول الأمريكي.",
    "حل أنتوني بلينكن بالرباط مساء أمس. واستقبل رئيس الحكومة عزيز أخنوش اليوم المسؤول الأمريكي وبحث معه التعاون.",
])
def test_an_official_of_a_country_is_the_one_person_of_it_the_gazetteer_knows(analyse, body):
    """"المسؤول الأمريكي" is Blinken, whose country the gazetteer gives though the text does not."""
    (r,) = reports(analyse, body)
    assert "أنتوني بلينكن" in names(r) and len(r.parties) == 2


@pytest.mark.parametrize("body", [
    "وأشار إلى أن الطرفين اتفقا على مواصلة التشاور، وإلى أن الجولة المقبلة ستعقد في نيروبي.",
    "ولفت إلى أهمية التعاون الاقتصادي وإلى ضرورة تنفيذ الاتفاقات الموقعة.",
])
def test_wa_ila_is_and_to_not_a_governor(analyse, body):
    """"وإلى" folds like "والي" (a governor): where the text writes ى apart from ي it is "and to"."""
    a = analyse(article("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الإثيوبي. " + body), ".md")
    assert not any(p.title and p.title.office == "governor" for s in a.doc.sents for p in s.people)


@pytest.mark.parametrize("later", [
    "وأشار إلى أن الوزيرين التقيا أمس بالرياض، وإلى أن نيروبي ستحتضن في ماي المقبل اجتماعا وزاريا.",
    "ولفت إلى أن الوزيرين اجتمعا أمس في جيبوتي على هامش اجتماع إقليمي.",
])
def test_another_meeting_of_the_headline_s_people_told_in_passing_is_no_second_sheet(analyse, later):
    """The headline names one meeting of its people; an earlier one of the same two, told once
    in a later sentence, is background."""
    text = ("---\npublished: 2024-03-12\n---\nبلينكن في نيروبي: مباحثات مع مودافادي ثم لقاء مع الرئيس\n\n"
            "نيروبي - أجرى وزير الخارجية الكيني، السيد موساليا مودافادي، اليوم الثلاثاء بنيروبي، مباحثات مع "
            "وزير الخارجية الأمريكي، السيد أنتوني بلينكن، الذي يقوم بزيارة عمل لكينيا.\n\n"
            "وأكد السيد مودافادي، في ندوة صحفية مشتركة عقب المباحثات، أن العلاقات بين البلدين عريقة. "
            f"{later}\n")
    a = analyse(text, ".md")
    assert [r.date.resolve()[0] for r in a.reports] == ["2024-03-12"]


@pytest.mark.parametrize("body", [
    "استقبل حسين إبراهيم طه، الأمين العام لمنظمة التعاون الإسلامي، الوزير الكيني في جدة اليوم. "
    "وكان وزير الخارجية الكيني موساليا مودافادي قد وصل إلى جدة أمس.",
    "التقى أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، الوزير الكيني اليوم في القاهرة. "
    "وكان وزير الخارجية الكيني موساليا مودافادي قد وصل إلى القاهرة أمس.",
])
def test_a_title_of_another_country_after_a_titled_subject_is_the_object(analyse, body):
    """"أبو الغيط، الأمين العام لجامعة الدول العربية، الوزير الكيني": the Kenyan minister is
    whom he received, not a second title of his."""
    (r,) = reports(analyse, body)
    assert "موساليا مودافادي" in names(r) and len(r.parties) == 2


@pytest.mark.parametrize("later", [
    "وفي فترة ما بعد الظهر، استقبل رئيس الوزراء الإثيوبي آبي أحمد الوزير الكيني.",
    "وفي المساء، التقى الوزير الكيني رئيس الوزراء الإثيوبي آبي أحمد.",
])
def test_a_meeting_later_the_same_day_is_a_second_sheet_of_that_day(analyse, later):
    body = ("التقى وزير الخارجية الكيني موساليا مودافادي صباح اليوم في أديس أبابا وزير الخارجية الإثيوبي "
            f"تاي أتسقي سيلاسي. {later}")
    rs = reports(analyse, body)
    assert len(rs) == 2 and {r.date.resolve()[0] for r in rs} == {"2024-03-12"}


@pytest.mark.parametrize("arrival", [
    "وكان مودافادي قد وصل إلى مطار القاهرة الدولي مساء أمس.",
    "وكان الوزير مودافادي قد حل بالقاهرة أمس الاثنين في زيارة تستغرق يومين.",
])
def test_an_arrival_told_afterwards_gives_the_meeting_its_place(analyse, arrival):
    """No place in the meeting's sentence: the city the guest arrived in the day before."""
    body = ("استقبل وزير الخارجية المصري سامح شكري اليوم وزير الخارجية الكيني موساليا مودافادي، "
            f"وبحثا العلاقات الثنائية. {arrival}")
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "cairo"


@pytest.mark.parametrize("headline,arrival", [
    ("الرئيس روتو يستقبل نظيرته التنزانية", "حلت الرئيسة التنزانية سامية صولوحو حسن اليوم الخميس بنيروبي في زيارة دولة."),
    ("روتو يلتقي الرئيسة التنزانية في نيروبي", "وصلت الرئيسة التنزانية سامية صولوحو حسن مساء أمس الأربعاء إلى نيروبي."),
])
def test_an_arrival_before_the_talks_dates_them_though_the_headline_tells_them_first(analyse, headline, arrival):
    """The talks' sentence names no day: the guest's arrival told before it does, whatever the
    headline (which always comes first) says."""
    text = (f"---\npublished: 2024-03-14\n---\n{headline}\n\n{arrival}\n\n"
            "وفي قصر الرئاسة، أجرى الرئيس الكيني وليام روتو محادثات مع ضيفته تناولت التعاون الثنائي.\n")
    (r,) = analyse(text, ".md").reports
    assert r.date.resolve()[0] in ("2024-03-14", "2024-03-13")
    assert r.date.resolve()[1] == "day"


@pytest.mark.parametrize("body", [
    "أعلنت كينيا وإثيوبيا اليوم اتفاقهما على ترسيم الحدود. وجرت المباحثات بين وفد كينيا برئاسة موساليا "
    "مودافادي ووفد إثيوبيا برئاسة تاي أتسقي سيلاسي، واختتمت اليوم بجلسة في نيروبي.",
    "صدر اليوم بيان مشترك عن البلدين. وكانت الجلسة الختامية بحضور موساليا مودافادي وتاي أتسقي سيلاسي "
    "في نيروبي.",
])
def test_who_was_at_talks_a_noun_names_is_a_meeting_for_review(analyse, body):
    """No meeting verb, but "جرت المباحثات بين وفد ... برئاسة X ووفد ... برئاسة Y": a sheet
    of X and Y marked for review rather than none."""
    (r,) = reports(analyse, body)
    assert {"موساليا مودافادي", "تاي أتسقي سيلاسي"} <= names(r)


@pytest.mark.parametrize("thanks", [
    "وأعرب الجانبان عن تقديرهما لقطر على استضافة جولات الحوار السابقة بينهما في الدوحة.",
    "وشكر الوزيران تركيا على استضافة المحادثات السابقة في أنقرة.",
])
def test_previous_rounds_hosted_elsewhere_do_not_place_the_meeting(analyse, thanks):
    body = ("التقى وزير الخارجية الكيني موساليا مودافادي اليوم في أديس أبابا وزير الخارجية الإثيوبي "
            f"تاي أتسقي سيلاسي. {thanks}")
    (r,) = reports(analyse, body)
    assert r.place is not None and r.place.place == "addis-ababa"


@pytest.mark.parametrize("body,kin", [
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي الرئيس الغاني نانا أكوفو أدو الذي وصل برفقة "
     "عقيلته ريبيكا أكوفو أدو.", "عقيلته"),
    ("التقى الرئيس الكيني وليام روتو اليوم في نيروبي ملك ليسوتو ليتسي الثالث، بحضور نجله الأمير ليروتولي.",
     "نجله"),
])
def test_a_kinship_word_is_not_part_of_a_name(analyse, body, kin):
    """"برفقة عقيلته ريبيكا": who she is to him, not her first name."""
    (r,) = reports(analyse, body)
    assert not any(n.startswith(kin) for n in names(r))


@pytest.mark.parametrize("body,person", [
    ("وجرت المباحثات في نيروبي اليوم، واختتمت بجلسة ترأسها وانغ يي عضو المكتب السياسي للحزب الشيوعي الصيني، "
     "بحضور وزير الخارجية الكيني موساليا مودافادي.", "وانغ يي"),
    ("عقد اجتماع في نيروبي اليوم ترأسه وليد الخطيب وزير الخارجية الأردني بحضور وزير الخارجية الكيني "
     "موساليا مودافادي.", "وليد الخطيب"),
])
def test_a_first_name_opening_with_waw_after_a_verb_keeps_it(analyse, body, person):
    """"ترأسها وانغ يي": after a verb, و is the name's first letter, not "and"."""
    a = analyse(article(body), ".md")
    assert any(p.name == person for s in a.doc.sents for p in s.people)


@pytest.mark.parametrize("clause,day", [
    ("وذلك غداة قمة جمعت مودافادي بوزير الخارجية الإثيوبي تاي أتسقي سيلاسي في المدينة نفسها", "2024-03-11"),
    ("وذلك عشية اجتماع يجمع مودافادي بوزير الخارجية الإثيوبي تاي أتسقي سيلاسي في المدينة نفسها", "2024-03-13"),
])
def test_ghadat_and_ashiyyat_put_a_meeting_a_day_from_its_sentence(analyse, clause, day):
    """"قال X اليوم الثلاثاء ..., وذلك غداة قمة جمعت X بY": that summit was Monday. (After a
    meeting of its own, "التقى ... اليوم، وذلك غداة قمة ..." tells another meeting, the one the
    first is dated by: see test_clause_dates_and_pairs.py.)"""
    text = ("---\npublished: 2024-03-12\n---\nمودافادي: التعاون مع إثيوبيا يتقدم\n\n"
            "قال وزير الخارجية الكيني موساليا مودافادي اليوم الثلاثاء في نيروبي إن التعاون مع إثيوبيا يتقدم، "
            f"{clause}.\n")
    dates = {frozenset(r.parties): r.date.resolve()[0] for r in analyse(text, ".md").reports}
    assert dates == {frozenset({"musalia-mudafadi", "tai-atsqi-silasi"}): day}


@pytest.mark.parametrize("headline", [
    "مودافادي بين نيروبي وأديس أبابا: قمة مع سيلاسي أمس ولقاء مع روتو اليوم",
    "لقاء مع سيلاسي أمس وآخر مع روتو اليوم: أسبوع مودافادي",
])
def test_a_headline_summing_up_two_meetings_lends_neither_the_other_s_people(analyse, headline):
    """The headline's "قمة مع سيلاسي أمس ولقاء مع روتو اليوم" joined to the text's telling of
    the first lends it Ruto; and the summit told twice is one report."""
    text = (f"---\npublished: 2024-03-12\n---\n{headline}\n\n"
            "التقى الرئيس الكيني وليام روتو وزير الخارجية الكيني موساليا مودافادي اليوم الثلاثاء في نيروبي، "
            "وذلك غداة قمة جمعت مودافادي بوزير الخارجية الإثيوبي تاي أتسقي سيلاسي.\n\n"
            "أما قمة الاثنين بين مودافادي وسيلاسي، فقد خلصت إلى اتفاق.\n")
    got = sorted((sorted(r.parties), r.date.resolve()[0]) for r in analyse(text, ".md").reports)
    assert got == [(["musalia-mudafadi", "tai-atsqi-silasi"], "2024-03-11"),
                   (["musalia-mudafadi", "wliam-rutw"], "2024-03-12")]


@pytest.mark.parametrize("body,person,title", [
    ("استقبل رئيس المرحلة الانتقالية في بوركينا فاسو النقيب إبراهيم تراوري وزير الخارجية الكيني موساليا "
     "مودافادي اليوم في واغادوغو.", "إبراهيم تراوري", "رئيس المرحلة الانتقالية في بوركينا فاسو"),
    ("استقبل رئيس المجلس العسكري في النيجر الجنرال عبد الرحمن تشياني الوزير الكيني اليوم في نيامي. "
     "وكان وزير الخارجية الكيني موساليا مودافادي قد وصل أمس.", "عبد الرحمن تشياني", "رئيس المجلس العسكري في النيجر"),
])
def test_fi_and_a_country_after_an_office_is_the_office_s_country(analyse, body, person, title):
    """"رئيس المرحلة الانتقالية في مالي العقيد أسيمي غويتا الوزير الروسي": Mali's leader, and the
    Russian minister whom he received, not a second title of his."""
    (r,) = reports(analyse, body)
    assert any(p.name == person and p.title == title for p in r.parties.values())
    assert "موساليا مودافادي" in names(r)


def test_a_family_name_the_gazetteer_knows_is_that_person_not_a_new_name(analyse):
    a = analyse(article("قال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده قلقة. وحثّ بلينكن الدول "
                        "على التهدئة، وطالب بلينكن الأطراف بضبط النفس."), ".md")
    assert not any(n.startswith("بلينكن") for n in new_names(a))


# --- one person across articles, however fully each names them ------------------------------

@pytest.mark.parametrize("a,b,same", [
    ("محمد بن زايد", "محمد بن زايد آل نهيان", True),
    ("بن فرحان", "فيصل بن فرحان بن عبد الله", True),
    ("تميم بن حمد", "تميم بن حمد آل ثاني", True),
    ("حمد بن خليفة", "تميم بن حمد بن خليفة آل ثاني", False),   # the father inside the son's name
    ("بن خليفة", "تميم بن حمد بن خليفة آل ثاني", False),
    ("محمد بن سلمان", "سلمان بن عبد العزيز", False),
    ("سلمان بن عبدالعزيز", "خالد بن سلمان بن عبدالعزيز", False),
    ("عبدالله بن زايد", "محمد بن عبدالله بن زايد", False),
    ("عبدالمجيد تبّون", "عبد المجيد تبون", True),
    ("بيدرو سانشيث", "بيدرو سانشيز", True),             # the Spanish -ez, written three ways
    ("خوسيه لويس رودريغيث ثاباتيرو", "خوسيه لويس رودريغيز ثاباتيرو", True),
    ("لويس إيناسيو لولا دي سيلفا", "لويز إيناسيو لولا دا سيلفا", True),   # and Romance particles
    ("سامر نوس", "سامر نوز", False),                     # (a short word keeps its last letter)
    ("شوكت ميرضيائيف", "شوكت ميرزيوييف", True),         # the foreign z as ض or ز
    ("نور سلطان نظرباييف", "نور سلطان نزارباييف", True),
    ("قاسم جومارت توكاييف", "قاسم-جومرت توكايف", True),   # a hyphen between a name's parts
    ("مارك روته", "مارك روتيه", True),                   # a long vowel written inside or not,
    ("هون سن", "هون سين", True),                         # even in a short word,
    ("جاك لنغ", "جاك لانغ", True),
    ("ماري لين", "ماري لايين", True),                    # or two
    ("كيم جونغ", "كوم جونغ", False),                     # (a vowel written otherwise is no vowel added)
    ("سعد الحريري", "سعيد الحريري", False),              # but two Arabic given names stay two
    ("علي حسن", "علي حسين", False),
    ("هون سن", "هون سنا", False),                        # and a letter added at the end is not one
    ("صباح الأحمد الجابر الصباح", "نواف الأحمد الجابر الصباح", False),   # brothers: their own given names differ
    ("عبدالله سالم المبارك", "فهد سالم المبارك", False),
    ("كاثرين كولونا", "كاترين كولونا", True),            # one foreign sound, th, written ث or ت
    ("مارغريت تاتشر", "مارغريت ثاتشر", True),
    ("ثامر الخليل", "تامر الخليل", False),               # but two Arabic given names stay two
    ("عبد الرحمن", "أيمن بن عبد الرحمان", False),        # a given name alone is nobody in particular
    ("محمد", "محمد بن سلمان", False),
    ("سلفا كير", "سلفاكير ميارديت", True),               # two words the other writes as one
    ("سلفا كير ميارديت", "سلفاكير ميارديت", True),
    ("عبد الله واد", "عبدالله واد", True),
    ("أبو بكر", "بكر", False),                           # (one word alone is still nobody in particular)
])
def test_spellings_of_one_name(lang, a, b, same):
    lineage = tuple(lang.fold(w) for w in lang.names.son_of)
    assert same_name(lang.name_key(a), lang.name_key(b), lineage, spelling(lang)) is same


# --- names read without a title ----------------------------------------------------------

@pytest.mark.parametrize("body,person", [
    # a family name, after a verb, of a name the article gave only after a verb
    ("أدلى ماتيو سالفيني بتصريح بعد لقائه اليوم في روما الرئيس التونسي قيس سعيد. ورفض سالفيني الرد على "
     "أسئلة الصحافيين.", "ماتيو سالفيني"),
    ("أكد يوهان فاديفول أن المحادثات مثمرة. وأضاف فاديفول التأكيد على أهمية الحوار.", "يوهان فاديفول"),
])
def test_a_family_name_alone_is_the_person_named_before(analyse, body, person):
    a = analyse(article(body), ".md")
    surname = person.split()[-1]
    assert not any(n.startswith(surname) for n in new_names(a) if n != person)


@pytest.mark.parametrize("body,person", [
    ("استقبل وزير الخارجية الصيني اليوم في بكين نظيره الكيني موساليا مودافادي. ويتولى الحقيبة منذ العام "
     "الماضي ماتيو رينزي الذي خلف سلفه.", None),
    ("استقبلت رئيسة الوزراء الإيطالية اليوم في روما الرئيس الكيني وليام روتو. وكانت جورجيا ميلوني قد "
     "تسلمت منصبها قبل عامين.", "جورجيا ميلوني"),
])
def test_an_office_named_alone_is_the_one_untitled_name(analyse, body, person):
    (r,) = reports(analyse, body)
    if person:
        assert any(p.name.split()[-1] == person.split()[-1] for p in r.parties.values())
    assert all(not p.name.startswith(("وزير", "رئيس")) or person is None for p in r.parties.values())


@pytest.mark.parametrize("body", [
    "استقبل الملك عبدالله الثاني اليوم في عمّان الرئيس الكيني وليام روتو. وأكد الملك دعم بلاده للحوار.",
    "التقى صاحب الجلالة الملك فيليب اليوم في بروكسل الرئيس الكيني وليام روتو، وشدد الملك على أهمية التعاون.",
])
def test_an_office_without_its_country_is_the_named_holder(analyse, body):
    (r,) = reports(analyse, body, published="2024-05-02")
    assert len(r.parties) == 2 and not r.unresolved


def test_a_former_holder_is_not_the_current_one(analyse):
    (r,) = reports(analyse, "استقبل الرئيس الصيني شي جين بينغ اليوم في بكين نظيره البرازيلي لويس إيناسيو لولا "
                            "دا سيلفا. ويسعى الرئيس البرازيلي إلى الوساطة، بعد فوزه على الرئيس السابق جايير "
                            "بولسونارو.", published=None)
    assert "jair-bolsonaro" not in r.parties


# --- places -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "وصل وزير الخارجية الياباني يوشيماسا هاياشي إلى القاهرة أمس، واستقبله الرئيس عبد الفتاح السيسي بقصر "
    "الاتحادية. وفي اليوم الثاني للزيارة، التقى هاياشي رئيس مجلس النواب المصري حنفي جبالي.",
    "استقبل الرئيس عبد الفتاح السيسي اليوم في القاهرة وزير الخارجية الياباني يوشيماسا هاياشي. ثم التقى "
    "هاياشي رئيس مجلس النواب المصري حنفي جبالي وبحث معه التعاون البرلماني.",
])
def test_a_second_meeting_of_a_visit_is_in_the_visit_s_city(analyse, body):
    rs = reports(analyse, body, published="2023-03-20")
    assert len(rs) == 2 and rs[1].place is not None and rs[1].place.place == "cairo"
    assert rs[1].place.rule == "same visit"


@pytest.mark.parametrize("body,place", [
    ("التقى الرئيس الكيني وليام روتو اليوم في إطار جولته الأفريقية الرئيس الصومالي حسن شيخ محمود.", None),
    ("التقى الرئيس الكيني وليام روتو اليوم في العين الرئيس الصومالي حسن شيخ محمود.", None),
    ("التقى الرئيس الكيني وليام روتو اليوم في مدينة العين الرئيس الصومالي حسن شيخ محمود.", "al-ain"),
])
def test_a_place_name_that_is_also_a_word_needs_the_text_to_say_it_is_a_place(analyse, body, place):
    (r,) = reports(analyse, body)
    assert (r.place.place.split("-city")[0] if r.place else None) == place


@pytest.mark.parametrize("body", [
    "وحضر اللقاء سفير إسبانيا بالمغرب ريكاردو دييث أوشلايتنر.",
    "وحضر اللقاء السفير الإسباني بالرباط ريكاردو دييث أوشلايتنر.",
])
def test_a_posted_office_takes_its_place_after_b(analyse, body):
    a = analyse(article("استقبل الملك محمد السادس اليوم بالقصر الملكي بالرباط رئيس الحكومة الإسبانية بيدرو "
                        "سانشيز. " + body, published="2022-04-07"), ".md")
    (r,) = a.reports
    amb = [p for p in r.parties.values() if p.name == "ريكاردو دييث أوشلايتنر"]
    assert amb and amb[0].title and "سفير" in amb[0].title


# --- what makes a meeting -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ووقّع الاتفاق في قصر الضيافة عن الجانب السوداني الفريق عبد الفتاح البرهان، وعن الجانب الآخر محمد حمدان "
    "دقلو، بحضور وزير الخارجية السعودي فيصل بن فرحان.",
    "ووقّع المعاهدة في مقر الأمم المتحدة كل من وزير الخارجية الأرميني أرارات ميرزويان ووزير الخارجية الأذربيجاني "
    "جيهون بيراموف.",
])
def test_signing_an_agreement_is_a_meeting_of_the_signatories(analyse, body):
    (r,) = reports(analyse, body)
    assert len(r.parties) >= 2


@pytest.mark.parametrize("body", [
    "وكان رئيس الوزراء الإثيوبي آبي أحمد ينتظر ضيفه الرئيس الكيني وليام روتو على أرض مطار أديس أبابا أمس.",
    "وأقام الرئيس الكيني وليام روتو مساء اليوم مأدبة عشاء على شرف ضيفه رئيس الوزراء الإثيوبي آبي أحمد في نيروبي.",
])
def test_a_named_guest_is_the_host_s_meeting(analyse, body):
    rs = reports(analyse, body)
    assert rs and {"وليام روتو", "آبي أحمد"} <= names(rs[0])


def test_a_headline_s_two_statements_are_two_clauses(analyse):
    a = analyse(article("التقى الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الصيني وانغ يي.",
                        published="2024-03-12").replace("خبر عن لقاء سياسي في المنطقة",
                                                         "روتو يستقبل وانغ يي في نيروبي.. ويدعو رامافوزا إلى القمة"),
                ".md")
    (r,) = a.reports
    assert not any("رامافوزا" in p.name for p in r.parties.values())


@pytest.mark.parametrize("body", [
    "وتترقب الأوساط حضور الرئيس الكيني وليام روتو، بعدما عبّر وزير الخارجية الصيني وانغ يي، خلال استقباله نظيره "
    "الكيني موساليا مودافادي في بكين العام الماضي، عن أمله في مشاركته.",
    "ويأتي ذلك بعدما أعلن وزير الخارجية الصيني وانغ يي، أثناء لقائه نظيره الكيني موساليا مودافادي في بكين، عن "
    "مبادرة جديدة.",
])
def test_an_inserted_phrase_is_still_the_past_clause_s(analyse, body):
    assert not reports(analyse, body)


def test_who_welcomed_the_visitor_at_the_airport_is_not_in_the_talks(analyse):
    (r,) = reports(analyse, "وكان في استقبال الرئيس الكيني وليام روتو على أرض المطار وزير الخارجية الإثيوبي "
                            "تاي أصقي سيلاسي، لينتقل الموكب بعدها إلى القصر حيث أقيمت له مراسم استقبال رسمية. "
                            "وعقد روتو ورئيس الوزراء الإثيوبي آبي أحمد جولة مباحثات استمرت ساعات.")
    assert "تاي أصقي سيلاسي" not in names(r) and "آبي أحمد" in names(r)


@pytest.mark.parametrize("style", ["لحضرة صاحب السمو الشيخ محمد بن زايد آل نهيان",
                                   "حضرة صاحب الجلالة الملك عبدالله الثاني"])
def test_a_style_is_not_attendance(analyse, style):
    (r,) = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الصيني وانغ يي. "
                            f"وأشار روتو إلى التوجيهات الحكيمة {style}.")
    assert names(r) == {"وليام روتو", "وانغ يي"}


# --- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("later", ["على أن تنطلق المفاوضات في العاشر من مارس الجاري",
                                   "على أن تعقد الجولة المقبلة في 20 مارس"])
def test_a_past_meeting_is_not_after_its_article(analyse, later):
    (r,) = reports(analyse, "شهدت نيروبي أمس السبت توقيع اتفاق بين الحكومة والمعارضة. ووقّع الاتفاق وزير الخارجية "
                            f"الكيني موساليا مودافادي ورئيس المعارضة رايلا أودينغا. {later}.",
                   published="2020-03-01")
    assert r.date.resolve() == ("2020-02-29", "day")


def test_a_date_line_after_a_long_headline_is_the_article_s_date(analyse):
    text = ("وكالة الأنباء الدولية – القسم العربي\n\nالرئيس الكيني في أديس أبابا: قمة كينية إثيوبية وتوقيع خطة "
            "التعاون الاستراتيجي الشامل طويل الأمد\n\nنيروبي – الأربعاء 3 أيار/مايو 2023\n\nالتقى الرئيس الكيني "
            "وليام روتو صباح اليوم في أديس أبابا رئيس الوزراء الإثيوبي آبي أحمد وبحثا العلاقات الثنائية.\n")
    a = analyse(text, ".txt")
    assert a.reports[0].date.resolve() == ("2023-05-03", "day")


# --- the recall floor ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "مباحثات كينية إثيوبية في نيروبي بين الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد، وفق ما "
    "أعلنته الرئاسة.",
    "قمة ثنائية في أديس أبابا تجمع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الكيني وليام روتو لبحث أمن الحدود.",
])
def test_a_meeting_plainly_told_never_yields_nothing(analyse, body):
    rs = reports(analyse, body)
    assert rs and {"وليام روتو", "آبي أحمد"} <= names(rs[0])


def test_the_floor_is_marked_for_review(project, tmp_path, options):
    from generator.pipeline import extract
    arts = tmp_path / "a"
    arts.mkdir()
    (arts / "x.md").write_text(article("مباحثات كينية إثيوبية في نيروبي بين الرئيس الكيني وليام روتو ورئيس "
                                       "الوزراء الإثيوبي آبي أحمد، وفق ما أعلنته الرئاسة."), encoding="utf-8")
    sheets = extract(options(project, arts, tmp_path / "out")).sheets
    if sheets and sheets[0].review.reasons and "guessed" in sheets[0].review.reasons[0]:
        assert sheets[0].review.needed
    else:   # the frame reader filled it: no guess to flag
        assert sheets and {p.name for p in sheets[0].participants} >= {"وليام روتو", "آبي أحمد"}


# --- verbs, pairs and sequences -----------------------------------------------------------

@pytest.mark.parametrize("body,who", [
    ("بدأ وزير الخارجية الياباني يوشيماسا هاياشي يومه في نيروبي الثلاثاء بلقاء وزير الخارجية الكيني موساليا "
     "مودافادي، قبل أن يستقبله الرئيس الكيني وليام روتو بعد الظهر في مقر الرئاسة.", "وليام روتو"),
    ("اجتمع الرئيس الكيني وليام روتو صباح اليوم مع رئيس الوزراء الإثيوبي آبي أحمد، قبل أن تستقبله رئيسة تنزانيا "
     "سامية صولحو حسن مساءً في دار السلام.", "سامية صولحو حسن"),
])
def test_a_later_meeting_of_the_same_day_is_told_as_done(analyse, body, who):
    rs = reports(analyse, body)
    assert any(who in names(r) for r in rs)


@pytest.mark.parametrize("verb", ["قابله", "التقاه"])
def test_a_verb_with_its_object_as_a_suffix(analyse, verb):
    rs = reports(analyse, "وصل الرئيس الكيني وليام روتو أمس إلى أديس أبابا. وبعد ساعات " + verb
                 + " رئيس الوزراء الإثيوبي آبي أحمد في مكتبه.")
    assert rs and {"وليام روتو", "آبي أحمد"} <= names(rs[0])


@pytest.mark.parametrize("pair", ["وعقد الرئيسان اجتماعاً مغلقاً دام ساعة.",
                                  "وأجرى الزعيمان محادثات مطولة تناولت العلاقات الثنائية."])
def test_the_two_leaders_are_the_two_just_named(analyse, pair):
    (r,) = reports(analyse, "وصل الرئيس الكيني وليام روتو أمس الاثنين إلى أديس أبابا حيث كان في انتظاره رئيس "
                            "الوزراء الإثيوبي آبي أحمد. " + pair, published="2024-03-12")
    assert names(r) == {"وليام روتو", "آبي أحمد"}
    assert r.date.resolve() == ("2024-03-11", "day")


@pytest.mark.parametrize("line", ["07.02.2023 | 18:05 بتوقيت موسكو", "7 فبراير 2023 - 18:05 بتوقيت غرينتش"])
def test_a_date_line_with_a_time_zone(analyse, line):
    text = (f"لقاء كيني إثيوبي في نيروبي\n\n{line}\n\nالتقى الرئيس الكيني وليام روتو اليوم الثلاثاء في نيروبي "
            "رئيس الوزراء الإثيوبي آبي أحمد وبحثا العلاقات الثنائية.\n")
    assert analyse(text, ".txt").reports[0].date.resolve() == ("2023-02-07", "day")


@pytest.mark.parametrize("adverb", ["بشكل مسؤول", "بصورة مسؤولة"])
def test_responsibly_is_no_official(analyse, adverb):
    (r,) = reports(analyse, "التقى وزير الخارجية الياباني يوشيماسا هاياشي اليوم في طوكيو نظيره الهندي سوبرامانيام "
                            f"جايشانكار، ودعا إلى إدارة الخلافات {adverb}.")
    assert names(r) == {"يوشيماسا هاياشي", "سوبرامانيام جايشانكار"}


@pytest.mark.parametrize("later", [
    "وفي وقت لاحق، توجه روتو إلى مقر الحكومة، حيث استقبله رئيس الوزراء الإثيوبي آبي أحمد.",
    "ثم انتقل روتو إلى مقر الحكومة حيث التقى رئيس الوزراء الإثيوبي آبي أحمد.",
])
def test_the_visit_s_next_meeting_is_its_own(analyse, later):
    rs = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في أديس أبابا الرئيسة الإثيوبية سهلورق زودي. " + later)
    assert [names(r) for r in rs] == [{"وليام روتو", "سهلورق زودي"}, {"وليام روتو", "آبي أحمد"}]


@pytest.mark.parametrize("past", [
    "وكان روتو قد زار إثيوبيا في تموز الماضي، ثم التقى رئيس الوزراء الإثيوبي آبي أحمد في نيروبي.",
    "وسبق أن التقى روتو رئيس الوزراء الإثيوبي آبي أحمد قبل أيام قليلة في نيروبي.",
])
def test_then_goes_on_with_the_past(analyse, past):
    rs = reports(analyse, "التقى الرئيس الكيني وليام روتو اليوم في أديس أبابا الرئيسة الإثيوبية سهلورق زودي. " + past)
    assert [names(r) for r in rs] == [{"وليام روتو", "سهلورق زودي"}]


@pytest.mark.parametrize("capital", ["وأعلنت سيول سحب شكواها أمام المنظمة.", "فيما أكدت نيروبي دعمها للاتفاق."])
def test_a_capital_that_speaks_is_no_person(analyse, capital):
    a = analyse(article("التقى الرئيس الكيني وليام روتو اليوم في طوكيو رئيس الوزراء الياباني فوميو كيشيدا. "
                        + capital), ".md")
    assert not any(n.split()[0] in ("سيول", "نيروبي") for n in new_names(a))


@pytest.mark.parametrize("name,title", [("سلطان بن أحمد الجابر", "وزير الصناعة"),
                                        ("أمير بن محمد العتيبي", "وزير الدولة")])
def test_a_first_name_that_is_also_a_title_before_bin(analyse, name, title):
    a = analyse(article(f"التقى رئيس الوزراء الهندي ناريندرا مودي اليوم في أبوظبي معالي الدكتور {name} {title} "
                        "وبحثا التعاون."), ".md")
    assert name in names(a.reports[0])


@pytest.mark.parametrize("during", ["وفي سياق الزيارة، التقى", "وخلال الزيارة، التقى"])
def test_a_meeting_during_the_visit_is_its_own(analyse, during):
    rs = reports(analyse, "استقبل الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. "
                          f"{during} آبي أحمد وزير الخارجية الكيني موساليا مودافادي.")
    assert [names(r) for r in rs] == [{"وليام روتو", "آبي أحمد"}, {"آبي أحمد", "موساليا مودافادي"}]


def test_a_visit_s_meeting_placed_only_in_the_country_takes_the_visit_s_city(analyse):
    rs = reports(analyse, "استقبل الرئيس الكيني وليام روتو اليوم في نيروبي رئيس الوزراء الإثيوبي آبي أحمد. "
                          "ثم التقى آبي أحمد في كينيا وزير الخارجية الكيني موساليا مودافادي.")
    assert [r.place.place for r in rs] == ["nairobi", "nairobi"]


@pytest.mark.parametrize("body", [
    "التقى الرئيس الكيني وليام روتو اليوم في مبنى «أبيك هاوس» رئيس الوزراء الإثيوبي آبي أحمد.",
    "وصل الرئيس الكيني وليام روتو إلى العاصمة نور سلطان حيث التقى رئيس الوزراء الإثيوبي آبي أحمد.",
])
def test_far_towns_and_titles_inside_place_names(analyse, body):
    (r,) = reports(analyse, body)
    assert r.place is None or r.place.place in ("astana",)
    assert names(r) == {"وليام روتو", "آبي أحمد"}


# --- wire copy ---------------------------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["ع.ش/ 25-09-2022 20:12", "م.ع/ 25-09-2022",
                                   # (followed by a page's share row)
                                   "25/09/2022 05:12 م\n\nطباعة   ارسال لصديق   مشاركة",
                                   "25-09-2022\n\nشارك\n\nأضف تعليقا",
                                   # (or by related headlines, page furniture)
                                   "25.09.2022  - تحديث : 25.09.2022\n\nالأخبار ذات الصلة\n"
                                   "- إثيوبيا.. آبي أحمد يستقبل رئيس الصومال حسن شيخ محمود في أديس أبابا\n"
                                   "- جنوب إفريقيا: رامافوزا يدعو إلى الحوار لإنهاء الحرب في أوكرانيا"])
def test_a_wire_s_closing_stamp_dates_the_article(analyse, stamp):
    text = ("أمير قطر يستقبل الرئيس الكيني في الدوحة\n\nالدوحة في 25 سبتمبر /د.ن/ استقبل حضرة صاحب السمو الشيخ "
            "تميم بن حمد آل ثاني أمير البلاد المفدى، مساء اليوم، الرئيس الكيني وليام روتو بالديوان الأميري.\n\n"
            + stamp + "\n")
    (r,) = analyse(text, ".txt").reports
    assert r.date.resolve() == ("2022-09-25", "day")
    assert "وليام روتو" in names(r)


def test_a_relative_clause_on_the_meeting_tells_its_day(analyse):
    (r,) = reports(analyse, "بحث الرئيس الكيني وليام روتو مع رئيس الوزراء الإثيوبي آبي أحمد، خلال جلسة المباحثات التي "
                            "عقدت بالقصر مساء أمس، علاقات التعاون.", published="2024-03-12")
    assert r.date.resolve() == ("2024-03-11", "day")


def test_a_short_form_that_is_a_verb_is_the_verb(analyse):
    (r,) = reports(analyse, "ترأس وزير الخارجية التركي هاكان فيدان اليوم في إسطنبول اجتماع الوفدين الكيني والإثيوبي "
                            "بحضور وزير الخارجية الكيني موساليا مودافادي.", published="2025-05-16")
    assert "liz-truss" not in r.parties


# --- a meeting held by video, as a relative clause about its noun says -------------------------

@pytest.mark.parametrize("body,kind", [
    ("ترأس الرئيس الإندونيسي جوكو ويدودو اليوم أعمال قمة رابطة دول جنوب شرق آسيا التي عقدت عبر تقنية الفيديو، "
     "بمشاركة رئيس الوزراء الماليزي أنور إبراهيم ورئيس الوزراء التايلاندي سريثا تافيسين. "
     "ووقعت الدول الأعضاء مذكرة تفاهم.", "phone"),
    ("شارك رئيس الوزراء الياباني فوميو كيشيدا ورئيس الوزراء الأسترالي أنتوني ألبانيز اليوم في اجتماع "
     "المجموعة الذي جرى عبر الاتصال المرئي.", "phone"),
    # the relative clause describes a person, not the meeting: an ordinary meeting
    ("استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الهندي سوبراهمانيام جايشانكار، "
     "الذي كان قد شارك أمس في مؤتمر عبر تقنية الفيديو.", "meeting"),
])
def test_a_relative_clause_about_the_meeting_says_it_was_remote(analyse, body, kind):
    rs = reports(analyse, body)
    assert [r.kind for r in rs if r.kind == "meeting"] == (["meeting"] if kind == "meeting" else [])


@pytest.mark.parametrize("tail", [
    "16.05.2023  - تحديث : 16.05.2023\n\nالأخبار ذات الصلة\n- إثيوبيا.. آبي أحمد يستقبل رئيس الصومال حسن شيخ محمود في "
    "أديس أبابا\n- جنوب إفريقيا: رامافوزا يدعو إلى الحوار لإنهاء الحرب في أوكرانيا\n",
    "16/05/2023 10:42\n\nاقرأ أيضا\n- الرئيس الكيني يستقبل وزير الخارجية التركي في نيروبي لبحث التعاون\n",
])
def test_a_stamp_before_related_headlines_dates_the_article(analyse, tail):
    text = ("روتو يبحث مع نائبة رئيس كولومبيا تعزيز التعاون\n\nبحث الرئيس الكيني وليام روتو، الثلاثاء، مع نائبة "
            "الرئيس الكولومبي فرانسيا ماركيز سبل تعزيز العلاقات الثنائية في نيروبي.\n\n" + tail)
    an = analyse(text, ".txt")
    assert an.article.meta.published == "2023-05-16"
    (r,) = an.reports
    assert r.date.resolve() == ("2023-05-16", "day")
