"""Build the spaCy pipeline once, run it, and turn a Doc into the output Document."""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the component factories)
from .components.aliases import alias_groups
from .components.vocab import vocabulary
from .models import Document, Entity, Quote, Role, Span
from .records import ensure_extensions

STAGES = ("extractor_normalize", "entity_ruler", "extractor_entities", "extractor_aliases",
          "extractor_quantities", "extractor_times", "extractor_quotes", "extractor_facts")


def load(patterns: str | Path | None = None) -> Language:
    """The extraction pipeline: `spacy.blank("zh")` with jieba and the extractor components.

    Loaded once per patterns folder and cached: later calls return the same object.
    """
    return _load(str(Path(patterns).resolve()) if patterns is not None else None)


@lru_cache(maxsize=4)
def _load(patterns_dir: str | None) -> Language:
    ensure_extensions()
    vocab = vocabulary(patterns_dir)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler_patterns = list(vocab.jsonl("entity_ruler.jsonl"))
    for kind, name, aliases in alias_groups(vocab):
        for form in (name, *aliases):
            ruler_patterns.append({"label": kind, "pattern": form, "id": name})
    ruler_patterns += [{"label": "LOC", "pattern": place} for place in vocab.words("places.tsv")]
    for pattern in ruler_patterns:
        if isinstance(pattern["pattern"], str) and " " not in pattern["pattern"]:
            jieba.add_word(pattern["pattern"], freq=2000)
    for line in vocab.lines("jieba_userdict.txt"):
        word, *rest = line.split()
        jieba.add_word(word, freq=int(rest[0]) if rest and rest[0].isdigit() else None)
    config = {"patterns_dir": patterns_dir}
    nlp.add_pipe("extractor_normalize")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns)
    for stage in STAGES[2:]:
        nlp.add_pipe(stage, config=config)
    return nlp


@dataclass(frozen=True, slots=True)
class Job:
    """One article to extract, with what the caller knows about it."""

    text: str
    published: date | None = None
    source: str | None = None
    doc_id: str | None = None
    title: str | None = None
    reference_source: str | None = None


def run(nlp: Language, text: str, published: date | None = None, reference_source: str | None = None) -> Doc:
    """Run the pipeline with a publication date set on the Doc before the first component."""
    return run_many(nlp, [Job(text, published, reference_source=reference_source)])[0]


def run_many(nlp: Language, jobs: list[Job]) -> list[Doc]:
    """Run the pipeline over several articles; a component with `pipe` (the tagger's) takes them together."""
    docs = []
    for job in jobs:
        text, unencodable = _encodable(job.text)
        doc = nlp.make_doc(text)
        doc._.raw_text = text  # == doc.text, which spaCy would rebuild from the tokens
        doc._.published = job.published
        doc._.warnings = []
        if unencodable:
            doc._.warnings.append(f"{unencodable} character(s) that are not Unicode text (lone surrogates) "
                                  "read as U+FFFD; offsets are unchanged")
        if job.reference_source:
            doc._.reference_date_source = job.reference_source
        docs.append(doc)
    for _, component in nlp.pipeline:
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
    return docs


def _encodable(text: str) -> tuple[str, int]:
    """The text with each lone surrogate (a str decoded with surrogateescape, a cut-off pair) replaced by U+FFFD,
    one character for one so that offsets still point into the caller's text, and how many there were."""
    surrogates = _LONE_SURROGATE.findall(text)
    return (_LONE_SURROGATE.sub("\ufffd", text), len(surrogates)) if surrogates else (text, 0)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def to_document(doc: Doc, *, doc_id: str | None = None, source: str | None = None,
                title: str | None = None) -> Document:
    text = doc._.raw_text if doc._.raw_text is not None else doc.text
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    entities = [
        Entity(
            id=e.id, type=e.type, name=e.name, aliases=e.aliases,
            mentions=[Span(start=m.start, end=m.end, text=text[m.start:m.end]) for m in e.mentions],
            roles=[Role(title=t, org=o) for t, o in e.roles] if e.type == "PERSON" else [],
        )
        for e in doc._.entities
    ]
    quotes = [
        Quote(
            id=q.id, text=text[q.start:q.end], span=Span(start=q.start, end=q.end, text=text[q.start:q.end]),
            speaker=q.speaker.name if q.speaker else None, speaker_id=q.speaker.id if q.speaker else None,
            speaker_text=q.speaker_text, cue=q.cue,
        )
        for q in doc._.quotes
    ]
    return Document(
        doc_id=doc_id or sha, source=source, title=title, published=doc._.published,
        reference_date=doc._.reference_date, reference_date_source=doc._.reference_date_source,
        text_sha256=sha, entities=entities, facts=doc._.facts, quotes=quotes, times=doc._.times,
        warnings=list(doc._.warnings or []),
    )


def extract(text: str, *, published: date | None = None, source: str | None = None,
            doc_id: str | None = None, title: str | None = None, patterns: str | Path | None = None,
            reference_source: str | None = None) -> Document:
    """Text in, Document out: the one-call API."""
    if not isinstance(text, str):
        raise TypeError("extract() takes the article text as a str")
    return extract_many([Job(text, published, source, doc_id, title, reference_source)], patterns=patterns)[0]


def extract_many(jobs: list[Job], *, patterns: str | Path | None = None) -> list[Document]:
    """Several articles in, their Documents out, as `extract` gives them but faster together."""
    docs = run_many(load(patterns), jobs)
    out = []
    for doc, job in zip(docs, jobs):
        doc_id = job.doc_id
        if doc_id is None and job.source:
            doc_id = Path(str(job.source)).stem if "://" not in str(job.source) else None
        out.append(to_document(doc, doc_id=doc_id, source=job.source, title=job.title))
    return out
