"""One `Patterns` reader per patterns folder, shared by every component."""
from __future__ import annotations

from functools import lru_cache

from ..resources import Patterns


@lru_cache(maxsize=8)
def vocabulary(patterns_dir: str | None = None) -> Patterns:
    return Patterns(patterns_dir)
