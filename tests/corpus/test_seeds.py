"""The founding articles, fact by fact (the foundation, people, dates and grouping issues)."""
from __future__ import annotations

import yaml

from generator.pipeline import extract

SEEDS = ["000_3b596f72e28adffe", "001_1f18f6d037affcf3", "002_5f7e890db0b4e860",
         "003_ec73693d1aa17ecc", "004_05805eb4d424d0c9"]


def sheets_of(project, names, tmp_path, options, copy_demo, **kw):
    articles = copy_demo(project, names, tmp_path / "articles")
    return extract(options(project, articles, tmp_path / "out", **kw)).sheets


def test_000_and_003_are_one_meeting_dated_by_both(project, tmp_path, options, copy_demo):
    sheets = sheets_of(project, SEEDS, tmp_path, options, copy_demo)
    by_sources = {tuple(s.article for s in sheet.sources): sheet for sheet in sheets}
    assert set(by_sources) == {(SEEDS[0], SEEDS[3]), (SEEDS[1],), (SEEDS[2],), (SEEDS[4],)}
    first = by_sources[(SEEDS[0], SEEDS[3])]
    assert (str(first.date), first.date_precision) == ("2016-06-18", "day")
    assert {e.article for e in first.date_evidence} == {SEEDS[0], SEEDS[3]}
    assert str(by_sources[(SEEDS[1],)].date) == "2017-09-12"
    assert str(by_sources[(SEEDS[2],)].date) == "2020-03-23"
    moscow = by_sources[(SEEDS[4],)]
    assert (str(moscow.date), moscow.date_precision) == ("2021", "year")
    assert {p.id for p in moscow.participants} == {"vladimir-putin", "bashar-al-assad", "faisal-mekdad",
                                                   "sergei-shoigu"}
    assert moscow.place.id == "moscow"


def test_each_of_000_and_003_alone_is_less_precise(project, tmp_path, options, copy_demo):
    alone_000 = sheets_of(project, [SEEDS[0]], tmp_path / "a", options, copy_demo)[0]
    alone_003 = sheets_of(project, [SEEDS[3]], tmp_path / "b", options, copy_demo)[0]
    assert (str(alone_000.date), alone_000.date_precision) == ("2016", "year")
    assert alone_003.date is None  # Saturday 18 June fits 2016 and 2022 in the participants' tenures


def test_people_who_ordered_the_visit_are_mentioned_not_present(project, tmp_path, options, copy_demo):
    for sheet in sheets_of(project, SEEDS[:4], tmp_path, options, copy_demo):
        assert "vladimir-putin" not in {p.id for p in sheet.participants}, sheet.id
        assert "vladimir-putin" in {m.id for m in sheet.mentioned}, sheet.id


def test_a_person_missing_from_the_gazetteer_becomes_provisional(project, tmp_path, options, copy_demo):
    people = yaml.safe_load((project.gazetteer / "people.yaml").read_text(encoding="utf-8"))
    gz = tmp_path / "gazetteer"
    gz.mkdir()
    for name in ("places.yaml", "topics.yaml"):
        (gz / name).write_bytes((project.gazetteer / name).read_bytes())
    kept = [p for p in people if p["id"] != "sergei-shoigu"]
    (gz / "people.yaml").write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    sheets = sheets_of(project, SEEDS, tmp_path, options, copy_demo, gazetteer=gz)
    assert len(sheets) == 4
    for sheet in sheets:
        shoigu = [p for p in sheet.participants if p.name == "سيرغي شويغو"]
        assert len(shoigu) == 1 and not shoigu[0].in_gazetteer, sheet.id
        assert sheet.review.needed and any("gazetteer" in r for r in sheet.review.reasons)
