"""Nothing from content is evaluated: YAML goes through safe loaders only, templates come from
files only, ids are checked before they become paths. A static guard over generator/, plus the
last line of defence when writing sheets."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import yamlio
from generator.factsheet.models import FactSheet
from generator.factsheet.writer import write_sheets

from .conftest import ROOT, SHOIGU_2016

UNSAFE = {
    r"\byaml\.(load|load_all|full_load|full_load_all|unsafe_load|unsafe_load_all)\(": "a YAML loader that is not safe",
    r"\b(FullLoader|UnsafeLoader|yaml\.Loader)\b": "a YAML loader that constructs objects",
    r"(?<![\w.])(eval|exec)\(": "evaluation of text",
    r"\.from_string\(|jinja2\.Template\(": "a template built from text",
    r"\bmarshal\.loads?\(|\bshelve\b": "unsafe deserialisation",
}


def test_no_unsafe_loading_or_evaluation_in_the_code():
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what in UNSAFE.items():
                if re.search(pattern, line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {what}: {line.strip()}")
    assert not found, "\n".join(found)
    pickles = [p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py")
               if "pickle.load" in p.read_text(encoding="utf-8")]
    assert pickles == ["generator/cache.py"], pickles     # only the tool's own cache is unpickled


@pytest.mark.parametrize("text", ["!!python/object/apply:os.system ['true']", "!!python/name:os.system",
                                  "!!python/object/new:dict {}", "!!binary aGVsbG8="])
def test_yaml_tags_construct_nothing(text):
    try:
        value = yamlio.loads(f"key: {text}\n", "t.yaml")
    except yamlio.ContentError as exc:
        assert exc.line == 1 and "constructor" in exc.message
    else:
        assert isinstance(value["key"], (str, bytes))      # plain data at most


def test_a_sheet_id_never_becomes_a_path_outside_the_folder(tmp_path):
    sheet = FactSheet.model_validate(yamlio.load(ROOT / "content" / "meetings" / f"{SHOIGU_2016}.yaml"))
    for bad in ("../escaped", "a/b", "..", "/etc/passwd", "UPPER", "x" * 200 + "/.."):
        hostile = sheet.model_copy(update={"id": bad})          # skips validation on purpose
        with pytest.raises(ValueError, match="unsafe fact sheet id"):
            write_sheets([hostile], tmp_path / "out", ROOT / "schema" / "fact-sheet.schema.json")
    assert not any(p for p in tmp_path.rglob("*") if p.is_file())
