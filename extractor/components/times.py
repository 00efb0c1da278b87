"""Component `extractor_times`: dates and periods, resolved against a reference date.

The reference date is the publication date when the caller knows it
(`doc._.published`); otherwise it is inferred from the text's own absolute
dates (`reference_date_source = "inferred"`), or there is none.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Span, Time
from ..records import ensure_extensions
from ..resources import Patterns
from ..reference import ReferenceInference
from ..text import clause_end, clause_start
from ..times import SINCE, TimeParser
from .vocab import vocabulary


@Language.factory("extractor_times", default_config={"patterns_dir": None})
def make_times(nlp: Language, name: str, patterns_dir: str | None) -> "TimeFinder":
    patterns = vocabulary(patterns_dir)
    return TimeFinder(TimeParser(patterns), patterns)


class TimeFinder:
    def __init__(self, parser: TimeParser, patterns: Patterns) -> None:
        ensure_extensions()
        self.parser = parser
        self.infer_reference = ReferenceInference(patterns)
        self.report_periods = {row[0]: int(row[1]) for row in patterns.table("times/report_periods.tsv")}
        self.report_re = re.compile("|".join(map(re.escape, patterns.words("times/report_names.tsv"))))
        self.report_period_re = re.compile("|".join(map(re.escape, sorted(self.report_periods, key=len, reverse=True))))
        self.anaphoric = {row[0]: row[1] for row in patterns.table("times/anaphoric.tsv")}
        self.base_markers = tuple(patterns.words("facts/base_markers.tsv"))  # (较2018年全年: no year reported on)
        self.years_before = {row[0]: int(row[1]) for row in patterns.table("times/years_before_named.tsv")}
        # 今日, 昨日: counted from the day of the dateline written before them (8月1日消息，…今日开盘)
        self.days_from_dateline = {row[0]: int(row[2]) for row in patterns.table("times/relative.tsv")
                                   if row[1] == "day" and row[0] not in self.anaphoric}
        cues = patterns.table("facts/status_cues.tsv")
        self.ahead_cues = tuple(row[0] for row in cues if row[1] in ("forecast", "target"))
        self.years_before_re = re.compile("|".join(map(re.escape, self.years_before)) + r"(?![内里中来间])")
        self.latest_reports = {row[0]: row[1] for row in patterns.table("times/latest_reports.tsv")}
        self.latest_report_re = re.compile("|".join(map(re.escape, sorted(self.latest_reports, key=len, reverse=True))))

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        if doc._.published is not None:
            doc._.reference_date = doc._.published
            if doc._.reference_date_source == "none":
                doc._.reference_date_source = "given"
        else:
            inferred = self.infer_reference(text)
            doc._.reference_date = inferred
            doc._.reference_date_source = "inferred" if inferred else "none"
        found = self.parser.parse(text, doc._.reference_date)
        if doc._.reference_date is not None:
            reports = self._latest_reports(text, found, doc._.reference_date)
            found = sorted([t for t in found if not any(r.span.start <= t.span.start < r.span.end for r in reports)]
                           + reports, key=lambda t: t.span.start)  # (半年 of 半年报 is no length of time)
        names = [(m.start, m.end) for m in doc._.mentions or [] if m.type == "ORG"]
        found = [t for t in found if not any(a <= t.span.start and t.span.end <= b for a, b in names)]  # 21世纪经济报道
        found = sorted(found + self._report_periods(text, found), key=lambda t: t.span.start)
        found = _fiscal_periods(text, found)
        _whole_fiscal_year(text, found, {word for word, kind in self.anaphoric.items() if kind == "whole year"})
        found = _close_open_ranges(text, found)
        _months_named_with_their_year(found)
        _days_dated_just_before(text, found)
        _days_in_the_year_just_named(text, found)
        found = _years_naming_a_measure(text, found)
        if doc._.reference_date is not None:
            _this_year_so_far(text, found, doc._.reference_date)
        if doc._.reference_date is not None:
            _yearless_periods_already_past(text, found, doc._.reference_date, self.ahead_cues,
                                           doc._.reference_date_source != "inferred" or _names_day(text, doc._.reference_date))
        _the_period_named_before(text, found, self.anaphoric, self.base_markers)
        found = _years_before_the_one_named(text, found, self.years_before_re, self.years_before)
        _same_period_a_year_before(found, {word for word, back in self.report_periods.items() if back})
        _days_from_datelines(text, found, self.days_from_dateline)
        found = _ranges_closed_by_a_length(text, found)
        for t in found:
            t.span.text = doc._.raw_text[t.span.start:t.span.end]
            t.text = t.span.text
        doc._.times = found
        return doc

    def _latest_reports(self, text: str, found: list[Time], reference: date) -> list[Time]:
        """年报, 半年报 named without a year (基金年报显示, 公司发布半年报): the period of the latest such report by the
        reference date, the last year ended or the last first half ended."""
        taken = bytearray(len(text) + 1)
        for t in found:
            if t.granularity != "duration":
                taken[t.span.start:t.span.end + 1] = b"\x01" * (t.span.end + 1 - t.span.start)  # (2008年年报, 去年中报)
        out = []
        for match in self.latest_report_re.finditer(text):
            if taken[match.start()] or text[match.start() - 1:match.start()] in _REPORT_WORD_BEFORE \
                    or text.startswith("的", match.end()):
                continue  # (北京青年报, 季度报告: other names; 已公布年报的公司: which companies, not when)
            if any(t.as_of and t.span.end <= match.start() and not _SENTENCE_BREAK.search(text, t.span.end, match.start())
                   for t in found):
                continue  # 截至4月9日，已有1200家公司披露年报: counted as of that day
            granularity = self.latest_reports[match.group()]
            named = next((t for t in reversed(found) if t.span.end <= match.start() and t.granularity == granularity
                          and t.start is not None and t.end is not None and self.report_re.match(text, t.span.end)), None)
            if named is not None:  # 公司发布2019年年度报告和2020年第一季度报告。年报显示: the one just named
                start, end = named.start, named.end
            elif granularity == "half":
                year = reference.year if date(reference.year, 6, 30) <= reference else reference.year - 1
                start, end = date(year, 1, 1), date(year, 6, 30)
            else:
                start, end = date(reference.year - 1, 1, 1), date(reference.year - 1, 12, 31)
            out.append(Time(text=match.group(), span=Span(start=match.start(), end=match.end(), text=match.group()),
                            start=start, end=end, granularity=granularity))
        return out

    def _report_periods(self, text: str, found: list[Time]) -> list[Time]:
        """本期 / 报告期 (the period the report covers: the half, quarter or year a report is named with, else the
        first it names) and
        上期 (that period a year earlier), where the report names one: 本期营业成本较上期增长135.88%."""
        periods = [t for t in found if t.granularity in ("half", "quarter", "year") and t.start is not None]
        named = next((t for t in periods if self.report_re.search(t.text) or self.report_re.match(text, t.span.end)
                      or text.startswith("报告", t.span.end)),
                     periods[0] if periods else None)  # (2018年净利润…。公司发布2019年半年度报告，报告期内: the report's)
        if named is None or not self.report_re.search(text):
            return []  # 本期短期融资券: without a report, 本期 is this issue, not this period
        taken = bytearray(len(text))
        for t in found:
            taken[t.span.start:t.span.end] = b"\x01" * (t.span.end - t.span.start)
        out = []
        for match in self.report_period_re.finditer(text):
            if any(taken[match.start():match.end()]) or text.startswith(("末", "初"), match.end()):
                continue  # 上期末: a day, not the period
            years_back = self.report_periods[match.group()]
            out.append(Time(text=match.group(), span=Span(start=match.start(), end=match.end(), text=match.group()),
                            start=_years_back(named.start, years_back), end=_years_back(named.end, years_back),
                            granularity=named.granularity))
        return out


# 截至2020年3月31日的2020财年 / 截至2019年7月31日止财政年度: the day a company's fiscal year ends
_FISCAL_YEAR_END = re.compile(r"截[至止](?:至|到)?(?:19|20)\d\d年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日(?:为?止|的)的?"
                              r"(?:财政年度|年度|(?:(?:19|20)\d\d)?财年)")
# 2020财年, 2019财政年度, 2020财年下半年, 2021财年第一季度, 2019/2020财年首个财季; 2019财年（截止2020年3月底）: with
# the month it ends in
_FISCAL_YEAR = re.compile(r"(?:(?:19|20)\d\d[/／])?((?:19|20)\d\d)年?(?:财年|财政年度)(?:的)?"
                          r"(?:(上半年)|(下半年)|第?([一二三四1-4])(?:季度|财季)|(首个财季))?"
                          r"(?:[（(]截[至止](?:至|到)?((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(?:底|末|([12]\d|3[01]|0?[1-9])日)?[)）])?")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# the day a fiscal quarter closes, written just before it in its sentence (截至2019年6月30日，联想集团…首个财季)
_QUARTER_CLOSED_BEFORE = re.compile(r"截[至止](?:至|到)?((?:19|20)\d\d)年(3|6|9|12|0[369])月(?:30|31)日[^。！？\n]*$")
_CLOSING_REACH = 30
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d")
_THIS_YEAR = ("今年", "本年")
_ALREADY_AFTER = re.compile(r"[^，,。；;：:\n]{0,6}?已")  # 今年|科创板已过会85家企业
_MONTH_DAY = re.compile(r"(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]")
_CJK_NOUN_AFTER = re.compile(r"(?![以来内度初末底前上下第首一二三四至到累])[\u4e00-\u9fff]")  # 本年|资金来源 (not 本年以来, 本年度)
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_DATED_JUST_BEFORE = 60  # characters between a dated day and the same day written again without its year
_REPORT_WORD_BEFORE = set("青少晚日周月季半财学")  # 北京青年报, 季度报告, 半年报 (a longer name), 财年报告
_AND_WHOLE_YEAR = re.compile(r"[及和与](全年)")


def _fiscal_periods(text: str, times: list[Time]) -> list[Time]:
    """2020财年 and its halves and quarters: the twelve months ending on the fiscal year-end the text names
    (截至2020年3月31日的2020财年 -> 2019-04-01..2020-03-31), else the calendar year."""
    named = _FISCAL_YEAR_END.search(text)
    end_month, end_day = (int(named.group(1)), int(named.group(2))) if named else (12, 31)
    fiscal = []
    for m in _FISCAL_YEAR.finditer(text):
        year = int(m.group(1))
        if m.group(6):  # 2019财年（截止2020年3月底）: this fiscal year's own end, in the year written there
            year, end_month = int(m.group(6)), int(m.group(7))
            end_day = int(m.group(8)) if m.group(8) else calendar.monthrange(year, end_month)[1]
        first_year, first_month = (year, 1) if end_month == 12 else (year - 1, end_month + 1)
        offset, months, granularity = 0, 12, "year"
        if m.group(2) or m.group(3):
            offset, months, granularity = (0 if m.group(2) else 6), 6, "half"
        elif m.group(4) or m.group(5):
            offset, months, granularity = 3 * (_QUARTERS[m.group(4) or "一"] - 1), 3, "quarter"
        start = _month_start(first_year, first_month, offset)
        last = _month_start(first_year, first_month, offset + months - 1)
        end = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
        if months == 12 and (end.month, end.day) != (end_month, end_day) and end_day <= end.day:
            end = end.replace(day=end_day)
        closing = _QUARTER_CLOSED_BEFORE.search(text, max(0, m.start() - _CLOSING_REACH), m.start()) \
            if months == 3 and named is None and not m.group(6) else None
        if closing is not None:  # 截至2019年6月30日，联想集团2019/2020财年首个财季: the quarter closing on that day
            closed_year, closed_month = int(closing.group(1)), int(closing.group(2))
            start = _month_start(closed_year, closed_month, -2)
            end = date(closed_year, closed_month, calendar.monthrange(closed_year, closed_month)[1])
        fiscal.append(Time(text=m.group(), span=Span(start=m.start(), end=m.end(), text=m.group()),
                           start=start, end=end, granularity=granularity))
        whole = _AND_WHOLE_YEAR.match(text, m.end()) if months < 12 and closing is None else None
        if whole is not None:  # 2020财年第四季度及全年: the whole fiscal year
            last = _month_start(first_year, first_month, 11)
            fiscal.append(Time(text=whole.group(1), span=Span(start=whole.start(1), end=whole.end(1), text=whole.group(1)),
                               start=_month_start(first_year, first_month, 0), granularity="year",
                               end=date(last.year, last.month, min(end_day, calendar.monthrange(last.year, last.month)[1]))))
    if not fiscal:
        return times
    kept = [t for t in times if not any(f.span.start < t.span.end and t.span.start < f.span.end for f in fiscal)]
    return sorted(kept + fiscal, key=lambda t: t.span.start)


def _whole_fiscal_year(text: str, times: list[Time], whole_year: set[str]) -> None:
    """丰德丽控股全年股东应占亏损… | 公布截至2020年7月31日止年度业绩: the year the text calls 全年 is the fiscal year it
    names (2019-08-01..2020-07-31), not the calendar year."""
    named = _FISCAL_YEAR_END.search(text)
    if named is None or (int(named.group(1)), int(named.group(2))) == (12, 31):
        return
    closed = next((t for t in times if t.span.start <= named.start() + 2 < t.span.end and t.end is not None), None)
    if closed is None:
        return
    first = _month_start(closed.end.year, closed.end.month, -11)
    for t in times:
        if t.text in whole_year and t.granularity == "year":
            t.start, t.end = first, closed.end


def _month_start(year: int, month: int, months_after: int) -> date:
    index = year * 12 + month - 1 + months_after
    return date(index // 12, index % 12 + 1, 1)


_OPEN_START = re.compile(r"自从|自|从")
_RANGE_GAP = re.compile(r"(?:[^，,。；;！？!?(（]|[(（][^()（）]{0,40}[)）]){0,8}?(?:至|到)")  # (an aside counts as one)
_SENTENCE_END = re.compile(r"[。！？!?]")


_WRITTEN_PERIOD = re.compile(r"\d|年|季|月")  # (not 日前, 近日: the day of the report)
_FISCAL_YEAR_CLOSED = re.compile(r"止?的?(?:财政)?年度")
_LENGTH = re.compile(r"P(\d+)([YMD])")  # 6个月 -> P6M
_DATELINE_AFTER = re.compile(r"(?:晚间|早间|晚)?(?:消息|电|讯|丨|\|)")  # 8月1日消息, 北京3月5日电, 格隆汇8月2日丨
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\n，,。；;：:]*$")  # at a paragraph's start, after a source's name at most
_DATELINE_REACH = 12


def _close_open_ranges(text: str, times: list[Time]) -> list[Time]:
    """An open range closed later in its sentence: 自去年四季度市场回暖至今年4月13日 is one range;
    截至3月24日，自从去年四季度开始 ends on the as-of day."""
    out: list[Time] = []
    i = 0
    while i < len(times):
        t = times[i]
        if t.start is not None and t.end is None and _OPEN_START.match(t.text) and i + 1 < len(times):
            u = times[i + 1]
            if u.end is not None and _RANGE_GAP.fullmatch(text, t.span.end, u.span.start):
                span = Span(start=t.span.start, end=u.span.end, text=text[t.span.start:u.span.end])
                out.append(Time(text=span.text, span=span, start=t.start, end=u.end, granularity="range"))
                i += 2
                continue
        out.append(t)
        i += 1
    for t in out:
        if t.start is None or t.end is not None and not SINCE.search(t.text):
            continue  # (今年以来 ends on the reference date unless an as-of day says otherwise)
        as_of = [u for u in out if u.as_of and u.end is not None
                 and not _SENTENCE_END.search(text, min(t.span.end, u.span.end), max(t.span.start, u.span.start))]
        if len(as_of) == 1 and as_of[0].end >= t.start:
            t.end = as_of[0].end
    return out


def _ranges_closed_by_a_length(text: str, times: list[Time]) -> list[Time]:
    """自2019年1月29日起6个月内: a start and a length written after it are one range (to 2019-07-28)."""
    out: list[Time] = []
    for t in times:
        before = out[-1] if out else None
        length = _LENGTH.fullmatch(t.duration or "")
        if before is not None and length is not None and before.start is not None and before.end is None \
                and before.span.end == t.span.start and text.startswith("内", t.span.end):
            count, unit = int(length.group(1)), length.group(2)
            if unit == "D":
                after = date.fromordinal(before.start.toordinal() + count)
            else:
                year, month = _year_month_after(before.start, count * 12 if unit == "Y" else count)
                after = date(year, month, min(before.start.day, calendar.monthrange(year, month)[1]))
            end = date.fromordinal(after.toordinal() - 1)
            span = Span(start=before.span.start, end=t.span.end + 1, text=text[before.span.start:t.span.end + 1])
            out[-1] = Time(text=span.text, span=span, start=before.start, end=end, granularity="range")
            continue
        out.append(t)
    return out


def _year_month_after(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def is_dateline(text: str, t: Time) -> bool:
    """A day opening a report (格隆汇8月2日丨, 新浪财经讯 9月16日消息，): the day of what its paragraph reports."""
    return t.granularity == "day" and t.start is not None and t.start == t.end and _DATELINE_AFTER.match(text, t.span.end) \
        is not None and _DATELINE_BEFORE.search(text, max(0, t.span.start - _DATELINE_REACH), t.span.start) is not None


def _days_from_datelines(text: str, times: list[Time], day_words: dict[str, int]) -> None:
    """A digest of reports, each opened by its own dateline (格隆汇8月2日丨, 8月1日消息，): 今日 and 昨日 in a
    report count from its dateline's day, not from the digest's reference date."""
    dateline: Time | None = None
    for t in times:
        if is_dateline(text, t):
            dateline = t
        elif dateline is not None and t.text in day_words and t.start is not None and t.start == t.end:
            day = date.fromordinal(dateline.start.toordinal() + day_words[t.text])
            t.start = t.end = day


def _months_named_with_their_year(times: list[Time]) -> None:
    """QFII基金在去年12月份继续维持了…仓位 … 12月份…: a month named once with a relative year (去年, 前年, 明年)
    and later without one is the same month."""
    named: dict[int, int] = {}
    for t in times:
        if t.granularity == "month" and t.start is not None and _RELATIVE_YEAR.match(t.text):
            named.setdefault(t.start.month, t.start.year)
        elif t.granularity == "month" and t.start is not None and "年" not in t.text and t.start.month in named \
                and t.start.year != named[t.start.month]:
            year, month = named[t.start.month], t.start.month
            t.start = date(year, month, 1)
            t.end = date(year, month, calendar.monthrange(year, month)[1]) if t.end is not None else None


def _years_naming_a_measure(text: str, times: list[Time]) -> list[Time]:
    """8月份，房地产开发企业本年资金来源5050亿元: 本年 before a noun, after a month or range of months in its sentence,
    names a measure counted over the year so far; the period is the month the sentence names."""
    kept = []
    for t in times:
        earlier = kept[-1] if kept else None
        if t.text == "本年" and _CJK_NOUN_AFTER.match(text, t.span.end) and earlier is not None \
                and earlier.granularity in ("month", "range") and earlier.start is not None and earlier.end is not None \
                and earlier.start.year == earlier.end.year and not _SENTENCE_BREAK.search(text, earlier.span.end, t.span.start):
            continue
        kept.append(t)
    return kept


def _this_year_so_far(text: str, times: list[Time], reference: date) -> None:
    """今年已有24只债基分红, 今年融资已超百亿: this year until the day of writing, as 今年以来 is."""
    for t in times:
        if t.text in _THIS_YEAR and t.start is not None and t.start.year == reference.year \
                and _ALREADY_AFTER.match(text, t.span.end):
            t.end, t.granularity = reference, "range"


def _days_dated_just_before(text: str, times: list[Time]) -> None:
    """2019-09-16 15:32:16 ⏎ 新浪财经讯 9月16日消息: a day written without its year just after the same day written
    with it (a digest's timestamp, then the report's dateline) is that day, whatever year the digest is of."""
    for before, t in zip(times, times[1:]):
        if t.granularity == "day" and t.start is not None and t.start == t.end and not _WRITTEN_YEAR.search(t.text) \
                and before.granularity == "day" and before.start is not None and _WRITTEN_YEAR.search(before.text) \
                and (before.start.month, before.start.day) == (t.start.month, t.start.day) and before.start != t.start \
                and t.span.start - before.span.end <= _DATED_JUST_BEFORE:
            t.start = t.end = before.start


def _days_in_the_year_just_named(text: str, times: list[Time]) -> None:
    """2007年秋天，正是土地拍卖的高潮，9月11日，广州市政府一次性出让13宗土地: a day written without its year, in the
    sentence of a time with a year and after it, is of that year (and not before the time: 2008年12月，…1月5日 is not
    told of). The parser carries the year of a month, quarter or half already; this carries a whole year's too."""
    for before, t in zip(times, times[1:]):
        if t.granularity == "day" and t.start is not None and t.start == t.end and _MONTH_DAY.fullmatch(t.text) \
                and before.start is not None and _WRITTEN_YEAR.match(before.text) and before.start.year != t.start.year \
                and not _SENTENCE_BREAK.search(text, before.span.end, t.span.start):
            try:
                day = date(before.start.year, t.start.month, t.start.day)
            except ValueError:
                continue
            if day >= before.start:
                t.start = t.end = day


def _yearless_periods_already_past(text: str, times: list[Time], reference: date, ahead_cues: tuple[str, ...],
                                   day_known: bool) -> None:
    """三季度末的仓位为97% in a text of April: a quarter (or a year's end) named without a year that would not have ended
    by the day the text was written is last year's, unless its clause names a year before it or looks ahead (预计三季度).
    When the day of writing is not known (an inferred reference on the last day of a period the text reports), only
    a quarter ending more than a quarter after it is moved."""
    for t in times:
        if t.start is None or t.end is None or t.end <= reference or not _YEARLESS_QUARTER.fullmatch(t.text) \
                or not day_known and (t.end - reference).days <= _QUARTER_DAYS:
            continue
        before = text[clause_start(text, t.span.start):t.span.start]
        clause = before + text[t.span.start:clause_end(text, t.span.end)]
        if "年" in before or any(cue in clause for cue in ahead_cues):
            continue
        t.start = date(t.start.year - 1, t.start.month, t.start.day)
        t.end = date(t.end.year - 1, t.end.month, calendar.monthrange(t.end.year - 1, t.end.month)[1])


_QUARTER_DAYS = 92
# 三季度, 第三季度末, 从四季度, 1季度末, 年末 (not 前三季度: a report's quarters so far, not 本季度, 今年三季度)
_YEARLESS_QUARTER = re.compile(r"(?:从|自|在)?(?:第?[一二三四1-4]季度?[末初底]?|年末|年底|年终)")


def _names_day(text: str, day: date) -> bool:
    """Whether the text names the day (2月5日): an inferred reference on it is the day of writing, not the end of a
    period the text reports (2019年第一季度 -> 3月31日), after which a later quarter may well have ended."""
    return re.search(rf"(?<!\d){day.month}月{day.day}[日号]", text) is not None


_RELATIVE_CLAUSE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}的")  # 8月5日|回购的股份
_RELATIVE_YEAR = re.compile(r"(?:截至|截止|自|从|到|至)?(?:去年|前年|明年)")


def _is_fiscal_whole_year(text: str, times: list[Time], i: int) -> bool:
    """全年 of 2020财年第四季度及全年: the fiscal year `_fiscal_periods` read, not a calendar year."""
    return i > 0 and _FISCAL_YEAR.fullmatch(times[i - 1].text) is not None \
        and _AND_WHOLE_YEAR.fullmatch(text, times[i - 1].span.end, times[i].span.end) is not None


def _the_period_named_before(text: str, times: list[Time], anaphoric: dict[str, str], base_markers: tuple[str, ...]) -> None:
    """当月 / 本季度 / 当年: the last period of that kind named before it (单是3月份，……当月成立的6只基金),
    or for 本季度 in a report, the quarter it names first (51Talk二季度财报 … 本季度活跃学生数). A day inside a
    relative clause is not the one 同日 goes back to (于2019年8月7日，该公司注销于8月5日回购的股份。同日，…)."""
    merged: set[int] = set()  # ids of the times read into the one before
    for i, t in enumerate(times):
        kind = anaphoric.get(t.text)
        if kind is None:
            continue
        if kind == "whole year":  # (not a base: 较2018年全年增长59.4%；全年调整后的净利润 is the year reported on)
            before = times[i - 1] if i > 0 and id(times[i - 1]) not in merged else None
            if _is_fiscal_whole_year(text, times, i):
                continue  # 2020财年第四季度及全年: the fiscal year, as _fiscal_periods read it
            if before is not None and before.span.end == t.span.start and before.granularity == "year":
                before.span = Span(start=before.span.start, end=t.span.end, text=text[before.span.start:t.span.end])
                before.text = before.span.text
                merged.add(id(t))  # 2018年全年: one time
                continue
            named = [u for j, u in enumerate(times[:i]) if u.start is not None and u.end is not None
                     and (u.text not in anaphoric or _is_fiscal_whole_year(text, times, j)) and id(u) not in merged
                     and u.granularity != "duration" and _WRITTEN_PERIOD.search(u.text)
                     and (not u.as_of or _FISCAL_YEAR_CLOSED.match(text, u.span.end))
                     and not text.endswith(base_markers, 0, u.span.start)
                     and (u.start.year == u.end.year or (u.end - u.start).days < 370)]
            if named and named[-1].as_of:  # 截至2020年6月30日止年度的全年业绩: the fiscal year it closes
                end = named[-1].end
                t.start, t.end, t.granularity = date.fromordinal(_years_back(end, 1).toordinal() + 1), end, "range"
            elif named and named[-1].start.year == named[-1].end.year:
                year = named[-1].start.year
                t.start, t.end = date(year, 1, 1), date(year, 12, 31)
            elif named:  # 2020财年 (a fiscal year across two calendar years)
                t.start, t.end, t.granularity = named[-1].start, named[-1].end, named[-1].granularity
            continue
        named = [u for u in times[:i] if u.granularity == kind and u.start is not None and u.text not in anaphoric
                 and not (kind == "day" and _RELATIVE_CLAUSE_AFTER.match(text, u.span.end))]
        if not named and kind == "quarter":
            named = [u for u in times[i + 1:] if u.granularity == kind and u.start is not None and u.text not in anaphoric][:1]
        if named:
            t.start, t.end = named[-1].start, named[-1].end
    times[:] = [t for t in times if id(t) not in merged]


def _years_before_the_one_named(text: str, times: list[Time], words: re.Pattern[str],
                                years_before: dict[str, int]) -> list[Time]:
    """截至2018年底…，前一年为13.51%: the year before the one the text named last (not 前一年内, a window)."""
    out = list(times)
    for match in words.finditer(text):
        read = [t for t in times if t.span.start < match.end() and match.start() < t.span.end]
        if read and (read[0].span.start, read[0].span.end) != match.span():
            continue  # part of a longer time
        named = [t for t in times if t.span.end <= match.start() and t.end is not None and t.granularity != "duration"]
        if not named:
            continue  # the year before the text's own (read against the reference date)
        year = named[-1].end.year - years_before[match.group()]
        if read:
            out.remove(read[0])
        out.append(Time(text=match.group(), span=Span(start=match.start(), end=match.end(), text=match.group()),
                        start=date(year, 1, 1), end=date(year, 12, 31), granularity="year"))
    return sorted(out, key=lambda t: t.span.start)


def _same_period_a_year_before(times: list[Time], earlier_words: set[str]) -> None:
    """上年同期 / 去年同期: the period named last before it (2020年上半年, 本期; not 上期), a year earlier."""
    current = None
    for t in times:
        if "同期" in t.text and current is not None and t.start is not None:
            t.start, t.end, t.granularity = _years_back(current.start, 1), _years_back(current.end, 1), current.granularity
        elif t.granularity in ("half", "quarter", "month", "year") and t.start is not None and "同期" not in t.text \
                and t.text not in earlier_words:
            current = t


def _years_back(day: date | None, years: int) -> date | None:
    if day is None or not years:
        return day
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
