"""Component `extractor_facts`: each figure linked to what, whose, when and how sure.

For every quantity that is a figure (not a date, ordinal or determiner) the
linker reads, in the figure's clause, sentence and paragraph:
- measure: a known measure word before it (营收, GMV规模), else the noun it
  counts (41亿件商品), else 人数 for head counts, else the nearest content word;
- subject: the clause's topic entity, a speaker's 我/我们, the noun phrase
  heading the clause (电商达人), the previous figure's subject, the nearest
  entity earlier in the sentence, or the topic of the sentence before;
- period: the nearest date before it in the paragraph that is not a
  comparison base (相当于2019年的3倍) nor a duration;
- kind/direction/basis from change words (同比增长 / 下降 / 升至 = level);
- status from cue words (将, 有望, 预计 -> forecast; 目标, 计划 -> target).
"""
from __future__ import annotations

import bisect
import calendar
import re
from datetime import date
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Fact, Quantity, Span, Time
from ..numerals import parse_number
from ..records import EntityRecord, Mention, QuoteRecord, Word, ensure_extensions
from ..resources import Patterns
from ..text import PRICE_QUOTE, Segment, split_clauses
from ..times import SINCE, STARTING_VALUE
from .times import is_dateline
from .subject_ranker import RULE, Candidate, FigureContext, SubjectRanker, load_weights
from .vocab import vocabulary

_NOUN_TAGS = {"n", "nz", "vn", "nw", "an", "ORG", "PER"}
_RESPECTIVELY = re.compile(r"分别")
_DIGIT = re.compile(r"\d")
_EXISTENTIAL = re.compile(r"(?<![所拥持具享占])(?:共计|一共|累计|共|已|还|仅|只|至少|总共|合计)?有(?:至少|约|近|超过|逾)?$")
_NOT_IN_NAMES = {"p", "u", "c", "w", "d", "r", "f", "TIME", "t", "q", "xc"}  # fund names hold verbs: 华商盛世成长
_AS_MANY_AS = re.compile(r"多达$")  # 分红的基金多达11只: a count of a group, as 有 says it
_AMONG = ("中", "之中", "当中", "里")  # 在166只股票型基金中: the group something ranks among
_COUNT_BEFORE = re.compile(r"[两二三四五六七八九十\d]+[只家个名位]$")  # a count right before: what follows is counted
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_AS_OF_REACH = 300  # characters back within a paragraph an as-of day still closes a since-range
_FIGURE_JOINERS = ("和", "、", "及", "与", "以及")  # between two figures of one list
_FIGURE_JOINERS_AFTER = re.compile(r"(?:和|、|及|与|以及)[\d.一二三四五六七八九十两]")  # a figure that opens a list
# 分别为, 为, 只有, 达到: what links a list of measures to its figures
_LINK_BEFORE_LIST = re.compile(r"(?:分别)?(?:为|是|达到|达|只有|仅有|仅为|约为|共计|合计|实现|录得)?(?:了)?$")
_NUMBER_PART = re.compile(r"[约近超逾达\d.,/０-９零〇一二两三四五六七八九十百千万亿]*")  # a figure without its unit
_COPULA_PHRASE = 10  # characters of a noun phrase after 是 that may name what the next clause is about
_MANNER_TAGS = {"TIME", "t", "d", "vd"}  # when and how a thing moved: 上周, 大幅
# a word the tagger calls a time that names no date (新世纪|优选分红, a fund): part of a name in a list
_DATELESS_TIME = re.compile(r"[^\d年月日号季度周天时分秒前后初底末今去明]+")
_FIGURE_JOINER = re.compile(r"\s*[、和及与]\s*")
_FIGURE_ITEM = re.compile(r"[\u4e00-\u9fff]{0,4}[-+]?(?:\d[\d,]*(?:\.\d+)?(?:%|[万亿]?[元股份]|点)|\d+\.\d+)")
_BEFORE_HEAD_NOUN = {"TIME", "p", "c", "d", "w", "r", "f", "m", "q", "u", "v"}
_HEAD_NOUN_TAGS = {"n", "nz", "ORG", "PER", "LOC", "nr", "ns", "nt", "nw", "j", "vn", "an"}
_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}|\d{1,2}")  # 二、, 3. opening a listed item
_BESIDE = re.compile(r"(?:[东南西北]{1,2}(?:侧|面|边|部|角)|附近|对面|旁边?|交汇处|以[东南西北])[，,；;]?$")  # 西环路西侧，
_LOCATED_HOLDER = re.compile(r"[本该此这][\u4e00-\u9fffA-Za-z0-9“”]{1,10}")  # 本项目|位于…, 该地块|位于…
_ATTRIBUTIVE = re.compile(r"[^，,。；;：:]*?的")  # 位于虹口北外滩的|上海港国际客运中心
_PLACE_LIST_GAP = re.compile(r"[、和及与]|以及")  # between the places of a list
_LIST_SEPARATOR = re.compile(r"、|(?<=[\u4e00-\u9fffA-Za-z0-9)）])(?:和|及|与)(?=[\u4e00-\u9fffA-Za-z]|\d+[A-Za-z])")  # (和50ETF)
_SKIP_TAGS = {"p", "u", "d", "c", "r", "m", "q", "w", "xc", "f", "TIME", "t", "ad", "a"}
_SUBJECT_TYPES = ("ORG", "PERSON", "PRODUCT")
_BARE_GROUP_LENGTH = 4  # a group of people written without 的 after a percent is short (not 45.80%|证券时报记者)
_NOT_IN_GROUPS = {"w", "u", "p", "c", "d", "r", "m", "TIME", "t", "f"}  # what ends the group a share is of
_INDEX_NAME_TAGS = {"n", "nz", "nw", "LOC", "ORG", "m"}  # 香港|恒生指数, 美股|三大|指数, 沪深300|指数
_CN_DIGITS = set("一二两三四五六七八九十")
_MODIFIER_AFTER = re.compile(r"(以上|以下|左右)?的")
_COUNTING_UNITS = {"只", "家", "个", "名", "位", "人", "户", "座", "套", "宗", "项", "起", "款"}  # 14只|上涨: how many rose
_SAME_FIGURE_AGAIN = {"或", "，或", "、或", "即", "，即"}  # 上涨24.73点或0.75%: one move written twice
_PIVOT_REACH = 4  # characters between a name and its own figure: 跌, 大跌, 上涨了
# 建设银行(00939), 欢聚(YY.US), 浙江富润(9.850,0.49,5.24%)(600070.SH): a code, a price quote or both
_CODE_AFTER_NAME = re.compile(rf"(?:{PRICE_QUOTE})?[（(][0-9A-Za-z.\-]{{2,12}}[）)]|{PRICE_QUOTE}")
_RECIPIENT_MARKERS = {"给", "向", "替", "被", "遭"}  # 质押给|长江证券: whom it goes to is acted on; 被/遭|摩根士丹利下调: the agent
_ITS = re.compile(r"(?<![尤极])其(?!中|他|它|余|实|次|后)")  # 将其持有的1990万股: the sentence's actor's
_FROM_FIGURE = re.compile(r"(?:从|由)$")  # 从|818亿元猛增到3.3万亿元: the figure at the start of a range of years
_TO_FIGURE = re.compile(r"(?:从|由)-?\d[^，,；;。]*?(?:到|至)$")  # …猛增到|3.3万亿元: the one at its end
_AGE_REACH = 12  # characters from 岁的 to the person whose age it is (40岁的通儒村村民黄信体)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]*")
_MEASURE_MODIFIER_TAIL = re.compile(r"(?:的)?(?:平均|加权平均|累计|合计|整体|总)$")  # 基金|平均|收益率
_SLASH_ITEM = r"-?\d+(?:\.\d+)?[^/，,；;。\d]{0,4}"  # 34.7/ 16%/ 0.7/: an item of a slash list
_SLASH_ITEMS_BEFORE = re.compile(rf"(?:{_SLASH_ITEM}/)+$")
_SLASH_ITEMS = re.compile(rf"{_SLASH_ITEM}(?:/{_SLASH_ITEM})*")
_COMPARED_AFTER = re.compile(r"[^，,。；;\d]{0,4}?(?:相比|持平|相当|比较|比(?=[，,]))")  # 和去年比，
_AS_OF_OPENING = re.compile(r"\s*(?:[^，。]{0,10}[，,])?截[至止]")  # 截至本公告日, 此外，截至目前: a state as of a day of its own
_LIST_END = re.compile(r"[，；;。]|,(?!\d)")  # where a list of figures ends (not at 3,110.22)
_FIGURE_AFTER_RESPECTIVELY = re.compile(r"\d[\d.,]*[^\d、和及与，,；;]*(?:、|和|及|与)")  # 7500万元和|9655.29万元
_ORIGINAL_TITLE = ("原标题", "原题")
_INDEX_GAP = 8  # characters between an index's name and its figure (的全天涨幅为)
_LIST_JOINERS = ("、", "和", "及", "与", "以及")
_MONTHS_LISTED_AFTER = re.compile(r"(?:[、和及与](?:1[0-2]|0?[1-9]))+月")
_BARE_MONTHS_LISTED = re.compile(r"(?<![\d.])(?:(?:1[0-2]|0?[1-9])[、和及与])+$")
_BARE_YEARS_LISTED = re.compile(r"(?:(?:19|20)\d\d年?[、和及与])+$")
_ADJOINING_REACH = 15  # characters before 分别 where a pair of names it distributes over ends (…和华夏红利单位净值分别)
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]+")
_COUNTED_AFTER_ITEM = re.compile(r"[两二三四五六七八九十\d]+(?:只|家|个|位|款|种|类)")
_PREDICATING = ("为", "是", "达", "达到", "×", "*", "x")  # what ends a measure written before its figure (分辨率为480×320)
_DEMONSTRATIVE = re.compile(r"(这家|该|此家|这个)[^，,。；;]{0,12}(公司|企业|集团|银行|机构)")
_ASIDE_IN_NAME = re.compile(r"[(（][^()（）]{1,6}[)）]")
_ATTRIBUTE_GAP = 4  # characters between a measure and its figure in an attribute (收益率超过20%的基金)
_CLAUSE_BREAK_CHARS = set("，,；;。！？!?")
_CLAUSE_OR_LINE_BREAK_CHARS = _CLAUSE_BREAK_CHARS | {"\n"}
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_NOT_IN_INDEX_NAMES = set("在的和与及是为从至到对于将已使让把被这其该")
_ENDS_ON_A_DAY = re.compile(r"\d+日$")
_STARTS_ON_A_DAY = re.compile(r"(?:自|从|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:起)?(?:至|到|-|~)")
_NAMED_MEASURE_REACH = 10  # characters of a measure named between a period and its figure (政府补助贴息收入)
_LINK_THEN_MEASURE = re.compile(r"(?:则|亦|也)?(?:为|是|有|实现了?|录得)")  # (上年同期有政府补助贴息收入296,100元)
_LINK_TO_FIGURE = re.compile(r"时?(?:的|为|是|:|：|则为|亦为|则是)")  # 去年同期(则)为46.17亿元, 去年12月时的69.49亿元
_CONNECTIVE_REACH = 6  # characters read before a time for the start of its clause (而去年同期…), within its sentence
_FIGURE_AT_ONCE = re.compile(r"(?:则|也)?(?:为|是|有)?\s*[-+]?\d")  # 上年同期为-0.95元: the compared figure alone
_MONTHS_ENDING = re.compile(r"(?:为?止|的)的?(?:(三|六|九|十二|3|6|9|12)个月|财政年度|年度|财年)")
_MONTH_COUNTS = {"三": 3, "3": 3, "六": 6, "6": 6, "九": 9, "9": 9, "十二": 12, "12": 12}
_LEAD_LENGTH = 300  # characters after the headline where its figures' period is looked for
_ROUNDED = 0.001    # how far a headline's rounded figure may lie from the body's (6652.32 / 6652.316)
_TIME_BRACKET_OPENING = re.compile(r"[（(](?:以|按)?")  # 12.04元(以2019年11月15日计）
_TIME_BRACKET_CLOSING = re.compile(r"(?:计|为准|止)?[)）]")
_REACHED = re.compile(r"(?:至|到)")  # 由2017年的68亿元缩水至约2亿元: the value a change reaches
_CODE_AND_EXCHANGE = re.compile(r"[（(]\d{4,6}[,，]\s*(?:HK|SH|SZ|US|港股|沪|深)\b")  # （6111，HK，以下简称…）
_BOND_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:债|0[1-9](?![\d.%]))")  # (15)荣安债, (19)万科01
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_VERSION_NUMBER = re.compile(r"[1-9]\.0")  # 工业4.0, 小店3.0
_BEFORE_A_LEVEL = set("为是达至到约近超大小")  # 评分为4.0, 最大2.0光圈: a level, whatever follows
_UNCLOSED_BRACKET = re.compile(r"[（(][^（()）]*$")  # an opening bracket not yet closed
_ITEM_REACH = 40
_ENUMERATOR = re.compile(r"[ 　]?(?:、|[.．](?!\d))")  # (2、2018年12月7日至…: an item, whatever it opens with)
_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_SECTION_TITLE = re.compile(r"[ 　\xa0]+[\u4e00-\u9fff][\u4e00-\u9fff 　\xa0]{0,8}[:：]|[ 　\xa0]*[\u4e00-\u9fff《]")
_ITEM_OPENERS = set(" 　\n。；;：:】]）)")
_SCALED = re.compile(r"[万亿]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LISTED_TIME = re.compile(r"、\d{1,2}(?:月|年代)")
_COPULA_THEN_DESCRIPTION = re.compile(r"(?:是|为)[^，,。；;是为]{1,12}的$")
_VENUE_MARKER = "在"  # 于2020年5月27日在香港交易所回购30.0万股: the exchange is where the buyer bought
_PRICE_QUOTE_BEFORE = re.compile(PRICE_QUOTE + "$")  # 天风证券(10.100,0.26,2.64%)|股份有限公司
_SHARE_OF = re.compile(r"占(?:到|了|据|有)?(?:其|该)?$")
_ANAPHORIC_GROUP = re.compile(r"(?:上述|以上|这)[一二两三四五六七八九十\d]+[家只个位名]")
_LIST_LEAD = re.compile(r"^.*?(?:分别是|分别为|包括)|^[^、]*?(?:是|为|有)")
_LIST_LOOKBACK = 300  # characters before a sentence where the list its 上述N家 points back at is looked for
_NAMES_AFTER_RESPECTIVELY = re.compile(r"(?:是|为)([^，,。；;！？!?\d]+)(?=[，,。；;])")
_BARE_SHORT_YEAR = re.compile(r"[1-9]\d年")  # (08年 is a year: no length of time is written with a 0)
_STOCK_QUOTE = re.compile(PRICE_QUOTE)
_DISPOSAL = re.compile(r"[^，,。；;]{1,15}?(由|从)[^，,。；;]{0,20}(降至|升至|调至|调整为|提高到|提高至|降低到|降低至|上调至|下调至|改为)")
_YEAR_AND_HYPHEN = re.compile(r"(?<!\d)(?:19|20)\d\d[-－]$")  # 2020-|116: a serial number of the year
_TITLE_REACH = 60  # characters from a figure to the 《 and 》 of the title it stands in
_QUARTER_ENDS = {(3, 31), (6, 30), (9, 30), (12, 31)}
_CURRENCY_CODES = {"CNY", "USD", "HKD", "EUR", "JPY", "GBP", "KRW", "TWD", "SGD", "AUD", "CAD", "CHF"}
# A figure that is an item of a list after a short name: ：海口35.1% / 、广州22.4%
_SIBLING_REACH = 120  # characters between the numbered items of one list
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[、：:，,]|包括|(?<=[%\d])(?:和|及|与))[\u4e00-\u9fff]{1,6}$")
_NOUN_AFTER_SHARE = re.compile(r"[\u4e00-\u9fff](?<![和及与])")


@dataclass(slots=True)
class _Context:
    sentence: Segment
    clause: tuple[int, int]
    quote: QuoteRecord | None
    clauses: list[tuple[int, int]]  # the sentence's


@dataclass(slots=True)
class _TimeKind:
    skipped: bool         # not a period at all: a duration, unresolved, a bare two-digit year
    base: bool            # what a change is compared with: 较2018年第二季度
    same_year_ago: bool   # 去年同期
    starting: bool = False  # the time of a change's starting figure: 从2008年4季度的61.57%
    dateline: bool = False  # the day opening a report (9月16日消息，): its paragraph's day
    unresolved: bool = False  # a time the text names but no date resolves (今年上半年 in an undated text)
    past_year: bool = False  # a past year named relative to now (去年): a period within its own sentence only


@dataclass(slots=True)
class _Timeline:
    """The document's times in order, with what each can be, for bisecting by position."""

    times: list[Time]
    starts: list[int]
    kinds: list[_TimeKind]
    text: str = ""


_DATELINE_PLACE = re.compile(r"\s?(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日(?:晚间|早间|晚)?(?:电|讯|消息)")
_FRACTION = re.compile(r"[^\d/]*?(?:[零一二三四五六七八九十两百]+分之[零一二三四五六七八九十两]+|\d+/\d+)[^\d/]*")  # (not 1/2.3: a size)
_DISCOUNT_NUMBER = re.compile(r"([\d.]+|[零一二三四五六七八九十两点]+)\s*折$")  # 9.7折, 七折, 八五折
_QUOTED_TERM = re.compile(r"[“\"]([\u4e00-\u9fffA-Za-z0-9]{2,6})[”\"]")
_THEME_MIN = 5
_THEME_QUOTED = 2
_DEFINED_AS = re.compile(r"[（(][^（()）]*称[^（()）]*$")  # （以下简称“公司”或“本公司”）: a short name defined
_DEFINITION_REACH = 40
_THEME_TAGS = {"n", "nz", "nw", "PER", "ORG", "LOC"}


@dataclass
class _Topics:
    """Who the document is about: candidates for a figure whose sentence names no one."""

    mentions: list[Mention]          # organisations and people that can own a figure, by position
    topic: EntityRecord | None       # the most-named organisation (or person)
    places: list[Mention]            # a place heading a figure's own clause owns it (海口35.1%)
    speakers: set[int] = field(default_factory=set)  # where the speakers of quotes are named (长园集团|公告称)
    quoted_theme: str | None = None  # a quoted term the text keeps writing, more often than it names its topic (“80后”)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.place_starts = [m.start for m in self.places]
        self.organisations = [m for m in self.mentions if m.type == "ORG"]
        self.organisation_ends = [m.end for m in self.organisations]
        self.by_id: dict[str, EntityRecord] = {}
        for m in self.mentions:
            self.by_id.setdefault(m.entity.id, m.entity)

    def owners_within(self, start: int, end: int) -> list[Mention]:
        return _within(self.mentions, self.starts, start, end)

    def places_within(self, start: int, end: int) -> list[Mention]:
        return _within(self.places, self.place_starts, start, end)

    def last_organisation(self, before: int) -> EntityRecord | None:
        """The organisation named last before `before` (该公司 points back at it)."""
        i = bisect.bisect_right(self.organisation_ends, before)
        return self.organisations[i - 1].entity if i else None


@Language.factory("extractor_facts", default_config={"patterns_dir": None})
def make_facts(nlp: Language, name: str, patterns_dir: str | None) -> "FactLinker":
    return FactLinker(vocabulary(patterns_dir))


def _quoted_theme(text: str, topic: EntityRecord | None, words: list[Word], measure_re: re.Pattern[str]) -> str | None:
    """The term a text keeps putting in quotes (“80后”, at least `_THEME_QUOTED` times) and writes most often, when
    written at least `_THEME_MIN` times and more often than the topic is named: what a survey or a feature is about,
    though it names no one (a noun, not “成长”; not a measure; not a short name the text defines). A report on a
    company stays about the company, whatever it quotes. (`FactLinker._theme`, the most frequent noun, only fills
    in for a figure left with no subject at all.)"""
    if topic is not None and topic.type == "ORG":
        return None
    starts = [w.start for w in words]
    quoted: Counter[str] = Counter()
    for m in _QUOTED_TERM.finditer(text):
        i = bisect.bisect_right(starts, m.end(1) - 1) - 1
        if i >= 0 and words[i].end == m.end(1) and words[i].tag in _THEME_TAGS and not measure_re.search(m.group(1)) \
                and not _DEFINED_AS.search(text, max(0, m.start() - _DEFINITION_REACH), m.start()):
            quoted[m.group(1)] += 1
    written = {term: text.count(term) for term, times in quoted.items() if times >= _THEME_QUOTED}
    if not written:
        return None
    term = max(written, key=lambda t: (written[t], -text.find(t)))
    named = len(topic.mentions) if topic is not None else 0
    return term if written[term] >= _THEME_MIN and written[term] > named else None


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


class FactLinker:
    def __init__(self, patterns: Patterns) -> None:
        ensure_extensions()
        measures = patterns.table("facts/measures.tsv")
        self.measure_re = _alternation(row[0] for row in measures if len(row) < 2 or row[1] != "fallback")
        self.generic_measures = {row[0] for row in measures if len(row) > 1 and row[1] == "generic"}
        self.fallback_measure_re = _alternation(row[0] for row in measures if len(row) > 1 and row[1] == "fallback")
        self.change_measures = {row[0]: row[1] for row in measures if len(row) > 1 and row[1] in ("up", "down")}
        changes = patterns.table("facts/change_words.tsv")
        self.change_dir = {row[0]: row[1] for row in changes}
        self.change_re = _alternation(self.change_dir)
        moves = sorted((row[0] for row in changes if len(row) > 2 and row[2] == "move"), key=len, reverse=True)
        self.move_manners = set(patterns.words("facts/move_manners.tsv"))
        records = "|".join(map(re.escape, patterns.words("facts/record_words.tsv")))
        self.record_since_re = re.compile(r"(?:以)?来?的?(?:" + records + ")")  # 创今年来新高: a record, not the period
        components = "|".join(map(re.escape, patterns.words("facts/component_nouns.tsv")))
        self.component_after_re = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + components + ")")
        self.component_before_re = re.compile("(?:" + components + r")\s*$")
        self.move_before_re = re.compile("(?:" + "|".join(map(re.escape, moves)) + ")(?:了|约|近)?$")
        self.change_nouns = {row[0]: row[1] for row in patterns.table("facts/change_nouns.tsv")}
        self.change_noun_re = re.compile(r"的?[\u4e00-\u9fff]{0,3}?(" +
                                         "|".join(map(re.escape, sorted(self.change_nouns, key=len, reverse=True))) + ")")
        self.level_markers = tuple(patterns.words("facts/level_markers.tsv"))
        self.bases = {row[0]: row[1] for row in patterns.table("facts/bases.tsv")}
        self.base_re = _alternation(self.bases)
        self.adverb_bases = {row[0] for row in patterns.table("facts/bases.tsv") if len(row) > 2 and row[2] == "adverb"}
        self.breakdown_cues = tuple(patterns.words("facts/breakdown_cues.tsv"))
        cues = patterns.table("facts/status_cues.tsv")
        self.cues = {row[0]: (row[1], row[2] if len(row) > 2 else "sentence") for row in cues}
        self.cue_re = _alternation(self.cues)
        self.verb_measures = [(row[0], row[1], row[2] if len(row) > 2 else None)
                              for row in patterns.table("facts/verb_measures.tsv")]
        self.verb_measures.sort(key=lambda pair: len(pair[0]), reverse=True)
        self.actions = set(patterns.words("facts/action_measures.tsv"))
        actions = _alternation(self.actions).pattern
        held_from = _alternation(row[0] for row in patterns.table("facts/company_references.tsv")
                                 if len(row) > 1 and row[1] == "own").pattern
        self.action_before_re = re.compile(f"(?P<verb>{actions})了?(?:{held_from})?(?:共计|合计|累计|共)?$")  # 持有公司|562.55万股
        self.action_after_re = re.compile(f"(?:人民币)?(?:[A-Z]\\+?轮)?(?P<verb>{actions})")  # 4亿人民币C轮融资
        # 1554万股股份解除质押, 1116万股进行了质押延期: what was done with the shares, told after them
        share_actions = _alternation(patterns.words("facts/share_actions.tsv")).pattern
        self.share_action_after_re = re.compile(f"(?:的)?(?:公司)?(?:股份|股票)?(?:进行了?|办理了?)?(?P<verb>{share_actions})")
        self.authority_suffixes = tuple(patterns.words("facts/authority_suffixes.tsv"))
        growth = patterns.table("facts/growth_measures.tsv")
        self.growth_measures = tuple(row[0] for row in growth)
        self.fall_measures = tuple(row[0] for row in growth if len(row) > 1 and row[1] == "down")
        share_groups = patterns.table("facts/share_groups.tsv")
        self.share_groups = tuple(row[0] for row in share_groups)
        self.people_groups = tuple(row[0] for row in share_groups if len(row) > 1 and row[1] == "people")
        self.linking_verbs = set(patterns.words("facts/linking_verbs.tsv"))
        self.counted_groups: dict[str, tuple[str, ...]] = {}
        for counter, ending in patterns.table("facts/counted_groups.tsv"):
            self.counted_groups[counter] = self.counted_groups.get(counter, ()) + (ending,)
        self.group_endings = tuple(sorted({e for endings in self.counted_groups.values() for e in endings}))
        self.owner_heads = self.group_endings + tuple(patterns.words("facts/owner_heads.tsv"))
        links = sorted(patterns.words("facts/subsidiary_links.tsv"), key=len, reverse=True)
        self.subsidiary_link_re = re.compile("(?:公司)?(?:" + "|".join(map(re.escape, links)) + ")(?:的)?")
        self.scope_subjects = tuple(patterns.words("facts/scope_subjects.tsv"))
        self.subject_ranker = SubjectRanker(load_weights(patterns.table("facts/subject_weights.tsv")))
        self.market_flows = tuple(patterns.words("facts/market_flows.tsv"))
        references = patterns.table("facts/company_references.tsv")
        self.company_references = {row[0] for row in references}
        self.own_company_words = {row[0] for row in references if len(row) > 1 and row[1] == "own"}
        self.stock_words = {row[0] for row in references if len(row) > 1 and row[1] == "stock"}
        self.object_prepositions = set(patterns.words("facts/object_prepositions.tsv"))
        self.holding_nouns = tuple(patterns.words("facts/holding_nouns.tsv"))
        self.holding_verb_re = _alternation(patterns.words("facts/holding_verbs.tsv"))
        self.holding_verb_after_re = re.compile(r"(?:共同|同时|均|都)?(?:%s)(?:了)?"
                                                % "|".join(map(re.escape, patterns.words("facts/holder_verbs.tsv"))))
        moves = "|".join(map(re.escape, sorted(patterns.words("facts/moves_to_a_level.tsv"), key=len, reverse=True)))
        self.from_before_move_re = re.compile(rf"[^，,。；;]{{0,12}}?(?:{moves})(?:至|到)")
        self.company_reference_list = sorted(self.company_references, key=len, reverse=True)
        self.product_reference_re = _alternation(patterns.words("facts/product_references.tsv"))
        self.media_suffixes = tuple(patterns.words("media_suffixes.tsv"))
        self.agent_suffixes = tuple(patterns.words("facts/agent_suffixes.tsv"))
        self.people_suffixes = tuple(row[0] for row in patterns.table("facts/agent_suffixes.tsv") if row[1:] == ["people"])
        self.owned_by_words = tuple(patterns.words("facts/owned_by_words.tsv"))
        self.respective_adverbs = "".join(patterns.words("facts/respective_adverbs.tsv"))
        self.segment_heads = tuple(patterns.words("facts/segment_heads.tsv"))
        # words a clause may open with before its content, like times and adverbs: 报告期, 同比, 环比
        # the period before the report's or the year before (上期, 上年): between a comparison marker and the base's time
        self.previous_periods = tuple(
            [row[0] for row in patterns.table("times/report_periods.tsv") if row[1:2] == ["1"]]
            + [row[0] for row in patterns.table("times/relative.tsv") if row[1:3] == ["year", "-1"]])
        # 去年, 前年: a past year named relative to now, which tells of a figure in its own sentence only
        self.past_years = {row[0] for row in patterns.table("times/relative.tsv") if row[1] == "year" and int(row[2]) < 0}
        # 近日, 日前: when something was done or said (近日向南方基金发出法律意见书), never what a figure covers
        self.recent_words = {row[0] for row in patterns.table("times/relative.tsv") if row[1] == "recent"}
        self.location_verb_re = _alternation(patterns.words("facts/location_verbs.tsv"))
        self.meeting_after_re = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:" + "|".join(
            map(re.escape, sorted(patterns.words("times/meeting_names.tsv"), key=len, reverse=True))) + ")")
        self.previous_period_tail_re = re.compile("于?(?:" + "|".join(map(re.escape, self.previous_periods)) + ")$")
        self.opening_words = {row[0] for row in patterns.table("times/report_periods.tsv")} | set(self.bases) \
            | set(patterns.words("facts/breakdown_cues.tsv"))  # 其中偏股型基金…: the topic follows 其中
        self.reporting_verbs = tuple(patterns.words("speech_verbs.tsv")) + tuple(patterns.words("facts/reporting_verbs.tsv"))
        self.source_nouns = tuple(patterns.words("facts/source_nouns.tsv"))
        self.copulas = set(patterns.words("facts/copulas.tsv"))
        self.copula_words = tuple(sorted(self.copulas, key=len, reverse=True))
        # 5只为股票或混合基金, 12只是…的基金: words that say what the counted are
        self.said_of_words = tuple(sorted(self.copulas | self.linking_verbs, key=len, reverse=True))
        self.index_prefixes = tuple(patterns.words("facts/index_prefixes.tsv"))
        self.code_label_re = re.compile("(?:" + "|".join(map(re.escape, patterns.words("facts/code_labels.tsv"))) + r")[:：]?\s*$")
        index_words = patterns.table("facts/index_words.tsv")
        endings = sorted((row[0] for row in index_words if len(row) < 2), key=len, reverse=True)
        self.index_re = _alternation(endings)
        self.index_products = tuple(patterns.words("facts/index_products.tsv"))
        flows = patterns.table("facts/flow_measures.tsv")
        self.flow_measures = tuple(row[0] for row in flows if len(row) < 2)
        self.not_flow_openers = tuple(row[0] for row in flows if len(row) > 1 and row[1] == "not")
        self.market_re = _alternation(row[0] for row in index_words if len(row) > 1 and row[1] == "market")
        self.list_openers = set(patterns.words("facts/list_openers.tsv"))
        self.not_topics = set(patterns.words("facts/not_topics.tsv"))
        self.notice_verb_re = _alternation(patterns.words("facts/notice_verbs.tsv"))
        self.described_role_re = re.compile("|".join(map(re.escape, sorted(
            set(patterns.words("facts/holder_roles.tsv")) | set(patterns.words("titles.tsv")), key=len, reverse=True))))
        self.not_topic_endings = tuple(row[0] for row in patterns.table("facts/not_topics.tsv") if row[1:] == ["head"])
        self.anaphora_re = _alternation(patterns.words("facts/anaphora.tsv"))
        self.people_units = set(patterns.words("facts/people_units.tsv"))
        # 3只偏股基金, 5家上市公司: a count of funds or companies and their kind (counted_groups.tsv, not people)
        groups = [(counter, ending) for counter, endings in self.counted_groups.items() if counter not in self.people_units
                  for ending in endings]
        self.counted_group_re = re.compile(r"(?:[两二三四五六七八九十]|\d+)(?:" + "|".join(
            f"{re.escape(counter)}[\u4e00-\u9fffA-Za-z]{{0,4}}?{re.escape(ending)}" for counter, ending in groups) + ")")
        # 24只出现净赎回的债基, 18只次新股票型基金: the group a count names, after a relative clause if one stands between
        self.group_after_count_re = {
            counter: re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9%.]{1,14}?的)?((?:(?!的)[\u4e00-\u9fffA-Za-z0-9]){0,8}?(?:"
                                + "|".join(map(re.escape, sorted(endings, key=len, reverse=True))) + "))")
            for counter, endings in self.counted_groups.items()}
        # 在284只开放式偏股基金中，…有55只: the group a later count picks its members from
        self.group_among_re = {
            counter: re.compile(r"((?:(?![的在只家个])[\u4e00-\u9fffA-Za-z]){0,8}?(?:"
                                + "|".join(map(re.escape, sorted(endings, key=len, reverse=True))) + "))(?:之中|当中|中)")
            for counter, endings in self.counted_groups.items()}
        self.whole_nouns = tuple(patterns.words("facts/whole_nouns.tsv"))
        self.share_of_whole_re = re.compile(r"占(?:到|了|据|有)?[^，,。；;]{0,12}?(?:" + "|".join(map(re.escape, self.whole_nouns))
                                            + r")(?:比例)?的?$")
        legal_forms = sorted((row[0] for row in patterns.table("org_suffixes.tsv") if row[1:] == ["legal"]), key=len, reverse=True)
        self.legal_form_re = re.compile("(?:" + "|".join(map(re.escape, legal_forms)) + ")+")  # 股份有限公司 alone names no one
        self.unit_measures = {row[0]: row[1] for row in patterns.table("facts/unit_measures.tsv")}
        self.age_units = {unit for unit, measure in self.unit_measures.items() if measure == "年龄"}
        self.not_fact_prefixes = tuple(patterns.words("facts/not_fact_prefixes.tsv"))
        self.only_words = tuple(patterns.words("quantities/only_words.tsv"))
        # digits never start or end inside a longer number: 618 (the shopping festival) is not in 6618万股; nor does a
        # word stand inside a fraction: 十分 (very) is not in 十分之一
        self.number_words_re = re.compile("(?:" + "|".join(
            (r"(?<!\d)" if w[0].isdigit() else "") + re.escape(w) + (r"(?!\d)" if w[-1].isdigit() else "")
            for w in sorted(set(patterns.words("facts/number_words.tsv")), key=len, reverse=True)) + ")(?!之)")
        sources = patterns.table("facts/source_cues.tsv")
        self.source_before = tuple(row[1] for row in sources if row[0] == "before")
        self.source_after = tuple(row[1] for row in sources if row[0] == "after")
        # 天相投顾昨日最新出炉的一份研究报告显示: a report of the name's, a few words on, shows the figures
        shown = "|".join(map(re.escape, sorted((row[1] for row in sources if row[0] == "shows"), key=len, reverse=True)))
        reports = "|".join(map(re.escape, sorted((row[1] for row in sources if row[0] == "report"), key=len, reverse=True)))
        self.report_shows_re = re.compile(rf"[^，,。；;！？!?\n“”]{{0,16}}?(?:{reports})(?:数据)?(?:{shown})")
        self.under_words = tuple(patterns.words("facts/under_words.tsv"))
        self.under_count_re = re.compile("(?:" + "|".join(map(re.escape, self.under_words)) + ")(?:的|共计|共有|共)?$")
        modifiers = sorted(patterns.words("facts/measure_modifiers.tsv"), key=len, reverse=True)
        self.measure_modifier_re = re.compile("(?:" + "|".join(map(re.escape, modifiers)) + ")*")
        self.setting_after_place = tuple(patterns.words("facts/setting_after_place.tsv"))
        self.money_measures = tuple(patterns.words("facts/money_measures.tsv"))
        self.rank_re = _alternation(patterns.words("facts/rank_cues.tsv"))
        self.filler_verbs = set(patterns.words("facts/filler_verbs.tsv"))
        self.base_markers = tuple(patterns.words("facts/base_markers.tsv"))
        # 而去年同期…: a clause's start, then a word that may open it (facts/clause_openers.tsv)
        self.opens_clause_re = re.compile(r"(?:^|[，,；;：:])(?:" + _alternation(patterns.words("facts/clause_openers.tsv")).pattern
                                          + r")?[，,]?$")
        # 质押期限自…: the time after the name of a term (facts/term_words.tsv)
        self.term_before_re = re.compile("(?:" + _alternation(patterns.words("facts/term_words.tsv")).pattern + ")(?:为|自|从)?$")
        self.rated_measures = set(patterns.words("facts/rated_measures.tsv"))
        self.place_prepositions = tuple(patterns.words("facts/place_prepositions.tsv"))
        self.byline_titles = set(patterns.words("byline_titles.tsv"))
        # who someone is (董事长, 长子, 先生) is never what a figure measures
        self.person_nouns = set(patterns.words("titles.tsv")) | set(patterns.words("facts/person_nouns.tsv"))
        roles = "|".join(map(re.escape, sorted(self.person_nouns | set(patterns.words("facts/holder_roles.tsv")),
                                               key=len, reverse=True)))
        # （以下简称“公司”）控股股东、实际控制人, (300068.SZ)股东: the roles between a company and its person or holder
        self.role_run_re = re.compile(f"(?:[（(][^（()）]{{0,20}}[)）])?[：:]?的?(?:(?:{roles})(?:之一)?[、和及兼]?)+")  # (实际控制人之一)
        self.speech_re = _alternation(patterns.words("speech_verbs.tsv"))
        roles = "|".join(map(re.escape, sorted(patterns.words("facts/holder_roles.tsv"), key=len, reverse=True)))
        # after a company, past its quote and code in brackets: 萃华珠宝(9.180,-0.01,-0.11%)(002731.SZ)控股股东
        self.holder_role_re = re.compile(rf"(?:[（(][^（()）]{{0,30}}[)）])*[：:]?({roles})(?![\u4e00-\u9fff]{{0,2}}(?:人数|户数|大会|名册))")
        # 湘油泵董事违规减持: an officer of the company, by title alone, acts
        titles = "|".join(map(re.escape, sorted(patterns.words("titles.tsv"), key=len, reverse=True)))
        self.officer_role_re = re.compile(rf"({titles})")
        self.announce_verbs = set(patterns.words("announce_verbs.tsv"))  # who announces is what the report is about
        births = sorted(patterns.words("times/birth_words.tsv"), key=len, reverse=True)
        self.born_re = re.compile("|".join(re.escape(w) + (r"(?=[，,。；;、）)\s])" if len(w) == 1 else "") for w in births))
        self.founded_in_re = re.compile("(?:" + "|".join(map(re.escape, patterns.words("times/founding_verbs.tsv"))) + ")于$")
        self.founding_re = re.compile(r"(以后|之后|以前|之前|后|前)?(?:新)?(?:" +
                                      "|".join(map(re.escape, patterns.words("times/founding_verbs.tsv"))) + ")的")
        self.group_to_measure_re = re.compile(f"的?(?:{_alternation(patterns.words('facts/aggregate_words.tsv')).pattern})?的?")
        # (上市公司平均涨幅, 个股的涨幅: a group, how its figures are put together, its measure)
        self.pointing_re = re.compile(f"{_alternation(patterns.words('facts/pointing_words.tsv')).pattern}|其(?!中|他|它|余|实|次|后)")
        self.index_to_figure_re = re.compile(f"的?(?:{_alternation(self.move_manners).pattern})?"
                                             f"(?:{_alternation(patterns.words('facts/index_levels.tsv')).pattern})*")
        # (同期上证综指34.24%, 上证180指数的全天涨幅为2.39%: between an index and its figure, only how it moved)

    # ------------------------------------------------------------------ driver
    def __call__(self, doc: Doc) -> Doc:
        text: str = doc._.norm_text
        sentences: list[Segment] = doc._.sentences
        starts = [s.start for s in sentences]
        times: list[Time] = doc._.times or []
        topics = self._topics(doc)
        words: list[Word] = doc._.words or []
        word_starts = [w.start for w in words]
        quotes: list[QuoteRecord] = doc._.quotes or []
        named = _coverage(len(text), [(m.start, m.end) for m in doc._.mentions])
        theme = self._theme(words, named) if topics.topic is None else None
        headline_end = sentences[0].end if sentences else 0
        number_words = [m.span() for m in self.number_words_re.finditer(text)]
        taken = _coverage(len(text), [piece for t in times for piece in _outside_asides(text, t.span.start, t.span.end)] +
                          [(m.start, m.end) for m in doc._.mentions if m.type != "WORK"])
        quantities = [q for q in doc._.quantities if self._is_figure(q, text, taken, number_words)]
        quantity_starts = [q.span.start for q in quantities]
        name_starts = {m.start for m in doc._.mentions if m.type in _SUBJECT_TYPES}
        timeline = _Timeline(times, [t.span.start for t in times], [_TimeKind(t.granularity == "duration" or t.start is None and t.end is None
                                      or t.text in self.recent_words
                                      or self.meeting_after_re.match(text, t.span.end) is not None  # 2018年度股东大会
                                      or bool(_BARE_SHORT_YEAR.fullmatch(t.text))  # 创办30年: a length of time
                                      or self._founding_date(text, t, name_starts)  # 2008年4月30日成立的X (not 3月份成立的5只)
                                      or self.founded_in_re.search(text, max(0, t.span.start - 4), t.span.start) is not None
                                      and text.startswith("的", t.span.end)  # 成立于2020年之前的基金
                                      or self.record_since_re.match(text, t.span.end) is not None
                                      and text.rfind("创", max(0, t.span.start - 4), t.span.start) >= 0  # 创今年来新高
                                      or self.born_re.match(text, t.span.end) is not None  # 1983年10月出生: a birth
                                      or self.term_before_re.search(text, max(0, t.span.start - 4), t.span.start) is not None,
                                      # 质押期限自2019年9月3日至2020年9月2日: how long a deal runs, not a period of figures
                                      self._is_base(t, text), "同期" in t.text, _is_starting_point(text, t),
                                      is_dateline(text, t), t.start is None and t.end is None
                                      and t.granularity not in ("duration", "year"),
                                      t.text in self.past_years) for t in times], text)
        quote_starts = [qr.start for qr in quotes]
        clauses: dict[int, list[tuple[int, int]]] = {}
        respective: dict[int, dict[int, tuple[str, EntityRecord | None]]] = {}  # sentence -> figure -> owner
        currency = self._document_currency(quantities)
        facts: list[Fact] = []
        asides: set[str] = set()  # ids of figures written inside brackets
        dated_days: dict[int, int] = {}  # where a day that dates figures is written -> the last sentence it dated
        for q in quantities:
            at = q.span.start
            i = bisect.bisect_right(starts, at) - 1
            if i < 0:
                continue
            sentence = sentences[i]
            if i not in clauses:
                clauses[i] = split_clauses(text, sentence.start, sentence.end)
            clause = next((c for c in clauses[i] if c[0] <= at < c[1]), (sentence.start, sentence.end))
            k = bisect.bisect_right(quote_starts, at) - 1
            quote = quotes[k] if k >= 0 and at < quotes[k].end else None
            ctx = _Context(sentence, clause, quote, clauses[i])
            in_clause = quantities[bisect.bisect_left(quantity_starts, clause[0]):bisect.bisect_left(quantity_starts, at)]
            since = self._modifier_boundary(text, clause, in_clause)
            # the figure before, leaving out asides (旺旺（市值683亿港元）、4.4个康师傅: 4.4个 continues the main line)
            previous = next((f for f in reversed(facts) if f.id not in asides), None)
            same_sentence_prev = previous if previous and previous.sentence.start == sentence.start else None
            anaphora = self.anaphora_re.search(text, clause[0], at) is not None
            measure, measure_end = self._measure(text, q, since, words, word_starts, named)
            listed_measure = self._respective_measure(text, q, clause, in_clause, words, word_starts, named)
            if listed_measure is not None:  # 销售面积和金额为51.7万平方米和38.9亿元: the k-th figure is the k-th measure's
                measure, measure_end = listed_measure
            before = sentences[i - 1] if i > 0 and sentences[i - 1].paragraph == sentence.paragraph \
                and not _AS_OF_OPENING.match(text, sentence.start) else None  # (截至本公告日，累计质押: its own time)
            period = self._period(text, q, timeline, clause, sentence, headline_end, words, word_starts, before, dated_days)
            if period is not None and period.granularity == "day" and not period.as_of:
                dated_days[period.span.start] = sentence.start
            kind, direction, basis = self._change(text, q, clause, sentence, in_clause, measure_end, times, period, named)
            if kind == "change" and basis is None:
                period = _change_between(text, q, timeline, sentence, period) \
                    or _change_to_as_of_day(text, q, timeline, sentence, period) or period
            found_measure = measure
            if kind == "level" and same_sentence_prev is not None and same_sentence_prev.kind == "change" \
                    and text[same_sentence_prev.span.end:at] in _SAME_FIGURE_AGAIN:  # 上涨24.73点或0.75%: the same move
                kind, direction, basis = same_sentence_prev.kind, same_sentence_prev.direction, same_sentence_prev.basis
                measure = found_measure = measure or same_sentence_prev.measure
            if kind == "level" and same_sentence_prev is not None and same_sentence_prev.kind == "change" \
                    and text[same_sentence_prev.span.end:at] in _FIGURE_JOINERS:  # 分别比去年增长20.2亿元和10.8亿元
                kind, direction, basis = same_sentence_prev.kind, same_sentence_prev.direction, same_sentence_prev.basis
            if same_sentence_prev is not None and text[same_sentence_prev.span.end:at] == "/":
                kind, direction, basis = same_sentence_prev.kind, same_sentence_prev.direction, same_sentence_prev.basis
                measure = found_measure = same_sentence_prev.measure  # 下调幅度为16%/11%/14%: one list, one measure
            if anaphora and previous is not None:
                measure = previous.measure
            elif measure is None and kind == "change" and same_sentence_prev is not None:
                measure = same_sentence_prev.measure
            previous_end = in_clause[-1].span.end if in_clause else clause[0]
            if i not in respective:
                in_sentence = quantities[bisect.bisect_left(quantity_starts, sentence.start):
                                         bisect.bisect_left(quantity_starts, sentence.end)]
                respective[i] = self._respective_owners(text, sentence, clauses[i], in_sentence, topics, words, word_starts)
            if at in respective[i]:  # A、B、C，增长率分别为1.69%、1.47%、1.09%: the k-th figure is the k-th name's
                subject, subject_entity = respective[i][at]
            else:
                subject, subject_entity = self._subject(text, q, ctx, topics, words, word_starts, measure,
                                                        same_sentence_prev, sentences, i, anaphora, previous,
                                                        previous_end)
            if q.unit == "点":
                index = self._index_named(text, clause[0], at)
                if index is not None:  # 深基指开盘报3,306.28点, 股市越过4000点: the index's points
                    subject, subject_entity = index, None
                elif same_sentence_prev is not None and same_sentence_prev.subject_id is None and \
                        self.index_re.search(same_sentence_prev.subject or ""):  # 其中沪指收盘上涨0.13%，收报3336.36点
                    subject, subject_entity = same_sentence_prev.subject, None
                elif subject_entity is not None and subject_entity.type == "PERSON":  # 王建新心里…，市场走到2200点以上
                    subject = self._clause_topic(text, clause, words, word_starts)
                    subject_entity = None
            if subject is not None and not subject.strip():
                subject = None  # (a run of spaces in a headline is no phrase)
            if subject_entity is None and subject and self.measure_re.fullmatch(subject):
                subject = None  # 加上30%的折价率: a measure does not own figures
            if subject is None:  # no one named anywhere: what the figure counts (59家基金公司, 两成基民满意)
                subject = self._counted_noun(text, q, words, word_starts) or theme
            if found_measure is None and kind == "change" and basis is not None and same_sentence_prev is not None \
                    and same_sentence_prev.measure:
                measure = same_sentence_prev.measure  # 营业额8,389.1万元，按年跌18.9%: the change of the figure before
            elif found_measure is None and kind == "change" and self.move_before_re.search(text, clause[0], at):
                measure = "涨幅" if direction == "up" else "跌幅"  # 上证综指收市跌0.56%: a price or index move
            elif found_measure is None and kind == "change" and subject and subject_entity is None \
                    and subject in text[clause[0]:at] and not anaphora:
                measure = subject  # 电商达人同比增84%, 而同期上证综指下跌6.52%: what grew or fell
            if found_measure is None and q.unit == "点" and kind == "level":
                measure = "点位"  # 上证综指收于2337.90点, 超越4000点: an index level
            if (measure is None or q.unit in self.age_units) and q.unit in self.unit_measures:
                measure = self.unit_measures[q.unit]  # 男，46岁: an age
            if measure is None and q.unit in self.people_units:  # 其中非独立董事4名 counts 非独立董事; 近2000人出席: 人数
                j = bisect.bisect_left(word_starts, at) - 1
                noun_before = j >= 0 and words[j].end == at and words[j].tag in ("n", "nz") and len(words[j].text) >= 2
                measure = words[j].text if noun_before else None
                if measure is None and same_sentence_prev is not None and same_sentence_prev.unit == q.unit:
                    measure = same_sentence_prev.measure  # 活跃学生数为19.55万人，较去年同期的15.23万人
                measure = measure or "人数"
            if measure is None:  # 华安核心…机构持有人比例最高，分别达到73.95%: the measure the clause before names
                measure = self._measure_of_clause_before(text, clause, clauses[i], quantity_starts, words, word_starts, named)
            if measure is None and same_sentence_prev is not None:  # 总净营收62.86亿元，去年同期46.17亿元
                measure = self._own_noun(q, clause, words, word_starts, named) or same_sentence_prev.measure
            if measure is None and previous is not None and text.startswith(self.breakdown_cues, sentence.start):
                measure = previous.measure  # 月活跃用户3.9亿。其中，YY直播为4130万: a part of the figure before
            if measure is None:
                measure = self._measure_of_clause_before(text, clause, clauses[i], quantity_starts, words, word_starts, named)
            if measure is None:
                measure = self._content_word(q, since, words, word_starts, named)
            if kind == "level" and q.unit == "%" and measure and measure.endswith(self.growth_measures) \
                    and "占" not in text[clause[0]:at]:  # 一季度GDP为6.1%, 2月份是8%: a growth rate (not 占全球的15%)
                kind, direction = "change", "down" if q.value < 0 or measure.endswith(self.fall_measures) else "up"
            elif kind == "change" and q.value < 0:
                direction = "down"  # 净值增长率为-3.17%: a growth below zero is a fall
            if basis == "mom" and period is not None and period.granularity == "quarter":
                basis = "qoq"
            quoted = _stock_quote(text, q)
            if quoted is not None:  # 山东如意集团(8.900,0.04,0.45%): price, change, change in percent
                measure, kind, direction, basis, opened = "股价", *quoted
                period = None  # (a quote the website inserts when it shows the page: of no time the text names)
                company = next((m for m in doc._.mentions if m.end == opened and m.type == "ORG" and m.entity), None)
                if company is not None:  # 来源：东方财富(14.020,-0.12,-0.85%): the quote is the source's own price
                    subject, subject_entity = company.entity.name, company.entity
            unit = self._currency(doc._.raw_text, q, measure, currency)
            if quoted is not None and unit is None:
                unit = currency  # the price and its change are in the market's currency
            if (unit in _CURRENCY_CODES or kind == "change") and measure and self._is_flow(measure):
                period = _flow_period(period)  # (and its change: 截至6月30日，收益10亿元，同比增长20%)
            if _open_bracket(text, sentence.start, at) is not None:
                asides.add(f"f{len(facts) + 1}")
            value, upper, unit = _discount_as_written(text[q.span.start:q.span.end], q, unit)
            if q.unit is None and 0 < q.value <= 1 and _FRACTION.fullmatch(text, q.span.start, q.span.end):
                value, upper, unit = value * 100, (upper * 100 if upper is not None else None), "%"
                # 三分之一, 1/3 with no unit of their own: a share, in percent as the gold files give it (not 1/3 of 元)
            facts.append(Fact(
                id=f"f{len(facts) + 1}", value=value, upper=upper, unit=unit,
                value_text=doc._.raw_text[q.span.start:q.span.end],
                span=Span(start=q.span.start, end=q.span.end, text=doc._.raw_text[q.span.start:q.span.end]),
                kind=kind, direction=direction, basis=basis, qualifier=q.qualifier,
                measure=measure, subject=subject, subject_id=subject_entity.id if subject_entity else None,
                period=period, status=self._status(text, q, ctx, words, word_starts, period),
                sentence=Span(start=sentence.start, end=sentence.end, text=doc._.raw_text[sentence.start:sentence.end]),
                quote_id=quote.id if quote else None,
            ))
        _date_headline_restatements(facts, text, headline_end)
        doc._.facts = facts
        return doc

    def _is_flow(self, measure: str) -> bool:
        """A measure summed over a period (营业收入, 归属于上市公司股东的净利润), not a balance (可供分配利润)."""
        return measure.endswith(self.flow_measures) and not measure.startswith(self.not_flow_openers)

    # ------------------------------------------------------------ what counts
    def _is_figure(self, q: Quantity, text: str, taken: bytearray, number_words: list[tuple[int, int]]) -> bool:
        start, end = q.span.start, q.span.end
        if any(a < end and start < b for a, b in number_words):
            return False  # 二手住房, 一线城市, 1对1
        if re.fullmatch(r"[（(]\d{4,6}[)）]", text[start - 1:end + 1]) or _CODE_AND_EXCHANGE.match(text, start - 1):
            return False  # a stock code after a name: 金鑫新能（872380）, 大发地产（6111，HK）
        if text.endswith(("前", "第"), 0, start) and self.rank_re.search(text, max(0, start - 12), start):
            return False  # 排名前三, 前两位: a rank
        if text[start:start + 1] in _CN_DIGITS and text.endswith(("年", "初", "月"), 0, start):
            return False  # 年三十, 正月十五: a day
        number_end = _NUMBER_PART.match(text, start).end()
        number_end = number_end if number_end > start else end
        if any(taken[start:number_end]):
            return False  # part of a date, or a number inside a name: 21世纪经济报道 (not 2748.7万新加坡|元: a unit)
        written = text[start:end]
        if start > 0 and text.endswith(self.not_fact_prefixes, 0, start):
            return False
        if q.value == 1 and written[:1] == "一" and q.qualifier == "exact" and not written.startswith(("一两", "一至两")) \
                and q.unit != "x" and not text.endswith(self.only_words, 0, start):
            return False  # indefinite article: 一位, 一个, 一种; 一二股东 (the first two); not 一两家, 增长一倍, 仅一只
        if written[:1] in _CN_DIGITS and q.value <= 10 and q.qualifier == "exact" \
                and (q.unit or "")[:1] in ("个", "种"):
            return False  # 十个主播里有五个: talk, not a figure
        if q.unit is None and q.qualifier == "exact" and written.isdigit() and len(written) == 4 \
                and 1900 <= q.value <= 2100:
            return False  # a year used as a name: 2021电商人才峰会
        if q.unit is None and text[end:end + 1].isascii() and text[end:end + 1].isalpha():
            return False  # part of a name: 3G, 5G, 4K
        if q.unit is None and q.qualifier == "exact" and re.fullmatch(r"\d+(?:\.\d+)?", written) and \
                re.search(r"[A-Za-z] ?$", text[max(0, start - 2):start]):
            return False  # a model or version number: iPod touch 3, iPhone 11, OpenGL ES 2.0
        if q.unit is None and written.isdigit() and len(written) == 6 and _CJK_CHAR.match(text, start - 1):
            return False  # a stock code glued to its name: 湘油泵603319
        if q.unit is None and _LISTED_TIME.match(text, end):
            return False  # 3、4月份, 80、90年代: the first of two times
        if q.unit is None and written[:1] in _CN_DIGITS and text[start - 1:start] in "(（" and text[end:end + 1] in ")）":
            return False  # 刑法修正案(七): a numbered part of a name
        if q.unit is None and start > 0 and text[start - 1] in "“\"「" and text[end:end + 1] in "”\"」":
            return False  # a quoted label: “818”
        if q.unit is None and written.isdigit() and (len(written) >= 7 or self.code_label_re.search(text, max(0, start - 6), start)):
            return False  # a telephone number or a code: 010-82538252, 股票代码：300054
        if q.unit is None and written.isdigit() and (text.endswith(self.index_prefixes, 0, start) or text.startswith("指数", end)):
            return False  # 沪深300指数, 华夏上证50, 易方达50指数: the number is part of the name
        if q.unit in ("位", "名") and text.endswith("前", 0, start):
            return False  # 前五位, 前20名: a rank
        if q.unit is None and q.qualifier == "exact" and (start == 0 or text[start - 1] in _ITEM_OPENERS) \
                and (_ENUMERATOR.match(text, end) or _SECTION_NUMBER.fullmatch(written) and _SECTION_TITLE.match(text, end)):
            return False  # 一、项目概况 1、项目名称 / 1.1 影响效果: an item of an outline
        if q.unit is None and written.isdigit() and len(written) <= 2 and text[start - 1:start] in ("(", "（") \
                and text[end:end + 1] in (")", "）") and (start == 1 or text[start - 2] in _ITEM_OPENERS | _CLAUSE_BREAK_CHARS
                                                          or _CJK_CHAR.match(text, end + 1) and _numbered_sibling(text, q)):
            return False  # （2）公司首次回购股份…, 用于：(1)乘用车项目；(2)…, 通过（1）出售资产和（2）发行股份: an item of a list
        if q.unit is None and written.isdigit() and len(written) <= 2 and text[end:end + 1] in (")", "）") \
                and _CJK_CHAR.match(text, end + 1) and not _UNCLOSED_BRACKET.search(text, max(0, start - _ITEM_REACH), start):
            return False  # 将带动：1)小区…品质2)推动…: an item of a list, its number closed by a bracket only
        if q.unit is None and _YEAR_DIGITS.fullmatch(written) and (_CJK_CHAR.match(text, end) or text[end:end + 1] in "“\"「"):
            return False  # 2019“银华基金杯”, 2020金麒麟最佳基金经理: a year naming an event, not a figure
        if q.unit is None and written.isdigit() and _MONTHS_LISTED_AFTER.match(text, end):
            return False  # 今年10、11和12月: months listed, 月 written once
        if q.unit is None and len(written) == 2 and written.isdigit() and _BOND_NAME.match(text, end):
            return False  # 债券简称：15荣安债, 19万科01: the year of issue in a bond's short name
        if q.unit is None and len(written) >= 2 and written.isdigit() and written.startswith("0"):
            return False  # 19万科01, 编号007: a serial number, not a figure
        if q.unit is None and _VERSION_NUMBER.fullmatch(written) and _CJK_CHAR.match(text, start - 1) \
                and text[start - 1] not in _BEFORE_A_LEVEL:
            return False  # 工业4.0, 苏宁小店3.0: a version of a name, not a figure
        if q.unit is None and (text[end:end + 1] == "#" or re.search(r"\d{7,}-$", text[max(0, start - 13):start])):
            return False  # 5#楼: a building's number; 62471234-68566: a telephone's extension
        if q.unit is None and (re.match(r"[:：]\d", text[end:end + 2]) or re.search(r"\d[:：]$", text[max(0, start - 2):start])):
            return False  # 16:9: a ratio written as a name
        if q.unit is None and written.isdigit() and _YEAR_AND_HYPHEN.search(text, max(0, start - 6), start) \
                and not text.startswith(("-", "－", "年"), end):
            return False  # 公告编号：2020-116, (2019-105): a number of the year, not a figure
        if _inside_title(text, start, end):
            return False  # 《国十一条》, 《关于回购公司股份比例达1%暨回购进展公告》: part of a title
        return True

    def _founding_date(self, text: str, t: Time, name_starts: set[int]) -> bool:
        """2008年4月30日成立的兴业社会责任基金, 去年新成立的交银增利债, 去年10月份后成立的18只基金: the time a named
        thing was founded, or a bound, is what it is, not its figures' period; 3月份成立的5只基金 counts what was
        founded in that month."""
        founded = self.founding_re.match(text, t.span.end)
        return founded is not None and (t.granularity == "day" or founded.group(1) is not None
                                        or t.text.endswith(("后", "前")) or founded.end() in name_starts)

    def _is_base(self, t: Time, text: str) -> bool:
        """A time that is the comparison base, not the period: 较2018年第二季度, 相当于2019年的3倍."""
        before = text[max(0, t.span.start - 3):t.span.start]
        stripped = self.previous_period_tail_re.sub("", text[max(0, t.span.start - 8):t.span.start])  # 相比较于上期|年末
        if t.text.startswith(self.previous_periods):
            stripped = stripped.removesuffix("于")  # 相比较于|上期
        return before.endswith(self.base_markers) or stripped.endswith(self.base_markers) or \
            bool(re.match(r"的[\d一二两三四五六七八九十.]+倍", text[t.span.end:t.span.end + 8])) or \
            before.endswith(("与", "和", "同", "跟")) and _COMPARED_AFTER.match(text, t.span.end) is not None  # 与2007年持平

    def _modifier_boundary(self, text: str, clause: tuple[int, int], earlier: list[Quantity]) -> int:
        """Where this figure's own words start: after an earlier figure that modifies a noun (10万元以上的)."""
        since = clause[0]
        for o in earlier:
            if _MODIFIER_AFTER.match(text, o.span.end):
                since = o.span.end
        return since

    # ----------------------------------------------------------------- measure
    def _measure(self, text: str, q: Quantity, since: int, words: list[Word], word_starts: list[int],
                 in_names: bytearray) -> tuple[str | None, int | None]:
        done = self.share_action_after_re.match(text, q.span.end) if q.unit == "股" else None
        if done is not None and not self.action_before_re.search(text, since, q.span.start):
            return done.group("verb"), q.span.start
        labelled = text.startswith((":", "："), q.span.start - 1)  # 收盘价：5.79元 (the colon ends a clause)
        before, after = (q.span.start - 1, 0) if labelled else (q.span.start, since)
        if q.unit not in (*_CURRENCY_CODES, "%", "pp") and not text.endswith(_PREDICATING, since, q.span.start):
            # 92万像素的三英寸|液晶屏, 3倍|光学变焦: the measure written after (not 分辨率为480×320|像素, 70只|分红的基金)
            following = self.measure_re.match(text, q.span.end + text.startswith("的", q.span.end))
            if following is not None and len(following.group()) >= 2 and not text.startswith("的", following.end()) \
                    and not any(in_names[following.start():following.end()]):
                return self._measure_phrase(text, following, following.start(), words, word_starts, in_names), None
        for verb, named, unit in self.verb_measures:
            if text.endswith(verb, after, before) and q.unit not in (None, "%", "x", "pp") and unit in (None, q.unit):
                return named, q.span.start
        if labelled and text[before - 1:before] in "】]":  # 【参考售价】：3690元: the label in brackets
            opened = max(text.rfind("【", 0, before), text.rfind("[", 0, before))
            if 0 <= opened and 2 <= before - 1 - (opened + 1) <= 8:
                return text[opened + 1:before - 1], q.span.start
        if labelled:  # 容量：32GB, 报价：2200元, 生活垃圾处理费：71元/吨: the label before the colon
            j = bisect.bisect_left(word_starts, before) - 1
            label_start = before
            while j >= 0 and words[j].end == label_start and words[j].tag in ("n", "nz", "vn") and before - words[j].start <= 8:
                label_start = words[j].start
                j -= 1
            if before - label_start >= 2:
                return text[label_start:before], q.span.start
            stop = max(text.rfind(c, 0, before) for c in "。；;\n")
            named = [m for m in self.measure_re.finditer(text, max(stop + 1, before - 20), before)
                     if not any(in_names[m.start():m.end()])]
            if named:  # 占营收比例分别为：93.78%: the measure named before the colon
                return self._measure_phrase(text, named[-1], max(stop + 1, before - 20), words, word_starts, in_names), \
                    q.span.start
        sum_of_money = q.unit in _CURRENCY_CODES or q.unit is None and _SCALED.search(q.span.text)  # 9.3亿收购
        name_start = q.span.start
        while name_start > since and (in_names[name_start - 1] or name_start - 2 >= since and text[name_start - 1] in "和、与及"
                                       and in_names[name_start - 2]):
            name_start -= 1  # 增持华电国际713.94万股, 建仓华电国际和华能国际200万股: the verb before the companies bought
        action = self.action_before_re.search(text, since, q.span.start) or \
            (self.action_before_re.search(text, since, name_start) if name_start < q.span.start else None) or \
            (self.action_after_re.match(text, q.span.end)
             if text.endswith("以", since, q.span.start) or sum_of_money else None)  # 斥22.65万港元回购
        if action is not None and self._counted_noun(text, q, words, word_starts) in (None, *self.holding_nouns):
            return action.group("verb"), q.span.start  # 共持有5831.75万股, 耗资1.83亿元, 以3.5亿元认缴
        named = self._measures_written(text, since, q.span.start, words, word_starts, in_names)
        found = named[-1] if named else None
        if found is not None:
            return self._measure_phrase(text, found, since, words, word_starts, in_names), found.end()
        counted = self._counted_noun(text, q, words, word_starts)
        if counted is None:  # 公司按每股5.05港元: 每股 only where nothing else names the measure (not 以每股4.4港元定价)
            fallback = [m for m in self.fallback_measure_re.finditer(text, since, q.span.start) if not any(in_names[m.start():m.end()])
                        and not _CLAUSE_BREAK_CHARS.intersection(text[m.end():q.span.start])]
            if fallback:
                return fallback[-1].group(), fallback[-1].end()
        return counted, None

    def _respective_measure(self, text: str, q: Quantity, clause: tuple[int, int], in_clause: list[Quantity],
                            words: list[Word], word_starts: list[int], in_names: bytearray) -> tuple[str, int] | None:
        """营业收入和净利润分别为12.5亿元和3.2亿元: a list of figures after a list of as many measures (joined by 和, 、,
        及, 与) takes them in order; (measure, where it ends) for the k-th figure, else None."""
        listed = [q]
        for before in reversed(in_clause):
            if text[before.span.end:listed[0].span.start] not in _FIGURE_JOINERS:
                break
            listed.insert(0, before)
        if len(listed) < 2 and not _FIGURE_JOINERS_AFTER.match(text, q.span.end):
            return None  # (a single figure has no list to follow)
        head = _LINK_BEFORE_LIST.search(text, clause[0], listed[0].span.start)
        measures_end = head.start() if head is not None else listed[0].span.start
        named = self._measures_written(text, clause[0], measures_end, words, word_starts, in_names)
        chain = [named[-1]] if named and named[-1].end() == measures_end else []
        for m in reversed(named[:-1]):
            if not chain or text[m.end():chain[0].start()] not in _FIGURE_JOINERS:
                break
            chain.insert(0, m)
        k = len(listed) - 1
        if len(chain) < 2 or k >= len(chain):
            return None
        found = chain[k]
        return self._measure_phrase(text, found, found.start(), words, word_starts, in_names), found.end()

    def _measure_phrase(self, text: str, found: re.Match[str], since: int, words: list[Word], word_starts: list[int],
                        in_names: bytearray) -> str:
        """A generic head with its modifiers: 短视频数量 is one measure, 机构持有人比例 another; 餐饮外卖业务|交易金额:
        the business line owns it (see _head_phrase)."""
        start = found.start()
        if found.group() in self.generic_measures:
            j = bisect.bisect_left(word_starts, start) - 1
            while j >= 0 and words[j].end == start and words[j].start >= since and _modifier_word(words[j]) \
                    and not any(in_names[words[j].start:words[j].end]) and words[j].text not in self.agent_suffixes:
                start = words[j].start
                j -= 1
        return text[start:found.end()]

    def _group_after_count(self, text: str, q: Quantity) -> tuple[str, int] | None:
        """The group a count of funds or companies names (counted_groups.tsv) and where it ends, the phrase after a
        relative clause if one stands between: 24只出现净赎回的债基 -> 债基, 79只具有全年数据的私募基金 -> 私募基金."""
        pattern = self.group_after_count_re.get(q.unit or "")
        found = pattern.match(text, q.span.end) if pattern is not None else None
        if found is None or text.startswith(self.said_of_words, found.start(1)) \
                or text.startswith(self.said_of_words, q.span.end):
            return None  # (5只为股票或混合基金, 12只是份额低于50亿份的基金: what the counted are is said of them)
        end = found.end(1)
        for ending in self.counted_groups[q.unit]:  # QFII股基|金: the ending the characters go on to
            end = max([end] + [end - k + len(ending) for k in range(1, len(ending)) if text.startswith(ending, end - k)])
        return text[found.start(1):end], end

    def _holder_opening(self, text: str, ctx: _Context, has_at: int, topics: _Topics, words: list[Word],
                        word_starts: list[int]) -> tuple[str, EntityRecord | None] | None:
        """The organisation or person a clause opens with, when it is the one that has (公司在成都及深圳分别有两家
        医院, 万科在全国共有200个项目): not a place, and none named between it and 有."""
        opening = _opening(words, word_starts, ctx.clause[0], has_at, self.opening_words)
        named = [m for m in topics.owners_within(opening, has_at) if m.type in ("ORG", "PERSON")]
        if named and named[0].start == opening and not any(m.start > named[0].start for m in named) \
                and "的" not in text[named[0].end:has_at]:  # (福建省数字办公布的…中新基建项目有52个: the projects)
            return named[0].entity.name, named[0].entity
        reference = next((r for r in self.company_reference_list if text.startswith(r, opening, has_at)), None)
        company = self._company_meant(reference, opening, topics) if reference else None
        if company is not None and not topics.owners_within(opening, has_at):
            return company.name, company
        return None

    def _group_among_before(self, text: str, q: Quantity, ctx: _Context) -> str | None:
        """The group a count takes its members from (在284只开放式偏股基金中，…的有55只; 前20的偏股型基金中，有4只…),
        when the count's own clause names no group of its kind: not before it (债券型基金有46只), nor after it
        (仅有的两只在本轮牛熊市中…的基金), unless what follows is said of them (有12只是份额低于50亿份的中小型基金)."""
        if q.unit not in self.group_among_re or q.unit in self.people_units:
            return None
        among = None
        for among in self.group_among_re[q.unit].finditer(text, ctx.sentence.start, q.span.start):
            pass
        if among is None:
            return None
        own_start, clause_end = max(ctx.clause[0], among.end()), ctx.clause[1]
        said_of_them = text.startswith(self.copula_words, q.span.end)
        if any(e in text[own_start:q.span.start] or (e in text[q.span.end:clause_end] and not said_of_them)
               for e in self.counted_groups[q.unit]):
            return None
        return among.group(1)

    def _company_over_count(self, text: str, q: Quantity, sentence_start: int, topics: _Topics) -> EntityRecord | None:
        """The company a count of funds is under (旗下的9只股票型基金, 公司称，旗下3只): the organisation named last
        before 旗下 in the sentence."""
        under = self.under_count_re.search(text, sentence_start, q.span.start)
        if under is None:
            return None
        named = [m for m in topics.owners_within(sentence_start, under.start()) if m.type == "ORG" and not self._is_source(text, m)]
        return named[-1].entity if named else None

    def _counted_noun(self, text: str, q: Quantity, words: list[Word], word_starts: list[int]) -> str | None:
        """41亿件商品 -> 商品; 2.6亿元的总成交额 -> 总成交额; 16家基金公司旗下141只基金 -> 基金公司."""
        at = q.span.end
        if text.startswith("的", at):
            at += 1
        j = bisect.bisect_left(word_starts, at)
        phrase_start = phrase_end = noun_end = at
        while j < len(words) and words[j].start == phrase_end and phrase_end - phrase_start < 8:
            w = words[j]
            if w.text in self.under_words:
                break  # (旗下: what follows is under what was counted)
            if w.tag in _NOUN_TAGS - {"PER", "ORG"}:
                noun_end = w.end
            elif not (phrase_end == phrase_start and w.tag in ("a", "b") and len(w.text) <= 3):
                break  # 大中/a 城市, 公立/a 学校, 开放式/a 偏股型基金: a short modifier may open the phrase
            phrase_end = w.end
            j += 1
        return text[phrase_start:noun_end] if noun_end > phrase_start else None

    def _own_noun(self, q: Quantity, clause: tuple[int, int], words: list[Word], word_starts: list[int],
                  in_names: bytearray) -> str | None:
        """收入2000亿元，支出1600亿元，累计结余6000亿元: the noun written right before a figure names it, rather
        than the measure of the figure before (a verb only where it opens the clause: 支出/v, not 增至/v)."""
        j = bisect.bisect_left(word_starts, q.span.start) - 1
        if j < 0 or words[j].end != q.span.start or words[j].start < clause[0]:
            return None
        w = words[j]
        opens = j == 0 or words[j - 1].end <= clause[0] or words[j - 1].tag in ("vd", "d")  # (累计/vd 结余/v)
        if w.tag not in ("n", "vn") and not (w.tag == "v" and opens):
            return None
        return self._content_word(q, clause[0], words, word_starts, in_names, adjacent_only=True)

    def _content_word(self, q: Quantity, since: int, words: list[Word], word_starts: list[int],
                      in_names: bytearray, adjacent_only: bool = False) -> str | None:
        """直播4300万次 -> 直播: the last content word before the figure, not one inside a name (易方达|价值|精选);
        a name ending in a measure noun (金鑫新能资产|总计为) is more likely a name read with its measure, and a
        figure inside a title (《基金首季扬眉吐气 吸金近三千亿》) takes the title's words."""
        j = bisect.bisect_left(word_starts, q.span.start) - 1
        adjacent = True
        while j >= 0 and words[j].start >= since:
            w = words[j]
            tags = ("n", "nz", "vn", "nw", "v") if adjacent else ("n", "nz", "vn", "nw")
            if w.tag in tags and w.text not in self.filler_verbs and not w.text.isascii() and len(w.text) > 1 \
                    and w.text not in self.person_nouns \
                    and not (all(in_names[w.start:w.end]) and in_names[w.end] and not in_names[q.span.start]):
                return w.text
            if adjacent_only:
                return None
            adjacent = False
            j -= 1
        return None

    # ------------------------------------------------------------------ change
    def _change(self, text: str, q: Quantity, clause: tuple[int, int], sentence: Segment,
                 earlier: list[Quantity], measure_end: int | None, times: list[Time], period: Time | None,
                 in_names: bytearray) -> tuple[str, str | None, str | None]:
        """level or change, its direction and basis.

        A change word before the figure (同比增长84%) or a change noun after it
        (17%的增长) makes a change, unless a level marker follows the verb
        (升至1万亿元) or the verb modifies a noun (上涨的城市有69个). A percent
        listed after a name (海口35.1%、广州22.4%) takes the change of its sentence.
        """
        start = max([clause[0], measure_end or 0] + [o.span.end for o in earlier])
        written = text[q.span.start:q.span.end]
        direction = None
        change = None
        for match in self.change_re.finditer(text, start, q.span.end):
            if len(match.group()) == 1 and q.span.start - match.end() > 2:
                continue  # one-character verbs (增, 降) only right before the figure: not 减 in 减值
            if any(in_names[match.start():match.end()]):
                continue  # 光大保德信新增长股票型证券投资基金等6只: a fund's name, no change
            change = match
        is_change = False
        if change is not None:
            after = text[change.end():q.span.start].lstrip("了")
            if not after.startswith(self.level_markers) and not after.startswith("的") \
                    or q.unit == "pp" and after.startswith("达"):  # 提升达到9.48个百分点: points are what it rose by
                is_change, direction = True, self.change_dir[change.group()]
        noun = self.change_noun_re.match(text, q.span.end)
        if noun is not None and not text.startswith(self.level_markers, noun.end()) and q.unit not in _COUNTING_UNITS:
            is_change, direction = True, self.change_nouns[noun.group(1)]
        measure_word = text[max(clause[0], (measure_end or 0) - 4):measure_end or 0]
        for word, way in self.change_measures.items():
            if measure_end and measure_word.endswith(word):
                is_change, direction = True, direction or way
        if "翻" in written or (q.unit == "x" and (is_change or self._compared_with_time(text, q, clause, times))):
            is_change, direction = True, direction or "up"
        if not is_change and q.unit in ("%", "pp") and _LIST_ITEM_BEFORE.search(text, max(0, clause[0] - 1), q.span.start) \
                and not _NOUN_AFTER_SHARE.match(text, q.span.end):  # (两市接近六成|封闭式基金下跌: a share of a group, no item)
            for match in self.change_re.finditer(text, sentence.start, clause[0]):
                is_change, direction = True, self.change_dir[match.group()]
            start = sentence.start
        if not is_change:
            return "level", None, None
        basis = None
        for match in self.base_re.finditer(text, min(start, clause[0]), q.span.start):
            basis = self.bases[match.group()]
        compared = self._compared_basis(text, q, clause, times, period)
        if basis is None and compared is None:  # 收入从上年同期的5.22亿元增长到7.74亿元，增长了48.4%
            for match in self.base_re.finditer(text, sentence.start, clause[0]):
                if match.group() not in self.adverb_bases:  # 同比 belongs to its own clause's change
                    basis = self.bases[match.group()]
        return "change", direction, compared or basis

    def _compared_basis(self, text: str, q: Quantity, clause: tuple[int, int], times: list[Time],
                        period: Time | None) -> str | None:
        """较2018年第二季度 / 比去年12月份: the basis is how far the compared time lies before the period."""
        if period is None or period.start is None:
            return None
        for t in times:
            if not (clause[0] <= t.span.start and t.span.end <= q.span.start and self._is_base(t, text)) \
                    or t.start is None:
                continue
            months = (period.start.year - t.start.year) * 12 + period.start.month - t.start.month
            if months == 12:
                return "yoy"
            if months == 3 and t.granularity == "quarter":
                return "qoq"
            if months == 1 and t.granularity == "month":
                return "mom"
        return None

    @staticmethod
    def _compared_with_time(text: str, q: Quantity, clause: tuple[int, int], times: list[Time]) -> bool:
        """相当于2019年的3倍: a multiple of an earlier period's value is a change."""
        return any(clause[0] <= t.span.start and t.span.end <= q.span.start and
                   text[t.span.end:q.span.start].strip() == "的" for t in times)

    # ----------------------------------------------------------------- subject
    def _unit_named_after(self, text: str, first: Mention, owners: list[Mention]) -> Mention:
        """阿里巴巴旗下网商银行拟集资60亿元: the company named after 旗下 is the one acting."""
        for m in sorted(owners, key=lambda m: m.start):
            if m.start > first.start and self.subsidiary_link_re.fullmatch(text, first.end, m.start):
                first = m
        return first

    def _holder_named_after(self, text: str, first: Mention, owners: list[Mention], at: int, words: list[Word],
                            word_starts: list[int]) -> Mention | str:
        """公司控股股东、实际控制人梁耀铭先生直接持有公司股份71,068,209股: the organisation only says whose
        officer or shareholder the person is; the person acts (unless the person speaks of it, 万科董事长郁亮称, or
        is named as whose: 新闻集团总裁梅铎的38岁长子). A shareholder by role (大股东世茂投资增持, 萃华珠宝
        (002731.SZ)控股股东解除质押) acts too: the one named after the role, or else the role."""
        if first.type != "ORG":
            return first
        after = _after_code(text, first.end)  # 南都电源(300068.SZ)|股东上海南都
        for m in sorted(owners, key=lambda m: m.start):
            if m.start > first.start and self.role_run_re.fullmatch(text, after, m.start) \
                    and (m.type == "PERSON" or self.holder_role_re.search(text, after, m.start)) \
                    and not (self.speech_re.search(text, m.end, at) and not text.startswith(tuple(self.announce_verbs), m.end)) \
                    and not text.startswith("的", m.end):
                return m  # (蓝帆医疗第二大股东北京中信宣布拟减持: what the shareholder announces it does)
        role = self.holder_role_re.match(text, after) or self.officer_role_re.match(text, after)
        if role is not None and role.end() == at:
            return role.group(1)  # 华夏幸福控股股东1.525亿股公司股份解除质押: the figure right after the role is the holder's
        if role is not None and role.end() < at and not self.speech_re.match(text, role.end()) \
                and not any(first.end < m.start < at for m in owners) and _verb_follows(words, word_starts, role.end()) \
                and len(words[bisect.bisect_left(word_starts, role.end())].text) <= 2:
            return role.group(1)  # (not 广宇集团股东融晟置业/v质押: a name the tagger missed, read as a verb)
        return first

    def _is_authority(self, m: Mention) -> bool:
        """证监会, 统计局, 外汇司: a body that regulates or counts; a company (有限公司, 总公司) is none."""
        return m.type == "ORG" and self._names_authority(m.entity)

    def _names_authority(self, entity: EntityRecord) -> bool:
        return entity.type == "ORG" and entity.name.endswith(self.authority_suffixes) and not entity.name.endswith("公司")

    def _is_source(self, text: str, m: Mention) -> bool:
        """据穆青介绍 / 来自天相投资的数据显示 / 天相投顾昨日出炉的一份研究报告显示: who reports the figures does not own them."""
        if text.endswith(self.source_before, 0, m.start) or text.startswith(self.source_after, m.end):
            return True
        opens = max(text.rfind(c, 0, m.start) for c in _CLAUSE_OR_LINE_BREAK_CHARS) + 1
        ticker = _STOCK_QUOTE.match(text, m.end)  # 东方财富(14.960,0.00,0.00%)Choice数据显示
        after = ticker.end() if ticker else m.end
        return m.start - opens <= 2 and self.report_shows_re.match(text, after) is not None  # (not 发布山西汾酒的研报指出)

    def _topics(self, doc: Doc) -> _Topics:
        """Entities that can own a figure (not the newspapers credited for the report) and the main one."""
        speakers = {q.speaker_start for q in doc._.quotes or [] if q.cue not in self.announce_verbs}
        text = doc._.norm_text
        media = {m.entity.id for m in doc._.mentions if m.source == "media" and m.entity is not None}
        product_starts = {m.start for m in doc._.mentions if m.type == "PRODUCT"}
        in_figures = _coverage(len(text), [(q.span.start + 1, q.span.end) for q in doc._.quantities])
        mentions = [m for m in doc._.mentions if not in_figures[m.start]]  # (47.2万新加坡元: a currency, not a place)
        owners = [m for m in mentions if m.entity is not None and m.type in _SUBJECT_TYPES
                  and not (m.type == "ORG" and (m.end in product_starts or m.end + 1 in product_starts))  # 松下|LX3
                  and not (m.type == "ORG" and (m.entity.name.endswith(self.media_suffixes) or m.entity.id in media))
                  and not (m.start in speakers and m.type == "PERSON") and m.title not in self.byline_titles
                  and not self._is_source(text, m) and not self._is_component(text, m)]
        counts: dict[str, int] = {}
        quoted = {q.speaker.id for q in doc._.quotes or [] if q.speaker is not None and q.cue not in self.announce_verbs
                  and q.speaker.type == "PERSON"}
        candidates = [m for m in owners if not self._is_authority(m)
                      and m.entity.id not in quoted]  # a fund manager quoted is not what the report is about
        headline_end = doc._.sentences[0].end if doc._.sentences else 0
        for i, m in enumerate(candidates):
            weight = (2 if m.type == "ORG" else 1) + (4 if m.start < headline_end else 0) + (3 if i == 0 else 0) \
                + (2 if m.source == "listed" else 0)  # a company named with its code is what a report is about
            counts[m.entity.id] = counts.get(m.entity.id, 0) + weight
        topic = None
        # Business figures belong to organisations: a person is the topic only in a report naming none
        # (a byline after the headline, 周小雍, must not own every figure the text does not attribute).
        # A topic is named more than once or in the headline: an organisation named once in passing
        # (中国人民银行 in a fund report) does not own the figures its sentence does not attribute.
        salient = [m for m in candidates if len(m.entity.mentions) > 1 or m.start < headline_end and m.type == "ORG"]
        # a review: the product its headline names; else business figures belong to organisations
        referred = len(self.product_reference_re.findall(text))  # 该机, 该基金: the product named before, again
        ranked = [m for m in salient if m.type == "PRODUCT" and m.entity.mentions[0].start < headline_end
                  and len(m.entity.mentions) + referred >= 3] or [m for m in salient if m.type == "ORG"] or salient
        if ranked:
            best = max(counts[m.entity.id] for m in ranked)
            topic = next(m.entity for m in ranked if counts[m.entity.id] == best)
        places = [m for m in mentions if m.entity is not None and m.type == "LOC"
                  and not _DATELINE_PLACE.match(text, m.end)]  # (新华网上海4月20日电: where the report was filed)
        if topic is None and places:  # a statistics release: the country or city (named twice at least) is what the figures describe
            named = [m.entity for m in places if not text.endswith(self.place_prepositions, 0, m.start)]
            if named:
                times_named = Counter(e.id for e in named)
                best = max(named, key=lambda e: (times_named[e.id], -e.mentions[0].start))
                topic = best if times_named[best.id] >= 2 else None
        return _Topics(owners, topic, places, speakers, _quoted_theme(text, topic, doc._.words or [], self.measure_re))

    def _theme(self, words: list[Word], named: bytearray) -> str | None:
        """What a report naming no organisation is about: its most frequent noun of three or more
        characters, named at least three times, that is not a measure (封闭式基金 in a column on funds)."""
        counts = Counter(w.text for w in words if w.tag in ("n", "nz") and len(w.text) >= 3 and _CJK_CHAR.match(w.text)
                         and not any(named[w.start:w.end]) and not self.measure_re.fullmatch(w.text))
        if not counts:
            return None
        word, count = counts.most_common(1)[0]
        return word if count >= 3 else None

    def _subject(self, text: str, q: Quantity, ctx: _Context, topics: _Topics, words: list[Word],
                 word_starts: list[int], measure: str | None, same_sentence_prev: Fact | None,
                 sentences: list[Segment], index: int, anaphora: bool, previous: Fact | None,
                 previous_end: int) -> tuple[str | None, EntityRecord | None]:
        """Who owns a figure: the owner its clause names (`_subject_named_in_clause`); else the rules' answer from
        the context (`_subject_from_context`), or an owner named close by that the learned weights of
        `subject_ranker` rank above it."""
        named = self._subject_named_in_clause(text, q, ctx, topics, words, word_starts, measure, previous_end)
        if named is not None:
            return named
        setting = self._location_told(text, ctx)
        name, entity, default = self._subject_from_context(text, q, ctx, topics, words, word_starts,
                                                           same_sentence_prev, sentences, index, anaphora, previous,
                                                           setting)
        if not default or not self.subject_ranker:
            return name, entity
        candidates = self._subject_candidates(text, q, ctx, topics, words, word_starts, measure, same_sentence_prev,
                                              previous, sentences, index, name, entity, setting)
        figure = FigureContext(text, q.span.start, ctx.clause[0], q.unit, q.unit in _CURRENCY_CODES, ctx.quote is not None)
        chosen = self.subject_ranker.choose(candidates, figure)
        return (chosen.name, chosen.entity) if chosen is not None else (name, entity)

    def _subject_candidates(self, text: str, q: Quantity, ctx: _Context, topics: _Topics, words: list[Word],
                            word_starts: list[int], measure: str | None, same_sentence_prev: Fact | None,
                            previous: Fact | None, sentences: list[Segment], index: int, name: str | None,
                            entity: EntityRecord | None, setting: tuple[int, int]) -> list[Candidate]:
        """The rules' answer first, then the owners named around the figure, each once with all its sources (not
        those in `setting`, where the sentence tells where something lies)."""
        at, clause_start, sentence = q.span.start, ctx.clause[0], ctx.sentence
        found: dict[str, Candidate] = {}

        def add(source: str, name: str | None, entity: EntityRecord | None, start: int | None = None,
                end: int | None = None) -> None:
            if not name:
                return
            candidate = found.get(name)
            if candidate is None:
                candidate = found[name] = Candidate(
                    name, entity, times_named=len(entity.mentions) if entity is not None else text.count(name),
                    first_at=entity.mentions[0].start if entity is not None else text.find(name))
            candidate.sources.add(source)
            if start is not None and (candidate.start is None or abs(at - start) < abs(at - candidate.start)):
                candidate.start, candidate.end = start, end if end is not None else start

        def named(source: str, mentions: list[Mention]) -> None:
            for m in mentions:
                add(source, m.entity.name, m.entity, m.start, m.end)

        def within(start: int, end: int) -> list[Mention]:  # (not the places of 位于灌云县卫生局南侧，西环路西侧)
            return sorted((m for m in topics.owners_within(start, end) + topics.places_within(start, end)
                           if not setting[0] <= m.start < setting[1]), key=lambda m: m.start)

        def phrase(source: str, noun_phrase: str | None) -> None:
            if noun_phrase and len(noun_phrase) >= 2 and noun_phrase not in self.company_references \
                    and not self.legal_form_re.fullmatch(noun_phrase) \
                    and noun_phrase not in self.not_topics and not self.measure_re.fullmatch(noun_phrase) \
                    and not (measure and measure.startswith(noun_phrase)):
                # (公司 means the company the rules resolve it to; 股东|应占净亏损 is a measure, not its owner)
                start = text.find(noun_phrase, clause_start, at)
                add(source, noun_phrase, None, *((start, start + len(noun_phrase)) if start >= 0 else (None, None)))

        add(RULE, name, entity)
        if same_sentence_prev is not None:
            add("carry", same_sentence_prev.subject, topics.by_id.get(same_sentence_prev.subject_id or ""),
                same_sentence_prev.span.start, same_sentence_prev.span.end)
        elif previous is not None:
            add("previous_figure", previous.subject, topics.by_id.get(previous.subject_id or ""),
                previous.span.start, previous.span.end)
        before = sentences[index - 1] if index > 0 else None
        for source, mentions in (("clause", within(clause_start, at)),
                                 ("sentence", within(sentence.start, clause_start)),
                                 ("previous_sentence", within(before.start, before.end) if before is not None else [])):
            named(source + "_first", mentions[:1])
            named(source + "_last", mentions[-1:])
        named("after", within(q.span.end, sentence.end)[:1])
        if topics.topic is not None:
            add("topic", topics.topic.name, topics.topic)
        add("quoted_theme", topics.quoted_theme, None)
        phrase("agent_noun", self._agent_noun_in_clause(text, clause_start, at, words, word_starts))
        phrase("clause_topic", self._clause_topic(text, ctx.clause, words, word_starts))
        phrase("counted", self._counted_noun(text, q, words, word_starts))
        return list(found.values())

    def _subject_named_in_clause(self, text: str, q: Quantity, ctx: _Context, topics: _Topics, words: list[Word],
                                 word_starts: list[int], measure: str | None, previous_end: int
                                 ) -> tuple[str | None, EntityRecord | None] | None:
        """The owner the figure's own clause names by a construction the rules know (the speaker of 我, a name
        before an aside, what there are that many of, the name the measure is written on, the clause's head
        phrase …), or None."""
        clause_start, at = ctx.clause[0], q.span.start
        # a speaker speaking of itself: I (我今年32岁); we is an organisation speaking, or a person's organisation
        # (not the person); 我国, 我市 are scope words (patterns/facts/scope_subjects.tsv)
        speaker = ctx.quote.speaker if ctx.quote is not None else None
        said_at = max(clause_start, ctx.quote.start) if ctx.quote is not None else clause_start
        if speaker is not None and text.startswith("我", said_at) \
                and not text.startswith(("我们", *self.scope_subjects), said_at):
            return speaker.name, speaker
        if speaker is not None and text.startswith("我们", said_at):
            if speaker.type == "ORG":
                return speaker.name, speaker
            organisation = next((org for _, org in speaker.roles if org), None)
            if organisation is not None:  # Yaowang.com创始人房建: “我们每个达人主播有20~30人” (his company's)
                company = next((m.entity for m in topics.mentions if organisation in (m.entity.name, *m.entity.aliases)), None)
                return (company.name, company) if company is not None else (organisation, None)
        opened = _open_bracket(text, ctx.sentence.start, at)
        if opened is not None:  # 旺旺（00151.HK，市值683亿港元）: an aside about the name before it
            before = [m for m in topics.owners_within(ctx.sentence.start, opened) + topics.places_within(ctx.sentence.start, opened)
                      if not _CLAUSE_BREAK_CHARS.intersection(text[m.end:opened])]
            if before:
                last = max(before, key=lambda m: m.end)
                return last.entity.name, last.entity
        group = self._group_after_count(text, q) if q.unit not in self.people_units else None
        held = self.holding_verb_after_re.match(text, group[1]) if group is not None else None
        stock = next((m for m in topics.owners_within(held.end(), ctx.clause[1]) if m.start == held.end()), None) \
            if held is not None else None
        if stock is not None:  # 有38只基金持有华电国际: a count of the stock's holders
            return stock.entity.name, stock.entity
        if group is not None:
            company = self._company_over_count(text, q, ctx.sentence.start, topics)
            if company is not None:  # 鹏华基金公司发布公告称，旗下2只封闭式基金: the company's funds
                return company.name, company
        if group is not None and text.startswith(_AMONG, group[1]) and "在" in text[clause_start:at]:
            return group[0], None  # 在已披露年报的135只开放式基金中: the group the count is of, whoever ranks in it
        among = self._group_among_before(text, q, ctx) if group is None else None
        if among is not None:  # 在284只开放式偏股基金中，机构持有比例超过30%的有55只: the group counted from
            return among, None
        existential = _EXISTENTIAL.search(text, clause_start, at) \
            or (_AS_MANY_AS.search(text, clause_start, at) if q.unit in self.counted_groups else None)
        if q.unit and q.unit not in _CURRENCY_CODES and q.unit not in ("%", "pp", "x") and existential:
            holder = self._holder_opening(text, ctx, existential.start(), topics, words, word_starts)
            if holder is not None:  # 公司在成都及深圳分别有两家医院: what the company has
                return holder
            counted = self._counted_noun(text, q, words, word_starts) or (group[0] if group is not None else None)
            if counted and not self.measure_re.fullmatch(counted):  # (将有9.33亿股股份解除限售: whose shares)
                # 至少已有50只新基金, 有16家基金公司公布了一季报: what there are that many of
                return counted, None
            j = bisect.bisect_left(word_starts, existential.start()) - 1
            if j >= 0 and words[j].end == existential.start() and words[j].text in self.under_words:
                company = next((m for m in topics.owners_within(clause_start, words[j].start) if m.end == words[j].start), None)
                if company is not None:  # 东吴基金旗下有两只: the company the funds are under
                    return company.entity.name, company.entity
            adjacent = j >= 0 and words[j].end == existential.start()
            while adjacent and j > 0 and words[j - 1].end == words[j].start and words[j - 1].start >= clause_start \
                    and (words[j].tag == "d" and len(words[j].text) <= 2
                         or words[j].text in self.generic_measures and len(words[j].text) >= 2):
                j -= 1  # 基金已经有5只, 基金数量有68只: what has that many, before the adverb or the word for a number
            if adjacent and words[j].tag in ("n", "nz") and len(words[j].text) >= 2 \
                    and words[j].text not in self.under_words and not self.measure_re.fullmatch(words[j].text) \
                    and not (words[j].text in self.company_references  # (两家公司共有3万名员工: the two just named)
                             and _COUNT_BEFORE.search(text, clause_start, words[j].start)) \
                    and words[j].text not in self.whole_nouns:  # (总股本也只有4.7亿股: the company's)
                return words[j].text, None  # 收益率超过20%的基金有9只: what has that many
        if q.unit in self.age_units:
            after = q.span.end + text.startswith("的", q.span.end)
            person = next((m for m in topics.owners_within(after, after + _AGE_REACH) if m.type == "PERSON"
                           and _CJK_RUN.fullmatch(text, after, m.start)), None)
            if person is not None:  # 54岁的村民陈妹, 38岁长子拉克兰: whose age
                return person.entity.name, person.entity
            named = next((m for m in topics.owners_within(after, after + _AGE_REACH) if m.start == after), None) \
                if after > q.span.end else None
            if named is not None:  # 20岁的阿里巴巴: a company's age
                return named.entity.name, named.entity
            described = self._counted_noun(text, q, words, word_starts)
            if described and len(described) >= 2:
                return described, None  # 53岁农村大妈: the one described
        role = self.described_role_re.match(text, q.span.end + 1) if text.startswith("的", q.span.end) \
            else self.described_role_re.match(text, q.span.end) if text.endswith("持股", 0, q.span.start) else None
        holder = next((m for m in topics.owners_within(role.end(), role.end() + 12) if m.start == role.end()), None) \
            if role else None
        if holder is not None:  # 持股12%的股东王淼根, 年薪100万元的总经理张明: the one in that role owns it
            return holder.entity.name, holder.entity  # (持股5%以上股东袁雄贵: 的 may be left out after 持股)
        owner = self._possessor(text, clause_start, q, topics, words, word_starts)
        if owner is not None:  # 来自于Hago的2270万, 高于封闭式基金的70.51%
            return owner
        described = self._described_after(text, clause_start, q, topics, words, word_starts)
        if described is not None:  # 一套总价100万的二手房, 市值683亿港元的旺旺: what the figure describes
            return described
        opening_index = self._index_opening(text, _opening(words, word_starts, clause_start, at, self.opening_words), at,
                                            words, word_starts)
        if opening_index is not None and not topics.owners_within(clause_start, at):
            return opening_index, None  # 其中沪指收盘上涨0.13%, 同期上证综指上涨了30.3%: the index the clause opens with
        index = self._index_just_before(text, clause_start, at, words, word_starts)
        if index is not None:  # 远远超过同期上证综指34.24%, 其跟踪指数上证180指数的全天涨幅为2.39%: the index's
            return index, None
        named = topics.owners_within(clause_start, at) + topics.places_within(clause_start, at)
        if q.unit in self.counted_groups and text.endswith("等", clause_start, at) \
                and _acts_on_list(named, words, word_starts, clause_start, at - 1) is None:
            noun = self._counted_noun(text, q, words, word_starts)
            if noun and _group_in(noun, self.counted_groups[q.unit]) == noun:
                return noun, None  # 易方达行业领先、民生加银品牌蓝筹等12只基金也处于募集期: the group counted
                # (not 唐山钢铁等两家公司企业年金业务: 公司 qualifies what is counted)
        company = self._company_acting(text, clause_start, at, named, topics, words, word_starts) if named else None
        if company is not None:  # 公司此次回购注销原激励对象周晓曼…限制性股票共计93.66万股: the company's
            return company.name, company
        bracketed = _bracketed(text, clause_start, at)
        item_start = _item_start(text, clause_start, at, bracketed, previous_end)
        whole = self.share_of_whole_re.search(text, clause_start, at)  # 占公司总股本的6.51%: the holder's share of it
        for start in (item_start, clause_start):
            owners = [m for m in topics.owners_within(start, at) if not _inside(m.start, bracketed)
                      and not (whole is not None and whole.start() <= m.start  # (占融信南方持有公司股份总数的51%: its holding)
                               and not self.holding_verb_re.match(text, m.end))
                      and not (m.start > start and text[m.start - 1] in _RECIPIENT_MARKERS)  # 公司向|上海歌斐支付: the payer's
                      and not (m.type == "ORG" and text.endswith(_VENUE_MARKER, start, m.start))  # 在|香港交易所回购: where
                      and not self.holding_verb_re.fullmatch(text, max(start, m.start - 2), m.start)]  # 持有|车和家出资: the held
            places = [m for m in self._places_not_settings(text, clause_start, topics.places_within(clause_start, at))
                      if m.start >= start and not _inside(m.start, bracketed)
                      and not text.startswith(self.setting_after_place, m.end)]
            if owners or places:
                first = min(owners or places, key=lambda m: m.start)  # 在法国和瑞士: a setting, not an owner
                rated = next((m for m in owners if _after_code(text, m.end) > m.end), None) \
                    if measure in self.rated_measures else None
                if rated is not None:  # 高盛首予中国太保(02601.HK)“买入”评级 目标价35元: the rated name with its code
                    return rated.entity.name, rated.entity
                first = self._unit_named_after(text, first, owners)
                holder = self._holder_named_after(text, first, owners, at, words, word_starts)
                if isinstance(holder, str):
                    return holder, None
                if holder is not first:  # (公司股份 after the person is what the person holds)
                    return holder.entity.name, holder.entity
                code_end = _after_code(text, first.end)
                written_on = measure is not None and code_end > first.end and (
                    text.startswith((measure, "的" + measure), code_end) or measure in self.rated_measures)
                moves_itself = self.move_before_re.search(text, first.end, at) is not None \
                    and at - first.end <= _PIVOT_REACH  # 其他靠前的有嘉实300跌1.77%: what 有 names moves itself
                if not written_on and not moves_itself and self._is_object(text, first, start, words, word_starts):
                    # (上调建设银行(00939)目标价: the rated name with its code)
                    actor = self._actor_before(text, ctx.sentence.start, clause_start, topics, words, word_starts)
                    if actor is not None:  # 格力：再增持长园集团5%: the buyer's figure, not the bought company's
                        return actor.entity.name, actor.entity
                if measure:  # …聘任3名副总经理 2019年黄华波薪酬29万元: the name the measure is written on
                    first = next((m for m in owners if text.startswith((measure, "的" + measure), m.end)
                                  and not (first.type == "PERSON" and m.type == "ORG" and m.start > first.start)
                                  and not (m.start > first.start and self.holding_verb_re.search(text, first.end, m.start))),
                                 first)  # (梁耀铭先生直接持有公司股份, 利欧股份持有的车和家股权价值: what the holder holds)
                return first.entity.name, first.entity
            count = _COUNT_BEFORE.search(text, clause_start, start)
            named_before_count = count is not None and any(
                m.end == count.start() for m in topics.owners_within(clause_start, count.start()))
            if start > clause_start and not named_before_count:
                phrase = self._head_phrase(text, start, at, words, word_starts, measure)
                if phrase and phrase not in self.company_references:
                    return phrase, None  # 零售业务年增长5%、基建业务EBITDA则为20% (not A、B两只|基金跌幅: A and B's)
        if q.unit == "%":
            share_of = self._share_group(text, q, words, word_starts)
            if share_of is not None:
                return share_of, None  # 约46%的买房者, 85%的基金经理, 29.7%受访者认为: the group a share is of
        if q.unit in self.counted_groups and (re.search(r"\d", text[at:q.span.end]) or q.value >= 10):
            # (两只基金, 三家公司: the ones just named; 十只封基, 数十家上市房企 are groups)
            counted = _group_in(self._counted_noun(text, q, words, word_starts), self.counted_groups[q.unit]) \
                or (group[0] if group is not None else None)
            if counted is not None:  # 225只股票型基金, 超400家房企, 12只偏股基金|长期/n 暂停申购: the group counted
                return counted, None
        if topics.topic is not None and topics.topic.type == "PRODUCT" \
                and self.product_reference_re.search(text, clause_start, at):
            return topics.topic.name, topics.topic  # 该机的市场售价为1350元: the product reviewed
        if _DEMONSTRATIVE.search(text, clause_start, at):
            company = topics.last_organisation(clause_start) or topics.topic  # 这家创办30年的老牌地产公司
            if company is not None:
                return company.name, company
        opening = _opening(words, word_starts, clause_start, at, self.opening_words)
        for scope in self.scope_subjects + self.market_flows:
            if text.startswith(scope, opening):
                return scope, None  # 全国70个大中城市, 我市GDP, 1月全国房价, 北向资金今日净买入
        group = self._group_before_measure(text, clause_start, at, measure, words, word_starts)
        if group is not None:  # 3月份新成立的偏股型基金募集额达到120.51亿元: the group whose measure it is
            return group, None
        phrase = self._head_phrase(text, clause_start, at, words, word_starts, measure)
        if phrase in self.company_references:
            company = self._company_meant(phrase, at, topics)
            if company is not None:
                return company.name, company
        elif phrase:
            return phrase, None
        role = self.holder_role_re.match(text, opening)
        if role is not None and role.start(1) == opening and len(role.group(1)) > 2:
            # 实控人几乎100%满仓质押: the shareholder in that role (not 股东应占净亏损: the company's)
            return role.group(1), None
        return None

    def _location_told(self, text: str, ctx: _Context) -> tuple[int, int]:
        """Where the sentence tells where something lies, before the figure's clause (本项目位于灌云县卫生局南侧，
        西外环路东侧，西环路西侧，|规划用地面积…): from the verb to the end of the last clause that goes on telling it."""
        found = self.location_verb_re.search(text, ctx.sentence.start, ctx.clause[0])
        if found is None or _ATTRIBUTIVE.match(text, found.end()):
            return 0, 0  # (买下位于虹口北外滩的上海港国际客运中心: where the thing bought lies, said of it in passing)
        end = found.end()
        for clause in ctx.clauses:
            if clause[1] > ctx.clause[0]:
                break
            if clause[0] <= found.start() < clause[1] or clause[0] <= end + 1 and _BESIDE.search(text, clause[0], clause[1]):
                end = clause[1]
        return found.start(), end

    def _located_before(self, text: str, ctx: _Context, setting: tuple[int, int],
                        topics: _Topics) -> tuple[str, EntityRecord | None] | None:
        """What the sentence says lies at a place: the name or noun phrase opening the clause of 位于."""
        opening = next((c[0] for c in ctx.clauses if c[0] <= setting[0] < c[1]), None)
        if opening is None or ctx.clause[0] > setting[1] + 1:
            return None  # (only the clause right after where it lies)
        holder = text[opening:setting[0]].strip()
        named = topics.owners_within(opening, setting[0])
        if named:  # 万科总部位于深圳，员工3万人: 万科's
            return named[0].entity.name, named[0].entity
        if not _LOCATED_HOLDER.fullmatch(holder):
            return None  # (公司注册地位于北京, 总部位于印度: the company the rules resolve it to)
        return holder, None

    def _places_not_settings(self, text: str, clause_start: int, places: list[Mention]) -> list[Mention]:
        """The places that may own a figure: not those after a preposition of place, nor those listed after one
        (在印度、美国和澳大利亚共拥有1,800多名员工: where the company's staff are, not the places' own)."""
        kept, setting_end = [], None
        for m in sorted(places, key=lambda m: m.start):
            if text.endswith(self.place_prepositions, clause_start, m.start) \
                    or setting_end is not None and _PLACE_LIST_GAP.fullmatch(text, setting_end, m.start):
                setting_end = m.end
            else:
                kept.append(m)
        return kept

    def _subject_from_context(self, text: str, q: Quantity, ctx: _Context, topics: _Topics, words: list[Word],
                              word_starts: list[int], same_sentence_prev: Fact | None, sentences: list[Segment],
                              index: int, anaphora: bool, previous: Fact | None, setting: tuple[int, int]
                              ) -> tuple[str | None, EntityRecord | None, bool]:
        """The owner of a figure whose clause names none by a construction of `_subject_named_in_clause`: the one
        这一数字 points back to, the one named by a copula just before, the subject carried from the figure before,
        a name earlier in the sentence or in the sentence before, the text's topic. The third value says whether
        the answer is only a default (the subject carried over, the last name of the sentence or the first of the
        sentence before, the topic, none) that `subject_ranker` may overrule."""
        clause_start, at = ctx.clause[0], q.span.start
        if anaphora and previous is not None:
            return previous.subject, topics.by_id.get(previous.subject_id), False
        named_last = self._named_by_copula_before(text, ctx, topics)
        if named_last is not None:  # 仓位最低的是宝盈基金公司，只有55.61%: the one just named
            return named_last.entity.name, named_last.entity, False
        described_last = self._described_by_copula_before(text, ctx, words, word_starts)
        if described_last is not None:  # 提升最快的是混合型基金，从61.57%上升到了70.59%: the kind just named
            return described_last, None, False
        prev_clause = next((c for c in ctx.clauses if same_sentence_prev is not None
                            and c[0] <= same_sentence_prev.span.start < c[1]), None)
        if prev_clause is not None and prev_clause[0] < clause_start and text.startswith(self.breakdown_cues, prev_clause[0]):
            same_sentence_prev = None  # 其中核心业务K12占比达83.5%；并且二季度实现净营收…: the part does not carry on
        if same_sentence_prev is not None and same_sentence_prev.subject:
            for clause in reversed([c for c in ctx.clauses if same_sentence_prev.span.end <= c[0] and c[1] <= clause_start]):
                opening = _opening(words, word_starts, clause[0], clause[1], self.opening_words)
                actor = next((m for m in topics.owners_within(opening, clause[1]) if m.start == opening), None)
                if actor is not None and (_verb_follows(words, word_starts, _after_time_word(words, word_starts, actor.end))
                                          or (opening == clause[0] and self.measure_re.match(text, actor.end))):
                    return actor.entity.name, actor.entity, False  # A领投，投资金额为10亿元，B跟投，…: B's (富国天丰涨幅最小，上涨0.10%)
                phrase = self._clause_topic(text, clause, words, word_starts)
                if phrase:  # 50只新基金成立，其中偏股型基金明显占据主流，数目达到38个: a topic named since
                    return phrase, None, False
            return same_sentence_prev.subject, topics.by_id.get(same_sentence_prev.subject_id), True
        located = self._located_before(text, ctx, setting, topics) if setting[1] else None
        if located is not None:  # 本项目位于灌云县卫生局南侧，…，规划用地面积63608.12平方米: what lies there
            return located[0], located[1], False
        earlier = [m for m in topics.owners_within(ctx.sentence.start, at) + topics.places_within(ctx.sentence.start, at)
                   if not (m.type == "LOC" and text.endswith(self.place_prepositions, ctx.sentence.start, m.start))
                   and not self._is_authority(m) and not text.endswith(tuple(_RECIPIENT_MARKERS), 0, m.start)
                   and not setting[0] <= m.start < setting[1]]
        earlier.sort(key=lambda m: m.start)
        if earlier and _ITS.search(text, clause_start, at):  # 张庆华与长沙银行…，将其持有的1990万股进行了质押
            actor = self._actor_before(text, ctx.sentence.start, clause_start, topics, words, word_starts)
            if actor is not None:
                return actor.entity.name, actor.entity, False
        flow = self._market_flow_before(text, ctx, clause_start, words, word_starts)
        if flow is not None and (not earlier or earlier[-1].start < flow[0]):
            return flow[1], None, False  # 在A股大跌之际，北向资金尾盘再现集体涌入，全天小幅净流入7.9亿元: the money that flowed
        if earlier:
            return earlier[-1].entity.name, earlier[-1].entity, True
        its = _ITS.match(text, _opening(words, word_starts, clause_start, at, self.opening_words))
        for clause in reversed([c for c in ctx.clauses if c[1] <= clause_start]):
            phrase = self._clause_topic(text, clause, words, word_starts) \
                or (self._possessor_heading(text, clause, words, word_starts) if its else None)
            if phrase:  # QDII出现净申购，份额比期初增加了3.53%: the clauses after keep the topic
                return phrase, None, False  # (债券型基金的表现…，其规模达131亿份: 其 is whose the clause before told of)
        if ctx.quote is not None and ctx.quote.speaker is not None and ctx.quote.speaker.type == "ORG":
            return ctx.quote.speaker.name, ctx.quote.speaker, False  # a company speaking of itself; a person speaks of others
        moved = self.move_before_re.search(text, clause_start, at)
        index_moved = self._index_named(text, clause_start, moved.start()) if moved and q.unit == "%" else None
        written_end = self._before_manner(text, moved.start(), clause_start, words, word_starts) if moved else at
        if index_moved is not None and text[clause_start:written_end].rstrip().endswith(index_moved):
            index_end = clause_start + len(text[clause_start:written_end].rstrip())
            k = bisect.bisect_right(word_starts, index_end - 1) - 1
            if k >= 0 and words[k].end == index_end and clause_start <= words[k].start < index_end - 2:
                index_moved = words[k].text  # (期间|沪深300指数/nz: the tagger's word, not the characters before)
            return index_moved, None, False  # 测算期间沪深300指数上涨6.73%: the index that moved
        before = sentences[index - 1] if index > 0 else None
        if before is not None and before.paragraph == ctx.sentence.paragraph:  # further back is another topic
            named = [m for m in topics.owners_within(before.start, before.end) if m.type in _SUBJECT_TYPES
                     and not self._is_authority(m)]
            named = [m for m in named if m.source == "listed"] or named  # 大摩…将中国粮油(00606)目标价…。跌3.64%
            if named:
                return named[0].entity.name, named[0].entity, True
        if q.unit in self.counted_groups and q.unit not in self.people_units \
                and (re.search(r"\d", text[at:q.span.end]) or q.value >= 10):
            counted = self._counted_noun(text, q, words, word_starts)
            if counted is not None and len(counted) >= 2:
                # 8家钢企转行数据中心, 12只个股买入额: with no owner named in the sentence, a count of companies or
                # funds is of the group it counts, not of the text's topic (people are counted by whom they work for)
                return counted, None, False
        if topics.topic is not None and not any(m.start < at for m in topics.topic.mentions):
            head = _clause_head_noun(text, clause_start, at, words, word_starts)
            tail = next((k for k in range(2, len(head)) if self.measure_re.fullmatch(head, k)), None) if head else None
            if tail is not None:
                head = head[:tail]  # 二套房|首付比, 环氧乙烷|价格: whose measure
            if head and len(head) >= 2 and not self.measure_re.fullmatch(head) \
                    and head not in self.not_topics and head not in self.company_references:
                return head, None, False  # 北向资金今日小幅净卖出5.03亿元 in a lead the topic has not yet been named in
            after = [m for m in topics.owners_within(q.span.end, ctx.sentence.end) if not self._is_authority(m)]
            if after:
                return after[0].entity.name, after[0].entity, False  # 3.5英寸显示屏的苹果iPod touch3: the one named after the figure, before the topic is met
        agent = self._agent_noun_in_clause(text, clause_start, at, words, word_starts)
        if agent is not None:  # 而表现最好的QDII基金今年以来也下跌了3.26%: who acts, rather than the text's topic
            return agent, None, False
        if topics.quoted_theme is not None:  # a survey of “80后”: the group surveyed, not 中国 (named in passing)
            return topics.quoted_theme, None, False
        if topics.topic is not None:
            return topics.topic.name, topics.topic, True
        return None, None, True

    def _market_flow_before(self, text: str, ctx: _Context, clause_start: int, words: list[Word],
                            word_starts: list[int]) -> tuple[int, str] | None:
        """Where and which money flowing on a market (`patterns/facts/market_flows.tsv`) opens the latest clause of
        the sentence before `clause_start`."""
        for clause in reversed([c for c in ctx.clauses if ctx.sentence.start <= c[0] and c[1] <= clause_start]):
            opening = _opening(words, word_starts, clause[0], clause[1], self.opening_words)
            flow = next((f for f in self.market_flows if text.startswith(f, opening)), None)
            if flow is not None:
                return opening, flow
        return None

    def _agent_noun_in_clause(self, text: str, clause_start: int, at: int, words: list[Word],
                              word_starts: list[int]) -> str | None:
        """The first run of nouns in the clause before `at` that ends in a word for who acts (…基金, …行业)."""
        j = bisect.bisect_left(word_starts, clause_start)
        while j < len(words) and words[j].end <= at:
            if words[j].tag in _HEAD_NOUN_TAGS:
                k = j
                while k < len(words) and words[k].end <= at and words[k].tag in _HEAD_NOUN_TAGS:
                    k += 1
                run = text[words[j].start:words[k - 1].end]
                if len(run) >= 3 and run.endswith(self.agent_suffixes) and not run.endswith(self.people_suffixes) \
                        and run not in self.not_topics and run not in self.company_references \
                        and not text.endswith(self.owned_by_words, 0, words[j].start):
                    return run  # (not 投资者, 发行人: people; not 归属于|母公司所有者的净利润: whose share)
                j = k
            else:
                j += 1
        return None

    def _measure_of_clause_before(self, text: str, clause: tuple[int, int], clauses: list[tuple[int, int]],
                                  figure_starts: list[int], words: list[Word], word_starts: list[int],
                                  in_names: bytearray) -> str | None:
        """股价连续上涨，从11元上涨至18元: the measure named by the clause just before, when it has no figure."""
        before = next((c for c in reversed(clauses) if c[1] <= clause[0]), None)
        if before is None or before[1] < clause[0] - 1:
            return None
        k = bisect.bisect_left(figure_starts, before[0])
        if k < len(figure_starts) and figure_starts[k] < before[1]:
            return None
        named = self._measures_written(text, before[0], before[1], words, word_starts, in_names)
        return self._measure_phrase(text, named[-1], before[0], words, word_starts, in_names) if named else None

    def _measures_written(self, text: str, start: int, end: int, words: list[Word], word_starts: list[int],
                          in_names: bytearray) -> list[re.Match[str]]:
        """The measure words between `start` and `end`, leaving out those inside a name (天马股份: a name, not the
        measure 股份) and a one-character measure inside or opening a longer word (上证国债指数, 数据显示: not 数)."""
        found = []
        for match in self.measure_re.finditer(text, start, end):
            if any(in_names[match.start():match.end()]):
                continue
            k = bisect.bisect_right(word_starts, match.start()) - 1
            if len(match.group()) == 1 and k >= 0 and words[k].end > match.start() and words[k].end - words[k].start > 1:
                continue
            found.append(match)
        return found

    def _company_acting(self, text: str, clause_start: int, at: int, owners: list[Mention], topics: _Topics,
                        words: list[Word], word_starts: list[int]) -> EntityRecord | None:
        """公司 / 该公司 opening a clause and followed by what it does (公司此次回购…, 该公司拟…) is the clause's
        actor, whatever names its object holds."""
        opening = _opening(words, word_starts, clause_start, at, self.opening_words)
        reference = next((r for r in self.company_reference_list if text.startswith(r, opening)), None)
        if reference is None:
            return None
        after, first = opening + len(reference), min(owners, key=lambda m: m.start)
        described = text.endswith("的", after, first.start) or any(
            self.described_role_re.fullmatch(text, i, first.start) for i in range(max(after, first.start - 6), first.start))
        if first.start < after or described or self.described_role_re.match(text, after) \
                or self.subsidiary_link_re.match(text, after):
            return None  # (公司控股股东张三, 公司下属某某公司, 公司创始股东之一的董清波: the one named acts)
        j = bisect.bisect_left(word_starts, after)
        if j >= len(words) or words[j].start != after or words[j].tag[:1] not in ("v", "d", "p", "r") \
                and words[j].tag not in ("TIME", "t"):
            return None  # (公司及子公司, 公司的: not what the company does)
        if self.notice_verb_re.search(text, after, first.start):
            return None  # 公司于近日接到公司控股股东深圳翠艺…的通知: what the shareholder did
        if reference in self.own_company_words and topics.topic is not None and topics.topic.type == "ORG":
            return topics.topic  # (公司已于9月11日向民生银行南京分行归还…, after the court was named: the company reported on)
        return self._company_meant(reference, opening, topics)

    def _company_meant(self, phrase: str, at: int, topics: _Topics) -> EntityRecord | None:
        """公司 / 本公司 in a report on one company is that company (公司对子公司提供担保的余额, after the bank
        it pledged to was named); 该公司 and the like point back at the organisation named last."""
        if phrase in self.stock_words:  # 该股: the company whose stock the text follows, named with its code
            listed = [m for m in topics.organisations if m.end <= at and m.source == "listed"]
            if listed:
                return listed[-1].entity
        last = topics.last_organisation(at)
        if phrase in self.own_company_words and topics.topic is not None and topics.topic.type == "ORG" \
                and (last is None or len(last.mentions) == 1 or self._names_authority(last)):
            return topics.topic  # (a bank named once in passing, or the exchange it files with, is not what 公司 means)
        return last or topics.topic

    def _described_by_copula_before(self, text: str, ctx: _Context, words: list[Word],
                                    word_starts: list[int]) -> str | None:
        """The group a clause before ends with after 是 (…提升最快的是混合型基金，…): nouns only, ending like a
        counted group (`patterns/facts/counted_groups.tsv`), not 仍是主力 or 起码是三居."""
        before = _clause_just_before(text, ctx)
        if before is None:
            return None
        start, end = before
        copula = text.rfind("是", start, end)
        if copula < 0 or not 2 <= end - copula - 1 <= _COPULA_PHRASE:
            return None
        inside = [w for w in words[bisect.bisect_left(word_starts, copula + 1):bisect.bisect_left(word_starts, end)]
                  if w.end <= end]
        phrase = text[copula + 1:end]
        if not inside or inside[0].start != copula + 1 or inside[-1].end != end \
                or any(w.tag not in _NOUN_TAGS for w in inside) or self.measure_re.search(phrase) \
                or not phrase.endswith(self.group_endings):
            return None
        return phrase

    @staticmethod
    def _named_by_copula_before(text: str, ctx: _Context, topics: _Topics) -> Mention | None:
        """The owner a clause before names after 是/为 as its last words (…的是宝盈基金公司，只有55.61%)."""
        before = _clause_just_before(text, ctx)
        if before is None:
            return None
        start, end = before
        last = [m for m in topics.owners_within(start, end) if m.end == end]
        if last and (text.endswith(("是", "为"), start, last[0].start)
                     or _COPULA_THEN_DESCRIPTION.search(text, start, last[0].start)
                     and not topics.owners_within(start, last[0].start)):
            return last[0]  # (跌幅最小的是上周表现较好的基金安信，本周仅下跌4.1%: described, then named)
        return None

    def _is_object(self, text: str, m: Mention, clause_start: int, words: list[Word], word_starts: list[int]) -> bool:
        """A name right after a verb of its clause (增持|长园集团, 中标|中国邮政储蓄银行, 投资|云南城投) is what is acted on;
        not after a copula (为, 是) or a reporting verb (显示)."""
        j = bisect.bisect_left(word_starts, m.start) - 1
        return j >= 0 and words[j].end == m.start and words[j].start >= clause_start \
            and (words[j].tag == "v" or words[j].text in self.actions or words[j].text in _RECIPIENT_MARKERS) \
            and words[j].text not in self.copulas and not words[j].text.startswith(self.reporting_verbs) \
            and words[j].text not in self.base_markers

    def _actor_before(self, text: str, sentence_start: int, clause_start: int, topics: _Topics, words: list[Word],
                      word_starts: list[int]) -> Mention | None:
        """Who the sentence is about before the clause: its first organisation or person that is not itself
        acted on, nor after a preposition (通过上海证券交易所: the means)."""
        for m in topics.owners_within(sentence_start, clause_start):
            j = bisect.bisect_left(word_starts, m.start) - 1
            after_preposition = j >= 0 and words[j].end == m.start and words[j].tag == "p"
            if not after_preposition and not self._is_object(text, m, sentence_start, words, word_starts) \
                    and not self._is_source(text, m) and m.start not in topics.speakers:
                return m  # (长园集团公告称，格力金投…增持长园集团: the announcer reports, the buyer acts)
        return None

    def _is_component(self, text: str, m: Mention) -> bool:
        """双DIGIC 4数字影像处理器: a part of a product, whose figures are the product's."""
        return m.type == "PRODUCT" and (self.component_after_re.match(text, m.end) is not None
                 or self.component_before_re.search(text, max(0, m.start - 8), m.start) is not None)

    def _before_manner(self, text: str, at: int, start: int, words: list[Word], word_starts: list[int]) -> int:
        """Where the words saying when and how something moved (上周|累计 before 涨) begin, back from `at`."""
        while at > start:
            manner = next((m for m in self.move_manners if text.endswith(m, start, at)), None)
            if manner is not None:  # (收市 may be two words to the tagger)
                at -= len(manner)
                continue
            k = bisect.bisect_right(word_starts, at - 1) - 1
            if k < 0 or words[k].end != at or words[k].start <= start or words[k].tag not in _MANNER_TAGS:
                break
            at = words[k].start
        return at

    def _index_named(self, text: str, start: int, at: int) -> str | None:
        """The index (or failing one, the market) named last in text[start:at]."""
        found = list(self.index_re.finditer(text, start, at))
        if found:
            end = found[-1].end()
            begin = found[-1].start()
            while begin > start and end - begin < 8 and _NAME_CHAR.match(text[begin - 1]) \
                    and text[begin - 1] not in _NOT_IN_INDEX_NAMES:
                begin -= 1  # 上证|综指, 深证基金|指数: the name before the ending
            return text[begin:end]
        markets = [m for m in self.market_re.finditer(text, start, at)]
        return markets[-1].group() if markets else None

    def _share_group(self, text: str, q: Quantity, words: list[Word], word_starts: list[int]) -> str | None:
        """The group a percent is a share of, written right after it: 约46%的买房者, 52.6%的受访者 (受/v 访者/n: the
        tagger's words joined), or without 的 a group of people (29.7%受访者认为)."""
        with_de = text.startswith("的", q.span.end)
        at = q.span.end + with_de
        j = bisect.bisect_left(word_starts, at)
        end, group = at, None
        if j < len(words) and words[j].tag == "v" and len(words[j].text) >= 2:
            return None  # 占IPO筹资规模10%的面向散户发行部分: what is done, not a group
        while j < len(words) and words[j].start == end and (words[j].tag not in _NOT_IN_GROUPS or end == at and
                                                            words[j].text == "被") and words[j].end - at <= 6:  # 被调查者
            end = words[j].end
            written = text[at:end]
            next_is_noun = j + 1 < len(words) and words[j + 1].start == end and words[j + 1].tag in _NOUN_TAGS
            if len(written) >= 2 and written.endswith(self.share_groups) and not self.measure_re.fullmatch(written) \
                    and (with_de or written.endswith(self.people_groups) and len(written) <= _BARE_GROUP_LENGTH) \
                    and not next_is_noun:
                group = written  # (not 持股7.5%的公司|股东, 60.41%的股票|持仓: the group is part of a longer noun)
            j += 1
        return group

    def _group_before_measure(self, text: str, clause_start: int, at: int, measure: str | None, words: list[Word],
                              word_starts: list[int]) -> str | None:
        """A group (`patterns/facts/counted_groups.tsv` endings) written right before the figure's measure, with
        的 or not (不少个股的涨幅超过50%, 24只出现净赎回的债基平均每只被净赎回…): the noun compound it ends."""
        measure_at = text.rfind(measure, clause_start, at) if measure else -1
        if measure_at < 0:
            return None
        j = bisect.bisect_left(word_starts, measure_at) - 1
        while j >= 0 and words[j].start >= clause_start and self.group_to_measure_re.fullmatch(text, words[j].end, measure_at) \
                and not words[j].text.endswith(self.owner_heads):
            j -= 1
        if j < 0 or words[j].start < clause_start or words[j].tag not in _NOUN_TAGS \
                or not words[j].text.endswith(self.owner_heads) \
                or not self.group_to_measure_re.fullmatch(text, words[j].end, measure_at):
            return None
        head_end = words[j].end
        start = words[j].start
        while j > 0 and words[j - 1].end == start and words[j - 1].start >= clause_start \
                and words[j - 1].tag in ("n", "nz", "b", "a"):
            j -= 1
            start = words[j].start
        phrase = text[start:head_end]
        if len(phrase) < 2 or phrase in self.company_references or (j > 0 and words[j - 1].tag in ("v", "vn")) \
                or text.endswith(("占", ")", "）"), clause_start, start) or self.pointing_re.search(text, clause_start, start):
            return None  # (累计质押/vn 公司股份, 新增/v 基金账户开户数: what is done; 占分红基金总数: the whole a share is of;
            #             这只成立于2004年的基金, 其偏股型基金, 他管理产品: one named before, or its;
            #             股票型(非指数)|基金: the head phrase reads a name with an aside)
        return phrase

    def _index_just_before(self, text: str, clause_start: int, at: int, words: list[Word],
                           word_starts: list[int]) -> str | None:
        """An index named right before the figure, with at most what moved between (同期上证综指34.24%,
        上证180指数的全天涨幅为2.39%), not a fund or product named after an index (沪深300指数基金)."""
        found = [m for m in self.index_re.finditer(text, max(clause_start, at - _INDEX_GAP - 8), at)]
        if not found or text.startswith(self.index_products, found[-1].end()) \
                or not self.index_to_figure_re.fullmatch(text, found[-1].end(), at):
            return None
        end = found[-1].end()
        j = bisect.bisect_left(word_starts, end) - 1
        if j < 0 or words[j].end != end:
            return None  # (an index ending inside a word: not its name)
        begin = end
        while j >= 0 and words[j].end == begin and words[j].start >= clause_start and words[j].tag in _INDEX_NAME_TAGS \
                and words[j].text not in self.opening_words and words[j].text not in self.not_topics:
            begin = words[j].start  # (not 同期: when, not which index)
            j -= 1
        if begin >= found[-1].start():  # 集微/a 指数: an ending alone, its name written before it
            return self._index_named(text, clause_start, end)
        return text[begin:end]

    def _index_opening(self, text: str, opening: int, at: int, words: list[Word], word_starts: list[int]) -> str | None:
        """The index a clause opens with (沪指收盘上涨, 香港恒生指数也下跌, 上证综指全年累计下跌), else None: the
        words before its ending are all parts of a name (not 他正等待纳指, 19只指数基金)."""
        if _RESPECTIVELY.search(text, opening, at):
            return None  # (上证指数和上证基金指数跌幅分别为65%和50%: a list of indexes, one figure each)
        for found in self.index_re.finditer(text, opening, at):
            j = bisect.bisect_left(word_starts, opening)
            while j < len(words) and words[j].end <= found.start() and words[j].tag in _INDEX_NAME_TAGS:
                j += 1
            if j < len(words) and words[j].end <= found.start():
                return None  # a word that is no part of a name: the clause is not about the index
            if not text.startswith(self.index_products, found.end()):
                return text[opening:found.end()]
        return None

    def _respective_owners(self, text: str, sentence: Segment, clauses: list[tuple[int, int]],
                           quantities: list[Quantity], topics: _Topics, words: list[Word],
                           word_starts: list[int]) -> dict[int, tuple[str, EntityRecord | None]]:
        """分别 (respectively): the figures after it, one per name of the list before it, in order
        (华商盛世成长、东方精选、嘉实主题，增长率分别为1.69%、1.47%、1.09%). Only when the counts agree."""
        owners: dict[int, tuple[str, EntityRecord | None]] = {}
        for match in _RESPECTIVELY.finditer(text, sentence.start, sentence.end):
            clause = next((c for c in clauses if c[0] <= match.start() < c[1]), None)
            if clause is None:
                continue
            figures = [q for q in quantities if match.end() <= q.span.start < clause[1]]
            names_after = _NAMES_AFTER_RESPECTIVELY.match(text, match.end())
            if not figures and names_after is not None and names_after.end() <= clause[1]:
                # 排名前两位的分别是马化腾和马云，身价为559亿美元和513亿美元: the names first, the figures next
                following = next((c for c in clauses if c[0] >= clause[1]), None)
                figures = [q for q in quantities if following and following[0] <= q.span.start < following[1]]
                items = self._list_items(text, names_after.start(1), clause[1], topics, words, word_starts)
                if len(figures) >= 2 and len(items) == len(figures):
                    owners.update((q.span.start, item) for q, item in zip(figures, items))
                continue
            listed = next((c for c in reversed(clauses) if c[0] < match.start()
                           and "、" in text[c[0]:_before_respectively(text, c[0], min(c[1], match.start()))]), None)
            # 涨幅最大的两只基金为中邮核心优选和国投瑞银瑞福进取，分别上涨31.23%和30.85%: named pairs, also when
            # nearer than a list (A、B、C、D…下跌均超过6%；E和F下跌幅度相对较小，分别为3.26%、4.21%)
            paired = next((c for c in reversed(clauses) if c[0] < match.start()
                           and _LIST_SEPARATOR.search(text, c[0], min(c[1], match.start()))), None)
            just_before = paired is not None and paired[1] < match.start() \
                and not text[paired[1] + 1:match.start()].strip(" " + self.respective_adverbs)
            used = paired is not None and listed is not None and paired[0] > listed[1] \
                and "分别" in text[listed[0]:paired[0]]  # (A、B和C…分别上涨…；D和E收盘报跌，跌幅分别为: the list is used)
            if listed is not None and (paired == listed or not just_before) and not used:
                paired = None
            if paired is not None and len(figures) >= 2:
                items = self._list_items(text, paired[0], min(paired[1], match.start()), topics, words, word_starts)
                first_at = text.find(items[0][0], paired[0]) if items else -1
                if just_before and (first_at > 0 and text[first_at - 1] == "的"
                                    or any(self.measure_re.fullmatch(name) for name, entity in items if entity is None)):
                    items = []  # 万科的销售量和销售金额…，分别增长13.18%和6.79%: someone's measures listed, not owners
                # (工行上证50和光大保德信量化核心也是联通的股东，分别持有…: the pair's clause right before 分别)
                if just_before:  # 交银施罗德环球精选|下跌幅度相对较小: the name, before what its clause says of it
                    items = [(_before_measure(name, self.measure_re) if entity is None else name, entity) for name, entity in items]
                if any(_FIGURE_ITEM.fullmatch(name) for name, _ in items):
                    items = []  # 分别下跌2.09%、1.22%，分别报收于…: a list of figures, not of names
                adjoining = items and (paired[0] <= match.start() <= paired[1] + 1 and items[-1][0] in text[
                    max(paired[0], match.start() - _ADJOINING_REACH):match.start()] or just_before) and \
                    not (text.startswith(("为", "是"), match.end()) and any(self.measure_re.search(name) for name, _ in items))
                # 光大新增长和光大量化核心分别净申购 (not 交易均价和减持金额分别为…: measures listed, not owners)
                if len(items) == len(figures) and (adjoining or all(entity is not None for _, entity in items)):
                    owners.update((q.span.start, item) for q, item in zip(figures, items))
                    continue
            if listed is None and _ANAPHORIC_GROUP.search(text, clause[0], match.start()):
                listed = self._list_before(text, sentence.start)  # 上述三家基金公司去年分别实现净利润A、B和C
                if listed is not None:
                    listed = (listed[0], listed[1] + 1)
            if len(figures) < 2 or listed is None:
                continue
            end = min(listed[1], match.start())
            earlier = text.find("分别", listed[0], end)
            # …的股票仓位分别是82.58%、…，而去年末的仓位分别是84.46%、…: the list of the first 分别 serves the second
            items = self._list_items(text, listed[0], earlier if earlier >= 0 else end, topics, words, word_starts)
            if len(items) == len(figures):
                for q, item in zip(figures, items):
                    owners[q.span.start] = item
        owners.update(self._listed_without_respectively(text, sentence, clauses, quantities, topics, words, word_starts, owners))
        return owners

    def _listed_without_respectively(self, text: str, sentence: Segment, clauses: list[tuple[int, int]],
                                     quantities: list[Quantity], topics: _Topics, words: list[Word], word_starts: list[int],
                                     owners: dict[int, tuple[str, EntityRecord | None]]) -> dict[int, tuple[str, EntityRecord | None]]:
        """A、B、C、D的股票仓位仍然在20%以下，…，同期仅上涨0.66%、1.15%、3.50%、4.37%: three figures or more listed in
        one clause, without 分别, are one per name of the last list of as many names before them in the sentence."""
        found: dict[int, tuple[str, EntityRecord | None]] = {}
        for clause in clauses:
            figures = [q for q in quantities if clause[0] <= q.span.start < clause[1]]
            if len(figures) < 3 or any(q.span.start in owners for q in figures) or "分别" in text[clause[0]:clause[1]] \
                    or not all(_FIGURE_JOINER.fullmatch(text, a.span.end, b.span.start) for a, b in zip(figures, figures[1:])):
                continue
            listed = next((c for c in reversed(clauses) if c[1] <= clause[0] and "、" in text[c[0]:c[1]]), None)
            if listed is None:
                continue
            items = self._list_items(text, listed[0], listed[1], topics, words, word_starts)
            if len(items) == len(figures) and not any(self.measure_re.search(name) for name, entity in items if entity is None):
                found.update((q.span.start, item) for q, item in zip(figures, items))
        return found

    @staticmethod
    def _list_before(text: str, before: int) -> tuple[int, int] | None:
        """The last enumeration (A、B和C) in the sentences just before `before`, from its first name to its end."""
        window = max(0, before - _LIST_LOOKBACK)
        parts = [m for m in re.finditer(r"[^，,。；;：:]+", text[window:before]) if "、" in m.group()]
        if not parts:
            return None
        last = parts[-1]
        opener = _LIST_LEAD.search(last.group())
        start = window + last.start() + (opener.end() if opener else 0)
        return start, window + last.end() - 1

    def _list_items(self, text: str, start: int, end: int, topics: _Topics, words: list[Word],
                    word_starts: list[int]) -> list[tuple[str, EntityRecord | None]]:
        """The names of an enumeration X、Y和Z in text[start:end]: each item's run of content words (for the
        first item the run it ends with, for the last the run it starts with: 紧随其后的有|华商盛世成长,
        嘉实主题|的增长率), as the entity named there when one covers it."""
        cuts = [start] + [m.end() for m in _LIST_SEPARATOR.finditer(text, start, end)]
        items = []
        for k, (a, b) in enumerate(zip(cuts, [c - 1 for c in cuts[1:]] + [end])):  # each separator is one character
            if b > a and text[b - 1] in ")）":  # 海富通基金管理有限公司(下称“海富通基金”): the name before its aside
                opened = max(text.rfind("(", a, b), text.rfind("（", a, b))
                b = opened if opened > a else b
            if k == 0:  # 3只偏股基金|长城双动力、…: after the group counted, the first name
                counted_before = max(self.counted_group_re.finditer(text, a, b), key=lambda m: m.end(), default=None)
                if counted_before is not None and b - counted_before.end() >= 2:
                    a = counted_before.end()
            j = bisect.bisect_left(word_starts, a)
            inside = [w for w in words[j:bisect.bisect_left(word_starts, b)] if w.end <= b]
            run: list[Word] = []
            for w in (reversed(inside) if k == 0 else inside):
                if w.tag in _NOT_IN_NAMES and not (w.tag == "TIME" and _DATELESS_TIME.fullmatch(w.text)) \
                        or w.text in self.list_openers:
                    break
                run.append(w)
            if not run and 0 < k < len(cuts) - 1 and b - a >= 2 and _NAME_CHARS.fullmatch(text, a, b):
                run = [Word(a, b, text[a:b], "nz")]  # 上/f 投摩根/v 中/f 小盘/n: an item between two separators is whole
            if k == 0:
                run.reverse()
            if not run:
                return []
            lo, hi = run[0].start, run[-1].end
            covering = [m for m in topics.owners_within(max(start, lo - 20), hi + 20) + topics.places_within(max(start, lo - 20), hi + 20)
                        if m.start <= lo and hi <= m.end]
            counted = _COUNTED_AFTER_ITEM.search(text, lo + 2, hi) if k > 0 else None
            if counted is not None:  # 量化核心基金|四只基金的股票仓位: the list ends where the group is counted
                hi = counted.start()
            measured = next((m for m in self.measure_re.finditer(text, lo + 2, hi) if any(
                w.start == m.start() and w.tag in ("n", "nz") for w in run)), None) if k > 0 else None
            if measured is not None:  # 华夏大盘精选和华夏红利|单位净值分别上涨: the measure after the last name
                hi = measured.start()
            if not covering and k > 0 and all(entity is not None for _, entity in items):
                # 基金金泰和基金鸿阳|收盘报跌: in a list of names, the name the item opens with, then what it did
                # (not 环境修复、…、危废处理处置: a list of business lines)
                covering = [m for m in topics.owners_within(lo, hi) if m.start == lo and any(
                    w.start >= m.end and w.tag == "v" for w in run)]
            if covering:
                items.append((covering[0].entity.name, covering[0].entity))
            elif hi - lo >= 2:
                items.append((text[lo:hi], None))
            else:
                return []
        return items

    def _described_after(self, text: str, clause_start: int, q: Quantity, topics: _Topics, words: list[Word],
                         word_starts: list[int]) -> tuple[str, EntityRecord | None] | None:
        """总价100万的二手房, 收益率超过20%的基金: a measure and its figure written as an attribute (+ 的 + a noun
        phrase) describe that phrase: a name, or a noun that is no measure, holding, person or time."""
        at = q.span.end
        if not text.startswith("的", at):
            return None
        named_before = [m for m in self.measure_re.finditer(text, max(clause_start, q.span.start - _ATTRIBUTE_GAP - 8),
                                                             q.span.start)]
        if not named_before or q.span.start - named_before[-1].end() > _ATTRIBUTE_GAP:
            return None
        named = next((m for m in topics.owners_within(at + 1, at + 12) if m.start == at + 1), None)
        if named is not None:
            return named.entity.name, named.entity
        noun = self._counted_noun(text, q, words, word_starts)
        if not noun or len(noun) < 2 or self.measure_re.search(noun) or noun.endswith(self.holding_nouns) \
                or noun in self.person_nouns or noun.startswith(tuple(self.not_topics)):
            return None  # (达到47.8%的高位: a level reached, 16176元/平方米的新高)
        return noun, None

    def _possessor(self, text: str, clause_start: int, q: Quantity, topics: _Topics, words: list[Word],
                   word_starts: list[int]) -> tuple[str, EntityRecord | None] | None:
        """The noun phrase right before 的 + the figure (来自于Hago的2270万, 高于开放式的46.58%): the figure
        is its own. Not a time (去年同期的15.23万人), a measure (总股本的5%), a relative clause
        (已公布一季报的100只基金), or a figure that a noun follows (梅铎的38岁长子: the son's)."""
        at = q.span.start
        if at - 1 <= clause_start or text[at - 1] != "的":
            return None
        k = bisect.bisect_left(word_starts, q.span.end)
        if k < len(words) and words[k].start == q.span.end and words[k].tag in _NOUN_TAGS | {"LOC", "m", "q"}:
            return None
        j = bisect.bisect_left(word_starts, at - 1)
        if j >= len(words) or words[j].start != at - 1:
            return None
        start = at - 1
        while j > 0 and words[j - 1].end == start and words[j - 1].start >= clause_start and (
                words[j - 1].tag in _NOUN_TAGS - {"vn"} or words[j - 1].tag == "LOC"
                or words[j - 1].tag in ("a", "b") and len(words[j - 1].text) <= 3
                or words[j - 1].text == " " and start < at - 1 and text[start].isascii()):
            start = words[j - 1].start
            j -= 1
        if j > 0 and words[j - 1].end == start and words[j - 1].tag in ("v", "vd", "vn") \
                and words[j - 1].text not in self.base_markers:
            return None  # a relative clause: 参与定向增发的7家公司 (but 高于封闭式基金的70.51% compares)
        if j > 0 and words[j - 1].end == start and words[j - 1].tag in ("TIME", "t"):
            return None  # 从一/TIME 季度/n 的68.39%: part of a time
        quote = _PRICE_QUOTE_BEFORE.search(text, clause_start, start)
        quoted = next((m for m in topics.owners_within(clause_start, quote.start()) if m.end == quote.start()), None) \
            if quote is not None else None
        if quoted is not None:  # 天风证券(10.100,0.26,2.64%)股份有限公司的: the name the price quote cut off
            start = quoted.start
        if start > clause_start and text[start - 1] in _RECIPIENT_MARKERS:
            return None  # 质押给天风证券股份有限公司的3000万股: the pledger's shares, not the pledgee's
        if quoted is not None:
            return quoted.entity.name, quoted.entity
        phrase = text[start:at - 1].strip()
        if _SHARE_OF.search(text, clause_start, start) or phrase.endswith(self.whole_nouns):
            return None  # 持股已占到其流通盘的50%, 超过上市公司流通盘的10%: a share of a whole, owned by who holds it
        if len(phrase) < 2 or self.measure_re.search(phrase) or phrase in self.not_topics \
                or phrase.endswith(self.source_nouns):
            return None
        if phrase in self.company_references:
            company = self._company_meant(phrase, at, topics)
            return (company.name, company) if company is not None else None
        named = [m for m in topics.owners_within(start, at - 1) + topics.places_within(start, at - 1)
                 if m.end == at - 1]
        if named:
            return named[0].entity.name, named[0].entity
        return phrase, None

    def _clause_topic(self, text: str, clause: tuple[int, int], words: list[Word], word_starts: list[int]) -> str | None:
        """The noun phrase a clause opens with when a verb follows it (QDII出现净申购, 货币型和债券型基金是…),
        unless the verb reports (数据显示, 记者了解到) or the phrase is a measure (营收增长20%)."""
        if text.startswith(self.breakdown_cues, clause[0]) and _DIGIT.search(text, clause[0], clause[1]):
            return None  # 其中核心业务K12占比达83.5%: a part with its own figure, not the topic of what follows
        start = end = _opening(words, word_starts, clause[0], clause[1], self.opening_words)
        j = bisect.bisect_left(word_starts, start)
        while j < len(words) and words[j].start == end and words[j].end <= clause[1] and (
                words[j].tag in _NOUN_TAGS - {"vn", "PER"} or end == start and words[j].tag in ("a", "b") and len(words[j].text) <= 3
                or words[j].text in ("和", "与", "及", "、") and end > start):
            end = words[j].end
            j += 1
        phrase = text[start:end].rstrip("和与及、")
        while j + 1 < len(words) and words[j].start == end and words[j].tag in ("d", "ad") and words[j + 1].start == words[j].end:
            end = words[j].end  # 偏股型基金明显占据主流: an adverb before the verb
            j += 1
        if len(phrase) < 2 or j >= len(words) or words[j].start != end or words[j].tag != "v" \
                or text.startswith(self.reporting_verbs, end):
            return None
        if self.measure_re.fullmatch(phrase) or phrase in self.company_references or phrase.endswith(self.source_nouns) \
                or phrase in self.not_topics or phrase.endswith(self.not_topic_endings):
            return None  # (主要原因是：…: a reason is given, no topic)
        return phrase

    def _possessor_heading(self, text: str, clause: tuple[int, int], words: list[Word], word_starts: list[int]) -> str | None:
        """The noun phrase a clause opens with before 的 (债券型基金|的表现仅次于…): whose the clause tells of."""
        start = end = _opening(words, word_starts, clause[0], clause[1], self.opening_words)
        j = bisect.bisect_left(word_starts, start)
        while j < len(words) and words[j].start == end and words[j].end <= clause[1] and words[j].tag in _NOUN_TAGS - {"vn"}:
            end = words[j].end
            j += 1
        phrase = text[start:end]
        if len(phrase) < 2 or not text.startswith("的", end) or self.measure_re.fullmatch(phrase) \
                or phrase in self.company_references or phrase in self.not_topics or phrase.endswith(self.not_topic_endings):
            return None
        return phrase

    def _change_follows(self, text: str, at: int, end: int) -> bool:
        """A change verb (after 同比 / 环比 and the like) right after `at`: 下跌6.52%, 同比增84%."""
        basis = self.base_re.match(text, at, end)
        change = self.change_re.match(text, basis.end() if basis else at, end)
        return change is not None

    def _head_phrase(self, text: str, start: int, end: int, words: list[Word], word_starts: list[int],
                     measure: str | None) -> str | None:
        """The noun phrase heading a clause when it names who (电商达人, 电商专家)."""
        phrase_start = phrase_end = _opening(words, word_starts, start, end, self.opening_words)
        j = bisect.bisect_left(word_starts, phrase_start)
        if j > 0 and words[j - 1].start >= start and words[j - 1].end == phrase_start and words[j - 1].text in self.object_prepositions:
            return None  # 向全体基金份额持有人…派发: whom it goes to, not who pays
        for reference in self.company_reference_list:
            if text.startswith(reference, phrase_start, end):
                return reference
        counted = _counted_group(words, j, end)
        if counted is not None:  # 70个大中城市新建住房销售价格同比上涨: a counted group owns the figure
            return text[phrase_start:counted]
        measure_at = text.find(measure, phrase_start, end) if measure else -1
        limit = measure_at if measure_at >= 0 else end  # 餐饮外卖业务|变现率: the phrase stops where the measure starts
        segment_end = -1
        verbs = 1 if j + 1 < len(words) and words[j + 1].tag == "vn" and len(words[j + 1].text) <= 2 \
            and words[j + 1].start == words[j].end and words[j].text not in self.linking_verbs else 0  # 转债/v 混合/vn 基金/n
        if j + 1 + verbs < len(words) and words[j].start == phrase_start and words[j].tag == "v" and len(words[j].text) <= 2 \
                and not words[j].text.startswith("占") \
                and words[j + 1 + verbs].start == words[j + verbs].end and words[j + 1 + verbs].tag in ("n", "nz") \
                and words[j + 1 + verbs].text.endswith(self.agent_suffixes) \
                and words[j + 1 + verbs].text not in self.company_references \
                and (verbs or words[j + 1].text not in self.agent_suffixes) \
                and words[j + 1 + verbs].end <= limit:  # (not 占/v 公司/n: a bare 公司 is no kind; 占|上市公司总股本: a share;
            #                                         累计质押/vn 公司/n 股份: the company's shares)
            phrase_end = words[j + verbs].end  # 配置/v 混合型基金, 转债/v 混合/vn 基金: a kind of fund named by what it does
            j += 1 + verbs
        elif j < len(words) and words[j].start == phrase_start and words[j].tag == "v" and len(words[j].text) <= 2 \
                and not words[j].text.startswith("占") and not words[j].text.endswith("于") \
                and words[j].text not in self.copulas and words[j].text not in self.linking_verbs:
            # (not 占/v 项目公司, 是/v 股票型基金, 高于/v 股票型基金: a share, a copula, a comparison)
            k = j + 1
            while k < len(words) and words[k].start == words[k - 1].end and words[k].tag in ("n", "nz") \
                    and words[k].end <= limit and not words[k].text.endswith(self.segment_heads):
                k += 1
            if k > j + 1 and k < len(words) and words[k].start == words[k - 1].end and words[k].end <= limit \
                    and words[k].tag in ("n", "nz") and words[k].text in self.segment_heads:
                phrase_end = words[j].end  # 搜索/v 广告/n 业务/n 收入: a business line named by what it does
                j += 1
        while j < len(words) and words[j].start == phrase_end and words[j].end <= limit:
            aside = _ASIDE_IN_NAME.match(text, phrase_end) if phrase_end > phrase_start else None
            if aside is not None and aside.end() < limit:  # 股票型(非指数)基金: an aside inside the phrase
                k = bisect.bisect_left(word_starts, aside.end())
                if k < len(words) and words[k].start == aside.end() and words[k].tag in _NOUN_TAGS:
                    phrase_end, j = aside.end(), k
                    continue
            if not (words[j].tag in _NOUN_TAGS or words[j].text in ("及", "和", "与", "、") and phrase_end > phrase_start
                    or len(words[j].text) >= 3 and words[j].text.endswith(self.agent_suffixes) and words[j].tag == "a"  # 混合型基金/a
                    or words[j].tag in ("a", "b") and phrase_end == phrase_start and len(words[j].text) <= 3  # 开放式/a 基金
                    or words[j].text == " " and text[phrase_end - 1:phrase_end].isascii() and phrase_end > phrase_start):
                break
            phrase_end = words[j].end
            if words[j].text.endswith(self.segment_heads):
                segment_end = phrase_end
            j += 1
        if measure is None and phrase_start < segment_end < phrase_end:
            return text[phrase_start:segment_end]  # 餐饮外卖业务变现率: the business line, then what is measured
        if phrase_end == phrase_start and j < len(words) and words[j].start == phrase_start and words[j].end > limit > phrase_start:
            glued = _MEASURE_MODIFIER_TAIL.sub("", text[phrase_start:limit])  # 指数型基金平均收益率/nz: one word
            if len(glued) >= 3 and glued.endswith(self.agent_suffixes):
                return glued
        phrase = text[phrase_start:phrase_end].rstrip("及和与、")
        measure_at = text.find(measure, phrase_start + len(phrase), end) if measure else -1
        if measure_at >= 0 and not phrase.endswith(self.agent_suffixes):
            kinds = [k for k in range(3, len(phrase)) if phrase[:k].endswith(self.agent_suffixes)]
            rest = [w for w in words[bisect.bisect_left(word_starts, phrase_start + kinds[-1]):
                                     bisect.bisect_left(word_starts, measure_at)]] if kinds else []
            if rest and all(w.tag in ("vn", "a", "ad", "d") for w in rest):
                phrase = phrase[:kinds[-1]]  # 混合型基金|加权平均仓位: the kind of fund, then what qualifies its measure
        if not phrase or measure and measure.startswith(phrase) or phrase in self.not_topics \
                or phrase.endswith(self.not_topic_endings):
            return None  # (市场预期亏损14.5亿元: the consensus, not an owner; 以大宗交易方式减持: a way, not who)
        if all(self.measure_re.fullmatch(part.removeprefix(self.measure_modifier_re.match(part).group()))
               for part in _LIST_SEPARATOR.split(phrase)):
            return None  # 毛利率和费用率基本上维持不变, 回购价格与公告日收盘价的溢价: measures, not an owner
        stripped = phrase_end > phrase_start + len(phrase)
        phrase_end = phrase_start + len(phrase)
        first = bisect.bisect_left(word_starts, phrase_start)
        if phrase.endswith(self.agent_suffixes):
            return phrase
        if words[first].tag in ("a", "b") and len(words[first].text) == 1:
            return None  # 总/a 现金收入: a one-character modifier opens a measure, not an owner (新/a 基金 has a suffix)
        # whose measure, written with 的: Likee的平均移动端月活跃用户, 全球直播服务的移动端月活跃用户
        if measure and text.startswith("的", phrase_end) and measure in text[phrase_end:end] and len(phrase) >= 2:
            return phrase
        if (measure is None or measure not in text[start:end]) and len(phrase) >= 2 \
                and self._change_follows(text, phrase_end, end):
            return phrase  # 上证综指下跌6.52%, 电商达人同比增84%: what rose or fell
        if not measure or text.startswith((")", "）"), phrase_end) or self.measure_re.fullmatch(phrase):
            return None  # 旗下楼盘)(...): the tail of an aside
        # a business line before its measure: 在线游戏收入1.02亿美元 -> 在线游戏
        if text.startswith(measure, phrase_end):
            return phrase if len(phrase) >= 3 and measure not in self.generic_measures else None
        # a topic, then a verb modifying its measure: 两市新增基金账户开户数达到22.85万户 -> 两市
        # (not a relative clause: 经营活动产生的现金流量净额 is one measure, 通过电商带来收入的155万人 counts people)
        gap_end = text.find(measure, phrase_end, end)
        after_preposition = first > 0 and words[first - 1].tag == "p" and words[first - 1].start >= start
        if len(phrase) >= 2 and gap_end > phrase_end and not stripped and j < len(words) and words[j].tag == "v" \
                and "的" not in text[phrase_end:gap_end] and "的" not in text[gap_end:end] and not after_preposition:
            return phrase
        return None

    # ---------------------------------------------------------------- currency
    @staticmethod
    def _document_currency(quantities: list[Quantity]) -> str:
        """The currency most figures of the document are written in (CNY when none is)."""
        counts: dict[str, int] = {}
        for q in quantities:
            written_out = q.unit != "CNY" or any(word in q.span.text for word in ("人民币", "RMB", "¥", "￥"))
            if q.unit in _CURRENCY_CODES and written_out:
                counts[q.unit] = counts.get(q.unit, 0) + 1  # 港元, 美元, 人民币: written out, not a bare 元
        return max(counts, key=lambda code: counts[code]) if counts else "CNY"

    def _currency(self, text: str, q: Quantity, measure: str | None, currency: str) -> str | None:
        """A bare amount of a money measure (融资2.5亿) and a bare 元 in a Hong Kong story are the story's currency."""
        written = text[q.span.start:q.span.end]
        if q.unit is None and measure and any(measure.endswith(m) for m in self.money_measures):
            return currency
        if q.unit == "CNY" and currency == "HKD" and re.search(r"\d(万|亿|千|百)?元", written) \
                and "人民币" not in text[max(0, q.span.start - 4):q.span.end + 4]:
            return "HKD"
        return q.unit

    # ------------------------------------------------------------ period/status
    def _period(self, text: str, q: Quantity, timeline: "_Timeline", clause: tuple[int, int],
                sentence: Segment, headline_end: int, words: list[Word], word_starts: list[int],
                before: Segment | None = None, dated_days: dict[int, int] | None = None) -> Time | None:
        """The time a figure refers to.

        The last date before it that is not a comparison base (较2018年第二季度,
        相当于2019年的3倍) — the report's period carries on through later paragraphs,
        a single day only within its sentence. 去年同期 right before a figure
        (去年同期46.17亿元) is the compared period moved back a year.
        """
        times, kinds = timeline.times, timeline.kinds
        bracketed = _time_in_brackets_after(text, q, timeline)
        if bracketed is not None:
            return bracketed
        respective = _respective_period(text, q, timeline, clause, sentence)
        if respective is not None:
            return respective
        yearly = _year_of_slash_item(text, q, timeline, clause, sentence)
        if yearly is not None:
            return yearly
        k = bisect.bisect_left(timeline.starts, q.span.start)
        if k and times[k - 1].span.end > q.span.start:
            k -= 1  # a time running into the figure ends the search, as any later one would
        last = next((j for j in range(k - 1, -1, -1) if not kinds[j].skipped), None)
        if last is not None:
            t, kind = times[last], kinds[last]
            gap = text[t.span.end:q.span.start].strip()
            closing = _MONTHS_ENDING.match(gap) if kind.base else None
            if closing is not None:  # 较截至2019年3月31日止六个月的销售额3180万美元: the months it closes
                gap = gap[closing.end():]
            named = self.measure_re.match(gap.removeprefix("的")) if kind.same_year_ago or closing else None
            if named is not None:  # 去年同期亏损77亿元: that period's figure of the measure named
                gap = gap.removeprefix("的")[named.end():]
            linked = _LINK_THEN_MEASURE.match(gap) if kind.same_year_ago else None
            ending = [m.end() for m in self.measure_re.finditer(gap, linked.end())] if linked is not None else []
            if ending and ending[-1] == len(gap) and len(gap) - linked.end() <= _NAMED_MEASURE_REACH \
                    and _CJK_RUN.fullmatch(gap, linked.end()):
                gap = "为"  # 去年同期则为净利润2365.05万元, 上年同期有贴息收入296,100元: a link, then the measure named

            if (kind.base or kind.same_year_ago) and t.span.start >= clause[0] \
                    and (q.unit not in ("x", "%", "pp") or q.unit == "%" and gap in ("", "的")) \
                    and _LINK_TO_FIGURE.fullmatch(gap or "的"):
                # the compared figure itself: 较2018年第二季度的2.817亿元, 去年同期46.17亿元
                if not kind.same_year_ago:
                    return _months_ending(text, t) if closing is not None else t
                current = _last_period(timeline, last, sentence)
                if current is not None and current.as_of and current.end is not None:
                    current = _months_ending(text, current)
                return _year_before(current, t) if current is not None else t
            if kind.same_year_ago and t.span.start >= clause[0] and not _FIGURE_AT_ONCE.match(text, t.span.end) \
                    and self.opens_clause_re.search(text[max(sentence.start, t.span.start - _CONNECTIVE_REACH):t.span.start]):
                current = _last_period(timeline, last, sentence)  # 近三月…分红总额约120亿元；而去年同期虽然也只有48只
                if current is not None:                           # 基金约2200亿份基金分红: that period a year back
                    return _year_before(current, t)
        while k and times[k - 1].span.start > sentence.start and kinds[k - 1].starting \
                and not _starting_value_is(text, times[k - 1], q) \
                and (_REACHED.search(text, times[k - 1].span.end, q.span.start)
                     or times[k - 1].span.start < clause[0] and not self.change_re.search(text, clause[0], q.span.start)):
            k -= 1  # 净资产由2017年的68亿元缩水至约2亿元, 仓位自前一周67.68%增加14BP，平均仓位为67.82%: the result's
            # time is not the starting point's (but 自去年11月的低点8.03元一路上涨，区间最大涨幅接近130%: since then)
        current = _last_period(timeline, k, sentence, before, dated_days)
        if current is None or current.span.start < clause[0]:
            current = _time_after_counted(text, q, timeline, k, clause, words, word_starts) or current
        if current is None and (q.span.start < headline_end or text.startswith(_ORIGINAL_TITLE, sentence.start)):
            current = _first_period_after(timeline, k, max(headline_end, sentence.end))
            # a headline figure (or its 原标题 line's): the period of the lead
        if current is not None and current.as_of and current.end is not None:
            current = _since_closed_by(text, timeline, current, sentence) or _months_ending(text, current)
            # 截至2019年6月30日止三个月: the quarter it closes; 截至2月13日，今年以来，…。…: the range it closes
        elif current is not None and current.granularity == "month" and text.startswith(("止", "为止"), current.span.end):
            current = _months_ending(text, current)  # 2019年9月止六个月: the half-year to the month's end
        if current is not None and current.start is not None and (current.granularity == "year" or SINCE.search(current.text)):
            as_of = next((t for t, kind in zip(reversed(times[:k]), reversed(kinds[:k])) if sentence.start <= t.span.start
                          and t.as_of and t.end is not None and not kind.skipped and t is not current
                          and t.end.year == current.start.year and (t.granularity == "day" or current.granularity != "year")),
                         None)
            if as_of is None and SINCE.search(current.text) and not re.search(r"\d", current.text) \
                    and current.span.start >= sentence.start:
                as_of = next((t for t in reversed(times[:k]) if t.as_of and t.granularity == "day" and t.end is not None
                              and t.end.year == current.start.year and current.span.start - t.span.end <= _AS_OF_REACH
                              and "\n" not in text[t.span.end:current.span.start]), None)
                # 截至2月23日，…。而表现最好的QDII基金今年以来也下跌了3.26%: the paragraph's as-of day
            if as_of is not None:  # 截至到10月31日，2019年宣告破产的房企 / 截至一季度末，今年以来: so far
                current = current.model_copy(update={"end": as_of.end, "granularity": "range"})
        if current is not None and _years_of_range(current) >= 2:  # 从2001年～2007年，…从818亿元猛增到3.3万亿元
            written = text[clause[0]:q.span.start]
            year = current.start.year if _FROM_FIGURE.search(written) else \
                current.end.year if _TO_FIGURE.search(written) else None
            if year is not None:
                return current.model_copy(update={"start": date(year, 1, 1), "end": date(year, 12, 31), "granularity": "year"})
        if current is not None and current.granularity == "range" and current.end is not None \
                and _ENDS_ON_A_DAY.search(current.text) and _TO_FIGURE.search(text, clause[0], q.span.start):
            return current.model_copy(update={"start": current.end, "granularity": "day"})
            # 从2009年第一个交易日到4月9日，中国联通从5.11元涨至|5.46元: the level on the range's last day
        if current is not None and self.from_before_move_re.match(text, q.span.end) and \
                text.endswith("由", clause[0], q.span.start) and current.granularity in ("quarter", "half", "year", "range"):
            if current.granularity == "range" and current.start is not None and _STARTS_ON_A_DAY.match(current.text):
                return current.model_copy(update={"end": current.start, "granularity": "day"})
                # 在2017年11月3日至2019年7月1日期间持有…比例由|19.32%降至13.79%: the level on the range's first day
            return _year_before(current, current)  # 收入由9.7亿元增加至13.55亿元: the first figure is last year's
        return current

    def _status(self, text: str, q: Quantity, ctx: _Context, words: list[Word], word_starts: list[int],
                period: Time | None) -> str:
        if period is not None and "同期" in period.text:
            return "actual"  # 上年同期亏损26.6亿元: last year's figure is a fact, whatever is forecast now
        if _stock_quote(text, q) is not None:
            return "actual"  # 圆通速递(11.840,-0.20,-1.66%)拟回购: a quote is today's price, whatever the headline plans
        status = "actual"
        for match in self.cue_re.finditer(text, ctx.sentence.start, q.span.start):
            cue_status, scope = self.cues[match.group()]
            if scope == "clause" and match.start() < ctx.clause[0]:
                continue
            if match.group() == "将" and (not _verb_follows(words, word_starts, match.end())
                                         or _DISPOSAL.match(text, match.end())):
                continue  # 将招股价由4.9港元降至2.75港元: 将 marks the object here, not the future
            status = cue_status
        if re.match(r"的?(目标|计划)", text[q.span.end:q.span.end + 3]):
            status = "target"
        return status


def _discount_as_written(written: str, q: Quantity, unit: str | None) -> tuple[float, float | None, str | None]:
    """A discount kept as written (9.7折: 9.7, unit 折; 七折: 7; 88折: 88; 打对折: 5), as the contract's gold files keep
    it; the quantity it came from reads it as the share of the price paid (97%)."""
    if unit != "%" or not written.endswith("折"):
        return q.value, q.upper, unit
    m = _DISCOUNT_NUMBER.search(written)
    last = 5.0 if written.endswith(("对折", "對折", "半折")) else parse_number(m.group(1)) if m else None
    if not last:
        return q.value, q.upper, unit
    factor = 10 if last < 10 else 1  # (the quantity took one digit as tenths: 9.7折 -> 97%, 8-9折 -> 80-90%)
    return q.value / factor, (q.upper / factor if q.upper is not None else None), "折"


def _date_headline_restatements(facts: list[Fact], text: str, headline_end: int) -> None:
    """回购290万股 in the headline (or its 原标题 line, or a summary in 【】 opening a line) is the body's
    于2020年5月15日回购290万股: the same figure has the body's period, however far down the body dates it, rather than
    a period the lead lent it."""
    def in_headline(f: Fact) -> bool:
        line_start = text.rfind("\n", 0, f.span.start) + 1
        return f.span.start < headline_end or text.startswith(_ORIGINAL_TITLE, f.sentence.start) \
            or text.startswith("【", line_start) and "】" not in text[line_start:f.span.start]

    def same_figure(a: Fact, b: Fact) -> bool:  # (6652.32万港元 in the headline is the body's 6652.316万港元)
        return a.unit == b.unit and (a.upper is None) == (b.upper is None) and \
            abs(a.value - b.value) <= _ROUNDED * max(abs(a.value), abs(b.value))

    body = [f for f in facts if f.period is not None and not in_headline(f)]
    for f in facts:
        own = f.period is not None and f.sentence.start <= f.period.span.start < f.sentence.end
        if in_headline(f) and not own:  # (not the lead's period, borrowed for want of one in the headline)
            same = next((b for b in body if same_figure(f, b)), None)
            if same is not None:
                f.period = same.period


def _respective_period(text: str, q: Quantity, timeline: _Timeline, clause: tuple[int, int],
                       sentence: Segment) -> Time | None:
    """2007年和2008年净利润分别为7500万元和9655.29万元: the k-th figure after 分别 has the k-th time listed;
    截止2017年-2019年，公司的营业收入分别为…: or the k-th year of a range of years earlier in the sentence."""
    respectively = text.rfind("分别", clause[0], q.span.start)
    if respectively < 0:
        return None
    figures = _FIGURE_AFTER_RESPECTIVELY.findall(text, respectively, q.span.start)
    k = len(figures)  # figures written between 分别 and this one
    listed = [t for t, kind in zip(timeline.times, timeline.kinds)
              if clause[0] <= t.span.start and t.span.end <= respectively and not kind.skipped]
    last_year = next((t for t, kind in zip(reversed(timeline.times), reversed(timeline.kinds)) if sentence.start <= t.span.start
                      and t.span.end <= respectively and not kind.skipped), None)
    bare = _BARE_YEARS_LISTED.search(text, sentence.start, last_year.span.start) \
        if last_year is not None and last_year.granularity == "year" else None
    if bare is not None:  # 在2006、2007年的牛市行情中，…涨幅分别为130%和96%: years listed, 年 written once
        years = [(m.start(), m.end()) for m in re.finditer(r"(?:19|20)\d\d", text[:bare.end()]) if m.start() >= bare.start()]
        if k >= len(years) + 1:
            return None
        if k == len(years):
            return last_year
        a, b = years[k]
        written = next((t for t in timeline.times if t.span.start == a and t.granularity == "year"), None)
        if written is not None:
            return written  # (2017年、2018年及2019年: each year is a time of its own)
        year = int(text[a:b])
        return last_year.model_copy(update={"text": text[a:b], "span": Span(start=a, end=b, text=text[a:b]),
                                            "start": date(year, 1, 1), "end": date(year, 12, 31)})
    months = _BARE_MONTHS_LISTED.search(text, sentence.start, last_year.span.start) \
        if last_year is not None and last_year.granularity == "month" and last_year.start is not None else None
    if months is not None:  # 1、2月联通移动用户分别增加了84万、164万: months listed, 月 written once
        numbers = list(re.finditer(r"\d+", months.group()))
        if k > len(numbers):
            return None
        if k == len(numbers):
            return last_year
        number, at = numbers[k].group(), months.start() + numbers[k].start()
        first = last_year.start.replace(month=int(number), day=1)
        return last_year.model_copy(update={"text": number, "span": Span(start=at, end=at + len(number), text=number),
                                            "start": first, "end": first.replace(day=_month_days(first))})
    if len(listed) >= 2 and _joined(text, listed):
        return listed[k] if k < len(listed) else None
    list_end = _LIST_END.search(text, respectively, sentence.end)
    list_end = list_end.start() if list_end else sentence.end
    count = len(_FIGURE_AFTER_RESPECTIVELY.findall(text, respectively, list_end)) + 1  # figures the list gives
    if not listed and last_year is not None:
        chain = _list_ending_with(text, [t for t, kind in zip(timeline.times, timeline.kinds)
                                         if sentence.start <= t.span.start and not kind.skipped], last_year)
        if len(chain) >= 2 and len(chain) == count:
            return chain[k] if k < count else None  # 2017年、2018年及2019年上半年，公司营收分别为…: a list opening the sentence
    years = [t for t, kind in zip(timeline.times, timeline.kinds) if sentence.start <= t.span.start
             and t.span.end <= respectively and not kind.skipped and _years_of_range(t)]
    if not years:
        return None
    part = last_year if last_year is not None and last_year.span.start == years[-1].span.end \
        and last_year.start is not None and last_year.end is not None and last_year.start.year == years[-1].end.year \
        and last_year.granularity != "year" else None  # 2016-2019年上半年: the range's last year only in part
    if listed and listed[-1] is not years[-1] and not (part is not None and listed[-1] is part):
        return None
    first, years_count = years[-1].start.year, _years_of_range(years[-1])
    if count != years_count:
        return None  # 2016至2018年的收入及纯利的年复合增长率分别为63%及64%: two measures over the range, not two years
    if part is not None and k == years_count - 1:
        return part  # 2016-2019年上半年，宁夏太阳能分别亏损4.45亿元、…和6938万元: the last is the half-year's
    return years[-1].model_copy(update={"start": date(first + k, 1, 1), "end": date(first + k, 12, 31),
                                        "granularity": "year"}) if k < years_count else None


def _month_days(first: date) -> int:
    return calendar.monthrange(first.year, first.month)[1]


def _joined(text: str, times: list[Time]) -> bool:
    """Whether times are written as one list (2017年、2018年及2019年上半年)."""
    return all(text[a.span.end:b.span.start] in _LIST_JOINERS for a, b in zip(times, times[1:]))


def _list_ending_with(text: str, times: list[Time], last: Time) -> list[Time]:
    """The list of times (A、B及C) that `last` closes, `last` alone when it closes none."""
    at = next((i for i, t in enumerate(times) if t is last), None)
    if at is None:
        return [last]
    first = at
    while first and text[times[first - 1].span.end:times[first].span.start] in _LIST_JOINERS:
        first -= 1
    return times[first:at + 1]


def _before_respectively(text: str, start: int, end: int) -> int:
    """Where the names of a clause end: at its 分别 (A、B、C这三只基金|分别下跌2.09%、1.22%、1.17%), else at `end`."""
    at = text.find("分别", start, end)
    return at if at >= 0 else end


def _years_of_range(t: Time) -> int:
    """How many whole calendar years a range of years spans (2017年-2019年: 3), else 0."""
    if t.start is None or t.end is None or (t.start.month, t.start.day, t.end.month, t.end.day) != (1, 1, 12, 31):
        return 0
    return t.end.year - t.start.year + 1 if t.end.year > t.start.year else 0


def _year_of_slash_item(text: str, q: Quantity, timeline: _Timeline, clause: tuple[int, int],
                        sentence: Segment) -> Time | None:
    """预计公司2020-2022年净利润为34.7/44.7/55.9亿元，同比增长39%/29%/25%: the k-th item of a slash list of
    as many figures as the years of the range before it in the sentence has the k-th year."""
    before = _SLASH_ITEMS_BEFORE.search(text[clause[0]:q.span.start])
    after = _SLASH_ITEMS.match(text, q.span.start, clause[1])
    k = before.group().count("/") if before else 0
    if after is None or k + after.group().count("/") == 0:
        return None
    ranges = [t for t, kind in zip(timeline.times, timeline.kinds) if sentence.start <= t.span.start
              and t.span.end <= q.span.start and not kind.skipped and _years_of_range(t)]
    if not ranges or _years_of_range(ranges[-1]) != k + 1 + after.group().count("/"):
        return None
    year = ranges[-1].start.year + k
    return ranges[-1].model_copy(update={"start": date(year, 1, 1), "end": date(year, 12, 31), "granularity": "year"})


def _is_starting_point(text: str, t: Time) -> bool:
    """从2008年4季度的61.57%, 由2017年的68亿元: the time of the figure a change starts from."""
    return (text[t.span.start - 1:t.span.start] in ("由", "从", "自") or t.text.startswith(("从", "自"))) \
        and STARTING_VALUE.match(text, t.span.end) is not None


def _time_in_brackets_after(text: str, q: Quantity, timeline: _Timeline) -> Time | None:
    """收盘价为12.04元(以2019年11月15日计）, 1.1546(3月13日至3月20日): the time a bracket right after the figure names."""
    opening = _TIME_BRACKET_OPENING.match(text, q.span.end)
    if opening is None:
        return None
    k = bisect.bisect_left(timeline.starts, opening.end())
    if k == len(timeline.times) or timeline.starts[k] != opening.end() or timeline.kinds[k].skipped:
        return None
    t = timeline.times[k]
    return t if _TIME_BRACKET_CLOSING.match(text, t.span.end) else None


def _starting_value_is(text: str, t: Time, q: Quantity) -> bool:
    """Whether the figure is the value a change starts from at time t (从2008年4季度的|61.57%)."""
    value = STARTING_VALUE.match(text, t.span.end)
    return value is not None and value.end() > q.span.start


def _last_period(timeline: _Timeline, before: int, sentence: Segment, previous: Segment | None = None,
                 dated_days: dict[int, int] | None = None) -> Time | None:
    """The last time before index `before` that can be a period: no comparison base, no
    duration, and no day outside the figure's sentence (11月17日早间 is an event, not a period) unless it dated
    figures of the sentence just before (于2020年6月15日购回81万股。每股价格0.98-1港元。付出总额80.14万港元: one deal)."""
    carried = None
    for j in range(before - 1, -1, -1):
        t, kind = timeline.times[j], timeline.kinds[j]
        if kind.skipped and not kind.unresolved or kind.base or kind.same_year_ago:
            continue
        if carried is None and previous is not None and dated_days is not None \
                and dated_days.get(t.span.start) == previous.start:
            carried = t  # (the day of the deal, where no other time is written before the figure)
        if kind.dateline and "\n" not in timeline.text[t.span.end:sentence.start]:
            return t  # 新浪财经讯 9月16日消息，…。布伦特原油开盘后大涨19%: the day the paragraph reports
        if t.span.start < sentence.start and (t.granularity == "day" and not t.as_of
                                              or SINCE.search(t.text) or kind.starting or kind.past_year):
            continue  # 自2007年四季度以来 opens a comparison in its own sentence, not the period of the next
            # (nor does 去年, told of beside this year's figures: 上半年营收…。去年公司亏损。毛利率…)
        return None if kind.unresolved else t  # (今年上半年 in an undated text: a period unknown, not an earlier one)
    return carried


def _first_period_after(timeline: _Timeline, after: int, headline_end: int) -> Time | None:
    """The first time of the lead after a headline that names none (天津…余额达725.29亿元 | 截至2020年6月末…):
    within the few sentences a headline restates."""
    for j in range(after, len(timeline.times)):
        t, kind = timeline.times[j], timeline.kinds[j]
        if t.span.start > headline_end + _LEAD_LENGTH:
            return None
        if not (kind.skipped or kind.base or kind.same_year_ago) and (t.granularity != "day" or t.as_of):
            return t
    return None


def _clause_just_before(text: str, ctx: _Context) -> tuple[int, int] | None:
    """The clause right before the figure's own, without its closing punctuation."""
    before = next((c for c in reversed(ctx.clauses) if c[1] <= ctx.clause[0]), None)
    if before is None or before[1] < ctx.clause[0] - 1:
        return None
    end = before[1]
    while end > before[0] and text[end - 1] in "，,；; ":
        end -= 1
    return before[0], end


def _since_closed_by(text: str, timeline: _Timeline, as_of: Time, sentence: Segment) -> Time | None:
    """截至2月13日，今年以来，…。这其中…上涨了40.67%: an as-of day of an earlier sentence that closed a since-range there
    still closes it; in its own sentence, the since-range it closed is the period."""
    if as_of.span.start >= sentence.start:  # 指数基金2009年以来表现领先，截至4月17日平均收益达43.36%: one before it
        k = bisect.bisect_left(timeline.starts, as_of.span.start)
        return next((t for t in reversed(timeline.times[:k]) if t.span.start >= sentence.start and SINCE.search(t.text)
                     and t.start is not None and t.end == as_of.end), None)
    k = bisect.bisect_right(timeline.starts, as_of.span.start)
    for t in timeline.times[k:k + 2]:
        if t.span.start >= sentence.start or _SENTENCE_BREAK.search(text, as_of.span.end, t.span.start):
            return None
        if SINCE.search(t.text) and t.start is not None and as_of.end is not None and t.start.year == as_of.end.year:
            return t.model_copy(update={"end": as_of.end, "granularity": "range"})
    return None


def _change_between(text: str, q: Quantity, timeline: _Timeline, sentence: Segment, period: Time | None) -> Time | None:
    """2009年1月…为13533元，到8月则为18502元，上涨幅度为36.7%: a change after a level at one time and another at a
    later one (到/至) is over the span between them."""
    if period is None or period.start is None or period.end is None or period.as_of \
            or not sentence.start <= period.span.start < period.span.end <= q.span.start \
            or not text.endswith(("到", "至"), sentence.start, period.span.start):
        return None
    k = bisect.bisect_left(timeline.starts, period.span.start)
    earlier = next((t for t, kind in zip(reversed(timeline.times[:k]), reversed(timeline.kinds[:k]))
                    if sentence.start <= t.span.start and not (kind.skipped or kind.base or kind.same_year_ago or t.as_of)), None)
    if earlier is None or earlier.start is None or earlier.granularity != period.granularity \
            or earlier.start >= period.start:
        return None
    return period.model_copy(update={"start": earlier.start, "granularity": "range"})


def _change_to_as_of_day(text: str, q: Quantity, timeline: _Timeline, sentence: Segment,
                         period: Time | None) -> Time | None:
    """截至4月16日，与2007年10月16日相比，金鹰中小盘下跌12.64%: a change as of a day, against a day before it, is
    over the span between them; 在2009年基金净值增长排名中，截至4月16日，华夏大盘净值增长44.76%: against nothing, it
    runs from the start of the year its sentence names."""
    if period is None or not period.as_of or period.granularity != "day" or period.end is None \
            or not sentence.start <= period.span.start < q.span.start:
        return None
    k = bisect.bisect_left(timeline.starts, sentence.start)
    before = [(t, kind) for t, kind in zip(timeline.times[k:], timeline.kinds[k:]) if t.span.end <= q.span.start
              and t is not period and t.start is not None and not kind.skipped and not kind.same_year_ago]
    base = next((t for t, kind in before if kind.base and t.granularity == "day" and t.start < period.end), None)
    if base is not None:
        return period.model_copy(update={"start": base.start, "granularity": "range", "as_of": False})
    year = next((t for t, kind in before if not kind.base and t.granularity == "year" and t.start.year == period.end.year
                 and t.span.end <= period.span.start), None)
    if year is not None:
        return period.model_copy(update={"start": year.start, "granularity": "range", "as_of": False})
    return None


def _months_ending(text: str, t: Time) -> Time:
    """An as-of date followed by 止三个月 / 的六个月 / 止年度 covers the months it closes."""
    match = _MONTHS_ENDING.match(text, t.span.end)
    if match is None or t.end is None:
        return t
    months = _MONTH_COUNTS[match.group(1)] if match.group(1) else 12
    first = t.end.replace(day=1)
    year, month = first.year, first.month - (months - 1)
    while month <= 0:
        year, month = year - 1, month + 12
    granularity = "quarter" if months == 3 else "half" if months == 6 else "year" if months == 12 else "range"
    return t.model_copy(update={"start": first.replace(year=year, month=month), "granularity": granularity,
                                "as_of": False})


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a 《title》 (on one line, within _TITLE_REACH characters of its ends)."""
    opened = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if opened < 0 or "》" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find("》", end, end + _TITLE_REACH)
    return closed >= 0 and "\n" not in text[end:closed] and "《" not in text[end:closed]


def _acts_on_list(named: list[Mention], words: list[Word], word_starts: list[int], clause_start: int,
                  end: int) -> Mention | None:
    """The owner named before the verb that opens the list ending at `end` (华宝兴业还新增了A、B等5只基金产品: 华宝兴业),
    or None when the list has no actor (先后有A、B等6只新基金结束募集)."""
    j = bisect.bisect_left(word_starts, end) - 1
    while j >= 0 and words[j].start >= clause_start:
        if words[j].tag.startswith("v") and not any(m.start <= words[j].start < m.end for m in named):
            return next((m for m in named if m.end <= words[j].start), None)
        j -= 1
    return None


def _group_in(phrase: str | None, endings: tuple[str, ...]) -> str | None:
    """The longest start of `phrase` that ends in a group's ending (偏股基金 of 偏股基金长期), if two characters long."""
    if not phrase:
        return None
    ends = [phrase.rfind(e) + len(e) for e in endings if e in phrase]
    return phrase[:max(ends)] if ends and max(ends) >= 2 else None


def _flow_period(period: Time | None) -> Time | None:
    """截至2019年12月31日 (or 上年同期 of it) for a sum over a period: from the start of that year to the day, when
    the day closes a quarter."""
    if period is None or period.granularity != "day" or period.end is None or (period.end.month, period.end.day) \
            not in _QUARTER_ENDS or not (period.as_of or "同期" in period.text):
        return period
    return period.model_copy(update={"start": date(period.end.year, 1, 1), "granularity": "range", "as_of": False})


def _year_before(current: Time, written: Time) -> Time:
    """去年同期 read against the period it is compared with: that period, a year earlier."""
    def back(day):
        if day is None:
            return None
        try:
            return day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return day.replace(year=day.year - 1, day=28)

    return written.model_copy(update={"start": back(current.start), "end": back(current.end),
                                      "granularity": current.granularity})


def _before_measure(name: str, measure_re: re.Pattern[str]) -> str:
    """A listed name cut before the measure written after it (交银施罗德环球精选|下跌幅度: 跌幅 read inside 下跌幅度)."""
    found = measure_re.search(name, 2)
    if found is None:
        return name
    cut = found.start() - (name[found.start() - 1] in "上下" and name[found.start()] in "涨跌")
    return name[:cut]


def _clause_head_noun(text: str, clause_start: int, at: int, words: list[Word], word_starts: list[int]) -> str | None:
    """The first run of nouns in the clause before `at`, after its opening function words, times and verbs."""
    j = bisect.bisect_left(word_starts, clause_start)
    while j < len(words) and words[j].end <= at and words[j].tag in _BEFORE_HEAD_NOUN:
        j += 1
    k = j
    while k < len(words) and words[k].end <= at and words[k].tag in _HEAD_NOUN_TAGS:
        k += 1
    while k > j and words[k - 1].tag in ("vn", "an"):
        k -= 1  # (表现/vn, 预期/vn: an action or a quality, not who)
    return text[words[j].start:words[k - 1].end] if k > j else None


def _modifier_word(w: Word) -> bool:
    """A word that can stand inside a measure's noun phrase (短/a 视频/n 数量/n)."""
    return w.tag in _NOUN_TAGS - {"PER", "ORG"} or (w.tag == "a" and len(w.text) == 1)


def _stock_quote(text: str, q: Quantity) -> tuple[str, str | None, None, int] | None:
    """Kind and direction of a figure inside a share-price quote (8.900,0.04,0.45%) and where the
    quote's bracket opens, else None."""
    for match in _STOCK_QUOTE.finditer(text, max(0, q.span.start - 30), min(len(text), q.span.end + 30)):
        if match.start(1) <= q.span.start < match.end(1):
            return "level", None, None, match.start()
        for group in (2, 3):
            if match.start(group) <= q.span.start < match.end(group):
                return "change", "down" if match.group(group).startswith("-") else "up", None, match.start()
    return None


def _verb_follows(words: list[Word], word_starts: list[int], at: int) -> bool:
    j = bisect.bisect_left(word_starts, at)
    return j < len(words) and words[j].start == at and words[j].tag in ("v", "vd", "vn", "d", "a", "ad")


def _after_code(text: str, at: int) -> int:
    """Where the text goes on after a code in brackets written at `at` (建设银行|(00939)|目标价), else `at`."""
    code = _CODE_AFTER_NAME.match(text, at)
    return code.end() if code else at


def _after_time_word(words: list[Word], word_starts: list[int], at: int) -> int:
    """Where the words go on after a time word written at `at` (上证红利ETF|今日|除息分红), else `at`."""
    j = bisect.bisect_left(word_starts, at)
    return words[j].end if j < len(words) and words[j].start == at and words[j].tag == "TIME" else at


def _opening(words: list[Word], word_starts: list[int], start: int, end: int, opening_words: set[str]) -> int:
    """Where a clause's content begins, after its opening times (1月/ 全国房价, 报告期/ 营业收入),
    prepositions and adverbs (环比/ 上涨1.7%), and the number of an item (二、/ 电力领域已完成了538个)."""
    j = bisect.bisect_left(word_starts, start)
    if j + 1 < len(words) and words[j].start == start and _ITEM_NUMBER.fullmatch(words[j].text) \
            and words[j + 1].text in ("、", ".", "．") and words[j + 1].start == words[j].end:
        j += 2
    while j < len(words) and words[j].end <= end and (words[j].tag in ("TIME", "t", "p", "c", "d")
                                                      or words[j].text in opening_words):
        j += 1
    return words[j].start if j < len(words) else end


def _counted_group(words: list[Word], j: int, end: int) -> int | None:
    """End of a clause-opening count and its noun (70个/m 大中/a 城市/n), else None."""
    if j >= len(words) or words[j].tag != "m" or not re.fullmatch(r"[\d.]+[个家只座所名位]", words[j].text):
        return None
    k, noun_end = j + 1, None
    while k < len(words) and words[k].start == words[k - 1].end and words[k].end <= end and \
            (words[k].tag in ("n", "nz") or words[k].tag in ("a", "b") and noun_end is None):
        if words[k].tag in ("n", "nz"):
            noun_end = words[k].end
        k += 1
    return noun_end


def _outside_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[start:end] outside its bracketed asides: a range written around an aside
    (从2006年12月14日(上一次上证综指达到2245点的日期)至今年2月17日) leaves the aside's figures to be read."""
    pieces, at = [], start
    for aside in _BRACKETED_ASIDE.finditer(text, start, end):
        pieces.append((at, aside.start()))
        at = aside.end()
    return pieces + [(at, end)]


_BRACKETED_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _coverage(size: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character, set where any of `spans` lies."""
    taken = bytearray(size)
    for start, end in spans:
        taken[start:end] = b"\x01" * (end - start)
    return taken


def _within(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """Mentions (sorted by start) lying wholly inside [start, end)."""
    return [m for m in mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if m.end <= end]


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(…) regions of a clause: asides such as 搜狐集团（包含搜狐媒体、搜狗、畅游）."""
    regions = []
    for match in _BRACKETS.finditer(text, start, end):
        regions.append((match.start(), match.end()))
    return regions


def _open_bracket(text: str, start: int, at: int) -> int | None:
    """Where the bracket that `at` stands inside opens (after `start`), if it does."""
    depth = 0
    for i in range(at - 1, start - 1, -1):
        if text[i] in ")）]":
            depth += 1
        elif text[i] in "(（[":  # (招商银行[16.31 -0.12%]: a quote in square brackets)
            if depth == 0:
                return i
            depth -= 1
    return None


def _inside(at: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in regions)


def _item_start(text: str, clause_start: int, at: int, bracketed: list[tuple[int, int]], previous_end: int) -> int:
    """Where a list item begins: after the last 、 (outside brackets) or the previous figure."""
    start = max(clause_start, previous_end if clause_start <= previous_end <= at else clause_start)
    for i in range(at - 1, start - 1, -1):
        if text[i] == "、" and not _inside(i, bracketed):
            return i + 1
    return start


_BETWEEN_COUNT_AND_TIME = re.compile(r"[\u4e00-\u9fff]{0,4}")
_MODIFYING_TIME = re.compile(r"[\u4e00-\u9fff]{0,6}的")  # 注销143万股于8月5日回购的股份: the time of what the figure counts


def _time_after_counted(text: str, q: Quantity, timeline: _Timeline, k: int, clause: tuple[int, int],
                        words: list[Word], word_starts: list[int]) -> Time | None:
    """华夏系3只基金今年一季度大举买入该股: a figure naming who acts, in a clause whose time comes after it
    (subject, time, verb), takes that time rather than one inherited from an earlier clause."""
    if k >= len(timeline.times):
        return None
    t, kind = timeline.times[k], timeline.kinds[k]
    if t.span.start >= clause[1] or kind.skipped or kind.base or kind.same_year_ago or kind.starting or kind.dateline \
            or SINCE.search(t.text) or not _BETWEEN_COUNT_AND_TIME.fullmatch(text, q.span.end, t.span.start) \
            or _MODIFYING_TIME.match(text, t.span.end):
        return None
    between = words[bisect.bisect_left(word_starts, q.span.end):bisect.bisect_left(word_starts, t.span.start)]
    if any(w.tag.startswith("v") for w in between):
        return None  # 130只基金发布了2009年第一季度报告: the time of what was done to the figure's object
    return t


def _numbered_sibling(text: str, q: Quantity) -> bool:
    """（1）出售资产和（2）发行股份: the item numbered next to this one is written near it, in brackets too."""
    n = int(text[q.span.start:q.span.end])
    near = text[max(0, q.span.start - _SIBLING_REACH):q.span.end + _SIBLING_REACH]
    return any(f"{o}{k}{c}" in near for k in (n - 1, n + 1) if k > 0 for o, c in (("（", "）"), ("(", ")")))
