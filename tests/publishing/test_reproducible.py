"""Two builds of the same content, a day apart on two "machines", give the same bytes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .tools import copy_project, require_tool, run_digest

# Two machines: other folders, clocks a day apart, other time zones, hash seeds and process
# counts. Neither has SOURCE_DATE_EPOCH: `digest build` must take its dates from the content.
MACHINES = [
    {"clock": "2031-03-04 23:30:00", "env": {"TZ": "UTC", "PYTHONHASHSEED": "1"}, "jobs": "1"},
    {"clock": "2031-03-05 23:30:00", "env": {"TZ": "JST-9", "PYTHONHASHSEED": "2"}, "jobs": "2"},
]


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted({k for k in a.keys() | b.keys() if a.get(k) != b.get(k)})


@pytest.mark.slow
def test_two_builds_a_day_apart_are_byte_identical(tmp_path):
    """Sheets, every file of the site and site.zip are identical; the clock never leaks in."""
    faketime = require_tool("faketime", "apt-get install faketime")
    trees = []
    for n, machine in enumerate(MACHINES):
        project = copy_project(tmp_path / f"machine{n}")
        run = run_digest(project, "build", "--zip", "--jobs", machine["jobs"], env=machine["env"],
                         prefix=[faketime, machine["clock"]])
        assert run.code == 0, run.out
        tree = {f"site/{k}": v for k, v in files(project / "site").items()}
        tree |= {f"content/{k}": v for k, v in files(project / "content").items()}
        tree["site.zip"] = (project / "site.zip").read_bytes()
        trees.append(tree)
    assert len(trees[0]) > 20 and any(k.startswith("content/meetings/") for k in trees[0])
    assert differences(*trees) == [], "these files differ between the two builds"


def test_faketime_moves_the_clock_of_the_whole_build(tmp_path):
    """A control: under faketime, a Python child process (like a build worker) sees the fake date."""
    faketime = require_tool("faketime", "apt-get install faketime")
    code = ("import datetime, multiprocessing as mp\n"
            "def day(_): return datetime.date.today().isoformat()\n"
            "if __name__ == '__main__':\n"
            "    with mp.get_context('spawn').Pool(1) as pool: print(day(0), pool.map(day, [0])[0])\n")
    script = tmp_path / "clock.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([faketime, "2031-03-04 12:00:00", sys.executable, str(script)],
                         capture_output=True, text=True, timeout=60).stdout.split()
    assert out == ["2031-03-04", "2031-03-04"]
