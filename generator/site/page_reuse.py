"""The MkDocs side of the page cache: a page whose key is unchanged is not rendered again.

MkDocs renders every page on every build, Markdown then theme. For the digest's generated
pages outside the navigation (meetings, years, people, places, topics, review) `DigestPage`
stands in for MkDocs' Page:

- rendering, it records what else its HTML depended on: every path its links looked up and
  the address found, its title, table of contents, anchors and links to anchors;
- when its key (its Markdown key, its place in the site, and everything global the theme
  shows: settings, theme files, the navigation's titles and addresses, the digest's code,
  package versions) and every recorded lookup are as the cache holds them, Markdown and
  theme are both skipped: the theme renders only the page's live regions (live.py), which
  are spliced into the cached HTML, and MkDocs writes the page as usual.

A page that logged a warning while it was made is not kept, so reusing pages never hides a
warning a full build gives. The cache is off under `mkdocs serve`, in dirty builds, and with
plugins other than search and digest (what another plugin does to a page cannot be keyed).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from . import keys, live
from .incremental import SitePage
from .page_keys import nav_signature
from .pagecache import Manifest, PageCache, PageRecord, checksum

log = logging.getLogger("mkdocs.plugins.digest")
TEMPLATE = "digest-live:"        # theme templates that render only live regions: TEMPLATE + names
_BUILD_LOG = "mkdocs.commands.build"
_SKIPPED = "Page skipped: '"     # MkDocs' note for a page whose output is empty (not written)

def strip_markers(output: str, where: str) -> str:
    """A page or theme template's output without live-region markers."""
    try:
        return live.split(output)[0]
    except live.MarkerError as exc:
        raise PluginError(f"digest: {where}: {exc}; check the live-region markers in the theme "
                          "overrides (generator/site/live.py)") from None


class _LazyFile(File):
    """A generated file made when first read: never, for the Markdown of a reused page."""

    _make: Callable[[], str | bytes] | None = None
    _made: str | bytes | None = None

    @property
    def _content(self) -> str | bytes | None:
        if self._made is None and self._make is not None:
            self._made, self._make = self._make(), None
        return self._made

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._made, self._make = value, None


def lazy_file(config: MkDocsConfig, src: str, make: Callable[[], str | bytes],
              inclusion: InclusionLevel) -> File:
    """A generated file for MkDocs whose content `make` gives, when something reads it."""
    file = cast(_LazyFile, _LazyFile.generated(config, src, content="", inclusion=inclusion))
    file._make, file._made = make, None
    return file


class _Recording:
    """The site's files as a page's links see them, noting every lookup and what it found."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.seen: dict[str, str | None] = {}

    def get_file_from_path(self, path: str) -> File | None:
        """The file at a path, as Files finds it; the lookup is noted."""
        found = self._files.get_file_from_path(path)
        self.seen[path] = found.url if found is not None else None
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


class DigestPage(Page):
    """A generated page outside the navigation, made or reused through the page cache."""

    def __init__(self, file: File, config: MkDocsConfig, reuse: PageReuse, made: SitePage) -> None:
        super().__init__(None, file, config)
        self._reuse = reuse
        self._made = made
        self.listed = False     # in the navigation after all: never reused
        self.reused: tuple[PageRecord, bytes] | None = None
        self.lookups: dict[str, str | None] | None = None
        # Rendered by the second process (second_renderer.py): nothing is read here until
        # on_env, which stands its record in for the render, or reads the page after all.
        self.deferred = False
        self.aside = False      # its HTML was rendered by the second process

    @property
    def markdown_key(self) -> str | None:
        """The key of the page's Markdown (None: the page is never reused)."""
        return None if self.listed else self._made.key

    def read_source(self, config: MkDocsConfig) -> None:
        """Read the Markdown, unless the cached HTML stands in for the whole page."""
        if self.deferred:
            self.markdown, self.meta = "", {}
            return
        reuse = self._reuse
        reuse.current = self.file.src_uri
        self.reused = reuse.lookup(self)
        if self.reused is None:
            super().read_source(config)
            return
        # Nothing renders the Markdown of a reused page (plugins that would read it turn
        # the cache off), so it is not even made.
        self.markdown = ""
        self.meta = _live_meta(self.reused[0])

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Render, recording what the links found; or restore what rendering gave."""
        if self.deferred:
            self.content = ""
            return
        try:
            if self.reused is None:
                recording = _Recording(files)
                super().render(config, cast(Files, recording))
                self.lookups = recording.seen
                return
            self.stand_in(self.reused[0], files)
        finally:
            self._reuse.current = None

    def forget_markdown(self) -> None:
        """Let go of the Markdown made for the key: the page's HTML comes from elsewhere."""
        self._made.forget()

    def stand_in(self, record: PageRecord, files: Files) -> None:
        """Make the page what reading and rendering it gave, as its record holds."""
        self.markdown = ""
        self.meta = _live_meta(record)
        self.content = ""
        self.toc = get_toc(record.toc)
        self._title_from_render = record.title
        self.present_anchor_ids = set(record.anchors)
        # as Page.render: links to anchors are collected unless MkDocs logs at DEBUG
        if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = {files.src_uris[src]: dict(anchors)
                                     for src, anchors in record.links.items()}


def _live_meta(record: PageRecord) -> dict[str, Any]:
    """A reused page's front matter, its template the one that renders only live regions."""
    return {**record.meta, "template": TEMPLATE + ",".join(r.template for r in record.live)}


class _Watch(logging.Handler):
    """Notes the page being made when MkDocs or a plugin logs a warning."""

    def __init__(self, reuse: PageReuse) -> None:
        super().__init__(logging.WARNING)
        self.reuse = reuse

    def emit(self, record: logging.LogRecord) -> None:
        """Note the current page as warned."""
        if self.reuse.current is not None:
            self.reuse.warned.add(self.reuse.current)


class PageReuse:
    """Page reuse for one build: which pages are candidates, which were reused, what to keep."""

    def __init__(self, cache: PageCache, last: Manifest, render: str) -> None:
        self.cache = cache
        self.last = last.pages
        self._last_paths = last.paths
        self.render = render
        self.files: Files | None = None
        self.nav: Navigation | None = None
        self._nav_key: str | None = None
        self._moved: set[str] | None = None   # looked-up paths whose target changed since
        self.current: str | None = None
        self.warned: set[str] = set()
        self.records: dict[str, PageRecord] = {}
        self._site: list[tuple[bool, str, Path]] = []   # (adopt?, key, site file) per kept page
        self.stats = {"pages": 0, "reused": 0, "rendered": 0, "rendered_aside": 0}
        self.watch = _Watch(self)   # notes pages that warned while made
        logging.getLogger("mkdocs").addHandler(self.watch)
        self._linked: set[str] = set()   # reused pages already in the site, linked to the cache
        logging.getLogger(_BUILD_LOG).addFilter(self._quiet)

    def attach(self, files: Files, config: MkDocsConfig, pages: list[SitePage]) -> None:
        """Make every generated page outside the navigation a DigestPage."""
        # Before MkDocs makes them plain Pages: it keeps a page a file already has.
        self.files = files
        for made in pages:
            file = files.src_uris.get(made.src)
            if not made.in_nav and file is not None and file.page is None and file.inclusion.is_not_in_nav():
                DigestPage(file, config, self, made)
                self.stats["pages"] += 1

    def navigation(self, nav: Navigation) -> None:
        """The site's navigation; a DigestPage listed in it anyway is never reused."""
        self.nav = nav
        for page in nav.pages:
            if isinstance(page, DigestPage):
                page.listed = True

    def env(self, env: jinja2.Environment) -> jinja2.Environment:
        """Teach the theme the templates that render only live regions."""
        def source(name: str) -> str | None:
            if not name.startswith(TEMPLATE):
                return None
            names = name[len(TEMPLATE):]
            return live.template_source(names.split(",") if names else [])
        assert env.loader is not None
        env.loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(source), env.loader])
        return env

    def nav_key(self) -> str | None:
        """The navigation's signature, once every page in it has been read."""
        if self._nav_key is None and self.nav is not None:
            self._nav_key = nav_signature(self.nav)
        return self._nav_key

    def page_key(self, page: DigestPage, nav: str) -> str:
        """Everything a page's HTML is made of, but its links' targets and live regions."""
        f = page.file
        return keys.digest(self.render, nav, f.src_uri, f.url, f.dest_uri, str(f.inclusion),
                           page.canonical_url or "-", page.edit_url or "-", page.markdown_key or "")

    def _url(self, path: str) -> str | None:
        assert self.files is not None
        found = self.files.get_file_from_path(path)
        return found.url if found is not None else None

    def reusable(self, page: DigestPage) -> PageRecord | None:
        """The cached record that stands in for a page, if its key and links hold."""
        record = self.last.get(page.file.src_uri)
        nav = self.nav_key()
        if record is None or nav is None or page.markdown_key is None or self.files is None:
            return None
        if record.key != self.page_key(page, nav):
            return None
        if self._moved is None:   # once per build: every path any page looked up last time
            self._moved = {p for p, url in self._last_paths.items() if self._url(p) != url}
        if self._moved and not self._moved.isdisjoint(record.lookups):
            return None
        if any(src not in self.files.src_uris for src in record.links):
            return None
        return record

    def lookup(self, page: DigestPage) -> tuple[PageRecord, bytes] | None:
        """The cached record and HTML that stand in for a page, if they hold and are intact."""
        record = self.reusable(page)
        html = self.cache.read_html(record) if record is not None else None
        return None if record is None or html is None else (record, html)

    def enter(self, page: Page) -> None:
        """A page's theme rendering starts (warnings from now on are the page's)."""
        self.current = page.file.src_uri if isinstance(page, DigestPage) else None

    def post_page(self, output: str, page: Page | None) -> str:
        """The page as written to the site; a rendered page is noted, to be kept."""
        # A reused page gets its fresh live regions spliced in; every page loses its markers.
        self.current = None
        if not isinstance(page, DigestPage):
            return strip_markers(output, page.file.src_uri if page is not None else "a theme template")
        try:
            html, regions = live.split(output)
        except live.MarkerError as exc:
            raise PluginError(f"digest: {page.file.src_uri}: {exc}; check the live-region markers in "
                              "the theme overrides (generator/site/live.py)") from None
        if page.reused is None:
            self.stats["rendered"] += 1
            self._keep(page, html, regions)
            return html
        record, cached = page.reused
        page.reused = (record, b"")   # the bytes are not needed again
        if [r.template for r in regions] != [r.template for r in record.live]:
            raise PluginError(f"digest: {page.file.src_uri}: its cached live regions differ from "
                              f"the theme's; delete the page cache {self.cache.folder} and build again")
        old = cached.decode("utf-8")
        fresh = [html[r.start:r.end] for r in regions]
        self.records[page.file.src_uri] = record
        if page.aside:   # rendered in this build, by the second process
            self.stats["rendered"] += 1
            self.stats["rendered_aside"] += 1
        else:
            self.stats["reused"] += 1
        if fresh == [old[r.start:r.end] for r in record.live]:
            # The cached bytes as they are: linked into the site now, and MkDocs, given no
            # output, writes nothing (a new file cost ~0.45 ms of kernel time each, 3 s of a
            # 10,000-page rebuild that changed nothing, only to be replaced by this link).
            if self.cache.share(record.key, Path(page.file.abs_dest_path)):
                self._linked.add(page.file.src_uri)
                return ""
            self._site.append((False, record.key, Path(page.file.abs_dest_path)))
            return old
        return live.splice(old, record.live, fresh)

    def _keep(self, page: DigestPage, html: str, regions: list[live.Region]) -> None:
        nav = self.nav_key()
        if (nav is None or page.lookups is None or page.markdown_key is None
                or page.links_to_anchors is None or page.file.src_uri in self.warned):
            return
        try:
            meta = json.loads(json.dumps(page.meta, ensure_ascii=False))
        except (TypeError, ValueError):
            return
        if meta != page.meta:
            return
        key = self.page_key(page, nav)
        # the bytes MkDocs writes (it encodes the same way)
        size, crc = checksum(html.encode("utf-8", errors="xmlcharrefreplace"))
        self.records[page.file.src_uri] = PageRecord(
            key=key, size=size, crc=crc, live=regions, title=page._title_from_render, meta=meta,
            toc=[_token(a) for a in page.toc], anchors=sorted(page.present_anchor_ids or ()),
            links={f.src_uri: dict(a) for f, a in page.links_to_anchors.items()},
            lookups=tuple(page.lookups))
        self._site.append((True, key, Path(page.file.abs_dest_path)))

    def rendered_aside(self, page: DigestPage, record: PageRecord) -> bytes | None:
        """The HTML the second renderer left for a page, if its key is the one computed here
        and the HTML is intact."""
        nav = self.nav_key()
        if nav is None or page.markdown_key is None or self.files is None \
                or record.key != self.page_key(page, nav) \
                or any(src not in self.files.src_uris for src in record.links):
            return None
        return self.cache.read_html(record)

    def adopt_rendered(self) -> dict[str, PageRecord]:
        """In the second renderer: keep the rendered pages' HTML; the records of those kept."""
        for adopt, key, site_file in self._site:
            if adopt and not self.cache.adopt(key, site_file):
                self.records = {src: r for src, r in self.records.items() if r.key != key}
        return self.records

    def finish(self) -> tuple[dict[str, PageRecord], dict[str, str | None]]:
        """Keep the rendered pages' HTML; the records to keep and what their lookups found."""
        # After the site is written: the cache takes the HTML of every page rendered, and
        # every page written as cached becomes a link to its entry.
        self.close()
        for adopt, key, site_file in self._site:
            if adopt and not self.cache.adopt(key, site_file):
                self.records = {src: r for src, r in self.records.items() if r.key != key}
            elif not adopt:
                self.cache.share(key, site_file)
        paths = {p for record in self.records.values() for p in record.lookups}
        return self.records, {p: self._url(p) for p in paths}

    def close(self) -> None:
        """Stop watching the log (at the end of a build, or when it fails)."""
        logging.getLogger("mkdocs").removeHandler(self.watch)
        logging.getLogger(_BUILD_LOG).removeFilter(self._quiet)

    def _quiet(self, record: logging.LogRecord) -> bool:
        """MkDocs' note that a page gave no output, for a page linked from the cache instead."""
        message = record.getMessage()
        return not (message.startswith(_SKIPPED) and message[len(_SKIPPED):].partition("'")[0] in self._linked)


def _token(anchor: Any) -> dict[str, Any]:
    """A table-of-contents entry as the token MkDocs builds it from."""
    return {"level": anchor.level, "id": anchor.id, "name": anchor.title,
            "children": [_token(c) for c in anchor.children]}
