"""Cues a frame reads beside its trigger: quoted speech, a host named before his guest, the stop a
traveller came from, who stands after "إلى جانب", who came along on a trip, and a meeting whose
results are told.

Example: "ومحمد بن زايد ينتظر ضيفه بشار الأسد على أرض المطار" is a reception, whatever the verb.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Clause, ClauseKind, PersonMention, Sent

if TYPE_CHECKING:   # the lexicon is only read here
    from .lexicon import Lexicon


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
    """The meeting noun at `at` comes after "results of" ("أطلعه على نتائج لقائه مع ترامب"،
    "أطلع محاوريه على مخرجات الاجتماع الدولي بشأن سوريا"): a meeting over, told again."""
    return any(sent.tags.at(k, "outcome") for k in range(max(a, at - 2), at))


def hosted_by_place(sent: Sent, clause: Clause, at: int) -> bool:
    """A relative clause on a meeting whose results were told, its verb at `at` with a place for
    subject ("أطلع محاوريه على مخرجات الاجتماع الدولي الذي استضافته مدينة العقبة"): the
    place hosted it; the people named before are not its hosts (but "شارك في الاجتماع الذي
    احتضنته عمّان" names one who was there)."""
    return clause.relative and sent.tags.any("outcome", max(0, clause.start - 6), clause.start) and any(
        sent.tags.at(j, kind) for j in range(at + 1, min(clause.end, at + 3)) for kind in ("place", "country", "place_noun"))


def between_named(sent: Sent, c: int, where: dict[int, int]) -> bool:
    """A definite meeting noun of clause c is followed by "بين" and two named people of the clause."""
    for m in sent.tags.find("definite", sent.clauses[c].start, sent.clauses[c].end):
        if m.end < len(sent.toks) and sent.tags.at(m.end, "between"):
            return sum(1 for i, p in enumerate(sent.people) if where[i] == c and p.span[0] > m.end and p.name) >= 2
    return False


def held_remote(sent: Sent, c: int, a: int, b: int, reach: int) -> bool:
    """Held by video or telephone, as the clause says or a relative clause describing its
    meeting noun (within `reach` words): "ترأس أعمال قمة المنظمة التي عقدت عبر تقنية الفيديو"."""
    tags = sent.tags
    if tags.any("remote", a, b):
        return True
    return any(cl.relative and cl.parent == c and tags.any("remote", cl.start, cl.end)
               and (tags.any("noun", max(a, cl.start - reach), cl.start)
                    or tags.any("definite", max(a, cl.start - reach), cl.start))
               for cl in sent.clauses)


def attends_other(sent: Sent, at: int, lex: "Lexicon") -> bool:
    """"في مباراة حضرها ماكرون": a verb of presence with "it" right after a noun of another
    kind of event (meetings.yaml other_events)."""
    word = sent.toks[at].text
    if at == 0 or not word.endswith(lex.pronoun_suffixes) or not sent.joined(at):
        return False
    before = sent.toks[at - 1].text
    return any(stem in lex.other_events for stem, _ in lex.clitics.readings(before))
