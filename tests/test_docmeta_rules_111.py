"""Rules written this stop (rounds 111-114), on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta
from policymine.extract.document import _occasion

PROSE = ("过去一年,全院按照上级部署办案办事,依法审理各类纠纷和刑事案件,努力让群众满意,"
         "审结各类案件一万余件,同比上升百分之五。\n")


def test_a_courts_report_its_title_lost_is_the_report_of_the_court_its_speaker_names():
    got = meta("各位代表:\n现在,我向大会报告武平区人民法院工作,请予审议。\n" + PROSE)
    assert (got["doc_type"], got["issuers"]) == ("报告", ["武平区人民法院"])
    got = meta("各位代表:\n我向大会作某市中级人民法院工作报告,请予审议。\n" + PROSE)
    assert got["issuers"] == ["某市中级人民法院"]


def test_the_salutation_on_the_speakers_line_and_a_bare_rank_as_written():
    got = meta("各位代表: 我代表市人民检察院向大会报告工作,请予审议,并请市政协各位委员提出意见。\n" + PROSE)
    assert (got["doc_type"], got["issuers"]) == ("报告", ["市人民检察院"])


def test_a_standing_committees_report_dated_by_its_occasion_with_its_trailing_words():
    text = ("——2031年12月22日在政协某市第九届委员会第四次会议上的报告\n某某某各位委员、同志们:\n"
            "我代表政协某市第九届委员会常务委员会,向大会报告工作,请予审议。\n" + PROSE)
    got = meta(text)
    assert got["issuers"] == ["政协某市第九届委员会常务委员会"]
    assert got["signed"] == "2031-12-22"
    assert _occasion().match("——2031年12月22日在政协某市第九届委员会第四次会议上的报告")


def test_a_government_spoken_for_in_full_under_its_day_and_speaker():
    text = ("(点击查阅更多地方政府工作报告)\n(2031年2月16日 王某某)\n"
            "各位代表, 现在,我代表武平市人民政府,向大会作政府工作报告,请予审议。\n" + PROSE)
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("报告", ["武平市人民政府"], "2031-02-16")


def test_a_news_report_of_a_courts_report_is_no_report():
    text = ("本报讯 昨天上午,区人大会议听取了区人民法院的工作报告。\n院长在报告中说,一年来全院审结案件一万余件。\n" + PROSE)
    assert meta(text)["doc_type"] is None


AGENDA_ITEMS = ("I.通过2031年1月8日会议的纪要\n(立法会CB(2)301/30-31号文件)\n"
                "II.政府当局就某某条例草案作出的简报\n(立法会CB(2)305/30-31号文件)\nIII.其他事项\n")


def test_a_legislatures_agenda_is_its_secretariats_that_signs_it_and_names_no_number():
    text = ("某某事务委员会特别会议\n\n日期:2031年5月16日(星期三)\n时间:上午8时30分\n地点:立法会综合大楼会议室A\n\n"
            "议程\n" + AGENDA_ITEMS + "\n立法会秘书处\n议会事务部2\n2031年5月15日\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"], got["doc_number"]) == ("议程", ["立法会秘书处"], "2031-05-15", None)
    assert got["region"] == ["香港特别行政区"]


def test_an_unsigned_agenda_is_its_committees_on_the_meetings_day():
    text = "2031年12月15日(星期五)下午3时正\n财务委员会会议议程\n\n" + AGENDA_ITEMS
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("议程", ["财务委员会"], "2031-12-15")


def test_a_councils_own_agenda_under_its_masthead():
    text = "临 时 立 法 会\n\n议   程\n(修订本)\n2031 年 6 月 14 日 星 期 六 上 午 9 时 30 分\n\n" + AGENDA_ITEMS
    got = meta(text)
    assert (got["issuers"], got["signed"]) == (["临时立法会"], "2031-06-14")


def test_a_discussion_paper_of_a_committee_with_its_serial():
    text = ("讨论文件EC(30-31)34\n二〇三一年七月九日\n\n财务委员会\n人事编制小组委员会\n\n总目170-某某署\n分目001薪金\n\n"
            "请各委员向财务委员会建议开设下述常额职位。\n")
    got = meta(text)
    assert (got["doc_type"], got["doc_number"], got["issuers"], got["signed"]) == (
        "文件", "EC(30-31)34", ["财务委员会人事编制小组委员会"], "2031-07-09")


def test_a_committees_record_of_decisions():
    text = ("财务委员会\n2031年3月24日(星期五)下午3时正举行的会议\n决定的纪录\n项目\n文件编号\n事项\n决定\n1.\n"
            "FCR(2030-31)82\n总目156-政府总部:某某局\n批准\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("纪录", ["财务委员会"], "2031-03-24")


def test_minutes_keep_their_councils_number_when_it_is_not_in_a_sessions_form():
    text = ("临 时 立 法 会\nProvisional Legislative Council\n临 立 会 CB(2)204 号 文 件\n档 号:PLC/HC/4\n"
            "临时立法会内务委员会\n会议纪要\n日 期: | 2031 年 8 月 22 日 ( 星 期 五 )\n出席议员:\n某某某议员(主席)\n")
    got = meta(text)
    assert (got["doc_type"], got["doc_number"], got["signed"]) == ("纪要", "临立会CB(2)204号", "2031-08-22")


def test_an_agenda_line_on_a_page_of_no_legislature_is_no_paper():
    text = "某县第五届运动会\n议程\n一、开幕式\n二、运动员入场\n三、领导讲话\n"
    assert meta(text)["doc_type"] is None


def test_an_answer_to_a_proposal_its_title_lost_names_its_form():
    text = ("王某某委员:\n你在政协某县第九届一次会议提出的《关于某某的建议》第36号提案,已转交我局研究办理,现将办理情况答复如下:\n"
            "我局在接到此提案后,高度重视,立即组织人员对县城区的道路进行了全面排查,制定了整治方案并已实施。\n"
            "某某县住房和城乡建设局\n2031年10月13日\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("答复", ["某某县住房和城乡建设局"], "2031-10-13")


def test_a_ban_issued_in_its_own_words_is_an_order():
    text = ("眼下正值春季干燥多风的日子,山上极易起火。为防止山火发生,依照相关规定,特发布如下禁火令:\n"
            "一、禁火时间:2031年3月20日至4月18日。\n二、禁火范围:全县山林及其周边一百米以内。\n某某县人民政府\n2031年3月7日\n")
    assert meta(text)["doc_type"] == "令"


def test_a_guanyu_line_without_its_de_reads_on_as_a_broken_title():
    text = ("关于某省2031年国民经济和社会发展计划\n执行情况与2032年国民经济和社会发展\n计划的报告\n"
            "某省第六届人民代表大会第五次会议审议通过\n一、2031年计划执行情况\n"
            "2031年是某某规划的开局之年,全省干部群众深入贯彻落实各项决策部署,经济运行总体平稳,稳中有进。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"]) == ("报告", ["某省第六届人民代表大会第五次会议"])


def test_an_orders_number_past_a_portals_posting_line():
    text = ("某某市人民政府令\n上载日期: 2031-12-29 信息员: xxzx 上载部门: 市信息中心\n第3号\n"
            "《某某市人民政府关于修改某某办法等11部政府规章的决定》业经2031年12月18日市政府常务会议通过,现予公布,自公布之日起施行。\n"
            "市长 王某某\n2031年12月28日\n")
    assert meta(text)["doc_number"] == "某某市人民政府令第3号"


def test_a_bulletin_posted_under_its_day_and_body_without_a_clock():
    text = ("某某县2031年国民经济和社会发展统计公报\n\n2032-05-27 某某县统计局\n\n"
            "全县全年生产总值125085万元,比上年多4.5%,增速快了0.3个百分点,种植养殖业多3.1%。\n")
    assert meta(text)["issuers"] == ["某某县统计局"]


def test_a_legislatures_resolution_by_its_formula_of_resolving():
    text = ("立法会根据《某某基本法》第七十七条第二款规定,议决如下:\n第一条:通过《某某议事规则》,该议事规则载于本决议的附件中。\n"
            "第二条:本决议即时生效。\n")
    assert meta(text)["doc_type"] == "决议"


def test_a_macau_committees_opinion_by_its_serial():
    text = ("第一常设委员会\n\n第1/II/2031号意见书\n\n事由:《某某法》法案。\n\nI. 引言\n"
            "《某某法》法案于二零三一年十一月十八日由澳门特别行政区政府提交,并于同日由立法会主席予以接纳。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["doc_number"]) == ("意见书", ["第一常设委员会"], "第1/II/2031号意见书")
    assert got["region"] == ["澳门特别行政区"]


def test_a_rules_history_whose_latest_act_names_no_body_is_the_one_body_it_names():
    text = ("1.中华民国八十九年三月二十二日某中市政府府行法字第 30969 号令订定发布全文 11 条;并自发布日施行\n"
            "2.中华民国九十年六月二十七日某中市政府九十府行法字第 87319 号令修正发布全文 11 条\n"
            "3.中华民国99年12月25日府授法规字第0990000097号令废止\n")
    got = meta(text)
    assert got["issuers"] == ["某中市政府"]
    assert got["doc_number"] == "府授法规字第0990000097号"


def test_an_explanation_of_a_draft_put_to_a_congress():
    text = ("关于《某某市国民经济和社会发展第十三个五年规划纲要(草案)》的说明\n\n"
            "——2031年2月25日在某某市第十二届人民代表大会第三次会议上\n某某市人民政府市长 王某某\n\n各位代表:\n"
            "今后五年对全市发展十分要紧,现就纲要草案是怎样编出来的、主要写了什么作如下说明。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("说明", ["某某市人民政府"], "2031-02-25")


def test_an_explanation_of_anything_else_is_no_form():
    assert meta("关于调整某某路公交线路的情况说明\n近日,有市民反映某某路公交线路调整后出行不便,现将有关情况说明如下。\n")["doc_type"] is None


def test_a_bodys_yearly_disclosure_report_by_its_opening_sentence():
    text = ("行政规范性文件\n这一年里,市统计局按照上级安排做好各项公开工作,及时更新公开目录和数据栏目。"
            "现公布2031年某某市统计局政府信息公开工作年度报告。报告中的数字从2031年1月1日算到当年12月31日。\n"
            "一、政府信息公开工作概述\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"]) == ("报告", ["某某市统计局"])


def test_a_news_report_of_a_disclosure_report_is_none():
    text = "本报讯 近日,某某市统计局发布2031年政府信息公开工作年度报告。报告显示,全年主动公开信息1200条。\n"
    assert meta(text)["doc_type"] is None


def test_a_tables_title_in_quotes():
    text = ("索引号: 8008/20311018-00001 公开目录: 区划地名信息\n发布机构: 某某县民政局 发布日时间: 2031-10-18\n"
            "名称: \"某某县民政局关于面向社会征集地名采词库的公告\"\n文号: 主题词:\n\n"
            "为做好新建道路和小区的命名工作,现向社会公开征集可用的名称用字,请有意者在一个月内来函来电提出。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["published"]) == ("公告", ["某某县民政局"], "2031-10-18")


def test_a_macau_plenary_deliberation_by_its_number_and_its_chair():
    text = ("法规:\n全体会议第9/2031号议决\n公报编号:\n43/2031\n"
            "立法会根据经第14/2008号法律修改的第11/2000号法律第四十一条第一款的规定,议决如下:\n"
            "通过二零三二财政年度立法会本身预算,金额为$183,914,500.00。\n二零三一年十月十六日通过。\n立法会主席 某某某\n")
    got = meta(text)
    assert (got["doc_type"], got["doc_number"], got["issuers"], got["signed"]) == ("议决", "全体会议第9/2031号议决", ["立法会"], "2031-10-16")


def test_a_committees_opinion_numbered_without_the_term():
    got = meta("2.3 设立某某总局\n第二常设委员会\n第1/2031号意见书\n事由“设立某某总局”法案\n一、引言\n"
               "1. 根据立法会主席二零三一年十二月十二日批示,关于该法案派给本委员会进行细则性审议并编制意见书。\n")
    assert (got["doc_type"], got["issuers"]) == ("意见书", ["第二常设委员会"])


def test_minutes_of_a_numbered_meeting_name_their_committee_in_full():
    text = ("临时立法会\n\n临立会PWSC79号文件\n(此份会议纪要业经政府当局审阅)\n\n档号:CB1/F/2/2\n\n"
            "临时立法会财务委员会辖下的工务小组委员会\n\n第11次会议纪要\n\n日期:2031年2月17日(星期二)\n时间:上午9时30分\n\n出席委员 :\n\n某某某议员(主席)\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("纪要", ["临时立法会财务委员会辖下的工务小组委员会"], "2031-02-17")


def test_a_resolution_of_the_national_congress_titled_by_its_session():
    text = ("第十九届全国人民代表大会第四次会议关于2030年中央和地方预算执行情况的决议\n"
            "(2031年3月11日第十九届全国人民代表大会第四次会议通过)\n"
            "第十九届全国人民代表大会第四次会议审查了国务院提出的关于预算执行情况的报告,会议决定,批准这个报告。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["level"]) == ("决议", ["第十九届全国人民代表大会第四次会议"], "national")


def test_a_report_entrusted_by_a_standing_committee_and_dated_by_a_national_occasion():
    text = ("——2031年3月12日在第十九届全国人民代表大会第四次会议上\n全国人民代表大会常务委员会副委员长 王某某\n各位代表:\n"
            "我受第十九届全国人民代表大会常务委员会的委托,向大会报告一年来常委会的工作,请予审议。\n" + PROSE)
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("报告", ["全国人民代表大会常务委员会"], "2031-03-12")


def test_a_template_with_its_place_left_blank_is_no_document():
    text = ("中国人民政治协商会议XX市委员会常务委员会工作报告(摘要)\n各位委员:\n"
            "我代表中国人民政治协商会议第十一届xx市委员会常务委员会,向大会报告工作,请予审议。\n" + PROSE)
    assert meta(text)["doc_type"] is None


def test_a_macau_decree_law_before_1999_is_the_governors():
    text = ("葡文版本\n\n第51/94/M号法令\n\n十月二十四日\n\n鉴于有需要修正规定某某业务的法律制度中的若干内容;\n\n"
            "总督根据《澳门组织章程》第十三条第一款之规定,命令制定在澳门地区具有法律效力之条文如下:\n\n第一条——某某法令之第九条修改如下。\n")
    got = meta(text)
    assert (got["doc_number"], got["doc_type"], got["issuers"], got["region"]) == ("第51/94/M号法令", "法令", ["总督"], ["澳门特别行政区"])


def test_a_national_sessions_resolution_by_its_note_of_adoption():
    text = ("某某网北京3月16日电 第十九届全国人民代表大会第五次会议关于政府工作报告的决议\n"
            "(2031年3月16日第十九届全国人民代表大会第五次会议通过)\n"
            "第十九届全国人民代表大会第五次会议听取和审议了国务院总理所作的政府工作报告,决定批准这个报告。\n")
    got = meta(text)
    assert (got["issuers"], got["level"]) == (["第十九届全国人民代表大会第五次会议"], "national")


def test_a_resolution_opening_with_its_session_after_a_comma():
    text = ("某某市某某区第八届人民代表大会第六次会议,认真审议了区长代表区人民政府所作的《政府工作报告》。\n"
            "会议认为,过去一年全区各项工作稳步推进。会议决定,批准这个报告。\n")
    assert meta(text)["issuers"] == ["某某市某某区第八届人民代表大会第六次会议"]


def test_a_township_offices_announcement_published_under_a_bulleted_field():
    text = ("跳到主要内容区块\n\n本市某某园区墓区第6区自公告日起全面实施禁葬\n\n  • 发布单位:某六市公所\n  • 单位:殡葬管理所\n\n"
            "主旨:公告本市某某园区墓区第6区自公告日起全面实施禁葬。\n\n依据:殡葬管理条例第40条规定办理。\n\n公告事项:\n\n一、禁葬原因:为整体规划设计。\n")
    got = meta(text)
    assert got["issuers"] == ["某六市公所"]
    assert got["level"] == "county"
