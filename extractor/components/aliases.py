"""Component `extractor_aliases`: one entity per real-world thing.

Mentions are grouped by canonical name: known alias groups
(`patterns/aliases.tsv`: 抖音 = Tik Tok = 颤音), legal-form suffixes
(阿里巴巴集团 = 阿里巴巴), near-identical person names that differ in one
middle character (高雅轩 / 高亚轩, a common transcription slip), and a familiar name after the full
one (周国强 … 老周).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..records import EntityRecord, Mention, ensure_extensions
from ..resources import Patterns
from .vocab import vocabulary


_BUSINESS_LINE = 4  # characters between a short name and the legal form (三棵树|涂料|股份有限公司)
_NUMERAL = re.compile(r"[\d零一二三四五六七八九十两百千万]")
_DESK_WORDS = 3  # characters between a company's name and its department's word (股票, 华东区)
# 创业板公司|管理部, 深交所中小板公司|管理部, 后任公司|证券部: a kind of company, not one
_BARE_COMPANY = re.compile(r"[\u4e00-\u9fff]{1,3}公司|.*板公司")


@Language.factory("extractor_aliases", default_config={"patterns_dir": None})
def make_aliases(nlp: Language, name: str, patterns_dir: str | None) -> "AliasResolver":
    return AliasResolver(vocabulary(patterns_dir))


def alias_groups(patterns: Patterns) -> list[tuple[str, str, list[str]]]:
    """(type, canonical, aliases) rows of `aliases.tsv`."""
    return [(row[0], row[1], [a for a in row[2:] if a]) for row in patterns.table("aliases.tsv") if len(row) >= 2]


class AliasResolver:
    def __init__(self, patterns: Patterns) -> None:
        ensure_extensions()
        self.canonical: dict[str, str] = {}
        self.known_aliases: dict[str, list[str]] = {}
        for _, name, aliases in alias_groups(patterns):
            self.canonical[name] = name
            self.known_aliases[name] = aliases
            for alias in aliases:
                self.canonical[alias] = name
        self.legal_suffixes = sorted((row[0] for row in patterns.table("org_suffixes.tsv")
                                      if len(row) > 1 and row[1] == "legal"), key=len, reverse=True)
        self.organisation_words = tuple(row[0] for row in patterns.table("org_suffixes.tsv"))
        self.departments = tuple(sorted(patterns.words("department_words.tsv"), key=len, reverse=True))
        self.surnames = set(" ".join(patterns.lines("surnames.tsv")).split())
        self.founded_bodies = tuple(patterns.words("founded_bodies.tsv"))
        familiar = [row for row in patterns.table("familiar_names.tsv") if row[2:] == ["alias"]]
        self.familiar_before = tuple(row[1] for row in familiar if row[0] == "before")
        self.familiar_after = tuple(row[1] for row in familiar if row[0] == "after")

    def canonical_name(self, mention: Mention, seen: set[str]) -> str:
        """Known alias -> its name; 阿里巴巴集团 -> 阿里巴巴 when the short form is known or named in the text."""
        name = mention.canonical or self.canonical.get(mention.text, mention.text)
        if mention.type == "ORG":
            department = next((d for d in self.departments if name.endswith(d)), None)
            # the company's name may end before a word on the desk (美林证券|股票|研究部, 富力地产|北京|营销中心) when
            # the text names the company on its own too (not 农行连云|港分行|营业部)
            parent = next((k for k in range(4, len(name) - len(department) + 1)
                           if name[:k].endswith(self.organisation_words) and not _BARE_COMPANY.fullmatch(name[:k])
                           and (k == len(name) - len(department) or k + _DESK_WORDS >= len(name) - len(department)
                                and name[:k] in seen)), None) if department else None
            if parent is not None:
                name = name[:parent]  # 银河证券基金研究部 speaks for 银河证券
                name = self.canonical.get(name, name)
            for suffix in self.legal_suffixes:
                base = name[: -len(suffix)]
                if name.endswith(suffix) and len(base) >= 2 and (base in self.canonical or base in seen):
                    return self.canonical.get(base, base)
            short = self._short_name_within(name, seen)
            if short is not None:
                return self.canonical.get(short, short)
        return name

    def _short_name_within(self, name: str, seen: set[str]) -> str | None:
        """三棵树涂料股份有限公司 named also as 三棵树: a legal name is its short name, a line of business
        (up to four characters) and a legal form."""
        base = name
        while (suffix := next((s for s in self.legal_suffixes if base.endswith(s) and len(s) >= 2), None)) is not None:
            base = base[: -len(suffix)]  # 科技集团股份有限公司: every legal form
        if base == name:
            return None
        shorts = [s for s in seen if 2 <= len(s) < len(base) and base.startswith(s) and len(base) - len(s) <= _BUSINESS_LINE
                  and not _NUMERAL.search(base, len(s))]  # 上海建工|五建集团有限公司 is a subsidiary, not a line of business
        return max(shorts, key=len, default=None)

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[tuple[str, str], EntityRecord] = {}
        entities: list[EntityRecord] = []
        seen = {m.text for m in doc._.mentions if m.type == "ORG"}
        _one_type_per_name(doc._.mentions, self.surnames, self.founded_bodies, self.organisation_words)
        for m in doc._.mentions:
            key = (m.type, self.canonical_name(m, seen))
            record = groups.get(key) or self._variant_of(groups, key) or self._familiar_form_of(groups, key)
            if record is None:
                record = EntityRecord(f"e{len(entities) + 1}", m.type, key[1])
                groups[key] = record
                entities.append(record)
            record.mentions.append(m)
            m.entity = record
            if m.text != record.name and m.text not in record.aliases:
                record.aliases.append(m.text)
        for record in entities:
            for alias in self.known_aliases.get(record.name, []):
                if alias not in record.aliases:
                    record.aliases.append(alias)
            for m in record.mentions:
                if m.title:
                    org = m.title_org.entity.name if m.title_org is not None and m.title_org.entity else None
                    if (m.title, org) not in record.roles:
                        record.roles.append((m.title, org))
        doc._.entities = entities
        return doc

    def _familiar_form_of(self, groups: dict[tuple[str, str], EntityRecord], key: tuple[str, str]) -> EntityRecord | None:
        """老周 after 周国强 (`patterns/familiar_names.tsv`): the one person with that surname named before."""
        kind, name = key
        if kind != "PERSON":
            return None
        if name.startswith(self.familiar_before):
            surname = name[1:]
        elif name.endswith(self.familiar_after):
            surname = name[:-1]
        else:
            return None
        if surname not in self.surnames:
            return None
        named = [record for (other_kind, other), record in groups.items()
                 if other_kind == kind and other != name and 2 <= len(other) <= 3 and other.startswith(surname)]
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _variant_of(groups: dict[tuple[str, str], EntityRecord], key: tuple[str, str]) -> EntityRecord | None:
        kind, name = key
        if kind != "PERSON" or len(name) < 3:
            return None
        for (other_kind, other), record in groups.items():
            if other_kind == kind and len(other) == len(name) and other[0] == name[0] and other[-1] == name[-1] \
                    and sum(a != b for a, b in zip(other, name)) == 1:
                return record
        return None


def _one_type_per_name(mentions: list[Mention], surnames: set[str], founded: tuple[str, ...],
                       org_words: tuple[str, ...]) -> None:
    """A name is an organisation or a place throughout a document (华南城 is the developer everywhere):
    a known place stays a place; otherwise one reading as an organisation makes it one (the tagger
    reads unknown company names as places far more often than places as companies). A "person" whose
    name is part of an organisation's is that organisation's short name (奥特维 in a text naming
    无锡奥特维科技股份有限公司, 富兰克林 in one naming 国海富兰克林基金公司), unless a body is founded after it
    (李嘉诚基金会); a name opening with a surname must be followed there by a word of an organisation's name
    (禹洲|地产, not 庄华|为公司 nor 鹏辉能源股东夏信德)."""
    listed = {m.text for m in mentions if m.source == "listed"}
    organisations = {m.text: m.canonical or m.text for m in mentions if m.type == "ORG"}
    for m in mentions:
        if m.text in listed and m.type in ("PERSON", "PRODUCT", "LOC"):
            m.type = "ORG"  # Fastly(FSLY.US): a name quoted with its ticker is the company wherever it is written
        elif m.type == "PERSON" and len(m.text) >= 2:
            surnamed = m.text[0] in surnames or m.text[:2] in surnames
            holders = {canonical for name, canonical in organisations.items()
                       if m.text in name and name != m.text
                       and not name.startswith(founded, name.find(m.text) + len(m.text))
                       and (not surnamed or name.startswith(org_words, name.find(m.text) + len(m.text)))}
            if holders:
                m.type = "ORG"
                m.canonical = m.canonical or (holders.pop() if len(holders) == 1 else None)
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.type in ("ORG", "LOC"):
            kinds.setdefault(m.text, set()).add("known place" if m.type == "LOC" and m.source == "ruler" else m.type)
    for m in mentions:
        seen = kinds.get(m.text, set())
        if m.type in ("ORG", "LOC") and len(seen) > 1:
            m.type = "LOC" if "known place" in seen else "ORG"
