"""Browsing and searching make no request to another host, from a web server or from a folder.

Every request of the browser context is recorded (pages, scripts, styles, the search worker
and its index, fonts, images), while a reader opens pages, follows links, searches and opens
a result. Nothing is blocked: a request to another host would be attempted, and fail the test.
"""
from __future__ import annotations

import pytest

from .searching import INPUT, SearchBox

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = ("data:", "blob:", "about:")


def _browse_and_search(page, root: str) -> None:
    page.goto(root + "index.html")
    page.wait_for_load_state("load")
    box = SearchBox(page, root)
    assert box.available, "search is hidden"
    for query in ("شويجو دمشق", "سورية", "الاسد"):
        assert box.ask(query), query
    # open the first result (Assad's page), search again there, then follow links
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert "/people/" in page.url
    assert SearchBox(page, root).ask("إطلاق النار")
    page.keyboard.press("Escape")
    # the page's own article: the search dialog's results are articles too
    for target in ("article.md-content__inner a[href*='meetings/']", "article.md-content__inner a[href*='places/']",
                   "article.md-content__inner a[href*='topics/']"):
        link = page.locator(target).first
        if link.count():
            before = page.url.split("#")[0]
            # instant navigation fires no load event, and the old page's heading stays until
            # the new one replaces it: mark it, and wait for a heading without the mark
            page.evaluate("document.querySelectorAll('article.md-content__inner h1').forEach(h => h.dataset.left = '1')")
            link.click()
            page.wait_for_url(lambda url: url.split("#")[0] != before)
            page.wait_for_function("() => { const h = document.querySelector('article.md-content__inner h1');"
                                   " return h !== null && !h.dataset.left }")
    page.locator(INPUT).wait_for(state="attached")
    page.wait_for_load_state("networkidle")


def _requests_while_reading(browser, root: str) -> list[str]:
    """Every request a reader's browsing and searching from `root` makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    urls: list[str] = []
    context.on("request", lambda request: urls.append(request.url))
    try:
        _browse_and_search(context.new_page(), root)
    finally:
        context.close()
    return urls


def test_nothing_from_another_host_over_http(browser, base_url):
    urls = _requests_while_reading(browser, base_url)
    assert any(u.endswith("search/search_index.json") for u in urls)
    outside = [u for u in urls if not u.startswith(base_url) and not u.startswith(LOCAL_SCHEMES)]
    assert not outside, outside


def test_nothing_from_another_host_from_a_folder(browser, built_site, base_url):
    root = built_site.as_uri() + "/"
    urls = _requests_while_reading(browser, root)
    assert any(u.endswith("search/search_index.js") for u in urls)
    outside = [u for u in urls if not u.startswith(root) and not u.startswith(LOCAL_SCHEMES)]
    assert not outside, outside
