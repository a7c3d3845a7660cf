"""A document whose later numbered items are short keeps them in its body, and Hong Kong's
sub-items ((a), (i)) are units under them: on a circular written for these tests (made-up)."""

from __future__ import annotations

from policymine.layout import _item_number, clean
from policymine.units import cn_number, split_units

CIRCULAR = """某某署通告第5/2024號

某某計劃申請安排

摘要
1. 本通告旨在通知各持牌人有關某某計劃的申請安排。
詳情
2. 申請人須符合以下條件：
(a) 持有有效牌照；
(b) 在過去兩年內沒有違規紀錄；及
(c) 已繳付所有費用。
3. 申請須於2024年6月30日或之前遞交，並附上下列文件：
(i) 申請表格；
(ii) 牌照副本。
查詢
4. 如有查詢，請致電某某組。

某某署署長
2024年5月2日
"""


def test_short_items_that_go_on_numbering_the_body_stay_in_it():
    from policymine.normalize import normalize

    body = clean(normalize(CIRCULAR).text).body
    assert body.startswith("1. 本通告")
    assert "(c) 已缴付所有费用。" in body and "(ii) 牌照副本。" in body
    assert body.endswith("4. 如有查询，请致电某某组。")  # the headings between items too (详情, 查询)
    assert "署长" not in body


def test_an_item_that_does_not_continue_the_numbering_ends_the_body():
    text = "\n".join([
        "某某局关于某事的通知",
        "1. 为做好某项工作，确保各项任务按时完成，现将有关事项通知如下。",
        "2. 各单位要高度重视。",
        "相关新闻",
        "5. 某地举办某某活动",  # a list of something else: no 3. follows the 2.
    ])
    body = clean(text).body
    assert body.endswith("2. 各单位要高度重视。")


def test_the_item_a_page_cut_falls_in_is_left_out():
    text = "\n".join([
        "某某局关于某事的通知",
        "一、为做好某项工作，确保各项任务按时完成，现将有关事项通知如下。",
        "二、工作要求。",
        "三、公开的范",  # the excerpt ends inside it
    ])
    body = clean(text).body
    assert body.endswith("二、工作要求。")


def test_item_numbers():
    assert _item_number("2. 申请") == ("arabic", 2)
    assert _item_number("十二、某某") == ("cn", 12)
    assert _item_number("二十、某某") == ("cn", 20)
    assert _item_number("（三）某某") == ("pcn", 3)
    assert _item_number("(4)某某") == ("parab", 4)
    assert _item_number("(b) 某某") == ("sub", 0)
    assert _item_number("2.5亿元") is None


def test_roman_and_letter_sub_items_are_units_under_numbered_items():
    from policymine.normalize import normalize

    body = clean(normalize(CIRCULAR).text).body
    units = split_units(body, "c")
    numbers = [(u.id, u.number) for u in units if u.kind != "款"]
    assert ("c:2.1", "(a)") in numbers and ("c:2.3", "(c)") in numbers
    assert ("c:3.1", "(i)") in numbers and ("c:3.2", "(ii)") in numbers
    assert ("c:4", "4.") in numbers
    assert [cn_number(x) for x in ("i", "ii", "iv", "ix", "xii", "a", "c")] == [1, 2, 4, 9, 12, 1, 3]


def test_letter_items_in_prose_are_no_top_units():
    body = "本人现下令如下：\n(a) 某路段劃為限制區；\n(b) 某路段劃為禁區。\n有关地点将设置交通标志。"
    kinds = {u.kind for u in split_units(body, "d")}
    assert "(a)" not in kinds


def test_sub_items_right_under_the_last_paragraph_all_stay():
    text = "\n".join([
        "某某局关于某事的通知",
        "1. 为做好某项工作，确保各项任务按时完成，申请人须符合以下所有条件：",
        "(a) 持有牌照；",
        "(b) 没有违规；",
        "(c) 已缴费用。",
    ])
    assert clean(text).body.endswith("(b) 没有违规；\n(c) 已缴费用。")
