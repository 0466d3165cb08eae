"""MkDocs' own steps for one page, for the second renderer (second_renderer.py).

MkDocs has no public call that reads or renders a single page: its build loops over
`_populate_page` (Markdown to HTML, with the page events) and `_build_page` (theme, with
the page events, then the file written into site_dir). These are private functions of
MkDocs 1.6.1 (pinned in pyproject.toml); they are used here and nowhere else, so that a
new MkDocs release that renames them breaks one small module. Calling them gives a page
exactly the steps and plugin events MkDocs' own loops give it, which is what keeps the
pages the second process renders byte-identical to the ones this process renders.
"""
from __future__ import annotations

from collections.abc import Sequence

import jinja2
from mkdocs.commands import build as _mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page


def populate(page: Page, config: MkDocsConfig, files: Files) -> None:
    """Read a page and render its Markdown, as MkDocs' "Reading markdown pages" loop does."""
    _mkdocs_build._populate_page(page, config, files)


def theme_env(config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """The theme's environment as MkDocs makes it for the build, plugins' on_env included."""
    return config.plugins.on_env(config.theme.get_env(), config=config, files=files)


def site_pages(files: Files) -> Sequence[File]:
    """The documentation pages MkDocs writes in a build, in its order."""
    return files.documentation_pages(inclusion=InclusionLevel.is_included)


def build_page(page: Page, config: MkDocsConfig, doc_files: Sequence[File], nav: Navigation,
               env: jinja2.Environment) -> None:
    """Render a populated page through the theme and write it, as MkDocs' page loop does."""
    _mkdocs_build._build_page(page, config, doc_files, nav, env,
                              excluded=page.file.inclusion.is_excluded())
