"""Fingerprints for the page cache: of code, of installed packages, of content, of page values.

A cached output may be reused only when its key proves it would come out byte-identical, so
every key here errs towards changing: whole folders are hashed file by file, settings are
written out in full, and a value that cannot be written out exactly gives no key at all
(the page is then made again). No site-engine types here; plugin.py's adapter fingerprints
the MkDocs configuration with `canonical`.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import io
import json
import pickle
import platform
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

# Bump when what the cache holds, or how keys are made, changes: older caches are then unused.
FORMAT = 1
PACKAGE = Path(__file__).resolve().parents[1]         # generator/
SITE_CODE = Path(__file__).resolve().parent           # generator/site/
# What turns pages and settings into bytes, besides the digest's own code.
DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "mkdocs-material-extensions", "markdown",
                 "pymdown-extensions", "jinja2", "markupsafe", "pygments", "pyyaml", "pydantic",
                 "regex", "babel", "backrefs", "mkdocs-get-deps")
_SKIPPED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache"}


class Unkeyable(ValueError):
    """A setting that cannot be written out exactly, so nothing keyed by it may be reused."""


def digest(*parts: str | bytes) -> str:
    """A short hex digest of the parts, each length-prefixed so that no two lists collide."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def tree(folder: Path) -> str:
    """Every file under a folder, by relative path and content (caches and bytecode skipped)."""
    parts: list[str | bytes] = []
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not _SKIPPED_DIRS.intersection(path.relative_to(folder).parts[:-1]) \
                    and path.suffix != ".pyc":
                parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(str(folder.is_dir()), *parts)


@functools.lru_cache(maxsize=1)
def versions() -> str:
    """Python and the installed versions of every package that shapes the site's bytes."""
    found = []
    for name in DISTRIBUTIONS:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}: none")
    return digest(platform.python_implementation(), platform.python_version(), *found)


def code() -> str:
    """The digest's whole package (code and data: the site, sheet models, gazetteers, world)."""
    return digest(str(FORMAT), tree(PACKAGE), versions())


def site_code() -> str:
    """The site layer alone (views, templates, labels, the plugin) and the packages it uses."""
    return digest(str(FORMAT), tree(SITE_CODE), versions())


def files(paths: Iterable[tuple[str, Path]]) -> str:
    """Named files by content, in the order given; a missing file counts as its own value."""
    parts: list[str | bytes] = []
    for name, path in paths:
        try:
            parts += [name, path.read_bytes()]
        except OSError:
            parts += [name, "\0missing"]
    return digest(*parts)


def values_key(prefix: str, template: str, values: Mapping[str, Any]) -> str | None:
    """The key of a page's values: a digest of their pickle, or None when they cannot be pickled."""
    # Pickle writes plain data out exactly and tells markup from text (Markup('<b>') is not
    # '<b>'); twice as fast as repr at 10,000 pages. Fast mode (no memo) writes an object out
    # in full wherever it occurs: with the memo, equal values whose strings or dicts happen to
    # be shared in one build and not in the next pickled differently, and a page whose values
    # had not changed was rendered again. Views return plain data (a test keeps them so); the
    # pickle is only hashed, never read back.
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    try:
        pickler.dump(values)
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return None   # ValueError: a cycle, which fast mode refuses
    return digest(prefix, template, buffer.getvalue())


def canonical(value: Any) -> Any:
    """A settings value as plain JSON data, exactly; Unkeyable when that cannot be done."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return [type(value).__qualname__, canonical(value.value)]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(json.dumps(canonical(v), sort_keys=True) for v in value)
    if isinstance(value, functools.partial):
        return {"partial": canonical(value.func), "args": canonical(value.args),
                "keywords": canonical(value.keywords)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {type(value).__qualname__: canonical(dataclasses.asdict(value))}
    if callable(value) and hasattr(value, "__qualname__") and "<locals>" not in value.__qualname__:
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    raise Unkeyable(f"{type(value).__module__}.{type(value).__qualname__}")


def canonical_json(value: Any) -> str:
    """`canonical` written as sorted, compact JSON."""
    return json.dumps(canonical(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
