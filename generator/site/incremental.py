"""Page generation that remembers: what changed since the last build, found without making it.

Each generated page gets a Markdown key, a digest of its template and the values its view
prepared (keys.values_key): equal keys, equal Markdown. Two levels find the keys:

- The content fingerprint covers everything generation reads: the digest's package (code,
  templates, labels, world data) and the installed packages, the site options, the date
  names, the gazetteer, every fact sheet file's bytes, SOURCE_DATE_EPOCH and the search
  settings. When it equals the last build's, every key, data file and the search index are
  the last build's, and no view runs.
- Otherwise every view runs and its values are keyed; the data files and search index are
  made again.

A page's Markdown is made only when the site engine reads it, which it does not for a page
whose HTML it reuses. What will surely be needed (every page when nothing can be reused, the
pages whose key changed, data files, search index) is prepared by a second process while the
engine renders (background.py). No site-engine types here.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import keys
from .background import Background, Task
from .common import Context
from .generate import DATA_FILES, PageJob, data_files, page_jobs
from .labels import Labels
from .pagecache import Generation, Manifest, PageCache

Search = Callable[[], "dict[str, bytes] | None"]


@dataclass
class SitePage:
    """A generated page: where it goes, its Markdown key (None: not known yet, or never
    reused) and how to make its Markdown (which also settles the key)."""

    src: str
    in_nav: bool
    key: str | None = None
    make: Callable[[SitePage], str] | None = field(default=None, repr=False)

    def markdown(self) -> str:
        """The page's Markdown."""
        assert self.make is not None
        return self.make(self)


@dataclass
class Plan:
    """What this build generates, what the cache gave, and who prepares the rest."""

    pages: list[SitePage]
    data: dict[str, bytes | str] | None       # the last build's data files, still valid
    search: dict[str, bytes] | None           # the last build's search files, still valid
    generation: Generation | None             # what to remember (None: nothing)
    background: Background
    reused_views: bool = False                # True when no view had to run

    def data_file(self, src: str) -> str | bytes:
        """A data file's content."""
        if self.data is None:
            self.data = self.background.result("data")
        return self.data[src]

    def search_files(self) -> dict[str, bytes] | None:
        """The search files: the last build's, or made for this one (None: search is off)."""
        if self.search is None:
            self.search = self.background.result("search")
        return self.search


def content_fingerprint(ctx: Context, sheet_files: Iterable[tuple[str, Path]], gazetteer: str,
                        dates_file: Path, search: str) -> str | None:
    """Everything page generation, the data files and the search index read; None when the
    gazetteer gives no fingerprint of its own (then nothing generated is reused whole)."""
    if not gazetteer:
        return None
    return keys.digest(keys.code(), keys.canonical_json(ctx.options), gazetteer,
                       keys.files([("dates", dates_file)]), keys.files(sheet_files),
                       os.environ.get("SOURCE_DATE_EPOCH", "-"), search)


def plan(ctx: Context, cache: PageCache | None, manifest: Manifest, content: str | None,
         search: Search, fork: bool = True) -> Plan:
    """The site's pages and data files, with what the cache holds put to use."""
    labels = ctx.labels
    jobs = page_jobs(ctx)
    last = manifest.generation
    if cache is not None and content is not None and last is not None and last.content == content:
        remembered = {src: key for src, key, _ in last.pages}
        data, found = _cached(cache, last.data), _cached(cache, last.search)
        if data is not None and len(jobs) == len(remembered) and all(j.src in remembered for j in jobs):
            pages = [SitePage(j.src, j.in_nav, remembered[j.src], _inline(j, labels)) for j in jobs]
            background = Background([] if found else [("search", search)], fork)
            return Plan(pages, data, found, Generation(content, last.pages, last.data), background,
                        reused_views=True)
    prefix = keys.site_code()
    data_task: Task = ("data", functools.partial(_data, ctx))
    if cache is None or not manifest.pages:
        # Nothing can be reused: every page is made, each key with its Markdown.
        background = Background([*[(j.src, functools.partial(_keyed_markdown, j, labels, prefix))
                                   for j in jobs], data_task, ("search", search)], fork)
        pages = [SitePage(j.src, j.in_nav, None, functools.partial(_keyed_from, background))
                 for j in jobs]
    else:
        pages, values = [], {}
        for job in jobs:
            values[job.src] = job.view()
            pages.append(SitePage(job.src, job.in_nav, keys.values_key(prefix, job.template, values[job.src]),
                                  _inline(job, labels, values[job.src])))
        # The pages whose Markdown changed will be rendered: prepare them in the background.
        before = {src: key for src, key, _ in last.pages} if last is not None else {}
        changed = [(p, j) for p, j in zip(pages, jobs) if p.key is None or before.get(p.src) != p.key]
        background = Background([*[(p.src, functools.partial(j.render, labels, values[p.src]))
                                   for p, j in changed], data_task, ("search", search)], fork)
        for page, _ in changed:
            page.make = functools.partial(_from, background)
    return Plan(pages, None, None, None if content is None else Generation(content, []), background)


def remember(cache: PageCache, plan: Plan) -> Generation | None:
    """Keep the data and search files of a build that succeeded; what the manifest records."""
    gen = plan.generation
    if gen is None or any(p.key is None for p in plan.pages):
        return None   # a page without a key: the next build must run every view again
    if not plan.reused_views:
        gen.pages = [(p.src, p.key or "", p.in_nav) for p in plan.pages]
        gen.data = {src: cache.write_data(_bytes(plan.data_file(src))) for src in DATA_FILES}
    files = plan.search_files()
    gen.search = {} if files is None else {name: cache.write_data(c) for name, c in files.items()}
    return gen


def _data(ctx: Context) -> dict[str, str | bytes]:
    return {o.src: o.content for o in data_files(ctx)}


def _keyed_markdown(job: PageJob, labels: Labels, prefix: str) -> tuple[str | None, str]:
    values = job.view()
    return keys.values_key(prefix, job.template, values), job.render(labels, values)


def _inline(job: PageJob, labels: Labels, values: dict | None = None) -> Callable[[SitePage], str]:
    return lambda page: job.render(labels, values)


def _keyed_from(background: Background, page: SitePage) -> str:
    key, markdown = background.result(page.src)
    page.key = key
    return str(markdown)


def _from(background: Background, page: SitePage) -> str:
    return str(background.result(page.src))


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _cached(cache: PageCache, blobs: dict[str, str]) -> dict[str, Any] | None:
    """Kept files by name, if all are there and intact (None if none or any is not)."""
    out = {}
    for name, blob in blobs.items():
        content = cache.read_data(blob)
        if content is None:
            return None
        out[name] = content
    return out or None
