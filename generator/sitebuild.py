"""`digest build`'s last step: MkDocs builds the site into a fresh folder beside the site folder,
which replaces the old one only when the build succeeds; every warning MkDocs logs is shown.

MkDocs empties its site folder before building, so a failed build used to leave nothing to
serve or publish; and `digest build` called MkDocs without its command line's logging, so a
strict build failed with "Aborted with 2 warnings in strict mode!" and not a word on which.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Echo = Callable[[str], None]


class _Shown(logging.Handler):
    """Shows each warning or error MkDocs logs, as it is logged."""

    def __init__(self, echo: Echo) -> None:
        super().__init__(logging.WARNING)
        self.echo = echo
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.echo(f"mkdocs: {record.levelname}: {record.getMessage()}")


def _leftovers(site: Path) -> list[Path]:
    """Folders a build killed midway left beside the site folder."""
    return [p for p in site.parent.glob(f".{site.name}.*") if p.is_dir() and p.suffix in (".building", ".old")]


def build_site(config: Any, echo: Echo) -> Path:
    """Build with MkDocs into a new folder, then put it in place of `config['site_dir']`
    (returned). On failure the old site is left as it was and the error is raised."""
    from mkdocs.commands.build import build

    site = Path(config["site_dir"]).absolute()
    site.parent.mkdir(parents=True, exist_ok=True)
    for old in _leftovers(site):
        shutil.rmtree(old, ignore_errors=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site.name}.", suffix=".building", dir=site.parent))
    shown = _Shown(echo)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(shown)
    config["site_dir"] = str(fresh)
    try:
        build(config)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(shown)
        config["site_dir"] = str(site)
    fresh.chmod(0o777 & ~_umask())   # mkdtemp makes it private; a site is for others to read
    if site.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{site.name}.", suffix=".old", dir=site.parent))
        site.rename(retired / site.name)
        fresh.rename(site)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        fresh.rename(site)
    return site


def _umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask
