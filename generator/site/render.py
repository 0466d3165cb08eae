"""Page Markdown from Jinja templates, with every printed value escaped by default.

`finalize` runs escape.text on each `{{ value }}`, so a template cannot forget to escape
content; links and pre-built fragments arrive as Markup and pass through. Content is only
ever a value, never template source, so `{{ 7*7 }}` in a headline stays text.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from .escape import escape_plain, text

TEMPLATES = Path(__file__).parent / "templates"


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja reading `x.name` of a view's dict by key first. Jinja tries the attribute first,
    and the AttributeError a dict raises for every such lookup cost a sixth of rendering all
    pages. Same result: dict attributes (x.items) still go the usual way."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` in a template."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja environment of the page templates."""
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        finalize=text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Attribute values and text already isolated by the template: escaped, no <bdi> markup.
    env.filters["attr"] = escape_plain
    env.filters["plain"] = escape_plain
    return env


def render(template: str, **context: Any) -> str:
    """Render one page template to Markdown."""
    return environment().get_template(template).render(**context)
