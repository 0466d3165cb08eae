"""Fact sheets made in Python for site tests, and a helper that builds a site from them."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from generator import yamlio
from generator.gazetteer import load_gazetteer
from generator.factsheet.models import FactSheet

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "content" / "gazetteer"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def sheet(id: str, date: str | None, people: list[tuple[str, str]], place: tuple[str, str] | None = ("damascus", "دمشق"),
          kind: str = "visit", title: str | None = None, **extra) -> FactSheet:
    """A valid sheet: people as (id, name), place as (id, name); extra fields as keywords."""
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
    data = {
        "id": id,
        "title": title or " و".join(n for _, n in people),
        "date": date,
        "date_precision": precision,
        "participants": [{"id": pid, "name": name, "role": "participant",
                          "evidence": [{"article": "a1", "sentence": f"التقى {name}."}]}
                         for pid, name in people],
        "place": ({"id": place[0], "name": place[1],
                   "evidence": [{"article": "a1", "sentence": f"في {place[1]}."}]} if place else None),
        "kind": kind,
        "sources": [{"article": "a1", "title": "عنوان المقال", "outlet": "وكالة", "published": date,
                     "url": "https://example.com/a1"}],
        "summary": [{"text": "ملخص اللقاء.", "article": "a1"}],
    }
    data.update(extra)
    return FactSheet.model_validate(data)


def write_sheets(folder: Path, sheets: list[FactSheet]) -> Path:
    """Write sheets as content/meetings does: one <id>.yaml each."""
    folder.mkdir(parents=True, exist_ok=True)
    for s in sheets:
        (folder / f"{s.id}.yaml").write_text(yamlio.dumps(s.model_dump(mode="json", exclude_none=True)),
                                              encoding="utf-8")
    return folder


def synthetic_sheets(n: int, seed: int = 7) -> list[FactSheet]:
    """n plausible sheets over the gazetteer's people and cities (same seed → same sheets)."""
    gaz = load_gazetteer(GAZETTEER)
    rng = random.Random(seed)
    people = sorted(gaz.people.values(), key=lambda p: p.id)
    cities = sorted((p for p in gaz.places.values() if p.kind == "city"), key=lambda p: p.id)
    topics = sorted(gaz.topics.values(), key=lambda t: t.id)
    out = []
    for i in range(n):
        year = 2000 + i % 25
        date = f"{year}-{1 + (i * 7) % 12:02d}-{1 + (i * 13) % 28:02d}"
        who = rng.sample(people, 2 + (i % 3 == 0))
        city = rng.choice(cities)
        topic = rng.choice(topics)
        out.append(sheet(
            f"m{i:05d}", date, [(p.id, p.name) for p in who], (city.id, city.name),
            kind="phone" if i % 17 == 0 else "visit",
            topics=[{"id": topic.id, "label": topic.label,
                     "evidence": [{"article": "a1", "sentence": "جملة عن الموضوع."}]}],
            key_points=[{"text": "نقطة رئيسية.", "article": "a1"}],
        ))
    return out


def build_site(tmp: Path, meetings: Path, site: Path | None = None, settings: dict | None = None,
               env: dict[str, str] | None = None, **options) -> Path:
    """`mkdocs build --strict` of the project's site with another meetings folder (`settings`:
    more MkDocs settings; `options`: the digest plugin's)."""
    site = site or tmp / "site"
    run_mkdocs(write_config(tmp, meetings, settings, **options), site, **(env or {}))
    return site


def write_config(tmp: Path, meetings: Path, settings: dict | None = None, **options) -> Path:
    """tmp/mkdocs.yml: the project's site with another meetings folder (see build_site)."""
    plugin = {"meetings": str(meetings), "gazetteer": str(GAZETTEER), **options}
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(ROOT / "content" / "pages"),
        "theme": {"custom_dir": str(ROOT / "theme_overrides")},
        "plugins": ["search", {"digest": plugin}],
        "watch": [],
        **(settings or {}),
    }
    path = tmp / "mkdocs.yml"
    path.write_text(yamlio.dumps(config), encoding="utf-8")
    return path


def run_mkdocs(config: Path, site: Path, **env_vars: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into `site`; fail with MkDocs' own output. The page cache is
    off unless DIGEST_SITE_CACHE is given (tests/site/test_page_cache.py tests it), so that
    builds of the project's own mkdocs.yml leave no .cache/site in the working tree."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **{"DIGEST_SITE_CACHE": "off", **env_vars})
    result = subprocess.run([*MKDOCS, "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    if result.returncode:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return result
