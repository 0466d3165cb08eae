#!/usr/bin/env python3
"""Run `digest ARGS...` in this process with timers on its stages: probe.py --json OUT [--dump DIR] -- ARGS.

Times the extraction (pipeline.extract), the digest plugin's share of the MkDocs build (its
event handlers, and the page Markdown it makes when MkDocs reads a page rather than in a
handler) and the whole MkDocs build; rendering is the MkDocs build minus the plugin's share.
Work the plugin's helper process does meanwhile is not in these times (it is in CPU time).
With --dump, the pages and files the plugin generated are also written to DIR (ready-made
Markdown for the plain-MkDocs comparison), with the config the plugin set up, once the build
has made them (reading them earlier would make them outside the build); the time spent
dumping is reported apart so it can be taken out of the wall time.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path

START = time.perf_counter()
times = {"extract": 0.0, "plugin": 0.0, "mkdocs": 0.0, "dump": 0.0}
facts: dict = {}


def timed(key: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[key] += time.perf_counter() - t0
    return wrapper


def patch_extract() -> None:
    from generator import cli, pipeline

    original = pipeline.extract

    @functools.wraps(original)
    def extract(*args, **kwargs):
        t0 = time.perf_counter()
        result = original(*args, **kwargs)
        times["extract"] += time.perf_counter() - t0
        facts.update(articles=len(getattr(result, "articles", []) or []),
                     sheets=len(getattr(result, "sheets", []) or []),
                     analysed=getattr(result, "analysed", None), cached=getattr(result, "cached", None),
                     stages=getattr(result, "seconds", None))  # the pipeline's own read/fuse/write split
        return result

    pipeline.extract = extract
    if getattr(cli, "extract", None) is original:
        cli.extract = extract


def dump_files(files, config, dest: Path) -> None:
    """Write every generated file and the config the plugin prepared, for a plain MkDocs build."""
    t0 = time.perf_counter()
    not_in_nav = []
    for f in files:
        if not getattr(f, "generated_by", None):
            continue
        target = dest / "docs" / f.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.content_bytes)
        if getattr(f.inclusion, "name", "") == "NOT_IN_NAV":
            not_in_nav.append(f.src_uri)
    (dest / "config.json").write_text(json.dumps({
        "extra_css": list(config.extra_css), "extra": dict(config.extra),
        "palette": config.theme.get("palette"), "not_in_nav": not_in_nav,
    }, ensure_ascii=False, default=str), encoding="utf-8")
    times["dump"] += time.perf_counter() - t0


def patch_plugin(dump: Path | None) -> None:
    from importlib.metadata import entry_points

    import mkdocs.commands.build as mk_build

    mk_build.build = timed("mkdocs", mk_build.build)
    found = [ep for ep in entry_points(group="mkdocs.plugins") if ep.name == "digest"]
    if not found:
        return
    cls = found[0].load()
    for name, fn in list(vars(cls).items()):
        if name.startswith("on_") and callable(fn):
            setattr(cls, name, timed("plugin", fn))
    try:   # page Markdown is made when MkDocs reads the page, not in an event handler
        from generator.site.incremental import SitePage
        SitePage.markdown = timed("plugin", SitePage.markdown)
    except (ImportError, AttributeError):
        pass
    if dump is not None and "on_files" in vars(cls) and "on_post_build" in vars(cls):
        seen = {}
        inner_files, inner_post = cls.on_files, cls.on_post_build

        @functools.wraps(inner_files)
        def on_files(self, files, config, **kw):
            result = inner_files(self, files, config, **kw)
            seen["files"] = result if result is not None else files
            return result

        @functools.wraps(inner_post)
        def on_post_build(self, config, **kw):
            result = inner_post(self, config, **kw)
            dump_files(seen["files"], config, dump)
            return result

        cls.on_files, cls.on_post_build = on_files, on_post_build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("args", nargs=argparse.REMAINDER)
    ns = parser.parse_args()
    args = ns.args[1:] if ns.args[:1] == ["--"] else ns.args
    t0 = time.perf_counter()
    from generator import cli
    times["import"] = time.perf_counter() - t0
    code, error = 0, None
    try:
        patch_extract()
        patch_plugin(ns.dump)
        cli.main(args, standalone_mode=False)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:  # the report must say why a run failed, not lose it
        code, error = 1, f"{type(exc).__name__}: {exc}"
    times["total"] = time.perf_counter() - START
    times["render"] = max(0.0, times["mkdocs"] - times["plugin"] - times["dump"])
    ns.json.write_text(json.dumps({"times": times, "facts": facts, "code": code, "error": error}))
    if error:
        print(error, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
