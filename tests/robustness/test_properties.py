"""Property tests: the reading stage, the normaliser, the sentence splitter, the date grammar,
the slug function, the decoder and the YAML loader never fail on arbitrary input.

10,000 examples each. Text is drawn from what scraped Arabic pages are made of — letters,
diacritics, tatweel, censor marks, both digit sets, quotes, punctuation, invisible marks,
odd spaces, newlines, front matter fences, date words — mixed with any Unicode at all.
"""
from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import yamlio
from generator.dates.grammar import grammar_for
from generator.lang import load_language
from generator.slugs import MAX_SLUG, slugify, transliterate
from generator.text.decode import DecodeError, decode
from generator.text.split import split_sentences
from generator.yamlio import ContentError

# 10,000 examples each: 10-20 s a test. `make test-fast` leaves them out; `make test` runs them.
pytestmark = pytest.mark.slow

EXAMPLES = int(__import__("os").environ.get("DIGEST_PROPERTY_EXAMPLES", "10000"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=False, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])

LANG = load_language()
ARABIC = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670ـ"       # diacritics, tatweel
PUNCT = ".!?؟،؛:«»“”„\"'()[]{}-–—/\\*_·•#%٪٫٬"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
ODD = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\u00ad\u00a0\u2009\u3000\t\r\x00\x0b\x1f"
LATIN = "abcXYZ<>&=;$@`|~^"
CHARS = st.one_of(st.sampled_from(ARABIC), st.sampled_from(ARABIC), st.sampled_from(MARKS),
                  st.sampled_from(PUNCT), st.sampled_from(DIGITS), st.sampled_from(" \n"),
                  st.sampled_from(ODD), st.sampled_from(LATIN), st.characters())


@functools.cache
def _date_words() -> list[str]:
    d = LANG.dates
    words = [n for m in d.gregorian_months for n in (m.egyptian, m.levantine, *m.other)]
    words += [n for m in d.hijri_months for n in m.names] + [n for w in d.weekdays for n in w.names]
    words += [n for r in d.relative_days for n in r.names] + [n for p in d.relative_periods for n in p.names]
    words += [n for names in d.modifiers.values() for n in names]
    words += [n for names in d.ordinal_days.values() for n in names]
    words += list(d.anchor_governors) + list(d.hijri_suffix) + list(d.gregorian_suffix)
    return sorted(set(words)) + ["في", "من", "عام", "العام", "منذ", "/", "(", ")", "-", "،"]


WORDS = st.one_of(st.sampled_from(_date_words()), st.integers(0, 3000).map(str),
                  st.sampled_from(["2016-06-18", "1439هـ", "18/6/2016", "---", "...", "«", "»"]),
                  st.text(CHARS, min_size=1, max_size=8))
TEXT = st.text(CHARS, max_size=300)
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(TEXT, PHRASES, st.lists(st.one_of(TEXT, PHRASES), max_size=4).map("\n".join))


# ------------------------------------------------------------------ normaliser

@PROPERTY
@given(ANY_TEXT)
def test_normaliser_display_and_key_are_idempotent_and_map_back(raw):
    norm = LANG.norm
    display = norm.display(raw)
    assert norm.display(display) == display
    keyed = norm.key(display)
    key = keyed.key
    assert norm.key(key).key == key                       # folding folded text changes nothing
    assert LANG.fold(LANG.fold(raw)) == LANG.fold(raw)
    assert len(key) == len(display) - len(keyed._kpos)   # one display character per key character
    previous = -1
    for k in range(len(key) + 1):
        d = keyed.to_display(k)
        assert 0 <= d <= len(display) and d > previous    # within bounds, strictly increasing
        previous = d
        if k < len(key):
            assert norm.key(display[d]).key == key[k]     # the key character comes from there
    assert keyed.to_display(len(key)) == len(display)
    for a in range(0, len(key) + 1, max(1, len(key) // 7)):
        for b in (a, min(len(key), a + 3), len(key)):
            s, e = keyed.span(a, b)
            assert 0 <= s <= e <= len(display)


# ------------------------------------------------------------------ sentence splitter

@PROPERTY
@given(ANY_TEXT)
def test_sentence_spans_are_in_bounds_ordered_and_disjoint(reader, text):
    spans = split_sentences(text, reader.rules)
    end = 0
    for a, b in spans:
        assert end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip() and text[a:b]
        end = b


# ------------------------------------------------------------------ date grammar

@PROPERTY
@given(ANY_TEXT)
def test_date_grammar_finds_spans_inside_the_key(text):
    key = LANG.fold(text)
    found = grammar_for(LANG).find(key)
    end = 0
    for expr in found:
        assert end <= expr.start <= expr.end <= len(key)
        end = expr.end
        assert expr.month is None or 1 <= expr.month <= 12
        assert expr.weekday is None or 0 <= expr.weekday <= 6


# ------------------------------------------------------------------ reader

FRONT_BODIES = st.one_of(TEXT, PHRASES, st.sampled_from([
    "title: x", "published: 2016-06-18", "published: [1, 2]", "a: &a [*a]", "- a\n- b", "title: {{ 7*7 }}",
    "title: !!python/name:os.system", "? [a]\n: b", "url: javascript:alert(1)", "published: 2021-02-30",
    "lang: ar\nlang: en"]))
FRONT = st.one_of(st.just(""), FRONT_BODIES.map(lambda body: f"---\n{body}\n---\n"))


@PROPERTY
@given(FRONT, ANY_TEXT, st.sampled_from([".txt", ".md"]))
def test_reader_raises_only_content_errors(reader, front, body, suffix):
    text = front + body if suffix == ".md" else body
    try:
        art = reader.read_text(text, f"t{suffix}", suffix)
    except ContentError as exc:
        assert exc.file == f"t{suffix}" and exc.message
        return
    for s in art.sentences:
        assert s.text and s.keyed.display == s.text
        assert len(s.key) == len(s.text) - len(s.keyed._kpos)


# ------------------------------------------------------------------ slugs and ids

@PROPERTY
@given(st.one_of(st.text(max_size=300), TEXT, PHRASES, st.sampled_from([".", "..", "/", "../..", "", " ", "-"])),
       st.integers(16, 200))
def test_slugs_are_short_safe_ascii(text, max_len):
    for slug, limit in ((slugify(text), MAX_SLUG), (slugify(text, max_len), max_len)):
        assert slug and slug.isascii() and set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
        assert slug not in (".", "..") and "/" not in slug and not slug.startswith("-")
        assert len(slug) <= limit


@PROPERTY
@given(PHRASES)
def test_transliterated_ids_are_slugs(text):
    t = LANG.translit
    slug = transliterate(text, t.letters, t.vowels, t.article, t.definite, tuple(t.final_vowels))
    assert slug and slug.isascii() and len(slug) <= MAX_SLUG
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") and slug not in (".", "..")


# ------------------------------------------------------------------ bytes and YAML at the edges

@PROPERTY
@given(st.one_of(st.binary(max_size=400), ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 ANY_TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")),
                 ANY_TEXT.map(lambda t: t.encode("cp1256", "ignore"))))
def test_decoder_raises_only_decode_errors(data):
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        assert str(exc)
        return
    assert isinstance(text, str) and encoding


YAML_BITS = st.sampled_from(["- ", ": ", "\n", "  ", "&a ", "*a ", "[", "]", "{", "}", ",", "? ", "!!python/object:x ",
                             "!!str ", "---\n", "...\n", "|\n  ", ">\n  ", "'", '"', "#", "<<: *a\n", "%YAML 1.1\n",
                             "key", "0x1F", "2016-06-18", "~", "null", "yes"])


YAML_DOCS = st.sampled_from(["a: &a [*a]", "a: &a {b: *a}", "- &a [1, [*a]]", "a: &a [x]\nb: [*a, *a]",
                             "a: &a\n  b: *a", "<<: *a", "a: &a {<<: *a}"])


@PROPERTY
@given(st.one_of(st.lists(st.one_of(YAML_BITS, YAML_DOCS, st.text(CHARS, max_size=5)), max_size=40).map("".join),
                 TEXT, YAML_DOCS))
def test_yaml_loader_raises_only_content_errors(text):
    try:
        yamlio.loads(text, "f.yaml")
    except ContentError as exc:
        assert exc.file == "f.yaml" and exc.message

