"""Document metadata rules of blind rounds 23 and 25 (mainland: a leading group's decision, a
procuratorate's measures named only in their title, a congress session's resolution, a posting
line that names its publisher, a notice reposted over the heading of what it issues, a joint
notice of many bodies given whole, a standing committee's 公告 and its number, a national body's
general office), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

PROSE = ("近年来,各地各部门认真落实各项部署,统筹推进重点工作,取得了明显成效,为经济社会发展奠定了坚实基础。"
         "为进一步巩固工作成果,推动各项任务落地见效,现就有关事项作出安排。")

# --------------------------------------------------------------------------- #
# bodies and their names
# --------------------------------------------------------------------------- #


def test_a_leading_group_issues_its_own_decision():
    page = ("甘肃省安全生产领导小组关于命名第二批安全生产示范县的决定\n"
            "各市(州)安全生产领导小组,省安全生产领导小组各成员单位:\n" + PROSE + "经考核验收,决定命名某某县为示范县。\n")
    m = meta(page)
    assert m["issuers"] == ["甘肃省安全生产领导小组"]
    assert m["doc_type"] == "决定"
    assert (m["level"], m["region"]) == ("provincial", ["甘肃省"])


def test_a_national_bodys_general_office_is_national():
    assert d.issuer_place("水利部办公厅") == ("national", [])
    assert d.issuer_place("国家发展改革委办公厅") == ("national", [])
    assert d.issuer_place("某某部办公厅") == (None, [])  # (a body the lexicon does not name)


def test_an_orders_body_by_its_common_name():
    page = ("中华人民共和国水利部令\n第99号\n"
            "《某某工程验收管理办法》已于2031年1月5日经水利部部务会议审议通过,现予公布,自2031年3月1日起施行。\n"
            "部长 王某某\n2031年1月20日\n某某工程验收管理办法\n第一章 总则\n第一条 为规范某某工程验收工作,制定本办法。\n")
    m = meta(page)
    assert m["doc_number"] == "中华人民共和国水利部令第99号"
    assert m["issuers"] == ["水利部"]
    assert m["level"] == "national"


def test_a_session_named_by_its_resolutions_title():
    assert d.RE_SESSION_TITLE.match("某某区第九届人民代表大会第三次会议关于区人民政府工作报告的决议").group("org") == "某某区第九届人民代表大会第三次会议"
    assert d.RE_SESSION_TITLE.match("某某区人民政府关于某某工作的决定") is None
    page = ("武汉市江汉区第九届人民代表大会第三次会议关于武汉市江汉区人民政府工作报告的决议\n"
            "(2031年1月8日武汉市江汉区第九届人民代表大会第三次会议通过)\n"
            "武汉市江汉区第九届人民代表大会第三次会议听取和审议了区人民政府区长所作的政府工作报告。会议充分肯定区人民政府过去一年的工作,决定批准这个报告。\n")
    m = meta(page)
    assert m["issuers"] == ["武汉市江汉区第九届人民代表大会第三次会议"]
    assert m["doc_type"] == "决议"
    assert m["signed"] == "2031-01-08"
    assert (m["level"], m["region"]) == ("county", ["湖北省", "武汉市"])


# --------------------------------------------------------------------------- #
# titles
# --------------------------------------------------------------------------- #


def test_a_notices_title_over_the_heading_of_what_it_issues():
    assert d._issued_heading("湖北省清洁空气五年行动计划", "湖北省人民政府 关于印发湖北省清洁空气 五年行动计划的通知")
    assert not d._issued_heading("湖北省清洁空气五年行动计划", "湖北省人民政府关于加强清洁空气工作的意见")
    page = ("某某能源有限公司\n湖北省人民政府 关于印发湖北省清洁空气 五年行动计划的通知\n湖北省清洁空气五年行动计划\n"
            "为认真落实国家有关部署,持续改善空气质量,制定本行动计划。\n一、总体要求\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["湖北省人民政府"]
    assert (m["doc_type"], m["issued_type"]) == ("通知", "计划")
    assert (m["level"], m["region"]) == ("provincial", ["湖北省"])


def test_a_bodys_titled_measures_over_a_posting_line():
    page = ("公告公示\n兰州市人民检察院案件信息公开实施办法(试行)\n时间:2031-04-05  作者:  来源:\n第一章 总 则\n"
            "第一条 为进一步规范案件信息公开工作,根据有关规定,结合本院工作实际,制定本实施办法。\n"
            "第二条 案件信息公开遵循依法、及时、规范、安全原则,由各业务部门负责提供有关信息。\n")
    m = meta(page)
    assert m["issuers"] == ["兰州市人民检察院"]
    assert m["doc_type"] == "办法"
    assert m["published"] == "2031-04-05"
    assert (m["level"], m["region"]) == ("city", ["甘肃省", "兰州市"])


def test_a_headline_of_news_over_a_posting_line_is_no_document():
    page = ("兰州市人民检察院发布案件信息公开实施办法\n时间:2031-04-05  作者:某某  来源:某某网\n"
            "记者从兰州市人民检察院获悉,该院近日发布案件信息公开实施办法,进一步规范案件信息公开工作,回应群众关切。" + PROSE + "\n")
    m = meta(page)
    assert not m["issuers"] and not m["doc_type"]


def test_a_title_broken_before_its_guanyu():
    page = ("主管主办\n甘肃省人民政府办公厅\n编辑出版\n某某编辑部\n\n甘肃省人民政府\n\n关于表彰某某工作先进集体的决定\n\n甘政函〔2031〕9号\n\n"
            "各市(州)人民政府,省政府各部门:\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["甘肃省人民政府"]
    assert m["doc_number"] == "甘政函〔2031〕9号"
    assert m["doc_type"] == "决定"


def test_a_call_for_comment_names_no_form():
    assert d.doc_type_of("《某某市物业管理办法(修订草案征求意见稿)》公开征求意见") is None
    assert d.doc_type_of("某某条例草案向社会征求意见") is None
    assert d.doc_type_of("关于加快某某工作的指导意见") == "意见"
    assert d.doc_type_of("关于征求《某某办法》意见的通知") == "通知"


def test_a_notice_that_issues_given_whole_under_a_lead_and_its_many_signers():
    page = ("某某行动方案\n时间:2031-03-05 10:00:00\n"
            "某某网讯:日前,某某网获悉,《某某地区某某行动方案》印发。全文如下:\n"
            "关于印发《某某地区某某行动方案》的通知\n各有关单位:\n"
            "现将《某某地区某某行动方案》印发给你们,请遵照执行。\n"
            "水利部 发展改革委\n财政部 自然资源部\n农业农村部 商务部\n应急管理部 能源局\n湖北省人民政府 湖南省人民政府\n"
            "2031年3月2日\n(此件社会公开)\n某某地区某某行动方案\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["水利部", "发展改革委", "财政部", "自然资源部", "农业农村部", "商务部", "应急管理部", "能源局",
                            "湖北省人民政府", "湖南省人民政府"]
    assert (m["doc_type"], m["issued_type"]) == ("通知", "方案")
    assert m["signed"] == "2031-03-02"
    assert m["level"] == "national"


def test_four_lines_of_signers_stay_a_signature_of_their_own():
    # (five lines of one body each are no joint signature of many: only the four next to the date)
    lines = ["甲县财政局", "乙县财政局", "某某县教育局", "某某县人民政府", "某某县民政局", "2031年1月2日"]
    assert d.signature(lines)[0] == ["乙县财政局", "某某县教育局", "某某县人民政府", "某某县民政局"]


# --------------------------------------------------------------------------- #
# numbers, dates and labels
# --------------------------------------------------------------------------- #


def test_a_standing_committees_announcement_numbered_under_its_sessions_name():
    assert d.find_doc_number("甘肃省第十五届人民代表大会常务委员会公告第12号") == "甘肃省第十五届人民代表大会常务委员会公告第12号"
    assert d.find_doc_number("甘肃省第十五届人民代表大会常务委员会第十次会议") is None


def test_an_announcement_without_number_promulgating_a_regulation():
    page = ("甘肃省某某管理条例\n时间:2031-06-17 23:52:54\n甘肃省某某管理条例\n甘肃省人大常委会\n"
            "(2031年4月1日甘肃省第十五届人民代表大会常务委员会第十次会议通过)\n省人大常委会公告\n"
            "《甘肃省某某管理条例》已由甘肃省第十五届人民代表大会常务委员会第十次会议于2031年4月1日通过,现予公布,自2031年6月1日起施行。\n"
            "甘肃省人民代表大会常务委员会\n2031年4月1日\n第一章 总则\n第一条 为了规范某某管理,制定本条例。\n")
    m = meta(page)
    assert m["doc_type"] == "条例"
    assert m["issuers"] == ["甘肃省人民代表大会常务委员会"]
    assert m["signed"] == "2031-04-01"
    assert m["effective"] == "2031-06-01"


def test_a_body_and_its_spaced_day_far_apart_on_one_line():
    far = "甘肃省市场监督管理局" + " " * 60 + "2031  年  4 月 5 日"
    assert d.signature(["现予公告。", far]) == (["甘肃省市场监督管理局"], "2031-04-05", 1)


def test_a_posting_line_that_names_its_publisher():
    assert d.RE_DATED_PUBLISHER.match("2031年05月06日 某某县统计局 来源:某某县统计局").group("org") == "某某县统计局"
    page = ("2030年环江毛南族自治县国民经济和社会发展统计公报\n"
            "2031年05月06日 环江毛南族自治县统计局 来源:环江毛南族自治县统计局\n"
            "2030年,全县上下认真贯彻落实各项决策部署,统筹推进经济社会发展,全县经济平稳向好,各项事业取得新的进展。\n一、综合\n")
    m = meta(page)
    assert m["issuers"] == ["环江毛南族自治县统计局"]
    assert m["published"] == "2031-05-06"
    assert m["signed"] is None
    assert (m["level"], m["region"]) == ("county", ["广西壮族自治区", "河池市"])


def test_a_mirrors_stamp_of_column_time_and_place():
    assert d.RE_MIRROR_STAMP.fullmatch("政务   2031-06-07 10:20   甘肃")
    assert not d.RE_MIRROR_STAMP.fullmatch("政务 某某 2031-06-07")
    page = ("关于开展某某专项整治的通告\n政务   2031-06-07 10:20   甘肃\n关于开展某某专项整治的通告\n居民朋友们:\n"
            "为进一步规范城市环境秩序,营造干净整洁的居住环境,现就有关事项通告如下:\n一、禁止在人行道上摆摊设点。\n"
            "本通告自发布之日起施行。\n兰州市城关区城市管理局\n2031年6月6日\n")
    m = meta(page)
    assert m["published"] == "2031-06-07"
    assert m["signed"] == "2031-06-06"


def test_a_portals_index_and_production_day_labels():
    got = d.read_fields(["索取号 AB0000120310001 文    号", "产生日期 2031-03-04"])
    assert got.get("index_number") == "AB0000120310001"
    assert got.get("published") == "2031-03-04"
