"""Typed models shared by every stage: gazetteers in, fact sheets out.

The fact sheet model is the contract between extraction and the site: the site
reads sheets through these models only, and `digest schema` publishes their JSON
Schema so editors get validation while they type.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_ID = 120

Precision = Literal["day", "month", "year", "unknown"]
MeetingKind = Literal["visit", "third-party", "multilateral", "phone"]
Role = Literal["host", "guest", "participant"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


# --------------------------------------------------------------------------- gazetteers

class Office(Strict):
    """One office held by a person, with its tenure (years or ISO dates)."""

    title: str = Field(description="Arabic title as written in news, e.g. وزير الدفاع الروسي")
    start: str | None = Field(None, pattern=DATE_PATTERN)
    end: str | None = Field(None, pattern=DATE_PATTERN, description="empty while in office")
    short: list[str] = Field(default_factory=list,
                             description="other ways the office is written (رأس النظام السوري)")

    @field_validator("start", "end", mode="before")
    @classmethod
    def _year_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


class Person(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    name: str = Field(description="canonical Arabic name")
    latin: str | None = None
    variants: list[str] = Field(default_factory=list, description="other full spellings")
    short: list[str] = Field(default_factory=list,
                             description="short forms that name this person alone (الأسد)")
    country: str | None = Field(None, description="country id")
    offices: list[Office] = Field(default_factory=list)
    in_gazetteer: bool = True
    description: str | None = None


class Place(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    name: str
    variants: list[str] = Field(default_factory=list)
    country: str | None = Field(None, description="country id; empty for countries")
    kind: Literal["city", "base", "venue", "region", "country"]
    within: str | None = Field(None, description="place id this one lies in (venue → city)")
    adjective: list[str] = Field(default_factory=list,
                                 description="nationality adjectives, for countries (السوري)")


class Topic(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    label: str
    keywords: list[str]
    place: str | None = Field(None, description="place id, for named-region topics")


# --------------------------------------------------------------------------- fact sheets

class Evidence(Strict):
    article: str
    sentence: str
    rule: str | None = None


class PlaceRef(Strict):
    name: str
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    country: str | None = None
    kind: str | None = None
    in_gazetteer: bool = True
    venue: str | None = Field(None, description="venue or base inside the place, by name")
    venue_id: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class PersonRef(Strict):
    name: str
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    role: Role | None = None
    office: str | None = Field(None, description="office held on the meeting's date")
    country: str | None = None
    in_gazetteer: bool = True
    evidence: list[Evidence] = Field(default_factory=list)


class Mention(Strict):
    name: str
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    reason: str = Field(description="why not a participant: ordered, quoted, other-event, named")
    in_gazetteer: bool = True
    evidence: list[Evidence] = Field(default_factory=list)


class TopicRef(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    label: str
    evidence: list[Evidence] = Field(default_factory=list)


class Quote(Strict):
    speaker: str
    speaker_id: str | None = None
    text: str
    article: str


class KeyPoint(Strict):
    topic: str | None = None
    text: str
    article: str


class SummarySentence(Strict):
    text: str
    article: str | None = Field(None, description="source article; empty for a template")
    template: str | None = Field(None, description="template key for generated sentences")


class Source(Strict):
    article: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, pattern=DATE_PATTERN)
    url: str | None = None


class ConflictValue(Strict):
    value: str
    articles: list[str]


class Conflict(Strict):
    field: str
    values: list[ConflictValue]


class Review(Strict):
    needed: bool = False
    reasons: list[str] = Field(default_factory=list)
    reviewed: bool = False
    reviewed_on: str | None = Field(None, pattern=DATE_PATTERN, description="day an editor checked it")
    corrections: list[str] = Field(default_factory=list,
                                   description="editor corrections applied, as file:line")


class DateEvidence(Evidence):
    value: str | None = None


class FactSheet(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    title: str
    date: str | None = Field(None, pattern=DATE_PATTERN)
    date_precision: Precision = "unknown"
    weekday: int | None = Field(None, ge=0, le=6, description="Monday = 0, when the day is known")
    date_evidence: list[DateEvidence] = Field(default_factory=list)
    place: PlaceRef | None = None
    participants: list[PersonRef]
    mentioned: list[Mention] = Field(default_factory=list)
    kind: MeetingKind
    topics: list[TopicRef] = Field(default_factory=list)
    summary: list[SummarySentence] = Field(default_factory=list)
    key_points: list[KeyPoint] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    sources: list[Source]
    confidence: dict[str, float] = Field(default_factory=dict)
    conflicts: list[Conflict] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value and len(value) == 10:
            dt.date.fromisoformat(value)
        return value
