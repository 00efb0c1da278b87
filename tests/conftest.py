"""Shared fixtures: the pipeline (loaded once per test session) and paths to ../shared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_f39cfbec4536486f.txt"


def needs_shared():
    return pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(), reason="../shared is not present")


@pytest.fixture(scope="session")
def nlp():
    import extractor

    return extractor.load()


@pytest.fixture(scope="session")
def seed_doc(nlp):
    import extractor

    return extractor.extract(SEED.read_text(encoding="utf-8"), source=str(SEED))


def fixture_articles(folder: str = "gold") -> list[tuple[Path, Path]]:
    """(gold file, article text) for each gold file of fixtures/FOLDER whose article is present."""
    pairs = []
    for gold in sorted((ROOT / "fixtures" / folder).glob("*.gold.json")):
        document = json.loads(gold.read_text(encoding="utf-8"))["document"]
        article = SHARED / "corpus" / "articles" / document
        if article.is_file():
            pairs.append((gold, article))
    return pairs
