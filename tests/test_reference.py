"""The reference date inferred from a text that does not say when it was written."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.reference import infer_reference
from extractor.times import parse_times


@pytest.mark.parametrize("text, expected", [
    # the latest explicit date stated as a fact
    # ... moved on to the latest yearless day the text counts to
    ("2009年1月新基金发行放缓。截至3月24日，至少已有50只新基金正式成立。", date(2009, 3, 24)),
    ("编程猫2019年3月实现了经营性现金流为正，截止2019年11月连续八个季度增长，2020年3月单月营收破1.27亿元。",
     date(2020, 3, 31)),
    ("收入较2018年第二季度增长，但低于2019年第一季度", date(2019, 3, 31)),
    # a report names the period it follows
    ("中国海外发展公布了2008年年报，今年将力争完成350万平米的销售面积。", date(2009, 4, 30)),
    ("随着2008年基金年报的披露完毕，政策主题贯穿全年。", date(2009, 4, 30)),
    ("公司2020年半年报显示，营收增长。", date(2020, 8, 31)),   # a half-year report, not an annual one
    ("五洲交通今日披露的2008年业绩报告显示，公司因成本控制不力净利润下降。", date(2009, 4, 30)),
    ("公司2019年上半年业绩报告显示，营收增长。", date(2019, 6, 30)),  # (not a year's results)
    ("原因是2009年前三个月已经放贷4万亿元，而去年全年也仅放贷4.9万亿元。", date(2009, 3, 31)),
    # an annual report named with its year is no yearless clue (华能国际2008年年报显示 … 2009年扭亏 is from 2009)
    ("华能国际2008年年报显示，公司去年净利润亏损37.01亿元。研究机构预计两大电力巨头2009年扭亏。", date(2009, 4, 30)),
    ("由于企业2008年报业绩预计将大幅下降，QFII增持了媒体股。", date(2009, 4, 30)),
    ("自2008年5月至今年3月9日，债券基金净申购。", date(2009, 12, 31)),
    # a yearless clue counts from the year reported on, not from a window that runs to a day of the text's own year
    ("中国电信2008年四季度收入下降。年报显示利润下滑。从2009年第一个交易日到4月9日，股价上涨6.8%。", date(2009, 4, 30)),
    ("公司2018年度、2019年度分别实现营业收入1.2亿元、1.5亿元。", date(2020, 1, 31)),
    ("公司发布2019年度前三季度业绩预告：预计亏损最高可达约7247.8万元。2019年1月1日至2019年9月30日亏损。",
     date(2019, 9, 30)),
    # a two-digit year named as a fact is a floor too (not 10年: ten years)
    ("2007年3月销售额增长。09年的增长幅度太大了。", date(2009, 12, 31)),
    ("2007年3月销售额增长。未来10年增长幅度放缓。", date(2007, 3, 31)),
    # a yearless annual report counts from the latest year the text names as a fact
    ("尽管2008年A股市场出现大幅下跌，海通证券今日公布的年报显示，其旗下基金去年共计实现净利润4.8亿元。"
     "海富通2007年年报显示，2007年全年净利润增长。", date(2009, 4, 30)),
    ("川化股份的年报显示，去年第四季度基金增持。自2006年以来，周蔷获利近2000万元。", None),
    # a year named as a fact is a floor; a deadline or a forecast is not
    ("2008年10月市场回暖，2009年A股市场出现反弹，今年以来基金收益率上升。", date(2009, 12, 31)),
    # ... on the latest yearless day it names, when one raises it (截至2月5日 in a text of 2009)
    ("2008年8月王勇接手该基金。2009年年初的行情中，截至2月5日，其今年以来的回报率为2.58%。", date(2009, 2, 5)),
    ("2008年3月营收增长。2009年市场将回暖。", date(2008, 3, 31)),
    ("2012年3月公司成立，2015年前完成上市，计划到2016年实现营收100亿元。", date(2012, 3, 31)),
    ("基金公司旗下444只基金的2009年一季报已经全部披露完毕，这是自2007年四季度以来基金首次盈利。",
     date(2009, 4, 30)),
    ("他是2008年8月中旬以来募集规模最大的一只基金。进入2009年，随着市场的持续反弹，发行日趋回暖。",
     date(2009, 1, 31)),
    # "since X" is only a floor: alone it says nothing about when the text was written; with the years passed, it does
    ("自2006年以来，一位名叫周蔷的投资者三年时间获利近2000万元。", date(2009, 12, 31)),
    ("自2006年以来，一位名叫周蔷的投资者获利近2000万元。", None),
    ("2004年1季度基金股票仓位下降，2009年以来随着A股市场反弹而回升。", date(2009, 12, 31)),
    # a since-year closed on a yearless day in its sentence: the window lies in one year
    ("截至3月19日，2009年以来已经成立的15只基金共募集295亿元。", date(2009, 3, 19)),
    ("人民币汇率应继续2005年以来的汇改进程。", None),
    # a forecast far after what is stated: a profit warning for the period in progress
    ("公司预计2020年上半年净利润0万-7221万元，2018年第一季度曾亏损。", date(2020, 6, 30)),
    # a forecast of the next period does not move the reference of a results report (on a year's last quarter: the
    # year after)
    ("2020年第四季度营收增长，公司预计2021年第一季度营收将继续增长。", date(2021, 12, 31)),
    ("2020年第三季度营收增长，公司预计2020年第四季度营收将继续增长。", date(2020, 9, 30)),
    # a plan alone: the text is written before it
    ("公司计划2022年6月前完成上市。", date(2022, 6, 30)),
    # the same thing named after a year and after 去年
    ("去年我国土地出让总价款近1.6万亿元。2009年中国土地出让总价款大幅增长。", date(2010, 12, 31)),
    # one figure given for 去年 and for a year
    ("资产规模较去年12月时的69.49亿元增长了11.02%。资产较2008年12月时的69.49亿元增加了11.02%。", date(2009, 12, 31)),
    ("去年券商人均超52.6万。据统计，2010年行业人均年收入约为52.6万元。", date(2011, 12, 31)),
    ("去年券商行业人均薪酬超52万元。2010年底券商数量为106家。", date(2011, 1, 31)),   # no figure shared: year-end data
    ("公司2019年的净利润比去年至少增长150%。", date(2019, 1, 31)),  # one clause: the year is 今年, not 去年
    # a year compared with 去年 is the text's own; 今年 compared with a year lies after it
    ("基金经理王明认为，今年的行情应比2010年乐观。", date(2011, 1, 31)),
    # an event named with its year is the text's year
    ("许仁寿是在当日举行的2009第二届上海金融论坛上作上述表示的。", date(2009, 12, 31)),
    # year-end figures are reported the year after
    ("天相数据统计显示，2008年末，货币市场基金占全部基金净值的比例上升。", date(2009, 1, 31)),
    ("截至2008年12月31日，基金普丰2008年度已实现收益为1781万元。", date(2009, 1, 31)),
    # the one year named as the text's own, on its latest yearless day
    ("没有日期。2019年增长。", date(2019, 12, 31)),
    ("截至2月24日，成长性成为2009年新发股基的主题词。", date(2009, 2, 24)),
    # years named as another time give none
    ("围棋世界冠军唐韦星在2017年时也质疑过AI。", None),
    ("新房销售量已经接近2008年的熊市低点。", None),
    ("Arm的前身是1978年在剑桥成立的艾康电脑。", None),
    ("罗登攀2014年至2019年担任总经理。", None),
    # several years named as facts: the latest (not one that opens a plan)
    ("软银2016年收购Arm，英伟达2020年收购Arm。", date(2020, 12, 31)),
    ("2008年股市是向下的，而2009年最坏的时间已经过去了，今年的经济增长会回升。", date(2009, 12, 31)),
    ("2018年公司在海外的市占率为28.4%。2025年，公司计划将新产品销售占比提升至30%。", date(2018, 12, 31)),
    ("", None),
    # a dateline gives the day; the year stays the inferred one, or the next for a January report
    ("德展健康跌停\n中国经济网北京11月18日讯 德展健康公告称，2019年11月19日将有9.33亿股解禁。", date(2019, 11, 18)),
    ("去年销售大增\n新华社北京1月5日电 2019年12月20日，公司公布了销售数据。", date(2020, 1, 5)),
    # a dated event told as past lies before the report: the dateline is in the year after it
    ("中国经济网北京4月16日讯 公司连续两天回购。\n2019年9月3日，公司发布公告称，董事会决议回购股份。", date(2020, 4, 16)),
    ("中国经济网北京4月16日讯 公司连续两天回购。\n2019年9月3日，公司将召开股东大会。", date(2019, 4, 16)),
    # a day and the months passed since
    ("该基金于2008年12月30日开始运作，至今仅4个多月时间。", date(2009, 4, 30)),
    ("这家公司自2010年3月5日上市至今近两年，股价翻了一倍。", date(2012, 3, 5)),
    ("本次派息距2015年6月8日首次派息时隔仅7个月。", date(2016, 1, 8)),
    ("距2015年6月8日开业还有7个月。", date(2015, 6, 8)),  # a day ahead, not passed
    # a record since a month of a year is set in a later year (this year's would be 今年5月以来)
    ("3月份新基金募集额达到80亿元，创下2011年5月以来单月新高。", date(2012, 1, 31)),
    # a year looked ahead to is the year after the text's
    ("分析师表示，展望2021年，流量增长将放缓。10月13日股价创新高。", date(2020, 12, 31)),
    # a year a full year's result is given for, or a year-end month's data, is reported the year after
    ("该基金2008年度亏损91亿元，当时的净值在0.68元附近。", date(2009, 1, 31)),
    ("截至2008年12月底，博时已经拥有年金规模超过1500亿元。", date(2009, 1, 31)),
    ("该行下调其2020至2021年度盈利预测1%及10%，目标价降至20元。", None),  # a forecast of results, not results
    # a year's revenue or profit named as known (a base for a share of it, a result) is reported the year after;
    # not a year's results still to come (将对公司2019年度经营业绩产生积极影响), nor a broker's forecast
    ("合同金额为3.2亿元，约占公司2018年营业收入的5.1%。", date(2019, 1, 31)),
    ("公司2019年净利润为2.3亿元，同比增长45%。", date(2020, 1, 31)),
    ("2017年，该公司全年实现营收3.6亿元。", date(2018, 1, 31)),
    ("在刚刚过去的2012年，外汇局批出了多个额度。", date(2013, 1, 31)),  # a year just past
    ("该合同将对公司2019年度经营业绩产生积极影响。2019年10月8日", date(2019, 10, 8)),
    ("预计2019年净利润为5亿元，同比增长10%。", date(2019, 12, 31)),
    ("某车企公布的2019年财报显示，公司营收下降三成。", date(2020, 4, 30)),
    # 今年's month told after a later month of a year is in a later year (not a window running to now)
    ("2008年10月，执法部门叫停了该项目。今年5月，项目又悄悄复工。", date(2009, 5, 31)),
    ("截至2021年8月，电商人营收同比增长3.3倍。今年4月，公司提出目标。", date(2021, 8, 31)),
    # a day a term is extended to, or a plan runs until, lies ahead of the text
    ("控股股东将500万股质押延期，延期至2021年3月5日。2020年半年报显示，公司营收下降。", date(2020, 8, 31)),
    ("自2015年以来，政府投入大量资金，项目建设将持续到2021年6月。2015年1月至2019年12月，失业率下降。",
     date(2019, 12, 31)),
    # … and so may the last day of a window (期限为…至…, 执行时间为…至…)
    ("股东向银行质押500万股，质押期限为2020年9月16日起至2021年9月15日止。", date(2020, 9, 16)),
    ("中晚稻最低收购价政策执行时间为2020年10月10日至2021年1月31日，以今年生产的稻谷为标准品。", date(2020, 10, 10)),
    # a text looking back on a year (像2008年这样, 经历了2008年, 2019年全年) is from a later year
    ("像2008年这样的债券大牛市，不可能每年都有。截至3月17日，债基平均收益为0.07%。", date(2009, 3, 17)),
    ("即使经历了2008年65%的罕见下跌，该指数基金平均每年实现收益达到10%。", date(2009, 12, 31)),
    ("2019年全年，华米科技出货量4230万台。4月17日公司发布新品。", date(2020, 4, 17)),
    ("公司预计2019年全年归属于母公司股东的净利润为负。", date(2019, 12, 31)),  # a forecast for the year: its own
    # with no year named as a fact, a year forecast for is the text's own (not a deadline ahead: 将于2021年初)
    ("业内投资者普遍预期2009年会是一个震荡市，能做到全年百分之十的收益就不错。", date(2009, 12, 31)),
    ("大众集团表示，该交易预计将于2021年初完成。", None),
    # a yearless day with its weekday picks the year next to the inferred one that has that weekday
    ("2008年基金普遍亏损。4月13日，星期一，上证指数站上2500点。", date(2009, 4, 13)),
    ("2008年基金普遍亏损。4月14日，星期一，上证指数站上2500点。", date(2008, 4, 14)),
    # an announcement's number gives its year, whatever later year it names; the day is the latest it names in the year
    ("证券代码：600000 公告编号：2019-073 公司于2019年9月4日接到通知，质押到期日为2022年6月30日。", date(2019, 9, 4)),
    ("证券代码：603679 公告编号：临2020-064 公司近日接到控股股东通知，解除质押股份。", date(2020, 12, 31)),
    ("关于股份解除质押的公告（7月19日） 公告编号：2019-161 公司近日接到控股股东通知。", date(2019, 7, 19)),
    # a day named as today or yesterday is the day the text was written on, or the day after
    ("2009年4月13日13：00至15：00停止交易。华安基金也于今日(14日)发布了公告。", date(2009, 4, 14)),
    ("公司2019年3月31日亏损。今日（7月7日）下午，公司公告称退市。", date(2019, 7, 7)),
    ("公司2019年3月31日亏损。昨日(6月9日)，公司公告称注销股份。", date(2019, 6, 10)),
    ("2009年4月29日，基金公告分红。今天(2日)基金宣布。", date(2009, 5, 2)),  # (the month after the latest day)
    ("2009年12月29日，基金公告分红。今天(2日)基金宣布。", date(2010, 1, 2)),  # (… in the next year after December)
    # ... and so does the weekday the dateline's sentence tells its news on (17 April 2009 was a Friday)
    ("全景网4月17日讯 某基金周五公告称，该基金于2007年11月9日暂停了申购业务。", date(2009, 4, 17)),
    ("全景网4月17日讯 某基金周四公告称，该基金于2007年11月9日暂停了申购业务。", date(2008, 4, 17)),
    ("全景网3月7日讯 某基金周五公告称，该基金2007年业绩居前。", date(2008, 3, 7)),
    ("全景网3月7日讯 某基金上周五公告称，该基金2007年业绩居前。", date(2007, 3, 7)),  # (not the day's weekday)
    ("2008年基金普遍亏损。周一（4月13日），上证指数站上2500点。", date(2009, 4, 13)),
    # a year's end told as past is reported on in the year after (the latest yearless day then in that year)
    ("2008年12月底，该基金规模为12亿元。", date(2009, 12, 31)),
    ("该公司已于2008年12月31日注册登记成立，规模为10亿元。", date(2009, 12, 31)),
    ("2008年四季度，该基金增持了银行股。2月18日，基金经理表示看好后市。", date(2009, 2, 18)),
    # ... not the end of a window, nor a window to now
    ("农业银行于2009年4月8日至2009年12月31日期间开展费率优惠活动。", date(2009, 12, 31)),
    ("进入2019年下半年之后，破产房企数量增速有所加快。", date(2019, 12, 31)),
])
def test_reference_date(text, expected):
    assert infer_reference(text) == expected


def test_relative_times_follow_the_inferred_year():
    text = "中国海外发展公布了2008年年报。去年楼市低迷，今年将力争完成350万平米的销售面积。"
    ref = infer_reference(text)
    spans = {t.text: (t.start, t.end) for t in parse_times(text, reference=ref)}
    assert spans["去年"] == (date(2008, 1, 1), date(2008, 12, 31))
    assert spans["今年"] == (date(2009, 1, 1), date(2009, 12, 31))
