"""Offset-preserving text helpers: half-width folding, sentences and clauses.

Every helper here keeps string length unchanged or returns offsets into the
text it was given, so results always point into the original document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Full-width ASCII (U+FF01..U+FF5E), the ideographic space and ﹒ fold to ASCII
# one character for one character, so offsets survive the folding.
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALF_WIDTH[0x3000] = 0x20
_HALF_WIDTH[0xFE52] = 0x2E  # ﹒, the small full stop written as a decimal point (８﹒７１亿美元)


def to_half_width(text: str) -> str:
    """Fold full-width ASCII to half-width; the result has the same length."""
    return text.translate(_HALF_WIDTH)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause: [start, end) in the document, and its paragraph."""

    start: int
    end: int
    paragraph: int


# A sentence ends at 。！？!? (with any closing quotes that follow) or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?…]+[”’」』\"]*|\n+")
_OPEN_QUOTES = "“‘「『"
_CLOSE_QUOTES = "”’」』"


def split_sentences(text: str) -> list[Segment]:
    """Sentences with their paragraph index (paragraphs are lines).

    A sentence end inside quotation marks still ends the sentence: news quotes
    often run several sentences, and facts are read sentence by sentence.
    """
    segments: list[Segment] = []
    paragraph = 0
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        _append(segments, text, start, end, paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _append(segments, text, start, len(text), paragraph)
    return segments


def _append(segments: list[Segment], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        segments.append(Segment(start, end, paragraph))


# (not the comma grouping a number's digits: 3,110.22亿元)
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?、]?(?:[，；;：:。！？!?]|(?<!\d),|,(?!\d{3}))")


# a stock's price, change and percentage after its name: 晨鸣纸业(4.740,-0.02,-0.42%)
PRICE_QUOTE = r"[（(](\d+(?:\.\d+)?)[,，](-?\d+\.\d+)[,，](-?\d+\.\d+%)[)）]"
# 2019年, 2019H1, 2020Q3 opening what a tagger took for one name (2019H1公司实现营收): a time, then the name
LEADING_TIME = re.compile(r"(?:19|20)\d\d(?:年度?|[QH][1-4])")
_PRICE_QUOTE = re.compile(PRICE_QUOTE)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of text[start:end], split at commas, semicolons and colons (not the commas of a price quote)."""
    clauses: list[tuple[int, int]] = []
    at = start
    quotes = [m.span() for m in _PRICE_QUOTE.finditer(text, start, end)]
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if any(a < match.start() < b for a, b in quotes):
            continue
        if match.start() > at:
            clauses.append((at, match.start()))
        at = match.end()
    if at < end:
        clauses.append((at, end))
    return clauses


_CLAUSE_END = "，,。；;！？!?\n"


def clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last comma, semicolon or sentence end before it."""
    return max(text.rfind(c, 0, at) for c in _CLAUSE_END) + 1


def clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends: at the next comma, semicolon or sentence end."""
    return min((i for i in (text.find(c, at) for c in _CLAUSE_END) if i >= 0), default=len(text))
