"""Document metadata rules of blind rounds 35 and 36 (mainland work reports, bulletins, joint national
bodies; Taiwan letters, records and council reports; Hong Kong broadcast notices), each on lines and
pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus); places
are real where the gazetteer must place a body.
"""

from __future__ import annotations

import policymine
from policymine.extract import document as d

FIELDS = ("doc_number", "issuers", "doc_type", "issued_type", "signed", "published", "effective", "level", "region")


def meta(text: str) -> dict:
    rec = policymine.extract_text(text)
    return {f: rec.get(f) for f in FIELDS}


PROSE = ("过去一年,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济运行总体平稳,民生保障持续加强,"
         "城乡面貌明显改善,各项事业取得新的进展。")


# --------------------------------------------------------------------------- #
# round 35: mainland
# --------------------------------------------------------------------------- #


def test_national_bodies_run_together_are_split():
    assert d._national_run_together_35("国务院中央军委") == ["国务院", "中央军委"]
    assert d._split_issuers("中共中央办公厅国务院办公厅") == ["中共中央办公厅", "国务院办公厅"]
    assert d._national_run_together_35("国务院办公厅") == ["国务院办公厅"]
    assert d._national_run_together_35("某市人民政府") == ["某市人民政府"]


def test_a_joint_decision_of_national_bodies_run_together():
    page = ("国务院中央军委关于修改某某条例的决定\n(2031年4月5日国务院中央军委令第901号发布)\n"
            "为加强某某工作,国务院、中央军委决定对《某某条例》作如下修改:" + PROSE + "\n")
    assert meta(page)["issuers"] == ["国务院", "中央军委"]


def test_two_bodies_and_their_day_glued_under_a_title():
    page = ("2030年天心区国民经济和社会发展统计公报\n长沙市天心区统计局 国家统计局天心调查队2031年3月4日\n"
            "2030年,全区上下坚持稳中求进工作总基调,统筹推进各项工作,经济运行总体平稳,民生保障持续加强,城乡面貌明显改善。\n")
    m = meta(page)
    assert m["issuers"] == ["长沙市天心区统计局", "国家统计局天心调查队"]
    assert m["signed"] == "2031-03-04"
    assert m["level"] == "county"


def test_glued_signature_wants_a_body_before_the_day():
    assert d.RE_GLUED_SIGN_35.fullmatch("某县统计局2031年3月4日")
    assert not d.RE_GLUED_SIGN_35.fullmatch("截至2031年3月4日")


def test_a_report_spoken_for_its_government_by_name():
    page = ("政府工作报告\n政府工作报告(第十九届人民代表大会第二次会议)\n各位代表:\n"
            "现在,我代表永泰县人民政府,向大会报告政府工作,请予审议。\n一、过去一年工作回顾\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["永泰县人民政府"]
    assert m["doc_type"] == "报告"
    assert m["level"] == "county"
    assert m["region"] == ["福建省", "福州市"]


def test_speaking_for_a_bare_rank_names_no_government():
    m = d.RE_SPEAKS_FOR_NAMED_35.search("现在,我代表县人民政府,向大会报告工作")
    assert m and m.group("org") == "县人民政府"  # (the rule then declines a name opening with a bare rank)
    assert d.RE_SPEAKS_FOR_NAMED_35.search("我代表某某县人民政府向大会报告").group("org") == "某某县人民政府"


def test_a_work_report_speaks_for_the_occasions_government_over_a_portals_source():
    page = ("2031年政府工作报告\n发布时间:2031-01-30 信息来源:阳城县融媒体中心\n政 府 工 作 报 告\n"
            "——2031年1月22日在阳城县第十八届\n人民代表大会第三次会议上\n县长 某某某\n各位代表:\n"
            "现在,我代表县人民政府向大会报告工作,请予审议。\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["阳城县人民政府"]
    assert m["published"] == "2031-01-30"


def test_a_standard_announced_under_its_kind_issues_no_form():
    assert d.issued_type_of("关于发布国家某某标准《某某评估技术规范》的公告") is None
    assert d.issued_type_of("关于印发《某某工作规范》的通知") == "规范"


# --------------------------------------------------------------------------- #
# round 36: Taiwan, Hong Kong
# --------------------------------------------------------------------------- #


def test_a_taiwan_letters_heading_over_its_explanation():
    page = ("关于某某设施是否属建筑物之疑义,复请查照。\n内政部函 120.03.04.台内营字第1200000001号\n"
            "说明:复贵府120.02.20.府建字第1200000002号函。\n")
    m = meta(page)
    assert m["issuers"] == ["内政部"]
    assert m["doc_number"] == "台内营字第1200000001号"
    assert m["doc_type"] == "函"
    assert m["signed"] == "2031-03-04"
    assert m["level"] == "provincial"
    assert m["region"] == ["台湾省"]


def test_a_letters_heading_wants_its_explanation_and_its_form():
    ok = d._roc_letter_heading_35(["内政部120.3.4内授营字第1200000003号函", "说明:", "一、依据某某办理。"])
    assert ok == ("内政部", "2031-03-04", "内授营字第1200000003号")
    assert d._roc_letter_heading_35(["内政部120.3.4内授营字第1200000003号函", "某某新闻报道。"]) is None
    assert d._roc_letter_heading_35(["内政部120.3.4内授营字第1200000003号", "说明:"]) is None


def test_a_taiwan_record_run_on_one_line():
    page = ("行政院某某委员会 公告 发文日期:120年5月6日 发文字号 :农授某字第1200000004号 主旨:公告某某保安林检订结果,"
            "并自即日生效。 依据:某某准则第四条。 公告事项: 一、本号保安林面积计10公顷。\n")
    m = meta(page)
    assert m["issuers"] == ["行政院某某委员会"]
    assert m["doc_number"] == "农授某字第1200000004号"
    assert m["doc_type"] == "公告"
    assert m["signed"] == "2031-05-06"
    assert m["effective"] == "2031-05-06"
    assert m["region"] == ["台湾省"]


def test_a_law_databases_bare_serial_and_the_form_of_working_rules():
    assert d._valid_field("doc_number", "1200000005 函") == "1200000005"
    assert d._valid_field("doc_number", "1200000005") is None
    assert d.doc_type_of("某某县政府约用人员工作规范") == "规范"
    assert d.doc_type_of("关于进一步规范") is None


def test_a_magistrates_policy_report_to_the_council():
    page = ("李议长、王副议长、各位议员女士先生,大家好!\n"
            "今天是云林县议会第21届第3次定期大会,某某率县府团队前来进行施政报告,备感荣幸。\n"
            "县府过去半年来的重要工作报告,已于日前送交贵会。\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["云林县政府"]
    assert m["doc_type"] == "报告"
    assert m["region"] == ["台湾省", "云林县"]


def test_a_council_session_without_the_teams_report_is_no_report():
    assert d._council_report_35(["今天是云林县议会第21届第3次定期大会开幕,议员们到场。"]) is None


def test_a_broadcast_cue_after_the_announcers_call():
    page = ("简体版\n某某署已暂停所有公众服务\n**************\n"
            "电台及电视台当值广播员注意,请尽快播出下列特别报告,并相隔适当时间重播:\n"
            "渠务署宣布,由于八号热带气旋警告信号现已生效,该署经已暂停所有公众服务。\n"
            "2031年8月2日(星期六)\n香港时间7时49分\n")
    m = meta(page)
    assert m["issuers"] == ["渠务署"]
    assert m["doc_type"] == "报告"


def test_a_news_services_banner_is_no_title_of_a_broadcast_notice():
    assert d.RE_NEWS_BANNER_35.fullmatch("新闻公报")
    page = ("新闻公报\n渠务署开放某某中心\n*************\n"
            "广播电台及电视台当值宣布员注意,请尽速播出并隔适当时间重播:\n"
            "由于黑色暴雨警告信号已经生效,渠务署某某中心现已运作。\n二〇三一年八月二日(星期六)\n")
    m = meta(page)
    assert m["doc_type"] is None
    assert m["issuers"] == ["渠务署"]
