"""`digest extract` on the demo project: one new article is the only one read, other sheets stay put."""
from __future__ import annotations

import shutil
from pathlib import Path

from .tools import copy_project, run_digest

NEW = "d18"   # the only source of its meeting, so adding it must not touch any other sheet


def sheets(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.glob("*.yaml"))}


def test_one_new_article_is_read_alone_and_other_sheets_are_untouched(tmp_path):
    """Counted from the CLI's own summary: 1 read, every other article from the cache."""
    project = copy_project(tmp_path / "project")
    article = next((project / "content" / "articles").glob(f"{NEW}.*"))
    held_back = shutil.move(article, tmp_path / article.name)
    first = run_digest(project, "extract")
    assert first.code == 0 and first.read == first.articles > 0, first.out
    before = sheets(project / "content" / "meetings")

    shutil.move(held_back, article)
    second = run_digest(project, "extract")
    assert second.code == 0, second.out
    assert (second.articles, second.read, second.cached) == (first.articles + 1, 1, first.articles), second.out
    after = sheets(project / "content" / "meetings")
    assert {name: after.get(name) for name in before} == before      # same bytes, not even rewritten
    assert len(after) == len(before) + 1

    again = run_digest(project, "extract")
    assert (again.read, again.cached) == (0, second.articles), again.out
    full = run_digest(project, "extract", "--full")
    assert full.read == second.articles and sheets(project / "content" / "meetings") == after, full.out
