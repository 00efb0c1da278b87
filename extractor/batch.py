"""Run the extractor over many inputs: every input ends as a Document in the output or as an error.

Inputs are listed in the main process (`inputs.expand`), read and extracted
in batches (the tagger takes a batch in one go) in one process or in `workers`
processes (each loads the pipeline once), and written by the main process in
input order, so the output is the same whatever the number of workers.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import Generator, Iterator, TextIO

from .errors import ExtractorError
from .inputs import Limits, Source, expand, load
from .models import Document
from .outputs import Writer


@dataclass(frozen=True, slots=True)
class Options:
    """What every input of a run is extracted with."""

    published: date | None = None
    patterns: str | None = None
    limits: Limits = Limits()


@dataclass(slots=True)
class Result:
    """What a worker sends back for one input: the Document's JSON, or the error."""

    key: str
    doc_json: str | None = None
    facts: int = 0
    error: ExtractorError | None = None
    pid: int = 0
    peak_mb: float = 0.0
    cpu_s: float = 0.0          # the process's CPU time so far (for the benchmark)


@dataclass
class Summary:
    documents: int = 0
    facts: int = 0
    errors: list[ExtractorError] = field(default_factory=list)
    skipped: int = 0                                    # already in the output (--resume)
    seconds: float = 0.0
    interrupted: bool = False
    peak_mb: dict[int, float] = field(default_factory=dict)   # per process that extracted
    cpu_s: dict[int, float] = field(default_factory=dict)     # CPU seconds, per process that extracted

    def line(self) -> str:
        skipped = f", {self.skipped} already in the output" if self.skipped else ""
        text = (f"extractor: {self.documents} document(s), {self.facts} fact(s), "
                f"{len(self.errors)} error(s){skipped} in {self.seconds:.1f} s")
        if self.interrupted:
            text += " (interrupted: run again with --resume to finish)"
        return text


# Inputs extracted together (the tagger runs them in one go): at most this many, and this many characters.
BATCH_DOCS = 16
BATCH_CHARS = 200_000


def extract_batch(sources: list[Source], options: Options) -> list[Result]:
    """Read and extract several inputs together; never raises. Each input that cannot be read is its
    own error; if extracting them together fails, they are extracted one at a time, so a bug
    (E020) costs only the input that triggers it."""
    from .pipeline import Job, extract_many

    results: list[Result | None] = [None] * len(sources)
    jobs: list[tuple[int, Job, list[str]]] = []
    for i, source in enumerate(sources):
        try:
            article = load(source, options.limits)
        except Exception as exc:
            results[i] = _failed(source, exc)
            continue
        published = options.published or article.published
        kind = "given" if options.published else article.published_source
        jobs.append((i, Job(article.text, published, article.source, article.doc_id, article.title, kind),
                     article.warnings))
    done: list[Document | None] | None = None
    if len(jobs) > 1:
        try:
            done = list(extract_many([job for _, job, _ in jobs], patterns=options.patterns))
        except Exception:
            done = None  # find the input that fails, one at a time
    if done is None:
        done = []
        for i, job, _ in jobs:
            try:
                done.extend(extract_many([job], patterns=options.patterns))
            except Exception as exc:
                results[i] = _failed(sources[i], exc)
                done.append(None)
    for (i, _, warnings), doc in zip(jobs, done):
        if doc is not None:
            doc.warnings[:0] = warnings
            results[i] = Result(sources[i].key, doc_json=doc.model_dump_json(), facts=len(doc.facts))
    pid, peak_mb = os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for result in results:
        result.pid, result.peak_mb, result.cpu_s = pid, peak_mb, time.process_time()
    return results  # type: ignore[return-value]


def _failed(source: Source, exc: Exception) -> Result:
    if isinstance(exc, ExtractorError):
        return Result(source.key, error=exc)
    # a bug must not lose the rest of the batch
    return Result(source.key, error=ExtractorError("E020", path=source.key, detail=f"{type(exc).__name__}: {exc}"))


def _length(source: Source) -> int:
    """About how many characters an input has, before reading it (UTF-8 Chinese: 3 bytes a character)."""
    if source.article is not None:
        return len(source.article.text)
    if source.kind == "file":
        try:
            return os.path.getsize(source.key) // 3
        except OSError:
            return 0
    return 0


def _batches(sources: list[Source]) -> Iterator[list[Source]]:
    """Consecutive inputs, BATCH_DOCS at a time and about BATCH_CHARS characters at most."""
    batch: list[Source] = []
    size = 0
    for source in sources:
        length = _length(source)
        if batch and (len(batch) >= BATCH_DOCS or size + length > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(source)
        size += length
    if batch:
        yield batch


def run(paths: list[str], writer: Writer, *, options: Options = Options(), workers: int = 1,
        resume: bool = False, progress: bool | None = None, err: TextIO = sys.stderr) -> Summary:
    """Extract every input into `writer`; errors go to the writer and, one line each, to `err`.

    `progress` None shows a progress bar when `err` is a terminal. Ctrl-C stops
    cleanly: what was written stays, and `resume=True` finishes the run later.
    """
    from tqdm import tqdm

    summary = Summary()
    started = time.perf_counter()
    done = writer.done() if resume else set()
    sources = list(expand(paths, options.limits))
    show = err.isatty() if progress is None else progress
    bar = tqdm(total=len(sources), file=err, unit="doc", disable=not show, dynamic_ncols=True)

    def report(exc: ExtractorError) -> None:
        summary.errors.append(exc)
        writer.error(exc)
        (tqdm.write if show else print)(f"error: {exc}", file=err)
        if not show:
            err.flush()

    todo: list[Source] = []
    for item in sources:
        if isinstance(item, ExtractorError):
            report(item)
            bar.update()
        elif item.key in done:
            summary.skipped += 1
            bar.update()
        else:
            todo.append(item)
    try:
        for result in _results(todo, options, workers):
            if result.error is not None:
                report(result.error)
            else:
                writer.write(result.doc_json, json.loads(result.doc_json))
                summary.documents += 1
                summary.facts += result.facts
            summary.peak_mb[result.pid] = max(summary.peak_mb.get(result.pid, 0.0), result.peak_mb)
            summary.cpu_s[result.pid] = max(summary.cpu_s.get(result.pid, 0.0), result.cpu_s)
            bar.update()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        writer.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _results(sources: list[Source], options: Options, workers: int) -> Iterator[Result]:
    """Results in input order, from this process or from a pool of worker processes."""
    if workers <= 1 or len(sources) <= 1:
        for batch in _batches(sources):
            yield from extract_batch(batch, options)
        return
    yield from _parallel(sources, options, workers)


def _parallel(sources: list[Source], options: Options, workers: int) -> Iterator[Result]:
    """Results from a pool of workers. A worker that dies (out of memory, a crash) takes the pool
    down with the inputs in flight: those are tried again one at a time, so only the input that
    kills a worker on its own becomes an error (E021), and the others are still extracted."""
    pending = deque(_batches(sources))
    while pending:
        lost = yield from _pool_run(pending, options, workers)
        for source in lost:
            if (yield from _pool_run(deque([[source]]), options, 1)):
                yield Result(source.key, error=ExtractorError("E021", path=source.key,
                                                              detail="out of memory, or a crash"))


def _pool_run(pending: deque[list[Source]], options: Options, workers: int) -> Generator[Result, None, list[Source]]:
    """Yield results in order while keeping a bounded window of batches in flight; return the inputs
    that were in flight if the pool broke (else an empty list)."""
    pool = _pool(options, workers)
    window: deque[tuple[list[Source], Future]] = deque()
    try:
        while pending or window:
            while pending and len(window) < 4 * workers:
                batch = pending.popleft()
                window.append((batch, pool.submit(extract_batch, batch, options)))
            try:
                results = window[0][1].result()
            except BrokenProcessPool:
                return [source for batch, _ in window for source in batch]
            window.popleft()
            yield from results
        return []
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _pool(options: Options, workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                               initargs=(options.patterns,))


def _start_worker(patterns: str | None) -> None:
    """Each worker: Ctrl-C is the main process's business; load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import load

    load(patterns)
