"""The MkDocs adapter: hands the generated pages and files to MkDocs, in memory.

All page generation lives in generate.py and knows nothing of MkDocs. This module only
reads the plugin options, gets the sheets and the gazetteer, and turns each generated output
into a `File.generated` (meeting, person, place and topic pages out of the navigation).
Arabic search lives in search_hooks.py and is only called from here.

Where the sheets come from: `digest build` hands over what its run used and read
(`DigestPlugin.of(config).receive(SiteInput)`), so the site is built from the sheets that
run wrote. A plain `mkdocs build` or `mkdocs serve` reads them itself, through the same
reader, from the project's paths (`ProjectPaths`, with the `meetings` and `gazetteer` options
in their place when set); every sheet or gazetteer problem is a warning naming file and line
(a failure under `strict`), and the site is built without it.
"""
from __future__ import annotations

import dataclasses
import gc
import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..factsheet.handoff import SheetMemo, SiteInput
from ..factsheet.reader import read_folder
from ..gazetteer import load_gazetteer
from ..project import ProjectPaths
from ..yamlio import ContentError
from . import urls
from .catalog import Catalog, build_catalog, entries_of
from .common import SiteOptions
from .datefmt import DATES_FILE, STYLES
from .generate import context, generate
from .index_pages import footer
from .labels import load_labels
from .search_hooks import SearchHooks

# Material sets dir= on <body> only; readers' tools look at <html> (WCAG 3.1.1, scrollbars).
_HTML_TAG = re.compile(r"<html\b(?![^>]*\bdir=)")
log = logging.getLogger("mkdocs.plugins.digest")


class DigestConfig(base.Config):
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


class DigestPlugin(BasePlugin[DigestConfig]):
    """Generates the digest's pages and data files from the fact sheets and gazetteers."""

    def __init__(self) -> None:
        super().__init__()
        self._memo = SheetMemo()              # parsed sheets by file, kept across `mkdocs serve` rebuilds
        self._input: SiteInput | None = None  # what `digest build` handed over, for one build

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

    def _catalog(self, config: MkDocsConfig) -> Catalog:
        """Every sheet and the gazetteer: handed over by `digest build`, else read here."""
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
        return build_catalog(entries_of(given.sheets), gazetteer)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add the site stylesheet, Arabic permalink titles and the palette toggle labels."""
        if urls.CSS not in config.extra_css:
            config.extra_css.insert(0, urls.CSS)
        labels = load_labels()
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
        catalog = self._catalog(config)
        options = SiteOptions(
            date_style=self.config.date_style, latest=self.config.latest,
            top=self.config.top_people, feed_size=self.config.feed_size,
            directory_urls=config.use_directory_urls, site_url=config.site_url,
            site_name=config.site_name, has_about=files.get_file_from_path(urls.ABOUT) is not None)
        dates = self._path(config, self.config.dates_file) if self.config.dates_file else DATES_FILE
        self._search.remember(catalog, options, dates)
        config.extra["digest"]["footer"] = footer(context(catalog, options, dates_file=dates))
        made: set[str] = set()
        for output in generate(catalog, options, dates_file=dates):
            if output.src in made:   # an id named like a page of the site's own (people/index.md)
                raise PluginError(f"digest: two pages would be {output.src}: a fact sheet names a person, "
                                  "place or topic with the id of a page the site makes; run `digest check` "
                                  "to see which, and change that id")
            made.add(output.src)
            if files.get_file_from_path(output.src) is not None:
                raise PluginError(f"digest: {output.src} is generated; remove it from "
                                  f"{config.docs_dir}")
            inclusion = InclusionLevel.UNDEFINED if output.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, output.src, content=output.content,
                                        inclusion=inclusion))
        # Everything gathered so far lives until the build ends: keep the cyclic garbage
        # collector from walking it again and again while thousands of pages are rendered
        # (a sixth of the generation time at 10,000 meetings). Undone in on_post_build.
        gc.freeze()
        return files

    def on_post_page(self, output: str, page: Page | None, config: MkDocsConfig) -> str:
        """Put the writing direction on <html> as well as <body>; search uses our worker."""
        output = _HTML_TAG.sub(f'<html dir="{config.theme.get("direction") or "rtl"}"', output, count=1)
        return self._search.page(output)

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
            return self.on_post_page(output, None, config)
        return output

    @event_priority(-50)  # after Material's search writes its index (0), before offline (-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Write the Arabic search index over Material's."""
        gc.unfreeze()   # `mkdocs serve` builds again in this process: let old builds go
        self._search.build(config)

    def on_build_error(self, error: Exception) -> None:
        """A failed build also lets the garbage collector back in (see on_files)."""
        gc.unfreeze()
        self._input = None

