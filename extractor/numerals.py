"""Chinese and Arabic numeral conversion.

Pure functions over short strings (the locating is done by `quantities` and
`times`).  The characters (digits, 十百千, 万亿兆, k/w) come from
`patterns/quantities/numerals.tsv`.

    parse_number("一千二百万")  -> 12000000.0
    parse_number("1.2万亿")     -> 1200000000000.0
    parse_number("25万6千")     -> 256000.0
    parse_number("两千四百五")  -> 2450.0      (abbreviated last digit: 四百五 = 450)
    parse_number("二〇二一")    -> 2021.0      (digit string)
    parse_range("二三十")       -> (20.0, 30.0)
    parse_range("数十亿")       -> (1e9, 1e10)
    parse_fraction("三分之一")  -> 0.333...
    parse_percent("千分之五")   -> 0.5         (in percent units)
    parse_percent("五成")       -> 50.0

Every function returns None for anything it cannot read; none raises.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .resources import Patterns, default_patterns

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space map one-to-one onto ASCII,
# so a normalized string has the same length and offsets as the original.
_FW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FW[0x3000] = 0x20
_FW.update({ord("—"): ord("—"), ord("∶"): ord(":"), ord("﹪"): ord("%")})
HALFWIDTH = str.maketrans(_FW)

MAX_ABS = Decimal("1e17")  # anything bigger is not a figure from a news text


del _FW[0xFF0C]  # "，" is the Chinese comma: a thousands separator only between full-width digits
HALFWIDTH = str.maketrans(_FW)
# "，" between ASCII digits is a thousands separator only when the number visibly goes on as
# a grouped number (82，225.00元; 233,333，333,434.344元); "$20，300美圆" is two figures.
_FW_THOUSANDS = re.compile(r"(?<=[０-９]),|(?<=[０-９])，(?=[０-９]{3}(?![０-９]))"
                           r"|(?<=[0-9])，(?=[0-9]{3}[.,，][0-9])|(?<=[0-9][,，][0-9]{3})，(?=[0-9]{3}(?![0-9]))")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII -> ASCII, character for character (offsets are kept).  The Chinese
    comma "，" stays, except between full-width digits (４，５６５ -> 4,565)."""
    if "，" in text:
        text = _FW_THOUSANDS.sub(",", text)
    return text.translate(HALFWIDTH)


class NumeralTable:
    """The numeral characters, from `quantities/numerals.tsv`."""

    def __init__(self, patterns: Patterns | None = None) -> None:
        p = patterns or default_patterns()
        self.digits: dict[str, int] = {}
        self.units: dict[str, int] = {}
        self.scales: dict[str, int] = {}
        self.suffixes: dict[str, int] = {}
        self.financial: set[str] = set()   # 大写 forms (壹 贰 ... 拾 佰 仟)
        self.inword: set[str] = set()      # financial forms common inside words (陆 伍 拾 肆)
        for row in p.table("quantities/numerals.tsv"):
            if len(row) < 3:
                continue
            ch, kind, value = row[0], row[1], row[2]
            flag = row[3] if len(row) > 3 else ""
            if flag.startswith("financial"):
                self.financial.add(ch)
                if flag.endswith("inword"):
                    self.inword.add(ch)
            try:
                v = int(value)
            except ValueError:
                continue
            {"digit": self.digits, "unit": self.units, "scale": self.scales,
             "suffix": self.suffixes}.get(kind, {})[ch] = v
        for d in "0123456789":
            self.digits.setdefault(d, int(d))
        self.cn_digits = "".join(c for c in self.digits if not c.isascii())
        self.cn_units = "".join(self.units)
        self.cn_scales = "".join(self.scales)
        self.all_cn = self.cn_digits + self.cn_units + self.cn_scales
        e = re.escape
        self.token_re = re.compile(
            r"(?P<ar>\d+(?:,\d{3})*(?:[ ]?\.\d+)?|\.\d+)"  # (1 .2320: a space slipped before the point)
            r"|(?P<d>[%s])|(?P<u>[%s])|(?P<s>[%s])|(?P<x>[%s])|(?P<pt>[点點])|(?P<sp>\s+)"
            % (e(self.cn_digits), e(self.cn_units), e(self.cn_scales), e("".join(self.suffixes)) or "^\x00"))


@lru_cache(maxsize=1)
def default_table() -> NumeralTable:
    return NumeralTable()


def _dec(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(x)


def _to_float(d: Decimal | None) -> float | None:
    if d is None:
        return None
    try:
        if abs(d) > MAX_ABS:
            return None
        f = float(d)
    except (InvalidOperation, OverflowError, ValueError):
        return None
    return f


_SCI = re.compile(r"^([+-]?)(\d*\.?\d+)(?:[eE]([+-]?\d+)|\^([+-]{0,2})(\d+))$")


def _parse_dec(s: str, table: NumeralTable) -> Decimal | None:
    """The value of a numeral without sign, as a Decimal (None if not a numeral)."""
    s = s.strip()
    if not s:
        return None
    # plain Arabic (with thousands separators)
    if s[0].isdigit() or s[0] == ".":
        m = _SCI.match(s.replace(",", ""))
        if m and (m.group(3) is not None or m.group(5) is not None):
            base = Decimal(m.group(2))
            if m.group(3) is not None:
                exp = int(m.group(3))
                if abs(exp) > 30:
                    return None
                return base.scaleb(exp)
            exp = int(m.group(5))
            if m.group(4).count("-") == 1:
                exp = -exp
            if exp > 60 or exp < -60:
                return None
            return base ** exp
    # all Chinese digits, no unit: a digit string (二〇二一, 一九九八)
    stripped = s.replace(" ", "")
    if stripped and all(c in table.digits and not c.isascii() for c in stripped) and len(stripped) > 1:
        return Decimal("".join(str(table.digits[c]) for c in stripped))
    total = Decimal(0)     # value of the higher sections
    section = Decimal(0)   # value inside the current 万-section
    num: Decimal | None = None   # the pending digit / Arabic number
    num_is_cn = False
    last_unit = 0          # value of the last unit or scale seen (for 两千四百五)
    zero = False           # a 零 since that unit (一千零五: no abbreviation)
    frac: Decimal | None = None  # decimal part read after 点 with nothing pending
    pos = 0
    n = len(s)
    seen_any = False
    while pos < n:
        m = table.token_re.match(s, pos)
        if not m:
            return None
        pos = m.end()
        kind = m.lastgroup
        tok = m.group(0)
        if kind == "sp":
            continue
        if kind == "ar":
            if num is not None:
                return None
            try:
                num = Decimal(tok.replace(",", "").replace(" ", ""))
            except InvalidOperation:
                return None
            num_is_cn = False
            seen_any = True
        elif kind == "d":
            d = table.digits[tok]
            seen_any = True
            if d == 0:
                if num is not None:
                    return None
                zero = True
                continue
            if num is not None:
                return None  # two digits in a row inside a unit numeral: 十四五
            num = Decimal(d)
            num_is_cn = True
        elif kind == "u":
            u = table.units[tok]
            if num is None:
                if section or total:
                    # 一百零十万: a bare 十 after 零 is 10; otherwise 千百 is malformed
                    if not zero and u != 10:
                        return None
                num = Decimal(1)
            if num >= 10 and num_is_cn is False and u >= 10 and num != num.to_integral():
                pass
            section += num * u
            num = None
            last_unit = u
            zero = False
            seen_any = True
        elif kind == "s":
            sc = table.scales[tok]
            seg = section + (num or 0)
            num = None
            if seg == 0:
                if total == 0:
                    return None  # 万, 万万, 亿 alone
                total *= sc
            elif total != 0 and total < sc:
                total = (total + seg) * sc
            else:
                total += seg * sc
            section = Decimal(0)
            last_unit = sc
            zero = False
            seen_any = True
        elif kind == "x":
            if num is None or num_is_cn:
                return None
            num = num * table.suffixes[tok]
            section += num
            num = None
            last_unit = 0
        elif kind == "pt":
            # decimal point written 点: the digits after it
            digits = []
            while pos < n:
                m2 = table.token_re.match(s, pos)
                if not m2 or m2.lastgroup not in ("d", "sp", "ar"):
                    break
                if m2.lastgroup == "d":
                    digits.append(str(table.digits[m2.group(0)]))
                elif m2.lastgroup == "ar":
                    if "." in m2.group(0) or "," in m2.group(0):
                        return None
                    digits.append(m2.group(0))
                pos = m2.end()
            if not digits:
                return None
            f = Decimal("0." + "".join(digits))
            if num is not None:
                if num_is_cn and last_unit >= 10 and not zero and num < 10:
                    num = num * last_unit / 10  # 两千三点一
                num = num + f
                num_is_cn = False  # 三点五万: no abbreviation
            else:
                if frac is not None:
                    return None
                # 两千三点一 -> the abbreviated digit first
                frac = f
        if total > MAX_ABS or section > MAX_ABS:
            return None
    if not seen_any:
        return None
    if num is not None:
        if num_is_cn and last_unit >= 10 and not zero and num < 10:
            num = num * last_unit / 10  # 两千四百五, 一万三, 百三
        section += num
    value = total + section
    if frac is not None:
        value += frac
    return value


def _sign_split(s: str) -> tuple[int, str]:
    s = s.strip()
    sign = 1
    while s and s[0] in "-负負−":
        sign = -sign
        s = s[1:].lstrip()
    if s.startswith("+"):
        s = s[1:]
    return sign, s


_PLAIN_LONG = re.compile(r"^(?=[\d,]{19,})\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d{18,30}(?:\.\d+)?$")


def parse_number(s: str, table: NumeralTable | None = None) -> float | None:
    """One number written in Arabic and/or Chinese numerals (may carry 负/-)."""
    try:
        table = table or default_table()
        s = to_halfwidth(s)
        sign, body = _sign_split(s)
        if _PLAIN_LONG.match(body):
            # a long figure written out in digits is taken as written (up to 30 digits)
            return float(Decimal(body.replace(",", "")) * sign)
        d = _parse_dec(body, table)
        if d is None:
            return None
        return _to_float(d * sign)
    except Exception:  # never raise on odd input
        return None


_CONSEC = re.compile(r"^([一二三四五六七八九两])([一二三四五六七八九两])(?=[十百千万亿萬億拾佰仟]|$)")
_SEVERAL = re.compile(r"^(?:[数数幾几]|好几|十几)(?=[十百千万亿萬億拾佰仟])")


def parse_range(s: str, table: NumeralTable | None = None) -> tuple[float, float | None] | None:
    """A number that may be a spoken range: 二三十 -> (20, 30); 数十亿 -> (1e9, 1e10);
    otherwise (value, None)."""
    try:
        table = table or default_table()
        s = to_halfwidth(s).strip()
        m = _CONSEC.match(s)
        if m:
            a, b = table.digits[m.group(1)], table.digits[m.group(2)]
            if b == a + 1 or (a, b) == (3, 5):
                rest = s[2:]
                lo = parse_number(m.group(1) + rest, table)
                hi = parse_number(m.group(2) + rest, table)
                if lo is not None and hi is not None:
                    return lo, hi
        m = _SEVERAL.match(s)
        if m:
            base = parse_number("一" + s[m.end():], table)
            if base is None:
                return None
            return base, base * 10
        v = parse_number(s, table)
        return None if v is None else (v, None)
    except Exception:
        return None


_FRAC = re.compile(r"^(.+?)\s*分\s*之\s*(.+)$")


def parse_fraction(s: str, table: NumeralTable | None = None) -> float | None:
    """三分之一, 3分之1, 3/5, 1 3/5, 一又二分之一, 负3分之负157."""
    try:
        table = table or default_table()
        s = to_halfwidth(s).strip()
        whole = Decimal(0)
        sign = 1
        if "又" in s:
            w, s = s.split("又", 1)
            sw, wb = _sign_split(w)
            wd = _parse_dec(wb, table)
            if wd is None:
                return None
            sign = sw
            whole = wd
            s = s.strip()
        m = _FRAC.match(s)
        if m:
            den_s, num_s = m.group(1), m.group(2)
        elif "/" in s:
            num_s, den_s = s.split("/", 1)
            parts = num_s.strip().split()
            if len(parts) == 2 and not whole:  # 1 3/5
                wd = _parse_dec(parts[0], table)
                if wd is None:
                    return None
                whole = wd
                num_s = parts[1]
        else:
            return None
        s1, den_b = _sign_split(den_s)
        s2, num_b = _sign_split(num_s)
        den = _parse_dec(den_b, table)
        num = _parse_dec(num_b, table)
        if den is None or num is None or den == 0:
            return None
        frac = num / den * s1 * s2
        if whole:
            value = (whole + frac) * sign
        else:
            value = frac * sign
        return _to_float(value)
    except Exception:
        return None


_PCT_DEN = re.compile(r"^([百佰千仟万萬亿億]+)分之")
_PCT_WORDS = (("百分之", 1), ("千分之", Decimal("0.1")), ("万分之", Decimal("0.01")),
              ("萬分之", Decimal("0.01")), ("百万分之", Decimal("0.0001")))


def parse_percent(s: str, table: NumeralTable | None = None) -> float | None:
    """A percentage in percent units: 84% -> 84, 百分之三十 -> 30, 千分之五 -> 0.5,
    五成 -> 50, 三成半 -> 35, 负3.9% -> -3.9."""
    try:
        table = table or default_table()
        s = to_halfwidth(s).replace(" ", "")
        sign, s = _sign_split(s)
        if s.endswith("%"):
            d = _parse_dec(s[:-1], table)
            return None if d is None else _to_float(d * sign)
        if s.endswith("‰"):
            d = _parse_dec(s[:-1], table)
            return None if d is None else _to_float(d * sign / 10)
        m = _PCT_DEN.match(s)
        if m:
            den = _parse_dec("一" + m.group(1), table)
            s2, rest = _sign_split(s[m.end():])
            d = _parse_dec(rest, table) if rest not in ("百", "佰") else Decimal(100)
            if den is None or d is None or den == 0:
                return None
            return _to_float(d * 100 / den * sign * s2)
        if s.endswith("成半"):
            d = _parse_dec(s[:-2], table)
            return None if d is None else _to_float((d * 10 + 5) * sign)
        if s.endswith("成"):
            d = _parse_dec(s[:-1], table)
            return None if d is None else _to_float(d * 10 * sign)
        return None
    except Exception:
        return None


def digit_string(s: str, table: NumeralTable | None = None) -> int | None:
    """Digits read one by one (years): 二〇二一 -> 2021, 2021 -> 2021, 九七 -> 97."""
    table = table or default_table()
    s = to_halfwidth(s).strip()
    if not s:
        return None
    out = []
    for c in s:
        if c in table.digits:
            out.append(str(table.digits[c]))
        else:
            return None
    try:
        return int("".join(out))
    except ValueError:
        return None


def small_int(s: str, table: NumeralTable | None = None) -> int | None:
    """A small whole number (months, days, counts of years): 十二 -> 12, 08 -> 8, 廿一 -> 21."""
    s = to_halfwidth(s).strip().replace("廿", "二十").replace("卅", "三十")
    if s.isdigit():
        return int(s)
    v = parse_number(s, table)
    if v is None or v != int(v) or v < 0:
        return None
    return int(v)
