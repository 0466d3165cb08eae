"""UI labels are checked where they are loaded; dates read as Arabic readers write them."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from generator.factsheet.partialdate import PartialDate
from generator.site.datefmt import DateFormatter
from generator.site.labels import LABELS_FILE, load_labels, plural_form
from generator.yamlio import ContentError


@pytest.fixture(scope="module")
def labels():
    return load_labels()


@pytest.mark.parametrize("style,expected", [
    ("levantine", "السبت، 18 حزيران 2016"),
    ("egyptian", "السبت، 18 يونيو 2016"),
    ("both", "السبت، 18 حزيران/يونيو 2016"),
])
def test_day_dates_in_each_style_with_weekday(labels, style, expected):
    assert DateFormatter.from_file(labels, style).format(PartialDate.parse("2016-06-18")) == expected


@pytest.mark.parametrize("value,expected", [
    ("2016-06", "حزيران 2016"), ("2016", "2016"), (None, "تاريخ غير معروف"),
])
def test_coarse_dates_are_shown_as_coarse(labels, value, expected):
    date = PartialDate.parse(value) if value else None
    assert DateFormatter.from_file(labels, "levantine").format(date) == expected


def test_weekday_comes_from_the_calendar_not_the_sheet(labels):
    dates = DateFormatter.from_file(labels, "egyptian")
    assert dates.format(PartialDate.parse("2021-09-13")).startswith("الاثنين")
    assert dates.format(PartialDate.parse("2021-09-13"), weekday=False) == "13 سبتمبر 2021"


def test_unknown_style_is_refused(labels):
    with pytest.raises(ValueError):
        DateFormatter.from_file(labels, "gulf")


@pytest.mark.parametrize("n,form", [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"),
                                    (11, "many"), (99, "many"), (100, "other"), (102, "other"),
                                    (103, "few"), (111, "many")])
def test_arabic_plural_forms(n, form):
    assert plural_form(n) == form


def test_counts_read_naturally(labels):
    assert labels.count("meeting", 1) == "لقاء واحد"
    assert labels.count("meeting", 2) == "لقاءان"
    assert labels.count("meeting", 5) == "5 لقاءات"
    assert labels.count("meeting", 15) == "15 لقاءً"


def test_review_reasons_are_translated_when_known(labels):
    assert labels.review_reason("no place found") == "لم يُعثر على مكان اللقاء"
    assert labels.review_reason("place not in the gazetteer: X").endswith(": X")
    # an unknown reason reads as the neutral fallback, never in the extractor's English
    assert labels.review_reason("something new") == labels.review_reasons.fallback
    assert labels.review_reason("sources disagree on date, place") == "تختلف المصادر في: التاريخ، المكان"


def _broken_copy(tmp_path, old: str, new: str):
    path = tmp_path / "labels.yaml"
    shutil.copy(LABELS_FILE, path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_wrong_placeholder_names_file_and_line(tmp_path):
    path = _broken_copy(tmp_path, 'title: "لقاءات عام {year}"', 'title: "لقاءات عام {yaer}"')
    with pytest.raises(ContentError) as err:
        load_labels(path)
    line = next(i for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "{yaer}" in t)
    assert err.value.line == line and "year.title" in err.value.message


def test_a_missing_label_is_an_error(tmp_path):
    path = _broken_copy(tmp_path, "  sources_list: المصادر\n", "")
    with pytest.raises(ContentError) as err:
        load_labels(path)
    assert "sources_list" in err.value.message


# ------------------------------------------------------------------ machine words in Arabic

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
RULE_SOURCES = [GENERATOR / "extract" / "dating.py", *sorted((GENERATOR / "dates").glob("*.py")),
                *sorted((GENERATOR / "fuse").glob("*.py"))]
HOLE = "\0"


def _text(node: ast.AST, holes: bool = True) -> str | None:
    """A string constant, or an f-string with each {…} as a hole."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "prefix " + ", ".join(...)
        left = _text(node.left)
        return left + HOLE if left is not None else None
    return None


def _defaults(tree: ast.AST) -> set[str]:
    """Constants an f-string falls back on inside its braces ({ref or 'publication date'})."""
    return {v.value for node in ast.walk(tree) if isinstance(node, ast.FormattedValue)
            and isinstance(node.value, ast.BoolOp)
            for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)}


def emitted_rules() -> set[str]:
    """Every date rule the extraction can write on a sheet, read from its source: rule=…,
    (sentence, rule) appended to an evidence list, YearHint(…, rule), what `_rule` returns,
    the values of RULES and the rules settings.yaml gives a confidence for. Holes stand for {…}."""
    found: set[str] = set()
    for path in RULE_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "rule" and _text(kw.value) is not None:
                        found.add(_text(kw.value))
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "YearHint" and len(node.args) >= 3 and _text(node.args[2]) is not None:
                    found.add(_text(node.args[2]))
                if (name == "append" and isinstance(func, ast.Attribute)
                        and getattr(func.value, "attr", getattr(func.value, "id", "")).endswith("evidence")
                        and node.args and isinstance(node.args[0], ast.Tuple)
                        and _text(node.args[0].elts[-1]) is not None):
                    found.add(_text(node.args[0].elts[-1]))
            if isinstance(node, ast.FunctionDef) and node.name == "_rule":
                found |= {_text(r.value) for r in ast.walk(node)
                          if isinstance(r, ast.Return) and _text(r.value) is not None}
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                target = getattr(node.targets[0], "id", "")
                if target == "RULES":
                    found |= {_text(v) for v in node.value.values if _text(v) is not None}
    # the date rules fusion knows a confidence for (settings.yaml, fuse.rule_confidence)
    from generator.lang import load_language
    found |= set(load_language().settings.fuse.rule_confidence)
    return found


def _published_rules() -> set[str]:
    """What a sheet may give as the article's own date ("date line", "front matter" …): every
    constant assigned to `published_rule` in the generator, and the f-string's default."""
    out: set[str] = set()
    for path in GENERATOR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out |= _defaults(tree) if path.name == "dating.py" else set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                targets = target.elts if isinstance(target, ast.Tuple) else [target]
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                for t, v in zip(targets, values) if len(targets) == len(values) else ():
                    if getattr(t, "attr", "") == "published_rule" and _text(v, False):
                        out.add(v.value)
    return out


def placeholder_values() -> dict[str, set[str]]:
    """What each {placeholder} of the rule labels can stand for."""
    from generator.lang import load_language

    return {"era": {era.id for era in load_language().dates.eras}, "reference": _published_rules()}


def test_every_date_rule_the_extractor_writes_has_an_arabic_label(labels):
    rules = emitted_rules()
    assert {"explicit", "weekday", "relative day + published", "editor correction",
            f"year from era start ({HOLE})", f"shortly before the {HOLE}"} <= rules  # the reader works
    values = placeholder_values()
    assert "syrian-conflict" in values["era"] and {"date line", "publication date"} <= values["reference"]
    missing = []
    for rule in sorted(rules):
        if HOLE not in rule:
            if not labels.evidence_rules.knows(rule):
                missing.append(rule)
            continue
        # the label key with a placeholder that this rule fills, then every value it can take
        keys = [(name, key) for pattern, name, key in labels.evidence_rules.patterns
                if pattern.fullmatch(rule.replace(HOLE, "x"))]
        if not keys:
            missing.append(rule)
            continue
        for value in sorted(values[keys[0][0]]):
            if not labels.evidence_rules.knows(rule.replace(HOLE, value)):
                missing.append(rule.replace(HOLE, value))
    assert not missing, f"date rules without an Arabic label in labels.yaml: {missing}"
    for rule in [*labels.evidence_rules.names, "a rule nobody wrote yet"]:
        assert not re.search(r"[A-Za-z]", labels.evidence_rule(rule.replace("{era}", "x"))), rule


def emitted_reasons() -> set[str]:
    """Every review reason fusion can write: what is appended to `reasons` in fuse/."""
    found = set()
    for path in sorted((GENERATOR / "fuse").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "append" and getattr(node.func.value, "id", "") == "reasons"
                    and node.args):
                arg = node.args[0]
                for value in [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]:
                    if _text(value) is not None:
                        found.add(_text(value))
    return found


def test_every_review_reason_fusion_writes_reads_in_arabic(labels):
    reasons = emitted_reasons()
    assert "no place found" in reasons and len(reasons) >= 8
    fields = {"date, place", "date"}
    missing = []
    for reason in sorted(reasons):
        if reason == f"date known only to the {HOLE}":
            samples = [reason.replace(HOLE, p) for p in ("month", "year")]
        elif reason.startswith("sources disagree"):
            samples = [reason.replace(HOLE, f) for f in fields]
        else:
            samples = [reason.replace(HOLE, "دمشق")]
        for sample in samples:
            shown = labels.review_reason(sample)
            if shown == labels.review_reasons.fallback or re.search(r"[A-Za-z]", shown):
                missing.append(sample)
    assert not missing, f"review reasons without Arabic in labels.yaml: {missing}"
