"""The demo site, built once per session by `mkdocs build --strict` with the project's config."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.factsheet.reader import read_folder
from generator.site.catalog import entries_of

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
    return sorted(entries_of(read_folder(ROOT / "content" / "meetings")), key=lambda e: e.key)
