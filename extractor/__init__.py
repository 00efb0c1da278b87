"""Checked, structured facts from Chinese business news.

    >>> import extractor
    >>> doc = extractor.extract("腾讯2021年营收同比增长16%。")
    >>> doc.facts[0].value, doc.facts[0].unit
    (16.0, '%')
"""
from .models import Document, Entity, Fact, Quantity, Quote, Span, Time
from .pipeline import extract, load
from .quantities import parse_quantities
from .times import parse_times

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "Fact", "Quantity", "Quote", "Span", "Time", "extract", "load",
           "parse_quantities", "parse_times", "__version__"]
