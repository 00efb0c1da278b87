"""Writers: JSON lines, a folder, CSV and SQLite; torn tails after a kill are cut on --resume."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from extractor.errors import ExtractorError
from extractor.outputs import (CsvWriter, FolderWriter, JsonLinesWriter, SqliteWriter, open_writer,
                               output_format)

TEXTS = {
    "a.txt": "腾讯2021年营收同比增长16%，达到5601亿元。马化腾表示：“我们将继续投入。”",
    "b.txt": "小米集团总裁王翔称，去年智能手机出货量超过1.9亿台。",
    "c.txt": "今天天气很好。",
}


@pytest.fixture(scope="module")
def docs(nlp):
    import extractor

    out = []
    for name, text in TEXTS.items():
        doc = extractor.extract(text, source=f"in/{name}")
        out.append((doc.model_dump_json(), json.loads(doc.model_dump_json())))
    return out


def fill(writer, docs, error: bool = True):
    for doc_json, doc in docs:
        writer.write(doc_json, doc)
    if error:
        writer.error(ExtractorError("E002", path="in/empty.txt"))
    writer.close()


@pytest.mark.parametrize("output, given, expected", [
    (None, None, "json"), ("o.jsonl", None, "jsonl"), ("o.json", None, "json"), ("o.csv", None, "csv"),
    ("o.db", None, "sqlite"), ("o.sqlite3", None, "sqlite"), ("out/", None, "dir"), ("o.txt", "jsonl", "jsonl"),
])
def test_format_from_suffix_or_flag(output, given, expected):
    assert output_format(output, given) == expected


def test_unknown_suffix_is_a_clear_error():
    with pytest.raises(ExtractorError) as caught:
        output_format("o.txt", None)
    assert caught.value.code == "E012" and "--format" in caught.value.reason


def test_jsonl_one_document_a_line_and_errors_beside(tmp_path, docs):
    out = tmp_path / "o.jsonl"
    fill(open_writer("jsonl", str(out)), docs)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["source"] for d in lines] == ["in/a.txt", "in/b.txt", "in/c.txt"]
    errors = [json.loads(line) for line in (tmp_path / "o.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"source": "in/empty.txt", "code": "E002", "reason": "the file is empty",
                       "message": "in/empty.txt: [E002] the file is empty"}]


def test_jsonl_resume_cuts_a_torn_line_and_keeps_whole_ones(tmp_path, docs):
    out = tmp_path / "o.jsonl"
    whole = docs[0][0] + "\n" + docs[1][0] + "\n"
    out.write_text(whole + docs[2][0][:50], encoding="utf-8")       # killed while writing the third
    writer = JsonLinesWriter(str(out), resume=True, indent=None)
    assert writer.done() == {"in/a.txt", "in/b.txt"}
    writer.write(*docs[2])
    writer.close()
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == \
        ["in/a.txt", "in/b.txt", "in/c.txt"]


def test_folder_one_json_per_input_and_no_clobbering(tmp_path, docs):
    out = tmp_path / "out"
    writer = FolderWriter(str(out) + "/", resume=False)
    other = dict(docs[0][1], source="elsewhere/a.txt", text_sha256="f" * 64)    # same stem, another file
    fill(writer, [*docs, (json.dumps(other), other)])
    names = sorted(p.name for p in out.iterdir())
    assert names == ["a-ffffffffffff.json", "a.json", "b.json", "c.json"]
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["source"] == "in/a.txt"
    assert (tmp_path / "out.errors.jsonl").exists()
    assert FolderWriter(str(out), resume=True).done() == {"in/a.txt", "in/b.txt", "in/c.txt", "elsewhere/a.txt"}


def test_csv_one_row_per_fact_with_evidence(tmp_path, docs):
    out = tmp_path / "facts.csv"
    fill(open_writer("csv", str(out)), docs)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(doc["facts"]) for _, doc in docs)
    row = next(r for r in rows if r["value_text"].startswith("16"))
    assert row["doc_id"] == "a" and row["unit"] == "%" and float(row["value"]) == 16
    assert row["evidence"] in TEXTS["a.txt"] and TEXTS["a.txt"][int(row["span_start"]):int(row["span_end"])] \
        == row["value_text"]
    with (tmp_path / "facts.documents.csv").open(encoding="utf-8", newline="") as handle:
        documents = list(csv.DictReader(handle))
    assert [d["source"] for d in documents] == ["in/a.txt", "in/b.txt", "in/c.txt"]      # c has no facts
    assert (tmp_path / "facts.errors.jsonl").exists()


def test_csv_resume_drops_facts_of_a_document_not_finished(tmp_path, docs):
    out = tmp_path / "facts.csv"
    fill(CsvWriter(str(out), resume=False), docs[:1], error=False)
    writer = CsvWriter(str(out), resume=True)
    writer.facts_csv.writerows([{"doc_id": "b", "source": "in/b.txt"}])      # facts of b written, then killed
    writer.facts_handle.flush()
    writer.close()
    with (tmp_path / "facts.documents.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write("b,in/b.txt,abc")                                     # a torn documents row
    writer = CsvWriter(str(out), resume=True)
    assert writer.done() == {"in/a.txt"}
    fill(writer, docs[1:], error=False)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(doc["facts"]) for _, doc in docs)
    assert all(r["fact_id"] for r in rows)


def test_csv_refuses_a_foreign_file_on_resume(tmp_path):
    (tmp_path / "facts.csv").write_text("name,age\r\n", encoding="utf-8")
    (tmp_path / "facts.documents.csv").write_text("name,age\r\n", encoding="utf-8")
    with pytest.raises(ExtractorError) as caught:
        CsvWriter(str(tmp_path / "facts.csv"), resume=True)
    assert caught.value.code == "E013"


def test_sqlite_tables_keys_and_a_rerun_adds_nothing_twice(tmp_path, docs):
    out = tmp_path / "facts.db"
    fill(SqliteWriter(str(out)), docs)
    fill(SqliteWriter(str(out)), docs, error=False)           # the same run again
    db = sqlite3.connect(out)
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "sources", "entities", "mentions", "facts", "quotes", "errors")}
    assert counts["documents"] == 3 and counts["sources"] == 3
    assert counts["facts"] == sum(len(doc["facts"]) for _, doc in docs)
    assert counts["entities"] == sum(len(doc["entities"]) for _, doc in docs)
    assert counts["quotes"] == sum(len(doc["quotes"]) for _, doc in docs) >= 1
    assert counts["errors"] == 1
    value, unit, evidence, doc_id = db.execute(
        "SELECT value, unit, evidence, doc_id FROM facts JOIN documents USING (text_sha256) "
        "WHERE value_text LIKE '16%'").fetchone()
    assert (value, unit, doc_id) == (16.0, "%", "a") and "16%" in evidence
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"facts_measure", "facts_subject", "entities_name", "quotes_speaker"} <= indexes
    assert SqliteWriter(str(out)).done() == {"in/a.txt", "in/b.txt", "in/c.txt"}


def test_sqlite_same_text_from_two_sources_is_one_document(tmp_path, docs):
    out = tmp_path / "facts.db"
    copy = dict(docs[0][1], source="mirror/a.txt")
    writer = SqliteWriter(str(out))
    writer.error(ExtractorError("E006", path="mirror/a.txt", detail="timed out after 1 s"))
    fill(writer, [docs[0], (json.dumps(copy), copy)], error=False)
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert sorted(r[0] for r in db.execute("SELECT source FROM sources")) == ["in/a.txt", "mirror/a.txt"]
    assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == 0     # it succeeded this time


def test_sqlite_refuses_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "notes.db").write_text("just some text, not SQLite" * 100, encoding="utf-8")
    with pytest.raises(ExtractorError) as caught:
        open_writer("sqlite", str(tmp_path / "notes.db"))
    assert caught.value.code == "E013" and "notes.db" in str(caught.value)
