"""The benchmark's helpers: measuring a command, the plain-MkDocs twin, targets and the README table.
No timing is asserted here; the benchmark itself checks the targets."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.perf import report  # noqa: E402
from bench.perf.measure import run  # noqa: E402
from bench.perf.project import plain_project, site_stats  # noqa: E402


def test_run_reports_exit_code_output_and_memory():
    m = run([sys.executable, "-c", "import sys; x = bytearray(30 * 2**20); print('ok'); sys.exit(3)"])
    assert m.returncode == 3 and m.stdout.strip() == "ok"
    assert m.peak_rss > 30 * 2**20 and m.peak_tree >= m.peak_rss


def test_plain_project_inherits_and_lists_generated_pages(tmp_path):
    project = tmp_path / "p"
    (project / "content" / "pages").mkdir(parents=True)
    (project / "content" / "pages" / "about.md").write_text("# about\n")
    (project / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - search\n  - digest:\n      latest: 3\n"
                                        "nav:\n  - index.md\n  - years/index.md\n")
    dump = tmp_path / "dump"
    for page in ("index.md", "years/index.md", "years/2018.md", "meetings/m1.md"):
        (dump / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (dump / "docs" / page).write_text("# page\n")
    (dump / "config.json").write_text(json.dumps({
        "extra_css": ["assets/digest.css"], "extra": {"generator": False}, "palette": None,
        "not_in_nav": ["years/2018.md", "meetings/m1.md"]}))
    cfg = yaml.safe_load(plain_project(project, dump).read_text())
    assert cfg["INHERIT"] == "mkdocs.yml" and cfg["plugins"] == ["search"]
    assert set(cfg["not_in_nav"].split("\n")) == {"/years/", "/meetings/", "!/index.md", "!/years/index.md"}
    assert (project / "plain_docs" / "meetings" / "m1.md").exists()
    assert (project / "plain_docs" / "about.md").exists()


def test_site_stats_counts_meeting_pages_and_index(tmp_path):
    (tmp_path / "meetings").mkdir()
    (tmp_path / "search").mkdir()
    for i, size in enumerate((100, 300, 200)):
        (tmp_path / "meetings" / f"m{i}.html").write_bytes(b"x" * size)
    (tmp_path / "search" / "search_index.json").write_bytes(b'{"docs": []}' * 100)
    stats = site_stats(tmp_path)
    assert stats["meeting_pages"] == 3 and stats["meeting_page_median_bytes"] == 200
    assert 0 < stats["search_index_gzip_bytes"] < stats["search_index_bytes"] == 1200


def test_targets_and_readme_block(tmp_path):
    size = {"build": {"per_article_s": 0.01, "peak_mb": 900.0, "cold_s": 100.0, "extract_s": 1.0,
                      "generate_s": 1.0, "render_s": 1.0},
            "extract": {"jobs1": {"rate": 350.0}, "all": {"rate": 600.0}}, "plain_s": 50.0,
            "overhead": {"cold": 2.0}, "rebuild": {"nochange_extract_fraction": 0.01, "onenew_extract_fraction": None},
            "site": {"meeting_page_median_bytes": 2048, "search_index_gzip_bytes_per_meeting": 900.0},
            "search": {"first_results_s": 1.5}}
    result = {"machine": {"date": "d", "cpu": "c", "cores": 2, "memory_gb": 1, "python": "3", "mkdocs": "1",
                          "mkdocs-material": "9", "commit": "abc", "dirty": False},
              "settings": {"runs": 1, "seed": 1}, "sizes": {"100": size, "1000": size, "10000": size}}
    result["targets"] = report.targets(result["sizes"])
    by_name = {t["target"]: t["ok"] for t in result["targets"]}
    assert by_name["generator overhead: digest build ÷ plain mkdocs build"] is False
    assert by_name["extraction, articles per second per core (1 process)"] is True
    assert by_name["one new article: extraction ÷ cold extraction"] is None
    readme = tmp_path / "README.md"
    readme.write_text(f"# B\n\n{report.START}\nold\n{report.END}\n\ntail\n")
    report.update_readme(readme, report.table(result))
    text = readme.read_text()
    assert "\nold\n" not in text and "| 10,000 |" in text and text.endswith("tail\n")
