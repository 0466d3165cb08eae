"""Site search in Chromium: a table of queries readers type, over HTTP and over file://.

Each query lists every meeting, person, place and topic a reader should get, and nothing else
(expected sets were checked against the sheets' text). Our search must return exactly those,
over HTTP and from a folder. Material's stock search is put through the same steps on the
same content (`stock`: the default search plugin, as the issue measured it; `stock-ar`: with
lunr-languages' Arabic pipeline; both with the offline plugin for file://); their figures are
written to test-results/search/ and printed, not asserted.
"""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import statistics
from dataclasses import dataclass

import pytest

from tests.site.factory import ROOT, build_site, synthetic_sheets, write_sheets

from .searching import (
    STOCK,
    SearchBox,
    block_other_hosts,
    build_stock,
    first_results,
    serving,
)

pytestmark = pytest.mark.browser

REPORT = ROOT / "test-results" / "search"

ASSAD_PUTIN_15 = "2015-10-20-bashar-al-assad-vladimir-putin"
SALMAN_CALL_15 = "2015-10-21-king-salman-vladimir-putin-call"
ASSAD_SHOIGU_16 = "2016-06-18-bashar-al-assad-sergei-shoigu"
ASSAD_SHOIGU_17 = "2017-09-12-bashar-al-assad-sergei-shoigu"
ASSAD_PUTIN_17 = "2017-11-20-bashar-al-assad-vladimir-putin"
TRUMP_CALL_17 = "2017-11-21-donald-trump-vladimir-putin-call"
SISI_PUTIN_17 = "2017-12-11-abdel-fattah-el-sisi-vladimir-putin"
HMEIMIM_17 = "2017-12-11-bashar-al-assad-sergei-shoigu-vladimir-putin"
ASSAD_PUTIN_18 = "2018-05-17-bashar-al-assad-vladimir-putin"
ERDOGAN_SOCHI_18 = "2018-09-17-hulusi-akar-recep-tayyip-erdogan-sergei-shoigu-vladimir-putin"
LAVRENTIEV_18 = "2018-11-04-alexander-lavrentiev-bashar-al-assad-sergei-vershinin"
ZARIF_19 = "2019-bashar-al-assad-mohammad-javad-zarif"
ASSAD_PUTIN_20 = "2020-01-07-bashar-al-assad-vladimir-putin"
ASSAD_SHOIGU_20 = "2020-03-23-bashar-al-assad-sergei-shoigu"
MBZ_CALL_20 = "2020-03-27-bashar-al-assad-mohammed-bin-zayed-call"
MOSCOW_21 = "2021-bashar-al-assad-faisal-mekdad-sergei-shoigu-vladimir-putin"
MBZ_22 = "2022-03-18-bashar-al-assad-mohammed-bin-zayed"
BIN_FARHAN_23 = "2023-04-18-bashar-al-assad-faisal-bin-farhan"
ALL = {ASSAD_PUTIN_15, SALMAN_CALL_15, ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, ASSAD_PUTIN_17,
       TRUMP_CALL_17, SISI_PUTIN_17, HMEIMIM_17, ASSAD_PUTIN_18, ERDOGAN_SOCHI_18, LAVRENTIEV_18,
       ZARIF_19, ASSAD_PUTIN_20, ASSAD_SHOIGU_20, MBZ_CALL_20, MOSCOW_21, MBZ_22, BIN_FARHAN_23}

ASSAD = ALL - {ERDOGAN_SOCHI_18}  # every sheet names him but the Sochi meeting on Idlib
PUTIN = ALL - {ZARIF_19, MBZ_CALL_20, MBZ_22, BIN_FARHAN_23}
SHOIGU = {ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, HMEIMIM_17, ASSAD_PUTIN_18, ERDOGAN_SOCHI_18,
          ASSAD_SHOIGU_20, MOSCOW_21}
ERDOGAN = {ASSAD_PUTIN_15, SALMAN_CALL_15, ASSAD_PUTIN_17, TRUMP_CALL_17, SISI_PUTIN_17,
           HMEIMIM_17, ERDOGAN_SOCHI_18, LAVRENTIEV_18, ASSAD_PUTIN_20, ASSAD_SHOIGU_20}
# "سوريا", "سورية" and the adjective "السورية" are one word to search (gazetteer spellings)
SYRIA = ALL - {SALMAN_CALL_15, TRUMP_CALL_17}
SYRIA_OTHERS = {"l:damascus", "l:syria", "p:alexander-lavrentiev", "p:bashar-al-assad",
                "p:faisal-mekdad", "t:foreign-forces"}
CEASEFIRE = {ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, HMEIMIM_17, ERDOGAN_SOCHI_18, ASSAD_SHOIGU_20}
DAMASCUS = {ASSAD_PUTIN_15, ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, ASSAD_PUTIN_17, ASSAD_PUTIN_18,
            LAVRENTIEV_18, ZARIF_19, ASSAD_PUTIN_20, ASSAD_SHOIGU_20, BIN_FARHAN_23}


@dataclass(frozen=True)
class Query:
    text: str
    meetings: frozenset
    others: frozenset  # people ("p:"), places ("l:") and topics ("t:")
    kind: str

    @property
    def expected(self) -> set[str]:
        return {f"m:{m}" for m in self.meetings} | set(self.others)


def q(text: str, meetings, others=(), kind: str = "") -> Query:
    return Query(text, frozenset(meetings), frozenset(others), kind)


QUERIES = [
    # hamza and alef forms, tatweel, diacritics
    q("الأسد", ASSAD, {"p:bashar-al-assad"}, "hamza"),
    q("الاسد", ASSAD, {"p:bashar-al-assad"}, "hamza"),
    q("إردوغان", ERDOGAN, {"p:recep-tayyip-erdogan"}, "hamza"),
    q("الامارات", {MBZ_CALL_20, MBZ_22}, {"l:uae", "p:mohammed-bin-zayed"}, "hamza"),
    q("ايران", set(), {"l:iran", "p:mohammad-javad-zarif"}, "hamza"),
    q("اطلاق النار", CEASEFIRE, {"t:ceasefire"}, "hamza"),
    q("الأســد", ASSAD, {"p:bashar-al-assad"}, "tatweel"),
    q("بـوتـيـن", PUTIN, {"p:vladimir-putin"}, "tatweel"),
    q("بشّار", ASSAD, {"p:bashar-al-assad"}, "diacritics"),
    q("الرّئيس السّوريّ", ALL - {SALMAN_CALL_15, TRUMP_CALL_17, SISI_PUTIN_17},
      {"p:bashar-al-assad"}, "diacritics"),
    q("مُكافَحة الإرهاب", {ASSAD_PUTIN_15, ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, ASSAD_PUTIN_17,
                          HMEIMIM_17, ASSAD_PUTIN_18, ZARIF_19, ASSAD_PUTIN_20, MOSCOW_21},
      {"t:counter-terrorism"}, "diacritics"),
    # ى / ي, ة / ه, Eastern digits
    q("سوتشى", {ASSAD_PUTIN_17, TRUMP_CALL_17, ASSAD_PUTIN_18, ERDOGAN_SOCHI_18}, {"l:sochi"}, "ya"),
    q("القاهره", {SISI_PUTIN_17}, {"l:cairo"}, "ta-marbuta"),
    q("سوريه", SYRIA, SYRIA_OTHERS, "ta-marbuta"),
    q("٢٠١٦", {ASSAD_SHOIGU_16}, (), "digits"),
    q("١٨ حزيران ٢٠١٦", {ASSAD_SHOIGU_16}, (), "digits"),
    # clitics: و ف ب ل ك, the article, ل + ال
    q("والأسد", ASSAD, {"p:bashar-al-assad"}, "clitic"),
    q("للأسد", ASSAD, {"p:bashar-al-assad"}, "clitic"),
    q("كالأسد", ASSAD, {"p:bashar-al-assad"}, "clitic"),
    q("وبوتين", PUTIN, {"p:vladimir-putin"}, "clitic"),
    q("فبوتين", PUTIN, {"p:vladimir-putin"}, "clitic"),
    q("لبوتين", PUTIN, {"p:vladimir-putin"}, "clitic"),
    q("بدمشق", DAMASCUS, {"l:damascus"}, "clitic"),
    q("بالكرملين", {ASSAD_PUTIN_15, SALMAN_CALL_15, ASSAD_PUTIN_17, TRUMP_CALL_17, ASSAD_PUTIN_18,
                    ASSAD_PUTIN_20, MOSCOW_21}, {"l:kremlin"}, "clitic"),
    q("وسوريا", SYRIA, SYRIA_OTHERS, "clitic"),
    # gazetteer spellings of one name
    q("شويجو", SHOIGU, {"p:sergei-shoigu"}, "spelling"),
    q("سيرجي شويجو", SHOIGU, {"p:sergei-shoigu"}, "spelling"),
    q("بوتن", PUTIN, {"p:vladimir-putin"}, "spelling"),
    q("فلادمير بوتين", PUTIN, {"p:vladimir-putin"}, "spelling"),
    q("ترمب", {ASSAD_PUTIN_17, TRUMP_CALL_17, SISI_PUTIN_17}, {"p:donald-trump"}, "spelling"),
    q("اردوجان", ERDOGAN, {"p:recep-tayyip-erdogan"}, "spelling"),
    q("لافرينتييف", {ASSAD_PUTIN_18, LAVRENTIEV_18}, {"p:alexander-lavrentiev"}, "spelling"),
    q("سوريا", SYRIA, SYRIA_OTHERS, "spelling"),
    q("سورية", SYRIA, SYRIA_OTHERS, "spelling"),
    # names, places, topics
    q("فيصل", {MOSCOW_21, BIN_FARHAN_23}, {"p:faisal-mekdad", "p:faisal-bin-farhan"}, "name"),
    q("محمد بن زايد", {MBZ_CALL_20, MBZ_22}, {"p:mohammed-bin-zayed"}, "name"),
    q("ظريف", {ZARIF_19}, {"p:mohammad-javad-zarif"}, "name"),
    q("Putin", set(), {"p:vladimir-putin"}, "name"),
    q("ماكرون", {LAVRENTIEV_18}, (), "name"),
    q("حميميم", {HMEIMIM_17, ASSAD_PUTIN_18, ASSAD_PUTIN_20}, {"l:hmeimim"}, "place"),
    q("أبوظبي", {MBZ_CALL_20, MBZ_22}, {"l:abu-dhabi", "p:mohammed-bin-zayed"}, "place"),
    q("العقوبات", {ZARIF_19, MOSCOW_21}, {"t:sanctions"}, "topic"),
    q("كورونا", {MBZ_CALL_20}, {"t:covid-19"}, "topic"),
    q("إطلاق النار", CEASEFIRE, {"t:ceasefire"}, "topic"),
    # names written with or without the space between their parts, both ways round
    q("ديرالزور", {ASSAD_SHOIGU_17}, {"t:deir-ez-zor"}, "spacing"),
    q("دير الزور", {ASSAD_SHOIGU_17}, {"t:deir-ez-zor"}, "spacing"),
    q("أبو ظبي", {MBZ_CALL_20, MBZ_22}, {"l:abu-dhabi", "p:mohammed-bin-zayed"}, "spacing"),
    q("ابوظبي", {MBZ_CALL_20, MBZ_22}, {"l:abu-dhabi", "p:mohammed-bin-zayed"}, "spacing"),
    q("عبد الله", {MBZ_22, BIN_FARHAN_23}, {"p:faisal-bin-farhan"}, "spacing"),
    q("عبدالله", {MBZ_22, BIN_FARHAN_23}, {"p:faisal-bin-farhan"}, "spacing"),
    q("عبد العزيز", {ASSAD_PUTIN_15, SALMAN_CALL_15, BIN_FARHAN_23}, {"p:king-salman"}, "spacing"),
    q("عبدالعزيز", {ASSAD_PUTIN_15, SALMAN_CALL_15, BIN_FARHAN_23}, {"p:king-salman"}, "spacing"),
    q("عبدالفتاح", {SISI_PUTIN_17, HMEIMIM_17}, {"p:abdel-fattah-el-sisi"}, "spacing"),
    q("عبد الفتاح", {SISI_PUTIN_17, HMEIMIM_17}, {"p:abdel-fattah-el-sisi"}, "spacing"),
    q("بنزايد", {MBZ_CALL_20, MBZ_22}, {"p:mohammed-bin-zayed"}, "spacing"),
    # several words: every one must occur
    q("الرئيس السوري", ALL - {SALMAN_CALL_15, TRUMP_CALL_17, SISI_PUTIN_17},
      {"p:bashar-al-assad"}, "words"),
    q("الأسد بوتين", ASSAD & PUTIN, (), "words"),
    q("شويغو دمشق", {ASSAD_SHOIGU_16, ASSAD_SHOIGU_17, ASSAD_PUTIN_18, ASSAD_SHOIGU_20}, (), "words"),
    q("وزير الدفاع الروسي", SHOIGU, {"p:sergei-shoigu"}, "words"),
    q("اتصال هاتفي", {SALMAN_CALL_15, TRUMP_CALL_17, MBZ_CALL_20}, (), "words"),
    q("اللجنة الدستورية", {ASSAD_PUTIN_18, LAVRENTIEV_18}, {"t:constitutional-committee"}, "words"),
    q("الولايات المتحدة", set(), {"l:usa", "p:donald-trump"}, "words"),
    q("حزيران 2016", {ASSAD_SHOIGU_16}, (), "words"),
    # no conflation: "الرئيسية" is not "الرئيس", "يصل" is not the end of "فيصل"
    q("الرئيسية", {ASSAD_PUTIN_18, MOSCOW_21}, (), "distinct"),
    q("يصل", set(), (), "negative"),
    q("الرئيس الفرنسي", set(), (), "negative"),
    q("اليابان", set(), (), "negative"),
    q("طوكيو", set(), (), "negative"),
    q("في من على", set(), (), "negative"),
    q("qwerty", set(), (), "negative"),
]


def score(results: dict[str, list[str]]) -> dict:
    """Recall and precision over the whole table (and without pages of other kinds)."""
    tp = fp = fn = fp_scope = exact = 0
    rows = {}
    for query in QUERIES:
        got, want = set(results.get(query.text, [])), query.expected
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        fp_scope += len({k for k in got - want if not k.startswith("page:")})
        exact += got == want
        rows[query.text] = {"kind": query.kind, "missing": sorted(want - got),
                            "extra": sorted(got - want), "returned": len(got)}
    return {
        "queries": len(QUERIES), "exact": exact,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "precision": tp / (tp + fp) if tp + fp else None,
        "precision_meetings_people_places_topics": tp / (tp + fp_scope) if tp + fp_scope else None,
        "rows": rows,
    }


@pytest.fixture(scope="module")
def stock_sites(tmp_path_factory):
    """Material's stock search builds of the demo, each served on its own port."""
    with contextlib.ExitStack() as stack:
        sites = {}
        for engine in STOCK:
            site = tmp_path_factory.mktemp(engine) / "site"
            url = stack.enter_context(serving(site))
            sites[engine] = (build_stock(site.parent, engine, url), url)
        yield sites


def run_table(browser, site, url: str) -> dict[str, list[str]] | None:
    """Every query of the table typed into the search box of the home page at `url`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        block_other_hosts(context, url if url.startswith("http") else "file://")
        page = context.new_page()
        page.goto(url + "index.html")
        page.wait_for_load_state("load")
        box = SearchBox(page, url)
        if not box.available:
            return None
        return {query.text: box.ask(query.text) for query in QUERIES}
    finally:
        context.close()


@pytest.mark.parametrize("protocol", ["http", "file"])
@pytest.mark.parametrize("engine", ["digest", *STOCK])
def test_query_table(request, browser, built_site, base_url, engine, protocol):
    if engine == "digest":
        site, url = built_site, base_url
    else:
        site, url = request.getfixturevalue("stock_sites")[engine]
    root = url if protocol == "http" else site.as_uri() + "/"
    results = run_table(browser, site, root)
    report = score(results or {})
    report.update(engine=engine, protocol=protocol, search_available=results is not None)
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / f"{engine}-{protocol}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
    precision = report["precision"]
    print(f"\n{engine} over {protocol}: recall {report['recall']:.3f}, precision "
          f"{'n/a' if precision is None else f'{precision:.3f}'}, exact {report['exact']}/{len(QUERIES)}")
    if engine != "digest":
        return  # measured, not asserted
    assert results is not None, "search is not available"
    wrong = [f"{text}: missing {row['missing']}, extra {row['extra']}"
             for text, row in report["rows"].items() if row["missing"] or row["extra"]]
    assert not wrong, "\n".join(wrong)
    assert report["recall"] == 1.0 and report["precision"] == 1.0


def _open_search(browser, root: str, query: str, scheme: str = "light"):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(root + "index.html")
    SearchBox(page, root).ask(query)
    return context, page


@pytest.mark.parametrize("protocol", ["http", "file"])
def test_people_come_first_and_meetings_show_date_place_and_people(browser, built_site, base_url,
                                                                    protocol):
    root = base_url if protocol == "http" else built_site.as_uri() + "/"
    context, page = _open_search(browser, root, "شويجو")
    try:
        items = page.locator(".md-search-result__item")
        first = items.first
        assert first.locator("a").first.get_attribute("href").split("?")[0].endswith(
            "people/sergei-shoigu.html")
        assert "Sergei Shoigu" in first.inner_text()
        meeting = items.filter(has=page.locator(f"a[href*='{ASSAD_SHOIGU_16}']")).first
        text = meeting.inner_text()
        for shown in ("2016", "حزيران", "دمشق", "بشار الأسد", "سيرغي شويغو"):
            assert shown in text, shown
        assert meeting.locator("mark").first.inner_text() == "شويغو"  # the spelling on the page
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problem_in_the_search_dialog(browser, base_url, scheme):
    from axe_playwright_python.sync_playwright import Axe

    context, page = _open_search(browser, base_url, "الأسد", scheme)
    try:
        # colours are checked as they settle, not halfway through the theme's transitions
        # (a result fading in was measured against the wrong background now and then)
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
        page.mouse.move(0, 0)
        page.wait_for_timeout(100)
        results = Axe().run(page)
        bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, "\n".join(bad)
    finally:
        context.close()


def test_search_keeps_working_after_instant_navigation(browser, base_url):
    context, page = _open_search(browser, base_url, "بوتين")
    try:
        page.evaluate("window.__stillHere = true")
        page.locator(".md-search-result__link").first.click()
        page.wait_for_url("**/people/vladimir-putin.html*")
        assert page.evaluate("window.__stillHere === true")  # no reload: the same worker
        assert SearchBox(page, base_url).ask("سوريه")[0] == "l:syria"
    finally:
        context.close()


# Sizes for the scale test: DIGEST_SEARCH_SCALE=2000,10000 (10,000 takes minutes to build).
SCALE = [int(n) for n in os.environ.get("DIGEST_SEARCH_SCALE", "2000").split(",") if n.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("n", SCALE)
def test_first_results_within_two_seconds_at_scale(browser, tmp_path, n):
    """Synthetic sheets: navigation start to the first results, over HTTP and from a folder."""
    meetings = write_sheets(tmp_path / "meetings", synthetic_sheets(n))
    site = build_site(tmp_path, meetings)
    sizes = json.loads((site / "search" / "search_index.json").read_bytes())
    raw = (site / "search" / "search_index.json").stat().st_size
    packed = len(gzip.compress((site / "search" / "search_index.json").read_bytes(), 9, mtime=0))
    with serving(site) as url:
        first_results(browser, url, "بوتين")  # warm the browser's own caches once
        seconds = {protocol: statistics.median(first_results(browser, root, "بوتين") for _ in range(3))
                   for protocol, root in (("http", url), ("file", site.as_uri() + "/"))}
    report = {"meetings": n, "docs": len(sizes["docs"]["docs"]), "index_raw": raw,
              "index_gzip": packed, "raw_per_meeting": raw / n, "gzip_per_meeting": packed / n,
              "first_results_s": seconds}
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / f"scale-{n}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\n{n} meetings: index {raw / n:.0f} B raw, {packed / n:.0f} B gzip per meeting; "
          f"first results {seconds['http']:.2f} s (HTTP), {seconds['file']:.2f} s (file://)")
    assert packed / n <= 1500
    assert max(seconds.values()) <= 2.0, seconds
