"""Rules of slogan finding on sentences written for these tests (issue 13 §4)."""

import pytest

import policymine
from policymine.extract.slogans import classify_quoted, is_quantity


def slogans(body: str) -> dict[str, str]:
    return {s["text"]: s["kind"] for s in policymine.extract_text("标题一则\n" + body + "\n")["slogans"]}


@pytest.mark.parametrize("amount", ["一百五十万元", "三千万", "二千三百五十万元", "百万多元", "两亿元", "五千人"])
def test_an_amount_in_chinese_numerals_is_a_quantity(amount):
    assert is_quantity(amount)


@pytest.mark.parametrize("formula", ["百千万", "六个一百", "一院三所", "千万工程", "三化"])
def test_a_formula_is_no_quantity(formula):
    assert not is_quantity(formula)


def test_amounts_written_in_chinese_numerals_are_no_slogans():
    got = slogans("基金本季发出二十笔资助，合共超过三千五百万元；另一计划合共一百四十万元，平均每笔约二十万元。"
                  "总资助金额为8千4百万多元。")
    assert got == {}


def test_a_quoted_amount_is_no_slogan_but_a_quoted_formula_is():
    assert classify_quoted("三千万") is None
    assert classify_quoted("一百五十万元") is None
    assert classify_quoted("百千万") == "numbered"


@pytest.mark.parametrize("q", ["三甲", "二级", "四星级", "十佳", "百强县", "双十一", "双11", "七一", "一对一",
                               "一站式", "全国第一", "四川造", "五粮液", "嫦娥五号"])
def test_grades_dates_ranks_names_and_common_words_are_no_formulas(q):
    assert classify_quoted(q) is None


@pytest.mark.parametrize("q", ["两个确保", "三个年", "五好", "一号工程", "一核两翼"])
def test_numbered_formulas_still_are(q):
    assert classify_quoted(q) == "numbered"


def test_doctrines_and_the_frame_of_every_report_are_no_slogans():
    got = slogans("全县以习近平新时代中国特色社会主义思想为指导，坚持改革开放，推动经济高质量发展，坚持稳中求进。")
    assert "习近平新时代中国特色社会主义思想" not in got and "中国特色社会主义" not in got
    assert "改革开放" not in got and "高质量发展" not in got
    assert "稳中求进" in got


def test_a_lexicon_phrase_that_cuts_a_word_is_not_reported():
    got = slogans("以思想大解放推动大发展，创新发展理念，转变发展方式。全县A股上市公司达到五家。"
                  "全年农林牧渔业总产值增长3%。")
    assert got == {}


def test_a_statistics_category_is_no_slogan():
    assert "数字产业化" not in slogans("全区数字产业化增加值占地区生产总值的12%。")
    assert "数字产业化" in slogans("加快推进数字产业化和产业数字化。")


def test_a_slogan_only_inside_a_document_title_is_part_of_that_name():
    assert "制造强省" not in slogans("为贯彻落实《某某省建设制造强省三年行动计划》，制定本方案。")
    assert "制造强省" in slogans("为贯彻落实《某某省三年行动计划》，加快建设制造强省，制定本方案。")


def test_strategies_built_as_field_place():
    got = slogans("全区深入实施科教兴黔战略、人才强滇战略，突出“工业兴县”，坚持生态立省。")
    assert {"科教兴黔战略", "人才强滇战略", "工业兴县", "生态立省"} <= set(got)
    assert all(got[k] == "catchphrase" for k in ("科教兴黔战略", "工业兴县"))


def test_each_catchphrase_of_a_list_is_reported_once():
    got = policymine.extract_text("标题一则\n新增专精特新“小巨人”企业十家，专精特新企业百家，专精特新中小企业千家。\n")["slogans"]
    texts = [s["text"] for s in got]
    assert texts.count("专精特新") == 1 and "专精特新“小巨人”" not in texts and "小巨人" in texts


def test_an_organisations_quoted_short_name_and_a_quoted_body_are_no_slogans():
    got = slogans("政府全资拥有的香港某某港管理有限公司（“某某港”）今年拨款。“某某港”表示，“某某港”将继续支持初创企业。"
                  "点击上方“某某研究学会”订阅。“某某研究学会”发布报告。“某某研究学会”认为。")
    assert got == {}


def test_national_catchphrases_of_work_reports():
    got = policymine.extract_text("标题一则\n深入推进大众创业、万众创新，实施“双创”示范基地建设，坚持创新驱动战略。\n")["slogans"]
    forms = [{s["text"], *s["aliases"]} for s in got]
    for name in ("大众创业万众创新", "双创", "创新驱动发展战略"):
        assert sum(name in f for f in forms) == 1
