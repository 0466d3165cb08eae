"""Block-style YAML for plain data (what fact sheets are), with PyYAML's exact bytes.

PyYAML spends most of a sheet's rendering deciding, node by node, how each value is written.
Sheets are only mappings, lists, text and numbers, and the same names and sentences recur
within and across sheets, so the layout is written here and each distinct scalar is styled
once by PyYAML itself (plain or quoted, escapes, numbers) and remembered. Anything this
module does not lay out the way PyYAML would (text over one line or too long to stay on one
line, keys that are not simple words, other types) makes `layout` return None, and `dumps`
uses PyYAML for the whole document. Tests compare both on every demo and benchmark sheet.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from .. import yamlio

_KEY = re.compile(r"[a-z_][a-z0-9_]*")
MAX_SCALAR = 4000    # longer text may be split over lines by the emitter: left to PyYAML


class _Unsupported(Exception):
    pass


_STYLED: dict[tuple[Any, type, Any], str] = {}
MAX_REMEMBERED = 1 << 17


def dumps(data: Any) -> str:
    """A sheet's YAML: the same bytes as `yamlio.dumps` (PyYAML), laid out here where it can."""
    text = layout(data, yamlio.dumps)
    return text if text is not None else yamlio.dumps(data)


def layout(data: Any, scalar: Callable[[Any], str]) -> str | None:
    """The document as PyYAML would write it, or None when that is not certain here.
    `scalar(value)` is PyYAML's dump of one value as a whole document."""
    def style(value: Any) -> str:
        # the type tells True from 1 and 1.0; repr tells -0.0 from 0.0
        key = (scalar, type(value), repr(value) if isinstance(value, float) else value)
        found = _STYLED.get(key)
        if found is None:
            if len(_STYLED) >= MAX_REMEMBERED:
                _STYLED.clear()
            found = _STYLED[key] = _one_line(scalar(value))
        return found

    if not isinstance(data, dict) or not data:
        return None
    out: list[str] = []
    try:
        _mapping(data, "", out, style)
    except _Unsupported:
        return None
    return "".join(out)


def _one_line(text: str) -> str:
    text = text[:-len("\n...\n")] if text.endswith("\n...\n") else text.rstrip("\n")
    if "\n" in text:
        raise _Unsupported
    return text


def _value(value: Any, style: Callable[[Any], str]) -> str:
    if isinstance(value, str) and (len(value) > MAX_SCALAR or "\n" in value or "\r" in value):
        raise _Unsupported
    if value is None or isinstance(value, (str, bool, int, float)):
        return style(value)
    raise _Unsupported


def _mapping(data: dict, indent: str, out: list[str], style: Callable[[Any], str], first: str | None = None) -> None:
    lead = first if first is not None else indent
    for key, value in data.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key) or style(key) != key:   # "no", "on": quoted
            raise _Unsupported
        if isinstance(value, dict):
            if value:
                out.append(f"{lead}{key}:\n")
                _mapping(value, indent + "  ", out, style)
            else:
                out.append(f"{lead}{key}: {{}}\n")
        elif isinstance(value, list):
            if value:
                out.append(f"{lead}{key}:\n")
                _sequence(value, indent, out, style)   # block sequences are not indented in mappings
            else:
                out.append(f"{lead}{key}: []\n")
        else:
            out.append(f"{lead}{key}: {_value(value, style)}\n")
        lead = indent


def _sequence(items: list, indent: str, out: list[str], style: Callable[[Any], str]) -> None:
    for item in items:
        if isinstance(item, dict):
            if not item:
                out.append(f"{indent}- {{}}\n")
            else:
                _mapping(item, indent + "  ", out, style, first=f"{indent}- ")
        elif isinstance(item, list):
            raise _Unsupported   # nested lists: not in sheets, left to PyYAML
        else:
            out.append(f"{indent}- {_value(item, style)}\n")
