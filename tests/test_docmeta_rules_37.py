"""Rules written from the misses of rounds 37-39 (read after their first runs), on sentences written for them."""

from __future__ import annotations

from policymine.extract.document import RE_TITLE_ROC_NOTE, document_meta
from policymine.layout import clean


def meta(text: str) -> dict:
    return document_meta(clean(text))


def test_a_joint_order_each_number_closed_by_its_form():
    text = ("某某人员训练办法\n"
            "1. 中华民国111年9月16日考试院考台组字第11100100001号令、行政院院授人字第11100020002号令会同修正发布第2条条文\n"
            "第1条 本办法依某某法第五条规定订定之。\n")
    got = meta(text)
    assert got["issuers"] == ["考试院", "行政院"]
    assert got["signed"] == "2022-09-16"


def test_a_letters_heading_opening_the_page_without_its_explanation():
    text = ("行政院某某委员会 106.09.21 工程字第10600200001号函\n中央法规\n- 某某条例(民国 96 年 03 月 21 日)\n"
            "第 2 条 公文之类别如下。\n")
    got = meta(text)
    assert got["doc_number"] == "工程字第10600200001号"
    assert got["signed"] == "2017-09-21"


def test_a_day_of_taiwans_calendar_under_the_title():
    text = "某某管理处办事细则\n民国 108 年 9 月 18 日\n第 1 条\n某某署某某管理处(以下简称本处)为处理内部单位之分工职掌,订定本细则。\n"
    assert meta(text)["signed"] == "2019-09-18"


def test_a_titles_bracketed_day_of_taiwans_calendar():
    text = "某某区位申请许可案件审查规则  ( 105 年 02 月 01 日)\n第8条\n本规则自发布日施行。\n"
    assert meta(text)["signed"] == "2016-02-01"
    text = "法规名称: 某市政府某某作业要点 (民国 103 年 06 月 10 日 修正)\n四、行政规则由本府依权限订定之。\n"
    assert meta(text)["signed"] == "2014-06-10"
    # (a mainland title's year of four digits is no day of Taiwan's calendar)
    assert RE_TITLE_ROC_NOTE.search("某市某某管理办法(2014年06月10日)") is None
