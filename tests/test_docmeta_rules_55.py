"""Rules written this stop from misses of pages already in the set (before rounds 55-57 were read),
on sentences written for them."""

from __future__ import annotations

from policymine.extract.document import document_meta
from policymine.layout import clean


def meta(text: str) -> dict:
    return document_meta(clean(text))


def test_an_orders_note_of_promulgation_over_the_title_it_quotes():
    # the order's head lost: its note of promulgation, its holder and day, then the document's title
    text = ("《某某省人民政府关于调整一批审批事项的决定》已经2019年3月2日省政府第9次常务会议通过,现予公布,"
            "自2019年5月1日起施行。\n省长 某某\n2019年3月20日\n某某省人民政府关于调整一批审批事项的决定\n"
            "省政府决定,调整12项审批事项。各地、各部门要做好衔接工作,确保调整事项落实到位,不出现管理空档。\n")
    got = meta(text)
    assert got["issuers"] == ["某某省人民政府"]
    assert got["doc_type"] == "决定"


def test_a_note_quoting_a_title_the_page_does_not_give_stays_prose():
    # (a news item quoting the note: no title line below it, no document)
    text = ("《某某省人民政府关于调整一批审批事项的决定》已经2019年3月2日省政府第9次常务会议通过,现予公布,"
            "自2019年5月1日起施行。\n记者从省政府获悉,这次调整涉及12项审批事项,各地将在两个月内完成衔接工作。\n")
    assert meta(text)["doc_type"] is None
