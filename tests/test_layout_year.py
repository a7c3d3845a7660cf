"""The year a page implies when it states no date, on pages written for these tests."""

from policymine.layout import clean


def test_a_plan_s_range_end_and_targets_are_not_its_year():
    page = ("某县科技企业倍增行动方案(2024—2028年)\n\n到2026年，全县科技型企业超过300家。到2028年，"
            "科技型企业在2023年的基础上实现倍增，高新技术企业突破100家。")
    lay = clean(page)
    assert lay.year == 2024 and lay.year_inferred


def test_a_past_period_s_end_counts():
    page = "某市研发投入大幅跃升\n\n2016年至2019年，全市研发投入年均增长百分之十五，增幅居全省第一。"
    assert clean(page).year == 2019


def test_chinese_numeral_years_count():
    page = "某省生产总值由二00二年的一万亿元增加到二00七年的三万亿元，年均增长百分之十四点五。"
    assert clean(page).year == 2007
