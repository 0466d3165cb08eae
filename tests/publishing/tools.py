"""Shared by the publishing tests: external tools, project copies and `digest` runs."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What a copy of the project leaves out: tooling, outputs, caches and other people's trees.
TOP_LEVEL_SKIPPED = {".git", ".github", ".venv", "site", "site.zip", ".digest-cache", ".cache", ".pytest_cache",
                     ".mypy_cache", ".hypothesis", "node_modules", "test-results", "bench", "scratch", "tests",
                     "docs"}


def _skipped(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n == "__pycache__" or n.endswith(".egg-info")}
    if Path(folder) == ROOT:
        skipped |= TOP_LEVEL_SKIPPED.intersection(names)
    return skipped


SUMMARY = re.compile(r"(\d+) articles \((\d+) read, (\d+) from cache\), (\d+) fact sheets")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_tool(name: str, install: str) -> str:
    """The tool's path; a skip with the reason locally, a failure in CI (CI=true)."""
    beside_python = Path(sys.executable).parent / name   # .venv/bin when PATH lacks it
    path = str(beside_python) if beside_python.exists() else shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed ({install})"
    if in_ci():
        pytest.fail(f"{reason}; CI must have it", pytrace=False)
    pytest.skip(reason)


def copy_project(dest: Path) -> Path:
    """A copy of the project's content and configuration, with no cache and no site."""
    shutil.copytree(ROOT, dest, ignore=_skipped)
    return dest


def digest_command() -> list[str]:
    # The console script, not `python -m generator.cli`: with -m the copy's own folder would
    # come first on sys.path.
    script = Path(sys.executable).parent / "digest"
    return [str(script)] if script.exists() else [shutil.which("digest") or "digest"]


@dataclass
class Run:
    code: int
    out: str
    articles: int = -1
    read: int = -1
    cached: int = -1


def run_digest(project: Path, *args: str, env: dict[str, str] | None = None,
               prefix: list[str] | None = None, timeout: float = 300) -> Run:
    """Run `digest ARGS` in a project folder and read its summary line."""
    environ = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environ.update(env or {})
    proc = subprocess.run([*(prefix or []), *digest_command(), *args], cwd=project, env=environ,
                          capture_output=True, text=True, timeout=timeout)
    run = Run(proc.returncode, proc.stdout + proc.stderr)
    match = SUMMARY.search(run.out)
    if match:
        run.articles, run.read, run.cached = (int(g) for g in match.groups()[:3])
    return run
