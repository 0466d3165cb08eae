"""One reader of fact sheets: a sheet `digest check` refuses is refused by the site the same way.

A sheet with `date: 2015-13` was reported by `digest check` with file and line, while the
site's own loader accepted it and page generation crashed with a bare `KeyError: 13`.
"""
from __future__ import annotations

import os
import subprocess
import sys

from .tools import copy_project, run_digest

HAND_WRITTEN = "hand-written"


def _impossible_date_sheet(meetings) -> tuple[str, str]:
    """A sheet an editor wrote (no schema line, so no run removes it) with month 13; its
    message as `file:line: problem` without the folder, and the sheet it was copied from."""
    source = sorted(meetings.glob("*.yaml"))[0]
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)[1:]
    at = next(i for i, line in enumerate(lines) if line.startswith("date: "))
    lines[at] = "date: '2015-13'\n"
    text = "".join(lines).replace(f"id: {source.stem}\n", f"id: {HAND_WRITTEN}\n", 1)
    (meetings / f"{HAND_WRITTEN}.yaml").write_text(text, encoding="utf-8")
    return (f"/{HAND_WRITTEN}.yaml:{at + 1}: date: '2015-13' is not a real date; "
            "correct it (YYYY, YYYY-MM or YYYY-MM-DD)"), source.stem


def _said(output: str, message: str) -> bool:
    return any(line.endswith(message) for line in output.splitlines())


def test_an_impossible_date_is_the_same_error_for_check_build_and_mkdocs(tmp_path):
    project = copy_project(tmp_path / "project")
    message, good = _impossible_date_sheet(project / "content" / "meetings")

    check = run_digest(project, "check")
    assert check.code == 1 and _said(check.out, message), check.out

    strict = run_digest(project, "build", "--strict")
    assert strict.code != 0 and _said(strict.out, message), strict.out
    assert "problem(s) to fix" in strict.out and "Traceback" not in strict.out, strict.out
    assert not (project / "site").exists()

    default = run_digest(project, "build")
    assert default.code == 0 and _said(default.out, message), default.out
    assert "Traceback" not in default.out, default.out
    meetings = project / "site" / "meetings"
    assert (meetings / f"{good}.html").is_file() and not (meetings / f"{HAND_WRITTEN}.html").exists()

    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    mkdocs = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "plain")],
                            cwd=project, env=dict(env, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True)
    output = mkdocs.stdout + mkdocs.stderr
    assert mkdocs.returncode != 0 and _said(output, message), output   # mkdocs.yml sets strict: true
    assert "Traceback" not in output and "KeyError" not in output, output
