"""A reproducible zip of the built site, for reading offline (same tree → same bytes)."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path


def zip_site(site: Path, target: Path, epoch: int) -> None:
    """Zip every file under `site` in sorted order with a fixed timestamp."""
    stamp = dt.datetime.fromtimestamp(max(epoch, 315532800), dt.timezone.utc).timetuple()[:6]
    tmp = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"site/{path.relative_to(site).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    tmp.replace(target)
