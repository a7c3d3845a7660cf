"""Institutions past the seeds: rules on sentences written for them (issue 13 §4)."""

import pytest

import policymine


def names(text: str) -> set[str]:
    return {i["name"] for i in policymine.extract_text(text)["institutions"]}


def forms(text: str) -> set[str]:
    out = set()
    for i in policymine.extract_text(text)["institutions"]:
        out.add(i["name"])
        out.update(i["aliases"])
    return out


@pytest.mark.parametrize("text, expected", [
    ("今年共有3家企业——星河科技、蓝海半导体、远帆微电子，入选省级名单。", {"星河科技", "蓝海半导体", "远帆微电子"}),
    ("全市涌现出鼎盛集团、青禾股份、北辰光电等产值超百亿元的企业。", {"鼎盛集团", "青禾股份", "北辰光电"}),
    ("报告参考了Acme、Globex等相关厂商数据。", {"Acme", "Globex"}),
])
def test_companies_listed_before_or_after_a_category(text, expected):
    assert expected <= names(text)


def test_a_list_of_fields_or_places_names_no_companies():
    text = "重点发展电子信息、生物医药、新材料等领域的企业；济南、烟台、威海等8家高新区排名提升。"
    assert not names(text) & {"电子信息", "生物医药", "新材料", "济南", "烟台", "威海"}


@pytest.mark.parametrize("text, bad", [
    ("北京460家上市公司市值合计超过20万亿元。", "北京460家上市公司"),
    ("山东省13家高新区中7家高新区排名提升。", "山东省13家高新区"),
    ("安徽新增国家级企业技术中心13家。", "安徽新增国家级企业技术中心"),
    ("促进湖南省高新区高质量发展。", "湖南省高新区"),
    ("北上深A股上市公司均超400家。", "北上深A股上市公司"),
])
def test_counts_and_categories_are_no_names(text, bad):
    assert bad not in names(text)


@pytest.mark.parametrize("text, want, bad", [
    ("成都获批国家数据标注基地。", None, "成都获批国家数据标注基地"),
    ("我们已获立法会财务委员会批准兴建第三期。", "立法会财务委员会", "已获立法会财务委员会"),
    ("据资料/新竹市政府发布的数据，产值增长。", "新竹市政府", "资料/新竹市政府"),
    ("澳门科技大学基金会--澳门科技大学联合实验室揭牌。", "澳门科技大学基金会", "澳门科技大学基金会--澳门科技大学"),
    ("设立「澳门直播服务中心」。", "澳门直播服务中心", "「澳门直播服务中心"),
    ("香港科技园公司(科技园公司)已去信澄清。", "香港科技园公司", "香港科技园公司(科技园公司"),
])
def test_names_end_at_dashes_brackets_and_verbs(text, want, bad):
    got = names(text)
    assert bad not in got
    if want:
        assert want in got


@pytest.mark.parametrize("text, want, part", [
    ("香港特区政府统计处23日发表报告。", "香港特区政府统计处", "香港特别行政区政府"),
    ("清华大学微电子所所长指出。", "清华大学微电子所", "清华大学"),
])
def test_a_gazetteer_body_and_its_unit_are_one_name(text, want, part):
    got = names(text)
    assert want in got and part not in got


@pytest.mark.parametrize("text, want", [
    ("工业和信息化部中小企业局局长表示。", "工业和信息化部中小企业局"),
    ("中科院物理研究所研究员陈某与同事一起创业。", "中科院物理研究所"),
])
def test_a_unit_named_after_a_gazetteer_body_starts_with_it(text, want):
    assert want in names(text)


def test_campus_in_brackets_belongs_to_the_university():
    assert "中国地质大学（北京）" in names("汇集了中国地质大学（北京）、北京语言大学等高校。")


def test_short_form_after_a_level_word_is_the_local_body():
    got = names("常州市发改委印发方案，市发改委负责组织实施。")
    assert "国家发展和改革委员会" not in got


@pytest.mark.parametrize("text, want", [
    ("商务及经济发展局局长答复议员提问。", "商务及经济发展局"),
    ("创新及科技局局长表示。", "创新及科技局"),
    ("经济及科技发展局推出中小企业援助计划。", "经济及科技发展局"),
    ("科学技术发展基金举行学术报告会。", "澳门科学技术发展基金"),
    ("国家发展委员会公布景气对策信号。", "国家发展委员会"),
    ("贸促局为中小企提供援助。", "澳门贸易投资促进局"),
])
def test_hong_kong_macau_taiwan_bodies(text, want):
    assert want in names(text)


def test_titles_are_no_bodies():
    got = names("行政院政委兼国科会主委表示，科技预算持续增加。")
    assert "行政院政委" not in got and "国科会主委" not in got
    assert "行政院" in got


@pytest.mark.parametrize("text, want", [
    ("红杉资本表示将继续加码。", "红杉资本"),
    ("经纬创投完成新一期募资。", "经纬创投"),
])
def test_investment_firms(text, want):
    assert want in forms(text)


@pytest.mark.parametrize("text, bad", [
    ("加快建设全国先进制造业基地。", "建设全国先进制造业基地"),
    ("争创国家级高新技术产业开发区。", "争创国家级高新技术产业开发区"),
])
def test_a_verb_of_building_before_a_level_word_is_no_part_of_a_name(text, bad):
    assert bad not in [i["name"] for i in policymine.extract_text(text)["institutions"]]


def test_building_words_inside_names_stay():
    names = [i["name"] for i in policymine.extract_text("市住房和城乡建设局与中国建设银行签约。")["institutions"]]
    assert any("住房和城乡建设局" in n for n in names) and "中国建设银行" in names
