"""A Markdown extension for tests: a page whose Markdown holds MARKER logs a warning, as MkDocs
does for a broken link, so that `mkdocs build --strict` fails on it."""
from __future__ import annotations

import logging

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

MARKER = "علامةللتحذير"   # no character Markdown escapes: it reaches the Markdown as written
log = logging.getLogger("mkdocs.tests.warning_marker")   # under "mkdocs": counted by --strict


class _Warn(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if any(MARKER in line for line in lines):
            log.warning(f"warning marker: a page holds {MARKER}")
        return lines


class WarningMarker(Extension):
    """Warn on each page whose Markdown holds MARKER."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_Warn(md), "digest_test_warning_marker", 1)


def makeExtension(**kwargs) -> WarningMarker:
    return WarningMarker(**kwargs)
