"""Untrusted text → inert Markdown and HTML.

Every name, title, quote and sentence on the site was copied from the web. It must reach
the reader as text: never as HTML, never as Markdown syntax (links, images, emphasis, lists,
attribute lists), never as template syntax for a later Jinja pass. Each special character
becomes a numeric character reference, which Python-Markdown leaves alone and the browser
shows as the character, so one escape is right in Markdown text, in raw HTML blocks and in
attribute values alike.
"""
from __future__ import annotations

import functools
import re
import urllib.parse

import regex
from markupsafe import Markup

# HTML specials, Markdown inline and block syntax (Python-Markdown and the pymdownx
# extensions: ==mark==, ^^ins^^, ~~del~~, :emoji:, {: attr }), and Jinja delimiters.
_SPECIALS = "&<>\"'\\`*_{}[]()#+-.!|~^=:$%@"
_TABLE = str.maketrans({c: f"&#{ord(c)};" for c in _SPECIALS})

# C0 controls break the page; explicit bidi embeddings, overrides and isolates in scraped
# text are unbalanced more often than not and would reorder everything after them.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")

# A Latin or numeric run inside Arabic text ("S-400", "Vladimir Putin", "2019-03-05"):
# isolating it keeps its neutral characters (hyphens, dots, slashes) from being reordered.
_RUN = regex.compile(r"[\p{Latin}0-9](?:[\p{Latin}0-9\-./:_,'&+@ ]*[\p{Latin}0-9])?")
_NEEDS_ISOLATION = regex.compile(r"\p{Latin}|[0-9][^0-9]+[0-9]")

_SAFE_HREF = re.compile(r"^[A-Za-z0-9._~/#-]*$")


def clean(value: object) -> str:
    """Plain text with control characters removed and whitespace collapsed to single spaces."""
    return _SPACE.sub(" ", _UNSAFE.sub("", str(value))).strip()


def escape_plain(value: object) -> Markup:
    """Text escaped for Markdown and HTML, with no bidi isolation (for attributes)."""
    return Markup(clean(value).translate(_TABLE))


def text(value: object) -> Markup:
    """Text escaped for Markdown and HTML, Latin and mixed numeric runs wrapped in <bdi>."""
    if isinstance(value, Markup):
        return value
    return _text(value if isinstance(value, str) else str(value))


@functools.lru_cache(maxsize=1 << 16)
def _text(value: str) -> Markup:
    # Names, labels and dates recur on thousands of pages: each is escaped once.
    plain = clean(value)
    out: list[str] = []
    last = 0
    for match in _RUN.finditer(plain):
        out.append(plain[last:match.start()].translate(_TABLE))
        run = match.group().translate(_TABLE)
        out.append(f"<bdi>{run}</bdi>" if _NEEDS_ISOLATION.search(match.group()) else run)
        last = match.end()
    out.append(plain[last:].translate(_TABLE))
    return Markup("".join(out))


def external_url(value: str | None) -> Markup | None:
    """An http(s) URL escaped for an href attribute; None for any other scheme or junk."""
    if not value:
        return None
    url = clean(value)
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what must not appear raw in a URL; keep what is already encoded.
    safe = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return Markup(safe.replace("&", "&amp;").replace("'", "%27").replace("(", "%28")
                  .replace(")", "%29"))


def internal_href(path: str) -> Markup:
    """A relative site path built from ids (ASCII by contract), checked before it is trusted."""
    if not _SAFE_HREF.match(path) or path.startswith("//"):
        raise ValueError(f"unsafe internal link {path!r}")
    return Markup(path)
