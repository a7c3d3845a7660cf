"""An estimate (预计, 预期) of a year already past is a status; of the coming year, a target."""

import policymine


def modalities(text: str) -> dict[str, str]:
    return {i["text"]: i["modality"] for i in policymine.extract_text(text)["indicators"]}


PAGE = "关于2023年全市经济运行情况的报告\n2024年3月5日\n{}\n"


def test_an_estimate_of_the_past_year_is_a_status():
    text = PAGE.format("据市统计局数据，2023年全市地区生产总值预计达到3200亿元，同比增长6.5%。")
    got = modalities(text)
    assert got["3200亿元"] == "status" and got["6.5%"] == "status"


def test_an_estimate_of_the_coming_year_is_a_target():
    text = PAGE.format("按照市政府工作报告，2025年全市地区生产总值预计达到3500亿元，增长6%左右。")
    assert modalities(text)["3500亿元"] == "target"


def test_an_estimate_without_a_year_stays_a_target():
    text = PAGE.format("全市软件业收入预计达到120亿元。")
    assert modalities(text)["120亿元"] == "target"
