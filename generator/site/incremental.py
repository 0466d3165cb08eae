"""Page generation that remembers: what changed since the last build, found without making it.

Each generated page gets a Markdown key, a digest of its template and the values its view
prepared (keys.values_key): equal keys, equal Markdown. Two levels find the keys:

- The content fingerprint covers everything generation reads: the digest's package (code,
  templates, labels, world data) and the installed packages, the site options, the date
  names, the gazetteer, every fact sheet file's bytes, SOURCE_DATE_EPOCH and the search
  settings. When it equals the last build's, every key, data file and the search index are
  the last build's, and no view runs.
- Otherwise every view runs and its values are keyed; the data files are made again.

Either way a page's Markdown is rendered only when the site engine reads it, which it does
not for a page whose HTML it reuses. No site-engine types here.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import keys
from .common import Context
from .generate import Output, PageJob, data_files, page_jobs
from .labels import Labels
from .pagecache import Generation, Manifest, PageCache


@dataclass(frozen=True)
class SitePage:
    """A generated page: where it goes, its Markdown key (None: never reused) and how to
    make its Markdown."""

    src: str
    in_nav: bool
    key: str | None
    markdown: Callable[[], str]


@dataclass
class Plan:
    """What this build generates, and what the cache gave."""

    pages: list[SitePage]
    data: list[Output]
    search: dict[str, bytes] | None           # the last build's search files, still valid
    generation: Generation | None             # what to remember (None: nothing)
    reused_views: bool = False                # True when no view had to run


def content_fingerprint(ctx: Context, sheet_files: Iterable[tuple[str, Path]], gazetteer: str,
                        dates_file: Path, search: str) -> str | None:
    """Everything page generation, the data files and the search index read; None when the
    gazetteer gives no fingerprint of its own (then nothing generated is reused whole)."""
    if not gazetteer:
        return None
    return keys.digest(keys.code(), keys.canonical_json(ctx.options), gazetteer,
                       keys.files([("dates", dates_file)]), keys.files(sheet_files),
                       os.environ.get("SOURCE_DATE_EPOCH", "-"), search)


def plan(ctx: Context, cache: PageCache | None, manifest: Manifest, content: str | None) -> Plan:
    """The site's pages and data files, with what the cache holds put to use."""
    labels = ctx.labels
    jobs = page_jobs(ctx)
    last = manifest.generation
    if cache is not None and content is not None and last is not None and last.content == content:
        remembered = {src: (key, in_nav) for src, key, in_nav in last.pages}
        data = _cached_data(cache, last)
        search = _cached_search(cache, last)
        if data is not None and all(j.src in remembered for j in jobs) and len(jobs) == len(remembered):
            pages = [SitePage(j.src, j.in_nav, remembered[j.src][0], functools.partial(j.render, labels))
                     for j in jobs]
            return Plan(pages, data, search, Generation(content, last.pages, last.data, last.search),
                        reused_views=True)
    prefix = keys.site_code()
    pages = [_keyed(job, labels, prefix) for job in jobs]
    generation = None if content is None else Generation(
        content, [(p.src, p.key, p.in_nav) for p in pages if p.key is not None])
    if generation is not None and len(generation.pages) != len(pages):
        generation = None   # a page without a key: the next build must run every view again
    return Plan(pages, data_files(ctx), None, generation)


def remember(cache: PageCache, plan: Plan, search: dict[str, bytes] | None) -> Generation | None:
    """Keep the data files and search files of a build that succeeded; what the manifest
    records of them."""
    gen = plan.generation
    if gen is None:
        return None
    if not plan.reused_views:
        gen.data = {o.src: cache.write_data(_bytes(o.content)) for o in plan.data}
    if search is not None:
        gen.search = {name: cache.write_data(content) for name, content in search.items()}
    return gen


def _keyed(job: PageJob, labels: Labels, prefix: str) -> SitePage:
    values = job.view()
    key = keys.values_key(prefix, job.template, values)
    return SitePage(job.src, job.in_nav, key, functools.partial(job.render, labels, values))


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _cached_data(cache: PageCache, gen: Generation) -> list[Output] | None:
    """The last build's data files, each as it was made (str or bytes), if all intact."""
    out = []
    for src, name in gen.data.items():
        content = cache.read_data(name)
        if content is None:
            return None
        out.append(Output(src, content))
    return out if out else None


def _cached_search(cache: PageCache, gen: Generation) -> dict[str, bytes] | None:
    """The last build's search files, if all intact."""
    out = {}
    for path, name in gen.search.items():
        content = cache.read_data(name)
        if content is None:
            return None
        out[path] = content
    return out if out else None
