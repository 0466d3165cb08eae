"""A meeting page must not grow with the archive: 100 and 2,000 sheets give the same page size."""
from __future__ import annotations

import time

import pytest

from .factory import build_site, synthetic_sheets, write_sheets

SAMPLE = [f"m{i:05d}" for i in (1, 2, 3, 5, 50, 99)]


@pytest.mark.slow
def test_page_size_does_not_grow_with_the_number_of_meetings(tmp_path):
    sheets = synthetic_sheets(2000)
    sizes, seconds = {}, {}
    for n in (100, 2000):
        folder = tmp_path / str(n)
        meetings = write_sheets(folder / "meetings", sheets[:n])
        start = time.perf_counter()
        site = build_site(folder, meetings)
        seconds[n] = time.perf_counter() - start
        sizes[n] = {sid: (site / "meetings" / f"{sid}.html").stat().st_size for sid in SAMPLE}
        sizes[n]["index"] = (site / "index.html").stat().st_size
        home = (site / "index.html").read_text(encoding="utf-8")
        nav = home[home.index("md-sidebar--primary"):home.index("md-sidebar--secondary")]
        assert "meetings/" not in nav
    print(f"\nbuild: 100 sheets {seconds[100]:.1f} s, 2000 sheets {seconds[2000]:.1f} s")
    for key in sizes[100]:
        small, large = sizes[100][key], sizes[2000][key]
        print(f"{key}: {small} B at 100 sheets, {large} B at 2000 ({(large - small) / small:+.1%})")
        assert abs(large - small) / small < 0.10, key
