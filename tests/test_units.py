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


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["一、", "二、", "（一）", "（二）", "(1)", "1.", "2.", "3.", "第一条 ", "第二条 ", "①", "②",
                                 "甲。", "乙：", "2.5", "\n", "\n", "丙，丁"]), max_size=40))  # fmt: skip
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
    body = ("（一）坚持项目支撑、招商赋能，经济基础更加坚实。深化项目管理。\n"
            "（二）政府如何评估基金的成效；未来三年有否计划注资；\n"
            "（三）到2025年，全市研发投入强度达到3%，高新技术企业突破1000家，形成一批创新平台。其余内容。\n")
    assert [u["heading"] for u in units_of(body)] == ["坚持项目支撑、招商赋能，经济基础更加坚实", "", ""]
