"""Document metadata rules of blind rounds 26 and 28 (mainland county work reports on a document
site, statistical bulletins and a bureau's data release, district office notices issuing task
divisions, a law database's bracketed fields, traffic 通告), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta
from policymine.extract import document as d

FIELDS = ("doc_number", "issuers", "doc_type", "issued_type", "signed", "published", "effective",
          "index_number", "level", "region")


def meta(text: str) -> dict:
    return record_meta(text, fields=FIELDS)


PROSE = ("过去一年,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济运行总体平稳,民生保障持续加强,"
         "城乡面貌明显改善,各项事业取得新的进展。")

# --------------------------------------------------------------------------- #
# a county's work report on a document site, its heading, occasion and presenter on one line
# --------------------------------------------------------------------------- #

REPORT = ("公文网 - 某某公文之家\n\n政府报告\n\n(湖北省)2032年通山县人民政府工作报告(全文)\n\n"
          "公文网 2033-02-11 09:12:45 政府报告\n"
          "(湖北省)2032年通山县人民政府工作报告(全文) 政 府 工 作 报 告 2032年12月20日在通山县第十九届人民代表大会"
          "第二次会议上 县长 王某某 各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。" + PROSE + "\n")


def test_a_report_titled_by_its_government_after_a_label_and_a_year():
    assert d.RE_REPORT_GOV_TITLE.match("(湖北省)2032年通山县人民政府工作报告").group("org") == "通山县人民政府"
    assert d.RE_REPORT_GOV_TITLE.match("2032年某某旗人民政府工作报告").group("org") == "某某旗人民政府"
    assert not d.RE_REPORT_GOV_TITLE.match("关于通山县人民政府工作报告的决议")


def test_a_work_report_run_on_one_line_with_its_occasion():
    m = meta(REPORT)
    assert m["doc_type"] == "报告"
    assert m["issuers"] == ["通山县人民政府"]
    assert m["signed"] == "2032-12-20"  # the occasion's day, found inside the run-on line
    assert m["published"] == "2033-02-11"  # the site's stamp, to the second
    assert m["level"] == "county"
    assert m["region"] == ["湖北省", "咸宁市"]


def test_a_run_on_occasion_needs_its_date_and_congress():
    pat = d._run_occasion()
    assert pat.search("政 府 工 作 报 告 2032年1月6日在某县第六届人民代表大会第六次会议上C6m 县长 某某").group("d") == "2032年1月6日"
    assert not pat.search("在某县第六届人民代表大会第六次会议上,代表们审议了报告")  # no day: not this rule's


def test_news_of_a_report_given_is_no_report():
    assert d.doc_type_of("某市第十五届人大二次会议开幕 某某作政府工作报告") is None
    assert d.doc_type_of("某市2032年政府工作报告") == "报告"
    page = ("某市第十五届人大二次会议开幕 某某作政府工作报告\n\n2032年1月20日\n\n1月20日上午,某市第十五届人民代表大会第二次会议"
            "隆重开幕。市长某某作政府工作报告。" + PROSE + "\n")
    assert meta(page)["doc_type"] is None


def test_a_site_stamp_to_the_second_with_or_without_spaces():
    assert d.RE_SITE_STAMP.fullmatch("公文网 2033-02-11 09:12:45 政府报告").group("d") == "2033-02-11 09:12:45"
    assert d.RE_SITE_STAMP.fullmatch("社会新闻2033-02-11 09:12:45未知")
    assert not d.RE_SITE_STAMP.fullmatch("公文网 2033-02-11 政府报告")  # (a day alone: not to the second)


# --------------------------------------------------------------------------- #
# bulletins and a bureau's data release
# --------------------------------------------------------------------------- #


def test_a_portals_reading_tools_are_cut_from_its_source():
    assert d.read_fields(["发布时间:2033年05月12日    来源:县统计局 【字体:  打印"]) == {
        "published": "2033-05-12", "publisher": "县统计局"}
    assert d.read_fields(["发布机构:青山市教育局  [字号 大 中 小]  打印"]) == {"publisher": "青山市教育局"}
    assert d.read_fields(["发文机关:甲市某局 乙市某局"]) == {"issuers": "甲市某局 乙市某局"}  # (bodies between spaces kept)


def test_a_county_bureau_named_by_its_rank_placed_from_the_page():
    page = ("首页 > 统计信息\n\n武义县2032年国民经济和社会发展统计公报\n\n发布时间:2033年05月12日    来源:县统计局 【字体:  打印\n\n"
            "武义县2032年国民经济和社会发展统计公报\n\n2032年,全县上下坚持稳中求进,经济运行总体平稳。" + PROSE + "\n")
    m = meta(page)
    assert m["doc_type"] == "公报"
    assert m["issuers"] == ["县统计局"]
    assert m["published"] == "2033-05-12"
    assert m["level"] == "county"
    assert m["region"] == ["浙江省", "金华市"]


def test_a_body_named_by_its_rank_alone_has_its_level():
    assert d.issuer_place("县统计局") == ("county", [])
    assert d.issuer_place("市统计局") == (None, [])  # (a prefecture's or a county-level city's)
    assert d.issuer_place("区人民政府办公室") == ("county", [])
    assert d.issuer_place("市场监管总局")[0] != "city"  # (市场 is no city)
    assert d.issuer_place("区人民政府办公室", "发布机构 | 江夏区人民政府办公室 |") == ("county", ["湖北省", "武汉市"])
    # (two counties named as often: no place)
    assert d.issuer_place("县统计局", "武义县 浦江县") == ("county", [])


def test_a_city_government_named_short_placed_by_its_portal():
    assert d.issuer_place("市人民政府", "来自:荆门市政府门户网站 时间:2032-11-22") == ("city", ["湖北省", "荆门市"])


def test_a_data_release_kept_as_a_disclosure_record():
    page = ("文件名称 | 一季度全市经济运行情况 | ||\n索引号 | /2032-0001 | 公开目录: | 数据发布 |\n"
            "公开责任部门 | 市统计局 | 公开形式: | 主动公开 |\n文号 | 成文日期: | 2032年04月20日 | |\n"
            "有效性 | 有效 | 公开日期: | 2032-04-21 09:30 |\n一季度,全市上下坚持稳中求进,经济运行总体平稳,主要指标好于预期。"
            + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["市统计局"]
    assert m["doc_type"] is None and m["doc_number"] is None
    assert m["signed"] == "2032-04-20" and m["published"] == "2032-04-21"
    assert m["index_number"] == "/2032-0001"
    assert m["level"] is None and m["region"] == []  # (市统计局: no level from its rank alone)


def test_a_bulletin_titled_by_its_body_after_the_year():
    assert d.RE_BULLETIN_BODY_TITLE.match("2032年某某自治州某某县人民政府国民经济和社会发展统计公报").group("org") == \
        "某某自治州某某县人民政府"
    assert d.RE_BULLETIN_BODY_TITLE.match("2032年青山市统计局统计公报").group("org") == "青山市统计局"
    assert not d.RE_BULLETIN_BODY_TITLE.match("青山市2032年国民经济和社会发展统计公报")


# --------------------------------------------------------------------------- #
# labels and clauses
# --------------------------------------------------------------------------- #


def test_a_law_databases_bracketed_publishing_department_is_the_issuer():
    assert d.read_fields(["【发布部门】青山市政府", "【发布日期】2032.04.01"]) == {"issuers": "青山市政府", "published": "2032-04-01"}
    assert d.read_fields(["发布部门:青山市教育局"]) == {"publisher": "青山市教育局"}  # (a portal's label stays a publisher)


def test_a_notice_put_into_force_on_its_issue_by_shixing():
    assert d.effective_clause("三、本通告自发布之日起实行,解除时间另行通知。", "2032-03-04") == "2032-03-04"
    assert d.effective_clause("自发布之日起实行交通管制。", "2032-03-04") is None  # (实行 of a measure)


def test_a_posting_line_of_time_and_body():
    m = d.RE_TIMED_PUBLISHER.match("2033-01-05 10:00 区人民政府办公室")
    assert m and m.group("d") == "2033-01-05 10:00"
    assert not d.RE_TIMED_PUBLISHER.match("2033-01-05 区人民政府办公室")  # (no time: a date line)


def test_a_forwarding_title_broken_after_the_forwarded_bodies():
    assert d.RE_FORWARDED_BODIES.search("转发省某某厅等部门")
    assert not d.RE_FORWARDED_BODIES.search("转发给你们")
    page = ("青山省人民政府办公厅\n转发省某某厅等部门\n关于做好2032年某某工作的意见的通知\n青政办发〔2032〕9号\n"
            "各市人民政府,省政府各部门:\n省某某厅等部门《关于做好2032年某某工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。\n"
            "青山省人民政府办公厅\n2032年4月3日\n")
    m = meta(page)
    assert m["doc_type"] == "通知" and m["issued_type"] == "意见"
    assert m["issuers"] == ["青山省人民政府办公厅"]


def test_a_county_named_short_placed_by_its_number():
    text = "各镇人民政府,县政府各部门,通山经济开发区:现将通山重点事项责任分解给你们。"
    assert d.issuer_place("县人民政府办公室", text, number="通政办发〔2032〕5号") == ("county", ["湖北省", "咸宁市"])
    assert d.issuer_place("县人民政府办公室", text, number="鄂政办发〔2032〕5号") == ("county", [])  # (the number does not confirm it)
    assert d.issuer_place("县人民政府办公室", text) == ("county", [])


def test_a_governments_order_under_its_own_name():
    assert d.doc_type_of("2032青山县人民政府森林防火封山令") == "令"
    assert d.doc_type_of("青山市人民政府禁火令") == "令"
    assert d.doc_type_of("青山县人民政府发布封山令") is None  # (news of an order issued)
    assert d.doc_type_of("青山县口令") is None  # (令 ending another word, no government before it)
    page = ("2032青山县人民政府森林防火封山令\n入冬以来雨水偏少,全县林区干燥,为防止山林起火,特发布封山令:\n"
            "一、封山时间\n2032年8月18日至2032年8月31日。\n二、封山区域内严禁一切野外用火。\n青山县人民政府\n2032年8月17日\n")
    m = meta(page)
    assert m["doc_type"] == "令"
    assert m["issuers"] == ["青山县人民政府"] and m["signed"] == "2032-08-17"
