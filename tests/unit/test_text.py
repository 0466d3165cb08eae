"""The reading stage rule by rule: display form, matching key, clitics, sentences, furniture,
metadata lines and encodings, with small Arabic inputs (including every trap of the five
founding articles)."""
from __future__ import annotations

import pytest

from generator.text.decode import DecodeError, decode, decode_bytes
from generator.lang.words import PhraseIndex, tokens
from generator.text.split import SplitRules, split_sentences
from generator.yamlio import ContentError

DISPLAY = [
    ("إطـ.ـلاق النـ.ـار", "إطلاق النار"),          # censorship-evasion dots (002)
    ("وقف إطـ.ـلاق النـ.-ار", "وقف إطلاق النار"),  # dot and dash (002)
    ("طائرات حـ.ـربية", "طائرات حربية"),
    ("عسكـ.ـري", "عسكري"),
    ("الـنـظـام", "النظام"),                        # stray tatweel (d06)
    ("بوتين\u200b والأسد\u200f", "بوتين والأسد"),  # zero-width and direction marks
    ("الرّئيس السّوريّ", "الرّئيس السّوريّ"),      # diacritics kept for readers
    ("3.5 ملايين", "3.5 ملايين"),                  # a decimal point is not a censor mark
    ("سوريا.وقال", "سوريا.وقال"),                  # nor a missing space
    ("بوتين\u00a0والأسد", "بوتين والأسد"),         # no-break space
]

KEYS = [
    ("الرّئيس السّوريّ بشّار الأسد", "الرييس السوري بشار الاسد"),
    ("إدلب آذار ٱلله", "ادلب اذار الله"),
    ("موسى", "موسي"),
    ("القاهرة", "القاهره"),
    ("مؤتمر رئيس", "موتمر رييس"),
    ("٢٠١٦ و۲۰۲۰", "2016 و2020"),
    ("کردستان ی", "كردستان ي"),
    ("«قال» “نعم” – ؟ ،", '"قال" "نعم" - ? ,'),
    ("First Published", "first published"),
    # Egyptian spelling of the hamza's seat before و: "شئون" is "شؤون", "مسئول" is "مسؤول"
    ("وزير الشئون الخارجية", "وزير الشوون الخارجيه"),
    ("المسئولين", "المسوولين"),
    ("رئيس ئو", "رييس وو"),
]


@pytest.mark.parametrize("raw,display", DISPLAY)
def test_display_form(lang, raw, display):
    assert lang.norm.display(raw) == display


@pytest.mark.parametrize("display,key", KEYS)
def test_matching_key(lang, display, key):
    assert lang.norm.key(display).key == key


def test_a_seat_changed_before_waw_keeps_offsets(lang):
    display = "وزير الشئون الخارجية محمد"
    keyed = lang.norm.key(display)
    assert keyed.key == lang.fold("وزير الشؤون الخارجية محمد")
    start = keyed.key.index("محمد")
    assert display[slice(*keyed.span(start, start + 4))] == "محمد"


def test_key_offsets_point_back_at_the_display_text(lang):
    display = "التقى الرّئيس السّوريّ، بشّار الأسد، وزير الدّفاع"
    keyed = lang.norm.key(display)
    start = keyed.key.index("بشار الاسد")
    a, b = keyed.span(start, start + len("بشار الاسد"))
    assert display[a:b] == "بشّار الأسد"


@pytest.mark.parametrize("text,stem", [
    ("بالأسد", "الاسد"), ("والأسد", "الاسد"), ("للأسد", "الاسد"), ("فالأسد", "الاسد"),
    ("وبالأسد", "الاسد"), ("كالأسد", "الاسد"), ("الأسد", "الاسد"), ("بدمشق", "دمشق"), ("ولدمشق", "دمشق"),
])
def test_clitics_match_gazetteer_entries(lang, text, stem):
    index: PhraseIndex[str] = PhraseIndex(lang.clitics)
    index.add(stem, "hit")
    match = index.match_at(tokens(lang.norm.key(text).key), 0)
    assert match is not None and match.value == "hit"


def test_no_clitic_reading_of_a_whole_word(lang):
    index: PhraseIndex[str] = PhraseIndex(lang.clitics)
    index.add("وتين", "wrong")
    index.add("بوتين", "putin")
    assert index.match_at(tokens("بوتين"), 0).value == "putin"


@pytest.fixture
def rules(lang):
    t = lang.text
    return SplitRules(t.sentence_end, "".join(t.quotes_open), "".join(t.quotes_close),
                      "".join(t.quotes_symmetric), frozenset(t.abbreviations))


@pytest.mark.parametrize("text,expected", [
    ("التقى الأسد بوتين. وبحثا التعاون.", ["التقى الأسد بوتين.", "وبحثا التعاون."]),
    ("هل التقيا؟ نعم! انتهى.", ["هل التقيا؟", "نعم!", "انتهى."]),
    ("قال: «انتهت المهمة. وعادت القوات» ثم غادر.", ["قال: «انتهت المهمة. وعادت القوات» ثم غادر."]),
    ("قال “الوطن ينتظركم.” وغادر. ثم عاد.", ["قال “الوطن ينتظركم.” وغادر.", "ثم عاد."]),
    ('وصف "العدوان. الثلاثي" بأنه خرق. انتهى.', ['وصف "العدوان. الثلاثي" بأنه خرق.', "انتهى."]),
    ("قال د. أحمد إن 3.5 ملايين لاجئ عادوا.", ["قال د. أحمد إن 3.5 ملايين لاجئ عادوا."]),
    ("التقى الأسد بوتين", ["التقى الأسد بوتين"]),
    ("«اقتباس بلا نهاية. " + "كلمة " * 200 + ". جملة أخرى.", None),
])
def test_sentences(rules, text, expected):
    spans = split_sentences(text, rules)
    if expected is None:  # an unclosed quote stops counting after a while
        assert len(spans) >= 2
    else:
        assert [text[a:b] for a, b in spans] == expected


FURNITURE = [
    ("التعليقات", "comment-prompt"),                             # end of 000
    ("اقرأ/ي أيضًا | الجبير: اتفاق أميركي سعودي على رحيل الأسد", "read-also"),   # 000
    ("اقرأ أيضاً: إدلب.. وزير الصحة يوضح آخر المستجدات", "read-also"),          # mid-text in 002
    ("اترك تعليقاً", "comment-prompt"),
    ("لن يتم نشر عنوان بريدك الإلكتروني.", "comment-prompt"),
    ("زر الذهاب إلى الأعلى", "navigation"),
    ("إغلاق", "navigation"),
    ("اظهر المزيد", "navigation"),
    ("الوسوم", "tags"),
    ("الوسوم: الرئيس الأسد – بوتين – حميميم", "tags"),
    ("شارك الخبر:  فيسبوك | تويتر | واتساب | نسخ الرابط", "share"),
    ("تابعونا على تيليغرام | فيسبوك", "follow-us"),
    ("Leave a Reply", "comment-prompt"),                          # 004
    ("Your email address will not be published. Required fields are marked *", "comment-prompt"),
    ("Twitter | Facebook | LinkedIn", "share"),
    ("#سورية #العدوان_الثلاثي #دوما", "tags"),
    ("صورة من لقاء سابق بين بشار الأسد ووزير الدفاع الروسي", "caption"),
    ("التقى الأسد بوتين في موسكو.", None),
    ("إغلاق معبر نصيب استمر ثلاث سنوات.", None),
    # a prefix written with its punctuation needs it: "شارك:" is a button, "شارك الرئيس" news
    ("شارك: فيسبوك", "share"),
    ("شارك الرئيس الغاني اليوم في القمة التي جمعته بقادة دول غرب أفريقيا في أبوجا.", None),
    ("شاركت وزيرة الخارجية في الاجتماع الوزاري الذي عقد في لشبونة.", None),
    ("التعليقات (3)", "comment-prompt"),
    ("التعليقات الصادرة عن الخارجية الفرنسية أثارت ردود فعل واسعة.", None),
]


@pytest.mark.parametrize("line,rule", FURNITURE)
def test_furniture_lines(reader, line, rule):
    f = reader.furniture
    assert f.rule_for(f.line(1, reader.lang.norm.display(line))) == rule


def _read(reader, text: str):
    return reader.read_text(text, "t.txt")


def test_repeated_headline_and_lead_are_dropped(reader):
    lead = "التقى الرئيس السوري بشار الأسد في دمشق اليوم السبت وزير الدفاع الروسي سيرغي شويغو في زيارة غير معلنة."
    art = _read(reader, f"الأسد يلتقي وزير الدفاع الروسي في دمشق\n\n{lead}\n\nالأسد يلتقي وزير الدفاع الروسي في دمشق\n\n{lead}\n")
    assert [s.text for s in art.sentences] == ["الأسد يلتقي وزير الدفاع الروسي في دمشق", lead]
    assert {r.rule for r in art.removed} == {"repeated headline or paragraph"}


def test_related_headlines_at_the_end_are_dropped(reader):
    body = "التقى وزير الدفاع الروسي سيرغي شويغو الثلاثاء بالرئيس السوري بشار الاسد في دمشق لبحث الحرب في سوريا."
    tail = ["سلامة يدعو لتشريك مؤيدي القذافي في العملية السياسية بليبيا", "وفاة مهدي عاكف المرشد السابق",
            "تركيا تدعو البرزاني للتخلي عن عناده", "السراج يطالب أميركا برفع الحظر"]
    art = _read(reader, "وزير الدفاع الروسي يلتقي الأسد في دمشق\n\n" + body + "\n\n" + "\n\n".join(tail) + "\n>>\n")
    assert [s.text for s in art.sentences][-1] == body
    assert sum(r.rule == "related headlines" for r in art.removed) == 4


@pytest.mark.parametrize("opener", ["روابط ذات صلة:", "قصص ذات الصلة", "أخبار متعلقة"])
def test_a_short_line_ending_in_related_opens_a_block(reader, opener):
    art = _read(reader, "عنوان الخبر عن لقاء الرئيسين في دمشق\n\nالتقى الأسد بوتين في دمشق اليوم وبحثا التعاون العسكري بين البلدين.\n\n"
                f"{opener}\n- وزير الخارجية يستقبل سفير اليابان\n- قمة مرتقبة في القاهرة\n")
    assert len(art.sentences) == 2 and [r.rule for r in art.removed] == ["related block"] * 3


def test_a_sentence_ending_in_related_is_kept(reader):
    art = _read(reader, "عنوان الخبر عن لقاء الرئيسين في دمشق\n\nالتقى الأسد بوتين في دمشق اليوم.\n\n"
                "وبحث الجانبان خلال اللقاء عددا من الملفات الإقليمية والدولية ذات الصلة.\n")
    assert len(art.sentences) == 3


def test_block_of_related_stories_runs_to_the_end(reader):
    art = _read(reader, "عنوان الخبر عن لقاء الرئيسين في دمشق\n\nالتقى الأسد بوتين في دمشق اليوم وبحثا التعاون العسكري بين البلدين.\n\n"
                "مواضيع ذات صلة:\n• أمير منطقة الرياض يستقبل المهنئين\n• «أوبك» تتوقع استقرار الطلب\n")
    assert len(art.sentences) == 2
    assert [r.rule for r in art.removed] == ["related block"] * 3


def test_metadata_lines(reader):
    art = _read(reader, "First Published: 2017-09-12\n\nوزير الدفاع الروسي يلتقي الأسد في دمشق\n\n"
                "ميدل ايست أونلاين\n\nموسكو – التقى وزير الدفاع الروسي سيرغي شويغو الثلاثاء بالرئيس السوري بشار الاسد في دمشق.\n\n"
                "المصدر: وزارة الدفاع الروسية + وكالات\n")
    assert art.published == "2017-09-12" and art.meta.published_rule == "publication line"
    assert art.meta.dateline == "موسكو" and art.meta.outlet == "ميدل ايست أونلاين"
    assert art.meta.attributions == ["وزارة الدفاع الروسية + وكالات"]
    assert art.sentences[-1].text.startswith("التقى")


@pytest.mark.parametrize("line,published,outlet,dateline", [
    ("نُشر في: 19 آذار 2022 - 11:05 | القسم: سياسة | تلفزيون الشمال الحر", "2022-03-19", "تلفزيون الشمال الحر", None),
    ("الخميس 1 رمضان 1439هـ – 17 مايو 2018م", "2018-05-17", None, None),
    ("اللاذقية – وكالة الشام للأنباء", None, "وكالة الشام للأنباء", "اللاذقية"),
    ("مرآة الشام – دمشق", None, "مرآة الشام", "دمشق"),
    ("موسكو – مراسل «الرأي العربي»", None, "الرأي العربي", "موسكو"),
    ("مدى بوست – فريق التحرير", None, "مدى بوست", None),
    # a place, a date and the agency with no separator ("كوالالمبور 27 مايو 2025م واس")
    ("جاكرتا 14 نوفمبر 2024م واس", "2024-11-14", "واس", "جاكرتا"),
    ("نيروبي 3 فبراير 2023", "2023-02-03", None, "نيروبي"),
])
def test_header_lines(reader, line, published, outlet, dateline):
    art = _read(reader, f"عنوان عن لقاء الرئيسين في العاصمة\n\n{line}\n\nالتقى الأسد بوتين في دمشق اليوم الثلاثاء وبحثا العلاقات الثنائية والتعاون.\n")
    assert (art.published, art.meta.outlet, art.meta.dateline) == (published, outlet, dateline)


@pytest.mark.parametrize("first,dateline,published,outlet,rest", [
    ("القاهرة 3 مايو 2021 (شينخوا) استقبل الرئيس المصري ضيفه", "القاهرة", "2021-05-03", "شينخوا", "استقبل"),
    ("عمّان، الأحد 9 يناير 2022 (بترا) - التقى العاهل الأردني ضيفه", "عمّان", "2022-01-09", "بترا", "التقى"),
    ("الرباط في 4 أبريل 2019 / ومع / أجرى الملك محادثات مع ضيفه", "الرباط", "2019-04-04", "ومع", "أجرى"),
    # a date without its year stays in the text: its day and month still date the meeting (the
    # place and the agency are read all the same)
    ("الرباط في 4 أبريل / ومع / أجرى الملك محادثات مع ضيفه", "الرباط", None, "ومع", "الرباط"),
    # not a dateline: no place, or no date before the brackets
    ("السلام 5 نقاط (كما قال) تحتاج إلى توافق بين الطرفين", None, None, None, "السلام"),
])
def test_wire_datelines_with_date_and_agency(reader, first, dateline, published, outlet, rest):
    art = _read(reader, f"عنوان عن لقاء الزعيمين في العاصمة\n\n{first} وبحثا العلاقات الثنائية بين البلدين.\n")
    assert (art.meta.dateline, art.published, art.meta.outlet) == (dateline, published, outlet)
    assert art.sentences[-1].text.startswith(rest)


def test_front_matter(reader):
    art = reader.read_text("---\ntitle: \"عنوان\"\noutlet: الأفق\npublished: 2023-04-18\nurl: https://example.com/a\n"
                           "color: red\n---\nعنوان الخبر عن اللقاء في دمشق\n\nالتقى الأسد الأمير فيصل بن فرحان في دمشق.\n",
                           "t.md", ".md")
    assert (art.title, art.meta.outlet, art.published, art.url) == ("عنوان", "الأفق", "2023-04-18", "https://example.com/a")
    assert any("unknown front matter key 'color'" in w for w in art.warnings)


@pytest.mark.parametrize("front,message", [
    ("---\n- a\n- b\n---\n", "must be a mapping"),
    ("---\ntitle: [unclosed\n---\n", "not valid YAML"),
    ("---\ntitle: x\n", "never ends"),
])
def test_bad_front_matter_names_the_problem(reader, front, message):
    with pytest.raises(ContentError, match=message):
        reader.read_text(front + "نص الخبر\n", "t.md", ".md")


def test_published_that_is_not_a_date_is_a_warning(reader):
    art = reader.read_text("---\npublished: yesterday\n---\nعنوان الخبر\n\nنص الخبر عن اللقاء في دمشق بين الرئيسين.\n", "t.md", ".md")
    assert art.published is None and any("not a date" in w for w in art.warnings)


ARABIC = "التقى الرئيس السوري بشار الأسد وزير الدفاع الروسي سيرغي شويغو في دمشق."


@pytest.mark.parametrize("data,encoding", [
    (ARABIC.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
    (ARABIC.encode("utf-16"), "utf-16"),
    (ARABIC.encode("utf-16-le"), "utf-16-le"),
    (ARABIC.encode("cp1256"), "cp1256"),
])
def test_decodings(data, encoding):
    text, used = decode(data)
    assert text == ARABIC and used == encoding


UTF8 = ARABIC.encode("utf-8")
HEAD = len("التقى ".encode("utf-8"))     # a character boundary


@pytest.mark.parametrize("data,encoding,bad,offsets", [
    # one stray byte in UTF-8 text: UTF-8 with that byte replaced, not the whole text as cp1256
    (UTF8[:HEAD] + b"\xff" + UTF8[HEAD:], "utf-8", 1, (HEAD,)),
    (UTF8 + b" \xe9t\xe9", "utf-8", 2, (len(UTF8) + 1, len(UTF8) + 3)),            # Latin-1 pasted in
    (UTF8[:HEAD] + "ا".encode("utf-8")[:1] + UTF8[HEAD:], "utf-8", 1, (HEAD,)),       # half a letter
    # a legacy page with a byte that happens to make valid UTF-8 is still the legacy page
    (ARABIC.encode("cp1256") + "؟".encode("cp1256"), "cp1256", 0, ()),
    (ARABIC.encode("utf-8"), "utf-8", 0, ()),
])
def test_stray_bytes_in_utf8_are_replaced_and_located(data, encoding, bad, offsets):
    found = decode_bytes(data)
    assert (found.encoding, found.bad_bytes, found.offsets) == (encoding, bad, offsets)
    assert ARABIC[:5] in found.text and found.text.count("\ufffd") == bad


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("Ø§Ù„Ø±Ø¦ÙŠØ³".encode("utf-8"), "mojibake"),
])
def test_undecodable_input_is_refused_with_a_reason(data, message):
    with pytest.raises(DecodeError, match=message):
        decode(data)


def test_saved_html_page(reader):
    from pathlib import Path
    art = reader.read(Path(__file__).parent / "data" / "saved-page.html")
    assert art.title == "بوتين يلتقي أردوغان في سوتشي" and art.published == "2018-09-18"
    text = " ".join(s.text for s in art.sentences)
    assert "منزوعة السلاح" in text and "اترك تعليقاً" not in text and "الوسوم" not in text


def test_unknown_extension_is_refused_with_its_name(reader, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"x")
    with pytest.raises(ContentError, match="unknown extension '.docx'"):
        reader.read(path)


PAGE = ("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>الأسد يلتقي شويغو</title>{head}"
        "</head><body><article><h1>الأسد يلتقي شويغو في دمشق</h1>{body}<p>التقى الرئيس السوري بشار الأسد "
        "وزير الدفاع الروسي سيرغي شويغو في دمشق، وبحثا التعاون العسكري بين البلدين والوضع الميداني. وجاءت "
        "الزيارة بعد زيارة سابقة في 2015-09-30 وبعد اتفاق 12 أيار 2014 بين الجانبين.</p></article></body></html>")


@pytest.mark.parametrize("head,body,published", [
    ("", "", None),           # only dates of events in the text: the page says nothing of its own date
    ('<meta property="article:published_time" content="2016-06-18T09:00:00+03:00">', "", "2016-06-18"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-06-19"}</script>', "",
     "2016-06-19"),
    ("", '<time datetime="2016-06-20">20 حزيران 2016</time>', "2016-06-20"),
    ("", '<span itemprop="datePublished" content="2016-06-21">21/6/2016</span>', "2016-06-21"),
], ids=["text-only", "meta", "json-ld", "time", "itemprop"])
def test_an_html_page_is_dated_by_its_metadata_only(head, body, published):
    from generator.text.formats import read_html
    assert read_html(PAGE.format(head=head, body=body), "page.html").meta.get("published") == published
