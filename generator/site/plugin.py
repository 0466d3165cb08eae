"""The MkDocs adapter: hands the generated pages and files to MkDocs, in memory.

All page generation lives in generate.py and knows nothing of MkDocs. This module only
reads the plugin options, gets the sheets and the gazetteer, and turns each generated output
into a `File.generated` (meeting, person, place and topic pages out of the navigation).
Arabic search lives in search_hooks.py and page reuse in page_reuse.py (with the MkDocs-free
incremental.py and pagecache.py); both are only called from here.

Where the sheets come from: `digest build` hands over what its run used and read
(`DigestPlugin.of(config).receive(SiteInput)`), so the site is built from the sheets that
run wrote. A plain `mkdocs build` or `mkdocs serve` reads them itself, through the same
reader, from the project's paths (`ProjectPaths`, with the `meetings` and `gazetteer` options
in their place when set); every sheet or gazetteer problem is a warning naming file and line
(a failure under `strict`), and the site is built without it.
"""
from __future__ import annotations

import dataclasses
import functools
import gc
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
import jinja2
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..factsheet.handoff import SheetMemo, SiteInput
from ..factsheet.reader import read_folder
from ..gazetteer import load_gazetteer
from ..project import ProjectPaths
from ..yamlio import ContentError
from . import keys, raw_blocks, urls
from .catalog import Catalog, build_catalog, entries_of
from .common import SiteOptions
from .datefmt import DATES_FILE, STYLES
from .generate import DATA_FILES, context
from .incremental import Plan, content_fingerprint, plan, remember
from .index_pages import footer
from .labels import load_labels
from .page_keys import render_key, why_off
from .page_reuse import PageReuse, lazy_file, strip_markers
from .pagecache import Manifest, PageCache
from .search_hooks import SearchHooks, material_config
from .second_renderer import SecondRenderer

# Material sets dir= on <body> only; readers' tools look at <html> (WCAG 3.1.1, scrollbars).
_HTML_TAG = re.compile(r"<html\b(?![^>]*\bdir=)")
log = logging.getLogger("mkdocs.plugins.digest")
RENDER_ASIDE = 500   # forking costs the copy reading the navigation's pages again: not for few pages


class DigestConfig(base.Config):
    """The digest plugin's options in mkdocs.yml."""

    # relative to mkdocs.yml; unset: the project's (content/meetings, content/gazetteer)
    meetings = c.Optional(c.Type(str))
    gazetteer = c.Optional(c.Type(str))
    dates_file = c.Optional(c.Type(str))
    date_style = c.Choice(STYLES, default="levantine")
    latest = c.Type(int, default=10)
    top_people = c.Type(int, default=10)
    feed_size = c.Type(int, default=50)
    # false: leave Material's stock search as it is (used to measure it against ours)
    arabic_search = c.Type(bool, default=True)
    # The page cache: a folder (relative to mkdocs.yml) that keeps what a build made, so the
    # next build renders only what changed; CI keeps it between runs. `false` turns it off.
    # The environment variable DIGEST_SITE_CACHE, when set, overrides it (a folder, or `off`).
    cache = c.Type((str, bool), default=".cache/site")
    # Prepare the generated pages, data files and search index in a second process while
    # MkDocs renders (Linux; a build of its own). Off: all in one process, same bytes.
    helper = c.Type(bool, default=True)
    # The second renderer (second_renderer.py): when at least this many generated pages have
    # nothing in the page cache (a first build), a second process renders part of them.
    # 0: never. Same bytes either way.
    render_aside = c.Type(int, default=RENDER_ASIDE)


class DigestPlugin(BasePlugin[DigestConfig]):
    """Generates the digest's pages and data files from the fact sheets and gazetteers."""

    def __init__(self) -> None:
        super().__init__()
        self._memo = SheetMemo()              # parsed sheets by file, kept across `mkdocs serve` rebuilds
        self._input: SiteInput | None = None  # what `digest build` handed over, for one build
        self._cache_off: str | None = None    # why this process never uses the page cache
        self._build: _Build | None = None     # the page cache's side of the current build

    @classmethod
    def of(cls, config: MkDocsConfig) -> DigestPlugin:
        """The digest plugin of a loaded MkDocs configuration."""
        for plugin in config.plugins.values():
            if isinstance(plugin, cls):
                return plugin
        raise PluginError(f"digest: {config.config_file_path} does not list the digest plugin under plugins:")

    def receive(self, given: SiteInput) -> None:
        """Build the next site from what a `digest build` run used and read (see SiteInput)."""
        self._input = given

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        return Path(config.config_file_path or ".").parent / value

    def paths(self, config: MkDocsConfig) -> ProjectPaths:
        """The project's paths, as the plugin's options set them."""
        paths = ProjectPaths.at(Path(config.config_file_path or ".").parent)
        meetings, gazetteer = self.config.meetings, self.config.gazetteer
        return dataclasses.replace(paths, meetings=self._path(config, meetings) if meetings else paths.meetings,
                                   gazetteer=self._path(config, gazetteer) if gazetteer else paths.gazetteer)

    def _catalog(self, config: MkDocsConfig) -> tuple[Catalog, SiteInput, str]:
        """Every sheet and the gazetteer (handed over by `digest build`, else read here), what
        they came from, and the gazetteer's fingerprint."""
        given, self._input = self._input, None
        problems: list[ContentError] = []
        if given is None:
            paths = self.paths(config)
            if not paths.meetings.is_dir():
                raise PluginError(f"digest: no fact sheet folder at {paths.meetings} (plugin option `meetings`)")
            given = SiteInput(paths, read_folder(paths.meetings, self._memo))
            problems += given.sheets.problems
        gazetteer = given.gazetteer
        if gazetteer is None:
            try:
                gazetteer = load_gazetteer(given.paths.gazetteer, problems)
            except ContentError as exc:   # a missing gazetteer folder: no site without it
                raise PluginError(f"digest: {exc.where()}: {exc.message}") from None
        if problems and config.strict:   # `mkdocs build -q` would not count warnings: fail here
            raise PluginError("\n".join([f"digest: {p.where()}: {p.message}" for p in problems]
                                         + [f"digest: {len(problems)} problem(s) to fix; without --strict "
                                            "the site is built without what they name"]))
        for problem in problems:
            log.warning(f"digest: {problem.where()}: {problem.message}")
        return build_catalog(entries_of(given.sheets), gazetteer), given, gazetteer.fingerprint

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """No page cache for previews: `mkdocs serve` and dirty builds render as MkDocs does."""
        if command == "serve" or dirty:
            self._cache_off = f"`mkdocs {command}{' --dirty' if dirty else ''}`"

    def _page_cache(self, config: MkDocsConfig) -> PageCache | None:
        """The page cache folder of this build, or None when it is off."""
        setting = cast("str | bool", self.config.cache)
        value = os.environ.get("DIGEST_SITE_CACHE", setting)
        if self._cache_off or value is False or str(value).strip().lower() in ("", "off", "false", "0"):
            return None
        return PageCache(self._path(config, ".cache/site" if value is True else str(value)))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add the site stylesheet, the raw list blocks, Arabic permalink titles and the palette
        toggle labels."""
        if urls.CSS not in config.extra_css:
            config.extra_css.insert(0, urls.CSS)
        labels = load_labels()
        if raw_blocks.NAME not in config.markdown_extensions:   # the lists' HTML, unparsed
            config.markdown_extensions.append(raw_blocks.NAME)
        toc = config.mdx_configs.setdefault("toc", {})
        toc.setdefault("permalink_title", labels.site.permalink)
        for option, name in zip(config.theme.get("palette") or [],
                                (labels.palette.to_dark, labels.palette.to_light)):
            toggle = option.get("toggle") if isinstance(option, dict) else None
            if toggle is not None and not toggle.get("name"):
                toggle["name"] = name
        self._search = SearchHooks(self.config.arabic_search)
        self._search.config(config)
        # What the theme overrides print (404.html, the footer, the feed link in <head>).
        config.extra["digest"] = {
            "root": urlsplit(config.site_url or "/").path or "/",
            "feed": urls.DATA_ATOM, "feed_title": labels.site.feed_link,
            "not_found": labels.not_found.model_dump(),
            "footer": {"label": labels.footer.label, "note": labels.footer.note, "summary": "",
                       "updated": "", "links": []},
        }
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Gather every sheet, then add every generated page and file to the site."""
        catalog, given, gazetteer = self._catalog(config)
        # Everything gathered so far lives until the build ends: keep the cyclic garbage
        # collector from walking it again and again while thousands of pages are prepared
        # and rendered (a sixth of the generation time at 10,000 meetings). Once more below,
        # for what is prepared here; undone in on_post_build.
        gc.freeze()
        options = SiteOptions(
            date_style=self.config.date_style, latest=self.config.latest,
            top=self.config.top_people, feed_size=self.config.feed_size,
            directory_urls=config.use_directory_urls, site_url=config.site_url,
            site_name=config.site_name, has_about=files.get_file_from_path(urls.ABOUT) is not None)
        dates = self._path(config, self.config.dates_file) if self.config.dates_file else DATES_FILE
        self._search.remember(catalog, options, dates)
        ctx = context(catalog, options, dates_file=dates)
        config.extra["digest"]["footer"] = footer(ctx)
        cache = self._page_cache(config)
        manifest = cache.load() if cache is not None else Manifest()
        content = None if cache is None else content_fingerprint(
            ctx, [(i, given.sheets.paths[i]) for i in sorted(given.sheets.by_id)], gazetteer, dates,
            keys.canonical_json([self._search.enabled, material_config(config)]))
        made = plan(ctx, cache, manifest, content, functools.partial(self._search.files, config))
        seen: set[str] = set()
        for page in made.pages:
            if page.src in seen:   # an id named like a page of the site's own (people/index.md)
                raise PluginError(f"digest: two pages would be {page.src}: a fact sheet names a person, "
                                  "place or topic with the id of a page the site makes; run `digest check` "
                                  "to see which, and change that id")
            seen.add(page.src)
            self._add(files, config, page.src, page.in_nav, page.markdown)
        for src in DATA_FILES:
            self._add(files, config, src, False, functools.partial(made.data_file, src))
        reuse = None
        if cache is not None:
            why = self._cache_off or why_off(config, self._search.replaced)
            render = render_key(config) if why is None else None
            if render is not None:
                reuse = PageReuse(cache, manifest, render)
                reuse.attach(files, config, made.pages)
            elif why:
                log.info(f"digest: pages are not reused: {why}")
        self._build = _Build(cache, made, reuse)
        # Everything gathered so far lives until the build ends: keep the cyclic garbage
        # collector from walking it again and again while thousands of pages are rendered
        # (a sixth of the generation time at 10,000 meetings). Undone in on_post_build.
        gc.freeze()
        if self._cache_off is None and self.config.helper:   # not a preview: a helper may fork
            made.start_helper()
        return files

    def _add(self, files: Files, config: MkDocsConfig, src: str, in_nav: bool,
             make: Callable[[], str | bytes]) -> None:
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"digest: {src} is generated; remove it from {config.docs_dir}")
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        files.append(lazy_file(config, src, make, inclusion))

    @event_priority(-100)   # last: the copy it may fork must see the navigation as built
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Generated pages outside the navigation go through the page cache; when many have
        nothing cached, a second process renders part of them."""
        build = self._build
        if build is not None and build.reuse is not None:
            build.reuse.navigation(nav)
            build.aside = SecondRenderer.start(build.reuse, build.plan, config, files, nav,
                                               self.config.render_aside)
        return nav

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """The pages the second process rendered stand in for their render (or are read now);
        the theme learns the templates that render a reused page's live regions."""
        build = self._build
        if build is not None and build.aside is not None:
            build.aside.settle(config, files)
        return build.reuse.env(env) if build is not None and build.reuse is not None else env

    @event_priority(100)  # before the theme renders the page: its warnings are the page's
    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """Note which page the theme renders now."""
        build = self._build
        if build is not None and build.reuse is not None:
            build.reuse.enter(page)
        return context

    @event_priority(-100)  # last: what it keeps is the page as written
    def on_post_page(self, output: str, page: Page | None, config: MkDocsConfig) -> str:
        """Put the writing direction on <html> as well as <body>; search uses our worker; a
        reused page gets its live regions, a rendered one is kept for the next build."""
        output = _HTML_TAG.sub(f'<html dir="{config.theme.get("direction") or "rtl"}"', output, count=1)
        output = self._search.page(output)
        build = self._build
        if build is not None and build.reuse is not None and page is not None:
            return build.reuse.post_page(output, page)
        return strip_markers(output, page.file.src_uri if page is not None else "a theme template")

    def on_template_context(self, context: TemplateContext, /, *, template_name: str,
                            config: MkDocsConfig) -> TemplateContext:
        """404.html with links relative to the site's root folder, where it lives: MkDocs makes
        them absolute ("/assets/..."), which a copy opened from a folder cannot follow. Over
        HTTP the page itself resets the base to the site's root (theme_overrides/404.html)."""
        if template_name == "404.html":
            context["base_url"] = "."
        return context

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        """The same for pages rendered from templates alone (404.html)."""
        if template_name.endswith(".html"):
            output = _HTML_TAG.sub(f'<html dir="{config.theme.get("direction") or "rtl"}"', output, count=1)
            return strip_markers(self._search.page(output), template_name)
        return output

    @event_priority(-50)  # after Material's search writes its index (0), before offline (-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Write the Arabic search index over Material's, and keep what the build made."""
        build, self._build = self._build, None
        try:
            self._search.build(config, build.plan.search_files() if build is not None
                               else self._search.files(config))
            if build is not None:
                build.finish()
        finally:
            if build is not None:
                build.close()
            gc.unfreeze()   # `mkdocs serve` builds again in this process: let old builds go

    def on_build_error(self, error: Exception) -> None:
        """A failed build also lets the garbage collector back in (see on_files); the page
        cache keeps what the last successful build left."""
        gc.unfreeze()
        self._input = None
        build, self._build = self._build, None
        if build is not None:
            build.close()


@dataclasses.dataclass
class _Build:
    """The page cache's side of one build."""

    cache: PageCache | None
    plan: Plan
    reuse: PageReuse | None
    aside: SecondRenderer | None = None

    def close(self) -> None:
        """Stop the helper process, the second renderer and the log watch."""
        if self.plan.helper is not None:
            self.plan.helper.close()
        if self.aside is not None:
            self.aside.close()
        if self.reuse is not None:
            self.reuse.close()

    def finish(self) -> None:
        """Keep what a successful build made (only then), and say what it reused."""
        records, paths = self.reuse.finish() if self.reuse is not None else ({}, {})
        if self.cache is None:
            return
        stats: dict[str, Any] = dict(self.reuse.stats) if self.reuse is not None else {}
        stats["views_reused"] = int(self.plan.reused_views)
        stats["prepared"] = self.plan.prepared
        self.cache.save(Manifest(remember(self.cache, self.plan), records, paths, stats))
        if self.reuse is not None:
            aside = f" ({stats['rendered_aside']} by a second process)" if stats.get("rendered_aside") else ""
            log.info(f"digest: page cache: {stats['reused']} of {stats['pages']} pages reused, "
                     f"{stats['rendered']} rendered{aside}")
