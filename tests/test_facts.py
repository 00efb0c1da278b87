"""Figures linked to measure, subject, period, kind and status, on real sentences.

Sentences come from the seed article and from FewFC (CC BY-SA 4.0, CASIA NLP
group / China Merchants Bank); a few are written here in the same style.
"""
from __future__ import annotations

from datetime import date

import pytest

import extractor

REF = date(2021, 9, 18)


def fact(text: str, value: float, published: date | None = REF):
    doc = extractor.extract(text, published=published)
    matches = [f for f in doc.facts if abs(f.value - value) < 1e-6 * max(1, value)]
    assert matches, f"no fact {value} in {[f.value_text for f in doc.facts]}"
    return matches[0]


@pytest.mark.parametrize("text,value,expected", [
    ("截至2021年8月，电商人营收同比增长3.3倍。", 3.3,
     dict(unit="x", kind="change", direction="up", basis="yoy", measure="营收", subject="电商人")),
    ("截至今年7月，Tik Tok电商人才规模同比增长84%，人才GMV增长392%。", 84,
     dict(unit="%", kind="change", direction="up", basis="yoy", subject="抖音电商")),
    ("截至今年7月，Tik Tok电商人才规模同比增长84%，人才GMV增长392%。", 392,
     dict(kind="change", direction="up", basis=None, measure="GMV")),
    ("Tik Tok日均用户超过6亿，用户需求巨大。", 600000000,
     dict(unit=None, kind="level", qualifier="more_than", measure="日均用户", subject="抖音")),
    ("电商达人总共卖出了超过41亿件商品，75%的粉丝通过达人进行了回购。", 4100000000,
     dict(unit="件", measure="商品", subject="电商达人", qualifier="more_than")),
    # a counted noun opened by a modifier of three characters (开放式/a 偏股型基金)
    ("截至目前，294只开放式偏股型基金已公布季报。", 294, dict(unit="只", measure="开放式偏股型基金")),
    ("电商达人总共卖出了超过41亿件商品，75%的粉丝通过达人进行了回购。", 75,
     dict(unit="%", kind="level", measure="粉丝")),
    ("朱梓骁以2.6亿元的总成交额荣登明星商品榜首。", 260000000,
     dict(unit="CNY", measure="总成交额", subject="朱梓骁")),
    ("粉丝数从30万增加到现在的1077万。", 10770000, dict(kind="level", measure="粉丝数")),
    ("今年，这一数字有望升至1万亿元。", 1000000000000, dict(kind="level", status="forecast")),
    ("2020年Tik Tok电商的GMV规模将达到5000亿元，相当于2019年的3倍。", 3,
     dict(unit="x", kind="change", direction="up", subject="抖音电商")),
    ("2020年Tik Tok电商的GMV规模将达到5000亿元，相当于2019年的3倍。", 500000000000,
     dict(status="forecast", measure="GMV规模", subject="抖音电商")),
    ("近2000人出席了此次活动。", 2000, dict(unit="人", qualifier="approx", measure="人数")),
    # the subject of a figure in an aside is the name the aside follows
    ("公司市值相当于3个海天味业（603288.SH，市值2100亿元）。", 210000000000, dict(subject="海天味业")),
    # a scope word after the opening time, a market, a business line
    ("1月全国房价同比上涨9.5%。", 9.5, dict(subject="全国")),
    ("3月份两市新增基金账户开户数达到20万户。", 200000, dict(subject="两市")),
    ("其中，在线教育业务毛利率为45%。", 45, dict(subject="在线教育业务", measure="毛利率")),
    ("外卖业务变现率由13.1%上升至13.8%。", 13.8, dict(subject="外卖业务", measure="变现率")),
    # a relative clause is part of the measure, not its owner
    ("万科发布2021年年报。经营活动产生的现金流量净额为1.2亿元。", 120000000, dict(subject="万科")),
    # a transaction verb before the figure, or after 以 + the figure, is the measure; a name is not
    ("两家公司共持有5800万股。", 58000000, dict(measure="持有")),
    ("利欧股份以3.5亿元人民币认缴新增注册资本。", 350000000, dict(measure="认缴", subject="利欧股份")),
    ("华夏基金共计动用了2.5亿元参与定向增发。", 250000000, dict(measure="动用", subject="华夏基金")),
    ("华夏基金认购了天马股份2900万股。", 29000000, dict(subject="华夏基金")),
    # no owner named anywhere: what the figure counts; an organisation named once in passing owns nothing
    ("一季度59家基金公司公布了季报。", 59, dict(subject="基金公司")),
    ("基金季报披露完毕。\n中国人民银行下调了存款准备金率。\n一季度22.31%的基民表示满意。", 22.31, dict(subject="基民")),
    # basis: 按年 (Hong Kong usage), 2018年同期, and a comparison made earlier in the sentence
    ("公司营业额8389.1万元，按年跌18.9%。", 18.9, dict(kind="change", direction="down", basis="yoy")),
    ("搜狐第二季度亏损6800万美元，较2018年同期减亏15%。", 15, dict(kind="change", basis="yoy")),
    ("第二季度收入从上年同期的5.22亿元增长到7.74亿元，增长了48.4%。", 48.4, dict(kind="change", basis="yoy")),
    # 其中 breaks down the figure before: its parts keep its measure
    ("全球平均移动端月活跃用户同比下降4.0%至3.901亿。其中，YY直播为4130万。", 41300000,
     dict(measure="月活跃用户", subject="YY直播")),
    ("偏股型基金平均股票仓位为77.32%。", 77.32, dict(measure="股票仓位", subject="偏股型基金")),
    # 报告期 opens a clause like a time; a project owns its figures
    ("百程股份公布2020年半年度报告。报告期营业收入较上年同期增长120.80%。", 120.8,
     dict(subject="百程股份", basis="yoy")),
    ("中国二十二冶中标医院扩建工程。项目总建筑面积48400平方米。", 48400, dict(subject="项目")),
    # a price after its label and a colon
    ("广博股份（SZ 002103，收盘价：5.79元）发布公告。", 5.79, dict(measure="收盘价", unit="CNY")),
    # an abstract noun opening the clause before is no subject
    ("原因是今年前三个月已经放贷4万亿元，而去年全年也仅放贷4.9万亿元。", 4.9e12, dict(subject=None)),
    # the name the measure is written on owns it, not the first name of the clause
    ("德邦股份聘任3名副总经理 2019年黄华波薪酬29万元", 290000, dict(subject="黄华波", measure="薪酬")),
    # what rose or fell, right before the change verb; 环比 is no subject
    ("竞争优势基金成立至今净值增长30.21%，而同期上证综指下跌6.52%。", 6.52, dict(subject="上证综指")),
    ("1月全国新建住房销售价格同比上涨11.3%；环比上涨1.7%。", 1.7, dict(subject="全国", basis="mom")),
    # a labelled value: the label before the colon is the measure
    ("苹果iPod touch 3    容量：32GB 报价：2200元    编辑点评", 2200, dict(measure="报价", unit="CNY")),
    # FewFC
    ("2019年3月，雄韬股份发布公告称，拟用人民币1.05亿元收购江山宝源17.4%的股权。", 105000000,
     dict(unit="CNY", subject="雄韬股份")),
    ("最初，万达电影发布公告称，拟购买万达影视100%的股权，暂定交易价格为372.04亿元。", 37204000000,
     dict(unit="CNY", measure="交易价格")),
    ("盘中跌幅一度达到19.71%，创2008年10月以来最大盘中跌幅。", 19.71,
     dict(unit="%", kind="change", direction="down")),
])
def test_fact_fields(text, value, expected):
    f = fact(text, value)
    for field, want in expected.items():
        got = getattr(f, field)
        if field in ("measure", "subject") and want is not None:
            assert got is not None and want in got, (field, got)
        else:
            assert got == want, (field, got)


def test_period_from_the_same_sentence():
    f = fact("据穆青介绍，今年1-8月，在颤音平台上，通过电商带来收入的约有155万人。", 1550000)
    assert (f.period.start, f.period.end) == (date(2021, 1, 1), date(2021, 8, 31))
    assert f.qualifier == "approx"
    assert f.subject == "抖音"


def test_period_carries_to_the_next_sentence_of_the_paragraph():
    text = "根据官方数据，2021年1-8月，电商专家直播4300万次。电商达人总共卖出了超过41亿件商品。"
    f = fact(text, 4100000000)
    assert (f.period.start, f.period.end) == (date(2021, 1, 1), date(2021, 8, 31))


def test_as_of_period_has_an_end():
    f = fact("截至今年7月，Tik Tok电商人才规模同比增长84%。", 84)
    assert f.period.as_of and f.period.end == date(2021, 7, 31)


@pytest.mark.parametrize("value,start,end", [
    (1.25e9, date(2020, 6, 30), date(2020, 6, 30)),     # a balance: as of the day
    (-8e7, date(2020, 1, 1), date(2020, 6, 30)),        # a sum over the half year that the day closes
    (6e7, date(2019, 1, 1), date(2019, 6, 30)),         # 上年同期 of it
])
def test_a_sum_as_of_a_quarters_last_day_covers_the_period_it_closes(value, start, end):
    text = ("截至2020年6月30日，远光软件归属于上市公司股东的净资产为12.5亿元，较上年末增长3.1%；"
            "经营活动产生的现金流量净额为-8000万元，上年同期为6000万元。")
    f = fact(text, value)
    assert (f.period.start, f.period.end) == (start, end)


@pytest.mark.parametrize("value,start", [
    (1e9, date(2019, 1, 1)),       # 收益: a sum over the half year
    (20, date(2019, 1, 1)),        # ... and its change
    (5e9, date(2019, 6, 30)),      # 总资产: a balance on the day
])
def test_a_sum_named_as_takings_as_of_a_half_years_end_covers_the_half(value, start):
    f = fact("截至2019年6月30日，公司收益10亿元，同比增长20%；总资产为50亿元。", value)
    assert (f.period.start, f.period.end) == (start, date(2019, 6, 30))


@pytest.mark.parametrize("text,value,subject", [
    ("编程猫创始人李明表示：“我今年32岁，已经创业五年。”", 32, "李明"),               # I: the speaker
    ("社保基金理事会副理事长王明称，截至去年底，我国社保基金累计收入1.38万亿元。", 1.38e12, "我国"),  # 我国: a scope
])
def test_a_speaker_owns_what_they_say_of_themselves(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text", [
    "远光软件董事长李明表示：“我们今年的营收增长了20%。”",
    "“我们今年的营收增长了20%。”远光软件董事长李明说。",
])
def test_we_of_a_person_is_their_organisation(text):
    assert fact(text, 20).subject == "远光软件"


def test_comparison_base_is_not_the_period():
    f = fact("2020年Tik Tok电商的GMV规模将达到5000亿元，相当于2019年的3倍。", 3)
    assert f.period.start == date(2020, 1, 1)


def test_target_status():
    text = "今年4月，Tik Tok电商提出的目标是，扶持年销售额10万元以上的10万人，年销售额1000万元以上的1万人。"
    doc = extractor.extract(text, published=REF)
    assert {f.status for f in doc.facts} == {"target"}
    heads = [f for f in doc.facts if f.unit == "人"]
    assert [f.measure for f in heads] == ["人数", "人数"]
    assert [f.measure for f in doc.facts if f.unit == "CNY"] == ["年销售额", "年销售额"]


def test_exceeding_expectations_is_not_a_forecast():
    text = "其中超过12万人的GMV破10万元超预期，超过1000万元的有4300人。"
    assert fact(text, 4300).status == "actual"


def test_dates_ordinals_and_determiners_are_not_figures():
    text = "在“2021电商人才峰会”上，第一个普惠目标超额完成。这一次，一位主播在“818”期间直播。"
    assert extractor.extract(text, published=REF).facts == []


@pytest.mark.parametrize("text,written,value,upper", [
    ("开盘当天打9.7折。", "9.7折", 9.7, None),
    ("首套房贷七折优惠利率取消。", "七折", 7, None),
    ("指定品牌88折。", "88折", 88, None),
    ("新盘普遍打8-9折。", "8-9折", 8, 9),
])
def test_a_discount_is_kept_as_written(text, written, value, upper):
    [f] = [f for f in extractor.extract(text, published=REF).facts if f.value_text == written]
    assert (f.value, f.upper, f.unit) == (value, upper, "折")


@pytest.mark.parametrize("text,written,value,unit", [
    ("有接近三分之一的基金经理具备择时能力。", "接近三分之一", 100 / 3, "%"),
    ("工资收入的1/3用于还贷。", "1/3", 100 / 3, "%"),            # a share of 收入, not 元
    ("议案获得有效表决权股份总数1/2以上通过。", "1/2以上", 50, "%"),
    ("占信贷总量的十分之一。", "十分之一", 10, "%"),              # 十分 (very) is no word here
    ("搭载一枚1/2.3英寸的CCD。", "1/2.3英寸", 1 / 2.3, "英寸"),    # a fraction with its own unit stays one
])
def test_a_fraction_without_a_unit_is_a_share_in_percent(text, written, value, unit):
    [f] = [f for f in extractor.extract(text, published=REF).facts if f.value_text == written]
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_a_ratio_above_one_is_no_share():
    assert all(f.unit != "%" for f in extractor.extract("能够以每秒60/50帧进行拍摄。", published=REF).facts)


@pytest.mark.parametrize("text,written,value,unit", [
    ("有一半的地王是高价拿地。", "一半", 50, "%"),
    ("积极配置型基金逾半数飘红。", "逾半数", 50, "%"),
    ("成交量993套，同比增长一倍。", "一倍", 1, "x"),       # a multiple, not the article 一
    ("仓位较前一周增加14BP。", "14BP", 14, "BP"),
])
def test_halves_doubles_and_basis_points_are_figures(text, written, value, unit):
    [f] = [f for f in extractor.extract(text, published=REF).facts if f.value_text == written]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,written", [("上周仅一只下跌。", "一只"), ("仅有一家机构席位。", "一家")])
def test_only_one_is_a_count_not_an_article(text, written):
    assert [(f.value_text, f.value) for f in extractor.extract(text, published=REF).facts] == [(written, 1)]


@pytest.mark.parametrize("text,measure", [
    ("公司股东将其持有的1554万股股份解除质押。", "解除质押"),
    ("股东所持1116万股进行了质押延期。", "质押延期"),
    ("公司拟注销320万股已回购股份。", "注销"),           # the action written before wins
])
def test_what_is_done_with_shares_is_their_measure(text, measure):
    [f] = extractor.extract(text, published=REF).facts
    assert f.measure == measure


def test_a_count_of_holders_belongs_to_the_stock_they_hold():
    doc = extractor.extract("去年四季度末，有38只基金持有华电国际，有78只基金持有华能国际。", published=REF)
    assert [(f.value, f.subject) for f in doc.facts] == [(38, "华电国际"), (78, "华能国际")]


def test_the_other_half_is_no_figure():
    assert extractor.extract("他的另一半是医生。", published=REF).facts == []


def test_the_top_three_shareholders_are_counted():
    assert fact("公司前三股东合计持股达到60%。", 3).unit == "股东"


def test_a_spoken_range_from_one_is_a_figure_not_an_article():
    doc = extractor.extract("这一次，一位主播说，公司每年分红一两次，目前已有一两家基金公司跟进，一二股东均未减持。",
                            published=REF)
    assert [(f.value_text, f.value, f.upper) for f in doc.facts] == [("一两次", 1, 2), ("一两家", 1, 2)]


def test_the_place_a_report_was_filed_from_owns_none_of_its_figures():
    f = fact("新华网上海4月20日电(记者桑彤)首批16家基金公司于4月19日晚公布一季报。", 16)
    assert f.subject == "基金公司"


@pytest.mark.parametrize("text,value,subject", [
    ("债券型基金的表现仅次于货币型基金，其规模达131亿份。", 131e8, "债券型基金"),
    ("二手房的价格持续上涨，其成交量也增加了20%。", 20, "二手房"),
])
def test_its_figure_belongs_to_whose_the_clause_before_told_of(text, value, subject):
    assert fact(text, value).subject == subject


def test_figure_subject_from_previous_sentence():
    text = "2009年拍摄完巨作《一起来看流星雨》后，朱梓骁转战Tik Tok带货。从2020年开始，粉丝数从30万增加到现在的1077万。"
    f = fact(text, 300000)
    assert f.subject == "朱梓骁"
    assert f.period.start == date(2020, 1, 1)


@pytest.mark.parametrize("text", [
    "金鑫新能（872380）近日公布了半年度报告。",          # a stock code
    "中国富豪财富排名前两位的分别是马化腾和马云。",        # a rank
    "全国70个大中城市中，二手住房销售价格持平。",          # a number word (and a count kept apart below)
    "据统计,年三十至年初四,楼市成交清淡。",               # a day of the lunar new year
    "公司遭二股东大手笔减持。",                            # the second-largest shareholder
    "编程猫尝试了1对1、大班课、小班课等模式。",            # an idiom
])
def test_numbers_that_are_not_figures(text):
    values = [f.value_text for f in extractor.extract(text, published=REF).facts]
    assert all(v not in ("872380", "两位", "二手", "三十", "1对", "1") for v in values), values


@pytest.mark.parametrize("text", [
    "证券简称：远光软件    公告编号：2021-118",               # a serial number of the year
    "详见《关于公司部分银行账户被冻结的公告》(2021-105)。",  # the same in brackets, after a title
    "公司于7月5日披露了《关于回购公司股份比例达1%暨回购进展公告》。",  # a figure inside a title
    "各大银行在《国十一条》出台后收紧了二套房贷。",          # a number inside a title
])
def test_serial_numbers_and_titles_hold_no_figures(text):
    assert [f.value_text for f in extractor.extract(text, published=REF).facts] == []


def test_a_range_written_high_to_low_has_the_lower_bound_as_value():
    f = fact("公司预计前三季度营收为6000万元至5000万元。", 50000000)
    assert f.upper == 60000000


@pytest.mark.parametrize("text,value,unit", [
    ("编程猫宣布完成C+轮2.5亿融资。", 250000000, "CNY"),                      # a money measure without 元
    ("金鑫新能2020年上半年亏损427万。", 4270000, "CNY"),
    ("恒基旗下一单位成交价达4.39亿港元，楼价更达8.8万元/平方呎。", 88000, "HKD"),  # 元 in a Hong Kong story
    ("抖音粉丝数达到5000万。", 50000000, None),                               # a count stays a count
])
def test_currency_of_bare_amounts(text, value, unit):
    assert fact(text, value).unit == unit


def test_jiang_marks_the_future_only_before_a_verb():
    assert fact("公司将招股价由每股4.9港元降至2.75港元。", 2.75).status == "actual"
    assert fact("2021年公司营收将达到100亿元。", 10000000000).status == "forecast"


def test_share_price_quote_after_a_company():
    text = "这意味着山东如意集团(8.900,-0.04,-0.45%)的男装布局再下一城。"
    doc = extractor.extract(text, published=REF)
    got = {f.value_text: (f.measure, f.kind, f.direction) for f in doc.facts}
    assert got["8.900"] == ("股价", "level", None)
    assert got["-0.45%"] == ("股价", "change", "down")


def test_a_price_quote_whose_price_has_no_decimals():
    doc = extractor.extract("这是香港交易所(382,7.00,1.87%)史上最强的半年报。", published=REF)
    got = {f.value_text: (f.measure, f.kind, f.direction) for f in doc.facts}
    assert got["382"] == ("股价", "level", None)
    assert got["1.87%"] == ("股价", "change", "up")


def test_the_source_of_figures_is_not_their_owner():
    text = "来自天相投资的数据显示，包括欧亚集团(600697)在内的16只股票长期隐身。欧亚集团的基金持股率只有8.3%。"
    assert fact(text, 8.3).subject == "欧亚集团"
    text = "来自天相投资的数据显示，基金合计持股已占到流通盘的50%以上。"
    assert fact(text, 50).subject != "天相投资"
    text = "昨日，上交所公开数据显示，有一家机构席位买入开滦股份金额约为5853.8万元。"
    assert fact(text, 5853.8e4).subject != "上交所"
    text = "川财证券发布山西汾酒的研报指出，预计公司2019年营业收入为116.03亿元。"
    assert fact(text, 116.03e8).subject == "山西汾酒"  # the report is on the company, by the broker


@pytest.mark.parametrize("text,value,subject", [
    ("金盾股份今日公告，持股12%的股东王淼根计划在六个月内减持。", 12, "王淼根"),
    ("持股5%以上的股东邱艳芳完成过户登记。", 5, "邱艳芳"),
    ("华兴科技公告，公司近日接到持股5%以上股东邓国顺的通知。", 5, "邓国顺"),  # 的 left out after 持股
    ("华兴科技：持股12%股东王淼根拟减持不超2.19%", 12, "王淼根"),
])
def test_a_figure_describing_a_role_is_the_role_holders(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    ("纯股票基金中，仅有东吴价值增长和天弘价值增长为负收益，分别为-0.99%和-5.92%。", -0.99, "东吴价值增长"),  # the pair just before
    ("其中东吴基金旗下有两只，天弘基金旗下有两只。", 2, "东吴基金"),                                        # the company they are under
    ("公告称，融通债券基金每10份基金份额拟分配红利1元。", 1, "融通债券基金"),                                # a bond fund's name
])
def test_owners_named_just_before(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_measure_with_a_modifier_owns_nothing():
    text = ("圆通速递发布公告称，拟回购股份。从股价来看，公司最新收盘价为12.04元，回购价格为6.74到9.45元，"
            "较最新收盘价的溢价为-44.02%到-21.51%。回购价格与公告日收盘价的溢价在-21.51%到-21.51%之间。")
    doc = extractor.extract(text, published=REF)
    assert {f.subject for f in doc.facts if f.unit == "%"} == {"圆通速递"}


def test_a_way_of_doing_is_not_who_does_it():
    text = "公司股东永盛发展计划于未来6个月内，以包括但不限于集中竞价、大宗交易方式减持不超过454万股公司股份。"
    assert fact(text, 454e4).subject != "大宗交易方式"


def test_a_half_year_reports_figures_are_the_first_halfs():
    f = fact("2020年半年报显示，文具用品占营收比例为53.0%。", 53.0)
    assert (f.period.start, f.period.end) == (date(2020, 1, 1), date(2020, 6, 30))


@pytest.mark.parametrize("text,value,kind,basis", [
    # the figures listed after a change are changes too
    ("其中地方财政收入190.9亿元，分别比去年增长20.2亿元和10.8亿元。", 1.08e9, "change", "yoy"),
    ("城八区中西城、朝阳和丰台三个区，环比分别增长15.3%、14.4%和26.2%。", 26.2, "change", "mom"),
    # points after 提升达到 are what it rose by; 相比上个季度 is the quarter before
    ("可比基金股票仓位，2009年1季度末达到77.32%，相比上个季度提升达到9.48个百分点。", 9.48, "change", "qoq"),
])
def test_listed_changes_and_points_reached(text, value, kind, basis):
    f = fact(text, value, published=date(2009, 9, 30))
    assert (f.kind, f.basis) == (kind, basis)


def test_the_company_is_not_the_exchange_it_files_with_and_its_shares_name_no_one():
    text = ("山东步长制药股份有限公司（以下简称“公司”）关于股份回购实施结果公告。山东步长制药股份有限公司董事会审议通过回购预案。"
            "详见公司披露于上海证券交易所网站的公告。上交所网站同日刊登。上交所网站另有说明。公司已累计回购股份35,537,965股。")
    assert "步长制药" in fact(text, 35537965).subject
    assert fact("截至公告披露日，晨鸣控股持有公司股份数量为A股4.45亿股。", 4.45e8).subject == "晨鸣控股"


@pytest.mark.parametrize("text,value,subject", [
    # the group a clause names after 是 owns the next clause's figures
    ("平均仓位提升最快的是混合型基金，从2008年4季度的61.57%上升到了70.59%。", 70.59, "混合型基金"),
    # names counted as a group just after them own the figure (A、B两只基金跌幅…)
    ("金鹰红利价值、金鹰优选两只基金跌幅超过1%。", 1, "金鹰红利价值"),
    # a person known by surname and honorific, named again
    ("“做二级市场很累。”张先生告诉记者。然而私募张先生似乎有些不屑一顾，他投入的1000万资金已经增长到近3000万元。", 1e7, "张先生"),
])
def test_owners_named_after_a_copula_or_by_an_honorific(text, value, subject):
    assert fact(text, value, published=date(2009, 4, 30)).subject == subject


def test_a_part_of_a_product_owns_no_figures():
    text = ("佳能EOS 7D的除尘效果很好。双DIGIC 4数字影像处理器实现了对通过8个通道从图像感应器中高速读取出的数据的处理。"
            "搭载了2个高性能数字影像处理器DIGIC 4，能够对各种数据进行并行处理，即使是约1800万有效像素也可以实现最高约8张／秒的连拍。")
    subjects = [f.subject for f in extractor.extract(text).facts]
    assert subjects and "DIGIC 4" not in subjects and subjects[0] == "佳能EOS 7D"


def test_a_place_in_a_currency_does_not_hide_the_figure():
    doc = extractor.extract("该集团于期内收益为2748.7万新加坡元，期内亏损为47.2万新加坡元。")
    assert [(f.value, f.unit) for f in doc.facts] == [(27487000, "SGD"), (472000, "SGD")]


def test_a_model_number_is_not_a_figure():
    doc = extractor.extract("苹果iPod touch 3上市，iPhone 11售价5499元。")
    assert [f.value_text for f in doc.facts] == ["5499元"]


@pytest.mark.parametrize("text,figures", [
    ("债券简称：15荣安债，发行规模为8亿元。", ["8亿元"]),                     # a bond's year of issue
    ("本月初发行的“09新疆01”上市当日即跌破面值，跌幅为2%。", ["2%"]),          # ... and its serial number
    ("公司将通过（1）出售资产和（2）发行股份筹资3亿元。", ["3亿元"]),           # the numbers of a list's items
    ("期限至下列最早者：（1）2020年度股东大会结束时；或（2）授权后12个月届满时。", []),
])
def test_numbers_that_name_or_number_things_are_not_figures(text, figures):
    assert [f.value_text for f in extractor.extract(text).facts] == figures


@pytest.mark.parametrize("text,value,subject", [
    # 分别 (respectively): the k-th figure is the k-th name's
    ("紧随其后的有华商盛世成长、东方精选、嘉实主题，增长率分别为1.69%、1.47%、1.09%。", 1.47, "东方精选"),
    ("紧随其后的有华商盛世成长、东方精选、嘉实主题，增长率分别为1.69%、1.47%、1.09%。", 1.09, "嘉实主题"),
    ("腾讯、阿里巴巴和百度的营收分别为100亿元、90亿元和80亿元。", 9000000000, "阿里巴巴"),
    ("光大新增长和光大量化核心分别净申购3.51亿份和6.4亿份。", 6.4e8, "光大量化核心"),  # a pair, not names the tagger knows
    ("红利基金、新增长基金、量化核心基金三只基金的股票仓位分别是82.58%、78.49%、89.24%。", 89.24, "量化核心基金"),
    ("周涨幅前五名的基金是友邦红利ETF、工银价值、新世纪优选分红，周增长率分别为4.23%、3.96%、3.46%。", 3.46,
     "新世纪优选分红"),  # (新世纪 tagged a time)
    ("红利基金、新增长基金、量化核心基金三只基金的股票仓位分别是82.58%、78.49%、89.24%，而去年末的仓位分别是"
     "84.46%、82.07%、88.99%。", 82.07, "新增长基金"),  # the list of the first 分别 serves the second
    ("深100ETF、180ETF和50ETF分别上涨了0.66%、0.53%和0.45%。", 0.45, "50ETF"),  # 和 before a name with digits
    # figures listed in a clause of their own (without 分别, or after its colon): one per name of the list before
    ("测算结果显示，泰信优质生活已基本满仓，而申万巴黎盛利强化配置、天治财富增长、兴业可转债的股票仓位仍然在20%以下，"
     "相对保守，同期仅上涨0.66%、1.15%、3.50%。", 1.15, "天治财富增长"),
    ("2019年年报显示，某某环境的主营业务为环境修复、生活垃圾处理、危废处理处置，占营收比例分别为：32.35%、32.25%、21.01%。",
     21.01, "危废处理处置"),
    # a pair in the clause right before 分别, nearer than a list
    ("华夏、嘉实、海富通中国海外精选和嘉实海外中国股票这4只QDII基金净值下跌幅度均超过6%；华宝兴业海外中国和"
     "交银施罗德环球精选下跌幅度相对较小，分别为3.26%、4.21%。", 4.21, "交银施罗德环球精选"),
    ("工行上证50和光大保德信量化核心也是联通的十大流通股股东，分别持有11921.37万股和9182.97万股。", 11921.37e4, "工行上证50"),
    # after the group counted, the first name; a name the tagger splits between two separators is whole
    ("1月份成立的3只偏股基金长城双动力、上投摩根中小盘和汇添富价值精选户均持基数分别为21.15万份、6.27万份和12.64万份。",
     21.15e4, "长城双动力"),
    ("1月份成立的3只偏股基金长城双动力、上投摩根中小盘和汇添富价值精选户均持基数分别为21.15万份、6.27万份和12.64万份。",
     6.27e4, "上投摩根中小盘"),
    # X的 + the figure: the figure is X's
    ("YY直播为4130万，包括来自于Hago的2270万，同比下降29.7%。", 22700000, "Hago"),
    ("开放式基金的股票平均仓位为77.91%，高于封闭式基金的70.51%。", 70.51, "封闭式基金"),
])
def test_figure_owners_by_position(text, value, subject):
    got = fact(text, value).subject
    assert got is not None and subject in got, got


@pytest.mark.parametrize("text,value,not_subject", [
    ("随着价格的降低，万科的销售量和销售金额环比开始缓慢回升，分别增长13.18%和6.79%。", 6.79, "销售"),  # its measures
    ("公司营业收入、净利润、毛利率等指标表现良好，同比增长12.5%、8.3%、2.1%。", 8.3, "净利润"),  # measures listed
    ("基金参与定向增发的7家公司股价全部上涨。", 7, "定向增发"),        # a relative clause, not an owner
    ("新闻集团总裁梅铎的38岁长子拉克兰投得大宅。", 38, "梅铎"),          # the son's age, not 梅铎's
    ("腾讯、阿里巴巴分别增长10%、20%和30%。", 20, "阿里巴巴"),  # two names, three figures: no pairing
    ("公司董事张明减持11.11万股，交易均价和减持金额分别为37.84元/股和420.4万元。", 420.4e4, "减持金额"),  # measures listed
])
def test_no_owner_by_position_where_it_does_not_apply(text, value, not_subject):
    assert fact(text, value).subject != not_subject


@pytest.mark.parametrize("text,value,subject", [
    ("格力集团：再增持长园集团5%，不谋求控制权。", 5, "格力"),                     # the buyer, not the bought
    ("广电运通：预中标中国邮政储蓄银行集中采购项目等3个项目。", 3, "广电运通"),
    ("公告称，数据显示腾讯营收为100亿元。", 10000000000, "腾讯"),              # after a reporting verb: the owner
    # 其 points at the sentence's actor; whom shares are pledged to owns none of them
    ("同时，张庆华与长沙银行股份有限公司高信支行办理完成了股份质押手续，将其持有的1990万股进行了质押。", 19900000, "张庆华"),
    ("公司近日接到股东张晓樱通知，获悉张晓樱已将其持有并质押给长江证券(7.410,-0.03,-0.40%)的1430万股办理解除质押。",
     14300000, "张晓樱"),
    # whom it is paid or pledged to (向) owns none of it
    ("暴风集团收到裁决书，公告称：\n1.公司向上海歌斐支付转让价款4.62亿元；", 462000000, "暴风集团"),
    ("公告显示，控股股东亚厦控股有限公司向杭州银行股份有限公司绍兴分行解除质押4447.49万股。", 44474900, "亚厦控股"),
    # each investor named at its clause's head owns the amount after it
    ("威马汽车完成D轮融资，合肥市产业投资引导基金有限公司领投，投资金额为10亿元，上海汽车工业(集团)总公司跟投，投资金额为5亿元。",
     1000000000, "合肥市产业投资引导基金有限公司"),
    ("威马汽车完成D轮融资，合肥市产业投资引导基金有限公司领投，投资金额为10亿元，上海汽车工业(集团)总公司跟投，投资金额为5亿元。",
     500000000, "上海汽车工业(集团)总公司"),
])
def test_actor_not_object(text, value, subject):
    got = fact(text, value).subject
    assert got is not None and subject in got, got


@pytest.mark.parametrize("text,value,subject", [
    # an index that opens its clause owns its moves and its points, in a report about a company
    ("远光软件中标5亿元项目。远光软件表示，项目进展顺利。今日两市涨跌不一，其中沪指收盘上涨0.21%，收报3102.5点；"
     "深成指下跌0.35%，收报11024.8点；创业板指下跌0.62%，收报2203.1点。", 0.21, "沪指"),
    ("远光软件中标5亿元项目。远光软件表示，项目进展顺利。今日两市涨跌不一，其中沪指收盘上涨0.21%，收报3102.5点；"
     "深成指下跌0.35%，收报11024.8点；创业板指下跌0.62%，收报2203.1点。", 3102.5, "沪指"),
    ("远光软件中标5亿元项目。远光软件表示，项目进展顺利。今日两市涨跌不一，其中沪指收盘上涨0.21%，收报3102.5点；"
     "深成指下跌0.35%，收报11024.8点；创业板指下跌0.62%，收报2203.1点。", 0.62, "创业板指"),
    ("嘉实基金认为，资产配置最重要。以2011年为例，上证综指全年累计下跌21.7%，股票型基金平均跌幅高达24.3%。", 21.7, "上证综指"),
    ("华安基金称，外围市场依然疲弱，香港恒生指数上周也下跌了4.12%。", 4.12, "香港恒生指数"),
])
def test_an_index_opening_its_clause_owns_its_figures(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    ("太极实业子公司中标项目。北向资金今日小幅净卖出5.03亿元。", 503000000, "北向资金"),
    ("达安基因涨停。截至发稿，北上资金净流入约1亿元，其中沪股通净流入10.76亿元，深股通净流出9.46亿元。", 1076000000, "沪股通"),
    ("达安基因涨停。截至发稿，北上资金净流入约1亿元，其中沪股通净流入10.76亿元，深股通净流出9.46亿元。", 946000000, "深股通"),
    ("不过，在A股大跌之际，北向资金尾盘再现集体涌入，全天小幅净流出6.34亿元。", 634000000, "北向资金"),
])
def test_money_flowing_on_a_market_owns_its_flows(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,not_subject", [
    ("嘉实基金表示，今年以来19只指数基金平均涨幅达18.5%。", 18.5, "19只指数"),       # a kind of fund, not the index
    ("华安基金经理表示，他正等待纳指从高位下跌15%再买入。", 15, "他正等待纳指"),     # the clause is about 他
    ("2011年上证指数和深证成指跌幅分别为21.7%和28.4%。", 28.4, "上证指数"),          # a list of indexes: one figure each
])
def test_an_index_that_does_not_open_its_clause(text, value, not_subject):
    assert fact(text, value).subject != not_subject


@pytest.mark.parametrize("text,value,measure,direction", [
    ("上证综指收市跌0.56%。", 0.56, "跌幅", "down"),            # a price or index move
    ("债市方面，上证国债指数涨0.05%。", 0.05, "涨幅", "up"),    # not 数 of 指数
    ("大成强债A/B微挫0.03%。", 0.03, "跌幅", "down"),
    ("电商达人同比增84%。", 84, "电商达人", "up"),               # growth of a count: what grew
])
def test_measure_of_a_move(text, value, measure, direction):
    f = fact(text, value)
    assert f.kind == "change" and f.direction == direction
    assert f.measure is not None and measure in f.measure, f.measure


def test_that_month_is_the_month_named_before():
    f = fact("单是3月份，偏股型基金发行普遍回暖，当月成立的6只偏股型基金募资超过100亿元。", 6, published=date(2009, 3, 25))
    assert f.period is not None and (f.period.start, f.period.end) == (date(2009, 3, 1), date(2009, 3, 31))


@pytest.mark.parametrize("text,value,day", [
    ("兖州煤业公布，于2020年5月15日回购290万股。同日，注销已购回的550万股。", 5500000, date(2020, 5, 15)),
    ("9月2日晚间，光线传媒发布公告。当天，公司股价上涨5%。", 5, date(2021, 9, 2)),
    ("当天，公司股价上涨5%。", 5, REF),                  # no day named before: the day of the report
])
def test_that_day_is_the_day_named_before(text, value, day):
    f = fact(text, value)
    assert f.period is not None and (f.period.start, f.period.end) == (day, day)


def test_a_headline_figure_has_the_period_of_its_restatement_in_the_body():
    text = ("兖州煤业回购290万股 涉资约1722.47万港元\n【基金经理PK】快给你心仪的基金经理投票吧！\n"
            "原标题：兖州煤业回购290万股 涉资约1722.47万港元\n"
            "兖州煤业公布，于2020年5月15日回购290万股，涉资约1722.47万港元。")
    doc = extractor.extract(text, published=date(2020, 5, 16))
    periods = {(f.span.start, f.period.start if f.period else None) for f in doc.facts if f.value == 2900000}
    assert len(periods) == 3 and {p for _, p in periods} == {date(2020, 5, 15)}


def test_a_summary_in_brackets_has_the_period_of_the_figure_it_restates():
    text = ("华远股份：累计回购股份218.6万股\n"
            "【华远股份：累计回购股份218.6万股】华远股份公告，截至2020年6月30日，公司累计回购股份218.6万股。")
    doc = extractor.extract(text, published=date(2020, 7, 1))
    summary = [f for f in doc.facts if f.value == 2186000 and text.index("【") < f.span.start < text.index("】")]
    assert summary and summary[0].period is not None and summary[0].period.end == date(2020, 6, 30)


def test_a_rounded_headline_figure_has_its_restatements_period_not_the_leads():
    text = ("中国恒大斥6652.32万港元回购413.3万股\n"
            "5月19日，中国恒大发布公告，该公司于2020年5月18日斥资6652.316万港元回购413.3万股。\n"
            "据财报显示，截止2017年-2019年，公司的营业收入分别为3110.22亿元、4661.96亿元、4775.61亿元。")
    doc = extractor.extract(text, published=date(2020, 5, 19))
    headline = [f for f in doc.facts if f.span.start < text.index("\n")]
    assert len(headline) == 2 and all(f.period is not None and f.period.start == date(2020, 5, 18) for f in headline)


def test_this_quarter_in_a_report_is_the_quarter_it_reports():
    text = "51Talk发布的2019年二季度财报显示，本季度活跃学生数为19.55万人。"
    f = fact(text, 195500, published=None)
    assert f.period is not None and (f.period.start, f.period.end) == (date(2019, 4, 1), date(2019, 6, 30))


def test_same_period_last_year_before_a_measure_and_its_figure():
    text = "2019年第二季度盈利8.76亿元，去年同期亏损77亿元。"
    f = fact(text, 7700000000, published=None)
    assert f.period is not None and (f.period.start, f.period.end) == (date(2018, 4, 1), date(2018, 6, 30))


def test_since_does_not_carry_into_the_next_sentence():
    text = "这是自2007年四季度以来基金首次盈利。全部基金平均股票仓位为75.34%。"
    f = fact(text, 75.34, published=date(2009, 4, 22))
    assert f.period is None or "以来" not in f.period.text


def test_a_kind_of_fund_named_by_a_verb_heads_its_clause():
    text = "偏股混合型基金平均仓位为68.04%；配置混合型基金平均仓位55.46%，比前周上升1.77%。"
    assert fact(text, 55.46).subject == "配置混合型基金"
    assert fact("中文传媒已累计回购1381万股，占公司目前总股本的1%。", 1).subject != "占公司"


@pytest.mark.parametrize("text,value,subject", [
    ("分析师李锐表示，市场回暖。截至3月24日，至少已有50只新基金正式成立。", 50, "新基金"),
    ("截至4月20日，有16家基金公司公布了旗下基金一季报。", 16, "基金公司"),
])
def test_there_are_n_of_what_is_counted(text, value, subject):
    assert fact(text, value).subject == subject


def test_there_is_an_amount_is_not_a_count():
    assert fact("如果目标实现，中海今年有可能将有350亿元的销售额。", 35000000000).subject != "销售额"


def test_a_topic_named_after_the_previous_figure_takes_over():
    text = "至少已有50只新基金正式成立，其中偏股型基金明显占据主流，数目达到38个。"
    assert fact(text, 38).subject == "偏股型基金"


def test_a_time_the_tagger_glued_to_the_company_dates_the_figure_and_names_no_one():
    text = "华远科技发布半年报。2020H1公司实现营收12.60亿元，同比增长21.5%。"
    found = fact(text, 1260000000)
    assert (found.period.start, found.period.end) == (date(2020, 1, 1), date(2020, 6, 30))
    assert "2020H1" not in (found.subject or "")


def test_a_reason_given_is_no_topic():
    text = "华远科技净利润较上年同期减少312万元，主要原因为：本期销售收入较上年减少1,208,330.50元。"
    assert fact(text, 1208330.50).subject == "华远科技"


def test_a_part_after_qizhong_does_not_own_the_figures_after_it():
    text = "腾讯总现金收入4.2亿元，其中核心业务K12占比达83.5%；并且二季度实现净营收人民币2.817亿元。"
    assert fact(text, 83.5).subject == "核心业务"
    assert fact(text, 281700000).subject == "腾讯"


def test_a_count_of_companies_under_which_funds_are_counted_is_of_the_companies():
    assert fact("截至5月10日，已有12家基金公司旗下88只基金公布了分红方案。", 12).subject == "基金公司"


def test_what_has_that_many():
    assert fact("其中，收益率超过20%的基金有9只，收益率超过30%的基金有4只。", 9).subject == "基金"


@pytest.mark.parametrize("text,value", [
    ("格力金投增持长园集团股份6618万股。", 66180000),       # 618 (a shopping festival) is not inside 6618
    ("集团已完成收购SofizaSAS100%股权。", 100),              # a share after a Latin name
    ("公司每股亏损0.59港仙。", 0.0059),
])
def test_figures_next_to_names_and_number_words(text, value):
    fact(text, value)


@pytest.mark.parametrize("text", [
    "咨询电话：010-82538252、82539877、13366451711。",
    "公司股票(股票代码：300054)将停牌。",
    "考虑到测算期间沪深300指数走强，跌幅排名居前的是易方达50指数。",
    "中国平安、招商银行、万科A占据重仓股的前五位。",
])
def test_phones_codes_index_names_and_ranks_are_not_figures(text):
    assert extractor.extract(text).facts == []


def test_long_amounts_and_counted_posts_stay_figures():
    fact("公司营收12345678元。", 12345678)
    fact("董事会共有5名董事。", 5)


@pytest.mark.parametrize("text,value,subject", [
    ("深基指开盘报3,306.28点，低开27.17点。", 27.17, "深基指"),
    ("A股市场在上证综指进入2500点以上的区间应属高风险区。", 2500, "上证综指"),
    ("股市越过4000点有难度，但3000点则是股市比较坚实的基础。", 3000, "股市"),
])
def test_index_points_belong_to_the_index(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,start,end", [
    # 自X…至Y is one range, whatever stands between
    ("根据Wind统计，自去年四季度市场回暖至今年4月13日，次新股票基金全部盈利，平均收益18%。", 18,
     date(2008, 10, 1), date(2009, 4, 13)),
    # an open range ends on the as-of day of its sentence
    ("截至3月24日，自从去年四季度开始，至少已有50只新基金正式成立。", 50, date(2008, 10, 1), date(2009, 3, 24)),
    ("截至2月24日，今年以来已有近16只股票型基金获批。", 16, date(2009, 1, 1), date(2009, 2, 24)),
    ("截至一季度末，该股今年以来的涨幅已经高达70%。", 70, date(2009, 1, 1), date(2009, 3, 31)),
])
def test_ranges_closed_later_in_their_sentence(text, value, start, end):
    f = fact(text, value, published=date(2009, 4, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (start, end)


@pytest.mark.parametrize("text,value,year", [
    ("在2006、2007年的牛市行情中，上证指数涨幅分别为130%和96%。", 130, 2006),    # 年 written once for both
    ("在2006、2007年的牛市行情中，上证指数涨幅分别为130%和96%。", 96, 2007),
    ("根据招股书披露，2017年、2018年及2019年，农夫山泉的收益分别为174.9亿元、204.75亿元及240亿元。", 204.75e8, 2018),
])
def test_respectively_over_years_listed_in_the_clause_before(text, value, year):
    f = fact(text, value, published=date(2020, 4, 8))
    assert f.period is not None and f.period.start == date(year, 1, 1) and text[f.period.span.start:f.period.span.end] == f.period.span.text


def test_the_compared_figure_of_a_month_written_with_shi():
    text = "QFII基金3月总资产规模初值达到了77.15亿美元，较去年12月时的69.49亿元增加了11%。"
    f = fact(text, 69.49e8, published=date(2009, 4, 8))
    assert f.period is not None and f.period.start == date(2008, 12, 1)


def test_the_same_day_is_the_report_day_not_one_inside_a_relative_clause():
    text = "渣打集团公布，于2019年8月7日，该公司注销143万股于8月5日回购的股份。同日，该公司回购145万股股份。"
    f = fact(text, 145e4, published=date(2019, 8, 8))
    assert f.period is not None and f.period.start == date(2019, 8, 7)


def test_a_founding_date_is_not_the_period():
    text = "截至4月16日，于2008年4月30日成立的兴业社会责任基金以48.71%的净值增长率位列第2。"
    f = fact(text, 48.71, published=date(2009, 4, 20))
    assert f.period is None or f.period.text != "2008年4月30日"


def test_the_starting_point_of_a_fall_keeps_its_own_period():
    text = "2018年巨亏逾64亿元，净资产急速由2017年的68亿元缩水至约2亿元。"
    assert fact(text, 6800000000, published=date(2019, 5, 1)).period.text == "2017年"
    assert fact(text, 200000000, published=date(2019, 5, 1)).period.text == "2018年"


@pytest.mark.parametrize("text,value,start,end", [
    # 从/自 a time and the figure at it: that time, not a range running from it
    ("截至2019年底，消费支出在GDP中的占比已经从2010年的49.3%上升至57.8%。", 49.3, date(2010, 1, 1), date(2010, 12, 31)),
    ("截至2019年底，消费支出在GDP中的占比已经从2010年的49.3%上升至57.8%。", 57.8, None, date(2019, 12, 31)),
    ("回顾市场，该股自去年11月的低点8.03元一路上涨。", 8.03, date(2008, 11, 1), date(2008, 11, 30)),
    ("平均股票持仓从去年四季度末的67.84%提高到77.32%。", 67.84, None, date(2008, 12, 31)),
    # 自去年10月底的1664点以来: a range after all
    ("自去年10月底的1664点以来，大盘累计涨幅已达到35.8%。", 35.8, date(2008, 10, 25), None),
])
def test_the_figure_a_change_starts_from_is_at_its_time(text, value, start, end):
    f = fact(text, value, published=date(2009, 6, 30))
    assert f.period is not None and f.period.end == end
    assert start is None or f.period.start == start


def test_a_change_between_two_times_spans_them():
    text = "统计显示，2009年1月上海商品住宅成交价为13533元/平方米，到8月则为18502元每平米，上涨幅度为36.7%。"
    f = fact(text, 36.7, published=date(2009, 9, 30))
    assert (f.period.start, f.period.end) == (date(2009, 1, 1), date(2009, 8, 31))
    assert fact(text, 18502, published=date(2009, 9, 30)).period.start == date(2009, 8, 1)


def test_so_far_this_year_ends_on_the_paragraphs_as_of_day():
    text = "截至2月23日，今年以来，表现最好的A股基金净值增长率已经超过了40%。而表现最好的QDII基金今年以来也下跌了3.26%。"
    f = fact(text, 3.26, published=date(2009, 2, 25))
    assert (f.period.start, f.period.end) == (date(2009, 1, 1), date(2009, 2, 23))


def test_an_as_of_day_closing_a_since_range_goes_on_closing_it():
    text = "截至2月13日，今年以来，A股股票型基金净值平均上涨了21.37%。这其中表现最好的中邮核心优选更是上涨了40.67%。"
    f = fact(text, 40.67, published=date(2009, 2, 16))
    assert (f.period.start, f.period.end) == (date(2009, 1, 1), date(2009, 2, 13))


def test_a_record_since_a_time_is_no_period():
    text = "09年8月，温州市完成财政收入比去年同期增长21.8%，两项增幅均创今年来新高，比去年同期分别提高2.8和18个百分点。"
    f = fact(text, 18, published=date(2009, 9, 30))
    assert (f.period.start, f.period.end) == (date(2009, 8, 1), date(2009, 8, 31))


def test_a_starting_point_and_a_point_of_view_do_not_carry_on():
    text = ("不过，从1季度的仓位提升力度看，平均仓位提升最快的是混合型基金，从2008年4季度的61.57%上升到了70.59%。"
            "另外，股票型基金仓位提升8.69个百分点，仓位达到78.51%。")
    later = fact(text, 78.51, published=date(2009, 4, 30))
    assert later.period is not None and later.period.end == date(2009, 3, 31)


def test_first_quarter_shorthand():
    f = fact("金风科技首季业绩增155%。", 155, published=date(2009, 4, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (date(2009, 1, 1), date(2009, 3, 31))


@pytest.mark.parametrize("text,value,status", [
    ("公司拟以132.06万元回购17.94万股公司股份。", 1320600, "target"),
    ("规划用地面积7340平方米，规划地上建筑面积2万平方米。", 7340, "actual"),
    ("该游戏的虚拟货币售价为30元。", 30, "actual"),
])
def test_ni_marks_a_plan(text, value, status):
    assert fact(text, value).status == status


@pytest.mark.parametrize("text,value,status", [
    ("本次增持计划实施前，华远投资持有公司股份1,200,000股。", 1200000, "actual"),   # a plan carried out: what was
    ("减持计划已实施完毕，李华共减持公司股份830,000股。", 830000, "actual"),
    ("华远投资计划在未来6个月内增持公司股份1,200,000股。", 1200000, "target"),     # a plan still to carry out
])
def test_a_plan_carried_out_reports_what_was(text, value, status):
    assert fact(text, value).status == status


def test_a_credited_source_does_not_own_the_figures():
    text = "圆通速递拟回购股份    来源：东方财富Choice数据\n公司拟以6.74元到9.45元的价格进行股票回购，回购金额为132.06万元。"
    assert fact(text, 1320600).subject == "圆通速递"


def test_a_report_naming_no_organisation_is_about_its_most_frequent_noun():
    text = ("封闭式基金越来越少。封闭式基金的份额固定。按契约规定，封闭式基金最高股票仓位80%，"
            "实际上，当前市道中股票只占60%-70%，加上30%的折价率，相当于100元有30元是现金或债券。")
    assert fact(text, 30).subject != "折价率"
    assert fact(text, 100).subject == "封闭式基金"


@pytest.mark.parametrize("text", [
    "现将中标情况公告如下： 一、项目概况 1、项目名称：朔州南山项目 2、采购人：朔州市发展和改革委员会",
    "上市公司湖南机油泵股份有限公司（证券简称：湘油泵603319）披露公告称",
    "我相信3、4月份的数据应该就会好转。二手房：80、90年代修建的二手房。",
    "根据《刑法修正案(七)》的规定，金融从业人员不得利用未公开信息交易。",
    "速度提升，支持OpenGL ES 2.0，因为可以玩游戏。",
    "公积金中心还没有接到相关收紧二套房贷的通知，二次购房者不受影响，十分关注。",
    "应考虑以下主要标准：1.1 影响效果：应在改善生活环境方面具有正面的影响效果。1.2 可持续性：应产生持续性的变革。",
    "画质更加出色，尤其适合拍摄16:9高分辨率的宽屏影像。",
    "募集资金拟用于：（1）智能工厂项目；（2）研发中心项目；（3）补充流动资金。",   # items of a list
    "4、2019年3月8日，公司召开第三届董事会第五次会议。",                            # an item opening with a date
    "该小区新品8#楼即将开盘。",                                                      # a building's number
    "读者热线：68124567-20318，欢迎来电。",                                          # a telephone's extension
    "此举将带来：1)服务品质提升2)社区改造提速3)用户体验改善。",                       # items closed by a bracket only
    "首家便利店3.0模型店开业，被视为工业4.0的样板。",                                  # versions of a name
    "点击投票，评选你心中的“2021十大财经人物”。",                                      # a year naming an event
    "华远地产集团有限公司（6688，HK，以下简称“华远”）召开发布会。",                    # a code and its exchange
    "6月3日，58同城宣布旗下核心子品牌完成融资。",                                      # a known name opening with digits
    "主要标准包括：2.1\xa0领导能力：应能激发活动。",                                   # a section's number
])
def test_outline_numbers_codes_and_names_are_not_figures(text):
    assert extractor.extract(text, published=REF).facts == []


def test_an_outline_item_keeps_its_figure():
    [f] = extractor.extract("二、中标条件 1、生活垃圾处理费：人民币 71元/吨。", published=REF).facts
    assert f.value == 71


@pytest.mark.parametrize("text,value,measure", [
    ("二、中标条件 1、生活垃圾处理费：人民币 71元/吨。", 71, "生活垃圾处理费"),
    ("方盛制药的主营业务为医药制造、医药商业，占营收比例分别为：93.78%、4.22%。", 93.78, "营收比例"),
    ("方盛制药的董事长是张庆华，男，46岁，毕业于湖南中医药大学。", 46, "年龄"),
    ("采用公积金方式贷款，仍可以首付最低两成。", 20, "首付"),
])
def test_measures_named_by_a_label_or_a_unit(text, value, measure):
    assert fact(text, value).measure == measure


@pytest.mark.parametrize("text,value,measure", [
    ("华远地产3月销售面积和金额为12.4万平方米和18.6亿元。", 124000, "销售面积"),
    ("华远地产3月销售面积和金额为12.4万平方米和18.6亿元。", 1860000000, "金额"),
    ("其中二季度营收和归母净利润分别为4.12亿元和3120万元。", 412000000, "营收"),
    ("其中二季度营收和归母净利润分别为4.12亿元和3120万元。", 31200000, "归母净利润"),
    ("二季度营收为4.12亿元和3.9亿元。", 390000000, "营收"),  # one measure: no list to follow
])
def test_a_list_of_figures_takes_a_list_of_measures_in_order(text, value, measure):
    assert fact(text, value).measure == measure


def test_whom_a_payout_goes_to_does_not_own_it():
    text = "据悉，基金普惠以2008年度已实现收益进行分配，向全体基金份额持有人按每10份基金份额派发现金红利0.480元。"
    assert fact(text, 0.48).subject != "全体基金份额持有人"


def test_a_two_digit_year_with_a_leading_zero_is_a_year():
    f = fact("富国海富通两家基金公司08年共赚近4.8亿元。", 480000000, published=date(2009, 4, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (date(2008, 1, 1), date(2008, 12, 31))


def test_a_headline_figure_takes_the_period_of_the_lead():
    text = "天津金融租赁公司制造业融资租赁余额达725.29亿元\n新华财经天津7月20日电 截至2020年6月末，天津辖内金融租赁公司制造业融资租赁余额达725.29亿元。"
    f = fact(text, 72529000000, published=None)
    assert f.period is not None and f.period.end == date(2020, 6, 30)


def test_an_original_title_figure_takes_the_period_of_the_lead_but_not_its_price_quote():
    text = ("华远新能源中期亏损收窄\n原标题：华远新能源(3.120,0.05,1.63%)中期亏损同比减少约38%  来源：智通财经\n"
            "华远新能源公布，截至2020年6月30日止六个月，股东应占亏损为1200万元。")
    doc = extractor.extract(text, published=None)
    by_value = {f.value: f for f in doc.facts}
    assert by_value[38].period is not None and by_value[38].period.end == date(2020, 6, 30)
    assert by_value[3.12].period is None


def test_respectively_after_the_companies_just_listed():
    text = ("其旗下参股和控股的基金公司共有三家，分别是海富通基金管理有限公司(下称“海富通基金”)、富国基金管理有限公司"
            "(下称“富国基金”)和海富产业基金管理有限公司。上述三家基金公司去年分别实现净利润1.69亿元、3.09亿元和155.09万元。")
    assert fact(text, 309000000).subject in ("富国基金管理有限公司", "富国基金")
    assert fact(text, 1550900).subject == "海富产业基金管理有限公司"


def test_the_names_respectively_then_their_figures():
    text = "福布斯实时数据显示，中国富豪财富排名前两位的分别是马化腾和马云，身价为559亿美元和513亿美元。"
    assert fact(text, 55900000000).subject == "马化腾"
    assert fact(text, 51300000000).subject == "马云"


def test_the_owner_named_after_shi_owns_the_next_figure():
    text = "仓位最高的是东方基金，仓位达85.78%；仓位最低的是宝盈基金公司，只有55.61%。"
    assert fact(text, 55.61).subject in ("宝盈基金公司", "宝盈基金", "宝盈")


def test_the_consensus_does_not_own_the_figure():
    text = "美团点评第二季度盈利8.76亿元，市场预期亏损14.5亿元。"
    assert fact(text, 1450000000).subject != "市场预期"


def test_a_table_row_keeps_its_figure_after_a_name():
    text = "基金名称 净值增长率(%) 基金成立日华安核心优选 26.54 2008-10-22建信核心精选 23.9 2008-11-25"
    values = [f.value for f in extractor.extract(text, published=REF).facts]
    assert 26.54 in values and 23.9 in values


def test_respectively_after_two_named_funds():
    text = "今年以来涨幅最大的两只基金为中邮核心优选和国投瑞银瑞福进取，分别上涨31.23%和30.85%。"
    assert fact(text, 31.23).subject == "中邮核心优选"
    assert fact(text, 30.85).subject == "国投瑞银瑞福进取"


def test_a_founding_restriction_before_the_noun_is_not_the_period():
    text = "截至9月30日，成立于2020年之前的主动权益类基金平均净值增长率达到了36.98%。"
    f = fact(text, 36.98, published=date(2020, 10, 10))
    assert f.period is None or f.period.text != "2020年之前"


def test_an_action_before_shares_of_the_company_measures_them():
    f = fact("公司股东天津润泽解除质押3767万股公司股份，占其所持股份比例的23.3%。", 37670000)
    assert f.measure == "解除质押"


def test_the_attributable_owners_of_a_profit_are_not_its_subject():
    text = "金科股份发布业绩快报。归属上市公司股东的净利润40.21亿元，同比增33.27%。"
    assert fact(text, 4021000000).subject == "金科股份"


def test_the_measure_named_by_the_clause_before():
    text = "此前东软集团由于有重组预期，1月中旬以来股价连续上涨，从11元上涨至18元。"
    assert fact(text, 18).measure == "股价"


def test_the_stock_is_the_listed_company_followed():
    text = "华夏系基金潜伏东软集团(600718)。回顾市场，该股自去年11月的低点8.03元一路上涨。"
    assert fact(text, 8.03).subject == "东软集团"


def test_a_share_of_a_whole_is_not_the_wholes():
    text = "一般情况下，基金持股超过上市公司流通盘的10%，被业界称为对股价初具影响力。"
    assert fact(text, 10).subject != "上市公司流通盘"


def test_no_subject_is_blank():
    text = "今年328只股基仅长城双动力和诺德主题亏损     统计数据显示，剔除QDII基金，328只偏股基金中仅有两只出现亏损。"
    assert all(f.subject is None or f.subject.strip() for f in extractor.extract(text, published=REF).facts)


@pytest.mark.parametrize("text,value,measure", [
    ("佳能FS10    【参考售价】：3690元    【联系电话】：0371-12345678", 3690, "参考售价"),
    ("这是去年完成4亿人民币C轮融资后，编程猫时隔5个月补充的新一轮融资。", 400000000, "融资"),
    ("创新医疗9.3亿收购建华医院收来内斗。", 930000000, "收购"),
    ("已累计回购股份1765.86万股，占公司总股本的比例为1.18%，购买的最高价为3.83元/股，最低价为3.68元/股。", 3.68, "最低价"),
    ("友邦第三季按固定汇率计新业务价值为9.8亿美元。", 9.8e8, "新业务价值"),
])
def test_measures_in_labels_and_after_sums(text, value, measure):
    assert fact(text, value).measure == measure


@pytest.mark.parametrize("text, value, start, end", [
    # a fiscal year ends on the day the text names for it; its halves follow
    ("德斯维尔今天公布了截至2020年3月31日的2020财年下半年业绩，销售额为2770万美元。", 27700000,
     date(2019, 10, 1), date(2020, 3, 31)),
    ("截至2020年3月31日的2020财年，较2019财年的6660万美元下降。", 66600000, date(2018, 4, 1), date(2019, 3, 31)),
    ("公司2021财年第一季度营收为12亿元。", 1200000000, date(2021, 1, 1), date(2021, 3, 31)),
    ("本田公布了截止至2020年3月31日的2020财年第四季度及全年财报，全年营业利润6336亿日元。", 633.6e9,
     date(2019, 4, 1), date(2020, 3, 31)),
    # a fiscal quarter closing on the day written before it
    ("截至2019年6月30日，联想集团2019/2020财年首个财季营收高达853亿人民币。", 85.3e9, date(2019, 4, 1), date(2019, 6, 30)),
    # a fiscal year with the month it ends in, named by the year it starts (and its 去年同期)
    ("东芝预计2019财年（截止2020年3月底）运营亏损1.2万亿日元，而去年同期利润为0.9万亿日元。", 1.2e12,
     date(2019, 4, 1), date(2020, 3, 31)),
    ("东芝预计2019财年（截止2020年3月底）运营亏损1.2万亿日元，而去年同期利润为0.9万亿日元。", 0.9e12,
     date(2018, 4, 1), date(2019, 3, 31)),
    # an as-of day closing months or a year covers them, as a comparison base too
    ("截至2020年3月31日的六个月，公司净亏损260万美元。", 2600000, date(2019, 10, 1), date(2020, 3, 31)),
    ("截至2020年3月31日的年度销售额为6540万美元。", 65400000, date(2019, 4, 1), date(2020, 3, 31)),
    ("截至2020年3月31日止六个月的销售额为2770万美元，较截至2019年3月31日止六个月的销售额3180万美元减少13.0％。",
     31800000, date(2018, 10, 1), date(2019, 3, 31)),
    # the year a text calls 全年 is the fiscal year it names
    ("某控股全年股东应占亏损扩大至85.85亿港元。某控股公布截至2020年7月31日止年度业绩，营业额约9.29亿港元。", 8585000000,
     date(2019, 8, 1), date(2020, 7, 31)),
])
def test_fiscal_years_and_months_closed_by_an_as_of_day(text, value, start, end):
    f = fact(text, value)
    assert (f.period.start, f.period.end) == (start, end)


def test_a_stock_quote_is_actual_whatever_the_headline_plans():
    doc = extractor.extract("圆通速递(11.840,-0.20,-1.66%)拟132万元回购股权激励股份并注销", published=REF)
    quote = next(f for f in doc.facts if f.value == 11.84)
    assert quote.status == "actual"


def test_a_plan_runs_through_its_sentence():
    f = fact("公司拟使用自有资金不低于人民币15,000万元回购公司股份，回购价格不超过人民币90元/股。", 90)
    assert f.status == "target"


def test_funds_buying_named_companies():
    text = ("易方达成为电力股多头司令。去年四季度，易方达平稳增长新建仓华电国际和华能国际1600.01万股和500万股，"
            "易方达科讯增持华电国际713.94万股，新建仓华能国际1053.64万股。")
    doc = extractor.extract(text, published=REF)
    got = {f.value: (f.measure, f.subject, f.kind) for f in doc.facts}
    assert got[16000100] == ("新建仓", "易方达平稳增长", "level")
    assert got[7139400] == ("增持", "易方达科讯", "level")
    assert got[10536400][0] == "新建仓"
    assert {"PRODUCT"} == {e.type for e in doc.entities if e.name == "易方达平稳增长"}
    assert any(e.type == "ORG" and e.name.startswith("易方达") and "易方达平稳增长" not in e.name for e in doc.entities)


def test_respective_figures_take_the_measure_of_the_clause_before():
    text = "华安核心、汇添富蓝筹、长盛创新和易方达科汇机构持有人比例最高，分别达到73.95%、73.43%、72.00%和70.98%。"
    doc = extractor.extract(text, published=REF)
    assert {f.measure for f in doc.facts} == {"持有人比例"}  # 机构 holds: an agent, not part of the ratio


def test_a_group_of_people_owns_a_ratio_and_is_no_part_of_it():
    f = fact("美联物业统计数据显示在2009年，80后置业人群贷款比例高达9成。", 90)
    assert f.measure == "贷款比例"


def test_a_review_s_figures_belong_to_its_product():
    text = ("3.5英寸显示屏8GB版 iPod touch3仅1350    新款iPod touch3是最富可玩性的数码产品。"
            "通过苹果APP STORE可下载各种游戏。目前该机的市场售价为8GB 1350元。iPod touch3的外观没有变化。")
    doc = extractor.extract(text, published=REF)
    assert next(f for f in doc.facts if f.value_text == "1350元").subject == "iPod touch3"


@pytest.mark.parametrize("text, value, subject", [
    ("中介工作人员说，以购买一套总价100万的二手房为例，优惠税费将近4.48万元。", 1000000, "二手房"),
    ("截至3月20日，收益率超过20%的基金有9只。", 20, "基金"),
])
def test_a_measured_attribute_describes_the_noun_it_modifies(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_level_reached_is_no_owner():
    f = fact("2004年2季度GDP同比增长率达到10.9%的高位后也出现小幅回落。", 10.9)
    assert f.subject != "高位"


@pytest.mark.parametrize("text, value, measure", [
    ("理柏最新研究数据显示，已公布准确数据的9只QFIIA股基金，3月整体平均业绩大幅增长13.60%。", 13.6, "业绩"),
    ("其中偏股型基金明显占据主流，数目达到38个。", 38, "数目"),
])
def test_performance_and_counts_are_measures_and_data_is_not(text, value, measure):
    assert measure in fact(text, value).measure


def test_a_company_announcing_owns_what_it_buys_with():
    text = "而出手最为阔绰的是华安基金，华安基金今日发布公告称，旗下6只基金共计投资云南城投非公开发行股票2900万股。"
    assert fact(text, 29000000).subject == "华安基金"


def test_each_kind_of_fund_owns_its_own_position():
    text = ("根据长城证券测算，上周偏股型基金(剔除年内新发基金)加权平均仓位已经达到76.94%，比前周上涨5.26%，"
            "股票型(非指数)基金加权平均仓位79.45%，比前周上升6.13%；股票型指数基金加权平均仓位93.38%，比前周上升0.90%；"
            "混合型基金加权平均仓位70.51%。")
    doc = extractor.extract(text, published=REF)
    owners = {f.value: f.subject for f in doc.facts}
    assert (owners[76.94], owners[79.45], owners[93.38], owners[70.51]) == \
        ("偏股型基金", "股票型(非指数)基金", "股票型指数基金", "混合型基金")


def test_a_month_named_again_without_its_year_is_the_same_month():
    doc = extractor.extract("QFII基金在去年12月份继续维持了11月份的高仓位。统计显示，12月份QFII全面加仓。"
                            "去年2月份市场下跌，2月份的成交额萎缩。", published=date(2009, 4, 30))
    months = [(t.text, t.start, t.end) for t in doc.times if t.text in ("12月份", "2月份")]
    assert months == [("12月份", date(2008, 12, 1), date(2008, 12, 31)), ("2月份", date(2008, 2, 1), date(2008, 2, 29))]


@pytest.mark.parametrize("text,value,measure", [
    # a product review's specifications, written before or after their figure
    ("富士J35搭载1/2.33英寸CCD，支持3倍光学变焦，等效焦距32-96mm，重量只有约113g。", 32, "等效焦距"),
    ("富士J35搭载1/2.33英寸CCD，支持3倍光学变焦，等效焦距32-96mm，重量只有约113g。", 113, "重量"),
    ("富士J35搭载1/2.33英寸CCD，支持3倍光学变焦，等效焦距32-96mm，重量只有约113g。", 3, "光学变焦"),
    ("索尼A550拥有92万像素的三英寸液晶屏。", 3, "液晶屏"),
    ("该机采用了3.5英寸显示屏，分辨率为480×320像素。", 320, "分辨率"),
])
def test_measures_of_a_products_specifications(text, value, measure):
    assert fact(text, value).measure == measure


def test_a_measure_word_qualifying_a_noun_is_not_the_measure_after_the_figure():
    assert fact("在近3个月70只分红的基金中，债券型基金有46只。", 70).measure != "分红"


@pytest.mark.parametrize("text,value,kind,direction", [
    ("开盘交易的32只封闭式基金中，14只上涨，18只下跌。", 14, "level", None),         # how many rose
    ("但连续第二周跑输大盘，两市接近六成封闭式基金下跌。", 60, "level", None),         # a share of a group
    ("沪基指上涨24.73点或0.75%；深基指下跌3.23点或0.10%。", 0.75, "change", "up"),  # one move written twice
    ("沪基指上涨24.73点或0.75%；深基指下跌3.23点或0.10%。", 0.10, "change", "down"),
    ("二手住房销售价格同比上涨的城市有69个，主要城市包括：海口29.5%、杭州14.1%和厦门13.2%。", 13.2, "change", "up"),
])
def test_level_or_change_of_counts_shares_and_restated_moves(text, value, kind, direction):
    f = fact(text, value)
    assert (f.kind, f.direction) == (kind, direction)


def test_the_comparison_base_of_a_head_count_keeps_its_measure():
    f = fact("本季度活跃学生数为19.55万人，较去年同期的15.23万人增长28.4%。", 152300)
    assert f.measure == "活跃学生数"


def test_index_points_belong_to_the_market_not_to_a_person_named_before():
    f = fact("其实上周发出抛出指令时，王建新心里还是挺笃定的，市场走到2200点以上，该是降低仓位的时候了。", 2200)
    assert f.subject == "市场"


def test_a_share_of_a_whole_is_not_its_owner():
    f = fact("2019年7月19日，徐海明累计减持大洋电机6,289,500股，占上市公司总股本的比例为0.27%。", 0.27)
    assert f.subject == "徐海明"


def test_a_change_word_inside_a_funds_name_makes_no_change():
    f = fact("光大保德信基金公司公布了光大保德信红利股票型证券投资基金、光大保德信新增长股票型证券投资基金等6只基金一季度报告。", 6)
    assert f.kind == "level"


@pytest.mark.parametrize("text,value,subject", [
    ("万科认为行业将洗牌。截至10月底，超400家房企宣告破产。", 400, "房企"),      # a counted group owns its count
    ("信诚基金认为市场将回暖。2月12日统计的225只股票型基金中，99只净值上扬，占比44%。", 225, "股票型基金"),
    ("信诚基金认为市场将回暖。2月12日统计的225只股票型基金中，99只净值上扬，占比44%。", 44, "股票型基金"),
    ("信诚基金表示，去年四季度，在有数据可查的126只固定收益产品中，有86只为净申购。", 126, "固定收益产品"),
])
def test_a_count_of_a_kind_of_fund_belongs_to_that_kind(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    # the group after a relative clause between the count and it
    ("海通证券数据显示，17只遭遇大额赎回的债基平均每只缩水4.1亿份。", 17, "债基"),
    ("海通证券数据显示，17只遭遇大额赎回的债基平均每只缩水4.1亿份。", 410000000, "债基"),
    # among a group: the group, whoever ranks in it or is the source
    ("华泰证券统计显示，在已公布季报的188只混合型基金中，货币基金净赎回最多。", 188, "混合型基金"),
    ("据统计，招商核心价值以31.2%的收益率在213只股票型基金中位居第一。", 213, "股票型基金"),
    # the group a later count takes its members from
    ("在今年成立的56只偏股基金中，机构投资者持有比例超过50%的有14只。", 14, "偏股基金"),
    ("排名前30的债券基金中，有7只暂停申购；有9只是由新任基金经理管理的基金。", 7, "债券基金"),
    ("排名前30的债券基金中，有7只暂停申购；有9只是由新任基金经理管理的基金。", 9, "债券基金"),
    # what has that many, before an adverb or the word for a number
    ("截至上周五，暂停大额申购的基金已经有6只之多。", 6, "基金"),
    ("今年以来主动减仓的基金数量有43只。", 43, "基金"),
    ("今年以来宣布分红的基金多达19只。", 19, "基金"),
])
def test_a_count_of_a_group_named_around_it(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    ("长城基金公司今日发布公告称，旗下4只封闭式基金将实施分红。", 4, "长城基金公司"),
    ("国泰基金公司旗下的7只股票型基金一季度全部取得正收益。", 7, "国泰基金"),
])
def test_funds_under_a_company_are_the_companys(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,not_subject", [
    ("本月已有8只新基金宣告成立，其中6只为股票或混合基金，合计募资120.5亿元。", 6, "为股票或混合基金"),
    ("保利地产的总股本也只有12.5亿股。", 1250000000, "总股本"),   # a company's stock, not the stock's
    ("在今年成立的56只偏股基金中，债券型基金有11只。", 11, "偏股基金"),  # the clause names its own group
])
def test_not_a_group_counted(text, value, not_subject):
    assert fact(text, value).subject != not_subject


def test_a_few_counted_are_the_ones_just_named():
    text = "万科和保利发布了业绩。两家公司合计销售额8000亿元，两家公司共有3万名员工。"
    assert fact(text, 30000).subject != "公司"


def test_a_quote_ticker_belongs_to_the_company_right_before_it():
    text = "原标题：圆通速递(11.840,-0.20,-1.66%)拟回购股份 来源：东方财富(14.020,-0.12,-0.85%)\n圆通速递公告称，拟回购17.94万股。"
    assert fact(text, 11.84).subject == "圆通速递"
    assert fact(text, 14.02).subject == "东方财富"
    assert fact(text, -0.85).subject == "东方财富"


def test_a_company_quoted_is_still_the_reports_topic():
    text = "Fastly(FSLY.US)表示，其最大客户正在减少支出。财报显示，三季度营收7063.8万美元。Fastly股价下跌。"
    assert fact(text, 70638000).subject == "Fastly"


@pytest.mark.parametrize("text,value,subject", [
    ("广州某检验集团股份有限公司控股股东、实际控制人梁耀铭先生直接持有公司股份71,068,209股。", 71068209, "梁耀铭"),
    ("万科董事长郁亮称公司今年销售额将达6000亿元。", 6e11, "万科"),        # the person speaks of the company
])
def test_a_person_named_after_a_company_and_its_roles_acts(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,year", [
    ("其中，长信基金2007年和2008年净利润分别为7500万元和9655.29万元。", 75000000, 2007),   # the k-th time listed
    ("其中，长信基金2007年和2008年净利润分别为7500万元和9655.29万元。", 96552900, 2008),
    ("益民基金2007年、2008年净利润分别为2545.74万元、3443.88万元。", 25457400, 2007),
    ("广发基金2007年净利润为6.02亿元，2008年净利润基本与2007年持平，为5.96亿元。", 596000000, 2008),  # 与X持平: a base
])
def test_periods_listed_respectively_and_compared_with(text, value, year):
    f = fact(text, value, published=date(2009, 3, 20))
    assert f.period is not None and f.period.start == date(year, 1, 1)


@pytest.mark.parametrize("value", [63, 64])
def test_figures_of_two_measures_over_a_range_of_years_cover_the_range(value):
    text = "公司2016至2018年的收入及经调整纯利的年复合增长率分别为63%及64%。"
    f = fact(text, value)
    assert f.period is not None and (f.period.start, f.period.end) == (date(2016, 1, 1), date(2018, 12, 31))


def test_a_small_full_stop_is_a_decimal_point():
    text = "网商银行拟集资６０亿元人民币（８﹒７１亿美元），资本充足率为１２﹒１％。"
    doc = extractor.extract(text)
    assert [(f.value, f.unit) for f in doc.facts] == [(6e9, "CNY"), (8.71e8, "USD"), (12.1, "%")]
    assert all(text[f.span.start:f.span.end] == f.span.text for f in doc.facts)


@pytest.mark.parametrize("text", ["据报阿里巴巴旗下网商银行拟首度集资60亿元人民币。",
                                  "外电引述消息透露，阿里巴巴关系企业网商银行拟集资60亿元人民币。"])
def test_the_company_named_after_qixia_is_the_one_acting(text):
    assert fact(text, 6e9).subject == "网商银行"


@pytest.mark.parametrize("text,value,year", [
    ("截至2018年底，网商银行的资本充足率为12.1%，前一年为13.51%。", 13.51, 2017),
    ("2018年营收10亿元，上一年为8亿元。", 8e8, 2017),
])
def test_the_year_before_is_counted_from_the_year_named(text, value, year):
    f = fact(text, value)   # (REF is 2021: the year before it would be 2020)
    assert f.period is not None and f.period.start == date(year, 1, 1)


@pytest.mark.parametrize("text,value,kind,direction", [
    ("一季度GDP为6.1%。", 6.1, "change", "up"),                       # a growth rate, written as a level
    ("1月份工业增加值是3.8%，2月份是8%。", 8, "change", "up"),
    ("CPI为-1.2%。", -1.2, "change", "down"),
    ("GDP占全球的15%。", 15, "level", None),                           # a share is a level
    ("股票基金平均净值增长率为-3.17%。", -3.17, "change", "down"),        # a growth rate by name
    ("沪深300指数跌幅为2%。", 2, "change", "down"),                      # a fall by name, whatever the sign
])
def test_a_percent_of_a_growth_measure_is_a_change(text, value, kind, direction):
    f = fact(text, value)
    assert (f.kind, f.direction) == (kind, direction)


def test_the_items_of_a_slash_list_take_the_years_of_the_range_in_order():
    text = "我们下调盈利预测，预计公司2020-2022年净利润为34.7/44.7/55.9亿元，同比增长39%/29%/25%；EPS为0.7/0.9/1.2元。"
    for value, year in [(3.47e9, 2020), (5.59e9, 2022), (29, 2021), (0.7, 2020), (1.2, 2022)]:
        f = fact(text, value)
        assert (f.period.start, f.period.end) == (date(year, 1, 1), date(year, 12, 31)), value
    assert fact(text, 29).kind == "change" and fact(text, 1.2).measure == "EPS"


def test_figures_after_fenbie_take_the_years_of_a_range_named_before_in_the_sentence():
    text = "据财报显示，截止2017年-2019年，公司的营业收入分别为3,110.22亿元人民币、4,661.96亿元、4,775.61亿元。"
    assert [fact(text, v, published=date(2020, 5, 18)).period.start.year for v in (3.1102200e11, 4.66196e11, 4.77561e11)] \
        == [2017, 2018, 2019]


@pytest.mark.parametrize("text,value,subject", [
    ("世茂股份的大股东上海世茂投资管理有限公司累计增持5%。", 5, "上海世茂投资管理有限公司"),  # named after its role
    ("萃华珠宝(002731.SZ)控股股东解除质押2567万股。", 25670000, "控股股东"),      # or else the role
    ("上月，蓝帆医疗第二大股东中信证券拟减持不超过5.5%股份。", 5.5, "中信证券"),  # a shareholder by rank
    ("中国烯谷集团(00063-HK)要约人中翰国际持股74.94%。", 74.94, "中翰国际"),          # the offeror
    ("蓝帆医疗第二大股东中信证券宣布拟减持不超过5.5%股份。", 5.5, "中信证券"),        # announcing what it does
])
def test_a_shareholder_by_role_after_its_company_acts(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_year_with_an_as_of_day_in_its_sentence_is_the_year_so_far():
    f = fact("截至到10月31日，2019年宣告破产的房地产相关企业数量已经超过400家。", 400, published=date(2019, 11, 20))
    assert (f.period.start, f.period.end) == (date(2019, 1, 1), date(2019, 10, 31))


def test_a_figure_looked_ahead_to_is_a_forecast():
    assert fact("分析师表示，展望2021年，营收增速为15%。", 15).status == "forecast"


@pytest.mark.parametrize("text,value,subject", [
    ("仓位测算显示，测算期间沪深300指数上涨6.73%，有一定的被动增仓效应。", 6.73, "沪深300指数"),   # the index that moved
    ("债市方面，上证国债指数上周累计涨0.09%。", 0.09, "上证国债指数"),   # when and how it moved between
    ("今年以来，股票基金平均净值增长率25.88%，指数型基金平均收益率34.51%。", 34.51, "指数型基金"),  # one tagged word
])
def test_the_index_that_moved_and_a_kind_of_fund_glued_to_its_measure(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    ("杭州某中介的调查显示，约46%的买房者把学区列入决定因素。", 46, "买房者"),            # the group a share is of
    # 受/v 访者/n: the tagger's words joined; the shares after it in the sentence are the same group's
    ("某报联合多家媒体调查显示，63.2%的受访者认为房价过高；21.5%对此持观望态度。", 63.2, "受访者"),
    ("某报联合多家媒体调查显示，63.2%的受访者认为房价过高；21.5%对此持观望态度。", 21.5, "受访者"),
    ("中国汽车网调查显示，41.3%受访者表示近两年不会买车。", 41.3, "受访者"),     # a group of people, without 的
    ("德圣基金研究中心发布调查。调查显示，九成投研高管看好后市。", 90, "投研高管"),
    ("某研究机构的问卷调查显示，38.5%的被调查者认为今年楼市将回暖。", 38.5, "被调查者"),   # 被/p 调查者/n
    ("据了解，目前只有工商银行[5.21 -0.30%]、建设银行[6.02 0.15%]开办此项业务。", 0.15, "建设银行"),  # a quote in []
    ("其他类型基金平均仓位均有上升：转债混合基金平均仓位42.85%，相比前周上升2.8%。", 42.85, "转债混合基金"),
    # the group counted, where the tagger's noun runs on (偏股基金|长期/n)
    ("兴业全球基金今日公告。一季报显示，12只偏股基金长期暂停申购。", 12, "偏股基金"),
    ("华夏基金今日公告。据统计，3月25日统计的229只股票型基金全线下挫。", 229, "股票型基金"),
    ("基金普丰今日公告。十只封基折价率超过30%。", 10, "封基"),          # a count in words, ten or more
    ("华安基金今日公告。据统计，今年以来12只ETF合计募集超过100亿元。", 12, "ETF"),
    ("依米康今日公告。资本逐鹿免税店：十多家上市公司扎堆入局。", 10, "上市公司"),
])
def test_groups_and_kinds_that_own_a_figure(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,not_subject", [
    ("9月2日晚间，凯撒文化发布公告称，持股7.5%的公司股东拟减持。", 7.5, "公司"),        # 公司|股东: part of a longer noun
    ("公告称，占发行规模10%的面向散户发行部分认购不足。", 10, "面向散户"),             # what is done, not a group
    ("两年牛熊轮回 基金赚38.20%证券时报记者 王明", 38.2, "证券时报记者"),             # a byline after a headline
    ("华安宝利的季报显示，其仓位从一季度的65.12%加至二季度的72.30%。", 65.12, "季度"),  # 一/TIME 季度/n: a time
])
def test_no_group_where_none_is_written(text, value, not_subject):
    assert fact(text, value).subject != not_subject


def test_a_linking_verb_opens_no_kind_of_fund():
    assert fact("易方达价值成长作为混合基金，今年以来收益率为17.50%。", 17.5).subject != "作为混合基金"


def test_the_start_of_the_year_owns_nothing():
    text = "智乐园半年报显示，截止2020年6月30日，报告期末公司总资产为25,372,158.57元，较本年期初增长1.01%。"
    assert fact(text, 1.01).subject != "期初"


@pytest.mark.parametrize("text,value,subject", [
    ("记者见到了54岁的村民陈妹，她家的田地被征用。", 54, "陈妹"),
    ("新闻集团总裁梅铎的38岁长子拉克兰投得大宅。", 38, "拉克兰"),
    ("又有股神？53岁农村大妈狂骗十几人。", 53, "农村大妈"),
    ("在香港上市的公司越来越多。20岁的阿里巴巴回家了。", 20, "阿里巴巴"),  # a company's age
])
def test_an_age_belongs_to_the_one_described_after_it(text, value, subject):
    f = fact(text, value)
    assert (f.subject, f.measure) == (subject, "年龄")


def test_the_figures_at_the_start_and_end_of_a_range_of_years():
    text = "据研究显示，从2001年～2007年，基金的资产净值不断飙升，从818亿元猛增到3.3万亿元。"
    assert [fact(text, v, published=date(2009, 3, 1)).period.start.year for v in (8.18e10, 3.3e12)] == [2001, 2007]


@pytest.mark.parametrize("text,value,subject", [
    ("光明科技(01234-HK)被某国际投行大幅下调目标价，由3.2元调整至1.1元。", 1.1, "光明科技"),  # 被|the agent owns nothing
    ("大华证券：上调长江电力(00900)目标价至9.5港元。", 9.5, "长江电力"),               # the name the price is set for
    ("基金同益和基金久嘉涨幅较大，分别上涨1.5%和1.4%，基金天元涨幅最小，上涨0.1%。", 0.1, "基金天元"),
])
def test_whose_figure_a_rating_or_a_ranked_clause_names(text, value, subject):
    assert fact(text, value).subject == subject


def test_today_in_a_digest_is_the_day_of_its_own_dateline():
    text = ("格隆汇8月2日丨某公司公布回购进展。\n8月1日消息，某科技开盘暴跌。截至发稿，某科技跌9.1%。"
            "今日人均亏损2.1万元。")
    doc = extractor.extract(text, published=date(2019, 8, 2))
    for value in (9.1, 21000):
        f = next(f for f in doc.facts if abs(f.value - value) < 1e-6 * value)
        assert f.period is not None and (f.period.start, f.period.end) == (date(2019, 8, 1), date(2019, 8, 1))


@pytest.mark.parametrize("text,value,measure", [
    ("权益变动后，某投资公司直接持有公司669.6万股。", 6696000, "持有"),        # the holding, not 公司
    ("2019年8月29日，公司按每股5.05港元，耗资5.05万港元回购1万股。", 5.05, "每股"),  # a price per share
    ("某公司以招股价每股2.5港元发行新股。", 2.5, "招股价"),                      # (每股 only where nothing else is named)
    ("某公司回购45.4万股，每股回购价0.15港元，涉资6.99万元。", 69900, "涉资"),
    ("沪基指开盘报3148.42点，收于3123.41点。", 3148.42, "开盘价"),
    ("至昨日收盘，沪市基指报3110点。", 3110, "点位"),                          # an index's level, no share price
    ("某控股期内实现收入约3042.4万元，股东应占亏损889.5万元。", 8895000, "股东应占亏损"),  # no shareholders' figure
])
def test_measure_named_by_the_words_before_the_figure(text, value, measure):
    assert fact(text, value).measure == measure


def test_the_level_a_move_ends_on_is_at_the_ranges_last_day():
    text = "从2009年第一个交易日到4月9日，某公司股价从5.11元涨至5.46元，涨幅为6.8%。"
    doc = extractor.extract(text, published=date(2009, 4, 10))
    by_value = {f.value: f.period for f in doc.facts}
    assert (by_value[5.46].start, by_value[5.46].end) == (date(2009, 4, 9), date(2009, 4, 9))
    assert by_value[6.8].end == date(2009, 4, 9) and by_value[6.8].start < date(2009, 4, 9)


@pytest.mark.parametrize("text", [
    "上述股东在2017年11月3日至2019年7月1日期间持有该公司股权的比例由19.32%降至13.79%。",
    "2017年11月3日至2019年7月1日期间，因公司转增股本等原因，张明持股的比例由19.32%稀释至13.79%。",
])
def test_the_level_a_move_starts_from_is_at_the_ranges_first_day(text):
    doc = extractor.extract(text, published=date(2019, 7, 25))
    by_value = {f.value: f.period for f in doc.facts}
    assert (by_value[19.32].start, by_value[19.32].end) == (date(2017, 11, 3), date(2017, 11, 3))
    assert (by_value[13.79].start, by_value[13.79].end) == (date(2019, 7, 1), date(2019, 7, 1))


@pytest.mark.parametrize("text,value,subject", [
    ("某股份发布公告。实控人几乎100%质押，却号召员工增持。", 100, "实控人"),  # the role opening the clause
    ("与此同时，“4元”基金共计有5只，“3元”基金共计有32只。", 32, "基金"),      # what there are that many of
])
def test_who_a_clause_without_a_name_is_about(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_share_of_a_measure_attributable_to_shareholders_is_no_shareholders():
    text = "某科技第二季度收入增长48.4%。股东应占净亏损为人民币3.31亿元。"
    assert fact(text, 331000000).subject != "股东"


@pytest.mark.parametrize("text,value,start,end", [
    ("指数基金2009年以来表现领先，截至4月17日平均收益达43.36%。", 43.36, date(2009, 1, 1), date(2009, 4, 17)),
    ("截至一季度末，某公司股价今年来涨幅已高达70%。", 70, date(2009, 1, 1), date(2009, 3, 31)),  # 今年来: 今年以来
])
def test_a_since_range_closed_by_the_as_of_day_of_its_sentence(text, value, start, end):
    f = fact(text, value, published=date(2009, 4, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (start, end)


@pytest.mark.parametrize("text,value,period", [
    ("值得注意的是，3月份成立的5只私募产品都是信托产品。", 5, (date(2009, 3, 1), date(2009, 3, 31))),  # counted in March
    ("2008年4月30日成立的某社会责任基金规模为20亿元。", 2000000000, None),    # the day a named fund was founded
    ("去年10月份后成立的18只基金表现较好。", 18, None),                        # a bound is what they are
])
def test_when_a_founding_time_is_the_period(text, value, period):
    f = fact(text, value, published=date(2009, 4, 20))
    assert (None if f.period is None else (f.period.start, f.period.end)) == period


def test_what_there_is_that_moves_owns_its_move():
    text = "LOF基金方面，广发小盘下跌2.02%，其他靠前的有嘉实300跌1.77%。"
    assert fact(text, 1.77).subject == "嘉实300"


def test_a_source_quoted_with_its_ticker_owns_none_of_the_figures():
    text = ("金字火腿股价连续涨停。东方财富(14.960,0.00,0.00%)Choice数据显示，自10月11日至22日，金字火腿股价区间涨幅达37.96%。"
            "总市值从10月10日收盘的49.99亿元增加至22日收盘的68.97亿元。")
    assert fact(text, 4999000000).subject != "东方财富"


@pytest.mark.parametrize("value,measure", [(2000e8, "收入"), (1600e8, "支出"), (6000e8, "结余")])
def test_the_noun_right_before_a_figure_names_it(value, measure):
    text = "2008年社保基金收入2000亿元，支出1600亿元，累计结余6000亿元。"
    assert fact(text, value).measure == measure


def test_a_figure_with_no_noun_of_its_own_keeps_the_measure_before():
    text = "公司总净营收62.86亿元，去年同期46.17亿元，约合6.5亿美元。"
    assert fact(text, 46.17e8).measure == fact(text, 6.5e8).measure == "总净营收"


@pytest.mark.parametrize("text,value,subject", [
    # an analyst's target price belongs to the company it rates, named with its code
    ("第一上海证券：给予腾讯控股(00700.HK)“增持”评级 目标价660.00港元", 660, "腾讯"),
    # a shareholder named after its company's code acts
    ("南都电源(300068.SZ)股东上海南都集团有限公司提前解除质押811万股", 8110000, "上海南都集团有限公司"),
    # what a holder holds (持有的Y股权) is the holder's figure
    ("利欧股份持有的北京车和家信息技术有限公司股权价值上升至10.67亿元。", 1067000000, "利欧股份"),
])
def test_who_acts_around_codes_roles_and_holdings(text, value, subject):
    got = fact(text, value).subject
    assert got is not None and subject in got, got


def test_a_second_respective_list_pairs_with_the_names_before_the_first():
    text = "基金安顺、基金景宏、基金同益这三只基金跌幅较大，分别下跌2.09%、1.22%、1.17%，分别报收于1.076元、1.129元、0.842元。"
    assert [fact(text, v).subject for v in (1.076, 1.129, 0.842)] == ["基金安顺", "基金景宏", "基金同益"]


def test_data_shows_does_not_make_data_the_measure():
    text = "但是数据显示，148只符合入榜条件的阳光私募信托产品，近三个月的平均回报只有16.89%。"
    assert fact(text, 148).measure != "数" and fact(text, 16.89).measure == "回报"


def test_the_agent_of_a_passive_and_the_analyst_own_none_of_a_rated_company_s_figures():
    text = ("遭大摩下调目标价并予“减持”评级 中国粮油跌3.6%创三年新低\n"
            "大摩发布研报，将中国粮油(00606)目标价由2.3港元降至2港元，给予“减持”评级。截至发稿，跌3.64%，报2.12港元。")
    assert [fact(text, v).subject for v in (3.6, 3.64, 2.12)] == ["中国粮油"] * 3


def test_the_day_of_a_deal_dates_the_sentences_that_go_on_with_it():
    text = "智通财经APP讯，映客(03700)发布公告，于2020年6月15日购回81万股。每股价格0.98-1港元。付出总额80.14万港元。"
    for value in (810000, 801400):
        period = fact(text, value).period
        assert period is not None and (period.start, period.end) == (date(2020, 6, 15), date(2020, 6, 15))


def test_a_state_as_of_its_own_day_is_not_dated_by_the_deal_before():
    text = "公司股东于2020年7月9日再质押540万股。截至本公告日，公司控股股东累计质押股数为3754万股。"
    period = fact(text, 37540000).period
    assert period is not None and period.end == REF  # the day of the announcement, not of the deal


def test_a_fund_its_headline_names_and_the_text_calls_this_fund_owns_its_terms():
    text = ("华夏红利混合基金获批发行\n本报讯 华夏基金公司昨天宣布，旗下华夏红利混合基金已获批。据介绍，该基金主要投资于"
            "高分红的上市公司。股票资产投资比例占基金资产的60%-95%。华夏基金表示将于近期发售。")
    assert fact(text, 60).subject == "华夏红利混合基金"


@pytest.mark.parametrize("text,value,subject", [
    ("宝钢股份今日发布公告，公司将投资建设数据中心。\n据不完全统计，今年以来，15家钢企转行建设数据中心。", 15, "钢企"),
    ("宝钢股份今日发布公告，公司将投资建设数据中心。\n一天之内，30只个股同时涨停。", 30, "个股"),
])
def test_a_count_of_companies_with_no_owner_named_is_of_its_group_not_of_the_topic(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_head_count_of_people_stays_with_whom_they_work_for():
    text = "宝钢股份今日发布公告，公司将投资建设数据中心。\n一天之内，30名员工同时离职。"
    assert fact(text, 30).subject == "宝钢股份"


@pytest.mark.parametrize("text,value,subject", [
    # a headline before the text's topic is named: the noun heading the figure's clause, not the topic
    ("三招应对二套房首付比20%\n上周日，国务院办公厅发布通知，工商银行随后表示将执行新规。工商银行的房贷业务占比最高。",
     20, "二套房"),
    ("股基增仓超3%\n德圣基金研究中心昨日发布报告。德圣基金研究中心认为，基金仓位仍将上升。", 3, "股基"),
])
def test_a_figure_before_the_topic_is_named_is_its_clause_s_head_noun(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_clause_naming_who_acts_overrules_the_topic_also_after_the_topic_is_named():
    # the topic is only the rules' default here; the learned ranking (patterns/facts/subject_weights.tsv) prefers
    # the noun heading the figure's clause
    text = "德圣基金研究中心昨日发布报告。德圣基金研究中心认为，基金仓位仍将上升。\n股基增仓超3%。"
    assert fact(text, 3).subject == "股基"


@pytest.mark.parametrize("text,value,subject", [
    # a clause naming who acts (…基金, …行业) owns its figure rather than the text's topic
    ("海富通基金今日发布公告。\n而表现最好的QDII基金今年以来也下跌了3.26%。", 3.26, "QDII基金"),
    # before the topic is met, with no noun heading the clause: the owner named after the figure
    ("仅售2999元，配有3.5英寸显示屏的苹果iPod touch3昨日上市。\n国美电器发布公告，国美电器将独家销售该产品。国美电器门店已开始预售。",
     2999, "苹果iPod touch3"),
])
def test_owners_a_clause_names_beside_its_figure_before_the_topic(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_shareholder_word_is_no_owner_of_the_company_s_profit():
    text = "豫金刚石发布公告。\n一季度报告显示，一季度归属于母公司所有者的净利润亏损5283.59万元。"
    assert fact(text, 52835900).subject != "母公司所有者"


def test_a_term_a_survey_keeps_quoting_owns_the_figures_no_one_else_does():
    survey = ("“80后”生存状态大调查。“80后”是中国最受关注的一代。调查显示，“80后”的幸福感普遍不强。"
              "只有12.2%的人打算在现在的单位干到退休。“80后”面临的压力很大，“80后”中的有车一族不多。")
    assert fact(survey, 12.2).subject == "80后"  # not 中国, named once in passing
    report = "万科发布公告。万科表示，“小非”减持压力仍在，“小非”持股比例降至5.2%。“小非”、“小非”、“小非”。仅有12.2%的股份。"
    assert fact(report, 12.2).subject == "万科"  # a report on a company stays about it


@pytest.mark.parametrize("text,value,subject", [
    # 累计质押|公司股份: the company's shares pledged, not a kind of company named by what it does
    ("截至公告日，袁永峰先生共持有公司股份24,481.00万股，累计质押公司股份数量为22,994.49万股。", 229944900, "袁永峰"),
    # a plan opening a clause is no owner: the shareholder named before it is
    ("神思电子公告，神思科技投资为公司控股股东，计划可减持之日起六个月内减持本公司股份不超过677万股。", 6770000, "神思科技投资"),
])
def test_a_verb_or_an_abstract_noun_opening_a_clause_is_no_owner(text, value, subject):
    assert fact(text, value).subject == subject



@pytest.mark.parametrize("text,value,subject", [
    # 公司 doing something owns what it does, whoever its object names
    ("科大智能公告。公司此次回购注销原激励对象周晓曼、吴裕斌等91人已获授但尚未解锁的限制性股票共计93.66万股。",
     936600, "科大智能"),
    ("多氟多公告。本次交易完成后，公司将持有洛阳蓝宝70%股权。", 70, "多氟多"),
    ("天泽信息公告，南京市中级人民法院已受理此案。公司已于2020年9月11日向民生银行南京分行全额归还逾期并购贷款本金9586.1196万元。",
     95861196, "天泽信息"),
    # unless a shareholder named after it acts, or it was told of another's act
    ("萃华珠宝公告称，公司于近日接到公司控股股东深圳翠艺将其持有的公司2567万股股份解除质押的通知。", 25670000, "深圳翠艺"),
    ("信义能源公告。此外，公司创始股东之一的董清波亦于期间增持公司股票，合共买入1018.8万股。", 10188000, "董清波"),
])
def test_the_company_reported_on_acting(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    # the group a listed count counts, not the name listed first
    ("本月以来，先后有农银平衡双利、泰达荷银品质生活、交银施罗德先锋等6只新基金结束募集宣告成立。", 6, "新基金"),
    ("天相投顾的统计显示，今年以来已有诺安成长、工银300、国泰双利等14只基金成立。", 14, "基金"),
    # unless an actor named before the list did something to them
    ("除现金宝外，华宝兴业还新增了华宝兴业多策略增长等5只基金产品在农行上柜销售。", 5, "华宝兴业基金"),
    # or the group only qualifies what is counted
    ("记者近日从广发基金了解到，该公司近期成功中标唐山钢铁等两家公司企业年金业务。", 2, "广发基金"),
])
def test_a_count_after_a_list_counts_its_group(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_dateline_dates_the_figures_of_its_paragraph():
    text = ("新鸿基公司公布，于2020年8月28日，该公司回购4万股股份。微信支付的信用产品预计将于2019年第四季度上线。\n"
            "2019-09-16 15:32:16\n"
            "新浪财经讯 9月16日消息，受沙特阿美遇袭事件影响，油价双双飙升。布伦特原油开盘后大涨19%，创下1991年以来最大日内涨幅。\n"
            "分析人士认为油价还将上涨。美国原油期货上涨15%。")
    doc = extractor.extract(text)
    rise = next(f for f in doc.facts if f.value == 19)
    assert (rise.period.text, rise.period.start, rise.period.end) == ("9月16日", date(2019, 9, 16), date(2019, 9, 16))
    later = next(f for f in doc.facts if f.value == 15)  # (a new paragraph: the dateline does not reach it)
    assert later.period is None or later.period.text != "9月16日"


@pytest.mark.parametrize("text,value,subject", [
    ("如科力远就因为含有新能源概念，今年以来涨幅高达135.52%，远远超过同期上证综指34.24%。", 34.24, "上证综指"),
    ("180ETF上午涨幅已经超过4%，大幅超越其跟踪指数，其跟踪指数———上证180指数的全天涨幅为2.39%。", 2.39, "上证180指数"),
    ("【每日收评】集微指数跌1.44%，太极实业子公司涨停。", 1.44, "集微指数"),
])
def test_an_index_named_right_before_its_figure_owns_it(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    # a group written right before the measure owns the figure
    ("渤海证券监测数据显示，上周140只股票型基金的平均仓位为80.15%，比前周上升。", 80.15, "股票型基金"),
    ("金融地产板块领涨。股票型开放式基金的平均股票仓位(1季度末)已经达到了79%。", 79, "股票型开放式基金"),
    ("宝盈基金成立。3月份新成立的偏股型基金募集额达到120.51亿元以上。", 12051000000, "偏股型基金"),
    ("海富通基金认为，随着大盘的上涨，本轮反弹中不少个股的涨幅超过50%。", 50, "不少个股"),
    ("易方达基金认为，预计今年医药行业销售收入仍有望增长20%左右。", 20, "医药行业"),
    # not the whole a share is of, nor a fund pointed back at
    ("德圣基金研究中心表示，债券型基金占分红基金总数的70.59%。", 70.59, "债券型基金"),
])
def test_a_group_written_before_the_measure_owns_the_figure(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_fund_pointed_back_at_is_not_a_group():
    text = "东方龙是一只老基金。今年一季度末，这只成立于2004年11月的基金仓位只有42.94%。"
    assert fact(text, 42.94).subject == "东方龙"


@pytest.mark.parametrize("text,value,start,end", [
    ("今年已有24只债基分红，占分红基金总数7成。", 24, date(2009, 1, 1), date(2009, 3, 24)),  # so far this year
    ("直至今年年中，公司本部累计对外逾期担保金额仍高达3.24亿元。", 324000000, date(2009, 6, 1), date(2009, 6, 30)),
])
def test_this_year_so_far_and_the_middle_of_the_year(text, value, start, end):
    period = fact(text, value, published=date(2009, 3, 24)).period
    assert (period.start, period.end) == (start, end)


def test_a_share_written_after_its_base_period_is_that_period_s():
    text = "伯克希尔目前仅持有富国银行1.38亿股，占3.3%的股份，较二季度的5.96%大幅下挫，较2019年底的8.4%持仓更是腰斩。"
    doc = extractor.extract(text, published=date(2020, 11, 16))
    before = {f.value: f.period for f in doc.facts}
    assert (before[5.96].start, before[5.96].end) == (date(2020, 4, 1), date(2020, 6, 30))
    assert before[8.4].end == date(2019, 12, 31)
    assert before[3.3] is None or before[3.3].text not in ("二季度", "2019年底")  # (the current share is not the base's)


@pytest.mark.parametrize("text,value,subject", [
    # places listed after a preposition of place are where things are, not whose they are
    ("联想集团进入欧洲多年，在德国、法国和西班牙共拥有900多名员工。", 900, "联想集团"),
    ("Maison Lune成立于1980年，目前在意大利和比利时的12个城市开了35家门店。", 35, "Maison Lune"),
    ("绿洲地产的项目分布于成都、西安、武汉15个城市。", 15, "绿洲地产"),
])
def test_places_listed_after_a_preposition_own_nothing(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_pair_after_a_list_used_by_its_own_respectively_owns_the_next_figures():
    text = ("基金泰和、基金同益和基金久嘉涨幅居前，分别上涨2.1%、1.8%和1.2%；另有5只基金平盘；"
            "基金裕阳和基金景福收盘走低，跌幅分别为0.25%和0.41%。")
    assert fact(text, 0.25).subject == "基金裕阳"
    assert fact(text, 0.41).subject == "基金景福"


def test_the_number_of_a_listed_item_does_not_hide_who_acts():
    text = ("华谊兄弟传媒股份有限公司发布和解公告，主要内容如下：\n"
            "3.公司向华信资本一次性支付律师费及诉讼费共计52.6万元；\n4.双方不再追究其他责任。")
    assert fact(text, 526000).subject == "华谊兄弟传媒股份有限公司"


@pytest.mark.parametrize("text,value,subject", [
    # a business line or a kind of fund named by what it does (a verb, then nouns ending in a segment's head)
    ("网易公布了季度财报。其中，搜索广告业务收入3.1亿元，同比增长12%。", 310000000, "搜索广告业务"),
    ("上周股票型基金平均仓位为85.2%；配置混合型基金平均仓位60.5%，较前周下降1.2个百分点。", 60.5, "配置混合型基金"),
])
def test_a_segment_named_by_what_it_does_owns_its_figures(text, value, subject):
    assert fact(text, value).subject == subject


def test_a_comparison_verb_does_not_open_a_segments_name():
    text = "上月指数基金的净值增长率为2.3%，高于股票型基金0.8%的涨幅。"
    assert not (fact(text, 0.8).subject or "").startswith("高于")


def test_the_previous_periods_end_after_a_comparison_is_the_base_not_the_period():
    text = "公司2019年年报显示，报告期内，公司销售费用相比较于上年年末增加了52万元。"
    period = fact(text, 520000).period
    assert (period.start, period.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_legal_form_cut_off_its_name_by_a_price_quote_owns_nothing():
    text = "远洋控股近日将质押给国信证券(12.300,0.15,1.23%)股份有限公司的2,000,000股公司股份解除质押。"
    assert fact(text, 2000000).subject == "远洋控股"    # the pledger's shares, not the pledgee's


def test_a_price_quote_after_a_name_does_not_split_its_clause():
    from extractor.text import split_clauses
    text = "金山软件(12.340,-0.05,-0.40%)控股股东解除质押2000万股，占其所持股份的8%。"
    assert split_clauses(text, 0, len(text)) == [(0, text.index("，")), (text.index("，") + 1, len(text) - 1)]


@pytest.mark.parametrize("text,value,subject", [
    # the shareholder by role, right after the company and its price quote, owns what it pledges
    ("金山软件(12.340,-0.05,-0.40%)控股股东解除质押2000万股", 20000000, "控股股东"),
    ("快讯|金山软件(12.340,-0.05,-0.40%)控股股东1.2亿股公司股份解除质押", 120000000, "控股股东"),
    # an exchange after 在 is where the company bought, not who
    ("远东控股(0.215,0.00,1.41%)公布，于2020年3月2日在香港交易所(270.2,-3.40,-1.24%)回购12.0万股，耗资2.58万港币。",
     120000, "远东控股"),
])
def test_who_acts_around_a_price_quote(text, value, subject):
    assert fact(text, value).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    # one of the controllers, named after the company and its short name, holds the shares
    ("金禾实业（以下简称“公司”）实际控制人之一杨乐先生持有公司股份12,345,678股，占公司总股本的6.51%。", 12345678, "杨乐"),
    # a holder's share of the company's stock is the holder's, not the company's
    ("金禾实业（以下简称“公司”）实际控制人之一杨乐先生持有公司股份12,345,678股，占公司总股本的6.51%。", 6.51, "杨乐"),
    ("万科发布公告称，深铁集团持有万科股份3,242,810,791股，占万科总股本的29.38%。", 29.38, "深铁集团"),
])
def test_a_holders_share_of_a_company(text, value, subject):
    assert fact(text, value).subject == subject


def test_there_are_shares_is_not_who_owns_them():
    text = "华兰股份发布公告称，2020年5月8日将有1.2亿股股份解除限售可上市流通。"
    assert fact(text, 120000000).subject != "股份"


def test_an_owner_described_then_named_after_a_copula():
    text = "富国天丰强化收益上涨0.2%，其余封闭式基金均下跌，跌幅最小的基金是上周表现较好的基金安信，本周仅下跌4.1%。"
    assert fact(text, 4.1).subject == "基金安信"


@pytest.mark.parametrize("text,value,subject", [
    ("锦江酒店发布年报。公司在上海及杭州分别有三家酒店。", 3, "锦江酒店"),   # what the company has
    ("银泰百货在全国已经有60多家门店。", 60, "银泰百货"),
])
def test_the_one_a_clause_opens_with_has_that_many(text, value, subject):
    assert fact(text, value).subject == subject


def test_what_has_that_many_after_a_description_of_who_named_it():
    text = "浙江省经信委近日公布的年度重点项目中新基建项目有48个。"
    assert fact(text, 48).subject != "浙江省经信委"


def test_an_officer_by_title_after_the_company_acts():
    text = "华锋股份(12.930,0.09,0.70%)董事违规减持套现逾500万元"
    assert fact(text, 5000000).subject == "董事"
    assert fact("华锋股份董事会审议通过了回购议案，回购金额不超过5000万元。", 50000000).subject != "董事"


@pytest.mark.parametrize("text,value,subject", [
    ("高盛首予中国太保(02601.HK)「买入」评级 目标价35元", 35, "中国太保"),
    ("瑞银上调腾讯(00700.HK)目标价至660港元", 660, "腾讯"),
])
def test_a_target_price_is_the_rated_companys(text, value, subject):
    assert fact(text, value).subject == subject


def test_last_years_figure_after_a_link_and_its_measure():
    text = ("公司发布2020年半年度报告。报告期内，公司实现净利润1.2亿元，去年同期则为净利润2128.68万元；"
            "扣除非经常性损益的净亏损9128.45万元，去年同期则为净利润2365.05万元。")
    for value in (21286800, 23650500):
        period = fact(text, value, published=date(2020, 8, 27)).period
        assert (period.start, period.end) == (date(2019, 1, 1), date(2019, 6, 30))
    assert fact(text, 91284500, published=date(2020, 8, 27)).period.start == date(2020, 1, 1)
    text = "2019年，财务费用较上年同期增加279,320.26元，主要原因为：上年同期有政府补助贴息收入296,100元，本期无此项补助。"
    assert fact(text, 296100, published=date(2020, 4, 30)).period.start == date(2018, 1, 1)


def test_a_birth_date_is_no_period():
    text = "华信投资违法减持 子公司罚50万。王立新，男，1983年10月出生，中国籍。华信基金持有综合制药100%股权。"
    for value in (500000, 100):
        period = fact(text, value, published=date(2019, 8, 16)).period
        assert period is None or period.start is None or period.start.year != 1983


@pytest.mark.parametrize("text,value,start", [
    ("公司2008年净利润下降了12.33%。然而，3只基金今年一季度大举买入该股。", 3, date(2009, 1, 1)),  # subject, time, verb
    ("公司2008年净利润下降了12.33%。公司5位高管于1月5日至1月8日期间增持了股份。", 5, date(2009, 1, 5)),
    ("公司2008年净利润下降了12.33%。截至4月20日，130只基金发布了2009年第一季度报告。", 130, date(2009, 4, 20)),
    ("公司2008年净利润下降了12.33%。公司注销143万股于1月5日回购的股份。", 1430000, date(2008, 1, 1)),  # not what it counts
])
def test_a_time_right_after_a_counted_subject_is_its_period(text, value, start):
    f = fact(text, value, published=date(2009, 4, 30))
    assert (f.period.start if f.period is not None else None) == start


@pytest.mark.parametrize("text,value,start,end", [
    # a change as of a day runs from the day it is compared with, or from the start of the year its sentence names
    ("截至4月16日，与2007年10月16日相比，金鹰中小盘下跌12.64%。", 12.64, date(2007, 10, 16), date(2009, 4, 16)),
    ("在2009年的排名中，截至4月16日，该基金净值上涨了44.76%。", 44.76, date(2009, 1, 1), date(2009, 4, 16)),
    # ... a change with neither, or a level, is as of the day
    ("截至4月16日，该基金净值上涨了44.76%。", 44.76, date(2009, 4, 16), date(2009, 4, 16)),
    ("在2009年的排名中，截至4月16日，该基金累计净值为7.059元。", 7.059, date(2009, 4, 16), date(2009, 4, 16)),
])
def test_a_change_as_of_a_day_runs_from_its_base_or_its_year(text, value, start, end):
    f = fact(text, value, published=date(2009, 4, 20))
    assert (f.period.start, f.period.end) == (start, end)


@pytest.mark.parametrize("text,value,start", [
    # a clause opening with 去年同期 tells of the period in force a year back, whatever it names before its figure
    ("公司2019年上半年净亏损1323万元，上年同期基本每股亏损0.08元。", 0.08, date(2018, 1, 1)),
    ("公司2019年第二季度经营利润为5.25亿元，而2018年同期的经营利润率为24.7%。", 24.7, date(2018, 4, 1)),
    ("近三月共有62只基金分红；而去年同期虽然只有48只基金分红，但金额更高。", 48, date(2007, 11, 26)),
    # ... but not a figure of the next clause's own
    ("公司2019年上半年营收10亿元，上年同期为8亿元；基本每股收益0.5元。", 0.5, date(2019, 1, 1)),
])
def test_a_clause_opening_with_the_same_period_last_year_tells_of_it(text, value, start):
    f = fact(text, value, published=date(2019, 8, 31) if "2019" in text else date(2009, 2, 26))
    assert f.period is not None and f.period.start == start


def test_the_term_of_a_pledge_is_not_the_period_of_the_holdings_told_after_it():
    text = ("控股股东于2019年9月3日将其持有的1000万股股份质押给中信证券，质押期限自2019年9月3日至2020年9月2日。"
            "本次质押后，控股股东累计质押3000万股。")
    f = fact(text, 30000000, published=date(2019, 9, 5))
    assert f.period is not None and f.period.end == date(2019, 9, 3)


def test_a_stock_quote_has_no_period_of_the_text():
    text = "2019年上半年，温氏股份(38.330,0.04,0.10%)实现了稳定盈利，每头猪盈利38元。"
    doc = extractor.extract(text, published=date(2019, 8, 31))
    periods = {f.value: f.period for f in doc.facts}
    assert periods[38.33] is None and periods[0.1] is None   # the page's quote, of no time the text names
    assert periods[38].start == date(2019, 1, 1)


def test_a_part_of_a_year_no_date_resolves_hides_the_years_named_before():
    # undated, 今年上半年 is a half-year of no known year: not the whole year named earlier
    text = "当时，彩生活在2017年时斥资20亿元收购了万象物业。这些收购让雅生活在今年上半年在管面积增长52.9%。"
    doc = extractor.extract(text)
    assert doc.reference_date is None
    assert [f.period for f in doc.facts if f.value == 52.9] == [None]


@pytest.mark.parametrize("text,starts,end", [
    # a list of times opening the sentence, its figures after 分别 in the next clause
    ("2017年、2018年及2019年上半年，公司营收分别为4.45亿元、1.4亿元和2.02亿元。", [2017, 2018, 2019], date(2019, 6, 30)),
    # a range of years whose last is named only in part
    ("2016-2019年上半年，宁夏太阳能分别亏损4.45亿元、1.4亿元、2.02亿元和6938万元。", [2016, 2017, 2018, 2019],
     date(2019, 6, 30)),
    ("2017年至2019年前三季度，公司营收分别为4.45亿元、1.4亿元和2.02亿元。", [2017, 2018, 2019], date(2019, 9, 30)),
])
def test_respective_figures_take_the_times_listed_before_their_clause(text, starts, end):
    doc = extractor.extract(text, published=date(2019, 11, 30))
    periods = [f.period for f in doc.facts]
    assert [p.start.year for p in periods] == starts
    assert periods[-1].end == end and periods[0].end == date(starts[0], 12, 31)


@pytest.mark.parametrize("text,value,start,end", [
    # a report named without its year is the latest one out
    ("年报显示，公司营业收入为3亿元，同比增长5%。", 5, date(2008, 1, 1), date(2008, 12, 31)),
    ("从基金年报来看，基金的股票仓位为70%。", 70, date(2008, 1, 1), date(2008, 12, 31)),
    ("公司发布半年度报告，报告期内营收3亿元。", 300000000, date(2008, 1, 1), date(2008, 6, 30)),
    # ... or the one of its kind the text has just named with its year
    ("公司发布了2007年年度报告和2008年第一季度报告。年报显示，公司营收3亿元。", 300000000, date(2007, 1, 1),
     date(2007, 12, 31)),
])
def test_a_report_named_alone_is_the_latest_of_its_kind(text, value, start, end):
    f = fact(text, value, published=date(2009, 4, 20) if "半年" not in text else date(2008, 8, 25))
    assert f.period is not None and (f.period.start, f.period.end) == (start, end)


@pytest.mark.parametrize("text,value,day", [
    ("截至4月9日，已有1200家公司披露年报，其中300家预亏。", 300, date(2009, 4, 9)),  # counted as of the day
    ("截至4月9日，已公布年报的公司有1200家。", 1200, date(2009, 4, 9)),               # which companies, not when
])
def test_a_report_named_alone_does_not_date_a_count_as_of_a_day(text, value, day):
    f = fact(text, value, published=date(2009, 4, 20))
    assert f.period is not None and f.period.end == day


def test_last_year_compared_with_is_no_period():
    text = "公司发布2020年半年报。和去年比，公司业绩大幅增长，净利润1亿元。"
    f = fact(text, 100000000, published=date(2020, 9, 3))
    assert f.period is not None and f.period.end == date(2020, 6, 30)


def test_last_year_told_beside_this_years_figures_is_no_period_of_the_next_sentence():
    text = "公司2020年上半年营收10亿元，同比增长5%。去年，公司受疫情影响亏损了3亿元。公司的毛利率为30%，净利率为8%。"
    doc = extractor.extract(text, published=date(2020, 9, 3))
    periods = {f.value: f.period for f in doc.facts}
    assert periods[300000000].start == date(2019, 1, 1)                        # 去年 in its own sentence
    assert periods[8].start == date(2020, 1, 1) and periods[8].end == date(2020, 6, 30)  # not in the next



def test_a_month_closing_months_covers_them():
    f = fact("2019年9月止六个月，公司收益1.05亿元。", 105000000, published=date(2019, 11, 30))
    assert f.period is not None and (f.period.start, f.period.end) == (date(2019, 4, 1), date(2019, 9, 30))


def test_the_day_of_this_announcement_is_the_reference_day():
    f = fact("2020年6月1日，公司回购50万股。截至本公告日，公司累计回购100万股。", 1000000, published=date(2020, 6, 30))
    assert f.period is not None and f.period.end == date(2020, 6, 30)


def test_a_figure_after_a_change_from_a_starting_point_is_not_of_the_starting_time():
    text = "2009年2月6日的测算显示，基金平均仓位自前一周67.68%增加14BP，平均仓位为67.82%。"
    doc = extractor.extract(text, published=date(2009, 2, 20))
    periods = {f.value: f.period for f in doc.facts}
    assert periods[67.82].start == date(2009, 2, 6)
    assert periods[67.68].start != date(2009, 2, 6)   # the starting value keeps its own time


def test_a_percent_right_after_a_compared_time_is_that_times():
    text = "今年一季度末，该基金仓位只有42.94%，相比去年年末61.64%的仓位大幅下降。"
    f = fact(text, 61.64, published=date(2009, 4, 20))
    assert f.period is not None and f.period.end == date(2008, 12, 31)


@pytest.mark.parametrize("text,periods", [
    ("1、2月联通移动用户数有改善，分别增加了84万、164万用户。", [(1, 84e4), (2, 164e4)]),
    ("今年10、11和12月，公司营收分别为3亿元、5亿元和4亿元。", [(10, 3e8), (11, 5e8), (12, 4e8)]),
])
def test_months_listed_with_month_written_once_date_their_figures_in_turn(text, periods):
    doc = extractor.extract(text, published=date(2009, 12, 31))
    assert [(f.period.start.month, f.value) for f in doc.facts] == periods


def test_this_years_measure_after_a_month_is_of_the_month():
    text = "8月份，房地产开发企业本年资金来源5050亿元，其中，国内贷款860亿元。"
    f = fact(text, 505000000000, published=date(2009, 9, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (date(2009, 8, 1), date(2009, 8, 31))


@pytest.mark.parametrize("text,value,start,end", [
    ("从股价来看，公司最新收盘价为12.04元(以2019年11月15日计）。", 12.04, date(2019, 11, 15), date(2019, 11, 15)),
    ("2019年，华夏红利的周收益率为1.1546(3月13日至3月20日)。", 1.1546, date(2019, 3, 13), date(2019, 3, 20)),
])
def test_a_time_in_brackets_right_after_a_figure_is_its_period(text, value, start, end):
    f = fact(text, value, published=date(2019, 11, 20))
    assert f.period is not None and (f.period.start, f.period.end) == (start, end)


def test_a_place_in_a_currency_owns_no_figure():
    text = "桥英控股公布，该集团于期内收益为2748.7万新加坡元，期内亏损为47.2万新加坡元，同比减少64.9%。"
    assert {f.subject for f in extractor.extract(text).facts} == {"桥英控股"}


@pytest.mark.parametrize("text,subject", [
    # what lies where the sentence says, not the places it lies by
    ("本项目位于灌云县卫生局南侧，西外环路东侧，西环路西侧，规划用地面积63608.12平方米。", "本项目"),
    ("该地块位于北京市朝阳区，占地面积3万平方米。", "该地块"),
    # ... not where a thing named in passing lies
    ("国投亚华以9.58亿元买下位于虹口北外滩的上海港国际客运中心，成交均价达5.95万元/平方米。", "上海港国际客运中心"),
])
def test_the_thing_located_owns_the_figures_after_its_location(text, subject):
    assert extractor.extract(text).facts[-1].subject == subject


def test_a_recent_day_dates_what_was_done_not_what_a_figure_covers():
    f = fact("公司近日公告，拟以不超过3亿元回购股份。", 300000000, published=date(2008, 1, 31))
    assert f.period is None


def test_the_year_naming_a_meeting_is_no_period():
    text = "公司于2019年5月24日召开2018年度股东大会，审议通过以总股本171,626,000股为基数转增股本。"
    f = fact(text, 171626000, published=date(2019, 6, 30))
    assert f.period is not None and f.period.start == date(2019, 5, 24)
