"""Cues a frame reads beside its trigger: quoted speech, and a host named before his guest.

Example: "ومحمد بن زايد ينتظر ضيفه بشار الأسد على أرض المطار" is a reception, whatever the verb.
"""
from __future__ import annotations

from .doc import Sent


def quoted_tokens(sent: Sent) -> set[int]:
    """Tokens inside quotation marks: a quoted "ألتقي" is speech, not a report."""
    cached = getattr(sent, "_quoted_cache", None)
    if cached is not None:
        return cached
    inside: set[int] = set()
    depth = 0
    pos = 0
    for i, tok in enumerate(sent.toks):
        depth = (depth + sent.key.count('"', pos, tok.start)) % 2
        if depth:
            inside.add(i)
        pos = tok.end
    sent._quoted_cache = inside  # type: ignore[attr-defined]
    return inside


def hosting(sent: Sent, c: int, where: dict[int, int]) -> tuple[str, str, int, None] | None:
    """"ومحمد بن زايد ينتظر ضيفه بشار الأسد على أرض المطار": a named guest of a person named
    before him in the clause is received by that person, whatever the verb."""
    people = sent.people
    for g, p in enumerate(people):
        if where[g] != c or p.title is None or p.title.office != "guest":
            continue
        # "ضيفه بشار الأسد", or "ضيفه الرئيس الكيني وليام روتو" (the guest's own title after)
        named = bool(p.name) or (g + 1 < len(people) and people[g + 1].name is not None
                                 and people[g + 1].span[0] == p.span[1])
        if named and any(where[h] == c and h < g and people[h].name for h in range(len(people))):
            return "receive", "past", p.title.start, None
    return None
