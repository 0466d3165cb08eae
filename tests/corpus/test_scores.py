"""The extraction's scores on the gold corpora, pinned so they can only go up."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.pipeline import extract

from . import scorer

HERE = Path(__file__).parent
PINNED = yaml.safe_load((HERE / "pinned.yaml").read_text(encoding="utf-8"))


def gold_of(corpus: str) -> dict:
    return yaml.safe_load((HERE / "data" / corpus / "gold.yaml").read_text(encoding="utf-8"))


def run_corpus(corpus, project, tmp_path, options, copy_demo, gazetteer=None):
    gold = gold_of(corpus)
    own = HERE / "data" / corpus / "articles"  # held-out corpora carry their articles
    articles = own if own.is_dir() else copy_demo(project, gold["articles"], tmp_path / "articles")
    result = extract(options(project, articles, tmp_path / "out", gazetteer=gazetteer))
    return gold, result, scorer.score(gold, scorer.load_sheets(tmp_path / "out"))


@pytest.mark.parametrize("corpus", ["seeds", "dev", "extra"])
def test_scores_do_not_fall(corpus, project, tmp_path, options, copy_demo):
    _, result, figures = run_corpus(corpus, project, tmp_path, options, copy_demo)
    pinned = PINNED[corpus]
    assert not result.problems
    assert figures["score"] >= pinned["score"]
    for key in ("meeting_recall", "meeting_precision", "date_exact", "date_year", "place",
                "grouping_exact", "pairwise_f1"):
        assert figures[key] >= pinned[key], (key, figures)
    assert figures["participants_p_r_f1"][2] >= pinned["participants_f1"], figures
    assert figures["sheets_from_non_meeting_articles"] <= pinned["max_sheets_from_non_meeting_articles"]


def test_every_summary_sentence_is_a_template_or_a_source_sentence(project, tmp_path, options, copy_demo):
    for corpus in ("seeds", "dev", "extra"):
        _, result, _ = run_corpus(corpus, project, tmp_path / corpus, options, copy_demo)
        for sheet in result.sheets:
            assert sheet.summary and sheet.summary[0].template, sheet.id
            for s in sheet.summary:
                if s.template:
                    assert s.article is None
                    continue
                assert s.text in result.articles[s.article].sentences, (sheet.id, s.text)
            for k in sheet.key_points:
                assert k.text in result.articles[k.article].sentences
            for q in sheet.quotes:
                assert any(q.text in text for text in result.articles[q.article].sentences)
