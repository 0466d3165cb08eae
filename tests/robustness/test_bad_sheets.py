"""Fact sheets edited by hand, and what a run must never lose.

`digest check` reports a broken sheet with file and line and fails; `digest extract` goes on.
A sheet whose article cannot be read this time (damaged, emptied, refused) is kept rather
than removed as stale; hand-written YAML without the tool's first line is never touched.
"""
from __future__ import annotations

import shutil

import pytest

from generator import yamlio

from .conftest import SEEDS, SHOIGU_2016, Project
from .test_bad_articles import laughs


@pytest.fixture
def extracted(proj: Project, good_sheets) -> Project:
    assert proj.extract().code == 0
    return proj


def _edit(proj: Project, sheet: str, old: str, new: str) -> str:
    path = proj.root / "out" / sheet
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1 + old.startswith("\n")
    return f"{path}:{line}"


CASES = [
    ("not-yaml", "title: ", "title: [unclosed ", "not valid YAML", "fix the syntax"),
    ("wrong-type", "\nkind: ", "\nkind: [visit] #", "kind: Input should be", "correct the value"),
    ("bad-date", "date: '2016-06-18'", "date: '2016-02-30'", "date: '2016-02-30' is not a real date", "correct it"),
    ("month-13", "date: '2016-06-18'", "date: '2016-13'", "'2016-13' is not a real date", "correct it"),
    ("bad-published", "sources:\n- article: 000_3b596f72e28adffe\n",
     "sources:\n- article: 000_3b596f72e28adffe\n  published: '2016-02-30'\n",
     "sources.0.published: '2016-02-30' is not a real date", "correct it"),
    ("unknown-key", "\nkind: ", "\ncolour: red\nkind: ", "colour: Extra inputs are not permitted",
     "remove this key"),
    ("id-differs", f"id: {SHOIGU_2016}", "id: 2016-something-else", "differs from the file name",
     "rename one of them"),
    ("billion-laughs", "title: ", laughs(9, 9).replace("title: *l9\n", "") + "title: ", "more than 64 aliases",
     "write the values out"),
]


@pytest.mark.parametrize("id_,old,new,says,todo", CASES, ids=[c[0] for c in CASES])
def test_check_reports_a_broken_sheet_and_extract_goes_on(extracted, good_sheets, id_, old, new, says, todo):
    where = _edit(extracted, f"{SHOIGU_2016}.yaml", old, new)
    check = extracted.check()
    assert check.code == 1, check.output
    said = [line for line in check.output.splitlines() if line.startswith(str(extracted.root / "out")) and says in line]
    assert said and todo in said[0], check.output
    if id_ in ("not-yaml", "wrong-type", "unknown-key", "id-differs"):
        assert said[0].startswith(where + ":"), (where, said)
    run = extracted.extract()
    assert run.code == 0 and good_sheets <= run.sheets(), run.output


def test_check_reports_unknown_gazetteer_ids_in_a_sheet(extracted):
    _edit(extracted, f"{SHOIGU_2016}.yaml", "id: sergei-shoigu", "id: sergei-shoygu")
    check = extracted.check()
    assert check.code == 1
    assert any(line.startswith(str(extracted.root / "out" / f"{SHOIGU_2016}.yaml"))
               and "person id 'sergei-shoygu' is not in the gazetteer" in line and "add them" in line
               for line in check.output.splitlines()), check.output


@pytest.mark.parametrize("damage", ["empty", "binary", "outside-link"])
def test_a_sheet_is_kept_while_its_article_cannot_be_read(extracted, good_sheets, damage):
    only = extracted.articles / f"{SEEDS[2]}.txt"      # this article alone tells one meeting
    before = {p.name: p.read_bytes() for p in (extracted.root / "out").glob("*.yaml")}
    original = only.read_bytes()
    only.unlink()
    if damage == "empty":
        only.write_bytes(b"")
    elif damage == "binary":
        only.write_bytes(b"\x00\x01\x02" * 100)
    else:
        outside = extracted.root.parent / "moved.txt"
        outside.write_bytes(original)
        only.symlink_to(outside)
    run = extracted.extract()
    assert run.code == 0 and str(only) in run.output
    after = {p.name: p.read_bytes() for p in (extracted.root / "out").glob("*.yaml")}
    assert after == before, "a sheet was removed or changed because its article could not be read"
    only.unlink()                                        # really gone: now the sheet goes too
    run = extracted.extract()
    assert len(run.sheets()) == len(before) - 1


def test_a_missing_articles_folder_removes_nothing(extracted):
    before = {p.name: p.read_bytes() for p in (extracted.root / "out").glob("*.yaml")}
    shutil.rmtree(extracted.articles)
    run = extracted.extract()
    assert "articles folder does not exist" in run.output and "--articles" in run.output
    assert {p.name: p.read_bytes() for p in (extracted.root / "out").glob("*.yaml")} == before
    assert extracted.extract("--strict").code != 0


def test_hand_written_yaml_in_the_sheets_folder_is_never_touched(extracted):
    mine = extracted.root / "out" / "my-notes.yaml"
    mine.write_text("# notes an editor keeps here\nthings: [to, check]\n", encoding="utf-8")
    extracted.extract()
    assert mine.read_text(encoding="utf-8").startswith("# notes an editor keeps here")
    assert yamlio.load(mine) == {"things": ["to", "check"]}
