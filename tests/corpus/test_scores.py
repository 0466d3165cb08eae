"""The extraction's scores on the gold corpora, pinned so they can only go up."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.fuse.timewords import TimeWords
from generator.lang import load_language
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


def _in_order(pieces: list[str], text: str) -> bool:
    at = 0
    for piece in pieces:
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def _from_source(times, text: str, sentences: list[str]) -> bool:
    """A source sentence as written, but for quotation marks written «…» and, where it has
    relative time words, those words written out as dates (every other piece kept in order)."""
    return any(text == times.unify_quotes(source)
               or (times.has_relative(source) and _in_order(times.kept_parts(source), text))
               for source in sentences)


def test_every_summary_sentence_is_a_template_or_a_source_sentence(project, tmp_path, options, copy_demo):
    times = TimeWords(load_language())
    for corpus in ("seeds", "dev", "extra"):
        _, result, _ = run_corpus(corpus, project, tmp_path / corpus, options, copy_demo)
        for sheet in result.sheets:
            assert sheet.summary and sheet.summary[0].template, sheet.id
            for s in sheet.summary:
                if s.template:
                    assert s.article is None
                    continue
                assert _from_source(times, s.text, result.articles[s.article].sentences), (sheet.id, s.text)
                assert not times.has_relative(s.text), (sheet.id, s.text)
            for k in sheet.key_points:
                assert _from_source(times, k.text, result.articles[k.article].sentences), (sheet.id, k.text)
                assert not times.has_relative(k.text), (sheet.id, k.text)
            for q in sheet.quotes:
                assert any(_in_order(times.kept_parts(q.text), text)
                           for text in result.articles[q.article].sentences), (sheet.id, q.text)
