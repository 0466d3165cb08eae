"""A Python-Markdown extension: the digest's long lists of meetings pass through unparsed.

The list pages (year, person, place, topic, home) write each list of meetings as one raw
HTML block, whose links are computed in Python. Python-Markdown would still walk every tag
of such a block with its HTML parser to find where it ends (md_in_html's parser, on a
country page of thousands of items, took most of the page's conversion time). The template
marks the block between two comment lines (OPEN, CLOSE); this preprocessor, run before the
HTML block preprocessor, puts the block in Markdown's stash as it is, so the HTML written is
the same and nothing parses it. Without the extension the marks are plain HTML comments and
the page still renders the same list.

The plugin adds the extension to every build (`generator.site.raw_blocks`, a name MkDocs
can key and pass on), and `mkdocs.yml` may list it too.
"""
from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

NAME = "generator.site.raw_blocks"
OPEN = "<!--digest:raw-->"
CLOSE = "<!--/digest:raw-->"
# Markdown's whitespace normaliser (priority 30) has run; its HTML block reader (20) has not.
_PRIORITY = 25
_BLOCK = re.compile(f"^{re.escape(OPEN)}\n(.*?)\n{re.escape(CLOSE)}$", re.M | re.S)


class _Stash(Preprocessor):
    """Stores each marked block whole and leaves its placeholder as a paragraph of its own."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        stash = self.md.htmlStash
        text = _BLOCK.sub(lambda m: f"\n{stash.store(m.group(1))}\n", text)
        return text.split("\n")


class RawBlocks(Extension):
    """Registers the preprocessor that stashes the marked raw HTML blocks."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Run before the HTML block preprocessor."""
        md.preprocessors.register(_Stash(md), "digest_raw_blocks", _PRIORITY)


def makeExtension(**kwargs: object) -> RawBlocks:  # noqa: N802 (Python-Markdown's entry point)
    """The extension, as Python-Markdown loads it by module name."""
    return RawBlocks(**kwargs)
