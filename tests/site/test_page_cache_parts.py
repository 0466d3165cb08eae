"""The page cache's parts: keys, live regions, the cache folder and the helper process."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest
from markupsafe import Markup

from generator.factsheet.reader import read_folder
from generator.gazetteer import load_gazetteer
from generator.site import keys, live
from generator.site.background import Helper, Link, can_fork
from generator.site.catalog import build_catalog, entries_of
from generator.site.common import SiteOptions
from generator.site.generate import context, page_jobs
from generator.site.live import MarkerError, Region
from generator.site.pagecache import Generation, Manifest, PageCache, PageRecord

from .factory import GAZETTEER, ROOT

PLAIN = (dict, list, tuple, str, int, float, bool, type(None))


def _plain(value, where: str) -> None:
    assert isinstance(value, PLAIN), f"{where}: {type(value).__name__}"
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str), f"{where}: key {k!r}"
            _plain(v, f"{where}.{k}")
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _plain(v, f"{where}[{i}]")


def test_every_view_gives_plain_data_that_keys_exactly():
    """A page's Markdown key is a digest of its values: they must be plain data (Markup is a
    str), so that equal keys mean equal values and the same Markdown."""
    catalog = build_catalog(entries_of(read_folder(ROOT / "content" / "meetings")), load_gazetteer(GAZETTEER))
    ctx = context(catalog, SiteOptions(date_style="both", has_about=True))
    jobs = page_jobs(ctx)
    assert len(jobs) > 40
    for job in jobs:
        values = job.view()
        _plain(values, job.src)
        assert keys.values_key("p", job.template, values) == keys.values_key("p", job.template, job.view())


def test_values_keys_tell_markup_from_text_and_templates_apart():
    key = functools.partial(keys.values_key, "prefix")
    assert key("a.j2", {"x": "<b>"}) != key("a.j2", {"x": Markup("<b>")})
    assert key("a.j2", {"x": 1}) != key("b.j2", {"x": 1}) != key("b.j2", {"x": "1"})
    assert key("a.j2", {"x": [1, 2]}) == key("a.j2", {"x": [1, 2]})
    assert key("a.j2", {"f": lambda: 1}) is None          # not plain data: never reused
    cyclic: list = []
    cyclic.append(cyclic)
    assert key("a.j2", {"x": cyclic}) is None


def test_equal_values_key_alike_however_their_objects_are_shared():
    """Views share small dicts and strings between pages: whether two equal parts of a page's
    values are one object or two (which changes from build to build) must not change its key,
    or an unchanged page would be rendered again."""
    key = functools.partial(keys.values_key, "prefix", "a.j2")
    name = "".join(["أبو", "ظبي"])
    person = {"name": name, "href": None}
    shared = {"place": name, "people": [person, person], "again": person}
    apart = {"place": "".join(["أبو", "ظبي"]), "people": [dict(person), dict(person)], "again": dict(person)}
    assert shared == apart and shared["place"] is name and apart["place"] is not name
    assert key(shared) == key(apart)


def test_settings_are_written_out_exactly_or_not_at_all():
    assert keys.canonical_json({"b": 1, "a": [Path("x"), (1, 2)], "c": {3}}) == \
        '{"a":["x",[1,2]],"b":1,"c":["3"]}'
    assert keys.canonical(functools.partial(sorted, key=len)) == {
        "partial": "builtins.sorted", "args": [], "keywords": {"key": "builtins.len"}}
    with pytest.raises(keys.Unkeyable):
        keys.canonical(object())
    with pytest.raises(keys.Unkeyable):
        keys.canonical(lambda: 1)


def test_live_regions_are_found_taken_out_and_spliced_back():
    page = ("<html>a<!--digest:live partials/x.html--><p>15 meetings</p><!--digest:end-->b"
            "<!--digest:live partials/y.html-->Y<!--digest:end-->c</html>")
    html, regions = live.split(page)
    assert html == "<html>a<p>15 meetings</p>bYc</html>"
    assert [html[r.start:r.end] for r in regions] == ["<p>15 meetings</p>", "Y"]
    assert [r.template for r in regions] == ["partials/x.html", "partials/y.html"]
    assert live.splice(html, regions, ["<p>16 meetings</p>", "Z"]) == "<html>a<p>16 meetings</p>bZc</html>"
    assert live.split("no markers") == ("no markers", [])
    assert live.template_source(["partials/x.html"]) == '{% include "partials/x.html" %}'
    for bad in ("<!--digest:live x.html-->open", "closed<!--digest:end-->",
                "<!--digest:live a b-->x<!--digest:end-->",
                "<!--digest:live x.html-->a<!--digest:live y.html-->b<!--digest:end-->"):
        with pytest.raises(MarkerError):
            live.split(bad)


def test_the_cache_folder_survives_damage_and_keeps_only_what_it_names(tmp_path):
    cache = PageCache(tmp_path / "c")
    assert cache.load() == Manifest()          # nothing yet
    site = tmp_path / "site.html"
    site.write_bytes(b"<html>page</html>")
    assert cache.adopt("k1", site)
    record = PageRecord("k1", 17, __import__("zlib").crc32(b"<html>page</html>"), [Region(6, 10, "p.html")],
                        "t", {}, [], ["a"], {}, ("people/x.md",))
    blob = cache.write_data(b"data")
    cache.save(Manifest(Generation("c", [("x.md", "k", False)], {"d": blob}), {"x.md": record},
                        {"people/x.md": "people/x.html"}, {"reused": 1}))
    (tmp_path / "c" / "html" / "stray.html").write_text("old", encoding="utf-8")
    again = cache.load()
    assert again.pages["x.md"] == record and again.paths == {"people/x.md": "people/x.html"}
    assert cache.read_html(record) == b"<html>page</html>" and cache.read_data(blob) == b"data"
    cache.save(again)
    assert not (tmp_path / "c" / "html" / "stray.html").exists()   # pruned
    site.write_bytes(b"<html>pagE</html>")     # the site's file is the cache's: edited in place
    assert cache.read_html(record) is None     # so it is not reused
    (tmp_path / "c" / "manifest.json").write_text("{not json", encoding="utf-8")
    assert cache.load() == Manifest()
    (tmp_path / "c" / "manifest.json").write_text(json.dumps({"format": keys.FORMAT, "pages": 3}),
                                                  encoding="utf-8")
    assert cache.load() == Manifest()


def _program(link: Link) -> None:
    link.send("text", "نص")
    link.send("bytes", b"\xff\x00")
    link.send("nested", {"a": [1, None, "x"], "b": b"ok"})


_HELPER_CHECK = """
from generator.site.background import Helper, can_fork
from tests.site.test_page_cache_parts import _program
assert can_fork()
helper = Helper(_program)
try:
    assert helper.wait("nested") == (True, {"a": [1, None, "x"], "b": b"ok"})
    assert helper.take("bytes") == (True, b"\\xff\\x00")
    assert helper.take("text") == (True, "نص")
    assert helper.take("text") == (False, None)          # each result is taken once
    assert helper.wait("never sent") == (False, None)    # the helper has finished
finally:
    helper.close()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper process forks on Linux only")
def test_the_helper_process_sends_results_back_as_made():
    """In a fresh interpreter: forking is refused while other threads run, and earlier tests in
    this process (a served site, a browser) may have left some."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _HELPER_CHECK], cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_without_a_helper_process_nothing_is_waited_for(monkeypatch):
    monkeypatch.setattr("generator.site.background.can_fork", lambda: False)
    helper = Helper(_program)
    assert helper.wait("text") == (False, None) and helper.take("text") == (False, None)
    helper.close()


def test_a_page_that_logs_a_warning_is_never_kept(tmp_path):
    """Reusing a page must not hide a warning a full build gives: a page that warned while it
    was made is rendered again next time (and warns again)."""
    import logging

    from generator.site.page_reuse import PageReuse

    reuse = PageReuse(PageCache(tmp_path), Manifest(), "render-key")
    try:
        reuse.current = "meetings/a.md"
        logging.getLogger("mkdocs.structure.pages").warning("a link to nowhere")
        reuse.current = None
        logging.getLogger("mkdocs.structure.pages").warning("not while a page is made")
    finally:
        reuse.close()
    assert reuse.warned == {"meetings/a.md"}
