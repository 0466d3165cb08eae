"""`digest build --strict` stops CI on what an editor must fix; the default build reports it and goes on."""
from __future__ import annotations

from .tools import copy_project, run_digest


def test_strict_fails_where_the_default_build_reports_and_goes_on(tmp_path):
    """An undecodable article and a correction of an unknown meeting: fatal only with --strict."""
    project = copy_project(tmp_path / "project")
    (project / "content" / "articles" / "scan.txt").write_bytes(bytes(range(256)) * 16)
    (project / "content" / "corrections" / "typo.yaml").write_text(
        "- meeting: no-such-meeting\n  date: \"2021\"\n", encoding="utf-8")

    strict = run_digest(project, "build", "--strict")
    assert strict.code != 0 and "problem(s) to fix" in strict.out, strict.out
    assert "scan.txt" in strict.out and "typo.yaml:1" in strict.out, strict.out
    assert not (project / "site").exists()          # nothing half-built to publish

    default = run_digest(project, "build")
    assert default.code == 0, default.out
    assert "scan.txt" in default.out and "no-such-meeting" in default.out, default.out
    assert (project / "site" / "index.html").is_file()
