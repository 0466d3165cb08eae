"""The page cache folder: what one build made, for the next build to reuse.

    manifest.json    keys, and one record per page; written last, by a build that succeeded
    html/<key>.html  a page as the site has it (live regions included, see live.py)
    data/<digest>    generated data files and the search index

A page's HTML is the site's own file: the cache takes it as a hard link when it can, so it
costs neither a second write nor disk space, and a site file left as it was is a link to the
cache, which the next build deletes without freeing anything (freeing thousands of files can
take seconds). Where links cannot be made, files are copied. Every file is written under a
temporary name and renamed, and a page's HTML is checked against the size and CRC its record
holds before reuse, so a torn or edited file (a site file changed in place changes its cache
entry too) is never reused: its page is rendered again. Deleting the folder is always safe;
CI keeps it between runs. No site-engine types here.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .keys import FORMAT, digest
from .live import Region

log = logging.getLogger("mkdocs.plugins.digest")
MANIFEST = "manifest.json"


@dataclass
class PageRecord:
    """What rendering one page gave, beyond its HTML: enough to stand in for the render."""

    key: str                                  # the page's key (see page_reuse.page_key)
    size: int                                 # bytes of html/<key>.html
    crc: int                                  # its CRC-32
    live: list[Region]                        # live regions in the HTML
    title: str | None                         # the title the render found (first heading)
    meta: dict[str, Any]                      # front matter
    toc: list[Any]                            # [[level, id, title, children], ...]
    anchors: list[str]                        # ids other pages may link to
    links: dict[str, dict[str, str]]          # linked page → {anchor: link as written}
    lookups: tuple[str, ...]                  # paths its links looked up (Manifest.paths: found)

    def to_json(self, index: dict[str, int]) -> list[Any]:
        """The record as JSON data, its lookups as positions in the manifest's path list."""
        return [self.key, self.size, self.crc, [[r.start, r.end, r.template] for r in self.live],
                self.title, self.meta, self.toc, self.anchors, self.links,
                [index[p] for p in self.lookups]]

    @classmethod
    def from_json(cls, data: list[Any], paths: list[str]) -> PageRecord:
        """A record from JSON data (KeyError, IndexError, TypeError or ValueError if not one)."""
        key, size, crc, regions, title, meta, toc, anchors, links, lookups = data
        return cls(key=str(key), size=int(size), crc=int(crc),
                   live=[Region(int(s), int(e), str(t)) for s, e, t in regions],
                   title=title, meta=dict(meta), toc=list(toc), anchors=list(anchors),
                   links=dict(links), lookups=tuple(paths[i] for i in lookups))


@dataclass
class Generation:
    """What page generation gave for one content fingerprint (see incremental.py)."""

    content: str                                        # the content fingerprint
    pages: list[tuple[str, str, bool]]                  # (source path, Markdown key, in nav)
    data: dict[str, str] = field(default_factory=dict)  # data file source path → blob
    search: dict[str, str] = field(default_factory=dict)  # search file (site path) → blob


@dataclass
class Manifest:
    """Everything the cache knows: the last generation and one record per page."""

    generation: Generation | None = None
    pages: dict[str, PageRecord] = field(default_factory=dict)
    paths: dict[str, str | None] = field(default_factory=dict)  # looked up → url found (None: none)
    stats: dict[str, int] = field(default_factory=dict)   # what the last build reused and made


class PageCache:
    """The cache folder; every read tolerates a missing or damaged cache (it reads as empty)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load(self) -> Manifest:
        """The manifest the last successful build wrote; empty if none or unreadable."""
        path = self.folder / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Manifest()
        except (OSError, ValueError) as exc:
            log.info(f"digest: page cache {path} unreadable ({exc}); the site is built in full")
            return Manifest()
        try:
            if data.get("format") != FORMAT:
                return Manifest()
            gen = data.get("generation")
            generation = None if gen is None else Generation(
                content=str(gen["content"]), pages=[(str(s), str(k), bool(n)) for s, k, n in gen["pages"]],
                data=dict(gen["data"]), search=dict(gen["search"]))
            table = [(str(p), None if u is None else str(u)) for p, u in data["paths"]]
            names = [p for p, _ in table]
            pages = {str(src): PageRecord.from_json(rec, names) for src, rec in data["pages"].items()}
            return Manifest(generation, pages, dict(table), dict(data.get("stats") or {}))
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            log.info(f"digest: page cache {path} is not in the expected form ({exc!r}); "
                     "the site is built in full")
            return Manifest()

    def save(self, manifest: Manifest) -> None:
        """Write the manifest, then delete every blob it does not name."""
        gen = manifest.generation
        paths = sorted({p for rec in manifest.pages.values() for p in rec.lookups})
        index = {p: i for i, p in enumerate(paths)}
        data = {
            "format": FORMAT,
            "generation": None if gen is None else {
                "content": gen.content, "pages": [list(p) for p in gen.pages],
                "data": gen.data, "search": gen.search},
            "paths": [[p, manifest.paths[p]] for p in paths],
            "pages": {src: rec.to_json(index) for src, rec in sorted(manifest.pages.items())},
            "stats": manifest.stats,
        }
        _write(self.folder / MANIFEST, json.dumps(data, ensure_ascii=False, separators=(",", ":"))
               .encode("utf-8"))
        keep = {f"{rec.key}.html" for rec in manifest.pages.values()}
        if gen is not None:
            keep |= set(gen.data.values()) | set(gen.search.values())
        for sub in ("html", "data"):
            folder = self.folder / sub
            if folder.is_dir():
                for name in os.listdir(folder):
                    if name not in keep:
                        (folder / name).unlink(missing_ok=True)

    # Pages ---------------------------------------------------------------------------------

    def read_html(self, record: PageRecord) -> bytes | None:
        """A page's cached HTML (UTF-8), if intact."""
        try:
            data = (self.folder / "html" / f"{record.key}.html").read_bytes()
        except OSError:
            return None
        if len(data) != record.size or zlib.crc32(data) != record.crc:
            log.info(f"digest: page cache entry {record.key} damaged; its page is rendered again")
            return None
        return data

    def adopt(self, key: str, site_file: Path) -> bool:
        """Keep a page's HTML (a hard link to the site's file, else a copy); False if it is gone."""
        target = self.folder / "html" / f"{key}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".tmp-{key}")
        try:
            tmp.unlink(missing_ok=True)
            os.link(site_file, tmp)
            os.replace(tmp, target)
            return True
        except FileNotFoundError:
            return False
        except OSError:   # another file system, or one without hard links
            try:
                _write(target, site_file.read_bytes())
                return True
            except OSError:
                return False

    def share(self, key: str, site_file: Path) -> bool:
        """Make a site file with the cached page's bytes a hard link to it, or put the link
        there if there is no file yet; False if no link can be made (the file is left as it was)."""
        # Deleting the site then frees nothing, which saves seconds at 10,000 pages; the file's
        # bytes are right either way.
        tmp = site_file.with_name(f".digest-{key}")
        entry = self.folder / "html" / f"{key}.html"
        try:
            site_file.parent.mkdir(parents=True, exist_ok=True)
            if site_file.exists() and os.path.samefile(site_file, entry):
                return True   # the cache adopted it (second_renderer.py); a rename onto it would do nothing
            os.link(entry, tmp)
            os.replace(tmp, site_file)
            return True
        except OSError:
            tmp.unlink(missing_ok=True)
            return False

    # Generated files ---------------------------------------------------------------------

    def write_data(self, content: bytes) -> str:
        """Keep a generated file; its blob name (a digest of its content)."""
        name = digest(content)
        path = self.folder / "data" / name
        if not path.exists():
            _write(path, content)
        return name

    def read_data(self, name: str) -> bytes | None:
        """A kept generated file, if it is there and intact."""
        try:
            content = (self.folder / "data" / name).read_bytes()
        except OSError:
            return None
        return content if digest(content) == name else None


def checksum(data: bytes) -> tuple[int, int]:
    """The size and CRC-32 a record holds of its page's HTML."""
    return len(data), zlib.crc32(data)


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a temporary file renamed over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)   # as any file written by a build; mkstemp makes it private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
