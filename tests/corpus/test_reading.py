"""The reading stage on every demo article: no furniture left, nothing of the body lost."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.pipeline import extract

HERE = Path(__file__).parent
GOLD = {c: yaml.safe_load((HERE / "data" / c / "gold.yaml").read_text(encoding="utf-8"))
        for c in ("seeds", "dev")}
ARTICLES = sorted(a for g in GOLD.values() for a in g["articles"])

# Furniture lines seen in the corpora: no sentence may be, or start with, one of these.
LINES = ["التعليقات", "إغلاق", "الوسوم", "Related", "اظهر المزيد", "المزيد من", "Comment", "Email"]
# Furniture phrases; none may survive anywhere in the text the extractor reads.
FURNITURE = ["اقرأ أيضا", "اقرأ/ي أيضا", "اقرا ايضا", "اترك تعليقا", "لن يتم نشر عنوان بريدك",
             "زر الذهاب إلى الأعلى", "مقالات ذات صلة", "أخبار ذات صلة",
             "مواضيع ذات صلة", "تعليقات فيسبوك", "شارك الخبر", "شارك هذا المقال", "تابعونا",
             "الكلمات المفتاحية", "كلمات مفتاحية", "الأكثر قراءة", "عناوين أخرى", "Leave a Reply",
             "Your email address", "Share this", "First Published", "نشر في", "اقرأ المزيد",
             "Click to share", "Like this", "الحقول الإلزامية",
             # related headlines at the end of articles (names the gold marks as furniture)
             "القذافي", "البرزاني", "مهدي عاكف", "السراج", "الجبير", "دي ميستورا يواصل", "جون كيري",
             "محمد بن نايف", "حسام البدري", "جاويش أوغلو", "بن علي يلدريم", "رائد الصالح", "سالم المسلط",
             "سامر حداد", "بثينة شعبان", "وليد بخاري", "حجاب يعلن", "نصر الله", "لافروف يبحث"]


def _path(project, name: str) -> Path:
    return next(p for p in project.articles.iterdir() if p.stem == name)


@pytest.mark.parametrize("name", ARTICLES)
def test_no_furniture_survives(name, project, reader, lang):
    art = reader.read(_path(project, name))
    text = lang.fold("\n".join(s.text for s in art.sentences if s.kind != "title"))
    for phrase in FURNITURE:
        assert lang.fold(phrase) not in text, (name, phrase)
    for s in art.sentences:
        for phrase in LINES:
            assert not lang.fold(s.text).startswith(lang.fold(phrase)), (name, s.text)


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_body_keeps_every_participant_and_place(corpus, project, reader, lang):
    gold = GOLD[corpus]
    for meeting in gold["meetings"]:
        places = [lang.fold(p).split()[-1] for p in [meeting["place"], *meeting.get("place_aliases", [])]]
        texts = []
        for name in meeting["articles"]:
            art = reader.read(_path(project, name))
            text = lang.fold(" ".join(s.text for s in art.sentences))
            for person in meeting["participants"]:
                words = [w for w in lang.fold(person).split() if len(w) >= 3]
                spellings = [{w, w.replace("غ", "ج"), w.replace("ين", "ن"), w.replace("دي", "د")} for w in words]
                found = sum(1 for forms in spellings if any(f in text for f in forms))
                assert found >= min(2, len(words)) or any(f in text for f in spellings[-1]), (name, person)
            texts.append(text)
        # the place may come from only one of the reports (003 never names Damascus)
        assert any(p in t for p in places for t in texts), (meeting["id"], meeting["place"])


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_legacy_encodings_give_the_same_sheet(encoding, project, tmp_path, options):
    source = _path(project, "001_1f18f6d037affcf3")
    text = source.read_text(encoding="utf-8")
    outs = {}
    for label, data in (("utf8", text.encode("utf-8")), (encoding, text.encode(encoding))):
        folder = tmp_path / label / "articles"
        folder.mkdir(parents=True)
        (folder / source.name).write_bytes(data)
        extract(options(project, folder, tmp_path / label / "out"))
        outs[label] = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / label / "out").glob("*.yaml")}
    assert outs["utf8"] and outs["utf8"] == outs[encoding]
