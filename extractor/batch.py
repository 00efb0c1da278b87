"""Run the extractor over many inputs: every input ends as a Document or an error."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator, TextIO

from .errors import ExtractorError
from .inputs import expand, read
from .models import Document
from .pipeline import extract


@dataclass
class Summary:
    documents: int = 0
    facts: int = 0
    errors: list[ExtractorError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"extractor: {self.documents} document(s), {self.facts} fact(s), "
                f"{len(self.errors)} error(s) in {self.seconds:.1f} s")


def documents(paths: list[str], *, published: date | None = None, patterns: str | None = None,
              on_error: Callable[[ExtractorError], None] | None = None) -> Iterator[Document]:
    """Documents for every readable input; errors go to `on_error` and the run goes on."""
    for item in expand(paths):
        try:
            if isinstance(item, ExtractorError):
                raise item
            article = read(item)
            given = published or article.published
            source_kind = "given" if published else ("metadata" if article.published else None)
            doc = extract(article.text, published=given, source=article.source, doc_id=article.doc_id,
                          title=article.title, patterns=patterns, reference_source=source_kind)
            doc.warnings[:0] = article.warnings
            yield doc
        except ExtractorError as exc:
            if on_error is None:
                raise
            on_error(exc)
        except Exception as exc:  # a bug must not lose the rest of the batch
            if on_error is None:
                raise
            on_error(ExtractorError("E020", path=str(item), detail=f"{type(exc).__name__}: {exc}"))


def write_all(paths: list[str], out: TextIO, *, published: date | None = None, patterns: str | None = None,
              single: bool = False, indent: int | None = None, err: TextIO = sys.stderr) -> Summary:
    """Write Documents as one JSON object (`single`) or JSON lines; report errors on `err`."""
    summary = Summary()
    started = time.perf_counter()

    def report(exc: ExtractorError) -> None:
        summary.errors.append(exc)
        print(f"error: {exc}", file=err, flush=True)

    for doc in documents(paths, published=published, patterns=patterns, on_error=report):
        summary.documents += 1
        summary.facts += len(doc.facts)
        out.write(doc.model_dump_json(indent=indent if single else None) + "\n")
        out.flush()
    summary.seconds = time.perf_counter() - started
    return summary
