"""Rules of issue 13 §3, third round: fractions with a decimal point in words, ranking-list names,
per-mille figures, pieces counted in 亿块; sentences written for these tests."""

import pytest

import policymine


def indicators(text: str) -> list[dict]:
    return policymine.extract_text(text)["indicators"]


@pytest.mark.parametrize(
    "text, quote, value",
    [
        ("全县农业总产值比上年增长百分之八点六。", "百分之八点六", 8.6),
        ("居民消费价格平均上涨百分之一点七，涨幅回落。", "百分之一点七", 1.7),
        ("全年事故死亡率控制在千分之二点五以内。", "千分之二点五以内", 0.25),
    ],
)
def test_percent_in_words_with_decimal_point(text, quote, value):
    shares = [i for i in indicators(text) if i["unit"] == "%"]
    assert [(i["text"], i["value"]) for i in shares] == [(quote, value)]


@pytest.mark.parametrize(
    "text",
    [
        "该县连续五年进入全国县域经济百强县。",
        "全市共有6家企业入选中国服务业500强企业。",
        "在“全国创新型县市百强”榜单中位次前移。",
    ],
)
def test_ranking_list_names_are_no_indicators(text):
    assert [i["text"] for i in indicators(text) if i["unit"] == "强"] == []


def test_per_mille_is_a_tenth_of_a_percent():
    # SCHEMA.md puts shares and rates in percent: 4.21‰ is 0.421 %
    (rate,) = [i for i in indicators("全年人口自然增长率为4.21‰。") if "‰" in i["text"]]
    assert (round(rate["value"], 4), rate["unit"], rate["kind"]) == (0.421, "%", "rate")


def test_hundreds_of_millions_of_pieces_are_a_count():
    (chips,) = [i for i in indicators("全年生产集成电路3150亿块，同比增长12%。") if "块" in i["text"]]
    assert (chips["value"], chips["unit"], chips["kind"]) == (315000000000, "块", "count")


@pytest.mark.parametrize(
    "text, quote, unit",
    [
        ("该计划去年共批出1,250宗申请。", "1,250宗", "宗"),
        ("基金全年资助项目超过四百笔。", "超过四百笔", "笔"),
        ("全年举办银企对接活动18场次。", "18场次", "场次"),
        ("县级领导带队外出招商45次。", "45次", "次"),
    ],
)
def test_measure_words_of_transactions_and_events(text, quote, unit):
    assert [(i["text"], i["unit"], i["kind"]) for i in indicators(text)] == [(quote, unit, "count")]


def test_space_after_the_cue_and_redundant_yishang():
    inds = {i["text"]: i for i in indicators("共接获约 100 宗申请，获批超过300宗以上。")}
    assert inds["约 100 宗"]["qualifier"] == "~" and inds["超过300宗以上"]["qualifier"] == ">"


def test_status_so_far():
    (n,) = indicators("该援助计划推出至今共收到逾5,200宗申请。")
    assert n["modality"] == "status"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("「青年创业援助计划」在上半年发出二十宗资助，合共三百万元。", "青年创业援助计划"),
        ("文化产业基金发出四十笔资助，合共超过九百万元。", "文化产业基金"),
    ],
)
def test_the_programme_handing_out_grants_is_the_subject(text, subject):
    assert [i["subject"] for i in indicators(text)] == [subject, subject]
