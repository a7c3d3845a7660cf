"""Rules written this stop, on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta


def test_a_bureau_listed_under_a_sars_heading_is_that_sars_on_a_page_of_that_sar():
    # a bureau's name has the shape of a central body's (某某局); the lexicon lists it under Macau's
    # government and the page's words are Macau's: Macau's, provincial level
    text = ("澳门特别行政区\n\n政府机关通告及公告\n\n行政公职局\n\n通告\n\n某职程开考通告\n\n"
            "根据某某法律的规定,本局决定举行某职程的开考,报考者须为澳门特别行政区居民,"
            "报考费为澳门元二百元,报名地点为本局。\n")
    got = meta(text)
    assert got["issuers"] == ["行政公职局"]
    assert (got["level"], got["region"]) == ("provincial", ["澳门特别行政区"])


def test_a_central_body_on_a_mainland_page_stays_national():
    text = ("国家统计局\n\n公告\n\n某项统计调查公告\n\n"
            "根据统计法的规定,国家统计局决定开展某项统计调查,请各地区、各部门按时报送。\n")
    got = meta(text)
    assert got["level"] == "national"


def test_variant_forms_opencc_leaves_fold_to_their_standard_character_one_for_one():
    from policymine.normalize import fold_variants, normalize

    assert fold_variants("陜西省某县") == "陕西省某县"
    text = "陜西省人民政府關於某某工作的通知\n囯家標準"
    out = normalize(text).text
    assert out == "陕西省人民政府关于某某工作的通知\n国家标准"
    assert normalize("陜西省", to="keep").text == "陜西省"  # kept as written when not converting


def test_a_joint_issuer_with_a_variant_form_of_its_province_is_placed():
    text = ("中共陜西省委 陜西省人民政府\n关于某某工作的实施意见\n陜发〔2031〕3号\n"
            "各市、县、区党委和人民政府:\n现就某某工作提出如下实施意见。\n")
    from policymine.pipeline import process_text

    got = process_text(text)  # the variant folded where the page is normalised, before any reader
    assert got["doc_number"] == "陕发〔2031〕3号"
    assert (got["level"], got["region"]) == ("provincial", ["陕西省"])


def test_a_plan_outline_under_its_note_of_adoption_is_the_sessions():
    body = ("\n目 录\n\n第一章 发展基础\n\n过去五年,全省经济总量持续增长,人民生活水平不断提高。\n")
    for dash in ("——", "—", ""):
        got = meta("某某省国民经济和社会发展第二十个五年规划纲要\n\n"
                   f"{dash}2031年2月3日某某省第十九届人民代表大会第四次会议通过\n" + body)
        assert got["issuers"] == ["某某省第十九届人民代表大会第四次会议"], dash
        assert got["signed"] == "2031-02-03"
