"""Figures in Chinese text: numbers, money, percentages, multiples, ranges, qualifiers.

    >>> [ (q.span.text, q.value, q.unit, q.qualifier) for q in parse_quantities("超过41亿件商品") ]
    [('超过41亿件', 4100000000.0, '件', 'more_than')]

Conventions (docs/normalization.md has the full list):

- value is fully expanded (5000亿元 -> 5e11); money gets an ISO code (CNY USD ...), percent
  "%" (84% -> 84, 五成 -> 50, 九折 -> 90, 千分之五 -> 0.5), percentage points "pp"
  (个百分点), multiples "x" (3.3倍, 翻倍 = 2, 翻两番 = 4), counted things the measure word
  as written (人 件 次 家 个 ...); anything else None (5000万粉丝 -> 5e7, None).
- the span covers the whole expression as written: qualifiers (约/近/超过/以上/左右/多/余),
  a currency written before the number (人民币50元, $20), the unit, a price's "/股".
  A qualifier may be joined to the number by 有/为/达/了: "约有155万人" is one span, approx.
- ranges (20~30人, 5-10亿元, 二三十人, 4350万元~5000万元): value = lower, upper = upper; a
  lower bound written without the scale of the upper one takes it (5-10亿 -> 5e8..1e9).
  数十亿/几十万 -> the range [十亿, 百亿) with qualifier approx.
- never a quantity: dates and times of day (2021年8月18日, 2021-08-18, 1-8月, 一季度,
  上午9点, 9:30), durations in years/months/weeks/days/minutes/seconds (一年半, 三个月,
  一分钟: those are Times; hours are both, "半个多小时" -> 0.5 小时 more_than), ordinals
  (第一), a lone Chinese digit inside a word (一起, 四川, 统一), 一 + measure word (一个,
  一位: an article, not a count), a bare 19xx/20xx glued to a name (2021电商人才峰会),
  generation labels (90后).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .models import Quantity, Span
from .numerals import (NumeralTable, default_table, parse_fraction, parse_number, parse_percent,
                       parse_range, to_halfwidth)
from .resources import Patterns, default_patterns

_CJK = re.compile(r"[\u3400-\u9fff]")



_TEN_AFTER_DIGITS = re.compile(r"(?<=\d)十")  # no one writes 5十: 十 after Arabic digits starts a new word
_SCALE_LEADS = "上近逾超过破足满"  # 过亿, 不足万元, 破万, 上万: what a scale standing alone may follow
_POINT_WORDS = ("点", "點")


def _index_points(raw: str, value: float) -> bool:
    """A number before 点 that no clock shows (above 24, or with decimals or a thousands separator) is
    a count of index points: 2337.90点, 4000点; 9点 stays nine o'clock."""
    return value > 24 or any(c in raw for c in ".,，")

def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class QuantityParser:
    """Finds and normalizes figures.  Built once from a `Patterns` (regexes compiled here)."""

    def __init__(self, patterns: Patterns | None = None) -> None:
        p = patterns or default_patterns()
        self.patterns = p
        self.table: NumeralTable = default_table() if patterns is None else NumeralTable(p)
        t = self.table
        e = re.escape
        cd, cu, cs = e(t.cn_digits), e(t.cn_units), e(t.cn_scales)
        cn_all = cd + cu + cs

        # ---- vocabulary -------------------------------------------------------------
        self.money_suffix: dict[str, tuple[str, float]] = {}
        self.money_prefix: dict[str, str] = {}
        self.money_sub: dict[str, tuple[str, float]] = {}
        self.money_after_digits: set[str] = set()
        self.only_words = tuple(p.words("quantities/only_words.tsv"))
        self.passing_verbs = tuple(p.words("quantities/passing_verbs.tsv"))
        for row in p.table("quantities/currencies.tsv"):
            if len(row) < 2:
                continue
            word, code = row[0], row[1]
            where = row[2] if len(row) > 2 and row[2] else "suffix"
            try:
                factor = float(row[3]) if len(row) > 3 and row[3] else 1.0
            except ValueError:
                factor = 1.0
            if where in ("suffix", "both", "digits"):
                self.money_suffix[to_halfwidth(word)] = (code, factor)
            if where == "digits":
                self.money_after_digits.add(to_halfwidth(word))
            if where in ("prefix", "both"):
                self.money_prefix[to_halfwidth(word)] = code
            if where == "sub":
                self.money_sub[to_halfwidth(word)] = (code, factor)
        self.units: dict[str, tuple[str, str]] = {}
        self.unit_block: dict[str, str] = {}
        for row in p.table("quantities/units.tsv"):
            if len(row) < 3:
                continue
            w = to_halfwidth(row[0]).replace(" ", "")
            self.units[w] = (row[1], row[2])
            if len(row) > 3 and row[3]:
                self.unit_block[w] = row[3]
        # before a number of 点, a move or a close: 下跌10点, 低开5点, 收于…点 are index points at any size
        self.point_cue_re = re.compile("(?:%s)[了约近逾]?$" % _alt(p.words("quantities/point_cues.tsv")))
        self.time_units: dict[str, str] = {}
        for row in p.table("times/units.tsv"):
            if len(row) >= 2:
                self.time_units[row[0]] = row[1]
        self.pre_q: dict[str, str] = {}
        self.post_q: dict[str, str] = {}
        self.inner_q: dict[str, str] = {}
        for row in p.table("quantities/qualifiers.tsv"):
            if len(row) < 3:
                continue
            target = {"pre": self.pre_q, "post": self.post_q, "inner": self.inner_q}.get(row[1])
            if target is not None:
                target[to_halfwidth(row[0])] = row[2]
        self.multiples: dict[str, tuple[float, str]] = {}
        for row in p.table("quantities/multiples.tsv"):
            try:
                self.multiples[row[0]] = (float(row[1]), row[2] if len(row) > 2 and row[2] else "x")
            except (ValueError, IndexError):
                pass

        # every word that may follow a number, longest first: kind per word
        after: dict[str, tuple[str, object]] = {}
        for w, r in self.time_units.items():
            after[w] = ("time", r)
        for w, (u, k) in self.units.items():
            after[w] = ("unit", (u, k))
        for w, (code, f) in self.money_suffix.items():
            after[w] = ("money", (code, f))
        self.after = after
        self.after_re = re.compile(_alt(after))
        # unit words starting with a scale/unit character (千克 千米 兆瓦): the number must not eat it
        scale_led = [w for w in after if len(w) > 1 and w[0] in t.cn_units + t.cn_scales]
        guard = "(?!%s)" % _alt([w[1:] for w in scale_led]) if scale_led else ""

        atok = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:[ ]?\.\d+)?(?:[eE][+-]?\d+(?![\d.])|\^[+-]{0,2}\d+)?"
        lead_dot = r"(?<![\d.])\.\d+"
        ctok = (r"(?:[%s]|[%s%s]%s|[点點](?=[ ]?[%s])|[多余几幾](?=[ ]?[%s%s]|[个個][亿億])|(?<=[%s%s0-9几幾])[个個](?=[亿億]))"
                % (cd, cu, cs, guard, cd, cu, cs, cd, cu))
        first = (r"(?:%s|%s|[%s]|[%s]%s|(?<=[%s数几])[%s]%s|(?:[数幾几]|好几)(?=[%s]|[个個][亿億])|半(?=个|成|折|年|小时|钟头|天|月|百))"
                 % (atok, lead_dot, cd, cu, guard, _SCALE_LEADS, cs, guard, cu + cs))
        suffix = r"(?:[%s](?![A-Za-z]))" % e("".join(t.suffixes)) if t.suffixes else r"(?!)"
        run = (r"%s(?:%s|[ ]{1,3}(?=[%s%s])%s|(?<=[%s])[ ]{0,3}%s|%s)*"
               % (first, ctok, cn_all, "点點多余几幾", ctok, cn_all, atok, suffix))
        self.run_src = run
        mult_words = _alt(self.multiples)
        self.master = re.compile(
            r"(?P<pct>(?<![%s])[百佰千仟万萬亿億]{1,3}[ ]{0,2}分[ ]{0,2}之[ ]{0,2}(?:负|負|-)?(?P<pnum>%s))"
            r"|(?P<frac>(?P<fwhole>%s[ ]{0,2}又[ ]{0,2})?(?:负|負|-)?%s[ ]{0,3}分[ ]{0,3}之[ ]{0,3}(?:负|負|-)?%s)"
            r"|(?P<slash>(?<![\d/])\d+(?: \d+)?/\d+(?:\.\d+)?(?![\d/]))"
            r"|(?P<mult>%s|翻了?(?:[%s]|\d+)番)"
            r"|(?P<num>%s)"
            % (cd + "0-9", run, run, run, run, mult_words, cd, run))
        self.range_op = re.compile(r"(?:[(（]含[)）])?[ ]{0,2}(?:--|——|~|-|—|–|－|至|到|~)[ ]{0,2}")
        self.inner_re = re.compile(_alt(self.inner_q)) if self.inner_q else None
        self.post_re = re.compile(_alt(self.post_q)) if self.post_q else None
        conn = "(?:有|为|達|达|了)?"
        self.pre_re = re.compile(r"(?:%s)%s[ ]?$" % (_alt(self.pre_q), conn)) if self.pre_q else None
        self.prefix_money_re = re.compile(r"(?:%s)[ ]{0,2}$" % _alt(self.money_prefix)) if self.money_prefix else None
        self.money_clarify = re.compile(r"(?:人民币|美元)")
        self.per_re = re.compile(r"/(?:%s)" % _alt([w for w, k in after.items()
                                                    if k[0] in ("unit", "time") and len(w) <= 4]))
        self.date_mask = re.compile(
            r"(?<![\d.])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])(?![\d.]|[万亿億千百元吨%])"
            r"|\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+){2,}"
            r"|\d{3,6}\.(?:SZ|SH|HK|BJ|SS|sz|sh|hk|bj|ss)(?![A-Za-z])|0\d{2,}(?![\d.]))"
            # codes and names with digits after letters (COVID-19, HCB6092/2019, C919), not a currency (RMB100亿)
            r"|(?<![A-Za-z])(?!(?:RMB|USD|HKD|EUR|GBP|JPY|CNY|US|HK|NT)\b)(?!(?:RMB|USD|HKD|EUR|GBP|JPY|CNY)\d)"
            r"[A-Za-z]{1,8}-?\d+(?:/\d+)?(?![\d.%])"
            r"|(?<=\d)\(\d{1,2}\)(?=条|款|项)"  # 第86(4)条: a sub-article
            r"|(?:https?://|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.]+")
        self.sub_re = re.compile(r"(?:又|零)?[ ]?(%s)[ ]?(%s)" % (run, _alt(self.money_sub))) if self.money_sub else None
        # a minus sign: 负, or "-" not preceded by a digit, a letter, a range sign or the end
        # of a unit/number (3-5, 5万元-10万元, 2021年-2022年 are ranges): 净利润-4,264,967.01元
        unit_ends = set(w[-1] for w in after) | set(t.cn_digits + t.cn_units + t.cn_scales) | set("%‰")
        self.neg_re = re.compile(r"(?:负|負|(?<=同期)-|(?<![0-9A-Za-z_.\-~/)）%s])-)[ ]?$"  # (上年同期-1,213,589.07元)
                                 % e("".join(sorted(c for c in unit_ends if not c.isascii() or not c.isalnum()))))
        self.cn_chars = set(t.cn_digits + t.cn_units + t.cn_scales)
        self.cn_unit_chars = set(t.cn_units + t.cn_scales)

    # ------------------------------------------------------------------------------
    def parse(self, text: str) -> list[Quantity]:
        try:
            return self._parse(text)
        except Exception:  # never raise on odd input
            return []

    def _parse(self, text: str) -> list[Quantity]:
        if not text:
            return []
        norm = to_halfwidth(text)
        masks = [(m.start(), m.end()) for m in self.date_mask.finditer(norm)]
        mask_starts = [s for s, _ in masks]
        out: list[Quantity] = []
        self._last_end = 0
        pos = 0
        n = len(norm)
        master = self.master
        while pos < n:
            m = master.search(norm, pos)
            if not m:
                break
            res = None
            if masks:
                i = bisect.bisect_right(mask_starts, m.start()) - 1
                if i >= 0 and masks[i][1] > m.start():
                    pos = max(masks[i][1], m.start() + 1)
                    continue
            kind = m.lastgroup
            if kind == "pct" or m.group("pct"):
                res = self._percent_word(norm, m)
            elif m.group("frac"):
                res = self._fraction(norm, m, m.group("frac"))
            elif m.group("slash"):
                res = self._fraction(norm, m, m.group("slash"))
            elif m.group("mult"):
                res = self._multiple(norm, m)
            else:
                res = self._number(norm, m)
            if res is None:
                pos = m.end() if m.end() > m.start() else m.start() + 1
                continue
            if isinstance(res, int):  # a skip: continue after this position
                pos = max(res, m.start() + 1)
                continue
            start, end, value, upper, unit, qual = res
            out.append(Quantity(span=Span(start=start, end=end, text=text[start:end]),
                                value=value, upper=upper, unit=unit, qualifier=qual))
            self._last_end = end
            pos = max(end, m.start() + 1)
        return _slash_lists(norm, text, out)

    # ------------------------------------------------------------------------------
    def _pre(self, norm: str, start: int) -> tuple[int, str]:
        """A qualifier written before `start`: (new start, qualifier)."""
        if self.pre_re is None or start == 0:
            return start, "exact"
        lo = max(0, start - 6)
        m = self.pre_re.search(norm, lo, start)
        if not m:
            return start, "exact"
        word = m.group(0).rstrip(" ")
        # the longest qualifier word that the match starts with
        for k in range(len(word), 0, -1):
            q = self.pre_q.get(word[:k])
            if q is not None:
                break
        else:
            return start, "exact"
        s = m.start()
        before = norm[s - 1] if s > 0 else ""
        w0 = word[:k]
        if w0 == "近" and before and before in "最附临靠将接":
            return start, "exact"
        if w0.startswith("大") and len(w0) > 1 and before and before in "扩增加放最巨重较强伟庞远长高":
            # 扩大约1.02倍: 扩大 + 约
            s += 1
            w0 = word[1:k]
            q = self.pre_q.get(w0)
            if q is None:
                return start, "exact"
        if w0 in ("上", "过") and norm[start:start + 1] not in self.cn_unit_chars:
            return start, "exact"  # 上万人, 过亿: a scale alone (not 上3个, 通过3亿元)
        if w0 == "破" and before and before in "打突击冲":
            if before == "突":
                return s - 1, "more_than"
            return start, "exact"
        if w0 == "超" and before and before in "赶":
            return start, "exact"
        return s, q

    def _after(self, norm: str, pos: int):
        """Inner qualifier, 个, unit word after a number at pos: (end, qual, kind, info, word)."""
        qual = None
        n = len(norm)
        if pos < n and self.inner_re is not None:
            m = self.inner_re.match(norm, pos)
            if m:
                qual = self.inner_q[m.group(0)]
                pos = m.end()
        if norm.startswith("个", pos) or norm.startswith("個", pos):
            p2 = pos + 1
            if p2 < n and norm[p2] in "多余" :
                qual = "more_than"
                p2 += 1
            m = self.after_re.match(norm, p2)
            if m:
                w = m.group(0)
                full = "个" + w
                k = self.after.get(full) or self.after[w]
                if k[0] == "unit" and k[1][1] == "measure" and full not in self.after and w not in (
                        "小时", "钟头", "百分点", "百分點"):
                    # 五个人: the counted word is 个
                    return pos + 1, qual, "unit", ("个", "measure"), "个"
                return m.end(), qual, k[0], k[1], full
            return pos + 1, qual, "unit", ("个", "measure"), "个"
        p0 = pos
        while p0 < n and p0 - pos < 2 and norm[p0] == " ":
            p0 += 1
        m = self.after_re.match(norm, p0)
        # the longest unit word not blocked by what follows it (1000万股|东方航空: 股东 is blocked by 方, 股 stands)
        w = next((m.group(0)[:j] for j in range(len(m.group(0)), 0, -1) if m.group(0)[:j] in self.after
                  and not (p0 + j < n and norm[p0 + j] in self.unit_block.get(m.group(0)[:j], ""))), None) if m else None
        if w is None:
            return pos, qual, None, None, None
        k, end = self.after[w], p0 + len(w)
        nxt = norm[end] if end < n else ""
        if w == "块" and nxt and _CJK.match(nxt) and nxt not in "钱毛多余左右上下以" and nxt not in self.cn_chars:
            return end, qual, "unit", ("块", "measure"), w
        return end, qual, k[0], k[1], w

    def _post(self, norm: str, pos: int, qual: str) -> tuple[int, str]:
        if self.post_re is None:
            return pos, qual
        m = self.post_re.match(norm, pos)
        if m:
            w = m.group(0)
            if w in ("前后",):
                return pos, qual
            return m.end(), self.post_q[w]
        return pos, qual

    def _number(self, norm: str, m: re.Match):
        start, end = m.start("num"), m.end("num")
        raw = norm[start:end]
        # trailing spaces are not part of the number
        stripped = raw.rstrip(" ")
        end = start + len(stripped)
        raw = stripped
        glued = _TEN_AFTER_DIGITS.search(raw)
        if glued is not None:  # 2019十大经济人物: a year before 十大, not 2019 tens
            raw = raw[:glued.start()]
            end = start + len(raw)
        n = len(norm)
        table = self.table

        # ---- what is directly before ------------------------------------------------
        before = norm[start - 1] if start > 0 else ""
        if before == "第":
            return end
        if before in ("周", "礼", "拜", "初", "廿") and all(c in table.digits for c in raw) and len(raw) == 1:
            return end
        if before.isalpha() and before.isascii() and not norm.startswith("%", end):
            return end  # iPod touch 3, A380: part of a name (but SofizaSAS100%股权 is a share)

        core = raw.replace(" ", "")
        if len(core) == 1 and core in table.financial and not self._isolated(norm, start, end):
            # 陆地, 收拾, 队伍: not a number; 壹打, 叁元: a 大写 digit before a unit is one
            am = self.after_re.match(norm, end)
            if core in table.inword or not am or (self.unit_block.get(am.group(0)) and norm[am.end():am.end() + 1]
                                                  and norm[am.end()] in self.unit_block[am.group(0)]):
                return end
        # the number itself (a run that does not read as one number is cut back: "667.123 五点八")
        rng = self._value(raw)
        tries = 0
        while rng is None and len(raw) > 1 and tries < 3 and (" " in raw or raw[-1] in self.table.units):
            raw = raw[:raw.index(" ")] if " " in raw else raw[:-1]
            raw = raw.rstrip(" ")
            end = start + len(raw)
            rng = self._value(raw)
            tries += 1
        if rng is None:
            return end
        value, upper = rng
        several = upper is not None and (raw[:1] in "数几幾好" or "几" in raw or "幾" in raw)
        qual = "approx" if several else "exact"
        if not several and ("多" in raw or "余" in raw):
            qual = "more_than"  # 一千多万, 五百余万

        # ---- what follows: inner qualifier, unit, range ----------------------------
        p, q_in, kind, info, word = self._after(norm, end)
        if q_in:
            qual = q_in
            if upper is None and end < n and norm[end] in "几幾" and raw[-1] in table.units:
                # 十几块钱, 二十几人: 几 is the digit below the unit -> [10, 20)
                upper = value + table.units[raw[-1]]
                qual = "approx"
        if kind == "time" and word in _POINT_WORDS and (_index_points(raw, value) or self.point_cue_re.search(norm, max(0, start - 4), start)):
            kind, info = "unit", ("点", "measure")  # 收于2337.90点, 超越4000点: index points, not a clock time
        if kind == "time":
            return self._skip_time(norm, p)
        # range: 20~30人, 5-10亿元, 4350万元~5000万元
        rm = self.range_op.match(norm, p if kind else end)
        scaled_range = False  # 六到八亿: a range whose upper bound carries a scale is a figure, in words too
        if rm and rm.end() < n and upper is None:
            m2 = self._run_at(norm, rm.end())
            if m2 is not None:
                raw2 = m2.rstrip(" ")
                e2 = rm.end() + len(raw2)
                r2 = self._value(raw2)
                p2, q2, kind2, info2, word2 = self._after(norm, e2)
                if kind2 == "time" and word2 in _POINT_WORDS and r2 is not None and _index_points(raw2, r2[0]):
                    kind2, info2 = "unit", ("点", "measure")
                if kind2 == "time":
                    return self._skip_time(norm, p2)
                sep = norm[rm.start():rm.end()].strip()
                ok = r2 is not None and r2[1] is None
                if ok and kind and (kind, info) != (kind2, info2):
                    # two bounds with different units are two figures (下降4.0%至3.901亿);
                    # only a bare lower bound borrows the upper's unit (20~30人, 5-10亿元)
                    ok = False
                if ok and sep in "-—–－" and not kind2:
                    # 3-5 without a unit: still a range, unless it looks like a code / phone
                    ok = len(raw) <= 4 and len(raw2) <= 4
                if ok:
                    v2 = r2[0]
                    lo = value
                    scale = self._lower_scale(raw, raw2)
                    if scale > 1 and lo * scale <= v2 * 1.0000001 and lo < v2:
                        lo = lo * scale
                    both_written = kind and (kind, info) == (kind2, info2)
                    if lo <= v2 or both_written:
                        # 7248万元-6271万元 (a loss range written high to low): value is the lower bound
                        value, upper = min(lo, v2), max(lo, v2)
                        scaled_range = any(c in "百千万亿萬億" for c in raw2)
                        if not kind:
                            kind, info, word = kind2, info2, word2
                        p = p2
                        if q2:
                            qual = q2
        elif kind is None and rm is None:
            pass

        # ---- bare numbers: be strict ---------------------------------------------------
        has_arabic = any(c.isdigit() for c in raw)
        if kind == "money" and word in self.money_after_digits and not has_arabic:
            kind, info, word, p = None, None, None, end  # 一角 (a corner), 八仙: 角, 毛, 仙 are money after digits only
        if kind is None:
            if not has_arabic and not scaled_range and not self._bare_cn_ok(norm, start, end, raw):
                return end
            if has_arabic and upper is None:
                digits = raw.replace(",", "")
                if re.fullmatch(r"(?:19|20)\d\d", digits):
                    after_c = norm[end] if end < n else ""
                    if after_c and _CJK.match(after_c) and after_c not in self.cn_chars:
                        return end  # 2021电商人才峰会: a year glued to a name
                if re.fullmatch(r"[0-9]0|[0-9]5", digits) and norm.startswith("后", end):
                    return end + 1  # 90后
            if raw in ("千万", "万万") and end < n and norm[end] in "不别要莫勿记得注":
                return end
        elif kind == "unit" and info[1] == "measure" and raw in ("一", "壹") and upper is None \
                and not norm.endswith(self.only_words, 0, start):
            return p  # 一个 / 一位: an article (not 仅一只, 只有一家: one counted)

        # ---- unit and value -------------------------------------------------------------
        unit = None
        if kind == "money":
            code, factor = info
            unit = code
            if factor != 1.0:  # (rounded: 3毛 is 0.3, not 0.30000000000000004)
                value = round(value * factor, 12)
                upper = round(upper * factor, 12) if upper is not None else None
            # 5元3角, 一百三十五块六角七分钱, 两美元又三美分
            if self.sub_re is not None and upper is None:
                for _ in range(2):
                    sm = self.sub_re.match(norm, p)
                    if not sm:
                        break
                    scode, sf = self.money_sub[sm.group(2)]
                    sv = parse_number(sm.group(1).strip(), self.table)
                    if scode != code or sv is None or norm.startswith("钟", sm.end()):
                        break
                    value += sv * sf
                    p = sm.end()
                if norm.startswith("钱", p):
                    p += 1
            # 8亿元人民币, 三万元欧元 (the currency named after 元 wins)
            cm = self.after_re.match(norm, p)
            if cm and word in ("元", "圆") and self.after.get(cm.group(0), ("",))[0] == "money":
                code = unit = self.after[cm.group(0)][1][0]
                p = cm.end()
        elif kind == "unit":
            u, k = info
            if k == "percent":
                unit = "%"
            elif k == "permille":
                unit = "%"
                value /= 10
                upper = upper / 10 if upper is not None else None
            elif k == "pp":
                unit = "pp"
            elif k == "multiple":
                unit = "x"
            elif k == "tenth":
                if norm.startswith("半", p):
                    p += 1
                    value += 0.5
                else:
                    # 七成六 = 76%: one more digit after 成 is the hundredths
                    tm = re.match(r"[ ]{0,3}([一二三四五六七八九])(?![%s])" % re.escape(
                        "".join(self.cn_chars) + "0123456789"), norm[p:p + 6])
                    if tm and upper is None and value == int(value):
                        value += table.digits[tm.group(1)] / 10
                        p += tm.end()
                if value > 10 or (upper or 0) > 10:
                    return end
                unit = "%"
                value *= 10
                upper = upper * 10 if upper is not None else None
            elif k == "dozen":
                value *= 12
                upper = upper * 12 if upper is not None else None
                unit = None
            elif k == "discount":
                if raw.replace(" ", "") == "半":
                    value = 5.0
                if value >= 100 or value <= 0 or value == 10:
                    return end
                unit = "%"
                if value < 10:
                    value *= 10
                    upper = upper * 10 if upper is not None and upper < 10 else upper
            else:
                unit = u
        # price: 28.11元/股
        if kind == "money" and p < n and norm[p] == "/":
            pm = self.per_re.match(norm, p)
            if pm:
                p = pm.end()

        # prefix currency: 人民币50元, $20, 港币两千九百六十元
        s0 = start
        neg = self.neg_re.search(norm, max(0, s0 - 2), s0)
        if neg and not (upper is not None):
            s0 = neg.start()
            value = -value
        if self.prefix_money_re is not None and s0 > 0:
            pm = self.prefix_money_re.search(norm, max(self._last_end, s0 - 6), s0)
            if pm:
                code = self.money_prefix.get(pm.group(0).rstrip(" "))
                if code and (kind is None or (kind == "money" and word in ("元", "圆", "块", "块钱"))):
                    if kind is None and not has_arabic and len(raw) == 1 and not self._isolated(norm, start, end):
                        pass
                    else:
                        unit = code
                        kind = "money"
                        s0 = pm.start()
        s1, q_pre = self._pre(norm, s0)
        if q_pre != "exact":
            qual = q_pre
            s0 = s1
        p, qual = self._post(norm, p, qual)
        # 半个多小时: 半 alone
        return s0, p, float(value), (float(upper) if upper is not None else None), unit, qual

    def _skip_time(self, norm: str, p: int) -> int:
        return p

    def _run_at(self, norm: str, pos: int):
        m = self._run_re.match(norm, pos)
        return m.group(0) if m else None

    @property
    def _run_re(self):
        r = getattr(self, "_run_re_c", None)
        if r is None:
            r = self._run_re_c = re.compile(self.run_src)
        return r

    def _lower_scale(self, lower: str, upper: str) -> float:
        """The multiplier a range's lower bound borrows from the upper one: 5-10亿 (1e8),
        两到三仟 (1000), 一百二十到一百五十万 (1e4)."""
        t = self.table
        low = lower.replace(" ", "")
        if any(c in t.scales or c in t.suffixes for c in low):
            return 1.0
        has_units = any(c in t.units for c in low)
        s = upper.replace(" ", "")
        mult = 1.0
        while s and (s[-1] in t.scales or s[-1] in t.suffixes or (not has_units and s[-1] in t.units)):
            c = s[-1]
            mult *= t.scales.get(c) or t.suffixes.get(c) or t.units.get(c)
            s = s[:-1]
        return mult

    def _value(self, raw: str):
        raw = raw.strip()
        if "个" in raw or "個" in raw:
            raw = raw.replace("个", "").replace("個", "")  # 两个亿, 几个亿
        if not raw:
            return None
        if raw[0] == "半" and len(raw) == 1:
            return 0.5, None
        if raw == "半百":
            return 50.0, None
        if raw[0] in self.table.scales:
            raw = "一" + raw
        # strip 多/余/几 written inside (一千多万, 十几万, 五百余万)
        if any(c in raw for c in "多余几幾") and raw[0] not in "数几幾好":
            core = re.sub(r"[多余几幾]", "", raw)
            v = parse_number(core, self.table)
            k = max(raw.find("几"), raw.find("幾"))
            head = raw[:k].replace(" ", "") if k > 0 else ""
            tail = raw[k + 1:].replace(" ", "") if k > 0 else ""
            if head and tail and tail[0] in self.table.units:
                # 一百几十 = [110, 200): 几 is a digit before a unit
                lo = parse_number(head + "一" + tail, self.table)
                hi = parse_number(head + "九" + tail, self.table)
                scale = parse_number("一" + tail, self.table)
                if lo is not None and hi is not None and scale:
                    return lo, hi + scale
            if v is None:
                return None
            if head and head[-1] in self.table.units:
                # 十几万 = [10万, 20万): 几 stands for the digit below the unit before it
                tail = raw[k + 1:].replace(" ", "")
                scale = parse_number("一" + tail, self.table) if tail else 1.0
                if scale:
                    return v, v + self.table.units[head[-1]] * scale
            return v, None
        return parse_range(raw, self.table)

    def _isolated(self, norm: str, start: int, end: int) -> bool:
        b = norm[start - 1] if start > 0 else ""
        a = norm[end] if end < len(norm) else ""
        return not (b and _CJK.match(b)) and not (a and _CJK.match(a))

    def _bare_cn_ok(self, norm: str, start: int, end: int, raw: str) -> bool:
        core = raw.replace(" ", "")
        has_unit = any(c in self.cn_unit_chars for c in core)
        if has_unit and len(core) >= 2:
            return True
        if not has_unit and len(core) >= 3:
            return True  # a digit string: 二〇二一
        if len(core) != 1:
            return False
        if self._isolated(norm, start, end) or core in self.table.scales and start > 0 and norm[start - 1] in _SCALE_LEADS \
                and not norm.endswith(self.passing_verbs, 0, start):
            return True  # (销量过亿, 收入过万: a scale alone after a word that leads it; not 经过万难)
        # 答案是四不是五: a digit standing alone between function words
        b = norm[start - 1] if start > 0 else ""
        a = norm[end] if end < len(norm) else ""
        b_ok = not (b and _CJK.match(b)) or b in "是前"
        a_ok = not (a and _CJK.match(a)) or a in "不那这却而和的"
        return b_ok and a_ok and core not in self.table.financial

    # ------------------------------------------------------------------------------
    def _percent_word(self, norm: str, m: re.Match):
        start, end = m.start("pct"), m.end("pct")
        raw = norm[start:end].rstrip(" ")
        end = start + len(raw)
        v = parse_percent(raw.replace(" ", ""), self.table)
        pnum = (m.group("pnum") or "").replace(" ", "")
        spoken = parse_range(pnum, self.table) if raw.replace(" ", "").startswith("百分之") else None
        if spoken and spoken[1] is not None and not pnum[:1] in "数几幾好":
            # 百分之二三十 = 20-30%
            return self._percent_tail(norm, start, end, spoken[0], spoken[1])
        while v is None and len(raw) > 4:
            raw = raw[:-1].rstrip(" ")
            end = start + len(raw)
            v = parse_percent(raw.replace(" ", ""), self.table)
        if v is None:
            return end
        value, upper = v, None
        # 百分之二十到三十 / 百分之二十到百分之三十
        rm = self.range_op.match(norm, end)
        if rm:
            m2 = re.match(r"(?:百分之)?(%s)" % self.run_src, norm[rm.end():rm.end() + 40])
            if m2:
                v2 = parse_percent("百分之" + m2.group(1).rstrip(" "), self.table)
                e2 = rm.end() + len(m2.group(0).rstrip(" "))
                if not m2.group(0).startswith("百分之") and self._after(norm, e2)[2] is not None:
                    v2 = None  # 百分之五至3亿元: the upper figure has a unit of its own
                if v2 is not None and v2 > value:
                    upper = v2
                    end = rm.end() + len(m2.group(0).rstrip(" "))
        return self._percent_tail(norm, start, end, value, upper)

    def _percent_tail(self, norm: str, start: int, end: int, value: float, upper: float | None):
        qual = "exact"
        s0, q = self._pre(norm, start)
        if q != "exact":
            qual = q
        neg = self.neg_re.search(norm, max(0, s0 - 2), s0)
        if neg and s0 == start:
            s0 = neg.start()
            value = -value
        p, qual = self._post(norm, end, qual)
        return s0, p, float(value), upper, "%", qual

    def _fraction(self, norm: str, m: re.Match, raw: str):
        start = m.start()
        end = m.end()
        raw = raw.rstrip(" ")
        end = start + len(raw)
        v = parse_fraction(raw, self.table)
        if v is None:
            return end
        if m.group("slash") is not None:
            a, b = raw.split("/", 1)
            if self._after(norm, end)[2] == "time":
                return end
        s0 = start
        neg = self.neg_re.search(norm, max(0, s0 - 2), s0)
        if neg:
            s0 = neg.start()
            v = -v
        p, q_in, kind, info, word = self._after(norm, end)
        unit = None
        if kind == "money":
            unit = info[0]
        elif kind == "unit" and info[1] == "measure":
            unit = info[0]
        else:
            p = end
        s1, qual = self._pre(norm, s0)
        p, qual = self._post(norm, p, qual)
        return s1, p, v, None, unit, qual

    def _multiple(self, norm: str, m: re.Match):
        start, end = m.start("mult"), m.end("mult")
        w = norm[start:end]
        unit = "x"
        if w in self.multiples:
            value, unit = self.multiples[w]
        else:
            k = re.search(r"翻了?(.+)番", w)
            nv = parse_number(k.group(1), self.table) if k else None
            if nv is None or nv > 10:
                return end
            value = 2.0 ** nv
        s0, qual = self._pre(norm, start)
        return s0, end, float(value), None, unit, qual


_BARE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


_LIST_SEPARATORS = {"/", "×", "*", "x", "X"}


def _slash_lists(norm: str, text: str, quantities: list[Quantity]) -> list[Quantity]:
    """34.7/44.7/55.9亿元, 0.7/0.9/1.2元 (a broker's forecasts for three years), 1920×1080像素, 94*57*16mm (a size): the
    bare numbers of a list separated by slashes or times signs take the unit and the scale (亿) written once after the
    last (not 9.8×9.9折: discounts stacked, each as written)."""
    out = list(quantities)
    for i in range(len(out) - 1, 0, -1):
        last, before = out[i], out[i - 1]
        if norm[before.span.end:last.span.start] not in _LIST_SEPARATORS or before.unit is not None \
                or not _BARE_NUMBER.fullmatch(norm[before.span.start:before.span.end]) or last.span.text.endswith("折"):
            continue
        written = _BARE_NUMBER.match(norm, last.span.start)
        if written is None or last.unit is None and float(written.group()) == last.value:
            continue
        scale = last.value / float(written.group()) if float(written.group()) else 1.0
        out[i - 1] = before.model_copy(update={"value": round(before.value * scale, 6), "unit": last.unit})
    return out


@lru_cache(maxsize=1)
def default_parser() -> QuantityParser:
    return QuantityParser()


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in `text` (see the module doc for the conventions)."""
    return default_parser().parse(text)
