"""Phase two: every generated page and file of the site, as a plain function of the catalog.

No site-engine types here: the result is a list of (source path, content, in nav) that any
static-site engine can take in memory. plugin.py hands it to MkDocs; a Zensical adapter
would hand the same list to Zensical.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
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


@dataclass(frozen=True)
class PageJob:
    """One page to make: its source path, template and the view that prepares its values.
    Views run only when asked, so a build that reuses a page need not prepare it."""

    src: str
    template: str
    view: Callable[[], dict]
    in_nav: bool

    def render(self, labels: Labels, values: dict | None = None) -> str:
        """The page's Markdown (from `values` when already prepared)."""
        return render(self.template, L=labels, **(self.view() if values is None else values))


def page_jobs(ctx: Context) -> list[PageJob]:
    """Every page of the site, in the order the site engine should read them: the pages in
    the navigation first, so their titles are known before any other page is made."""
    catalog = ctx.catalog

    def job(src: str, template: str, view: Callable[..., dict], *args: object) -> PageJob:
        return PageJob(src, template, functools.partial(view, ctx, *args), src in NAV_PAGES)

    out = [
        job(urls.HOME, "home.md.j2", home_context),
        job(urls.YEARS, "years_index.md.j2", years_index_context),
        job(urls.PEOPLE, "people_index.md.j2", people_index_context),
        job(urls.PLACES, "places_index.md.j2", places_index_context),
        job(urls.TOPICS, "topics_index.md.j2", topics_index_context),
        job(urls.REVIEW, "review.md.j2", review_context),
    ]
    out += [job(urls.meeting(e.id), "meeting.md.j2", meeting_context, e) for e in catalog.entries]
    out += [job(urls.year(y), "year.md.j2", year_context, y) for y in sorted(catalog.years)]
    out += [job(urls.person(p), "person.md.j2", person_context, catalog.people[p])
            for p in sorted(catalog.people)]
    out += [job(urls.place(p), "place.md.j2", place_context, catalog.places[p])
            for p in sorted(catalog.places)]
    out += [job(urls.topic(t), "topic.md.j2", topic_context, catalog.topics[t])
            for t in sorted(catalog.topics)]
    return out


DATA_FILES = (urls.DATA_JSON, urls.DATA_CSV, urls.DATA_ATOM, urls.DATA_ICS, urls.CSS)


def data_files(ctx: Context) -> list[Output]:
    """The open data files and the site's stylesheet (DATA_FILES, in that order)."""
    catalog, options = ctx.catalog, ctx.options
    return [
        Output(urls.DATA_JSON, meetings_json(catalog, options.directory_urls)),
        Output(urls.DATA_CSV, meetings_csv(catalog, options.directory_urls).encode("utf-8")),
        Output(urls.DATA_ATOM, atom_feed(ctx)),
        Output(urls.DATA_ICS, icalendar(ctx).encode("utf-8")),
        Output(urls.CSS, (ASSETS / "digest.css").read_bytes()),
    ]


def generate(catalog: Catalog, options: SiteOptions, labels: Labels | None = None,
             dates_file: Path = DATES_FILE) -> list[Output]:
    """All pages (Markdown), data files and assets of the site."""
    ctx = context(catalog, options, labels, dates_file)
    pages = [Output(j.src, j.render(ctx.labels), j.in_nav) for j in page_jobs(ctx)]
    return pages + data_files(ctx)
