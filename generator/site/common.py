"""What every page view needs: options, labels, dates, links and the meeting list item.

Views turn the catalog into plain dictionaries of display strings and links; templates
only print them. Strings stay plain (the renderer escapes them); links are checked paths.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from . import urls
from .catalog import Catalog, Entry
from .datefmt import DateFormatter
from .labels import Labels

# Below this extraction confidence a date is shown as uncertain even if nobody flagged it.
UNCERTAIN_DATE = 0.5


@dataclass(frozen=True)
class SiteOptions:
    """Site settings that change pages (the adapter fills them from the site config)."""

    date_style: str = "levantine"
    latest: int = 10
    top: int = 10
    feed_size: int = 50
    directory_urls: bool = False
    site_url: str | None = None
    site_name: str = ""
    has_about: bool = False


@dataclass
class Context:
    """The catalog and settings every view reads. The small views below (a person, a place,
    a meeting in a list) are asked for again and again across thousands of pages; each is
    made once per folder and shared, read-only: views copy before they add (dict(x, k=v))."""

    catalog: Catalog
    labels: Labels
    dates: DateFormatter
    options: SiteOptions
    _memo: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)

    def link(self, here: str, target: str, html: bool = False) -> Markup:
        """Relative link between source paths; html: between their built pages, for raw HTML."""
        # The site engine rewrites the links of Markdown, not those inside raw HTML blocks.
        if html:
            return urls.page_href(here, target, self.options.directory_urls)
        return urls.relative(here, target)

    def _folder(self, here: str, html: bool) -> tuple[bool, str]:
        # Links from pages in one folder are alike: of the source, or of the built page.
        where = urls.public_path(here, self.options.directory_urls) if html else here
        return html, where.rpartition("/")[0]

    def person(self, here: str, person_id: str, name: str | None = None, html: bool = False) -> dict:
        """A person as a link (when the person has a page) with the provisional flag."""
        key = ("person", self._folder(here, html), person_id, name)
        found = self._memo.get(key)
        if found is None:
            info = self.catalog.people.get(person_id)
            found = self._memo[key] = {
                "name": info.name if info else name or person_id,
                "href": self.link(here, urls.person(person_id), html) if info else None,
                "provisional": bool(info and info.provisional)}
        return found  # type: ignore[return-value]

    def place(self, here: str, place_id: str | None, name: str | None = None,
              html: bool = False) -> dict | None:
        """A place as a link when it has a page, else its gazetteer name as text."""
        if not place_id:
            return plain(name) if name else None
        return self.known_place(here, place_id, name, html)

    def known_place(self, here: str, place_id: str, name: str | None = None,
                    html: bool = False) -> dict:
        """A place named by its id: a link when it has a page, else its name as text."""
        info = self.catalog.places.get(place_id)
        if info is None:
            known = self.catalog.gazetteer.places.get(place_id)
            return plain(known.name if known else name or place_id)
        return {"name": info.name, "href": self.link(here, urls.place(place_id), html),
                "provisional": info.provisional}

    def place_line(self, here: str, entry: Entry) -> list[dict]:
        """The meeting's venue, place and country as links, innermost first, no repeats."""
        ref = entry.sheet.place
        if ref is None:
            return []
        out, seen = [], set()
        country = self.catalog.gazetteer.country_of(ref.id) or ref.country
        for place_id, name in ((ref.venue_id, ref.venue), (ref.id, ref.name), (country, None)):
            if (place_id or name) and (place_id or name) not in seen:
                seen.add(place_id or name)
                item = self.place(here, place_id, name)
                if item:
                    out.append(item)
        return out

    def date(self, entry: Entry) -> str:
        """The sheet's date in the site's style."""
        key = ("date", entry.id)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self.dates.format(entry.sheet.date)
        return found  # type: ignore[return-value]

    def marks(self, entry: Entry, date_only: bool = False) -> list[dict]:
        """Reviewed / uncertain marks; with date_only, uncertainty about the date alone."""
        review = entry.sheet.review
        m = self.labels.marks
        if review.reviewed:
            return [{"label": m.reviewed, "hint": m.reviewed_hint, "kind": "ok"}]
        uncertain = date_uncertain(entry) if date_only else review.needed
        return [{"label": m.uncertain, "hint": m.uncertain_hint, "kind": "warn"}] if uncertain else []

    def item(self, here: str, entry: Entry, focus: str | None = None, html: bool = False) -> dict:
        """A meeting in a list: date, title, place, people but `focus`; html: links for raw HTML."""
        key = ("item", self._folder(here, html), entry.id, focus)
        found = self._memo.get(key)
        if found is None:
            ref = entry.sheet.place
            people = [self.person(here, p.id, p.name, html)
                      for p in entry.sheet.participants if p.id != focus]
            found = self._memo[key] = {
                "date": self.date(entry), "title": entry.sheet.title,
                "href": self.link(here, urls.meeting(entry.id), html),
                "place": self.place(here, ref.id, ref.name, html) if ref else None, "people": people,
                "kind": self.labels.get("kinds", entry.sheet.kind), "is_call": entry.is_call,
                "marks": self.marks(entry)}
        return found  # type: ignore[return-value]

    def ranked_people(self, here: str, entries: list[Entry], limit: int | None = None) -> list[dict]:
        """People by number of meetings among `entries`, most first (calls not counted)."""
        counts = Counter(p.id for e in entries if not e.is_call for p in e.sheet.participants)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self.catalog.people[kv[0]].name))
        return [dict(self.person(here, pid), count=n, count_label=self.labels.count("meeting", n))
                for pid, n in ranked[:limit]]

    def year_links(self, here: str, entries: list[Entry]) -> list[dict]:
        """The years of these sheets, as links to the year pages, with meeting counts."""
        counts = Counter(e.year for e in entries if e.year and not e.is_call)
        years = sorted({e.year for e in entries if e.year})
        return [{"year": y, "href": self.link(here, urls.year(y)),
                 "count_label": self.labels.count("meeting", counts.get(y, 0))} for y in years]


def plain(name: str) -> dict:
    """Something named that has no page: shown as text, in the same shape as a link."""
    return {"name": name, "href": None, "provisional": False}


def date_uncertain(entry: Entry) -> bool:
    """True when sources disagree on the date, review flags it, or confidence is low."""
    sheet = entry.sheet
    if any(c.field == "date" for c in sheet.conflicts):
        return True
    if sheet.review.needed and any("date" in r for r in sheet.review.reasons):
        return True
    return sheet.confidence.get("date", 1.0) < UNCERTAIN_DATE
