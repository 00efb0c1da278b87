"""Access to the vocabulary files in `patterns/`.

The default files ship inside the package (`extractor.patterns`). A user can
extend them with a directory of their own (`--patterns DIR`): a file there
with the same relative path as a default file adds its rows to the default
ones; new files are simply available by name.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator


def default_patterns_dir() -> Path:
    """The shipped `patterns/` folder, installed or in a source checkout."""
    try:
        found = Path(str(resources.files("extractor.patterns")))
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "patterns"


class Patterns:
    """Reads pattern files: the defaults, then the user's additions."""

    def __init__(self, extra_dir: str | Path | None = None) -> None:
        self.dirs: list[Path] = [default_patterns_dir()]
        if extra_dir is not None:
            extra = Path(extra_dir)
            if not extra.is_dir():
                from .errors import ExtractorError

                raise ExtractorError("E010", path=str(extra))
            self.dirs.append(extra)
        self._cache: dict[str, Any] = {}

    def files(self, name: str) -> list[Path]:
        return [d / name for d in self.dirs if (d / name).is_file()]

    def lines(self, name: str) -> Iterator[str]:
        """Non-empty lines that are not `#` comments, defaults first."""
        for path in self.files(name):
            with path.open(encoding="utf-8") as handle:
                for raw in handle:
                    line = raw.rstrip("\n").rstrip("\r")
                    if line.strip() and not line.lstrip().startswith("#"):
                        yield line

    def words(self, name: str) -> list[str]:
        """A one-word-a-line list (first tab-separated column)."""
        key = "words:" + name
        if key not in self._cache:
            self._cache[key] = list(dict.fromkeys(line.split("\t")[0].strip() for line in self.lines(name)))
        return self._cache[key]

    def table(self, name: str) -> list[list[str]]:
        """A TSV file as rows of stripped cells."""
        key = "table:" + name
        if key not in self._cache:
            self._cache[key] = [[c.strip() for c in line.split("\t")] for line in self.lines(name)]
        return self._cache[key]

    def jsonl(self, name: str) -> list[dict[str, Any]]:
        key = "jsonl:" + name
        if key not in self._cache:
            self._cache[key] = [json.loads(line) for line in self.lines(name)]
        return self._cache[key]


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    return Patterns()
