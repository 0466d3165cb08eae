"""Puts the digest's Arabic search behind Material's search box, online and from file://.

Material's search UI talks to a web worker through four messages (setup, ready, query,
result) and lets a site bring its own worker. This module

- points every page's `__config.search` at our worker (assets/javascripts/digest/), in place
  of Material's lunr worker, and fails the build if Material's markup ever changes;
- adds a small script that, on file:// only, runs that worker on the page itself, since
  browsers refuse workers from file:// (Material's offline plugin fetches a shim from a
  CDN for this; we need no network);
- replaces Material's search_index.json with ours, and writes search/search_index.js, the
  form Material loads over file://, and search/search_rules.js, the folding tables alone;
- adds highlight.js to every page: on the page a result opens, it marks what the search found
  in every spelling (Material marks only the query as typed).
"""
from __future__ import annotations

import gzip
import json
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from .catalog import Catalog
from .common import SiteOptions
from .generate import context
from .search_fold import load_rules
from .search_index import SearchIndex, build_index

log = logging.getLogger("mkdocs.plugins.digest")

WORKER = "assets/javascripts/digest/search-worker.js"
FILE_SHIM = "assets/javascripts/digest/file-worker.js"
HIGHLIGHT = "assets/javascripts/digest/highlight.js"
RULES = "search/search_rules.js"
INDEX_JSON = "search/search_index.json"   # Material's name: ours is written over its own
INDEX_JS = "search/search_index.js"       # the form Material loads over file://
FILES = (INDEX_JSON, INDEX_JS, RULES)
# The worker entry of Material's page configuration, e.g. "../assets/javascripts/workers/
# search.a7633da7.min.js": relative to the page, or absolute on 404.html.
_CONFIG_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')


class SearchHooks:
    """The search side of the digest plugin; disabled, it leaves Material's search untouched."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._catalog: Catalog | None = None
        self._material: Any = None
        self._options: SiteOptions | None = None
        self._dates: Path | None = None
        self.index: SearchIndex | None = None

    def config(self, config: MkDocsConfig) -> None:
        """Load the file:// worker shim before Material's bundle on every page."""
        plugins = config.plugins
        self._material = plugins.get("material/search") or plugins.get("search")
        if self._material is None:
            self.enabled = False  # no search box: nothing to serve
        if not self.enabled:
            return
        offline = plugins.get("offline") or plugins.get("material/offline")
        if offline is not None and offline.config.get("enabled", True):
            raise PluginError("digest: remove Material's `offline` plugin: it adds a script from "
                              "unpkg.com to every page, and digest search works from file:// without it")
        polyfills = config.extra.setdefault("polyfills", [])
        if FILE_SHIM not in polyfills:
            polyfills.append(FILE_SHIM)
        # Marks the words found on the page a result opens, in every spelling the search found
        if HIGHLIGHT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(HIGHLIGHT)

    def remember(self, catalog: Catalog, options: SiteOptions, dates: Path) -> None:
        """The catalog the pages were made from, for the index written after the build."""
        self._catalog, self._options, self._dates = catalog, options, dates
        # Material would parse every built page into an index that ours then replaces: about
        # half the time spent per page. Every plugin's on_config has run by now.
        if self.enabled and hasattr(getattr(self._material, "search_index", None),
                                    "add_entry_from_context"):
            self._material.search_index = _Replaced()

    def page(self, html: str) -> str:
        """Send the page's search box to our worker instead of Material's."""
        if not self.enabled or '"search":' not in html:
            return html
        html, count = _CONFIG_WORKER.subn(lambda m: f'{m.group(1)}{m.group(2)}{WORKER}"', html,
                                          count=1)
        if not count and 'id="__config"' in html:
            raise PluginError("digest: Material's search worker entry was not found in __config; "
                              "check generator/site/search_hooks.py against the Material version")
        return html

    @property
    def replaced(self) -> bool:
        """True when our index stands in for Material's (Material parses no page)."""
        return self.enabled and isinstance(getattr(self._material, "search_index", None), _Replaced)

    def files(self, config: MkDocsConfig) -> dict[str, bytes] | None:
        """Our index as the files `build` writes, by path in the site (None: search is off)."""
        if not self.enabled or self._catalog is None or self._options is None or self._dates is None:
            return None
        ctx = context(self._catalog, self._options, dates_file=self._dates)
        self.index = build_index(ctx, load_rules(), material_config(config))
        text = self.index.json()
        # The folding tables alone, for highlight.js on the page a result opens
        rules = json.dumps(self.index.data["docs"]["rules"], ensure_ascii=False, separators=(",", ":"))
        return {INDEX_JSON: text.encode("utf-8"), INDEX_JS: f"var __index = {text}".encode("utf-8"),
                RULES: f"var __digestRules = {rules}".encode("utf-8")}

    def build(self, config: MkDocsConfig, files: dict[str, bytes] | None) -> None:
        """Write our index over Material's, as JSON (online) and as a script (file://): the
        files `files` made, for this build or (same content) an earlier one."""
        if not self.enabled or files is None:
            return
        if set(files) != set(FILES):
            raise PluginError(f"digest: search files {sorted(files)} are not {sorted(FILES)}")
        for path, content in files.items():
            target = Path(config.site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        if log.isEnabledFor(logging.INFO) and self._catalog is not None:
            raw = files[INDEX_JSON]
            packed = len(gzip.compress(raw, 9, mtime=0))
            per = max(len(self._catalog.entries), 1)
            log.info("digest: search index %d bytes (%d gzip), %.0f / %.0f bytes per meeting",
                     len(raw), packed, len(raw) / per, packed / per)


class _Replaced:
    """Stands in for Material's own search index, which ours replaces after the build."""

    def add_entry_from_context(self, page: Any) -> None:
        """Pages are not parsed for an index nobody reads."""

    def generate_search_index(self, prev: Any) -> str:
        """An empty index; SearchHooks.build writes the real one over it."""
        return "{}"


def material_config(config: MkDocsConfig) -> dict[str, Any]:
    """Material's search settings, which its page-side highlighter still reads from the index."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    settings = getattr(plugin, "config", None) or {}
    return {key: settings[key] for key in ("lang", "separator", "pipeline", "fields") if key in settings}
