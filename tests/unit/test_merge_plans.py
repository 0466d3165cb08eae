"""Editors' merges as plans (chains followed, cycles and double merges refused) and the sheets
on disk seen as they were before merges and splits (fuse/structure.py)."""
from __future__ import annotations

import pytest

from generator.factsheet.index import OnDisk
from generator.fuse.corrections import load_corrections
from generator.fuse.structure import uncorrected


@pytest.mark.parametrize("text,plans,refused", [
    ("- merge: [a, b]\n", [("a", ["b"])], []),
    ("- merge: [a, b]\n- merge: [b, c]\n", [("a", ["b", "c"])], []),
    ("- merge: [b, c]\n- merge: [a, b]\n", [("a", ["b", "c"])], []),
    ("- merge: [a, b, c]\n- merge: [d, e]\n", [("a", ["b", "c"]), ("d", ["e"])], []),
    ("- merge: [a, b]\n- merge: [b, a]\n", [("a", ["b"])], [(2, "makes a cycle")]),
    ("- merge: [a, b]\n- merge: [b, c]\n- merge: [c, a]\n", [("a", ["b", "c"])], [(3, "makes a cycle")]),
    ("- merge: [a, b]\n- merge: [c, b]\n", [("a", ["b"])], [(2, "already merged into 'a'")]),
    ("- merge: [a, b]\n- merge: [a, b]\n", [("a", ["b"])], [(2, "already merged into 'a'")]),
])
def test_merge_plans(tmp_path, text, plans, refused):
    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    corr = load_corrections(tmp_path)
    assert [(p.keeper, p.members) for p in corr.merge_plans()] == plans
    assert len(corr.problems) == len(refused), [p.message for p in corr.problems]
    for problem, (line, says) in zip(corr.problems, refused):
        assert problem.line == line and says in problem.message and "(entry skipped)" in problem.message


def disk(articles: str, merged: tuple = (), split_from: str | None = None) -> OnDisk:
    return OnDisk(frozenset(articles.split()), frozenset({"x"}), False,
                  tuple((mid, frozenset(arts.split())) for mid, arts in merged), split_from)


@pytest.mark.parametrize("existing,view", [
    ({"a": disk("1 2")}, {"a": "1 2"}),
    ({"a": disk("1 2 3", merged=(("b", "3"),))}, {"a": "1 2", "b": "3"}),
    ({"a": disk("1 2 3 4", merged=(("b", "3"), ("c", "4")))}, {"a": "1 2", "b": "3", "c": "4"}),
    ({"a": disk("1"), "n": disk("2", split_from="a")}, {"a": "1 2"}),
    ({"n": disk("2", split_from="gone")}, {"n": "2"}),                  # its source is gone: a sheet
    ({"a": disk("1 3", merged=(("b", "2 3"),)), "n": disk("2", split_from="a")}, {"a": "1", "b": "2 3"}),
    ({"a": disk("1 2", merged=(("b", "2"),)), "b": disk("5")}, {"a": "1", "b": "5"}),   # a real b wins
])
def test_sheets_before_merges_and_splits(existing, view):
    assert {sid: " ".join(sorted(d.articles)) for sid, d in uncorrected(existing).items()} == view
