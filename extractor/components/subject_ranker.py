"""Choosing a figure's subject among the owners the rules and the text offer, by learned weights.

The rules of `facts.FactLinker._rule_subject` give one answer; where it falls back (the subject carried
from the figure before, the document's topic, the last name of the sentence), other owners are often named
close by: the first or last name of the clause or the sentence, the name after the figure, the names of the
sentence before, the noun phrase heading the clause. Each of them is a `Candidate`, described by where it was
found (its sources), its type, how often the text names it and where it stands from the figure. A linear
score over those features (`patterns/facts/subject_weights.tsv`, written by `bench/train_subject_ranker.py`
from the hand-checked fixtures) picks one; ties go to the rules' answer. Without weights the rules decide.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..records import EntityRecord

RULE = "rule"  # the source name of the rules' own answer

# the characters right after and before a name that say how it stands in its sentence (in the normalised text,
# where full-width commas, colons and brackets are half-width)
_AFTER = {"的": "de", "(": "bracket", ":": "colon", ",": "comma", "、": "list"}
_BEFORE = {"向": "object", "对": "object", "给": "object", "与": "and", "和": "and", "及": "and", "、": "list",
           ",": "comma", "。": "start"}


@dataclass
class Candidate:
    """One owner a figure may have, and what is known of it."""

    name: str
    entity: EntityRecord | None
    sources: set[str] = field(default_factory=set)
    times_named: int = 0                 # mentions of the entity; occurrences of a phrase
    first_at: int | None = None          # where the text names it first
    start: int | None = None             # the mention nearest the figure, among those a source saw
    end: int | None = None


@dataclass(frozen=True)
class FigureContext:
    """Where the figure is, as the features need it."""

    text: str              # the normalised text the linker reads
    at: int                # the figure's start
    clause_start: int
    unit: str | None
    money: bool            # the unit is a currency
    in_quote: bool


class SubjectRanker:
    """Scores candidates with the weights of `patterns/facts/subject_weights.tsv` (feature name -> weight)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def __bool__(self) -> bool:
        return bool(self.weights)

    def choose(self, candidates: list[Candidate], figure: FigureContext) -> Candidate | None:
        """The best-scoring candidate; the first (the rules' answer, when there is one) on a tie."""
        best, best_score = None, -math.inf
        for candidate in candidates:
            score = sum(self.weights.get(name, 0.0) * value for name, value in features(candidate, figure).items())
            if score > best_score:
                best, best_score = candidate, score
        return best


def features(candidate: Candidate, figure: FigureContext) -> dict[str, float]:
    """The features of one candidate (names as in the weights file)."""
    kind = candidate.entity.type if candidate.entity is not None else "phrase"
    out: dict[str, float] = {f"type={kind}": 1.0, "sources": float(len(candidate.sources)),
                             "log_times_named": math.log(1 + candidate.times_named)}
    for source in candidate.sources:
        out[f"source={source}"] = 1.0
        out[f"source={source}&type={kind}"] = 1.0
    if len(candidate.name) <= 2:
        out["short_name"] = 1.0
    if len(candidate.name) >= 6:
        out["long_name"] = 1.0
    if figure.in_quote:
        out[f"in_quote&type={kind}"] = 1.0
    unit = "share" if figure.unit in ("%", "pp") else "money" if figure.money else "other"
    out[f"unit={unit}&type={kind}"] = 1.0
    if candidate.start is None:
        out["no_position"] = 1.0
        return out
    distance = figure.at - candidate.start
    out["distance=" + ("after" if distance < 0 else "<10" if distance < 10 else "<30" if distance < 30
                       else "<80" if distance < 80 else "far")] = 1.0
    text = figure.text
    out["next_char=" + _AFTER.get(text[candidate.end:candidate.end + 1], "other")] = 1.0
    out["previous_char=" + _BEFORE.get(text[candidate.start - 1:candidate.start], "other")] = 1.0
    if candidate.start >= figure.clause_start:
        out["same_clause"] = 1.0
    if candidate.first_at is not None and candidate.first_at < figure.at:
        out["named_before"] = 1.0
    return out


def load_weights(rows: list[list[str]]) -> dict[str, float]:
    """Weights from the rows of the weights file (feature, weight)."""
    return {row[0]: float(row[1]) for row in rows if len(row) >= 2}
