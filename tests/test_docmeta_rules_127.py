"""Document metadata: readers written in stop 30, each on sentences written for it.

Every name, number and date here is made up; only the forms' formulae are a document's.
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta

PROSE = ("为做好本年度各项工作,结合本地实际,现就有关事项作出安排。一、加强组织领导,明确工作责任。"
         "二、抓好任务落实,确保各项工作按期完成。\n")


def test_a_form_spaced_out_its_wide_space_lost_to_an_encodings_mark_closes_the_title():
    # a title over three lines, its form spaced out with a wide space an encoding turned into ?
    for sep in (" ? ", "?", " ？ ", " \ufffd "):
        text = f"某某市某某管理局\n关于做好某某年某某工作的\n通{sep}知\n\n各县、区某某局:\n\n{PROSE}"
        got = meta(text)
        assert got["doc_type"] == "通知", sep
        assert got["issuers"] == ["某某市某某管理局"], sep


def test_a_line_of_marks_and_characters_is_no_form():
    # (a table of contents' heading, 目? 录, names no form: the page stays no document)
    text = f"某某市某某管理局工作总结\n\n目 ? 录\n\n{PROSE}"
    assert meta(text)["doc_type"] is None
