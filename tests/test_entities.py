"""Entities, titles and aliases on real sentences (the seed article, FewFC: CC BY-SA 4.0, CASIA NLP / CMB)."""
from __future__ import annotations

import pytest

import extractor


def entities(text: str) -> dict[tuple[str, str], object]:
    return {(e.type, e.name): e for e in extractor.extract(text).entities}


def test_seed_people_and_organisations(seed_doc):
    found = {(e.type, e.name) for e in seed_doc.entities}
    for person in ["李莉", "魏", "穆青", "高雅轩", "房建", "郑建鹏", "朱梓骁", "张靖超", "彭玉凤"]:
        assert ("PERSON", person) in found
    for org in ["抖音", "抖音电商", "字节跳动", "中国经营报", "阿里巴巴", "淘宝直播", "Yaowang.com"]:
        assert ("ORG", org) in found
    assert {("LOC", "杭州"), ("LOC", "上海")} <= found


def test_seed_non_names_are_not_entities(seed_doc):
    names = {n for e in seed_doc.entities for n in [e.name, *e.aliases]}
    assert not names & {"魏建议", "明星", "达人", "Tok", "东西节"}


def test_title_before_name_gives_role_and_org():
    found = entities("“之所以选择在杭州举办，是因为杭州是电子商务的胜地。”Tik Tok电商副总裁穆青在现场表示。")
    person = found[("PERSON", "穆青")]
    assert [(r.title, r.org) for r in person.roles] == [("副总裁", "抖音电商")]


def test_name_missed_by_tagger_is_read_after_title():
    found = entities("“内卷太厉害了。”Yaowang.com总统房建认为，这迫使MCN机构培训主播。")
    assert ("PERSON", "房建") in found
    assert ("ORG", "Yaowang.com") in found


def test_aliases_resolve_to_one_entity():
    found = entities("Tik Tok日均用户超过6亿。在颤音平台上，电商达人直播4300万次。抖音电商发布了数据。")
    douyin = found[("ORG", "抖音")]
    assert {"Tik Tok", "颤音"} <= set(douyin.aliases)
    assert len(douyin.mentions) == 2
    assert ("ORG", "抖音电商") in found


def test_near_identical_person_names_merge():
    found = entities("抖音电商首席作者高雅轩发布了数据。据高亚轩现场介绍，计划分为三个板块。")
    assert ("PERSON", "高雅轩") in found
    assert "高亚轩" in found[("PERSON", "高雅轩")].aliases
    assert ("PERSON", "高亚轩") not in found


def test_verb_glued_to_one_character_name_is_cut_back():
    found = entities("电商总裁魏公布了电商的最新成绩单。魏建议在未来的一年里采用新计划。")
    assert ("PERSON", "魏") in found
    assert ("PERSON", "魏建议") not in found
    assert len(found[("PERSON", "魏")].mentions) == 2


def test_a_surname_named_before_and_a_speech_verb_are_no_name():
    text = ("基金经理秦岭松对股市表现表示乐观。“去年的大盘下跌也让我们更谨慎。”秦说。"
            "“正是看到了政府宏观政策面逐步改善，我们加了仓。”")
    doc = extractor.extract(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["秦岭松"]
    assert [q.speaker for q in doc.quotes] == ["秦岭松", "秦岭松"]


@pytest.mark.parametrize("sentence,expected", [
    ("2019年3月，雄韬股份发布公告称，拟用人民币1.05亿元收购江山宝源17.4%的股权。", ("ORG", "雄韬股份")),
    ("2003年，尹明善收购了重庆专用汽车制造厂80%的股份。", ("PERSON", "尹明善")),
    ("最初，万达电影发布公告称，拟购买万达影视100%的股权，暂定交易价格为372.04亿元。", ("ORG", "万达电影")),
])
def test_fewfc_sentences(sentence, expected):
    assert expected in entities(sentence)


def test_bylines_are_people_with_roles(seed_doc):
    by_name = {e.name: e for e in seed_doc.entities}
    assert ("编辑", None) in [(r.title, r.org) for r in by_name["张靖超"].roles]
    assert ("校对", None) in [(r.title, r.org) for r in by_name["彭玉凤"].roles]


def test_book_title_is_a_work_or_a_newspaper():
    found = entities("魏在接受《中国经营报》采访时表示。2009年拍摄完巨作《一起来看流星雨》后，他转战直播。")
    assert ("ORG", "中国经营报") in found
    assert ("WORK", "一起来看流星雨") in found


def test_user_patterns_extend_the_shipped_ones(tmp_path):
    (tmp_path / "aliases.tsv").write_text("ORG\t星河动力\tGalactic Energy\t星河动力航天\n", encoding="utf-8")
    text = "Galactic Energy宣布完成新一轮融资。星河动力航天表示，资金将用于研发。"
    names = {(e.type, e.name): e for e in extractor.extract(text, patterns=tmp_path).entities}
    assert ("ORG", "星河动力") in names
    assert len(names[("ORG", "星河动力")].mentions) == 2
    assert ("ORG", "星河动力") not in {(e.type, e.name) for e in extractor.extract(text).entities}


def test_short_name_declared_in_brackets_is_an_alias():
    text = ("4月3日，公司发布公告称，中国平安人寿保险股份有限公司(简称:平安人寿)计划减持云南白药股份。"
            "平安人寿表示，减持不超过3%。")
    found = entities(text)
    full = [e for (kind, name), e in found.items() if kind == "ORG" and "平安人寿" in (name, *e.aliases)]
    assert len(full) == 1
    assert len(full[0].mentions) >= 3


def test_listed_company_names_around_stock_codes():
    text = ("这些股票分别是：承德露露(000848)、华鲁恒升 (600426)、张裕A(000869)。"
            "包括欧亚集团(600697)在内的16只股票。首开先河的*ST华业(600240.SH)在其股票连续跌停后公告。")
    found = entities(text)
    for name in ["承德露露", "华鲁恒升", "张裕A", "欧亚集团", "*ST华业"]:
        assert ("ORG", name) in found, name
    assert ("ORG", "包括欧亚集团") not in found


def test_listed_latin_names_and_longer_names_around_known_places():
    text = "《公司业绩》JIA GROUP(08519.HK)半年亏损扩大。中国海外发展(0688.HK)公布了年报，这家老牌地产公司销售额增长。"
    found = entities(text)
    assert ("ORG", "JIA GROUP") in found
    assert ("ORG", "中国海外发展") in found
    assert ("LOC", "中国") not in found
    assert not any(name.endswith("地产公司") for _, name in found)  # 这家…公司 points back, it names no one


def test_credited_outlets_are_organisations_that_own_no_figures():
    import extractor

    for text, outlet in [("亏损扩大    来源：富途资讯\n富途资讯8月19日消息，随着融资完成", "富途资讯"),
                         ("偏股型最受基民欢迎全景网4月22日讯 59家基金公司公布季报。", "全景网"),
                         ("今年不宜投资房产信息时报讯 (记者 袁峰) 随着政策收紧", "信息时报"),
                         ("编程猫完成融资\n芥末堆4月17日讯 今日，编程猫宣布完成融资", "芥末堆"),
                         ("美团点评发布业绩。\n金融虎讯 8月23日，美团点评收入增长20%。", "金融虎")]:
        doc = extractor.extract(text)
        names = {(e.type, e.name) for e in doc.entities}
        assert ("ORG", outlet) in names, (text, names)
        assert not any("\n" in name for _, name in names)
        assert all(f.subject != outlet for f in doc.facts)


def test_a_peoples_government_is_an_organisation_a_government_names_its_country():
    assert ("ORG", "苏州市人民政府") in entities("论坛得到了苏州市人民政府及苏州广电总台等本地机构的大力支持。")
    assert ("LOC", "美国") in entities("美国政府宣布了新政策。")


def test_a_separator_bar_ends_a_name():
    found = entities("格隆汇7月3日丨方达控股(1521.HK)现报5.19港元，涨幅4.85%。")
    assert ("ORG", "方达控股") in found
    assert not any("丨" in name for _, name in found)


def test_a_compound_title_is_cut_from_the_organisation_before_it():
    import extractor

    doc = extractor.extract("兴业基金投资总监王晓明：有机增长将成基金选股新标准。")
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert [(r.title, r.org) for r in people[0].roles] == [("投资总监", "兴业基金")]
    assert ("ORG", "兴业基金") in {(e.type, e.name) for e in doc.entities}


def test_time_words_and_bylines_stay_out_of_names():
    found = entities("挖贝网 5月3日消息，近日德邦股份（603056）聘任黄华波为副总经理。证券时报记者 余子君本报讯 基金参与增发。")
    assert ("ORG", "德邦股份") in found
    assert not any(name.startswith("近日") or "本报" in name for _, name in found)


def test_sectors_kinds_of_funds_and_kinds_of_bodies_are_not_organisations():
    for text in ["交通行业、金融行业和其他行业的贷款增长。", "各级纪检监察机关要加强监督。",
                 "证券投资基金和创业投资基金发展迅速。"]:
        assert not [e for e in entities(text) if e[0] == "ORG"], text


def test_a_name_before_a_share_price_quote_is_listed_and_words_before_it_are_not_the_name():
    found = entities("锦州银行披露，已向中国长城(9.840,-0.11,-1.11%)资产转让部分内资股。"
                     "前有东阿阿胶（000423.SZ）中报业绩下滑近8成，后有涪陵榨菜（002507.SZ）遭一字跌停。")
    for name in ["中国长城", "东阿阿胶", "涪陵榨菜"]:
        assert ("ORG", name) in found, (name, found)


def test_bylines_and_datelines_name_the_person_and_the_outlet():
    import extractor

    names = {(e.type, e.name) for e in extractor.extract(
        "中文传媒：回购股份比例达1%\n责编：沈佳旎\n中新网北京9月19日电 中共中央纪委全会在北京举行。").entities}
    assert {("PERSON", "沈佳旎"), ("ORG", "中新网"), ("LOC", "北京")} <= names, names


def test_fund_companies_by_their_usual_names_but_not_by_ambiguous_short_forms():
    found = entities("上投摩根内需动力买入1352万股，天相投顾的统计显示，华夏文明源远流长。")
    assert ("ORG", "上投摩根基金") in found and ("ORG", "天相投顾") in found
    assert ("ORG", "华夏基金") not in found  # 华夏 alone is no fund company


def test_no_organisation_spans_what_another_owns():
    """中银集团旗下…渤海中盛: 旗下 separates the owner from what it owns."""
    doc = extractor.extract("本轮投资由招银国际领投，中银集团旗下股权投资基金渤海中盛跟投。")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert not any("旗下" in name for name in names)
    assert "中银集团" in names


def test_closing_price_verb_is_not_a_newspaper():
    """华南城全日报收1.62港元: 报收 closes a price; 全日报 is not a newspaper name."""
    doc = extractor.extract("9月30日挂牌的华南城全日报收1.62港元，较其招股价2.1港元跌22.9%。")
    assert "华南城" in {e.name for e in doc.entities if e.type == "ORG"}
    assert all("报" not in e.name for e in doc.entities)
    assert doc.facts[0].subject == "华南城"


def test_a_byline_glued_to_the_dateline_is_the_reporter():
    doc = extractor.extract("基金投资主线：紧跟政策导向□记者 王惠康晚报讯 随着2008年基金年报的披露完毕，相关数据清晰。")
    names = {(e.name, e.type) for e in doc.entities}
    assert ("王惠康", "PERSON") in names
    assert not any(name.startswith("王惠康") and kind == "ORG" for name, kind in names)


def test_a_place_reading_listed_among_organisations_is_an_organisation():
    doc = extractor.extract("其中以华夏基金增仓较为明显，此外光大保德信、东吴、宝盈等也是大幅增仓的主力。")
    assert ("东吴", "ORG") in {(e.name, e.type) for e in doc.entities}
    doc = extractor.extract("公司在北京、上海、深圳设有分公司。")
    assert {e.type for e in doc.entities} == {"LOC"}


def test_a_company_named_after_its_kind():
    doc = extractor.extract("据媒体报道，内地房产商卓越地产及厦门禹洲已经开始了预路演。")
    assert ("卓越地产", "ORG") in {(e.name, e.type) for e in doc.entities}
    assert extractor.extract("这家开发商已经完成了销售。").entities == []


@pytest.mark.parametrize("text,name", [
    ("直接向微软首席技术官凯文·斯科特（Kevin Scott）汇报。", "凯文·斯科特"),
    ("到后来Google和亚马逊(Amazon)引入了这一技术。", "亚马逊"),
])
def test_a_name_holds_no_bracket_it_does_not_close(text, name):
    names = {e.name for e in extractor.extract(text).entities}
    assert name in names and not any("(" in n or "（" in n for n in names)


def test_a_count_ends_an_organisation_name():
    doc = extractor.extract("旗下的华宝兴业6只基金全部上涨，易方达8只基金上涨。")
    assert not any(ch.isdigit() for e in doc.entities for ch in e.name)
    assert [f.value for f in doc.facts] == [6, 8]


@pytest.mark.parametrize("text,names", [
    ("并不能一概而论。\n李皙寅 俞燕 龚奕洁 | 文\n银行的风险排查正在进行。", {"李皙寅", "俞燕", "龚奕洁"}),
    ("标题\n文 | 张三\n正文内容。", {"张三"}),
    ("中小板ETF涨1.56%，报1.950元。（全景网/雷鸣）\n", {"雷鸣"}),   # an outlet and its reporter closing a line
])
def test_a_line_crediting_its_writers_names_people(text, names):
    doc = extractor.extract(text)
    assert names <= {e.name for e in doc.entities if e.type == "PERSON"}


def test_nothing_inside_a_stock_code_is_a_name():
    doc = extractor.extract("百信国际(00574-HK)公布，主席离任。")
    assert [e.name for e in doc.entities] == ["百信国际"]


def test_hong_kong_codes_and_digits_inside_listed_names():
    found = entities("智通财经APP讯，阳光100中国(02608)发布公告，于2019年10月14日该公司斥资22.65万港元回购16.1万股。")
    assert ("ORG", "阳光100中国") in found
    assert ("LOC", "中国") not in found


def test_people_named_side_by_side_in_a_byline():
    found = entities("新京报贝壳财经讯（记者 肖玮 李云琦）9月1日，上市公司湖南机油泵股份有限公司发布公告。")
    assert {("PERSON", "肖玮"), ("PERSON", "李云琦")} <= set(found)


def test_every_name_of_a_byline_is_a_reporter_and_owns_no_figure():
    doc = extractor.extract("□本报记者 蔡宗琦 申屠青南即将施行的《基金经理注册登记规则》规定，存在12种情形之一的将被注销。")
    titles = {e.name: [r.title for r in e.roles] for e in doc.entities if e.type == "PERSON"}
    assert titles.get("蔡宗琦") == titles.get("申屠青南") == ["记者"]
    assert all(f.subject not in ("蔡宗琦", "申屠青南") for f in doc.facts)


def test_a_latin_full_name_and_its_surname_are_one_person():
    found = entities("Hermann Hauser于1990年与其他人合作创办了Arm公司。现在，Hauser已经写了一封公开信。Hauser还创建了一个网站。")
    person = found[("PERSON", "Hermann Hauser")]
    assert "Hauser" in person.aliases
    assert not any(name == "Hauser" for _, name in found)


@pytest.mark.parametrize("text,names,not_names", [
    ("而酒鬼酒、水井坊、伊力特等个股一季度均有抢眼表现。", {"酒鬼酒", "水井坊", "伊力特"}, set()),
    ("基金共同出现在新中基、海南海药、广州冷机、川化股份4只个股的十大流通股东中。", {"海南海药", "广州冷机", "川化股份"}, set()),
    ("重点配置了中信证券、吉林敖东和辽宁成大等证券类股票。", {"吉林敖东", "辽宁成大"}, set()),
    ("钢铁、建材、银行等个股涨幅居前。", set(), {"钢铁", "建材"}),
    ("存在非经营性资金占用、违规担保等侵害上市公司利益的行为。", set(), {"非经营性资金占用", "违规担保"}),
])
def test_a_list_its_category_calls_companies(text, names, not_names):
    found = {name for kind, name in entities(text) if kind == "ORG"}
    assert names <= found
    assert not (not_names & found)


@pytest.mark.parametrize("text,kind,name", [
    ("公司于7月15日收到了张立忠先生、谈松林先生出具的告知函。", "PERSON", "谈松林"),
    ("公司公布，主席兼执行董事陈燕飞于2020年6月18日增持股份。", "PERSON", "陈燕飞"),
    ("记者昨天自北京市公积金管理中心处获悉，目前公积金中心还没有接到通知。", "ORG", "北京市公积金管理中心"),
    ("据了解，该协作机构汇聚了哈尔滨地区的风险投资机构。", "LOC", "哈尔滨"),
    ("受股价大涨带动，软银所持股票价值升至50亿美元。", "ORG", "软银"),
    ("同日，中国中铁所属单位中标一项工程。", "ORG", "中国中铁"),
    ("上交所持续加强监管，深交所称将发布新规。", "ORG", "上交所"),
    ("根据Wind统计，18只次新基金全部实现盈利。", "ORG", "万得资讯"),
])
def test_names_the_tagger_cuts_or_runs_on(text, kind, name):
    assert (kind, name) in entities(text)


def test_a_name_after_a_title_is_not_run_into_an_adverb():
    found = entities("公司总裁王明也表示，业绩将会回升。")
    assert ("PERSON", "王明也") not in found


@pytest.mark.parametrize("text,name", [
    ("理光R10售价1750元    作者：陈亮    R10搭载了一枚7.1倍光学变焦镜头。", "陈亮"),
    ("偏股基金中仅有两只出现亏损 每经记者 别冶2008年债基一枝独秀的局面已经改变。", "别冶"),
])
def test_a_bylines_name_needs_no_known_surname(text, name):
    assert ("PERSON", name) in entities(text)


def test_generic_bodies_are_not_names():
    found = {name for _, name in entities("上市公司应向证券交易所报告，董监高减持须经薪酬委员会审议。")}
    assert not found & {"上市公司", "证券交易所", "董监高", "薪酬委员会"}


def test_a_report_named_with_its_year_is_no_organisation_but_a_newspaper_is():
    found = {name for _, name in entities("根据去年中报，多数封闭式基金被机构持有比例超过50%，北京青年报报道。")}
    assert "去年中报" not in found and "北京青年报" in found


def test_a_latin_company_name_with_its_legal_form():
    assert ("ORG", "Bennette Coleman and Company Ltd") in entities("投资方为Bennette Coleman and Company Ltd（BCCL），这也是GOQii的第一笔外部融资。")


def test_a_fund_company_and_a_funds_ending_name_a_fund():
    found = entities("今年以来涨幅最大的两只基金为中邮核心优选和国投瑞银瑞福进取，分别上涨31.23%和30.85%。")
    assert {("PRODUCT", "中邮核心优选"), ("PRODUCT", "国投瑞银瑞福进取")} <= set(found)
    assert ("PRODUCT", "华安旗下的红利") not in entities("华安旗下的红利股票型和策略优选分别持有1520万股。")


def test_a_name_ends_at_the_spaces_before_a_model_name():
    found = entities("理光R10售价1750元\u00a0\u00a0\u00a0\u00a0作者：陈亮\u00a0\u00a0\u00a0\u00a0R10搭载了一枚7.1倍光学变焦镜头。")
    assert ("PERSON", "陈亮") in found


def test_a_legal_name_is_its_short_name_with_a_line_of_business():
    text = "三棵树涂料股份有限公司 关于股份回购实施结果暨股份变动公告\n证券简称：三棵树\n三棵树涂料股份有限公司（以下简称“公司”）召开董事会。"
    doc = extractor.extract(text)
    names = {e.name: e for e in doc.entities if e.type == "ORG"}
    assert len([e for e in doc.entities if e.type == "ORG" and "三棵树" in e.name]) == 1
    merged = next(e for e in names.values() if "三棵树" in e.name)
    assert {"三棵树", "三棵树涂料股份有限公司"} <= {merged.name, *merged.aliases}


def test_a_numbered_unit_is_not_the_parent_company():
    doc = extractor.extract("本项目由上海建工承建，施工单位为上海建工五建集团有限公司。")
    assert not any(e.name == "上海建工" and "上海建工五建集团有限公司" in e.aliases for e in doc.entities)


def test_no_name_is_cut_out_of_a_number():
    doc = extractor.extract("公司回购专用账户所持有的1,363,385股公司股票已于2020年7月31日以非交易过户形式过户至公司第三期员工持股计划账户，"
                            "过户价格为102.87元/股。")
    assert not any(e.name[0].isdigit() for e in doc.entities)


@pytest.mark.parametrize("text, name, kind", [
    ("长实集团(01113.HK)及李嘉诚基金会透过汇贤2020年中期分派之分派再投资，持有的基金单位增加。", "李嘉诚基金会", "ORG"),
    ("国海富兰克林：关注估值较低的钢铁，食品饮料。中海基金：超配证券保险等行业景气上行的品种。", "中海基金", "ORG"),
    # a line of business followed by a job title is no fund's name
    ("“对于华能国际我们下调投资评级至中性。”东方证券煤炭行业资深分析师张仲华表示。", "东方证券", "ORG"),
])
def test_organisations_read_whole_and_no_further(text, name, kind):
    doc = extractor.extract(text)
    assert (kind, name) in {(e.type, e.name) for e in doc.entities}


@pytest.mark.parametrize("text, product, maker", [
    ("广角变焦镜头 松下LX3售价3500元在外观方面，松下LX3继续沿用LX系列的设计。", "松下LX3", "松下"),
    ("超薄时尚卡片机 卡西欧Z280套装售价1320元卡西欧Z280做工精致出色。", "卡西欧Z280", "卡西欧"),
])
def test_a_model_after_its_maker_is_a_product(text, product, maker):
    doc = extractor.extract(text)
    kinds = {(e.type, e.name) for e in doc.entities}
    assert ("PRODUCT", product) in kinds and ("ORG", maker) in kinds


@pytest.mark.parametrize("text", [
    "2020年Q1营收增长，Q2营收下降。",
    "央行数据显示，M2同比增长8.4%，M2增速回落。",
    "51Talk的K12业务增长，K12课程收入上升。",
])
def test_letters_and_digits_that_are_no_model(text):
    assert not any(e.type == "PRODUCT" for e in extractor.extract(text).entities)


@pytest.mark.parametrize("text, names", [
    ("瑞威资管完成战略投资融资\n【亿邦动力讯】9月9日消息，瑞威资管获四川富润投资。", {"瑞威资管", "亿邦动力"}),
    ("二手学区房涨势凶 中新网杭州9月26日电(记者 夏毅) “最近，首次置业的客户明显减少。”", {"中新网"}),
    ("上证报中国证券网讯（记者 韩远飞）海南瑞泽9月公告称，公司营收增长。", {"上证报", "中国证券网"}),  # two glued
])
def test_outlets_credited_in_brackets_or_before_a_dateline(text, names):
    assert names <= {e.name for e in extractor.extract(text).entities if e.type == "ORG"}


@pytest.mark.parametrize("text, name", [
    ("据中国经济网报道，公司营收增长。", "中国经济网"),                                     # not the place 中国
    ("据澎湃新闻报道，证监会正在制定相关规则。", "澎湃新闻"),
    ("具体内容详见公司同日刊登在巨潮资讯网（www.cninfo.com.cn）上的公告。", "巨潮资讯网"),  # a site with its address
    ("公告刊登于《证券时报》和巨潮资讯网（http://www.cninfo.com.cn）。", "巨潮资讯网"),
])
def test_outlets_credited_for_a_report_or_given_with_their_address(text, name):
    doc = extractor.extract(text)
    assert name in {e.name for e in doc.entities if e.type == "ORG"}
    assert "中国" not in {e.name for e in doc.entities}


@pytest.mark.parametrize("text, name", [
    # 根据 holds 据, and 社 ends outlets (新华社): no outlet ends inside a word (国家人力资源和社|会保障部)
    ("根据国家人力资源和社会保障部有关专家的预测，年金规模将增长。", "国家人力资源和社会保障部"),
    # the CRF cut the tagger's name in two where no place ends (南京市江宁区市场|监督管理局)
    ("公司取得了南京市江宁区市场监督管理局换发的营业执照。", "南京市江宁区市场监督管理局"),
    ("中国证券投资基金业协会的数据显示，私募基金规模增长。", "中国证券投资基金业协会"),
])
def test_a_government_body_or_association_is_named_whole(text, name):
    assert {e.name for e in extractor.extract(text).entities if e.type == "ORG"} == {name}


@pytest.mark.parametrize("text, name", [
    ("深圳市珠峰基石股权投资合伙企业（有限合伙）所持1596.39万股解除限售。", "深圳市珠峰基石股权投资合伙企业（有限合伙）"),
    ("公司股东昆山银村投资合伙企业（有限合伙）减持股份。", "昆山银村投资合伙企业（有限合伙）"),
])
def test_a_limited_partnership_is_named_with_its_form(text, name):
    assert ("ORG", name) in entities(text)


@pytest.mark.parametrize("text, person, organisation", [
    ("⊙本报记者 徐婧婧金元比联基金公司今日公告，旗下金元比联基金分红。", "徐婧婧", "金元比联基金公司"),
    ("⊙本报记者 潘琦银华基金管理公司今日发布公告。银华基金旗下基金将分红。", "潘琦", "银华基金管理公司"),
])
def test_a_byline_name_glued_to_the_text(text, person, organisation):
    doc = extractor.extract(text)
    names = {(e.type, n) for e in doc.entities for n in [e.name, *e.aliases]}
    assert ("PERSON", person) in names and ("ORG", organisation) in names


def test_a_persons_name_cut_short_where_the_full_name_goes_on_is_the_full_name():
    found = entities("王建新是一家合资基金公司的基金经理。其实上周发出抛出指令时，王建新心里还是挺笃定的。")
    assert [name for kind, name in found if kind == "PERSON"] == ["王建新"]


@pytest.mark.parametrize("text,fund", [
    ("兴业全球基金昨日透露，旗下兴业有机增长混合型基金发行圆满完成。", "兴业有机增长混合型基金"),  # a brand the tagger misses
    ("光大保德信基金公司公布了光大保德信红利股票型证券投资基金等6只基金一季度报告。", "光大保德信红利股票型证券投资基金"),
    ("华夏成长混合型基金净值上涨。", "华夏成长混合型基金"),
])
def test_a_funds_name_runs_over_its_kind(text, fund):
    assert ("PRODUCT", fund) in entities(text)


def test_a_banks_name_is_no_fund_brand():
    assert not any(kind == "PRODUCT" for kind, _ in entities("兴业银行营收增长。"))


@pytest.mark.parametrize("text,name", [
    ("美国时尚集团J． Crew的母公司Chinos Holdings于当地时间5月4日申请破产保护。", "Chinos Holdings"),  # 于 right after
    ("维密已与私募基金Sycamore Partners达成协议。", "Sycamore Partners"),
    ("L Brands原本想要出售维密。", "L Brands"),
    ("黑石集团旗下的GSO Capital Partners牵头。", "GSO Capital Partners"),
    ("墨西哥油气公司Vista Oil & Gas, S.A.B. de C.V.今天宣布完成发行。", "Vista Oil & Gas, S.A.B. de C.V."),  # a comma before the form
])
def test_a_latin_company_name_ends_in_its_legal_or_trade_word(text, name):
    assert ("ORG", name) in entities(text)


def test_a_name_quoted_with_its_ticker_is_the_company_everywhere():
    found = entities("在Fastly(FSLY.US)公布第三季度财报后，Raymond James维持其评级。Fastly并指出，其最大客户正在减少支出。")
    assert [kind for kind, name in found if name == "Fastly"] == ["ORG"]


def test_a_department_speaks_for_its_company():
    found = extractor.extract("银河证券基金研究部研究总监马永谙认为，行业ETF推出的环境越来越成熟。").entities
    [org] = [e for e in found if e.type == "ORG"]
    assert org.name == "银河证券" and "银河证券基金研究部" in org.aliases


@pytest.mark.parametrize("text,company,department", [
    # a few words on the desk may stand between the company's name and its department's, when the text names the
    # company on its own too
    ("美林证券下调了评级。美林证券股票研究部认为，市场将在下半年回暖。", "美林证券", "美林证券股票研究部"),
    ("富力地产昨日开盘。富力地产北京营销中心负责人表示，项目销售良好。", "富力地产", "富力地产北京营销中心"),
    ("华泰证券营业部的新开户数增加了三成。", "华泰证券", "华泰证券营业部"),
    ("长盛基金管理部总监王明说，债市仍有机会。", "长盛基金", "长盛基金管理部"),
    ("国信证券投资银行事业部负责人表示，项目已经过会。", "国信证券", "国信证券投资银行事业部"),
])
def test_a_department_named_with_a_desk_word_is_its_company(text, company, department):
    [org] = [e for e in extractor.extract(text).entities if e.type == "ORG"]
    assert (org.name, department in org.aliases) == (company, True)


@pytest.mark.parametrize("text,name", [
    ("美林证券股票研究部认为，市场将在下半年回暖。", "美林证券股票研究部"),  # the company is not named on its own
    ("农行连云港分行营业部的客户增加了。", "农行连云港分行营业部"),          # (not 农行连云: a branch's office)
    ("深交所创业板公司管理部发出关注函。", "深交所创业板公司管理部"),        # a board's companies are no company
])
def test_a_department_stays_whole_where_its_company_is_not_named_alone(text, name):
    assert ("ORG", name) in entities(text)


def test_what_belongs_to_a_company_is_no_part_of_its_name():
    found = entities("主要债权人包括凯雷集团旗下信贷公司和一家对冲基金。")
    assert ("ORG", "凯雷集团") in found


def test_the_head_of_a_company_name_written_alone_is_the_company():
    doc = extractor.extract("五家公司分别为恒大地产、明发集团和卓越地产。明发拟筹最少80亿港元，表现卓越。")
    [org] = [e for e in doc.entities if "明发集团" in [e.name, *e.aliases]]
    assert "明发" in [org.name, *org.aliases]
    assert not any(e.name == "卓越" for e in doc.entities)   # 卓越/a: a word of the language


def test_a_legal_form_cut_off_by_a_quote_ticker_is_no_entity():
    names = {name for _, name in entities("中南城投将累计质押给天风证券(10.100,0.26,2.64%)股份有限公司的3000万股解押。")}
    assert "股份有限公司" not in names


def test_a_person_known_by_surname_and_honorific_is_named_with_both():
    people = {name for kind, name in entities("购房者曲先生看着价格叹了一口气。老基民石先生说了这样一句话。") if kind == "PERSON"}
    assert {"曲先生", "石先生"} <= people and "曲" not in people


@pytest.mark.parametrize("text,name", [
    ("大股东上海世茂投资管理有限公司累计增持5%。", "上海世茂投资管理有限公司"),
    ("公司股东融晟置业有限公司质押51%的股权。", "融晟置业有限公司"),
    ("公司第一大股东东宝实业集团有限公司将其股份解除质押。", "东宝实业集团有限公司"),   # 股东|东宝, not 股|东东宝
    ("长安汽车控股股东中国兵器装备集团有限公司增持股份。", "中国兵器装备集团有限公司"),  # whose shareholder, before it
    ("左江科技拟设立控股子公司成都北网科技有限公司，注册资本为1000万元。", "成都北网科技有限公司"),  # whose subsidiary
])
def test_a_shareholders_role_read_into_its_name_is_cut_off(text, name):
    assert ("ORG", name) in entities(text)


def test_a_time_word_inside_a_name_and_a_defined_short_name_over_its_parts():
    text = "公司与成都北网未来企业管理合伙企业(有限合伙)(“北网未来”)共同投资设立北网科技。北网未来以货币出资200万元。"
    doc = extractor.extract(text)
    partnership = next(e for e in doc.entities if e.name == "成都北网未来企业管理合伙企业(有限合伙)")
    assert "北网未来" in partnership.aliases
    assert [f.subject for f in doc.facts if f.value == 2000000] == [partnership.name]  # 北网|未来以货币出资, not 北网


@pytest.mark.parametrize("text, not_fund", [
    ("通策医疗陷规模成长困境 过度依赖浙江区域市场\n近日，通策医疗发布三季度业绩报告。", "通策医疗陷规模成长"),
    ("中国移动今年第三季净收益增长5%。中国移动股价上涨。", "中国移动今年第三季净收益"),
    ("软银获得巨大回报。软银此前投资了阿里巴巴。", "软银获得巨大回报"),
])
def test_a_sentence_about_a_company_is_no_fund_named_after_it(text, not_fund):
    assert not any(e.name == not_fund for e in extractor.extract(text).entities)


def test_funds_named_after_their_company_with_a_verb_or_a_time_word_in_the_name():
    names = {e.name for e in extractor.extract(
        "富国天丰强化收益今年以来上涨5%。国联安增裕一年定开债券成立。富国基金表示看好债市。国联安基金发布公告。").entities}
    assert {"富国天丰强化收益", "国联安增裕一年定开债券"} <= names


def test_a_run_of_spaces_ends_a_name():
    text = "相关报道：\xa0\xa0\xa0\xa0暂时回避债券基金\xa0\xa0\xa0\xa0债券基金亏损大 货币基金盈利稳\xa0\xa0\xa0\xa0债券基金收益率直线下降\n"
    doc = extractor.extract(text)
    assert all(not e.name[:1].isspace() and "\xa0\xa0" not in e.name for e in doc.entities)
    assert all(text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_a_name_before_its_labelled_stock_code_is_a_listed_company():
    assert ("ORG", "高能环境") in entities("挖贝网5月7日消息，高能环境（证券代码：603588）发布公告称，公司收到两份中标通知书。")


def test_a_figure_before_a_listed_name_is_no_part_of_it():
    found = entities("原标题：股东超额减持214万元天和防务(51.160,-0.42,-0.81%)收到深交所监管函")
    assert ("ORG", "天和防务") in found and ("ORG", "214万元天和防务") not in found


def test_a_document_is_no_organisation_unless_in_title_marks_a_work():
    text = "股东超额减持214万元 天和防务收到深交所监管函\n3月5日，天和防务收到深交所监管函。深交所表示，股东违规减持。"
    names = {e.name for e in extractor.extract(text).entities}
    assert "深交所" in names and not any(name.endswith("监管函") for name in names)
    doc = extractor.extract("近日，公司收到招标人发来的《中标通知书》，中标金额1.64亿元。")
    assert ("WORK", "中标通知书") in {(e.type, e.name) for e in doc.entities}


def test_a_nationality_is_no_name():
    assert "汉族" not in {e.name for e in extractor.extract("公开资料显示，钱丰，男，汉族，安徽枞阳人，1957年出生。").entities}


def test_the_source_label_of_a_report_is_no_name():
    doc = extractor.extract("原标题：新世界发展：黄少媚、赵慧娴任执行董事    来源：中国网地产")
    assert "来源" not in {e.name for e in doc.entities}


@pytest.mark.parametrize("text,name", [
    ("南方稳健成长贰号去年年底持有ST盐湖478.92万股。", "ST盐湖"),   # the tagger reads 盐湖 as a place
    ("其中，*ST中新最新年报显示，该股前十大流通股股东中有3只基金。", "*ST中新"),
])
def test_a_company_under_special_treatment_keeps_its_prefix(text, name):
    assert ("ORG", name) in entities(text)


def test_the_class_of_special_treatment_stocks_is_no_company():
    assert not entities("S股和ST股也入基金法眼。")


@pytest.mark.parametrize("text,names", [
    ("基金安顺、基金景宏、基金同益这三只基金跌幅相对较大。", ["基金安顺", "基金景宏", "基金同益"]),  # a list of them
    ("开盘交易的封闭式基金中，基金泰和全周上涨3.61%，领涨封基。", ["基金泰和"]),                     # its price moving
    ("博时平衡配置跌0.09%，天治财富增长微跌0.02%。", ["博时平衡配置", "天治财富增长"]),             # a brand and a fund's name
])
def test_funds_named_where_their_prices_move_or_in_a_list_of_funds(text, names):
    found = entities(text)
    assert all(("PRODUCT", name) in found for name in names), found


@pytest.mark.parametrize("text", ["基金净值普遍下跌，基金整体上涨2%。", "买基金也要看基金经理。"])
def test_what_is_said_of_funds_names_none(text):
    assert not [name for kind, name in entities(text) if kind == "PRODUCT"]


def test_no_place_inside_a_word():
    assert ("LOC", "中国") not in entities("SMCP集团上半年销售额同比上涨9.5%，其中国际销售增幅为14.0%。")


def test_a_weeks_measure_is_no_person_and_a_fund_brand_no_person():
    found = entities("周涨幅前五名的基金中，诺安灵活配置领涨，周增长率为3.65%。（记者 武红利）")
    assert ("PERSON", "周涨幅") not in found and ("PERSON", "周增长率") not in found
    assert ("PERSON", "武红利") in found
    assert ("PRODUCT", "诺安灵活配置") in found


def test_funds_named_by_the_index_they_track():
    found = entities("上证180ETF上涨0.53%，报5.528元；易方达深证100ETF上涨0.66%；50ETF下跌0.2%，报价1.798.16LOF")
    assert {("PRODUCT", "上证180ETF"), ("PRODUCT", "易方达深证100ETF"), ("PRODUCT", "50ETF")} <= set(found), found
    assert ("PRODUCT", "16LOF") not in found  # (798.16|LOF: a figure's decimals name no fund)


def test_a_name_that_announces_on_a_day_is_an_organisation():
    found = entities("大连圣亚7月4日晚公告称，公司收到股东通知。")
    assert ("ORG", "大连圣亚") in found and ("LOC", "大连圣亚") not in found
    assert ("LOC", "北京") in entities("北京6月1日公布，全市GDP增长5%。")  # (a place's own name stays a place)


def test_funds_of_a_brand_named_where_their_prices_move_in_a_list():
    found = entities("LOF基金方面，广发小盘下跌2.02%，其他靠前的有嘉实300跌1.77%，融通领先跌1.58%，南方高增跌1.47%。")
    assert {("PRODUCT", "嘉实300"), ("PRODUCT", "融通领先"), ("PRODUCT", "南方高增")} <= set(found), found


def test_a_company_a_brand_starts_stays_a_company():
    found = entities("基金重仓股中，南方航空跌2%，华夏银行跌1%。")
    assert ("PRODUCT", "南方航空") not in found and ("PRODUCT", "华夏银行") not in found


@pytest.mark.parametrize("text, short", [
    ("无锡奥特维科技股份有限公司拟在科创板上市。首轮回复中，奥特维表示去年确认股份支付1.5亿元。", "奥特维"),
    ("上海德殷德润实业发展有限公司受让了公司股份。德殷德润表示，本次受让是基于对公司价值的认可。", "德殷德润"),
    # a name opening with a surname, followed in the company's name by a word of a company's name
    ("国海富兰克林基金公司获评金牛基金公司。这是对富兰克林十年来努力的一种肯定。", "富兰克林"),
    ("禹洲地产昨日公布业绩。禹洲表示，今年销售目标为300亿元。", "禹洲"),
])
def test_part_of_an_organisation_s_name_is_that_organisation(text, short):
    doc = extractor.extract(text)
    holders = [(e.type, e.name) for e in doc.entities if short in (e.name, *e.aliases)]
    assert len(holders) == 1 and holders[0][0] == "ORG" and short in holders[0][1], holders


@pytest.mark.parametrize("text, person", [
    ("鹏辉能源股东夏信德本月减持了100万股。夏信德表示，减持是出于个人资金需求。", "夏信德"),   # the name ends it
    ("李嘉诚基金会宣布捐款1亿元。李嘉诚表示，希望帮助更多学生。", "李嘉诚"),              # a body founded after him
])
def test_a_person_named_inside_an_organisation_s_name_stays_a_person(text, person):
    assert ("PERSON", person) in entities(text)


def test_a_declared_short_name_read_as_a_person_joins_the_full_name():
    doc = extractor.extract("无锡奥特维科技股份有限公司（以下简称“奥特维”）拟上市。奥特维表示去年确认股份支付1.5亿元。")
    merged = [e for e in doc.entities if "奥特维" in (e.name, *e.aliases)]
    assert [(e.type, e.name) for e in merged] == [("ORG", "无锡奥特维科技股份有限公司")]


def test_a_run_of_no_break_spaces_names_no_one():
    doc = extractor.extract("请注明来源。\u00a0\u00a0\u00a0\u00a0相关报道：\u00a0\u00a0\u00a0\u00a0谨防基金脚底抹油\u00a0\u00a0\u00a0\u00a0基金重仓股后市行情或胜出")
    assert all(e.name.strip() for e in doc.entities)


def test_a_short_name_in_quotation_marks_after_the_full_name_is_the_same_organisation():
    doc = extractor.extract("公司接到股东上海南都集团有限公司(“上海南都”)的通知，上海南都解除质押811万股。")
    holders = [(e.name, e.aliases) for e in doc.entities if "上海南都" in (e.name, *e.aliases)]
    assert holders == [("上海南都集团有限公司", ["上海南都"])], holders


def test_a_company_named_with_its_code_is_the_company_where_a_part_of_it_was_read():
    doc = extractor.extract("遭大摩下调目标价 中国粮油跌3.6%创三年新低\n大摩发布研报，将中国粮油(00606)目标价由2.3港元降至2港元。")
    assert not any(e.name == "中国" for e in doc.entities)
    assert len([m for e in doc.entities if e.name == "中国粮油" for m in e.mentions]) == 2


def test_a_familiar_name_is_an_alias_of_the_one_person_with_that_surname():
    found = entities("私募基金经理周国强入行十五年，曾是知名操盘手。老周说，今年的行情比去年好做得多。")
    assert "老周" in found[("PERSON", "周国强")].aliases
    assert ("PERSON", "老周") not in found


def test_a_familiar_name_stays_apart_when_two_people_share_the_surname():
    found = entities("基金经理周国强和研究员周立明都看好后市。老周说，今年的行情比去年好做得多。")
    assert "老周" not in found[("PERSON", "周国强")].aliases


@pytest.mark.parametrize("text,not_person", [
    ("上周，沪深两市主要指数的周平均上涨幅度超过7%，指数型基金周平均净值增长率为6.48%。", "周平均"),
    ("上证基金指数全周升0.43%，成交量有所放大。", "周升"),
])
def test_a_week_s_change_is_no_person_named_zhou(text, not_person):
    assert ("PERSON", not_person) not in entities(text)


def test_a_person_named_zhou_stays_a_person():
    assert ("PERSON", "周平") in entities("基金经理周平说，今年的行情比去年好做得多。")


def test_a_figure_is_no_name():
    doc = extractor.extract("温州市财政地税部门确定全市财政总收入计划为360亿元，其中地方财政收入190.9亿元。")
    assert not any(e.name.startswith("360") for e in doc.entities)


def test_first_generation_closed_end_funds_by_their_names_but_not_by_their_short_forms():
    found = entities("基金通乾上涨1.2%，基金安顺紧随其后。安顺市的游客增加了。")
    assert ("PRODUCT", "基金通乾") in found and ("PRODUCT", "基金安顺") in found
    assert not any(name == "安顺" and kind == "PRODUCT" for kind, name in found)


def test_kinds_of_camera_parts_and_ports_are_not_names():
    found = {name for _, name in entities("索尼T90采用1/2.5英寸的CCD传感器，支持HDMI输出和WiFi传输。")}
    assert not found & {"CCD", "HDMI", "WiFi"}
    assert "索尼T90" in found


@pytest.mark.parametrize("text,not_a_name", [
    ("每经AI快讯，海信家电今日公告回购股份。", "AI"),
    ("本次回购方案已经董事会审议通过。相关公告内容详见巨潮资讯网。", "相关"),
    ("截至10月31日，广东全省晚稻收购量达到12万吨。", "截至"),
    ("第三届金牌董秘评选正在进行中，谁是你心中的最佳董秘？", "董秘"),
])
def test_common_words_the_tagger_takes_for_names(text, not_a_name):
    assert not_a_name not in {name for _, name in entities(text)}


def test_saudi_aramco_is_one_company():
    found = entities("受沙特阿美油田遇袭影响，布伦特原油期货大涨。")
    assert ("ORG", "沙特阿美") in found


def test_links_rules_and_bylines_are_read_as_what_they_are():
    found = entities("代星/文 公司董秘孟庆昕表示，公司经营正常。")
    assert ("PERSON", "代星") in found and ("PERSON", "孟庆昕") in found      # the byline's and the officer's names
    names = {name for _, name in entities("详见深交所网站www.szse.cn/disclosure/listed/index.html。"
                                           "根据深圳证券交易所股票上市规则，公司应当披露。")}
    assert not any("/" in name or name.endswith("规则") for name in names)    # no link, no rule book


def test_a_holding_company_read_as_a_place_with_the_role_before_it():
    from extractor.pipeline import load, run
    from extractor.records import Mention
    nlp = load()
    text = "金科股份控股股东金科控股解除质押4447万股"
    doc = run(nlp, text)
    start = text.index("股东金科控股")
    read = Mention(start, start + 6, text[start:start + 6], "LOC", "lac")   # as the tagger may read it
    cut = nlp.get_pipe("extractor_entities")._without_leading_role(doc, read)
    assert (cut.type, cut.text) == ("ORG", "金科控股")


@pytest.mark.parametrize("text,place,named", [
    ("外资来华投资增加了12%。", "华", True),                      # 来华投资: China, by its one-character name
    ("今年以来新发行的21只偏股型基金中有6只亏损。", "新", False),  # 以来|新发行: since, then new; no 新疆
])
def test_one_character_places_after_a_verb_of_coming(text, place, named):
    assert (("LOC", place) in entities(text)) == named


@pytest.mark.parametrize("text,name", [
    ("这位业主刘先生告诉记者，物业费涨了三倍。", "刘先生"),   # what he is, then surname and honorific
    ("网友王女士说，她暂时不会买房。", "王女士"),
    ("部门经理张先生表示，业绩会好转。", "张先生"),           # a job title before them
])
def test_a_person_known_by_surname_and_honorific_after_what_they_are(text, name):
    assert ("PERSON", name) in entities(text)


@pytest.mark.parametrize("text,name", [
    # disclosure sites, data platforms and financial papers (patterns/aliases.tsv)
    ("据天眼查数据显示，杭州众车出行科技有限公司早在2018年就已成立。", "天眼查"),
    ("相关公告内容详见巨潮资讯网及《中国证券报》。", "巨潮资讯网"),
    ("据上清所消息，该公司发行了10亿元短期融资券。", "上海清算所"),
    ("据挖贝新三板研究院资料显示，该公司主要为大众传媒提供服务。", "挖贝新三板研究院"),
])
def test_known_media_and_data_platforms_are_organisations(text, name):
    assert ("ORG", name) in entities(text)


@pytest.mark.parametrize("text,name", [
    # rating agencies, accountants, property agents and fund sellers the tagger reads as people or misses
    ("穆迪表示，将该公司的评级展望调整为负面。", "穆迪"),
    ("安永发布的报告显示，今年一季度共有30家企业上市。", "安永"),
    ("戴德梁行认为，明年写字楼租金仍将下降。", "戴德梁行"),
    ("对此，好买基金认为，二季度的市场机会应小于一季度。", "好买基金"),
    ("据中指院统计，上月百城新房均价上涨0.2%。", "中国指数研究院"),   # a short name, under the full one
])
def test_known_agencies_and_advisers_are_organisations(text, name):
    assert ("ORG", name) in entities(text)


def test_an_oil_benchmark_is_a_product_and_its_price_is_its_own():
    doc = extractor.extract("周一布伦特下跌1.5%，至每桶65美元。")
    assert [(e.type, e.name) for e in doc.entities] == [("PRODUCT", "布伦特原油")]
    assert {f.subject for f in doc.facts} == {"布伦特原油"}


@pytest.mark.parametrize("text, name, latin", [
    ("币安首席执行官赵长鹏(CZ)公布了新卡计划。但CZ承认，推出新卡遇到了困难。", "赵长鹏", "CZ"),
    ("特斯拉首席执行官埃隆·马斯克（Elon Musk）表示，公司将扩产。Musk还称，新车将于明年交付。", "埃隆·马斯克", "Musk"),
    ("软银集团（SoftBank）表示，将继续投资。SoftBank还称，愿景基金亏损扩大。", "软银集团", "SoftBank"),
])
def test_a_name_and_its_latin_form_in_brackets_are_one_entity(text, name, latin):
    holders = [e for e in extractor.extract(text).entities if latin in (e.name, *e.aliases)]
    assert [e.name for e in holders] == [name]


def test_a_latin_name_read_as_a_company_makes_its_transliteration_one():
    assert ("ORG", "迈克菲") in entities("迈克菲(McAfee)将出售3700万股A类股，每股价格在19至22美元之间。")


def test_a_kind_of_fund_in_brackets_is_no_other_name():
    doc = extractor.extract("华夏蓝筹核心基金(LOF)今日起开放日常申购。")
    assert all("LOF" not in e.aliases for e in doc.entities)


@pytest.mark.parametrize("text, names", [
    ("本次发行由摩根大通和美银证券担任联席保荐人。", {"摩根大通", "美银证券"}),
    ("Wind统计显示，招商、国泰、东方和易方达四家基金公司的债基业绩跌幅居前。", {"东方", "易方达基金"}),
])
def test_two_organisations_joined_by_a_conjunction_are_two(text, names):
    assert names <= {e.name for e in extractor.extract(text).entities if e.type == "ORG"}


@pytest.mark.parametrize("text, name", [
    ("北京协和医院今年门诊量增长了10%。", "北京协和医院"),          # 协和 is a word, not 协|和
    ("朔州市发展和改革委员会发布了采购公告。", "朔州市发展和改革委员会"),  # no organisation before 和
])
def test_a_conjunction_inside_one_name_does_not_split_it(text, name):
    assert name in {e.name for e in extractor.extract(text).entities}


def test_a_short_name_opening_the_headline_and_written_again_is_the_company():
    text = ("全新好：预计前三季度净利润亏损4350万元\n"
            "全新好晚间发布业绩预告，预计前三季度净利润亏损4350万元。全新好表示，亏损主要源于投资损失。")
    assert ("ORG", "全新好") in entities(text)


def test_a_short_name_opening_the_headline_and_announcing_once_is_the_company():
    assert ("ORG", "高能环境") in entities("高能环境：1.64亿元中标垃圾焚烧厂项目\n高能环境6月1日公告，近日公司收到中标通知书。")


@pytest.mark.parametrize("text", [
    "收评：三大股指集体收涨\n今日三大股指集体收涨，成交量放大。",
    "公告解读：航发科技拟收购资产\n公告解读：航发科技发布公告称，拟收购资产。",   # a column's name, repeated
])
def test_a_label_opening_the_headline_is_no_company(text):
    assert ("ORG", text[:text.index("：")]) not in entities(text)
