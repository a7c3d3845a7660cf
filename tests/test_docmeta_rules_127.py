"""Document metadata: readers written in stop 30, each on sentences written for it.

Every name, number and date here is made up; only the forms' formulae are a document's.
"""

from __future__ import annotations

import policymine
from docmeta_helpers import record_meta as meta

PROSE = ("为做好本年度各项工作,结合本地实际,现就有关事项作出安排。一、加强组织领导,明确工作责任。"
         "二、抓好任务落实,确保各项工作按期完成。\n")


def test_a_form_spaced_out_its_wide_space_lost_to_an_encodings_mark_closes_the_title():
    # a title over three lines, its form spaced out with a wide space an encoding turned into ?
    for sep in (" ? ", "?", " ？ ", " \ufffd "):
        text = f"某某市某某管理局\n关于做好某某年某某工作的\n通{sep}知\n\n各县、区某某局:\n\n{PROSE}"
        got = meta(text)
        assert got["doc_type"] == "通知", sep
        assert got["issuers"] == ["某某市某某管理局"], sep


def test_a_line_of_marks_and_characters_is_no_form():
    # (a table of contents' heading, 目? 录, names no form: the page stays no document)
    text = f"某某市某某管理局工作总结\n\n目 ? 录\n\n{PROSE}"
    assert meta(text)["doc_type"] is None


def test_a_title_block_glued_to_its_text_by_a_document_librarys_transcript():
    # a transcript's label, the number, the title and the salutation run into the text on one line
    text = ("文档介绍:某府发〔2031〕7号某某市某某区人民政府关于做好某某年某某工作的通知各镇人民政府、"
            "各街道,区政府有关部门:为推动本项工作规范有序开展,明确各方职责,结合实际,现就有关事项作出安排。"
            "一、加强组织领导。二、抓好任务落实,确保各项工作按期完成。\n")
    got = meta(text)
    assert got["doc_number"] == "某府发〔2031〕7号"
    assert got["issuers"] == ["某某市某某区人民政府"]
    assert got["doc_type"] == "通知"
    # (an item's number before it, the number's brackets lost, a notice that issues a plan)
    text = ("1、某教函203111号某某市某某局关于印发某某工作实施方案的通知各县(市、区)某某局,各直属学校:"
            "现将某某工作实施方案印发给你们,请遵照执行。某某市某某局 2031年1月8日某某工作实施方案为推动本项工作,"
            "结合实际,制定本方案。一、工作目标。二、主要任务。\n")
    got = meta(text)
    assert got["issuers"] == ["某某市某某局"]
    assert (got["doc_type"], got["issued_type"]) == ("通知", "方案")


def test_a_glued_line_whose_head_names_no_body_and_form_is_left_as_it_is():
    # news text that mentions a notice and addresses nobody: no title block is cut out of it
    text = ("近日,某某市出台关于做好某某工作的通知,各区县要按照部署抓好落实:一是加强领导,二是压实责任。"
            "记者了解到,该市将持续推进有关工作,确保各项任务落地见效,群众满意度不断提升。\n")
    assert meta(text)["issuers"] == []


OUTLINE = ("今后五年,是本州转型升级的攻坚时期。编制和实施好本纲要,"
           "对于凝聚全州力量、实现奋斗目标意义重大。\n") * 3


def test_a_plans_cover_its_month_under_its_body_is_no_headline_and_the_body_is_the_issuer():
    # a plan's cover: its title over three lines, the body that drew it up, the month in numerals
    cover = "甘孜藏族自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n甘孜藏族自治州人民政府\n二○二一年九月\n\n"
    got = policymine.extract_text(cover + OUTLINE)
    assert got["title"] != "二○二一年九月"
    assert (got["doc_type"], got["issuers"], got["level"]) == ("纲要", ["甘孜藏族自治州人民政府"], "city")


def test_a_plans_note_of_adoption_over_its_body_the_body_issues_it_the_note_dates_it():
    # (the note says where it was adopted, 在某州…会议通过; the body under it drew the plan up)
    cover = ("甘孜藏族自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n"
             "(2031年1月3日在甘孜州第十一届人民代表大会第五次会议通过)\n甘孜藏族自治州人民政府\n二○三一年九月\n\n")
    got = meta(cover + OUTLINE)
    assert got["issuers"] == ["甘孜藏族自治州人民政府"]
    assert got["signed"] == "2031-01-03"
    # without the body's line, the session that adopted it, its 在 left out
    cover = "甘孜藏族自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n(2031年1月3日在甘孜州第十一届人民代表大会第五次会议通过)\n\n"
    assert meta(cover + OUTLINE)["issuers"] == ["甘孜州第十一届人民代表大会第五次会议"]


def test_the_title_repeated_under_the_contents_heading_is_not_the_covers_title():
    cover = ("甘孜藏族自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n"
             "(2031年1月3日在甘孜州第十一届人民代表大会第五次会议通过)\n甘孜藏族自治州人民政府\n二○三一年九月\n目 录\n"
             "甘孜藏族自治州国民经济和社会发展第十四个\n五年规划和2035年远景目标纲要\n")
    got = meta(cover + OUTLINE)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("纲要", ["甘孜藏族自治州人民政府"], "2031-01-03")


def test_a_gazettes_issue_over_its_contents_stays_no_document():
    # (the gazette's masthead, a government's 公报, over the contents of its issue: the documents it lists are others')
    text = ("某某省人民政府公报\n2031年第5期\n目 录\n某某省人民政府关于某某工作的通知\n"
            "某某省人民政府办公厅关于印发某某方案的通知\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"]) == (None, [])


def test_a_departments_report_its_title_lost_under_its_occasion_and_presenter():
    # the occasion broken over two lines, the head of a department presenting, the text handing the
    # report to the session: the department's report, on the occasion's day
    text = ("——2031年1月8日在天津市河西区第十九届\n人民代表大会第二次会议上\n天津市河西区发展和改革委员会主任 某 某\n各位代表:\n"
            "受区政府委托,现将本区年度计划执行情况和下一年度计划的报告提交大会审议,"
            "请予审议。\n一、计划执行情况\n过去一年,各项工作稳步推进,经济运行总体平稳。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["signed"]) == ("报告", ["天津市河西区发展和改革委员会"], "2031-01-08")
    assert (got["level"], got["region"]) == ("county", ["天津市"])
    # (a department head's line over text that hands nothing to a session is no report)
    text = ("天津市河西区发展和改革委员会主任 某 某\n"
            "近日,某某委员会召开会议,研究部署下一阶段重点工作,要求各科室抓好落实,确保各项任务按期完成。\n")
    assert meta(text)["doc_type"] is None


def test_a_national_administrations_local_office_is_placed_by_the_place_after_its_name():
    from policymine.extract.document import issuer_place

    assert issuer_place("国家税务总局甘肃省税务局") == ("provincial", ["甘肃省"])
    assert issuer_place("国家税务总局杭州市西湖区税务局") == ("county", ["浙江省", "杭州市"])
    assert issuer_place("国家税务总局") == ("national", [])  # (the administration itself)
    text = ("国家税务总局湖北省税务局关于某某事项的公告\n2031年第3号\n" + PROSE.replace("\n", "")
            + "\n国家税务总局湖北省税务局\n2031年3月1日\n")
    got = meta(text)
    assert (got["issuers"], got["level"], got["region"]) == (["国家税务总局湖北省税务局"], "provincial", ["湖北省"])


def test_a_bureaus_announcement_signed_by_its_head_is_the_office_holders():
    # (a SAR department's announcement, its head's name glued to the office at its foot)
    text = ("运输署公告\n某某街临时交通安排\n现公布当局将于2031年7月8日上午10时至2031年9月28日下午6时执行以下临时交通措施,"
            "以便进行渠务工程:\n1. 封路\n某某街将暂时封闭,车辆不得进入。\n"
            "有关地点将设置适当交通标志及道路标记,指导驾驶人士。\n运输署署长某某某\n")
    got = meta(text)
    assert (got["issuers"], got["level"], got["region"]) == (["运输署署长"], "provincial", ["香港特别行政区"])


def test_a_taiwan_rules_history_gives_its_body_and_day_where_a_field_gave_its_number():
    text = ("发布文号: 工程字第0310012345号\n"
            "中华民国一百二十年十一月五日行政院公共工程委员会工程字第0310012345号函订定发布全文5点\n"
            "一、为统一某某作业,特订定本注意事项。\n二、某某作业依下列规定办理。\n三、本注意事项自发布日施行。\n")
    got = meta(text)
    assert (got["issuers"], got["signed"], got["level"]) == (["行政院公共工程委员会"], "2031-11-05", "provincial")
    # (the number a field gives is an earlier act's: the history's latest act is not taken for it)
    text = ("发布文号: 工程字第0210012345号\n"
            "1.中华民国一百十年一月二日行政院公共工程委员会工程字第0210012345号函订定发布\n"
            "2.中华民国一百二十年十一月五日行政院公共工程委员会工程字第0310012345号函修正发布\n"
            "一、为统一某某作业,特订定本注意事项。\n二、本注意事项自发布日施行。\n")
    assert meta(text)["signed"] != "2021-01-02"


def test_a_notice_without_its_title_that_issues_a_benchmark_and_says_when_it_runs_from():
    text = ("索引号: | 000000000/2031-00001 | 公开方式: | 主动公开 |\n文号: | 某民发〔2031〕5号 | 公开日期: | 2031-11-19 |\n"
            "发布单位: | 杭州市民政局 | 统一编号: | ZJAC10-2031-0001 |\n"
            "各区、县(市)民政局,局机关各处室:\n《杭州市民政局某某审批的裁量基准》经局务会议研究通过,现予以印发,请认真贯彻执行。\n"
            "本通知自2031年12月25日起施行。\n杭州市民政局\n2031年11月19日\n")
    got = meta(text)
    assert (got["doc_type"], got["issued_type"], got["effective"]) == ("通知", "基准", "2031-12-25")


def test_a_posting_line_labelled_published_at_gives_the_published_date():
    from policymine.extract.document import read_fields

    assert read_fields(["(发布于:2031-12-13 09:01)"]) == {"published": "2031-12-13"}
    assert read_fields(["本文发布于2031年"]) == {}  # (no label: a sentence)


def test_a_law_databases_record_flattened_onto_the_title_and_run_into_the_text():
    # the title glued to the first label, the fields glued to each other, the text after them on the line
    text = ("某某自治州自治条例(2031年修正本)制定机关: 某某自治州人大常委会效力级别: 地方性法规"
            "时效性: 有效发布文号: 公布日期: 2031.08.18施行日期: 2031.08.18题注: (某日某某会议通过) "
            "第一章 总则 第一条根据有关法律的规定,结合本州实际,制定本条例。第二条本条例适用于本州。\n")
    got = meta(text)
    assert (got["doc_type"], got["issuers"], got["effective"]) == ("条例", ["某某自治州人大常委会"], "2031-08-18")


def test_a_portals_record_of_the_page_at_its_foot_gives_the_published_date():
    text = ("台中市政府 公告\n发文日期:中华民国120年2月10日\n发文字号:府授都计字第1200008813号\n"
            "主旨:公开展览某某都市计划变更书、图,自120年2月13日起公开展览30天。\n依据:都市计划法第19条。\n"
            "公告事项:\n一、公开展览期间:自120年2月13日起30天。\n二、公开展览地点:本府都市发展局。\n"
            "档案下载(或附件)\n  • 市府分类: 都市发展\n  • 最后异动日期: 2031-02-20\n  • 发布日期: 2031-02-11\n"
            "  • 发布单位: 台中市政府民政局\n  • 点阅次数: 433\n")
    got = meta(text)
    assert (got["signed"], got["published"]) == ("2031-02-10", "2031-02-11")


def test_a_model_texts_place_masked_with_asterisks_is_no_document():
    text = ("您的位置:某某文秘网>>政府报告>>正文\n在县第十九届人民代表大会第二次会议上的政府工作报告\n发表时间:2031/12/21 18:29:50\n"
            "在**县第十九届人民代表大会第二次会议上的政府工作报告\n各位代表:\n"
            "下面,我代表县人民政府向大会报告工作,请予审议。\n"
            "一、工作回顾\n过去一年,全县上下团结奋斗,各项工作稳步推进。\n")
    got = meta(text)
    assert (got["doc_type"], got["published"]) == (None, None)


def test_an_announcements_serial_in_its_year_alone_on_its_line():
    from policymine.extract.document import find_doc_number, read_fields

    assert find_doc_number("2031年第34号") == "2031年第34号"
    assert find_doc_number("(2031年第1号)") == "2031年第1号"
    assert find_doc_number("2031年第一季度") is None
    assert read_fields(["发布文号: 2031年第160号"]) == {"doc_number": "2031年第160号"}
    text = ("某某市公安局交通警察支队\n关于在城区道路设置某某路段的通告\n(2031年第1号)\n"
            "为加强道路交通管理,现将有关事项通告如下:\n一、某某路段实行严格管理。\n特此通告。\n"
            "某某市公安局交通警察支队\n2031年1月20日\n")
    assert meta(text)["doc_number"] == "2031年第1号"


def test_a_title_ending_in_its_count_of_pieces_is_a_compilation():
    text = ("2031年某某通告(八篇)\n下面是为大家收集的几篇范文,供大家参考借鉴。\n某某通告篇一\n"
            "为保护大气环境,现将有关事项通告如下:\n一、全域禁止露天焚烧。\n特此通告。\n")
    assert meta(text)["doc_type"] is None


def test_a_posting_stamp_with_the_day_written_out_and_its_clock():
    # (a portal's stamp right under the title, the day written out, to the minute)
    body = ("为保障活动顺利进行,现就有关事项通告如下:\n一、某某路段实行交通管制。\n二、请广大市民提前规划出行路线。\n"
            "特此通告。\n某某市公安局交通管理支队\n2031年5月8日\n")
    head = "某某官网>>官方公告\n\n2031年某某活动部分路段实施交通管理的通告\n\n{}\n\n"
    got = meta(head.format("2031年05月10日09:15") + body)
    assert (got["published"], got["signed"]) == ("2031-05-10", "2031-05-08")
    # (a day alone, with no clock, is no posting stamp)
    assert meta(head.format("2031年05月10日") + body)["published"] is None
    # (nor is a table's value under its label, the label without its colon)
    table = ("某某办公室关于印发《某某办法》的通知\n索引号\n000000000/2031-00001\n发文日期\n2031年09月03日 16:25:00\n"
             "各有关单位:\n现将《某某办法》印发给你们,请认真贯彻执行。\n某某办公室\n2031年9月3日\n")
    assert meta(table)["published"] is None


def test_a_gazettes_reference_to_the_letter_it_prints():
    # (a legislature's gazette prints a letter: its subject, then its body, form, day and number in brackets)
    text = ("质询事项\n\n甲、行政院答复部分\n\n(一)行政院函送某委员质询某某问题之书面答复,请查照案。\n\n"
            "(行政院函 中华民国120年9月30日院台专字第1200012345号)\n\n(立法院函 编号:9-2-2-100)\n\n"
            "某委员就某某问题所提质询,经交据某某委员会查复如下:\n"
            "一、本会对某某机构之管理,业有下列规定,各机构发生重大事件时,应即依规定向主管机关报告。\n"
            "二、另依相关办法规定,各机构应指定专人督导遵循相关法令,并定期向本会提出报告。\n"
            "三、本会将持续督导各机构落实上述规定,强化管理机制,以维护金融市场之稳定与健全发展。\n")
    got = meta(text)
    assert (got["issuers"], got["doc_type"], got["doc_number"]) == (["行政院"], "函", "院台专字第1200012345号")
    assert (got["signed"], got["level"], got["region"]) == ("2031-09-30", "provincial", ["台湾省"])


def test_a_signatures_day_on_the_line_of_its_note_of_disclosure():
    from policymine.extract.document import is_date_line

    assert is_date_line("此件公开发布 2031年1月30日")
    assert not is_date_line("此件公开发布")
    text = ("各村、社区,机关各部门:\n根据工作需要,现将修订后的《某某街道防汛防台应急预案》印发你们,请认真贯彻执行。\n"
            "常州市武进区某某街道办事处\n此件公开发布 2031年1月30日\n某某街道防汛防台\n应 急 预 案\n1 总 则\n")
    got = meta(text)
    assert (got["issuers"], got["signed"], got["level"]) == (["常州市武进区某某街道办事处"], "2031-01-30", "county")
