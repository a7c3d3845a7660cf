"""Document metadata on the forms real pages take of the same document: a signature's day in
Chinese numerals (二〇二四年三月五日) read wherever the same day in digits is; a title broken inside
the name it quotes; a portal's 来源 line as the publishing body; a notice run on one line with a
table's cell bar after its date.

Found by rewriting the official documents of tests/docmeta (digit dates as numerals, titles broken
over lines, pages wrapped in markup, traditional script: their fields should not change): with the
numeral dates eight of 262 pages lost a field, none does now. Every name, number and date here is
made up.
"""

from __future__ import annotations

import pytest

import policymine
from policymine.extract import document as d

PROSE = ("为保障活动期间群众安全和道路畅通,根据有关法律规定,决定对城区部分路段实施临时交通管制。"
         "管制期间,除执勤车辆外,其他车辆禁止通行。因交通管制给市民出行带来的不便,敬请谅解。")


def meta(text: str) -> dict:
    rec = policymine.extract_text(text)
    return {f: rec.get(f) for f in ("doc_number", "issuers", "doc_type", "signed")}


@pytest.mark.parametrize("day, iso", [("2024年3月5日", "2024-03-05"), ("二〇二四年三月五日", "2024-03-05"),
                                      ("二〇二四年十二月三十一日", "2024-12-31"), ("二OO三年十月二十日", "2003-10-20")])
def test_a_signature_at_the_end_of_a_page_on_one_line(day, iso):
    page = f"关于某路段实施临时交通管制的通告\n{PROSE} 特此通告 某县公安局交通警察大队 {day}\n相关附件:\n"
    got = meta(page)
    assert got["issuers"] == ["某县公安局交通警察大队"] and got["signed"] == iso and got["doc_type"] == "通告"


def test_the_signature_stays_in_the_body():
    page = f"关于某路段实施临时交通管制的通告\n{PROSE} 特此通告 某县公安局交通警察大队 二〇二四年三月五日\n"
    assert policymine.extract_text(page)["body"].endswith("二〇二四年三月五日")


def test_a_numeral_date_is_a_fragment_of_every_signature_pattern():
    assert d.RE_RULED_SIGN.match("某县人民政府办公室二〇一六年十二月一日 ---------- 某某条例(草案)")
    assert d.RE_SPACED_SIGN.search("请认真贯彻执行。 某县财政局 某县教育局 二〇二一年五月九日")
    assert not d.RE_SPACED_SIGN.search("请认真贯彻执行。 某县财政局 二〇二一年十三月九日")  # no such month


def test_a_regulations_note_in_numerals():
    note = "(二〇〇五年三月一日某省人民政府第12次常务会议通过 二〇〇五年三月十日某省人民政府令第九十号公布 自公布之日起施行)"
    m = d.RE_ORDER_PUBLISHED.search(note)
    assert m and m.group("n") == "某省人民政府令第九十号" and d._first_date(m.group("d")) == "2005-03-10"


def test_a_laws_promulgation_in_numerals():
    m = d.RE_PROMULGATED.search("行政长官某某于二〇二四年十二月十八日发布本法律")
    assert m and d._first_date(m.group("d")) == "2024-12-18"


# --------------------------------------------------------------------------- #
# a title broken inside the name it quotes (found by breaking the titles of tests/docmeta's pages)
# --------------------------------------------------------------------------- #


def test_a_title_broken_inside_its_quoted_name_is_one_title():
    lines = ["《某市推进数字经济发展三年行动计划", "(2024—2026年)》的通知", "各县(市)、区人民政府:"]
    assert d._title_candidates(lines, 2) == [(1, "《某市推进数字经济发展三年行动计划(2024—2026年)》的通知")]


def test_an_unbalanced_line_with_no_close_below_is_no_title():
    lines = ["《某市推进数字经济发展三年行动计划", "各县(市)、区人民政府:"]
    assert d._title_candidates(lines, 2) == []


# --------------------------------------------------------------------------- #
# a portal's 来源 line names the body that posted a document that names none itself
# --------------------------------------------------------------------------- #


def test_a_portals_source_line_is_the_issuer_when_nothing_else_names_one():
    page = ("关于公开征集某区2025年民生实事项目意见建议的通知\n来源:某市某区人民政府办公室 发布时间:2024-10-13 13:58\n"
            "为进一步保障和改善民生,现面向全区广泛征集民生实事项目意见建议,请提出宝贵意见和建议。\n")
    got = meta(page)
    assert got["issuers"] == ["某市某区人民政府办公室"] and got["doc_type"] == "通知"


def test_the_signature_wins_over_the_source_line():
    page = ("关于做好某项工作的通知\n来源:某市某区人民政府 发布时间:2024-10-13\n"
            "各街道办事处:\n为做好某项工作,现将有关事项通知如下。请认真贯彻执行。\n某市某区人民政府办公室\n2024年10月12日\n")
    assert meta(page)["issuers"] == ["某市某区人民政府办公室"]


def test_a_news_source_is_no_issuer():
    page = "关于做好某项工作的通知\n来源:某某日报 发布时间:2024-10-13\n为做好某项工作,现将有关事项通知如下。请认真贯彻执行。\n"
    assert meta(page)["issuers"] == []


# --------------------------------------------------------------------------- #
# a notice run on one line, its title first and a cell bar after its date
# --------------------------------------------------------------------------- #


def test_a_notice_on_one_line_closed_by_a_cell_bar():
    page = ("|\n某市公安交通管理局、市城乡建设委员会关于某路口临时断行的通告 因某桥改建需要,为保证行人车辆安全,"
            "依法决定,现将有关事项通告如下: 1.改建期间某街全天禁行大型客车。 2.过往车辆可经某路、某大道通行。 "
            "某市公安交通管理局 某市城乡建设委员会 2024年6月3日 |\n")
    got = meta(page)
    assert got["issuers"] == ["某市公安交通管理局", "某市城乡建设委员会"]
    assert got["doc_type"] == "通告" and got["signed"] == "2024-06-03"


# --------------------------------------------------------------------------- #
# a page in traditional script is converted whole
# --------------------------------------------------------------------------- #


def test_a_traditional_pages_lines_are_converted_even_without_a_traditional_only_character():
    from policymine.normalize import normalize

    # (批覆 is written in characters of both scripts; OpenCC's phrase makes it 批复)
    assert normalize("某縣水務局：\n經研究，同意所請。\n特此批覆。").text.endswith("特此批复。")
    assert normalize("某县水务局：\n特此批覆。").text.endswith("特此批覆。")  # a simplified page is left as written


def test_a_joint_signature_whose_last_body_shares_the_dates_line():
    lines = ["请结合实际认真贯彻落实。", "中共某县委办公室", "某县人民政府办公室\u3000\u30002024年3月5日"]
    assert d.signature(lines) == (["中共某县委办公室", "某县人民政府办公室"], "2024-03-05", 2)


def test_a_body_and_date_on_one_line_under_prose_is_that_body_alone():
    lines = ["请结合实际认真贯彻落实。", "某县人民政府办公室 2024年3月5日"]
    assert d.signature(lines) == (["某县人民政府办公室"], "2024-03-05", 1)


# --------------------------------------------------------------------------- #
# typographic spaces between a label's characters (a saved portal page)
# --------------------------------------------------------------------------- #


def test_typographic_spaces_are_spaces():
    from policymine.normalize import tidy_whitespace

    assert tidy_whitespace("索\u2002引\u2002号：\n某局\u2003\u2003某队\u202f") == "索 引 号：\n某局  某队"


def test_a_saved_pages_label_spaced_with_en_spaces():
    page = ("<html><body><dl><dd><label>索\u2002引\u2002号：</label><div>012345678X/2024-0012345</div></dd>"
            "<dd><label>发文机关：</label><div>某县统计局</div></dd></dl>"
            "<h1>某县2023年国民经济和社会发展统计公报</h1><p>2023年，全县经济运行稳中有进，主要指标好于预期。</p>"
            "</body></html>")
    rec = policymine.extract_text(page)
    assert rec["index_number"] == "012345678X/2024-0012345" and rec["issuers"] == ["某县统计局"]
