"""Component `extractor_quantities`: every figure in the text (see `extractor.quantities`)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quantities import QuantityParser
from ..records import ensure_extensions
from .vocab import vocabulary


@Language.factory("extractor_quantities", default_config={"patterns_dir": None})
def make_quantities(nlp: Language, name: str, patterns_dir: str | None) -> "QuantityFinder":
    return QuantityFinder(QuantityParser(vocabulary(patterns_dir)))


class QuantityFinder:
    def __init__(self, parser: QuantityParser) -> None:
        ensure_extensions()
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        found = self.parser.parse(doc._.norm_text)
        for q in found:  # spans were read on the half-width text: report the original characters
            q.span.text = doc._.raw_text[q.span.start:q.span.end]
        doc._.quantities = found
        return doc
