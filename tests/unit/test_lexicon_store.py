"""The compiled lexicon kept in the extraction cache: loaded, it reads as a built one does,
shares the run's language and gazetteer, and an unsound or foreign one is built again."""
from __future__ import annotations

import dataclasses
import shutil

import pytest

from generator.dates.grammar import grammar_for
from generator.extract.article import ArticleAnalyser
from generator.extract.lexicon import Lexicon
from generator.extract.lexicon_store import LEXICON_FILE, lexicon_for
from generator.extract.results import result_of
from generator.pipeline import extract
from generator.text.reader import Reader

# written for these tests: a visit, a phone call and a headline's planned meeting
ARTICLES = [
    "استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه بباريس أمس الثلاثاء 14 مايو 2024 "
    "رئيس الوزراء الهندي ناريندرا مودي، وبحث الجانبان التعاون في مجال الطاقة.",
    "أجرى وزير الخارجية المصري بدر عبد العاطي اتصالا هاتفيا مع نظيره التركي هاكان فيدان "
    "يوم الأحد 3 مارس 2024، تناول الأوضاع في غزة.",
    "العاهل الأردني يلتقي غداً رئيسة المفوضية الأوروبية\nعمّان - أعلن الديوان الملكي أن الملك "
    "عبدالله الثاني سيلتقي أورسولا فون دير لاين في عمّان يوم الخميس.",
]


def _results(lex: Lexicon) -> list[str]:
    reader, analyser = Reader(lex.lang, lex.places, lex.country_ids), ArticleAnalyser(lex)
    return [repr(result_of(analyser.analyse(reader.read_text(text, f"a{i}.txt", ".txt", name=f"a{i}"))))
            for i, text in enumerate(ARTICLES)]


def test_a_kept_lexicon_reads_as_a_built_one_and_shares_the_run_objects(lang, gaz, tmp_path):
    warnings: list[str] = []
    built = lexicon_for(lang, gaz, tmp_path, warnings.append)
    assert (tmp_path / LEXICON_FILE).is_file()
    loaded = lexicon_for(lang, gaz, tmp_path, warnings.append)
    assert loaded is not built and warnings == []
    assert loaded.lang is lang and loaded.gaz is gaz
    assert loaded.clitics is lang.clitics and loaded.grammar is grammar_for(lang)
    assert loaded.people.clitics is lang.clitics
    results = _results(loaded)
    assert results == _results(built)
    assert "person='emmanuel-macron'" in results[0] and "kind='phone'" in results[1]   # the gazetteer's people, read


@pytest.mark.parametrize("damage", [
    lambda data: data[:-10] + b"0123456789",        # a changed payload: its checksum fails
    lambda data: data[: len(data) // 2],             # a file cut short
    lambda data: b"not a cache file\n" + data,       # another file under its name
])
def test_an_unsound_lexicon_is_built_again_with_a_warning(lang, gaz, tmp_path, damage):
    lexicon_for(lang, gaz, tmp_path)
    path = tmp_path / LEXICON_FILE
    path.write_bytes(damage(path.read_bytes()))
    warnings: list[str] = []
    lex = lexicon_for(lang, gaz, tmp_path, warnings.append)
    assert isinstance(lex, Lexicon) and lex.gaz is gaz
    assert len(warnings) == 1 and str(path) in warnings[0] and "worked out again" in warnings[0]
    again: list[str] = []
    lexicon_for(lang, gaz, tmp_path, again.append)    # the rebuilt one was kept, and is sound
    assert again == []


def test_a_lexicon_kept_for_another_gazetteer_is_not_used(lang, gaz, tmp_path):
    lexicon_for(lang, gaz, tmp_path)
    other = dataclasses.replace(gaz, fingerprint="another-gazetteer")
    lex = lexicon_for(lang, other, tmp_path)
    assert lex.gaz is other and lex.fingerprint == Lexicon.fingerprint_of(lang, other)
    assert lexicon_for(lang, other, tmp_path).fingerprint == lex.fingerprint   # and the new one is kept


def test_a_run_keeps_the_lexicon_and_full_builds_it_again(project, tmp_path, copy_demo, options):
    arts = copy_demo(project, ["000_3b596f72e28adffe", "001_1f18f6d037affcf3"], tmp_path / "articles")
    cache = tmp_path / "cache"
    first = extract(options(project, arts, tmp_path / "out", cache=cache))
    kept = cache / first.version / LEXICON_FILE
    made = kept.stat().st_ino, kept.stat().st_mtime_ns
    shutil.copy(next(project.articles.glob("d18.*")), arts)    # something new to read
    extract(options(project, arts, tmp_path / "out", cache=cache))
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == made    # loaded, not built again
    extract(dataclasses.replace(options(project, arts, tmp_path / "out", cache=cache), full=True))
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) != made    # --full trusts nothing kept


def test_a_cache_that_cannot_be_written_costs_only_the_build(lang, gaz, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache's version folder should be")
    warnings: list[str] = []
    lex = lexicon_for(lang, gaz, blocked, warnings.append)
    assert isinstance(lex, Lexicon) and lex.gaz is gaz
    assert len(warnings) == 1 and "cannot keep the compiled lexicon" in warnings[0] and str(blocked) in warnings[0]
