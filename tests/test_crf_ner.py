"""The shipped CRF NER layer: loads, tags LAC's words, finds clear names."""
from __future__ import annotations

import pytest

from extractor import tagger
from extractor.crf_ner import MODEL_PATH, CrfTagger, spans_from_labels


def lac_words(text: str) -> list[tuple[int, int, str, str]]:
    words, at = [], 0
    for word, tag in tagger.tag_texts([text])[0]:
        words.append((at, at + len(word), word, tag))
        at += len(word)
    return words


@pytest.fixture(scope="module")
def crf() -> CrfTagger:
    return CrfTagger()


def found(crf: CrfTagger, text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind in crf.predict(text, lac_words(text))}


def test_model_ships_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 20_000_000


def test_spans_are_well_formed(crf: CrfTagger) -> None:
    text = "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。"
    spans = crf.predict(text, lac_words(text))
    assert spans
    for start, end, kind in spans:
        assert 0 <= start < end <= len(text)
        assert kind in {"PERSON", "ORG", "LOC"}
    assert spans == sorted(spans)


def test_empty_text(crf: CrfTagger) -> None:
    assert crf.predict("", []) == []


def test_people_and_companies(crf: CrfTagger) -> None:
    got = found(crf, "腾讯公司董事会主席马化腾昨日在深圳表示，公司将继续加大投入。")
    assert ("马化腾", "PERSON") in got
    assert ("腾讯公司", "ORG") in got


def test_full_address_is_one_place(crf: CrfTagger) -> None:
    got = found(crf, "该店位于北京市东城区王府井大街218号，营业至晚上十点。")
    assert ("北京市东城区王府井大街218号", "LOC") in got


def test_sports_club_is_an_organisation(crf: CrfTagger) -> None:
    got = found(crf, "本赛季曼联主场2比1击败阿森纳，鲁尼打入制胜球。")
    assert ("曼联", "ORG") in got
    assert ("鲁尼", "PERSON") in got


def test_bio_decoding() -> None:
    labels = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG", "I-PER"]
    assert spans_from_labels(labels) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "ORG"), (6, 7, "PER")]


def test_fast_features_equal_the_reference_definition():
    """features() is an optimised rewrite: it must give exactly what _features_slow defines."""
    from extractor.crf_ner import _features_slow, features
    from extractor.tagger import tag_texts

    for text in ["腾讯2021年营收同比增长16%。", "抖音电商副总裁穆青表示，今年1-8月GMV增长。\n第二段：Yaowang.com总统房建"]:
        words, at = [], 0
        for sentence in text.split("\n"):
            for word, tag in tag_texts([sentence])[0]:
                words.append((at, at + len(word), word, tag))
                at += len(word)
            at += 1  # the line break lies outside every word
        assert features(text, words) == _features_slow(text, words, range(len(text)))


TRICKY = [
    "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。",
    "抖音电商副总裁穆青表示，今年1-8月GMV增长。\n\n第二段：Yaowang.com总统房建，ＡＢＣ公司１２３号",
    "符号^和$与=号|竖线、emoji😀、欧阳修与司马光在长安，诸葛亮。",
    "王",
    "中证网讯（记者 张三）\n  来源：智通财经网\n格隆汇8月19日丨方达控股(01521.HK)公布，" * 3,
]


def tagged(text: str) -> list[tuple[int, int, str, str]]:
    """LAC's words line by line: the line breaks lie outside every word, as in the pipeline."""
    words, at = [], 0
    for line in text.split("\n"):
        for word, tag in tagger.tag_texts([line])[0]:
            words.append((at, at + len(word), word, tag))
            at += len(word)
        at += 1
    return words


@pytest.mark.parametrize("text", TRICKY)
def test_labels_are_those_of_crfsuite_on_the_same_features(crf: CrfTagger, text: str) -> None:
    """The numpy scores and the compiled Viterbi replace python-crfsuite's tagger: same labels."""
    import pycrfsuite

    from extractor.crf_ner import features

    reference = pycrfsuite.Tagger()
    reference.open(str(MODEL_PATH))
    words = tagged(text)
    assert crf.labels(text, words) == reference.tag(features(text, words))


def test_model_file_is_read_with_its_weights(crf: CrfTagger) -> None:
    import pycrfsuite

    from extractor.crf_ner import CrfModel

    reference = pycrfsuite.Tagger()
    reference.open(str(MODEL_PATH))
    info = reference.info()
    model = CrfModel(MODEL_PATH)
    assert model.labels == reference.labels()
    index = {label: i for i, label in enumerate(model.labels)}
    rows = {attribute: row for row, attribute in enumerate(model.attributes, start=1)}
    for (attribute, label), weight in list(info.state_features.items())[::97]:
        assert model.weights[rows[attribute], index[label]] == pytest.approx(weight, abs=1e-6)  # info() rounds
    for (a, b), weight in info.transitions.items():
        assert model.transitions[index[a], index[b]] == pytest.approx(weight, abs=1e-6)


def test_a_file_that_is_not_a_crfsuite_model_is_refused(tmp_path) -> None:
    from extractor.crf_ner import CrfModel

    bad = tmp_path / "bad.model"
    bad.write_bytes(b"not a model at all")
    with pytest.raises(ValueError, match="not a crfsuite"):
        CrfModel(bad)
