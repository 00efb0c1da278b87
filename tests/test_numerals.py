"""Numeral conversion: Chinese, Arabic, mixed, ranges, fractions, percentages."""
import pytest

from extractor.numerals import (digit_string, parse_fraction, parse_number, parse_percent, parse_range,
                                to_halfwidth)

NUMBERS = [
    ("一千二百万", 12000000),
    ("两亿", 200000000),
    ("82 .4", 82.4),  # a space slipped before the point
    ("二〇二一", 2021),
    ("三万四千", 34000),
    ("1.2万亿", 1200000000000),
    ("3千万", 30000000),
    ("25万6千", 256000),
    ("1,234.5", 1234.5),
    ("１２３", 123),
    ("５０００亿", 500000000000),
    ("负3.9", -3.9),
    ("两千四百五", 2450),        # abbreviated last digit
    ("一万三", 13000),
    ("一千零五", 1005),          # 零: no abbreviation
    ("四万亿", 4000000000000),
    ("一万五千亿", 1500000000000),
    ("5亿1万4千6百", 500014600),
    ("十五", 15),
    ("十", 10),
    ("两千万点五五四四", 20000000.5544),
    ("两千三点一", 2300.1),
    ("壹佰伍拾", 150),
    ("4.78萬億", 4780000000000),
    ("40k", 40000),
    ("2e5", 200000),
    ("202107211321363588510367", 2.0210721132136359e23),  # long digit strings as written
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("text", ["万", "万万", "亿", "", "   ", "一万万万亿", "十四五", "abc", "千百", "1.2.3"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


RANGES = [
    ("二三十", (20, 30)),
    ("数十亿", (1e9, 1e10)),
    ("几十万", (1e5, 1e6)),
    ("三五", (3, 5)),
    ("七八十", (70, 80)),
    ("一两万", (1e4, 2e4)),
    ("两三", (2, 3)),
    ("五十", (50, None)),
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_parse_range(text, expected):
    assert parse_range(text) == expected


FRACTIONS = [
    ("三分之一", 1 / 3),
    ("3/5", 0.6),
    ("1 3/5", 1.6),
    ("一又二分之一", 1.5),
    ("负3分之负一百五十七", 157 / 3),
    ("二十五分之一千零拾肆", 40.56),
]


@pytest.mark.parametrize("text,expected", FRACTIONS)
def test_parse_fraction(text, expected):
    assert parse_fraction(text) == pytest.approx(expected)


PERCENTS = [
    ("84%", 84),
    ("84％", 84),
    ("百分之三十", 30),
    ("千分之五", 0.5),
    ("万分之三", 0.03),
    ("五成", 50),
    ("三成半", 35),
    ("负3.9%", -3.9),
    ("百分之百", 100),
]


@pytest.mark.parametrize("text,expected", PERCENTS)
def test_parse_percent(text, expected):
    assert parse_percent(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["百分之", "五", "成", "%"])
def test_parse_percent_rejects(text):
    assert parse_percent(text) is None


def test_digit_string():
    assert digit_string("二〇二一") == 2021
    assert digit_string("九七") == 97
    assert digit_string("二十") is None


def test_halfwidth_keeps_length():
    for s in ["１２３，４５６％", "增长５０％，达到", "$20，300美圆"]:
        assert len(to_halfwidth(s)) == len(s)
    assert to_halfwidth("４，５６５") == "4,565"
    assert to_halfwidth("$20，300") == "$20，300"  # a Chinese comma between ASCII digits is punctuation
    assert to_halfwidth("82，225.00") == "82,225.00"  # ... unless the number visibly goes on
