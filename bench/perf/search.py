"""Search timing in headless Chromium: page load to first results, then time per query."""
from __future__ import annotations

import functools
import http.server
import statistics
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INPUT = "input.md-search__input"
RESULT = ".md-search-result__item"
# Results are in the DOM as soon as they are computed; the panel's visibility depends on focus.
SHOWN = f"document.querySelectorAll('{RESULT}').length > 0"
CLEARED = f"document.querySelectorAll('{RESULT}').length === 0"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # one line per request would drown the report
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve a folder on a free local port; returns the server and its base URL."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def ask(page, query: str) -> None:
    """Type a query: Material reads the box on keyup (and on focus), not on input events."""
    page.fill(INPUT, query)
    page.dispatch_event(INPUT, "keyup")


def _results(page) -> int:
    return page.evaluate(f"document.querySelectorAll('{RESULT}').length")


def time_search(site: Path, queries: list[str], repeats: int = 3, timeout_s: float = 60.0,
                executable: str = CHROMIUM) -> dict:
    """Median time from the load event to the first results, and median time of later queries."""
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    firsts, per_query, hits = [], [], {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
            try:
                for _ in range(repeats):
                    # A fresh context each time: nothing cached from the previous load.
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    page.set_default_timeout(timeout_s * 1000)
                    page.goto(base + "index.html", wait_until="load")
                    t0 = time.perf_counter()
                    ask(page, queries[0])
                    page.wait_for_function(SHOWN)
                    firsts.append(time.perf_counter() - t0)
                    hits[queries[0]] = _results(page)
                    for q in queries[1:]:
                        ask(page, "")
                        page.wait_for_function(CLEARED)
                        t1 = time.perf_counter()
                        ask(page, q)
                        page.wait_for_function(SHOWN)
                        per_query.append(time.perf_counter() - t1)
                        hits[q] = _results(page)
                    context.close()
            finally:
                browser.close()
    finally:
        server.shutdown()
    return {
        "first_results_s": statistics.median(firsts),
        "first_results_all_s": firsts,
        "query_s_median": statistics.median(per_query) if per_query else None,
        "query_s_max": max(per_query) if per_query else None,
        "queries": queries,
        "results_shown": hits,
    }
