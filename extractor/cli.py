"""Command line: `extractor extract PATH...`, `extractor schema`. Parsing only; the work is in the library."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import ExtractorError

EXAMPLES = """\
examples:
  extractor extract seeds/                       one JSON line per article in the folder
  extractor extract article.txt -o article.json  one article, pretty JSON, to a file
  extractor extract --published 2021-09-18 a.txt relative dates (今年, 上月) resolve against that day
  cat a.txt | extractor extract -                read the article from standard input
  extractor schema                               the JSON Schema of the output

exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr); 2 bad usage.
"""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date of the form YYYY-MM-DD") from None


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
        "extract", help="extract facts from files, folders or stdin",
        description="Read articles (UTF-8/GB18030/Big5 text, HTML) and print one Document JSON per input: "
                    "a JSON object for a single input, JSON lines for several.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    ext.add_argument("paths", nargs="+", metavar="PATH",
                     help="article files or folders (searched recursively for .txt .md .html .htm); - for stdin")
    ext.add_argument("-o", "--output", metavar="FILE",
                     help="write the JSON here instead of standard output (e.g. -o out.json)")
    ext.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                     help="publication date: the reference for relative dates such as 今年 or 上月 "
                          "(default: from HTML metadata, else inferred from the text's own dates)")
    ext.add_argument("--patterns", metavar="DIR",
                     help="a folder of extra pattern files that extend the shipped patterns/ "
                          "(same file names, e.g. DIR/aliases.tsv)")
    ext.add_argument("--indent", type=int, default=2, metavar="N",
                     help="indentation of a single JSON object (default 2; JSON lines are never indented)")

    sub.add_parser("schema", help="print the JSON Schema of the output Document")
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
    return _extract(args)


def _extract(args: argparse.Namespace) -> int:
    from .batch import write_all

    if args.patterns and not Path(args.patterns).is_dir():
        print(f"error: {ExtractorError('E010', path=args.patterns)}", file=sys.stderr)
        return 2
    single = len(args.paths) == 1 and args.paths[0] != "-" and not Path(args.paths[0]).is_dir() \
        or args.paths == ["-"]
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        summary = write_all(args.paths, out, published=args.published, patterns=args.patterns,
                            single=single, indent=args.indent)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    if not single or summary.errors:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.errors else 0


if __name__ == "__main__":
    sys.exit(main())
