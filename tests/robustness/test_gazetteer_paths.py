"""A missing or misnamed gazetteer, or `digest` run from another folder, never rewrites or
deletes a sheet: a gazetteer path that is not there is an error naming it (exit status 1,
nothing written); from outside a project, the project is the one around `--out`; with no
project at all, the gazetteer shipped with the package is used and stderr says so."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.project import PACKAGE_GAZETTEER

from .conftest import MOSCOW, ROOT, SEEDS, Project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


@pytest.fixture
def extracted(proj: Project, good_sheets) -> dict[str, bytes]:
    run = proj.extract()
    assert run.code == 0, run.output
    return snapshot(run.out)


def _untouched(proj: Project, before: dict[str, bytes], run) -> None:
    assert run.code == 1, run.output
    assert snapshot(proj.root / "out") == before, run.output           # nothing rewritten or deleted


def test_a_gazetteer_path_with_a_typo_is_an_error_naming_it(proj, extracted):
    typo = proj.root / "content" / "gazetter"
    for command in ("extract", "build"):
        run = proj.digest(command, "--gazetteer", str(typo))
        assert run.lines(f"{typo}: no gazetteer folder here"), run.output
        _untouched(proj, extracted, run)
    check = proj.digest("check", "--gazetteer", str(typo))
    assert check.code == 1 and check.lines(f"{typo}: no gazetteer folder here"), check.output


@pytest.mark.parametrize("kind,renamed", [("people", "people.yml"), ("topics", "Topics.yaml"),
                                          ("places", "places.yaml.txt")])
def test_a_misnamed_gazetteer_file_is_an_error_naming_it(proj, extracted, kind, renamed):
    (proj.gazetteer / f"{kind}.yaml").rename(proj.gazetteer / renamed)
    run = proj.extract()
    said = run.lines(f"{proj.gazetteer / renamed}: ")
    assert said and f"reads {kind}.yaml" in said[0] and "rename it" in said[0], run.output
    _untouched(proj, extracted, run)
    check = proj.check()
    assert check.code == 1 and check.lines(f"{proj.gazetteer / renamed}: "), check.output


def test_a_missing_gazetteer_file_is_an_error_naming_it(proj, extracted):
    (proj.gazetteer / "topics.yaml").unlink()
    run = proj.extract()
    said = run.lines(f"{proj.gazetteer / 'topics.yaml'}: gazetteer file missing")
    assert said and "`[]`" in said[0], run.output
    _untouched(proj, extracted, run)


def _standard_project(base: Path) -> Path:
    """A project in the standard layout (content/articles, content/gazetteer, ...)."""
    root = base / "newsroom"
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "corrections").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "content" / "gazetteer", content / "gazetteer")
    for name in SEEDS:
        shutil.copy(ROOT / "content" / "articles" / f"{name}.txt", content / "articles")
    (content / "corrections" / "fix.yaml").write_text(f"- meeting: {MOSCOW}\n  date: \"2021-09-13\"\n",
                                                      encoding="utf-8")
    return root


def _digest(*argv: str):
    jobs = ["--jobs", "1"] if argv[0] != "check" else []
    return CliRunner().invoke(main, [*argv, *jobs], catch_exceptions=False)


def test_run_from_another_folder_it_uses_the_project_around_the_sheets(tmp_path, monkeypatch):
    root = _standard_project(tmp_path)
    monkeypatch.chdir(root)
    assert _digest("extract").exit_code == 0
    meetings = root / "content" / "meetings"
    before = snapshot(meetings)
    assert len(before) == 4 and "2021-09-13" in before[f"{MOSCOW}.yaml"].decode()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    run = _digest("extract", "--articles", str(root / "content" / "articles"), "--out", str(meetings))
    assert run.exit_code == 0, run.output
    assert f"using the one around --out ({root}), with its gazetteer {root / 'content' / 'gazetteer'}" \
        in run.output
    assert snapshot(meetings) == before, run.output   # same gazetteer, corrections and schema path


def test_outside_any_project_the_package_gazetteer_is_used_and_named(tmp_path, monkeypatch):
    articles = tmp_path / "news"
    articles.mkdir()
    for name in SEEDS:
        shutil.copy(ROOT / "content" / "articles" / f"{name}.txt", articles)
    monkeypatch.chdir(tmp_path)
    run = _digest("extract", "--articles", str(articles), "--out", str(tmp_path / "sheets"))
    assert run.exit_code == 0, run.output
    said = [line for line in run.output.splitlines() if "gazetteer shipped with the package" in line]
    assert len(said) == 1 and str(PACKAGE_GAZETTEER) in said[0], run.output
    assert len(list((tmp_path / "sheets").glob("*.yaml"))) >= 1


def test_a_project_whose_gazetteer_folder_went_missing_is_an_error(tmp_path, monkeypatch):
    root = _standard_project(tmp_path)
    monkeypatch.chdir(root)
    assert _digest("extract").exit_code == 0
    meetings = root / "content" / "meetings"
    before = snapshot(meetings)
    (root / "content" / "gazetteer").rename(root / "content" / "gazetter")       # a slip in a rename
    for command in ("extract", "check"):
        run = _digest(command)
        assert run.exit_code == 1, run.output
        assert f"{root / 'content' / 'gazetteer'}: no gazetteer folder here" in run.output, run.output
        assert "shipped with the package" not in run.output, run.output
    assert snapshot(meetings) == before
