"""Who a clause without a subject of its own is about, and which date an adverbial clause
gives when it tells the news itself: sentences written for these tests (no corpus sentence),
each rule with at least two phrasings."""
from __future__ import annotations

import datetime as dt

import pytest

from .articles import names, reports
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
