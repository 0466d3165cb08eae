"""The page cache: a build that reuses pages writes the very bytes of a build without the cache.

Each test fills a cache with a first build, changes one thing (a sheet, a theme template, a
setting, the navigation), builds again with the cache, and compares the whole site, file by
file and byte by byte, with a build of the same content with the cache off. The cache's own
count of reused and rendered pages shows that reuse really happened, and that what the change
touches was rendered again.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .factory import MKDOCS, ROOT, build_site, synthetic_sheets, write_sheets

SHEETS = synthetic_sheets(24)


def build(tmp: Path, meetings: Path, name: str, cache: Path | None, settings: dict | None = None) -> Path:
    """The site of these sheets, with the page cache in `cache`; None: no cache and no helper
    process either (the reference: everything made in one process, as before the cache)."""
    return build_site(tmp, meetings, tmp / name, settings=settings, helper=cache is not None,
                      env={"DIGEST_SITE_CACHE": str(cache) if cache else "off"})


def stats(cache: Path) -> dict:
    return json.loads((cache / "manifest.json").read_text(encoding="utf-8"))["stats"]


def assert_same_site(got: Path, want: Path) -> None:
    """Every file of both sites, byte for byte."""
    files = {p.relative_to(got).as_posix() for p in got.rglob("*") if p.is_file()}
    expected = {p.relative_to(want).as_posix() for p in want.rglob("*") if p.is_file()}
    assert files == expected, (sorted(files - expected)[:5], sorted(expected - files)[:5])
    differ = [f for f in sorted(files) if (got / f).read_bytes() != (want / f).read_bytes()]
    assert not differ, f"{len(differ)} files differ from the build without cache, e.g. {differ[:5]}"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A cache filled by a first build of SHEETS (copied by each test that uses it)."""
    tmp = tmp_path_factory.mktemp("seed")
    cache = tmp / "cache"
    build(tmp, write_sheets(tmp / "meetings", SHEETS), "site", cache)
    counts = stats(cache)
    assert counts["rendered"] == counts["pages"] > 50 and counts["reused"] == 0
    return cache


def test_a_first_build_that_fills_the_cache_is_the_build_without_it(tmp_path, seeded):
    """Filling the cache, and preparing pages in the helper process, change no byte."""
    if sys.platform.startswith("linux"):
        assert stats(seeded)["prepared"] > 0     # the helper process prepared pages
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    assert_same_site(seeded.parent / "site", build(tmp_path, meetings, "cold", None))


def warm_and_cold(tmp: Path, seeded: Path, sheets: list, settings: dict | None = None) -> dict:
    """Build `sheets` with a copy of the seeded cache and with no cache; both sites must be
    byte-identical. The warm build's counts."""
    cache = tmp / "cache"
    shutil.copytree(seeded, cache)
    meetings = write_sheets(tmp / "meetings", sheets)
    warm = build(tmp, meetings, "warm", cache, settings)
    cold = build(tmp, meetings, "cold", None, settings)
    assert_same_site(warm, cold)
    return stats(cache)


def test_an_unchanged_site_is_reused_whole_and_the_same(tmp_path, seeded):
    counts = warm_and_cold(tmp_path, seeded, SHEETS)
    assert counts["reused"] == counts["pages"] and counts["rendered"] == 0
    assert counts["views_reused"] == 1   # not even a page's values were prepared again


def test_a_reused_page_is_linked_from_the_cache_not_written_and_nothing_is_said(tmp_path, seeded):
    """MkDocs is given no output for a reused page, so it writes no file of its own (a new file
    each is what a rebuild that changed nothing spent most on); the site's file is a hard link
    to the cache's, and MkDocs' note about the empty output is not shown."""
    cache = tmp_path / "cache"
    shutil.copytree(seeded, cache)
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    site = build(tmp_path, meetings, "warm", cache)
    again = subprocess.run([*MKDOCS, "build", "--strict", "-f", str(tmp_path / "mkdocs.yml"), "-d",
                            str(tmp_path / "again")], capture_output=True, text=True, cwd=ROOT,
                           env=dict(os.environ, NO_MKDOCS_2_WARNING="1", DIGEST_SITE_CACHE=str(cache)))
    assert again.returncode == 0 and "INFO" in again.stderr, again.stderr
    assert "Page skipped" not in again.stdout + again.stderr, again.stderr
    cached = {p.stat().st_ino for p in (cache / "html").glob("*.html")}
    pages = [p for p in (tmp_path / "again" / "meetings").rglob("*.html")]
    assert pages and all(p.stat().st_ino in cached for p in pages)
    assert_same_site(tmp_path / "again", site)


@pytest.mark.parametrize("change", [pytest.param("title", marks=pytest.mark.slow), "new meeting",
                                    pytest.param("removed meeting", marks=pytest.mark.slow)])
def test_one_changed_sheet_gives_the_bytes_of_a_full_build(tmp_path, seeded, change):
    """A new headline changes the meeting, its people's, place's, year's and topic's pages; a
    new or removed meeting also changes the counts in every page's footer (a live region)."""
    sheets = list(SHEETS)
    if change == "title":
        sheets[7] = sheets[7].model_copy(update={"title": "عنوان جديد للقاء"})
    elif change == "new meeting":
        extra = synthetic_sheets(25)[-1]
        sheets.append(extra.model_copy(update={"id": "m09999"}))
    else:
        del sheets[3]
    counts = warm_and_cold(tmp_path, seeded, sheets)
    assert 0 < counts["rendered"] < counts["pages"] // 2, counts
    assert counts["reused"] + counts["rendered"] == counts["pages"]


@pytest.mark.slow
def test_a_theme_template_change_renders_every_page_again(tmp_path, seeded):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme_overrides", theme)
    settings = {"theme": {"custom_dir": str(theme)}}
    cache = tmp_path / "cache"
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    build(tmp_path, meetings, "first", cache, settings)
    main = theme / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block extrahead %}", '{% block extrahead %}\n  <meta name="digest-test" content="1">'),
        encoding="utf-8")
    warm = build(tmp_path, meetings, "warm", cache, settings)
    assert stats(cache)["reused"] == 0
    assert_same_site(warm, build(tmp_path, meetings, "cold", None, settings))
    assert 'name="digest-test"' in (warm / "meetings" / f"{SHEETS[0].id}.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_change_to_the_live_footer_reaches_reused_pages(tmp_path, seeded):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme_overrides", theme)
    settings = {"theme": {"custom_dir": str(theme)}}
    cache = tmp_path / "cache"
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    build(tmp_path, meetings, "first", cache, settings)
    partial = theme / "partials" / "copyright.html"
    partial.write_text(partial.read_text(encoding="utf-8").replace(
        '<p class="digest-footer__note">', '<p class="digest-footer__note">تجربة '), encoding="utf-8")
    warm = build(tmp_path, meetings, "warm", cache, settings)
    assert_same_site(warm, build(tmp_path, meetings, "cold", None, settings))
    assert "تجربة" in (warm / "people" / f"{SHEETS[0].participants[0].id}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("settings", [
    {"site_name": "أرشيف آخر"},
    pytest.param({"theme": {"custom_dir": str(ROOT / "theme_overrides"),
                            "features": ["navigation.tabs", "search.highlight", "search.suggest"]}},
                 marks=pytest.mark.slow),
    pytest.param({"markdown_extensions": ["toc", "tables", "admonition", "attr_list", "md_in_html"]},
                 marks=pytest.mark.slow),
], ids=["site name", "theme features", "markdown extensions"])
def test_a_config_change_gives_the_bytes_of_a_full_build(tmp_path, seeded, settings):
    counts = warm_and_cold(tmp_path, seeded, SHEETS, settings)
    assert counts["reused"] == 0, counts


@pytest.mark.slow
def test_a_new_title_in_the_navigation_renders_every_page_again(tmp_path, seeded):
    """Every page shows the navigation, whose titles come from the pages in it."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "content" / "pages", docs)
    about = docs / "about.md"
    text = about.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.startswith("# "))
    about.write_text(text.replace(first, "# عن هذا الأرشيف", 1), encoding="utf-8")
    counts = warm_and_cold(tmp_path, seeded, SHEETS, {"docs_dir": str(docs)})
    assert counts["reused"] == 0, counts


def test_a_damaged_or_doubtful_entry_is_rendered_again(tmp_path, seeded):
    """A cached page whose bytes were changed, or whose links once found another address, is
    not reused; the site is still the one a full build gives."""
    cache = tmp_path / "cache"
    shutil.copytree(seeded, cache)
    manifest = json.loads((cache / "manifest.json").read_text(encoding="utf-8"))
    pages = manifest["pages"]   # source path → [key, size, crc, live, …, lookups]
    key = pages[f"meetings/{SHEETS[1].id}.md"][0]
    blob = cache / "html" / f"{key}.html"
    blob.write_bytes(blob.read_bytes().replace(b"<", b"[", 1))
    # the address of one looked-up path "was" another: every page that looked it up is doubtful
    doubtful = pages[f"meetings/{SHEETS[2].id}.md"][-1][0]
    manifest["paths"][doubtful][1] = "elsewhere.html"
    (cache / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    users = {src for src, record in pages.items() if doubtful in record[-1]}
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    warm = build(tmp_path, meetings, "warm", cache)
    counts = stats(cache)
    assert counts["pages"] - counts["reused"] == len(users | {f"meetings/{SHEETS[1].id}.md"}) < counts["pages"]
    assert_same_site(warm, build(tmp_path, meetings, "cold", None))


@pytest.mark.slow
def test_the_cache_can_be_turned_off_and_lives_where_it_is_told(tmp_path):
    meetings = write_sheets(tmp_path / "meetings", SHEETS[:3])
    build_site(tmp_path, meetings, tmp_path / "a", env={"DIGEST_SITE_CACHE": "off"})
    assert not (tmp_path / ".cache").exists()
    build_site(tmp_path, meetings, tmp_path / "b", env={"DIGEST_SITE_CACHE": str(tmp_path / "here")},
               cache=False)   # the environment wins over the setting
    assert (tmp_path / "here" / "manifest.json").is_file()
    config = tmp_path / "mkdocs.yml"
    build_site(tmp_path, meetings, tmp_path / "c", env={"DIGEST_SITE_CACHE": ""})  # empty: off
    assert not (tmp_path / ".cache").exists() and config.is_file()
