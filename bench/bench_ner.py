"""Score ways of combining LAC, the pipeline's rules and the CRF on the public NER sets.

    python bench/bench_ner.py                 # MSRA test + CLUENER dev (mapped), every configuration
    python bench/bench_ner.py --limit 300 --no-pipeline

Scoring is `../shared/tools/ner_score.py`'s own (its `load`, `Scores` and
don't-care rule for the unmapped CLUENER types), so the figures compare with
`ner_score.py ENGINE`. Each stage runs once per sentence and is timed on its
own: LAC alone (`tagger.tag_texts`), the whole pipeline (`extractor.pipeline.run`,
which tags with LAC itself) and the CRF (`CrfTagger.predict` on the pipeline's LAC words when the pipeline runs,
else on LAC's words of the whole sentence).
A configuration's chars/s counts the stages it uses.

Configurations ("fill" = add the other source's spans where they overlap none
of the first's; "override T" = the CRF's spans of types T replace the spans
they overlap):
    lac                          LAC's PER / ORG / LOC words
    crf                          the CRF alone
    lac + crf fill               LAC, CRF where LAC found nothing
    crf + lac fill               CRF, LAC where the CRF found nothing
    pipeline                     extractor.extract today (LAC + EntityRuler + rules)
    pipeline + crf fill          the pipeline, CRF where it found nothing
    pipeline + crf PER           ... and CRF names replace what they overlap
    pipeline + crf PER,ORG       ... and CRF names and organisations replace what they overlap
    ... + conventions            ... after the pipeline's conventions on the CRF's organisations
                                 (美国政府 -> LOC 美国, cups such as 世界杯 dropped); chosen on
                                 People's Daily dev + 10% of CLUENER train, not on the test sets
    crf + pipeline fill          CRF first, the pipeline where the CRF found nothing
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

import ner_score  # noqa: E402

from extractor.crf_ner import CrfTagger  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "ner"
SETS = {"MSRA test": (EVAL / "msra" / "test.jsonl", "none"),
        "CLUENER dev mapped": (EVAL / "cluener2020" / "dev.jsonl", "cluener")}
TO_SCORER = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "PER": "PER"}

Spans = list[tuple[int, int, str]]


def _overlaps(span: tuple, others: Spans) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def fill(first: Spans, second: Spans) -> Spans:
    """`first`, plus the spans of `second` that overlap none of it."""
    return list(first) + [s for s in second if not _overlaps(s, first)]


def override(base: Spans, crf: Spans, types: tuple[str, ...]) -> Spans:
    """CRF spans of `types` replace the `base` spans they overlap; other CRF spans fill gaps."""
    strong = [s for s in crf if s[2] in types]
    kept = [s for s in base if not _overlaps(s, strong)]
    return fill(kept + strong, crf)


def news_conventions(text: str, crf: Spans) -> Spans:
    """The pipeline's own conventions on CRF organisations: 美国政府 -> LOC 美国; a cup (世界杯) is no ORG."""
    out = []
    for start, end, kind in crf:
        if kind == "ORG" and text[start:end].endswith("杯"):
            continue
        if kind == "ORG" and text[start:end].endswith("政府") and end - start >= 4:
            out.append((start, end - 2, "LOC"))
            continue
        out.append((start, end, kind))
    return out


CONFIGS: dict[str, tuple[tuple[str, ...], Callable[[str, Spans, Spans, Spans], Spans]]] = {
    # name: (stages used, combine(text, lac, pipeline, crf))
    "lac": (("lac",), lambda text, lac, pipe, crf: lac),
    "crf": (("lac", "crf"), lambda text, lac, pipe, crf: crf),
    "lac + crf fill": (("lac", "crf"), lambda text, lac, pipe, crf: fill(lac, crf)),
    "crf + lac fill": (("lac", "crf"), lambda text, lac, pipe, crf: fill(crf, lac)),
    "pipeline": (("pipeline",), lambda text, lac, pipe, crf: pipe),
    "pipeline + crf fill": (("pipeline", "crf"), lambda text, lac, pipe, crf: fill(pipe, crf)),
    "pipeline + crf PER": (("pipeline", "crf"), lambda text, lac, pipe, crf: override(pipe, crf, ("PER",))),
    "pipeline + crf PER,ORG": (("pipeline", "crf"), lambda text, lac, pipe, crf: override(pipe, crf, ("PER", "ORG"))),
    "pipeline + crf PER,ORG + conventions": (("pipeline", "crf"), lambda text, lac, pipe, crf: override(
        pipe, news_conventions(text, crf), ("PER", "ORG"))),
    "crf + pipeline fill": (("pipeline", "crf"), lambda text, lac, pipe, crf: fill(crf, pipe)),
}


def run_stages(texts: list[str], with_pipeline: bool) -> tuple[dict[str, list[Spans]], dict[str, float]]:
    """Spans of every stage for every text, and each stage's total time."""
    from extractor import tagger

    crf = CrfTagger()
    out: dict[str, list[Spans]] = {"lac": [], "crf": [], "pipeline": []}
    secs = {"lac": 0.0, "crf": 0.0, "pipeline": 0.0}
    if with_pipeline:
        from extractor.pipeline import load, run

        nlp = load()
        run(nlp, "新华社北京电，国务院总理在人民大会堂会见了美国客人。")
    tagger.tag_texts(["预热"])
    for text in texts:
        t0 = time.perf_counter()
        words, at = [], 0
        for word, tag in tagger.tag_texts([text])[0]:
            words.append((at, at + len(word), word, tag))
            at += len(word)
        t1 = time.perf_counter()
        out["lac"].append([(s, e, t) for s, e, _, t in words if t in ("PER", "ORG", "LOC")])
        if with_pipeline:
            doc = run(nlp, text)
            t2 = time.perf_counter()
            out["pipeline"].append(sorted({(m.start, m.end, TO_SCORER[e.type]) for e in doc._.entities
                                           if e.type in TO_SCORER for m in e.mentions}))
            secs["pipeline"] += t2 - t1
            words = [(w.start, w.end, w.text, w.tag) for w in doc._.words]
        t3 = time.perf_counter()
        spans = crf.predict(text, words)
        secs["crf"] += time.perf_counter() - t3
        secs["lac"] += t1 - t0
        out["crf"].append([(s, e, TO_SCORER[k]) for s, e, k in spans])
    return out, secs


def score(records: list[tuple[str, Spans, list]], predictions: list[Spans]) -> tuple[float, float, float]:
    """Micro P / R / F1 over PER, LOC, ORG, exactly as ner_score.py counts them."""
    scores = ner_score.Scores(ner_score.TYPES)
    for (text, gold, ignored), pred in zip(records, predictions):
        gold_set = set(gold)
        kept = [p for p in set(pred)
                if not (ignored and p not in gold_set and any(ner_score.overlaps(p, r) for r in ignored))]
        scores.add(gold, kept)
    row = [r for r in scores.rows() if r[0] == "ALL"][0]
    return row[4], row[5], row[6]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the configurations that run the pipeline")
    ap.add_argument("--json-out", default=None, help="also write the figures as JSON")
    args = ap.parse_args()

    results: dict[str, dict[str, list[float]]] = {}
    speed: dict[str, list[float]] = {}
    for set_name, (path, mapping) in SETS.items():
        records = list(ner_score.load(str(path), ner_score.MAPS[mapping], args.limit))
        stages, secs = run_stages([r[0] for r in records], not args.no_pipeline)
        chars = sum(len(r[0]) for r in records)
        for config, (used, combine) in CONFIGS.items():
            if args.no_pipeline and "pipeline" in used:
                continue
            predictions = [combine(record[0], lac, pipe, crf) for record, lac, pipe, crf
                           in zip(records, stages["lac"], stages["pipeline"] or [[]] * len(records), stages["crf"])]
            results.setdefault(config, {})[set_name] = [x * 100 for x in score(records, predictions)]
            speed.setdefault(config, []).append(chars / sum(secs[s] for s in used))
        print(f"{set_name}: {len(records)} sentences, {chars} chars; stage seconds "
              + ", ".join(f"{k} {v:.1f}" for k, v in secs.items()), file=sys.stderr)

    names = list(SETS)
    print(f"| config | {names[0]} P/R/F1 | {names[1]} P/R/F1 | chars/s |")
    print("|---|---|---|---|")
    for config, by_set in results.items():
        cells = [("{:.1f}/{:.1f}/**{:.1f}**".format(*by_set[n])) for n in names]
        print(f"| {config} | {cells[0]} | {cells[1]} | {sum(speed[config]) / len(speed[config]):,.0f} |")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"results": results, "chars_per_s": speed}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
