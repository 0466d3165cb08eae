"""Every gazetteer office cites where its tenure comes from, and the people data can be trusted
to resolve an office named without a person: one holder per title and day, short forms that name
one person only, ids that never change."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from generator.gazetteer import SOURCE, load_gazetteer, tenure
from generator.lang import load_language

ROOT = Path(__file__).resolve().parents[2]
PLACES = "- {id: syria, name: سوريا, kind: country, adjective: [السوري, السورية]}\n"


def gazetteer(tmp_path: Path, people: str) -> Path:
    (tmp_path / "people.yaml").write_text(people, encoding="utf-8")
    (tmp_path / "places.yaml").write_text(PLACES, encoding="utf-8")
    (tmp_path / "topics.yaml").write_text("[]\n", encoding="utf-8")
    return tmp_path


PERSON = """- id: test-person
  name: شخص للاختبار
  country: syria
  offices:
    - title: وزير الزراعة السوري
      start: 2019-01-01
{source}    - title: وزير الري السوري
      start: 2020-01-01
      source: Q42
"""


@pytest.mark.parametrize("source,warned,says", [
    ("", True, "cites no source; add `source:`"),
    ("      source: Q12345\n", False, ""),
    ("      source: https://example.org/news/1\n", False, ""),
    ("      source: وكالة سانا\n", True, "neither a Wikidata id (Q…) nor a URL"),
    ("      source: Q0\n", True, "neither a Wikidata id"),
    ("      source: wikipedia.org/wiki/X\n", True, "neither a Wikidata id"),
])
def test_an_office_without_a_usable_source_is_a_warning_that_keeps_the_office(tmp_path, source, warned, says):
    folder = gazetteer(tmp_path, PERSON.format(source=source))
    problems: list = []
    gaz = load_gazetteer(folder, problems)
    assert [o.title for o in gaz.people["test-person"].offices] == ["وزير الزراعة السوري", "وزير الري السوري"]
    assert bool(gaz.warnings) is warned and len(problems) == len(gaz.warnings)
    if warned:
        (w,) = gaz.warnings
        assert says in w.message and "the office is used meanwhile" in w.message
        assert w.line == 5 and w.file.endswith("people.yaml")          # the office's own line
        assert problems[0].where() == f"{folder / 'people.yaml'}:5"


def test_a_missing_source_never_stops_loading(tmp_path):
    folder = gazetteer(tmp_path, PERSON.format(source=""))
    gaz = load_gazetteer(folder)             # without a list, real problems raise; warnings do not
    assert len(gaz.warnings) == 1 and "test-person" in gaz.people


def test_the_line_is_right_when_an_earlier_office_is_dropped(tmp_path):
    people = PERSON.format(source="").replace("start: 2019-01-01", "start: 2019-13-45")
    people = people.replace("      source: Q42\n", "")
    problems: list = []
    gaz = load_gazetteer(gazetteer(tmp_path, people), problems)
    assert [o.title for o in gaz.people["test-person"].offices] == ["وزير الري السوري"]
    assert [w.line for w in gaz.warnings] == [7]     # the kept office, on its own line
    assert any("is not a real date" in p.message for p in problems)


# --- the project's own people.yaml ------------------------------------------------------

@pytest.fixture(scope="module")
def people():
    problems: list = []
    gaz = load_gazetteer(ROOT / "content" / "gazetteer", problems)
    return gaz, problems


def test_every_office_cites_a_source(people):
    gaz, _ = people
    missing = [(p.id, o.title) for p in gaz.people.values() for o in p.offices
               if not o.source or not SOURCE.match(o.source)]
    assert not missing and not gaz.warnings


# Offices that several people hold at once: a title alone never names one of them.
SEVERAL_HOLDERS = {"نائب وزير الخارجية الروسي"}


def test_no_title_has_two_holders_on_one_day(people):
    """'The Syrian foreign minister on day D' must name one person. A handover day, when the
    new holder starts the day the old one leaves (as Wikidata records it), is allowed."""
    gaz, _ = people
    fold = load_language().fold
    by_title: dict[str, list] = {}
    for p in gaz.people.values():
        for o in p.offices:
            for title in {fold(t) for t in (o.title, *o.short)}:
                by_title.setdefault(title, []).append((p.id, o, tenure(o)))
    clashes = []
    for title, held in by_title.items():
        if title in {fold(t) for t in SEVERAL_HOLDERS}:
            continue
        for (a, oa, (sa, ea)), (b, ob, (sb, eb)) in itertools.combinations(held, 2):
            if a == b:
                continue
            overlap = (max(sa, sb), min(ea, eb))
            if overlap[0] < overlap[1]:
                clashes.append((title, a, b, str(overlap[0]), str(overlap[1])))
    assert not clashes


def test_short_forms_name_one_person(people):
    gaz, _ = people
    fold = load_language().fold
    owners: dict[str, set[str]] = {}
    for p in gaz.people.values():
        for s in p.short:
            owners.setdefault(fold(s), set()).add(p.id)
    shared = {s: ids for s, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_every_name_and_variant_names_one_person(people):
    gaz, _ = people
    fold = load_language().fold
    owners: dict[str, set[str]] = {}
    for p in gaz.people.values():
        for n in (p.name, *p.variants):
            owners.setdefault(fold(n), set()).add(p.id)
    assert not {n: ids for n, ids in owners.items() if len(ids) > 1}


# ids in URLs and corrections: they may never change
KEPT_IDS = """bashar-al-assad walid-al-muallem faisal-mekdad imad-khamis mansour-azzam mohammad-al-shaar
bouthaina-shaaban riyad-hijab vladimir-putin dmitry-medvedev sergei-shoigu sergei-lavrov dmitry-peskov
alexander-lavrentiev sergei-vershinin alexander-dvornikov recep-tayyip-erdogan hulusi-akar
mevlut-cavusoglu hassan-rouhani mohammad-javad-zarif qasem-soleimani abdel-fattah-el-sisi
mohammed-bin-zayed mohammed-bin-rashid abdullah-bin-zayed faisal-bin-farhan adel-al-jubeir king-salman
mohammed-bin-salman tamim-bin-hamad jumana-ghunaimat nabih-berri walid-bukhari donald-trump john-kerry
ned-price emmanuel-macron angela-merkel theresa-may staffan-de-mistura""".split()


def test_the_ids_already_published_are_kept(people):
    gaz, _ = people
    assert set(KEPT_IDS) <= set(gaz.people)


@pytest.mark.parametrize("day,holder", [
    ("2024-09-10", "faisal-mekdad"), ("2024-10-15", "bassam-sabbagh"), ("2025-03-01", "asaad-al-shaibani"),
    ("2015-10-01", None), ("2016-01-10", "mevlut-cavusoglu"),
])
def test_foreign_minister_on_a_day(people, day, holder):
    import datetime as dt
    gaz, _ = people
    d = dt.date.fromisoformat(day)
    titles = {"وزير الخارجية السوري"} if holder != "mevlut-cavusoglu" and day != "2015-10-01" else {"وزير الخارجية التركي"}
    found = {p.id for p in gaz.people.values() for o in p.offices
             if o.title in titles and tenure(o)[0] <= d <= tenure(o)[1]}
    assert found == ({holder} if holder else set())
