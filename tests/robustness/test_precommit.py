"""`digest check` as a pre-commit hook: the hook definition, and a check fast enough to run on
every commit (all validations, no site build)."""
from __future__ import annotations

import re
import shutil
import time

from click.testing import CliRunner

from generator import yamlio
from generator.cli import main

from .conftest import ROOT


def test_the_hook_runs_digest_check_on_content_changes():
    hooks = yamlio.load(ROOT / ".pre-commit-hooks.yaml")
    hook = next(h for h in hooks if h["id"] == "digest-check")
    assert hook["entry"] == "digest check" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert files.search("content/articles/d01.txt") and files.search("content/corrections/x.yaml")
    assert not files.search("generator/cli.py") and not files.search("docs/content/x.md")


def test_digest_check_on_the_demo_content_is_quick_and_clean(tmp_path, monkeypatch):
    """A copy of the demo project, checked twice: without and with the extraction cache."""
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        result = CliRunner().invoke(main, ["check"])
        times.append(time.perf_counter() - t0)
        assert result.exit_code == 0, result.output
        assert "0 problem(s)" in result.output
    print(f"digest check: {times[0]:.2f} s without cache, {times[1]:.2f} s with it")
    assert times[1] < 30, times               # generous: CI machines are slow and shared
