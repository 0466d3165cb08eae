"""The second renderer: part of the pages rendered by a forked copy gives the very bytes of a
build in one process, whether the copy succeeds, fails, or meets a page that warns.

Every build here sets `render_aside: 1`, so that the copy renders part of a small site (the
default waits for hundreds of uncached pages). The reference is a build with the page cache
off and no helper process: everything made in one process, as before either existed.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .factory import MKDOCS, ROOT, build_site, synthetic_sheets, write_config, write_sheets
from .test_page_cache import SHEETS, assert_same_site, stats
from .warning_marker import MARKER

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the copy is forked on Linux only")

ASIDE = {"render_aside": 1}
# as mkdocs.yml's, with a test extension that makes a page holding MARKER warn
EXTENSIONS = {"markdown_extensions": ["toc", "tables", "admonition", "attr_list", "md_in_html",
                                      "pymdownx.details", "tests.site.warning_marker"]}


def reference(tmp: Path, meetings: Path, name: str = "reference", settings: dict | None = None) -> Path:
    """The site built in one process, without page cache or helper."""
    return build_site(tmp, meetings, tmp / name, settings=settings, helper=False,
                      env={"DIGEST_SITE_CACHE": "off"})


def aside(tmp: Path, meetings: Path, name: str, cache: Path, settings: dict | None = None) -> Path:
    """The site built with the page cache in `cache` and the second renderer on."""
    return build_site(tmp, meetings, tmp / name, settings=settings, env={"DIGEST_SITE_CACHE": str(cache)},
                      **ASIDE)


def test_a_cold_build_rendered_in_two_processes_is_the_build_in_one(tmp_path):
    """(a) the copy renders part of the pages; (b) the next build reuses all of them."""
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    cache = tmp_path / "cache"
    want = reference(tmp_path, meetings)
    assert_same_site(aside(tmp_path, meetings, "cold", cache), want)
    counts = stats(cache)
    assert counts["reused"] == 0 and counts["rendered"] == counts["pages"] > 50, counts
    assert 0 < counts["rendered_aside"] < counts["pages"], counts
    assert_same_site(aside(tmp_path, meetings, "again", cache), want)
    counts = stats(cache)
    assert counts["reused"] == counts["pages"] and counts["rendered"] == counts["rendered_aside"] == 0, counts


_FAILING_COPY = """
import sys
from generator.site import renderer

def fail(*args, **kwargs):
    raise RuntimeError("the second renderer fails (test)")

renderer.build_page = fail   # called in the copy only: this process uses MkDocs' own loop
from mkdocs.__main__ import cli
cli(["build", "--strict", "-f", sys.argv[1], "-d", sys.argv[2]])
"""


def test_when_the_copy_fails_this_process_renders_its_pages(tmp_path):
    """(c) the copy inherits, through fork, a renderer that fails on its first page: it leaves
    no records, and this process reads and renders every page it was given."""
    meetings = write_sheets(tmp_path / "meetings", SHEETS)
    want = reference(tmp_path, meetings)
    config = write_config(tmp_path, meetings, **ASIDE)
    cache, site = tmp_path / "cache", tmp_path / "fallback"
    done = subprocess.run([sys.executable, "-c", _FAILING_COPY, str(config), str(site)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1", DIGEST_SITE_CACHE=str(cache)))
    assert done.returncode == 0, done.stderr
    assert "the second renderer fails (test)" in done.stderr              # the copy's failure, said once
    assert "the second renderer left no pages" in done.stderr, done.stderr
    counts = stats(cache)
    assert counts["rendered"] == counts["pages"] and counts["rendered_aside"] == 0, counts
    assert_same_site(site, want)


def _run(tmp: Path, meetings: Path, name: str, cache: str, strict: bool, **options) -> subprocess.CompletedProcess:
    """An mkdocs build with the warning marker extension, strict or not; its result, not checked."""
    config = write_config(tmp, meetings, {**EXTENSIONS, "strict": strict}, helper=bool(options), **options)
    command = [*MKDOCS, "build", "-f", str(config), "-d", str(tmp / name)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1", DIGEST_SITE_CACHE=cache))


def test_a_page_that_warns_in_the_copy_still_fails_a_strict_build(tmp_path):
    """(d) a page the copy warned on is not handed back: this process renders it and logs the
    warning itself, once, so `--strict` fails as it does in one process."""
    clean = write_sheets(tmp_path / "clean", SHEETS)
    # a person whose name holds MARKER: their page is late in MkDocs' order, in the copy's share
    # (the meeting's own page, early, warns in this process)
    last = SHEETS[-1]
    person = last.participants[0].model_copy(update={"id": "zz-marked", "name": f"شخص {MARKER}"})
    marked = [*SHEETS[:-1], last.model_copy(update={"participants": [*last.participants, person]})]
    warned = write_sheets(tmp_path / "marked", marked)
    whole = _run(tmp_path, clean, "whole", str(tmp_path / "c1"), strict=True, **ASIDE)
    assert whole.returncode == 0, whole.stderr
    share = stats(tmp_path / "c1")["rendered_aside"]
    one = _run(tmp_path, warned, "one", "off", strict=False)
    expected = one.stderr.count("warning marker:")
    assert expected > 0, one.stderr
    two = _run(tmp_path, warned, "two", str(tmp_path / "c2"), strict=False, **ASIDE)
    assert two.returncode == 0, two.stderr
    assert two.stderr.count("warning marker:") == expected, two.stderr     # each warning once
    assert stats(tmp_path / "c2")["rendered_aside"] < share                # some were the copy's
    assert_same_site(tmp_path / "two", tmp_path / "one")
    strict = _run(tmp_path, warned, "strict", str(tmp_path / "c3"), strict=True, **ASIDE)
    assert strict.returncode != 0 and "Aborted with" in strict.stdout + strict.stderr, strict.stderr


def test_few_uncached_pages_start_no_copy(tmp_path):
    """Below the threshold (the default, on a small site) the build runs as before."""
    meetings = write_sheets(tmp_path / "meetings", synthetic_sheets(6))
    cache = tmp_path / "cache"
    build_site(tmp_path, meetings, tmp_path / "site", env={"DIGEST_SITE_CACHE": str(cache)})
    assert stats(cache)["rendered_aside"] == 0
