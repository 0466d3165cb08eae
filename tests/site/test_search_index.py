"""The search index (Python) and the search worker (JavaScript, run in Node) agree.

Index and queries must be folded by the same rules: the worker gets its tables from the
index, and these tests run both sides on the same strings. Node is needed for the worker's
side; without it those tests are skipped with the reason, except in CI where they fail.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from generator.gazetteer import load_gazetteer
from generator.site.catalog import Entry, build_catalog, load_catalog
from generator.site.common import SiteOptions
from generator.site.generate import context
from generator.site.search_fold import load_rules
from generator.site.search_hooks import SearchHooks
from generator.site.search_index import build_index

from .factory import GAZETTEER, ROOT, sheet, synthetic_sheets

WORKER = ROOT / "theme_overrides" / "assets" / "javascripts" / "digest" / "search-worker.js"
# Reads {"index": ..., "calls": [[method, argument], ...]} on stdin, prints the answers.
HARNESS = """
const { create, Rules } = require(process.argv[1])
const input = JSON.parse(require("fs").readFileSync(0, "utf8"))
const rules = new Rules(input.index.docs.rules)
const handle = create()
handle({ type: 0, data: input.index })
const out = input.calls.map(([method, arg]) =>
  method === "search" ? handle({ type: 2, data: arg }).data.items.map(([item]) => item)
                      : rules[method](arg))
console.log(JSON.stringify(out))
"""
LIMIT = 1536  # bytes of gzip per meeting: the benchmark target, 1.5 KB (bench/README.md)


def _node() -> str:
    node = shutil.which("node")
    if not node:
        if os.environ.get("CI"):
            pytest.fail("node is needed to test the search worker in CI")
        pytest.skip("node is missing: the search worker's side is not tested")
    return node


def worker(index, calls: list) -> list:
    """Run the search worker in Node on an index: ("words"|"keys"|"search", argument) calls."""
    data = index.data if hasattr(index, "data") else index
    result = subprocess.run([_node(), "-e", HARNESS, str(WORKER)], capture_output=True, text=True, check=False,
                            input=json.dumps({"index": data, "calls": calls}, ensure_ascii=False),
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def index_of(catalog, directory_urls: bool = False):
    ctx = context(catalog, SiteOptions(date_style="both", directory_urls=directory_urls))
    return build_index(ctx, load_rules())


@pytest.fixture(scope="module")
def demo_index():
    return index_of(load_catalog(ROOT / "content" / "meetings", GAZETTEER))


# Strings where the two sides could differ: every folding step, and what separates words.
SAMPLES = [
    "الرّئيس السّوريّ، بشّار الأسد", "إطـ.ـلاق النـ.-ار", "الأســـد", "مُكافَحة الإرهاب",
    "٢٠١٦ و۲۰۱۶ و2016", "آذار/مارس", "سوتشى", "المدرسة", "ﻻ ﷲ ﺑﺸﺎﺭ", "Bashar AL-ASSAD",
    "بشار\u200fالأسد", "وفي من على", "«الأسد» — (بوتين)", "كُلّ", "Erdoğan İstanbul",
    "ٱلرَّحمٰن", "مؤتمر، مسؤول، رئيس، هيئة", "ک گ چ پ ڤ", "x", "", "e\u0301cole",
    "اللاذقية\u00a0طرطوس", "9/11", "إس-400", "قـتـ.ـالية", "😀 بوتين", "وزير الشئون والمسئولين ئو",
]


def _random_samples(n: int = 200, seed: int = 11) -> list[str]:
    alphabet = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ" "ًٌٍَُِّْٰ" "٠١٢٣٤٥٦٧٨٩" " .-،؛«»\u200c\u200fAz0")
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_a_seat_spelt_the_egyptian_way_finds_the_other():
    rules = load_rules()
    assert rules.words("الشئون المسئولين") == rules.words("الشؤون المسؤولين")


def test_python_and_javascript_fold_alike(demo_index):
    rules = load_rules()
    texts = SAMPLES + _random_samples()
    js = worker(demo_index, [["words", t] for t in texts])
    differ = [(t, rules.words(t), w) for t, w in zip(texts, js) if rules.words(t) != w]
    assert not differ, differ[:5]


# Compound names spaced both ways, with clitics, punctuation and stop words between the parts.
SPACING = ["دير الزور", "ديرالزور", "أبو ظبي", "أبوظبي", "وأبو ظبي", "عبد الله", "عبدالله",
           "فيصل بن فرحان بن عبد الله", "محمد بن زايد آل نهيان", "بن، زايد", "عبد في", "عبد",
           "أبي طالب", "ابن سلمان", "دير  الزور", "دير\u00a0الزور", "دير-الزور", "عبد ا"]


def test_python_and_javascript_read_queries_alike(demo_index):
    rules = load_rules()
    texts = SPACING + SAMPLES + _random_samples(100, seed=5)
    js = worker(demo_index, [["queryWords", t] for t in texts])
    differ = [(t, rules.query_words(t), w) for t, w in zip(texts, js) if rules.query_words(t) != w]
    assert not differ, differ[:5]


@pytest.mark.parametrize("spaced, joined", [("دير الزور", "ديرالزور"), ("أبو ظبي", "أبوظبي"),
                                            ("عبد الله", "عبدالله"), ("عبد العزيز", "عبدالعزيز"),
                                            ("بن زايد", "بنزايد"), ("أبي طالب", "أبيطالب")])
def test_compound_names_fold_together_however_they_are_spaced(spaced, joined):
    rules = load_rules()
    # a query reads either spelling as one word; the index holds it for either text
    assert rules.query_words(spaced) == rules.query_words(joined) == rules.words(joined)
    assert rules.words(joined)[0] in rules.joined(spaced)
    # the parts stay words of the index too, so a search for one part still finds the name
    assert set(rules.words(spaced)) <= set(rules.words(spaced) + rules.joined(spaced))
    assert rules.query_words("دير، الزور") == ["دير", "الزور"]  # not one name across a comma


def test_folding_covers_every_variant_the_issue_names():
    words = load_rules().words
    assert words("الرّئيس السّوريّ") == words("الرئيس السوري") == ["الرييس", "السوري"]
    assert words("الأسد") == words("الاسد") == words("الإسد") == words("الأســد")
    assert words("سوتشى") == words("سوتشي") and words("سورية") == words("سوريه")
    assert words("٢٠١٦") == words("۲۰۱۶") == ["2016"]
    assert words("إطـ.ـلاق النـ.ـار") == words("إطلاق النار")
    assert words("في من على") == []  # stop words only


def test_clitics_are_read_but_names_stay_whole(demo_index):
    keys = dict(zip(["والأسد", "للأسد", "بالكرملين", "فيصل", "كيري", "بحث", "لبوتين", "كامل"],
                    worker(demo_index, [["keys", w] for w in
                                        ["والاسد", "للاسد", "بالكرملين", "فيصل", "كيري", "بحث",
                                         "لبوتين", "كامل"]])))
    assert {"الاسد", "اسد"} <= set(keys["والأسد"]) and "الاسد" in keys["للأسد"]
    assert "كرملين" in keys["بالكرملين"] and "بوتين" in keys["لبوتين"]
    # Gazetteer names and listed words are never clitic + word; two letters are too few
    assert keys["فيصل"] == ["فيصل"] and keys["كيري"] == ["كيري"]
    assert keys["بحث"] == ["بحث"] and keys["كامل"] == ["كامل"]


def test_gazetteer_spellings_group_only_close_words(demo_index):
    groups = {w: set(g) for g in demo_index.data["docs"]["rules"]["groups"] for w in g}
    assert {"شويغو", "شويجو", "شويغوا"} <= groups["شويجو"]
    assert groups["سوريا"] == {"سوريا", "سوريه"} and groups["بوتن"] == {"بوتن", "بوتين"}
    assert "الروسي" not in groups and "روسيا" not in groups  # a country is not its adjective
    assert "الجويه" not in groups  # "قاعدة حميميم الجوية" / "… الروسية": not one word


def test_results_put_people_first_and_show_date_place_and_people(demo_index):
    shoigu, syria = worker(demo_index, [["search", "شويجو"], ["search", "سوريا"]])
    assert shoigu[0]["location"] == "people/sergei-shoigu.html"
    meeting = next(i for i in shoigu if i["location"].startswith("meetings/2016-06-18"))
    assert "2016" in meeting["text"] and "دمشق" in meeting["text"] and "بشار الأسد" in meeting["text"]
    assert "<mark>شويغو</mark>" in meeting["title"]
    assert syria[0]["location"] == "places/syria.html"


def test_typing_matches_prefixes_only_until_the_word_is_whole(demo_index):
    typing, done, whole = worker(demo_index, [["search", "شويغ"], ["search", "شويغ "],
                                              ["search", "الرئيس"]])
    assert typing and typing[0]["location"] == "people/sergei-shoigu.html"
    assert done == []  # a space ends the word: "شويغ" is not a word of the index
    assert all("الرئيسية" not in i["title"] for i in whole)


def test_results_escape_hostile_titles():
    gaz = load_gazetteer(GAZETTEER)
    bad = sheet("2020-01-01-x", "2020-01-01", [("vladimir-putin", "فلاديمير بوتين")],
                title="<img src=x onerror=alert(1)> بوتين \"'&")
    catalog = build_catalog([Entry(bad, "x.yaml")], gaz)
    items = worker(index_of(catalog), [["search", "بوتين"]])[0]
    html = " ".join(i["title"] + i["text"] for i in items)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&quot;&#39;&amp;" in html


def test_demo_index_is_utf8_and_small(demo_index):
    docs = {k: v for k, v in demo_index.data["docs"].items() if k != "rules"}  # rules hold regexes
    text = json.dumps({**demo_index.data, "docs": docs}, ensure_ascii=False)
    assert "\\u" not in text and "الأسد" in text
    sizes = demo_index.sizes()
    print(f"\ndemo: {sizes['raw_per_meeting']:.0f} B raw, {sizes['gzip_per_meeting']:.0f} B gzip per meeting")
    assert sizes["gzip_per_meeting"] <= LIMIT


@pytest.mark.slow
def test_index_stays_small_at_2000_meetings():
    sheets = synthetic_sheets(2000)
    catalog = build_catalog([Entry(s, f"{s.id}.yaml") for s in sheets],
                            load_gazetteer(GAZETTEER))
    sizes = index_of(catalog).sizes()
    print(f"\n2000 synthetic: {sizes['raw_per_meeting']:.0f} B raw, "
          f"{sizes['gzip_per_meeting']:.0f} B gzip per meeting")
    assert sizes["gzip_per_meeting"] <= LIMIT


def test_directory_urls_give_directory_paths():
    catalog = load_catalog(ROOT / "content" / "meetings", GAZETTEER)
    assert index_of(catalog, directory_urls=True).data["docs"]["paths"]["p"] == "people/{}/"


def test_built_pages_use_our_worker_and_the_file_shim(demo_site: Path):
    page = (demo_site / "meetings" / next((demo_site / "meetings").iterdir()).name).read_text("utf-8")
    assert '"search": "../assets/javascripts/digest/search-worker.js"' in page
    assert '<script src="../assets/javascripts/digest/file-worker.js"' in page
    assert "unpkg.com" not in page and "workers/search." not in page
    for name in ("search-worker.js", "file-worker.js"):
        assert (demo_site / "assets" / "javascripts" / "digest" / name).is_file()
    data = json.loads((demo_site / "search" / "search_index.json").read_text("utf-8"))
    assert data["docs"]["v"] == 1 and "separator" in data["config"]
    script = (demo_site / "search" / "search_index.js").read_text("utf-8")
    assert script.startswith("var __index = {")


def test_switched_off_it_leaves_material_alone_and_fails_loudly_when_material_changes():
    html = '<script id="__config">{"search": "assets/javascripts/workers/search.a7633da7.min.js"}</script>'
    assert SearchHooks(False).page(html) == html
    assert "digest/search-worker.js" in SearchHooks(True).page(html)
    with pytest.raises(PluginError, match="search worker"):
        SearchHooks(True).page('<script id="__config">{"search": "elsewhere.js"}</script>')


def test_offline_plugin_is_refused_with_a_reason():
    from types import SimpleNamespace

    from generator.site.search_hooks import FILE_SHIM, HIGHLIGHT

    offline = SimpleNamespace(config={"enabled": True})
    config = SimpleNamespace(plugins={"material/search": object(), "material/offline": offline}, extra={})
    with pytest.raises(PluginError, match="offline"):
        SearchHooks(True).config(config)
    config = SimpleNamespace(plugins={"material/search": object()}, extra={}, extra_javascript=[])
    SearchHooks(True).config(config)
    assert config.extra["polyfills"] == [FILE_SHIM]
    assert config.extra_javascript == [HIGHLIGHT]
    hooks, config = SearchHooks(True), SimpleNamespace(plugins={}, extra={}, extra_javascript=[])
    hooks.config(config)  # no search box at all: nothing added, nothing replaced
    assert not hooks.enabled and config.extra == {}
