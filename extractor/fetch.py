"""Fetching articles from http(s) URLs with httpx.

A URL is an input like a file: it fails alone, with a reason a user can act
on (the HTTP status, a time-out, too many redirects, too large), and never
hangs the batch: the whole download has a deadline and a size cap.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from . import __version__
from .errors import ExtractorError

USER_AGENT = f"extractor/{__version__} (fact extraction from Chinese business news; httpx)"
MAX_REDIRECTS = 5


@dataclass(slots=True)
class Fetched:
    """A downloaded page: its bytes and what the server said about them."""

    url: str                    # after redirects
    data: bytes
    content_type: str           # "text/html", "" when not given
    charset: str | None         # from the Content-Type header


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET `url` following redirects; raise ExtractorError (E006/E009) on any failure."""
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ExtractorError("E006", path=url,
                                         detail=f"HTTP {response.status_code} {response.reason_phrase}".strip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ExtractorError("E009", path=url, detail=_too_large(int(declared), max_bytes))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ExtractorError("E009", path=url, detail=_too_large(size, max_bytes, partial=True))
                    if time.monotonic() > deadline:
                        raise ExtractorError("E006", path=url, detail=f"no complete answer within {timeout:g} s")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
                return Fetched(url=str(response.url), data=b"".join(chunks),
                               content_type=content_type.split(";")[0].strip().lower(),
                               charset=response.charset_encoding)
    except httpx.TimeoutException:
        raise ExtractorError("E006", path=url, detail=f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise ExtractorError("E006", path=url, detail=f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.HTTPError as exc:
        raise ExtractorError("E006", path=url, detail=f"{type(exc).__name__}: {exc}") from None


def _too_large(size: int, limit: int, partial: bool = False) -> str:
    more = "more than " if partial else ""
    return f"{more}{size / 1e6:.1f} MB; the limit is {limit / 1e6:g} MB, raise it with --max-size"
