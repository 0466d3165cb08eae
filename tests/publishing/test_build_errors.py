"""A failing site build says why and keeps the site that was there: every warning MkDocs logs
is shown (not only "Aborted with 2 warnings in strict mode!"), the site is built beside the
old one and replaces it only when the build succeeds, and an id the site needs for its own
pages (people/index.md …) is refused by `digest check` with file and line."""
from __future__ import annotations

import re

from .tools import copy_project, run_digest


def test_each_mkdocs_warning_is_shown_and_the_old_site_stays(tmp_path):
    project = copy_project(tmp_path / "project")
    assert run_digest(project, "build", "-q").code == 0
    before = (project / "site" / "index.html").read_bytes()
    about = project / "content" / "pages" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n[أ](nowhere-one.md) [ب](nowhere-two.md)\n",
                     encoding="utf-8")
    run = run_digest(project, "build", "-q")
    assert run.code != 0, run.out
    shown = [line for line in run.out.splitlines() if line.startswith("mkdocs: WARNING")]
    assert len(shown) == 2 and "nowhere-one.md" in shown[0] and "nowhere-two.md" in shown[1], run.out
    assert "Aborted with 2 warnings in strict mode" in run.out and "left as it was" in run.out, run.out
    assert (project / "site" / "index.html").read_bytes() == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site.")]   # nothing left beside it


def test_an_id_named_like_a_page_of_the_site_is_refused_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    assert run_digest(project, "build", "-q").code == 0
    before = (project / "site" / "people" / "index.html").read_bytes()
    people = project / "content" / "gazetteer" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    line = text[: text.index("- id: vladimir-putin\n")].count("\n") + 1
    people.write_text(text.replace("- id: vladimir-putin\n", "- id: index\n"), encoding="utf-8")
    where = re.escape(f"{people}:{line}: people id 'index' is the name of the site's page listing all people")

    check = run_digest(project, "check")
    assert check.code == 1 and re.search(where, check.out), check.out
    strict = run_digest(project, "build", "--strict", "-q")
    assert strict.code != 0 and re.search(where, strict.out), strict.out
    assert (project / "site" / "people" / "index.html").read_bytes() == before
    default = run_digest(project, "build", "-q")                  # reported, and the site is built
    assert default.code == 0 and re.search(where, default.out), default.out
    assert (project / "site" / "people" / "index.html").is_file()
