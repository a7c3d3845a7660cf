"""Subjects, kinds, directions and modality past the first corpus: methods of reckoning,
times and superlatives between a measure and its verb, measures jieba tags as verbs, quoted
and magnitude modifiers, coordinated counts, ranks by what is counted, agents of a share,
gaps to another quantity, budgets and plan titles. Sentences written for these tests."""

import pytest

import policymine
from policymine.extract.indicators import RE_PLAN_TITLE


def by_text(text: str) -> dict[str, dict]:
    return {i["text"]: i for i in policymine.extract_text(text)["indicators"]}


def subject_ok(got, want) -> bool:
    """As the scorer counts it: one contains the other, both of two characters or more."""
    return bool(got) and (want in got or got in want) and min(len(got), len(want)) >= 2


@pytest.mark.parametrize(
    "text, quote, want",
    [
        # a method of reckoning opens the clause: the subject carries over
        ("全省外贸进出口总额860亿元，按年平均汇率折算为125亿美元。", "125亿美元", "外贸进出口总额"),
        ("按可比价格计算全县农业总产值42亿元。", "42亿元", "农业总产值"),
        # a time, or a place in time, between the measure and its verb
        ("全市技术合同成交额在2023年达58亿元。", "58亿元", "技术合同成交额"),
        ("科技型企业数目近年稳步上升，在2022年达3120家。", "3120家", "科技型企业数目"),
        ("全省研发经费是2015年的2.1倍。", "2.1倍", "研发经费"),
        # a superlative between the measure and its verb
        ("其中，新能源汽车产量增速最高达到35.2%。", "35.2%", "新能源汽车产量增速"),
        # nouns of measure that jieba tags as verbs
        ("工业增加值同比增长6.1%，增速比上半年回落0.4个百分点。", "0.4个百分点", "增速"),
        ("全市用于基础研究的支出达9.8亿元。", "9.8亿元", "支出"),
        # a quoted name and a magnitude modify the noun after a count
        ("全区现有85家“专精特新”中小企业。", "85家", "中小企业"),
        ("甲市以42家千亿及以上市值公司排在第二。", "42家", "千亿及以上市值公司"),
        ("甲市以42家千亿及以上市值公司排在第二。", "第二", "千亿及以上市值公司"),
        # coordinated counts share the noun after the last
        ("甲市和乙市分别以96家和81家高新技术企业位列前两位。", "96家", "高新技术企业"),
        # a share and the agent it comes from
        ("全市税收约65%由民营企业贡献。", "约65%", "民营企业"),
        # a clause that opens with modifiers names the topic of the next
        ("其中，来自制造业的上市公司最多，达到36家。", "36家", "上市公司"),
        # an aside in parentheses between the subject and its measure
        ("全县规模以上工业企业（不含电力行业）增加值38亿元。", "38亿元", "规模以上工业企业增加值"),
    ],
)
def test_subject(text, quote, want):
    got = by_text(text)[quote]["subject"]
    assert subject_ok(got, want), (quote, got)


def test_a_parenthesis_inside_a_name_is_kept():
    got = by_text("技术经纪(理)人总量突破300人。")["突破300人"]["subject"]
    assert subject_ok(got, "技术经纪(理)人")


@pytest.mark.parametrize(
    "text, quote, direction",
    [
        ("软件业务收入同比增长13%，比同期全国增速高2.5个百分点。", "2.5个百分点", None),
        ("工业投资增长9%，比同期制造业投资增速低1.1个百分点。", "1.1个百分点", None),
        ("研发投入强度较2019年提高0.3个百分点。", "0.3个百分点", "up"),
        ("出口增速比上年同期高1.2个百分点。", "1.2个百分点", "up"),
        ("营收成长幅度达12%。", "12%", "up"),
    ],
)
def test_direction(text, quote, direction):
    f = by_text(text)[quote]
    assert f["kind"] == "change"
    assert f.get("direction") == direction


def test_a_change_named_by_its_amplitude_is_a_change():
    assert by_text("营收成长幅度达12%。")["12%"]["kind"] == "change"
    assert by_text("全年人口自然增长率为3.5‰。")["3.5‰"]["kind"] == "rate"


@pytest.mark.parametrize(
    "text, quote, modality",
    [
        ("县政府编列科技预算8.6亿元。", "8.6亿元", "target"),
        ("明年度科技概算额度约500亿元。", "约500亿元", "target"),
        ("全县一般公共预算收入完成50亿元。", "50亿元", "status"),
    ],
)
def test_budgets_are_money_planned(text, quote, modality):
    assert by_text(text)[quote]["modality"] == modality


@pytest.mark.parametrize(
    "title, plan",
    [
        ("某市科技创新三年行动计划(2024—2026年)", True),
        ("关于印发《某市数字经济发展规划》的通知", True),
        ("某省出台支持民营经济发展若干措施", True),
        ("某市推进产业升级实施方案解读", True),
        ("300家企业入选新一轮_领航计划_名单", False),
        ("某区公布“雏鹰计划”企业名单", False),
        ("某县召开方案设计评审会", False),
    ],
)
def test_a_plan_title_names_the_plan_it_heads(title, plan):
    assert bool(RE_PLAN_TITLE.search(title)) is plan


@pytest.mark.parametrize(
    "text, quote, want",
    [
        # a verb of ranking and its field stand between a rank and its subject
        ("某省科技创新综合指数连续五年位居全国第7位。", "第7位", "科技创新综合指数"),
        ("营收增速在十个同类园区中居第一。", "第一", "营收增速"),
        # a rank right after a figure ranks by that figure
        ("值得注意的是，甲市以6家上市公司累计市值1.2万亿元位居前五。", "前五", "市值"),
        # a baseline takes the sentence's subject, not the verb after it
        ("全市软件业收入为980亿元，比2020年的760亿元增长29%。", "760亿元", "软件业收入"),
        # a connective with its source names no topic
        ("据市统计局统计，全区的累计市值达到3.5万亿元。", "3.5万亿元", "市值"),
        # an estimate's verb: the topic is the clause right before
        ("今日审定明年度科技预算总额，初估约12亿元。", "约12亿元", "科技预算总额"),
    ],
)
def test_subject_of_ranks_baselines_and_estimates(text, quote, want):
    got = by_text(text)[quote]["subject"]
    assert subject_ok(got, want), (quote, got)


def test_a_baseline_level_is_no_change():
    f = by_text("全市软件业收入为980亿元，比2020年的760亿元增长29%。")
    assert f["760亿元"]["kind"] == "money" and f["29%"]["kind"] == "change"


def test_figures_under_fenbie_take_the_earlier_subjects_in_order():
    f = by_text("其中软件业务收入增长15%，信息服务收入增长16%，分别比上年提升2.3和1.4个百分点。")
    assert subject_ok(f["2.3"]["subject"], "软件业务收入")
    assert subject_ok(f["1.4个百分点"]["subject"], "信息服务收入")


def test_a_scope_before_the_verb_is_not_the_subject():
    got = by_text("年收入超过50万元的人群全国仅有300万人。")["300万人"]["subject"]
    assert subject_ok(got, "人群") and "全国" not in got
