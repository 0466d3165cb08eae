"""A damaged or mismatched extraction cache never ends a run or changes a sheet: every cache
file, and every article's row in the cache's database, is sealed (its key and a checksum), so a
bad one is dropped with a one-line warning and what it held is worked out again; the sheets are byte for byte those of a clean run, and
`--strict` does not fail (nothing for an editor to fix)."""
from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from .conftest import Project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def _article_entries(proj: Project) -> list[Path]:
    return sorted((proj.root / ".digest-cache").rglob("articles.sqlite"))


def _all_entries(proj: Project) -> list[Path]:
    return _article_entries(proj) + sorted((proj.root / ".digest-cache").rglob("*.pickle"))


# Damage to whole files: each returns what the warnings name.

def garbage(entries: list[Path]) -> list[str]:
    for i, e in enumerate(entries):
        e.write_bytes(bytes((i * 37 + n * 11) % 256 for n in range(300)))
    return [str(e) for e in entries]


def truncated(entries: list[Path]) -> list[str]:
    for e in entries:
        e.write_bytes(e.read_bytes()[: e.stat().st_size // 2])
    return [str(e) for e in entries]


def huge_length(entries: list[Path]) -> list[str]:
    """A pickle frame announcing 2**62 bytes: an unchecked unpickler runs out of memory."""
    for e in entries:
        e.write_bytes(b"\x80\x05\x95" + (2 ** 62).to_bytes(8, "little") + b"\x00" * 16)
    return [str(e) for e in entries]


def plain_pickle(entries: list[Path]) -> list[str]:
    """A pickle that is not a sealed entry (an older version, another tool)."""
    for e in entries:
        e.write_bytes(pickle.dumps({"not": "an article"}))
    return [str(e) for e in entries]


@pytest.mark.parametrize("damage", [garbage, truncated, huge_length, plain_pickle], ids=lambda f: f.__name__)
@pytest.mark.parametrize("which", ["articles", "all"])
def test_a_bad_cache_file_is_dropped_with_a_warning_and_worked_out_again(proj, good_sheets, damage, which):
    clean = snapshot(proj.extract().out)
    entries = _article_entries(proj) if which == "articles" else _all_entries(proj)
    assert entries
    _recovers(proj, clean, damage(entries))


# Damage to one article's row in the database (its value; the file itself is sound).

def _rows(db: Path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT key, value FROM entry ORDER BY key").fetchall()


def _set(db: Path, key: str, value: bytes) -> str:
    with sqlite3.connect(db) as con:
        con.execute("UPDATE entry SET value = ? WHERE key = ?", (value, key))
    con.close()
    return f"{db}: cache entry {key}"


def garbage_row(db: Path) -> list[str]:
    key, _ = _rows(db)[0]
    return [_set(db, key, bytes(n * 11 % 256 for n in range(300)))]


def truncated_row(db: Path) -> list[str]:
    key, value = _rows(db)[0]
    return [_set(db, key, value[: len(value) // 2])]


def plain_pickle_row(db: Path) -> list[str]:
    key, _ = _rows(db)[0]
    return [_set(db, key, pickle.dumps({"not": "an article"}))]


def copied(db: Path) -> list[str]:
    """One article's sound entry under another article's key."""
    (_, first), (key, _) = _rows(db)[:2]
    return [_set(db, key, first)]


def swapped(db: Path) -> list[str]:
    (k1, v1), (k2, v2) = _rows(db)[:2]
    return [_set(db, k1, v2), _set(db, k2, v1)]


@pytest.mark.parametrize("damage", [garbage_row, truncated_row, plain_pickle_row, copied, swapped],
                         ids=lambda f: f.__name__)
def test_a_bad_cache_entry_is_dropped_with_a_warning_and_worked_out_again(proj, good_sheets, damage):
    clean = snapshot(proj.extract().out)
    [db] = _article_entries(proj)
    _recovers(proj, clean, damage(db))


def _recovers(proj: Project, clean: dict[str, bytes], named: list[str]) -> None:
    run = proj.extract("--strict")
    assert run.code == 0, run.output
    assert snapshot(run.out) == clean, run.output                 # no phantom meeting, nothing lost
    for entry in named:
        said = run.lines(f"{entry}")
        assert len(said) == 1 and "cache entry" in said[0] and "dropped" in said[0], run.output
    again = proj.extract()
    assert not again.lines("cache entry") and snapshot(again.out) == clean, again.output
