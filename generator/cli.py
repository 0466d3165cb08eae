"""The `digest` command: extract, build, serve, check, schema."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .factsheet.models import FactSheet
from .factsheet.writer import WriteReport
from .pipeline import Hooks, Options, RunResult, batch_collector, extract
from .project import ProjectPaths, find_project
from .yamlio import ContentError, write_atomic

if TYPE_CHECKING:
    from .factsheet.handoff import SheetMemo

F = TypeVar("F", bound=Callable[..., Any])


class Progress(Hooks):
    """A bar on a terminal; a plain line every few seconds in CI logs."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.done = 0
        self.bar: Any = None
        self.last = time.monotonic()

    def on_article(self, name: str, cached: bool) -> None:
        self.done += 1
        if self.quiet:
            return
        if sys.stderr.isatty():
            if self.bar is None:
                from tqdm import tqdm
                self.bar = tqdm(desc="articles", unit=" art", leave=False, file=sys.stderr)
            self.bar.update(1)
        elif time.monotonic() - self.last > 5:
            self.last = time.monotonic()
            click.echo(f"digest: {self.done} articles read", err=True)

    def on_written(self, report: WriteReport | None) -> None:
        if self.bar is not None:
            self.bar.close()


def _paths(articles: str | None = None, out: str | None = None, corrections: str | None = None,
           gazetteer: str | None = None, cache: str | None = None, site_dir: str | None = None,
           quiet: bool = False) -> ProjectPaths:
    """The project's paths with the command line's folders in their place (and a line saying
    which gazetteer is used, when it is not the working folder's project's)."""
    paths = find_project().with_options(articles, out, corrections, gazetteer, cache, site_dir)
    note = paths.gazetteer_note()
    if note and not quiet:
        click.echo(note, err=True)
    return paths


def _problems(problems: list[ContentError]) -> None:
    for p in problems:
        click.echo(f"{p.where()}: {p.message}", err=True)


def _fail_strict(count: int) -> click.ClickException:
    return click.ClickException(f"{count} problem(s) to fix (see above); run without --strict to build anyway")


def _report(result: RunResult, quiet: bool) -> None:
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    _problems(result.problems)
    if not quiet:
        done = result.written
        click.echo(f"digest: {len(result.articles)} articles ({result.analysed} read, {result.cached} from cache), "
                   f"{len(result.sheets)} fact sheets"
                   + (f" ({len(done.written)} written, {len(done.unchanged)} unchanged, {len(done.removed)} removed)"
                      if done else ""), err=True)


def _run_extract(opts: Options, quiet: bool, strict: bool) -> RunResult:
    try:
        result = extract(opts, Progress(quiet))
    except ContentError as exc:
        raise click.ClickException(f"{exc.where()}: {exc.message}") from None
    except OSError as exc:  # a full disk, a read-only folder: say which file, not a traceback
        raise click.ClickException(f"{exc.filename or opts.out}: cannot write ({exc.strerror or exc}); "
                                   "free some space or fix the folder's permissions, then run again") from None
    _report(result, quiet)
    if strict and result.problems:
        raise _fail_strict(len(result.problems))
    return result


common = [
    click.option("--articles", type=click.Path(file_okay=False), help="Folder of articles (default content/articles)."),
    click.option("--out", type=click.Path(file_okay=False), help="Folder for fact sheets (default content/meetings)."),
    click.option("--corrections", type=click.Path(file_okay=False),
                 help="Corrections folder (default: the project's, unless --articles/--out are given)."),
    click.option("--gazetteer", type=click.Path(file_okay=False), help="Gazetteer folder (default content/gazetteer)."),
    click.option("--jobs", "-j", type=int, default=0, help="Processes to use (default: all cores)."),
    click.option("--full", is_flag=True, help="Ignore the extraction cache."),
    click.option("--cache", type=click.Path(file_okay=False), help="Cache folder (default .digest-cache)."),
    click.option("--strict", is_flag=True, help="Fail on anything an editor must fix."),
    click.option("--quiet", "-q", is_flag=True, help="Only problems."),
]


def with_common(f: F) -> F:
    for option in reversed(common):
        f = option(f)
    return f


@click.group()
@click.version_option(__version__, prog_name="digest")
def main() -> None:
    """Meeting Digest: Arabic articles about meetings → fact sheets → a static site."""


@main.command("extract")
@with_common
def extract_cmd(articles: str | None, out: str | None, corrections: str | None, gazetteer: str | None,
                jobs: int, full: bool, cache: str | None, strict: bool, quiet: bool) -> None:
    """Read every article and write one fact sheet per meeting."""
    paths = _paths(articles, out, corrections, gazetteer, cache, quiet=quiet)
    _run_extract(Options.of(paths, jobs, full), quiet, strict)


def source_date_epoch(sheets: Iterable[FactSheet]) -> int:
    """Build time for sitemap and feeds: the newest date in the content, never the clock."""
    days = [s.date.first_day() for s in sheets if s.date and s.date.precision == "day"]
    days += [src.published.first_day() for s in sheets for src in s.sources if src.published]
    newest = max(days, default=dt.date(2000, 1, 1))
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())


@main.command("build")
@with_common
@click.option("--site-dir", type=click.Path(file_okay=False), help="Output folder (default site/).")
@click.option("--zip", "make_zip", is_flag=True, help="Also write site.zip for offline reading.")
def build_cmd(articles: str | None, out: str | None, corrections: str | None, gazetteer: str | None,
              jobs: int, full: bool, cache: str | None, strict: bool, quiet: bool, site_dir: str | None,
              make_zip: bool) -> None:
    """Extract, then build the site with `mkdocs build --strict`."""
    from .factsheet.handoff import SheetMemo

    paths = _paths(articles, out, corrections, gazetteer, cache, site_dir, quiet=quiet)
    written = SheetMemo()   # the sheets this run writes, handed to the site without parsing them again
    result = _run_extract(dataclasses.replace(Options.of(paths, jobs, full), written=written), quiet, False)
    with batch_collector():   # what the run found lives until the site is built: not walked again
        _build_site(paths, result, written, strict, quiet, make_zip)


def _build_site(paths: ProjectPaths, result: RunResult, written: SheetMemo, strict: bool, quiet: bool,
                make_zip: bool) -> None:
    """Read the sheets (this run's from `written`) and build the site from them."""
    from mkdocs.config import load_config

    from .factsheet.handoff import SiteInput
    from .factsheet.reader import read_folder
    from .site.plugin import DigestPlugin
    from .sitebuild import build_site

    sheets = read_folder(paths.meetings, written)   # the site's sheets: this run's, and any kept
    told = {p.where() for p in result.problems}     # a sheet copy the run left is reported once
    unread = [p for p in sheets.problems if p.where() not in told]
    _problems(unread)
    if strict and (result.problems or unread):
        raise _fail_strict(len(result.problems) + len(unread))
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(sheets.by_id.values())))
    t0 = time.perf_counter()
    config = load_config(str(paths.config_file), strict=True, site_dir=str(paths.site_dir))
    try:
        DigestPlugin.of(config).receive(SiteInput(paths, sheets, result.gazetteer))
        site = build_site(config, lambda line: click.echo(line, err=True))
    except Exception as exc:
        raise click.ClickException(f"site build failed: {exc}; {paths.site_dir} is left as it was") from None
    if not quiet:
        click.echo(f"digest: site built in {site} ({time.perf_counter() - t0:.1f} s)", err=True)
    if make_zip:
        from .zipsite import zip_site
        target = paths.root / "site.zip"
        zip_site(site, target, int(os.environ["SOURCE_DATE_EPOCH"]))
        if not quiet:
            click.echo(f"digest: wrote {target}", err=True)


def stamp(folders: list[Path]) -> tuple[tuple[str, int], ...]:
    """Each file in the folders and its modification time (one that vanishes meanwhile is left out)."""
    seen = []
    for folder in folders:
        try:
            files = list(folder.iterdir())
        except OSError:
            continue
        for path in files:
            try:
                seen.append((str(path), path.stat().st_mtime_ns))
            except OSError:
                continue
    return tuple(sorted(seen))


def watch(folders: list[Path], rerun: Callable[[], object], echo: Callable[[str], None],
          sleep: Callable[[float], None] = time.sleep, rounds: int | None = None) -> None:
    """Call `rerun` whenever the folders change. Whatever goes wrong is reported and watching
    goes on: the preview must outlive a bad edit (`rounds` ends it, for tests)."""
    last = stamp(folders)
    done = 0
    while rounds is None or done < rounds:
        done += 1
        sleep(1.0)
        try:
            now = stamp(folders)
            if now == last:
                continue
            last = now
            rerun()
        except click.ClickException as exc:
            echo(exc.format_message())
        except Exception as exc:   # a bug must not end the preview's re-extraction
            echo(f"digest serve: re-extraction failed ({type(exc).__name__}: {exc}); still watching: "
                 "fix the cause and save again (please report it if it is a bug)")


@main.command("serve")
@click.option("--dev-addr", default="127.0.0.1:8000", help="Address to serve on.")
def serve_cmd(dev_addr: str) -> None:
    """Live preview: re-extracts when articles, gazetteers or corrections change."""
    from mkdocs.commands.serve import serve

    paths = _paths()
    opts = Options.of(paths)
    _run_extract(opts, False, False)
    watched = [d for d in (paths.articles, paths.gazetteer, paths.corrections) if d is not None]
    threading.Thread(target=watch, args=(watched, lambda: _run_extract(opts, False, False),
                                         lambda line: click.echo(line, err=True)), daemon=True).start()
    serve(str(paths.config_file), dev_addr=dev_addr)


@main.command("check")
@click.option("--explain", "explain", metavar="ARTICLE", help="Show how one article was read and grouped.")
@click.option("--review", is_flag=True, help="List the fact sheets that need a person's eye.")
@click.option("--articles", type=click.Path(file_okay=False))
@click.option("--out", type=click.Path(file_okay=False))
@click.option("--corrections", type=click.Path(file_okay=False))
@click.option("--gazetteer", type=click.Path(file_okay=False))
def check_cmd(explain: str | None, review: bool, articles: str | None, out: str | None,
              corrections: str | None, gazetteer: str | None) -> None:
    """Validate articles, gazetteers, corrections and fact sheets (file:line: problem)."""
    from .check import run_check

    opts = Options.of(_paths(articles, out, corrections, gazetteer), jobs=1)
    code = run_check(opts, explain=explain, review=review, echo=click.echo)
    sys.exit(code)


@main.command("schema")
@click.option("--out", type=click.Path(dir_okay=False), help="Where to write (default schema/fact-sheet.schema.json).")
def schema_cmd(out: str | None) -> None:
    """Write the JSON Schema of fact sheets (for editors' YAML tooling)."""
    from .factsheet.writer import schema_text

    target = Path(out) if out else find_project().schema
    write_atomic(target, schema_text())
    click.echo(str(target))


if __name__ == "__main__":
    main()
