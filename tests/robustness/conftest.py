"""A throw-away project for each bad-input test: five good articles, the gazetteer, an empty
corrections folder, and `digest` run on it the way CI runs it (exit status and messages)."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
# The founding articles: five reports of four meetings.
SEEDS = ["000_3b596f72e28adffe", "001_1f18f6d037affcf3", "002_5f7e890db0b4e860",
         "003_ec73693d1aa17ecc", "004_05805eb4d424d0c9"]
MOSCOW = "2021-bashar-al-assad-faisal-mekdad-sergei-shoigu-vladimir-putin"
SHOIGU_2016 = "2016-06-18-bashar-al-assad-sergei-shoigu"


@dataclass
class Run:
    code: int
    output: str
    out: Path

    def sheets(self) -> set[str]:
        return {p.name for p in self.out.glob("*.yaml")}

    def lines(self, fragment: str) -> list[str]:
        """Output lines containing a fragment."""
        return [line for line in self.output.splitlines() if fragment in line]


@dataclass
class Project:
    """A project folder (mkdocs.yml + content/) that is also the current directory, so the
    symlink rule's project root is this folder."""

    root: Path
    articles: Path
    gazetteer: Path
    corrections: Path

    def digest(self, command: str, *args: str, out: str = "out") -> Run:
        target = self.root / out
        argv = [command, "--articles", str(self.articles), "--out", str(target),
                "--gazetteer", str(self.gazetteer), "--corrections", str(self.corrections), *args]
        if command == "extract":
            argv += ["--jobs", "1", "--cache", str(self.root / ".digest-cache")]
        result = CliRunner().invoke(main, argv, catch_exceptions=False)
        return Run(result.exit_code, result.output, target)

    def extract(self, *args: str, out: str = "out") -> Run:
        return self.digest("extract", *args, out=out)

    def check(self, *args: str) -> Run:
        return self.digest("check", *args)

    def article(self, name: str, data: bytes | str) -> Path:
        path = self.articles / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path


def make_project(base: Path) -> Project:
    root = base / "proj"
    (root / "content").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    articles = root / "articles"
    articles.mkdir()
    for name in SEEDS:
        shutil.copy(ROOT / "content" / "articles" / f"{name}.txt", articles)
    gazetteer = root / "gazetteer"
    shutil.copytree(ROOT / "content" / "gazetteer", gazetteer)
    corrections = root / "corrections"
    corrections.mkdir()
    return Project(root, articles, gazetteer, corrections)


@pytest.fixture
def proj(tmp_path, monkeypatch) -> Project:
    proj = make_project(tmp_path)
    monkeypatch.chdir(proj.root)
    return proj


@pytest.fixture(scope="session")
def good_sheets(tmp_path_factory) -> set[str]:
    """The sheet files the five good articles give on a clean run."""
    proj = make_project(tmp_path_factory.mktemp("clean"))
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(proj.root)
        run = proj.extract()
    assert run.code == 0, run.output
    assert len(run.sheets()) == 4, run.output
    return run.sheets()
