"""Component `extractor_entities`: people, organisations, places, works.

Three sources, in order of trust:
1. the EntityRuler (`entity_ruler`, patterns from `patterns/aliases.tsv` and
   `patterns/entity_ruler.jsonl`), run just before this component;
2. rules: a name after a job title (副总裁穆青, 总统房建), 《...》 titles,
   organisation-unit suffixes (抖音 + 电商);
3. the statistical tagger (LAC) for PER / ORG / LOC.
A mention that overlaps a more trusted one is dropped.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import tagger
from ..records import Mention, ensure_extensions
from ..resources import Patterns
from .vocab import vocabulary

_LAC_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
_TRUST = {"ruler": 0, "title": 1, "rule": 2, "lac": 3}
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,30})》")
# A web address used as a company name (Yaowang.com总统房建).
_DOMAIN = re.compile(r"(?<![A-Za-z0-9.@/])[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|cn|net|org|io)(?:\.cn)?(?![A-Za-z0-9])")


@Language.factory("extractor_entities", default_config={"patterns_dir": None})
def make_entities(nlp: Language, name: str, patterns_dir: str | None) -> "EntityFinder":
    return EntityFinder(vocabulary(patterns_dir))


class EntityFinder:
    def __init__(self, patterns: Patterns) -> None:
        ensure_extensions()
        titles = sorted(patterns.words("titles.tsv"), key=len, reverse=True)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.surnames = set(" ".join(patterns.lines("surnames.tsv")).split())
        self.speech = sorted(patterns.words("speech_verbs.tsv"), key=len, reverse=True)
        self.not_name_suffixes = tuple(patterns.words("not_name_suffixes.tsv"))
        self.not_entities = set(patterns.words("not_entities.tsv"))
        self.media_suffixes = tuple(patterns.words("media_suffixes.tsv"))
        suffixes = {row[0]: row[1] if len(row) > 1 else "unit" for row in patterns.table("org_suffixes.tsv")}
        self.unit_suffixes = sorted((s for s, k in suffixes.items() if k == "unit"), key=len, reverse=True)
        # A name read after a title ends before one of these (or punctuation).
        self.name_enders = tuple(self.speech) + ("在", "的", "等", "和", "与", "及", "也", "则", "就", "对", "是", "还",
                                                  "先生", "女士", "日前", "近日", "此前", "曾", "将", "已", "现场", "告诉")

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        words = tagger.tag(text, doc._.sentences)
        doc._.words = words
        mentions: list[Mention] = []
        for ent in doc.ents:
            mentions.append(Mention(ent.start_char, ent.end_char, doc.text[ent.start_char:ent.end_char],
                                    ent.label_, "ruler", ent.ent_id_ or None))
        mentions += self._book_titles(doc, text)
        mentions += [Mention(m.start(), m.end(), doc.text[m.start():m.end()], "ORG", "rule") for m in _DOMAIN.finditer(text)]
        mentions += self._lac(doc, words)
        mentions = _resolve_overlaps(mentions)
        mentions += self._titled_names(doc, text, mentions)
        mentions = _resolve_overlaps(mentions)
        self._extend_units(doc, text, mentions)
        mentions = self._clean_persons(doc, mentions)
        self._attach_titles(text, mentions)
        doc._.mentions = sorted(mentions, key=lambda m: m.start)
        return doc

    def _attach_titles(self, text: str, mentions: list[Mention]) -> None:
        """副总裁穆青 / 抖音电商副总裁穆青 / 编辑:张靖超 -> the person's title and its org."""
        org_by_end = {m.end: m for m in mentions if m.type == "ORG"}
        for m in mentions:
            if m.type != "PERSON":
                continue
            at = m.start
            while at > 0 and text[at - 1] in ":： ":
                at -= 1
            window = text[max(0, at - 8):at]
            best = None
            for match in self.title_re.finditer(window):
                if match.end() == len(window) and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                continue
            m.title = best.group()
            title_start = at - (len(window) - best.start())
            m.title_org = org_by_end.get(title_start)

    def _book_titles(self, doc: Doc, text: str) -> list[Mention]:
        out = []
        for match in _BOOK_TITLE.finditer(text):
            name = match.group(1).strip()
            if not name:
                continue
            kind = "ORG" if name.endswith(self.media_suffixes) else "WORK"
            out.append(Mention(match.start(1), match.end(1), doc.text[match.start(1):match.end(1)], kind, "rule"))
        return out

    def _lac(self, doc: Doc, words) -> list[Mention]:
        out = []
        for w in words:
            kind = _LAC_TYPES.get(w.tag)
            if kind is None or w.text in self.not_entities:
                continue
            if w.text.isascii() and (kind == "PERSON" or not w.text.isupper() or len(w.text) < 2):
                continue  # fragments such as "Tik" / "Tok": known brands come from the ruler
            out.append(Mention(w.start, w.end, doc.text[w.start:w.end], kind, "lac"))
        return out

    def _titled_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names right after a job title that the tagger missed (总统房建认为)."""
        by_start = {m.start for m in mentions}
        covered = _covered(mentions)
        out = []
        for match in self.title_re.finditer(text):
            at = match.end()
            while at < len(text) and text[at] in ":： ":
                at += 1
            if at in by_start or at in covered:
                continue
            name = self._read_name(text, at)
            if name:
                out.append(Mention(at, at + len(name), doc.text[at:at + len(name)], "PERSON", "title"))
        return out

    def _read_name(self, text: str, at: int) -> str | None:
        for surname_len in (2, 1):
            if text[at:at + surname_len] not in self.surnames:
                continue
            for length in (3, 2) if surname_len == 1 else (4, 3):
                candidate = text[at:at + length]
                if len(candidate) == length and _CJK.match(candidate) and self._ends_name(text, at + length):
                    return candidate
        return None

    def _ends_name(self, text: str, at: int) -> bool:
        if at >= len(text):
            return True
        return not ("\u4e00" <= text[at] <= "\u9fff") or text.startswith(self.name_enders, at)

    def _extend_units(self, doc: Doc, text: str, mentions: list[Mention]) -> None:
        """抖音 + 电商 -> the organisation 抖音电商 (a unit of 抖音, a separate entity)."""
        for m in mentions:
            if m.type != "ORG":
                continue
            for suffix in self.unit_suffixes:
                if text.startswith(suffix, m.end):
                    base = m.canonical or m.text
                    m.end += len(suffix)
                    m.text = doc.text[m.start:m.end]
                    m.canonical = base + suffix
                    break

    def _clean_persons(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Cut 魏建议 back to 魏 when 魏 is named elsewhere; drop generic nouns."""
        person_names = {m.text for m in mentions if m.type == "PERSON"}
        kept = []
        for m in mentions:
            if m.type == "PERSON" and len(m.text) >= 3 and m.text.endswith(self.not_name_suffixes):
                for suffix in self.not_name_suffixes:
                    head = m.text[: -len(suffix)]
                    if m.text.endswith(suffix) and head in person_names:
                        m.end = m.start + len(head)
                        m.text = head
                        break
                else:
                    continue
            if m.text in self.not_entities:
                continue
            kept.append(m)
        return kept


def _covered(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the most trusted (then longest) mention where mentions overlap."""
    ranked = sorted(mentions, key=lambda m: (_TRUST[m.source], -(m.end - m.start), m.start))
    taken: list[Mention] = []
    used: set[int] = set()
    for m in ranked:
        span = range(m.start, m.end)
        if any(i in used for i in span):
            continue
        used.update(span)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)
