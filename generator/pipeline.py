"""The extraction run, as one linear function with named hook points (like MkDocs' build).

    load (language, gazetteer, corrections) → read + analyse each article (cached, in
    parallel) → group reports into meetings → assemble sheets (ids, corrections) → write

With a cache folder, a run also remembers which reports were one meeting, the sheets it
fused and what the sheet files on disk hold (fuse/memo.py, factsheet/index.py), so a rebuild
compares, fuses and renders only what new or changed articles touch. None of it can change
a result: every entry is keyed by what it was made from.

Hooks (`on_article`, `on_grouped`, `on_sheets`, `on_written`) let tests, benchmarks and the
CLI's progress display watch a run without changing it. Bad input never stops a run: each
problem is collected with its file and line, and `strict` makes the caller fail at the end.
"""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .cache import Cache, code_fingerprint
from .fuse.assemble import build_sheets
from .fuse.corrections import Corrections, check_references, load_corrections
from .fuse.fusion import Context
from .fuse.grouping import Grouping, group
from .fuse.memo import FusionMemo, GroupMemo
from .fuse.people import unify
from .fuse.summary import Summariser
from .extract.units import ArticleResult
from .factsheet.handoff import SheetMemo
from .factsheet.index import SheetIndex
from .factsheet.models import FactSheet
from .factsheet.reader import sources_of
from .factsheet.writer import WriteReport, write_sheets
from .gazetteer import Gazetteer, load_gazetteer
from .lang import load_language
from .project import ProjectPaths
from .text.decode import MAX_ARTICLE_BYTES
from .text.formats import SUFFIXES
from . import yamlio
from .yamlio import ContentError, MustFix

PARALLEL_MIN = 24   # below this many articles to analyse, one process is faster
# A run allocates millions of short-lived objects next to a large, long-lived gazetteer;
# Python's default collector (a young collection every 700 allocations, each old one
# walking the whole gazetteer) took a fifth of extraction time on the 1,000-article bench.
GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def batch_collector() -> Iterator[None]:
    """Collect garbage less often while a run works (the memory bound is unchanged: it
    still runs), and leave the process's settings as they were."""
    before = gc.get_threshold()
    gc.freeze()          # what is loaded now lives for the whole run: never walk it again
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


@contextmanager
def loading_collector() -> Iterator[None]:
    """No collection while a run loads what it keeps until it ends (cached results: unpickling
    them leaves no garbage), then none of it walked again: a collection in the middle walked
    a million new objects, 0.4 s of a 10,000-article rebuild."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@dataclass
class Options:
    articles: Path
    out: Path
    gazetteer: Path
    corrections: Path | None
    schema: Path
    cache: Path | None
    jobs: int = 0
    full: bool = False
    root: Path | None = None       # symlinks may not point outside it
    written: SheetMemo | None = None   # where to leave the sheets written, for a site build in this process

    @classmethod
    def of(cls, paths: ProjectPaths, jobs: int = 0, full: bool = False) -> Options:
        """The options of a run over a project's paths (as the command line set them)."""
        return cls(articles=paths.articles, out=paths.meetings, gazetteer=paths.gazetteer,
                   corrections=paths.corrections, schema=paths.schema, cache=paths.cache, jobs=jobs,
                   full=full, root=paths.root)


class Hooks:
    """Named events of a run; subclass and override what you need."""

    def on_article(self, name: str, cached: bool) -> None: ...
    def on_grouped(self, grouping: Grouping) -> None: ...
    def on_sheets(self, sheets: list[FactSheet]) -> list[FactSheet]:
        return sheets
    def on_written(self, report: WriteReport) -> None: ...


@dataclass
class RunResult:
    articles: dict[str, ArticleResult] = field(default_factory=dict)
    sheets: list[FactSheet] = field(default_factory=list)
    grouping: Grouping | None = None
    written: WriteReport | None = None
    problems: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    analysed: int = 0
    cached: int = 0
    unreadable: set[str] = field(default_factory=set)   # articles skipped for a problem
    seconds: dict[str, float] = field(default_factory=dict)
    version: str = ""                                    # of the extractor: code, data, gazetteers
    gazetteer: Gazetteer | None = None                   # as the run loaded it
    keys: dict[str, str] = field(default_factory=dict)   # article name → cache key (its bytes)
    meeting_ids: set[str] = field(default_factory=set)   # every id a correction may name
    merged_into: dict[str, str] = field(default_factory=dict)   # merged id → the id that kept it


# ------------------------------------------------------------------ workers

_WORKER: dict[str, object] = {}


def _exit_with_parent() -> None:
    """In a worker process: end it when the run that started it ends. A run killed with
    SIGKILL cannot stop its pool, and its workers would wait for work forever."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:   # the run itself (one process)
        return

    def wait() -> None:
        parent.join()    # returns when the parent is gone, however it ended
        os._exit(1)

    threading.Thread(target=wait, name="digest-exit-with-parent", daemon=True).start()


def _init_worker(gazetteer_dir: str, pooled: bool = False, gaz: Gazetteer | None = None,
                 cache_folder: Path | None = None, warn: Callable[[str], None] | None = None) -> None:
    """Set up a process to analyse articles; in the run's own process, with the gazetteer it
    already loaded (loading it again costs a tenth of a second per run). `cache_folder`: the
    cache's version folder, which keeps the compiled lexicon for the next process."""
    from .extract.article import ArticleAnalyser
    from .extract.lexicon_store import lexicon_for
    from .text.reader import Reader

    if pooled:
        _exit_with_parent()

    lang = load_language()
    if gaz is None:
        gaz = load_gazetteer(Path(gazetteer_dir), problems=[])  # problems: reported by the run
    lex = lexicon_for(lang, gaz, cache_folder, warn)
    _WORKER["reader"] = Reader(lang, lex.places, lex.country_ids)
    _WORKER["analyser"] = ArticleAnalyser(lex)
    gc.freeze()          # the lexicon lives as long as the process (see batch_collector)
    if pooled:
        gc.set_threshold(*GC_THRESHOLDS)


def _analyse(job: tuple[str, str, bytes]) -> ArticleResult | ContentError:
    from .extract.results import result_of

    path, name, _ = job
    try:
        art = _WORKER["reader"].read(Path(path), name)  # type: ignore[attr-defined]
        return result_of(_WORKER["analyser"].analyse(art))  # type: ignore[attr-defined]
    except ContentError as exc:
        return exc
    except Exception as exc:  # a bug must not stop the run; it is reported with the file
        return ContentError(path, None, f"internal error while reading ({type(exc).__name__}: {exc}); "
                            "please report it with this file")


# ------------------------------------------------------------------ stages

def list_articles(folder: Path, root: Path | None, result: RunResult) -> list[tuple[Path, str]]:
    """Article files in a folder (sorted), with warnings for what is skipped."""
    if not folder.is_dir():
        result.problems.append(ContentError(folder, None, "articles folder does not exist; check the "
                                            "--articles option or create the folder"))
        return []
    out: list[tuple[Path, str]] = []
    names: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        target = yamlio.outside_root(path, root or folder)
        if target == path:
            result.problems.append(ContentError(path, None, "symbolic link that leads to itself (a loop): "
                                                "skipped (replace the link with the file)"))
            result.unreadable.add(path.stem)
            continue
        if target is not None:
            result.problems.append(ContentError(path, None, f"symbolic link to {target}, outside the "
                                                "project: skipped (copy the file in instead)"))
            result.unreadable.add(path.stem)
            continue
        if path.is_dir():
            continue
        if not path.is_file():
            if path.suffix.lower() in SUFFIXES:
                result.problems.append(ContentError(path, None, "not a regular file (a broken link, a pipe or "
                                                    "a device): skipped (put the article's text file here)"))
                result.unreadable.add(path.stem)
            continue
        if path.suffix.lower() not in SUFFIXES:
            result.warnings.append(f"{path}: unknown extension {path.suffix!r}, skipped "
                                   f"(articles are {', '.join(SUFFIXES)})")
            continue
        name = path.stem
        if name in names:
            result.problems.append(ContentError(path, None, f"another article has the same name "
                                                f"({names[name].name}); rename one of them"))
            continue
        names[name] = path
        out.append((path, name))
    return out


def read_all(opts: Options, hooks: Hooks, result: RunResult, gaz: Gazetteer) -> None:
    """Analyse every article, from the cache when its bytes and the extractor are unchanged."""
    version = result.version = f"{code_fingerprint()}-{gaz.fingerprint}"
    cache = Cache(opts.cache, version, ArticleResult)
    todo: list[tuple[str, str, bytes]] = []
    with loading_collector():
        for path, name in list_articles(opts.articles, opts.root, result):
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_ARTICLE_BYTES + 1)
            except OSError as exc:
                result.problems.append(ContentError(path, None, f"cannot open: {exc.strerror}; check that the "
                                                    "file exists and can be read"))
                result.unreadable.add(name)
                continue
            key = result.keys[name] = Cache.key(data, path)
            hit = None if opts.full else cache.get(key)
            if hit is not None:
                result.articles[name] = hit
                result.cached += 1
                hooks.on_article(name, True)
                continue
            todo.append((str(path), name, b""))
    cache.close()   # a connection must not be carried across the fork of a pool

    def take(name: str, outcome: ArticleResult | ContentError) -> None:
        result.analysed += 1
        hooks.on_article(name, False)
        if isinstance(outcome, ContentError):
            result.problems.append(outcome)
            result.unreadable.add(name)
            return
        result.articles[name] = outcome
        cache.put(result.keys[name], outcome)

    jobs = opts.jobs or os.cpu_count() or 1
    folder = cache.folder if todo else None
    if folder is not None:
        from .extract.lexicon_store import LEXICON_FILE, keep_lexicon
        if opts.full:
            (folder / LEXICON_FILE).unlink(missing_ok=True)
    if jobs > 1 and len(todo) >= PARALLEL_MIN:
        if folder is not None:   # built once here, then loaded by each worker
            keep_lexicon(load_language(), gaz, folder, result.warnings.append)
        with ProcessPoolExecutor(jobs, initializer=_init_worker,
                                 initargs=(str(opts.gazetteer), True, None, folder)) as pool:
            chunk = max(1, len(todo) // (jobs * 8))
            for (_, name, _), outcome in zip(todo, pool.map(_analyse, todo, chunksize=chunk)):
                take(name, outcome)
    elif todo:
        _init_worker(str(opts.gazetteer), gaz=gaz, cache_folder=folder, warn=result.warnings.append)
        for job in todo:
            take(job[1], _analyse(job))
    cache.close()
    result.warnings += cache.warnings
    for name in sorted(result.articles):   # cached or not, an article's findings are reported
        outcome = result.articles[name]
        for w in outcome.warnings:
            if isinstance(w, MustFix):
                result.problems.append(w.error())
            else:
                result.warnings.append(w)
        if not outcome.units:
            result.warnings.append(f"{outcome.path}: no meeting found in this article; nothing is published "
                                   f"from it (if it tells of a meeting, see `digest check --explain {name}`)")
    cache.prune()


def extract(opts: Options, hooks: Hooks | None = None, write: bool = True) -> RunResult:
    """One whole extraction run (see the module docstring)."""
    with batch_collector():
        return _extract(opts, hooks, write)


def _extract(opts: Options, hooks: Hooks | None, write: bool) -> RunResult:
    hooks = hooks or Hooks()
    result = RunResult()
    t0 = time.perf_counter()
    lang = load_language()
    gaz = result.gazetteer = load_gazetteer(opts.gazetteer, result.problems)
    corr = Corrections()
    try:
        corr = load_corrections(opts.corrections, opts.root)
    except ContentError as exc:
        result.problems.append(exc)
    result.problems += corr.problems
    read_all(opts, hooks, result, gaz)
    t1 = time.perf_counter()
    people = unify(result.articles, gaz, lang)   # one id per person across articles
    ctx = Context(lang, gaz, result.articles, people, Summariser(lang))
    units = [u for name in sorted(result.articles) for u in result.articles[name].units]
    # What earlier runs worked out (safe to lose; --full trusts none of it). `digest check
    # --explain` (write=False) groups from scratch, so that every decision can be shown.
    remembered = opts.cache / result.version if opts.cache else None
    warn = result.warnings.append
    grouped = GroupMemo(remembered / "grouping.pickle" if remembered and write else None, result.keys, warn)
    memo = FusionMemo(remembered / "fused.pickle" if remembered else None, result.keys, warn)
    if opts.full:
        grouped.seen, grouped.joins, memo.old = frozenset(), {}, {}
    result.grouping = group(units, gaz, grouped, lang.settings.fuse)
    hooks.on_grouped(result.grouping)
    index = SheetIndex.for_folder(opts.cache, opts.out, result.version, warn)
    if opts.full:   # trust nothing remembered; the index is rebuilt from what is on disk
        index.entries.clear()
    existing = sources_of(opts.out, index)
    sheets, done = build_sheets(ctx, result.grouping.groups, existing, corr, memo)
    result.sheets = hooks.on_sheets(sheets)
    if write:
        grouped.save()
        memo.save()
    result.meeting_ids = {s.id for s in result.sheets} | set(existing) | done.known
    result.merged_into = done.merged_into
    result.problems += done.problems
    result.problems += check_references(corr, result.meeting_ids, set(people), set(gaz.places),
                                        set(result.articles), done.merged_into)
    t2 = time.perf_counter()
    if write:
        # A sheet whose article could not be read this time is kept, not removed as stale:
        # a damaged or missing file must not take a published meeting with it.
        keep = set(existing) if not opts.articles.is_dir() else \
            {sid for sid, disk in existing.items() if disk.articles & result.unreadable}
        result.written = write_sheets(result.sheets, opts.out, opts.schema, keep, index, opts.written)
        for name, held in sorted(result.written.copies.items()):
            result.problems.append(ContentError(opts.out / name, 2, f"id {held!r} differs from the file name: "
                                                f"a copy of a sheet under another name? It is left as it is; "
                                                f"remove it, or rename it to {held}.yaml"))
        hooks.on_written(result.written)
    result.seconds = {"read": t1 - t0, "fuse": t2 - t1, "write": time.perf_counter() - t2}
    return result
