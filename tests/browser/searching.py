"""Driving Material's search box in Chromium, and sites built with our search or the stock one."""
from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from pathlib import Path

from generator import yamlio
from tests.site.factory import GAZETTEER, ROOT, run_mkdocs

INPUT = "input.md-search__input"
META = ".md-search-result__meta"
# Every result page's own link: the first link of each result item (sections follow it).
COLLECT = """async (total) => {
  const wrap = document.querySelector('.md-search__scrollwrap')
  const list = document.querySelector('.md-search-result__list')
  const frame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))
  // Material renders ten results, then four more each time the list *reaches* its end: leave
  // the end and come back until every result is there.
  for (let i = 0; i < 2000 && list.children.length < total; i++) {
    for (const top of [0, wrap.scrollHeight]) {
      wrap.scrollTop = top
      wrap.dispatchEvent(new Event('scroll'))
      await frame()
    }
  }
  return Array.from(list.children, li => li.querySelector('a.md-search-result__link').href)
}"""
KINDS = {"meetings": "m", "people": "p", "places": "l", "topics": "t"}

# Material's stock search as the issue measured it: the default `search` (Arabic pages, an
# English index with an empty pipeline) with the offline plugin for file://; and lunr-languages'
# Arabic pipeline (`lang: ar` alone changes nothing: Material's Arabic translation empties the
# pipeline, so the stemmer must be asked for).
STOCK = {
    "stock": ["search", "offline"],
    "stock-ar": [{"search": {"lang": "ar", "pipeline": ["stemmer", "stopWordFilter", "trimmer"]}},
                 "offline"],
}


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serving(folder: Path):
    """A folder on a free local port; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build_stock(tmp: Path, engine: str, url: str) -> Path:
    """The demo site with Material's own search (our search switched off) for `url`."""
    plugin = {"meetings": str(ROOT / "content" / "meetings"), "gazetteer": str(GAZETTEER),
              "date_style": "both", "arabic_search": False}
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(ROOT / "content" / "pages"),
        "theme": {"custom_dir": str(ROOT / "theme_overrides")},
        "plugins": [*STOCK[engine], {"digest": plugin}],
        "watch": [],
    }
    path = tmp / "mkdocs.yml"
    path.write_text(yamlio.dumps(config), encoding="utf-8")
    site = tmp / "site"
    run_mkdocs(path, site, DIGEST_SITE_URL=url)
    return site


def block_other_hosts(context, local: str) -> None:
    """Abort requests to any other host, so results never depend on the network."""
    context.route(re.compile(r"^(https?|wss?)://"),
                  lambda route: route.continue_() if route.request.url.startswith(local) else route.abort())


class SearchBox:
    """Material's search box on an open page: type a query, read every result."""

    def __init__(self, page, root: str) -> None:
        self.page, self.root = page, root
        config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
        self.placeholder = config["translations"]["search.result.placeholder"]
        self.none = config["translations"]["search.result.none"]

    @property
    def available(self) -> bool:
        """False when Material hid search (its worker could not start)."""
        return self.page.locator(INPUT).is_visible()

    def _type(self, text: str) -> None:
        box = self.page.locator(INPUT)
        box.click()
        box.fill(text)
        box.press("End")  # Material searches on key-up; filling alone sends nothing

    def ask(self, query: str, timeout: float = 20_000) -> list[str]:
        """Result keys ("m:<id>", "p:<id>" …, "page:<path>" for other pages), best first."""
        # An empty box first: its answer (the placeholder) shows the worker is ready and
        # that the next answer belongs to this query.
        self._type("")
        self.page.wait_for_function("([s, t]) => document.querySelector(s).textContent.trim() === t",
                                    arg=[META, self.placeholder], timeout=timeout)
        self._type(query)
        self.page.wait_for_function("([s, t]) => document.querySelector(s).textContent.trim() !== t",
                                    arg=[META, self.placeholder], timeout=timeout)
        meta = self.page.locator(META).inner_text().strip()
        total = 0 if meta == self.none else int((re.findall(r"\d+", meta) or ["1"])[0])
        return [self.key(href) for href in self.page.evaluate(COLLECT, total)]

    def key(self, href: str) -> str:
        """A result link as "kind:id" for meetings, people, places and topics."""
        path = href.split("?")[0].split("#")[0]
        path = path.removeprefix(self.root)
        match = re.fullmatch(r"(meetings|people|places|topics)/([^/]+)\.html", path)
        if not match or match[2] == "index":  # list pages are not results of their kind
            return f"page:{path}"
        return f"{KINDS[match[1]]}:{match[2]}"


def first_results(browser, root: str, query: str) -> float:
    """Seconds from navigation start to the first result shown, typing as soon as one can."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        block_other_hosts(context, root if root.startswith("http") else "file://")
        page = context.new_page()
        page.goto(root + "index.html", wait_until="commit")
        box = page.locator(INPUT)
        box.click(timeout=60_000)
        box.fill(query)
        box.press("End")
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0",
                               timeout=60_000)
        return page.evaluate("performance.now()") / 1000
    finally:
        context.close()
