"""Live regions: the parts of every page that show site-wide figures, made afresh each build.

The footer says how many meetings the archive holds and when the last one was. Were it kept
in each page's cached HTML, one new meeting would make every page stale. So the theme partial
that prints it marks its output

    <!--digest:live partials/copyright.html-->…<!--digest:end-->

and the page cache keeps each page without the markers, plus where each live region lies.
A reused page is its cached HTML with every region replaced by its partial rendered again,
with that page's context. Markers never reach the site. No site-engine types here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

START = "<!--digest:live "
END = "<!--digest:end-->"
_NAME = re.compile(r"[A-Za-z0-9_./-]+")


class MarkerError(ValueError):
    """Live-region markers that do not pair up, or name no template."""


@dataclass(frozen=True)
class Region:
    """One live region of a page: offsets in the page without markers, and its template."""

    start: int
    end: int
    template: str


def split(html: str) -> tuple[str, list[Region]]:
    """The page without markers, and its live regions in order (MarkerError if malformed)."""
    out: list[str] = []
    regions: list[Region] = []
    pos = length = 0
    while (i := html.find(START, pos)) >= 0:
        close = html.find("-->", i + len(START))
        name = html[i + len(START):close] if close >= 0 else ""
        if not _NAME.fullmatch(name):
            raise MarkerError(f"a live-region marker names no template: {html[i:i + 80]!r}")
        j = html.find(END, close + 3)
        if j < 0 or START in html[close + 3:j]:
            raise MarkerError(f"the live region of {name} is not closed before the next one opens")
        before, inner = html[pos:i], html[close + 3:j]
        if END in before:
            raise MarkerError("a live region closes that was never opened")
        out += [before, inner]
        length += len(before)
        regions.append(Region(length, length + len(inner), name))
        length += len(inner)
        pos = j + len(END)
    rest = html[pos:]
    if END in rest:
        raise MarkerError("a live region closes that was never opened")
    out.append(rest)
    return "".join(out), regions


def splice(cached: str, regions: list[Region], fresh: list[str]) -> str:
    """The cached page with each live region replaced by its fresh rendering."""
    parts, pos = [], 0
    for region, text in zip(regions, fresh, strict=True):
        parts += [cached[pos:region.start], text]
        pos = region.end
    parts.append(cached[pos:])
    return "".join(parts)


def template_source(templates: list[str]) -> str:
    """A theme template that renders only the given live templates, in order."""
    # The partials print their own markers, so that `split` finds the regions again.
    for name in templates:
        if not _NAME.fullmatch(name):
            raise MarkerError(f"not a template name: {name!r}")
    return "".join(f'{{% include "{name}" %}}' for name in templates)
