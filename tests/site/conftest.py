"""The demo site, built once per session by `mkdocs build --strict` with the project's config."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.catalog import load_sheets

from .factory import ROOT, run_mkdocs


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The project's own site from mkdocs.yml and content/, built into a temporary folder."""
    site = tmp_path_factory.mktemp("demo") / "site"
    run_mkdocs(ROOT / "mkdocs.yml", site)
    return site


@pytest.fixture(scope="session")
def demo_sheets():
    """The demo content's sheets in the site's chronological order."""
    return sorted(load_sheets(ROOT / "content" / "meetings"), key=lambda e: e.key)
