"""Broken corrections (hand-edited YAML): each problem names file and line and what to do; the
bad entry (or file) is skipped, every other correction still applies, the run goes on;
`--strict` and `digest check` fail; correction files are never rewritten."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator import yamlio

from .conftest import MOSCOW, SHOIGU_2016, Project
from .test_bad_articles import laughs

GOOD = f"- meeting: {MOSCOW}\n  date: \"2021-09-13\"\n  note: Kremlin readout\n"


@dataclass
class Case:
    id: str
    text: str
    line: int | None
    says: str
    todo: str


CASES = [
    Case("merge-duplicate-id", f"- merge: [{SHOIGU_2016}, {SHOIGU_2016}]\n", 1,
         f"merge lists meeting id {SHOIGU_2016!r} twice", "list each meeting once"),
    Case("meeting-corrected-twice", f"- meeting: {SHOIGU_2016}\n  kind: visit\n- meeting: {SHOIGU_2016}\n"
         "  title: عنوان\n", 3, "is corrected twice", "combine the two entries into one"),
    Case("unknown-meeting-id", "- meeting: 2099-no-such-meeting\n  kind: visit\n", 1,
         "unknown meeting id '2099-no-such-meeting'", "no such fact sheet"),
    Case("unknown-person-id", f"- meeting: {SHOIGU_2016}\n  add: [nobody-at-all]\n", 1,
         "unknown person id 'nobody-at-all'", "add them to content/gazetteer/people.yaml first"),
    Case("unknown-place-id", f"- meeting: {SHOIGU_2016}\n  place: atlantis\n", 1, "unknown place id 'atlantis'",
         "see content/gazetteer/places.yaml"),
    Case("unknown-merge-id", f"- merge: [{SHOIGU_2016}, 2099-gone]\n", 1, "unknown meeting id '2099-gone' in merge",
         "use the name of a file in the meetings folder"),
    Case("unknown-split-article", f"- split: {{meeting: {SHOIGU_2016}, articles: [nope]}}\n", 1,
         "unknown article 'nope' in split", "use the file name without extension"),
    Case("wrong-type-bool", f"- meeting: {SHOIGU_2016}\n  reviewed: maybe\n", 2,
         "reviewed: Input should be a valid boolean", "correct the value"),
    Case("wrong-type-list", f"- meeting: {SHOIGU_2016}\n  add: 5\n", 2, "add: Input should be a valid list",
         "correct the value"),
    Case("wrong-type-date", f"- meeting: {SHOIGU_2016}\n  date: [2016, 6]\n", 2, "date: [2016, 6] is not a date",
         "correct it (YYYY, YYYY-MM or YYYY-MM-DD)"),
    Case("impossible-date", f"- meeting: {SHOIGU_2016}\n  date: \"2016-02-30\"\n", 2, "date: '2016-02-30' is not a real date",
         "correct it (YYYY, YYYY-MM or YYYY-MM-DD)"),
    Case("month-13", f"- meeting: {SHOIGU_2016}\n  date: \"2016-13\"\n", 2, "date: '2016-13' is not a real date",
         "correct it"),
    Case("unknown-key", f"- meeting: {SHOIGU_2016}\n  dtae: \"2016-06-18\"\n", 2,
         "dtae: Extra inputs are not permitted", "remove this key or correct its name"),
    Case("id-path-traversal", "- meeting: ../../etc/passwd\n  kind: visit\n", 1,
         "meeting: String should match pattern", "correct the value"),
    Case("entry-is-text", "- just fix the date please\n", 1, "must be a mapping", "entry skipped"),
    Case("not-a-list", f"meeting: {SHOIGU_2016}\nkind: visit\n", 1, "a corrections file is a list of entries",
         "- meeting:"),
    Case("not-yaml", f"- meeting: {SHOIGU_2016}\n  title: [unclosed\n", 2, "not valid YAML", "fix the syntax"),
    Case("tab-indent", f"- meeting: {SHOIGU_2016}\n\tkind: visit\n", 2, "not valid YAML", "fix the syntax"),
    Case("billion-laughs", laughs(9, 9), 9, "more than 64 aliases", "write the values out"),
    Case("alias-doubling", laughs(31, 2), 1, "billion laughs", "write the values out"),
    Case("recursive-anchor", f"- meeting: {SHOIGU_2016}\n  add: &a [*a]\n", 2, "contains an alias to itself",
         "write the value out"),
    Case("python-tag", "- meeting: !!python/object/apply:os.getcwd []\n", 1, "could not determine a constructor",
         "fix the syntax"),
]


def _moscow_date(run) -> str | None:
    data = yamlio.load(run.out / f"{MOSCOW}.yaml")
    return data["date"]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_correction_is_reported_and_the_others_still_apply(proj: Project, good_sheets, case):
    (proj.corrections / "a-good.yaml").write_text(GOOD, encoding="utf-8")
    bad = proj.corrections / "bad.yaml"
    bad.write_text("# an editor's file\n" + case.text, encoding="utf-8")
    where = f"{bad}:{case.line + 1}" if case.line else str(bad)
    written = {p.name: p.read_bytes() for p in proj.corrections.iterdir()}

    run = proj.extract()
    assert run.code == 0, run.output
    said = [line for line in run.output.splitlines() if line.startswith(f"{where}: ") and case.says in line]
    assert said and case.todo in said[0], f"expected {where}: …{case.says}…{case.todo}\n{run.output}"
    assert good_sheets <= run.sheets(), run.output
    assert _moscow_date(run) == "2021-09-13"                       # the good correction applied

    strict = proj.extract("--strict", out="strict-out")
    assert strict.code != 0 and any(line.startswith(f"{where}: ") for line in strict.output.splitlines())
    assert good_sheets <= strict.sheets() and _moscow_date(strict) == "2021-09-13"

    check = proj.check()
    assert check.code == 1 and any(line.startswith(f"{where}: ") for line in check.output.splitlines()), \
        check.output
    assert {p.name: p.read_bytes() for p in proj.corrections.iterdir()} == written


def test_a_merge_that_names_a_meeting_twice_does_not_double_its_sources(proj, good_sheets):
    (proj.corrections / "merge.yaml").write_text(f"- merge: [{SHOIGU_2016}, {SHOIGU_2016}]\n", encoding="utf-8")
    run = proj.extract()
    sources = [s["article"] for s in yamlio.load(run.out / f"{SHOIGU_2016}.yaml")["sources"]]
    assert len(sources) == len(set(sources)) == 2


def test_a_correction_linked_from_outside_the_project_is_refused(proj, good_sheets):
    outside = proj.root.parent / "elsewhere.yaml"
    outside.write_text(f"- meeting: {SHOIGU_2016}\n  title: من خارج المشروع\n", encoding="utf-8")
    (proj.corrections / "linked.yaml").symlink_to(outside)
    run = proj.extract()
    assert run.code == 0 and any(line.startswith(f"{proj.corrections / 'linked.yaml'}: symbolic link to")
                                 and "copy the file in instead" in line for line in run.output.splitlines())
    assert yamlio.load(run.out / f"{SHOIGU_2016}.yaml")["title"] != "من خارج المشروع"
    assert proj.extract("--strict").code != 0
