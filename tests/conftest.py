"""Shared fixtures: the project, its language data and gazetteer, and ready-made readers."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.extract.article import ArticleAnalyser
from generator.extract.lexicon import Lexicon
from generator.gazetteer import load_gazetteer
from generator.lang import load_language
from generator.pipeline import Options
from generator.project import ProjectPaths
from generator.text.reader import Reader

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project() -> ProjectPaths:
    return ProjectPaths.at(ROOT)


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
    return Reader(lang, lex.places, lex.country_ids)


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


def make_options(project: ProjectPaths, articles: Path, out: Path, corrections: Path | None = None,
                 gazetteer: Path | None = None, cache: Path | None = None, jobs: int = 1) -> Options:
    """Extraction options for a temporary folder (no project corrections unless given)."""
    return Options(articles=articles, out=out, gazetteer=gazetteer or project.gazetteer,
                   corrections=corrections, schema=project.schema, cache=cache, jobs=jobs, root=ROOT)


def copy_articles(project: ProjectPaths, names, dest: Path) -> Path:
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


# ------------------------------------------------------------------ Chromium

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling home on a closed network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need_browser() -> None:
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is missing (pip install playwright)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run in CI: {problem}")
        pytest.skip(f"browser tests skipped: {problem}")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium, shared by every test that drives a browser: skipped with the
    reason where it is missing, a failure in CI (environment variable CI set)."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
