"""The synthetic benchmark corpus: deterministic, and its gold follows ../shared/corpus/FORMAT.md."""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "make_corpus.py"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def make(out: Path, n: int = 50, seed: int = 7) -> Path:
    subprocess.run([sys.executable, str(SCRIPT), str(n), str(seed), "--out", str(out), "--quiet"],
                   check=True, cwd=ROOT)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make(tmp_path_factory.mktemp("corpus"))


def test_same_seed_gives_identical_files(corpus, tmp_path):
    again = make(tmp_path / "again")
    assert snapshot(corpus) == snapshot(again)


def test_other_seed_gives_other_corpus(corpus, tmp_path):
    other = make(tmp_path / "other", seed=8)
    assert snapshot(corpus)["gold.yaml"] != snapshot(other)["gold.yaml"]


def test_gold_follows_the_format(corpus):
    gold = yaml.safe_load((corpus / "gold.yaml").read_text(encoding="utf-8"))
    files = {p.stem: p for p in (corpus / "articles").iterdir()}
    assert len(files) == 50
    assert all(p.suffix in (".txt", ".md") for p in files.values())
    assert set(gold["articles"]) == set(files), "every article is listed, and only those"
    for meta in gold["articles"].values():
        assert set(meta) <= {"outlet", "published"}
        if "published" in meta:
            assert isinstance(meta["published"], dt.date)
    seen: list[str] = []
    for m in gold["meetings"]:
        assert {"id", "articles", "date", "place", "country", "participants", "kind"} <= set(m)
        assert set(m["articles"]) <= set(files), "every meeting's articles exist"
        assert DATE.match(m["date"]), m["date"]
        assert m["kind"] in ("meeting", "visit", "summit")
        assert len(m["participants"]) >= 2 and len(set(m["participants"])) == len(m["participants"])
        assert isinstance(m["place"], str) and isinstance(m["country"], str)
        seen += m["articles"]
    seen += gold["non_meetings"]
    assert sorted(seen) == sorted(files), "each article is in exactly one meeting or a non-meeting"
    assert len({m["id"] for m in gold["meetings"]}) == len(gold["meetings"])


def test_participants_hold_an_office_on_the_day(corpus):
    from generator.gazetteer import load_gazetteer, tenure

    gaz = load_gazetteer(ROOT / "content" / "gazetteer")
    by_name = {p.name: p for p in gaz.people.values()}
    gold = yaml.safe_load((corpus / "gold.yaml").read_text(encoding="utf-8"))
    for m in gold["meetings"]:
        for name in m["participants"]:
            assert name in by_name, f"{name} is a canonical gazetteer name"
            if len(m["date"]) == 10:
                day = dt.date.fromisoformat(m["date"])
                assert any(tenure(o)[0] <= day <= tenure(o)[1] for o in by_name[name].offices), (name, day)


def test_front_matter_is_yaml(corpus):
    for path in (corpus / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        head = yaml.safe_load(text.split("---\n")[1])
        assert set(head) <= {"title", "outlet", "url", "published", "lang"}


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not present")
def test_gold_turned_into_sheets_scores_one(corpus):
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = yaml.safe_load((corpus / "gold.yaml").read_text(encoding="utf-8"))
    sheets = [{"file": m["id"], "date": m["date"], "place": m["place"],
               "participants": m["participants"], "sources": set(m["articles"])} for m in gold["meetings"]]
    assert score.score(gold, sheets)["score"] == 1.0
