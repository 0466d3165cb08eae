"""Headless Debian Chromium over the demo site, served from a local HTTP server thread.

The browser itself is the session fixture `browser` of tests/conftest.py (one Playwright per
session: a second sync Playwright cannot start while the first runs).
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from tests.site.factory import ROOT, run_mkdocs

SHOTS = ROOT / "test-results" / "screenshots"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser") / "site"


@pytest.fixture(scope="session")
def base_url(built_site):
    """The demo site built for, and served at, a local address (instant navigation needs the
    site URL's host and port to match the server's)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    run_mkdocs(ROOT / "mkdocs.yml", built_site, DIGEST_SITE_URL=url)
    server.RequestHandlerClass = functools.partial(_Quiet, directory=str(built_site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def open_page(browser, base_url):
    """open_page(path, width=1280, scheme="light") → a loaded page; requests are recorded."""
    contexts = []

    def run(path: str, width: int = 1280, scheme: str = "light"):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        return page

    yield run
    for context in contexts:
        context.close()
