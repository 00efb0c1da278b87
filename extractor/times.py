"""Dates, periods and durations in Chinese text, resolved against a reference date.

    >>> t = parse_times("截至今年7月", reference=date(2021, 11, 1))[0]
    >>> (t.span.text, t.start, t.end, t.as_of)
    ('截至今年7月', None, datetime.date(2021, 7, 31), True)

Conventions (docs/normalization.md has the full list):

- start/end are the first and last day covered (end inclusive).
- granularity: day, month, quarter, half (上半年), year, range (month ranges 1-8月, day
  ranges, fuzzy parts 4月初, open ranges, windows 近三个月, 近日), duration.
- relative words (今年 去年 上月 本季度 上周 昨天 近日) and dates without a year (8月,
  4月初) are resolved against `reference`; without one they are returned with start/end None. A month,
  quarter, half or day without a year after a month, quarter or half with one in its sentence has its year
  (2008年3月销量为5万辆，4月为6万辆), unless that would move it back in the year; a quarter or half after a
  whole year written out has that year (公司2008年营收1亿元，其中上半年…).
- 截至/截止(到) X: as_of true, start/end/granularity those of X (the period named, e.g. the
  month of 截至今年7月), the span includes 截至.
- X以前/之前: start None, end = the day before X; X或之前/及以前: end = end of X.
  X之后/以后: start = the day after X (the day X itself for a day); 自/从 X, X起/开始/以来,
  X或之后: start = start of X, end None (以来/至今: end = reference when known).
- durations (一年半 P1Y6M, 三个月 P3M, 半小时 PT30M, 两周 P2W) have start/end None.
- a two-digit year (21年) is a year when written with a leading zero (08年), followed by a
  month/quarter/half/part (21年8月, 19年底) or standing alone without a duration cue; after
  了/近/过去/长达/成立 ... or before 来/以来/间/多/半 ... it is a duration (成立20年).
- 月初 = days 1-10, 月中 11-20, 月底 25-end, 上/中/下旬 1-10/11-20/21-end; 年初 = Jan-Feb,
  年中 = Jun-Jul, 年底 = Nov-Dec; 季度初/末 = the first/last month of the quarter
  (patterns/times/parts.tsv).
- invalid dates (2月30日, 13月) are dropped, never an exception.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from .models import Span, Time
from .numerals import default_table, digit_string, parse_number, parse_range, small_int, to_halfwidth
from .resources import Patterns, default_patterns


def _alt(words) -> str:
    """An alternation, longest first; a word ending in a Latin letter or digit ends there (H1, not H1N1)."""
    return "|".join(re.escape(w) + ("(?![A-Za-z0-9])" if w[-1:].isascii() and w[-1:].isalnum() else "")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _unit_around(point: date, unit: str) -> tuple[date, date, str]:
    """The year, month or day a point in time falls in: (start, end, granularity)."""
    if unit == "Y":
        return date(point.year, 1, 1), date(point.year, 12, 31), "year"
    if unit == "M":
        return date(point.year, point.month, 1), date(point.year, point.month, _last_day(point.year, point.month)), "month"
    return point, point, "day"


def _shift(d: date, unit: str, k: float) -> date:
    if unit == "Y":
        months = int(round(k * 12))
        y, m = _add_months(d.year, d.month, months)
        return date(y, m, min(d.day, _last_day(y, m)))
    if unit == "M":
        whole = int(k)
        y, m = _add_months(d.year, d.month, whole)
        out = date(y, m, min(d.day, _last_day(y, m)))
        if k != whole:
            out += timedelta(days=round((k - whole) * 30))
        return out
    if unit == "W":
        return d + timedelta(days=round(7 * k))
    if unit == "Q":
        return _shift(d, "M", 3 * k)
    return d + timedelta(days=round(k))


_ISO_PART = re.compile(r"(\d+)([YMWDHS])")
# the words of an open range running to now (2009年以来, 至今): shared by the components that read periods
SINCE = re.compile(r"以来|至今|迄今|(?<=今年|本年)来$")
# 从2010年的49.3%, 自去年11月的低点8.03元: the figure the change starts from, at that time (shared with facts);
# not 自去年10月底的1664点以来, a range
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_VIEWPOINT = re.compile(r"[^，,。；;]{0,20}?(?:来?看|(?:可以|能够?)?看出)[，,]")
# 从1季度的仓位提升力度看，, 从昨日行情走势可以看出，: a point of view, not a start
STARTING_VALUE = re.compile(r"(?:末|底)?(?:时)?的?(?:最?[高低]点)?\d[\d.,]*(?![^，,。；;]*?以来)")


def _add_iso(a: str, b: str) -> str | None:
    """P1Y + P3M -> P1Y3M; PT8H + P2D -> P2DT8H (whole numbers only)."""
    total: dict[str, int] = {}
    for iso in (a, b):
        if not re.fullmatch(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?", iso):
            return None
        date_part, _, time_part = iso[1:].partition("T")
        for n, u in _ISO_PART.findall(date_part):
            total[u] = total.get(u, 0) + int(n)
        for n, u in _ISO_PART.findall(time_part):
            key = "t" + u
            total[key] = total.get(key, 0) + int(n)
    if "W" in total and len(total) > 1:
        total["D"] = total.get("D", 0) + 7 * total.pop("W")
    out = "P" + "".join("%d%s" % (total[u], u) for u in "YMWD" if total.get(u))
    t = "".join("%d%s" % (total["t" + u], u) for u in "HMS" if total.get("t" + u))
    return out + ("T" + t if t else "") if (out != "P" or t) else None
_CN = "零〇○一二三四五六七八九十两廿卅"
_CN_DIGITS = "零〇○一二三四五六七八九"
_DURATION_CUES = ("了", "近", "过去", "长达", "历时", "成立", "经过", "用", "花", "每", "这", "那", "几",
                  "约", "超过", "逾", "达", "最近", "未来", "头", "整整", "前", "后", "足足", "连续", "已")
_DURATION_AFTER = ("来", "以来", "间", "里", "之久", "的时间", "多", "半", "左右", "后", "前", "内",
                   "以上", "以下", "期", "中")


class TimeParser:
    """Finds dates, periods and durations.  Built once from a `Patterns`."""

    def __init__(self, patterns: Patterns | None = None) -> None:
        p = patterns or default_patterns()
        self.table = default_table()
        # 较2018年3月, 与2007年10月16日相比: a base, whose year the next time does not share (facts/base_markers.tsv)
        self.compared_re = re.compile("(?:" + _alt(p.words("facts/base_markers.tsv") + ["与"]) + ")$")
        # 在2008年年报中表示…，刚刚发布的一季报: the year of a report, not a period (times/report_names.tsv; 2008年报)
        self.report_after_re = re.compile(_alt(p.words("times/report_names.tsv") + ["报"]))
        self.rel: dict[str, tuple[str, int]] = {}
        for row in p.table("times/relative.tsv"):
            try:
                self.rel[row[0]] = (row[1], int(row[2]))
            except (IndexError, ValueError):
                pass
        self.parts: dict[tuple[str, str], tuple[int, object]] = {}
        for row in p.table("times/parts.tsv"):
            try:
                hi = row[3]
                self.parts[(row[1], row[0])] = (int(row[2]), "end" if hi == "end" else int(hi))
            except (IndexError, ValueError):
                pass
        self.eras: dict[str, int] = {}
        for row in p.table("times/eras.tsv"):
            try:
                self.eras[row[0]] = int(row[1])
            except (IndexError, ValueError):
                pass
        names = [row[0] for row in p.table("times/not_times.tsv") if row and row[0]]
        self.not_times = re.compile(_alt(names)) if names else None
        self.units: dict[str, str] = {}
        for row in p.table("times/units.tsv"):
            if len(row) >= 2:
                self.units[row[0]] = row[1]
        self.half_year_reports = tuple(p.words("times/half_year_reports.tsv"))
        self.plans = {row[0]: (int(row[1]), int(row[2])) for row in p.table("times/plan_periods.tsv")}
        self.plan_re = re.compile("(?<![一二三四五六七八九十])(?:%s)(?![一二三四五六七八九十])" % _alt(self.plans)) \
            if self.plans else None

        rel_year = [w for w, (u, _) in self.rel.items() if u == "year"]
        rel_month = [w for w, (u, _) in self.rel.items() if u == "month"]
        rel_q = [w for w, (u, _) in self.rel.items() if u == "quarter"]
        rel_week = [w for w, (u, _) in self.rel.items() if u == "week"]
        rel_day = [w for w, (u, _) in self.rel.items() if u in ("day", "recent")]
        part_words = [w for (_, w) in self.parts]

        n12 = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
        nd = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|三十一|[一二三四五六七八九]|廿[一二三四五六七八九]?)"
        y4 = r"(?:(?:1[5-9]|20)\d\d|[一二][零〇○一二三四五六七八九]{3})"
        y2 = r"(?:\d\d|[零〇○一二三四五六七八九]{2})"
        rng = r"[ ]?(?:-|~|—|–|至|到)[ ]?"
        self.re_src = {}
        # 2019年, and a year of digits right before a quarter or half written in Latin letters (2019Q1, 19Q3, 2019H1)
        # or a half written out (2019上半年)
        year = (r"(?:(?P<y4>%s)|(?P<y2>%s)|(?P<era>%s)(?P<eran>元|\d{1,2}|[一二三四五六七八九十]{1,3}))"
                r"(?:[ ]?年(?:度)?(?![代级轻纪])|(?<=\d)(?=Q[1-4](?!\d)|H[12](?![\dN]))|(?<=20\d\d)(?=[上下]半年))"
                % (y4, y2, _alt(self.eras) or "(?!)"))
        yrel = r"(?P<yrel>%s)" % _alt(rel_year)
        quarter = (r"(?:(?:的)?(?:(?:第)?(?P<qa>[一二三四1-4])(?:季度)?[ ]?(?:-|~|—|至|到)[ ]?(?:第)?(?P<qb>[一二三四1-4])个?季度"
                   r"|第(?P<q>[一二三四1-4])个?季度|(?P<q2>[一二三四1-4])季(?:度|(?=[初末底报]))|Q(?P<q3>[1-4])(?!\d)(?:季度)?"
                   r"|(?:前|首)(?P<qn>[一二三两1-3])个?季度|(?P<qfirst>首)季度?)|(?P<qrel>%s))" % _alt(rel_q))
        half = r"(?P<half>上半年|下半年|前半年|后半年|H2(?![\dA-Za-z])|%s)" % (_alt(self.half_year_reports) or "(?!)")
        months = (r"(?:(?P<m1>%s)[ ]?(?:月份?)?%s(?P<m2>%s)[ ]?月份?(?![ ]?%s[ ]?[日号])"
                  r"|(?P<m>%s|正|腊|冬)[ ]?月份?|(?P<mrel>%s)|(?:的)?(?:前|首)(?P<mn>%s)个?月)"
                  % (n12, rng, n12, nd, n12, _alt(rel_month), n12))
        days = (r"(?:(?P<d1>%s)[ ]?[日号]?%s(?P<d2>%s)[ ]?[日号]|(?P<d>%s)[ ]?(?:日|(?<=[月\d一二三四五六七八九十] )号|(?<=[月\d一二三四五六七八九十])号)(?![线楼文院店机子元])"
                r"|(?<=月)(?:初(?P<dc>[一二三四五六七八九十])|(?P<dbare>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[12]\d|3[01]|0?[1-9])(?![\u3400-\u9fff\d.%%:,/\-~])))"
                % (nd, rng, nd, nd))
        # 上周5只基金, 本周3个楼盘: a digit after 周 followed by what counts it is a count, not a weekday
        counted = [row[0] for row in p.table("quantities/units.tsv") + p.table("quantities/currencies.tsv") if row]
        weekday_digit = r"[1-7](?![\d.%%．万亿千百十]|%s)" % _alt(counted)
        week = (r"(?:(?P<wrel>上上个?|下下个?|上上個|下下個|上个?|下个?|上個|下個|本|这个?)?(?:周|星期|礼拜|週|禮拜)"
                r"(?P<wd>[一二三四五六日天末]|%s)|(?P<wk>%s))" % (weekday_digit, _alt(rel_week)))
        rday = r"(?P<drel>%s)" % _alt(rel_day)
        decade = (r"(?:(?:(?P<cent>\d{2}|[一二]?十[一二三四五六七八九]?)世纪)?(?P<dec>[1-9]0|[一二三四五六七八九]十)年代"
                  r"|(?P<cent2>[12]?\d|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪)")
        fuzzy = r"(?P<fz>%s)" % _alt(part_words)
        tod = (r"(?:[ ]?(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|早间|今晚|午间|晚|早|夜里|半夜)"
               r"(?:[ ]?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:[:点时](?:\d{1,2}|[一二三四五六七八九十]{1,3}|半|整)?分?)?)?"
               r"|[ ]?\d{1,2}:\d{2}(?::\d{2})?)")
        pre_w = r"截至到|截止到|截止至|截至|截止|自从|自|从"
        post_w = (r"或之前|及之前|及以前|或以前|以前|之前|或之后|及之后|及以后|或以后|以后|之后"
                  r"|起至今|以来|(?<=今年|本年)来(?![看说讲])|至今|迄今|起|开始"
                  r"|前(?![ ]?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[ ]?(?:个|個)?[ ]?(?:周|週|星期|礼拜|月|天|日|年|季度))|后")
        pre = r"(?P<pre>%s)?[ ]?" % pre_w
        post = r"(?P<post>%s)?" % post_w
        ipre = r"(?P<ipre>%s)?[ ]?" % pre_w
        ipost = r"(?P<ipost>%s)?" % post_w
        iso = (r"(?P<iso>(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?![\d]))"
               r"|(?P<isoym>(?P<jy>(?:19|20)\d\d)[-/.](?P<jm>0[1-9]|1[0-2])(?![\d.%万亿]))")
        num = r"(?:(?<![\d'])(?!0)\d{1,3}(?:\.\d+)?|(?![零〇])[零〇一二三四五六七八九十两俩倆百千半几数]+)"
        window = (r"(?P<win>近|过去|最近|未来|今后|接下来|(?<![最之以然此其])前|(?<![最之以然此其])后)(?:的)?[ ]?(?P<wn>%s)[ ]?(?:个)?(?P<wmore>多)?[ ]?"
                  r"(?P<wu>年|月|周|星期|天|日)(?P<wsuf>内|里|中|来|以来|间)?" % num)
        offset = (r"(?P<on>%s)[ ]?(?P<oge>个)?(?P<omore>多)?[ ]?(?P<ou>年|(?:(?<=[个個多半])|(?<=[个個多半] ))月|周|星期|天)(?P<ohalf>半)?(?P<omore2>多)?"
                  r"(?P<odir>以前|之前|以后|之后|以来|前|后)" % num)
        duration = (r"(?P<dn>%s)[ ]?(?P<dge>个)?(?P<dmore>多)?[ ]?(?P<du>年(?!份|级|代|纪|轻|龄|薪|会|报|检|货)|月|星期|礼拜|周(?!岁|年)|天|日|(?<=[个個])季度|刻钟|小时|钟头|分钟|秒钟|秒)"
                    r"(?P<dhalf>半)?" % num)
        firsts = set(_CN + "0123456789Q第前首正腊冬周星礼拜週禮")
        for w in list(self.rel) + list(self.eras) + ["上半年", "下半年", "前半年", "后半年"]:
            firsts.add(w[0])
        yrange = (r"(?P<yr1>%s)[ ]?(?:年)?%s(?P<yr2>%s)[ ]?年(?!代)" % (y4, rng, y4))
        date_core = (r"(?=[%s])"
                     r"(?:%s|%s|%s|%s|(?:(?:%s|%s)[ ]?)?(?:(?:%s|%s|%s)[ ]?)?(?:%s)?)(?P<same>同期)?"
                     % (re.escape("".join(sorted(firsts))), yrange, week, rday, decade, year, yrel, quarter, half,
                        months, days))
        self.master = re.compile(
            r"(?P<isoall>%s(?:%s)?)"
            r"|(?P<window>%s)"
            r"|(?P<offset>%s)"
            r"|(?P<fzonly>%s)(?P<fzsince>以来|至今|迄今)?"
            r"|(?P<date>%s(?P<core>%s)[ ]?(?:%s)?(?:%s)?%s)"
            r"|(?P<dur>%s)"
            % (ipre + "(?:" + iso + ")", ipost, window, offset, _alt([w for (s, w) in self.parts if len(w) >= 2]),
               pre, date_core, fuzzy, tod, post, duration))
        self.range_gap = re.compile(r"^[ ]?(?:-|~|—|–|至|到)[ ]?$")
        self.between_re = re.compile(r"[ ]?(?:之间|中间|间)")
        self.sub_re = re.compile(
            r"[ ]?(?:的)?[ ]?(?:(?P<which>第|前|头|最后|最後|末)[ ]?(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})|(?P<first>首))[ ]?"
            r"(?P<ge>个|個)?[ ]?(?P<u>(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天1-7])?"
            r"|月(?!份?[ ]?\d|[一二三四五六七八九十])|天|日)")

    # ------------------------------------------------------------------------------
    def parse(self, text: str, reference: date | None = None) -> list[Time]:
        try:
            return self._parse(text, reference)
        except Exception:
            return []

    def _parse(self, text: str, ref: date | None) -> list[Time]:
        if not text:
            return []
        norm = to_halfwidth(text)
        found: list[tuple[int, int, dict]] = []
        names = [(x.start(), x.end()) for x in self.not_times.finditer(norm)] if self.not_times else []
        for m in self.master.finditer(norm):
            if m.end() == m.start():
                continue
            if names and any(a < m.end() and m.start() < b for a, b in names):
                continue  # 今日头条, 明日之后: a name
            r = self._resolve(norm, m, ref)
            if r is None:
                continue
            found.append(r)
        found = self._with_plan_periods(norm, found)
        found = self._sub_periods(norm, found)
        # merge "X至Y" / "X-Y" into one range
        merged: list[tuple[int, int, dict]] = []
        for item in found:
            if merged:
                ps, pe, pr = merged[-1]
                s, e, r = item
                gap = norm[pe:s]
                between = None
                if gap in ("和", "与", "與", "及", "跟", "同", "至", "到") and not pr.get("post") and not r.get("post"):
                    between = self.between_re.match(norm, e)
                if ((self.range_gap.match(gap) or between) and pr.get("kind") == "point"
                        and r.get("kind") == "point" and not pr.get("post") and not r.get("pre")):
                    r2 = r
                    if r.get("needs_ctx") and r.get("match") is not None:
                        r2 = self._resolve(norm, r["match"], ref, ctx=pr) or r
                        r2 = r2[2]
                    end2 = r2.get("end")
                    if (pr.get("start") and end2 and end2 < pr["start"] and r.get("needs_ctx")
                            and r2.get("gran") == "month"):
                        end2 = _shift(end2, "Y", 1)  # 10月和5月之间, 10月至次年3月: the next year
                    if pr.get("start") and end2 and pr["start"] <= end2:
                        e2 = between.end() if between else e
                        merged[-1] = (ps, e2, {"kind": "point", "start": pr["start"], "end": end2,
                                               "gran": "range", "as_of": pr.get("as_of", False), "closed": True})
                        continue
                    if pr.get("start") is None and r2.get("end") is None:
                        merged[-1] = (ps, e, {"kind": "point", "start": None, "end": None, "gran": "range"})
                        continue
            if merged:
                ps, pe, pr = merged[-1]
                s, e, r = item
                gap = norm[pe:s]
                if (pr.get("kind") == "duration" and r.get("kind") == "duration" and gap in ("", "又", "零", " ")
                        and pr.get("duration") and r.get("duration")):
                    iso = _add_iso(pr["duration"], r["duration"])
                    if iso:
                        merged[-1] = (ps, e, dict(pr, duration=iso))
                        continue
            merged.append(item)
        merged = self._with_years_carried(norm, merged, ref)
        for i, (s, e, r) in enumerate(merged):
            if (r.get("pre") in ("自", "从", "自从") and r.get("kind") == "point" and r.get("start")
                    and not r.get("closed") and not STARTING_VALUE.match(norm, e) and not _VIEWPOINT.match(norm, e)):
                merged[i] = (s, e, dict(r, end=None, gran="range", kind="open"))
        out = []
        for s, e, r in merged:
            while s < e and norm[s] == " ":
                s += 1
            while e > s and norm[e - 1] == " ":
                e -= 1
            out.append(Time(text=text[s:e], span=Span(start=s, end=e, text=text[s:e]),
                            start=r.get("start"), end=r.get("end"), granularity=r.get("gran", "day"),
                            as_of=bool(r.get("as_of")), duration=r.get("duration")))
        return out

    def _with_years_carried(self, norm: str, merged: list, ref: date | None) -> list:
        """2008年3月销量为5万辆，4月为6万辆; 除了2008年一季度…外，第二、第三季度末…: a month, quarter or half
        written without a year is in the year of the month, quarter or half before it in its sentence (a quarter or
        half, of the year written out before it), not the reference's."""
        anchor, whole = None, False
        latest = None  # the start of the last time carried on from the anchor
        out = []
        for s, e, r in merged:
            if anchor is not None and _SENTENCE_END.search(norm, anchor[1], s):
                anchor = None
            m = r.get("match")
            if m is not None and _has_year(m) and not SINCE.search(m.group()):  # (2008年以来: a window to now)
                whole = r.get("gran") == "year"
                anchor = (s, e, r) if r.get("start") is not None \
                    and (not whole or m.group("y4") and not self.report_after_re.match(norm, e)) \
                    and (r.get("end") is None or r["end"].year == r["start"].year) and "同期" not in m.group() \
                    and not self.compared_re.search(norm, max(0, s - 2), s) else None
                latest = anchor[2]["start"] if anchor is not None else None
            elif m is not None and anchor is not None and _is_yearless_date(m) and r.get("start") is not None \
                    and anchor[2]["start"].year != r["start"].year and (not whole or _is_quarter_or_half(m)):
                # (a whole year written out passes its year on to its quarters and halves only: 公司2019年营收1亿元，
                # 其中上半年…; not 该公司去年实现了净利润增长，却在一季度…, nor 占上年营收12%】 今天国际6月18日公告)
                carried = self._resolve(norm, m, ref, ctx=anchor[2])
                if carried is not None and carried[2].get("start") is not None and carried[2]["start"] >= latest:
                    s, e, r = carried  # (从2008年11、12月开始…，1月份: not back in the year, so the next year's)
                    latest = r["start"]
            out.append((s, e, r))
        return out

    def _with_plan_periods(self, norm: str, found: list) -> list:
        """“十三五”期间: a five-year plan names the years it covers (`patterns/times/plan_periods.tsv`)."""
        if self.plan_re is None:
            return found
        for m in self.plan_re.finditer(norm):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                first, last = self.plans[m.group()]
                found.append((m.start(), m.end(), {"kind": "point", "start": date(first, 1, 1),
                                                   "end": date(last, 12, 31), "gran": "range", "closed": True}))
        return sorted(found, key=lambda item: item[0])

    def _sub_periods(self, norm: str, merged: list) -> list:
        """A part of the period just named: 2021年的第一周, 明年第九个月, 去年的前10天,
        今年的最后3周, 2021年的最后4个月.  Weeks are full Monday-Sunday weeks inside the period."""
        out: list = []
        skip_to = -1
        for s, e, r in merged:
            if s < skip_to:
                continue
            st, en = r.get("start"), r.get("end")
            sm = None
            if st and en and r.get("gran") in ("year", "month", "quarter", "half") and r.get("kind") == "point":
                sm = self.sub_re.match(norm, e)
            sub = self._sub_period(sm, st, en, r.get("gran")) if sm else None
            if sub is None:
                out.append((s, e, r))
                continue
            e2 = sm.end()
            out.append((s, e2, dict(r, start=sub[0], end=sub[1], gran=sub[2])))
            skip_to = e2
        return out

    def _sub_period(self, sm, st: date, en: date, gran: str):
        which, u = sm.group("which") or "第", sm.group("u")
        k = 1 if sm.group("first") else self._int(sm.group("n"))
        if not k or k > 366:
            return None
        if sm.group("wd"):
            # 6月第3个星期日, 八月份的第一个周二, 四月的最后一个星期一: the k-th weekday
            if gran != "month" or which not in ("第", "最后", "最後") or k > 5:
                return None
            wd = sm.group("wd")
            idx = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}.get(wd)
            idx = int(wd) - 1 if idx is None else idx
            if which == "第":
                d = st + timedelta(days=(idx - st.weekday()) % 7 + 7 * (k - 1))
            else:
                d = en - timedelta(days=(en.weekday() - idx) % 7 + 7 * (k - 1))
            if d < st or d > en:
                return None
            return d, d, "day"
        if u in ("月",):
            if gran == "month" or (not sm.group("ge") and which == "第" and not sm.group("first")):
                return None
            months = (en.year - st.year) * 12 + en.month - st.month + 1
            if k > months:
                return None
            if which == "第":
                y, mo = _add_months(st.year, st.month, k - 1)
                return date(y, mo, 1), date(y, mo, _last_day(y, mo)), "month"
            if which == "前":
                y, mo = _add_months(st.year, st.month, k - 1)
                return st, date(y, mo, _last_day(y, mo)), "range"
            y, mo = _add_months(en.year, en.month, 1 - k)
            return date(y, mo, 1), en, "range"
        if u in ("天", "日"):
            days = (en - st).days + 1
            if k > days or (u == "日" and which == "第"):
                return None
            if which == "第":
                d = st + timedelta(days=k - 1)
                return d, d, "day"
            if which == "前":
                return st, st + timedelta(days=k - 1), "range"
            return en - timedelta(days=k - 1), en, "range"
        # weeks: full Monday-Sunday weeks inside the period
        first_monday = st + timedelta(days=(7 - st.weekday()) % 7)
        last_sunday = en - timedelta(days=(en.weekday() + 1) % 7)
        if which == "第":
            a = first_monday + timedelta(days=7 * (k - 1))
            b = a + timedelta(days=6)
        elif which == "前":
            a, b = first_monday, first_monday + timedelta(days=7 * k - 1)
        else:
            a, b = last_sunday - timedelta(days=7 * k - 1), last_sunday
        if a < st or a > en or (b > en and which != "第"):
            return None  # (the last week numbered in a year may run into the next: 20年第52周)
        return a, b, "range"

    # ------------------------------------------------------------------------------
    def _int(self, s: str | None) -> int | None:
        if s is None:
            return None
        s = s.strip()
        if not s:
            return None
        if s == "正":
            return 1
        if s in ("腊", "冬"):
            return 12 if s == "腊" else 11
        return small_int(s, self.table)

    def _year_of(self, m: re.Match, norm: str, ref: date | None) -> tuple[int | None, bool, bool]:
        """(year, explicit?, is_duration?)"""
        group = "y4" if m.group("y4") else "y2" if m.group("y2") else None
        if group and m.start(group) > 0 and norm[m.start(group) - 1].isdigit() and norm[m.end(group):m.end(group) + 1] in "QH":
            return None, True, True  # 1000Q1: digits of a longer number before Q, not a year (no time at all)
        y4 = m.group("y4")
        if y4:
            return digit_string(y4, self.table), True, False
        y2 = m.group("y2")
        if y2:
            v = digit_string(y2.lstrip("'"), self.table)
            if v is None:
                return None, True, False
            start = m.start("y2")
            lead_zero = y2.lstrip("'")[0] in "0零〇○"
            followed = any(m.group(g) for g in ("q", "qa", "q2", "q3", "qfirst", "qn", "half", "m1", "m", "mn", "d",
                                                "d1", "fz"))
            if not lead_zero and not followed:
                before = norm[max(0, start - 4):start]
                after = norm[m.end():m.end() + 3]
                if any(before.endswith(c) for c in _DURATION_CUES) or any(after.startswith(c) for c in _DURATION_AFTER):
                    return None, True, True
                if y2[0] in _CN_DIGITS and any(c in y2 for c in "十"):
                    return None, True, True
            # the latest century reading not more than 10 years after the reference (98年 in a
            # 1997 text is 1998, 30年 in a 2021 text is 2030, 35年 is 1935); no reference: 2021
            base = ref.year if ref is not None else 2030
            c = (base + 10) // 100 * 100
            y = c + v
            if y > base + 10:
                y -= 100
            return y, True, False
        if m.group("era"):
            n = 1 if m.group("eran") == "元" else small_int(m.group("eran"), self.table)
            if not n:
                return None, True, False
            return self.eras[m.group("era")] + n - 1, True, False
        yrel = m.group("yrel")
        if yrel:
            if ref is None:
                return None, False, False
            return ref.year + self.rel[yrel][1], False, False
        return None, False, False

    def _resolve(self, norm: str, m: re.Match, ref: date | None, ctx: dict | None = None):
        try:
            if m.group("isoall"):
                return self._resolve_iso(norm, m, ref)
            if m.group("window"):
                return self._resolve_window(m, ref)
            if m.group("offset"):
                return self._resolve_offset(m, ref)
            if m.group("dur"):
                return self._resolve_duration(norm, m)
            if m.group("fzonly"):
                return self._resolve_fuzzy_alone(m, ref)
            return self._resolve_date(norm, m, ref, ctx)
        except (ValueError, OverflowError, KeyError, TypeError):
            return None

    def _finish(self, m: re.Match, s: int, e: int, start, end, gran, pre=None, post=None, ref=None,
                needs_ctx=False, extra=None):
        """Apply 截至 / 以前 / 之后 / 以来 and build the result."""
        r = {"kind": "point", "start": start, "end": end, "gran": gran, "pre": pre, "post": post,
             "match": m, "needs_ctx": needs_ctx}
        if extra:
            r.update(extra)
        if pre in ("截至", "截止", "截止到", "截至到", "截止至"):
            r.update(as_of=True)
            r["kind"] = "asof"
        elif pre in ("自", "从", "自从") or post in ("起", "开始", "以来", "来", "或之后", "及之后", "及以后", "或以后", "起至今", "至今",
                                                 "迄今"):
            if post in ("以来", "来", "至今", "起至今", "迄今"):  # (今年来: 今年以来)
                r.update(end=ref if ref is not None and start is not None and ref >= start else None)
            else:
                r.update(end=None)
            r["gran"] = "range"
            r["kind"] = "open"
            if pre in ("自", "从", "自从") and not post:
                r["kind"] = "point"  # 从X到Y: may still merge
                r["end"] = end
                r["gran"] = gran
        elif post in ("以前", "之前", "前"):
            if post == "前" and gran in ("day",):
                pass
            r.update(start=None, end=(start - timedelta(days=1)) if start else None, gran="range", kind="open")
        elif post in ("或之前", "及之前", "及以前", "或以前"):
            r.update(start=None, gran="range", kind="open")
        elif post in ("以后", "之后", "后"):
            if gran == "day":
                r.update(end=None)
            else:
                r.update(start=(end + timedelta(days=1)) if end else None, end=None)
            r.update(gran="range", kind="open")
        return s, e, r

    def _resolve_iso(self, norm, m, ref):
        if m.group("iso"):
            d = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            start, end, gran = d, d, "day"
        else:
            y, mo = int(m.group("jy")), int(m.group("jm"))
            start, end, gran = date(y, mo, 1), date(y, mo, _last_day(y, mo)), "month"
        return self._finish(m, m.start(), m.end(), start, end, gran, m.group("ipre"), m.group("ipost"), ref)

    def _num(self, s: str, high: bool = False) -> float | None:
        """A count of units; a spoken range (两三年, 三五年) gives its low end, or with `high` its high end
        (近两三年 reaches three years back)."""
        if s is None:
            return None
        if s == "半":
            return 0.5
        if any(c in s for c in "几幾数"):
            return None  # 几十年: too vague for a length
        spoken = parse_range(s, self.table)
        if spoken is None:
            return None
        low, up = spoken
        return up if high and up is not None else low

    def _resolve_window(self, m, ref):
        n = self._num(m.group("wn"), high=True)
        if n is None:
            return None
        unit = {"年": "Y", "月": "M", "周": "W", "星期": "W", "天": "D", "日": "D"}[m.group("wu")]
        if unit == "M" and "个" not in m.group(0) and m.group("win") == "前":
            return None  # 前3月: ambiguous
        if m.group("win") == "前" and m.group("wu") in ("年", "月"):
            return None  # handled as a part of a year (前三个月) or ambiguous
        if ref is None:
            return m.start(), m.end(), {"kind": "window", "start": None, "end": None, "gran": "range"}
        if m.group("win") == "后":
            start, end = ref + timedelta(days=1), _shift(ref, unit, n)
        elif m.group("win") in ("未来", "今后", "接下来"):
            start, end = ref, _shift(ref, unit, n) - timedelta(days=1)
        else:
            start, end = _shift(ref, unit, -n), ref
        return m.start(), m.end(), {"kind": "window", "start": start, "end": end, "gran": "range"}

    def _resolve_offset(self, m, ref):
        n = self._num(m.group("on"))
        if n is None:
            return None
        u = m.group("ou")
        if u == "月" and not m.group("oge") and n != 0.5:
            return None  # 3月前 is March
        if u == "年" and n >= 1000:
            return None
        if m.group("ohalf"):
            n += 0.5
        unit = {"年": "Y", "月": "M", "周": "W", "星期": "W", "天": "D"}[u]
        d = m.group("odir")
        sign = -1 if d in ("以前", "之前", "前") else 1
        if ref is None:
            return m.start(), m.end(), {"kind": "offset", "start": None, "end": None, "gran": "range"}
        if d == "以来":
            return m.start(), m.end(), {"kind": "offset", "start": _shift(ref, unit, -n), "end": ref, "gran": "range"}
        start, end, gran = _unit_around(_shift(ref, unit, sign * n), unit)
        far = self._num(m.group("on"), high=True) + (0.5 if m.group("ohalf") else 0)
        if far != n:  # 三四个月后: from the third month on to the end of the fourth
            far_start, far_end, _ = _unit_around(_shift(ref, unit, sign * far), unit)
            start, end, gran = min(start, far_start), max(end, far_end), "range"
        if d in ("以前", "之前"):
            return m.start(), m.end(), {"kind": "open", "start": None, "end": end, "gran": "range"}
        if d in ("以后", "之后"):
            return m.start(), m.end(), {"kind": "open", "start": start, "end": None, "gran": "range"}
        return m.start(), m.end(), {"kind": "offset", "start": start, "end": end, "gran": gran}

    def _resolve_duration(self, norm, m):
        raw_n = m.group("dn")
        u = m.group("du")
        n = self._num(raw_n)
        if n is None or n < 0:
            return None
        if u == "月" and not m.group("dge") and raw_n != "半":
            return None  # 三月 = March
        if u == "年":
            if raw_n.isdigit() and len(raw_n) >= 3:
                return None
            if all(c in _CN_DIGITS for c in raw_n) and len(raw_n) >= 2:
                return None  # 九七年 is a year
        if u == "日" and not (raw_n in ("两", "俩", "倆", "半", "几", "数") or n > 31 or m.group("dge")):
            return None  # 5日 is a day of the month; 两日 / 90日 / 3个日 are lengths
        if u == "季度":
            u, n = "月", n * 3
        if u == "刻钟":
            u, n = "分钟", n * 15
        if m.group("dhalf"):
            n += 0.5
        iso = self._iso_duration(n, u)
        if iso is None:
            return None
        return m.start(), m.end(), {"kind": "duration", "start": None, "end": None, "gran": "duration",
                                    "duration": iso}

    @staticmethod
    def _iso_duration(n: float, u: str) -> str | None:
        def fmt(x: float) -> str:
            return str(int(x)) if float(x).is_integer() else ("%g" % x)

        if u == "年":
            years = int(n)
            months = round((n - years) * 12)
            if months and years:
                return "P%dY%dM" % (years, months)
            if months:
                return "P%dM" % months
            return "P%sY" % fmt(n)
        if u == "月":
            whole = int(n)
            days = round((n - whole) * 30)
            if days and whole:
                return "P%dM%dD" % (whole, days)
            if days:
                return "P%dD" % days
            return "P%sM" % fmt(n)
        if u in ("周", "星期", "礼拜"):
            if float(n).is_integer():
                return "P%dW" % n
            return "P%sD" % fmt(n * 7)
        if u in ("天", "日"):
            whole = int(n)
            hours = round((n - whole) * 24)
            if hours:
                return "P%dDT%dH" % (whole, hours) if whole else "PT%dH" % hours
            return "P%sD" % fmt(n)
        if u in ("小时", "钟头"):
            whole = int(n)
            mins = round((n - whole) * 60)
            if mins:
                return "PT%dH%dM" % (whole, mins) if whole else "PT%dM" % mins
            return "PT%sH" % fmt(n)
        if u == "分钟":
            whole = int(n)
            secs = round((n - whole) * 60)
            if secs:
                return "PT%dM%dS" % (whole, secs) if whole else "PT%dS" % secs
            return "PT%sM" % fmt(n)
        if u in ("秒", "秒钟"):
            return "PT%sS" % fmt(n)
        return None

    def _resolve_fuzzy_alone(self, m, ref):
        w = m.group("fzonly")
        if ref is None:
            return m.start(), m.end(), {"kind": "point", "start": None, "end": None, "gran": "range"}
        for scope in ("year", "month", "quarter"):
            part = self.parts.get((scope, w))
            if part:
                s, e = self._apply_part(scope, part, ref.year, ref.month, (ref.month - 1) // 3 + 1)
                if m.group("fzsince") and s <= ref:  # 年初以来, 年初至今: from the part's first day to now
                    return m.start(), m.end(), {"kind": "open", "start": s, "end": ref, "gran": "range"}
                return m.start(), m.end(), {"kind": "point", "start": s, "end": e, "gran": "range"}
        return None

    def _apply_part(self, scope, part, y, mo, q):
        lo, hi = part
        if scope == "year":
            hi = 12 if hi == "end" else hi
            return date(y, lo, 1), date(y, hi, _last_day(y, hi))
        if scope == "quarter":
            m1 = (q - 1) * 3 + lo
            m2 = (q - 1) * 3 + (3 if hi == "end" else hi)
            return date(y, m1, 1), date(y, m2, _last_day(y, m2))
        last = _last_day(y, mo)
        hi = last if hi == "end" else min(hi, last)
        return date(y, mo, lo), date(y, mo, hi)

    def _resolve_date(self, norm, m, ref, ctx=None):
        g = m.group
        if not g("core") or not g("core").strip():
            return None
        s, e = m.start(), m.end()
        pre, post = g("pre"), g("post")
        # 前 / 后 directly after a bare number-less word is rarely "before"; keep them only after dates
        year, explicit_year, is_dur = self._year_of(m, norm, ref)
        if is_dur:
            return None
        has_year = bool(g("y4") or g("y2") or g("yrel") or g("era"))
        ctx_year = ctx.get("start").year if ctx and ctx.get("start") else None
        ctx_month = ctx.get("start").month if ctx and ctx.get("start") else None
        if not has_year:
            year = ctx_year if ctx_year is not None else (ref.year if ref else None)
        needs_ctx = not has_year
        fz = g("fz")
        if g("yr1"):
            y1, y2 = digit_string(g("yr1"), self.table), digit_string(g("yr2"), self.table)
            if y1 is None or y2 is None or y2 < y1:
                return None
            return self._finish(m, s, e, date(y1, 1, 1), date(y2, 12, 31), "range", pre, post, ref,
                                extra={"closed": True})
        # ---- week / relative day / decade -----------------------------------------------
        if g("drel"):
            kind, off = self.rel[g("drel")]
            if ref is None:
                return self._finish(m, s, e, None, None, "day", pre, post, ref)
            if kind == "recent":
                return s, e, {"kind": "window", "start": ref - timedelta(days=off), "end": ref, "gran": "range"}
            d = ref + timedelta(days=off)
            return self._finish(m, s, e, d, d, "day", pre, post, ref)
        if g("wd") or g("wk"):
            if ref is None:
                return self._finish(m, s, e, None, None, "day", pre, post, ref)
            monday = ref - timedelta(days=ref.weekday())
            if g("wk"):
                off = self.rel[g("wk")][1]
                st = monday + timedelta(days=7 * off)
                return self._finish(m, s, e, st, st + timedelta(days=6), "range", pre, post, ref)
            wrel = g("wrel") or ""
            off = {"上上": -2, "下下": 2, "上": -1, "下": 1}.get(wrel.rstrip("个個"), 0)
            wd = g("wd")
            if wd == "末":
                st = monday + timedelta(days=7 * off + 5)
                return self._finish(m, s, e, st, st + timedelta(days=1), "range", pre, post, ref)
            idx = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}.get(wd)
            if idx is None:
                idx = int(wd) - 1
            d = monday + timedelta(days=7 * off + idx)
            return self._finish(m, s, e, d, d, "day", pre, post, ref)
        if g("cent2"):
            c = parse_number(g("cent2"), self.table)
            if not c or c > 30:
                return None
            y0 = int(c - 1) * 100
            if y0 < 1:
                return None
            return self._finish(m, s, e, date(y0, 1, 1), date(y0 + 99, 12, 31), "range", pre, post, ref)
        if g("dec"):
            dec = parse_number(g("dec"), self.table)
            if dec is None:
                return None
            cent = parse_number(g("cent"), self.table) if g("cent") else None
            base = int((cent - 1) * 100) if cent else (1900 if dec >= 20 else 2000)
            y0 = base + int(dec)
            return self._finish(m, s, e, date(y0, 1, 1), date(y0 + 9, 12, 31), "range", pre, post, ref)

        # ---- year + quarter / half / months / days ------------------------------------
        q = g("q") or g("q2") or g("q3")
        if g("qa"):  # 2006年1-2季度, 一至三季度: from the first quarter's start to the last one's end
            qa, qb = int(self._int(g("qa")) or 0), int(self._int(g("qb")) or 0)
            if not 1 <= qa < qb <= 4:
                return None
            if year is None:
                return self._finish(m, s, e, None, None, "range", pre, post, ref)
            return self._finish(m, s, e, date(year, 3 * qa - 2, 1), date(year, 3 * qb, _last_day(year, 3 * qb)),
                                "range", pre, post, ref)
        if q or g("qfirst") or g("qn") or g("qrel"):
            if g("qrel"):
                if ref is None:
                    return self._finish(m, s, e, None, None, "quarter", pre, post, ref)
                cur = (ref.month - 1) // 3 + 1
                y2, m2 = _add_months(ref.year, (cur - 1) * 3 + 1, 3 * self.rel[g("qrel")][1])
                year, qi = y2, (m2 - 1) // 3 + 1
            else:
                qi = 1 if g("qfirst") else None
                if q:
                    qi = int(self._int(q) or 0)
                if g("qn"):
                    qn = self._int(g("qn"))
                    if year is None or not qn or qn > 4:
                        return self._finish(m, s, e, None, None, "range", pre, post, ref)
                    st = date(year, 1, 1)
                    en_m = qn * 3
                    return self._finish(m, s, e, st, date(year, en_m, _last_day(year, en_m)), "range", pre, post, ref)
            if not qi or qi > 4:
                return None
            if year is None:
                return self._finish(m, s, e, None, None, "quarter", pre, post, ref)
            m1 = (qi - 1) * 3 + 1
            if not has_year and ctx_year is None and ref is not None and norm.startswith("报", e) \
                    and date(year, m1 + 2, _last_day(year, m1 + 2)) >= ref:
                year -= 1  # a quarterly report named alone (四季报 in April): the last one out, of a quarter that has ended
            st, en = date(year, m1, 1), date(year, m1 + 2, _last_day(year, m1 + 2))
            gran = "quarter"
            if fz:
                part = self.parts.get(("quarter", fz))
                if part is None:
                    return None
                st, en = self._apply_part("quarter", part, year, m1, qi)
                gran = "range"
            return self._finish(m, s, e, st, en, gran, pre, post, ref)
        if g("half"):
            h = g("half")
            if year is None:
                if h in self.half_year_reports or h == "H2":
                    return None  # 半年报 alone names a report, not a time (H1, H2 alone: not without a year)
                return self._finish(m, s, e, None, None, "half", pre, post, ref)
            if h in ("上半年", "前半年", "上半") or h in self.half_year_reports:
                return self._finish(m, s, e, date(year, 1, 1), date(year, 6, 30), "half", pre, post, ref)
            return self._finish(m, s, e, date(year, 7, 1), date(year, 12, 31), "half", pre, post, ref)

        if g("m1"):
            m1, m2 = self._int(g("m1")), self._int(g("m2"))
            if not m1 or not m2 or m1 > 12 or m2 > 12:
                return None
            if year is None:
                return self._finish(m, s, e, None, None, "range", pre, post, ref, needs_ctx)
            y2 = year + 1 if m2 < m1 else year
            st, en = date(year, m1, 1), date(y2, m2, _last_day(y2, m2))
            return self._finish(m, s, e, st, en, "range", pre, post, ref, needs_ctx, extra={"closed": True})
        if g("mn"):
            k = self._int(g("mn"))
            if not has_year or not k or k > 12 or year is None:
                return None
            return self._finish(m, s, e, date(year, 1, 1), date(year, k, _last_day(year, k)), "range", pre, post, ref)
        month = None
        if g("mrel"):
            if ref is None:
                return self._finish(m, s, e, None, None, "month", pre, post, ref)
            year, month = _add_months(ref.year, ref.month, self.rel[g("mrel")][1])
        elif g("m"):
            month = self._int(g("m"))
            if not month or month > 12:
                return None
        day = day2 = None
        if g("dc") or g("dbare"):
            day = self._int(g("dc") or g("dbare"))
        elif g("d"):
            day = self._int(g("d"))
        elif g("d1"):
            day, day2 = self._int(g("d1")), self._int(g("d2"))
        if g("d") and month is None and ctx_month is None and norm[m.end("d"):m.end()].lstrip(" ").startswith("号"):
            return None  # 12号 alone: a number, a line, a room ...
        if (g("d") or g("d1")) and month is None:
            if ctx_month is not None:
                month = ctx_month
            elif ref is not None and not has_year:
                month = ref.month
            elif has_year:
                return None  # 2021年18日: not a date
            else:
                return self._finish(m, s, e, None, None, "day", pre, post, ref, True)
            needs_ctx = True
        if (g("d") or g("d1") or g("dc") or g("dbare")) and not day:
            return None
        if year is None:
            gran = "day" if day else ("month" if month else "year")
            if day2:
                gran = "range"
            return self._finish(m, s, e, None, None, gran, pre, post, ref, needs_ctx)
        if month is None:
            if not has_year:
                return None
            st, en, gran = date(year, 1, 1), date(year, 12, 31), "year"
            if fz:
                part = self.parts.get(("year", fz))
                if part is None:
                    return None
                st, en = self._apply_part("year", part, year, 1, 1)
                gran = "range"
            return self._finish(m, s, e, st, en, gran, pre, post, ref)
        if day is None:
            st, en, gran = date(year, month, 1), date(year, month, _last_day(year, month)), "month"
            if fz:
                part = self.parts.get(("month", fz))
                if part is None:
                    return None
                st, en = self._apply_part("month", part, year, month, 1)
                gran = "range"
            return self._finish(m, s, e, st, en, gran, pre, post, ref, needs_ctx)
        if day > _last_day(year, month):
            if g("d") and not g("m") and not g("mrel") and ctx_month is None and day <= 31:
                # 29日 in a February: the next month that has that day
                y2, m2 = year, month
                for _ in range(3):
                    y2, m2 = _add_months(y2, m2, 1)
                    if day <= _last_day(y2, m2):
                        break
                year, month = y2, m2
            elif month == 2 and day == 29 and not has_year:
                year = year - (year % 4) if year % 4 else year  # the last leap year
                if year % 100 == 0 and year % 400:
                    year -= 4
            else:
                return None
        st = date(year, month, day)
        if day2:
            en = date(year, month, day2)
            if en < st:
                return None
            return self._finish(m, s, e, st, en, "range", pre, post, ref, needs_ctx, extra={"closed": True})
        return self._finish(m, s, e, st, st, "day", pre, post, ref, needs_ctx)


@lru_cache(maxsize=1)
def default_parser() -> TimeParser:
    return TimeParser()


def parse_times(text: str, reference: date | None = None) -> list[Time]:
    """Every date, period and duration in `text`, resolved against `reference`."""
    return default_parser().parse(text, reference)


def _has_year(m: re.Match) -> bool:
    """Whether a time is written with its year (2008年3月, 去年4月, 2019Q1)."""
    return bool(m.group("y4") or m.group("y2") or m.group("yrel") or m.group("era"))


def _is_yearless_date(m: re.Match) -> bool:
    """A month, quarter, half or day of the calendar written without a year (4月, 二季度, 下半年, 15日), which takes
    its year from its context; not one relative to now (上月, 本季度, 昨日, 周三)."""
    return not _has_year(m) and not any(m.group(g) for g in ("mrel", "qrel", "drel", "wd", "wk")) \
        and any(m.group(g) for g in ("q", "q2", "q3", "qfirst", "half", "m", "m1", "d", "d1", "dc", "dbare"))


def _is_quarter_or_half(m: re.Match) -> bool:
    return any(m.group(g) for g in ("q", "q2", "q3", "qfirst", "half"))
