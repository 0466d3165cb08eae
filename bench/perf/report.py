"""Benchmark results: machine facts, medians over runs, targets, and the table in bench/README.md."""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import subprocess
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START, END = "<!-- results:start -->", "<!-- results:end -->"
MB = 1024 * 1024


def machine() -> dict:
    """CPU, cores, memory, OS and tool versions, with the commit being measured."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)

    def git(*args: str) -> str:
        try:  # read-only git commands: what is being measured
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""

    versions = {}
    for pkg in ("mkdocs", "mkdocs-material", "playwright"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem / 1024 ** 3, 1),
            "os": platform.platform(), "python": platform.python_version(), **versions,
            "commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain")),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def median_of(runs: list[dict], *path: str) -> float | None:
    """Median of a value found at `path` in each run's record (runs that lack it are skipped)."""
    values = []
    for run in runs:
        node = run
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, (int, float)):
            values.append(node)
    return statistics.median(values) if values else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def targets(sizes: dict) -> list[dict]:
    """The issue's targets, checked against the largest sizes measured."""
    def at(n: int, *path: str):
        node = sizes.get(str(n))
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    ns = sorted(int(n) for n in sizes)
    big = ns[-1] if ns else None
    out = []

    def add(name: str, value, limit: float, better: str, where: str) -> None:
        ok = None if value is None else (value <= limit if better == "max" else value >= limit)
        out.append({"target": name, "value": value, "limit": limit, "kind": better, "at": where, "ok": ok})

    if 1000 in ns and 10000 in ns:
        add("build time per article, N=10,000 ÷ N=1,000", _ratio(at(10000, "build", "per_article_s"),
            at(1000, "build", "per_article_s")), 1.2, "max", "10000 vs 1000")
    if big:
        rate = at(big, "extract", "jobs1", "rate")
        add("extraction, articles per second per core (1 process)", rate, 300, "min", str(big))
        add("generator overhead: digest build ÷ plain mkdocs build", at(big, "overhead", "cold"), 1.3, "max",
            str(big))
        add("no-change rebuild: digest build ÷ cold digest build", at(big, "rebuild", "nochange_fraction"),
            0.15, "max", str(big))
        add("one new article: digest build ÷ cold digest build", at(big, "rebuild", "onenew_fraction"),
            0.20, "max", str(big))
        add("no-change rebuild: extraction ÷ cold extraction", at(big, "rebuild", "nochange_extract_fraction"),
            0.05, "max", str(big))
        add("one new article: extraction ÷ cold extraction", at(big, "rebuild", "onenew_extract_fraction"),
            0.10, "max", str(big))
        add("search index, gzip bytes per meeting", at(big, "site", "search_index_gzip_bytes_per_meeting"),
            1536, "max", str(big))
    if 100 in ns and 10000 in ns:
        small = at(100, "site", "meeting_page_median_bytes")
        large = at(10000, "site", "meeting_page_median_bytes")
        change = abs(large / small - 1) if small and large else None
        add("meeting page HTML, |N=10,000 ÷ N=100 − 1|", change, 0.10, "max", "10000 vs 100")
    if 10000 in ns:
        add("first search results after load, s", at(10000, "search", "first_results_s"), 2.0, "max", "10000")
        peak = at(10000, "build", "peak_mb")
        add("peak memory of digest build, MB", peak, 2048, "max", "10000")
    return out


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def table(result: dict) -> str:
    """The short Markdown summary that goes into bench/README.md."""
    m = result["machine"]
    runs = result["settings"]["runs"]
    runs_text = ", ".join(f"{int(n):,}: {k}" for n, k in runs.items()) if isinstance(runs, dict) else str(runs)
    lines = [f"Measured {m['date']} on {m['cpu']} ({m['cores']} cores, {m['memory_gb']} GB), "
             f"Python {m['python']}, MkDocs {m['mkdocs']}, Material {m['mkdocs-material']}; commit "
             f"`{m['commit']}`{' (uncommitted changes)' if m['dirty'] else ''}; seed "
             f"{result['settings']['seed']}; medians over runs (runs per N: {runs_text}).", "",
             "| N | extraction art/s: 1 proc · all cores (per CPU-s) | cold build s | extract · generate · render s "
             "| plain mkdocs s | overhead | no-change · one new: build share (extraction share) | meeting page KB "
             "| index gzip B/meeting | first search s | peak MB | score |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, s in sorted(result["sizes"].items(), key=lambda kv: int(kv[0])):
        if "build" not in s:
            lines.append(f"| {int(n):,} | failed: {s.get('error', '?')[:80]} |" + " |" * 10)
            continue
        b, x, rb, site = s["build"], s["extract"], s["rebuild"], s["site"] or {}
        search = s.get("search") or {}
        lines.append(
            f"| {int(n):,} | {_fmt(x['jobs1']['rate'], 0)} · {_fmt(x['all']['rate'], 0)} "
            f"({_fmt(x['jobs1'].get('rate_cpu'), 0)}) | {_fmt(b['cold_s'])} "
            f"| {_fmt(b['extract_s'])} · {_fmt(b['generate_s'])} · {_fmt(b['render_s'])} | {_fmt(s['plain_s'])} "
            f"| {_fmt(s['overhead']['cold'], 2)}× | {_fmt(rb.get('nochange_fraction'), 3)} "
            f"({_fmt(rb['nochange_extract_fraction'], 3)}) · {_fmt(rb.get('onenew_fraction'), 3)} "
            f"({_fmt(rb['onenew_extract_fraction'], 3)}) | {_fmt((site.get('meeting_page_median_bytes') or 0) / 1024)} "
            f"| {_fmt(site.get('search_index_gzip_bytes_per_meeting'), 0)} | {_fmt(search.get('first_results_s'), 2)} "
            f"| {_fmt(b['peak_mb'], 0)} | {_fmt((s.get('score') or {}).get('score'), 3)} |")
    lines += ["", "| target | value | limit | met |", "|---|---|---|---|"]
    for t in result["targets"]:
        mark = {True: "yes", False: "**no**", None: "–"}[t["ok"]]
        lines.append(f"| {t['target']} ({t['at']}) | {_fmt(t['value'], 3)} | "
                     f"{'≤' if t['kind'] == 'max' else '≥'} {t['limit']} | {mark} |")
    return "\n".join(lines)


def update_readme(readme: Path, text: str) -> None:
    """Replace the text between the result markers of bench/README.md."""
    body = readme.read_text(encoding="utf-8")
    block = f"{START}\n{text}\n{END}"
    if START in body and END in body:
        body = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, body, flags=re.S)
    else:
        body = body.rstrip() + "\n\n" + block + "\n"
    readme.write_text(body, encoding="utf-8")
