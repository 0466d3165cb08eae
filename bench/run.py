#!/usr/bin/env python3
"""Benchmark extraction and site builds on synthetic corpora: run.py [--quick] [--sizes 1000,10000].

For each size N (default 100, 1,000 and 10,000 articles) and each of --runs runs, on a fresh
temporary copy of the project whose content/articles is bench/corpus/N-SEED:
  extraction alone with one process and with all cores; a cold `digest build` (split into
  extraction, page generation and MkDocs rendering); a plain `mkdocs build` of the same pages;
  a no-change rebuild; a rebuild after adding one article. Then, once per size: site sizes,
  the extraction score against the corpus gold, and search timing in headless Chromium.
Medians go to a JSON file and a table in bench/README.md, with the issue's targets checked.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `bench.*` importable
    sys.path.insert(0, str(ROOT))

from bench.make_corpus import default_out, generate  # noqa: E402
from bench.perf import report  # noqa: E402
from bench.perf.measure import Measured, run  # noqa: E402
from bench.perf.project import add_article, make_project, plain_project, site_stats, snapshot  # noqa: E402

PY = sys.executable
BIN = Path(sys.executable).parent
PROBE = ROOT / "bench" / "perf" / "probe.py"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
QUERIES = ["بوتين", "دمشق", "لافروف", "سوتشي", "أردوغان", "الأسد", "موسكو"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
MB = 1024 * 1024


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus(n: int, seed: int) -> Path:
    """The synthetic corpus for N articles, generated once and reused."""
    out = default_out(n, seed)
    articles = out / "articles"
    if not (out / "gold.yaml").exists() or sum(1 for _ in articles.iterdir()) != n:
        log(f"generating corpus {out.name}")
        generate(n, seed, out)
    return out


def digest(project: Path, args: list[str], dump: Path | None = None) -> tuple[Measured, dict]:
    """`digest ARGS` in a project through the probe: wall time, memory and stage times."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        probe_json = Path(tmp.name)
    cmd = [PY, str(PROBE), "--json", str(probe_json), *(["--dump", str(dump)] if dump else []), "--", *args]
    m = run(cmd, cwd=project, env=ENV)
    probe = json.loads(probe_json.read_text()) if probe_json.stat().st_size else {}
    probe_json.unlink()
    if not m.ok or probe.get("code"):
        raise RuntimeError(f"digest {' '.join(args)} failed in {project}: {probe.get('error')}\n"
                           + "\n".join(m.stderr.strip().splitlines()[-10:]))
    return m, probe


def stage(m: Measured, probe: dict) -> dict:
    t = probe["times"]
    return {"wall_s": m.seconds - t.get("dump", 0.0), "extract_s": t["extract"], "generate_s": t["plugin"],
            "render_s": t["render"], "mkdocs_s": t["mkdocs"], "import_s": t["import"],
            "cpu_s": m.cpu_s, "peak_tree_mb": m.peak_tree / MB, "peak_rss_mb": m.peak_rss / MB,
            "facts": probe.get("facts")}


def one_run(n: int, seed: int, r: int, articles: Path, work: Path, dump: Path, keep: bool) -> dict:
    """Every timed step of one run on a fresh project copy."""
    proj = make_project(articles, work / f"project-{n}-{r}", root=work / "snapshot")
    rec: dict = {}
    for label, jobs in (("extract_jobs1", 1), ("extract_all", 0)):
        out, cache = work / f"x-{label}", work / f"c-{label}"
        m, probe = digest(proj, ["extract", "-q", "--articles", str(proj / "content" / "articles"),
                                 "--out", str(out), "--cache", str(cache), "--full", "--jobs", str(jobs)])
        rec[label] = stage(m, probe)
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        log(f"  N={n} run {r + 1}: {label} {rec[label]['extract_s']:.1f} s")
    first = not (dump / "config.json").exists()
    m, probe = digest(proj, ["build", "-q"], dump=dump if first else None)
    rec["cold"] = stage(m, probe)
    log(f"  N={n} run {r + 1}: cold build {rec['cold']['wall_s']:.1f} s")
    if r == 0:
        rec["site"] = site_stats(proj / "site")
        rec["score"] = score(articles.parent / "gold.yaml", proj / "content" / "meetings", work)
    plain_cfg = plain_project(proj, dump)
    m = run([str(BIN / "mkdocs"), "build", "-q", "-f", str(plain_cfg)], cwd=proj, env=ENV).check()
    rec["plain"] = {"wall_s": m.seconds, "peak_tree_mb": m.peak_tree / MB}
    log(f"  N={n} run {r + 1}: plain mkdocs {m.seconds:.1f} s")
    rec["site_dir"] = str(proj / "site")
    m, probe = digest(proj, ["build", "-q"])
    rec["nochange"] = stage(m, probe)
    add_article(proj, seed + 1000 + r)
    m, probe = digest(proj, ["build", "-q"])
    rec["onenew"] = stage(m, probe)
    log(f"  N={n} run {r + 1}: no-change {rec['nochange']['wall_s']:.1f} s, one new {rec['onenew']['wall_s']:.1f} s")
    c = rec["cold"]
    rec["ratios"] = {
        "overhead_cold": c["wall_s"] / rec["plain"]["wall_s"],
        "overhead_warm": rec["nochange"]["wall_s"] / rec["plain"]["wall_s"],
        "nochange_fraction": rec["nochange"]["wall_s"] / c["wall_s"],
        "nochange_extract_fraction": rec["nochange"]["extract_s"] / c["extract_s"],
        "onenew_fraction": rec["onenew"]["wall_s"] / c["wall_s"],
        "onenew_extract_fraction": rec["onenew"]["extract_s"] / c["extract_s"],
    }
    if not keep and r > 0:
        shutil.rmtree(proj, ignore_errors=True)
    return rec


def score(gold: Path, sheets: Path, work: Path) -> dict | None:
    """The shared scorer's figures for the cold build's fact sheets."""
    if not SCORER.exists():
        return None
    out = work / "score.json"
    subprocess.run(["python3", str(SCORER), str(gold), str(sheets), "--json", str(out)],
                   check=True, capture_output=True)
    return json.loads(out.read_text())


def search_timing(site: Path, repeats: int) -> dict:
    """Chromium search timing; a failure is recorded, not fatal."""
    from bench.perf.search import time_search

    try:
        return time_search(site, QUERIES, repeats=repeats)
    except Exception as exc:
        log(f"  search timing failed: {exc}")
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}


def summarise(n: int, runs: list[dict], search: dict | None) -> dict:
    med = report.median_of
    cold = med(runs, "cold", "wall_s")
    jobs1, allc = med(runs, "extract_jobs1", "extract_s"), med(runs, "extract_all", "extract_s")
    cores = os.cpu_count() or 1
    return {
        "articles": n,
        "extract": {
            "jobs1": {"seconds": jobs1, "rate": n / jobs1 if jobs1 else None,
                      "rate_cpu": n / c1 if (c1 := med(runs, "extract_jobs1", "cpu_s")) else None,
                      "wall_s": med(runs, "extract_jobs1", "wall_s"),
                      "peak_mb": med(runs, "extract_jobs1", "peak_tree_mb")},
            "all": {"seconds": allc, "rate": n / allc if allc else None,
                    "rate_cpu": n / ca if (ca := med(runs, "extract_all", "cpu_s")) else None,
                    "rate_per_core": n / allc / cores if allc else None, "cores": cores,
                    "wall_s": med(runs, "extract_all", "wall_s"), "peak_mb": med(runs, "extract_all", "peak_tree_mb")},
        },
        "build": {"cold_s": cold, "per_article_s": cold / n if cold else None,
                  "cold_cpu_s": med(runs, "cold", "cpu_s"),
                  "extract_s": med(runs, "cold", "extract_s"), "generate_s": med(runs, "cold", "generate_s"),
                  "render_s": med(runs, "cold", "render_s"), "mkdocs_s": med(runs, "cold", "mkdocs_s"),
                  "peak_mb": med(runs, "cold", "peak_tree_mb"), "peak_single_mb": med(runs, "cold", "peak_rss_mb")},
        "plain_s": med(runs, "plain", "wall_s"),
        "plain_peak_mb": med(runs, "plain", "peak_tree_mb"),
        "overhead": {"cold": med(runs, "ratios", "overhead_cold"), "warm": med(runs, "ratios", "overhead_warm")},
        "rebuild": {
            "nochange_s": med(runs, "nochange", "wall_s"), "nochange_extract_s": med(runs, "nochange", "extract_s"),
            "nochange_fraction": med(runs, "ratios", "nochange_fraction"),
            "nochange_extract_fraction": med(runs, "ratios", "nochange_extract_fraction"),
            "onenew_s": med(runs, "onenew", "wall_s"), "onenew_extract_s": med(runs, "onenew", "extract_s"),
            "onenew_fraction": med(runs, "ratios", "onenew_fraction"),
            "onenew_extract_fraction": med(runs, "ratios", "onenew_extract_fraction"),
        },
        "site": runs[0].get("site"),
        "score": runs[0].get("score"),
        "search": search,
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    parser.add_argument("--runs", default="3", help="runs per size (medians are reported); one "
                        "number, or one per size: 3,3,2")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="N=100, 2 runs; README left alone")
    parser.add_argument("--no-search", action="store_true", help="skip the Chromium search timing")
    parser.add_argument("--search-repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, help="results file (default bench/results.json, "
                        "bench/out/quick.json with --quick)")
    parser.add_argument("--readme", type=Path, help="README to update (default bench/README.md; "
                        "none with --quick)")
    parser.add_argument("--no-readme", action="store_true", help="leave bench/README.md alone")
    parser.add_argument("--work", type=Path, help="folder for temporary projects (default: a new temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    args = parser.parse_args(argv)
    sizes = [100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    counts = [int(r) for r in str(args.runs).split(",")]
    if args.quick and args.runs == "3":
        counts = [2]
    runs = {n: counts[min(i, len(counts) - 1)] for i, n in enumerate(sizes)}
    json_path = args.json or ROOT / "bench" / ("out/quick.json" if args.quick else "results.json")
    readme = args.readme or (None if args.quick or args.no_readme else ROOT / "bench" / "README.md")
    work = args.work or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log(f"work folder {work}")

    result = {"machine": report.machine(),
              "settings": {"sizes": sizes, "runs": {str(n): k for n, k in runs.items()}, "seed": args.seed},
              "sizes": {}}
    shutil.rmtree(work / "snapshot", ignore_errors=True)
    snap = snapshot(work / "snapshot")
    # Every command imports `generator` from the snapshot, not from the tree being edited.
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(snap), os.environ.get("PYTHONPATH")]))

    def save() -> None:
        result["targets"] = report.targets({n: s for n, s in result["sizes"].items() if "build" in s})
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")

    try:
        for n in sizes:
            articles = corpus(n, args.seed) / "articles"
            dump = work / f"dump-{n}"
            records: list[dict] = []
            try:
                for r in range(runs[n]):
                    records.append(one_run(n, args.seed, r, articles, work, dump, args.keep))
                    result["sizes"][str(n)] = summarise(n, records, None)
                    save()  # a long run that fails later keeps what it measured
            except Exception as exc:  # report what broke and go on with the next size
                log(f"  N={n}: run failed: {exc}")
                result["sizes"].setdefault(str(n), {"articles": n})["error"] = str(exc)
            if records and not args.no_search:
                log(f"  N={n}: search timing")
                result["sizes"][str(n)]["search"] = search_timing(Path(records[0]["site_dir"]),
                                                                  args.search_repeats)
            save()
            if not args.keep:
                shutil.rmtree(work / f"project-{n}-0", ignore_errors=True)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    save()
    text = report.table(result)
    if readme:
        report.update_readme(readme, text)
    print(text)
    log(f"results in {json_path}" + (f" and {readme}" if readme else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
