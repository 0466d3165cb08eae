"""The code keeps the pipeline's one direction and its language in data files.

Reading (text) → extraction (extract) → fusion (fuse) → fact sheets (factsheet) → site, with
the language (lang) and the date grammar (dates) below every stage and a few base modules
(models, files, paths, the gazetteer and world data) below those. The command line and the
pipeline tie the stages together and may import any of them. Arabic words live in the YAML
files of generator/lang/data (and the gazetteers), never in Python string literals.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"

BASE = {"models", "yamlio", "slugs", "cache", "project", "world", "gazetteer", "__init__",
        "factsheet.partialdate"}
LOWER = {"lang": set(), "dates": {"lang"}}
STAGES = {
    "text": {"lang", "dates"},
    "extract": {"text", "lang", "dates"},
    "fuse": {"extract", "factsheet", "lang", "dates"},
    "factsheet": set(),
    "site": {"factsheet", "lang"},
}
TIERS = {**LOWER, **STAGES}
# the orchestration: they run the stages in order and may import any of them
TOP = {"cli", "pipeline", "check", "explain", "zipsite"}


def unit_of(module: str) -> str:
    """"generator.extract.frames" → "extract"; the partial date is a base type of its own."""
    parts = module.split(".")[1:]
    if parts[:2] == ["factsheet", "partialdate"]:
        return "factsheet.partialdate"
    return parts[0] if parts and not parts[0].startswith("__") else "__init__"


def imports(path: Path) -> set[str]:
    """Modules of the generator package that a file imports (relative imports resolved)."""
    module = ".".join(("generator", *path.relative_to(GENERATOR).with_suffix("").parts))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + [node.module]) if node.module else ".".join(base)
            if node.module is None or (not node.level and not target.startswith("generator")):
                targets = [f"{target}.{a.name}" for a in node.names] if target.startswith("generator") else []
            else:
                targets = [target]
            found.update(t for t in targets if t.startswith("generator."))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator."))
    return found


def allowed(source: str, target: str) -> bool:
    if source in TOP or source == target:
        return True
    if target in BASE:
        return source not in ("lang", "dates") or target == "__init__"
    if source in BASE:
        return target in BASE or target in ("lang", "dates") and source == "gazetteer"
    return target in TIERS.get(source, set())


def test_imports_follow_the_pipeline():
    wrong = []
    for path in sorted(GENERATOR.rglob("*.py")):
        source = unit_of(".".join(("generator", *path.relative_to(GENERATOR).with_suffix("").parts)))
        for target_module in imports(path):
            target = unit_of(target_module)
            if not allowed(source, target):
                wrong.append(f"{path.relative_to(ROOT)} ({source}) imports {target_module} ({target})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("source,target,ok", [
    ("extract", "text", True), ("text", "extract", False), ("fuse", "extract", True),
    ("extract", "fuse", False), ("site", "fuse", False), ("site", "factsheet", True),
    ("factsheet", "fuse", False), ("lang", "text", False), ("dates", "lang", True),
    ("lang", "dates", False), ("pipeline", "site", True), ("models", "extract", False),
])
def test_the_rule_itself(source, target, ok):
    assert allowed(source, target) is ok


ARABIC_LETTER = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)
# script tables of the normaliser: which code points are Arabic letters is not vocabulary
SCRIPT_TABLES = {GENERATOR / "lang" / "normalise.py"}


def arabic_literals(path: Path) -> list[str]:
    """String literals with Arabic letters, other than docstrings and schema descriptions
    (which give Arabic examples for readers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.keyword) and node.arg == "description":
            skip.update(id(n) for n in ast.walk(node.value))
    return [f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and ARABIC_LETTER.search(node.value)]


def test_no_arabic_words_in_python():
    found = [hit for path in sorted(GENERATOR.rglob("*.py")) if path not in SCRIPT_TABLES
             for hit in arabic_literals(path)]
    assert not found, "move these to generator/lang/data/*.yaml:\n" + "\n".join(found)


def test_the_literal_check_sees_a_literal(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.unit.test_layers.ROOT", tmp_path)
    code = tmp_path / "x.py"
    code.write_text('"""الوثيقة"""\nWORD = "الرئيس"\nPUNCT = "،؟"\n', encoding="utf-8")
    assert [h.split(": ", 1)[1] for h in arabic_literals(code)] == ["'الرئيس'"]
