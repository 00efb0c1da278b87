"""Learn the weights that rank a figure's candidate subjects (patterns/facts/subject_weights.tsv).

    python bench/train_subject_ranker.py [--shared ../shared] [--folds 5] [--out PATH]

Runs the pipeline with the rules alone over the seed and fixtures/gold (never fixtures/heldout), records for
every figure the candidates `FactLinker._subject_candidates` offers, marks those whose name (or an alias) is
the gold subject, and fits a softmax over each figure's candidates (a linear score of
`subject_ranker.features`, L2-regularised, full-batch Adam: the same data gives the same weights). With
--folds, first reports how often the rules and the learned ranking pick a right candidate on documents held out
of the fit in turn. Needs numpy (installed with spaCy) and ../shared for the texts and the scorer.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import pipeline  # noqa: E402
from extractor.components.subject_ranker import RULE, features  # noqa: E402

_L2 = 3e-3
_EPOCHS = 400
_STEP = 0.03


class _Recorder:
    """Stands in for the ranker: records each figure's candidates and keeps the rules' answer."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[list, object]] = {}

    def __bool__(self) -> bool:
        return True

    def choose(self, candidates, figure):
        self.seen[figure.at] = (candidates, figure)
        return next((c for c in candidates if RULE in c.sources), None)


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(shared: Path) -> list[tuple[str, list[dict[str, float]], list[bool], int]]:
    """Per gold figure with a subject: (document, features of each candidate, right or not, the rules' index)."""
    score = _scorer(shared)
    nlp = pipeline.load()
    recorder = _Recorder()
    nlp.get_pipe("extractor_facts").subject_ranker = recorder
    articles = shared / "corpus" / "articles"
    golds = [*sorted((shared / "gold").glob("*.gold.json")), *sorted((ROOT / "fixtures" / "gold").glob("*.gold.json"))]
    figures = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = articles / gold["document"]
        if not text_path.is_file():
            text_path = ROOT / "seeds" / gold["document"]
        text = text_path.read_text(encoding="utf-8")
        recorder.seen.clear()
        doc = json.loads(pipeline.to_document(pipeline.run(nlp, text)).model_dump_json())
        aliases = score.alias_table(gold, doc)
        predicted, used = doc["facts"], set()
        for fact in gold["facts"]:
            at = text.find(fact["evidence"])
            span = (at, at + len(fact["evidence"]))
            match = next((i for i, p in enumerate(predicted) if i not in used and score.close(p.get("value"), fact["value"])
                          and (score.overlaps(score.span_of(p.get("span")), span)
                               or score.overlaps(score.span_of(p.get("sentence")), span))), None)
            if match is None:
                continue
            used.add(match)
            if not fact.get("subject") or predicted[match]["span"]["start"] not in recorder.seen:
                continue
            candidates, figure = recorder.seen[predicted[match]["span"]["start"]]
            answers = {score.norm(a) for a in fact["subject"]}
            right = [bool(({score.norm(c.name)} | set(aliases.get(score.norm(c.name), ()))) & answers) for c in candidates]
            rule = next((i for i, c in enumerate(candidates) if RULE in c.sources), -1)
            figures.append((gold["document"], [features(c, figure) for c in candidates], right, rule))
    return figures


def fit(figures, names: dict[str, int]) -> np.ndarray:
    """Softmax over each figure's candidates, trained to put its weight on the right ones."""
    rows, labels, group = [], [], []
    for g, (_, feats, right, _) in enumerate(f for f in figures if any(f[2]) and len(f[2]) > 1):
        for candidate, ok in zip(feats, right):
            row = np.zeros(len(names))
            for name, value in candidate.items():
                if name in names:
                    row[names[name]] = value
            rows.append(row)
            labels.append(float(ok))
            group.append(g)
    x, y, group = np.array(rows), np.array(labels), np.array(group)
    groups = int(group.max()) + 1 if len(group) else 0
    w, m, v = np.zeros(len(names)), np.zeros(len(names)), np.zeros(len(names))
    for step in range(1, _EPOCHS + 1):
        s = x @ w
        top = np.full(groups, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.zeros(groups)
        np.add.at(total, group, e)
        p = e / total[group]
        right = np.zeros(groups)
        np.add.at(right, group, p * y)
        gradient = x.T @ (p - p * y / right[group]) / groups + _L2 * w
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient ** 2
        w -= _STEP * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def picks(figures, names: dict[str, int], w: np.ndarray) -> tuple[int, int]:
    """How many figures the ranking and the rules give a right candidate."""
    ranked = ruled = 0
    for _, feats, right, rule in figures:
        scores = [sum(w[names[n]] * value for n, value in f.items() if n in names) for f in feats]
        ranked += right[int(np.argmax(scores))] if feats else 0
        ruled += right[rule] if rule >= 0 else 0
    return ranked, ruled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate over this many folds of documents first")
    parser.add_argument("--out", default=str(ROOT / "patterns" / "facts" / "subject_weights.tsv"))
    args = parser.parse_args()
    figures = collect(Path(args.shared))
    print(f"{len(figures)} figures with a gold subject", file=sys.stderr)
    if args.folds > 1:
        documents = sorted({f[0] for f in figures})
        random.Random(1).shuffle(documents)
        fold = {d: i % args.folds for i, d in enumerate(documents)}
        ranked = ruled = 0
        for k in range(args.folds):
            train = [f for f in figures if fold[f[0]] != k]
            names = {n: i for i, n in enumerate(sorted({n for f in train for c in f[1] for n in c}))}
            r, u = picks([f for f in figures if fold[f[0]] == k], names, fit(train, names))
            ranked, ruled = ranked + r, ruled + u
        print(f"cross-validated: ranking {ranked}, rules {ruled} of {len(figures)}", file=sys.stderr)
    names = {n: i for i, n in enumerate(sorted({n for f in figures for c in f[1] for n in c}))}
    w = fit(figures, names)
    ranked, ruled = picks(figures, names, w)
    print(f"on the training figures: ranking {ranked}, rules {ruled} of {len(figures)}", file=sys.stderr)
    header = Path(args.out).read_text(encoding="utf-8").splitlines() if Path(args.out).is_file() else []
    comments = [line for line in header if line.startswith("#")]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(comments) + "\n" if comments else "")
        for name in sorted(names):
            if abs(w[names[name]]) >= 1e-4:
                out.write(f"{name}\t{w[names[name]]:.4f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
