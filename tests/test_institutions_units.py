"""Institutions on unseen pages, second round (issue 13 §4): rules on sentences written for them."""

import pytest

import policymine


def names(text: str) -> set[str]:
    return {i["name"] for i in policymine.extract_text(text)["institutions"]}


@pytest.mark.parametrize("text, want", [
    # a government, then an official's title and name
    ("河北省人民政府省长在会上作报告，河北省将加快发展。", "河北省人民政府"),
    # a level word glued to the government head or to a preposition by the segmenter
    ("记者从省政府新闻办公室召开的会上获悉，江西省高新技术企业增长较快。", "省政府新闻办公室"),
    ("记者从省统计局了解到，云南省工业增加值增长。", "省统计局"),
])
def test_short_forms_of_a_place_s_bodies(text, want):
    assert want in names(text)


def test_a_short_form_needs_the_document_s_place():
    assert "省政府办公厅" not in names("近日，省政府办公厅印发若干措施，全省加快创新。")


@pytest.mark.parametrize("text, want, bad", [
    ("工业和信息化部电子第五研究所副所长表示，产业规模扩大。", "工业和信息化部电子第五研究所", None),
    ("清华大学经济与管理学院教授指出，投入增长。", "清华大学经济与管理学院", None),
    ("科技部火炬中心通报评价结果。", "科技部火炬中心", "科学技术部"),
])
def test_a_body_s_unit_named_by_its_field(text, want, bad):
    got = names(text)
    assert want in got
    if bad:
        assert bad not in got


@pytest.mark.parametrize("text, want", [
    ("一位教授在接受南方周报记者采访时表示。", "南方周报"),
    ("本报讯(晨光新闻·滨江晚报记者 王某) 昨日召开会议。", "滨江晚报"),
])
def test_outlets_before_their_reporters(text, want):
    assert want in names(text)


def test_outlets_joined_by_a_dot_are_two():
    got = names("本报讯(晨光新闻·滨江晚报记者 王某) 昨日召开会议。")
    assert {"晨光新闻", "滨江晚报"} <= got
    assert "晨光新闻·滨江晚报" not in got


@pytest.mark.parametrize("text, want, bad", [
    ("该市成功重组转建智能传感技术全国重点实验室，成果丰硕。", "智能传感技术全国重点实验室", "转建智能传感技术全国重点实验室"),
    ("十年后，中关村科技园区获批建设。", "中关村科技园区", None),
])
def test_names_after_glued_verbs_and_long_zone_heads(text, want, bad):
    got = names(text)
    assert want in got
    if bad:
        assert bad not in got


def test_companies_listed_before_a_clause_with_de_and_modifiers():
    text = "全县涌现出远山集团、青石股份、白塔电器等年产值超5亿元的创新型骨干企业。"
    assert {"远山集团", "青石股份", "白塔电器"} <= names(text)


def test_institutes_named_after_a_company_the_text_names():
    text = ("全县涌现出远山集团、白塔电器等年产值超5亿元的创新型骨干企业。"
            "白塔电器研究院、远山汽车工程研究院等成功创建省级企业研究院。")
    assert {"白塔电器研究院", "远山汽车工程研究院"} <= names(text)


def test_a_group_is_no_mention_where_its_office_is_named():
    got = names("6月1日，惠州市招商引资工作领导小组办公室开展年度评估工作。")
    assert "惠州市招商引资工作领导小组办公室" in got
    assert "惠州市招商引资工作领导小组" not in got


def test_a_short_form_in_brackets_is_the_name_s_alias():
    text = "政府全资拥有的香港数码港管理有限公司 (“数码港”) 于去年成立基金。数码港表示会继续支持。"
    inst = {i["name"]: i for i in policymine.extract_text(text)["institutions"]}
    assert "数码港" in inst["香港数码港管理有限公司"]["aliases"]
    assert "数码港" not in inst


@pytest.mark.parametrize("text, want, bad", [
    ("2家北交所上市的企业完成转板。", "北京证券交易所", None),
    ("据微信公众号“星火数据”统计，今年新增企业较多，星火数据认为增长明显。", "星火数据", None),
    ("名单包括腾讯科技（成都）有限公司、成都星光网络技术有限公司。", "腾讯科技（成都）有限公司", "腾讯控股有限公司"),
    ("代表团先后来到江苏省美术馆、超导量子信息技术有限公司、江苏省科学技术馆等地。", "超导量子信息技术有限公司", None),
])
def test_exchanges_accounts_and_companies_in_lists(text, want, bad):
    got = names(text)
    assert want in got
    if bad:
        assert bad not in got


def test_short_forms_of_the_state_banks():
    got = names("工行、交行分别提供贷款支持，中行表示将继续跟进。")
    assert {"中国工商银行", "交通银行", "中国银行"} <= got
