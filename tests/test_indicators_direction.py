"""Rules of issue 13 §3: the direction of a change and the currency of money, read as a user
reads them (``policymine.extract_text``) on sentences written for these tests."""

import pytest

import policymine
from policymine.extract.indicators import page_region


def indicators(text: str) -> list[dict]:
    return policymine.extract_text(text)["indicators"]


def one(text: str, quote: str) -> dict:
    found = [i for i in indicators(text) if i["text"].endswith(quote) or quote in i["text"]]
    assert found, f"{quote!r} not found in {[i['text'] for i in indicators(text)]}"
    return found[0]


@pytest.mark.parametrize(
    "text, quote, direction",
    [
        ("今年前三季度，全县社会消费品零售总额同比增长8.7%。", "8.7%", "up"),
        ("规模以上工业能耗比上年下降4.6%。", "4.6%", "down"),
        ("全市研发经费投入强度较上年提高0.3个百分点。", "0.3个百分点", "up"),
        ("受外需减弱影响，外贸进出口总额回落2.4%。", "2.4%", "down"),
        ("去年全区粮食产量达到120万吨，比上年减少2.1万吨。", "2.1万吨", "down"),
        ("半导体业者去年营收成长18.5%，面板业者营收衰退7.3%。", "18.5%", "up"),
        ("半导体业者去年营收成长18.5%，面板业者营收衰退7.3%。", "7.3%", "down"),
        ("精密机械产业营收年增 12.01%。", "12.01%", "up"),
        ("通讯产业营收年减 9.4%。", "9.4%", "down"),
        ("区域内居民人均可支配收入比上年增加1860元。", "1860元", "up"),
    ],
)
def test_change_carries_its_direction(text, quote, direction):
    ind = one(text, quote)
    assert ind["kind"] == "change"
    assert ind["direction"] == direction


def test_comparison_with_another_figure_has_no_direction():
    ind = one("全省高技术制造业增加值增长10.2%，高于全部工业增速4.1个百分点。", "4.1个百分点")
    assert ind["kind"] == "change"
    assert ind["direction"] is None


def test_a_verb_inside_a_noun_is_no_change():
    # 增加值 (value added) holds 增加 but says nothing of which way a figure went
    ind = one("全年实现高新技术产业增加值比重达到21.5%，同比增长7.7%。", "7.7%")
    assert ind["direction"] == "up"


def test_a_subject_of_change_says_the_way():
    ind = one("二手住宅价格年降幅扩大至5.6%。", "5.6%")
    assert ind["kind"] == "change"
    assert ind["direction"] == "down"  # 扩大至 a level: the 降幅 says the way
    ind = one("新房平均价年涨幅接近9%。", "9%")
    assert ind["kind"] == "change" and ind["direction"] == "up"


@pytest.mark.parametrize(
    "text, quotes, direction",
    [
        ("三个片区的技术合同成交额分别增长15.2%、9.1%和4.6%。", ("15.2%", "9.1%", "4.6%"), "up"),
        ("电子、纺织、化工三个行业产值分别下降2.5%、1.8%、0.9%。", ("2.5%", "1.8%", "0.9%"), "down"),
        ("三大园区营收分别增长6.6%10.2%39.5%。", ("6.6%", "10.2%", "39.5%"), "up"),
    ],
)
def test_a_verb_shared_over_a_list(text, quotes, direction):
    inds = indicators(text)
    for q in quotes:
        ind = next(i for i in inds if i["text"] == q)
        assert ind["kind"] == "change", q
        assert ind["direction"] == direction, q


@pytest.mark.parametrize(
    "text, quote",
    [
        ("“十四五”期间，全省计划压减粗钢产能300万吨。", "300万吨"),
        ("到2027年淘汰落后煤电机组80万千瓦。", "80万千瓦"),
        ("全年化解过剩水泥产能150万吨。", "150万吨"),
    ],
)
def test_planned_cuts_are_changes_down(text, quote):
    ind = one(text, quote)
    assert ind["kind"] == "change"
    assert ind["direction"] == "down"


def test_other_kinds_carry_no_direction():
    for ind in indicators("全市共有高新技术企业1200家，占全省总数的18%。"):
        assert ind["kind"] != "change"
        assert ind.get("direction") is None


# ---------------------------------------------------------------- currency


@pytest.mark.parametrize(
    "text, quote, currency",
    [
        ("集团计划在美国投资4.5亿美元。", "4.5亿美元", "USD"),
        ("该项目在日本的投资达300亿日元。", "300亿日元", "JPY"),
        ("欧洲研发中心获得2亿欧元支持。", "2亿欧元", "EUR"),
        ("伦敦办事处年度预算为800万英镑。", "800万英镑", "GBP"),
        ("基金规模为50亿港元。", "50亿港元", "HKD"),
        ("年度资助总额约1200万澳门元。", "1200万澳门元", "MOP"),
        ("补助金额为新台币3亿元。", "3亿元", "TWD"),
        ("全年完成固定资产投资320亿元。", "320亿元", "CNY"),
        ("该公司募集资金8亿元人民币。", "8亿元", "CNY"),
    ],
)
def test_money_names_its_currency(text, quote, currency):
    ind = one(text, quote)
    assert ind["kind"] == "money" and ind["unit"] == "元"
    assert ind["currency"] == currency


def test_values_in_other_currencies_are_not_converted():
    ind = one("集团计划在美国投资4.5亿美元。", "4.5亿美元")
    assert ind["value"] == 450_000_000


HK = "香港特区政府今日公布，立法会财务委员会批准拨款，创新科技署将投入20亿元资助本地初创企业。"
TW = "行政院今日通过预算，国科会明年将编列120亿元推动半导体研发，产值力争突破5兆元。"
MO = "澳门特区政府经济财政司表示，今年批出资助3000万元，支持澳门中小企业科技研发。"
CN = "市委、市政府今日召开会议，全市将安排科技专项资金20亿元，支持企业研发。"


@pytest.mark.parametrize("text, region", [(HK, "HK"), (TW, "TW"), (MO, "MO"), (CN, "CN")])
def test_page_region_from_its_words(text, region):
    assert page_region(text) == region


@pytest.mark.parametrize("text, currency", [(HK, "HKD"), (TW, "TWD"), (MO, "MOP"), (CN, "CNY")])
def test_bare_yuan_is_the_currency_of_the_page(text, currency):
    money = [i for i in indicators(text) if i["kind"] == "money"]
    assert money
    assert {i["currency"] for i in money} == {currency}


def test_one_mention_of_hong_kong_keeps_a_mainland_page():
    text = "省政府与香港有关机构签署合作协议，全省今年将安排专项资金15亿元，国务院有关部门给予支持。"
    assert page_region(text) == "CN"
    assert one(text, "15亿元")["currency"] == "CNY"


def test_renminbi_named_on_a_hong_kong_page():
    text = "香港特区政府表示，立法会已批准有关拨款，内地合作项目投资人民币5亿元，本地项目投资8亿元。"
    assert one(text, "5亿元")["currency"] == "CNY"
    assert one(text, "8亿元")["currency"] == "HKD"
