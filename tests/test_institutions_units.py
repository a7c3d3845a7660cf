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
