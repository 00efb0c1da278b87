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

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .. import tagger
from ..crf_ner import crf_tagger
from ..quantities import QuantityParser
from ..records import TRUST, Mention, ensure_extensions
from ..resources import Patterns
from ..text import LEADING_TIME
from .vocab import vocabulary

_LAC_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
# Who wins where mentions overlap: known names, then names after titles, then rules, then the
# CRF (trained on CLUENER: people and organisations), then LAC, then weak rules; CRF places only fill gaps.
# 这家 / 该 / 此 ... up to the name, within its clause: 这家创办30年的老牌地产公司
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:这家|这个|这一|该|此)[^，,。；;：:！？!?]{0,12}$")
# A Latin company name written before its stock code: words of letters (JIA GROUP, Sea Ltd.)
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){0,3}$")
_NAME_TAGS = {"n", "nz", "nw", "ORG", "LOC", "PER", "vn"}
_LONGEST_NAME = 60        # characters: no organisation name is longer
_STATE_FORMS = ("共和国", "王国", "联邦", "特别行政区", "自治区")
_SHORT_NAME = re.compile(r"\s*[（(](?:(?:以下)?(?:简称|下称|下文简称)[:：]?\s*[“\"「]?(?P<short>[^”\"」）)，,]{2,12})[”\"」]?"
                         r"|[“\"「](?P<quoted>[^”\"」）)，,]{2,12})[”\"」])[）)]")  # (以下简称“上海南都”), (“上海南都”)
# A Latin brand name (Likee, Hago): capitalised, lower case after, no digits.
_BRAND = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*$")
_ABBREVIATED_PLACE = re.compile(
    r"(?:驻|访|赴|抵|(?:(?<![以近未从原后将本向起出进回过带])来|离|返)(?=\w(?:[^\u4e00-\u9fff]|[期前后的访进投考留工发参旅时])))(\w)"
    r"|(\w)方(?![面法式向案便针位言])(?=[\u4e00-\u9fff，,])"
    r"|(\w)(?=[人侨商裔胞资](?!民))", re.MULTILINE)
_CLAUSE_START = "，,。；;：:！？\n 　）)】"
_MEDIA_CREDIT = re.compile(r"来源[:：]\s*(?P<source>[\u4e00-\u9fffA-Za-z]{2,10})(?=\s|$)"
                           r"|(?:来自|据)[:：]?\s*(?P<a>[\u4e00-\u9fffA-Za-z]{2,8}?)(?=报道|报导|消息|[，,]|$)"
                           r"|(?:来自|据)[:：]?\s*(?P<a2>[\u4e00-\u9fffA-Za-z]{2,8})"
                           r"|(?:(?<=[和及、在：:》])|(?<=媒体))(?P<site>(?![和及在与])[\u4e00-\u9fff]{2,8}网)(?=[（(]\s*(?:https?|www))"
                           r"|(?P<b>[\u4e00-\u9fff]{2,8})(?=讯(?!网)|消息|[ 　]*\d{1,2}月\d{1,2}日(?:讯|电|消息|[，,丨|]))")
_AMOUNT_BEFORE_NAME = re.compile(r"\d+(?:\.\d+)?[万亿千百]*[元股倍%]")
_LIST_ITEM = re.compile(r"(、|和|及|与)([\u4e00-\u9fffA-Za-z]{2,6}?)(?=、|和|及|与|[，,。；;）)\s])")
# A stock code right after a name: (600373) (002202.SZ) (YY.US) (0700.HK) (02608) (NIO.N)
_STOCK_CODE = re.compile(r"[（(](?:(?:证券|股票)代码[:：]\s?)?(?:\d{6}(?:\.S[HZ])?|0\d{4}|\d{4,5}[.-]HK|[A-Z]{1,5}\.(?:US|N|O|HK)|(?:SH|SZ|HK)[:：]?\d{4,6}"
                         r"|\d+\.\d+[,，]-?\d+\.\d+[,，]-?\d+\.\d+%)[)）]")  # or a quote: (9.840,-0.11,-1.11%)
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_JOINED_PAIR = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,})[和与及]([\u4e00-\u9fffA-Za-z0-9]{2,})")
_NOT_NAME_CHARS = set("也还则就对是在将已曾和与及等的称说指又均都亦")
_CREDITED_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[\s\d　|｜丨)）]|$|发自|报道)")
_LIST_BOUNDARY = set("、，,。；;：: \n（(")
_DESCRIBED_BEFORE = set("者民户人的“")  # 购房者|曲先生, 老基民|石先生: a description ends before the surname
# after a fund's name: the rest of a list of names and its count as funds (、金鹰优选两只基金)
_COUNTED_AS_FUNDS = re.compile(r"(?:[、和与及][^，,。；;、和与及]{2,12}?)*[两二三四五六七八九十\d]+只[\u4e00-\u9fff]{0,4}?基金")
_BEFORE_A_BRAND = set("的和与及是")  # 最低的|金元比联, 华商和|金元比联: a word that ends before a name
_BEFORE_A_NAME = set("”」』据向给与及被是")  # …。”张先生告诉, 据方先生介绍, 于是方先生: a quote's end or a particle
_FUNCTION_TAGS = {"c", "p", "d", "u", "r", "v", "w", "xc", "m", "q", "f", "t", "TIME"}
_SPACE_RUN = re.compile(r"\s{2,}|\n")
_DATE_CHARS = set("年月日号周天时")
_NOT_IN_FUND_NAMES = {"p", "c", "u", "d", "r"}
_NOT_IN_FUND_NAMES_AFTER_OTHERS = {"v", "t", "TIME"}  # (a fund company's: 富国天丰|强化|收益, 国联安增裕|一年|定开债券)
_NAME_THEN_LATIN = re.compile(r"[\u4e00-\u9fff][\s\u00a0\u3000]+[A-Za-z0-9]")
_CJK_NAMES_SPACED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ 　]+[\u4e00-\u9fff]{2,4})+")
_CLOSED_AT = re.compile(r"(?:全日|全天|午间|早盘|今日)?报收")
_NAME_BREAKS = "：:，,；;。！？"
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LIST_ITEM_OPENERS = "，,、；;：:有"  # (其他靠前的有|嘉实300跌1.77%)
_NAME_RUN = re.compile(r"[\u4e00-\u9fff0-9]+")
_FUND_CONTEXT = 300  # characters around a moving fund's name in which 基金 must be written
_FUND_LEADS = ("旗下", "基金", "其中", "包括", "例如", "比如")  # 旗下|兴业有机增长: a brand right after these words
_GLUED_NAME = 3  # characters of a byline name glued to the text after it (徐婧婧|金元比联基金公司)
# a product's model: letters (up to two words: iPod touch3, EOS 7D) then digits, maybe a suffix (S2000HD)
_MODEL = re.compile(r"(?<![A-Za-z0-9.\-/])(?:[A-Za-z]{1,8}[ -]?)?[A-Za-z]{1,6}[ -]?\d{1,5}[A-Za-z]{0,3}(?![A-Za-z0-9.%\-/])")
_NUMBER_CHARS = "0123456789,.，"  # before a name cut out of a number: 1,363,385股公司股票
_LIST_JOINERS = {"、", "和", "与", "及", "，"}
_ST_NAME_TAGS = {"ORG", "LOC", "PER", "nz", "n", "ns", "nr", "nt", "nw", "j"}
_COUNT_INSIDE = re.compile(r"\d+(?:\.\d+)?[万亿]?[只家个名位条款项股%]|(?<=[\u4e00-\u9fff]{2})[两二三四五六七八九十]+[只家个名位]")
_WRITERS_LINE = re.compile(r"^[ 　]*(?:(?P<before>[\u4e00-\u9fff]{2,4}(?:[ 　]+[\u4e00-\u9fff]{2,4}){0,4})[ 　]*[|丨｜][ 　]*文"
                           r"|文[ 　]*[|丨｜][ 　]*(?P<after>[\u4e00-\u9fff]{2,4}(?:[ 　]+[\u4e00-\u9fff]{2,4}){0,4}))[ 　]*$",
                           re.MULTILINE)
_HEADLINE_NAME = re.compile(r"\s*([\u4e00-\u9fffA-Z*]{2,6})[:：](?!\s*$)")  # 城发环境：… opening the text
_OUTLET_AND_WRITER = re.compile(r"[（(][\u4e00-\u9fffA-Za-z]{2,8}/(?P<name>[\u4e00-\u9fff]{2,3})[）)][ \t]*$", re.M)
_WRITER = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,30})》")
# A web address used as a company name (Yaowang.com总统房建).
_URL_PART = re.compile(r"https?:|www\.|/")
# 赵长鹏(CZ), 软银集团（SoftBank Group）: a name's Latin form in brackets right after it
_LATIN_IN_BRACKETS = re.compile(r"\s?[（(]\s?(?P<latin>[A-Z][A-Za-z]*(?:[ \-&.'][A-Za-z]+){0,4})\s?[)）]")
_DOMAIN = re.compile(r"(?<![A-Za-z0-9.@/])[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|cn|net|org|io)(?:\.cn)?(?![A-Za-z0-9])")


@Language.factory("extractor_entities", default_config={"patterns_dir": None})
def make_entities(nlp: Language, name: str, patterns_dir: str | None) -> "EntityFinder":
    return EntityFinder(vocabulary(patterns_dir))


class EntityFinder:
    def __init__(self, patterns: Patterns) -> None:
        ensure_extensions()
        tagger.warm_up()
        crf_tagger().warm_up()
        titles = sorted(patterns.words("titles.tsv"), key=len, reverse=True)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.figures = QuantityParser(patterns)
        self.surnames = set(" ".join(patterns.lines("surnames.tsv")).split())
        self.speech = sorted(patterns.words("speech_verbs.tsv"), key=len, reverse=True)
        self.not_name_suffixes = tuple(patterns.words("not_name_suffixes.tsv"))
        # a measure word (毛利, 营收) is never a name, whatever the tagger says
        self.measure_words = set(patterns.words("facts/measures.tsv"))
        self.change_words = tuple(patterns.words("facts/change_words.tsv"))
        self.not_entities = set(patterns.words("not_entities.tsv")) | self.measure_words
        self.not_entity_endings = tuple(patterns.words("not_entity_endings.tsv"))
        forms = "|".join(map(re.escape, patterns.words("bracketed_legal_forms.tsv")))
        self.bracketed_form_re = re.compile(rf"[（(](?:{forms})[)）]")
        self.generic_org_suffixes = tuple(patterns.words("generic_org_suffixes.tsv"))
        self.byline_titles = tuple(patterns.words("byline_titles.tsv"))
        self.industry_descriptors = set(patterns.words("industry_descriptors.tsv"))
        self.belongs_re = re.compile("|".join(map(re.escape, patterns.words("belongs_words.tsv"))))  # X旗下Y
        self.media_suffixes = tuple(patterns.words("media_suffixes.tsv"))
        self.place_abbreviations = set(patterns.words("place_abbreviations.tsv"))
        one_of = "[" + "".join(sorted(self.place_abbreviations)) + "]"
        contexts = "|".join(map(re.escape, patterns.words("paired_place_contexts.tsv")))
        self.paired_places_re = re.compile(f"({one_of}{{2,3}})(?={contexts})")
        self.announce_verbs = set(patterns.words("announce_verbs.tsv"))
        self.congress_res = [re.compile(line.strip()) for line in patterns.lines("congress_pattern.tsv")]
        self.places = set(patterns.words("places.tsv"))
        self.place_endings = tuple(patterns.words("place_endings.tsv"))
        self.places_re = re.compile("|".join(map(re.escape, sorted(self.places, key=len, reverse=True))))
        self.name_openers = tuple(sorted(patterns.words("name_openers.tsv"), key=len, reverse=True))
        self.honorifics = tuple(patterns.words("honorifics.tsv"))
        self.honorific_re = re.compile("|".join(map(re.escape, self.honorifics)))
        self.person_descriptors = tuple(patterns.words("person_descriptors.tsv"))
        self.suo_offices = tuple(patterns.words("suo_offices.tsv"))
        # a Latin company name: capitalised words (and, &, of) ending in a legal form
        forms = sorted(patterns.words("latin_legal_forms.tsv"), key=len, reverse=True)  # (S.A.B. de C.V. before S.A.)
        self.latin_legal_name_re = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z&.\-]*,?[ ](?:(?:and|of|&)[ ])?){1,5}(?:"
                                              + "|".join(map(re.escape, forms)) + r")(?![A-Za-z])\.?")
        name_words = {row[0] for row in patterns.table("org_suffixes.tsv")}  # 投资 also ends names: 方达投资咨询有限责任公司
        self.not_models = {_model_key(w) for w in patterns.words("not_models.tsv")}
        self.founded_bodies = tuple(sorted(patterns.words("founded_bodies.tsv"), key=len, reverse=True))
        self.transaction_re = re.compile("|".join(map(re.escape, sorted(set(patterns.words("facts/action_measures.tsv")) - name_words,
                                                                         key=len, reverse=True))))
        self.fund_name_endings = set(patterns.words("fund_name_endings.tsv"))
        endings = "|".join(map(re.escape, sorted(self.fund_name_endings, key=len, reverse=True)))
        self.fund_brand_re = re.compile("|".join(map(re.escape, sorted(patterns.words("fund_brands.tsv"), key=len, reverse=True))))
        kinds = sorted(patterns.words("fund_kinds.tsv"), key=len, reverse=True)
        self.fund_kind_re = re.compile("(?:" + "|".join(map(re.escape, kinds)) + ")?(?:证券投资)?基金")
        typed = "|".join(map(re.escape, [k for k in kinds if k.endswith("型")]))
        self.fund_by_kind_re = re.compile("..(?:" + typed + ")(?:证券投资)?基金$|..证券投资基金$")
        self.not_fund_names = set(patterns.words("not_fund_names.tsv"))
        index_prefixes = "|".join(map(re.escape, sorted(patterns.words("facts/index_prefixes.tsv"), key=len, reverse=True)))
        self.index_fund_re = re.compile(rf"(?<![A-Za-z0-9.,，])(?:(?:{index_prefixes})[\u4e00-\u9fff]{{0,3}}?\d{{0,4}}|\d{{2,4}})"
                                        r"(?:ETF|LOF)(?![A-Za-z])")
        # a fund's price or net value moving right after its name (天治财富增长微跌0.02%, 基金泰和全周上涨3.61%)
        moves = {kind: "|".join(map(re.escape, sorted((row[1] for row in patterns.table("fund_moves.tsv") if row[0] == kind),
                                                      key=len, reverse=True)))
                 for kind in ("when", "adverb", "verb")}
        self.fund_moves_re = re.compile(rf"(?:{moves['when']})?(?:的)?(?:单位)?(?:净值)?(?:{moves['adverb']})?(?:{moves['verb']})")
        self.closed_end_re = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的有和与及、中是为]))基金([\u4e00-\u9fff]{2})"
                                        r"(?=[、，,。；;和与及等这均都也则被的在将已 ]|" + self.fund_moves_re.pattern + ")")
        self.words_hiding_places = set(patterns.words("words_hiding_places.tsv"))
        self.special_treatment_classes = set(patterns.words("special_treatment_classes.tsv"))
        self.fund_tail_re = re.compile(r"[^\s的旗下和与及、等在是为了，,。；;：:（(“”0-9]{0,6}(?:%s)(?![\u4e00-\u9fff]{0,1}型)" % endings)
        categories = "|".join(map(re.escape, sorted(patterns.words("list_categories.tsv"), key=len, reverse=True)))
        self.typed_list_re = re.compile(r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,10}、)+[\u4e00-\u9fffA-Za-z0-9]{2,10}?)"
                                        r"(?:等[\u4e00-\u9fff]{0,4}?|(?:等|在内的)?(?:\d+|[一二两三四五六七八九十余多]+)[只家个])(?:"
                                        + categories + ")")
        self.descriptor_heads = tuple(patterns.words("descriptor_heads.tsv"))
        self.holder_roles = tuple(sorted(patterns.words("facts/holder_roles.tsv"), key=len, reverse=True))
        self.leading_roles = self.holder_roles + tuple(patterns.words("facts/subsidiary_links.tsv"))
        self.titles = tuple(sorted(patterns.words("titles.tsv"), key=len, reverse=True))
        self.org_heads = tuple(sorted(patterns.words("org_heads.tsv"), key=len, reverse=True))
        suffixes = {row[0]: row[1] if len(row) > 1 else "unit" for row in patterns.table("org_suffixes.tsv")}
        self.unit_suffixes = sorted((s for s, k in suffixes.items() if k == "unit"), key=len, reverse=True)
        legal = sorted((s for s, k in suffixes.items() if k == "legal"), key=len, reverse=True)
        self.legal_tail_re = re.compile("(?:" + "|".join(map(re.escape, legal)) + ")+$")
        self.suffix_run_re = re.compile("(?:" + "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True))) + ")+")
        # 去年中报, 2019年年报: a report named with its year, never an organisation whatever the tagger says
        years = [row[0] for row in patterns.table("times/relative.tsv") if len(row) > 1 and row[1] == "year"]
        self.dated_report_re = re.compile("(?:" + "|".join(map(re.escape, sorted(years, key=len, reverse=True)))
                                          + r"|(?:19|20)\d\d年?)(?:" + "|".join(map(re.escape, sorted(
                                              patterns.words("times/report_names.tsv"), key=len, reverse=True))) + ")")
        self.suffix_tail_re = re.compile("(?:" + "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True))) + ")+$")
        org_words = sorted(set(self.org_heads) | set(suffixes), key=len, reverse=True)
        self.org_words = tuple(org_words)
        # words that end an organisation's name whole (公司, 委员会, 股份), not a line of business (朔州市|发展)
        self.name_endings = tuple(sorted(set(self.org_heads) | set(legal), key=len, reverse=True))
        self.latin_org_re = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,15})(?:" +
                                       "|".join(map(re.escape, org_words)) + ")")
        # A name read after a title ends before one of these (or punctuation).
        self.name_enders = tuple(self.speech) + tuple(patterns.words("name_enders.tsv"))

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        if doc._.words is None:  # not tagged yet by `pipe`
            doc._.words = tagger.tag(text, doc._.sentences)
        words = doc._.words
        mentions: list[Mention] = []
        for ent in doc.ents:
            mentions.append(Mention(ent.start_char, ent.end_char, doc._.raw_text[ent.start_char:ent.end_char],
                                    ent.label_, "ruler", ent.ent_id_ or None))
        mentions += self._book_titles(doc, text)
        mentions += self._listed_companies(doc, text, words)
        mentions += _special_treatment_names(doc, text, words, self.special_treatment_classes)
        mentions += self._credited_media(doc, text, words)
        mentions += self._place_abbreviations(doc, text, words)
        mentions += self._organisations_by_head(doc, words)
        mentions += self._latin_organisations(doc, text)
        mentions += [Mention(m.start(), m.end(), doc._.raw_text[m.start():m.end()], "ORG", "rule")
                     for pattern in self.congress_res for m in pattern.finditer(text)]
        # known places wherever the segmenter hid them (振兴中华, 中华民族): they only fill gaps
        mentions += [Mention(m.start(), m.end(), doc._.raw_text[m.start():m.end()], "LOC", "fill")
                     for m in self.places_re.finditer(text) if text[max(0, m.start() - 1):m.start() + 1] not in self.words_hiding_places]
        mentions += [Mention(m.start(), m.end(), doc._.raw_text[m.start():m.end()], "ORG", "rule") for m in _DOMAIN.finditer(text)]
        mentions += self._lac(doc, words)
        mentions = _resolve_overlaps(_drop_ruler_inside_longer_names(mentions + self._crf(doc, text, words),
                                                                     self.suffix_run_re))
        mentions += self._titled_names(doc, text, mentions)
        mentions += self._honoured_names(doc, text, mentions)
        announcers = self._announcers(doc, text, words)
        spans = {(a.start, a.end) for a in announcers}
        for m in mentions:
            if m.type == "LOC" and m.source in ("crf", "lac") and (m.start, m.end) in spans \
                    and len(m.text) >= 4 and not m.text.endswith(self.place_endings):
                m.type = "ORG"  # 大连圣亚7月4日晚公告: a place's name that announces is a company's
        mentions += announcers
        mentions += _credited_writers(doc, text)
        mentions = _resolve_overlaps(mentions)
        mentions = _resolve_overlaps(mentions + self._coordinated(doc, text, mentions))
        mentions = _resolve_overlaps(mentions + self._typed_list_items(doc, text, words, mentions))
        for m in mentions:
            if m.type == "PERSON" and self.fund_brand_re.fullmatch(m.text):
                m.type = "ORG"  # 诺安, 大成: a fund company's short name, and a fund's name may start with it
        funds = self._fund_names(doc, text, mentions) + self._closed_end_funds(doc, text) + self._index_funds(doc, text)
        # a known company's name is cut into the fund's only where the company is named on its own elsewhere
        times_named = Counter(m.text for m in mentions)
        extended = {(f.start, f.end) for f in funds
                    if any(m.start == f.start and m.end < f.end and (times_named[m.text] > 1 or self.fund_moves_re.match(text, f.end))
                           for m in mentions)}  # (博时平衡配置跌0.09%: a fund, however seldom 博时 is named alone)
        mentions = _resolve_overlaps([m for m in mentions if not any(a == m.start and m.end < b for a, b in extended)] + funds)
        fund_spans = {(f.start, f.end) for f in funds}
        for m in mentions:
            if m.type == "ORG" and ((m.start, m.end) in fund_spans or self.fund_by_kind_re.search(m.text)):
                m.type = "PRODUCT"  # 光大保德信红利股票型证券投资基金: a fund, though its name ends like a company's
        mentions = _resolve_overlaps(mentions + self._fund_companies(doc, text, mentions))
        mentions = self._product_models(doc, text, mentions)
        _places_listed_among_organisations(text, mentions)
        self._extend_units(doc, text, mentions)
        mentions = self._clean_persons(doc, mentions)
        mentions = self._split_at_transactions(doc, text, mentions)
        mentions = self._split_at_conjunctions(doc, text, mentions)
        for m in mentions:
            if m.type == "LOC" and m.source in ("crf", "lac") and len(m.text) >= 4 and m.text.endswith(self.org_words):
                m.type = "ORG"  # 四川富润投资: a place's name and an organisation word name an organisation
        mentions = _latin_full_names(doc, mentions)
        mentions = self._byline_names_glued(doc, text, mentions)
        mentions = _resolve_overlaps(mentions + self._short_names(doc, text, mentions))
        _complete_cut_names(doc, text, mentions)
        mentions = _listed_names_over_parts(doc, text, mentions)
        mentions = _resolve_overlaps(mentions + self._headline_names(doc, text, mentions))
        mentions = _resolve_overlaps(mentions + _repeated_names(doc, text, mentions))
        mentions = _resolve_overlaps(mentions + self._name_heads(doc, text, mentions))
        mentions = _resolve_overlaps(self._surnames_honoured(doc, text, mentions))
        honoured = [m for m in mentions if m.type == "PERSON" and m.source == "title"]
        mentions = _resolve_overlaps(mentions + _repeated_names(doc, text, mentions, honoured))  # (私募|张先生 again)
        codes = [(c.start(), c.end()) for c in _STOCK_CODE.finditer(text)]
        mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in codes)]  # (00574-HK)
        mentions = [_without_open_bracket(doc, m, self.org_words) for m in mentions]
        mentions = _names_given_in_latin(doc, text, mentions, self.not_entities)
        mentions = [_trimmed(doc, m) for m in mentions if any(c.isalnum() for c in m.text)]  # (a run of spaces names no one)
        mentions = [m for m in mentions if not _SPACE_RUN.search(m.text)]  # (headlines in a list of links: 债券基金\xa0\xa0债券基金…)
        mentions = _drop_descriptors(text, mentions, self.descriptor_heads)
        mentions = [self._without_leading_title(doc, self._without_leading_role(doc, m)) for m in mentions]
        mentions = [_before_slash(doc, m) if m.type == "PERSON" else m for m in mentions]  # 代星/文: a byline's name
        mentions = [m for m in mentions if m.text and not _URL_PART.search(m.text)]  # www.szse.cn/disclosure/…: a link names no one
        mentions = [m for m in mentions if not (m.type == "ORG" and m.source in ("crf", "lac", "weak")
                                                and m.text.endswith(self.generic_org_suffixes))]
        mentions = [m for m in mentions if not (m.text[:1].isdigit() and m.source != "ruler" and m.start > 0
                                                and text[m.start - 1] in _NUMBER_CHARS)]
        # (1,363,385股公司股票: a name cut out of a number; a known name after a comma stays: ，58同城宣布)
        mentions = [cut for m in mentions if (cut := self._without_leading_figure(doc, m)) is not None]
        # 天风证券(10.100,0.26,2.64%)股份有限公司: a legal form alone, cut off its name by a quote, names no one
        mentions = [m for m in mentions if not (m.type == "ORG" and self.legal_tail_re.fullmatch(m.text)
                                                and text[m.start - 1:m.start] in ")）")]
        self._attach_titles(text, mentions)
        doc._.mentions = sorted(mentions, key=lambda m: m.start)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """Tag a batch of documents with LAC together (see `tagger.tag_documents`), then read each."""
        for batch in minibatch(docs, size=batch_size):
            for doc, words in zip(batch, tagger.tag_documents([(d._.norm_text, d._.sentences) for d in batch])):
                doc._.words = words
            yield from (self(doc) for doc in batch)

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
            org = org_by_end.get(title_start) or next(
                (o for o in mentions if o.type == "ORG" and o.start + 2 <= title_start < o.end <= at), None)
            if org is not None and org.end > title_start:  # 兴业基金投资|总监 read as one name: the title wins
                if org.canonical == org.text:
                    org.canonical = None
                org.text, org.end = org.text[:title_start - org.start], title_start
            m.title_org = org
        people = [m for m in mentions if m.type == "PERSON"]
        people.sort(key=lambda m: m.start)
        for before, m in zip(people, people[1:]):  # 本报记者 蔡宗琦 申屠青南: the byline's second name
            if m.title is None and before.title in self.byline_titles and 0 < m.start - before.end <= 2 \
                    and not text[before.end:m.start].strip(" 　、,，"):
                m.title = before.title

    def _book_titles(self, doc: Doc, text: str) -> list[Mention]:
        out = []
        for match in _BOOK_TITLE.finditer(text):
            name = match.group(1).strip()
            if not name:
                continue
            kind = "ORG" if name.endswith(self.media_suffixes) else "WORK"
            out.append(Mention(match.start(1), match.end(1), doc._.raw_text[match.start(1):match.end(1)], kind, "rule"))
        return out

    def _lac(self, doc: Doc, words) -> list[Mention]:
        """PER / ORG / LOC words of the tagger, cleaned: Latin names joined, bylines cut (长江商报讯)."""
        out: list[Mention] = []
        for i, w in enumerate(words):
            kind = _LAC_TYPES.get(w.tag)
            if w.tag == "nw" and w.text.endswith(self.media_suffixes):
                kind = "ORG"  # 长江商报/nw 消息
            if w.tag == "nz" and _BRAND.match(w.text) and w.text not in self.not_entities:
                out.append(Mention(w.start, w.end, doc._.raw_text[w.start:w.end], "PRODUCT", "weak"))
                continue
            if kind is None or w.text in self.not_entities:
                continue
            start, end = w.start, w.end
            if w.text.isascii():
                if kind == "PERSON":
                    # Daniel/PER ␠ Lalonde/PER -> one name; a lone Latin word is a fragment (Tik/Tok)
                    if out and out[-1].type == "PERSON" and out[-1].text.isascii() and doc._.raw_text[out[-1].end:start] == " ":
                        out[-1].end = end
                        out[-1].text = doc._.raw_text[out[-1].start:end]
                        continue
                    if not (i + 2 < len(words) and words[i + 1].text == " " and words[i + 2].tag == "PER"
                            and words[i + 2].text.isascii()):
                        continue
                elif len(w.text) < 2 or not any(c.isupper() for c in w.text):
                    continue
            trimmed = re.sub(r"(讯|消息|报道)$", "", w.text) if kind == "ORG" else w.text
            if len(trimmed) < len(w.text) and trimmed.endswith(self.media_suffixes):
                end = start + len(trimmed)
            if kind == "PERSON":
                end = start + self._without_title(w.text)  # 江主席 -> 江, 威尔逊州长 -> 威尔逊
                if end - start >= 3 and w.text[end - start - 1] in "和与及等":
                    end -= 1  # 张德广和 -> 张德广
                if end == start or w.text[0] in "和与同及跟":
                    continue
                if end - start == 1 and not self._lone_surname_is_name(doc._.norm_text, start):
                    continue  # 编/程/猫: one character is a name only as 总裁魏 or 魏表示
            if kind == "ORG" and _names_its_country(w.text):
                kind, end = "LOC", end - 2
            if kind == "ORG" and w.text.endswith(_STATE_FORMS):
                kind = "LOC"  # 香港特别行政区: a region is a place
            if kind == "LOC" and w.text.endswith("地区") and len(w.text) >= 4:
                end -= 2  # 亚太地区: the region's name is 亚太
            if kind == "LOC" and len(w.text) <= 4 and all(c in self.place_abbreviations for c in w.text):
                # 中美 / 台港澳: one place per character
                out += [Mention(i, i + 1, doc._.raw_text[i], "LOC", "lac") for i in range(start, end)]
                continue
            if kind == "ORG" and end - start < 2:
                continue  # a lone 讯 or 报 left of a credit line
            out.append(Mention(start, end, doc._.raw_text[start:end], kind, "lac"))
        return out

    def _organisations_by_head(self, doc: Doc, words) -> list[Mention]:
        """A place or name followed by an organisation noun is an organisation: 俄罗斯/LOC 使馆/n."""
        out = []
        for i, w in enumerate(words):
            if w.text in self.industry_descriptors and i + 1 < len(words) and words[i + 1].start == w.end:
                for j in range(i + 1, min(i + 4, len(words))):  # 房产商/n 卓越/a 地产/n
                    if words[j].start != words[j - 1].end or words[j].tag in ("v", "p", "c", "u", "w", "PER"):
                        break
                    if j > i + 1 and words[j].text.endswith(self.org_words):
                        start = words[i + 1].start
                        out.append(Mention(start, words[j].end, doc._.raw_text[start:words[j].end], "ORG", "rule"))
                        break
                continue
            body = next((b for b in self.founded_bodies if doc._.norm_text.startswith(b, w.end)), None) \
                if w.tag == "PER" else None  # (looked up for people only: this loop runs over every word)
            if body is not None:
                end = w.end + len(body)
                out.append(Mention(w.start, end, doc._.raw_text[w.start:end], "ORG", "rule"))
                continue  # 李嘉诚基金会: a foundation named after its founder
            if w.tag not in ("LOC", "ORG"):
                continue
            if w.tag == "LOC" and w.text.endswith(self.org_heads) and len(w.text) > 3:
                out.append(Mention(w.start, w.end, doc._.raw_text[w.start:w.end], "ORG", "rule"))
                continue
            for j in range(i + 1, min(i + 1 + _HEAD_REACH, len(words))):
                if words[j].start != words[j - 1].end or words[j].tag not in ("n", "vn", "nz") \
                        and not (words[j].tag in ("TIME", "t") and _CJK.match(words[j].text) and not _DATE_CHARS & set(words[j].text)):
                    break  # (成都|北网|未来/TIME|企业管理|合伙|企业: a time word that is part of a name)
                if self.belongs_re.search(doc._.norm_text, w.end, words[j].end):
                    break  # (黑石集团|旗下信贷公司: what belongs to the name is no part of it)
                if doc._.norm_text.endswith(self.org_heads, w.start, words[j].end):  # (股权|投资|合伙|企业)
                    end = words[j].end
                    form = self.bracketed_form_re.match(doc._.norm_text, end)
                    end = form.end() if form else end  # …合伙企业（有限合伙）
                    out.append(Mention(w.start, end, doc._.raw_text[w.start:end], "ORG", "rule"))
                    break
        return out

    def _latin_organisations(self, doc: Doc, text: str) -> list[Mention]:
        """DCP资本 / SMCP集团: a Latin name followed by an organisation word is an organisation."""
        out = []
        for match in self.latin_org_re.finditer(text):
            if match.group(1) in self.not_entities:
                continue
            out.append(Mention(match.start(), match.end(), doc._.raw_text[match.start():match.end()], "ORG", "rule"))
        for match in self.latin_legal_name_re.finditer(text):  # Bennette Coleman and Company Ltd
            out.append(Mention(match.start(), match.end(), doc._.raw_text[match.start():match.end()], "ORG", "rule"))
        return out

    def _name_heads(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """明发集团 … 明发拟筹最少80亿港元: the head of an organisation's name, before its legal form or line of
        business, written where the segmenter reads it as a word of its own (not 卓越/a) is that organisation."""
        heads: dict[str, str] = {}
        for m in mentions:
            tail = self.suffix_tail_re.search(m.text) if m.type == "ORG" and m.source != "weak" else None
            head = m.text[:tail.start()] if tail is not None else ""
            if 2 <= len(head) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in head) \
                    and head not in self.places and head not in self.not_entities:
                heads.setdefault(head, m.canonical or m.text)
        named = {m.text for m in mentions}
        heads = {h: full for h, full in heads.items() if h not in named}
        if not heads:
            return []
        covered = _covered(mentions)
        word_at = {w.start: w for w in doc._.words or []}
        word_ends = {w.end for w in doc._.words or []}
        out = []
        for match in re.finditer("|".join(map(re.escape, sorted(heads, key=len, reverse=True))), text):
            start, end = match.span()
            if any(i in covered for i in range(start, end)) or start not in word_at or end not in word_ends:
                continue
            if word_at[start].end == end and word_at[start].tag not in _NAME_WORD_TAGS:
                continue  # 卓越/a, 发展/v: a word of the language, not the name
            out.append(Mention(start, end, doc._.raw_text[start:end], "ORG", "weak", heads[match.group()]))
        return out

    def _short_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """中国平安人寿保险股份有限公司（简称“平安人寿”）: the short name is the same organisation."""
        out = []
        short_to_full: dict[str, str] = {}
        for m in mentions:
            if m.type != "ORG":
                continue
            match = _SHORT_NAME.match(text, m.end)
            if match is None:
                continue
            group = "short" if match.group("short") else "quoted"
            start, end = match.span(group)
            full = m.canonical or self._without_leading_role(doc, m).text  # (股东|上海南都集团有限公司(“上海南都”))
            short_to_full[match.group(group)] = full
            if not any(o.start < end and start < o.end for o in mentions):
                out.append(Mention(start, end, doc._.raw_text[start:end], "ORG", "rule", full))
        for o in mentions:  # the tagger's readings of the short name, wherever it stands, join the full one
            if o.type in ("ORG", "PERSON", "LOC") and o.text in short_to_full:  # (奥特维 read as a person)
                o.type, o.canonical = "ORG", short_to_full[o.text]
        return out

    def _crf(self, doc: Doc, text: str, words) -> list[Mention]:
        """People and organisations of the CRF that re-reads LAC's output (see extractor/crf_ner.py)."""
        out = []
        lac_words = [(w.start, w.end, w.text, w.tag) for w in words]
        lac_names = {(w.start, w.end): w.tag for w in words if w.tag in ("PER", "ORG")}
        name_at: dict[int, tuple[int, int, str]] = {}  # each character of a LAC name -> that name
        for (a, b), tag in lac_names.items():
            for i in range(a, b):
                name_at[i] = (a, b, tag)
        predicted = set()
        crf_names = crf_tagger().predict(text, lac_words)
        crf_spans = {(start, end) for start, end, _ in crf_names} - {(e.start_char, e.end_char) for e in doc.ents}
        for start, end, kind in crf_names:
            # a CRF span that cuts a LAC name inside its legal form (中国平安人寿保险股|份有限公司) takes the whole name
            a, b, tag = name_at.get(start, (start, start, ""))
            whole = (a, b) if (a <= start and end <= b and (a, b) != (start, end) and _LAC_TYPES.get(tag) == kind
                               and self._cuts_legal_form(text, a, b, start, end)) else None
            start, end = whole or (start, end)
            # 南京市江宁区市场|监督管理局: where the CRF cuts LAC's name in two, at no place's end and not after a known
            # name (证监会|希望基金公司), LAC's whole name stands
            if kind == "ORG" and _LAC_TYPES.get(tag) == "ORG" and a < start and end == b \
                    and (a, start) in crf_spans and not text[a:start].endswith(self.place_endings):
                start = a
            if kind == "PERSON" and end - start < 2 or kind == "ORG" and end - start < 2:
                continue  # one character alone is a name only in the tagger's or a title's reading (魏)
            if "\n" in text[start:end]:
                continue  # 来源：挖贝网\n挖贝网8月19日消息: no name runs across a line break
            count = _COUNT_INSIDE.search(text, start, end)
            if count is not None:  # 华宝兴业6只基金全部, 量化核心基金四只基金: a count ends the name before it
                end = count.start()
            if kind == "ORG" and self.belongs_re.search(text, start, end):
                continue  # 中银集团旗下股权投资基金渤海中盛: two organisations, the tagger's names stand
            closing = _CLOSED_AT.search(text, start, min(len(text), end + 1))
            if kind == "ORG" and closing is not None and closing.end() == end + 1:
                end = closing.start()  # 华南城全日报收1.62港元: 报收 closes a price, 全日报 is no newspaper
            start = max(start, text.rfind("丨", start, end) + 1)  # 格隆汇7月3日丨方达控股: a separator (a CJK character)
            if kind == "PERSON" and text[start] in "和与同及跟":
                continue  # 克林顿总统和夫人: a conjunction, not a name
            if kind == "ORG" and lac_names.get((start, end)) == "PER":
                continue  # 江泽民: where LAC reads exactly this span as a person, the person stands
            if (start, end) in predicted:
                continue
            predicted.add((start, end))
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum():
                end -= 1  # ' 袁峰)' -> '袁峰'
            name = text[start:end]
            if name in self.not_entities or kind == "ORG" and name.endswith("杯"):
                continue  # a cup (世界杯) is an event, not an organisation
            if kind == "ORG" and _names_its_country(name):
                kind, end = "LOC", end - 2
            if kind == "ORG" and name.endswith(_STATE_FORMS):
                kind = "LOC"  # 中华人民共和国, 香港特别行政区: a country or region is a place
            cut = _NAME_THEN_LATIN.search(name) if kind == "PERSON" else None
            if cut is not None:  # 作者：陈亮    R10搭载了: the name ends at the spaces
                end = start + cut.start() + 1
                name = text[start:end]
            if kind == "PERSON" and _CJK_NAMES_SPACED.fullmatch(name):
                for part in re.finditer(r"[\u4e00-\u9fff]+", name):  # 记者 肖玮 李云琦: two people
                    a, b = start + part.start(), start + part.end()
                    out.append(Mention(a, b, doc._.raw_text[a:b], kind, "crf"))
                continue
            if kind == "PERSON":
                end = start + self._without_title(name)
            if end > start:
                source = "fill" if kind == "LOC" else "crf"
                out.append(Mention(start, end, doc._.raw_text[start:end], kind, source))
        return out

    def _lone_surname_is_name(self, text: str, at: int) -> bool:
        """A one-character name needs a surname with a title before it or a verb of speech or 在 after it."""
        if text[at] not in self.surnames:
            return False
        before = text[max(0, at - 8):at]
        return before.endswith(self.titles) or text.startswith(self.name_enders, at + 1) \
            or text.startswith(self.titles, at + 1)  # 江主席

    def _cuts_legal_form(self, text: str, name_start: int, name_end: int, start: int, end: int) -> bool:
        legal = self.legal_tail_re.search(text, name_start, name_end)
        return legal is not None and (legal.start() < start < legal.end() or legal.start() < end < legal.end())

    def _without_title(self, name: str) -> int:
        """Length of a tagged name without a title glued to its end (江主席 -> 1)."""
        for title in self.titles:
            if name.endswith(title) and len(name) > len(title):
                return len(name) - len(title)
        return len(name)

    def _place_abbreviations(self, doc: Doc, text: str, words) -> list[Mention]:
        """驻美大使 / 美方人员 / 访华 / 俄中关系: one-character country names are places."""
        out = []
        for match in self.paired_places_re.finditer(text):
            out += [Mention(i, i + 1, doc._.raw_text[i], "LOC", "weak") for i in range(match.start(1), match.end(1))]
        for match in _ABBREVIATED_PLACE.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g))
            at = match.start(group)
            if group == 3 and not (text[at] == "华" or text[at] == "中" and text[at + 1] == "资"):
                continue  # 华人, 华侨: only 华 stands for China before a word for people
            if text[at] in self.place_abbreviations:
                out.append(Mention(at, at + 1, doc._.raw_text[at], "LOC", "weak"))
        return out

    def _credited_media(self, doc: Doc, text: str, words) -> list[Mention]:
        """来源：挖贝网 / 挖贝网消息 / 信息时报讯 / 芥末堆4月17日讯: the outlet credited for the report.

        At a line's start any short name before a dateline is the outlet; glued to a headline
        (…欢迎全景网4月22日讯) it starts at a word boundary and ends like a medium (网, 时报)."""
        out = []
        starts = {w.start for w in words}
        ends = {w.end for w in words}
        located = {w.end: w for w in words if w.tag == "LOC"}
        for match in _MEDIA_CREDIT.finditer(text):
            if match.group("source"):  # 来源：富途资讯 on a line of its own
                name, start = match.group("source"), match.start("source")
            elif match.group("a") or match.group("a2") or match.group("site"):  # 据中国经济网报道, 巨潮资讯网（www…）
                group = "a" if match.group("a") else "a2" if match.group("a2") else "site"
                name, start = match.group(group), match.start(group)
                if not name.endswith(self.media_suffixes) or start + len(name) not in ends:
                    continue  # (根据国家人力资源和社|会保障部: a name ends where a word does)
            else:
                start, end = match.start("b"), match.end("b")
                if text[:start].rstrip(" 　").endswith(self.byline_titles):
                    continue  # 记者 王惠康晚报讯: a byline's name glued to the dateline, not an outlet
                place = next((w for w in located.values() if w.end == end and w.start - start >= 2
                              and text[:w.start].endswith(self.media_suffixes)), None)
                if place is not None:  # …涨势凶 中新网杭州9月26日电: the outlet, then where it files from
                    end = place.start
                if not (start == 0 or text[start - 1] in "\n】]」》【["):
                    start = next((i for i in range(end - 3, start - 1, -1) if i in starts
                                  and text[i:end].endswith(self.media_suffixes)), end)
                name = text[start:end]
                if name.endswith("讯") and not name.endswith(self.media_suffixes):
                    name = name[:-1]  # 金融虎讯 8月20日: the dateline's 讯, not the name's (富途资讯)
                place = located.get(start + len(name))  # 中新网北京9月19日电: the outlet, then where it files from
                if place is not None and place.start - start >= 2 and text[start:place.start].endswith(self.media_suffixes):
                    name = text[start:place.start]
            if len(name) >= 2 and name not in self.not_entities and "本报" not in name and name[0] != "本":
                split = next((k for k in range(3, len(name) - 2) if name[:k].endswith(self.media_suffixes)
                              and name.endswith(self.media_suffixes)), None)
                for a, b in ((start, start + split), (start + split, start + len(name))) if split else ((start, start + len(name)),):
                    out.append(Mention(a, b, doc._.raw_text[a:b], "ORG", "media"))  # (上证报|中国证券网讯: two outlets)
        return out

    def _announcers(self, doc: Doc, text: str, words) -> list[Mention]:
        """编程猫宣布完成C+轮融资 / 中文传媒公告: a clause-initial name that announces is an organisation."""
        out = []
        for i, w in enumerate(words):
            if w.text not in self.announce_verbs or i == 0:
                continue
            j = i - 1
            while j >= 0 and words[j].tag == "TIME" and words[j].end == words[j + 1].start:
                j -= 1  # 高能环境6月1日公告: the day it announced on stands between
            name_end = words[j + 1].start
            start = name_end
            while j >= 0 and words[j].tag in _NAME_TAGS - {"PER"} and name_end - words[j].start <= 6:
                start = words[j].start
                j -= 1
            if start == name_end or (start > 0 and text[start - 1] not in _CLAUSE_START):
                continue
            name = text[start:name_end]
            if len(name) >= 2 and name not in self.not_entities and not name.startswith(("该", "本", "其")):
                out.append(Mention(start, name_end, doc._.raw_text[start:name_end], "ORG", "weak"))
        return out

    def _coordinated(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """搜狐视频、搜狗、畅游: names listed alongside an organisation are organisations too."""
        covered = _covered(mentions)
        out = []
        for m in mentions:
            if m.type != "ORG":
                continue
            for match in _LIST_ITEM.finditer(text, m.end, min(len(text), m.end + 60)):
                if match.start() != (out[-1].end if out and out[-1].start >= m.end else m.end):
                    break
                name = match.group(2)
                start = match.start(2)
                if start in covered:
                    break
                if name in self.not_entities or not 2 <= len(name) <= 6:
                    break
                out.append(Mention(start, start + len(name), doc._.raw_text[start:start + len(name)], "ORG", "weak"))
        return out

    def _fund_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """中邮核心优选, 诺德主题灵活配置: a fund company's short name and a few words ending like a fund's
        name (`patterns/fund_name_endings.tsv`) name a fund, even where the company's name is a known one."""
        covered = _covered([m for m in mentions if m.type != "ORG"])
        named = {(m.start, m.end) for m in mentions if m.type == "ORG" and m.end - m.start <= 6 and m.text[:1].isalnum()
                 and not m.text.endswith(self.org_words)}  # (兴业银行|营收增长: a bank's name is no fund brand)
        # a brand the tagger did not name (兴业 is also a bank) names a fund only with the fund's kind written after
        found = list(self.fund_brand_re.finditer(text))
        brands = {(b.start(), b.end()) for b in found
                  if b.start() not in covered and (b.start() == 0 or not _CJK.match(text[b.start() - 1])
                                                   or text[b.start() - 2:b.start()] in _FUND_LEADS)} - named
        # brands opening an item of a list of funds' moves (其他靠前的有嘉实300跌1.77%，融通领先跌1.58%)
        listed = {(b.start(), b.end()) for b in found if b.start() > 0 and text[b.start() - 1] in _LIST_ITEM_OPENERS}
        out = []
        longer = [(m.start, m.end) for m in mentions if m.type != "PRODUCT"]
        for start, end in sorted(named | brands | listed):
            moving = self._moving_fund_end(text, start, end, longer) if self.fund_brand_re.fullmatch(text, start, end) else None
            if moving is not None:  # 融通领先跌1.58%, 嘉实300跌1.77%: a fund of a brand, named where its price moves
                out.append(Mention(start, moving, doc._.raw_text[start:moving], "PRODUCT", "rule"))
                continue
            tail = self.fund_tail_re.match(text, end)
            if tail is None or text.startswith(self.titles, tail.end()) \
                    or text.startswith(self.titles, tail.end() + 2) \
                    or self._says_something(text, doc._.words, start, end, tail.end()):  # 东方证券煤炭行业(资深)分析师张仲华
                continue
            kind = self.fund_kind_re.match(text, tail.end())  # 兴业有机增长|混合型基金: the fund's kind is in its name
            if kind is None and (start, end) in brands and end - start < 3 and not self.fund_moves_re.match(text, tail.end()) \
                    and not _COUNTED_AS_FUNDS.match(text, tail.end()):
                continue  # (天治财富增长微跌0.02%: a fund's price moving names it too; 民生加银品牌蓝筹: no common word;
                #          金鹰红利价值、金鹰优选两只基金: a list counted as funds)
            name_end = kind.end() if kind else tail.end()
            out.append(Mention(start, name_end, doc._.raw_text[start:name_end], "PRODUCT", "rule"))
        return out

    def _says_something(self, text: str, words, name_start: int, start: int, end: int) -> bool:
        """An adverb or function word between a name and a fund's ending is a sentence about the name, not a fund
        named after it (蓝帆医疗营业收入|同比|增长); so is a verb or a time after a name that is no fund company's
        (通策医疗|陷|规模成长, 中国移动|今年|第三季净收益; not 富国天丰|强化|收益, 国联安增裕|一年|定开债券)."""
        fund_company = self.fund_brand_re.match(text, name_start) is not None
        i = bisect.bisect_left([w.start for w in words], start)
        while i < len(words) and words[i].end <= end:
            tag = words[i].tag
            if (tag in _NOT_IN_FUND_NAMES or tag in _NOT_IN_FUND_NAMES_AFTER_OTHERS and not fund_company) \
                    and words[i].text not in self.fund_name_endings:
                return True
            i += 1
        return False

    def _moving_fund_end(self, text: str, start: int, end: int, longer: list[tuple[int, int]]) -> int | None:
        """Where a fund's name ends when a brand and one to four characters are followed by its price's move and
        the figure (跌1.58%), in a text about funds; not a longer name the tagger found (南方航空跌2%)."""
        for n in range(1, 5):
            name_end = end + n
            if not _NAME_RUN.fullmatch(text, end, name_end):
                return None
            move = self.fund_moves_re.match(text, name_end)
            if move is not None and move.end() > name_end and text[move.end():move.end() + 1].isdigit():
                if any(a <= start and end < b for a, b in longer) \
                        or "基金" not in text[max(0, start - _FUND_CONTEXT):start + _FUND_CONTEXT]:
                    return None
                return name_end
        return None

    def _fund_companies(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """民生加银认为: a fund company's short name of three characters or more (no common word, unlike 南方)
        written alone, where the tagger named nothing, is the company."""
        covered = _covered(mentions)
        return [Mention(b.start(), b.end(), doc._.raw_text[b.start():b.end()], "ORG", "rule")
                for b in self.fund_brand_re.finditer(text)
                if b.end() - b.start() >= 3 and not covered.intersection(range(b.start(), b.end()))
                and (b.start() == 0 or not _CJK.match(text[b.start() - 1]) or text[b.start() - 2:b.start()] in _FUND_LEADS
                     or text[b.start() - 1] in _BEFORE_A_BRAND)]

    def _closed_end_funds(self, doc: Doc, text: str) -> list[Mention]:
        """基金泰和全周上涨3.61%, 基金安顺、基金景宏、基金同益: a closed-end fund is 基金 and two characters, named
        where its price moves or in a list of such funds (not 基金净值下跌: `patterns/not_fund_names.tsv`)."""
        found = [m for m in self.closed_end_re.finditer(text) if m.group(1) not in self.not_fund_names]
        out = []
        for k, m in enumerate(found):
            listed = any(0 < abs(other.start() - m.start()) and (text[m.end():other.start()] in _LIST_JOINERS
                                                                   or text[other.end():m.start()] in _LIST_JOINERS)
                         for other in found[max(0, k - 1):k + 2])
            if listed or self.fund_moves_re.match(text, m.end()):
                out.append(Mention(m.start(), m.end(), doc._.raw_text[m.start():m.end()], "PRODUCT", "rule"))
        return out

    def _index_funds(self, doc: Doc, text: str) -> list[Mention]:
        """上证180ETF, 深证100ETF, 易方达深证100ETF, 50ETF: a fund named by the index it tracks, digits and all,
        with the fund company's brand where it is written before."""
        out = []
        for m in self.index_fund_re.finditer(text):
            brand = next((b for b in self.fund_brand_re.finditer(text, max(0, m.start() - 6), m.start())
                          if b.end() == m.start()), None)
            start = brand.start() if brand is not None else m.start()
            out.append(Mention(start, m.end(), doc._.raw_text[start:m.end()], "PRODUCT", "rule"))
        return out

    def _product_models(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """卡西欧Z280, 松下LX3, EOS 7D: a model (letters and digits) named twice, or right after its maker, is a
        product, named with its maker (卡西欧Z280 = Z280); the maker stays an organisation of its own."""
        models = [m for m in _MODEL.finditer(text) if _model_key(m.group()) not in self.not_models]
        if not models:
            return mentions
        counts = Counter(_model_key(m.group()) for m in models)
        headline_end = doc._.sentences[0].end if doc._.sentences else 0
        makers: dict[str, str] = {}
        kept = list(mentions)
        products = []
        for model in models:
            start, end = model.span()
            maker = next((m for m in kept if m.type == "ORG" and m.start < start <= m.end + 1 and start - m.start >= 2
                          and (m.end == start or text[m.end:start] == " " or m.end > start)), None)
            if maker is not None and maker.end > start:  # 松下LX3 read as one name: the maker is the part before
                kept.remove(maker)
                maker = Mention(maker.start, start, doc._.raw_text[maker.start:start], "ORG", maker.source)
                kept.append(maker)
            if maker is not None:
                makers.setdefault(_model_key(model.group()), maker.text)
            elif counts[_model_key(model.group())] < 2 and start > headline_end:
                continue  # (a review names its product in the headline)
            products.append(model)
        if not products:
            return mentions
        spans = [m.span() for m in products]
        kept = [m for m in kept if m.type == "WORK" or not any(m.start < b and a < m.end for a, b in spans)]
        for model in products:
            maker = makers.get(_model_key(model.group()))
            name = model.group()
            kept.append(Mention(model.start(), model.end(), doc._.raw_text[model.start():model.end()], "PRODUCT", "rule",
                                maker + name if maker else None))
        return sorted(kept, key=lambda m: m.start)

    def _typed_list_items(self, doc: Doc, text: str, words, mentions: list[Mention]) -> list[Mention]:
        """酒鬼酒、水井坊、伊力特等个股 / 新中基、海南海药、广州冷机、川化股份4只个股: a list closed by 等 or a
        count and a category noun that calls its items organisations (`patterns/list_categories.tsv`); the
        first item starts at a word past any function word (而酒鬼酒 -> 酒鬼酒)."""
        covered = _covered([m for m in mentions if m.type != "LOC"])  # 海南海药/LOC among companies is one
        word_at = {w.start: w for w in words}
        out = []
        for match in self.typed_list_re.finditer(text):
            if any(w.tag == "v" for w in words if match.end(1) <= w.start < match.end()):
                continue  # 违规担保、关联交易等侵害上市公司: what harms companies, not companies
            spans, at = [], match.start(1)
            for item in match.group(1).split("、"):
                joined = _JOINED_PAIR.fullmatch(item)  # 吉林敖东和辽宁成大: two items
                spans += [(at, at + joined.end(1)), (at + joined.start(2), at + len(item))] if joined else [(at, at + len(item))]
                at += len(item) + 1
            first_start, first_end = spans[0]
            if "的" in text[first_start:first_end]:
                spans = spans[1:]  # 新城控股的王振华、…等明星企业: people of companies
                if not spans:
                    continue
                first_start, first_end = spans[0]
            inside = [w for w in words if first_start <= w.start and w.end <= first_end]
            cut = max((w.end for w in inside if w.tag in _FUNCTION_TAGS), default=first_start)  # 孙正义曾投资|阿里
            named = [w for w in inside if w.end == first_end and w.tag in ("ORG", "nz", "nw") and w.start > cut]
            spans[0] = (named[0].start if named else cut, first_end)  # 信贷大户|建设银行
            for start, end in spans:
                end -= text.endswith("等", start, end)  # 银华基金等: the list's closing word
                one_word = word_at.get(start)
                if one_word is not None and one_word.end == end and one_word.tag in ("n", "vn", "v", "a"):
                    continue  # 钢铁、建材、银行等个股: sectors, common nouns
                if end - start < 2 or "的" in text[start:end] or any(i in covered for i in range(start, end)) \
                        or text[start:end] in self.not_entities or text[start:end] in self.places:
                    continue
                out.append(Mention(start, end, doc._.raw_text[start:end], "ORG", "rule"))
        return out

    def _listed_companies(self, doc: Doc, text: str, words) -> list[Mention]:
        """A name followed by its stock code is a company: 欢聚(YY.US), 中文传媒(600373)."""
        out = []
        word_ends = {w.end: i for i, w in enumerate(words)}
        for match in _STOCK_CODE.finditer(text):
            end = match.start()
            while end > 0 and text[end - 1] == " ":
                end -= 1  # 华鲁恒升 (600426)
            start = end
            latin = _LATIN_NAME_BEFORE.search(text, max(0, end - 30), end)
            if latin is not None and end > 0 and text[end - 1].isascii() and text[end - 1].isalpha() \
                    and latin.group().strip() not in "ABH":
                start = latin.start() + len(latin.group()) - len(latin.group().lstrip())  # JIA GROUP(08519.HK)
            while start > 0 and end - start < 8 and ("\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] != "丨" or
                                                     text[start - 1] in "ABH" and start == end):
                start -= 1  # 张裕A(000869): a share class letter ends the name
                digits = start
                while digits > 0 and text[digits - 1].isdigit() and start - digits < 4:
                    digits -= 1
                if digits < start and digits > 0 and "\u4e00" <= text[digits - 1] <= "\u9fff" and end - digits < 10:
                    start = digits  # 阳光100中国(02608): digits inside the name
            amount = _AMOUNT_BEFORE_NAME.match(text, start, end)
            if amount is not None and end - amount.end() >= 2:
                start = amount.end()  # 减持214万元|天和防务(51.160,-0.42,-0.81%): a figure is no part of the name
            if text.startswith("*ST", start - 3):
                start -= 3
            for opener in self.name_openers:
                if text.startswith(opener, start) and end - start - len(opener) >= 2:
                    start += len(opener)  # 包括欧亚集团(600697)
                    break
            if end in word_ends and words[word_ends[end]].tag in ("ORG", "nz", "nw") and not text[end - 1].isascii() \
                    and 2 <= end - words[word_ends[end]].start < end - start:
                start = words[word_ends[end]].start  # 前有东阿阿胶(000423.SZ): the tagger's name, not the words before it
            elif end - start > 6 and end in word_ends and not text[start].isascii() \
                    and not any(c.isdigit() for c in text[start:end]):
                i = word_ends[end]
                start = end
                while i >= 0 and words[i].tag in _NAME_TAGS and end - words[i].start <= 6:
                    start = words[i].start
                    i -= 1
            if end - start >= 2:
                out.append(Mention(start, end, doc._.raw_text[start:end], "ORG", "listed"))
        return out

    def _titled_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names right after a job title that the tagger missed (总统房建认为)."""
        by_start = {m.start: m for m in mentions}
        covered = _covered(mentions)
        out = []
        for match in self.title_re.finditer(text):
            at = match.end()
            while at < len(text) and text[at] in ":： ":
                at += 1
            known = by_start.get(at)
            if known is not None and known.type == "PERSON" and at > match.end() and known.end - at == 2 \
                    and "\u4e00" <= text[known.end:known.end + 1] <= "\u9fff" and text[known.end + 1:known.end + 2] in ("\n", " ", ""):
                known.end += 1  # 责编：沈佳旎 at a line's end: the byline's name runs to it
                known.text = doc._.raw_text[known.start:known.end]
                known.canonical = None
            if known is not None and known.type == "PERSON" and known.end - at == 2 and _CJK.match(text[known.end:known.end + 1]) \
                    and text.startswith(self.name_enders, known.end + 1) and not text.startswith(self.name_enders, known.end) \
                    and text[known.end] not in _NOT_NAME_CHARS:
                known.end += 1  # 执行董事陈燕飞于2020年: the tagger cut the name before 飞于
                known.text = doc._.raw_text[known.start:known.end]
                known.canonical = None
            if at in by_start or at in covered:
                continue
            name = self._read_name(text, at)
            if name is None and match.group() in self.byline_titles:
                credited = _CREDITED_NAME.match(text, at)  # 每经记者 别冶2008年…: a byline's name, any surname
                name = credited.group(1) if credited else None
            if name:
                out.append(Mention(at, at + len(name), doc._.raw_text[at:at + len(name)], "PERSON", "title"))
        return out

    def _honoured_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name right before 先生/女士 that starts a list item (张立忠先生、谈松林先生: the tagger read 谈 as a
        verb) or follows a title or a role (高级管理人员|赖爱梅女士)."""
        covered = _covered(mentions)
        out = []
        for match in self.honorific_re.finditer(text):
            for length in (3, 2):
                start = match.start() - length
                if start < 0 or text[start] not in self.surnames or not (
                        start == 0 or text[start - 1] in _LIST_BOUNDARY
                        or text.endswith(self.titles, 0, start) or text.endswith(self.person_descriptors, 0, start)):
                    continue
                if _CJK.match(text[start:match.start()]) and not any(i in covered for i in range(start, match.start())):
                    out.append(Mention(start, match.start(), doc._.raw_text[start:match.start()], "PERSON", "title"))
                break
        return out

    def _surnames_honoured(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """购房者曲先生, 老基民石先生, 业主刘先生: a person known by surname and honorific is named with both (曲先生,
        not 曲), whether the tagger read the surname alone or not at all."""
        out = [m for m in mentions if not (m.type == "PERSON" and len(m.text) == 1 and self.honorific_re.match(text, m.end))]
        covered = _covered(out)
        for match in self.honorific_re.finditer(text):
            start = match.start() - 1
            if start < 0 or text[start] not in self.surnames or start in covered or match.start() in covered:
                continue
            if start == 0 or text[start - 1] in _LIST_BOUNDARY or text[start - 1] in _DESCRIBED_BEFORE \
                    or text[start - 1] in _BEFORE_A_NAME or text.endswith(self.person_descriptors, 0, start) \
                    or text.endswith(self.titles, 0, start):  # (业主|刘先生, 经理|王女士)
                out.append(Mention(start, match.end(), doc._.raw_text[start:match.end()], "PERSON", "title"))
        return out

    def _without_leading_title(self, doc: Doc, m: Mention) -> Mention:
        """董秘|孟庆昕: a title the tagger read into a person's name is cut off it, when a name with a surname is left."""
        if m.type != "PERSON":
            return m
        title = next((t for t in self.titles if m.text.startswith(t)), None)
        if title is None or doc._.norm_text[m.start + len(title):m.end][:1] not in self.surnames \
                or not 2 <= len(m.text) - len(title) <= 3:
            return m
        start = m.start + len(title)
        return Mention(start, m.end, doc._.raw_text[start:m.end], m.type, m.source, m.canonical)

    def _without_leading_role(self, doc: Doc, m: Mention) -> Mention:
        """大股东|上海世茂投资管理有限公司, 公司控股股东|东旭集团有限公司, 股|东东宝实业集团有限公司, 子公司|成都北网科技有限公司:
        a shareholder's role or the link to a parent read into a name (or the last character of one) is cut off it."""
        if m.type not in ("ORG", "LOC"):
            return m
        text = doc._.norm_text
        window_start = max(0, m.start - 1)
        start = max((k + len(r) for r in self.leading_roles
                     for k in [text.rfind(r, window_start, m.end)] if k >= 0), default=m.start)
        if start <= m.start or m.end - start < 4:
            return m
        if m.type == "LOC" and not self.suffix_tail_re.search(text, start, m.end):
            return m
        # (股东|亚厦控股 read as a place: with the role cut off, a name ending in an organisation's suffix)
        return Mention(start, m.end, doc._.raw_text[start:m.end], "ORG", m.source, m.canonical)

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

    def _without_leading_figure(self, doc: Doc, m: Mention) -> Mention | None:
        """360亿元 and 7255万元, taken for names by the statistical taggers, name no one; 368元康舒电源 is 康舒电源.
        A number without a unit may open a name (58同城, 360公司), a time may not (2019H1公司实现营收: the company, in
        2019's first half)."""
        if self.dated_report_re.fullmatch(m.text):
            return None
        if m.source not in ("crf", "lac", "weak") or not m.text[:1].isdigit():
            return m
        time = LEADING_TIME.match(m.text)
        if time is not None:
            rest = m.text[time.end():]
            if len(rest) < 2 or self.suffix_tail_re.fullmatch(rest):
                return None
            return Mention(m.start + time.end(), m.end, doc._.raw_text[m.start + time.end():m.end], m.type, m.source)
        figure = next((q for q in self.figures.parse(m.text) if q.span.start == 0), None)
        if figure is None or figure.unit is None:
            return m
        if len(m.text) - figure.span.end < 2:
            return None
        start = m.start + figure.span.end
        return Mention(start, m.end, doc._.raw_text[start:m.end], m.type, m.source)

    def _extend_units(self, doc: Doc, text: str, mentions: list[Mention]) -> None:
        """抖音 + 电商 -> the organisation 抖音电商 (a unit of 抖音, a separate entity);
        中国平安 + 人寿 + 保险 + 股份有限公司 -> 中国平安人寿保险股份有限公司 (legal form kept in the text,
        dropped from the name by the alias resolver)."""
        starts = {m.start for m in mentions}
        for m in mentions:
            if m.type != "ORG":
                continue
            match = self.suffix_run_re.match(text, m.end)
            if match is None or match.end() in starts or any(s in starts for s in range(m.end, match.end())):
                continue
            run = text[m.end:match.end()]
            legal = self.legal_tail_re.search(run)
            units = run[:legal.start()] if legal else run
            base = m.canonical or m.text
            m.end = match.end()
            m.text = doc._.raw_text[m.start:m.end]
            m.canonical = base + units if units else base

    def _split_at_transactions(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """易方达科讯增持华电国际, 新建仓华电国际: a tagged name running over a transaction verb is the buyer and
        the bought; a tagged person's name running into an organisation named elsewhere (高达|华电国际) is none."""
        organisations = {m.text for m in mentions if m.type == "ORG" and len(m.text) >= 2}
        out = []
        for m in mentions:
            if m.source not in ("crf", "lac") or m.type not in ("ORG", "PERSON"):
                out.append(m)
                continue
            verb = self.transaction_re.search(text, m.start, m.end)
            if verb is not None and m.end - verb.end() >= 2:
                if m.type == "ORG" and verb.start() - m.start >= 2:
                    out.append(Mention(m.start, verb.start(), doc._.raw_text[m.start:verb.start()], "ORG", m.source))
                if text[verb.end():m.end] not in self.not_entities:  # (晨鸣控股持有|公司股份: no name)
                    out.append(Mention(verb.end(), m.end, doc._.raw_text[verb.end():m.end], "ORG", m.source))
            elif not (m.type == "PERSON" and any(m.text.endswith(o) and len(m.text) > len(o) for o in organisations)):
                out.append(m)
        return out

    def _headline_names(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """城发环境：拟收购…, 新世界发展：黄少媚任执行董事: a short name opening the headline before a colon is the company
        the story is about where the story names it again: twice, or once not as the headline again (兰州民百公告，; not
        公告解读：航发科技…, a column's name). Not 收评：, nor 民企资金链紧张：, longer than a name."""
        head = _HEADLINE_NAME.match(text)
        if head is None or "\n" not in text:
            return []
        start, end = head.span(1)
        name = head.group(1)
        story = text[text.find("\n"):]
        again = [m.end() for m in re.finditer(re.escape(name), story)]
        if not (len(again) >= 2 or len(again) == 1 and not story.startswith((":", "："), again[0])) \
                or any(m.start < end and start < m.end for m in mentions) \
                or name in self.not_entities or name in self.places or name.startswith(self.titles):
            return []
        return [Mention(start, end, doc._.raw_text[start:end], "ORG", "weak")]

    def _split_at_conjunctions(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """摩根大通和美银证券, 长信基金和益民基金: a tagged name joining two organisations with 和/与/及 is both, where
        the first is one on its own (known, named alone in the text, or ending like one); a bare organisation word
        after the conjunction (中国证监会和|协会) names none, and a conjunction before another name (上交所和|中证指数有限公司)
        is no part of the first. Not 北京协和医院, 朔州市发展和改革委员会, 深圳金中和: no organisation before."""
        known = {m.text for m in mentions if m.type == "ORG"} | {e.text for e in doc.ents}
        starts = {m.start for m in mentions if m.type == "ORG"}
        out = []
        for m in mentions:
            cut = next((k for k in range(2, len(m.text)) if m.text[k] in "和与及"
                        and self._organisation_alone(m.text[:k], known)
                        and (k < len(m.text) - 1 or m.end in starts)), None) \
                if m.source in ("crf", "lac") and m.type == "ORG" else None
            if cut is None:
                out.append(m)
                continue
            first_end, second = m.start + cut, m.text[cut + 1:]
            out.append(Mention(m.start, first_end, doc._.raw_text[m.start:first_end], "ORG", m.source))
            if len(second) >= 2 and (self._organisation_alone(second, known) or second.endswith(self.org_words)) \
                    and second not in self.org_words:
                out.append(Mention(first_end + 1, m.end, doc._.raw_text[first_end + 1:m.end], "ORG", m.source))
        return out

    def _organisation_alone(self, name: str, known: set[str]) -> bool:
        return name in known or self.fund_brand_re.fullmatch(name) is not None \
            or len(name) >= 4 and name.endswith(self.name_endings)

    def _byline_names_glued(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """⊙本报记者 徐婧婧金元比联基金公司今日公告: a byline's name glued to the text it opens is read with what
        follows; the name is its first three characters (a surname and a given name), the rest stays a name."""
        named = {n.text for n in mentions if n.type == "ORG" and len(n.text) >= 2}
        out = []
        for m in mentions:
            credited = m.start > 0 and text[:m.start].rstrip(" 　") != text[:m.start] \
                and text[:m.start].rstrip(" 　").endswith(self.byline_titles)
            if not credited or m.source not in ("crf", "lac") or text[m.start] not in self.surnames \
                    or text[m.start:m.start + 2] in self.surnames or not _CJK_RUN.fullmatch(text, m.start, m.start + 4):
                out.append(m)
                continue
            # 潘琦|银华基金管理公司: a two-character name when an organisation named elsewhere follows it
            size = 2 if any(text.startswith(n, m.start + 2) for n in named if n != m.text) else _GLUED_NAME
            if m.type != "PERSON" and len(m.text) >= size + 2:
                out.append(Mention(m.start, m.start + size, doc._.raw_text[m.start:m.start + size], "PERSON", "rule"))
                out.append(Mention(m.start + size, m.end, doc._.raw_text[m.start + size:m.end], m.type, m.source))
            elif m.type == "PERSON" and len(m.text) == _GLUED_NAME + 1:  # 李和裕|继本报7月独家报道
                out.append(Mention(m.start, m.start + _GLUED_NAME, doc._.raw_text[m.start:m.start + _GLUED_NAME],
                                   "PERSON", m.source))
            else:
                out.append(m)
        return out

    def _clean_persons(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Cut 魏建议 back to 魏 when 魏 is named elsewhere, and drop 秦说 when a 秦 is; drop generic nouns; take back a surname the
        tagger read as a verb (张立忠先生、谈|松林先生); cut 处 after an office (公积金管理中心|处获悉) and the particle 所
        after a name (软银|所持); drop a surname read onto a measure (周增长率)."""
        text = doc._.norm_text
        for m in mentions:
            if m.type == "PERSON" and m.end - m.start == 2 and text.startswith(self.honorifics, m.end) and m.start >= 1 \
                    and text[m.start - 1] in self.surnames and (m.start == 1 or text[m.start - 2] in _LIST_BOUNDARY):
                m.start -= 1
                m.text, m.canonical = doc._.raw_text[m.start:m.end], None
            if m.type == "ORG" and m.text.endswith("处") and m.text[:-1].endswith(self.org_words) \
                    and not m.text.endswith(("办事处", "管理处", "联络处")):
                m.end -= 1
                m.text, m.canonical = doc._.raw_text[m.start:m.end], None
            particle = _particle_suo(text, m, self.suo_offices)
            if particle is not None:
                m.end = particle
                m.text, m.canonical = doc._.raw_text[m.start:m.end], None
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
            if m.text in self.not_entities or m.type != "WORK" and m.text.endswith(self.not_entity_endings):
                continue  # (《中标通知书》 in title marks is a work)
            if m.type == "PERSON" and len(m.text) == 2 and m.text[1:] in self.not_name_suffixes \
                    and any(name[:1] == m.text[:1] and len(name) >= 2 and name != m.text for name in person_names):
                continue  # “…”秦说。: the surname of 秦岭松, named before, and the verb
            if m.type == "PERSON" and m.text[:1] in _PERIOD_PREFIXES and (
                    m.text[1:] in self.measure_words or m.text[1:].startswith(self.change_words)
                    or text.startswith(self.change_words, m.end) or text[m.end:m.end + 4] in self.measure_words):
                continue  # 周增长率, 周涨幅, 周平均|上涨幅度: a week's measure or change, not a person named 周 (but 记者武红利)
            kept.append(m)
        return kept


_PERIOD_PREFIXES = "周日月年季"  # 周涨幅, 日均成交额: the period a measure is taken over
# 软银所持股票, 爱华盈通所属领域: 所 before these verbs is the particle of what the name holds, not an office (研究所)
_AFTER_PARTICLE_SUO = re.compile(r"所(?:[属需获]|持(?!续)|拥有)")


def _particle_suo(text: str, m: "Mention", offices: tuple[str, ...]) -> int | None:
    """Where an organisation's name read onto the particle 所 ends (软银所|持 -> 软银, 爱华盈通所属 -> 爱华盈通), or None;
    not in a name ending in an office (`offices`: 研究所, 深交所)."""
    if m.type != "ORG":
        return None
    at = text.rfind("所", m.start, m.end)
    if at - m.start < 2 or text[m.start:at + 1].endswith(offices):
        return None
    verb = _AFTER_PARTICLE_SUO.match(text, at)
    return at if verb is not None and verb.end() >= m.end else None
_HEAD_REACH = 5  # words between a place or name and the noun ending an organisation's name (佳杉|资产|管理|合伙|企业)


def _model_key(model: str) -> str:
    return re.sub(r"[ -]", "", model).upper()


def _names_its_country(name: str) -> bool:
    """美国政府: the government stands for its country, which is the name (苏州市人民政府 is a body)."""
    return name.endswith("政府") and not name.endswith("人民政府") and len(name) >= 4


def _drop_ruler_inside_longer_names(mentions: list[Mention], suffixes: re.Pattern[str]) -> list[Mention]:
    """市统计局 is not 国家统计局, 中国平安人寿保险股份有限公司 is not 中国平安, 中国海外发展(0688.HK) and 中国经济网
    are not 中国: a known name inside a longer tagged, listed or credited organisation gives way, unless the rest is
    only suffixes (阿里巴巴集团 = 阿里巴巴)."""
    longer = sorted((m for m in mentions if m.source in ("lac", "crf", "listed", "media") and m.type == "ORG"),
                    key=lambda m: m.start)
    longer_starts = [m.start for m in longer]

    def inside_another(m: Mention) -> bool:
        # a containing name starts at most _LONGEST_NAME characters earlier; a credited outlet holds places only
        # (上证报|中国证券网讯: two outlets glued, of which the ruler knows the first)
        for o in longer[bisect.bisect_left(longer_starts, m.start - _LONGEST_NAME):bisect.bisect_right(longer_starts, m.start)]:
            if o.source == "media" and m.type != "LOC":
                continue
            if o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start:
                if o.start < m.start or not suffixes.fullmatch(o.text[m.end - o.start:]):
                    return True
        return False

    return [m for m in mentions if not (m.source == "ruler" and inside_another(m))]


def _drop_descriptors(text: str, mentions: list[Mention], heads: tuple[str, ...]) -> list[Mention]:
    """Descriptions are not organisations: 中国在线英语教育服务公司51Talk (glued before the name) and
    这家创办30年的老牌地产公司 (after a demonstrative: it points back at a name)."""
    by_start = {m.start: m for m in mentions}
    return [m for m in mentions if not (m.type == "ORG" and m.text.endswith(heads) and (
        by_start.get(m.end) is not None and by_start[m.end].type == "ORG"
        or m.source in ("crf", "lac") and _DEMONSTRATIVE_BEFORE.search(text, max(0, m.start - 16), m.start)))]


def _complete_cut_names(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """王建|新心里: a person's name cut short where the text goes on with the full name found elsewhere."""
    people = {m.text for m in mentions if m.type == "PERSON"}
    for m in mentions:
        if m.type != "PERSON":
            continue
        longer = [name for name in people if len(name) > len(m.text) and name.startswith(m.text)
                  and text.startswith(name, m.start)]
        if longer:
            m.end = m.start + len(max(longer, key=len))
            m.text, m.canonical = doc._.raw_text[m.start:m.end], None


_NAME_WORD_TAGS = {"ORG", "PER", "LOC", "nz", "n", "nr", "ns", "nt", "nw"}  # tags a name's head may carry alone


def _repeated_names(doc: Doc, text: str, mentions: list[Mention], named: list[Mention] | None = None) -> list[Mention]:
    """Every other place a name found once is written: a name the tagger saw once is a name everywhere
    (with `named`, only those names)."""
    covered = _covered(mentions)
    names = {m.text: m for m in (mentions if named is None else named)
             if len(m.text) >= 2 and m.type in ("PERSON", "ORG", "LOC")}
    for m in list(names.values()):
        if m.type == "PERSON" and m.text.isascii() and " " in m.text:
            surname = m.text.rsplit(" ", 1)[1]  # Daniel Lalonde ... Lalonde说
            if len(surname) >= 3 and surname not in names:
                names[surname] = Mention(m.start, m.end, m.text, m.type, m.source, m.canonical or m.text)
    if not names:
        return []
    out = []
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for match in pattern.finditer(text):
        if match.start() in covered or match.end() - 1 in covered:
            continue
        model = names[match.group()]
        if _inside_word(text, match.start(), match.end(), model.text):
            continue
        out.append(Mention(match.start(), match.end(), doc._.raw_text[match.start():match.end()], model.type, "weak",
                           model.canonical))
    return out


def _listed_names_over_parts(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """中国粮油(00606) named with its code is the company wherever it is written, also where the tagger read only
    a part of it (中国|粮油跌3.6%: a place): the part gives way to the whole name. So is a short name the text
    defines (…合伙企业(有限合伙)(“北网未来”) … 北网|未来以货币出资)."""
    listed = {m.text: m for m in mentions if len(m.text) >= 3 and (
        m.source == "listed" or m.source == "rule" and m.canonical is not None and m.canonical != m.text)}
    if not listed:
        return mentions
    starts = {m.start for m in mentions if m.text in listed}
    for match in re.finditer("|".join(map(re.escape, sorted(listed, key=len, reverse=True))), text):
        start, end = match.span()
        if start in starts:
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if inside and all(start <= m.start and m.end <= end and m.end - m.start < end - start for m in inside):
            model = listed[match.group()]
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(start, end, doc._.raw_text[start:end], model.type, model.source, model.canonical))
    return sorted(mentions, key=lambda m: m.start)


def _inside_word(text: str, start: int, end: int, name: str) -> bool:
    """A Latin name inside a longer Latin word (YY in YYDS) is not the name."""
    before = text[start - 1:start]
    after = text[end:end + 1]
    if name.isascii():
        return before.isascii() and before.isalnum() or after.isascii() and after.isalnum()
    return False


def _places_listed_among_organisations(text: str, mentions: list[Mention]) -> None:
    """光大保德信、东吴、宝盈等: a place reading between two organisations of a list (or after one, before
    等) is an organisation too: the items of a list are of one kind."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, m, after in zip([None, *ordered[:-1]], ordered, [*ordered[1:], None]):
        if m.type != "LOC" or m.source not in ("lac", "crf", "fill") or before is None or before.type != "ORG" \
                or before.end != m.start - 1 or text[before.end] != "、":
            continue
        follows_org = after is not None and after.type == "ORG" and after.start == m.end + 1 and text[m.end] == "、"
        if follows_org or text.startswith("等", m.end):
            m.type = "ORG"


def _trimmed(doc: Doc, m: Mention) -> Mention:
    """A name without the spaces before and after it (\xa0\xa0\xa0\xa0老债券基金)."""
    start = m.start + len(m.text) - len(m.text.lstrip())
    end = m.end - len(m.text) + len(m.text.rstrip())
    if (start, end) == (m.start, m.end):
        return m
    return Mention(start, end, doc._.raw_text[start:end], m.type, m.source, m.canonical, m.entity, m.title, m.title_org)


def _before_slash(doc: Doc, m: Mention) -> Mention:
    """代星/文 -> 代星: the name of a byline before its slash."""
    cut = m.text.find("/")
    return m if cut < 0 else Mention(m.start, m.start + cut, doc._.raw_text[m.start:m.start + cut], m.type, m.source, m.canonical)


def _without_open_bracket(doc: Doc, m: Mention, org_words: tuple[str, ...]) -> Mention:
    """凯文·斯科特（Kevin Scott / 亚马逊(Amazon: a name never holds a bracket it does not close, nor a tagged
    name a colon, a comma (中海基金：超配证券保险) or a space between Chinese words (长城证券 阎红; not
    山东 博汇纸业 股份有限公司, which ends as a name)."""
    if m.source in ("crf", "lac", "weak"):
        cut = next((i for i, char in enumerate(m.text) if char in _NAME_BREAKS
                    or char in " 　" and m.type == "ORG" and 0 < i < len(m.text) - 1 and _CJK.match(m.text[i - 1])
                    and _CJK.match(m.text[i + 1]) and not m.text.endswith(org_words)), None)
        if cut is not None:
            end = m.start + cut
            return Mention(m.start, end, doc._.raw_text[m.start:end], m.type, m.source, None, m.entity,
                           m.title, m.title_org)
    for i, char in enumerate(m.text):
        if char in "(（" and not any(c in ")）" for c in m.text[i + 1:]):
            end = m.start + len(m.text[:i].rstrip())
            return Mention(m.start, end, doc._.raw_text[m.start:end], m.type, m.source, m.canonical, m.entity,
                           m.title, m.title_org)
    return m


def _credited_writers(doc: Doc, text: str) -> list[Mention]:
    """李皙寅 俞燕 龚奕洁 | 文 / 文 | 张三: a line that credits its writers names people; so does an outlet and
    its reporter in brackets closing a line (（全景网/雷鸣）, (记者/谢思佳))."""
    out = [Mention(m.start("name"), m.end("name"), doc._.raw_text[m.start("name"):m.end("name")], "PERSON", "rule")
           for m in _OUTLET_AND_WRITER.finditer(text)]
    for line in _WRITERS_LINE.finditer(text):
        names = line.group("before") or line.group("after")
        at = line.start("before") if line.group("before") else line.start("after")
        for name in _WRITER.finditer(names):
            start = at + name.start()
            out.append(Mention(start, start + len(name.group()), doc._.raw_text[start:start + len(name.group())], "PERSON", "rule"))
    return out


def _latin_full_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Hermann/PERSON ␠ Hauser/PERSON is one person, and a later lone Hauser (read as a person or an
    organisation) is the same one, by surname."""
    mentions = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    for m in mentions:
        last = joined[-1] if joined else None
        if last is not None and m.type == last.type == "PERSON" and m.text.isascii() and last.text.isascii() \
                and doc._.raw_text[last.end:m.start] == " ":
            last.end, last.text, last.canonical = m.end, doc._.raw_text[last.start:m.end], None
            continue
        joined.append(m)
    full = {m.text.rsplit(" ", 1)[1]: m.text for m in joined
            if m.type == "PERSON" and m.text.isascii() and " " in m.text}
    for m in joined:
        if m.text in full and m.type in ("PERSON", "ORG"):
            m.type, m.canonical = "PERSON", full[m.text]
    return joined


def _names_given_in_latin(doc: Doc, text: str, mentions: list[Mention], not_names: set[str]) -> list[Mention]:
    """赵长鹏(CZ), 埃隆·马斯克（Elon Musk）, 软银集团（SoftBank）: a name followed by its Latin form in brackets is
    one thing under both; the Latin form, and a person's Latin surname (Musk), name it wherever they stand."""
    latin_to_name: dict[str, Mention] = {}
    for m in mentions:
        if m.type not in ("PERSON", "ORG") or m.text.isascii():
            continue
        given = _LATIN_IN_BRACKETS.match(text, m.end)
        if given is None or _STOCK_CODE.match(text, m.end) or given.group("latin") in not_names:
            continue  # (华夏蓝筹核心基金(LOF): a kind of fund, not another name)
        latin = given.group("latin")
        latin_to_name[latin] = m
        if m.type == "PERSON" and " " in latin:
            latin_to_name.setdefault(latin.rsplit(" ", 1)[1], m)  # (Elon Musk … Musk还称)
        a, b = given.span("latin")
        read = next((o for o in mentions if o.start < b and a < o.end), None)
        if read is None:
            mentions.append(Mention(a, b, doc._.raw_text[a:b], m.type, "rule", m.canonical or m.text))
        elif read.type == "ORG" and m.type == "PERSON":
            m.type = "ORG"  # 迈克菲(McAfee): a Latin name read as a company's makes a transliteration one too
    for o in mentions:
        named = latin_to_name.get(o.text)
        if named is not None and o is not named:
            o.type, o.canonical = named.type, named.canonical or named.text
    return sorted(mentions, key=lambda m: m.start)


def _covered(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _special_treatment_names(doc: Doc, text: str, words, class_words: set[str]) -> list[Mention]:
    """ST盐湖, *ST中新, S*ST天发: a listed company under special treatment, its name after the prefix (the
    tagger reads 盐湖 as a place, ST alone as a name); not ST股, the class of such stocks."""
    out = []
    for i, w in enumerate(words[:-1]):
        after = words[i + 1]
        if w.text not in ("ST", "SST", "*ST", "S*ST") or after.start != w.end or after.tag not in _ST_NAME_TAGS \
                or not 2 <= len(after.text) <= 4 or after.text in class_words:
            continue
        start = w.start - 1 if text[w.start - 1:w.start] == "*" else w.start
        start -= 1 if text[start - 1:start] == "S" and start > 0 else 0
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # (a Latin word ending in ST)
        out.append(Mention(start, after.end, doc._.raw_text[start:after.end], "ORG", "listed"))
    return out


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the most trusted (then longest) mention where mentions overlap.

    Titles of works (《中华人民共和国香港特别行政区基本法》) are resolved apart: the places and
    organisations named inside a title are still named.
    """
    taken: list[Mention] = []
    for group in ([m for m in mentions if m.type == "WORK"], [m for m in mentions if m.type != "WORK"]):
        used: set[int] = set()
        for m in sorted(group, key=lambda m: (TRUST[m.source], -(m.end - m.start), m.start)):
            span = range(m.start, m.end)
            if any(i in used for i in span):
                continue
            used.update(span)
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)
