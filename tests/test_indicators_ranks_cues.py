"""Rules of issue 13 §3: ranks without 第/位, session ordinals, a unit shared over a list,
plan cues read on characters, and a comparison's baseline; sentences written for these tests."""

import pytest

import policymine


def indicators(text: str) -> list[dict]:
    return policymine.extract_text(text)["indicators"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("全省区域创新能力排名第七。", 7),
        ("研发投入强度位居西部第一。", 1),
        ("技术合同成交额进入全国前三。", 3),
        ("发明专利拥有量居中西部第二。", 2),
    ],
)
def test_ranks_without_wei(text, value):
    ranks = [i for i in indicators(text) if i["kind"] == "rank"]
    assert [(r["value"], r["unit"]) for r in ranks] == [(value, "位")]


@pytest.mark.parametrize(
    "text",
    [
        "深入学习贯彻党的二十届四中全会精神。",
        "认真落实十九届五中全会部署。",
        "全面贯彻党的十九届精神。",
    ],
)
def test_session_ordinals_are_no_counts(text):
    assert not [i for i in indicators(text) if i["unit"] == "届"]


def test_sessions_held_are_counts():
    assert [i["value"] for i in indicators("我市已连续举办12届创新大赛。") if i["unit"] == "届"] == [12]


@pytest.mark.parametrize(
    "text, values, unit",
    [
        ("两项指标分别提高1.2、0.8个百分点。", [1.2, 0.8], "百分点"),
        ("三个园区营收分别达到15、23和41亿元。", [15e8, 23e8, 41e8], "元"),
        ("三类企业分别有120、85、36家。", [120, 85, 36], "家"),
    ],
)
def test_a_unit_shared_over_a_list(text, values, unit):
    found = [i["value"] for i in indicators(text) if i["unit"] == unit]
    assert found == values


def test_listed_shares_share_their_change():
    inds = indicators("两项指标分别提高1.2、0.8个百分点。")
    assert [i["kind"] for i in inds] == ["change", "change"]
    assert [i["direction"] for i in inds] == ["up", "up"]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("该县计划压减钢铁产能50万吨。", "50万吨"),
        ("1000多家深企拟获研发资助5亿元。", "5亿元"),
        ("全市年度目标为新增高新技术企业300家。", "300家"),
    ],
)
def test_plan_cues_on_characters(text, quote):
    ind = next(i for i in indicators(text) if i["text"].endswith(quote))
    assert ind["modality"] == "target"


def test_a_programme_named_plan_is_no_cue():
    ind = next(i for i in indicators("2020年以来，全市累计支持科技计划项目320项。") if i["unit"] == "项")
    assert ind["modality"] == "status"


def test_a_baseline_is_no_status_cue():
    ind = next(i for i in indicators("力争全年地区生产总值比上年增长6%。") if i["unit"] == "%")
    assert ind["modality"] == "target"


@pytest.mark.parametrize(
    "text, quote, subject",
    [
        ("全市出口增长12.5%，高于全国平均水平3.1个百分点。", "3.1个百分点", "全市出口"),
        ("全省研发投入强度为2.4%，低于全国平均水平0.2个百分点。", "0.2个百分点", "研发投入强度"),
    ],
)
def test_a_baseline_is_not_the_subject(text, quote, subject):
    ind = next(i for i in indicators(text) if i["text"] == quote)
    assert subject in (ind["subject"] or "")
