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
