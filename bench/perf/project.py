"""Temporary projects for benchmarks: the digest's site around a synthetic corpus, a plain-MkDocs
twin of the same pages, and the sizes of what they build."""
from __future__ import annotations

import gzip
import json
import shutil
import statistics
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# What a project needs besides its articles (schema: fact sheets are validated against it).
COPY = ["mkdocs.yml", "content/gazetteer", "content/pages", "theme_overrides", "schema"]


def _copy(src: Path, dest: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dest)
    elif src.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)


def snapshot(dest: Path, root: Path = ROOT) -> Path:
    """Copy the code and site setup being measured, so edits made during a long run do not mix
    two versions (run commands with PYTHONPATH=dest so `generator` is imported from here)."""
    dest.mkdir(parents=True)
    shutil.copytree(root / "generator", dest / "generator",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for rel in COPY:
        _copy(root / rel, dest / rel)
    return dest


def make_project(articles: Path, dest: Path, root: Path = ROOT) -> Path:
    """A copy of the project's site setup whose content/articles is the given corpus."""
    dest.mkdir(parents=True)
    for rel in COPY:
        _copy(root / rel, dest / rel)
    # Copied, not linked: the digest refuses symlinks that point outside the project.
    shutil.copytree(articles, dest / "content" / "articles")
    for rel in ("content/meetings", "content/corrections"):
        (dest / rel).mkdir(parents=True, exist_ok=True)
    for rel in watch_paths(dest / "mkdocs.yml"):
        # MkDocs checks that `watch` paths exist even though only `serve` uses them.
        (dest / rel).mkdir(parents=True, exist_ok=True)
    return dest


def watch_paths(config_file: Path) -> list[str]:
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, encoding="utf-8") as handle:
        config = yaml_load(handle) or {}
    return [p for p in config.get("watch") or [] if not (config_file.parent / p).exists()]


def nav_pages(config_file: Path) -> list[str]:
    """Every page named in the nav of a MkDocs config."""
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, encoding="utf-8") as handle:
        nav = (yaml_load(handle) or {}).get("nav") or []
    out, todo = [], list(nav)
    while todo:
        item = todo.pop(0)
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            todo += [v for value in item.values() for v in (value if isinstance(value, list) else [value])]
    return [p for p in out if p.endswith(".md")]


def other_plugins(config_file: Path, drop: str = "digest") -> list:
    """The plugins of a MkDocs config as written (search with its options), without `drop`."""
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, encoding="utf-8") as handle:
        plugins = (yaml_load(handle) or {}).get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    return [p for p in plugins if (p if isinstance(p, str) else next(iter(p))) != drop]


def plain_project(project: Path, dump: Path) -> Path:
    """mkdocs-plain.yml beside the project's mkdocs.yml: same theme, nav, extensions and search,
    no digest plugin, and the plugin's generated pages as ready-made files in plain_docs/."""
    cfg = json.loads((dump / "config.json").read_text(encoding="utf-8"))
    docs = project / "plain_docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(project / "content" / "pages", docs)
    shutil.copytree(dump / "docs", docs, dirs_exist_ok=True)
    # The plugin marks its meeting/person/... pages "not in nav"; say the same with patterns.
    patterns = sorted({f"/{Path(p).parent}/" if "/" in p else f"/{p}" for p in cfg["not_in_nav"]})
    patterns += [f"!/{page}" for page in nav_pages(project / "mkdocs.yml")]
    plain = {
        "INHERIT": "mkdocs.yml",
        "docs_dir": "plain_docs",
        "site_dir": "plain_site",
        "plugins": other_plugins(project / "mkdocs.yml"),
        "not_in_nav": "\n".join(patterns),
        "extra_css": cfg["extra_css"],
        "extra": cfg["extra"],
    }
    if cfg.get("palette"):
        plain["theme"] = {"palette": cfg["palette"]}
    path = project / "mkdocs-plain.yml"
    path.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def add_article(project: Path, seed: int) -> str:
    """Put one new synthetic article into the project (for the one-new-article rebuild)."""
    from bench.make_corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        generate(1, seed, Path(tmp))
        (src,) = list((Path(tmp) / "articles").iterdir())
        name = f"zz_new_{seed}{src.suffix}"
        shutil.copy(src, project / "content" / "articles" / name)
    return name


def site_stats(site: Path) -> dict:
    """Sizes of a built site: total, meeting pages, and the search index per meeting."""
    files = [p for p in site.rglob("*") if p.is_file()]
    meetings = sorted((site / "meetings").glob("*.html")) if (site / "meetings").is_dir() else []
    sizes = [p.stat().st_size for p in meetings]
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.exists() else b""
    packed = len(gzip.compress(raw, compresslevel=6)) if raw else 0
    n = len(meetings) or 1
    return {
        "bytes": sum(p.stat().st_size for p in files),
        "files": len(files),
        "html_pages": sum(1 for p in files if p.suffix == ".html"),
        "meeting_pages": len(meetings),
        "meeting_page_median_bytes": statistics.median(sizes) if sizes else None,
        "meeting_page_mean_bytes": statistics.fmean(sizes) if sizes else None,
        "search_index_bytes": len(raw),
        "search_index_gzip_bytes": packed,
        "search_index_bytes_per_meeting": len(raw) / n,
        "search_index_gzip_bytes_per_meeting": packed / n,
    }
