"""Home, the four section indexes (years, people, places, topics) and the review page.

Home shows a fixed number of latest meetings and people, so its size does not grow with the
archive; the indexes grow only with the number of years, people, places and topics.
"""
from __future__ import annotations

from . import urls
from .common import Context

# The open data files by the name of their format (as readers' software knows it).
DATA_FORMATS = {urls.DATA_JSON: "JSON", urls.DATA_CSV: "CSV", urls.DATA_ATOM: "Atom",
                urls.DATA_ICS: "iCalendar"}


def home_context(ctx: Context) -> dict:
    """Everything the home template shows, prepared for display."""
    here = urls.HOME
    catalog, labels = ctx.catalog, ctx.labels
    dated = [e for e in catalog.meetings if e.year is not None]
    latest = list(reversed(dated[-ctx.options.latest:]))
    years = sorted(catalog.years)
    return {
        "meeting_count": labels.count("meeting", len(catalog.meetings)),
        "call_count": labels.count("call", len(catalog.calls)),
        "people_count": labels.count("person", len(catalog.people)),
        "period": f"{years[0]}–{years[-1]}" if years else None,
        "latest": [ctx.item(here, e, html=True) for e in latest],
        "years": ctx.year_links(here, catalog.entries),
        "all_years": ctx.link(here, urls.YEARS),
        "top": ctx.ranked_people(here, catalog.meetings, ctx.options.top),
        "all_people": ctx.link(here, urls.PEOPLE),
        "data": [{"href": ctx.link(here, path), "format": DATA_FORMATS[path], "label": label}
                 for path, label in ((urls.DATA_JSON, labels.site.data_json),
                                     (urls.DATA_CSV, labels.site.data_csv),
                                     (urls.DATA_ATOM, labels.site.data_atom),
                                     (urls.DATA_ICS, labels.site.data_ics))],
        "about": ctx.link(here, urls.ABOUT) if ctx.options.has_about else None,
        "review": ctx.link(here, urls.REVIEW),
    }


def years_index_context(ctx: Context) -> dict:
    """The list of years with their counts, and the sheets without a known year."""
    here = urls.YEARS
    rows = []
    for year, entries in sorted(ctx.catalog.years.items(), reverse=True):
        calls = sum(1 for e in entries if e.is_call)
        rows.append({"year": year, "href": ctx.link(here, urls.year(year)),
                     "meetings": ctx.labels.count("meeting", len(entries) - calls),
                     "calls": ctx.labels.count("call", calls)})
    return {"rows": rows, "undated": [ctx.item(here, e, html=True) for e in ctx.catalog.undated]}


def people_index_context(ctx: Context) -> dict:
    """Everyone with a page, most meetings first."""
    here = urls.PEOPLE
    people = sorted(ctx.catalog.people.values(), key=lambda p: (-len(p.meetings), -len(p.calls), p.name))
    rows = []
    for person in people:
        last = person.meetings[-1] if person.meetings else None
        rows.append(dict(ctx.person(here, person.id),
                         country=ctx.place(here, person.country) if person.country else None,
                         meetings=len(person.meetings), calls=len(person.calls),
                         last=ctx.dates.format(last.sheet.date, weekday=False) if last else "—"))
    return {"rows": rows}


def places_index_context(ctx: Context) -> dict:
    """Places grouped by country, most meetings first."""
    here = urls.PLACES
    places = ctx.catalog.places
    groups: dict[str | None, list] = {}
    for place in places.values():
        if place.kind != "country":
            groups.setdefault(place.country if place.country in places else None, []).append(place)
    countries = sorted((p for p in places.values() if p.kind == "country" or p.id in groups),
                       key=lambda p: (-len(p.entries), p.name))
    out = []
    for country in countries:
        members = sorted(groups.get(country.id, []), key=lambda p: (-len(p.entries), p.name))
        out.append(dict(ctx.known_place(here, country.id),
                        count_label=ctx.labels.count("meeting", len(country.entries)),
                        places=[dict(ctx.known_place(here, p.id),
                                     count_label=ctx.labels.count("meeting", len(p.entries)))
                                for p in members]))
    orphans = sorted(groups.get(None, []), key=lambda p: (-len(p.entries), p.name))
    return {"countries": out,
            "others": [dict(ctx.known_place(here, p.id),
                            count_label=ctx.labels.count("meeting", len(p.entries))) for p in orphans]}


def topics_index_context(ctx: Context) -> dict:
    """Topics by number of meetings."""
    here = urls.TOPICS
    topics = sorted(ctx.catalog.topics.values(), key=lambda t: (-len(t.entries), t.label))
    return {"rows": [{"name": t.label, "href": ctx.link(here, urls.topic(t.id)), "provisional": False,
                      "count_label": ctx.labels.count("meeting", len(t.entries))} for t in topics]}


def review_context(ctx: Context) -> dict:
    """Sheets that need a person's eye, in chronological order, with the reasons."""
    here = urls.REVIEW
    rows = []
    for entry in ctx.catalog.entries:
        review = entry.sheet.review
        if review.needed and not review.reviewed:
            rows.append(dict(ctx.item(here, entry, html=True),
                             reasons=[ctx.labels.review_reason(r) for r in review.reasons],
                             conflicts=[ctx.labels.fact(c.field) for c in entry.sheet.conflicts]))
    return {"rows": rows}


def footer(ctx: Context) -> dict:
    """What every page's footer says: what the archive holds, and where to read more. Paths
    are relative to the site's root (the theme makes them relative to each page)."""
    catalog, labels = ctx.catalog, ctx.labels
    f = labels.footer
    years = sorted(catalog.years)
    sources = {s.article for e in catalog.entries for s in e.sheet.sources}
    summary = f.summary.format(meetings=labels.count("meeting", len(catalog.meetings)),
                               calls=labels.count("call", len(catalog.calls)),
                               sources=labels.count("source", len(sources)),
                               first=years[0] if years else "", last=years[-1] if years else "")
    dated = [e for e in catalog.meetings if e.year is not None]
    links = [(urls.ABOUT, f.about)] if ctx.options.has_about else []
    links += [(urls.HOME + "#data", f.data), (urls.DATA_ATOM, f.feed), (urls.REVIEW, f.review)]
    return {"label": f.label, "note": f.note, "summary": summary if years else "",
            "updated": f.updated.format(date=ctx.date(dated[-1])) if dated else "",
            "links": [{"path": urls.public_path(path.split("#")[0], ctx.options.directory_urls)
                       + ("#" + path.split("#")[1] if "#" in path else ""), "label": label}
                      for path, label in links]}
