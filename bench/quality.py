"""Score the extractor on every hand-checked gold file: the seed and fixtures/gold together.

    python bench/quality.py [--shared ../shared] [-v]

Runs extractor.extract on each gold article and prints ../shared/tools/score.py's
figures for the seed, the fixtures, and both together (the issue's bars are on both).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    shared = Path(args.shared)
    sys.path.insert(0, str(ROOT))
    import extractor

    articles = shared / "corpus" / "articles"
    with tempfile.TemporaryDirectory() as tmp:
        both = Path(tmp) / "gold"
        both.mkdir()
        lines = []
        for gold in [*sorted((shared / "gold").glob("*.gold.json")), *sorted((ROOT / "fixtures" / "gold").glob("*.gold.json"))]:
            document = json.loads(gold.read_text(encoding="utf-8"))["document"]
            text_path = articles / document if (articles / document).is_file() else ROOT / "seeds" / document
            if not text_path.is_file():
                continue
            os.symlink(gold, both / gold.name)
            if text_path.parent == ROOT / "seeds":
                os.symlink(text_path, both / document)
            doc = extractor.extract(text_path.read_text(encoding="utf-8"), source=str(text_path))
            lines.append(doc.model_dump_json())
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [sys.executable, str(shared / "tools" / "score.py"), str(both), str(pred), "--text-dir", str(articles)]
        output = subprocess.run(command + (["-v"] if args.verbose else []), capture_output=True, text=True).stdout
    print(output.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
