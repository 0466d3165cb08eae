"""A damaged or mismatched extraction cache never ends a run or changes a sheet: every cache
file is sealed (its key and a checksum), so a bad one is dropped with a one-line warning and
what it held is worked out again; the sheets are byte for byte those of a clean run, and
`--strict` does not fail (nothing for an editor to fix)."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from .conftest import Project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def _article_entries(proj: Project) -> list[Path]:
    return sorted(p for p in (proj.root / ".digest-cache").rglob("*.pickle") if len(p.stem) == 64)


def _all_entries(proj: Project) -> list[Path]:
    return sorted((proj.root / ".digest-cache").rglob("*.pickle"))


def garbage(entries: list[Path]) -> list[Path]:
    for i, e in enumerate(entries):
        e.write_bytes(bytes((i * 37 + n * 11) % 256 for n in range(300)))
    return entries


def truncated(entries: list[Path]) -> list[Path]:
    for e in entries:
        e.write_bytes(e.read_bytes()[: e.stat().st_size // 2])
    return entries


def huge_length(entries: list[Path]) -> list[Path]:
    """A pickle frame announcing 2**62 bytes: an unchecked unpickler runs out of memory."""
    for e in entries:
        e.write_bytes(b"\x80\x05\x95" + (2 ** 62).to_bytes(8, "little") + b"\x00" * 16)
    return entries


def plain_pickle(entries: list[Path]) -> list[Path]:
    """A pickle that is not a sealed entry (an older version, another tool)."""
    for e in entries:
        e.write_bytes(pickle.dumps({"not": "an article"}))
    return entries


def copied(entries: list[Path]) -> list[Path]:
    """One article's sound entry under another article's key."""
    arts = [e for e in entries if len(e.stem) == 64]
    arts[1].write_bytes(arts[0].read_bytes())
    return [arts[1]]


def swapped(entries: list[Path]) -> list[Path]:
    arts = [e for e in entries if len(e.stem) == 64]
    first, second = arts[0].read_bytes(), arts[1].read_bytes()
    arts[0].write_bytes(second)
    arts[1].write_bytes(first)
    return arts[:2]


@pytest.mark.parametrize("damage", [garbage, truncated, huge_length, plain_pickle, copied, swapped],
                         ids=lambda f: f.__name__)
@pytest.mark.parametrize("which", ["articles", "all"])
def test_a_bad_cache_entry_is_dropped_with_a_warning_and_worked_out_again(proj, good_sheets, damage, which):
    clean = snapshot(proj.extract().out)
    entries = _article_entries(proj) if which == "articles" else _all_entries(proj)
    bad = damage(entries)
    run = proj.extract("--strict")
    assert run.code == 0, run.output
    assert snapshot(run.out) == clean, run.output                 # no phantom meeting, nothing lost
    for entry in bad:
        said = run.lines(f"{entry}: cache entry")
        assert len(said) == 1 and "dropped" in said[0], run.output
    again = proj.extract()
    assert not again.lines("cache entry") and snapshot(again.out) == clean, again.output
