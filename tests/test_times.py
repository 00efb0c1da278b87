"""parse_times / infer_reference at a fixed reference date."""
from datetime import date

import pytest

from extractor.reference import infer_reference
from extractor.times import parse_times

REF = date(2021, 11, 1)
D = date

# (text, reference, [(span text, start, end, granularity, as_of, duration)])
CASES = [
    ("截至2021年8月,电商人营收", REF, [("截至2021年8月", D(2021, 8, 1), D(2021, 8, 31), "month", True, None)]),
    ("今年4月,Tik Tok电商提出", REF, [("今年4月", D(2021, 4, 1), D(2021, 4, 30), "month", False, None)]),
    ("今年1-8月,在颤音平台上", REF, [("今年1-8月", D(2021, 1, 1), D(2021, 8, 31), "range", False, None)]),
    ("2021年1-8月,在颤音平台上", None, [("2021年1-8月", D(2021, 1, 1), D(2021, 8, 31), "range", False, None)]),
    ("截至今年7月,人才规模", REF, [("截至今年7月", D(2021, 7, 1), D(2021, 7, 31), "month", True, None)]),
    ("相当于2019年的3倍", REF, [("2019年", D(2019, 1, 1), D(2019, 12, 31), "year", False, None)]),
    ("在4月初的电子商务生态大会上", REF, [("4月初", D(2021, 4, 1), D(2021, 4, 10), "range", False, None)]),
    ("2021年8月18日发布", None, [("2021年8月18日", D(2021, 8, 18), D(2021, 8, 18), "day", False, None)]),
    ("2021-08-18发布", None, [("2021-08-18", D(2021, 8, 18), D(2021, 8, 18), "day", False, None)]),
    ("21年8月", REF, [("21年8月", D(2021, 8, 1), D(2021, 8, 31), "month", False, None)]),
    ("一季度营收", REF, [("一季度", D(2021, 1, 1), D(2021, 3, 31), "quarter", False, None)]),
    ("第三季度", REF, [("第三季度", D(2021, 7, 1), D(2021, 9, 30), "quarter", False, None)]),
    ("2021年Q3", None, [("2021年Q3", D(2021, 7, 1), D(2021, 9, 30), "quarter", False, None)]),
    ("上半年", REF, [("上半年", D(2021, 1, 1), D(2021, 6, 30), "half", False, None)]),
    ("今年前三季度", REF, [("今年前三季度", D(2021, 1, 1), D(2021, 9, 30), "range", False, None)]),
    ("2019年首三季度", None, [("2019年首三季度", D(2019, 1, 1), D(2019, 9, 30), "range", False, None)]),
    # a range of quarters: from the first one's start to the last one's end
    ("2006年1-2季度", None, [("2006年1-2季度", D(2006, 1, 1), D(2006, 6, 30), "range", False, None)]),
    ("今年第一至第三季度", REF, [("今年第一至第三季度", D(2021, 1, 1), D(2021, 9, 30), "range", False, None)]),
    ("2019年首6个月", None, [("2019年首6个月", D(2019, 1, 1), D(2019, 6, 30), "range", False, None)]),
    ("2018年1－9月份", None, [("2018年1－9月份", D(2018, 1, 1), D(2018, 9, 30), "range", False, None)]),
    ("去年同期", REF, [("去年同期", D(2020, 1, 1), D(2020, 12, 31), "year", False, None)]),
    ("上月", REF, [("上月", D(2021, 10, 1), D(2021, 10, 31), "month", False, None)]),
    ("本季度", REF, [("本季度", D(2021, 10, 1), D(2021, 12, 31), "quarter", False, None)]),
    ("年底", REF, [("年底", D(2021, 11, 1), D(2021, 12, 31), "range", False, None)]),
    ("2018年10月底", None, [("2018年10月底", D(2018, 10, 25), D(2018, 10, 31), "range", False, None)]),
    ("6月上旬", REF, [("6月上旬", D(2021, 6, 1), D(2021, 6, 10), "range", False, None)]),
    ("近日", REF, [("近日", D(2021, 10, 25), D(2021, 11, 1), "range", False, None)]),
    ("昨天", REF, [("昨天", D(2021, 10, 31), D(2021, 10, 31), "day", False, None)]),
    ("8月", REF, [("8月", D(2021, 8, 1), D(2021, 8, 31), "month", False, None)]),
    ("“十三五”期间共投资", REF, [("十三五", D(2016, 1, 1), D(2020, 12, 31), "range", False, None)]),
    ("2009年一季报显示", None, [("2009年一季", D(2009, 1, 1), D(2009, 3, 31), "quarter", False, None)]),
    ("一季报显示", REF, [("一季", D(2021, 1, 1), D(2021, 3, 31), "quarter", False, None)]),
    ("四季报显示", REF, [("四季", D(2020, 10, 1), D(2020, 12, 31), "quarter", False, None)]),
    ("一年半的时间", REF, [("一年半", None, None, "duration", False, "P1Y6M")]),
    ("三个月", REF, [("三个月", None, None, "duration", False, "P3M")]),
    ("一分钟内", REF, [("一分钟", None, None, "duration", False, "PT1M")]),
    ("2019年4月4日或之前", None, [("2019年4月4日或之前", None, D(2019, 4, 4), "range", False, None)]),
    ("自2018年以来", REF, [("自2018年以来", D(2018, 1, 1), REF, "range", False, None)]),
    ("1995-1997年", None, [("1995-1997年", D(1995, 1, 1), D(1997, 12, 31), "range", False, None)]),
    ("从2016年6月1日-6月30日", None, [("从2016年6月1日-6月30日", D(2016, 6, 1), D(2016, 6, 30), "range", False, None)]),
    ("近三个月", REF, [("近三个月", D(2021, 8, 1), REF, "range", False, None)]),
    # without a reference: relative expressions are returned unresolved
    ("今年", None, [("今年", None, None, "year", False, None)]),
    ("8月", None, [("8月", None, None, "month", False, None)]),
    ("２０２１年８月", None, [("２０２１年８月", D(2021, 8, 1), D(2021, 8, 31), "month", False, None)]),
]


R20 = date(2020, 11, 1)
# real sentences (as-of, month ranges) and the period forms the scorers exercise
CASES += [
    ("(002671.SZ)：截至10月底累计耗资1231.28万", R20,
     [("截至10月底", D(2020, 10, 25), D(2020, 10, 31), "range", True, None)]),
    ("公布截至今年6月底止中期业绩", R20, [("截至今年6月底", D(2020, 6, 25), D(2020, 6, 30), "range", True, None)]),
    ("该基金截至今年二季末的规模达到了108.54亿元", R20,
     [("截至今年二季末", D(2020, 6, 1), D(2020, 6, 30), "range", True, None)]),
    ("截止2019年底，公司", R20, [("截止2019年底", D(2019, 11, 1), D(2019, 12, 31), "range", True, None)]),
    ("截止到2019年8月", R20, [("截止到2019年8月", D(2019, 8, 1), D(2019, 8, 31), "month", True, None)]),
    ("截至9月30日", R20, [("截至9月30日", D(2020, 9, 30), D(2020, 9, 30), "day", True, None)]),
    ("2020年1-9月实现营收751,020,214.24元", None,
     [("2020年1-9月", D(2020, 1, 1), D(2020, 9, 30), "range", False, None)]),
    ("今年1至8月份，销量", R20, [("今年1至8月份", D(2020, 1, 1), D(2020, 8, 31), "range", False, None)]),
    ("从2020年开始", R20, [("从2020年开始", D(2020, 1, 1), None, "range", False, None)]),
    # 从 X 到 Y is closed; X和Y之间
    ("时间从一月十日到十二日", R20, [("从一月十日到十二日", D(2020, 1, 10), D(2020, 1, 12), "range", False, None)]),
    ("时间从二零一六年至二零一八年", R20,
     [("从二零一六年至二零一八年", D(2016, 1, 1), D(2018, 12, 31), "range", False, None)]),
    ("这家工厂2015年和2018年之间的销售额", R20,
     [("2015年和2018年之间", D(2015, 1, 1), D(2018, 12, 31), "range", False, None)]),
    ("10月和5月间的数据", R20, [("10月和5月间", D(2020, 10, 1), D(2021, 5, 31), "range", False, None)]),
    # parts of a period
    ("2021年的第一周", None, [("2021年的第一周", D(2021, 1, 4), D(2021, 1, 10), "range", False, None)]),
    ("明年第九个月", R20, [("明年第九个月", D(2021, 9, 1), D(2021, 9, 30), "month", False, None)]),
    ("去年的前10天", R20, [("去年的前10天", D(2019, 1, 1), D(2019, 1, 10), "range", False, None)]),
    ("2021 年的最後 4 个月", None, [("2021 年的最後 4 个月", D(2021, 9, 1), D(2021, 12, 31), "range", False, None)]),
    ("1967年前两月", None, [("1967年前两月", D(1967, 1, 1), D(1967, 2, 28), "range", False, None)]),
    ("6月第3个星期日", R20, [("6月第3个星期日", D(2020, 6, 21), D(2020, 6, 21), "day", False, None)]),
    ("2005年首月", None, [("2005年首月", D(2005, 1, 1), D(2005, 1, 31), "month", False, None)]),
    ("上半月", R20, [("上半月", D(2020, 11, 1), D(2020, 11, 15), "range", False, None)]),
    ("18世纪", None, [("18世纪", D(1700, 1, 1), D(1799, 12, 31), "range", False, None)]),
    ("十月31", R20, [("十月31", D(2020, 10, 31), D(2020, 10, 31), "day", False, None)]),
    ("上一周", R20, [("上一周", D(2020, 10, 19), D(2020, 10, 25), "range", False, None)]),
    # a digit after 周 is a weekday, unless what it counts follows (上周5只基金: five funds last week)
    ("上周5收盘", R20, [("上周5", D(2020, 10, 23), D(2020, 10, 23), "day", False, None)]),
    ("上周5只基金分红", R20, [("上周", D(2020, 10, 19), D(2020, 10, 25), "range", False, None)]),
    ("本周3个楼盘开盘", R20, [("本周", D(2020, 10, 26), D(2020, 11, 1), "range", False, None)]),
    # two-digit years: the century nearest below reference + 10
    ("98年4月", D(1997, 7, 1), [("98年4月", D(1998, 4, 1), D(1998, 4, 30), "month", False, None)]),
    ("九七年一季度", D(1999, 9, 2), [("九七年一季度", D(1997, 1, 1), D(1997, 3, 31), "quarter", False, None)]),
    # names and ages are not times; lengths
    ("今日头条报道了今日在北京举行的奥运会", R20, [("今日", R20, R20, "day", False, None)]),
    ("我今年18周岁了", R20, [("今年", D(2020, 1, 1), D(2020, 12, 31), "year", False, None)]),
    ("五个季度", R20, [("五个季度", None, None, "duration", False, "P15M")]),
    ("两日", R20, [("两日", None, None, "duration", False, "P2D")]),
    ("1刻钟", R20, [("1刻钟", None, None, "duration", False, "PT15M")]),
    # a spoken range of counts (两三年) is not a number read digit by digit (23): a window reaches its far end,
    # an offset spans both ends, a length is the shorter
    ("近两三年", R20, [("近两三年", D(2017, 11, 1), R20, "range", False, None)]),
    ("未来三五年", R20, [("未来三五年", R20, D(2025, 10, 31), "range", False, None)]),
    ("两三年前", R20, [("两三年前", D(2017, 1, 1), D(2018, 12, 31), "range", False, None)]),
    ("三四个月后", R20, [("三四个月后", D(2021, 2, 1), D(2021, 3, 31), "range", False, None)]),
    ("两三天", R20, [("两三天", None, None, "duration", False, "P2D")]),
    ("一两个月", R20, [("一两个月", None, None, "duration", False, "P1M")]),
    # H1 after a year is its first half; a Latin word ends where its letters do (not the H1 of H1N1)
    ("2018年H1和2019年H1分别租赁", None, [("2018年H1", D(2018, 1, 1), D(2018, 6, 30), "half", False, None),
                                     ("2019年H1", D(2019, 1, 1), D(2019, 6, 30), "half", False, None)]),
    ("2009年H1N1流感", None, [("2009年", D(2009, 1, 1), D(2009, 12, 31), "year", False, None)]),
    # a year of digits right before a quarter or half in Latin letters (not the digits of a longer number)
    ("2019H1营收增长", None, [("2019H1", D(2019, 1, 1), D(2019, 6, 30), "half", False, None)]),
    ("2020H2毛利率回升", None, [("2020H2", D(2020, 7, 1), D(2020, 12, 31), "half", False, None)]),
    ("19Q3净利润下滑", R20, [("19Q3", D(2019, 7, 1), D(2019, 9, 30), "quarter", False, None)]),
    ("型号X1000Q1", R20, []),
    ("冷轧板(C 30Q130)", R20, []),  # a steel grade, not the first quarter of 1930
]


@pytest.mark.parametrize("text,ref,expected", CASES)
def test_times(text, ref, expected):
    got = parse_times(text, reference=ref)
    for t in got:
        assert text[t.span.start:t.span.end] == t.span.text == t.text
    assert [(t.text, t.start, t.end, t.granularity, t.as_of, t.duration) for t in got] == expected


NEGATIVES = ["2021电商人才峰会", "成立20年", "2月30日", "13月", "12号线", "增长了3.3倍", "5000亿元", "十个主播",
             "今日头条", "《明日之后》", "两个年份"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_times(text):
    assert [t for t in parse_times(text, reference=REF) if t.granularity != "duration"] == []


def test_infer_reference_seed_rule():
    text = "截至2021年8月,营收增长。2021年1-8月,直播4300万次。相当于2019年的3倍;今年有望升至1万亿元。"
    assert infer_reference(text) == date(2021, 8, 31)
    ref = infer_reference(text)
    this_year = [t for t in parse_times(text, reference=ref) if t.text == "今年"]
    assert this_year and this_year[0].start == date(2021, 1, 1)


@pytest.mark.parametrize("text,expected", [
    ("收入较2018年第二季度增长，但低于2019年第一季度", date(2019, 3, 31)),
    ("2019年上半年营收", date(2019, 6, 30)),
    ("2019年前三季度，2018年8月", date(2019, 9, 30)),
    ("2020Q3财报", date(2020, 9, 30)),
    ("2019年度第四季度", date(2019, 12, 31)),
    ("2019年与2020年", date(2020, 12, 31)),  # bare years: the latest named as a fact (no quarter, no half)
])
def test_infer_reference_quarters_and_halves(text, expected):
    assert infer_reference(text) == expected


def test_infer_reference_none_and_days():
    assert infer_reference("没有日期。") is None
    assert infer_reference("2020年3月5日与2020-04-01") == date(2020, 4, 1)
    assert infer_reference("") is None


@pytest.mark.parametrize("text", ["", "年年年", "2月30日", "9999年99月99日", "第" * 500, "\ufffd\x00", "1" * 300 + "年"])
def test_never_raises(text):
    for t in parse_times(text, reference=REF):
        assert text[t.span.start:t.span.end] == t.span.text


def test_seed_gold_times():
    import json
    import os
    here = os.path.dirname(__file__)
    seed = os.path.join(here, "..", "seeds", "000_f39cfbec4536486f.txt")
    gold_path = os.path.join(here, "..", "..", "shared", "gold", "000_f39cfbec4536486f.gold.json")
    if not (os.path.exists(seed) and os.path.exists(gold_path)):
        pytest.skip("seed article or its gold not available")
    text = open(seed, encoding="utf-8").read()
    gold = json.load(open(gold_path, encoding="utf-8"))
    got = parse_times(text, reference=REF)
    for g in gold["times"]:
        # our span may add 截至 in front of the gold text (as-of reading)
        assert any(g["text"] in t.text and str(t.start) == g["start"] and str(t.end) == g["end"] for t in got), g


@pytest.mark.parametrize("text,expected", [
    # the report's own year is written most often; a plan for next year does not move it
    ("欢聚公布2020年第三季度业绩。2020年11月16日，百度宣布收购，预计2021年上半年完成。", date(2020, 11, 16)),
    ("较2018年第二季度增长25.4%，低于2019年第一季度的5950万元。", date(2019, 3, 31)),
    ("今年营收增长。", None),
])
def test_infer_reference_prefers_the_most_written_year(text, expected):
    assert infer_reference(text) == expected


def test_report_period_words_resolve_against_the_period_the_report_names():
    import extractor

    text = "百程股份公布2020年上半年报告。本期营业成本较上期增长35.88%，净利润上年同期为-1.2万元。报告期末资产增长。"
    times = {t.text: t for t in extractor.extract(text).times}
    assert (times["本期"].start, times["本期"].end) == (date(2020, 1, 1), date(2020, 6, 30))
    assert (times["上期"].start, times["上期"].end) == (date(2019, 1, 1), date(2019, 6, 30))
    assert (times["上年同期"].start, times["上年同期"].end) == (date(2019, 1, 1), date(2019, 6, 30))
    assert "报告期末" not in times and "报告期" not in times  # 期末 is a day, not the period


@pytest.mark.parametrize("text", [
    "公司2018年净利润为5亿元。公司发布2019年半年度报告，报告期内实现营收10亿元。",
    "公司2018年全年亏损。公司公布2019年上半年报告，报告期内实现营收10亿元。",
    "2018年公司亏损。公司披露了2019年中报，报告期内营收10亿元。",
])
def test_the_report_period_is_the_one_the_report_is_named_with_not_the_first_named(text):
    import extractor

    times = {t.text: t for t in extractor.extract(text).times}
    assert (times["报告期内"].start, times["报告期内"].end) == (date(2019, 1, 1), date(2019, 6, 30))


def test_without_a_report_this_issue_is_not_this_period():
    import extractor

    text = "公司于2020年6月8日发行了2020年度第六期短期融资券，本期短期融资券发行额为人民币40亿元。"
    assert "本期" not in {t.text for t in extractor.extract(text).times}


def test_no_time_inside_an_organisations_name():
    import extractor

    times = [t.text for t in extractor.extract("根据21世纪经济报道记者了解，上半年现金流下降。").times]
    assert "21世纪" not in times


@pytest.mark.parametrize("text,published,written,start,end", [
    # 全年: the year of the last period written before it, not a base compared with
    ("中国电信2008年四季度收入下降。日前，三大运营商公布业绩。中国移动全年营业额达4123亿元。", D(2009, 4, 10),
     "全年", D(2008, 1, 1), D(2008, 12, 31)),
    ("总营收较2018年全年增长59.4%；全年调整后的净利润为6.3亿元。", D(2020, 4, 17), "全年", D(2020, 1, 1), D(2020, 12, 31)),
    ("某公司发布截至2020年6月30日止年度的全年业绩。", D(2020, 9, 1), "全年", D(2019, 7, 1), D(2020, 6, 30)),
    ("公司预计全年销量增长10%。", D(2020, 9, 1), "全年", D(2020, 1, 1), D(2020, 12, 31)),
    ("2018年全年，公司营收增长。", D(2020, 9, 1), "2018年全年", D(2018, 1, 1), D(2018, 12, 31)),
    # a start and the length written after it
    ("计划自2019年1月29日起6个月内增持公司股份。", None, "自2019年1月29日起6个月内", D(2019, 1, 29), D(2019, 7, 28)),
    ("拟自2020年3月31日起12个月内回购股份。", None, "自2020年3月31日起12个月内", D(2020, 3, 31), D(2021, 3, 30)),
])
def test_periods_named_by_what_was_written_before(text, published, written, start, end):
    import extractor

    times = {t.text: (t.start, t.end) for t in extractor.extract(text, published=published).times}
    assert times.get(written) == (start, end), times


@pytest.mark.parametrize("text,expected", [
    ("今年来涨幅已高达70%", [("今年来", D(2009, 1, 1), D(2009, 4, 20), "range")]),    # 今年以来, shortened
    ("今年来看，市场回暖", [("今年", D(2009, 1, 1), D(2009, 12, 31), "year")]),        # 来看: a point of view
    ("从昨日行情走势可以看出，基金稳步上涨", [("从昨日", D(2009, 4, 19), D(2009, 4, 19), "day")]),  # (not since)
    ("2008上半年基金亏损", [("2008上半年", D(2008, 1, 1), D(2008, 6, 30), "half")]),    # a year without 年
    ("酒类电商1919上半年继续亏损", [("上半年", D(2009, 1, 1), D(2009, 6, 30), "half")]),  # (a name, not 1919)
    ("11年来基金公司收了672亿元管理费", []),                                             # a length, no year 2011
    ("年初以来涨幅已高达70%", [("年初以来", D(2009, 1, 1), D(2009, 4, 20), "range")]),  # since the year began
    ("年初至今累跌超35%", [("年初至今", D(2009, 1, 1), D(2009, 4, 20), "range")]),
    ("今年1月份迄今募集185亿份", [("今年1月份迄今", D(2009, 1, 1), D(2009, 4, 20), "range")]),  # 迄今: 至今
    ("年初公司营收下降", [("年初", D(2009, 1, 1), D(2009, 2, 28), "range")]),           # (the year's start alone)
])
def test_this_year_since_written_short(text, expected):
    got = [(t.text, t.start, t.end, t.granularity) for t in parse_times(text, reference=D(2009, 4, 20))]
    assert got == expected


@pytest.mark.parametrize("text,published,written,start,end", [
    # a quarter named without a year that has not ended when the text is written: last year's
    ("AMP中国成长基金去年年末的仓位高达95%，而该基金三季度末的仓位为97%。", D(2009, 4, 20), "三季度末",
     D(2008, 9, 1), D(2008, 9, 30)),
    ("川化股份股价也从四季度5元左右涨至8.00元。", D(2009, 4, 20), "从四季度", D(2008, 10, 1), D(2008, 12, 31)),
    ("与2007年相比，年终奖仅少了20%左右。", D(2009, 3, 11), "年终", D(2008, 11, 1), D(2008, 12, 31)),  # a year's end too
    # ... but not when its clause looks ahead, names its year, or counts the quarters so far
    ("公司预计三季度净利润增长20%。", D(2009, 4, 20), "三季度", D(2009, 7, 1), D(2009, 9, 30)),
    ("2008年三季度基金仓位为57.96%。", D(2009, 4, 20), "2008年三季度", D(2008, 7, 1), D(2008, 9, 30)),
    ("公司前三季度净利润增长20%。", D(2009, 4, 20), "前三季度", D(2009, 1, 1), D(2009, 9, 30)),
    # a quarter that has ended is this year's
    ("公司一季度净利润增长20%。", D(2009, 4, 20), "一季度", D(2009, 1, 1), D(2009, 3, 31)),
    # an inferred reference on the end of a quarter the text reports: the next quarter may have ended
    ("公司2019年第一季度营收增长。二季度净亏损同比下降60.2%。", None, "二季度", D(2019, 4, 1), D(2019, 6, 30)),
    # ... on a day the text names: the day of writing
    ("截至2月5日，2009年以来基金回报率为2.58%。其仓位从一季度的68.39%加至二季度的69.45%。", None, "二季度",
     D(2008, 4, 1), D(2008, 6, 30)),
])
def test_yearless_quarters_and_year_ends_not_yet_come_are_last_years(text, published, written, start, end):
    import extractor

    times = {t.text: (t.start, t.end) for t in extractor.extract(text, published=published).times}
    assert times.get(written) == (start, end), times


@pytest.mark.parametrize("text, published, written, day", [
    # a day without its year, in the sentence of a time with a year and after it, is of that year
    ("2006年夏天，楼市正热，7月20日，该市一次推出8宗地块。", D(2009, 4, 20), "7月20日", D(2006, 7, 20)),
    ("2006年6月，市场开始升温，7月20日，该市推出8宗地块。", D(2009, 4, 20), "7月20日", D(2006, 7, 20)),
    # ... not in another sentence, nor before the time named
    ("2006年夏天，楼市正热。7月20日，该市推出8宗地块。", D(2009, 4, 20), "7月20日", D(2009, 7, 20)),
    ("2008年12月，销量下滑，1月5日，销量开始回暖。", D(2009, 4, 20), "1月5日", D(2009, 1, 5)),
])
def test_a_yearless_day_after_a_year_in_its_sentence_is_of_that_year(text, published, written, day):
    import extractor

    times = {t.text: t.start for t in extractor.extract(text, published=published).times}
    assert times.get(written) == day, times


def test_a_range_written_around_an_aside_is_one_range_and_the_asides_figure_stays_a_figure():
    import extractor

    doc = extractor.extract("数据显示，从2007年10月16日（上证综指创下6124点的日子）至今年3月5日，可比的120只偏股基金中有三只回报为正。")
    assert doc.reference_date is not None and doc.reference_date.year == 2008  # 今年 after a since-year: a later year
    [period] = doc.times
    assert (period.start, period.end) == (D(2007, 10, 16), D(2008, 3, 5))
    assert 6124 in {f.value for f in doc.facts}


@pytest.mark.parametrize("text,written,start", [
    # a month, quarter or half without a year is in the year of the month, quarter or half before it in its sentence
    ("2008年3月销量为5万辆，4月为6万辆。", "4月", D(2008, 4, 1)),
    ("除了在2008年一季度的仓位在86%外，第三季度末的仓位在49%。", "第三季度末", D(2008, 9, 1)),
    ("基金去年一季度减持3.50亿股；二季度增仓7.39亿股。", "二季度", D(2008, 4, 1)),
    # ... not across sentences, not after a whole year, a base, or a window to now, and never back in the year
    ("2008年一季度营收5亿元。二季度营收6亿元。", "二季度", D(2009, 4, 1)),
    ("该公司去年实现了净利润增长，却在一季度遭基金抛售。", "一季度", D(2009, 1, 1)),
    ("营收较2008年3月增长，4月销量为6万辆。", "4月", D(2009, 4, 1)),
    ("2008年3月以来，4月份销量最高。", "4月份", D(2009, 4, 1)),
    ("信贷从2008年11月开始放松，1月份贷款达到了1.62万亿元。", "1月份", D(2009, 1, 1)),
    # a whole year written out passes its year on to its quarters and halves, but not the year of a report
    ("公司2008年营收1亿元，其中上半年营收4000万元。", "上半年", D(2008, 1, 1)),
    ("2008年市场调整时分红大幅减少，三分之二的分红集中在上半年。", "上半年", D(2008, 1, 1)),
    ("基金经理在2008年年报中表示乐观，但刚刚发布的一季报却显示仓位下降。", "一季", D(2009, 1, 1)),
    ("2008年红包发放的高峰将出现在3月。", "3月", D(2009, 3, 1)),
    ("2008年公司亏损，上年同期一季度营收下降。", "一季度", D(2009, 1, 1)),
])
def test_a_yearless_time_takes_the_year_of_the_time_before_it(text, written, start):
    times = {t.text: t.start for t in parse_times(text, reference=D(2009, 6, 30))}
    assert times.get(written) == start, times
