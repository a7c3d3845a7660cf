"""Rules of issue 13 §3: amounts in Chinese and financial numerals, mixed numerals, money
without 元, and unit characters that start the next word; sentences written for these tests."""

import pytest

import policymine
from policymine.extract.numbers import parse_number


def indicators(text: str) -> list[dict]:
    return policymine.extract_text(text)["indicators"]


def find(text: str, value: float, unit: str = "元") -> dict:
    inds = indicators(text)
    for i in inds:
        if i["unit"] == unit and abs(i["value"] - value) <= 0.011:
            return i
    raise AssertionError(f"{value} {unit} not in {[(i['text'], i['value'], i['unit']) for i in inds]}")


@pytest.mark.parametrize(
    "text, value",
    [
        ("区财政安排专项资金一百五十万元用于人才引进。", 1_500_000),
        ("市里给予每家企业奖励二十万元。", 200_000),
        ("本次共拨付经费三千二百万元。", 32_000_000),
        ("合同金额为壹佰万元整，由甲方一次付清。", 1_000_000),
        ("中标价为壹佰万零伍拾肆元整。", 1_000_054),
        ("项目结余资金叁仟壹佰万零伍拾肆元。", 31_000_054),
    ],
)
def test_amounts_in_chinese_and_financial_numerals(text, value):
    ind = find(text, value)
    assert ind["kind"] == "money"


@pytest.mark.parametrize(
    "text, value",
    [
        ("办理退费五元。", 5),
        ("每件收取工本费十块钱。", 10),
        ("门票价格为一百二十三元1角1分。", 123.11),
        ("单价一百三十五块六角七分钱。", 135.67),
    ],
)
def test_small_amounts_in_words_and_jiao_fen(text, value):
    find(text, value)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全县规模以上企业达到三家。", 3, "家"),
        ("园区孵化器总数为两个。", 2, "个"),
        ("全市建成的场馆共五座。", 5, "座"),
    ],
)
def test_small_counts_in_words_after_a_predicate_of_measure(text, value, unit):
    find(text, value, unit)


def test_rhetorical_counts_stay_out():
    assert not indicators("要打好两张牌，下好一盘棋。")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全市常住人口达到3万2千人。", 32_000, "人"),
        ("全省企业总数达到100万三千家。", 1_003_000, "家"),
        ("科技基金今年资助9千6百万多元。", 96_000_000, "元"),
        ("企业申报项目1万600项。", 10_600, "项"),
    ],
)
def test_mixed_numerals(text, value, unit):
    find(text, value, unit)


def test_mixed_numerals_parse():
    assert parse_number("1万600") == 10600
    assert parse_number("一百点123") == 100.123
    assert parse_number("1万2") is None  # still ambiguous


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("项目总投资82，225.00元。", 82225, "CNY"),
        ("补助新台币 177.1 亿元。", 17_710_000_000, "TWD"),
        ("该项目总投资三百万。", 3_000_000, "CNY"),
        ("项目预算小于40万。", 400_000, "CNY"),
        ("母基金联合设立300亿的产业基金。", 30_000_000_000, "CNY"),
        ("两家机构共完成5亿天使投资。", 500_000_000, "CNY"),
        ("对外直接投资两个亿卢布。", 200_000_000, "RUB"),
    ],
)
def test_money_without_yuan_and_spaced_amounts(text, value, currency):
    ind = find(text, value)
    assert ind["kind"] == "money"
    assert ind["currency"] == currency


def test_unit_character_that_starts_the_next_word_is_no_unit():
    inds = indicators("两家机构共完成5亿天使投资。")
    assert all(i["unit"] != "天" for i in inds)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("每户补贴三五百块。", 300, 500),
        ("修缮费用四五千块钱。", 4000, 5000),
        ("每次活动花费十几块钱。", 10, 20),
        ("单项奖励几十万元。", 100_000, 1_000_000),
    ],
)
def test_approximate_amounts(text, low, high):
    money = [i for i in indicators(text) if i["unit"] == "元"]
    assert money and low <= money[0]["value"] <= high
    assert money[0]["qualifier"] in ("~", ">")


def test_vague_counts_stay_out():
    assert not [i for i in indicators("几十家企业参加了对接会。") if i["unit"] == "家"]
