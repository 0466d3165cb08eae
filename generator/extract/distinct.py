"""One report per meeting an article tells: the same meeting told twice (its headline, then
a sentence) is one report, and a headline that sums up two meetings is none of its own.

Example: "خار تبحث الأمن مع متقي وحنفي" over one meeting with each gives those two reports.
"""
from __future__ import annotations

from .report import Report


def distinct(reports: list[Report], headline_only: list[bool] | None = None) -> list[int]:
    """Indexes of the reports to keep: one article telling one meeting twice (its headline
    with one sentence, then another sentence) gives one report, the first, with the
    other's sentences; and a report told only by the headline whose people two other
    reports share between them is the headline summing up both ("خار تبحث ... مع متقي
    وحنفي" over one meeting with each), no meeting of its own."""
    keep: list[int] = []
    for i, r in enumerate(reports):
        same = next((k for k in keep if reports[k].kind == r.kind and set(reports[k].parties) == set(r.parties)
                     and _within(reports[k].date.resolve(), r.date.resolve())), None)
        if same is None:
            keep.append(i)
            continue
        first = reports[same]
        first.sentences = sorted(set(first.sentences) | set(r.sentences))
        first.core = sorted(set(first.core) | set(r.core))
    if headline_only:
        keep = [i for i in keep if not (headline_only[i] and _sums_up(reports, i, [k for k in keep if k != i]))]
    return keep


def _sums_up(reports: list[Report], i: int, others: list[int]) -> bool:
    """Report i's people are those of two or more of the others, each bringing some of them."""
    mine = set(reports[i].parties)
    shared = [set(reports[k].parties) & mine for k in others if reports[k].kind == reports[i].kind]
    shared = [x for x in shared if x]
    return len(shared) >= 2 and set().union(*shared) == mine and all(x != mine for x in shared)


def _within(a: tuple, b: tuple) -> bool:
    """Two resolved dates that may be one meeting's: the same day, or a day inside the other's
    month or year (never two undated reports)."""
    (va, pa), (vb, pb) = a, b
    if not va or not vb:
        return False
    if pa == "day" and pb == "day":
        return va == vb
    return (pa == "day" or pb == "day") and (str(va).startswith(str(vb)) or str(vb).startswith(str(va)))
