"""Corrections made by people, kept apart from the machine's output and applied on every run.

`content/corrections/*.yaml` holds a list of entries, each one of:

    - meeting: 2021-bashar-al-assad-vladimir-putin     # fix facts of one sheet
      date: "2021-09-13"
      place: moscow            # place id;  venue: kremlin
      kind: visit
      add: [walid-al-muallem]  # people ids;  remove: [...]
      reviewed: true
      reviewed_on: 2021-09-20  # shown to readers; the note is for editors only
      note: "Kremlin readout of 14 September"
    - merge: [id-a, id-b]      # one meeting: id-a keeps its id
    - split: {meeting: id-a, articles: [sana-0412]}   # these articles tell another meeting

Every entry is checked (unknown keys, ids and articles are errors with file and line) and
recorded on the sheets it changed, so the site can show them as reviewed.

Merges chain: `[a, b]` and `[b, c]` make one meeting that keeps id a. A merge that would
make a meeting part of itself (`[a, b]`, `[b, a]`) or put one meeting into two others is
refused with its file and line, since no id could then be said to keep the meeting.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .. import yamlio
from ..factsheet.models import MeetingKind
from ..factsheet.partialdate import PartialDate
from ..models import ID_PATTERN
from ..yamlio import ContentError


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FactFix(_M):
    meeting: str = Field(pattern=ID_PATTERN)
    date: PartialDate | None = None
    place: str | None = Field(None, pattern=ID_PATTERN)
    venue: str | None = Field(None, pattern=ID_PATTERN)
    kind: MeetingKind | None = None
    title: str | None = None
    add: list[str] = []
    remove: list[str] = []
    reviewed: bool = True
    reviewed_on: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                    description="day the editor checked the sheet (shown to readers)")
    note: str | None = None

    @field_validator("date", "reviewed_on", mode="before")
    @classmethod
    def _text(cls, v: object) -> object:
        return str(v) if isinstance(v, (int, dt.date)) else v

    @field_validator("reviewed_on")
    @classmethod
    def _real_day(cls, v: str | None) -> str | None:
        if v:   # "2021-02-30" matches the pattern but is no day
            dt.date.fromisoformat(v)
        return v


class Merge(_M):
    merge: list[str] = Field(min_length=2)
    note: str | None = None


class SplitSpec(_M):
    meeting: str = Field(pattern=ID_PATTERN)
    articles: list[str] = Field(min_length=1)


class Split(_M):
    split: SplitSpec
    note: str | None = None


@dataclass
class Entry:
    fix: FactFix | Merge | Split
    where: str          # file:line, relative to the project (recorded on sheets)
    file: str = ""      # the file as given, for messages
    line: int | None = None


@dataclass
class Corrections:
    entries: list[Entry] = field(default_factory=list)
    problems: list[ContentError] = field(default_factory=list)   # entries that were skipped

    def fixes(self) -> list[tuple[FactFix, str]]:
        return [(e.fix, e.where) for e in self.entries if isinstance(e.fix, FactFix)]

    def splits(self) -> list[tuple[Split, Entry]]:
        return [(e.fix, e) for e in self.entries if isinstance(e.fix, Split)]

    def merge_plans(self) -> list[MergePlan]:
        """Each meeting made of several: its keeper and every meeting merged into it, chains
        followed (entries that would make a cycle were refused when loading)."""
        parent = {other: e.fix.merge[0] for e in self.entries if isinstance(e.fix, Merge)
                  for other in e.fix.merge[1:]}
        plans: dict[str, MergePlan] = {}
        for e in self.entries:
            if not isinstance(e.fix, Merge):
                continue
            root = _root(e.fix.merge[0], parent)
            plan = plans.setdefault(root, MergePlan(root))
            plan.members += [m for m in e.fix.merge if m != root and m not in plan.members]
            plan.entries.append(e)
        return list(plans.values())


@dataclass
class MergePlan:
    """One meeting made of several: the id that keeps it, the ids merged into it, the entries."""

    keeper: str
    members: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def _root(mid: str, parent: dict[str, str]) -> str:
    seen = {mid}
    while mid in parent and parent[mid] not in seen:
        mid = parent[mid]
        seen.add(mid)
    return mid


def _refuse_bad_merges(out: Corrections) -> None:
    """Drop the merge entries that would make a cycle or put a meeting into two others."""
    into: dict[str, tuple[str, Entry]] = {}     # merged id → (the id it was merged into, entry)
    kept = []
    for e in out.entries:
        fix = e.fix
        if not isinstance(fix, Merge):
            kept.append(e)
            continue
        keeper, problem = fix.merge[0], None
        for other in fix.merge[1:]:
            if other in into:
                first, at = into[other]
                problem = (f"meeting id {other!r} is already merged into {first!r} (at {at.where}); a meeting "
                           "can be merged into one other only: list them all in one merge")
                break
            if _root(keeper, {k: v[0] for k, v in into.items()}) == other:
                wheres, mid = [], keeper
                while mid != other:
                    mid, at = into[mid]
                    wheres.append(at.where)
                problem = (f"merging {other!r} into {keeper!r} makes a cycle: {keeper!r} is already merged "
                           f"into {other!r} (by {', '.join(wheres)}); remove one of these merges (the first "
                           "id of a merge keeps the meeting)")
                break
        if problem:
            out.problems.append(ContentError(e.file, e.line, problem + " (entry skipped)"))
            continue
        for other in fix.merge[1:]:
            into[other] = (keeper, e)
        kept.append(e)
    out.entries = kept


def load_corrections(folder: Path | None, root: Path | None = None) -> Corrections:
    """Read and validate every correction file in a folder (shape only; ids are checked later).

    Each entry remembers where it is as "file:line", relative to `root` so that sheets stay
    the same on every machine. A bad file or entry is skipped and recorded in `problems`;
    the other entries still apply."""
    out = Corrections()
    if folder is None or not folder.exists():
        return out
    fixed: dict[str, str] = {}    # meeting id → where its first fact correction is
    for path in sorted(folder.glob("*.y*ml")):
        shown = Path(os.path.relpath(path, root)).as_posix() if root else path.name
        target = yamlio.outside_root(path, root)
        if target is not None:
            out.problems.append(ContentError(path, None, f"symbolic link to {target}, outside the project: "
                                             "skipped (copy the file in instead)"))
            continue
        try:
            data = yamlio.load(path)
        except ContentError as exc:
            out.problems.append(ContentError(exc.file, exc.line, exc.message + " (file skipped)"))
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            out.problems.append(ContentError(path, getattr(data, "line", 1), "a corrections file is a list of "
                                             "entries (- meeting: ..., - merge: [...], - split: {...})"))
            continue
        for i, item in enumerate(data):
            line = getattr(item, "line", None) or (data.item_lines[i] if isinstance(data, yamlio.LineList) else None)
            if not isinstance(item, dict):
                out.problems.append(ContentError(path, line, f"entry {i + 1} must be a mapping "
                                                 "(meeting: ..., merge: [...] or split: {...}); entry skipped"))
                continue
            try:
                fix: FactFix | Merge | Split
                if "merge" in item:
                    fix = yamlio.validate(Merge, item, path, (i,), default_line=line)
                elif "split" in item:
                    fix = yamlio.validate(Split, item, path, (i,), default_line=line)
                else:
                    fix = yamlio.validate(FactFix, item, path, (i,), default_line=line)
            except ContentError as exc:
                out.problems.append(ContentError(exc.file, exc.line, exc.message + " (entry skipped)"))
                continue
            where = f"{shown}:{line}"
            if isinstance(fix, Merge) and len(set(fix.merge)) < len(fix.merge):
                twice = next(m for m in fix.merge if fix.merge.count(m) > 1)
                out.problems.append(ContentError(path, line, f"merge lists meeting id {twice!r} twice; "
                                                 "list each meeting once (entry skipped)"))
                continue
            if isinstance(fix, FactFix):
                if fix.meeting in fixed:
                    out.problems.append(ContentError(path, line, f"meeting id {fix.meeting!r} is corrected "
                                                     f"twice (first at {fixed[fix.meeting]}); combine the "
                                                     "two entries into one"))
                fixed.setdefault(fix.meeting, where)
            out.entries.append(Entry(fix, where, str(path), line))
    _refuse_bad_merges(out)
    return out


def check_references(corr: Corrections, sheets: set[str], people: set[str], places: set[str],
                     articles: set[str], merged_into: dict[str, str] | None = None) -> list[ContentError]:
    """Unknown meeting, person, place or article ids, and fixes of meetings merged into
    another (`merged_into`: merged id → the id that kept the meeting): errors an editor must fix."""
    problems = []
    merged_into = merged_into or {}

    def bad(entry: Entry, message: str) -> None:
        if entry.file:
            problems.append(ContentError(entry.file, entry.line, message))
            return
        file, _, line = entry.where.rpartition(":")
        problems.append(ContentError(file, int(line) if line.isdigit() else None, message))

    for e in corr.entries:
        fix = e.fix
        if isinstance(fix, FactFix):
            if fix.meeting in merged_into:
                bad(e, f"meeting id {fix.meeting!r} is merged into {merged_into[fix.meeting]!r}; correct "
                    f"{merged_into[fix.meeting]!r} instead (this correction is not applied)")
            elif fix.meeting not in sheets:
                bad(e, f"unknown meeting id {fix.meeting!r}: no such fact sheet (use the name of a file in "
                    "the meetings folder, without .yaml)")
            for pid in [*fix.add, *fix.remove]:
                if pid not in people:
                    bad(e, f"unknown person id {pid!r}: add them to content/gazetteer/people.yaml first")
            for place_id in (fix.place, fix.venue):
                if place_id and place_id not in places:
                    bad(e, f"unknown place id {place_id!r}: see content/gazetteer/places.yaml")
        elif isinstance(fix, Merge):
            for mid in fix.merge:
                if mid not in sheets:
                    bad(e, f"unknown meeting id {mid!r} in merge (use the name of a file in the meetings "
                        "folder, without .yaml)")
        else:
            if fix.split.meeting in merged_into:
                bad(e, f"meeting id {fix.split.meeting!r} in split is merged into "
                    f"{merged_into[fix.split.meeting]!r}; split {merged_into[fix.split.meeting]!r} instead")
            elif fix.split.meeting not in sheets:
                bad(e, f"unknown meeting id {fix.split.meeting!r} in split (use the name of a file in the "
                    "meetings folder, without .yaml)")
            for a in fix.split.articles:
                if a not in articles:
                    bad(e, f"unknown article {a!r} in split (use the file name without extension)")
    return problems
