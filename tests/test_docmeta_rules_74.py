"""Rules written this stop from the first runs of blind rounds 74-76, on sentences written for them."""

from __future__ import annotations

from policymine.extract.document import document_meta
from policymine.layout import clean


def meta(text: str) -> dict:
    return document_meta(clean(text))


def test_a_procuratorates_report_by_its_rank_alone_is_placed_by_its_congress():
    text = ("某州市人民检察院工作报告\n——2031年1月9日在某州市第九届人民代表大会第三次会议上\n某州市人民检察院检察长 某某\n"
            "各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议,并请市政协各位委员和列席人员提出意见。\n"
            "一、过去一年的主要工作\n一年来,全市检察机关坚持以人民为中心,依法履行法律监督职责,各项检察工作取得新进展。\n")
    got = meta(text)
    assert got["issuers"] == ["某州市人民检察院"]
    assert got["doc_type"] == "报告"


def test_a_court_by_its_rank_alone_stays_as_said_without_a_congress_of_its_rank():
    # (no occasion names the place, or a county's congress hears a city's court: the speaker's own words)
    text = ("法院工作报告\n各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。\n"
            "一、过去一年的主要工作\n一年来,全市法院坚持公正司法,审结各类案件一万余件,审判质效持续向好,群众满意度稳步提升。\n")
    assert meta(text)["issuers"] == ["市中级人民法院"]
    county = text.replace("法院工作报告\n", "法院工作报告\n——2031年1月9日在某县第九届人民代表大会第三次会议上\n")
    assert meta(county)["issuers"] == ["市中级人民法院"]


def test_a_place_filed_in_brackets_before_the_title_is_no_part_of_its_issuer():
    text = ("(某丘市)某丘市人民政府关于印发某丘市生态环境保护规划的通知(某政秘〔2031〕5号)\n"
            "各乡镇人民政府,各街道办事处,市政府各部门:\n现将《某丘市生态环境保护规划》印发给你们,请认真贯彻执行。\n")
    got = meta(text)
    assert got["issuers"] == ["某丘市人民政府"]
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "规划"
