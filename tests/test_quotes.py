"""Quotes and their speakers on real sentences (seed article; FewFC: CC BY-SA 4.0, CASIA NLP / CMB)."""
from __future__ import annotations

import pytest

import extractor


def quotes(text: str):
    return extractor.extract(text).quotes


def test_speaker_after_the_quote():
    [q] = quotes("“最早的3000万粉丝来自短视频。”郑建鹏告诉记者。")
    assert (q.speaker, q.cue, q.text) == ("郑建鹏", "告诉记者", "最早的3000万粉丝来自短视频。")


def test_speaker_before_the_quote():
    [q] = quotes("魏在接受《中国经营报》等媒体采访时表示：“过去总有人怀疑电商人才，但现在可以明确地说，这不是昙花一现。”")
    assert q.speaker == "魏"
    assert q.cue == "表示"


def test_speaker_with_title_and_organisation():
    [q] = quotes("“之所以选择在杭州举办，是因为杭州是电子商务的胜地。”Tik Tok电子商务副总裁穆青在现场表示。")
    assert q.speaker == "穆青"


def test_anonymous_speaker_is_kept_as_text():
    q, reported = quotes("“基于阿里对供应链的深耕，淘宝直播的底盘逻辑是货。”Tik Tok一位内部人士告诉记者，商机可以概括为内容。")
    assert reported.text == "商机可以概括为内容"
    assert q.speaker is None
    assert q.speaker_text == "Tik Tok一位内部人士"


def test_organisation_as_speaker_fewfc():
    [q] = quotes("联储证券方面向记者表示：“我司已请求司法机关查封了东方金钰持有的金钰实业100%股权。")
    assert q.speaker == "联储证券"


def test_quoted_terms_are_not_quotes():
    assert quotes("在“2021电商人才峰会”上，朱梓骁在“818”新时尚好东西节期间荣登榜首。") == []


def test_a_quote_listed_with_one_said_is_said_too():
    found = quotes("张华曾宣称“出差不坐头等舱”、“上班能骑车就不要开车”。这款产品被称为“小金库”、“零钱宝”。")
    assert [(q.text, q.speaker) for q in found] == [("出差不坐头等舱", "张华"), ("上班能骑车就不要开车", "张华")]


def test_pronoun_refers_back_to_the_last_speaker():
    found = quotes("“我现在80%的生活都被直播占据了。”朱梓骁告诉记者。“我非常珍惜我的翅膀。”他说。")
    assert [q.speaker for q in found] == ["朱梓骁", "朱梓骁"]
    assert found[1].speaker_text == "他"


def test_figure_inside_quote_points_to_it():
    doc = extractor.extract("“我每个月要带20 ~ 30个新人。”房建说。")
    [fact] = doc.facts
    assert fact.quote_id == doc.quotes[0].id
    assert (fact.value, fact.upper, fact.subject) == (20.0, 30.0, "房建")   # 我: the speaker's own


def test_phrases_ending_in_a_speech_verb_are_not_speech():
    for text in ["所谓有机增长，是指相对于增长速度与幅度来说，增长的来源、质量与持续性可能更为重要。",
                 "也就是说，市场短期难以回到高估值水平上。"]:
        assert extractor.extract(text).quotes == [], text
    assert extractor.extract("王晓明表示，市场短期难以回到高估值水平上。").quotes[0].speaker == "王晓明"


@pytest.mark.parametrize("text", [
    "公司股东北京星河创业投资有限公司（以下简称“星河创投”）计划减持不超过2%的股份。",
    "证券代码：600000 证券简称：星河股份 公告编号：2020-001",
    "1、项目名称：星河大道改造工程（EPC）项目",
])
def test_a_name_given_is_no_quote(text):
    assert extractor.extract(text).quotes == []


def test_one_who_withholds_a_name_does_not_speak_by_withholding():
    found = quotes("一位不愿透露姓名的私募基金经理表示，下半年市场或将震荡上行。")
    assert [(q.speaker_text, q.span.text[:4]) for q in found] == [("一位不愿透露姓名的私募基金经理", "下半年市")]


def test_a_communique_speaks_for_the_body_that_issued_it():
    text = ("中共中央纪委第四次全会19日在北京举行，会议公报透露，将把住房、投资等情况列入领导干部必须报告的个人事项。"
            "公报指出，党的事业愈发展，党的建设愈深入。公报强调，各级纪委要加强党性教育。")
    quotes = extractor.extract(text).quotes
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"中共中央纪委"}, [(q.speaker, q.speaker_text) for q in quotes]


@pytest.mark.parametrize("text,speaker,starts", [
    ("但不少券商则持有相反的观点。国泰君安认为今年上半年中国都将面临较大的通缩压力。", "国泰君安", "今年上半年"),
    ("周贵银表示应该选择一些非周期性行业，结合A股的情况。", "周贵银", "应该选择"),
    ("五合国际的总经理邹毅也表达出类似的观点，认为很多公司可能已经到了非上市不可的时候。", "邹毅", "很多公司"),
    ("对于此次回调，高盛认为只是技术调整。", "高盛", "只是技术"),          # a short content from a name
    ("而上海一位私募基金人士则认为目前震荡市的格局并没有转换。", None, "目前震荡市"),  # an unnamed person, described at length
    ("随后，美国证监会指控该公司在上市前隐瞒了关联交易。", "美国证监会", "该公司在上市前"),  # an accusation is reported speech
])
def test_reported_speech_without_a_comma(text, speaker, starts):
    found = [q for q in quotes(text) if q.text.startswith(starts)]
    assert found and found[0].speaker == speaker, [(q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize("text", ["公司对此表示感谢。", "他表示同意。", "一般认为这样做不好。",
                                  "今天我们正式宣布完成B轮融资。",                  # a short content from no one named
                                  "要求其以传真回复的方式来表示同意修改意见。",      # a long description that is no one
                                  "该行调整了中资石油股的盈利预测及股份目标价。",    # 盈利预测: a noun
                                  "一开发商直言不讳地告诉记者很多地方都是这么操作。",  # an idiom
                                  "可能大多数人除了马化腾外就再也说不出来几个了。",
                                  "问卷结果显示，40.82%的被调查者认为今年债市将下行。"])  # a survey's result
def test_no_reported_speech_without_a_content(text):
    assert quotes(text) == []


def test_the_board_speaks_for_its_company():
    text = ("百信国际(00574-HK)公布，主席陈燕飞离任。百信国际的股东会上，香港高等法院的命令被提及。"
            "董事会认为，于陈先生离任后，公司运营不受影响。")
    found = [q for q in quotes(text) if q.text.startswith("于陈先生")]
    assert found and found[0].speaker == "百信国际"


def test_an_announcement_with_an_aside_between_speaker_and_verb():
    [q] = quotes("上周末，英伟达公司（Nvidia）宣布将以400亿美元的价格从软银集团手中收购Arm。")
    assert q.speaker == "英伟达" and q.text.startswith("将以400亿美元")


def test_a_passive_after_announce_is_not_speech():
    assert quotes("宣布被英伟达收购后 Arm联合创始人要求英国政府干预") == []


def test_the_speaker_of_the_clause_before_is_its_subject_and_a_quoted_term_does_not_end_the_content():
    text = "现在，Hermann Hauser已经向英国首相鲍里斯约翰逊写了一封公开信，表示其“非常担心”该笔交易，以及担心就业情况。"
    [q] = quotes(text)
    assert q.speaker == "Hermann Hauser"


def test_the_reporter_of_a_byline_does_not_speak_for_the_company():
    [q] = quotes("诺德债券基金首募11.84亿元证券时报记者 陈 墨本报讯 诺德基金管理公司今日公告称，旗下诺德增强收益债券型基金顺利完成募集。")
    assert q.speaker == "诺德基金管理公司"


def test_a_bracketed_aside_does_not_end_the_speakers_clause():
    text = "每经AI快讯，方盛制药（SH 603998，收盘价：6.87元）7月7日晚间发布公告称，公司控股股东张庆华先生于7月7日将约1779.65万股解除质押。"
    [q] = quotes(text)
    assert q.speaker == "方盛制药"


def test_he_is_the_person_named_last_before():
    text = ("民营企业家单伟豹认为，国企更容易获得银行贷款。中坤集团董事长黄怒波则称呼国企为市场的“野蛮人”。"
            "他表示，改革开放以来，房地产领域一直是市场化程度较高的行业。")
    said = [q for q in quotes(text) if q.text.startswith("改革开放以来")]
    assert said and said[0].speaker == "黄怒波"


def test_the_board_and_its_directors_speak_for_the_company():
    text = ("华人饮食集团(08272)公布，拟收购三家茶餐厅公司。董事会相信，鉴于市场对优质茶餐厅餐饮的需求增加，新业务将带来收益。"
            "董事认为，收购事项为集团带来优质茶餐厅品牌。")
    said = [q for q in quotes(text) if q.cue in ("相信", "认为")]
    assert len(said) == 2 and all(q.speaker == "华人饮食集团" for q in said)


def test_a_job_title_is_no_verb_of_saying():
    text = "“华电国际目前估值基本处于合理范围。”东方证券煤炭行业资深分析师张仲华表示。"
    doc = extractor.extract(text)
    assert [q.speaker for q in doc.quotes] == ["张仲华"]


def test_the_turns_of_a_transcript_are_quotes():
    text = ("主持人：我们有两个话题，刚才大家在不同的角度都发表了自己的见解。任志强：今年的增长幅度太大了，明年肯定不如今年。"
            "单伟豹：国企永远不是民企的对手，以前是这样，现在这样。")
    doc = extractor.extract(text)
    got = [(text[q.span.start:q.span.start + 6], q.speaker, q.speaker_text) for q in doc.quotes]
    assert got == [("我们有两个话", None, "主持人"), ("今年的增长幅", "任志强", "任志强"), ("国企永远不是", "单伟豹", "单伟豹")]


@pytest.mark.parametrize("text,turns", [
    # an interviewer named as its paper in 《》, and companies answering in turn, each opening its sentence
    ("专访吴桂英《经济观察报》：东扩的消息一经披露，楼盘价格应声上涨，您怎么看？吴桂英：东扩是市政府拍板定夺的。",
     [("东扩的消息", "经济观察报"), ("东扩是市政", "吴桂英")]),
    ("各家基金公司看后市。华夏基金：关注受益于刺激政策的行业。嘉实基金：超配金融和地产。",
     [("关注受益于", "华夏基金"), ("超配金融和", "嘉实基金")]),
])
def test_organisations_take_turns_too(text, turns):
    assert [(q.text[:5], q.speaker) for q in quotes(text)] == turns


def test_one_name_and_colon_is_no_transcript():
    doc = extractor.extract("单伟豹：国企不是民企对手。地王会死的很惨。")
    assert doc.quotes == []


@pytest.mark.parametrize("text, starts, speaker, speaker_text", [
    ("有机增长成选股新标准尽管众多基金经理都认为目前是战略性建仓的好时机，但选股思路却不尽相同。", "目前是战略", None, "众多基金经理"),
    ("但不少券商则持有相反的观点。中金公司也指出其分析显示，即便剔除春节因素，通缩也在进一步加深。", "其分析显示", "中金公司", "中金公司"),
    ("银河联昌发表研究报告指，蚂蚁集团(6688.HK)暂缓上市对阿里巴巴(9988.HK)影响有限。", "蚂蚁集团", "银河联昌", "银河联昌"),
    ("银河证券基金研究总监王群航则表示应谨慎，这后10只新基金可以在9月份之前缓慢建仓。", "应谨慎", "王群航", "王群航"),
    ("国泰君安虽然保持联通的中性评级，但仍然认为该公司在重组中获得了一张上佳的牌。", "该公司在重组", "国泰君安", "国泰君安"),
])
def test_reported_opinions(text, starts, speaker, speaker_text):
    doc = extractor.extract(text)
    got = [(q.speaker, q.speaker_text) for q in doc.quotes if text[q.span.start:].startswith(starts)]
    assert got == [(speaker, speaker_text)]


def test_a_notice_is_no_organisation_and_its_company_speaks():
    doc = extractor.extract("通化东宝 公告披露，公司第一大股东东宝实业集团有限公司将质押给吉林银行的股份解除质押。")
    assert "公告" not in {e.name for e in doc.entities}
    assert [q.speaker for q in doc.quotes] == ["通化东宝"]


def test_a_short_word_after_biaoshi_in_a_short_sentence_is_no_speech():
    assert extractor.extract("张明表示感谢。").quotes == []


def test_an_action_is_no_opinion():
    doc = extractor.extract("此轮政策强调了增加市场供应，特别是廉租房的建设，以此平抑房价的上涨。")
    assert doc.quotes == []


@pytest.mark.parametrize("text, speaker, speaker_text", [
    ("在部分业内人士看来，房地产行业过多的担保融资隐藏着风险。", None, "部分业内人士"),
    ("在张远忠看来，基金公司不愿分红的原因在于规模考核。", "张远忠", "张远忠"),
    ("在德圣基金研究中心首席分析师江赛春看来，两只基金的分红策略迥然不同。", "江赛春", "江赛春"),  # a long title first
])
def test_a_view_framed_as_someone_s_is_their_speech(text, speaker, speaker_text):
    doc = extractor.extract(text)
    assert [(q.speaker, q.speaker_text) for q in doc.quotes] == [(speaker, speaker_text)]


def test_told_this_paper_s_reporter():
    doc = extractor.extract("李四告诉本报记者，公司目前运营正常，没有裁员计划。")
    assert [q.speaker for q in doc.quotes] == ["李四"]


def test_a_fund_speaks_for_its_managers():
    doc = extractor.extract("广发小盘基金认为，A股市场未来一段时期仍有可能延续上升趋势。")
    assert [q.speaker for q in doc.quotes] == ["广发小盘基金"]


@pytest.mark.parametrize("text,speaker,speaker_text", [
    ("消息指，蚂蚁金服及复星国际等多家现有股东打算参与最新一轮融资。", None, "消息"),        # 指 after a comma-less source
    ("而对于今年的基金投资，孙五一建议普通投资者学会“遗忘”，忘掉去年熊市留下的包袱。", "孙五一", "孙五一"),  # 建议 needs no comma
])
def test_more_verbs_of_saying(text, speaker, speaker_text):
    [quote] = extractor.extract(text).quotes
    assert (quote.speaker, quote.speaker_text) == (speaker, speaker_text)


def test_that_bank_is_the_house_that_was_speaking():
    doc = extractor.extract("银河联昌发表研究报告指，蚂蚁集团暂缓上市对阿里巴巴影响有限。该行指，蚂蚁集团线上支付业务不太会受到影响。")
    assert [q.speaker for q in doc.quotes] == ["银河联昌", "银河联昌"]


@pytest.mark.parametrize("text,speaker", [
    ("很有意思的是，谢国忠在私下里告诉理财一周报记者：“问我现在市场怎么做，我不知道。”", "谢国忠"),   # an outlet's reporter
    ("天治基金投研部总监吴涛告诉理财一周报记者：“刚公布的一季度宏观经济数据，与版本几乎没有相差。”", "吴涛"),
    ("知名投资人士迈克吴对记者做了一个有意思的归纳：“经济学家是纯理论。”", "迈克吴"),                # a colon before the quote
])
def test_a_quote_after_a_colon_or_told_to_a_named_outlet(text, speaker):
    [quote] = extractor.extract(text).quotes
    assert quote.speaker == speaker


def test_a_speaker_far_after_the_quote_and_a_pronoun_opening_the_speaker_phrase():
    text = ("“债基必将让位于股基，债市走势会越来越低迷。”江南证券债券分析师康海荣在接受《华夏时报》记者采访时一针见血地指出。"
            "康海荣则对于股市乐观许多。她对投资者的建议是：“目前债市整体形势不好，股票基金是最好的选择了。”")
    first, second = quotes(text)
    assert first.speaker == "康海荣"
    assert second.speaker == "康海荣"


def test_a_person_brought_in_between_two_quotes_says_the_second():
    text = ("“现在后悔有什么用，谁让咱当时没买呢。”购房者曲先生说。"
            "而购房者薛先生则是幸运的一个，一下子买了两套。“其实当时也有些犹豫，现在想来幸亏下手早。”")
    first, second = quotes(text)
    assert (first.speaker, second.speaker) == ("曲先生", "薛先生")


def test_a_colon_after_a_person_in_an_earlier_clause_and_a_cue_before_the_colon():
    [q] = quotes("一位投资基金将近五年的老基民石先生，在被问及他的基金投资心得时，说了这样一句话：“一定不要在市场下跌的时候轻易赎回。”")
    assert q.speaker == "石先生"


def test_a_cue_and_colon_before_a_quote_outrank_a_cue_after_it():
    [q, *_] = quotes("投研部总监吴涛告诉记者：“刚公布的数据与流传的版本几乎没有相差。”这与陈东琪在论坛上所言“统计过程十分繁复”一致。")
    assert q.speaker == "吴涛"


def test_who_speaks_while_doing_something_to_another():
    [q] = quotes("国金证券点评中海油服年报时指出，低油价影响行业景气度，我们下调盈利预测。")
    assert q.speaker == "国金证券"


def test_a_subjectless_bing_biaoshi_goes_on_from_the_one_speaking():
    text = ("Raymond James分析师Robert Majek表示，种种迹象都表明未来将会是一个艰难的时期。"
            "该分析师提醒投资者要把目光放得更加长远一点。并表示，展望2021年，流量增长将出现放缓。")
    assert [q.speaker for q in quotes(text)][-1] == "Robert Majek"


def test_a_report_disclosed_by_the_media_is_reported_speech():
    [q] = quotes("此前有香港媒体披露，恒大地产初步集资额为78亿~117亿港元，明发拟筹最少80亿港元。")
    assert q.text.startswith("恒大地产初步集资额") and q.speaker is None


def test_a_speaker_written_as_an_organisations_name_is_one():
    doc = extractor.extract("企业年报业绩预计将大幅下降。ING中国A股基金则认为，2009年中国A股市场将再次面临考验。")
    [q] = doc.quotes
    assert q.speaker == "ING中国A股基金" and ("ORG", "ING中国A股基金") in {(e.type, e.name) for e in doc.entities}


@pytest.mark.parametrize("text,starts", [
    ("“金牌”哈继铭在论坛上曾直截了当归纳过，目前中国经济领先指标都在好转。", "目前中国经济"),          # 归纳过，
    ("据广州证券北京营业部（长安商场西燕京大厦2层）基金销售人员介绍，近期该部代销的新基金均取得不俗的业绩。", "近期该部代销"),
    ("原因：出租房已成犯罪窝点沈阳市公安局负责人表示，出租房已经成为流动人口的主要居所。", "出租房已经成为"),
])
def test_reported_speech_after_an_aspect_particle_an_address_or_a_heading(text, starts):
    assert any(q.text.startswith(starts) for q in quotes(text))


def test_reported_speech_ends_where_another_named_speaker_is_reported():
    found = quotes("张明表示，近期还将重点挖掘并购重组品种；但华宝兴业李强则指出，虽然并购市场活跃，但估值偏高。")
    assert [(q.speaker, q.span.text) for q in found] == [
        ("张明", "近期还将重点挖掘并购重组品种"), ("李强", "虽然并购市场活跃，但估值偏高")]


@pytest.mark.parametrize("text,speaker,speaker_text", [
    ("多位私募基金人士对《第一财经日报》记者表示，前期的调整已经结束或者接近尾声。", None, "多位私募基金人士"),
    ("蚂蚁集团向《科创板日报》记者表示，会深入落实约谈意见，继续沿着正确方向发展。", "蚂蚁集团", "蚂蚁集团"),
])
def test_the_outlet_told_does_not_speak(text, speaker, speaker_text):
    found = quotes(text)
    assert [(q.speaker, q.speaker_text) for q in found] == [(speaker, speaker_text)]


def test_no_cue_inside_a_title_or_a_phrase_of_no_speech_after_a_quote():
    text = ("作为老江湖，周建国去年进入了阳光私募领域。“怪不得要求投资顾问最少有1000万元的流动资本金，这是怕我们撑不下去啊。”"
            "面对《指引》中对投资顾问资金门槛的要求，周建国自我调侃地说道。")
    assert quotes(text)[0].speaker == "周建国"


def test_an_adverb_before_the_verb_is_not_part_of_the_speaker():
    found = quotes("此前于3月16日，敏捷集团就宣布成为广州市增城区中新镇泮霞村旧村全面改造项目竞得人。")
    assert found and found[0].speaker_text == "敏捷集团"


@pytest.mark.parametrize("text,speaker_text,starts", [
    ("8月3日，业内权威人士向“行长要参”透露，中国建设银行副行长将调任民生银行。", "业内权威人士", "中国建设银行"),
    ("博时旗下多位基金经理在年报中透露对今年市场持“谨慎乐观”的观点，认为2009年将是布局之年。", "博时", "2009年将是"),
])
def test_a_quoted_term_does_not_end_the_speakers_clause(text, speaker_text, starts):
    found = quotes(text)
    assert [(q.speaker_text, q.span.text[:len(starts)]) for q in found][-1:] == [(speaker_text, starts)]


def test_the_fund_a_manager_runs_speaks_for_itself():
    found = quotes("其中，大成基金投资总监刘明管理的大成优选基金表示，在二季度将会采取较为积极的仓位配置。")
    assert [q.speaker for q in found] == ["大成优选基金"]


@pytest.mark.parametrize("text,speaker", [
    ("基金公司的态度开始更加谨慎。民生加银认为，二季度股市有很大可能会先扬。", "民生加银"),  # a fund company's short name
    ("广发中小盘在一季度报告中指出，2009年二季度，A股市场可能仍会延续上升趋势。", "广发中小盘"),  # a fund
    ("来源：格隆汇\n格隆汇 9 月 13日丨金徽酒(603919.SH)公布，现就海南豫珠以要约收购方式增持公司股份事宜公告如下。", "金徽酒"),
])
def test_funds_and_fund_companies_speak_and_a_dateline_does_not(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_verb_opening_the_next_quote_is_not_the_last_ones_and_he_is_the_one_named():
    text = ("市民夏冬现在算是青漂一族，听到这个消息后，觉得这样的事情肯定是网上炒作。“首先，谁有那么多的房产，还放在网上炫耀啊!”"
            "当记者问他假设这个事情是真的话，他说，“虽然我也是打工一族，但是说到婚姻，还是很重要的。”")
    found = quotes(text)
    assert [(q.speaker, q.speaker_text) for q in found][-1] == ("夏冬", "他")
    assert found[0].speaker_text != "他"


def test_a_speaker_between_two_quotes_says_both():
    text = "“从实际作用来说，300亿元新资金并不会起到非常大的作用。”信达证券分析师张孜表示，“尤其是决定指数的石化、金融、房地产，股价拉动需要更多资金。”"
    assert [q.speaker for q in quotes(text)] == ["张孜", "张孜"]


@pytest.mark.parametrize("text,speakers", [
    # a surname and an honorific after a quote's end or 据 is a person
    ("“做二级市场很累。”张先生告诉《每日经济新闻》，“要做到三个月净赚200%，几乎是不可能办到的。”据方先生介绍，他是营业部的工作人员。",
     ["张先生", "张先生", "方先生"]),
    # where it spoke names no speaker
    ("6月23日，众泰汽车在其官方微信公众号发布消息称，网约车平台“众车出行”将在杭州正式启动。", ["众泰汽车"]),
])
def test_people_known_by_surname_and_where_a_company_spoke(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speakers", [
    ("新浪财经讯 7月7日消息，中国中铁公告，公司近期合计中标546.8亿元。", ["中国中铁"]),
    ("信诚基金公司今日公告，旗下信诚经典优债债基于2009年3月11日基金合同正式生效。", ["信诚"]),
    ("根据昨日公布的出让公告，该地块将配建6万平米限价商品房。", []),  # a notice, no one announcing
    ("即使有稳定股价措施，加上成都工投的举牌公告，成都银行的股价仍然下跌。", []),
    # the company's announcement, with when it was made, and one of two announcements
    ("方达控股(1521.HK)现报5.19港元。公司昨日公告称，全资附属公司拟最多2600万美元收购目标公司。", ["方达控股"]),
    ("金字火腿股份有限公司发布两则公告。一则公告称，公司实际控制人计划减持公司股份。", ["金字火腿股份有限公司"]),
    # a report speaks for the one whose report it was, not for the company it reports on
    ("摩根士丹利发布研究报告指贵州茅台酒股份有限公司是白酒龙头企业。贵州茅台酒股份有限公司在仁怀有三家酒厂。"
     "报告认为，公司具有长期运营历史。", ["摩根士丹利"]),
])
def test_an_organisation_announces_and_a_notice_does_not_speak(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speaker,starts", [
    ("某投行发布报告。大摩预测该公司明年的盈利恢复增长，零售贷款复甦带动。", "摩根士丹利", "该公司明年"),  # 预测, no comma
    ("记者采访了李琳。李琳说为了买这套房子她搭上了所有的积蓄。", "李琳", "为了买这套"),
    ("田荣华表示，大盘偏强。他比较看好资源类行业，认为虽然铜价还处在底部，可一旦经济复苏就会上涨。", "田荣华", "虽然铜价"),
    ("首轮回复中，明远科技表示去年确认股份支付1.5亿元。明远科技称是参考增资入股的价格确定的。", "明远科技", "是参考增资"),  # 称
])
def test_reported_speech_right_after_the_verb(text, speaker, starts):
    found = [(q.speaker, q.text[:len(starts)]) for q in extractor.extract(text).quotes]
    assert (speaker, starts) in found, found


@pytest.mark.parametrize("text", [
    "如果说市场处在一个长期的牛市中，基金定期分红的意义不大。",    # 如果说: no speaker, no speech
    "一季度贷款据预测可能达到2.5万亿元或者3万亿元水平。",
    "张三说明了情况以后，公司股价上涨了很多。",                  # 说明 is no 说
    "华夏银行被称为股份制银行中的零售标杆，网点遍布全国各地。",    # 称为 reports no words
    "这家公司堪称行业龙头，市场份额逐年提高到三成以上。",
])
def test_no_reported_speech_without_a_named_speaker(text):
    assert [q.text for q in extractor.extract(text).quotes] == []


@pytest.mark.parametrize("text,speaker,starts,runs_to", [
    ("陈扬帆认为，在“热熊市”里，投资者参与的踊跃程度可能更高。", "陈扬帆", "在“热熊市”里", "可能更高"),  # a quoted term
    ("记者专访了陈扬帆，在他看来，今年A股市场可能以空间换时间。", "陈扬帆", "今年A股市场", "以空间换时间"),
    ("至于产品的投资风格，南方基金坦言会更多尊重客户的需求，尊重投资者的选择。", "南方基金", "会更多尊重", "的选择"),
])
def test_reported_speech_goes_on_past_a_quoted_term(text, speaker, starts, runs_to):
    quotes = [(q.speaker, q.text) for q in extractor.extract(text).quotes]
    assert any(s == speaker and t.startswith(starts) and runs_to in t for s, t in quotes), quotes


@pytest.mark.parametrize("text,speaker", [
    # the surname alone, after the full name
    ("华安基金副总经理陈立新上午接受了采访。陈告诉记者，公司目前没有发行新产品的计划。", "陈立新"),
    ("私募基金经理周国强入行十五年。老周说，今年的行情比去年好做得多。", "周国强"),
    # the name after 的 where the tagger reads no name: a known person
    ("基金经理秦岭松看好后市。具有多年从业经验的秦岭松认为，流动性在决定股价的因素中发挥着主导作用。", "秦岭松"),
])
def test_a_speaker_phrase_naming_someone_named_before(text, speaker):
    assert [q.speaker for q in quotes(text)][-1] == speaker


@pytest.mark.parametrize("text", [
    "华安基金副总经理陈立新上午接受了采访。王告诉记者，公司目前没有发行新产品的计划。",  # another surname
    "陈告诉记者，公司目前没有发行新产品的计划。华安基金副总经理陈立新随后离开了。",      # named only after
])
def test_a_surname_alone_needs_the_person_named_before(text):
    assert quotes(text)[0].speaker != "陈立新"


def test_a_speaker_at_the_end_of_a_long_sentence_after_the_quote():
    text = ("“公司没有任何问题，我们的投资流程和交易都是合规的，这需要监管部门调查确认。”5月8日下午，"
            "在深圳福田区的一座写字楼里，华安基金公司总经理助理陈立新对本报记者回应说。")
    [q] = quotes(text)
    assert q.speaker == "陈立新"


def test_the_sentence_after_a_quote_ending_in_a_verb_far_from_the_name_names_no_speaker():
    text = ("“公司没有任何问题，我们的投资流程和交易都是合规的，这需要监管部门调查确认。”5月8日下午，"
            "华安基金公司总经理助理陈立新就市场上流传已久的各种传言对本报记者作出了回应说。")
    assert quotes(text)[0].speaker is None


@pytest.mark.parametrize("text,speaker", [
    # named before (in the headline), missed here
    ("海南瑞泽：全资公司收到采购合同。每经AI快讯，海南瑞泽（SZ 002596，收盘价：8.07元）5月27日晚间发布公告称，"
     "公司全资子公司收到招标代理机构发出的中标通知书。", "海南瑞泽"),
    # never read as a name: one that announces is an organisation
    ("每经AI快讯，侨银环保（SZ 002973，收盘价：25.87元）10月27日晚间发布公告称，公司预中标城市餐厨垃圾处理项目。", "侨银环保"),
])
def test_a_company_announcing_on_a_day_speaks_where_the_tagger_missed_its_name(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_a_company_announces_though_a_person_is_named_earlier_in_the_clause():
    text = "景顺长城基金总经理王志强离职⊙本报记者 李明景顺长城基金今日公告，经公司董事会审议通过，同意王志强由于个人原因辞职。"
    [q] = [q for q in quotes(text) if q.text.startswith("经公司董事会")]
    assert q.speaker == "景顺长城基金"


def test_a_report_speaks_for_the_house_that_issued_its_research_note():
    text = ("国泰君安证券发表研报，将华住酒店（HTHT.US）目标价下调至30美元，维持“增持”评级。截至发稿，该股跌2.5%。\n"
            "报告指出，公司二季度业绩符合预期，产品升级将缩短向下周期。")
    assert quotes(text)[-1].speaker == "国泰君安证券"


@pytest.mark.parametrize("text,speaker", [
    # the one who opens the sentence goes on to say what is quoted after its comma
    ("券商看法普遍悲观。申银万国就坚持看空，“政策效用会逐步减弱。”", "申银万国"),
    # ... not one only named as the owner of what the sentence is about (的)
    ("行情火爆。申银万国的营业部人头攒动，“这波行情我一直拿着没动。”", None),
])
def test_a_quote_without_a_cue_is_said_by_the_one_opening_its_sentence(text, speaker):
    assert [q.speaker for q in extractor.extract(text).quotes] == [speaker]


@pytest.mark.parametrize("text,said", [
    # 称 right before what is said: after an unnamed person too (人士, 专家 …), not in 被…称为
    ("一位接近公司的人士称此次重组不会影响公司的正常经营。", ["此次重组不会影响公司的正常经营"]),
    ("该产品被业内人士称为明星基金。", []),
])
def test_an_unnamed_person_says_what_follows_cheng_at_once(text, said):
    assert [q.text for q in extractor.extract(text).quotes] == said


@pytest.mark.parametrize("text,speaker", [
    # a company announcing (近日发布公告称) speaks what follows, also after a stray space
    ("万科A今日发布公告称公司拟回购股份，回购金额不超过10亿元。", "万科A"),
    ("华菱钢铁近日发布公告称 公司拟以自有资金回购股份，回购总额不超过5亿元。", "华菱钢铁"),
])
def test_a_company_announcing_says_what_follows_at_once(text, speaker):
    assert [q.speaker for q in extractor.extract(text).quotes] == [speaker]


def test_telling_a_named_outlets_reporter_reports_speech():
    [said] = extractor.extract("张明告诉第一财经日报记者，一直以来，基金业的合规问题都备受关注。").quotes
    assert said.speaker == "张明" and said.text.startswith("一直以来")


@pytest.mark.parametrize("text,speaker,said", [
    # words or a view framed as someone's: 按照X的说法，, X对此的解释是，, 在X看来，
    ("按照张明的说法，基金产品交易所化就是在一个平台上买全部基金。", "张明", "基金产品交易所化就是在一个平台上买全部基金"),
    ("李强对此的解释是，一季度题材股涨幅巨大，估值大幅提升。", "李强", "一季度题材股涨幅巨大，估值大幅提升"),
])
def test_words_framed_as_someones_are_their_reported_speech(text, speaker, said):
    [quote] = extractor.extract(text).quotes
    assert (quote.speaker, quote.text) == (speaker, said)


def test_a_reasonable_explanation_is_no_ones_speech():
    assert extractor.extract("对于这一现象，比较合理的解释是，部分市场参与者的低回报为其作出了贡献。").quotes == []


@pytest.mark.parametrize("text", [
    "声明：本文仅代表作者个人观点，不构成投资建议，一切操作风险自担。",        # a disclaimer, not advice given
    "这家全球最大的马戏公司，在那一天宣布裁减3200名员工，占员工总数的八成。",  # the day does not announce
])
def test_no_speaker_where_none_speaks(text):
    assert not any(q.speaker_text in ("不构成投资", "那一天") for q in quotes(text))


@pytest.mark.parametrize("text,speaker", [
    ("王立新：成长股的机会在下半年“今年市场的主线仍是业绩，估值已经不贵。”□本报记者 李明", "王立新"),
    ("成长股的机会在下半年“今年市场的主线仍是业绩，估值已经不贵。”□本报记者 李明", None),  # no one named before
])
def test_a_headline_opening_with_a_person_names_who_speaks_in_the_quote_after_it(text, speaker):
    assert quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text,said", [
    # a speech verb after 的 and before a comma is a noun; after an adjective's 的 it is said in that manner, and
    # before a colon (这样的建议：) it introduces what is said
    ("何平介绍称，吸收各方面的建议，他们也在进行相关的可行性研究。",
     [("何平", "吸收各方面的建议，他们也在进行相关的可行性研究")]),
    ("泰达荷银基金更乐观的表示，对A股投资者来说，一季度都有望成为机遇期。",
     [("泰达荷银基金", "对A股投资者来说，一季度都有望成为机遇期")]),
    ("对于后市的判断，各家基金的分歧明显加剧。", []),
])
def test_a_speech_verb_after_de_is_a_noun_unless_it_is_said_so(text, said):
    assert [(q.speaker or q.speaker_text, q.text) for q in quotes(text)] == said


@pytest.mark.parametrize("text,speaker_text", [
    # words between the speaker and the verb are not the speaker, however many (则|向记者|分析, 同时)
    ("一位著名私募基金人士则向记者分析认为，此事略显蹊跷，值得关注。", "一位著名私募基金人士"),
    ("他同时表示，基金公司的运营也需要放在一个长期的周期中去考量。", "他"),
])
def test_words_between_a_speaker_and_the_verb_are_left_out(text, speaker_text):
    assert [q.speaker_text for q in quotes(text)] == [speaker_text]


def test_he_at_the_same_time_is_the_one_who_spoke_before():
    first, second = quotes("张惟闵接受记者采访时表示，十年磨一剑。他同时表示，基金公司的运营也需要放在一个长期的周期中去考量。")
    assert (first.speaker, second.speaker) == ("张惟闵", "张惟闵")


@pytest.mark.parametrize("text", [
    "华为于2019年7月18日宣布完成对一家芯片设计公司的收购。",
    "华为7月18日盘后宣布完成对一家芯片设计公司的收购。",     # a part of the day (patterns/times/day_parts.tsv)
])
def test_when_a_company_spoke_may_stand_between_it_and_the_verb(text):
    [said] = quotes(text)
    assert (said.speaker, said.text) == ("华为", "完成对一家芯片设计公司的收购")


def test_a_hong_kong_share_class_after_the_name_is_the_company_speaking():
    text = ("君实生物-Ｂ(01877.HK)任命韩净为副总经理    来源：格隆汇\n"
            "格隆汇7月31日丨君实生物-Ｂ(01877.HK)公布，于2019年7月30日召开的董事会会议上，公司任命韩净为副总经理。")
    assert [q.speaker for q in quotes(text)][-1] == "君实生物"


@pytest.mark.parametrize("text,speaker_text", [
    # where something was said (在官网上, 在一份声明中) is no part of who said it
    ("它在官网上表示，亚马逊已经收购了自己。", "它"),
    ("该委员会在一份声明中表示，外部审计师的客观性并未受到损害。", "该委员会"),
])
def test_where_it_was_said_is_left_out_of_the_speaker(text, speaker_text):
    assert [q.speaker_text for q in quotes(text)] == [speaker_text]


def test_a_company_and_those_acting_with_it_speak_as_the_company():
    [said] = quotes("宝钢集团及其一致行动人再次表示未来6个月内将继续增持公司股份。")
    assert (said.speaker, said.text) == ("宝钢集团", "未来6个月内将继续增持公司股份")


@pytest.mark.parametrize("text", [
    "因股权质押未及时披露，该公司控股股东被交易所出具警示函。",           # a verb denied: nothing was disclosed
    "对方以“受制于有关监管规定，不得对个股进行评论”为理由，拒绝解释业绩落后的原因。",
    "基于对宏观经济的积极判断，多家基金公司将在未来提高股票仓位。",       # the grounds for what follows
])
def test_a_denied_verb_or_the_grounds_for_an_act_report_no_speech(text):
    assert all(q.speaker_text is None and q.speaker is None for q in quotes(text))


def test_what_follows_not_recommending_is_not_what_was_recommended():
    assert quotes("多数被调查者不建议投资者今年重点配置债券基金。") == []


def test_a_verb_at_the_start_of_a_word_after_a_quote_is_no_cue():
    [q] = quotes("基金合同的相关内容修改为“暂停期间，基金管理人应每两周至少重复刊登暂停公告一次”将中小企业板指数基金纳入。")
    assert q.speaker_text is None


def test_the_first_of_two_companies_speaks_though_the_second_is_also_named_in_latin():
    [said] = quotes("8月2日，西门子医疗和瓦里安医疗系统公司（Varian）宣布，双方已签订协议，西门子医疗将以每股177.5美元收购瓦里安。")
    assert said.speaker == "西门子医疗"


@pytest.mark.parametrize("text, speaker_text", [
    ("上海某基金公司人士评论，已经发行QDII产品的基金公司大多将成为未来业务的主角。", "上海某基金公司人士"),
    ("有投资者在基金吧中发问：一只混合型的基金，为什么被基金经理做得如此激进？", "有投资者"),
])
def test_commenting_and_asking_are_speech(text, speaker_text):
    [q] = quotes(text)
    assert q.speaker_text == speaker_text


def test_declining_to_comment_is_no_speech():
    assert quotes("此外，方源资本拒绝发表评论，而其他投资方没有立即回复记者的置评请求。") == []


def test_when_it_was_said_and_how_are_no_part_of_the_speaker():
    [q] = quotes("“这就像每次考完试喊着挂科，结果每次都考得很好的学生一样”，在万科发布中期业绩后，有投资者如此评论。")
    assert (q.speaker, q.speaker_text) == (None, "有投资者")
