"""Gazetteer models: people (with their offices and tenures), places and topics.

Gazetteers are edited by hand (content/gazetteer/*.yaml) and read by extraction and by the
site; `generator.gazetteer` loads and cross-checks them. The fact sheet models, the contract
between extraction and the site, live in `generator.factsheet`.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .factsheet.partialdate import DATE_PATTERN

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MAX_ID = 120


class Strict(BaseModel):
    # refuses keys it does not know (typos in hand-written YAML); no docstring, which the
    # JSON Schema would give every model as its description
    model_config = ConfigDict(extra="forbid", frozen=False)


class Office(Strict):
    """One office held by a person, with its tenure (years or ISO dates)."""

    title: str = Field(description="Arabic title as written in news, e.g. وزير الدفاع الروسي")
    start: str | None = Field(None, pattern=DATE_PATTERN)
    end: str | None = Field(None, pattern=DATE_PATTERN, description="empty while in office")
    short: list[str] = Field(default_factory=list,
                             description="other ways the office is written (رأس النظام السوري)")
    source: str | None = Field(None, description="where the tenure comes from: a Wikidata id (Q…) of the "
                               "person or of the position-held statement, or a URL")

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
    lat: float | None = Field(None, ge=-90, le=90, description="latitude (city, capital or venue)")
    lon: float | None = Field(None, ge=-180, le=180, description="longitude")


class Topic(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=MAX_ID)
    label: str
    keywords: list[str]
    place: str | None = Field(None, description="place id, for named-region topics")
