"""Issue 16 in Chromium: pages that fit a phone, a 404 page that works from a folder and at any
depth on a server, and the words a search found marked on the page it opens, in every
spelling (a search without hamza marks "الأسد")."""
from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading

import pytest

from .conftest import SHOTS
from .searching import SearchBox
from .test_pages_in_chromium import PAGES

pytestmark = pytest.mark.browser

# Every kind of page, a country where no meeting took place among them.
ALL_KINDS = {**PAGES, "country": "places/turkey.html", "counterparts": "people/vladimir-putin.html"}

# Elements that scroll sideways inside the page (a table in its frame), or stick out of it.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, out = []
  for (const el of document.querySelectorAll('.md-content *')) {
    const style = getComputedStyle(el), box = el.getBoundingClientRect()
    if (!box.width || style.position === 'fixed') continue
    if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      out.push(`${el.tagName}.${el.className} scrolls by ${el.scrollWidth - el.clientWidth}px`)
    else if (box.right > width + 1 || box.left < -1)
      out.push(`${el.tagName}.${el.className} spans ${Math.round(box.left)}..${Math.round(box.right)}`)
  }
  return out.slice(0, 5)
}"""


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_no_page_scrolls_sideways_at_390_px(open_page, kind):
    page = open_page(ALL_KINDS[kind], width=390)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{kind}-390-all.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{kind} scrolls sideways by {overflow}px"
    assert page.evaluate(OVERFLOW) == []


def test_every_column_of_the_people_table_is_on_screen_at_390_px(open_page):
    page = open_page(PAGES["people"], width=390)
    width = page.evaluate("document.documentElement.clientWidth")
    table = page.locator("article table").first.bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= width
    for cell in page.locator("article table tr:first-child th").all():
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, cell.inner_text()


def test_the_404_page_works_from_a_folder(browser, built_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto((built_site / "404.html").as_uri())
        assert "Noto Naskh Arabic" in page.evaluate("getComputedStyle(document.body).fontFamily")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        assert page.locator("article h1").inner_text() == "الصفحة غير موجودة"
        page.locator("article a[href*='people/']").first.click()
        page.wait_for_load_state("load")
        assert page.url == (built_site / "people" / "index.html").as_uri()
        assert page.locator("article h1").inner_text().rstrip("¶") == "الأشخاص"
    finally:
        context.close()


class _NotFound(http.server.SimpleHTTPRequestHandler):
    """A web server that answers every missing address with the site's 404.html, as GitHub
    Pages does."""

    def log_message(self, *args) -> None:
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.directory_path / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def _pages_server(folder):
    handler = functools.partial(type("H", (_NotFound,), {"directory_path": folder}), directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_the_404_page_works_at_any_depth_on_a_server(browser, built_site):
    with _pages_server(built_site) as root:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            response = page.goto(root + "meetings/no/such/page.html")
            assert response.status == 404
            page.wait_for_load_state("load")
            assert "Noto Naskh Arabic" in page.evaluate("getComputedStyle(document.body).fontFamily")
            hrefs = page.eval_on_selector_all("article a", "links => links.map(a => a.href)")
            assert root + "people/index.html" in hrefs and root + "index.html" in hrefs
            assert SearchBox(page, root).ask("بوتين")  # search finds its index from here too
        finally:
            context.close()


@pytest.mark.parametrize("protocol", ["http", "file"])
@pytest.mark.parametrize("query, opens, marked", [
    ("الاسد", "people/bashar-al-assad.html", {"الأسد"}),
    ("ديرالزور", "topics/deir-ez-zor.html", {"دير", "الزور"}),
    ("شويجو", "people/sergei-shoigu.html", {"شويغو"}),
])
def test_the_page_a_result_opens_marks_what_was_found(browser, built_site, base_url, protocol, query,
                                                      opens, marked):
    root = base_url if protocol == "http" else built_site.as_uri() + "/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(root + "index.html")
        page.wait_for_load_state("load")
        box = SearchBox(page, root)
        assert box.key(root + opens) in box.ask(query)
        page.locator(f".md-search-result__link[href*='{opens}']").first.click()
        page.wait_for_url(lambda url: opens in url and "h=" in url)
        marks = page.locator("article.md-content__inner mark")
        # Material marks the query as typed before the digest's script marks every spelling
        # it folds to, so the first mark can be Material's: wait for each expected one
        for word in sorted(marked):
            marks.filter(has_text=re.compile(f"^{re.escape(word)}$")).first.wait_for(timeout=10_000)
        assert marked <= {m.inner_text() for m in marks.all()}
    finally:
        context.close()
