"""Throughput of parse_quantities + parse_times on the article corpus (a benchmark, not a test).

    python bench/bench_normalize.py [ARTICLES_DIR] [--limit N] [--repeat K]

ARTICLES_DIR defaults to ../shared/corpus/articles relative to the repository.  Prints chars/s
for this project's parsers and, in the same run, for jionlp's extract_money + extract_time on
the same texts when jionlp can be imported.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import glob
import io
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def load_texts(root: str, limit: int | None) -> list[str]:
    files = sorted(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True))
    files = [f for f in files if os.path.basename(f) != "SOURCE.md"]
    if limit:
        files = files[:limit]
    out = []
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as h:
            out.append(h.read())
    return out


def bench(name: str, fn, texts: list[str], repeat: int) -> float:
    chars = sum(len(t) for t in texts)
    best = float("inf")
    found = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = 0
        for t in texts:
            found += fn(t)
        best = min(best, time.perf_counter() - t0)
    rate = chars / best if best > 0 else float("inf")
    print(f"{name:<40} {len(texts):>6} texts {chars:>10} chars {best:8.2f} s {rate:>12,.0f} chars/s  ({found} results)")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=os.path.join(REPO, "..", "shared", "corpus", "articles"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--repeat", type=int, default=3, help="best of K runs (default 3)")
    ap.add_argument("--no-jionlp", action="store_true")
    a = ap.parse_args()
    try:
        import extractor.quantities  # noqa: F401  (an installed / PYTHONPATH copy)
    except ImportError:
        sys.path.insert(0, REPO)
    from extractor.quantities import parse_quantities
    from extractor.times import parse_times

    texts = load_texts(a.articles, a.limit)
    if not texts:
        sys.exit(f"no .txt files under {a.articles}")
    ref = dt.date(2021, 11, 1)
    parse_quantities("预热1.2万亿元")  # build the parsers (regex compilation) outside the timing
    parse_times("2021年8月", reference=ref)
    ours = bench("extractor parse_quantities+parse_times",
                 lambda t: len(parse_quantities(t)) + len(parse_times(t, reference=ref)), texts, a.repeat)
    bench("  parse_quantities only", lambda t: len(parse_quantities(t)), texts, a.repeat)
    bench("  parse_times only", lambda t: len(parse_times(t, reference=ref)), texts, a.repeat)
    if a.no_jionlp:
        return
    try:
        import logging
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
        logging.disable(logging.CRITICAL)
    except Exception as e:  # not installed: only our figure
        print(f"jionlp not importable ({e.__class__.__name__}); skipped")
        return
    base = dt.datetime(2021, 11, 1)

    def jio_fn(t: str) -> int:
        with contextlib.redirect_stdout(io.StringIO()):
            m = jio.ner.extract_money(t, with_parsing=True)
            tm = jio.ner.extract_time(t, time_base=base, with_parsing=True)
        return len(m) + len(tm)

    theirs = bench("jionlp extract_money+extract_time", jio_fn, texts, 1)
    print(f"speed ratio extractor / jionlp: {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
