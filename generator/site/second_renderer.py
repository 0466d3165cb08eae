"""A second renderer: a forked copy of the build renders part of the pages, through the page cache.

MkDocs renders every page on one processor: Markdown for all pages, then the theme for all.
When many generated pages have nothing in the page cache (a first build), the last share of
them in MkDocs' order is rendered by a copy of this process made with fork (background.py)
while this process reads the others:

- the copy reads the pages in the navigation (their titles are in every page, and in every
  page's key), then its share, makes the theme's environment as MkDocs does, and renders its
  share through the theme with MkDocs' own steps (renderer.py). MkDocs writes each page into
  the site; the page cache keeps it as for any rendered page (PageReuse._keep), and the copy
  hands the records back. It prints nothing and never writes the manifest;
- this process skips those pages' Markdown. Before the theme runs (on_env) it takes each
  record whose key is the one it computes itself and whose HTML is intact, and the page
  becomes a reused page (DigestPage.stand_in); any other page (the copy warned on it, failed,
  stopped) is read here and now, and logs its own warnings, so `--strict` still fails on them.

So the site is the same bytes as a build in one process; only who rendered which page differs.
"""
from __future__ import annotations

import logging
import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from . import renderer
from .background import Helper, Link, can_fork
from .incremental import Plan
from .page_reuse import DigestPage, PageReuse
from .pagecache import PageRecord

log = logging.getLogger("mkdocs.plugins.digest")
# The copy's share of the pages with nothing cached, by count. The copy reads and renders its
# pages through the theme (7.4 ms of CPU per meeting page at 10,000 articles) while this
# process only reads its own before the theme loop (5.6 ms), and the last pages in MkDocs'
# order (people, places, topics: 108 pages, 6 s) are the longest; at 0.45 the copy took 29 s
# of CPU against this process's 21.5 s, so a bit more than a third evens them out.
SHARE = 0.37
_RECORDS = "records"


class SecondRenderer:
    """The copy rendering the last share of the uncached pages, seen from both processes."""

    def __init__(self, reuse: PageReuse, plan: Plan, config: MkDocsConfig, files: Files,
                 nav: Navigation, pages: list[DigestPage]) -> None:
        self._reuse, self._plan, self._config, self._files, self._nav = reuse, plan, config, files, nav
        self.pages = pages
        self.helper = Helper(self._program)

    @classmethod
    def start(cls, reuse: PageReuse, plan: Plan, config: MkDocsConfig, files: Files, nav: Navigation,
              threshold: int) -> SecondRenderer | None:
        """Fork the copy when at least `threshold` pages have nothing cached (0: never)."""
        candidates = [f.page for f in renderer.site_pages(files)
                      if isinstance(f.page, DigestPage) and not f.page.listed
                      and f.page.file.src_uri not in reuse.last]
        share = round(len(candidates) * SHARE)
        if threshold <= 0 or len(candidates) < threshold or share == 0 or not can_fork():
            return None
        aside = cls(reuse, plan, config, files, nav, candidates[len(candidates) - share:])
        if not aside.helper.started:
            aside.helper.close()
            return None
        for page in aside.pages:   # only once the copy runs: in the copy they render in full
            page.deferred = True
        return aside

    def _program(self, link: Link) -> None:
        """The copy's work (see the module's docstring)."""
        _quiet(self._reuse.watch)
        if self._plan.helper is not None:
            self._plan.helper.detach()
        config, files = self._config, self._files
        for file in renderer.site_pages(files):
            page = file.page
            if isinstance(page, DigestPage) and not page.listed:
                continue   # the pages of this process, and the copy's own (below)
            # as MkDocs' loop makes the pages outside the navigation
            renderer.populate(page if page is not None else Page(None, file, config), config, files)
        for page in self.pages:
            renderer.populate(page, config, files)
        env = renderer.theme_env(config, files)
        doc_files = renderer.site_pages(files)
        for page in self.pages:
            renderer.build_page(page, config, doc_files, self._nav, env)
        records = self._reuse.adopt_rendered()
        paths = sorted({p for record in records.values() for p in record.lookups})
        index = {p: i for i, p in enumerate(paths)}
        link.send(_RECORDS, {"paths": paths, "pages": {src: r.to_json(index) for src, r in records.items()}})

    def settle(self, config: MkDocsConfig, files: Files) -> None:
        """Before the theme runs: each of the copy's pages stands in its record, or is read here."""
        records = self._records()
        self.helper.close()
        for page in self.pages:
            page.deferred = False
            record = records.get(page.file.src_uri)
            html = self._reuse.rendered_aside(page, record) if record is not None else None
            if record is None or html is None:
                renderer.populate(page, config, files)
                continue
            page.stand_in(record, files)
            page.reused, page.aside = (record, html), True
            page.forget_markdown()

    def _records(self) -> dict[str, PageRecord]:
        sent, value = self.helper.wait(_RECORDS)
        if not sent:
            log.info("digest: the second renderer left no pages; this process renders them")
            return {}
        try:
            paths = [str(p) for p in value["paths"]]
            return {str(src): PageRecord.from_json(data, paths) for src, data in value["pages"].items()}
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            log.info(f"digest: the second renderer's records are not in the expected form ({exc!r}); "
                     "this process renders its pages")
            return {}

    def close(self) -> None:
        """Stop the copy if it still runs (a failed build), and collect it."""
        self.helper.close()


def _quiet(watch: logging.Handler) -> None:
    """In the copy: print nothing, but keep noting which page warned (`watch`)."""
    # This process's console handlers would print the copy's messages a second time, and
    # MkDocs' warning counter of this process is not the copy's to update.
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        if isinstance(logger, logging.Logger):
            for handler in list(logger.handlers):
                if handler is not watch:
                    logger.removeHandler(handler)
    logging.getLogger().addHandler(logging.NullHandler())   # not even logging's last resort
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
