"""Lists of meetings (person, place, topic, year pages) reach the theme as ready HTML: each
item carries its date, a title linked to the meeting, the place and the people, and every
link resolves to a built page, with and without directory URLs."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from .factory import ROOT, build_site
from .htmlpage import read_page

ITEM = re.compile(r'<li><span class="digest-when"><strong>(?P<date>[^<]+)</strong>.*?</span> '
                  r'<a href="(?P<href>[^"]+)">(?P<title>[^<]+)</a>'
                  r'(?: <span class="digest-meta">(?P<meta>.*?)</span>)?(?:<ul>|</li>)')
LIST_PAGES = ["people/bashar-al-assad", "places/damascus", "places/syria", "years/2016",
              "topics/political-process", "index"]


def _resolve(site: Path, page: Path, href: str) -> Path:
    target = site / posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(),
                                                      href.split("#")[0]))
    return target / "index.html" if href.endswith("/") or href == "./" else target


def _items(site: Path, page: Path) -> list[re.Match]:
    found = list(ITEM.finditer(read_page(page).html))
    assert found, f"{page} lists no meeting"
    return found


def _check_page(site: Path, page: Path) -> None:
    for item in _items(site, page):
        assert item["date"].strip() and item["title"].strip()
        assert "/meetings/" in "/" + item["href"] or item["href"].startswith("meetings/")
        assert _resolve(site, page, item["href"]).is_file(), item["href"]
        meta = item["meta"] or ""
        assert "<a href=" in meta, f"{page}: no place or people linked in {item.group()}"
    for href in read_page(page).hrefs():
        if href and not href.startswith(("http:", "https:", "#", "mailto:")):
            assert _resolve(site, page, href).exists(), f"{page}: {href} leads nowhere"


@pytest.mark.parametrize("name", LIST_PAGES)
def test_list_items_carry_date_title_place_and_people(demo_site, name):
    _check_page(demo_site, demo_site / f"{name}.html")


def test_list_items_read_as_before(demo_site):
    page = read_page(demo_site / "places" / "damascus.html")
    item = _items(demo_site, demo_site / "places" / "damascus.html")[0]
    # the title links the meeting page, the place links this page, people their pages
    assert item["href"].startswith("../meetings/") and item["href"].endswith(".html")
    assert '<a href="damascus.html">' in item["meta"]
    assert re.search(r'<a href="\.\./people/[a-z0-9-]+\.html">', item["meta"])
    assert page.html.count('<li><span class="digest-when">') == len(_items(demo_site, demo_site
                                                                          / "places" / "damascus.html"))
    assert "**" not in page.text and "](" not in page.text   # no Markdown left unread
    assert "digest:raw" not in page.html   # the marks of the raw block are gone


RAW_CASES = [
    # a list the marks enclose comes out byte for byte, whatever Markdown it seems to hold
    ("<ul>\n<li>*a* [b](c) <em>d</em></li>\n</ul>", "<ul>\n<li>*a* [b](c) <em>d</em></li>\n</ul>"),
    # an empty list, and text either side of the block read as Markdown as ever
    ("<ul>\n</ul>", "<ul>\n</ul>"),
]


@pytest.mark.parametrize("block,out", RAW_CASES)
def test_a_marked_raw_block_passes_markdown_unparsed(block, out):
    import markdown

    from generator.site import raw_blocks

    text = f"Before *this*.\n\n{raw_blocks.OPEN}\n{block}\n{raw_blocks.CLOSE}\n\nAfter **that**."
    html = markdown.markdown(text, extensions=["md_in_html", raw_blocks.NAME])
    assert html == f"<p>Before <em>this</em>.</p>\n{out}\n<p>After <strong>that</strong>.</p>"
    # and it is what Python-Markdown's HTML block reader would have kept, the slow way
    plain = markdown.markdown(text.replace(raw_blocks.OPEN, "").replace(raw_blocks.CLOSE, ""),
                              extensions=["md_in_html"])
    assert out in plain


@pytest.fixture(scope="module")
def directory_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("dirurls")
    return build_site(tmp, ROOT / "content" / "meetings", settings={"use_directory_urls": True})


@pytest.mark.parametrize("name", LIST_PAGES)
def test_list_links_resolve_with_directory_urls(directory_site, name):
    page = directory_site / ("index.html" if name == "index" else f"{name}/index.html")
    _check_page(directory_site, page)
    if name == "places/damascus":   # a place's own page links itself as MkDocs does
        assert any('<a href="./">' in (i["meta"] or "") for i in _items(directory_site, page))
