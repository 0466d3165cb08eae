"""A broken gazetteer (hand-edited YAML): every problem is reported with file and line and what
to do; the bad entry is skipped, the run goes on and the good articles' sheets are written;
`--strict` and `digest check` fail. The gazetteer files are never rewritten."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from .conftest import Project
from .test_bad_articles import laughs


@dataclass
class Case:
    id: str
    file: str            # people | places | topics
    text: str            # appended to the file (or the whole file when replace=True)
    line: int | None     # line of the problem, counted inside `text` (1 = its first line)
    says: str
    todo: str
    replace: bool = False


PERSON = "- id: {id}\n  name: {name}\n  country: syria\n"
CASES = [
    Case("duplicate-person-id", "people", PERSON.format(id="bashar-al-assad", name="بشار الأسد مرة ثانية"), 1,
         "duplicate people id 'bashar-al-assad'", "rename or remove one of them"),
    Case("duplicate-place-id", "places", "- id: damascus\n  name: دمشق\n  kind: city\n  country: syria\n", 1,
         "duplicate places id 'damascus'", "rename or remove one of them"),
    Case("duplicate-topic-id", "topics", "- id: {t}\n  label: مكرر\n  keywords: [مكرر]\n", 1,
         "duplicate topics id", "rename or remove one of them"),
    Case("wrong-type-list", "people", "- id: new-person\n  name: شخص جديد\n  variants: 5\n", 3,
         "variants: Input should be a valid list", "correct the value"),
    Case("wrong-type-kind", "places", "- id: atlantis\n  name: أطلانطس\n  kind: island\n", 3,
         "kind: Input should be", "correct the value"),
    Case("missing-name", "people", "- id: nameless\n  country: syria\n", 1, "name: Field required", "add it"),
    Case("unknown-key", "people", "- id: typo-person\n  name: شخص\n  contry: syria\n", 3,
         "contry: Extra inputs are not permitted", "remove this key or correct its name"),
    Case("entry-is-text", "people", "- just a name\n", 1, "Input should be a valid dictionary", "correct the value"),
    Case("id-not-ascii", "people", "- id: بشار\n  name: بشار\n", 1, "id: String should match pattern",
         "correct the value"),
    Case("id-path-traversal", "places", "- id: ../../etc\n  name: x\n  kind: city\n", 1,
         "id: String should match pattern", "correct the value"),
    # a person's country is a country (places.yaml or the world data) or an organisation (un, nato …)
    Case("unknown-country", "people", PERSON.format(id="lost-person", name="شخص تائه").replace("syria", "narnia"),
         1, "unknown country 'narnia'", "use a country id"),
    Case("country-is-a-city", "people", PERSON.format(id="city-person", name="شخص مدني").replace("syria", "damascus"),
         1, "has country 'damascus', which is a city, not a country", "use the id of its country"),
    Case("within-itself", "places", "- id: loop-place\n  name: مكان دائري\n  kind: city\n  within: loop-place\n", 1,
         "'loop-place' lies within itself", "correct `within`"),
    Case("within-cycle", "places", "- id: place-a\n  name: مكان أ\n  kind: region\n  within: place-b\n"
         "- id: place-b\n  name: مكان ب\n  kind: region\n  within: place-a\n", 1,
         "lies within itself (place-a → place-b → place-a)", "correct `within`"),
    Case("empty-person-name", "people", "- id: blank-person\n  name: '  '\n  country: syria\n", 1,
         "'blank-person' has an empty name", "write it"),
    Case("empty-variant", "people", "- id: blank-variant\n  name: شخص بصيغة فارغة\n  variants: ['']\n", 1,
         "empty value in variants", "remove it"),
    Case("empty-topic-keyword", "topics", "- id: blank-keyword\n  label: موضوع فارغ\n  keywords: [سلام, '']\n", 1,
         "empty value in keywords", "remove it"),
    Case("empty-office-title", "people", "- id: blank-office\n  name: شخص بلا منصب\n  offices:\n    - title: ''\n"
         "      start: 2020\n      source: Q42\n", 1, "has an empty title", "write the title"),
    Case("unknown-within", "places", "- id: somewhere\n  name: مكان\n  kind: city\n  within: nowhere\n", 1,
         "lies within unknown place 'nowhere'", "add it or fix the id"),
    Case("topic-unknown-place", "topics", "- id: lost-topic\n  label: موضوع\n  keywords: [موضوع]\n  place: nowhere\n",
         1, "names unknown place 'nowhere'", "add it to places.yaml or fix the id"),
    Case("tenure-not-a-date", "people", "- id: timeless\n  name: شخص بلا زمن\n  offices:\n"
         "    - title: وزير الزراعة الأطلنطي\n      start: 2020-13-45\n", 1, "is not a real date", "correct it"),
    Case("tenure-backwards", "people", "- id: backwards\n  name: شخص معكوس\n  offices:\n    - title: وزير\n"
         "      start: 2020\n      end: 2010\n", 1, "ends before it starts", "correct its start or end"),
    Case("office-without-source", "people", "- id: sourceless\n  name: شخص بلا مصدر\n  offices:\n"
         "    - title: وزير الزراعة الأطلنطي\n      start: 2020\n", 4, "cites no source", "add `source:`"),
    Case("office-source-not-a-reference", "people", "- id: vague-source\n  name: شخص بمصدر غامض\n  offices:\n"
         "    - title: وزير الري الأطلنطي\n      start: 2020\n      source: الصحف\n", 4,
         "neither a Wikidata id", "correct it"),
    Case("not-yaml", "topics", "- id: x\n  label: [unclosed\n", 2, "not valid YAML", "fix the syntax"),
    Case("not-yaml-quote", "topics", "- id: x\n  label: \"unclosed\n", 2, "not valid YAML", "fix the syntax"),
    Case("not-a-list", "topics", "id: x\nlabel: y\n", 1, "topics file must be a list", "- id:", replace=True),
    Case("billion-laughs", "topics", laughs(9, 9), 9, "more than 64 aliases", "write the values out",
         replace=True),
    Case("alias-doubling", "topics", laughs(31, 2), 1, "billion laughs", "write the values out", replace=True),
]


def _apply(proj: Project, case: Case) -> tuple[str, bytes]:
    path = proj.gazetteer / f"{case.file}.yaml"
    text = case.text.replace("{t}", _first_topic(proj))
    if case.replace:
        path.write_text(text, encoding="utf-8")
        first = 1
    else:
        before = path.read_text(encoding="utf-8")
        if not before.endswith("\n"):
            before += "\n"
        first = before.count("\n") + 2
        path.write_text(before + "\n" + text, encoding="utf-8")
    where = f"{path}:{first + case.line - 1}" if case.line else str(path)
    return where, path.read_bytes()


def _first_topic(proj: Project) -> str:
    from generator.gazetteer import load_gazetteer
    return sorted(load_gazetteer(proj.gazetteer).topics)[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_gazetteer_is_reported_and_the_run_goes_on(proj, good_sheets, case):
    where, written = _apply(proj, case)
    run = proj.extract()
    assert run.code == 0, run.output
    said = [line for line in run.lines(f"{where}:") if case.says in line]
    assert said and case.todo in said[0], f"expected {where}: …{case.says}…{case.todo}\n{run.output}"
    assert good_sheets <= run.sheets(), run.output

    strict = proj.extract("--strict", out="strict-out")
    assert strict.code != 0 and strict.lines(f"{where}:"), strict.output
    assert good_sheets <= strict.sheets(), strict.output

    check = proj.check()
    assert check.code == 1 and any(case.says in line for line in check.lines(f"{where}:")), check.output
    assert (proj.gazetteer / f"{case.file}.yaml").read_bytes() == written      # never rewritten


def test_a_skipped_duplicate_keeps_the_first_entry(proj, good_sheets):
    _apply(proj, CASES[0])
    from generator.gazetteer import load_gazetteer
    problems: list = []
    gaz = load_gazetteer(proj.gazetteer, problems)
    assert gaz.people["bashar-al-assad"].name == "بشار الأسد" and len(problems) == 1
    with pytest.raises(Exception, match="duplicate people id"):
        load_gazetteer(proj.gazetteer)          # without a list to collect into, the first problem raises
