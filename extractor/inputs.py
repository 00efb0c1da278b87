"""Turning what the user points at (files, folders, stdin) into article texts.

Each input becomes an `Article` or an `ExtractorError` that names the input
and the reason; one bad file never stops the others.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

from .errors import ExtractorError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


@dataclass(slots=True)
class Article:
    text: str
    source: str
    doc_id: str
    title: str | None = None
    published: date | None = None
    published_source: str | None = None     # "metadata" when read from the input itself
    warnings: list[str] = field(default_factory=list)


def expand(paths: list[str]) -> Iterator[str | ExtractorError]:
    """Each path as given, folders expanded (recursively, sorted) to their article files."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            yield from (str(p) for p in found)
        elif path.exists():
            yield raw
        else:
            yield ExtractorError("E001", path=raw)


def read(source: str) -> Article:
    """Read one file (or `-` for stdin) into an Article; raise ExtractorError on bad input."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise ExtractorError("E007", path=source, detail=exc.strerror or str(exc)) from None
        name = source
    text, warnings = decode(data, name)
    suffix = Path(source).suffix.lower() if source != "-" else ""
    title = published = None
    if suffix in HTML_SUFFIXES:
        text, title, published = html_to_text(text, name)
    if not text.strip():
        raise ExtractorError("E005", path=name)
    doc_id = Path(source).stem if source != "-" else hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(text=text, source=name, doc_id=doc_id, title=title, published=published,
                   published_source="metadata" if published else None, warnings=warnings)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else the best guess of charset-normalizer."""
    if not data.strip():
        raise ExtractorError("E002", path=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise ExtractorError("E004", path=name, detail=str(exc)) from None
    if b"\x00" in data[:8192]:
        raise ExtractorError("E003", path=name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise ExtractorError("E004", path=name,
                             detail=f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                                    "and no other encoding fits")
    encoding = best.encoding
    return str(best), [f"decoded as {encoding}, not UTF-8 (guessed from the bytes)"]


def _looks_like_text(text: str) -> bool:
    """A guessed decoding is kept only when it reads as Chinese text: this is a Chinese news tool."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    control = sum(1 for c in visible if c < " ")
    cjk = sum(1 for c in visible if "\u4e00" <= c <= "\u9fff")
    return control / len(visible) < 0.01 and cjk / len(visible) >= 0.2


def html_to_text(html: str, name: str) -> tuple[str, str | None, date | None]:
    """The main text, title and publication date of an HTML page (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    published = None
    raw_date = getattr(meta, "date", None) if meta else None
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    if not text.strip():
        raise ExtractorError("E005", path=name)
    return text, title, published
