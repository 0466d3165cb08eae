"""Shared fixtures: the project, its language data and gazetteer, and ready-made readers."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.extract.article import ArticleAnalyser
from generator.extract.lexicon import Lexicon
from generator.gazetteer import load_gazetteer
from generator.lang import load_language
from generator.pipeline import Options, Project
from generator.text.reader import Reader

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def lang():
    return load_language()


@pytest.fixture(scope="session")
def gaz(project):
    return load_gazetteer(project.gazetteer)


@pytest.fixture(scope="session")
def lex(lang, gaz):
    return Lexicon(lang, gaz)


@pytest.fixture(scope="session")
def reader(lang, lex):
    return Reader(lang, lex.places)


@pytest.fixture(scope="session")
def analyser(lex):
    return ArticleAnalyser(lex)


@pytest.fixture
def analyse(reader, analyser):
    """Analyse an inline article: analyse(text, suffix=".txt") → Analysis."""
    def run(text: str, suffix: str = ".txt", name: str = "t"):
        art = reader.read_text(text, f"{name}{suffix}", suffix, name=name)
        return analyser.analyse(art)
    return run


def make_options(project: Project, articles: Path, out: Path, corrections: Path | None = None,
                 gazetteer: Path | None = None, cache: Path | None = None, jobs: int = 1) -> Options:
    """Extraction options for a temporary folder (no project corrections unless given)."""
    return Options(articles=articles, out=out, gazetteer=gazetteer or project.gazetteer,
                   corrections=corrections, schema=project.schema, cache=cache, jobs=jobs, root=ROOT)


def copy_articles(project: Project, names, dest: Path) -> Path:
    """Copy the named demo articles (any extension) into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    wanted = set(names)
    for path in project.articles.iterdir():
        if path.stem in wanted:
            shutil.copy(path, dest / path.name)
    return dest


@pytest.fixture(scope="session")
def options():
    return make_options


@pytest.fixture(scope="session")
def copy_demo():
    return copy_articles
