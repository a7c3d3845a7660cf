"""Document metadata (policymine.extract.document): each rule on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import policymine
from policymine.cli import app
from policymine.extract import document as d
from policymine.record import DOCUMENT_FIELDS, RECORD_FIELDS

runner = CliRunner()


# --------------------------------------------------------------------------- #
# forms: the title's last word
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("title,form,issued", [
    ("北川市人民政府关于加快发展低空经济的实施意见", "意见", None),
    ("北川市人民政府办公室关于印发《北川市科技创新券管理办法(试行)》的通知", "通知", "办法"),
    ("关于转发省科技厅等部门关于支持企业研发的若干措施的通知", "通知", "措施"),
    ("关于批转市教育局招生工作规定的通知", "通知", "规定"),
    ("《北川市数字经济三年行动计划(2024—2026年)》的通知", "通知", "计划"),
    ("北川市科学技术局关于公布2024年度科技型企业名单的公告", "公告", None),
    ("北川市人民政府关于修改《北川市河道管理规定》的决定", "决定", None),
    ("北川市国民经济和社会发展第十五个五年规划纲要", "纲要", None),
    ("北川市人民政府关于同意设立北川高新区的批复", "批复", None),
    ("关于商请支持北川港建设的函", "函", None),
    ("北川市2024年国民经济和社会发展统计公报", "公报", None),
    ("北川市人民政府工作规则", "规则", None),
    ("北川市科技型企业培育工作实施细则(暂行)", "细则", None),
    ("北川市科技局召开2024年工作会议", None, None),
    ("北川出台新一轮科技政策《北川市创新十条》", None, None),
])  # fmt: skip
def test_the_form_is_the_titles_last_word_and_a_notice_names_what_it_issues(title, form, issued):
    assert d.doc_type_of(title) == form
    assert d.issued_type_of(title) == issued


# --------------------------------------------------------------------------- #
# numbers
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("line,number", [
    ("北政发〔2024〕12号", "北政发〔2024〕12号"),
    ("北政办发[2023]7号", "北政办发[2023]7号"),
    ("北科字（2022）第 35 号", "北科字（2022）第35号"),
    ("( 北府发〔2019〕3 号 )", "北府发〔2019〕3号"),
    ("北川市人民政府令第18号", "北川市人民政府令第18号"),
    ("北川市人民政府令(第9号)", "北川市人民政府令(第9号)"),
    ("北川市税务局公告2021年第4号", "北川市税务局公告2021年第4号"),
    ("北政发〔2024〕12号《北川市人民政府关于某事的通知》", "北政发〔2024〕12号"),
    ("北川市人民政府关于某事的通知(北政发〔2021〕5号)2021.04.27", "北政发〔2021〕5号"),
    ("根据《某某办法》第12号条款执行", None),
    ("2024年第3号台风登陆", None),
])  # fmt: skip
def test_a_document_number_as_written_whitespace_removed(line, number):
    assert d.find_doc_number(line) == number


# --------------------------------------------------------------------------- #
# disclosure tables
# --------------------------------------------------------------------------- #


def test_disclosure_table_as_label_value_pairs_cells_and_next_lines():
    lines = [
        "索引号: 11110000/2024-00012 主题分类: 科技",
        "发文机关 | 北川市科学技术局 北川市财政局 |",
        "文号 | 成文日期: | 2024年05月06日 |",
        "发布日期:",
        "2024-05-08",
        "实施日期：2024年6月1日",
    ]
    got = d.read_fields(lines)
    assert got["index_number"] == "11110000/2024-00012"
    assert got["issuers"] == "北川市科学技术局 北川市财政局"
    assert "doc_number" not in got  # the 文号 cell is empty: the next cell is a label
    assert got["signed"] == "2024-05-06"
    assert got["published"] == "2024-05-08"
    assert got["effective"] == "2024-06-01"


def test_a_table_flattened_to_one_line_and_a_sentence_is_no_table():
    got = d.read_fields(["索引号:000012/2022-00011主题分类:综合发文机关:北川市人民政府成文日期:2022年03月02日发文字号:北政函〔2022〕8号"])
    assert got == {"index_number": "000012/2022-00011", "issuers": "北川市人民政府", "signed": "2022-03-02",
                   "doc_number": "北政函〔2022〕8号"}
    assert d.read_fields(["撤销其证书(批准文号:北卫字(1999)第12号)。"]) == {}


def test_a_publishing_body_and_a_day_of_dispatch_are_kept_apart():
    got = d.read_fields(["发布机构: 北川市人民政府办公室 发文日期: 2024-01-23"])
    assert got == {"publisher": "北川市人民政府办公室", "dispatched": "2024-01-23"}


# --------------------------------------------------------------------------- #
# signatures, closing clauses, places
# --------------------------------------------------------------------------- #


def test_a_signature_is_issuers_over_a_date_in_order_with_chinese_numerals_written_with_o_or_0():
    lines = ["现将有关事项通知如下。", "中共北川市委办公室", "北川市人民政府办公室", "二OO三年十二月四日"]
    assert d.signature(lines) == (["中共北川市委办公室", "北川市人民政府办公室"], "2003-12-04", 3)
    assert d.signature(["北川市科学技术局 北川市财政局", "(二00五年六月十七日)"])[:2] == (
        ["北川市科学技术局", "北川市财政局"], "2005-06-17")
    assert d.signature(["北川市统计局 2019年5月20日"])[:2] == (["北川市统计局"], "2019-05-20")
    assert d.signature(["返回首页", "2024年3月1日"]) == ([], None, None)


@pytest.mark.parametrize("text,signed,effective", [
    ("本办法自2024年7月1日起施行,有效期5年。", "2024-05-01", "2024-07-01"),
    ("本通知自印发之日起施行。", "2024-05-01", "2024-05-01"),
    ("本规定自\n发布之日起施行。", "2023-02-03", "2023-02-03"),
    ("《某某条例》自2019年1月1日起施行以来,成效明显。", "2024-05-01", None),
    ("请认真贯彻执行。", "2024-05-01", None),
])  # fmt: skip
def test_the_closing_clause_gives_the_effective_date(text, signed, effective):
    assert d.effective_clause(text, signed) == effective


@pytest.mark.parametrize("issuer,level,region", [
    ("国务院办公厅", "national", []),
    ("科学技术部", "national", []),
    ("北川部", "national", []),  # a central body's shape, no place in it
    ("浙江省人民政府", "provincial", ["浙江省"]),
    ("中共浙江省委", "provincial", ["浙江省"]),
    ("杭州市科学技术局", "city", ["浙江省", "杭州市"]),
    ("浙江省杭州市人民政府", "city", ["浙江省", "杭州市"]),
    ("北京市海淀区人民政府", "county", ["北京市"]),
    ("某某县人民政府", "county", []),
    ("市财政局", None, []),
])  # fmt: skip
def test_level_and_region_from_the_issuers_name(issuer, level, region):
    assert d.issuer_place(issuer) == (level, region)


def test_a_county_the_gazetteer_lacks_takes_the_city_its_page_names():
    assert d.issuer_place("某某县人民政府", "根据《杭州市人民政府工作规则》,结合本县实际") == ("county", ["浙江省", "杭州市"])


# --------------------------------------------------------------------------- #
# whole pages
# --------------------------------------------------------------------------- #

NOTICE = """北川市人民政府办公室关于印发《北川市科技创新券管理办法》的通知

发布日期：2024-05-10

北政办发〔2024〕15号

各区县人民政府，市政府各部门：

《北川市科技创新券管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。

北川市人民政府办公室
2024年5月6日

北川市科技创新券管理办法

第一条 为支持中小企业购买科技服务，制定本办法。

第二条 本办法自2024年6月1日起施行。
"""

JOINT = """杭州市科学技术局 杭州市财政局关于做好2024年度科技项目申报工作的通知
各区、县（市）科技局、财政局：
现将2024年度科技项目申报工作的有关事项通知如下。
一、申报范围。在本市注册的企业均可申报。
杭州市科学技术局
杭州市财政局
2024年3月8日
"""

NEWS = """北川市出台科技创新券管理办法
发布时间：2024-05-12 来源：北川日报
记者从北川市科技局获悉，北川市日前印发《北川市科技创新券管理办法》，每家企业每年最高可获50万元。
该办法自2024年6月1日起施行。
"""


def test_a_notice_that_issues_measures():
    rec = policymine.extract_text(NOTICE)
    got = {k: rec[k] for k in DOCUMENT_FIELDS}
    assert got == {
        "doc_number": "北政办发〔2024〕15号", "issuers": ["北川市人民政府办公室"], "doc_type": "通知",
        "issued_type": "办法", "signed": "2024-05-06", "published": "2024-05-10", "effective": "2024-06-01",
        "index_number": None, "level": "county", "region": [],
    }  # fmt: skip  (a 市 the gazetteer, which lists every prefecture-level city, lacks is a county-level one)


def test_a_joint_notice_lists_its_issuers_in_order_and_has_a_city_level():
    rec = policymine.extract_text(JOINT)
    assert rec["issuers"] == ["杭州市科学技术局", "杭州市财政局"]
    assert (rec["doc_type"], rec["signed"], rec["level"], rec["region"]) == ("通知", "2024-03-08", "city", ["浙江省", "杭州市"])


def test_news_about_a_document_is_no_document():
    rec = policymine.extract_text(NEWS)
    assert {k: rec[k] for k in DOCUMENT_FIELDS} == d.empty_document()


def test_the_fields_stand_in_the_record_after_the_page_metadata():
    rec = policymine.extract_text(NOTICE)
    assert tuple(rec)[: len(RECORD_FIELDS)] == RECORD_FIELDS
    assert RECORD_FIELDS.index("doc_number") == RECORD_FIELDS.index("script") + 1


def test_the_documents_table_has_the_fields(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "csv", "--table", "documents", "-q"])
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["doc_number"] == "北政办发〔2024〕15号" and row["doc_type"] == "通知" and row["issued_type"] == "办法"
    assert row["signed"] == "2024-05-06" and row["issuers"] == "北川市人民政府办公室"


@pytest.mark.parametrize("by,labels", [("doc_type", ["通知", "unknown"]), ("level", ["city", "unknown"])])
def test_diff_by_doc_type_and_by_level(tmp_path, by, labels):
    (tmp_path / "joint.txt").write_text(JOINT, encoding="utf-8")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(tmp_path), "--by", by, "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [out["from"]["label"], out["to"]["label"]] == labels


@pytest.mark.parametrize("title,form", [
    ("中华人民共和国某某促进法", "法"),
    ("浙江省某某条例", "条例"),
    ("北京市推广新方法", None),
    ("中华人民共和国的新做法", None),
    ("某某大学关于教学的几点看法", None),
])  # fmt: skip
def test_a_law_is_a_form_only_after_the_states_or_a_places_name(title, form):
    assert d.doc_type_of(title) == form


LAW_REPOST = """某某大学纪委
中华人民共和国某某促进法
发布时间：2024-06-01
2024年3月11日，第十四届全国人大二次会议表决通过了《中华人民共和国某某促进法》。
第一章 总则
第一条 为了促进某某事业，制定本法。
第二条 本法自公布之日起施行。
"""

RESOLUTION = """全国人民代表大会常务委员会
关于批准某某协定的决议
（2023年10月24日第十四届全国人民代表大会常务委员会第六次会议通过）
第十四届全国人民代表大会常务委员会第六次会议决定：批准某某协定。
"""


def test_a_law_reposted_with_the_sentence_of_its_adoption():
    rec = policymine.extract_text(LAW_REPOST)
    assert (rec["doc_type"], rec["issuers"], rec["signed"], rec["effective"], rec["published"], rec["level"]) == (
        "法", ["全国人民代表大会"], "2024-03-11", "2024-03-11", "2024-06-01", "national")


def test_a_resolution_is_signed_on_the_day_of_its_adoption_note():
    rec = policymine.extract_text(RESOLUTION)
    assert (rec["doc_type"], rec["issuers"], rec["signed"], rec["level"]) == (
        "决议", ["全国人民代表大会常务委员会"], "2023-10-24", "national")
    note = "（2001年4月29日某市人民代表大会通过 2001年6月3日某省人民代表大会常务委员会批准）"
    assert d.RE_ADOPTED.match(note)  # the last step's date is the signed one


def test_a_title_quoted_whole_after_its_number_and_one_that_implements_another():
    assert d._title_line("北政办发〔2016〕26号《北川市人民政府办公厅关于印发〈北川市工作要点〉的通知》") == (
        "北川市人民政府办公厅关于印发〈北川市工作要点〉的通知")
    title = "北川省人民政府关于实施《国务院关于某某改革的决定》的意见"
    assert (d.doc_type_of(title), d.issued_type_of(title)) == ("意见", None)


PAGE_NUMBER_DATE = """北川市人民政府关于调整某某费率的通知
2000年12月28日 北政[2000]17号
各区人民政府：
现将调整情况通知如下。
"""

PAGE_LOOSE_SIGNATURE = """北川县人民政府办公室关于印发北川县应急预案的通知
2017-06-30 09:12
各乡镇人民政府：
现将《北川县应急预案》印发给你们，请认真贯彻执行。
北川县人民政府办公室
（此件公开发布）
{ 2017 6 23
"""


def test_a_number_with_its_date_beside_it():
    rec = policymine.extract_text(PAGE_NUMBER_DATE)
    assert (rec["doc_number"], rec["signed"]) == ("北政[2000]17号", "2000-12-28")


def test_a_signature_date_that_lost_its_characters_under_a_note_and_a_bare_posting_time():
    rec = policymine.extract_text(PAGE_LOOSE_SIGNATURE)
    assert (rec["issuers"], rec["signed"], rec["published"], rec["issued_type"]) == (
        ["北川县人民政府办公室"], "2017-06-23", "2017-06-30", "预案")


PAGE_ONE_LINE = ("关于春节期间禁止燃放烟花爆竹的 北府通〔2019〕2号 为减少污染,现将有关事项通告如下: "
                 "一、禁止燃放烟花爆竹。 二、本通告自发布之日起实施。 此告\n北川市人民政府 2019年1月21日\n")


def test_a_title_block_run_on_one_line_a_number_between_spaces_and_a_form_the_document_names_itself():
    rec = policymine.extract_text(PAGE_ONE_LINE)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"], rec["effective"]) == (
        "北府通〔2019〕2号", "通告", ["北川市人民政府"], "2019-01-21", "2019-01-21")


def test_a_news_verb_counts_right_after_the_subject_only():
    assert d._has_news_verb("北川出台科研经费管理办法")
    assert not d._has_news_verb("北川省突发事件预警信息发布管理办法")


def test_a_date_and_issuer_on_one_line_and_a_short_place_name_before_a_head():
    assert d.signature(["1990年3月10日,某某部"])[:2] == (["某某部"], "1990-03-10")
    assert d.issuer_place("杭州人民政府办公厅") == ("city", ["浙江省", "杭州市"])


LIBRARY_PAGE = """北川省突发事件预警信息发布管理办法(精排版)
第一篇:北川省突发事件预警信息发布管理办法(精排版)北川省突发事件预警信息
发布管理办法
(试行)
第一章总则
第一条为了规范预警信息发布工作,制定本办法。
"""

ISSUING_WITHOUT_TITLE = """各乡镇人民政府,市级各部门:
《北川市人民政府常务会议议事规则》已经市人民政府常务会议通过,现予印发。
北川市人民政府
2024年11月20日
北川市人民政府常务会议议事规则
第一条 为规范议事,制定本规则。
"""


def test_a_broken_lines_tail_is_no_title_and_the_opening_line_is_a_headline():
    rec = policymine.extract_text(LIBRARY_PAGE)
    assert rec["doc_type"] == "办法"


def test_a_notice_that_lost_its_title_is_not_named_after_what_it_issues():
    rec = policymine.extract_text(ISSUING_WITHOUT_TITLE)
    assert (rec["doc_type"], rec["issuers"], rec["signed"]) == (None, ["北川市人民政府"], "2024-11-20")


def test_a_tables_short_form_of_the_issuer_gives_way_to_the_documents_own_naming():
    page = ("- 发文字号:北行发〔2021〕42号\n- 发文机构:地区行署\n"
            "- 名 称:北川地区行政公署关于印发《北川地区行政公署工作规则》的通知\n"
            "各县人民政府:\n现印发给你们,请认真贯彻执行。\n北川地区行政公署\n2021年11月9日\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_number"], rec["signed"]) == (["北川地区行政公署"], "北行发〔2021〕42号", "2021-11-09")
    assert d.issuer_place("地区行署") == (None, [])


# --------------------------------------------------------------------------- #
# held-out round 6: acts of a special administrative region, a president's order,
# a bulletin's masthead, a headline's column label, a notice that lost its title
# --------------------------------------------------------------------------- #

SAR_DESPATCH = """澳門特別行政區
葡文版本
第7/2031號行政長官批示
行政長官行使《澳門特別行政區基本法》第五十條賦予的職權,作出本批示。
一、設立一個研究北川灣海岸保護的工作小組,由有關局長協調。
二、本批示自公佈翌日起生效。
二零三一年三月四日
行政長官 林某某
葡文版本
第8/2031號行政長官批示
行政長官行使《澳門特別行政區基本法》第五十條賦予的職權,作出本批示。
"""

SAR_ORDER = """第12/2031號行政命令
行政長官行使《澳門特別行政區基本法》第五十條規定的職權,發佈本行政命令。
二零三一年五月三日至五日行政長官外訪期間,由北川司司長臨時代理行政長官的職務。
二零三一年五月二日。
命令公佈。
行政長官 林某某
"""

SAR_SECRETARY = """澳門特別行政區
北川司司長辦公室
第3/2031號北川司司長批示
刊登日期:
2031.2.13
北川司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,作出本批示。
一、修改第9/2030號北川司司長批示第一款。
"""


def test_an_act_of_a_special_administrative_region_is_named_by_its_number():
    rec = policymine.extract_text(SAR_DESPATCH)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"]) == (
        "第7/2031号行政长官批示", "批示", ["行政长官"], "2031-03-04")
    assert (rec["level"], rec["region"]) == ("provincial", ["澳门特别行政区"])
    order = policymine.extract_text(SAR_ORDER)  # the date line ends with a full stop; the office signs
    assert (order["doc_number"], order["doc_type"], order["issuers"], order["signed"]) == (
        "第12/2031号行政命令", "命令", ["行政长官"], "2031-05-02")
    sec = policymine.extract_text(SAR_SECRETARY)  # no signature: the office named in the number
    assert (sec["issuers"], sec["doc_type"], sec["published"]) == (["北川司司长"], "批示", "2031-02-13")
    assert d.find_doc_number("第3/2031号北川司司长批示") == "第3/2031号北川司司长批示"
    # a SAR's law is named by its number too (第3/2031号法律); cited inside a sentence it is no title
    assert d.find_doc_number("第3/2031号法律") == "第3/2031号法律"
    assert d.find_doc_number("根据第3/2031号法律第九条的规定,作出本批示。") is None


def test_a_presidents_order_numbered_within_its_session():
    assert d.find_doc_number("中华人民共和国主席令(十九届第5号)") == "中华人民共和国主席令(十九届第5号)"
    assert d.find_doc_number("北川省人民政府令(第8号)") == "北川省人民政府令(第8号)"


def test_a_bulletins_masthead_gives_its_issuer_and_a_date_that_lost_its_day_character():
    page = ("关于2031年重点工作上半年落实情况的通报\n北川督查\n第8期\n北川县人民政府督查室           2031年8月19\n"
            "关于2031年重点工作上半年落实情况的通报\n各乡镇人民政府,县政府各部门:\n"
            "县政府督查室对重点工作上半年落实情况进行了专项督查,现将有关情况通报如下,请各单位认真抓好整改落实。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["issuers"], rec["signed"], rec["level"]) == (
        "通报", ["北川县人民政府督查室"], "2031-08-19", "county")
    assert d.signature(["北川县人民政府督查室 2031年8月19"]) == ([], None, None)  # one space: no masthead


def test_a_headlines_column_label_is_no_part_of_the_title():
    page = ("政务服务丨北川市人民政府关于深化审批改革的实施意见\n- 发布日期:2031-07-19\n北川市人民政府\n"
            "关于深化审批改革的实施意见\n北政字〔2031〕30号\n各县(市、区)人民政府,市政府各部门:\n"
            "为持续深化审批改革,进一步优化营商环境,结合我市实际,制定本意见,请各地各部门认真贯彻落实。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["doc_number"]) == (["北川市人民政府"], "意见", "北政字〔2031〕30号")
    assert d._title_line("专题丨北川市人民政府关于深化审批改革的实施意见") == "北川市人民政府关于深化审批改革的实施意见"


def test_a_notice_with_a_disclosure_table_but_no_title_names_itself():
    page = ("索引号 | 11530000-2-/2031-0307001 | 发布机构 | 北川县教育体育局 |\n发布日期 | 2031-03-07 |\n"
            "各乡镇中心学校、各中学:\n为加强教师队伍建设,结合我县教育工作实际,现就有关事项通知如下。\n"
            "一、加强编制管理\n(一)每年4月底以前,学校在核定编制范围内申报当年教职工需求计划。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["issuers"], rec["published"], rec["level"]) == (
        "通知", ["北川县教育体育局"], "2031-03-07", "county")
    news = "北川县教育体育局召开教师队伍建设会议\n2031-03-07\n会上,局长通报了上半年的工作情况,并对下一步工作作出部署。\n"
    assert policymine.extract_text(news)["doc_type"] is None  # no table, no salutation: no document


# --------------------------------------------------------------------------- #
# round 7: counties, joint issuers run together, work reports, Taiwan, Macau notices
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("issuer,text,level,region", [
    ("灵寿县人民政府", "", "county", ["河北省", "石家庄市"]),  # a county of the county gazetteer
    ("灵寿县教育局", "", "county", ["河北省", "石家庄市"]),
    ("鼓楼区人民政府", "", "county", []),  # four provinces have a 鼓楼区: none is guessed
    ("鼓楼区人民政府", "经福州市人民政府同意", "county", ["福建省", "福州市"]),  # the page names its city
    ("徐州市鼓楼区人民政府", "", "county", ["江苏省", "徐州市"]),  # the name does
    ("灵寿县", "", None, []),  # a county's name alone is no body
    ("省财政厅", "", "provincial", []),  # a province's body without its province's name
    ("自治区人民政府", "宁夏回族自治区人民政府办公厅印发", "provincial", ["宁夏回族自治区"]),
])  # fmt: skip
def test_a_county_issuer_is_placed_by_the_county_gazetteer(issuer, text, level, region):
    assert d.issuer_place(issuer, text) == (level, region)


def test_the_county_gazetteer_is_one_county_a_line_read_on_the_first_look_up():
    rows = policymine.resources.table("counties.tsv", 4, 4)
    assert len(rows) > 2500 and all(len(r[3]) == 6 and r[3].isdigit() for r in rows)
    assert ("安徽省", "淮南市") in d._counties()["寿县"]


@pytest.mark.parametrize("names,parts", [
    ("省科技厅省财政厅省人力资源和社会保障厅", ["省科技厅", "省财政厅", "省人力资源和社会保障厅"]),
    ("北川省财政厅北川省教育厅", ["北川省财政厅", "北川省教育厅"]),
    ("北川市财政局 北川市教育局", ["北川市财政局", "北川市教育局"]),
    ("北川市人民政府办公室", ["北川市人民政府办公室"]),  # one body: its place does not come again
    ("北川市北川区人民政府", ["北川市北川区人民政府"]),  # the place again, but not after a head
])  # fmt: skip
def test_joint_issuers_run_together_are_split_where_their_place_comes_again(names, parts):
    assert d._split_issuers(names) == parts


def test_a_title_with_its_number_before_it_and_one_with_a_page_tail():
    line = "北财教〔2031〕6号 北川省财政厅 北川省教育厅关于做好助学资金管理工作的通知"
    assert d._title_line(line) == "北川省财政厅 北川省教育厅关于做好助学资金管理工作的通知"
    assert d.doc_type_of("北川省教育厅关于做好助学资金管理工作的通知[ 第4页") == "通知"
    assert d.doc_type_of("北川省教育厅关于做好助学资金管理工作的通知（第2页）") == "通知"
    rec = policymine.extract_text("省科技厅省财政厅省统计局关于开展研发投入统计工作的通知[ 第2页\n")
    assert (rec["issuers"], rec["doc_type"], rec["level"]) == (["省科技厅", "省财政厅", "省统计局"], "通知", "provincial")


def test_a_law_databases_labels_in_brackets_and_a_posting_line_with_its_author():
    got = d.read_fields(["【发布文号】北政发[2031]12号", "【发布日期】2031-12-27", "【生效日期】2031-12-28"])
    assert got == {"doc_number": "北政发[2031]12号", "published": "2031-12-27", "effective": "2031-12-28"}
    assert d.RE_POSTED.fullmatch("2031-07-03 作者:")
    assert d.RE_POSTED.fullmatch("2031-07-03 来源: 北川日报")
    assert not d.RE_POSTED.fullmatch("2031-07-03 北川市召开全市科技创新大会")


def test_a_title_broken_after_its_issuing_verb_issues_what_the_next_line_names():
    page = ("北政发〔2031〕4号\n北川市人民政府 北川市中级人民法院印发\n关于完善行政争议化解机制的意见的通知\n"
            "各县(区)人民政府、法院,市政府各部门:\n《北川市人民政府 北川市中级人民法院关于完善行政争议化解机制的意见》"
            "已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n北川市人民政府 北川市中级人民法院\n2031年4月30日\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["issued_type"], rec["issuers"], rec["signed"]) == (
        "通知", "意见", ["北川市人民政府", "北川市中级人民法院"], "2031-04-30")


WORK_REPORT = """政府工作报告
——2031年1月8日在北川县第十九届人民代表大会第三次会议上
县长 林某某
各位代表:
现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。
一、2030年工作回顾
过去一年,全县上下坚持稳中求进工作总基调,全力推进项目建设、产业发展和民生保障等重点工作,较好完成了全年目标任务。
"""


def test_a_work_report_is_its_governments_on_the_day_of_its_occasion_line():
    rec = policymine.extract_text(WORK_REPORT)
    assert (rec["doc_type"], rec["issuers"], rec["signed"], rec["level"]) == (
        "报告", ["北川县人民政府"], "2031-01-08", "county")
    assert d._occasion().match("(2031年2月3日在北川省第十五届人民代表大会第二次会议上)").group("place") == "北川省"
    assert d._occasion().match("在北川市第九届人民代表大会常务委员会第五次会议上").group("d") is None
    # a report of another kind is presented by a department: the occasion names no issuer for it
    # (at a made-up county: 北川县 is also the short name of 北川羌族自治县, which the gazetteer reads, and a
    # report spoken for a county government the page places is that government's)
    other = WORK_REPORT.replace("北川县", "北岭县").replace("政府工作报告", "关于北岭县2030年财政预算执行情况的报告", 1)
    assert policymine.extract_text(other)["issuers"] == []


def test_a_publicity_notice_names_itself():
    page = ("根据有关工作安排,经县级申报、市级审核、省级评定等程序,研究确定了示范村镇推荐名单(见附件)。现公示如下。\n"
            "有关单位对公示内容有异议的,请于2031年8月10日前书面提出,并说明异议的具体内容和理由。\n"
            "北川省农业农村厅\n2031年8月4日\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["issuers"], rec["signed"]) == ("公示", ["北川省农业农村厅"], "2031-08-04")
    assert d.doc_type_of("关于北川县示范村镇推荐名单的公示") == "公示"


def test_a_taiwan_regulation_takes_number_body_and_date_from_the_latest_act_of_its_history():
    page = ("法規名稱: 北川縣政府公報發行辦法\n時間: 中華民國120年03月01日\n"
            "立法沿革: 中華民國108年5月2日北川縣政府府行字第1080012345號令訂定發布全文10條\n"
            "中華民國120年3月1日北川縣政府府行法字第1200054321號令修正發布第3條條文\n"
            "本府公報每月10日及25日各發行一期,遇例假日則提前或順延一日。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["doc_number"], rec["issuers"], rec["signed"]) == (
        "办法", "府行法字第1200054321号", ["北川县政府"], "2031-03-01")
    m = d._roc_act().search("中华民国107年11月28日总统华总一义字第10700127991号令制定公布全文十三条")
    assert (m.group("org"), m.group("n")) == ("总统", "华总一义字第10700127991号")


def test_a_macau_notice_is_numbered_like_its_other_acts_and_dated_over_the_signature():
    page = ("澳 門 特 別 行 政 區\n行政長官辦公室\n第5/2031號行政長官公告\n刊登日期:\n2031.3.6\n"
            "行政長官根據第3/2004號法律《行政長官選舉法》的規定,命令公佈如下:\n一、北川委員喪失委員資格。\n"
            "二、林某某獲選為委員會委員。\n二零三一年二月二十七日發佈。\n行政長官 林某某\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"], rec["published"]) == (
        "第5/2031号行政长官公告", "公告", ["行政长官"], "2031-02-27", "2031-03-06")
    assert rec["region"] == ["澳门特别行政区"]  # the SAR the page names, whatever other words weigh


# --------------------------------------------------------------------------- #
# round 8: Taiwan's numbers and central bodies, a portal's source and update labels
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("line,number", [
    ("交邮88字第 06485 号公告", "交邮88字第06485号"),
    ("北府行法字第1200054321号", "北府行法字第1200054321号"),
    ("院台规字第1130012345号", "院台规字第1130012345号"),
    ("北字第12号", None),  # a short serial without brackets is no number
])  # fmt: skip
def test_a_taiwan_document_number(line, number):
    assert d.find_doc_number(line) == number


def test_a_taiwan_ruling_without_title_named_by_its_number_and_placed_in_taiwan():
    page = ("解釋函令內容\n發文單位: 北川部\n發文字號: 北郵120字第 01234 號公告\n發文日期: 民國 120 年 07 月 20 日\n"
            "資料來源: 北川委員會\n編  註:\n1.本筆資料自民國 121 年 12 月 25 日停止適用。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"]) == (
        "北邮120字第01234号", "公告", ["北川部"], "2031-07-20")
    assert (rec["level"], rec["region"]) == ("provincial", ["台湾省"])
    mainland = page.replace("民國 120 年 07 月 20 日", "2031年07月20日").replace("民國 121 年 12 月 25 日", "2032年12月25日")
    assert policymine.extract_text(mainland)["level"] == "national"  # the same body, dated in the Gregorian calendar


def test_a_portals_source_label_names_the_publisher_and_its_update_time_the_posting():
    got = d.read_fields(["发布时间:2031-04-11 15:09信息来源:北川县统计局", "来源: 更新时间:2031-10-04 03:48:45"])
    assert got == {"published": "2031-04-11", "publisher": "北川县统计局", "posted": "2031-10-04"}


# --------------------------------------------------------------------------- #
# round 9: dates whose 年月日 were lost and digits run together; the title block ends at the salutation
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("line,date", [
    ("20311214", "2031-12-14"),  # month and day of two digits each
    ("203191", "2031-09-01"),  # of one digit each
    ("2031510", "2031-05-10"),  # seven digits: 5月10日, 51月0日 being no day (round 15)
    ("2031111", None),  # seven digits, two days: 1月11日 or 11月1日? none
    ("20311332", None),  # no such month
    ("203101", None),  # no month 0
    ("12345678", None),
])  # fmt: skip
def test_a_date_whose_characters_were_lost_and_digits_run_together(line, date):
    assert d._glued_date(line) == date


def test_a_signature_over_a_glued_date_and_the_title_of_what_a_notice_issues_below_the_salutation():
    page = ("北川市北川区人民政府办公室关于印发2031年北川区营商环境实施方案的通知\n撰写时间:2031-09-16 10:20\n"
            "北川市北川区人民政府办公室\n关于印发2031年北川区营商环境\n实施方案的通知\n"
            "各镇人民政府,各街道办事处,政府机关各部门:\n经区人民政府同意,现将《2031年北川区营商环境实施方案》印发给你们,请认真组织实施。\n"
            "北川市北川区人民政府办公室\n203191\n公开方式:主动公开\n2031年北川区营商环境实施方案\n"
            "为贯彻落实上级关于营商环境的工作部署,全面完成三年实施方案确定的目标任务,特制定本方案,请各单位认真抓好落实。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_type"], rec["issued_type"], rec["signed"], rec["published"]) == ("通知", "方案", "2031-09-01", "2031-09-16")
    assert rec["issuers"] == ["北川市北川区人民政府办公室"]
    assert d.signature(["北川市人大常委会", "20310506"]) == (["北川市人大常委会"], "2031-05-06", 1)


# --------------------------------------------------------------------------- #
# round 10: a SAR legislature's paper, labels written with spaces, a meeting's header
# --------------------------------------------------------------------------- #


def test_minutes_of_a_sar_legislature_committee():
    page = ("立法會\n立法會CB(3)912/30-31號文件\n(此份會議紀要業經政府當局審閱)\n檔 號:CB3/BC/9/30\n"
            "《2031年北川(修訂)條例草案》委員會\n會議紀要\n日  期 :2031年3月6日(星期四)\n時  間 :上午9時30分\n"
            "地  點 :立法會綜合大樓會議室1\n出席委員 :\n林某某議員(主席)\n陳某某議員\n"
            "主席表示,政府當局已就議員於上次會議席上提出的意見作出書面回應。議員對政府當局所作回應並無提出疑問。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"]) == ("立法会CB(3)912/30-31号", "纪要", ["立法会"])
    assert (rec["signed"], rec["published"]) == ("2031-03-06", None)  # the meeting's day, not a posting date
    assert (rec["level"], rec["region"]) == ("provincial", ["香港特别行政区"])


def test_labels_written_with_spaces_between_their_characters():
    got = d.read_fields(["日  期 :2031年12月10日", "发 文 机 关: 北川县人民政府", "成文  日期:2031年12月9日"])
    assert got == {"posted": "2031-12-10", "issuers": "北川县人民政府", "signed": "2031-12-09"}


def test_a_number_that_opens_with_its_bodys_name_names_the_issuer():
    rec = policymine.extract_text("北川市人民政府令第9号\n各区人民政府,市政府各部门:\n现将有关事项通知如下,请认真贯彻执行。\n")
    assert rec["issuers"] == ["北川市人民政府"]
    assert d._sar_of_body("立法会") == "香港特别行政区" and d._sar_of_body("国务院") is None


# --------------------------------------------------------------------------- #
# round 11: SAR office holders and laws, Taiwan histories and law databases, issuing verbs,
# numbers in attachments' names, a province from its number's abbreviation
# --------------------------------------------------------------------------- #


def test_a_sar_secretarys_despatch_without_number_is_named_by_its_enacting_clause():
    page = ("葡文版本\n北川司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,並根據第3/2031號行政命令的規定,作出本批示。\n"
            "轉授一切所需權力予某某局局長或其法定代任人,以便作為簽署人,代表澳門特別行政區簽署合作協議。\n"
            "二零三一年三月九日\n北川司司長 陳某某\n二零三一年三月九日於北川司司長辦公室\n辦公室主任 某某\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["issuers"], rec["doc_type"], rec["signed"]) == (None, ["北川司司长"], "批示", "2031-03-09")
    assert (rec["level"], rec["region"]) == ("provincial", ["澳门特别行政区"])
    m = d.RE_ENACTING.match("立法会根据《澳门特别行政区基本法》第七十一条(一)项,制定本法律。")
    assert (m.group("org"), m.group("form")) == ("立法会", "法律")


def test_a_sar_law_named_by_its_number_with_its_promulgation_and_gazette_dates():
    page = ("第9/2031號法律\n"
            "《第9/2031號法律》經立法會於2031年3月1日通過本法律,行政長官某某於2031年3月4日發佈本法律,並於2031年3月10日刊登於《澳門特別行政區公報》。\n"
            "立法會根據《澳門特別行政區基本法》第七十一條(一)項,制定本法律。\n第一條 標的\n本法律訂定公共部門以電子方式作出的行為和手續的規定。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"]) == ("第9/2031号法律", "法律", ["立法会"])
    assert (rec["signed"], rec["published"]) == ("2031-03-04", "2031-03-10")  # promulgated; printed in the gazette
    assert (rec["level"], rec["region"]) == ("provincial", ["澳门特别行政区"])  # the page names Macau: 立法会 is its


def test_a_sar_body_by_the_lexicons_heading_and_a_name_both_sars_bear():
    assert d._sar_of_body("运输署署长", by_heading=True) == "香港特别行政区"  # listed under the Hong Kong heading
    assert d._sar_of_body("运输工务司司长", by_heading=True) == "澳门特别行政区"
    assert d._sar_of_body("教育局") is None  # a bare name a mainland body bears too: by its heading only on a SAR's act
    assert d._sar_of_body("立法会", "澳门特别行政区立法会") == "澳门特别行政区"
    assert d._sar_of_body("立法会") == "香港特别行政区"  # the body named exactly so
    assert d._office_body("运输署署长") == "运输署" and d._office_body("行政长官") == "行政长官"


@pytest.mark.parametrize("line,office", [
    ("运输署署长陈某某", "运输署署长"),
    ("署理运输署署长郭某某", "运输署署长"),  # acting: a status, not the office
    ("行政长官 某某某", "行政长官"),
    ("北川司司长 陈某某", "北川司司长"),
    ("运输署署长发给许可证者外", None),
])
def test_the_signature_of_an_office_holder(line, office):
    m = d.RE_HOLDER_SIGN.match(line)
    assert (m.group("office") if m else None) == office


def test_a_hong_kong_department_heads_order_runs_from_the_day_it_names():
    page = ("道路交通(交通管制)規例(第374章,附屬法例G)\n北區某某路交界處的限制區\n"
            "本人現行使《道路交通(交通管制)規例》(第374章,附屬法例G)第14(1)(b)條所賦予的權力,下令由2031年5月26日上午8時起,北區下列路段將全日24小時劃為限制區:\n"
            "(a) 某某路交界處的迴旋處;\n有關地點將設置適當交通標誌及道路標記,表明限制區範圍。\n運輸署署長陳某某\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["effective"]) == (["运输署署长"], None, None, "2031-05-26")
    assert (rec["level"], rec["region"]) == ("provincial", ["香港特别行政区"])
    flat = "本人现行使《某某规例》赋予的权力,下令由20311129日起,某某临时禁区将予以撤销。"
    m = d.RE_ORDER_FROM.search(flat)
    assert d._glued_date(m.group("g")) == "2031-11-29"
    # without the holder's signature, a sentence of powers is no document
    news = policymine.extract_text("某某新闻\n本人现行使《某某规例》所赋予的权力,下令由2031年5月26日起封路,记者获悉。\n")
    assert (news["issuers"], news["effective"]) == ([], None)


def test_a_taiwan_history_of_the_bodys_own_acts_and_its_closing_clause():
    page = ("某市政府及所屬各機關公務車輛管理要點\n"
            "中華民國120年5月9日府秘總字第1200135347號函訂定全要點共十二點,並自119年12月25日起生效\n"
            "中華民國121年2月8日府秘總字第1210051184號函修正第七點,並自121年2月8日生效\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["signed"], rec["effective"]) == (
        "府秘总字第1210051184号", "要点", "2032-02-08", "2032-02-08")
    assert d.effective_clause("并自121年2月8日生效", None) is None  # an ROC year only on a page dated in that calendar
    assert d.effective_clause("中华民国121年1月3日修正,并自121年2月8日生效", None) == "2032-02-08"


def test_a_taiwan_law_databases_print_page():
    page = ("臺中市政府主管法規共用系統\n列印時間:120.11.22 08:46\n法規內容\n法規名稱: 臺中市某某自治條例\n"
            "公發布日: 民國 120 年 06 月 08 日\n發文字號: 府授法規字第1200103464號 令\n法規體系: 臺中市法規/法制類/自治條例\n"
            "第七條    下列事項,除法律另有規定外,應以自治條例定之:\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"], rec["published"]) == (
        "府授法规字第1200103464号", "条例", ["台中市政府"], "2031-06-08", None)
    assert (rec["level"], rec["region"]) == ("city", ["台湾省", "台中市"])


@pytest.mark.parametrize("title,form,issued", [
    ("北川市人民政府关于下达北川市2031年国民经济和社会发展计划的通知", "通知", "计划"),  # 下达: handed down
    ("北川市人民政府关于下达2031年专项资金的通知", "通知", None),  # funds: no document
    ("北川市财政局 北川市农业农村局关于印发《北川市专项资金管理办法(修订)》通知", "通知", "办法"),  # no 的
    ("北川市人民政府印发关于落实《政府工作报告》重点工作任务分工的通知", "通知", "分工"),
    ("2031年北川县国民经济和社会发展统计公报 2031", "公报", None),  # a year tag after the title
])
def test_round_11_forms(title, form, issued):
    assert (d.doc_type_of(title), d.issued_type_of(title)) == (form, issued)


def test_a_number_only_in_the_attachments_names_and_a_signature_glued_into_one_line():
    line = ("市教育局:根据省财政厅《关于提前下达2031年某某经费的通知》(粤财科教〔2030〕261号),现下达你县(市、区)、单位2031年某某经费"
            "(详见附件),有关事项通知如下:一、各县(市、区)财政部门应将上级财政提前下达的转移支付预计数全额编入本级预算,"
            "二、请各县(市、区)根据当地实际情况统筹安排好省补助资金,附件:1.某某经费补助明细表2.某某资金绩效目标表"
            "南平市财政局2031年1月17日附件:1.南财科教[2030]124号附件1:某某经费补助明细表.xls2.南财科教[2030]124号附件2:某某资金绩效目标表.xlsx。")
    rec = policymine.extract_text(line)
    assert (rec["doc_number"], rec["issuers"], rec["doc_type"], rec["signed"]) == (
        "南财科教[2030]124号", ["南平市财政局"], "通知", "2031-01-17")
    assert (rec["level"], rec["region"]) == ("city", ["福建省", "南平市"])
    # a short line is no page run together: its body and date are no signature
    assert d._glued_signature(["南平市财政局2031年1月17日"]) == ([], None)


def test_a_province_named_only_by_its_numbers_abbreviation():
    page = ("省人民政府关于\n进一步优化某某环境的若干意见\n鄂政发〔2031〕26号\n各市、州、县人民政府,省政府各部门:\n"
            "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署,结合我省实际,提出如下意见。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["level"], rec["region"]) == (["省人民政府"], "provincial", ["湖北省"])
    assert d.issuer_place("省人民政府", "", number="X政发〔2031〕1号") == ("provincial", [])
    assert d.issuer_place("自治区人民政府", "", number="鄂政发〔2031〕1号") == ("provincial", [])  # 鄂 is no 自治区


def test_round_11_labels_and_an_index_number_with_spaces_around_its_bar():
    got = d.read_fields(["发表时间:2031-03-25", "索引号: 011282752 / 2031-00101 主题分类:"])
    assert got == {"published": "2031-03-25", "index_number": "011282752/2031-00101"}


def test_a_source_line_run_into_a_long_line_is_no_signature():
    line = "某某新闻。" + "北川县召开会议,研究部署有关工作," * 12 + "来源:南平市财政局2031年1月17日"
    assert d._glued_signature([line]) == ([], None)
    rec = policymine.extract_text(line + "\n南财科教[2030]124号附件1:某某明细表.xls\n")
    assert (rec["doc_number"], rec["issuers"]) == (None, [])  # an attachment's number alone makes no document


# --------------------------------------------------------------------------- #
# round 12 (held-out-12, blind): Taiwan histories in Chinese numerals, a law database's
# fields, a garbled title head, a title block on one line, two despatches, a commentary
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("numeral,value", [
    ("一百二十", 120), ("一百零三", 103), ("一百十二", 112), ("九十三", 93), ("二十一", 21), ("十", 10), ("五", 5),
])
def test_chinese_numerals_up_to_the_hundreds(numeral, value):
    assert d._cn_int(numeral) == value


def test_a_roc_day_in_chinese_numerals():
    assert d._roc_day("中华民国一百二十年三月五日") == "2031-03-05"
    assert d._roc_day("民国一百二十年十二月二十一日") == "2031-12-21"
    assert d._roc_day("中华民国120年3月5日") == "2031-03-05"
    assert d._roc_day("民国一百二十年某月五日") is None


def test_a_taiwan_history_in_chinese_numerals_its_form_on_the_next_line():
    page = ("跳至主要內容\n沿革\n1.中華民國一百二十年三月五日內政部台內某字第 1200012345 號\n"
            "令訂定發布全文 8 條;並自發布日施行\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["issuers"], rec["doc_type"], rec["signed"], rec["effective"]) == (
        "台内某字第1200012345号", ["内政部"], "令", "2031-03-05", "2031-03-05")
    assert (rec["level"], rec["region"]) == ("provincial", ["台湾省"])


def test_a_taiwan_history_newest_first_its_latest_act_a_letter():
    page = ("3.中華民國一百二十一年六月五日內政部內授某字第 12116024921 號函自 即日停止適用\n"
            "2.中華民國一百十八年八月八日內政部內授某字第 11808227283 號函修 正全文 5 點\n"
            "1.中華民國一百十三年三月十日內政部內授某字第 1130821600 號函訂定 全文 5 點\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["issuers"], rec["doc_type"], rec["signed"], rec["effective"]) == (
        "内授某字第12116024921号", ["内政部"], "函", "2032-06-05", None)


def test_a_number_followed_by_ling_names_an_order():
    page = ("中央法規\n行政/某某/組織\n中華民國110年7月6日\n"
            "中華民國120年8月5日某某部法令字第12008516290號令修正發布,並自120年8月5日生效\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["effective"]) == ("法令字第12008516290号", "令", "2031-08-05")


def test_enters_into_force_on_the_day_of_its_publication_without_zhi_or_qi():
    assert d.effective_clause("全文8条;并自发布日施行", "2031-03-05") == "2031-03-05"
    assert d.effective_clause("自发布之日起施行", "2031-03-05") == "2031-03-05"


def test_a_national_law_databases_amendment_date_and_category():
    assert d._valid_field("competent", "行政 > 内政部 > 地政目") == "内政部"
    assert d._valid_field("competent", "行政 > 地政目") is None
    page = ("所有條文\n法規名稱: 某某清理條例施行細則\n修正日期: 民國 120 年 09 月 26 日\n法規類別: 行政 > 內政部 > 地政目\n"
            "本細則依某某清理條例(以下簡稱本條例)第四十二條規定訂定之。\n一、以某某名義登記之土地。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["内政部"], "细则", "2031-09-26")
    assert (rec["level"], rec["region"]) == ("provincial", ["台湾省"])


def test_a_title_head_garbled_to_question_marks_by_a_lost_encoding():
    assert d._title_line("(某省?。?031年南平市人民政府政府工作报告") == "031年南平市人民政府政府工作报告"
    assert d._title_line("你知道吗?南平市人民政府") == "你知道吗?南平市人民政府"  # no form after: as it is
    page = ("(某省?。?031年南平市人民政府政府工作报告\n2031年2月11日在南平市第九届人民代表大会第五次会议上\n市长 某 某\n"
            "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席同志提出意见。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["南平市人民政府"], "报告", "2031-02-11")
    assert (rec["level"], rec["region"]) == ("city", ["福建省", "南平市"])


def test_a_title_block_run_on_one_line_with_the_text():
    prose = "2031年是某某发展的关键一年。" + "全县上下坚持稳中求进工作总基调,经济发展稳中有进。" * 8
    line = "2031年北川羌族自治县国民经济和社会发展统计公报 北川自治县统计局 (2032年4月28日) " + prose
    assert d._unrun([line]) == ["2031年北川羌族自治县国民经济和社会发展统计公报", "北川自治县统计局", "(2032年4月28日)", prose]
    assert d._unrun(["某某新闻 " + prose]) == ["某某新闻 " + prose]  # no title first: as it is
    rec = policymine.extract_text(line)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["北川自治县统计局"], "公报", "2032-04-28")
    assert (rec["level"], rec["region"]) == ("county", ["四川省", "绵阳市"])


def test_an_autonomous_countys_short_name():
    assert d._counties()["北川自治县"] == d._counties()["北川羌族自治县"]


def test_two_despatches_on_a_page_the_first_ones_signature_dates_it():
    page = ("經濟財政司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,作出本批示。\n一、轉授予某某委員會作出下列行為的權限。\n"
            "二、本批示自公佈日起產生效力。\n二零三一年四月十八日\n經濟財政司司長 某某某\n"
            "經濟財政司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,作出本批示。\n轉授一切所需的權力予某某學院院長。\n"
            "二零三一年四月九日\n經濟財政司司長 某某某\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["经济财政司司长"], "批示", "2031-04-18")


def test_a_text_speaking_of_a_document_from_outside_is_none():
    assert d._spoken_of("报告", ["在某市,这份报告涵盖了经济发展等多个领域。"])
    assert d._spoken_of("方案", ["方案提出,到2031年全面建成。"])
    assert not d._spoken_of("报告", ["现在,我代表市人民政府向大会报告工作。本报告分为三部分。"])
    page = ("南平市2031年工作报告(南平市2031工作报告)\n"
            "读了南平市今年的工作报告,可以看到这份报告把民生放在突出位置,列出了十件实事。\n"
            "报告中提到的新建学校和养老院,是市民最关心的两件事。\n")
    rec = policymine.extract_text(page)
    assert {f: rec[f] for f in DOCUMENT_FIELDS} == d.empty_document()


# --------------------------------------------------------------------------- #
# round 13 (a blind round): made-up pages for its rules
# --------------------------------------------------------------------------- #


def test_a_law_databases_issuing_label_and_its_placeholder_dates():
    page = ("四川省人民政府关于公布第三批省级湿地公园的通知\n【颁发部门】 四川省政府\n【发文字号】 北政发[2031]12号\n"
            "【颁发时间】 1970-01-01\n【实施时间】 1970-01-01\n"
            "各市人民政府,省政府各部门:\n经评审,批准北川湖湿地公园为第三批省级湿地公园,请认真做好保护和管理工作。\n二〇三一年三月八日\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_number"], rec["signed"], rec["effective"]) == (
        ["四川省政府"], "北政发[2031]12号", "2031-03-08", None)
    # a labelled day more than a year before its number's year is no date; one in its year is
    assert d._plausible_dates({"effective": "1970-08-22", "signed": "2031-03-08"}, "北政发〔2031〕12号") == {"signed": "2031-03-08"}
    assert d._plausible_dates({"effective": "2031-01-01"}, "北政发[2031]12号") == {"effective": "2031-01-01"}


def test_an_untitled_reply_names_itself_and_its_portal_names_the_issuer():
    page = ("县交通局:\n你局《关于修缮北川桥的请示》收悉。经县政府研究,原则同意你局意见,请抓紧组织实施,确保安全。\n"
            "特此批复。\n二OO三年五月九日\n信息来源:县政府办公室\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["level"]) == (["县政府办公室"], "批复", "2003-05-09", "county")


def test_a_model_document_with_blank_names_is_none():
    page = ("××县交通局:\n你局《关于修缮北川桥的请示》收悉。经研究,批复如下:同意你局意见,请抓紧组织实施,确保安全。\n"
            "特此批复。\n××县人民政府\n2031年5月9日\n下列作为标题最恰当的一项是( )。\n")
    rec = policymine.extract_text(page)
    assert {f: rec[f] for f in DOCUMENT_FIELDS} == d.empty_document()


def test_an_untitled_notice_that_hands_down_a_plan_is_dated_under_its_text():
    page = ("各市、县人民政府,自治区人民政府各组成部门:\n《北川河流域保护工作方案》已经自治区人民政府同意,现印发给你们,请认真组织实施。\n"
            "2031年12月29日\n(此件公开发布)\n北川河流域保护工作方案\n为切实加强北川河流域保护,结合我区实际,特制定本方案。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["level"]) == ([], None, "2031-12-29", None)


def test_taiwan_a_body_under_another_and_a_closing_day_without_minguo():
    line = "中华民国120年12月30日行政院北川局正版三字第12345号令订定发布全文七点;并自121年1月1日起实施"
    m = d._roc_act().search(line)
    assert (m.group("org"), m.group("n")) == ("行政院北川局", "正版三字第12345号")
    m = d._roc_act().search("中华民国120年3月18日行政院院授发资字第1200000183号函修正")
    assert (m.group("org"), m.group("n")) == ("行政院", "院授发资字第1200000183号")
    assert d.effective_clause(line, None) == "2032-01-01"
    assert d.effective_clause("民国一百二十年十二月十七日某令发布本次修正条文自一百二十年十二月十六日施行", None) == "2031-12-16"


def test_taiwan_a_history_on_one_line_without_a_full_stop_is_kept():
    page = ("1.中华民国一百二十年十一月十二日总统华总一义字第 12000222690 号 令制定公布全文 10 条;施行日期,由行政院以命令定之 "
            "中华民国一百二十年十二月十七日行政院台内消字第 074237 号令发布本 次修正条文自一百二十年十二月十六日施行")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_number"], rec["doc_type"], rec["signed"], rec["effective"]) == (
        ["行政院"], "台内消字第074237号", "令", "2031-12-17", "2031-12-16")
    assert (rec["level"], rec["region"]) == ("provincial", ["台湾省"])


def test_taiwan_the_president_on_a_page_dated_in_its_calendar():
    page = "行政/教育/组织\n中华民国120年11月28日总统华总一义字第12000127991号令制定公布全文十三条,自公布日施行\n"
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["level"], rec["region"]) == (["总统"], "provincial", ["台湾省"])


def test_the_states_full_name_signs():
    assert d.is_issuer_line("中华人民共和国国务院")
    assert not d.is_issuer_line("北川市和南川市")
    assert d.signature(["现批复如下:", "中华人民共和国国务院", "二〇三一年七月二十日"])[:2] == (["中华人民共和国国务院"], "2031-07-20")


def test_joint_signatures_on_a_page_run_on_one_line():
    line = ("关于同意北川市开展异地办证工作的通知 某境〔2031〕88号 (2031年10月30日) 北川省人民政府: 现就有关事项通知如下: "
            "经研究,决定同意北川市开展异地办证工作。工作中,请加强指导监督,确保规范有序。 公安部 国家旅游局 2031年10月30日")
    rec = policymine.extract_text(line)
    assert (rec["issuers"], rec["signed"], rec["level"]) == (["公安部", "国家旅游局"], "2031-10-30", "national")


def test_a_gazettes_extract_of_a_bureaus_despatch():
    page = ("第 9 期\n批示摘录数份\n二零三一年四月二日,星期三\n澳门特别行政区\n北 川 事 务 局\n批 示 摘 录\n"
            "透过签署人二零三一年三月二十六日批示:\n"
            "某某某 – 根据现行第14/2009号法律《公务人员职程制度》第十四条的规定,晋升为第二职阶高级技术员,自本批示摘录公布日起生效。\n"
            "———\n二零三一年三月二十七日于北川事务局\n局长 某某某\n南 川 厅\n批 示 摘 录\n按照厅长于二零三一年三月二十四日作出的批示:\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["published"], rec["effective"]) == (
        ["北川事务局局长"], "批示摘录", "2031-03-27", "2031-04-02", "2031-04-02")
    assert (rec["level"], rec["region"]) == ("provincial", ["澳门特别行政区"])


def test_a_news_service_relaying_a_bureaus_notice_word_for_word():
    page = ("所有学校明日停课\n**********\n请立即播出下列特别布告:\n「以下为教育局发出有关课外活动的特别布告:\n"
            "因考虑天气情况,所有学校明日停课。」\n完\n2031年9月24日(星期三)\n香港时间11时03分\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["published"]) == (["教育局"], "布告", None, "2031-09-24")
    assert (rec["level"], rec["region"]) == ("provincial", ["香港特别行政区"])
    told = ("学校设施明日起暂停开放\n教育局发言人今日宣布,教育局以下的公共设施由明日起暂时不对公众开放,直至另行通告。\n"
            "2031年1月28日(星期二)\n香港时间17时42分\n")
    rec = policymine.extract_text(told)
    assert {f: rec[f] for f in DOCUMENT_FIELDS} == d.empty_document()


def test_a_bulletins_masthead_holds_all_its_bodies():
    page = ("2031年北川省国民经济和社会发展统计公报\n来源:本网 时间:2032-02-17 07:24\n北川省统计\n国家统计局北川调查总队\n"
            "2032年2月15日\n一、综合\n年末全省常住人口3806万人,比上年末增加32万人,其中城镇常住人口2352万人,占总人口比重为61.8%。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"], rec["published"]) == (
        ["北川省统计", "国家统计局北川调查总队"], "公报", "2032-02-15", "2032-02-17")
    assert d.is_issuer_line("国家统计局北川调查总队")


# --------------------------------------------------------------------------- #
# round 14 (a blind round of mainland pages): made-up pages for its rules
# --------------------------------------------------------------------------- #


def test_a_work_reports_occasion_broken_over_two_lines():
    page = ("北川县十七届人大四次会议文件\n政府工作报告\n——2031年3月11日在北川县第十七届人民代表大会\n第四次会议上\n"
            "北川县人民政府县长 某某某\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["北川县人民政府"], "报告", "2031-03-11")


def test_a_posting_line_marked_as_a_repost():
    assert d.RE_POSTED.fullmatch("2031-01-29 08:48:53    来源:北川新闻   转载")


def test_a_bodys_name_may_hold_a_and_that_joins_no_two_names():
    assert d.is_issuer_line("北川市建设和管理委员会")
    assert d.is_issuer_line("北川市住房和城乡建设局")
    assert not d.is_issuer_line("北川县委和北川县政府")
    assert not d.is_issuer_line("县委和县政府")
    assert not d.is_issuer_line("北川市教育局和财政局")
    assert d.is_issuer_line("北川市人力资源和社会保障局 北川市财政局")


def test_a_form_spaced_out_ends_a_title_over_three_lines():
    page = ("北政〔2031〕1号\n北川县人民政府\n关于对县自然资源局记三等功的\n决 定\n"
            "2030年,县自然资源局认真履职尽责,全年共完成整治验收面积3600亩,为本县发展作出了积极贡献,成绩突出。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["issuers"], rec["doc_type"]) == ("北政〔2031〕1号", ["北川县人民政府"], "决定")


def test_two_bodies_one_under_the_other_above_the_title():
    page = ("北文〔2031〕6号\n中共北川县委\n北川县人民政府\n关于表彰2030年度文明单位的通报\n(2031年2月26日)\n"
            "2030年,全县各级各部门扎实开展文明创建活动,推动了全县文明建设协同发展,涌现出一批先进集体。\n")
    rec = policymine.extract_text(page)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["中共北川县委", "北川县人民政府"], "通报", "2031-02-26")


def test_forum_bbcode_is_read_away():
    from policymine.layout import _unbbcode

    raw = ("[align=center][size=3][b]20[/b][b]31[/b][b]年北川县国民经济和社会发展统计公报[/b][/size][/align]"
           "[align=center][size=3]北川县统计局[/size][/align][align=center][size=3]2032年4月11日[/size][/align]"
           "[align=left][size=3]2031年,全县上下坚持稳中求进,经济运行总体平稳,居民生活持续改善,全县地区生产总值完成225亿元。[/size][/align]")
    assert _unbbcode(raw).split("\n")[:3] == ["2031年北川县国民经济和社会发展统计公报", "北川县统计局", "2032年4月11日"]
    assert _unbbcode("数组 a[b] 与 [i] 的下标") == "数组 a[b] 与 [i] 的下标"  # no closing tag: no BBCode
    rec = policymine.extract_text(raw)
    assert (rec["issuers"], rec["doc_type"], rec["signed"]) == (["北川县统计局"], "公报", "2032-04-11")


def test_a_number_without_its_bodys_code_alone_under_the_title():
    page = ("北川市人民政府土地征收启动公告\n〔2031〕第1号\n为保障北川市城市建设用地需求,根据有关法律法规的规定,经市政府研究决定,现发布土地征收启动公告。\n"
            "特此公告。\n2031年1月14日\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["signed"]) == ("〔2031〕第1号", "公告", "2031-01-14")
    assert d.RE_BARE_NUMBER.fullmatch("〔2031〕第1号") and not d.RE_BARE_NUMBER.fullmatch("2031年第1号")


def test_the_order_that_issued_a_regulation_in_brackets_under_its_title():
    page = ("北川市文化市场管理规定\n北川市人民政府\n (2031年3月26日北川市人民政府令19号发布)\n"
            "第一条 为加强本市文化市场管理,根据国家有关规定,结合本市实际情况,制定本规定。\n")
    rec = policymine.extract_text(page)
    assert (rec["doc_number"], rec["doc_type"], rec["signed"]) == ("北川市人民政府令19号", "规定", "2031-03-26")
