"""No injection: whatever an article, a fact sheet or a gazetteer says reaches the site as text.

Two real builds from throw-away projects:

* the extraction path — `digest build` over the founding articles plus an article whose
  front matter, title, body and quotes carry hostile strings;
* the site path — fact sheets and gazetteer entries written by hand with a hostile string in
  every free-text field (titles, names, offices, quotes, summary and evidence sentences,
  outlets, article names, notes), `javascript:` source URLs, then `mkdocs build --strict`.

The HTML is audited (no script, event handler or `javascript:` URL from content, every
hostile string present as text, no template evaluated), then Chromium opens every page that
carries content, and the search, and asserts that no dialog opened and `window.__pwned`
(which every payload would set) stays undefined.
"""
from __future__ import annotations

import functools
import http.server
import itertools
import os
import re
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import yamlio
from generator.factsheet.models import FactSheet

from .conftest import ROOT, SEEDS, SHOIGU_2016

pytestmark = pytest.mark.slow

HOSTILE = [
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=2;alert(2)">',
    "[اضغط هنا](javascript:window.__pwned=3)",
    '<a href="javascript:window.__pwned=4">رابط</a>',
    "{{ 7*191 }}",
    "{% if true %}JINJA-RAN{% endif %}",
    '"><svg onload="window.__pwned=5;alert(5)">',
    '<iframe src="javascript:window.__pwned=6"></iframe>',
    "`<b>code</b>` **bold** <!-- open comment",
    '{: onclick="window.__pwned=7" }',
    "<style>body{display:none}</style>",
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=9">',
    "javascript:window.__pwned=10",
]
EVALUATED = ["1337", "JINJA-RAN"]          # {{ 7*191 }} and the {% if %} body, if a template ran
BAD_URL = "javascript:window.__pwned=8"
# Fields that are ids, enumerations or dates: the models refuse anything else there.
NOT_TEXT = {"id", "date", "date_precision", "kind", "role", "published", "speaker_id", "venue_id", "country",
            "weekday", "needed", "reviewed", "in_gazetteer", "confidence"}


# ------------------------------------------------------------------ projects and builds

def _mkdocs_config(base: Path) -> None:
    """A project config that inherits the real one but reads this project's content."""
    content = base / "content"
    (base / "mkdocs.yml").write_text(yamlio.dumps({
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(ROOT / "content" / "pages"),
        "theme": {"custom_dir": str(ROOT / "theme_overrides")},
        "plugins": ["search", {"digest": {"meetings": str(content / "meetings"),
                                          "gazetteer": str(content / "gazetteer"), "date_style": "both"}}],
        "watch": [],
    }), encoding="utf-8")


def _project(base: Path) -> Path:
    (base / "content" / "articles").mkdir(parents=True)
    shutil.copytree(ROOT / "content" / "gazetteer", base / "content" / "gazetteer")
    _mkdocs_config(base)
    return base


def _env() -> dict[str, str]:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))


def _poison(data, counter, key=None):
    """Append a hostile string to every free-text value (ids, dates and enumerations kept)."""
    if isinstance(data, dict):
        return {k: _poison(v, counter, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_poison(v, counter, key) for v in data]
    if isinstance(data, str) and key not in NOT_TEXT:
        if key == "url":
            return BAD_URL
        return f"{data} {HOSTILE[next(counter) % len(HOSTILE)]}"
    return data


ARTICLE = """---
title: <script>window.__pwned=11;alert(11)</script> الأسد يلتقي شويغو {{ 7*191 }}
outlet: <img src=x onerror="window.__pwned=12"> وكالة [x](javascript:window.__pwned=13)
url: javascript:window.__pwned=14
published: 2016-06-18
---
<script>window.__pwned=11</script> الأسد يلتقي وزير الدفاع الروسي في دمشق

التقى الرئيس السوري بشار الأسد في دمشق اليوم السبت وزير الدفاع الروسي سيرغي شويغو، وبحثا التعاون العسكري \
بين البلدين {% if true %}JINJA-RAN{% endif %} <img src=x onerror="window.__pwned=15">.

وقال الأسد خلال اللقاء إن «التعاون مع روسيا <script>window.__pwned=16</script> مستمر {{ 7*191 }}».
"""


@pytest.fixture(scope="module")
def article_site(tmp_path_factory) -> Path:
    """`digest build` over the founding articles and one hostile article."""
    base = _project(tmp_path_factory.mktemp("inject-articles"))
    for name in SEEDS:
        shutil.copy(ROOT / "content" / "articles" / f"{name}.txt", base / "content" / "articles")
    (base / "content" / "articles" / "hostile.md").write_text(ARTICLE, encoding="utf-8")
    site = base / "site"
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--site-dir", str(site), "--jobs", "1"],
                            cwd=base, env=_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    sheets = [yamlio.load(p) for p in (base / "content" / "meetings").glob("*.yaml")]
    hostile = [s for s in sheets if any(src["article"] == "hostile" for src in s["sources"])]
    assert hostile, "the hostile article was not read as a meeting report"
    source = next(src for src in hostile[0]["sources"] if src["article"] == "hostile")
    assert "<script>" in source["title"] and "onerror" in source["outlet"]
    assert "url" not in source                # only http(s) links are kept from articles
    return site


@pytest.fixture(scope="module")
def sheet_site(tmp_path_factory) -> Path:
    """Hand-written hostile fact sheets and gazetteer entries, built with `mkdocs build --strict`."""
    base = _project(tmp_path_factory.mktemp("inject-sheets"))
    meetings = base / "content" / "meetings"
    shutil.copytree(ROOT / "content" / "meetings", meetings)
    counter = itertools.count()
    renames = {}                              # article names, consistently hostile
    for path in sorted(meetings.glob("*.yaml"))[:6]:
        data = yamlio.load(path)
        for src in data["sources"]:
            renames.setdefault(src["article"], f"{src['article']} {HOSTILE[len(renames) % len(HOSTILE)]}")
        data = _poison(data, counter)
        FactSheet.model_validate(data)
        path.write_text(yamlio.dumps(data), encoding="utf-8")
    gaz = base / "content" / "gazetteer"
    with (gaz / "people.yaml").open("a", encoding="utf-8") as f:
        f.write(yamlio.dumps([{"id": "hostile-person", "name": f"شخص {HOSTILE[0]}", "latin": HOSTILE[1],
                               "variants": [HOSTILE[2]], "country": "syria", "description": HOSTILE[3],
                               "offices": [{"title": f"وزير {HOSTILE[4]}", "start": "2010",
                                            "source": "Q42"}]}]))   # sourced: no warning to fail --strict
    with (gaz / "places.yaml").open("a", encoding="utf-8") as f:
        f.write(yamlio.dumps([{"id": "hostile-place", "name": f"مكان {HOSTILE[6]}", "kind": "city",
                               "country": "syria", "variants": [HOSTILE[5]]}]))
    with (gaz / "topics.yaml").open("a", encoding="utf-8") as f:
        f.write(yamlio.dumps([{"id": "hostile-topic", "label": f"موضوع {HOSTILE[7]}",
                               "keywords": [HOSTILE[8]]}]))
    extra = {
        "id": "2019-01-01-hostile-person", "title": HOSTILE[0], "date": "2019-01-01", "date_precision": "day",
        "kind": "visit",
        "place": {"name": HOSTILE[6], "id": "hostile-place", "venue": HOSTILE[9], "evidence": [
            {"article": "evil", "sentence": HOSTILE[11]}]},
        "participants": [
            {"name": HOSTILE[1], "id": "hostile-person", "role": "host", "office": HOSTILE[2]},
            {"name": HOSTILE[3], "id": "not-in-gazetteer", "in_gazetteer": False, "role": "guest",
             "office": HOSTILE[10], "evidence": [{"article": "evil", "sentence": HOSTILE[12]}]}],
        "mentioned": [{"name": HOSTILE[5], "id": "hostile-mention", "reason": HOSTILE[7], "in_gazetteer": False}],
        "topics": [{"id": "hostile-topic", "label": HOSTILE[8]}],
        "summary": [{"text": HOSTILE[4], "article": "evil"}, {"text": HOSTILE[9], "template": HOSTILE[10]}],
        "key_points": [{"topic": "hostile-topic", "text": HOSTILE[5], "article": "evil"}],
        "quotes": [{"speaker": HOSTILE[0], "speaker_id": "hostile-person", "text": HOSTILE[1], "article": "evil"}],
        "sources": [{"article": "evil", "title": HOSTILE[2], "outlet": HOSTILE[3], "published": "2019-01-01",
                     "url": BAD_URL}],
        "conflicts": [{"field": "date", "values": [{"value": HOSTILE[6], "articles": ["evil"]}]}],
        "review": {"needed": True, "reasons": [HOSTILE[7]], "corrections": [HOSTILE[11]]},
    }
    FactSheet.model_validate(extra)
    (meetings / f"{extra['id']}.yaml").write_text(yamlio.dumps(extra), encoding="utf-8")
    site = base / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                             str(base / "mkdocs.yml"), "-d", str(site)],
                            cwd=base, env=_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# ------------------------------------------------------------------ the HTML audit

class _Audit(HTMLParser):
    """Text of a page, and anything from content that would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.bad: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "link", "img", "br", "hr", "input", "source"):
            self.open.append(tag)
        for name, value in attrs:
            value = value or ""
            flat = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            if name.startswith("on") and "pwned" in value:
                self.bad.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction", "xlink:href", "data", "srcdoc") and \
                    flat.startswith(("javascript:", "vbscript:", "data:text")):
                self.bad.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "svg", "img", "object", "embed", "math", "script", "style") and \
                any("pwned" in (v or "") for _, v in attrs):
            self.bad.append(f"<{tag} {attrs}> from content")

    def handle_endtag(self, tag):
        while self.open and self.open[-1] != tag and tag in self.open:
            self.open.pop()
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data):
        inside = self.open[-1] if self.open else ""
        if inside in ("script", "style") and ("pwned" in data or "display:none}" in data.replace(" ", "")):
            self.bad.append(f"<{inside}> from content: {data[:80]!r}")
        if inside not in ("script", "style"):
            self.text.append(data)

    def handle_comment(self, data):
        if "pwned" in data or "open comment" in data:
            self.bad.append(f"comment from content: {data[:80]!r}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pages(site: Path, audit: bool = True) -> dict[str, str]:
    """Site path → visible text of every page that shows content (audited unless told not to)."""
    out = {}
    for path in sorted(site.rglob("*.html")):
        source = path.read_text(encoding="utf-8")
        if "pwned" not in source and "7*191" not in source:
            continue
        parser = _Audit()
        parser.feed(source)
        parser.close()
        assert not (audit and parser.bad), f"{path.relative_to(site)}: {parser.bad[:5]}"
        out[path.relative_to(site).as_posix()] = _norm("".join(parser.text))
    return out


def _assert_text_only(site: Path, expected: list[str]) -> dict[str, str]:
    pages = _pages(site)
    assert pages, "no page shows the hostile content"
    everything = " ".join(pages.values())
    for value in expected:
        assert _norm(value) in everything, f"{value!r} does not appear as text on any page"
    for page, text in pages.items():
        assert "1337" not in text, f"{page}: a template was evaluated ({{{{ 7*191 }}}} → 1337)"
        assert text.count("JINJA-RAN") == text.count("{% if true %}JINJA-RAN{% endif %}"), \
            f"{page}: a template tag was evaluated"
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "javascript:window" not in re.sub(r"&[^;]+;", "", "".join(re.findall(r'(?:href|src)="([^"]*)"', html)))
    return pages


def test_hostile_article_reaches_the_site_as_text(article_site):
    pages = _assert_text_only(article_site, ["<script>window.__pwned=11;alert(11)</script>",
                                             '<img src=x onerror="window.__pwned=12">'])
    assert any(p.startswith("meetings/") for p in pages)


def test_hostile_sheets_and_gazetteer_reach_the_site_as_text(sheet_site):
    pages = _assert_text_only(sheet_site, HOSTILE)
    assert "meetings/2019-01-01-hostile-person.html" in pages
    assert any(p.startswith("people/") for p in pages) and any(p.startswith("places/") for p in pages)


def test_data_files_carry_no_live_markup(sheet_site):
    """Feeds and exports are read by other programs: hostile text stays escaped or plain data."""
    import json
    data = json.loads((sheet_site / "data" / "meetings.json").read_text(encoding="utf-8"))
    assert "<script>window.__pwned=1" in json.dumps(data, ensure_ascii=False)     # kept as data
    import xml.etree.ElementTree as ET
    feed = ET.parse(sheet_site / "data" / "feed.xml").getroot()       # well-formed: no raw markup
    for el in feed.iter():
        assert el.tag.rsplit("}", 1)[-1] not in ("script", "img", "iframe", "svg", "a"), el.tag
        assert not (el.get("href") or "").lower().startswith("javascript:")
        if el.get("type") in ("html", "xhtml"):                      # rendered by feed readers
            audit = _Audit()
            audit.feed(el.text or "")
            assert not audit.bad, audit.bad


# ------------------------------------------------------------------ in Chromium

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


_LIVE = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value || '';
      if (a.name.startsWith('on') && v.includes('pwned')) bad.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\\s*javascript:/i.test(v)) bad.push(el.tagName + ' ' + a.name + '=' + v);
    }
    if (el.tagName === 'SCRIPT' && el.textContent.includes('pwned')) bad.push('SCRIPT');
  }
  return bad;
}"""


def _visit(browser, base_url: str, paths: list[str]) -> None:
    context = browser.new_context()
    dialogs: list[str] = []
    try:
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
        for path in paths:
            page.goto(base_url + path, wait_until="load")
            page.wait_for_timeout(100)
            assert page.evaluate("() => typeof window.__pwned") == "undefined", f"{path}: a payload ran"
            assert page.evaluate(_LIVE) == [], f"{path}: live markup from content"
            assert not dialogs, f"{path}: a dialog opened: {dialogs}"
        # the search renders results from the index: hostile text must stay text there too
        page.goto(base_url + "index.html", wait_until="load")
        # "الأسد" and "شخص"/"مكان" (the hostile gazetteer entries) find pages holding payloads
        for query in ("الأسد", "شخص", "مكان", "script", "onerror", "javascript"):
            box = page.locator("input.md-search__input")
            box.click()
            box.fill(query)
            box.press("End")                  # Material searches on key-up
            if query == "الأسد":              # results holding hostile text are rendered
                page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
            page.wait_for_timeout(300)
            for link in page.locator(".md-search-result__link").all()[:5]:
                href = link.get_attribute("href") or ""
                assert not href.lower().lstrip().startswith("javascript:")
            assert page.evaluate("() => typeof window.__pwned") == "undefined", f"search {query!r}: a payload ran"
            assert page.evaluate(_LIVE) == [], f"search {query!r}: live markup from content"
            page.keyboard.press("Escape")
        assert not dialogs, f"a dialog opened: {dialogs}"
    finally:
        context.close()


@pytest.mark.browser
def test_no_payload_runs_in_chromium(browser, article_site, sheet_site):
    for site in (article_site, sheet_site):
        pages = sorted(_pages(site, audit=False))     # the browser judges on its own
        server, url = _serve(site)
        try:
            _visit(browser, url, ["index.html", *pages])
        finally:
            server.shutdown()
            server.server_close()
