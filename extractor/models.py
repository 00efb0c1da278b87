"""The output contract (schema version "1") as pydantic models.

These classes are the single source of truth for the JSON the tool emits;
`extractor schema` prints their JSON Schema.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

EntityType = Literal["PERSON", "ORG", "LOC", "EVENT", "WORK", "PRODUCT"]
Granularity = Literal["day", "month", "quarter", "half", "year", "range", "duration"]
Qualifier = Literal["exact", "approx", "more_than", "less_than"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Character offsets into the original decoded text, end exclusive."""

    start: int
    end: int
    text: str


class Role(_Model):
    title: str
    org: str | None = None


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)


class Time(_Model):
    text: str
    span: Span
    start: date | None = None
    end: date | None = None
    granularity: Granularity
    as_of: bool = False
    duration: str | None = None


class Quantity(_Model):
    """A figure as written, normalized but not linked to anything (parse_quantities)."""

    span: Span
    value: float
    upper: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"


class Fact(_Model):
    id: str
    value: float
    upper: float | None = None
    unit: str | None = None
    value_text: str
    span: Span
    kind: Literal["level", "change"] = "level"
    direction: Literal["up", "down"] | None = None
    basis: Literal["yoy", "mom", "qoq"] | None = None
    qualifier: Qualifier = "exact"
    measure: str | None = None
    subject: str | None = None
    subject_id: str | None = None
    period: Time | None = None
    status: Literal["actual", "forecast", "target"] = "actual"
    sentence: Span
    quote_id: str | None = None


class Quote(_Model):
    id: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


class Document(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    source: str | None = None
    title: str | None = None
    published: date | None = None
    reference_date: date | None = None
    reference_date_source: Literal["given", "metadata", "inferred", "none"] = "none"
    text_sha256: str
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
