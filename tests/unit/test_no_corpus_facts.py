"""The extractor holds rules, not facts about the corpora: no gold date or article name of the
seed or dev corpora appears in generator/ (code or data)."""
from __future__ import annotations

from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "corpus" / "data"


SHARED = ROOT.parent / "shared" / "corpus"


def facts() -> set[str]:
    found: set[str] = set()
    golds = [GOLD / corpus / "gold.yaml" for corpus in ("seeds", "dev", "extra", "world-extra")]
    golds += sorted(SHARED.glob("*/gold*.yaml"))      # the shared corpora, where present
    for path in golds:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.update(str(name) for name in gold.get("articles") or {})
        found.update(str(m["date"]) for m in gold.get("meetings") or [] if len(str(m["date"])) > 4)
    return found


def test_no_gold_fact_in_the_generator():
    needles = facts()
    hits = []
    for path in (ROOT / "generator").rglob("*"):
        if path.suffix not in (".py", ".yaml", ".html", ".j2", ".js", ".css") or "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        hits += [f"{path.relative_to(ROOT)}: {n}" for n in needles
                 if regex.search(rf"(?<![\w-]){regex.escape(n)}(?![\w-])", text)]
    assert not hits, hits
