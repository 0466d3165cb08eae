"""What fusion needs from one article, in a form that can be cached and sent between processes.

An ArticleResult carries the article's metadata, the display text of its sentences (for
evidence) and its reports with everything resolved to ids; it holds no compiled patterns,
so pickling it is cheap and it can be stored in the extraction cache.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..dates.constraint import DateConstraint
from ..models import Person


@dataclass
class PartyFact:
    person: str
    name: str
    title: str | None
    sentences: list[int]
    presence: bool
    in_gazetteer: bool


@dataclass
class PlaceFact:
    place: str | None
    name: str
    venue: str | None
    sentences: list[int]
    in_gazetteer: bool
    score: float
    rule: str = "meeting clause"


@dataclass
class QuoteFact:
    speaker_id: str | None
    speaker: str
    text: str
    sentence: int


@dataclass
class Unit:
    """One meeting (or call) as one article tells it."""

    article: str
    index: int
    kind: str                                # meeting | phone
    parties: list[PartyFact]
    mentioned: list[tuple[str, str, int, str]]   # (id, reason, sentence, name)
    unresolved: list[tuple[str, int]]
    place: PlaceFact | None
    date: DateConstraint | None
    date_window: tuple[int, int] | None
    date_evidence: list[tuple[int, str]]     # (sentence or -1 for metadata, rule)
    date_conflicts: list[tuple[int, str]]
    topics: dict[str, list[int]]
    quotes: list[QuoteFact]
    sentences: list[int]
    shingles: frozenset[str] = frozenset()
    core: tuple[int, ...] = ()          # sentences with the meeting's own clauses
    fallback: bool = False              # made by the recall floor: who met whom is a guess

    @property
    def key(self) -> tuple[str, int]:
        return self.article, self.index

    @cached_property
    def people(self) -> frozenset[str]:
        return frozenset(p.person for p in self.parties)


@dataclass
class ArticleResult:
    name: str
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    sentences: list[str]                     # display text, by sentence index
    kinds: list[str]                         # title | heading | body
    units: list[Unit]
    new_people: dict[str, Person] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    removed: list[tuple[int, str, str]] = field(default_factory=list)   # (line, text, rule)
    dateline: str | None = None
    encoding: str = "utf-8"

    def sentence(self, i: int) -> str:
        return self.sentences[i] if 0 <= i < len(self.sentences) else ""
