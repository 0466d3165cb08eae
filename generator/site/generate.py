"""Phase two: every generated page and file of the site, as a plain function of the catalog.

No site-engine types here: the result is a list of (source path, content, in nav) that any
static-site engine can take in memory. plugin.py hands it to MkDocs; a Zensical adapter
would hand the same list to Zensical.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import urls
from .catalog import Catalog
from .common import Context, SiteOptions
from .datefmt import DATES_FILE, DateFormatter
from .exports import meetings_csv, meetings_json
from .feeds import atom_feed, icalendar
from .index_pages import (home_context, people_index_context, places_index_context,
                          review_context, topics_index_context, years_index_context)
from .labels import Labels, load_labels
from .meeting_page import meeting_context
from .person_page import person_context
from .place_topic_pages import place_context, topic_context
from .render import render
from .year_page import year_context

ASSETS = Path(__file__).parent / "assets"
NAV_PAGES = (urls.HOME, urls.YEARS, urls.PEOPLE, urls.PLACES, urls.TOPICS)


@dataclass(frozen=True)
class Output:
    """One generated file: its path in the site's sources and its content."""

    src: str
    content: str | bytes
    in_nav: bool = False


def context(catalog: Catalog, options: SiteOptions, labels: Labels | None = None,
            dates_file: Path = DATES_FILE) -> Context:
    """The shared view context for a catalog and options."""
    labels = labels or load_labels()
    return Context(catalog, labels, DateFormatter.from_file(labels, options.date_style, dates_file),
                   options)


def generate(catalog: Catalog, options: SiteOptions, labels: Labels | None = None,
             dates_file: Path = DATES_FILE) -> list[Output]:
    """All pages (Markdown), data files and assets of the site."""
    ctx = context(catalog, options, labels, dates_file)
    L = ctx.labels

    def page(src: str, template: str, values: dict) -> Output:
        return Output(src, render(template, L=L, **values), src in NAV_PAGES)

    out = [
        page(urls.HOME, "home.md.j2", home_context(ctx)),
        page(urls.YEARS, "years_index.md.j2", years_index_context(ctx)),
        page(urls.PEOPLE, "people_index.md.j2", people_index_context(ctx)),
        page(urls.PLACES, "places_index.md.j2", places_index_context(ctx)),
        page(urls.TOPICS, "topics_index.md.j2", topics_index_context(ctx)),
        page(urls.REVIEW, "review.md.j2", review_context(ctx)),
    ]
    out += [page(urls.meeting(e.id), "meeting.md.j2", meeting_context(ctx, e))
            for e in catalog.entries]
    out += [page(urls.year(y), "year.md.j2", year_context(ctx, y)) for y in sorted(catalog.years)]
    out += [page(urls.person(p), "person.md.j2", person_context(ctx, catalog.people[p]))
            for p in sorted(catalog.people)]
    out += [page(urls.place(p), "place.md.j2", place_context(ctx, catalog.places[p]))
            for p in sorted(catalog.places)]
    out += [page(urls.topic(t), "topic.md.j2", topic_context(ctx, catalog.topics[t]))
            for t in sorted(catalog.topics)]
    out += [
        Output(urls.DATA_JSON, meetings_json(catalog, options.directory_urls)),
        Output(urls.DATA_CSV, meetings_csv(catalog, options.directory_urls).encode("utf-8")),
        Output(urls.DATA_ATOM, atom_feed(ctx)),
        Output(urls.DATA_ICS, icalendar(ctx).encode("utf-8")),
        Output(urls.CSS, (ASSETS / "digest.css").read_bytes()),
    ]
    return out
