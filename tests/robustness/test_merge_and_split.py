"""Editors' merges and splits hold on every run: idempotent, chains followed, cycles refused
with file and line, ids never taken by another meeting. After any of them a re-run, `check`
and a fresh clone (no cache, `--strict`, as CI runs) agree, and the sheets are byte for byte
what a clean run (empty sheet folder, no cache) writes."""
from __future__ import annotations

import shutil

import pytest

from generator import yamlio

from .conftest import MOSCOW, SEEDS, SHOIGU_2016, Project

SHOIGU_2017 = "2017-09-12-bashar-al-assad-sergei-shoigu"
SHOIGU_2020 = "2020-03-23-bashar-al-assad-sergei-shoigu"


def snapshot(run) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(run.out.glob("*.yaml"))}


def articles_of(run, sheet_id: str) -> list[str]:
    return [s["article"] for s in yamlio.load(run.out / f"{sheet_id}.yaml")["sources"]]


def settled(proj: Project, runs: int = 3) -> dict[str, bytes]:
    """Run `extract --strict` again and again: each must pass and write what a clean run writes."""
    clean = snapshot(proj.extract("--full", out="clean"))
    for _ in range(runs):
        run = proj.extract("--strict")
        assert run.code == 0, run.output
        assert snapshot(run) == clean, run.output
        assert not any("-2." in name for name in run.sheets()), run.sheets()
    check = proj.check()
    assert check.code == 0, check.output
    clone = proj.root / "clone"             # a fresh clone: the committed sheets, no cache
    shutil.copytree(proj.root / "out", clone)
    ci = proj.extract("--strict", "--full", out="clone")
    assert ci.code == 0 and snapshot(ci) == clean, ci.output
    return clean


def write(proj: Project, text: str) -> None:
    (proj.corrections / "editor.yaml").write_text("# an editor's file\n" + text, encoding="utf-8")


@pytest.mark.parametrize("keeper,other", [(SHOIGU_2016, SHOIGU_2017), (SHOIGU_2017, SHOIGU_2016)],
                         ids=["larger-keeps", "smaller-keeps"])
def test_a_merge_holds_on_every_run(proj, good_sheets, keeper, other):
    proj.extract()
    write(proj, f"- merge: [{keeper}, {other}]\n")
    clean = settled(proj)
    assert f"{keeper}.yaml" in clean and f"{other}.yaml" not in clean
    run = proj.extract()
    assert sorted(articles_of(run, keeper)) == sorted([SEEDS[0], SEEDS[1], SEEDS[3]])


@pytest.mark.parametrize("text", [
    f"- merge: [{SHOIGU_2016}, {SHOIGU_2017}]\n- merge: [{SHOIGU_2017}, {SHOIGU_2020}]\n",
    f"- merge: [{SHOIGU_2017}, {SHOIGU_2020}]\n- merge: [{SHOIGU_2016}, {SHOIGU_2017}]\n",
], ids=["in-order", "reversed"])
def test_chained_merges_make_one_meeting(proj, good_sheets, text):
    proj.extract()
    write(proj, text)
    clean = settled(proj)
    assert set(clean) == {f"{SHOIGU_2016}.yaml", f"{MOSCOW}.yaml"}
    run = proj.extract()
    assert sorted(articles_of(run, SHOIGU_2016)) == sorted(SEEDS[:4])


def test_a_cyclic_merge_is_refused_and_never_moves_a_meeting(proj, good_sheets):
    clean_before = snapshot(proj.extract("--full", out="untouched"))
    proj.extract()
    write(proj, f"- merge: [{SHOIGU_2016}, {SHOIGU_2017}]\n- merge: [{SHOIGU_2017}, {SHOIGU_2020}]\n"
                f"- merge: [{SHOIGU_2020}, {SHOIGU_2016}]\n")
    for _ in range(2):
        run = proj.extract("--strict")
        said = run.lines(f"{proj.corrections / 'editor.yaml'}:4: ")
        assert run.code != 0 and said and "makes a cycle" in said[0] and "remove one of these merges" in said[0], \
            run.output
    check = proj.check()
    assert check.code == 1 and check.lines(f"{proj.corrections / 'editor.yaml'}:4: "), check.output
    run = proj.extract()
    assert set(run.sheets()) == {f"{SHOIGU_2016}.yaml", f"{MOSCOW}.yaml"}, run.output   # the chain applies
    assert yamlio.load(run.out / f"{SHOIGU_2016}.yaml")["id"] == SHOIGU_2016
    (proj.corrections / "editor.yaml").unlink()                   # and leaves nothing behind
    run = proj.extract("--strict")
    assert run.code == 0 and snapshot(run) == clean_before, run.output


def test_removing_a_merge_brings_both_meetings_back_under_their_ids(proj, good_sheets):
    clean_before = snapshot(proj.extract("--full", out="untouched"))
    proj.extract()
    write(proj, f"- merge: [{SHOIGU_2017}, {SHOIGU_2016}]\n")
    proj.extract()
    (proj.corrections / "editor.yaml").unlink()
    run = proj.extract("--strict")
    assert run.code == 0 and snapshot(run) == clean_before, run.output


def test_a_meeting_merged_twice_is_refused(proj, good_sheets):
    proj.extract()
    write(proj, f"- merge: [{SHOIGU_2016}, {SHOIGU_2017}]\n- merge: [{SHOIGU_2020}, {SHOIGU_2017}]\n")
    run = proj.extract("--strict")
    said = run.lines(f"{proj.corrections / 'editor.yaml'}:3: ")
    assert run.code != 0 and said and "already merged into" in said[0], run.output


def test_correcting_a_merged_meeting_says_which_one_to_correct(proj, good_sheets):
    proj.extract()
    write(proj, f"- merge: [{SHOIGU_2016}, {SHOIGU_2017}]\n- meeting: {SHOIGU_2017}\n  kind: visit\n")
    for _ in range(2):
        run = proj.extract("--strict")
        said = run.lines(f"{proj.corrections / 'editor.yaml'}:3: ")
        assert run.code != 0 and said and f"is merged into {SHOIGU_2016!r}" in said[0], run.output


def test_a_split_holds_on_every_run(proj, good_sheets):
    proj.extract()
    write(proj, f"- split: {{meeting: {SHOIGU_2016}, articles: [{SEEDS[3]}]}}\n")
    clean = settled(proj)
    assert len(clean) == 5
    run = proj.extract()
    assert articles_of(run, SHOIGU_2016) == [SEEDS[0]]


@pytest.mark.parametrize("articles,says", [
    ([SEEDS[2]], f"article(s) {SEEDS[2]} are not in meeting {SHOIGU_2016!r}"),
    ([SEEDS[0], SEEDS[3]], "names every article of meeting"),
], ids=["article-of-another-meeting", "every-article"])
def test_a_split_that_does_nothing_is_reported(proj, good_sheets, articles, says):
    proj.extract()
    write(proj, f"- split: {{meeting: {SHOIGU_2016}, articles: [{', '.join(articles)}]}}\n")
    run = proj.extract("--strict")
    said = run.lines(f"{proj.corrections / 'editor.yaml'}:2: ")
    assert run.code != 0 and said and says in said[0], run.output
    check = proj.check()
    assert check.code == 1 and any(says in line for line in check.lines("editor.yaml:2: ")), check.output
