"""What components leave on the spaCy Doc for the next ones (Doc extensions)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

_EXTENSIONS: dict[str, object] = {
    "raw_text": None,           # str, doc.text read once
    "norm_text": None,          # str, half-width, same length as doc.text
    "sentences": None,          # list[Segment]
    "words": None,              # list[Word] from the statistical tagger
    "mentions": None,           # list[Mention]
    "entities": None,           # list[EntityRecord] after alias resolution
    "quantities": None,         # list[Quantity]
    "times": None,              # list[Time]
    "quotes": None,             # list[QuoteRecord]
    "facts": None,              # list[Fact]
    "published": None,          # date | None, set by the caller
    "reference_date": None,     # date | None
    "reference_date_source": "none",
    "warnings": None,           # list[str]
}


def ensure_extensions() -> None:
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


# Where a mention comes from, most trusted first: where mentions overlap, the most trusted wins.
# "listed": a name before its stock code; "media": the outlet credited for the report (来源：挖贝网);
# "fill": a known place found wherever the segmenter hid it.
TRUST = {"ruler": 0, "title": 1, "rule": 2, "listed": 2, "media": 2, "crf": 3, "lac": 4, "weak": 5, "fill": 6}


@dataclass(slots=True)
class Word:
    """A word of the statistical tagger (LAC): text, tag and character offsets."""

    start: int
    end: int
    text: str
    tag: str


@dataclass(slots=True)
class Mention:
    """One place an entity is named."""

    start: int
    end: int
    text: str
    type: str
    source: str                 # a key of TRUST
    canonical: str | None = None
    entity: "EntityRecord | None" = None
    title: str | None = None            # PERSON: the job title written just before the name
    title_org: "Mention | None" = None  # the organisation written just before that title


@dataclass(slots=True)
class EntityRecord:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass(slots=True)
class QuoteRecord:
    id: str
    start: int
    end: int
    speaker: "EntityRecord | None" = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    cue: str | None = None
