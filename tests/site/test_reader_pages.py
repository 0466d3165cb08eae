"""Every page of the demo site speaks to readers, not about the pipeline (issue 16).

No rule name, file path or article file name reaches a reader; sources are named by outlet
and date; calls are not flagged for lacking a place; summaries hold no relative time words;
the 404 page works from a folder; the feed is announced in <head>; every page has a footer
that says something; countries are links in the people table; counted nouns agree with their
numbers on every page.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.factsheet.partialdate import PartialDate
from generator.fuse.timewords import TimeWords
from generator.gazetteer import load_gazetteer
from generator.lang import load_language
from generator.site import urls
from generator.site.labels import load_labels, plural_form

from .factory import GAZETTEER, ROOT
from .htmlpage import read_page
from .test_labels_and_dates import HOLE, emitted_reasons, emitted_rules

LABELS = load_labels()
ARTICLES = ROOT / "content" / "articles"
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_./:'\-]*")
# Names of file formats a reader's software knows, on the home page and the about page.
FORMATS = {"JSON", "CSV", "Atom", "iCalendar", "UTF-8"}


class _Visible(HTMLParser):
    """Text a reader sees: no attributes, scripts, styles or drawings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg", "template"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(html: str) -> str:
    reader = _Visible()
    reader.feed(html)
    return " ".join(" ".join(reader.parts).split())


def text_nodes(html: str) -> list[str]:
    """The visible text, one string per text node (a count and its noun share one)."""
    reader = _Visible()
    reader.feed(html)
    return [" ".join(p.split()) for p in reader.parts if p.strip()]


@pytest.fixture(scope="module")
def pages(demo_site) -> dict[str, str]:
    """Every built page's visible text, by its path in the site."""
    return {str(p.relative_to(demo_site)): visible(p.read_text(encoding="utf-8"))
            for p in sorted(demo_site.rglob("*.html"))}


@pytest.fixture(scope="module")
def sheets() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "content" / "meetings").glob("*.yaml"))]


def _source_latin(sheets: list[dict]) -> set[str]:
    """Latin words the sources themselves wrote (headlines, sentences, quotes, outlets)."""
    texts = []
    for s in sheets:
        texts += [x["text"] for x in s["summary"] + s["key_points"] + s["quotes"]]
        texts += [src.get("title") or "" for src in s["sources"]] + [src.get("outlet") or "" for src in s["sources"]]
        texts += [ev["sentence"] for ev in s["date_evidence"] if not ev["article"].startswith("content/")]
        for group in [s.get("place") or {}, *s["participants"], *s["topics"], *s.get("mentioned", [])]:
            texts += [ev["sentence"] for ev in group.get("evidence", [])]
    return {w for t in texts for w in LATIN.findall(t)}


def test_no_page_shows_rule_names_file_paths_or_article_files(pages, sheets):
    gaz = load_gazetteer(GAZETTEER)
    names = {w for p in gaz.people.values() for w in LATIN.findall(p.latin or "")}
    data_files = {path.rsplit("/", 1)[1] for path in (urls.DATA_JSON, urls.DATA_CSV, urls.DATA_ATOM, urls.DATA_ICS)}
    allowed = names | FORMATS | data_files | _source_latin(sheets)
    article_ids = {p.stem for p in ARTICLES.iterdir()}
    machine = {r for r in emitted_rules() if HOLE not in r} | {r.split(HOLE)[0].strip() for r in emitted_reasons()}
    machine = {m for m in machine if len(m) > 3}
    wrong = []
    for path, text in pages.items():
        wrong += [f"{path}: Latin word {w!r}" for w in LATIN.findall(text) if w not in allowed]
        wrong += [f"{path}: article file {a!r}" for a in article_ids if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text)]
        wrong += [f"{path}: machine words {m!r}" for m in machine if m in text]
        wrong += [f"{path}: a path {m!r}" for m in ("content/", ".yaml", ".py") if m in text]
    assert not wrong, "\n".join(wrong[:20])


def test_sources_are_named_by_outlet_and_date(demo_site, sheets):
    dates = None
    for s in sheets:
        page = read_page(demo_site / "meetings" / f"{s['id']}.html")
        items = re.findall(r'<li id="source-\d+">(.*?)</li>', page.html, re.S)
        assert len(items) == len({src["article"] for src in s["sources"]})
        for src, item in zip(s["sources"], items):
            text = visible(item)
            assert src["article"] not in text
            assert (src.get("outlet") or LABELS.meeting.unnamed_source) in text
            assert (src.get("title") or LABELS.meeting.untitled_source) in text or \
                " ".join((src.get("title") or "").split()) in text
            if src.get("published"):
                from generator.site.datefmt import DateFormatter
                dates = dates or DateFormatter.from_file(LABELS, "both")
                assert dates.format(PartialDate.parse(str(src["published"])), weekday=False) in text
            # outlet first, then the date, then the headline
            assert text.index(src.get("outlet") or LABELS.meeting.unnamed_source) == 0
    unnamed = [src for s in sheets for src in s["sources"] if not src.get("outlet") and not src.get("published")]
    assert unnamed, "the demo has sources with neither outlet nor date"


def test_calls_are_not_flagged_for_lacking_a_place(demo_site, sheets, pages):
    calls = [s for s in sheets if s["kind"] == "phone"]
    assert len(calls) == 3
    no_place = LABELS.review_reason("no place found")
    for s in calls:
        text = pages[f"meetings/{s['id']}.html"]
        assert no_place not in text
        if not s.get("place"):  # nor told that its place is unknown: it has none
            assert LABELS.meeting.unknown_place not in text
        if not s["review"]["needed"]:
            assert LABELS.marks.uncertain not in text
    review = pages["review/index.html"]
    assert no_place not in review
    for s in calls:
        assert s["title"] not in review or s["review"]["needed"]


def test_summaries_hold_no_relative_time_words(demo_site, sheets):
    times = TimeWords(load_language())
    shown = 0
    for s in sheets:
        html = (demo_site / "meetings" / f"{s['id']}.html").read_text(encoding="utf-8")
        summary = re.search(r'<h2 id="[^"]*">الملخص.*?</h2>(.*?)<h2', html, re.S)
        points = re.search(r'<h2 id="[^"]*">أبرز النقاط.*?</h2>(.*?)<h2', html, re.S)
        for block in filter(None, [summary, points]):
            text = re.sub(r"\[\d+\]", " ", visible(block.group(1)))
            found = [text[a:b] for a, b, _ in times.expressions(text)]
            assert not found, (s["id"], found)
            shown += 1
            assert '"' not in text and "“" not in text and "”" not in text, (s["id"], text)
    assert shown >= len(sheets)


def test_a_reviewed_meeting_says_who_checked_it_and_when(pages, sheets):
    reviewed = [s for s in sheets if s["review"]["reviewed"]]
    assert reviewed
    from generator.site.datefmt import DateFormatter
    dates = DateFormatter.from_file(LABELS, "both")
    for s in reviewed:
        text = pages[f"meetings/{s['id']}.html"]
        day = dates.format(PartialDate.parse(str(s["review"]["reviewed_on"])), weekday=False)
        assert LABELS.meeting.reviewed_on.format(date=day) in text
        assert LABELS.evidence_rule("editor correction") in text
        for fix in s["review"]["corrections"]:
            assert fix not in text and fix.split(":")[0] not in text


def test_the_404_page_is_arabic_and_works_from_a_folder(demo_site):
    html = (demo_site / "404.html").read_text(encoding="utf-8")
    text = visible(html)
    assert LABELS.not_found.title in text and "Not found" not in text
    assert f"<title>{LABELS.not_found.title}" in html
    absolute = re.findall(r'\s(?:href|src)="(/[^"]*)"', html)
    assert not absolute, absolute
    assert '"base": "."' in html
    for target in re.findall(r'<a href="([^"#]+)"', html):
        if "://" not in target:
            assert (demo_site / target).exists(), target


def test_every_page_announces_the_feed_and_has_a_footer(demo_site, pages):
    footer = LABELS.footer
    for path in sorted(demo_site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        head = html[:html.index("</head>")]
        feed = re.search(r'<link rel="alternate" type="application/atom\+xml" title="([^"]+)" href="([^"]+)">', head)
        assert feed, path
        assert (path.parent / feed.group(2)).resolve() == (demo_site / urls.DATA_ATOM).resolve(), path
        meta = html[html.index('class="md-footer-meta'):]
        text = visible(meta)
        for label in (footer.feed, footer.review, footer.data):
            assert label in text, (path, label)
        assert LABELS.count("meeting", 15) in text and "2015" in text and "2023" in text, (path, text)
        for href in re.findall(r'<a href="([^"]+)"', meta[:meta.index("</footer>")]):
            target = (path.parent / href.split("#")[0]).resolve()
            assert target.exists(), (path, href)


def test_every_country_in_the_people_table_is_a_link(demo_site):
    page = read_page(demo_site / "people" / "index.html")
    rows = re.findall(r"<tr>(.*?)</tr>", page.html, re.S)[1:]
    assert len(rows) >= 10
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        country = cells[1]
        assert visible(country) and re.search(r'<a href="\.\./places/[a-z-]+\.html"', country), row
    for href in re.findall(r'href="(\.\./places/[a-z-]+\.html)"', page.html):
        assert (demo_site / "people" / href).resolve().exists(), href


COUNTED = {"meeting": ("لقاء", "لقاءً", "لقاءات", "لقاءان"),
           "call": ("اتصال", "اتصالاً", "اتصالات", "اتصالان"),
           "person": ("شخص", "شخصاً", "أشخاص", "شخصان"),
           "source": ("مصدر", "مصدراً", "مصادر", "مصدران")}


def test_counted_nouns_agree_with_their_numbers_on_every_page(demo_site, pages):
    """One helper says "N لقاء/لقاءً/لقاءات" by the Arabic rules; every page uses it, and the
    search box's count needs no noun at all."""
    forms = {word: noun for noun, words in COUNTED.items() for word in words}
    seen = 0
    for page in sorted(demo_site.rglob("*.html")):
        path = str(page.relative_to(demo_site))
        text = "\n".join(text_nodes(page.read_text(encoding="utf-8")))
        for number, word in re.findall(r"(?<![\d/.-])(\d+) ([\u0621-\u064A\u064B-\u0652]+)", text):
            noun = forms.get(word)
            if noun is None or len(number) == 4:  # a year before a noun, in a source's sentence
                continue
            seen += 1
            assert LABELS.count(noun, int(number)) == f"{number} {word}", (path, number, word)
    assert seen > 50
    html = (demo_site / "index.html").read_text(encoding="utf-8")
    assert '"search.result.other": "' in html
    other = re.search(r'"search\.result\.other": "([^"]*)"', html).group(1)
    assert other.encode().decode("unicode_escape").endswith("#"), other  # no noun after the count
    for noun in COUNTED:
        for n in (1, 2, 3, 10, 11, 99, 100, 101, 103, 111):
            shown = LABELS.count(noun, n)
            assert shown.split()[-1] in COUNTED[noun] or plural_form(n) in ("one", "two"), shown


def test_disagreements_and_unknown_machine_words_read_in_arabic():
    """What fusion may write that the demo does not show: conflicts on a date (as ISO days and
    as partial dates), unknown rules, fields and reasons. Nothing of it reaches a reader in
    English."""
    from generator.site.catalog import Entry, build_catalog
    from generator.site.common import SiteOptions
    from generator.site.generate import context
    from generator.site.meeting_page import meeting_context

    from .factory import sheet

    odd = sheet("2019-odd", "2019", [("bashar-al-assad", "بشار الأسد")], ("damascus", "دمشق"),
                date_evidence=[{"article": "a1", "sentence": "(shortly before the front matter)",
                                "rule": "shortly before the front matter"},
                               {"article": "a1", "sentence": "التقى الأسد.", "rule": "a rule from tomorrow"},
                               {"article": "content/corrections/x.yaml:3", "sentence": "per readout",
                                "rule": "editor correction"}],
                conflicts=[{"field": "date", "values": [
                    {"value": "2019-03-05", "articles": ["a1"]},
                    {"value": "2019/2020, month 3, weekday 1", "articles": ["a1"]},
                    {"value": "any", "articles": ["a1"]}]},
                    {"field": "mood", "values": [{"value": "هادئ", "articles": ["a1"]}]}],
                confidence={"date": 0.4, "mood": 0.5},
                review={"needed": True, "reasons": ["sources disagree on date, mood", "a new worry"]})
    catalog = build_catalog([Entry(odd, "x.yaml")], load_gazetteer(GAZETTEER))
    view = meeting_context(context(catalog, SiteOptions(date_style="both")), catalog.entries[0])
    def strings(value):
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    shown = strings({k: view[k] for k in ("evidence", "conflicts", "confidence", "review")})
    assert not [s for s in shown if re.search(r"[A-Za-z]", s)], shown
    readings = [r["value"] for r in view["conflicts"][0]["readings"]]
    assert readings == ["الثلاثاء، 5 آذار/مارس 2019", "الثلاثاء آذار/مارس 2019/2020", LABELS.dates.unknown]
    assert [c["field"] for c in view["conflicts"]] == [LABELS.facts.date, LABELS.facts.other]
    date = view["evidence"][0]["sentences"]
    assert date[0]["sentence"] is None and date[0]["rule"] == LABELS.evidence_rule("shortly before the front matter")
    assert date[1]["rule"] == LABELS.evidence_rules.fallback
    assert date[2] == {"sentence": None, "ref": None, "rule": LABELS.evidence_rule("editor correction")}
    assert view["review"]["reasons"] == [f"تختلف المصادر في: {LABELS.facts.date}، {LABELS.facts.other}",
                                         LABELS.review_reasons.fallback]
