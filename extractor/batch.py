"""Run the extractor over many inputs: every input ends as a Document in the output or as an error.

Inputs are listed in the main process (`inputs.expand`), read and extracted
in one process or in `workers` processes (each loads the pipeline once), and
written by the main process in input order, so the output is the same
whatever the number of workers.
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


def extract_one(source: Source, options: Options) -> Result:
    """Read and extract one input; never raises (a bug becomes an E020 error for that input)."""
    from .pipeline import extract

    try:
        article = load(source, options.limits)
        given = options.published or article.published
        kind = "given" if options.published else article.published_source
        doc = extract(article.text, published=given, source=article.source, doc_id=article.doc_id,
                      title=article.title, patterns=options.patterns, reference_source=kind)
        doc.warnings[:0] = article.warnings
        result = Result(source.key, doc_json=doc.model_dump_json(), facts=len(doc.facts))
    except ExtractorError as exc:
        result = Result(source.key, error=exc)
    except Exception as exc:  # a bug must not lose the rest of the batch
        result = Result(source.key, error=ExtractorError("E020", path=source.key,
                                                         detail=f"{type(exc).__name__}: {exc}"))
    result.pid = os.getpid()
    result.peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result.cpu_s = time.process_time()
    return result


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
        for source in sources:
            yield extract_one(source, options)
        return
    yield from _parallel(sources, options, workers)


def _parallel(sources: list[Source], options: Options, workers: int) -> Iterator[Result]:
    """Results from a pool of workers. A worker that dies (out of memory, a crash) takes the pool
    down with the inputs in flight: those are tried again one at a time, so only the input that
    kills a worker on its own becomes an error (E021), and the others are still extracted."""
    pending = deque(sources)
    while pending:
        lost = yield from _pool_run(pending, options, workers)
        for source in lost:
            if (yield from _pool_run(deque([source]), options, 1)):
                yield Result(source.key, error=ExtractorError("E021", path=source.key,
                                                              detail="out of memory, or a crash"))


def _pool_run(pending: deque[Source], options: Options, workers: int) -> Generator[Result, None, list[Source]]:
    """Yield results in order while keeping a bounded window in flight; return the inputs that
    were in flight if the pool broke (else an empty list)."""
    pool = _pool(options, workers)
    window: deque[tuple[Source, Future]] = deque()
    try:
        while pending or window:
            while pending and len(window) < 4 * workers:
                source = pending.popleft()
                window.append((source, pool.submit(extract_one, source, options)))
            try:
                result = window[0][1].result()
            except BrokenProcessPool:
                return [source for source, _ in window]
            window.popleft()
            yield result
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
