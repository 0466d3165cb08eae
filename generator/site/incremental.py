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
whose HTML it reuses. The data files and the search index may come from a helper process
(background.py), which the adapter starts; else they are made here. No site-engine types.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import keys
from .background import Helper
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
    """What this build generates, what the cache gave, and how to make the rest."""

    pages: list[SitePage]
    data: dict[str, bytes | str] | None       # data files: the last build's (still valid) or made
    search: dict[str, bytes] | None           # search files, likewise
    generation: Generation | None             # what to remember (None: nothing)
    make_data: Callable[[], dict[str, str | bytes]]
    make_search: Search
    reused_views: bool = False                # True when no view had to run
    helper: Helper | None = None              # a helper process that may send data and search

    def data_file(self, src: str) -> str | bytes:
        """A data file's content."""
        if self.data is None:
            self.data = self._from_helper("data") or self.make_data()
        return self.data[src]

    def search_files(self) -> dict[str, bytes] | None:
        """The search files: the last build's, or made for this one (None: search is off)."""
        if self.search is None:
            self.search = self._from_helper("search") or self.make_search()
        return self.search

    def _from_helper(self, name: str) -> Any:
        if self.helper is None:
            return None
        sent, value = self.helper.wait(name)
        return value if sent else None


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
         search: Search) -> Plan:
    """The site's pages and data files, with what the cache holds put to use."""
    labels = ctx.labels
    jobs = page_jobs(ctx)
    last = manifest.generation
    make_data = functools.partial(_data, ctx)
    if cache is not None and content is not None and last is not None and last.content == content:
        remembered = {src: key for src, key, _ in last.pages}
        data = _cached(cache, last.data)
        if data is not None and len(jobs) == len(remembered) and all(j.src in remembered for j in jobs):
            pages = [SitePage(j.src, j.in_nav, remembered[j.src], _inline(j, labels)) for j in jobs]
            return Plan(pages, data, _cached(cache, last.search), Generation(content, last.pages, last.data),
                        make_data, search, reused_views=True)
    prefix = keys.site_code()
    if cache is None or not manifest.pages:
        # Nothing can be reused: each page's key is found with its Markdown.
        pages = [SitePage(j.src, j.in_nav, None, functools.partial(_keyed, j, labels, prefix)) for j in jobs]
    else:
        pages = []
        for job in jobs:
            values = job.view()
            pages.append(SitePage(job.src, job.in_nav, keys.values_key(prefix, job.template, values),
                                  _inline(job, labels, values)))
    return Plan(pages, None, None, None if content is None else Generation(content, []), make_data, search)


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


def _keyed(job: PageJob, labels: Labels, prefix: str, page: SitePage) -> str:
    values = job.view()
    page.key = keys.values_key(prefix, job.template, values)
    return job.render(labels, values)


def _inline(job: PageJob, labels: Labels, values: dict | None = None) -> Callable[[SitePage], str]:
    return lambda page: job.render(labels, values)


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
