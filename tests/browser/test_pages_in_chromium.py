"""Every page kind in Chromium: right to left, accessible, self-contained, usable at 390 px."""
from __future__ import annotations

import re

import pytest

from generator.factsheet.reader import read_folder
from generator.site.catalog import entries_of
from tests.site.factory import ROOT

from .conftest import SHOTS

pytestmark = pytest.mark.browser


def _demo_pages() -> dict[str, str]:
    sheets = sorted(entries_of(read_folder(ROOT / "content" / "meetings")), key=lambda e: e.key)
    moscow = next(e for e in sheets if "004_05805eb4d424d0c9" in {s.article for s in e.sheet.sources})
    call = next((e for e in sheets if e.sheet.kind == "phone"), moscow)
    return {
        "home": "index.html",
        "meeting": f"meetings/{moscow.id}.html",
        "call": f"meetings/{call.id}.html",
        "year": "years/2016.html",
        "person": "people/bashar-al-assad.html",
        "place": "places/damascus.html",
        "topic": "topics/counter-terrorism.html",
        "years": "years/index.html",
        "people": "people/index.html",
        "places": "places/index.html",
        "topics": "topics/index.html",
        "about": "about.html",
        "review": "review/index.html",
        "not-found": "404.html",
    }


PAGES = _demo_pages()
SCREENSHOT_KINDS = ("home", "meeting", "year", "person")


def _open_all_details(page) -> None:
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


@pytest.mark.parametrize("kind", PAGES)
def test_page_renders_right_to_left(open_page, kind):
    page = open_page(PAGES[kind])
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.body.dir") == "rtl"
    article = page.locator("article").first
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    heading = page.locator("article h1").first
    box, area = heading.bounding_box(), article.bounding_box()
    # Arabic headings start at the right edge of the content.
    assert box["x"] + box["width"] == pytest.approx(area["x"] + area["width"], abs=40)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_no_serious_or_critical_violation(open_page, kind, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page = open_page(PAGES[kind], scheme=scheme)
    _open_all_details(page)
    results = Axe().run(page)
    bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
           for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, "\n".join(bad)


def test_site_requests_nothing_from_another_host(open_page, base_url):
    outside = []
    for path in PAGES.values():
        page = open_page(path)
        outside += [url for url in page.requests if not url.startswith(base_url)]
    assert not outside


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", SCREENSHOT_KINDS)
def test_screenshots_and_no_sideways_scrolling(open_page, kind, width):
    page = open_page(PAGES[kind], width=width)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{kind}-{width}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{kind} scrolls sideways by {overflow}px at {width}px"


def _luminance(rgb: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"[\d.]+", rgb)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_month_chart_is_readable_in_both_schemes(open_page, scheme):
    page = open_page(PAGES["year"], scheme=scheme)
    background = page.evaluate("getComputedStyle(document.querySelector('.md-main')).backgroundColor")
    if "rgba(0, 0, 0, 0)" in background:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    bar = page.evaluate("getComputedStyle(document.querySelector('.digest-chart__bar:not(.digest-chart__bar--empty)')).fill")
    label = page.evaluate("getComputedStyle(document.querySelector('.digest-chart__label')).fill")
    assert _contrast(bar, background) >= 3, (bar, background)
    assert _contrast(label, background) >= 4.5, (label, background)


def test_latin_and_numbers_are_isolated_inside_arabic(open_page):
    page = open_page(PAGES["person"])
    latin = page.locator("article bdi", has_text="Bashar al-Assad").first
    assert latin.evaluate("el => getComputedStyle(el).unicodeBidi") == "isolate"


def test_evidence_opens_on_click(open_page):
    page = open_page(PAGES["meeting"])
    details = page.locator("details.digest-evidence").first
    assert not details.evaluate("el => el.open")
    details.locator("summary").click()
    assert details.evaluate("el => el.open")
    assert details.locator("li").first.is_visible()


def test_search_finds_a_person_in_arabic(open_page):
    page = open_page(PAGES["home"])
    query = page.locator("input.md-search__input")
    query.click()
    query.fill("شويغو")
    query.press("End")  # Material searches on key-up; filling text alone sends none
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() >= 1


def test_site_reads_from_a_folder_without_a_server(browser, built_site, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto((built_site / "index.html").as_uri())
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Noto Naskh Arabic" in font  # the site's own stylesheet loaded from disk
        page.locator("article a[href^='meetings/']").first.click()
        page.wait_for_load_state("load")
        assert page.url.startswith("file://") and "/meetings/" in page.url and page.url.endswith(".html")
        page.locator("article a[href^='../people/']").first.click()
        page.wait_for_load_state("load")
        assert "/people/" in page.url and page.locator("article h1").inner_text()
    finally:
        context.close()


def test_instant_navigation_keeps_the_page_alive(open_page):
    page = open_page(PAGES["home"])
    page.evaluate("window.__stillHere = true")
    page.locator("article a[href*='years/20']").first.click()  # instant navigation makes hrefs absolute
    # a regular expression: navigation.tracking may add the heading in view as a #fragment
    page.wait_for_url(re.compile(r"/years/\d{4}\.html(#.*)?$"))
    page.locator("article h1").first.wait_for()
    assert page.evaluate("window.__stillHere === true")  # no full reload: instant navigation
    assert page.evaluate("document.documentElement.dir") == "rtl"
