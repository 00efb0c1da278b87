"""parse_quantities: value, unit, qualifier, span, on phrases from real news text."""
import glob
import os
import random

import pytest

from extractor.quantities import parse_quantities

# (text, expected list of (span text, value, upper, unit, qualifier))
CASES = [
    # specifications in camera and phone reviews
    ("采用1/2.3英寸CCD", [("1/2.3英寸", 1 / 2.3, None, "英寸", "exact")]),
    ("焦距为28mm至200mm", [("28mm至200mm", 28, 200, "mm", "exact")]),
    ("配备1500mAh电池", [("1500mAh", 1500, None, "mAh", "exact")]),
    # a space slipped before the decimal point in the source
    ("净值已达1 .2320元", [("1 .2320元", 1.232, None, "CNY", "exact")]),
    ("补偿为每亩1 .8万到2 .1万元", [("1 .8万到2 .1万元", 18000, 21000, "CNY", "exact")]),
    # the founding article's figures
    ("电商人营收同比增长3.3倍", [("3.3倍", 3.3, None, "x", "exact")]),
    ("近2000人出席了此次活动", [("近2000人", 2000, None, "人", "approx")]),
    ("电商达人同比增84%", [("84%", 84, None, "%", "exact")]),
    ("扶持年销售额10万元以上的10万人", [("10万元以上", 100000, None, "CNY", "more_than"),
                                  ("10万人", 100000, None, "人", "exact")]),
    ("通过电商带来收入的约有155万人", [("约有155万人", 1550000, None, "人", "approx")]),
    ("其中超过12万人的GMV破10万元超预期", [("超过12万人", 120000, None, "人", "more_than"),
                                     ("破10万元", 100000, None, "CNY", "more_than")]),
    ("Tik Tok日均用户超过6亿", [("超过6亿", 600000000, None, None, "more_than")]),
    ("电商专家直播4300万次", [("4300万次", 43000000, None, "次", "exact")]),
    ("卖出了超过41亿件商品", [("超过41亿件", 4100000000, None, "件", "more_than")]),
    ("GMV规模将达到5000亿元", [("5000亿元", 500000000000, None, "CNY", "exact")]),
    ("有望升至1万亿元", [("1万亿元", 1000000000000, None, "CNY", "exact")]),
    ("每个达人主播有20 ~ 30人", [("20 ~ 30人", 20, 30, "人", "exact")]),
    ("已经积累了5000万粉丝", [("5000万", 50000000, None, None, "exact")]),
    ("助力百万电商达人收入翻倍", [("百万", 1000000, None, None, "exact"), ("翻倍", 2, None, "x", "exact")]),
    ("即使大会已经开始半个多小时", [("半个多小时", 0.5, None, "小时", "more_than")]),
    ("以2.6亿元的总成交额荣登榜首", [("2.6亿元", 260000000, None, "CNY", "exact")]),
    # corpus-style sentences
    ("年销售额1000万元以上的1万人", [("1000万元以上", 10000000, None, "CNY", "more_than"),
                                ("1万人", 10000, None, "人", "exact")]),
    ("净利润同比下降3个百分点", [("3个百分点", 3, None, "pp", "exact")]),
    ("发行价为28.11元/股", [("28.11元/股", 28.11, None, "CNY", "exact")]),
    ("拟募资5-10亿元", [("5-10亿元", 500000000, 1000000000, "CNY", "exact")]),
    ("交易对价为4350万元~5000万元", [("4350万元~5000万元", 43500000, 50000000, "CNY", "exact")]),
    ("来了二三十人", [("二三十人", 20, 30, "人", "exact")]),
    ("营收达1.2万亿元", [("1.2万亿元", 1200000000000, None, "CNY", "exact")]),
    # 本 counts books, not the 本报 of a byline
    ("一散户同步持4股赚2000万本报讯", [("4股", 4, None, "股", "exact"), ("2000万", 20000000, None, None, "exact")]),
    ("图书馆藏书20万本。", [("20万本", 200000, None, "本", "exact")]),
    ("募资数十亿元人民币", [("数十亿元人民币", 1e9, 1e10, "CNY", "approx")]),
    ("净亏损1.95港元", [("1.95港元", 1.95, None, "HKD", "exact")]),
    ("中国资金净流出1200亿美元", [("1200亿美元", 120000000000, None, "USD", "exact")]),
    ("以每股20欧元", [("20欧元", 20, None, "EUR", "exact")]),
    ("人民币50元", [("人民币50元", 50, None, "CNY", "exact")]),
    ("售价$20", [("$20", 20, None, "USD", "exact")]),
    ("同比下降负3.9%", [("负3.9%", -3.9, None, "%", "exact")]),
    ("市场份额约五成", [("约五成", 50, None, "%", "approx")]),
    ("不良率千分之五", [("千分之五", 0.5, None, "%", "exact")]),
    ("占比达百分之三十", [("百分之三十", 30, None, "%", "exact")]),
    ("三分之一的用户", [("三分之一", 1 / 3, None, None, "exact")]),
    ("员工不足500人", [("不足500人", 500, None, "人", "less_than")]),
    ("1000余家企业", [("1000余家", 1000, None, "家", "more_than")]),
    ("投资100亿元左右", [("100亿元左右", 10000000000, None, "CNY", "approx")]),
    ("翻了两番", [("翻了两番", 4, None, "x", "exact")]),
    ("１２３万元", [("１２３万元", 1230000, None, "CNY", "exact")]),
    ("增长５０％", [("５０％", 50, None, "%", "exact")]),
    ("一千多万元", [("一千多万元", 10000000, None, "CNY", "more_than")]),
    ("5元3角", [("5元3角", 5.3, None, "CNY", "exact")]),
]


# real sentences from the corpus (business news): bounds with different units, negative money,
# multiples, counts with measure words, spoken ranges, separators
CASES += [
    # a percent and a count/money are never one range: two figures
    ("月活跃用户同比下降4.0%至3.901亿", [("4.0%", 4.0, None, "%", "exact"), ("3.901亿", 390100000, None, None, "exact")]),
    ("营收同比增长3.8%至1.040亿", [("3.8%", 3.8, None, "%", "exact"), ("1.040亿", 104000000, None, None, "exact")]),
    ("环比下降2.3%至9200万", [("2.3%", 2.3, None, "%", "exact"), ("9200万", 92000000, None, None, "exact")]),
    ("净亏损同比下降60.2%，至2670万元", [("60.2%", 60.2, None, "%", "exact"),
                                  ("2670万元", 26700000, None, "CNY", "exact")]),
    ("占比百分之五至3亿元", [("百分之五", 5, None, "%", "exact"), ("3亿元", 300000000, None, "CNY", "exact")]),
    # a bare lower bound borrows the unit of the upper one; same units join
    ("毛利率区间为20%-30%", [("20%-30%", 20, 30, "%", "exact")]),
    ("单笔5万元-10万元", [("5万元-10万元", 50000, 100000, "CNY", "exact")]),
    ("团队3-5人", [("3-5人", 3, 5, "人", "exact")]),
    # negative money written with a minus sign
    ("净利润-4,264,967.01元", [("-4,264,967.01元", -4264967.01, None, "CNY", "exact")]),
    ("基本每股收益-0.17元", [("-0.17元", -0.17, None, "CNY", "exact")]),
    ("现金流量净额本期为-2,700,260.47元", [("-2,700,260.47元", -2700260.47, None, "CNY", "exact")]),
    ("营收-5%", [("-5%", -5, None, "%", "exact")]),
    # multiples
    ("市值仍是统一康师傅旺旺总和两倍多", [("两倍多", 2, None, "x", "more_than")]),
    ("同比扩大约1.02倍", [("约1.02倍", 1.02, None, "x", "approx")]),
    ("2020财年预期市盈率从21.6倍上调至25倍", [("21.6倍", 21.6, None, "x", "exact"), ("25倍", 25, None, "x", "exact")]),
    ("实现超两倍增长", [("超两倍", 2, None, "x", "more_than")]),
    ("较2018年增加了0.30个百分点", [("0.30个百分点", 0.3, None, "pp", "exact")]),
    ("美联储降息25个基点，收益率上升12基点", [("25个基点", 25, None, "基点", "exact"), ("12基点", 12, None, "基点", "exact")]),
    # shareholders and retail investors are counted, not shares; a stock's name after shares leaves them shares
    ("11万股东懵圈，37万股民苦苦蹲守", [("11万股东", 110000, None, "股东", "exact"), ("37万股民", 370000, None, "股民", "exact")]),
    ("增持1000万股东方航空", [("1000万股", 1e7, None, "股", "exact")]),
    # 毛, 角 and 仙 after digits are money (dimes, cents); not 一角 (a corner) nor 八仙
    ("净值在4毛以下，每股亏损1.64仙，最多卖8角", [("4毛以下", 0.4, None, "CNY", "less_than"),
                                          ("1.64仙", 0.0164, None, "HKD", "exact"), ("8角", 0.8, None, "CNY", "exact")]),
    ("三毛钱占据一角", [("三毛钱", 0.3, None, "CNY", "exact")]),
    # a range in words whose upper bound has a scale; a minus sign right after 同期; a size's unit written once
    ("保持六到八亿的增长", [("六到八亿", 6e8, 8e8, None, "exact")]),
    ("上年同期-1,213,589.07元", [("-1,213,589.07元", -1213589.07, None, "CNY", "exact")]),
    ("三围尺寸为94*57*16mm", [("94", 94, None, "mm", "exact"), ("57", 57, None, "mm", "exact"),
                           ("16mm", 16, None, "mm", "exact")]),
    ("9.8×9.9折", [("9.8", 9.8, None, None, "exact"), ("9.9折", 99, None, "%", "exact")]),  # discounts stacked
    # a scale alone after a word that leads it (过亿, 不足万元), not after 经过
    ("单日销量过亿，月收入不足万元", [("过亿", 1e8, None, None, "more_than"), ("不足万元", 1e4, None, "CNY", "less_than")]),
    ("历经万难，通过3亿元", [("3亿元", 3e8, None, "CNY", "exact")]),
    ("股价已翻10倍", [("10倍", 10, None, "x", "exact")]),
    ("营收翻番", [("翻番", 2, None, "x", "exact")]),
    # counts with measure words
    ("相当于5.4个旺旺", [("5.4个", 5.4, None, "个", "exact")]),
    ("吸引了共计18家开发商抢地", [("18家", 18, None, "家", "exact")]),
    ("截至6月底累计回购114.77万股", [("114.77万股", 1147700, None, "股", "exact")]),
    ("累计申请专利357项", [("357项", 357, None, "项", "exact")]),
    ("销量超过3万辆", [("超过3万辆", 30000, None, "辆", "more_than")]),
    # spoken forms
    ("十几块钱", [("十几块钱", 10, 20, "CNY", "approx")]),
    ("二十几人", [("二十几人", 20, 30, "人", "approx")]),
    ("一百几十人", [("一百几十人", 110, 200, "人", "approx")]),
    ("两个亿卢布", [("两个亿卢布", 200000000, None, "RUB", "exact")]),
    ("投资几个亿", [("几个亿", 1e8, 1e9, None, "approx")]),
    ("七成六的用户", [("七成六", 76, None, "%", "exact")]),
    ("百分之二三十", [("百分之二三十", 20, 30, "%", "exact")]),
    ("壹打", [("壹打", 12, None, None, "exact")]),
    ("10日元5日本銭", [("10日元5日本銭", 10.05, None, "JPY", "exact")]),
    # separators: "，" as a thousands separator only when the number visibly goes on
    ("82，225.00元", [("82，225.00元", 82225, None, "CNY", "exact")]),
    ("233,333，333,434.344元", [("233,333，333,434.344元", 233333333434.344, None, "CNY", "exact")]),
    ("$20，300美圆", [("$20", 20, None, "USD", "exact"), ("300美圆", 300, None, "USD", "exact")]),
    ("减持流通股 19，212，760股，本次", [("19，212，760股", 19212760, None, "股", "exact")]),
    ("我们有 202107211321363588510367 美元", [("202107211321363588510367 美元", 2.0210721132136359e23, None, "USD", "exact")]),
    # 十 after Arabic digits starts a word of its own (2019十大人物), 千 after them is a multiplier
    ("2019十大人物", [("2019", 2019, None, None, "exact")]),
    ("3千万元", [("3千万元", 30000000, None, "CNY", "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quantities(text, expected):
    got = parse_quantities(text)
    for q in got:
        assert text[q.span.start:q.span.end] == q.span.text
    assert [(q.span.text, q.value, q.upper, q.unit, q.qualifier) for q in got] == [
        (t, pytest.approx(v), pytest.approx(u) if u is not None else None, unit, qual)
        for t, v, u, unit, qual in expected]


# dates, times, durations, ordinals, names and words are not quantities
NEGATIVES = [
    "截至2021年8月18日", "2021-08-18", "今年1-8月", "一季度", "第三季度", "今年4月", "上午9点", "9:30",
    "第一", "第二个目标", "一年半的时间", "三个月", "一分钟内", "2021电商人才峰会", "一起来看流星雨",
    "四川", "统一", "一个入场宣言", "万一", "千万不要", "90后", "一万万万亿", "2月30日", "万", "百货",
    "访问 https://example.com/a?q=30%25", "陆地上有许多动物", "小明拾起石子", "2018年1－9月份",
    "(002671.SZ)：截至10月底", "陆家嘴", "壹基金", "今年1-8月",
    "COVID-19大流行病", "案件编号HCB6092/2019", "根据细则第86(4)条", "C919客机", "百信国际(00574-HK)公布",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_quantities(text):
    assert parse_quantities(text) == []


CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "articles")


def _corpus_lines(n=400):
    files = sorted(glob.glob(os.path.join(CORPUS, "*", "*.txt")))
    if not files:
        return []
    rng = random.Random(7)
    lines = []
    for path in rng.sample(files, min(60, len(files))):
        with open(path, encoding="utf-8") as f:
            lines.extend(x for x in f.read().splitlines() if x.strip())
    rng.shuffle(lines)
    return lines[:n]


ODD = ["", " ", "万万万", "一万万万亿亿亿", "1" * 400, "百分之", "分之", "--5--", "负负负3", "0.0.0.0",
       "１２３４５６７８９０" * 20, "元元元", "约约约", "1e999", "2^99999", "$", "¥¥", "\x00\ufffd"]


def test_never_raises_and_offsets_valid():
    lines = _corpus_lines() + ODD
    for line in lines:
        for q in parse_quantities(line):
            assert 0 <= q.span.start < q.span.end <= len(line)
            assert line[q.span.start:q.span.end] == q.span.text
            assert q.value == q.value  # not NaN
            assert q.qualifier in ("exact", "approx", "more_than", "less_than")


SEED = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f39cfbec4536486f.txt")
GOLD = [os.path.join(os.path.dirname(__file__), "..", p) for p in (
    "fixtures/gold/000_f39cfbec4536486f.gold.json", "../shared/gold/000_f39cfbec4536486f.gold.json")]


def test_seed_gold_figures():
    """Every gold fact of the founding article: some quantity overlapping its evidence has the
    gold value, unit, qualifier (and upper)."""
    import json
    gold_path = next((p for p in GOLD if os.path.exists(p)), None)
    if not os.path.exists(SEED) or gold_path is None:
        pytest.skip("seed article or its gold not available")
    text = open(SEED, encoding="utf-8").read()
    gold = json.load(open(gold_path, encoding="utf-8"))
    qs = parse_quantities(text)
    missed = []
    for f in gold["facts"]:
        i = text.find(f["evidence"])
        assert i >= 0
        j = i + len(f["evidence"])
        if not any(q.span.start < j and q.span.end > i and q.value == pytest.approx(f["value"])
                   and q.unit == f.get("unit") and q.qualifier == f.get("qualifier", "exact")
                   and q.upper == f.get("upper") for q in qs):
            missed.append(f["id"])
    assert missed == []


def test_codes_with_letters_leave_the_figures_around_them():
    values = [q.value for q in parse_quantities("苹果iPhone11售价5499元，C919订单达815架，融资US$5000万。")]
    assert 5499 in values and 815 in values and 11 not in values and 919 not in values


@pytest.mark.parametrize("text,value", [
    ("沪指收于2,337.90点", 2337.9), ("超越4000点不容易", 4000), ("下跌10点", 10), ("低开5.5点", 5.5),
])
def test_index_points(text, value):
    [q] = parse_quantities(text)
    assert (q.value, q.unit) == (value, "点")


@pytest.mark.parametrize("text", ["上午9点开盘", "明天8点见", "有一点"])
def test_a_clock_time_is_not_points(text):
    assert parse_quantities(text) == []


@pytest.mark.parametrize("text,value,unit", [
    ("旅客发送量为29.36亿人次", 2936000000, "人次"), ("3万人次", 30000, "人次"),
    ("啤酒企业产量为1948.8万千升", 19488000, "千升"), ("产量300万吨", 3000000, "吨"), ("1948.8万吨", 19488000, "吨"),
    ("黄金储备为6264万盎司", 62640000, "盎司"), ("挖方300万方", 3000000, "方"),
])
def test_a_scale_before_a_counted_word_is_kept(text, value, unit):
    [q] = parse_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("重量仅为36.7g", 36.7, "g"), ("重量只有约113g (不包括配件)", 113, "g"),
    ("最大可拍摄4000*3000分辨率的照片", 3000, None),   # 分 of 分辨率 is no unit
    ("比赛得了95分", 95, "分"),
])
def test_grams_and_points_are_units_only_where_they_stand_alone(text, value, unit):
    q = parse_quantities(text)[-1]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["5g网络覆盖", "5g手机"])
def test_a_network_generation_is_no_weight(text):
    assert all(q.unit != "g" for q in parse_quantities(text))


@pytest.mark.parametrize("text", ["可能有3方面因素", "两方案", "三方式"])
def test_fang_of_a_longer_word_is_no_cubic_metre(text):
    assert all(q.unit != "方" for q in parse_quantities(text))


def test_a_slash_list_shares_the_unit_and_scale_written_after_its_last_item():
    found = parse_quantities("预计净利润为34.7/44.7/55.9亿元，EPS为0.7/0.9/1.2元，比例为1/3。")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("34.7", 3.47e9, "CNY"), ("44.7", 4.47e9, "CNY"), ("55.9亿元", 5.59e9, "CNY"),
        ("0.7", 0.7, "CNY"), ("0.9", 0.9, "CNY"), ("1.2元", 1.2, "CNY"), ("1/3", 1 / 3, None)]


def test_not_more_than_written_short_is_an_upper_bound():
    found = parse_quantities("计划减持不超2.19%股份，出资不逾5亿元，增持超3%。")
    assert [(q.span.text, q.qualifier) for q in found] == [
        ("不超2.19%", "less_than"), ("不逾5亿元", "less_than"), ("超3%", "more_than")]
