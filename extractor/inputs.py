"""Turning what the user points at (files, folders, JSON records, URLs, stdin) into article texts.

Work is split in two so that a batch can run in parallel: `expand` (in the
main process, cheap) lists every input as a `Source`, or an `ExtractorError`
naming it; `load` (in a worker) reads, fetches and decodes one `Source` into
an `Article`. One bad input never stops the others.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Literal

from .errors import ExtractorError
from .fetch import fetch, is_url

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

MAX_BYTES = 5_000_000       # default cap on one input's bytes (a news article is a few kB)
MAX_CHARS = 1_000_000       # spaCy's own limit on one text; past it memory grows without bound
TIMEOUT = 30.0              # seconds for one URL, redirects included


@dataclass(slots=True)
class Article:
    text: str
    source: str
    doc_id: str
    title: str | None = None
    published: date | None = None
    published_source: str | None = None     # "metadata" when read from the input itself
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Source:
    """One input, small enough to send to a worker; `key` names it in output, errors and --resume."""

    key: str
    kind: Literal["file", "url", "article"]
    article: Article | None = None          # kind "article": already read (stdin, JSON records)


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = MAX_BYTES
    max_chars: int = MAX_CHARS
    timeout: float = TIMEOUT


def expand(paths: list[str], limits: Limits = Limits()) -> Iterator[Source | ExtractorError]:
    """Every input in order: folders walked recursively (sorted), JSON files opened into records."""
    used: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield _stdin(limits)
        elif is_url(raw):
            yield Source(raw, "url")
        elif (path := Path(raw)).is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)):
                yield from _file(str(found), limits, used)
        elif path.exists():
            yield from _file(raw, limits, used)
        else:
            yield ExtractorError("E001", path=raw)


def _file(path: str, limits: Limits, used: set[str]) -> Iterator[Source | ExtractorError]:
    if Path(path).suffix.lower() in RECORD_SUFFIXES:
        yield from records(path, limits, used)
    else:
        yield Source(path, "file")


def _stdin(limits: Limits) -> Source | ExtractorError:
    try:
        data = sys.stdin.buffer.read(limits.max_bytes + 1)
        article = _article(data, "<stdin>", html=None, limits=limits)
    except ExtractorError as exc:
        return exc
    return Source("<stdin>", "article", article)


def load(source: Source, limits: Limits = Limits()) -> Article:
    """Read or fetch one input into an Article; raise ExtractorError naming it on bad input."""
    if source.article is not None:
        return source.article
    if source.kind == "url":
        page = fetch(source.key, timeout=limits.timeout, max_bytes=limits.max_bytes)
        if page.content_type and not (page.content_type.startswith("text/") or "html" in page.content_type
                                      or "xml" in page.content_type):
            raise ExtractorError("E006", path=source.key, detail=f"not text or HTML but {page.content_type}")
        html = "html" in page.content_type or None
        return _article(page.data, source.key, html=html, limits=limits, declared=page.charset)
    path = Path(source.key)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise ExtractorError("E009", path=source.key, detail=f"{size / 1e6:.1f} MB; the limit is "
                                 f"{limits.max_bytes / 1e6:g} MB, raise it with --max-size")
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractorError("E007", path=source.key, detail=exc.strerror or str(exc)) from None
    return _article(data, source.key, html=path.suffix.lower() in HTML_SUFFIXES, limits=limits,
                    doc_id=path.stem)


def _article(data: bytes, name: str, *, html: bool | None, limits: Limits, declared: str | None = None,
             doc_id: str | None = None) -> Article:
    """Bytes to an Article; `html` None means: look at the bytes."""
    if len(data) > limits.max_bytes:
        raise ExtractorError("E009", path=name, detail=f"more than {limits.max_bytes / 1e6:g} MB; "
                             "raise the limit with --max-size")
    text, warnings = decode(data, name, declared)
    title = published = None
    if html is None:
        html = bool(re.match(r"\s*<(!doctype html|html|head|body|meta|article)\b", text[:1000], re.I))
    if html:
        text, title, published = html_to_text(text, name)
    return _checked(Article(text=text, source=name, title=title, published=published,
                            doc_id=doc_id or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                            published_source="metadata" if published else None, warnings=warnings), limits)


def _checked(article: Article, limits: Limits) -> Article:
    if not article.text.strip():
        raise ExtractorError("E005", path=article.source)
    if len(article.text) > limits.max_chars:
        raise ExtractorError("E009", path=article.source, detail=f"{len(article.text):,} characters; "
                             f"the limit is {limits.max_chars:,}")
    return article


def records(path: str, limits: Limits, used: set[str]) -> Iterator[Source | ExtractorError]:
    """Articles in a .json file (one record or a list) or a .jsonl file (one record a line).

    A record has `text` and optionally `id`, `title`, `published` (YYYY-MM-DD...) and `url`.
    Its key is its `url` when given (and not already used), else `path#N` (N counts from 1).
    """
    try:
        size = Path(path).stat().st_size
        if size > 50 * limits.max_bytes:
            yield ExtractorError("E009", path=path, detail=f"{size / 1e6:.1f} MB of records; the limit is "
                                 f"{50 * limits.max_bytes / 1e6:g} MB (50 x --max-size)")
            return
        data = Path(path).read_bytes()
    except OSError as exc:
        yield ExtractorError("E007", path=path, detail=exc.strerror or str(exc))
        return
    try:
        text, _ = decode(data, path)
    except ExtractorError as exc:
        yield exc
        return
    if path.lower().endswith(".jsonl"):
        items = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    else:
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ExtractorError("E008", path=path, detail=f"line {exc.lineno}: {exc.msg}")
            return
        items = list(enumerate(whole if isinstance(whole, list) else [whole], 1))
    stem = Path(path).stem
    for n, item in items:
        name = f"{path}#{n}"
        try:
            record = json.loads(item) if isinstance(item, str) else item
            article = _record(record, name, stem, n)
            if article.source in used:
                article.source = name
            used.add(article.source)
            yield Source(article.source, "article", _checked(article, limits))
        except json.JSONDecodeError as exc:
            yield ExtractorError("E008", path=name, detail=f"{exc.msg} at column {exc.colno}")
        except ExtractorError as exc:
            yield exc


def _record(record: Any, name: str, stem: str, n: int) -> Article:
    if not isinstance(record, dict):
        raise ExtractorError("E008", path=name, detail=f"a {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ExtractorError("E008", path=name, detail="no 'text' string")
    warnings = []
    published = None
    raw_date = record.get("published")
    if raw_date not in (None, ""):
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            warnings.append(f"the record's published value {raw_date!r} is not a YYYY-MM-DD date; ignored")
    url = record.get("url")
    ident = record.get("id")
    title = record.get("title")
    return Article(text=text, source=url if isinstance(url, str) and url else name,
                   doc_id=str(ident) if ident not in (None, "") else f"{stem}-{n}",
                   title=title if isinstance(title, str) else None, published=published,
                   published_source="metadata" if published else None, warnings=warnings)


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Bytes to text: a BOM, else UTF-8, else the charset the server declared, else a guess (with a warning)."""
    if not data.strip():
        raise ExtractorError("E002", path=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise ExtractorError("E004", path=name, detail=str(exc)) from None
    if b"\x00" in data[:8192]:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, [f"decoded as {encoding.upper()} without a byte-order mark (guessed from the bytes)"]
        raise ExtractorError("E003", path=name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            return data.decode(_wider(declared)), []
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise ExtractorError("E004", path=name,
                             detail=f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                                    "and no other encoding fits")
    encoding = _wider(best.encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = best.encoding, str(best)
    note = f"decoded as {encoding.upper()}, not UTF-8 (guessed from the bytes"
    if best.chaos:
        note += f"; {best.chaos:.0%} of it reads as noise"
    return text, [note + ")"]


def _wider(encoding: str) -> str:
    """GB2312 and GBK text is read as GB18030, their superset, so no rare character is lost."""
    name = encoding.lower().replace("-", "").replace("_", "")
    return "gb18030" if name in {"gb2312", "gbk", "cp936", "gb18030"} else encoding


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
