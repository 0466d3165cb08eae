"""`digest check --explain ARTICLE`: how one article was read, what was dropped, where it went."""
from __future__ import annotations

from typing import Callable

from .pipeline import RunResult

Echo = Callable[..., None]


def explain_article(name: str, result: RunResult, echo: Echo) -> int:
    """Print the reading and grouping of one article; 1 when it is unknown."""
    name = name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name.rsplit("/", 1)[-1]
    art = result.articles.get(name)
    if art is None:
        for problem in result.problems:
            if name in problem.file:
                echo(f"{problem.where()}: {problem.message}")
                return 1
        echo(f"no article named {name!r}", err=True)
        return 1
    echo(f"# {art.name}  ({art.path}, {art.encoding})")
    echo(f"title: {art.title}\noutlet: {art.outlet}\npublished: {art.published}\nurl: {art.url}\n"
         f"dateline: {art.dateline}")
    echo("\n## removed (line, rule, text)")
    for line, text, rule in art.removed:
        echo(f"  {line:>4}  [{rule}]  {text}")
    echo("\n## sentences")
    for i, (text, kind) in enumerate(zip(art.sentences, art.kinds)):
        echo(f"  {i:>3} {kind:<7} {text}")
    for u in art.units:
        echo(f"\n## report {u.index}: {u.kind}")
        for p in u.parties:
            echo(f"  participant {p.person} ({p.name}){' [present]' if p.presence else ''} "
                 f"— sentences {p.sentences}{'' if p.in_gazetteer else ' — NOT IN GAZETTEER'}")
        for pid, why, s, person in u.mentioned:
            echo(f"  mentioned  {pid} ({person}): {why}, sentence {s}")
        for title, s in u.unresolved:
            echo(f"  office without a holder on the date: {title} (sentence {s})")
        if u.place:
            echo(f"  place {u.place.place or '?'} ({u.place.name}) venue={u.place.venue} "
                 f"score={u.place.score:.1f} sentences {u.place.sentences}")
        echo(f"  date {u.date.describe() if u.date else 'none'}  window {u.date_window}")
        for s, rule in u.date_evidence:
            echo(f"    {rule}: sentence {s}")
        for s, what in u.date_conflicts:
            echo(f"    disagreeing: {what} (sentence {s})")
        echo(f"  topics {sorted(u.topics)}")
    echo("\n## grouping")
    for d in result.grouping.decisions if result.grouping else []:
        if name in (d.a[0], d.b[0]):
            verb = "joined" if d.joined else "kept apart"
            echo(f"  {d.a[0]}#{d.a[1]} ~ {d.b[0]}#{d.b[1]}: {verb} — {d.reason}")
    for sheet in result.sheets:
        if any(s.article == name for s in sheet.sources):
            echo(f"  → fact sheet {sheet.id} with {', '.join(s.article for s in sheet.sources)}")
    return 0
