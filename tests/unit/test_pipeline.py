"""Runs of `digest extract`: determinism, stable ids, incremental reading, editors' corrections."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.pipeline import Hooks, extract

SEEDS = ["000_3b596f72e28adffe", "001_1f18f6d037affcf3", "002_5f7e890db0b4e860",
         "003_ec73693d1aa17ecc", "004_05805eb4d424d0c9"]
MOSCOW = "2021-bashar-al-assad-faisal-mekdad-sergei-shoigu-vladimir-putin"


class Counter(Hooks):
    def __init__(self) -> None:
        self.read: list[str] = []
        self.cached: list[str] = []

    def on_article(self, name: str, cached: bool) -> None:
        (self.cached if cached else self.read).append(name)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


@pytest.fixture
def seeds(project, tmp_path, copy_demo):
    return copy_demo(project, SEEDS, tmp_path / "articles")


def test_same_input_same_bytes_and_unchanged_sheets_are_not_rewritten(project, tmp_path, seeds, options):
    out = tmp_path / "out"
    first = extract(options(project, seeds, out))
    assert len(first.written.written) == 4
    before = snapshot(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.yaml")}
    second = extract(options(project, seeds, out))
    assert second.written.written == [] and len(second.written.unchanged) == 4
    assert snapshot(out) == before
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.yaml")} == mtimes
    fresh = tmp_path / "fresh"
    extract(options(project, seeds, fresh, jobs=4))
    assert snapshot(fresh) == before


def test_parallel_extraction_equals_one_process(project, tmp_path, copy_demo, options, monkeypatch):
    import generator.pipeline as pipeline
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    arts = copy_demo(project, [p.stem for p in project.articles.iterdir()], tmp_path / "all")
    extract(options(project, arts, tmp_path / "one", jobs=1))
    extract(options(project, arts, tmp_path / "many", jobs=3))
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "many")


def test_one_new_article_is_the_only_one_read(project, tmp_path, seeds, options):
    cache, out = tmp_path / "cache", tmp_path / "out"
    extract(options(project, seeds, out, cache=cache))
    before = snapshot(out)
    shutil.copy(next(project.articles.glob("d18.*")), seeds)
    hooks = Counter()
    result = extract(options(project, seeds, out, cache=cache), hooks)
    assert hooks.read == ["d18"] and len(hooks.cached) == 5
    after = snapshot(out)
    assert {k: v for k, v in after.items() if k in before} == before     # existing sheets untouched
    assert len(after) == len(before) + 1 and len(result.written.written) == 1


def test_the_cache_never_changes_results(project, tmp_path, seeds, options):
    extract(options(project, seeds, tmp_path / "a", cache=tmp_path / "cache"))
    extract(options(project, seeds, tmp_path / "b", cache=tmp_path / "cache"))
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")  # a damaged cache is ignored, not trusted
    extract(options(project, seeds, tmp_path / "c", cache=tmp_path / "cache"))
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b") == snapshot(tmp_path / "c")


def test_ids_stay_when_an_article_makes_a_date_more_precise(project, tmp_path, copy_demo, options):
    arts = copy_demo(project, SEEDS[:1], tmp_path / "articles")
    out = tmp_path / "out"
    first = extract(options(project, arts, out)).sheets[0]
    assert str(first.date) == "2016"
    copy_demo(project, SEEDS[3:4], arts)
    second = extract(options(project, arts, out)).sheets
    assert [s.id for s in second] == [first.id] and str(second[0].date) == "2016-06-18"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_date_correction_survives_every_extract(project, tmp_path, seeds, options):
    out, corr = tmp_path / "out", tmp_path / "corrections"
    extract(options(project, seeds, out))
    write(corr, "fix.yaml", f"- meeting: {MOSCOW}\n  date: \"2021-09-13\"\n  note: readout\n")
    for _ in range(2):
        sheets = {s.id: s for s in extract(options(project, seeds, out, corrections=corr)).sheets}
        moscow = sheets[MOSCOW]
        assert (str(moscow.date), moscow.date_precision, moscow.weekday) == ("2021-09-13", "day", 0)
        assert moscow.review.reviewed and moscow.review.corrections == [f"{corr.name}/fix.yaml:1"] or \
            moscow.review.corrections[0].endswith("fix.yaml:1")
        assert "13" in moscow.summary[0].text


def test_merge_and_split_corrections(project, tmp_path, seeds, options):
    out, corr = tmp_path / "out", tmp_path / "corrections"
    ids = {tuple(s.article for s in sh.sources): sh.id for sh in extract(options(project, seeds, out)).sheets}
    first = ids[(SEEDS[0], SEEDS[3])]
    write(corr, "split.yaml", f"- split: {{meeting: {first}, articles: [{SEEDS[3]}]}}\n")
    for _ in range(2):
        sheets = extract(options(project, seeds, out, corrections=corr)).sheets
        groups = sorted(tuple(s.article for s in sh.sources) for sh in sheets)
        assert (SEEDS[0],) in groups and (SEEDS[3],) in groups and len(sheets) == 5
    (corr / "split.yaml").unlink()
    a, b = ids[(SEEDS[1],)], ids[(SEEDS[2],)]
    write(corr, "merge.yaml", f"- merge: [{a}, {b}]\n")
    for _ in range(2):
        sheets = {s.id: s for s in extract(options(project, seeds, out, corrections=corr)).sheets}
        assert [s.article for s in sheets[a].sources] == [SEEDS[1], SEEDS[2]] and b not in sheets


@pytest.mark.parametrize("text,message,line", [
    ("- meeting: no-such-meeting\n  date: \"2021\"\n", "unknown meeting id", 2),
    (f"- meeting: {MOSCOW}\n  add: [nobody-here]\n", "unknown person id", 2),
    (f"- meeting: {MOSCOW}\n  place: atlantis\n", "unknown place id", 2),
    (f"- meeting: {MOSCOW}\n  dat: \"2021\"\n", "Extra inputs are not permitted", 3),
    (f"- meeting: {MOSCOW}\n  date: \"13/09/2021\"\n", "'13/09/2021' is not written as a date", 3),
    ("- split: {meeting: " + MOSCOW + ", articles: [nope]}\n", "unknown article", 2),
])
def test_bad_corrections_are_reported_with_file_and_line(project, tmp_path, seeds, options, text, message, line):
    corr = tmp_path / "corrections"
    write(corr, "bad.yaml", "# a comment line\n" + text)
    result = extract(options(project, seeds, tmp_path / "out", corrections=corr))
    assert any(message in p.message and p.file.endswith("bad.yaml") and p.line == line for p in result.problems), \
        [f"{p.where()}: {p.message}" for p in result.problems]


def test_cli_extract_and_check(project, tmp_path, seeds):
    runner = CliRunner()
    out = tmp_path / "out"
    cwd = os.getcwd()
    try:
        os.chdir(project.root)
        res = runner.invoke(main, ["extract", "--articles", str(seeds), "--out", str(out), "-q"])
        assert res.exit_code == 0, res.output
        assert len(list(out.glob("*.yaml"))) == 4
        first = (out / f"{MOSCOW}.yaml").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith("fact-sheet.schema.json")
        res = runner.invoke(main, ["check", "--articles", str(seeds), "--out", str(out),
                                   "--explain", SEEDS[3]])
        assert res.exit_code == 0, res.output
        assert "## removed" in res.output and "joined" in res.output and "repeated" not in res.output[:0]
        res = runner.invoke(main, ["check", "--articles", str(seeds), "--out", str(out), "--review"])
        assert "need review" in res.output
    finally:
        os.chdir(cwd)


def test_published_schema_is_up_to_date(project):
    from generator.factsheet.writer import schema_text
    assert project.schema.read_text(encoding="utf-8") == schema_text(), "run `digest schema`"


def test_a_terminal_gets_a_progress_bar_and_a_log_gets_lines(monkeypatch, capsys):
    """tqdm must be installed with the package: a terminal run once failed on its import."""
    import sys

    from generator import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = cli.Progress(quiet=False)
    for _ in range(3):
        progress.on_article("a", False)
    assert progress.bar is not None and progress.bar.n == 3
    progress.on_written(None)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    log = cli.Progress(quiet=False)
    log.last -= 10                     # the first line comes after a few seconds
    log.on_article("a", False)
    assert "1 articles read" in capsys.readouterr().err


def test_a_meeting_with_nobody_named_in_it_gets_no_sheet(project, tmp_path, options):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "briefing.md").write_text(
        "---\npublished: 2024-03-12\n---\nالمبعوث الأممي أمام مجلس الأمن: فرصة تضيق في اليمن\n\n"
        "قدّم المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ إحاطته إلى مجلس الأمن عبر "
        "الاتصال المرئي. وقال غروندبرغ إن اليمنيين دفعوا ثمناً باهظاً. وأضاف المبعوث السويدي أنه أجرى خلال "
        "الأسابيع الماضية مشاورات مكثفة مع الأطراف اليمنية، دون أن يسمّي المسؤولين الذين التقاهم.\n",
        encoding="utf-8")
    result = extract(options(project, articles, tmp_path / "out"))
    assert [s.id for s in result.sheets] == [] and not list((tmp_path / "out").glob("*.yaml"))
