"""The pipeline is a real spaCy Language, loaded once, and every offset points into the input."""
from __future__ import annotations

import pytest

import extractor
from extractor.models import Document

from conftest import SEED, fixture_articles

STAGES = ["extractor_normalize", "entity_ruler", "extractor_entities", "extractor_aliases",
          "extractor_quantities", "extractor_times", "extractor_quotes", "extractor_facts"]


def test_load_returns_spacy_pipeline_with_every_stage(nlp):
    from spacy.language import Language

    assert isinstance(nlp, Language)
    assert nlp.lang == "zh"
    assert nlp.pipe_names == STAGES


def test_second_load_reuses_the_same_pipeline(nlp):
    assert extractor.load() is nlp


def test_pipeline_runs_the_spacy_way(nlp):
    doc = nlp("穆青表示，今年1-8月抖音电商GMV同比增长84%。")
    assert doc.text == "穆青表示，今年1-8月抖音电商GMV同比增长84%。"
    assert [f.value for f in doc._.facts] == [84.0]


def test_a_component_can_be_removed(nlp):
    import spacy

    fresh = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in STAGES:
        if name == "entity_ruler":
            fresh.add_pipe(name)
        elif name != "extractor_quotes":
            fresh.add_pipe(name)
    doc = fresh("“营收增长很快，今年会更好。”张三说。营收增长20%。")
    assert doc._.quotes is None
    assert doc._.facts[0].quote_id is None


def _check_offsets(text: str, doc: Document) -> int:
    checked = 0
    spans = [m for e in doc.entities for m in e.mentions]
    spans += [f.span for f in doc.facts] + [f.sentence for f in doc.facts]
    spans += [q.span for q in doc.quotes] + [t.span for t in doc.times]
    spans += [f.period.span for f in doc.facts if f.period]
    for span in spans:
        assert text[span.start:span.end] == span.text, span
        checked += 1
    for f in doc.facts:
        assert text[f.span.start:f.span.end] == f.value_text
    for q in doc.quotes:
        assert text[q.span.start:q.span.end] == q.text
    return checked


def test_offsets_point_into_the_seed(seed_doc):
    assert _check_offsets(SEED.read_text(encoding="utf-8"), seed_doc) > 100


def test_offsets_survive_full_width_text():
    text = "腾讯２０２１年营收同比增长１６％，达到５６０１亿元。"
    doc = extractor.extract(text)
    assert _check_offsets(text, doc) > 0
    assert {f.value for f in doc.facts} >= {16.0, 560100000000.0}


@pytest.mark.parametrize("gold,article", fixture_articles(), ids=lambda p: p.name[:12])
def test_offsets_point_into_fixture_articles(gold, article):
    text = article.read_text(encoding="utf-8")
    _check_offsets(text, extractor.extract(text, source=str(article)))


def test_document_has_the_contract_fields(seed_doc):
    data = seed_doc.model_dump(mode="json")
    assert data["schema_version"] == "1"
    assert data["doc_id"] == "000_f39cfbec4536486f"
    assert len(data["text_sha256"]) == 64
    assert data["reference_date_source"] == "inferred"
    assert data["reference_date"].startswith("2021")


def test_published_date_is_the_reference():
    from datetime import date

    doc = extractor.extract("公司今年一季度营收12亿元。", published=date(2023, 5, 4))
    assert doc.reference_date == date(2023, 5, 4)
    assert doc.reference_date_source == "given"
    fact = doc.facts[0]
    assert (fact.period.start, fact.period.end) == (date(2023, 1, 1), date(2023, 3, 31))


def test_empty_and_odd_text_do_not_raise():
    for text in ["", " ", "\n\n", "。。。", "“", "一万万万亿", "2月30日", "a" * 5000]:
        doc = extractor.extract(text)
        assert isinstance(doc, Document)


def test_installed_package_works_outside_the_checkout(tmp_path):
    """The patterns ship inside the package: run from a folder that is not the repo."""
    import subprocess
    import sys

    code = ("import extractor, extractor.resources as r; d = extractor.extract('腾讯2021年营收同比增长16%。'); "
            "assert d.facts and d.facts[0].value == 16.0; "
            "assert (r.default_patterns_dir() / 'aliases.tsv').is_file(); print(extractor.__file__)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, timeout=120)
    if b"No module named 'extractor'" in result.stderr:
        pytest.skip("extractor is not installed in this environment (only importable from the checkout)")
    assert result.returncode == 0, result.stderr.decode()


def test_lone_surrogates_are_read_as_replacement_characters_and_offsets_stay():
    """A str decoded with surrogateescape (or a surrogate pair cut in two) is not valid Unicode text: it is read with
    U+FFFD in place, one character for one, and the document says so."""
    text = "公司营收增长\udce85%，利润增长12%。"
    doc = extractor.extract(text)
    assert doc.warnings and "lone surrogates" in doc.warnings[0]
    rise = next(f for f in doc.facts if f.value == 12)
    assert text[rise.span.start:rise.span.end] == rise.span.text == "12%"
