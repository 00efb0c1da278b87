"""Component `extractor_normalize`: half-width text and sentence boundaries.

Later components match rules against `doc._.norm_text` (same length as
`doc.text`, so every offset found there is an offset into the original).
"""
from __future__ import annotations

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
        # doc.sents for spaCy users: mark the first token of each sentence (others stay unset = inside)
        for sentence in doc._.sentences[1:]:
            token = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if token is not None and token.start > 0:
                doc[token.start].is_sent_start = True
        return doc
