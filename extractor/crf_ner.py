"""A character-level CRF (python-crfsuite) that re-reads LAC's output for PER / ORG / LOC.

Each character is described by itself and its neighbours, its character
class, the LAC word it is in (position B/I/E/S, LAC tag, the word itself and
the tags of the words around it) and a few vocabulary lists of `patterns/`
(surnames, titles, organisation heads). The model is trained on CLUENER2020
train by `bench/train_ner.py` with python-crfsuite and ships as
`extractor/data/ner_crf.model`.

`features` writes those descriptions as crfsuite's strings, for training.
Tagging (`CrfTagger`) reads the model file itself and sums the same weights
with numpy, then decodes with the compiled `viterbi.Viterbi`: the labels are
crfsuite's, at a third of the cost of building and passing the strings.
"""
from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

import numpy as np
from numba import njit

from .resources import default_patterns
from .viterbi import Viterbi

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


class CrfModel:
    """A crfsuite model read from its file: label names, the weight of each (attribute, label) and
    the label transitions. Reading the file (format "lCRF"/"FOMC" of crfsuite's crf1d model, its
    strings in CQDB chunks) gives the exact double weights, which `Tagger.info()` prints rounded."""

    def __init__(self, path: str | Path) -> None:
        data = Path(path).read_bytes()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError(f"{path}: not a crfsuite CRF1d model")
        _, _, num_labels, num_attrs, off_features, off_labels, off_attrs, _, _ = struct.unpack_from("<9I", data, 12)
        self.labels = _cqdb_strings(data, off_labels)
        self.attributes = _cqdb_strings(data, off_attrs)
        if len(self.labels) != num_labels or len(self.attributes) != num_attrs or data[off_features:off_features + 4] != b"FEAT":
            raise ValueError(f"{path}: inconsistent crfsuite model")
        count = struct.unpack_from("<I", data, off_features + 8)[0]
        features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        state = features[features["type"] == 0]
        # row 0: the attributes the model does not know (they add nothing)
        self.weights = np.zeros((num_attrs + 1, num_labels))
        self.weights[state["src"].astype(np.intp) + 1, state["dst"]] = state["weight"]
        transition = features[features["type"] == 1]
        self.transitions = np.zeros((num_labels, num_labels))
        self.transitions[transition["src"], transition["dst"]] = transition["weight"]


# a crfsuite feature: type (0 state, 1 transition), source (attribute or label), label, weight
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk by id, from its backward array (id -> record: id, size, bytes + NUL)."""
    if data[offset:offset + 4] != b"CQDB":
        raise ValueError("not a CQDB chunk")
    _, _, _, count, backward = struct.unpack_from("<5I", data, offset + 4)
    strings = []
    for record in struct.unpack_from(f"<{count}I", data, offset + backward):
        _, size = struct.unpack_from("<2I", data, offset + record)
        start = offset + record + 8
        strings.append(data[start:start + size - 1].decode("utf-8"))
    return strings


# The feature templates in the order `features` writes them, which is the order crfsuite sums them in.
_TEMPLATES = ("c", "c-1", "c+1", "c-2", "c+2", "b-1", "b+1", "b-2", "b+2", "s", "k", "k3", "p", "t", "pt",
              "pc", "t-1", "t+1", "tt", "w", "w-1", "w+1", "surname", "after_title", "org_head_word", "place_word")
# Templates whose values are one to three characters: looked up with numpy as integers (21 bits a character).
_CHARACTER_TEMPLATES = ("c", "c-1", "c+1", "c-2", "c+2", "b-1", "b+1", "b-2", "b+2", "s", "k", "k3", "p", "pc")
_CLASS_CODES = {cls: ord(cls) for cls in "HLDPSO^$"}
_PAD, _END = (ord("^"), ord("^")), (ord("$"), ord("$"))  # (folded code, class code) of the padding
_B, _I, _E, _S = (ord(p) for p in "BIES")


def _key(value: str) -> int:
    key = 0
    for char in value:
        key = key << 21 | ord(char)
    return key


class _Lookup:
    """Value -> model row of a template whose values are one to three characters, as sorted integer keys."""

    def __init__(self, rows: dict[str, int]) -> None:
        keyed = sorted((_key(v), row) for v, row in rows.items() if 1 <= len(v) <= 3)
        self.keys = np.array([k for k, _ in keyed], dtype=np.int64)
        self.values = np.array([r for _, r in keyed], dtype=np.intp)

    def find(self, keys: np.ndarray) -> np.ndarray:
        """The model row of each integer key, 0 where the model does not know it."""
        if not len(self.keys):
            return np.zeros(len(keys), dtype=np.intp)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where(self.keys[at] == keys, self.values[at], 0)


class CrfTagger:
    """The shipped CRF, loaded once; `predict` gives PERSON / ORG / LOC spans.

    Tagging computes, with numpy, the scores crfsuite would sum from `features` (the same weights
    in the same order), then decodes them with `viterbi.Viterbi`: the labels are crfsuite's
    (tests/test_crf_ner.py checks them against python-crfsuite), at a fraction of the cost of
    building and passing the feature strings."""

    def __init__(self, model_path: str | Path = MODEL_PATH) -> None:
        model = CrfModel(model_path)
        self.label_names = model.labels
        self.weights = model.weights
        self.viterbi = Viterbi(model.transitions)
        by_template: dict[str, dict[str, int]] = {name: {} for name in _TEMPLATES}
        for row, attribute in enumerate(model.attributes, start=1):
            name, equals, value = attribute.partition("=")
            if name in by_template:
                by_template[name][value if equals else ""] = row
        self.rows = by_template
        self.lookups = {name: _Lookup(by_template[name]) for name in _CHARACTER_TEMPLATES}
        vocab = _vocab()
        self.surname_keys = np.array(sorted(_key(s) for s in vocab.surnames if 1 <= len(s) <= 2), dtype=np.int64)
        # caches, bounded: character -> (folded code, class code); word -> its rows; tag -> its rows
        self._characters: dict[str, tuple[int, int]] = {}
        self._words: dict[str, tuple[int, ...]] = {}
        self._tags: dict[str, tuple[int, ...]] = {}

    def warm_up(self) -> None:
        """Load the compiled scoring and decoding now (`extractor.load` does), not in the first document."""
        self.labels("预热", [(0, 2, "预热", "v")])

    def labels(self, text: str, lac_words: list[tuple[int, int, str, str]]) -> list[str]:
        """The model's BIO label for each character (its own label set, CLUENER types included)."""
        if not text or not lac_words:
            return ["O"] * len(text)
        names = self.label_names
        return [names[label] for label in self.viterbi.paths([self.scores(text, lac_words)])[0].tolist()]

    def predict(self, text: str, lac_words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
        """(start, end, "PERSON" | "ORG" | "LOC") spans over `text`, end exclusive."""
        return [(s, e, LABELS[k]) for s, e, k in spans_from_labels(self.labels(text, lac_words)) if k in LABELS]

    def scores(self, text: str, lac_words: list[tuple[int, int, str, str]]) -> np.ndarray:
        """(characters x labels) state scores: the sum of the weights of each character's `features`."""
        n = len(text)
        raw = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        distinct, index = np.unique(raw, return_inverse=True)
        # the distinct characters, folded, then the padding "^" and "$": per-character templates are
        # looked up once per distinct character
        folded = np.array([self._character(chr(code)) for code in distinct.tolist()] + [_PAD, _END],
                          dtype=np.int64).reshape(-1, 2)
        u = len(distinct)
        padded = np.concatenate(([u, u], index.reshape(-1), [u + 1, u + 1]))  # chars[j] = folded[padded[j]]
        chars, classes = folded[:, 0], folded[:, 1]
        c_2, c_1, c, c1, c2 = (padded[i:i + n] for i in range(5))
        fc_1, fc, fc1 = chars[c_1], chars[c], chars[c1]
        k_1, k, k1 = classes[c_1], classes[c], classes[c1]  # one class of padding on each side

        # each character's word, and its place in it (B/I/E/S); a character outside every word is in word 0
        starts = np.array([w[0] for w in lac_words], dtype=np.intp)
        ends = np.array([w[1] for w in lac_words], dtype=np.intp)
        sizes = ends - starts
        word_of = np.zeros(n, dtype=np.intp)
        place = np.full(n, _S if sizes[0] == 1 else _I, dtype=np.int64)
        inside = np.repeat(np.arange(len(lac_words)), sizes)
        at = np.arange(len(inside)) + np.repeat(starts - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes)
        word_of[at] = inside
        place[at] = _I
        place[ends - 1] = _E
        place[starts] = np.where(sizes == 1, _S, _B)
        opens, closes = (place == _B) | (place == _S), (place == _E) | (place == _S)
        two = raw.copy()  # text[i:i + 2] as a key
        two[:-1] = raw[:-1] << 21 | raw[1:]
        surname = opens & (_member(chars, self.surname_keys)[c] | _member(two, self.surname_keys))

        word = self._word_rows(lac_words)[word_of]
        find = {name: lookup.find for name, lookup in self.lookups.items()}
        rows = np.empty((len(_TEMPLATES), n), dtype=np.intp)
        for i, name in enumerate(("c-2", "c-1", "c", "c+1", "c+2")):
            rows[_TEMPLATES.index(name)] = find[name](chars)[(c_2, c_1, c, c1, c2)[i]]
        rows[5:13] = (find["b-1"](fc_1 << 21 | fc), find["b+1"](fc << 21 | fc1),
                      find["b-2"](chars[c_2] << 21 | fc_1), find["b+2"](fc1 << 21 | chars[c2]),
                      find["s"](fc_1 << 42 | fc << 21 | fc1), find["k"](k), find["k3"](k_1 << 42 | k << 21 | k1),
                      find["p"](place))
        rows[13:] = (word[:, _T], word[np.arange(n), _PT + np.searchsorted(_PLACES, place)], find["pc"](place << 21 | fc),
                     word[:, _T_BEFORE], word[:, _T_AFTER], word[:, _TT], word[:, _W],
                     np.where(opens, word[:, _W_BEFORE], 0), np.where(closes, word[:, _W_AFTER], 0),
                     np.where(surname, self.rows["surname"].get("", 0), 0),
                     word[:, _AFTER_TITLE], word[:, _ORG_HEAD], word[:, _PLACE_WORD])
        return _sum_rows(self.weights, rows)

    def _character(self, char: str) -> tuple[int, int]:
        found = self._characters.get(char)
        if found is None:
            if len(self._characters) > 50_000:  # bounded, whatever the input
                self._characters.clear()
            found = self._characters[char] = (ord(_fold(char)), _CLASS_CODES[char_class(char)])
        return found

    def _word_rows(self, lac_words: list[tuple[int, int, str, str]]) -> np.ndarray:
        """Per LAC word, the model row of each word-level feature (columns _T.._PLACE_WORD; 0: absent or
        unknown to the model)."""
        words = [w[2] for w in lac_words]
        tags = [w[3] for w in lac_words]
        word_cache, tag_cache = self._words, self._tags
        if len(word_cache) > 200_000:
            word_cache.clear()
        own = np.array([word_cache.get(w) or self._word(w) for w in words], dtype=np.intp)
        by_tag = np.array([tag_cache.get(t) or self._tag(t) for t in tags], dtype=np.intp)
        tt = self.rows["tt"]
        before, after = ["^", *tags[:-1]], [*tags[1:], "$"]
        out = np.zeros((len(words), _COLUMNS), dtype=np.intp)
        out[:, _T] = by_tag[:, 0]
        out[:, _PT:_PT + 4] = by_tag[:, 1:5]
        out[0, _T_BEFORE] = self.rows["t-1"].get("^", 0)
        out[1:, _T_BEFORE] = by_tag[:-1, 5]
        out[:-1, _T_AFTER] = by_tag[1:, 6]
        out[-1, _T_AFTER] = self.rows["t+1"].get("$", 0)
        out[:, _TT] = [tt.get(a + "|" + b + "|" + z, 0) for a, b, z in zip(before, tags, after)]
        out[:, _W] = own[:, 0]
        out[1:, _W_BEFORE] = own[:-1, 1]
        out[:-1, _W_AFTER] = own[1:, 2]
        out[1:, _AFTER_TITLE] = own[:-1, 3]
        out[:, _ORG_HEAD] = own[:, 4]
        out[:, _PLACE_WORD] = own[:, 5]
        return out

    def _word(self, word: str) -> tuple[int, ...]:
        """A word's rows: as the word (w=, up to 8 characters), as the word before (w-1=) and after
        (w+1=) another, as a title before the next word, as an organisation head, as a place."""
        vocab, rows = _vocab(), self.rows
        found = self._words[word] = (
            rows["w"].get(word, 0) if len(word) <= 8 else 0, rows["w-1"].get(word, 0), rows["w+1"].get(word, 0),
            rows["after_title"].get("", 0) if word in vocab.titles else 0,
            rows["org_head_word"].get("", 0) if word.endswith(vocab.org_heads) else 0,
            rows["place_word"].get("", 0) if word in vocab.places else 0)
        return found

    def _tag(self, tag: str) -> tuple[int, ...]:
        """A tag's rows: t=, pt= at B, E, I, S, and as the tag before (t-1=) and after (t+1=) another."""
        rows = self.rows
        found = self._tags[tag] = (rows["t"].get(tag, 0), *(rows["pt"].get(p + tag, 0) for p in "BEIS"),
                                   rows["t-1"].get(tag, 0), rows["t+1"].get(tag, 0))
        return found


def _member(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each key is one of `sorted_keys`."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


@njit(cache=True, nogil=True)
def _sum_rows(weights, rows):
    """state[i] = the sum of weights[rows[k, i]] for k in order (row 0: nothing), as crfsuite sums them."""
    state = np.zeros((rows.shape[1], weights.shape[1]), dtype=weights.dtype)
    for i in range(rows.shape[1]):
        for k in range(rows.shape[0]):
            row = rows[k, i]
            if row:
                for label in range(weights.shape[1]):
                    state[i, label] += weights[row, label]
    return state


# Columns of `CrfTagger._word_rows`
_T, _PT, _T_BEFORE, _T_AFTER, _TT, _W, _W_BEFORE, _W_AFTER, _AFTER_TITLE, _ORG_HEAD, _PLACE_WORD = 0, 1, 5, 6, 7, 8, 9, 10, 11, 12, 13
_COLUMNS = 14
# B, E, I, S in code order: `np.searchsorted(_PLACES, place)` is the column of the place in the "pt" rows
_PLACES = np.array([_B, _E, _I, _S], dtype=np.int64)


@lru_cache(maxsize=1)
def crf_tagger() -> CrfTagger:
    """The shipped model, loaded once per process."""
    return CrfTagger()
