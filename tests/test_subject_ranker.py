"""Ranking a figure's candidate subjects with learned weights (extractor/components/subject_ranker.py)."""
from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.components.subject_ranker import RULE, Candidate, FigureContext, SubjectRanker, features


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


class _Recorder:
    """Keeps the rules' answer and what was offered (as bench/train_subject_ranker.py records it)."""

    def __init__(self) -> None:
        self.offered: list[tuple[list[Candidate], FigureContext]] = []

    def __bool__(self) -> bool:
        return True

    def choose(self, candidates, figure):
        self.offered.append((candidates, figure))
        return next(c for c in candidates if RULE in c.sources)


def _subjects(nlp, text: str, ranker) -> list[tuple[float, str | None]]:
    linker = nlp.get_pipe("extractor_facts")
    shipped = linker.subject_ranker
    linker.subject_ranker = ranker
    try:
        return [(f.value, f.subject) for f in pipeline.to_document(pipeline.run(nlp, text)).facts]
    finally:
        linker.subject_ranker = shipped


TOP_BUY = "据统计，当日共有1500只个股获融资买入，其中买入金额居前的个股有宁德时代，买入额为12.5亿元。"


def test_candidates_are_the_rules_default_and_the_names_around_the_figure(nlp):
    recorder = _Recorder()
    _subjects(nlp, TOP_BUY, recorder)
    candidates, figure = recorder.offered[-1]
    assert figure.text[figure.at:figure.at + 4] == "12.5"
    by_name = {c.name: c for c in candidates}
    assert candidates[0].name == "个股" and {RULE, "carry"} <= candidates[0].sources  # carried from 1500只个股
    company = by_name["宁德时代"]
    assert {"sentence_first", "sentence_last"} <= company.sources and company.entity.type == "ORG"
    assert TOP_BUY[company.start:company.end] == "宁德时代"  # positions point into the text


def test_features_say_where_a_candidate_stands_from_the_figure(nlp):
    recorder = _Recorder()
    _subjects(nlp, TOP_BUY, recorder)
    candidates, figure = recorder.offered[-1]
    company = next(c for c in candidates if c.name == "宁德时代")
    found = features(company, figure)
    assert found["type=ORG"] == 1.0 and found["source=sentence_last&type=ORG"] == 1.0
    assert found["distance=<10"] == 1.0 and found["next_char=comma"] == 1.0 and "same_clause" not in found
    assert features(candidates[0], figure)["type=phrase"] == 1.0


def test_the_highest_score_wins_and_a_tie_keeps_the_rules_answer():
    figure = FigureContext("甲公司与乙公司合计持股5%。", 10, 0, "%", False, False)
    rule = Candidate("乙公司", None, {RULE}, times_named=1, first_at=5, start=5, end=8)
    other = Candidate("甲公司", None, {"clause_first"}, times_named=1, first_at=0, start=0, end=3)
    assert SubjectRanker({"source=clause_first": 1.0}).choose([rule, other], figure) is other
    assert SubjectRanker({"type=phrase": 1.0}).choose([rule, other], figure) is rule
    assert not SubjectRanker({})  # no weights: the rules alone decide


def test_the_shipped_weights_give_the_figure_to_the_company_just_named_not_to_the_group_carried_over(nlp):
    linker = nlp.get_pipe("extractor_facts")
    assert linker.subject_ranker  # patterns/facts/subject_weights.tsv is not empty
    assert _subjects(nlp, TOP_BUY, SubjectRanker({}))[-1] == (1250000000.0, "个股")  # the rules alone
    assert _subjects(nlp, TOP_BUY, linker.subject_ranker)[-1] == (1250000000.0, "宁德时代")


def test_a_construction_of_the_figure_s_own_clause_is_not_ranked(nlp):
    recorder = _Recorder()
    subjects = _subjects(nlp, "社保基金理事会副理事长王明称，截至去年底，我国社保基金累计收入1.38万亿元。", recorder)
    assert subjects == [(1380000000000.0, "我国")] and recorder.offered == []
