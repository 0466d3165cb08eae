"""`digest build` with the page cache, as CI runs it: after one article changes, the site it
writes is byte for byte the site a build from scratch writes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.publishing.tools import copy_project, run_digest

from .test_page_cache import assert_same_site

ARTICLE = "content/articles/000_3b596f72e28adffe.txt"


def project(dest: Path) -> Path:
    """A copy of the project with no cache of any kind."""
    copy_project(dest)
    shutil.rmtree(dest / ".cache", ignore_errors=True)
    return dest


def change_one_article(root: Path) -> None:
    path = root / ARTICLE
    text = path.read_text(encoding="utf-8")
    headline = text.splitlines()[0]
    path.write_text(text.replace(headline, headline.replace("يلتقي", "يستقبل"), 1), encoding="utf-8")


@pytest.mark.slow
def test_one_changed_article_rebuilds_to_the_bytes_of_a_build_from_scratch(tmp_path):
    warm = project(tmp_path / "warm")
    first = run_digest(warm, "build", "-q")
    assert first.code == 0, first.out
    assert (warm / ".cache" / "site" / "manifest.json").is_file()    # where CI keeps it
    change_one_article(warm)
    again = run_digest(warm, "build")
    assert again.code == 0 and (again.read, again.cached) == (1, again.articles - 1), again.out
    stats = json.loads((warm / ".cache" / "site" / "manifest.json").read_text(encoding="utf-8"))["stats"]
    assert 0 < stats["rendered"] < stats["reused"], stats

    cold = project(tmp_path / "cold")
    change_one_article(cold)
    fresh = run_digest(cold, "build", "-q")
    assert fresh.code == 0, fresh.out
    assert_same_site(warm / "site", cold / "site")


def test_the_pages_workflow_keeps_the_page_cache_between_runs():
    """CI restores .cache/site before `digest build`: keyed by the site's code and theme, then
    the content, falling back to older entries (each page is checked against its own key)."""
    from tests.publishing.test_workflows import PAGES, load, steps

    order = steps(load(PAGES), "build")
    cache = next(i for i, s in enumerate(order)
                 if s.get("uses", "").startswith("actions/cache") and s["with"]["path"] == ".cache/site")
    build = next(i for i, s in enumerate(order) if s.get("run", "").startswith("digest build"))
    assert cache < build
    spec = order[cache]["with"]
    for part in ("generator/**", "theme_overrides/**", "mkdocs.yml", "content/**"):
        assert part in spec["key"], part
    assert spec["key"].startswith("site-") and "site-${{ runner.os }}-py3.11-" in spec["restore-keys"]
