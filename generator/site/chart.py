"""A small inline SVG bar chart of meetings per month, drawn at build time.

Horizontal bars read right to left like the page: month names on the right, bars growing
to the left, the count at the bar's end. Colours are CSS classes (see assets/digest.css)
bound to the theme's variables, so the chart follows the light and dark schemes; no script.
"""
from __future__ import annotations

from markupsafe import Markup

from .escape import escape_plain

ROW = 24
BAR = 16
WIDTH = 360
GAP = 8
COUNT_SPACE = 28


def month_chart(counts: list[int], names: list[str], title: str, bar_labels: list[str],
                label_width: int = 96) -> Markup:
    """SVG of one bar per month; `counts`, `names` and `bar_labels` have twelve items each."""
    if not len(counts) == len(names) == len(bar_labels):
        raise ValueError("one count, name and label per month")
    peak = max(counts, default=0) or 1
    right = WIDTH - 4
    bar_right = right - label_width - GAP
    span = bar_right - COUNT_SPACE
    height = ROW * len(counts) + 4
    rows = []
    for i, (count, name, hint) in enumerate(zip(counts, names, bar_labels)):
        y = 2 + i * ROW
        width = round(span * count / peak, 1) if count else 2
        x = round(bar_right - width, 1)
        empty = "" if count else " digest-chart__bar--empty"
        rows.append(
            f'<g><text x="{right}" y="{y + 16}" class="digest-chart__label" direction="rtl" '
            f'text-anchor="start">{escape_plain(name)}</text>'
            f'<rect x="{x}" y="{y + (ROW - BAR) / 2}" width="{width}" height="{BAR}" rx="2" '
            f'class="digest-chart__bar{empty}"><title>{escape_plain(hint)}</title></rect>'
            + (f'<text x="{x - 4}" y="{y + 16}" class="digest-chart__count" direction="ltr" '
               f'text-anchor="end">{count}</text>' if count else "") + "</g>")
    label = escape_plain(title)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'class="digest-chart__svg" role="img" aria-label="{label}"><title>{label}</title>'
        + "".join(rows) + "</svg>")
