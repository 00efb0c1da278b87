"""When a text was written, when it does not say: a reference date inferred from its own words.

Relative times (今年, 去年同期, 一季度 without a year) need the date a text was written. When the
caller does not give it, three kinds of evidence in the text are used, strongest first:

0. The number of an announcement (公告编号：2019-073) gives the year outright; the day is the latest the text names in it.
1. Explicit dates below the year (2021年8月, 2019年第一季度, 2020-04-01) stated as facts, and clues
   next to a year that say when the text was written (`patterns/times/reference_clues.tsv`:
   2008年年报 is read in 2009, 进入2009年 in 2009): the latest of them, a report being written
   after what it reports. But when the earliest forecast (预计2020年上半年) lies more than a year
   after them, what is stated is history and the forecast's period is the one the text is in (a
   profit warning). Clues that only give a floor (2009年以来: 2009 or later) raise it to their year.
   A yearless clue (今日公布的年报显示) counts from the latest year the text names as a fact, and
   that year is a floor too: a text naming 2009 as a fact (not 到2015年, 2015年前) is from 2009 or later
   (on the latest yearless day it names: 截至2月5日). A day a term is extended to or a plan runs until
   (延期至2021年1月21日, 将持续到2021年6月: `patterns/times/deadline_verbs.tsv`) lies ahead and is none of them;
   a year's results still to come (将对公司2019年度经营业绩产生积极影响) are not reported ones. 今年's month told after
   a later month of a year (2008年10月…。今年5月…) is a floor: the text is of a later year.
   A since-year with the years passed since (自2006年以来…三年时间) gives the year too, and so do a day with the time
   passed since (成立至今近一年, 距2008年11月8日首次分红时隔仅5个月), one
   figure given both for 去年 and for a year (去年12月时的69.49亿元, 2008年12月时的69.49亿元), a year
   compared with 去年 (2019年的净利润比去年增长) and 今年 compared with a year (今年应比2008年乐观). A record since a
   month of a year (创下2008年5月以来单月新高) is set in a later year: this year's would be 今年5月以来.
2. Failing that, the earliest date of a plan or target (计划2009年上半年): a text plans what lies
   ahead of it.
3. Failing that, one thing named once after a year and once after 去年
   (2009年中国土地出让总价款 … 去年我国土地出让总价款): the text was written the year after.
4. Failing that, the year after the latest year-end the text reports figures for (2008年末 -> 2009).
5. Failing that, a since-year whose sentence closes it on a yearless day (截至3月19日，2009年以来已经成立的
   15只基金): the window ends in the year it starts, on that day.
6. Failing that, the latest year the text names as a fact and not as another time (成长性成为2009年新发股基的
   主题词; not 在2017年时, 2008年的熊市低点, 1978年在剑桥成立, 2014年至2019年, nor a year opening a plan: 2025年，公司计划…),
   on the latest yearless day it names (截至2月24日), or else on its last day; raised to the floors the clues give
   (像2008年这样的债券大牛市, 经历了2008年…的下跌: a text looking back on 2008 is from 2009 or later).
7. Failing that, the earliest year the text looks ahead to (预期2009年会是一个震荡市; not 将于2021年初完成: a deadline)
   when it names no later year: a text forecasting a year it does not yet report on is written in it.
A day named as today or yesterday (今日（7月7日）下午, 昨日(6月9日)发布公告) is the day the text was written on, or the day after.
A yearless day given with its weekday (4月13日，星期一; or a dateline whose sentence tells what was done on a weekday:
全景网4月17日讯 景顺长城基金周五公告称) moves the year to the next or previous one when only that one has the day on that
weekday.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from .numerals import to_halfwidth
from .resources import Patterns, default_patterns

_EXPLICIT = re.compile(
    r"((?:19|20)\d\d)[ ]?年[ ]?(1[0-2]|0?[1-9])(?:[ ]?[-~至到][ ]?(1[0-2]|0?[1-9]))?[ ]?月"
    r"(?:[ ]?([12]\d|3[01]|0?[1-9])[ ]?[日号])?"
    r"|((?:19|20)\d\d)[-/.](1[0-2]|0?[1-9])[-/.]([12]\d|3[01]|0?[1-9])(?!\d)"
    r"|((?:19|20)\d\d)[ ]?年(?:度)?[ ]?(?:的)?(?:第(?P<q1>[一二三四1-4])个?季度|(?P<q2>[一二三四1-4])季度"
    r"|Q(?P<q3>[1-4])|前(?P<qn>[一二三1-3])个?季度|(?P<half>上半年|下半年|前半年|后半年)"
    r"|前(?P<mn>十一|十二|[一二三四五六七八九十]|1[0-2]|[1-9])个月)"
    r"|(?P<qy>(?:19|20)\d\d)[ ]?(?:Q|q)(?P<q4>[1-4])(?![\d])")
_MONTHS_IN_WORDS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_QNUM = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# a year named as a fact: not 自2006年以来, not a deadline (到2015年, 2015年前)
_BARE_YEAR = re.compile(r"(?<![\d到至])((?:19|20)\d\d|(?<![\d.])0\d(?=年[^代内来间多]))年"
                        r"(?![^，。；;,\n]{0,8}?(?:以来|至今|迄今))(?!(?:以|之)?前)")  # 2009年, 09年 (not 10年: ten years)
# 自2006年以来，…三年时间获利: a since-year and the years that have passed since
_SINCE_FOR = re.compile(r"((?:19|20)\d\d)年[^，。；;]{0,8}?以来[^。]{0,100}?([一二两三四五六七八九十]|\d{1,2})年(?:时间|间|来|多)")
_YEARS_IN_WORDS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
# 2008年12月30日开始运作，至今仅4个多月, 自2008年4月10日成立至今近一年, 距2008年11月8日首次分红时隔仅5个月:
# a day and the months or years passed since
_DAY_AND_TIME_SINCE = re.compile(r"((?:19|20)\d\d)年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号][^。]{0,20}?"
                             r"(?:至今|时隔|相隔|间隔)[^。，]{0,4}?"
                             r"([一二两三四五六七八九十]|1[01]|[1-9])(个多?月|年)")
# 截至3月19日，2009年以来: a yearless as-of day, and a since-year
# 截至2019年12月31日, 2008年12月底, 2008年四季度, 2008年下半年: a year's end, told as past (not 至2009年12月31日期间,
# 进入2019年下半年之后: windows)
_YEAR_END = (r"(?<![至到])%d年(?:12月(?:31[日号]|底|末|份)?|第?[四4]季度|下半年)"
             r"(?![^，,。；;]{0,4}?(?:以来|之后|以后|期间|前|将))")
_AS_OF_DAY = re.compile(r"截[至止](?:到)?(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号]")
_SINCE_YEAR = re.compile(r"((?:19|20)\d\d)年[^，。；;!?！？\n]{0,8}?以来")
# 2008年10月，…发现…。今年5月，该工程又开工建设: 今年's month told after a later month of a year
# (both opening a clause as the time of what is told: not 截至2021年8月…今年4月, nor 2009年8月以来)
_MONTH_OF_YEAR = re.compile(r"(?:^|(?<=[，,。；;！？!?\n]))((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(?:(?:[12]\d|3[01]|0?[1-9])[日号])?[，,]")
_MONTH_THIS_YEAR = re.compile(r"(?:^|(?<=[，,。；;！？!?\n]))今年(1[0-2]|0?[1-9])月(?:份|(?:[12]\d|3[01]|0?[1-9])[日号])?[，,]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# 从2009年第一个交易日到4月9日: a window from a year to a yearless day (the text's own year, not one it reports on)
_RUNNING_TO_A_DAY = re.compile(r"((?:19|20)\d\d)年[^，。；;\n]{0,12}?(?:至|到)(?:1[0-2]|0?[1-9])月")
# 中国经济网北京11月18日讯, 新华社北京3月5日电, 挖贝网8月19日消息: the day the report was filed, near its top
_DATELINE = re.compile(r"(?<![年\d])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日(?:讯|电|消息)")
_DATELINE_REACH = 300
_DATELINE_SLACK = 200  # days a dateline may lie before the latest date the text names
# 2019年9月3日，小米集团发布公告称: a full date opening a sentence, then a comma
_TOLD_DAY = re.compile(r"(?:^|(?<=[。！？!?\n]))\s*((?:19|20)\d\d)年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号][，,]")
_YEARLESS_DAY = re.compile(r"(?<![年\d])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
# 4月13日，星期一, 12月13日（星期五）, 周三（6月17日）: a yearless day with its weekday
_DAY_AND_WEEKDAY = re.compile(r"(?<![年\d])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号][（(，, ]?(?:星期|周|礼拜)([一二三四五六日天])"
                              r"|(?:星期|周|礼拜)([一二三四五六日天])[（(，, ]?(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号]")
_WEEKDAYS = "一二三四五六日"
# 今日（7月7日）, 昨日(6月9日), 今天（27日）: the day a text is written on, named (the words: times/today_words.tsv)
_DAY_IN_BRACKETS = r"[(（](?:(1[0-2]|0?[1-9])月)?([12]\d|3[01]|0?[1-9])[日号][)）]"
_TODAY_SLACK = 15  # days a named day of the month may lie before the inferred day and still be in its month
# 全景网4月17日讯 景顺长城基金周五公告称: the weekday of what the dateline's report tells, that day's
_WEEKDAY_AFTER_DATELINE = re.compile(r"(?<![上下本每这])(?:星期|周|礼拜)([一二三四五六日天])(?!\d)")
_WEEKDAY_REACH = 40
_YEAR = r"((?:19|20)\d\d)"
# 去年 + what follows it, and a year + what follows it (rule 3)
_LAST_YEAR = re.compile(r"去年([\u4e00-\u9fff]{2,10})")
_YEAR_THEN = re.compile(_YEAR + r"年([\u4e00-\u9fff]{2,10})")
_SHARED = 4  # characters the two namings must share
# 去年12月时的69.49亿元 and 2008年12月时的69.49亿元, 去年基金业人均超70万 and 2008年行业人均年收入…70万元:
# a figure in the clause after 去年 and in the clause after a year
_LAST_YEAR_CLAUSE = re.compile(r"去年([^，,。；;！？!?\n]{0,30})")
_YEAR_CLAUSE = re.compile(_YEAR + r"年([^，,。；;！？!?\n]{0,30})")
# a figure unlikely to recur by chance: with decimals, 万 or 亿, or three digits at least
_FIGURE = re.compile(r"(?<![\d.,])(?:\d+\.\d+[万亿]*|\d+[万亿]+|\d{3,})(?![\d.,月日年号])")


class ReferenceInference:
    """Infers the reference date of a text (see the module docstring)."""

    def __init__(self, patterns: Patterns | None = None) -> None:
        patterns = patterns or default_patterns()
        self.clues = [(re.compile(row[0].replace("{year}", _YEAR)), int(row[1]), int(row[2]), row[3])
                      for row in patterns.table("times/reference_clues.tsv")]
        self.days_to_today = {row[0]: int(row[1]) for row in patterns.table("times/today_words.tsv")}
        self.today_named = re.compile("(" + "|".join(map(re.escape, self.days_to_today)) + ")" + _DAY_IN_BRACKETS)
        cues = patterns.table("facts/status_cues.tsv")
        self.plan_cues = tuple(row[0] for row in cues if row[1] == "target")
        self.forecast_cues = tuple(row[0] for row in cues if row[1] == "forecast")
        # 将对公司2019年度经营业绩产生积极影响: a year's results still to come (not 预计2008年度净利润…: a profit
        # warning, written after the year)
        self.future_cues = tuple(row[0] for row in cues if row[1] in ("forecast", "target") and row[2] == "clause")
        # 延期至2021年1月21日, 将持续到2021年6月: a day a term or a plan runs until
        self.until_day = re.compile("(?:" + "|".join(map(re.escape, patterns.words("times/deadline_verbs.tsv")))
                                    + r")(?:时间)?(?:至|到)$"
                                    # 期限为2020年5月22日至2021年5月21日: a window's last day
                                    + "|(?:" + "|".join(map(re.escape, patterns.words("times/window_nouns.tsv")))
                                    + r")(?:为|是|从|自)?[^，,。；;]{0,16}?(?:起)?(?:至|到)$")
        # after a year, what makes it a time other than the text's own: 2008年的低点, 2017年时, 2014年至2019年担任,
        # 1978年在剑桥成立
        self.another_time_after = re.compile(r"的|时|[至到\-~]|[^，。；;,\n]{0,8}?(?:"
                                             + "|".join(map(re.escape, patterns.words("times/founding_verbs.tsv"))) + ")")

    def __call__(self, text: str) -> date | None:
        """The inferred date, moved on to the latest yearless day the text counts to (截至2月13日) and to the day of
        the dateline the text opens with (中国经济网北京11月18日讯):
        the year is the inferred one, or the next when the dateline's day would lie far before it (a January
        report on December's figures)."""
        text = to_halfwidth(text or "")
        inferred = self._dated(text)
        return self._day_named_today(text, inferred) if inferred is not None else None

    def _dated(self, text: str) -> date | None:
        """The inferred date before a day named as today (今日（7月7日）) overrules it."""
        inferred = _year_of_weekday(text, self._infer(text))
        if inferred is not None:  # 截至2月13日 in a text inferred to be of January: written on the day it counts to
            as_of = [date(inferred.year, int(m.group(1)), int(m.group(2))) for m in _AS_OF_DAY.finditer(text)
                     if int(m.group(2)) <= _last_day(inferred.year, int(m.group(1)))]
            inferred = max([inferred, *as_of])
        dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
        if inferred is None or dateline is None:
            return inferred
        month, day = int(dateline.group(1)), int(dateline.group(2))
        years = (inferred.year,) if (inferred.month, inferred.day) == (12, 31) else (inferred.year, inferred.year + 1)
        told = max(self._told_days(text), default=None)
        weekday = _weekday_after_dateline(text, dateline)
        for year in years:  # (31 December stands for a year known without its day)
            if day <= _last_day(year, month) and date(year, month, day) >= inferred - timedelta(days=_DATELINE_SLACK) \
                    and (told is None or date(year, month, day) >= told):
                if weekday is not None and date(year, month, day).weekday() != weekday \
                        and day <= _last_day(year + 1, month) and date(year + 1, month, day).weekday() == weekday:
                    year += 1  # 全景网4月17日讯 景顺长城基金周五公告称 after 2007年11月9日: 17 April 2009 was the Friday
                return date(year, month, day)
        return inferred

    def _day_named_today(self, text: str, inferred: date) -> date:
        """今日（7月7日）下午, 昨日(6月9日)发布公告, 今日(14日): the text names the day it is written on, in the inferred
        year (and, without a month, in the inferred month, or the next when the day would lie weeks before it)."""
        m = self.today_named.search(text)
        if m is None:
            return inferred
        year, month, day = inferred.year, (int(m.group(2)) if m.group(2) else inferred.month), int(m.group(3))
        if not m.group(2) and day < inferred.day - _TODAY_SLACK:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if day > _last_day(year, month):
            return inferred
        return date(year, month, day) + timedelta(days=self.days_to_today[m.group(1)])

    def _infer(self, text: str) -> date | None:
        stated, forecast, planned = self._explicit_dates(text)
        written, floors, data = self._clue_dates(text)
        issued = [int(m.group(1)) for pattern, _, _, kind in self.clues if kind == "issued" for m in pattern.finditer(text)]
        if issued:  # 公告编号：2019-073: the year is known; the day is the latest the text names in it
            year = max(issued)
            latest_day = _latest_yearless_day(text, year)
            days = [d for d in stated + written if d.year == year] + ([latest_day] if latest_day != date(year, 12, 31) else [])
            return max(days, default=date(year, 12, 31))
        floors += _this_year_after_the_year(text)
        written += _since_and_for(text) + _same_figure_last_year(text)
        latest = max(stated + written, default=None)
        stated_dates = set(stated)  # (not a date only written: 2009年4月8日至2009年12月31日期间开展的活动)
        if forecast and (latest is None or min(forecast).year - latest.year > 1):
            latest = min(forecast)  # what is stated is history: the text forecasts the period it is in
        if latest is not None:
            stated = max(self._stated_years(text), default=0)
            if stated > latest.year:  # a text naming 2009 as a fact is from 2009 or later
                floors.append(_latest_yearless_day(text, stated))
            if (latest.month, latest.day) == (12, 31) and latest in stated_dates \
                    and re.search(_YEAR_END % latest.year, text):
                floors.append(_latest_yearless_day(text, latest.year + 1))
                # 截至2019年12月31日，公司总资产为…: figures as of a year's end are reported in the year after
            floor = max(floors, default=latest)
            return latest if floor.year <= latest.year else floor
        if planned:
            return min(planned)
        named_again = self._named_again_last_year(text)
        if named_again is not None:
            return named_again
        if data:
            return max(data)  # 2008年末，货币市场基金占…: year-end figures are reported the year after
        since_closed = _since_closed_on_day(text)
        if since_closed is not None:
            return since_closed
        named = set(self._stated_years(text, current_only=True))
        if not named:
            ahead = self._forecast_years(text)
            if ahead and max(self._stated_years(text), default=0) < min(ahead):
                return _latest_yearless_day(text, min(ahead))
            return None
        if max(self._stated_years(text), default=0) > max(named):
            return None  # years of a history only (1990年创办, 2017年时), or a later year named: no year is the text's own
        floor = max((f.year for f in floors), default=0)
        return _latest_yearless_day(text, max(max(named), floor))  # (2008年…是向下的，而2009年…最坏的时间已经过去了: the latest year named as a fact)

    def _explicit_dates(self, text: str) -> tuple[list[date], list[date], list[date]]:
        """Explicit dates below the year: (stated, in a forecast, in a plan or target)."""
        stated: list[date] = []
        forecast: list[date] = []
        planned: list[date] = []
        for m in _EXPLICIT.finditer(text):
            clause = text[_clause_start(text, m.start()):m.start()]
            try:
                if m.group(1):
                    y = int(m.group(1))
                    mo = int(m.group(3) or m.group(2))
                    d = int(m.group(4)) if m.group(4) and not m.group(3) else _last_day(y, mo)
                elif m.group(5):
                    y, mo, d = int(m.group(5)), int(m.group(6)), int(m.group(7))
                else:
                    y = int(m.group(8) or m.group("qy"))
                    if m.group("mn"):
                        mo = _MONTHS_IN_WORDS.get(m.group("mn")) or int(m.group("mn"))
                    elif m.group("half"):
                        mo = 6 if m.group("half") in ("上半年", "前半年") else 12
                    else:
                        q = m.group("q1") or m.group("q2") or m.group("q3") or m.group("qn") or m.group("q4")
                        mo = 3 * _QNUM[q]
                    d = _last_day(y, mo)
                found = date(y, mo, d)
            except (ValueError, KeyError):
                continue
            if self.until_day.search(clause):
                continue
            if any(cue in clause for cue in self.plan_cues):
                planned.append(found)
            elif any(cue in clause for cue in self.forecast_cues):
                forecast.append(found)
            else:
                stated.append(found)
        return stated, forecast, planned

    def _told_days(self, text: str) -> list[date]:
        """Days that open a sentence as the time of what is told (2019年9月3日，小米集团发布公告称…): what
        happened then lies before the report, so its dateline is not earlier (unless the sentence plans or forecasts)."""
        days = []
        for m in _TOLD_DAY.finditer(text):
            end = _SENTENCE_END.search(text, m.end())
            sentence = text[m.end():end.start() if end else len(text)]
            if any(cue in sentence for cue in self.plan_cues + self.forecast_cues):
                continue
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if day <= _last_day(year, month):
                days.append(date(year, month, day))
        return days

    def _clue_dates(self, text: str) -> tuple[list[date], list[date], list[date]]:
        """Dates the clues give: (when the text was written, floors under it, the floors of year-end data)."""
        written, floors, data = [], [], []
        latest_named = None
        for pattern, years_after, month, kind in self.clues:
            if kind == "issued":
                continue
            for m in pattern.finditer(text):
                if kind == "latest":  # a yearless clue: counted from the latest year the text names as a fact
                    if latest_named is None:  # (not 从2009年第一个交易日到4月9日: a window running to now)
                        named = self._stated_years(text)
                        for running in _RUNNING_TO_A_DAY.finditer(text):
                            if int(running.group(1)) in named:
                                named.remove(int(running.group(1)))
                        latest_named = max(named, default=0)
                    if not latest_named:
                        continue
                    year = latest_named + years_after
                else:
                    if kind == "data" and any(cue in _clause_of_year(text, m) for cue in self.future_cues):
                        continue
                    year = int(m.group(1)) + years_after
                found = date(year, month, _last_day(year, month))
                (written if kind in ("written", "latest") else floors).append(found)
                if kind == "data":
                    data.append(found)
        return written, floors, data

    def _stated_years(self, text: str, current_only: bool = False) -> list[int]:
        """The years (2009年, 09年) the text names outside a clause with a plan or forecast (2008年A股市场出现…;
        not 2009年市场将回暖); with `current_only`, not those named as another time (在2017年时, 2008年的低点)."""
        years = []
        for m in _BARE_YEAR.finditer(text):
            year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
            if current_only and (text.endswith(("在", "从", "自", "于", "-", "~"), 0, m.start())
                                 or self.another_time_after.match(text, m.end())):
                continue
            clause = _clause_of_year(text, m)
            if not any(cue in clause for cue in self.plan_cues + self.forecast_cues):
                years.append(year)
        return years

    def _forecast_years(self, text: str) -> list[int]:
        """The years named in a clause that forecasts (2009年债市将迎来平衡市), not after 于 (将于2021年初完成)."""
        years = []
        for m in _BARE_YEAR.finditer(text):
            if text.endswith("于", 0, m.start()):
                continue
            clause = _clause_of_year(text, m)
            if any(cue in clause for cue in self.forecast_cues) and not any(cue in clause for cue in self.plan_cues):
                years.append(int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0))
        return years

    @staticmethod
    def _named_again_last_year(text: str) -> date | None:
        after_last_year = [m.group(1) for m in _LAST_YEAR.finditer(text)]
        years = set()
        for m in _YEAR_THEN.finditer(text):
            if any(_common_run(m.group(2), words) >= _SHARED for words in after_last_year):
                years.add(int(m.group(1)) + 1)
        return date(years.pop(), 12, 31) if len(years) == 1 else None


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts (looking back at most 40 characters)."""
    start = max(0, at - 40)
    for m in _CLAUSE_END.finditer(text, max(0, at - 40), at):
        start = m.end()
    return start


def _clause_of_year(text: str, m: re.Match) -> str:
    """The clause a year is named in; 2025年，菲莫国际计划…: a year opening the clause after it belongs to it."""
    end = _CLAUSE_END.search(text, m.end())
    if end is not None and end.start() == m.end():
        end = _CLAUSE_END.search(text, end.end())
    return text[_clause_start(text, m.start()):end.start() if end else len(text)]


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


@lru_cache(maxsize=1)
def _default() -> ReferenceInference:
    return ReferenceInference()


def infer_reference(text: str) -> date | None:
    """The reference date of `text` with the shipped patterns (see the module docstring)."""
    return _default()(text)


def _latest_yearless_day(text: str, year: int) -> date:
    """The latest day without a year the text names (截至2月24日), taken in `year`; else the year's last day."""
    days = [date(year, int(m.group(1)), int(m.group(2))) for m in _YEARLESS_DAY.finditer(text)
            if int(m.group(2)) <= _last_day(year, int(m.group(1)))]
    return max(days, default=date(year, 12, 31))


def _year_of_weekday(text: str, inferred: date | None) -> date | None:
    """4月13日，星期一 in a text inferred to be of 2008: 13 April was a Monday in 2009, the year after, so the text is
    of 2009 (a day and its weekday agree only every few years, so only the years next to the inferred one are tried)."""
    if inferred is None:
        return None
    for month, day, weekday in _days_and_weekdays(text):
        fits = [year for year in (inferred.year, inferred.year + 1, inferred.year - 1)
                if day <= _last_day(year, month) and date(year, month, day).weekday() == weekday]
        if fits and fits[0] != inferred.year:
            return date(fits[0], month, day)
        if fits:
            return inferred
    return inferred


def _days_and_weekdays(text: str) -> Iterator[tuple[int, int, int]]:
    """(month, day, weekday) of each yearless day written with its weekday (4月13日，星期一), then of a dateline
    whose sentence tells what was done on a weekday (全景网4月17日讯 景顺长城基金周五公告称: on the dateline's day)."""
    for m in _DAY_AND_WEEKDAY.finditer(text):
        yield int(m.group(1) or m.group(5)), int(m.group(2) or m.group(6)), \
            _WEEKDAYS.index((m.group(3) or m.group(4)).replace("天", "日"))
    dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
    weekday = _weekday_after_dateline(text, dateline) if dateline is not None else None
    if weekday is not None:
        yield int(dateline.group(1)), int(dateline.group(2)), weekday


def _weekday_after_dateline(text: str, dateline: re.Match[str]) -> int | None:
    """The weekday (0 for Monday) on which the dateline's sentence says its report was made, if it names one."""
    end = _SENTENCE_END.search(text, dateline.end())
    weekday = _WEEKDAY_AFTER_DATELINE.search(text, dateline.end(),
                                             min(end.start() if end else len(text), dateline.end() + _WEEKDAY_REACH))
    return _WEEKDAYS.index(weekday.group(1).replace("天", "日")) if weekday is not None else None


def _since_closed_on_day(text: str) -> date | None:
    """截至3月19日，2009年以来…: the since-year, on the as-of day its sentence names."""
    for m in _SINCE_YEAR.finditer(text):
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = _SENTENCE_END.search(text, m.end())
        day = _AS_OF_DAY.search(text, start, end.start() if end else len(text))
        if day is not None:
            year, month, d = int(m.group(1)), int(day.group(1)), int(day.group(2))
            if d <= _last_day(year, month):
                return date(year, month, d)
    return None


def _same_figure_last_year(text: str) -> list[date]:
    """较去年12月时的69.49亿元 … 较2008年12月时的69.49亿元, 去年基金业人均超70万 … 2008年行业人均年收入…70万元: one
    figure given for 去年 and for a year, the year after (not 2019年的净利润要比去年至少增长144%: one clause that
    compares the year with 去年)."""
    after_last_year = {f for m in _LAST_YEAR_CLAUSE.finditer(text) for f in _FIGURE.findall(m.group(1))}
    return [date(int(m.group(1)) + 1, 12, 31) for m in _YEAR_CLAUSE.finditer(text)
            if "去年" not in m.group(2) and after_last_year.intersection(_FIGURE.findall(m.group(2)))]


def _this_year_after_the_year(text: str) -> list[date]:
    """2008年10月，…发现…。今年5月，该工程又开工建设: 今年's month, told after a later month of a year, is in a later
    year: the text is from the year after at least."""
    found = []
    for m in _MONTH_OF_YEAR.finditer(text):
        for later in _MONTH_THIS_YEAR.finditer(text, m.end()):
            if int(later.group(1)) < int(m.group(2)):
                year, month = int(m.group(1)) + 1, int(later.group(1))
                found.append(date(year, month, _last_day(year, month)))
                break
    return found


def _since_and_for(text: str) -> list[date]:
    """自2006年以来，…三年时间: the text is from 2006 + 3; 于2008年12月30日开始运作，至今仅4个多月: from 2009-04."""
    found = []
    for m in _SINCE_FOR.finditer(text):
        years = int(m.group(2)) if m.group(2).isdigit() else _YEARS_IN_WORDS[m.group(2)]
        found.append(date(int(m.group(1)) + years, 12, 31))
    for m in _DAY_AND_TIME_SINCE.finditer(text):
        months = int(m.group(4)) if m.group(4).isdigit() else _YEARS_IN_WORDS[m.group(4)]
        months *= 12 if m.group(5) == "年" else 1
        year, month = divmod(int(m.group(1)) * 12 + int(m.group(2)) - 1 + months, 12)
        found.append(date(year, month + 1, min(int(m.group(3)), _last_day(year, month + 1))))
    return found
