"""The fact sheet: one meeting as extraction writes it and every consumer reads it.

These models are the contract between extraction and the site (and `digest check`, the
exports, the corrections). `digest schema` publishes their JSON Schema so editors get
validation while they type. Dates are `PartialDate`s, checked when a sheet is made or read.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..models import ID_PATTERN, MAX_ID, Strict
from .partialdate import PartialDate

Precision = Literal["day", "month", "year", "unknown"]
MeetingKind = Literal["visit", "third-party", "multilateral", "phone"]
Role = Literal["host", "guest", "participant"]

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
    published: PartialDate | None = None
    url: str | None = None


class ConflictValue(Strict):
    value: str
    articles: list[str]


class Conflict(Strict):
    field: str
    values: list[ConflictValue]


class MergedMeeting(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    articles: list[str]


class Review(Strict):
    needed: bool = False
    reasons: list[str] = Field(default_factory=list)
    reviewed: bool = False
    reviewed_on: PartialDate | None = Field(None, description="day an editor checked it")
    corrections: list[str] = Field(default_factory=list,
                                   description="editor corrections applied, as file:line")
    # What editors' merges and splits did, so that the next run finds the same meetings under
    # the same ids before it applies them again (a fresh clone has nothing else to go by).
    merged: list[MergedMeeting] | None = Field(None, description="meetings an editor merged into this one, "
                                               "with the articles each had")
    split_from: str | None = Field(None, pattern=ID_PATTERN, max_length=MAX_ID,
                                   description="the meeting an editor split this one from")


class DateEvidence(Evidence):
    value: str | None = None


class FactSheet(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    title: str
    date: PartialDate | None = None
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
