"""The demo content's site, checked page by page against the fact sheets it was built from."""
from __future__ import annotations

import re

import pytest

from generator.factsheet.partialdate import sort_key
from generator.site.labels import load_labels

from .htmlpage import read_page

SEED_ARTICLES = {"000_3b596f72e28adffe", "001_1f18f6d037affcf3", "002_5f7e890db0b4e860",
                 "003_ec73693d1aa17ecc", "004_05805eb4d424d0c9"}
MOSCOW_SEED = "004_05805eb4d424d0c9"
LABELS = load_labels()
FOUNDING_PEOPLE = {"bashar-al-assad": "بشار الأسد", "sergei-shoigu": "سيرغي شويغو",
                   "vladimir-putin": "فلاديمير بوتين", "faisal-mekdad": "فيصل المقداد"}


def articles(entry) -> set[str]:
    return {s.article for s in entry.sheet.sources}


def meeting_href(entry, prefix="../meetings/") -> str:
    return f"{prefix}{entry.id}.html"


def test_every_page_is_arabic_and_right_to_left(demo_site):
    pages = list(demo_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert re.search(r'<html[^>]*\blang="ar"', html), path
        assert re.search(r'<html[^>]*\bdir="rtl"', html), path


def test_a_page_for_every_sheet_and_none_in_the_nav(demo_site, demo_sheets):
    home = read_page(demo_site / "index.html")
    nav = home.html[home.html.index('class="md-tabs"'):home.html.index("</nav>", home.html.index('class="md-tabs"'))]
    for entry in demo_sheets:
        assert (demo_site / "meetings" / f"{entry.id}.html").exists(), entry.id
        assert entry.id not in nav
    founding = [e for e in demo_sheets if articles(e) & SEED_ARTICLES]
    assert {a for e in founding for a in articles(e) & SEED_ARTICLES} == SEED_ARTICLES


def test_founding_years_and_people_have_pages(demo_site):
    for year in (2016, 2017, 2020, 2021):
        page = read_page(demo_site / "years" / f"{year}.html")
        assert str(year) in page.headings[0]
    for person_id, name in FOUNDING_PEOPLE.items():
        page = read_page(demo_site / "people" / f"{person_id}.html")
        assert page.headings[0] == name


def test_moscow_meeting_names_all_four_participants_with_links(demo_site, demo_sheets):
    moscow = [e for e in demo_sheets if MOSCOW_SEED in articles(e)]
    assert len(moscow) == 1
    page = read_page(demo_site / "meetings" / f"{moscow[0].id}.html")
    links = {link.href: link.text for link in page.links}
    for person_id, name in FOUNDING_PEOPLE.items():
        assert links.get(f"../people/{person_id}.html") == name
    assert links.get("../places/moscow.html") == "موسكو"


def test_meeting_page_shows_every_fact_with_its_source(demo_site, demo_sheets):
    for entry in demo_sheets:
        sheet = entry.sheet
        page = read_page(demo_site / "meetings" / f"{entry.id}.html")
        assert "المصادر والأدلة" in page.headings
        for n, source in enumerate(sheet.sources, 1):
            assert f'id="source-{n}"' in page.html
            if source.url:
                assert source.url.replace("&", "&amp;") in page.html
            if source.outlet:
                assert source.outlet in page.text
        for person in sheet.participants:
            assert person.name in page.text
            if person.office:
                assert person.office in page.text
        for topic in sheet.topics:
            assert any(link.text == topic.label for link in page.links)
        for quote in sheet.quotes:
            assert " ".join(quote.text.split()) in page.text
        sources = {s.article for s in sheet.sources}
        for ev in sheet.date_evidence:
            if ev.article in sources and ev.sentence != f"({ev.rule})":
                assert " ".join(ev.sentence.split()) in page.text
            else:  # an editor's note or the article's own date: said in Arabic, never quoted
                assert LABELS.evidence_rule(ev.rule) in page.text
                assert ev.sentence not in page.text and ev.article not in page.text
        assert page.html.count("<details") >= 1


def test_meeting_page_marks_review_state(demo_site, demo_sheets):
    for entry in demo_sheets:
        page = read_page(demo_site / "meetings" / f"{entry.id}.html")
        review = entry.sheet.review
        if review.reviewed:
            assert "digest-mark--ok" in page.html
        if review.needed and not review.reviewed:
            assert "بحاجة إلى مراجعة" in page.text


def test_meeting_page_links_previous_and_next_of_the_same_people(demo_site, demo_sheets):
    meetings = [e for e in demo_sheets if e.sheet.kind != "phone"]
    assad = [e for e in meetings if "bashar-al-assad" in {p.id for p in e.sheet.participants}]
    assert len(assad) >= 3
    middle = read_page(demo_site / "meetings" / f"{assad[1].id}.html")
    hrefs = middle.hrefs()
    assert meeting_href(assad[0], "") in hrefs
    assert meeting_href(assad[2], "") in hrefs


def test_2016_year_page_lists_the_june_meeting(demo_site, demo_sheets):
    june = [e for e in demo_sheets if str(e.sheet.date) == "2016-06-18"]
    assert june
    page = read_page(demo_site / "years" / "2016.html")
    assert "حزيران/يونيو 2016" in page.headings
    assert meeting_href(june[0]) in page.hrefs()
    assert "<svg" in page.html and 'role="img"' in page.html
    assert "السبت، 18 حزيران/يونيو 2016" in page.text


def test_year_pages_group_by_month_and_link_neighbours(demo_site, demo_sheets):
    years = sorted({e.year for e in demo_sheets if e.year})
    for i, year in enumerate(years):
        page = read_page(demo_site / "years" / f"{year}.html")
        hrefs = page.hrefs()
        if i:
            assert f"{years[i - 1]}.html" in hrefs
        if i + 1 < len(years):
            assert f"{years[i + 1]}.html" in hrefs
        for entry in demo_sheets:
            if entry.year == year:
                assert meeting_href(entry) in hrefs


def test_assad_page_lists_all_his_meetings_in_order(demo_site, demo_sheets):
    page = read_page(demo_site / "people" / "bashar-al-assad.html")
    mine = [e for e in demo_sheets if "bashar-al-assad" in {p.id for p in e.sheet.participants}]
    meetings = [meeting_href(e) for e in mine if e.sheet.kind != "phone"]
    calls = [meeting_href(e) for e in mine if e.sheet.kind == "phone"]
    listed = [h for h in page.hrefs() if h.startswith("../meetings/")]
    # Meetings in chronological order, then the calls, then quotations link back again.
    assert listed[:len(meetings)] == meetings
    assert listed[len(meetings):len(meetings) + len(calls)] == calls
    assert "الاتصالات الهاتفية" in page.headings
    assert "أكثر من التقاهم" in page.headings
    dates = [e.sheet.date for e in mine if e.sheet.kind != "phone"]
    assert dates == sorted(dates, key=sort_key)


def test_person_page_shows_offices_and_counterparts(demo_site):
    page = read_page(demo_site / "people" / "vladimir-putin.html")
    assert "المناصب" in page.headings
    assert "الرئيس الروسي" in page.text and "رئيس الوزراء الروسي" in page.text
    assert "Vladimir Putin" in page.text
    assert "../people/bashar-al-assad.html" not in page.hrefs()  # same folder: plain relative link
    assert "bashar-al-assad.html" in page.hrefs()


def test_place_and_topic_pages(demo_site, demo_sheets):
    damascus = read_page(demo_site / "places" / "damascus.html")
    syria = read_page(demo_site / "places" / "syria.html")
    in_damascus = [e for e in demo_sheets if e.sheet.place and e.sheet.place.id == "damascus"]
    for entry in in_damascus:
        assert meeting_href(entry) in damascus.hrefs()
        assert meeting_href(entry) in syria.hrefs()  # a country lists the meetings inside it
    assert "syria.html" in damascus.hrefs()
    for entry in demo_sheets:
        for topic in entry.sheet.topics:
            page = read_page(demo_site / "topics" / f"{topic.id}.html")
            assert meeting_href(entry) in page.hrefs()


def test_home_page(demo_site, demo_sheets):
    page = read_page(demo_site / "index.html")
    hrefs = page.hrefs()
    for data in ("data/meetings.json", "data/meetings.csv", "data/feed.xml", "data/meetings.ics"):
        assert data in hrefs
    latest = [e for e in demo_sheets if e.sheet.kind != "phone" and e.year][-1]
    assert f"meetings/{latest.id}.html" in hrefs
    for year in {e.year for e in demo_sheets if e.year}:
        assert f"years/{year}.html" in hrefs
    assert "people/bashar-al-assad.html" in hrefs
    assert "about.html" in hrefs and "review/index.html" in hrefs


def test_nav_is_small_and_lists_the_sections(demo_site):
    html = (demo_site / "index.html").read_text(encoding="utf-8")
    primary = html[html.index("md-sidebar--primary"):html.index("md-sidebar--secondary")]
    tabs = html[html.index('class="md-tabs"'):html.index("md-main")]
    assert tabs.count("md-tabs__item") <= 7
    for section in ("years/index.html", "people/index.html", "places/index.html",
                    "topics/index.html", "about.html"):
        assert section in primary
    assert "meetings/" not in primary + tabs and "review/" not in primary + tabs


def test_review_page_lists_sheets_needing_review_and_is_not_searchable(demo_site, demo_sheets):
    page = read_page(demo_site / "review" / "index.html")
    assert '<meta name="robots" content="noindex">' in page.html
    for entry in demo_sheets:
        listed = f"../meetings/{entry.id}.html" in page.hrefs()
        assert listed == (entry.sheet.review.needed and not entry.sheet.review.reviewed)
    index = (demo_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "review/index.html" not in index
    assert "meetings/" in index


def test_headings_have_readable_arabic_anchors(demo_site):
    page = read_page(demo_site / "years" / "2016.html")
    assert 'id="حزيرانيونيو-2016"' in page.html or 'id="حزيران-يونيو-2016"' in page.html
    meeting = next((demo_site / "meetings").glob("*.html")).read_text(encoding="utf-8")
    assert 'id="المصادر-والأدلة"' in meeting
    assert not re.search(r'id="_\d+"', meeting)


def test_no_request_to_another_host(demo_site):
    for path in demo_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        loads = re.finditer(r'<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="(?:https?:)?//'
                            r'|<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(?:https?:)?//', html)
        for match in loads:
            pytest.fail(f"{path}: loads {match.group(0)}")
