"""Pages rendered by the helper process (background.py), handed to MkDocs as if rendered here.

Rendering a page's Markdown is two thirds of a cold build, and MkDocs does it on one
processor. The helper, a fork of this process made when MkDocs reaches the first generated
page outside the navigation, renders such pages from the last one backwards while MkDocs
goes forwards; each sends back what rendering gave (HTML, table of contents, title, anchors,
links, what its links looked up, its front matter, the log records it wrote). When MkDocs
reaches a page the helper has done, DigestPage takes that instead of rendering it, logs the
same records, and the theme renders the page as usual. Rendering is a function of the page's
Markdown, the settings and the site's files, all identical in both processes; the helper
runs only where the page cache's conditions hold (no plugin but search and digest).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from .background import Link

if TYPE_CHECKING:
    from .incremental import Plan
    from .page_reuse import DigestPage


class _Capture(logging.Handler):
    """Keeps the log records the helper writes, for the main process to write again."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[list[Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append([record.name, record.levelno, record.getMessage()])


def program(pages: list[DigestPage], start: int, plan: Plan, config: MkDocsConfig, files: Files,
            reusable: Callable[[DigestPage], bool]) -> Callable[[Link], None]:
    """What the helper does: the data files, pages from the last back to where the main
    process has got to (those the cache will not give), then the search index."""
    def run(link: Link) -> None:
        capture = _Capture()
        for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
            logger.handlers = [capture]   # nothing is printed twice; records travel with pages
        todo = [i for i in range(len(pages) - 1, start, -1) if not reusable(pages[i])]
        # Few pages (a rebuild): those first, as the main process soon reaches them; many
        # (a first build): the data files first, which MkDocs copies when all pages are read.
        early = plan.data is None and len(todo) > 50
        if early:
            link.send("data", plan.make_data())
        for i in todo:
            link.claim(i)
            page = pages[i]
            if i <= link.position():   # the main process got here first: it renders the rest
                link.send(page.file.src_uri, None)
                break
            capture.records = []
            result = render(page, config, files)
            if result is not None:
                result["logs"] = capture.records
            if not link.send(page.file.src_uri, result):
                link.send(page.file.src_uri, None)   # no room left: the main process renders it
                break
        link.claim(None)
        if plan.data is None and not early:
            link.send("data", plan.make_data())
        if plan.search is None:
            link.send("search", plan.make_search())
    return run


def render(page: DigestPage, config: MkDocsConfig, files: Files) -> dict[str, Any] | None:
    """Render a page here, in the helper; what the main process needs of it (None: let the
    main process render it, and meet any error there)."""
    try:
        page.read_source(config)
        page.render(config, files)
    except Exception:
        return None
    try:
        meta = json.loads(json.dumps(page.meta, ensure_ascii=False))
    except (TypeError, ValueError):
        return None
    if meta != page.meta or page.lookups is None:
        return None
    links = page.links_to_anchors
    return {"key": page.markdown_key, "meta": meta, "content": page.content,
            "toc": [token(a) for a in page.toc], "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()), "lookups": page.lookups,
            "links": None if links is None else {f.src_uri: dict(a) for f, a in links.items()}}


def replay(result: dict[str, Any]) -> None:
    """Write again, here, what the helper logged while rendering the page."""
    for name, level, message in result.get("logs") or []:
        logging.getLogger(name).log(level, message)


def token(anchor: Any) -> dict[str, Any]:
    """A table-of-contents entry as the token MkDocs builds it from."""
    return {"level": anchor.level, "id": anchor.id, "name": anchor.title,
            "children": [token(c) for c in anchor.children]}
