"""The extraction cache's file: entries survive between runs and between instances, a run
killed midway keeps every batch it committed, and a file another run holds is left alone."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.cache import BATCH, Cache


def test_entries_are_found_by_a_later_run(tmp_path):
    first = Cache(tmp_path, "v1", dict)
    first.put("k1", {"a": 1})
    assert first.get("k1") == {"a": 1}          # pending, not yet committed, still found
    first.close()
    later = Cache(tmp_path, "v1", dict)
    assert later.get("k1") == {"a": 1} and later.get("k2") is None and not later.warnings
    assert Cache(tmp_path, "v2", dict).get("k1") is None    # another extractor version


def test_a_run_killed_midway_keeps_the_batches_it_committed(tmp_path):
    run = Cache(tmp_path, "v1", dict)
    for n in range(BATCH + 3):
        run.put(f"k{n}", {"n": n})
    # no close(): the process is gone
    later = Cache(tmp_path, "v1", dict)
    assert later.get("k0") == {"n": 0} and later.get(f"k{BATCH - 1}") == {"n": BATCH - 1}
    assert later.get(f"k{BATCH + 2}") is None


def test_an_entry_of_another_type_is_dropped_with_a_warning(tmp_path):
    writer = Cache(tmp_path, "v1", list)
    writer.put("k1", [1])
    writer.close()
    reader = Cache(tmp_path, "v1", dict)
    assert reader.get("k1") is None
    assert len(reader.warnings) == 1 and "holds a list, not a dict" in reader.warnings[0]
    assert Cache(tmp_path, "v1", list).get("k1") is None     # dropped from the file


def test_a_file_another_run_holds_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "WAIT", 0.05)
    writer = Cache(tmp_path, "v1", dict)
    writer.put("k1", {"a": 1})
    writer.close()
    holder = sqlite3.connect(tmp_path / "v1" / "articles.sqlite")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        blocked = Cache(tmp_path, "v1", dict)
        assert blocked.get("k1") is None
        blocked.put("k2", {"b": 2})
        blocked.close()
        assert len(blocked.warnings) == 1 and "cannot be used" in blocked.warnings[0]
    finally:
        holder.rollback()
        holder.close()
    assert Cache(tmp_path, "v1", dict).get("k1") == {"a": 1}    # not dropped


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 80, b"not a database" * 100])
def test_an_unsound_file_is_replaced_once(tmp_path, content):
    path = tmp_path / "v1" / "articles.sqlite"
    path.parent.mkdir()
    path.write_bytes(content)
    run = Cache(tmp_path, "v1", dict)
    assert run.get("k1") is None
    run.put("k1", {"a": 1})
    run.close()
    assert len(run.warnings) <= 1 and all("dropped" in w for w in run.warnings)
    assert Cache(tmp_path, "v1", dict).get("k1") == {"a": 1}


def test_without_a_folder_nothing_is_kept(tmp_path: Path):
    run = Cache(None, "v1", dict)
    run.put("k1", {"a": 1})
    run.close()
    assert run.get("k1") is None and not list(tmp_path.iterdir())
