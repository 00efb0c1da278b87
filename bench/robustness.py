"""Run the extractor over every corpus article: no crash, no empty output, offsets that hold.

    python bench/robustness.py [--articles ../shared/corpus/articles]

Prints one line per problem and a summary; exits 1 when any article crashed,
came back empty (no entity, figure or date at all) or had a span that does not
point into its text.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", default=str(ROOT.parent / "shared" / "corpus" / "articles"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import extractor

    files = sorted(Path(args.articles).rglob("*.txt"))
    problems = chars = facts = 0
    started = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        try:
            doc = extractor.extract(text, source=str(path))
        except Exception as exc:  # the point of this run is to find them
            problems += 1
            print(f"crash: {path}: {type(exc).__name__}: {exc}")
            continue
        facts += len(doc.facts)
        if not (doc.entities or doc.facts or doc.times):
            problems += 1
            print(f"empty: {path}")
        spans = [f.span for f in doc.facts] + [m for e in doc.entities for m in e.mentions] + [q.span for q in doc.quotes]
        if any(text[s.start:s.end] != s.text for s in spans):
            problems += 1
            print(f"offsets: {path}")
    seconds = time.perf_counter() - started
    print(f"{len(files)} articles, {chars} chars, {facts} facts, {problems} problem(s), "
          f"{seconds:.1f} s ({chars / max(seconds, 1e-9):,.0f} chars/s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
