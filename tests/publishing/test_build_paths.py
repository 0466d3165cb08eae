"""`digest build` on other folders builds the site from what that run wrote and read.

The command line and the MkDocs plugin once kept the project's paths apart: `digest build
--articles ONE --out X` wrote one sheet to X and published the site of content/meetings.
"""
from __future__ import annotations

import json
import shutil

from .tools import copy_project, run_digest

ALONE = "002_5f7e890db0b4e860"   # the only report of its meeting


def test_build_on_other_folders_publishes_the_sheets_that_run_wrote(tmp_path):
    project = copy_project(tmp_path / "project")
    committed = {p.name: p.read_bytes() for p in (project / "content" / "meetings").glob("*.yaml")}
    articles = tmp_path / "one"
    articles.mkdir()
    shutil.copy(next((project / "content" / "articles").glob(f"{ALONE}.*")), articles)
    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(project / "content" / "gazetteer", gazetteer)
    people = gazetteer / "people.yaml"
    text = people.read_text(encoding="utf-8")
    assert "latin: Bashar al-Assad\n" in text
    people.write_text(text.replace("latin: Bashar al-Assad\n", "latin: Bashar Elsewhere\n"),
                      encoding="utf-8")
    out, site = tmp_path / "x", tmp_path / "x-site"

    run = run_digest(project, "build", "--articles", str(articles), "--out", str(out),
                     "--gazetteer", str(gazetteer), "--site-dir", str(site))
    assert run.code == 0, run.out
    written = sorted(p.stem for p in out.glob("*.yaml"))
    assert len(written) == 1, written
    assert sorted(p.stem for p in (site / "meetings").glob("*.html")) == written
    listed = json.loads((site / "data" / "meetings.json").read_text(encoding="utf-8"))["meetings"]
    assert [m["id"] for m in listed] == written
    assert "Bashar Elsewhere" in (site / "people" / "bashar-al-assad.html").read_text(encoding="utf-8")
    assert {p.name: p.read_bytes() for p in (project / "content" / "meetings").glob("*.yaml")} == committed
    assert not (project / "site").exists()
