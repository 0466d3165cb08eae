"""Peer baseline for the date grammar: the same fact sheets with dates from dateparser.

Usage: python scripts/dateparser_baseline.py GOLD_YAML ARTICLES_DIR
Runs `digest extract`, replaces each sheet's date by the first date that
`dateparser.search.search_dates` finds in the sheet's first source article (its body, after
the digest's own reading stage, with the publication date as the relative base), and scores
both with the project's scorer. Needs `pip install dateparser`.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import yaml
from dateparser.search import search_dates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "corpus"))
import scorer  # noqa: E402

from generator.pipeline import Options, extract  # noqa: E402
from generator.project import find_project  # noqa: E402


def main(gold_path: str, articles: str) -> None:
    project = find_project()
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        result = extract(Options(articles=Path(articles), out=out, gazetteer=project.gazetteer, corrections=None,
                                 schema=project.schema, cache=None, jobs=1, root=project.root))
        ours = scorer.score(gold, scorer.load_sheets(out))
        for path in out.glob("*.yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            art = result.articles[data["sources"][0]["article"]]
            body = "\n".join(t for t, k in zip(art.sentences, art.kinds) if k == "body")
            base = dt.datetime.fromisoformat(art.published) if art.published else None
            settings = {"RELATIVE_BASE": base} if base else {}
            found = search_dates(body, languages=["ar"], settings=settings) or []
            data["date"] = found[0][1].date().isoformat() if found else None
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        theirs = scorer.score(gold, scorer.load_sheets(out))
    for name, figures in (("digest", ours), ("dateparser", theirs)):
        print(f"{name:>10}: date_exact {figures['date_exact']:.3f}  date_year {figures['date_year']:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
