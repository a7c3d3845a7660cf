"""Rules of issue 13 §3: the subject and modality of indicators whose own clause names no
noun, lists that share one verb, levels from one value to another, labels before a colon,
and plan cues that are names; sentences written for these tests."""

import pytest

import policymine


def indicators(text: str) -> list[dict]:
    return policymine.extract_text(text)["indicators"]


def by_text(text: str) -> dict[str, dict]:
    return {i["text"]: i for i in indicators(text)}


def subject_ok(got, want) -> bool:
    """As the scorer counts it: one contains the other, both of two characters or more."""
    return bool(got) and (want in got or got in want) and min(len(got), len(want)) >= 2


@pytest.mark.parametrize(
    "text, quote, want",
    [
        # from one level to another: the subject stands before 由/从, also before a number
        ("全县专利授权量由820件增至1350件，增长64.6%。", "1350件", "专利授权量"),
        ("全县专利授权量由820件增至1350件，增长64.6%。", "64.6%", "专利授权量"),
        ("园区企业营业收入从56亿元增长到98亿元。", "98亿元", "企业营业收入"),
        # a share named with 占…比重 before the level
        ("该县科技支出占财政支出比重由1.2%提高到2.6%。", "2.6%", "科技支出占财政支出比重"),
    ],
)
def test_subject_before_a_level_from_one_value_to_another(text, quote, want):
    got = by_text(text)[quote]["subject"]
    # the whole phrase, without the 由 or 从 that opens the starting level
    assert got and want in got and got[-1] not in "由从", got


@pytest.mark.parametrize(
    "text, quotes, wants",
    [
        # the list of nouns in the clause before the numbers
        ("纺织业、化工业与建材业增势良好，上半年分别增长8.1%、6.4%、3.9%。",
         ["8.1%", "6.4%", "3.9%"], ["纺织业", "化工业", "建材业"]),
        # numbers written without separators, a summarising count after the list
        ("种植、养殖、加工三个板块分别增长9.2%7.5%4.3%。",
         ["9.2%", "7.5%", "4.3%"], ["种植", "养殖", "加工"]),
        # 和 between the numbers
        ("该区发明专利申请量与授权量分别为3.2万件和1.4万件。",
         ["3.2万件", "1.4万件"], ["发明专利申请量", "授权量"]),
        ("城镇和农村两类居民占比较大，分别为61%、27%。", ["61%", "27%"], ["城镇", "农村"]),
    ],
)
def test_one_verb_shared_over_a_list(text, quotes, wants):
    found = by_text(text)
    for q, w in zip(quotes, wants):
        assert subject_ok(found[q]["subject"], w), (q, found[q]["subject"])


@pytest.mark.parametrize(
    "text, quote, want",
    [
        # a label before a colon, with its short form in parentheses
        ("东部工业园区(东园):营业收入3200亿元，年增5.5%。", "3200亿元", "东园"),
        ("东部工业园区(东园):营业收入3200亿元，年增5.5%。", "5.5%", "东园"),
        ("纺织产业:受海外订单回升带动，营收年增7.2%。", "7.2%", "纺织产业"),
        # the topic of the sentence, when the number's clause names no noun
        ("家电板块受以旧换新政策带动，成长12%。", "12%", "家电板块"),
        # a generic noun of measure (总量, 增加值) names the antecedent's measure
        ("今年全县新增科技型中小企业300家，总量达到2100家。", "2100家", "科技型中小企业"),
        ("全区第三产业发展较快，全年实现增加值560亿元。", "560亿元", "第三产业"),
    ],
)
def test_subject_from_the_topic_of_the_sentence(text, quote, want):
    got = by_text(text)[quote]["subject"]
    assert subject_ok(got, want), got


def test_rank_after_a_scope_takes_the_subject_of_the_sentence():
    found = by_text("全市省级工程技术研究中心总数达86家，居全省第3位、苏北第1位。")
    assert subject_ok(found["第1位"]["subject"], "省级工程技术研究中心"), found["第1位"]["subject"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a range of years (2016年至2020年) is a period of the past, not a deadline
        ("2016年至2020年，全县技术合同成交额由3亿元增长到9亿元。", "9亿元"),
        # a programme's name in quotation marks is no plan cue
        ("目前全市有320家“领航计划”企业。", "320家"),
        # 目标 in 目标企业 names the companies visited
        ("全年拜访目标企业86家，签约项目12个。", "86家"),
        # 争取 with an object: the funds were won
        ("全年争取上级补助资金4.6亿元。", "4.6亿元"),
    ],
)
def test_status_despite_words_of_plans(text, quote):
    assert by_text(text)[quote]["modality"] == "status"
