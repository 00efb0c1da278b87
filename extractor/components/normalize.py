"""Component `extractor_normalize`: half-width text and sentence boundaries.

Later components match rules against `doc._.norm_text` (same length as
`doc.text`, so every offset found there is an offset into the original).
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..text import split_sentences, to_half_width
from ..records import ensure_extensions


@Language.factory("extractor_normalize")
def make_normalize(nlp: Language, name: str) -> "Normalize":
    return Normalize()


class Normalize:
    def __init__(self) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if doc._.raw_text is None:  # pipeline.run() sets it to the text it made the Doc of
            doc._.raw_text = doc.text  # spaCy rebuilds doc.text from tokens on every access: read it once
        doc._.norm_text = to_half_width(doc._.raw_text)
        doc._.sentences = split_sentences(doc._.norm_text)
        # doc.sents for spaCy users: one array write (setting tokens one by one rescans the Doc each time)
        if len(doc):
            marks = numpy.full((len(doc), 1), -1, dtype="int64")  # -1: not a sentence start
            marks[0, 0] = 1
            for sentence in doc._.sentences[1:]:
                span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
                if span is not None and span.start > 0:
                    marks[span.start, 0] = 1
            doc.from_array([SENT_START], marks.astype("uint64"))
        return doc
