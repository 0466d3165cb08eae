"""Content is untrusted text from the web: it must reach the site as text, nothing else."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from generator.site.escape import external_url, text

from .factory import build_site, sheet, write_sheets
from .htmlpage import read_page

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[x](javascript:alert(3))",
    "![p](http://evil.example/p.png)",
    "{{ 7*7 }}",
    "{% raw %}",
    "**bold** _it_ `code` ~~del~~ ==mark== :smile:",
    "# heading\n- item\n> quote",
    "| a | b |",
    "{: onclick=\"alert(4)\" }",
    "<!-- open comment",
    "&lt;b&gt; &amp;",
    "\u202eevil\u202c",
]
JOINED = " ".join(HOSTILE)


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_text_has_no_markup(value):
    out = re.sub(r"&#\d+;", "", str(text(value)).replace("<bdi>", "").replace("</bdi>", ""))
    for special in "<>&\"'[]()*_`{}#|!:~=%":
        assert special not in out
    assert "\u202e" not in out


def test_latin_and_mixed_runs_are_isolated():
    assert str(text("منظومة S-400 الروسية")) == "منظومة <bdi>S&#45;400</bdi> الروسية"
    assert str(text("في 2016 وصل")) == "في 2016 وصل"
    assert "<bdi>2016&#45;06&#45;18</bdi>" in str(text("تاريخ 2016-06-18 هنا"))


@pytest.mark.parametrize("url,ok", [
    ("https://example.com/a?b=1&c=2", True), ("http://example.com/x y", True),
    ("javascript:alert(1)", False), ("JAVASCRIPT:alert(1)", False), (" javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("//evil.example/x", False),
    ("vbscript:x", False), ("https://", False), ("", False), (None, False),
])
def test_only_http_links_survive(url, ok):
    out = external_url(url)
    assert (out is not None) == ok
    if out:
        assert '"' not in out and "<" not in out and " " not in out


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.in_article += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("href", "src") and value and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.problems.append(f"<{tag} {name}={value}>")
        if self.in_article and tag in ("script", "img", "iframe", "object", "embed", "style"):
            self.problems.append(f"<{tag}> in article")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    evidence = [{"article": "a1", "sentence": JOINED, "rule": JOINED}]
    bad = sheet(
        "hostile-sheet", "2019-05-02",
        [("bashar-al-assad", "بشار الأسد"), ("hostile-person", "<script>alert(5)</script> {{ 7*7 }}")],
        ("hostile-place", '<img src=x onerror="alert(6)">'),
        title=JOINED,
        summary=[{"text": JOINED, "article": "a1"}],
        key_points=[{"text": JOINED, "article": "a1"}],
        quotes=[{"speaker": JOINED, "text": JOINED, "article": "a1"}],
        topics=[{"id": "hostile-topic", "label": JOINED, "evidence": evidence}],
        mentioned=[{"id": "someone", "name": JOINED, "reason": JOINED}],
        sources=[{"article": "a1", "title": JOINED, "outlet": JOINED, "url": "javascript:alert(7)"},
                 {"article": "a2", "title": "ok", "url": 'https://example.com/"><script>alert(8)</script>'}],
        date_evidence=[{"article": "a1", "sentence": JOINED, "value": JOINED}],
        conflicts=[{"field": JOINED, "values": [{"value": JOINED, "articles": ["a1", JOINED]}]}],
        review={"needed": True, "reasons": [JOINED]},
    )
    bad.participants[1].in_gazetteer = False
    bad.participants[1].office = JOINED
    good = sheet("plain-sheet", "2019-06-01", [("bashar-al-assad", "بشار الأسد")])
    meetings = write_sheets(tmp / "meetings", [bad, good])
    return build_site(tmp, meetings)


def test_hostile_strings_appear_as_text_on_every_page(hostile_site):
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        audit = _Audit()
        audit.feed(path.read_text(encoding="utf-8"))
        assert not audit.problems, (path, audit.problems)
    page = read_page(hostile_site / "meetings" / "hostile-sheet.html")
    assert "<script>alert(1)</script>" in page.text
    assert "{{ 7*7 }}" in page.text and "49" not in page.text
    assert "[x](javascript:alert(3))" in page.text
    assert "{% raw %}" in page.text
    assert not any(link.href.lower().startswith(("javascript", "data")) for link in page.links)
    assert "https://example.com/%22%3E%3Cscript%3Ealert(8)%3C/script%3E" in page.hrefs() or \
        "https://example.com/%22%3E%3Cscript%3Ealert%288%29%3C/script%3E" in page.hrefs()
    person = read_page(hostile_site / "people" / "hostile-person.html")
    assert "<script>alert(5)</script> {{ 7*7 }}" in person.text
    assert person.headings[0] == "<script>alert(5)</script> {{ 7*7 }}"


def test_titles_in_head_and_search_index_stay_escaped(hostile_site):
    html = (hostile_site / "meetings" / "hostile-sheet.html").read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    assert "<script>alert" not in head and "onerror=" not in head.replace("onerror=&#34;", "")
    # The digest's search index keeps display text as data; the search worker escapes it when
    # it shows a result, so the results must come out escaped.
    from .test_search_index import worker

    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    items = worker(index, [["search", "alert"]])[0]
    assert items
    for item in items:
        for field in ("title", "text"):
            value = item[field]
            assert "<script" not in value and "<img" not in value, (item["location"], field, value[:200])


def test_data_files_carry_the_text_verbatim(hostile_site):
    data = json.loads((hostile_site / "data" / "meetings.json").read_text(encoding="utf-8"))
    hostile = next(m for m in data["meetings"] if m["id"] == "hostile-sheet")
    assert hostile["title"] == JOINED
    csv = (hostile_site / "data" / "meetings.csv").read_text(encoding="utf-8-sig")
    assert "<script>alert(1)</script>" in csv
    feed = (hostile_site / "data" / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in feed and "&lt;script&gt;" in feed


def test_an_empty_archive_still_builds(tmp_path):
    site = build_site(tmp_path, write_sheets(tmp_path / "meetings", []))
    assert (site / "index.html").exists() and (site / "years" / "index.html").exists()


def test_a_broken_sheet_fails_the_build_with_file_and_line(tmp_path):
    meetings = write_sheets(tmp_path / "meetings", [sheet("ok", "2020", [("bashar-al-assad", "بشار الأسد")])])
    (meetings / "bad.yaml").write_text("id: bad\ntitle: t\ndate: 2020-13-45\nkind: visit\n"
                                       "participants: []\nsources: []\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"bad\.yaml:3"):
        build_site(tmp_path, meetings)
