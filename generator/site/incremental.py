"""Page generation that remembers: what changed since the last build, found without making it.

Each generated page gets a Markdown key, a digest of its template and the values its view
prepared (keys.values_key): equal keys, equal Markdown. Two levels find the keys:

- The content fingerprint covers everything generation reads: the digest's package (code,
  templates, labels, world data) and the installed packages, the site options, the date
  names, the gazetteer, every fact sheet file's bytes, SOURCE_DATE_EPOCH and the search
  settings. When it equals the last build's, every key, data file and the search index are
  the last build's, and no view runs.
- Otherwise every view runs and its values are keyed; the data files and the search index
  are made again.

That work runs in a helper process (background.py) while the site engine renders: it leaves
each page's key, and its Markdown when the page will be rendered (a first build, or a key
that changed), then the data files and the search index. Whatever the helper has not left
when it is needed is made here.
A page's Markdown is made only when the engine reads it, which it does not for a page whose
HTML it reuses. No site-engine types here.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import keys
from .background import Helper, Link
from .common import Context
from .generate import DATA_FILES, PageJob, data_files, page_jobs
from .labels import Labels
from .pagecache import Generation, Manifest, PageCache

Search = Callable[[], "dict[str, bytes] | None"]
_UNKNOWN = "\0unknown"


@dataclass
class SitePage:
    """A generated page: where it goes, its Markdown key and its Markdown, each found when asked."""
    # Found from the last build, the helper process, or made here, in that order.

    src: str
    in_nav: bool
    position: int
    _plan: Plan = field(repr=False)
    _job: PageJob = field(repr=False)
    _key: str | None = _UNKNOWN
    _values: dict | None = field(default=None, repr=False)
    _markdown: str | None = field(default=None, repr=False)

    @property
    def key(self) -> str | None:
        """The Markdown key (None: the values cannot be keyed, so the page is never reused)."""
        if self._key == _UNKNOWN:
            self._from_helper()
        if self._key == _UNKNOWN:
            self._values = self._job.view()
            self._key = keys.values_key(self._plan.prefix, self._job.template, self._values)
        return self._key

    def markdown(self) -> str:
        """The page's Markdown (its key is then known too)."""
        if self._markdown is None and self._key == _UNKNOWN:
            self._from_helper()
        if self._markdown is None:
            if self._values is None:
                self._values = self._job.view()
            if self._key == _UNKNOWN:
                self._key = keys.values_key(self._plan.prefix, self._job.template, self._values)
            self._markdown = self._job.render(self._plan.labels, self._values)
        markdown, self._markdown, self._values = self._markdown, None, None   # read once
        return markdown

    def forget(self) -> None:
        """Let go of the Markdown if it was made (it is made again if asked for)."""
        self._markdown, self._values = None, None

    def _from_helper(self) -> None:
        helper = self._plan.helper
        if helper is None:
            return
        helper.tell(self.position)
        sent, value = helper.take(self.src)
        if sent:
            self._key, self._markdown = value
            self._plan.prepared += 1


@dataclass
class Plan:
    """What this build generates, what the cache gave, and how to make the rest."""

    labels: Labels
    prefix: str                               # keys.site_code(), the start of every values key
    data: dict[str, bytes | str] | None       # data files: the last build's (still valid) or made
    search: dict[str, bytes] | None           # search files, likewise
    generation: Generation | None             # what to remember (None: nothing)
    make_data: Callable[[], dict[str, str | bytes]]
    make_search: Search
    pages: list[SitePage] = field(default_factory=list)
    reused_views: bool = False                # True when no view had to run
    helper: Helper | None = None
    prepared: int = 0                         # pages whose key the helper found
    _before: dict[str, str] = field(default_factory=dict)   # the last build's Markdown keys

    def data_file(self, src: str) -> str | bytes:
        """A data file's content."""
        if self.data is None:
            self.data = self._waited("data") or self.make_data()
        return self.data[src]

    def search_files(self) -> dict[str, bytes] | None:
        """The search files: the last build's, or made for this one (None: search is off)."""
        if self.search is None:
            self.search = self._waited("search") or self.make_search()
        return self.search

    def _waited(self, name: str) -> Any:
        if self.helper is None:
            return None
        sent, value = self.helper.wait(name)
        return value if sent else None

    def start_helper(self) -> None:
        """Start the helper process, when there is work for one."""
        if self.helper is None and (not self.reused_views or self.data is None or self.search is None):
            self.helper = Helper(self._help)

    def _help(self, link: Link) -> None:
        """The helper's work: each page's key and, where it will be rendered, its Markdown;
        then the data files and search index. In a first build the engine renders every page,
        slowly: the helper keeps ahead of it, in its order. In a rebuild the engine goes fast
        through the pages it reuses: the helper starts from the last page, and they meet."""
        if not self.reused_views:
            first = not self._before
            for page in self.pages if first else reversed(self.pages):
                if page.position <= link.position():
                    if first:
                        continue   # the main process has got there: it made this one itself
                    break          # they met: the main process does the rest
                values = page._job.view()
                key = keys.values_key(self.prefix, page._job.template, values)
                changed = key is None or self._before.get(page.src) != key
                if not link.send(page.src, [key, page._job.render(self.labels, values) if changed else None]):
                    break
        if self.data is None:
            link.send("data", self.make_data())
        if self.search is None:
            link.send("search", self.make_search())


def content_fingerprint(ctx: Context, sheet_files: Iterable[tuple[str, Path]], gazetteer: str,
                        dates_file: Path, search: str) -> str | None:
    """A digest of everything generation reads (None: the gazetteer has no fingerprint)."""
    # Without one, nothing generated is reused whole: every view runs and is keyed.
    if not gazetteer:
        return None
    return keys.digest(keys.code(), keys.canonical_json(ctx.options), gazetteer,
                       keys.files([("dates", dates_file)]), keys.files(sheet_files),
                       os.environ.get("SOURCE_DATE_EPOCH", "-"), search)


def plan(ctx: Context, cache: PageCache | None, manifest: Manifest, content: str | None,
         search: Search) -> Plan:
    """The site's pages and data files, with what the cache holds put to use."""
    jobs = page_jobs(ctx)
    last = manifest.generation
    made = Plan(ctx.labels, keys.site_code(), None, None, None if content is None else Generation(content, []),
                functools.partial(_data, ctx), search)
    made.pages = [SitePage(j.src, j.in_nav, i, made, j) for i, j in enumerate(jobs)]
    if cache is None or content is None or last is None:
        return made
    made._before = {src: key for src, key, _ in last.pages}
    if last.content == content and len(jobs) == len(made._before) \
            and all(j.src in made._before for j in jobs):
        data = _cached(cache, last.data)
        if data is not None:   # the same content as last time: the same keys and files
            for page in made.pages:
                page._key = made._before[page.src]
            made.data, made.search, made.reused_views = data, _cached(cache, last.search), True
            made.generation = Generation(content, last.pages, last.data)
    return made


def remember(cache: PageCache, plan: Plan) -> Generation | None:
    """Keep the data and search files of a build that succeeded; what the manifest records."""
    gen = plan.generation
    if gen is None:
        return None
    if not plan.reused_views:
        found = [(p.src, p.key, p.in_nav) for p in plan.pages]   # the few never asked: made now
        if any(key is None for _, key, _ in found):
            return None   # a page without a key: the next build must run every view again
        gen.pages = [(src, str(key), in_nav) for src, key, in_nav in found]
        gen.data = {src: cache.write_data(_bytes(plan.data_file(src))) for src in DATA_FILES}
    files = plan.search_files()
    gen.search = {} if files is None else {name: cache.write_data(c) for name, c in files.items()}
    return gen


def _data(ctx: Context) -> dict[str, str | bytes]:
    return {o.src: o.content for o in data_files(ctx)}


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
