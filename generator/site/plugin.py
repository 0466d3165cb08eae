"""The MkDocs adapter: hands the generated pages and files to MkDocs, in memory.

All page generation lives in generate.py and knows nothing of MkDocs. This module only
reads the plugin options, loads the catalog, and turns each generated output into a
`File.generated` (meeting, person, place and topic pages out of the navigation). Arabic
search lives in search_hooks.py and is only called from here.
"""
from __future__ import annotations

import gc
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from ..yamlio import ContentError
from . import urls
from .catalog import load_catalog
from .common import SiteOptions
from .datefmt import DATES_FILE, STYLES
from .generate import context, generate
from .index_pages import footer
from .labels import load_labels
from .search_hooks import SearchHooks

# Material sets dir= on <body> only; readers' tools look at <html> (WCAG 3.1.1, scrollbars).
_HTML_TAG = re.compile(r"<html\b(?![^>]*\bdir=)")


class DigestConfig(base.Config):
    meetings = c.Type(str, default="content/meetings")
    gazetteer = c.Type(str, default="content/gazetteer")
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
        self._sheets: dict = {}  # parsed sheets by file, kept across `mkdocs serve` rebuilds

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        return Path(config.config_file_path or ".").parent / value

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
        meetings = self._path(config, self.config.meetings)
        if not meetings.is_dir():
            raise PluginError(f"digest: no fact sheet folder at {meetings} (plugin option `meetings`)")
        try:
            catalog = load_catalog(meetings,
                                   self._path(config, self.config.gazetteer), self._sheets)
        except ContentError as exc:
            raise PluginError(f"digest: {exc}") from None
        options = SiteOptions(
            date_style=self.config.date_style, latest=self.config.latest,
            top=self.config.top_people, feed_size=self.config.feed_size,
            directory_urls=config.use_directory_urls, site_url=config.site_url,
            site_name=config.site_name, has_about=files.get_file_from_path(urls.ABOUT) is not None)
        dates = self._path(config, self.config.dates_file) if self.config.dates_file else DATES_FILE
        self._search.remember(catalog, options, dates)
        config.extra["digest"]["footer"] = footer(context(catalog, options, dates_file=dates))
        for output in generate(catalog, options, dates_file=dates):
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

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:
        """Put the writing direction on <html> as well as <body>; search uses our worker."""
        output = _HTML_TAG.sub(f'<html dir="{config.theme.get("direction") or "rtl"}"', output, count=1)
        return self._search.page(output)

    def on_template_context(self, context: dict, template_name: str, config: MkDocsConfig) -> dict:
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
