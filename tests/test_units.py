"""Numbered units (policymine.units): rules on texts written for them, the notice written for
the tests (examples/notice_units.txt), real official pages, and the ``units`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine.cli import app
from policymine.pipeline import Options, process_path, process_text
from policymine.units import add_units, cn_number, split_units, unit_records, windows

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "examples" / "notice_units.txt"
DOCS = ROOT / "tests" / "corpus" / "docs"
SHARED = ROOT.parent / "shared" / "dev" / "docs"


def units_of(body: str) -> list[dict]:
    return unit_records(split_units(body, "d"), body, "d")


def ids(body: str) -> list[tuple[str, str]]:
    return [(u["id"], u["number"]) for u in units_of(body)]


def test_cn_numbers():
    assert [cn_number(s) for s in ("一", "十", "十二", "二十", "二十三", "一百零五", "7", "③")] == [1, 10, 12, 20, 23, 105, 7, 3]


def test_levels_follow_first_appearance():
    body = "一、甲\n（一）子一。内容。\n1. 目一\n2. 目二\n（二）子二。内容。\n二、乙\n（一）子三\n"
    assert ids(body) == [("d:1", "一、"), ("d:1.1", "（一）"), ("d:1.1.1", "1."), ("d:1.1.2", "2."),
                         ("d:1.2", "（二）"), ("d:2", "二、"), ("d:2.1", "（一）")]  # fmt: skip


def test_number_must_follow_its_sibling():
    # a 3. without a 2. before it, a decimal and a date are not unit starts
    body = "1. 第一项\n3. 不是第三项\n2.5亿元的投入\n2024.3月\n2、第二项\n"
    assert ids(body) == [("d:1", "1."), ("d:2", "2、")]


def test_list_of_numerals_is_not_a_marker():
    body = "一、二级医院全覆盖\n一、总则\n二、分则\n"
    assert [u["heading"] for u in units_of(body)] == ["总则", "分则"]


def test_inline_markers_after_a_colon_or_sentence_end():
    body = "一、任务\n主要包括：（1）建设平台；（2）培育人才；（3）优化服务。\n二、保障\n"
    assert ids(body) == [("d:1", "一、"), ("d:1.1", "（1）"), ("d:1.2", "（2）"), ("d:1.3", "（3）"), ("d:2", "二、")]


def test_half_width_brackets_and_full_width_point():
    body = "(一)甲。\n1．子\n2．子\n(二)乙。\n"
    assert ids(body) == [("d:1", "(一)"), ("d:1.1", "1．"), ("d:1.2", "2．"), ("d:2", "(二)")]


def test_numbering_continued_across_parents():
    body = "（一）甲\n1. 子一\n2. 子二\n（二）乙\n3. 子三\n4. 子四\n"
    assert ids(body) == [("d:1", "（一）"), ("d:1.1", "1."), ("d:1.2", "2."), ("d:2", "（二）"), ("d:2.1", "3."), ("d:2.2", "4.")]


def test_articles_run_through_chapters_and_make_clauses():
    body = ("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 资金由两部门管理。\n甲部门负责预算。\n"
            "第二章 附则\n第三条 下列事项：\n（一）研发；\n（二）平台。\n第四条 本办法自发布之日起施行。\n")
    got = ids(body)
    assert got == [("d:1", "第一章"), ("d:1.1", "第一条"), ("d:1.2", "第二条"), ("d:1.2.1", ""), ("d:1.2.2", ""),
                   ("d:2", "第二章"), ("d:2.1", "第三条"), ("d:2.1.1", "（一）"), ("d:2.1.2", "（二）"), ("d:2.2", "第四条")]  # fmt: skip
    kinds = {u["id"]: u["kind"] for u in units_of(body)}
    assert kinds["d:1.2.1"] == "款" and kinds["d:1"] == "第X章" and kinds["d:2.1"] == "第X条"


def test_headings():
    body = "一、总体要求\n（一）加强组织领导。各部门落实责任。\n（二）支持高校建设新型研发机构。\n（三）强化保障。\n资金到位。\n"
    heads = [u["heading"] for u in units_of(body)]
    # a short phrase followed by more text (or by more lines) is a heading; a one-sentence item is not
    assert heads == ["总体要求", "加强组织领导", "", "强化保障"]


def test_news_falls_back_to_paragraphs_and_sentences():
    body = "记者从市科技局获悉，今年研发投入增长。全市新增企业100家。\n下一步将继续推进。"
    got = [(u["id"], u["kind"], u["level"]) for u in units_of(body)]
    assert got == [("d:p1", "paragraph", 1), ("d:p1.s1", "sentence", 2), ("d:p1.s2", "sentence", 2),
                   ("d:p2", "paragraph", 1), ("d:p2.s1", "sentence", 2)]  # fmt: skip


_PARTS = ["一、", "二、", "（一）", "（二）", "(1)", "1.", "2.", "3.", "第一条 ", "第二条 ", "①", "②",
          "甲。", "乙：", "2.5", "\n", "\n", "丙，丁"]
# the later kinds: 一是 lists, 第X点, tables of contents, dates, issued titles, attachments, cross-references
_NEW_KINDS = ["一、", "二、", "（一）", "一是", "二是", "第一点 ", "第二点 ", "目录", "2024年3月1日", "某某办法",
              "附件", "第三条规定", "\t", "甲。", "乙：", "丙，丁", "\n", "\n"]


@settings(max_examples=250, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PARTS), max_size=40), st.lists(st.sampled_from(_NEW_KINDS), max_size=40)))
def test_units_are_nested_spans_of_the_body(parts):
    body = "".join(parts)
    units = units_of(body)
    by_id = {u["id"]: u for u in units}
    assert len(by_id) == len(units)
    for u in units:
        assert 0 <= u["start"] <= u["end"] <= len(body)
        assert u["text"] == body[u["start"]:u["end"]]
        if u["parent"]:
            p = by_id[u["parent"]]
            assert p["start"] <= u["start"] and u["end"] <= p["end"] and u["level"] == p["level"] + 1
            assert u["id"].startswith(p["id"] + ".")


# --------------------------------------------------------------------------- #
# the notice written for the tests: its units match its numbering exactly (an article has
# no heading: 第三条's lead-in to its list is its text)
# --------------------------------------------------------------------------- #

NOTICE_UNITS = [
    ("1", "一、", "总体要求"), ("1.1", "（一）", "指导思想"), ("1.2", "（二）", "主要目标"), ("1.2.1", "1.", ""),
    ("1.2.2", "2.", ""), ("1.2.2.1", "（1）", ""), ("1.2.2.2", "（2）", ""), ("1.2.3", "3.", ""),
    ("2", "二、", "重点任务"), ("2.1", "（一）", "强化企业创新主体地位"), ("2.2", "（二）", "加强人才引育"),
    ("3", "三、", "保障措施"), ("3.1", "（一）", "加强组织领导"), ("3.2", "（二）", "强化资金保障"),
    ("4", "第一章", "总则"), ("4.1", "第一条", ""), ("4.2", "第二条", ""), ("4.2.1", "", ""), ("4.2.2", "", ""),
    ("4.2.3", "", ""), ("5", "第二章", "支持方向"), ("5.1", "第三条", ""),
    ("5.1.1", "（一）", ""), ("5.1.2", "（二）", ""), ("5.1.3", "（三）", ""), ("5.2", "第四条", ""),
]  # fmt: skip


def test_notice_units_match_its_numbering():
    rec = process_path(str(NOTICE), Options(extractors=(), keywords=0))
    got = [(u["id"].split(":", 1)[1], u["number"], u["heading"]) for u in units_of(rec["body"])]
    assert got == NOTICE_UNITS
    # every numbered line of the page starts a unit, and nothing else does
    body = rec["body"]
    starts = {u["start"] for u in units_of(body) if u["kind"] != "款"}
    import re

    numbered = {m.start() for m in re.finditer(r"(?m)^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d\.|（\d）|第[一二三四五六七八九十]+[章条])", body)}
    assert starts == numbered


def test_facts_get_their_unit():
    rec = process_path(str(NOTICE), Options(units=True))
    by_text = {i["text"]: i["unit_id"] for i in rec["indicators"]}
    assert by_text["1500家"] == "notice_units:1.2"
    assert by_text["最高500万元"] == "notice_units:1.2.2.1"
    assert by_text["10亿元"] == "notice_units:3.2"
    assert all("unit_id" not in i for i in process_path(str(NOTICE))["indicators"])  # only when asked


@pytest.mark.parametrize("path", sorted(DOCS.glob("412_*notice*")) + sorted(SHARED.glob("304_*")), ids=lambda p: p.name)
def test_real_notices(path):
    rec = process_path(str(path), Options(extractors=(), keywords=0))
    body = rec["body"]
    units = units_of(body)
    assert units and units[0]["kind"] == "一、" and units[0]["heading"]
    assert [u["number"] for u in units if u["level"] == 2][:1] == ["(一)"]
    for u in units:
        assert u["text"] == body[u["start"]:u["end"]]


def test_real_qa_page_falls_back():
    (path,) = sorted(DOCS.glob("405_*plan*"))
    rec = process_path(str(path), Options(extractors=(), keywords=0))
    units = units_of(rec["body"])
    assert units[0]["id"] == "d:p1" and {u["kind"] for u in units} == {"paragraph", "sentence"}


def test_windows_partition_a_numbered_text():
    rec = add_units(process_text(NOTICE.read_text(encoding="utf-8"), doc_id="n", options=Options(extractors=(), keywords=0)))
    spans = windows(rec, "unit")
    assert spans[0][0] == 0
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


# --------------------------------------------------------------------------- #
# the command
# --------------------------------------------------------------------------- #


def test_units_csv_with_bom(runner, tmp_path):
    out = tmp_path / "units.csv"
    r = runner.invoke(app, ["units", str(NOTICE), "-f", "csv", "--bom", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"].split(":")[1] for r in rows] == [u[0] for u in NOTICE_UNITS]
    assert rows[0]["heading"] == "总体要求" and rows[0]["year"] == "2024"


def test_units_from_records_and_facts(runner, tmp_path):
    recs = tmp_path / "r.jsonl"
    r = runner.invoke(app, ["extract", str(NOTICE), "-f", "jsonl", "-o", str(recs), "-q", "--units"])
    assert r.exit_code == 0, r.output
    rec = json.loads(recs.read_text(encoding="utf-8"))
    assert len(rec["units"]) == len(NOTICE_UNITS) and all("unit_id" in i for i in rec["indicators"])
    r = runner.invoke(app, ["units", str(recs), "--facts", "-f", "jsonl", "-q"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.output.splitlines()]
    inst = [x for x in rows if x["fact"] == "institution" and x["text"] == "市科学技术局"]
    assert {x["unit"] for x in inst} >= {"notice_units:3.1"}
    assert all(x["unit"] for x in rows if x["fact"] == "indicator")


def test_units_usage_errors(runner):
    r = runner.invoke(app, ["units"])
    assert r.exit_code == 2
    r = runner.invoke(app, ["units", "no/such/file.txt"])
    assert r.exit_code == 2 and "no such file" in r.output


def test_heading_rules_on_report_and_question_items():
    body = ("（一）推进平台建设、人才引进，创新能力显著提升。深化项目管理。\n"
            "（二）政府如何评估基金的成效；未来三年有否计划注资；\n"
            "（三）到2025年，全市研发投入强度达到3%，高新技术企业突破1000家，形成一批创新平台。其余内容。\n")
    assert [u["heading"] for u in units_of(body)] == ["推进平台建设、人才引进，创新能力显著提升", "", ""]


# --------------------------------------------------------------------------- #
# rules learnt on real notices (tests/units_gold): each on a text written for it
# --------------------------------------------------------------------------- #


def units_of_page(text: str) -> list[dict]:
    """Units of a page as ``policymine units`` cuts them: normalised and cleaned first."""
    rec = process_text(text, doc_id="d", options=Options(extractors=(), keywords=0))
    return units_of(rec["body"])


def test_cross_reference_opening_a_wrapped_line_is_text():
    body = ("第一条 专项资金的拨付，按照本办法\n第三条规定的程序办理。\n第二条 资金的使用，适用本办法\n"
            "第三条第二款的规定。\n第三条 资金拨付程序另行制定。\n")
    assert [(u["id"], u["number"]) for u in units_of(body) if u["kind"] != "款"] == [
        ("d:1", "第一条"), ("d:2", "第二条"), ("d:3", "第三条")]


def test_hard_wrapped_lines_are_no_clauses():
    # a text broken at a fixed width (20 here): a line that stops mid-sentence runs on; a
    # paragraph of a text that is not hard-wrapped is a line
    paras = ["第一条为了规范专项资金的管理，提高资金使用效益，根据有关法律法规，结合本市实际，制定本办法。",
             "第二条专项资金由财政部门会同科技部门共同管理，财政部门负责资金的预算和监督检查工作。",
             "科技部门负责项目的组织实施和绩效评价，并会同财政部门对资金使用情况开展检查。",
             "第三条专项资金实行项目管理，项目承担单位应当按照批准的预算使用资金，不得挤占挪用。"]  # fmt: skip
    body = "\n".join("\n".join(x[i:i + 20] for i in range(0, len(x), 20)) for x in paras)
    got = [(u["id"], u["kind"]) for u in units_of(body)]
    assert got == [("d:1", "第X条"), ("d:2", "第X条"), ("d:2.1", "款"), ("d:2.2", "款"), ("d:3", "第X条")]
    by_id = {u["id"]: u for u in units_of(body)}
    assert by_id["d:2.2"]["text"] == "\n".join(paras[2][i:i + 20] for i in range(0, len(paras[2]), 20))
    assert ids("第一条 甲\n乙。\n第二条 丙。\n") == [("d:1", "第一条"), ("d:1.1", ""), ("d:1.2", ""), ("d:2", "第二条")]


def test_an_issued_document_after_the_closing_starts_afresh():
    body = ("各区人民政府：\n现将有关事项通知如下：\n一、提高认识\n各单位要高度重视。\n二、加强领导\n各单位要落实责任。\n"
            "某市人民政府办公室\n2024年3月1日\n（此件公开发布）\n某市科技项目管理办法\n"
            "一、总体要求\n为规范项目管理，制定本办法。\n二、职责分工\n科技局负责项目管理。\n")
    units = units_of(body)
    assert [(u["id"], u["number"], u["heading"]) for u in units] == [
        ("d:1", "一、", "提高认识"), ("d:2", "二、", "加强领导"), ("d:3", "一、", "总体要求"), ("d:4", "二、", "职责分工")]
    assert units[1]["text"] == "二、加强领导\n各单位要落实责任。"  # not the signature, the date or the title


def test_an_annex_title_ends_the_last_item():
    body = ("一、工作目标\n到2025年完成改造。\n二、工作要求\n请各地认真落实。\n附件\n某省老旧小区改造实施方案\n"
            "第一章 总则\n第一条 为推进改造，制定本方案。\n")
    units = units_of(body)
    assert [(u["id"], u["number"]) for u in units] == [("d:1", "一、"), ("d:2", "二、"), ("d:3", "第一章"), ("d:3.1", "第一条")]
    assert units[1]["text"].endswith("请各地认真落实。")


def test_title_line_straight_before_its_first_chapter():
    body = "一、总体要求\n坚持创新。\n二、保障措施\n强化资金。\n某市专项资金管理办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n"
    units = units_of(body)
    assert units[1]["text"] == "二、保障措施\n强化资金。"
    assert [u["number"] for u in units] == ["一、", "二、", "第一章", "第一条"]


def test_yishi_erhi_lists():
    body = "一是加强组织领导。各乡镇成立工作专班。\n二是强化督导检查。县政府定期督查。\n三是严格考核问责。\n"
    assert [(u["id"], u["number"], u["kind"], u["heading"]) for u in units_of(body)] == [
        ("d:1", "一是", "一是", "加强组织领导"), ("d:2", "二是", "一是", "强化督导检查"), ("d:3", "三是", "一是", "")]
    # inside a numbered unit, after a sentence end or a colon: a sub-list
    body = "一、主要措施\n主要措施有：一是建设平台；二是培育人才。\n二、保障\n"
    assert ids(body) == [("d:1", "一、"), ("d:1.1", "一是"), ("d:1.2", "二是"), ("d:2", "二、")]


def test_a_list_inside_a_sentence_of_news_makes_no_units():
    body = "记者获悉，今年我市创造了两大奇迹。一是经济快速发展。二是社会长期稳定。\n下一步将继续推进。"
    assert {u["kind"] for u in units_of(body)} == {"paragraph", "sentence"}
    assert not [u for u in units_of("今年要做好：（一）稳就业；（二）保民生。\n其他工作照常。") if u["kind"] != "paragraph" and u["kind"] != "sentence"]


def test_table_rows_are_no_units():
    body = "一、项目安排\n序号\t项目\t金额\n1.\t道路\t100万元\n2.\t桥梁\t200万元\n二、资金保障\n"
    assert ids(body) == [("d:1", "一、"), ("d:2", "二、")]


def test_taiwan_and_hong_kong_markers():
    page = "第一點 為加強管理，特訂定本要點。\n第二點 本要點所稱機關如下：\n(一)行政機關。\n(二)公營事業。\n第三點 本要點自發布日施行。\n"
    got = [(u["id"], u["number"], u["kind"], u["heading"]) for u in units_of_page(page)]
    assert got == [("d:1", "第一点", "第X点", ""), ("d:2", "第二点", "第X点", ""), ("d:2.1", "(一)", "（一）", ""),
                   ("d:2.2", "(二)", "（一）", ""), ("d:3", "第三点", "第X点", "")]  # fmt: skip
    page = "一、本批示自公佈翌日起生效。\n二、工作小組由下列人士組成：\n(一)局長；\n(二)副局長。\n三、協調人可邀請其他代表參與。\n"
    got = [(u["id"], u["number"]) for u in units_of_page(page)]
    assert got == [("d:1", "一、"), ("d:2", "二、"), ("d:2.1", "(一)"), ("d:2.2", "(二)"), ("d:3", "三、")]


def test_heading_conventions():
    body = ("一、减负稳岗并举，优化用工生态\n"          # a title line with one comma
            "（一）对进口商品暂定税率作适当调整。现行税则中分为两部分。\n"  # a short lead phrase, then text
            "（二）市长办公会议主要研究、处理市政府工作中的重要问题。\n市政府业务会议研究其他问题。\n"  # a long first sentence
            "（三）总体目标：到2025年，研发投入强度达到3%。\n"  # a label and its colon
            "（四）工作小组由下列人士组成：\n1. 局长；\n2. 副局长。\n"  # a lead-in to a list
            "（五）法务局局长的一名代表。*\n"  # one sentence and a footnote mark
            "第一条 资金由两部门管理。各部门分工负责。\n")  # an article: its first sentence is text
    heads = [(u["number"], u["heading"]) for u in units_of(body)]
    assert heads == [("一、", "减负稳岗并举，优化用工生态"), ("（一）", "对进口商品暂定税率作适当调整"), ("（二）", ""),
                     ("（三）", "总体目标"), ("（四）", ""), ("1.", ""), ("2.", ""), ("（五）", ""), ("第一条", "")]  # fmt: skip


def test_decimals_dates_phone_numbers_and_amounts_are_never_units():
    body = ("一、资金\n1.5亿元用于平台建设。\n2024.3.15起施行。\n0371-66668888为咨询电话。\n"
            "1、2、3月份完成验收。\n10.5%的增幅。\n2. 不是第二项\n二、保障\n")
    assert ids(body) == [("d:1", "一、"), ("d:2", "二、")]


def test_table_of_contents_is_no_unit():
    body = ("某某法\n目录\n第一章 总则\n第二章 管理\n第三章 附则\n第一章 总则\n第一条 为了规范管理，制定本法。\n"
            "第二章 管理\n第二条 国家加强管理。\n第三章 附则\n第三条 本法自公布之日起施行。\n")
    assert ids(body) == [("d:1", "第一章"), ("d:1.1", "第一条"), ("d:2", "第二章"), ("d:2.1", "第二条"),
                         ("d:3", "第三章"), ("d:3.1", "第三条")]  # fmt: skip
    # a run of short items whose numbering restarts under a new heading is no table of contents
    body = "一、甲\n1. 短项\n2. 短项\n二、乙\n1. 短项\n2. 短项\n"
    assert [u["id"] for u in units_of(body)] == ["d:1", "d:1.1", "d:1.2", "d:2", "d:2.1", "d:2.2"]


def test_numbered_heading_before_the_first_paragraph_stays_in_the_body():
    page = "某县人民政府工作规则\n发布日期：2024-04-06\n\n第一章 总则\n一、根据有关法律法规，结合本县实际，制定本规则。\n二、县政府实行县长负责制，县长主持县政府全面工作。\n"
    assert [(u["id"], u["number"]) for u in units_of_page(page)] == [("d:1", "第一章"), ("d:1.1", "一、"), ("d:1.2", "二、")]


def test_footnoted_last_item_stays_in_the_body():
    page = ("第5/2000号行政长官批示\n行政长官行使职权，作出本批示。\n一、设立一个直属于行政长官的工作小组，开展研究工作。\n"
            "二、工作小组的行政及后勤支援由法务局提供。*\n* 已更改 - 请查阅：第220/2017号行政长官批示\n")
    assert [u["number"] for u in units_of_page(page)] == ["一、", "二、"]


@pytest.mark.slow
def test_units_stay_linear_on_hostile_bodies():
    import time

    for body in ("某某管理办法\n" * 20000, "2024年1月1日\n某某办法\n" * 10000, "".join(f"{i % 99 + 1}. 项目\n" for i in range(20000))):
        t = time.perf_counter()
        split_units(body, "d")
        assert time.perf_counter() - t < 3.0


def test_a_list_of_attachments_is_no_unit():
    body = ("各单位：\n现将有关事项通知如下：\n一、提高认识\n请高度重视。\n二、按时报送\n请于3月底前报送。\n"
            "附件：1.申报书\n2.汇总表\n某市科技局\n2024年3月1日\n")
    units = units_of(body)
    assert [(u["id"], u["number"]) for u in units] == [("d:1", "一、"), ("d:2", "二、")]
    assert units[1]["text"].endswith("请于3月底前报送。")


def test_parts_of_a_plan_outline_above_its_chapters():
    body = "第一篇 总体要求\n第一章 发展基础\n第一节 成就\n内容。\n第二章 目标\n内容。\n第二篇 创新驱动\n第三章 科技\n内容。\n"
    assert [(u["id"], u["number"], u["heading"]) for u in units_of(body)] == [
        ("d:1", "第一篇", "总体要求"), ("d:1.1", "第一章", "发展基础"), ("d:1.1.1", "第一节", "成就"),
        ("d:1.2", "第二章", "目标"), ("d:2", "第二篇", "创新驱动"), ("d:2.1", "第三章", "科技")]  # fmt: skip
    assert [u["number"] for u in units_of("第一部分 现状\n内容。\n第二部分 任务\n内容。\n")] == ["第一部分", "第二部分"]


def test_numeral_with_a_dot_and_a_closing_bracket_alone():
    body = "一.总体要求\n1）加强领导；\n2）落实责任。\n二.保障措施\n3%)的增长\n"
    assert ids(body) == [("d:1", "一."), ("d:1.1", "1）"), ("d:1.2", "2）"), ("d:2", "二.")]


def test_a_page_hard_wrapped_at_a_fixed_width_keeps_its_first_articles():
    articles = ["第一条为了规范行政机关的设置，加强编制管理，提高行政效率，根据宪法和组织法，制定本条例。",
                "第二条行政机关设置和编制管理应当适应国家政治、经济、社会发展的需要，遵循精简、统一、高效的原则。",
                "第三条机构编制管理机关在国务院领导下，负责行政机关设置和编制管理的具体工作，并接受监督。",
                "第四条行政机关的设置以职能的科学配置为基础，做到职能明确、分工合理、机构精简，有利于提高行政效能。"]  # fmt: skip
    wrapped = ["\n".join(a[i:i + 20] for i in range(0, len(a), 20)) for a in articles]  # every full line 20 wide
    text = "某某行政机关管理条例\n\n第一章总则\n\n" + "\n\n".join(wrapped) + "\n"
    got = [(u["id"], u["number"]) for u in units_of_page(text)]
    assert got == [("d:1", "第一章"), ("d:1.1", "第一条"), ("d:1.2", "第二条"), ("d:1.3", "第三条"), ("d:1.4", "第四条")]


def test_a_cut_page_keeps_its_last_item_closed_by_a_semicolon():
    page = ("某市办理建议工作规则\n第一条 为规范办理工作，提高办理质量，根据有关规定，结合本市实际，制定本规则。\n"
            "第二条 办理建议的范围如下：\n（一）市人大代表和在本市的全国、省人大代表在市人民代表大会及闭会期间书面提出的、经市人民代表大会秘书处交市政府及所属部门研究办理的建议；\n（二）市政")
    units = units_of_page(page)
    assert [u["number"] for u in units][:3] == ["第一条", "第二条", "（一）"]
