"""The extraction's scores on the shared corpora (../shared/corpus: dev2, world), with the
people gazetteer and without it (people.yaml emptied: how well people nobody listed are found),
pinned like the project's own corpora. Skipped where ../shared is not present; CI has it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from . import scorer
from .test_scores import HERE, PINNED, gold_of

SHARED = HERE.parents[2] / "shared" / "corpus"   # ../shared beside the repository


def shared_gold(corpus: str) -> dict:
    """A shared corpus's gold, its gold*.yaml files merged (as ../shared/eval/score.py does)."""
    merged: dict = {"articles": {}, "meetings": [], "non_meetings": []}
    for path in sorted((SHARED / corpus).glob("gold*.yaml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8"))
        merged["articles"].update(part.get("articles") or {})
        merged["meetings"] += part.get("meetings") or []
        merged["non_meetings"] += part.get("non_meetings") or []
    return merged


def bare_gazetteer(project, tmp_path: Path) -> Path:
    """The project's gazetteer with no people."""
    out = tmp_path / "gazetteer"
    shutil.copytree(project.gazetteer, out)
    (out / "people.yaml").write_text("[]\n", encoding="utf-8")
    return out


def check(figures: dict, pinned: dict) -> None:
    assert figures["score"] >= pinned["score"], figures
    for key, value in pinned.items():
        if key == "participants_f1":
            assert figures["participants_p_r_f1"][2] >= value, (key, figures)
        elif key != "score":
            assert figures[key] >= value, (key, figures)


CASES = [(c, m) for c in ("seeds", "dev", "dev2", "world", "world-extra", "world-e", "world-f", "world-g",
                                "world-h", "world-i", "world-j", "world-k", "world-l", "world-m", "world-n", "world-o",
                                "world-p", "world-q", "world-r", "world-s", "world-t", "world-u", "world-v", "world-w", "world-x", "world-y",
                                "world-z", "world-aa", "world-ab", "world-ac",
                                "world-ad", "world-ae", "world-af", "world-ag", "world-ah", "world-ai", "world-aj", "world-ak", "world-al", "world-am", "world-an", "world-ao", "world-ap", "world-aq", "world-ar", "world-as", "world-at", "world-au",
                                "world-av", "world-aw", "world-ax", "world-ay", "world-az",
                                "world-ba", "world-bb", "world-bc", "world-bd", "world-be", "world-bf",
                                "world-bg", "world-bh", "world-bi", "world-bj", "world-bk", "world-bl", "world-bm",
                                "world-bn", "world-bo", "world-bp", "world-bq", "world-br", "world-bs", "world-bt",
                                "world-bu", "world-bv", "world-bw", "world-bx", "world-by", "world-bz")
         for m in ("full", "bare")
         if f"{c}-{m}" in PINNED]


@pytest.mark.parametrize("corpus,mode", CASES)
def test_shared_and_held_out_scores_do_not_fall(corpus, mode, project, tmp_path, options):
    from generator.pipeline import extract
    own = HERE / "data" / corpus
    if (own / "articles").is_dir():
        articles, gold = own / "articles", gold_of(corpus)
    elif (SHARED / corpus / "articles").is_dir():
        articles, gold = SHARED / corpus / "articles", shared_gold(corpus)
    else:
        pytest.skip(f"{SHARED / corpus} is not here (it is in CI)")
    gazetteer = bare_gazetteer(project, tmp_path) if mode == "bare" else None
    extract(options(project, articles, tmp_path / "out", gazetteer=gazetteer))
    check(scorer.score(gold, scorer.load_sheets(tmp_path / "out")), PINNED[f"{corpus}-{mode}"])
