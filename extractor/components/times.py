"""Component `extractor_times`: dates and periods, resolved against a reference date.

The reference date is the publication date when the caller knows it
(`doc._.published`); otherwise it is inferred from the text's own absolute
dates (`reference_date_source = "inferred"`), or there is none.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import ensure_extensions
from ..times import TimeParser, infer_reference
from .vocab import vocabulary


@Language.factory("extractor_times", default_config={"patterns_dir": None})
def make_times(nlp: Language, name: str, patterns_dir: str | None) -> "TimeFinder":
    return TimeFinder(TimeParser(vocabulary(patterns_dir)))


class TimeFinder:
    def __init__(self, parser: TimeParser) -> None:
        ensure_extensions()
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        if doc._.published is not None:
            doc._.reference_date = doc._.published
            if doc._.reference_date_source == "none":
                doc._.reference_date_source = "given"
        else:
            inferred = infer_reference(text)
            doc._.reference_date = inferred
            doc._.reference_date_source = "inferred" if inferred else "none"
        found = self.parser.parse(text, doc._.reference_date)
        for t in found:
            t.span.text = doc._.raw_text[t.span.start:t.span.end]
            t.text = t.span.text
        doc._.times = found
        return doc
