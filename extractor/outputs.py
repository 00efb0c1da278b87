"""Writers: where the Documents and errors of a batch go (JSON lines, a folder, CSV, SQLite).

Every writer is crash-safe at the level of one document: a run killed at any
moment leaves whole documents plus at most a torn tail, which `resume=True`
cuts off before listing what is done (`done()`), so a restarted run writes
every input exactly once. Errors go to the SQLite `errors` table, or to an
errors JSONL file beside the output (`out.errors.jsonl`).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import sys
from abc import ABC, abstractmethod
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from .errors import ExtractorError

FORMATS = ("json", "jsonl", "dir", "csv", "sqlite")
_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
             ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


def output_format(output: str | None, given: str | None) -> str:
    """The format for `-o OUTPUT`: `--format` if given, else from the suffix (a trailing / means a folder)."""
    if given:
        return given
    if output is None:
        return "json"
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return "dir"
    found = _SUFFIXES.get(Path(output).suffix.lower())
    if found is None:
        raise ExtractorError("E012", path=output, detail="use a .jsonl .json .csv or .db name, a folder "
                             "ending in /, or --format")
    return found


def open_writer(fmt: str, output: str | None, *, resume: bool = False, single: bool = False,
                indent: int | None = 2) -> "Writer":
    """A writer for `fmt`; `output` None means standard output (JSON formats only)."""
    if output is None and fmt not in ("json", "jsonl"):
        raise ExtractorError("E012", detail=f"--format {fmt} needs -o")
    try:
        if fmt in ("json", "jsonl"):
            return JsonLinesWriter(output, resume=resume, indent=indent if fmt == "json" and single and not resume
                                   else None)
        if fmt == "dir":
            return FolderWriter(output, resume=resume)
        if fmt == "csv":
            return CsvWriter(output, resume=resume)
        if fmt == "sqlite":
            return SqliteWriter(output)
    except (OSError, sqlite3.Error) as exc:
        raise ExtractorError("E013", path=output, detail=getattr(exc, "strerror", None) or str(exc)) from None
    raise ExtractorError("E012", path=output, detail=f"{fmt!r} is not one of {', '.join(FORMATS)}")


class Writer(ABC):
    """Receives each Document (as its JSON and as a dict) and each error, in input order."""

    @abstractmethod
    def done(self) -> set[str]:
        """Sources (Document.source) already in the output: what --resume skips."""

    @abstractmethod
    def write(self, doc_json: str, doc: dict[str, Any]) -> None:
        """Add one Document durably (a crash after this returns does not lose it)."""

    @abstractmethod
    def error(self, exc: ExtractorError) -> None:
        """Record one failed input."""

    def close(self) -> None:
        """Flush and release the output."""


class _ErrorsFile:
    """`<output>.errors.jsonl`: one error a line, created at the first error of the run.

    A new run (resumed or not) retries every input that is not in the output,
    so the errors of the previous run are replaced, never added to.
    """

    def __init__(self, output: str) -> None:
        base = Path(output.rstrip("/" + os.sep))
        self.path = base.with_name(base.name + ".errors.jsonl") if Path(output).is_dir() else \
            base.with_suffix(".errors.jsonl")
        self.path.unlink(missing_ok=True)
        self.handle: TextIO | None = None

    def write(self, exc: ExtractorError) -> None:
        if self.handle is None:
            self.handle = self.path.open("a", encoding="utf-8")
        self.handle.write(json.dumps(exc.to_dict(), ensure_ascii=False) + "\n")
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


class JsonLinesWriter(Writer):
    """One Document a line (or one indented object for a single input), streamed and flushed."""

    def __init__(self, output: str | None, *, resume: bool, indent: int | None) -> None:
        self.indent = indent
        self.errors = _ErrorsFile(output) if output else None
        self._done: set[str] = set()
        if output is None:
            self.handle: TextIO = sys.stdout
            return
        path = Path(output)
        if resume and path.exists():
            self._done = _cut_torn_jsonl(path)
        self.handle = path.open("a" if resume else "w", encoding="utf-8")

    def done(self) -> set[str]:
        return self._done

    def write(self, doc_json: str, doc: dict[str, Any]) -> None:
        if self.indent is not None:
            doc_json = json.dumps(doc, ensure_ascii=False, indent=self.indent)
        self.handle.write(doc_json + "\n")
        self.handle.flush()

    def error(self, exc: ExtractorError) -> None:
        if self.errors:
            self.errors.write(exc)

    def close(self) -> None:
        if self.handle is not sys.stdout:
            self.handle.close()
        if self.errors:
            self.errors.close()


def _cut_torn_jsonl(path: Path) -> set[str]:
    """Sources of the whole lines of `path`; a torn last line (a killed run) is cut off."""
    done: set[str] = set()
    keep = 0
    with path.open("rb") as handle:
        for line in handle:
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("torn line")
                done.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError):
                break
            keep += len(line)
    if keep != path.stat().st_size:
        os.truncate(path, keep)
    return done


class FolderWriter(Writer):
    """One `<doc_id>.json` per input, written atomically (temporary file, then rename)."""

    def __init__(self, output: str, *, resume: bool) -> None:
        self.dir = Path(output)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.errors = _ErrorsFile(output)
        self.names: dict[str, str] = {}         # file name -> source written there in this output
        for stale in self.dir.glob(".*.json.tmp"):
            stale.unlink()
        if resume:
            for path in self.dir.glob("*.json"):
                try:
                    self.names[path.name] = json.loads(path.read_text(encoding="utf-8"))["source"]
                except (ValueError, KeyError, TypeError, OSError):
                    continue

    def done(self) -> set[str]:
        return set(self.names.values())

    def write(self, doc_json: str, doc: dict[str, Any]) -> None:
        name = re.sub(r"[^\w.\-]+", "_", doc["doc_id"])[:150] + ".json"
        if self.names.get(name, doc["source"]) != doc["source"]:
            name = name[:-5] + "-" + doc["text_sha256"][:12] + ".json"
        temporary = self.dir / f".{name}.tmp"
        temporary.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, self.dir / name)
        self.names[name] = doc["source"]

    def error(self, exc: ExtractorError) -> None:
        self.errors.write(exc)

    def close(self) -> None:
        self.errors.close()


FACT_COLUMNS = ["doc_id", "source", "text_sha256", "fact_id", "value", "upper", "unit", "value_text",
                "span_start", "span_end", "kind", "direction", "basis", "qualifier", "measure", "subject",
                "subject_id", "period_text", "period_start", "period_end", "period_granularity", "status",
                "quote_id", "sentence_start", "sentence_end", "evidence"]
DOCUMENT_COLUMNS = ["doc_id", "source", "text_sha256", "title", "published", "reference_date",
                    "reference_date_source", "entities", "facts", "quotes", "warnings"]


def fact_row(doc: dict[str, Any], fact: dict[str, Any]) -> dict[str, Any]:
    """One fact as a flat row: typed value, ISO dates, offsets and the evidence sentence."""
    period = fact.get("period") or {}
    return {
        "doc_id": doc["doc_id"], "source": doc["source"], "text_sha256": doc["text_sha256"],
        "fact_id": fact["id"], "value": fact["value"], "upper": fact["upper"], "unit": fact["unit"],
        "value_text": fact["value_text"], "span_start": fact["span"]["start"], "span_end": fact["span"]["end"],
        "kind": fact["kind"], "direction": fact["direction"], "basis": fact["basis"],
        "qualifier": fact["qualifier"], "measure": fact["measure"], "subject": fact["subject"],
        "subject_id": fact["subject_id"], "period_text": period.get("text"), "period_start": period.get("start"),
        "period_end": period.get("end"), "period_granularity": period.get("granularity"),
        "status": fact["status"], "quote_id": fact["quote_id"], "sentence_start": fact["sentence"]["start"],
        "sentence_end": fact["sentence"]["end"], "evidence": fact["sentence"]["text"],
    }


class CsvWriter(Writer):
    """`facts.csv`, one row per fact, and `facts.documents.csv`, one row per document.

    A document counts as written once its row in the documents file is
    complete; it is written after its facts, so on --resume fact rows of a
    document without one (a killed run) are dropped and written again.
    """

    def __init__(self, output: str, *, resume: bool) -> None:
        self.facts_path = Path(output)
        self.docs_path = self.facts_path.with_name(self.facts_path.stem + ".documents.csv")
        self.errors = _ErrorsFile(output)
        self._done: set[str] = set()
        if resume and self.docs_path.exists():
            documents = _whole_rows(self.docs_path, DOCUMENT_COLUMNS)
            self._done = {row["source"] for row in documents}
            facts = [row for row in _whole_rows(self.facts_path, FACT_COLUMNS) if row["source"] in self._done]
            _rewrite(self.docs_path, DOCUMENT_COLUMNS, documents)
            _rewrite(self.facts_path, FACT_COLUMNS, facts)
        else:
            _rewrite(self.docs_path, DOCUMENT_COLUMNS, [])
            _rewrite(self.facts_path, FACT_COLUMNS, [])
        self.facts_handle = self.facts_path.open("a", encoding="utf-8", newline="")
        self.docs_handle = self.docs_path.open("a", encoding="utf-8", newline="")
        self.facts_csv = csv.DictWriter(self.facts_handle, FACT_COLUMNS)
        self.docs_csv = csv.DictWriter(self.docs_handle, DOCUMENT_COLUMNS)

    def done(self) -> set[str]:
        return self._done

    def write(self, doc_json: str, doc: dict[str, Any]) -> None:
        self.facts_csv.writerows(fact_row(doc, fact) for fact in doc["facts"])
        self.facts_handle.flush()
        self.docs_csv.writerow({
            **{key: doc[key] for key in DOCUMENT_COLUMNS[:7]},
            "entities": len(doc["entities"]), "facts": len(doc["facts"]), "quotes": len(doc["quotes"]),
            "warnings": json.dumps(doc["warnings"], ensure_ascii=False),
        })
        self.docs_handle.flush()

    def error(self, exc: ExtractorError) -> None:
        self.errors.write(exc)

    def close(self) -> None:
        self.facts_handle.close()
        self.docs_handle.close()
        self.errors.close()


def _whole_rows(path: Path, columns: list[str]) -> list[dict[str, str]]:
    """The complete rows of a CSV file we wrote; a torn last row (a killed run) is left out."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        raw = handle.read()
    if not raw.endswith("\r\n"):
        raw = raw[: raw.rfind("\r\n") + 2] if "\r\n" in raw else ""
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if not rows or rows[0] != columns:
        raise ExtractorError("E013", path=str(path), detail="it is not a CSV file written by extractor "
                             "(its header differs); choose another name or delete it")
    return [dict(zip(columns, row)) for row in rows[1:] if len(row) == len(columns)]


def _rewrite(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    os.replace(temporary, path)


SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    text_sha256 TEXT PRIMARY KEY, doc_id TEXT NOT NULL, source TEXT, title TEXT, published TEXT,
    reference_date TEXT, reference_date_source TEXT NOT NULL, schema_version TEXT NOT NULL,
    warnings TEXT NOT NULL, document TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, text_sha256 TEXT NOT NULL REFERENCES documents (text_sha256), doc_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sources_text_sha256 ON sources (text_sha256);
CREATE TABLE IF NOT EXISTS entities (
    text_sha256 TEXT NOT NULL REFERENCES documents (text_sha256), entity_id TEXT NOT NULL,
    type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL,
    PRIMARY KEY (text_sha256, entity_id));
CREATE INDEX IF NOT EXISTS entities_name ON entities (name);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type);
CREATE TABLE IF NOT EXISTS mentions (
    text_sha256 TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (text_sha256, entity_id, span_start),
    FOREIGN KEY (text_sha256, entity_id) REFERENCES entities (text_sha256, entity_id));
CREATE TABLE IF NOT EXISTS facts (
    text_sha256 TEXT NOT NULL REFERENCES documents (text_sha256), fact_id TEXT NOT NULL,
    value REAL NOT NULL, upper REAL, unit TEXT, value_text TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, kind TEXT NOT NULL, direction TEXT, basis TEXT,
    qualifier TEXT NOT NULL, measure TEXT, subject TEXT, subject_id TEXT, period_text TEXT,
    period_start TEXT, period_end TEXT, period_granularity TEXT, status TEXT NOT NULL, quote_id TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (text_sha256, fact_id));
CREATE INDEX IF NOT EXISTS facts_measure ON facts (measure);
CREATE INDEX IF NOT EXISTS facts_subject ON facts (subject);
CREATE INDEX IF NOT EXISTS facts_period ON facts (period_start, period_end);
CREATE TABLE IF NOT EXISTS quotes (
    text_sha256 TEXT NOT NULL REFERENCES documents (text_sha256), quote_id TEXT NOT NULL,
    text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, speaker TEXT,
    speaker_id TEXT, speaker_text TEXT, cue TEXT, PRIMARY KEY (text_sha256, quote_id));
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY, code TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL,
    added_at TEXT NOT NULL);
"""
_DB_SCHEMA_VERSION = "1"


class SqliteWriter(Writer):
    """A database keyed by text hash: one transaction per document, so a re-run adds nothing twice.

    `sources` maps every input that became a document to it (two files with the
    same text share one document); `errors` holds the inputs that failed, and an
    input that succeeds later leaves it.
    """

    def __init__(self, output: str) -> None:
        self.path = output
        self.db = sqlite3.connect(output, isolation_level=None)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SQLITE_SCHEMA)
            found = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise ExtractorError("E013", path=output, detail=f"not an extractor database: {exc}") from None
        if found is None:
            self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (_DB_SCHEMA_VERSION,))
        elif found[0] != _DB_SCHEMA_VERSION:
            self.db.close()
            raise ExtractorError("E013", path=output, detail=f"its schema version is {found[0]}, "
                                 f"this extractor writes {_DB_SCHEMA_VERSION}")

    def done(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT source FROM sources")}

    def write(self, doc_json: str, doc: dict[str, Any]) -> None:
        sha, now = doc["text_sha256"], _now()
        with self._transaction() as db:
            added = db.execute(
                "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (sha, doc["doc_id"], doc["source"], doc["title"], doc["published"], doc["reference_date"],
                 doc["reference_date_source"], doc["schema_version"],
                 json.dumps(doc["warnings"], ensure_ascii=False), doc_json, now)).rowcount
            if added:
                self._children(db, sha, doc)
            if doc["source"] is not None:
                db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?)", (doc["source"], sha, doc["doc_id"]))
                db.execute("DELETE FROM errors WHERE source = ?", (doc["source"],))

    @staticmethod
    def _children(db: sqlite3.Connection, sha: str, doc: dict[str, Any]) -> None:
        dumps = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
        db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)", [
            (sha, e["id"], e["type"], e["name"], dumps(e["aliases"]), dumps(e["roles"])) for e in doc["entities"]])
        db.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?)", [
            (sha, e["id"], m["start"], m["end"], m["text"]) for e in doc["entities"] for m in e["mentions"]])
        db.executemany(f"INSERT INTO facts VALUES ({','.join('?' * (len(FACT_COLUMNS) - 2))})", [
            (sha, *list(fact_row(doc, f).values())[3:]) for f in doc["facts"]])
        db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)", [
            (sha, q["id"], q["text"], q["span"]["start"], q["span"]["end"], q["speaker"], q["speaker_id"],
             q["speaker_text"], q["cue"]) for q in doc["quotes"]])

    def error(self, exc: ExtractorError) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO errors VALUES (?,?,?,?,?)",
                       (exc.path or "", exc.code, exc.reason, str(exc), _now()))

    def _transaction(self) -> "_Transaction":
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the body raises: one document is all or nothing."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN")
        return self.db

    def __exit__(self, kind: type | None, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
