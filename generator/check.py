"""`digest check`: every content validation without building, as `file:line: problem` lines.

Checks the language data, gazetteers, corrections (shape and ids), every article (it must
decode and parse) and every fact sheet on disk (schema, and people, places and topics that
exist). Also lists what an editor should look at: people not in the gazetteer, dates on
which sources disagree. `--explain ARTICLE` shows what was dropped from an article and why,
how it was read and which sheet it ended in; `--review` lists sheets that need a person.
"""
from __future__ import annotations

from typing import Callable

from .factsheet.models import FactSheet, Mention, PersonRef
from .factsheet.reader import Sheets, read_folder
from .fuse.corrections import check_references, load_corrections
from .gazetteer import Gazetteer, load_gazetteer
from .lang import load_language
from .models import Person
from .pipeline import Options, RunResult, extract
from .yamlio import ContentError

Echo = Callable[..., None]


def _sheet_refs(sheets: Sheets, gaz: Gazetteer) -> list[ContentError]:
    problems = []
    for sid, sheet in sorted(sheets.by_id.items()):
        where = sheets.paths[sid]
        people: list[PersonRef | Mention] = [*sheet.participants, *sheet.mentioned]
        for p in people:
            if p.in_gazetteer and p.id not in gaz.people:
                problems.append(ContentError(where, None, f"person id {p.id!r} is not in the gazetteer "
                                             "(add them, or mark in_gazetteer: false)"))
        if sheet.place and sheet.place.in_gazetteer and sheet.place.id not in gaz.places:
            problems.append(ContentError(where, None, f"place id {sheet.place.id!r} is not in the gazetteer "
                                         "(add it, or mark in_gazetteer: false)"))
        for t in sheet.topics:
            if t.id not in gaz.topics:
                problems.append(ContentError(where, None, f"topic id {t.id!r} is not in the taxonomy "
                                             "(add it to topics.yaml, or remove the topic)"))
    return problems


def run_check(opts: Options, explain: str | None, review: bool, echo: Echo) -> int:
    """Run all checks; returns the exit status (1 when anything must be fixed)."""
    problems: list[ContentError] = []
    try:
        load_language()
    except ContentError as exc:
        echo(f"{exc.where()}: {exc.message}", err=True)
        return 1
    try:
        gaz = load_gazetteer(opts.gazetteer, problems)   # every problem is listed, the checks go on
    except ContentError as exc:   # no gazetteer at all: nothing else can be checked against it
        echo(f"{exc.where()}: {exc.message}", err=True)
        return 1
    read = read_folder(opts.out)
    on_disk: dict[str, FactSheet] = read.by_id
    problems += read.problems + _sheet_refs(read, gaz)
    result: RunResult = extract(opts, write=False)
    problems += result.problems
    try:
        corr = load_corrections(opts.corrections, opts.root)   # its own problems came with the run's
        ids = set(on_disk) | result.meeting_ids
        people = set(gaz.people) | {pid for a in result.articles.values() for pid in a.new_people}
        problems += [p for p in check_references(corr, ids, people, set(gaz.places), set(result.articles),
                                                 result.merged_into) if p not in problems]
    except ContentError as exc:
        problems.append(exc)
    if explain:
        from .explain import explain_article
        return explain_article(explain, result, echo)
    if review:
        needing = [s for s in sorted(on_disk.values(), key=lambda s: s.id) if s.review.needed]
        for s in needing:
            echo(f"{opts.out}/{s.id}.yaml: " + "; ".join(s.review.reasons))
        echo(f"{len(needing)} of {len(on_disk)} fact sheets need review")
        return 0
    seen = set()
    for p in problems:
        line = f"{p.where()}: {p.message}"
        if line not in seen:
            seen.add(line)
            echo(line, err=True)
    for w in result.warnings:
        echo(f"warning: {w}", err=True)
    provisional: dict[str, tuple[Person, str]] = {}
    for art in result.articles.values():
        for pid, person in art.new_people.items():
            provisional.setdefault(pid, (person, art.name))
    for pid, (person, where) in sorted(provisional.items()):
        echo(f"note: {person.name} ({person.description or 'no title'}) in {where} is not in the gazetteer; "
             f"add them to {opts.gazetteer}/people.yaml (provisional id {pid})")
    for sheet in result.sheets:
        for c in sheet.conflicts:
            values = "; ".join(f"{v.value} ({', '.join(v.articles)})" for v in c.values)
            echo(f"note: {sheet.id}: sources disagree on the {c.field}: {values}")
    echo(f"digest check: {len(seen)} problem(s), {len(result.articles)} articles, {len(on_disk)} fact sheets")
    return 1 if seen else 0
