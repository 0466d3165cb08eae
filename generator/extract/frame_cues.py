"""Cues a frame reads beside its trigger: quoted speech, a host named before his guest, the stop a
traveller came from, who stands after "إلى جانب", who came along on a trip, and a meeting whose
results are told.

Example: "ومحمد بن زايد ينتظر ضيفه بشار الأسد على أرض المطار" is a reception, whatever the verb.
"""
from __future__ import annotations

from .doc import Clause, ClauseKind, PersonMention, Sent


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


def at_last_stop(sent: Sent, clause: Clause) -> bool:
    """The clause hangs with حيث on the place a traveller came from, named right before it:
    "وصل وانغ إلى كانبيرا قادما من ويلينغتون، حيث التقى الاثنين ..." (the stop before the news)."""
    if clause.kind is not ClauseKind.ATTACH or clause.relative or clause.parent is None:
        return False
    parent = sent.clauses[clause.parent]
    came = sent.tags.find("came_from", parent.start, clause.start)
    return any(sent.tags.at(m.end, "place") or sent.tags.at(m.end, "country") for m in came) \
        and clause.start - came[-1].end <= 3


def person_next(sent: Sent, i: int) -> bool:
    """A person, a title or a style begins at token i ("إلى جانب رئيس المجلس الأوروبي")."""
    return bool(sent.tags.at(i, "head") or sent.tags.at(i, "honorific")) or any(p.span[0] == i for p in sent.people)


def companion(sent: Sent, c: int, p: PersonMention) -> bool:
    """Person p comes after "يرافقه" in clause c of a sentence that tells a trip or an arrival
    ("حطت طائرة ميلوني ...، يرافقها وزير الخارجية"): one who came along, not one she met."""
    tags, clause = sent.tags, sent.clauses[c]
    opened = next((m.start for m in tags.find("trip_companion", clause.start, clause.end)), None)
    return opened is not None and opened < p.span[0] and (
        tags.any("trip_noun", 0, len(sent.toks)) or tags.any("arrival", 0, clause.end))


def over(sent: Sent, a: int, at: int, possessive: tuple[str, ...]) -> bool:
    """The meeting noun at `at` is his, after "results of" ("أطلعه على نتائج لقائه مع ترامب"):
    a meeting over, told again."""
    return sent.display(at, at + 1).endswith(possessive) and any(
        sent.tags.at(k, "outcome") for k in range(max(a, at - 2), at))
