"""`digest extract` killed with SIGKILL at random moments never leaves a damaged fact sheet.

The out folder starts with the sheets of an earlier state of the articles (some sheets will
change, one is new, one goes away). After every kill, each sheet on disk must parse and be
byte for byte either its old or its new version; a later normal run must give exactly what a
clean, uninterrupted run gives. Half of the kills are timed to land while sheets are being
written (the folder is watched for the first write), the others anywhere in the run; some runs
use one process, others a process pool. The random generator is seeded: failures reproduce.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import yamlio

from .conftest import ROOT

pytestmark = pytest.mark.slow

KILLS = 24
SEED = 20240917
DIGEST = [sys.executable, "-m", "generator.cli"]
GONE_IN_NEW = "d12"          # its meeting's sheet is removed by the new run
NEW_ONLY = 8                 # the last articles (by name) are added by the new run


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.yaml")}


def _command(articles: Path, out: Path, cache: Path, jobs: int) -> list[str]:
    return [*DIGEST, "extract", "--articles", str(articles), "--out", str(out), "--cache", str(cache),
            "--full", "--quiet", "--jobs", str(jobs)]


def _run(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - t0


def _writing(out: Path, before: dict[str, int]) -> bool:
    """True once the run has started writing: a temporary file or a changed sheet."""
    with os.scandir(out) as entries:
        for e in entries:
            try:
                if e.name.endswith(".tmp") or before.get(e.name) != e.stat().st_mtime_ns:
                    return True
            except FileNotFoundError:   # removed by the run (a stale sheet, a renamed temporary)
                return True
    return False


def _check_state(out: Path, old: dict[str, bytes], new: dict[str, bytes], when: str) -> None:
    for path in sorted(out.iterdir()):
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            continue                          # a temporary file of the killed write; removed next run
        assert path.suffix == ".yaml", f"{when}: unexpected file {path.name}"
        data = path.read_bytes()
        yamlio.loads(data.decode("utf-8"), path)          # parses
        assert data in (old.get(path.name), new.get(path.name)), \
            f"{when}: {path.name} is neither its old nor its new version ({len(data)} bytes)"


def test_sigkill_at_random_moments_never_damages_a_sheet(tmp_path):
    names = sorted(p for p in (ROOT / "content" / "articles").iterdir() if not p.name.startswith("."))
    articles, old_articles = tmp_path / "articles", tmp_path / "old-articles"
    articles.mkdir()
    old_articles.mkdir()
    for p in names:
        if p.stem != GONE_IN_NEW:
            shutil.copy(p, articles)
    for p in names[:-NEW_ONLY]:
        shutil.copy(p, old_articles)
    cache = tmp_path / "cache"

    old_dir = tmp_path / "old"
    _run(_command(old_articles, old_dir, cache, 1))
    clean = tmp_path / "clean"
    shutil.copytree(old_dir, clean)
    duration = _run(_command(articles, clean, cache, 1))
    old, new = _snapshot(old_dir), _snapshot(clean)
    assert set(old) - set(new) and set(new) - set(old) and any(old[k] != new[k] for k in set(old) & set(new))

    out = tmp_path / "out"
    shutil.copytree(old_dir, out)
    rng = random.Random(SEED)
    kills = in_writes = attempts = 0
    while kills < KILLS:
        attempts += 1
        # (on a loaded machine a run's length swings, and a kill timed from the clean run's length
        # may come after the run ended: what counts is KILLS kills, however many runs it takes)
        assert attempts < KILLS * 6, f"only {kills} of {attempts} runs could be killed before they ended"
        jobs = 1 if attempts % 2 else 4
        before = {e.name: e.stat().st_mtime_ns for e in os.scandir(out)}
        proc = subprocess.Popen(_command(articles, out, cache, jobs), cwd=ROOT, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if attempts % 2:                  # anywhere in the run
                time.sleep(rng.uniform(0.05, 1.1) * duration)
            else:                             # while sheets are being written
                deadline = time.monotonic() + 10 * duration + 10
                while proc.poll() is None and not _writing(out, before) and time.monotonic() < deadline:
                    time.sleep(0.0005)
                time.sleep(rng.uniform(0.0, 0.02))
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)     # the run and its worker processes
            proc.wait()
        if proc.returncode == -signal.SIGKILL:
            kills += 1
            in_writes += _writing(out, before)
        when = f"after run {attempts} ({'killed' if proc.returncode < 0 else 'finished'})"
        _check_state(out, old, new, when)
        if attempts % 4 == 0:                 # the next run finishes the job
            _run(_command(articles, out, cache, jobs))
            assert _snapshot(out) == new, f"{when}: the run after the kill differs from a clean run"
            assert not [p for p in out.iterdir() if p.suffix != ".yaml"]
            shutil.rmtree(out)
            shutil.copytree(old_dir, out)
    _run(_command(articles, out, cache, 1))
    assert _snapshot(out) == new
    assert not [p for p in out.iterdir() if p.suffix != ".yaml"], "temporary files left behind"
    print(f"{kills} kills in {attempts} runs, {in_writes} while sheets were being written")
    assert in_writes >= KILLS // 4, f"only {in_writes} kills landed while sheets were written"
