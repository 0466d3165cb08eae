"""Where every generated page and file lives, and links between them.

Source paths are ASCII, built from ids (validated by the fact sheet models), and links are
written as relative paths to the Markdown sources, so the site engine resolves and checks
them and the site works from any folder, on a web server or from file://.
"""
from __future__ import annotations

import functools

from markupsafe import Markup

from .escape import internal_href

HOME = "index.md"
REVIEW = "review/index.md"
ABOUT = "about.md"
YEARS = "years/index.md"
PEOPLE = "people/index.md"
PLACES = "places/index.md"
TOPICS = "topics/index.md"
CSS = "assets/digest.css"
DATA_JSON = "data/meetings.json"
DATA_CSV = "data/meetings.csv"
DATA_ATOM = "data/feed.xml"
DATA_ICS = "data/meetings.ics"


def meeting(sheet_id: str) -> str:
    """Source path of a meeting page."""
    return f"meetings/{sheet_id}.md"


def year(value: int) -> str:
    """Source path of a year page."""
    return f"years/{value}.md"


def person(person_id: str) -> str:
    """Source path of a person page."""
    return f"people/{person_id}.md"


def place(place_id: str) -> str:
    """Source path of a place page."""
    return f"places/{place_id}.md"


def topic(topic_id: str) -> str:
    """Source path of a topic page."""
    return f"topics/{topic_id}.md"


def relative(here: str, target: str) -> Markup:
    """Link from the page at `here` to the source `target` (both relative to the site root)."""
    return _relative(here.rpartition("/")[0], target)


@functools.lru_cache(maxsize=1 << 16)   # a site links the same few thousand pages from a few folders
def _relative(folder: str, target: str) -> Markup:
    # Plain segment arithmetic: posixpath.relpath consults the working directory on every
    # call, which dominated the build with thousands of pages.
    base = folder.split("/") if folder else []
    parts = target.split("/")
    common = 0
    while common < min(len(base), len(parts) - 1) and base[common] == parts[common]:
        common += 1
    return internal_href("/".join([".."] * (len(base) - common) + parts[common:]))


def page_href(here: str, target: str, directory_urls: bool) -> Markup:
    """Link from the built page of source `here` to that of `target`, as the site engine
    writes a Markdown link between them (links in raw HTML blocks it leaves as they are)."""
    href = relative(public_path(here, directory_urls), public_path(target, directory_urls))
    return href or internal_href("./")   # a page's link to itself, with directory URLs


def public_path(src: str, directory_urls: bool) -> str:
    """Path of the built page for a source path, as the site engine publishes it."""
    if not src.endswith(".md"):
        return src
    stem = src[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"
