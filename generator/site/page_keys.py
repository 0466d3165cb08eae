"""What a page's HTML depends on beyond its own Markdown, for the page cache (page_reuse.py).

Every page shows the site's settings, theme and navigation: `render_key` writes out the
settings (all but where files are), the theme overrides' files, the digest's code and the
package versions; `nav_signature` the navigation's titles and addresses. `why_off` says when
no key can be trusted at all: a plugin other than search and digest (what it does to pages
cannot be seen from here), hooks, or Material's own search index (it reads every page).
"""
from __future__ import annotations

import functools
import json
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from . import keys

log = logging.getLogger("mkdocs.plugins.digest")
ALLOWED_PLUGINS = {"search", "material/search", "digest"}
# The digest's folders are where its input is, not what it says (its pages' Markdown keys
# cover that), and reach no page; nor does which process prepares them.
_DIGEST_PATHS = {"meetings", "gazetteer", "dates_file", "cache", "helper", "render_aside"}
# Settings that do not reach a page's bytes (where files are, the dev server); the theme,
# plugins and extra are written out apart below.
_NOT_SHOWN = {"config_file_path", "docs_dir", "site_dir", "dev_addr", "watch", "remote_branch",
              "remote_name", "theme", "plugins", "extra"}


def why_off(config: MkDocsConfig, search_replaced: bool) -> str | None:
    """Why pages cannot be reused in this build, or None."""
    others = [name for name in config.plugins if name not in ALLOWED_PLUGINS]
    if others:
        return f"plugins {', '.join(others)} may change pages in ways the cache cannot see"
    if config.hooks:
        return "hooks may change pages in ways the cache cannot see"
    if not search_replaced:
        return "Material's own search index reads the HTML of every page"
    return None


def render_key(config: MkDocsConfig) -> str | None:
    """Everything global that turns a page's Markdown into its HTML (None: cannot be keyed)."""
    try:
        settings = keys.canonical_json(_settings(config))
    except keys.Unkeyable as exc:
        log.info(f"digest: page cache off: a setting holds a {exc} object, which cannot be keyed")
        return None
    theme = config.theme
    custom = keys.tree(Path(theme.custom_dir)) if theme.custom_dir else "-"
    # Material prints neither page dates nor the build date on pages (only sitemap.xml, made
    # on every build): were a theme to print them, they would be part of every page.
    when = get_build_date() if _shows_build_date(tuple(theme.dirs)) else "-"
    return keys.digest(keys.site_code(), settings, custom, when)


def _settings(config: MkDocsConfig) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in config.items() if k not in _NOT_SHOWN}
    theme = dict(config.theme)
    theme["locale"] = str(theme.get("locale"))
    out["theme"] = {"name": config.theme.name, **theme}
    # The digest's folders are where its input is, not what it says (its pages' Markdown
    # keys cover that); the folders themselves reach no page.
    out["plugins"] = {name: {k: v for k, v in plugin.config.items()
                             if not (name == "digest" and k in _DIGEST_PATHS)}
                      for name, plugin in config.plugins.items()}
    extra = dict(config.extra)
    if isinstance(extra.get("digest"), dict):   # the footer's figures are live, not keyed
        extra["digest"] = {k: v for k, v in extra["digest"].items() if k != "footer"}
    out["extra"] = extra
    return out


@functools.lru_cache(maxsize=8)
def _shows_build_date(dirs: tuple[str, ...]) -> bool:
    for folder in dirs:
        for root, subdirs, names in os.walk(folder):
            subdirs[:] = [d for d in subdirs if not d.startswith(".")]   # Material's .icons
            for name in names:
                if name.endswith(".html"):
                    text = Path(root, name).read_text(encoding="utf-8", errors="replace")
                    if "update_date" in text or "build_date_utc" in text:
                        return True
    return False


class _NotReady(Exception):
    pass


def nav_signature(nav: Navigation) -> str | None:
    """The navigation's titles and addresses, which every page shows (None: not all read yet)."""
    # A page's title may come from its first heading, known only once the page is read.
    def walk(items: list[Any]) -> list[Any]:
        out: list[Any] = []
        for item in items:
            if isinstance(item, Page):
                if item.content is None:
                    raise _NotReady
                out.append(["page", item.title, item.url, item.file.src_uri])
            elif isinstance(item, Section):
                out.append(["section", item.title, walk(item.children)])
            else:
                out.append(["link", item.title, item.url])
        return out
    try:
        return keys.digest(json.dumps(walk(nav.items), ensure_ascii=False))
    except _NotReady:
        return None
