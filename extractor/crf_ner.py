"""A character-level CRF (python-crfsuite) that re-reads LAC's output for PER / ORG / LOC.

Each character is described by itself and its neighbours, its character
class, the LAC word it is in (position B/I/E/S, LAC tag, the word itself and
the tags of the words around it) and a few vocabulary lists of `patterns/`
(surnames, titles, organisation heads). The model is trained on CLUENER2020
train by `bench/train_ner.py` and ships as `extractor/data/ner_crf.model`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .resources import default_patterns

MODEL_PATH = Path(__file__).resolve().parent / "data" / "ner_crf.model"
# Model label -> entity type; the model's other labels (book, game, movie, position, scene) are dropped.
LABELS = {"PER": "PERSON", "LOC": "LOC", "company": "ORG", "organization": "ORG", "government": "ORG"}


def char_class(char: str) -> str:
    """H(an), L(atin), D(igit), P(unctuation / symbol), S(pace) or O(ther)."""
    if "\u4e00" <= char <= "\u9fff":
        return "H"
    if char.isdigit():
        return "D"
    if char.isascii() and char.isalpha():
        return "L"
    if char.isspace():
        return "S"
    if char.isalnum():
        return "O"
    return "P"


def _fold(char: str) -> str:
    """Full-width ASCII to half-width, digits to 0."""
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        char = chr(code - 0xFEE0)
    elif code == 0x3000:
        char = " "
    return "0" if char.isdigit() else char


class _Vocab:
    """The `patterns/` lists the features look up (the shipped defaults, so training and use agree)."""

    def __init__(self) -> None:
        patterns = default_patterns()
        self.surnames = set(" ".join(patterns.lines("surnames.tsv")).split())
        self.titles = set(patterns.words("titles.tsv"))
        self.org_heads = tuple(set(patterns.words("org_heads.tsv")) | set(patterns.words("org_suffixes.tsv")))
        self.places = set(patterns.words("places.tsv")) | set(patterns.words("place_abbreviations.tsv"))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def features(text: str, lac_words: list[tuple[int, int, str, str]]) -> list[list[str]]:
    """CRF features for each character of `text`, given LAC's (start, end, word, tag) words over it.

    The features of each character, in this order: the character and its neighbours ("c=", "c-1=",
    "c+1=", "c-2=", "c+2="), bigrams ("b-1=", "b+1=", "b-2=", "b+2="), the trigram ("s="), character
    classes ("k=", "k3="), the character's position B/I/E/S in its LAC word and the word's tag ("p=",
    "t=", "pt=", "pc="), the tags around ("t-1=", "t+1=", "tt="), then when they apply "w=" (the word,
    up to 8 characters), "w-1=" (at B/S), "w+1=" (at E/S), "surname" (at B/S), "after_title",
    "org_head_word", "place_word". A character outside every word counts as inside the first one.

    Built a word at a time from per-document lists (the order matters: crfsuite sums the weights in it).
    """
    n = len(text)
    if not lac_words:
        return _features_slow(text, lac_words, range(n))
    vocab = _vocab()
    folded = _FOLDED
    if len(folded) > 50_000:  # bounded, whatever the input
        folded.clear()
    for c in set(text).difference(folded):
        folded[c] = (_fold(c), char_class(c))
    pairs = [folded[c] for c in text]
    chars = ["^", "^", *[p[0] for p in pairs], "$", "$"]
    classes = ["^", *[p[1] for p in pairs], "$"]
    # per character i (chars[i + 2]): the character-only features, as one tuple
    bigrams = [a + b for a, b in zip(chars, chars[1:])]  # bigrams[j] = chars[j] + chars[j + 1]
    class3 = [a + b + c for a, b, c in zip(classes, classes[1:], classes[2:])]
    own = list(zip(
        ["c=" + c for c in chars[2:-2]], ["c-1=" + c for c in chars[1:-3]], ["c+1=" + c for c in chars[3:-1]],
        ["c-2=" + c for c in chars[:-4]], ["c+2=" + c for c in chars[4:]],
        ["b-1=" + b for b in bigrams[1:-2]], ["b+1=" + b for b in bigrams[2:-1]],
        ["b-2=" + b for b in bigrams[:-3]], ["b+2=" + b for b in bigrams[3:]],
        ["s=" + a + b for a, b in zip(chars[1:-3], bigrams[2:-1])],
        ["k=" + k for k in classes[1:-1]], ["k3=" + k for k in class3],
    ))
    out: list[list[str] | None] = [None] * n
    last = len(lac_words) - 1
    surnames, titles, places, org_heads = vocab.surnames, vocab.titles, vocab.places, vocab.org_heads
    prev_tag, prev_word = "^", None
    for k, (start, end, word, tag) in enumerate(lac_words):
        next_tag = lac_words[k + 1][3] if k < last else "$"
        around = ("t-1=" + prev_tag, "t+1=" + next_tag, "tt=" + prev_tag + "|" + tag + "|" + next_tag)
        if len(word) <= 8:
            around += ("w=" + word,)
        before = ("w-1=" + prev_word,) if k > 0 else ()
        after = ("w+1=" + lac_words[k + 1][2],) if k < last else ()
        rest = ()
        if k > 0 and prev_word in titles:
            rest += ("after_title",)
        if word.endswith(org_heads):
            rest += ("org_head_word",)
        if word in places:
            rest += ("place_word",)
        if end - start == 1:
            i = start
            c = chars[i + 2]
            name = ("surname",) if c in surnames or text[i:i + 2] in surnames else ()
            out[i] = [*own[i], "p=S", "t=" + tag, "pt=S" + tag, "pc=S" + c, *around, *before, *after, *name, *rest]
        elif end > start:
            i = start
            c = chars[i + 2]
            name = ("surname",) if c in surnames or text[i:i + 2] in surnames else ()
            out[i] = [*own[i], "p=B", "t=" + tag, "pt=B" + tag, "pc=B" + c, *around, *before, *name, *rest]
            inner = ("p=I", "t=" + tag, "pt=I" + tag)
            middle = (*around, *rest)
            for i in range(start + 1, end - 1):
                out[i] = [*own[i], *inner, "pc=I" + chars[i + 2], *middle]
            i = end - 1
            out[i] = [*own[i], "p=E", "t=" + tag, "pt=E" + tag, "pc=E" + chars[i + 2], *around, *after, *rest]
        prev_tag, prev_word = tag, word
    if None in out:  # characters outside every word (between sentences): the slow way, word 0
        outside = [i for i, f in enumerate(out) if f is None]
        for i, f in zip(outside, _features_slow(text, lac_words, outside, pairs)):
            out[i] = f
    return out  # type: ignore[return-value]


# character -> (folded, class), filled as characters are met
_FOLDED: dict[str, tuple[str, str]] = {}


def _features_slow(text: str, lac_words: list[tuple[int, int, str, str]], positions,
                   pairs: list[tuple[str, str]] | None = None) -> list[list[str]]:
    """`features` of the characters at `positions`, one at a time: the definition, which `features`
    must equal. `pairs`: (_fold(c), char_class(c)) of each character, if known."""
    vocab = _vocab()
    n = len(text)
    if pairs is None:
        pairs = [(_fold(c), char_class(c)) for c in text]
    chars = ["^", "^"] + [p[0] for p in pairs] + ["$", "$"]
    classes = ["^", "^"] + [p[1] for p in pairs] + ["$", "$"]
    word_of = [0] * n
    for k, (start, end, _, _) in enumerate(lac_words):
        word_of[start:end] = [k] * (end - start)
    tags = [w[3] for w in lac_words]
    out: list[list[str]] = []
    for i in positions:
        k = word_of[i]
        start, end, word, tag = lac_words[k]
        if end - start == 1:
            pos = "S"
        else:
            pos = "B" if i == start else "E" if i == end - 1 else "I"
        prev_tag = tags[k - 1] if k > 0 else "^"
        next_tag = tags[k + 1] if k + 1 < len(tags) else "$"
        j = i + 2
        c = chars[j]
        f = [
            "c=" + c, "c-1=" + chars[j - 1], "c+1=" + chars[j + 1], "c-2=" + chars[j - 2], "c+2=" + chars[j + 2],
            "b-1=" + chars[j - 1] + c, "b+1=" + c + chars[j + 1], "b-2=" + chars[j - 2] + chars[j - 1],
            "b+2=" + chars[j + 1] + chars[j + 2], "s=" + chars[j - 1] + c + chars[j + 1],
            "k=" + classes[j], "k3=" + classes[j - 1] + classes[j] + classes[j + 1],
            "p=" + pos, "t=" + tag, "pt=" + pos + tag, "pc=" + pos + c,
            "t-1=" + prev_tag, "t+1=" + next_tag, "tt=" + prev_tag + "|" + tag + "|" + next_tag,
        ]
        if len(word) <= 8:
            f.append("w=" + word)
        if pos in "BS" and k > 0:
            f.append("w-1=" + lac_words[k - 1][2])
        if pos in "ES" and k + 1 < len(lac_words):
            f.append("w+1=" + lac_words[k + 1][2])
        if pos in "BS" and (c in vocab.surnames or text[i:i + 2] in vocab.surnames):
            f.append("surname")
        if k > 0 and lac_words[k - 1][2] in vocab.titles:
            f.append("after_title")
        if word.endswith(vocab.org_heads):
            f.append("org_head_word")
        if word in vocab.places:
            f.append("place_word")
        out.append(f)
    return out


def spans_from_labels(labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels to (start, end, label) spans; an I- that continues nothing starts a span."""
    spans: list[list] = []
    open_kind = None
    for i, label in enumerate(labels):
        kind = None if label == "O" else label[2:]
        if kind is not None and label.startswith("I-") and kind == open_kind:
            spans[-1][1] = i + 1
        elif kind is not None:
            spans.append([i, i + 1, kind])
        open_kind = kind
    return [(s, e, k) for s, e, k in spans]


class CrfTagger:
    """The shipped CRF, loaded once; `predict` gives PERSON / ORG / LOC spans."""

    def __init__(self, model_path: str | Path = MODEL_PATH) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))

    def labels(self, text: str, lac_words: list[tuple[int, int, str, str]]) -> list[str]:
        """The model's BIO label for each character (its own label set, CLUENER types included)."""
        if not text or not lac_words:
            return ["O"] * len(text)
        return self.tagger.tag(features(text, lac_words))

    def predict(self, text: str, lac_words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
        """(start, end, "PERSON" | "ORG" | "LOC") spans over `text`, end exclusive."""
        return [(s, e, LABELS[k]) for s, e, k in spans_from_labels(self.labels(text, lac_words)) if k in LABELS]


@lru_cache(maxsize=1)
def crf_tagger() -> CrfTagger:
    """The shipped model, loaded once per process."""
    return CrfTagger()
