"""Everyday slips of editors and machines that used to lose or corrupt fact sheets quietly:
a stray byte in a UTF-8 article, an HTML page with no date of its own, a publication date
in the future, a copy of a sheet under another name, a tight umask, a crashed `digest serve`
re-extraction and worker processes left behind by `kill -9`."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import yamlio
from generator.cli import watch

from .conftest import MOSCOW, ROOT, SEEDS, SHOIGU_2016, Project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def sheet_with(run, article: str) -> dict:
    for path in sorted(run.out.glob("*.yaml")):
        data = yamlio.load(path)
        if any(s["article"] == article for s in data["sources"]):
            return data
    raise AssertionError(f"no sheet from {article}\n{run.output}")


def test_a_stray_byte_in_a_utf8_article_is_replaced_and_located(proj: Project, good_sheets):
    path = proj.articles / f"{SEEDS[1]}.txt"
    data = path.read_bytes()
    cut = data.index("\n".encode()) + 1          # the start of the second line: a character boundary
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    run = proj.extract("--strict")
    assert run.code == 0, run.output              # the text is read; nothing for --strict to refuse
    said = run.lines(f"{path}:2: 1 byte(s) that are not UTF-8 (at byte offset {cut})")
    assert said and "re-save the file as UTF-8" in said[0], run.output
    assert not run.lines("no meeting found"), run.output
    assert run.sheets() == good_sheets            # its meeting is there, not lost to cp1256 mojibake
    assert sheet_with(run, SEEDS[1])["date"] == "2017-09-12"


PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>الأسد يلتقي شويغو في دمشق</title>
</head><body><article><h1>الأسد يلتقي وزير الدفاع الروسي في دمشق</h1>
<p>التقى الرئيس السوري بشار الأسد وزير الدفاع الروسي سيرغي شويغو في دمشق، وبحث الجانبان التعاون
العسكري بين البلدين. وجاء اللقاء بعد اتفاق وُقِّع في 2015-09-30 بين وزارتي الدفاع في البلدين.</p>
</article></body></html>
"""


def test_an_html_page_without_date_metadata_gets_no_publication_date(proj: Project, good_sheets):
    proj.article("page.html", PAGE)
    run = proj.extract()
    assert run.code == 0, run.output
    source = next(s for s in sheet_with(run, "page")["sources"] if s["article"] == "page")
    assert "published" not in source, source          # 2015-09-30 is a date in the text, not of the page


FUTURE = """---
title: الأسد يلتقي شويغو في دمشق
published: 2099-12-31
---
الأسد يلتقي وزير الدفاع الروسي في دمشق

التقى الرئيس السوري بشار الأسد اليوم في دمشق وزير الدفاع الروسي سيرغي شويغو، وبحثا التعاون العسكري.
"""


def test_a_publication_date_in_the_future_is_flagged_and_must_be_fixed(proj: Project, good_sheets):
    path = proj.article("future.md", FUTURE)
    run = proj.extract()
    assert run.code == 0, run.output
    review = sheet_with(run, "future")["review"]
    assert review["needed"] and "publication date in the future: 2099-12-31" in review["reasons"], review
    strict = proj.extract("--strict")
    said = strict.lines(f"{path}:3: published 2099-12-31 is after today")
    assert strict.code != 0 and said and "correct the date" in said[0], strict.output


def test_a_copy_of_a_sheet_under_another_name_is_left_and_reported(proj: Project, good_sheets):
    first = proj.extract()
    copy = first.out / "moscow-backup.yaml"
    copy.write_bytes((first.out / f"{MOSCOW}.yaml").read_bytes())
    run = proj.extract()
    assert run.code == 0 and copy.is_file(), run.output          # never deleted without a word
    said = run.lines(f"{copy}:2: id {MOSCOW!r} differs from the file name")
    assert said and f"rename it to {MOSCOW}.yaml" in said[0], run.output
    assert proj.extract("--strict").code != 0
    check = proj.check()
    assert check.code == 1 and check.lines(f"{copy}:"), check.output


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_sheets_get_the_permissions_of_the_umask(proj: Project, good_sheets, umask, mode):
    old = os.umask(umask)
    try:
        run = proj.extract()
        sheet = run.out / f"{SHOIGU_2016}.yaml"
        sheet.write_text(sheet.read_text(encoding="utf-8") + "# an editor's note\n", encoding="utf-8")
        again = proj.extract("--full")                             # the edited sheet is rewritten
    finally:
        os.umask(old)
    assert again.code == 0 and "1 written" in again.output, again.output
    assert {p.name: p.stat().st_mode & 0o777 for p in run.out.glob("*.yaml")} == \
        {name: mode for name in good_sheets}


def test_serve_keeps_watching_after_any_error(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    calls: list[int] = []
    said: list[str] = []

    def rerun() -> None:
        calls.append(len(calls))
        if len(calls) == 1:
            raise MemoryError("a bad article")
        if len(calls) == 2:
            raise RuntimeError("a bug")

    def edit(_: float) -> None:                                    # an editor saves a file each round
        (folder / f"a{len(said) + len(calls)}.txt").write_text("x", encoding="utf-8")

    watch([folder], rerun, said.append, sleep=edit, rounds=3)
    assert calls == [0, 1, 2], said                                # it went on after both errors
    assert len(said) == 2 and "MemoryError" in said[0] and "RuntimeError" in said[1], said
    assert all("still watching" in line for line in said)


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_worker_processes_end_when_the_run_is_killed(tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "extract", "--articles",
                             str(ROOT / "content" / "articles"), "--out", str(out), "--cache", str(cache),
                             "--full", "--quiet", "--jobs", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        for _ in range(600):                                       # until its pool has started
            workers = _children(proc.pid)
            if len(workers) >= 2 or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert len(workers) >= 2, "the run finished before its pool started"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for _ in range(600):                                       # wait for them, up to a minute
            if not any(_alive(w) for w in workers):
                break
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "workers outlived the killed run"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
