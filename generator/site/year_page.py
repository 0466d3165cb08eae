"""The year page: meetings month by month, counts, a chart, who met most, the years around."""
from __future__ import annotations

from . import urls
from .chart import month_chart
from .common import Context

# Wide enough for the longest month label when both names are shown (Levantine/Egyptian).
LABEL_WIDTH = {"both": 132}
DEFAULT_LABEL_WIDTH = 84


def _neighbour(ctx: Context, here: str, year: int | None) -> dict | None:
    return {"year": year, "href": ctx.link(here, urls.year(year))} if year else None


def year_context(ctx: Context, year: int) -> dict:
    """Everything the year template shows, prepared for display."""
    here = urls.year(year)
    labels = ctx.labels
    entries = ctx.catalog.years[year]
    meetings = [e for e in entries if not e.is_call]
    calls = [e for e in entries if e.is_call]
    counts = [sum(1 for e in meetings if e.month == m) for m in range(1, 13)]
    names = [ctx.dates.month_name(m) for m in range(1, 13)]
    months = []
    for m in range(1, 13):
        items = [ctx.item(here, e, html=True) for e in meetings if e.month == m]
        if items:
            months.append({"label": labels.dates.month.format(month=names[m - 1], year=year),
                           "count_label": labels.count("meeting", len(items)), "entries": items})
    unknown = [ctx.item(here, e, html=True) for e in meetings if e.month is None]
    years = sorted(ctx.catalog.years)
    i = years.index(year)
    chart = month_chart(
        counts, names, labels.year.chart_label.format(year=year),
        [labels.year.bar_label.format(month=n, count=labels.count("meeting", c))
         for n, c in zip(names, counts)],
        LABEL_WIDTH.get(ctx.dates.style, DEFAULT_LABEL_WIDTH))
    return {
        "title": labels.year.title.format(year=year),
        "year": year,
        "meeting_count": labels.count("meeting", len(meetings)),
        "call_count": labels.count("call", len(calls)) if calls else None,
        "people_count": labels.count("person", len({p.id for e in meetings
                                                   for p in e.sheet.participants})),
        "previous": _neighbour(ctx, here, years[i - 1] if i > 0 else None),
        "next": _neighbour(ctx, here, years[i + 1] if i + 1 < len(years) else None),
        "all_years": ctx.link(here, urls.YEARS),
        "chart": chart,
        "top": ctx.ranked_people(here, meetings, ctx.options.top),
        "most_active": labels.year.most_active.format(year=year),
        "months": months,
        "unknown": unknown,
        "calls": [ctx.item(here, e, html=True) for e in calls],
    }
