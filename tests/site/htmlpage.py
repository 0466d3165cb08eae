"""A small reader of built pages: the article's text, its links and its headings."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Link:
    href: str
    text: str


@dataclass
class Page:
    html: str
    text: str = ""
    links: list[Link] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    tags: list[tuple[str, dict]] = field(default_factory=list)
    html_attrs: dict = field(default_factory=dict)

    def hrefs(self) -> list[str]:
        return [link.href for link in self.links]


class _Reader(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.depth = 0  # inside <article>
        self.link: Link | None = None
        self.heading: list[str] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.page.html_attrs = attrs
        if tag == "article":
            self.depth += 1
        if not self.depth:
            return
        self.page.tags.append((tag, attrs))
        if tag == "a" and "headerlink" not in (attrs.get("class") or ""):
            self.link = Link(attrs.get("href") or "", "")
        if tag in ("h1", "h2", "h3"):
            self.heading = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "a" and self.link is not None:
            self.link.text = " ".join(self.link.text.split())
            self.page.links.append(self.link)
            self.link = None
        if tag in ("h1", "h2", "h3") and self.heading is not None:
            self.page.headings.append(" ".join("".join(self.heading).replace("¶", "").split()))
            self.heading = None

    def handle_data(self, data):
        if not self.depth:
            return
        self.text.append(data)
        if self.link is not None:
            self.link.text += data
        if self.heading is not None:
            self.heading.append(data)


def read_page(path: Path) -> Page:
    """Parse a built page; text, links and headings are those of its <article>."""
    page = Page(path.read_text(encoding="utf-8"))
    reader = _Reader(page)
    reader.feed(page.html)
    page.text = " ".join("".join(reader.text).split())
    return page
