"""Document metadata rules of blind rounds 35 and 36 (mainland work reports, bulletins, joint national
bodies; Taiwan letters, records and council reports; Hong Kong broadcast notices), each on lines and
pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus); places
are real where the gazetteer must place a body.
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

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
    # (the issuer evidence reads the government a speaker speaks for; a bare rank's is none)
    from policymine.extract.issuer_evidence import issuer_evidence

    assert issuer_evidence(["各位代表:", "现在,我代表县人民政府,向大会报告工作。"], None, []) is None
    assert issuer_evidence(["各位代表:", "我代表某某县人民政府向大会报告工作。"], None, []) == (["某某县人民政府"], "speaker")


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


def test_a_notice_that_reproduces_anothers_document_forwards_it():
    assert d.issued_type_of("某市人民政府办公厅关于转载某省某某工作办法的通知") == "办法"
    assert d.issued_type_of("关于转载某某文章的公告") is None


def test_a_subject_that_announces_over_its_items():
    page = (":::\n203108/05\n主旨:公告某县某乡境内编号第1号防风保安林检订结果。\n依据:森林法第22条。\n公告事项:\n"
            "一、附表所列区域,符合森林法之规定,应划为保安林地,扩大保安林经营,以维护地方之安全。\n")
    m = meta(page)
    assert m["doc_type"] == "公告"
    assert m["issuers"] == []
    assert d.RE_SUBJECT_NOTICE_35.match("主旨:公告某某事项") and not d.RE_SUBJECT_NOTICE_35.match("主旨:公告期间内办理")


def test_a_newspapers_report_of_a_work_report_is_no_document():
    page = ("某省长某某代表省政府向大会作政府工作报告\n某网1月27日讯(某某日报记者 某某)1月26日上午,省人大会议在某某会堂隆重开幕。\n"
            "某省长某某代表省政府向大会作政府工作报告。报告分为四个部分,回顾了过去五年的工作,部署了今年的任务。" + PROSE + "\n")
    m = meta(page)
    assert m["doc_type"] is None and m["issuers"] == []
    assert d.RE_NEWS_DATELINE_35.search("新华社北京3月5日电(记者 某某)")


def test_an_issuing_authority_in_a_documents_header_is_its_issuer():
    assert d.read_fields(["某某办法 2031年3月4日 发布机关:某省人民政府 |"]).get("issuers") == "某省人民政府"


def test_a_gazette_item_under_its_bare_form_signed_at_its_office():
    page = ("第 9 期\n政府机关通告及公告\n二零三一年三月五日,星期三\n澳门特别行政区\n政府机关通告及公告\n某某辅助部门\n公 告\n"
            "某某辅助部门为填补某某职程第一职阶技术员壹缺,现根据第23/2011号行政法规的规定公布,投考人临时名单已张贴于某某大楼,"
            "并上载到本部门网页。根据上述行政法规的规定,该等名单视为确定名单。\n二零三一年三月一日于行政长官办公室\n办公室主任 某某某\n")
    m = meta(page)
    assert m["issuers"] == ["行政长官办公室"]
    assert m["signed"] == "2031-03-01"
    assert m["published"] == "2031-03-05"  # (the issue's day at the page's head)
    assert m["region"] == ["澳门特别行政区"]


def test_a_notice_naming_its_body_and_form_in_its_opening_clause():
    page = ("根据第14/2016号行政法规第四十一条的规定,行政公职局现公布有关某某职程第一职阶技术员开考的合格投考人进行分配任用程序的通告,"
            "该开考的通告刊登于二零三一年五月二日第十八期《澳门特别行政区公报》第二组内,以填补某某职程5个职缺:\n"
            "1. 出现职位空缺的公共部门、职缺数目及任用方式:\n公共部门 |\n填补职缺的数目 |\n|\n编制内 |\n某某局 |\n2 |\n"
            "2. 合格投考人的分配任用程序:合格投考人须于指定日期前往某某地点进行分配任用程序,逾期未到者视为放弃。\n")
    m = meta(page)
    assert m["issuers"] == ["行政公职局"]
    assert m["doc_type"] == "通告"
    assert m["region"] == ["澳门特别行政区"]


def test_a_publicity_notice_naming_itself_its_period_and_objections():
    page = ("根据省某某厅《关于印发某某办法的通知》的精神,我局会同有关部门对各镇报送的情况进行了评审,形成了《某某情况统计表》。"
            "现将某某情况予以公示,公示期2031年8月2日至8月7日。公示期内,对公示内容如有异议,请以书面形式向我局反映。\n"
            "附件:某某情况统计表.xlsx\n")
    m = meta(page)
    assert m["doc_type"] == "公示"
    assert m["issuers"] == []
    assert not d.RE_OWN_PUBLICITY_35.search("某地现将名单予以公示。")


def test_the_reasons_note_puts_the_cited_laws_in_force_not_the_rules():
    page = ("法规内容\n法规名称: 农业部某某署处务规程\n公发布日: 民国 120 年 07 月 31 日\n发文字号: 农人字第1200000009号 令\n"
            "立法理由:\n※配合农业部与所属机关组织法规,自120年8月1日施行,涉及原某某委员会及所属机关之业务调整。\n"
            "第一条 农业部某某署(以下简称本署)为处理内部事务,特订定本规程。\n第二条 本署置署长,综理署务,并指挥、监督所属人员。\n")
    assert meta(page)["effective"] is None
    assert d.RE_REASONS_35.fullmatch("立法理由:")
