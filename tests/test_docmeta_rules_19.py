"""Document metadata rules of blind rounds 19 and 20 (Taiwan regulation histories, letters and
rules dated in brackets, a Hong Kong relayed special announcement, Macau gazette notices and
despatches; mainland announcements, ministries, people's organisations, towns, congress
sessions and cut pages), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

# --------------------------------------------------------------------------- #
# Taiwan
# --------------------------------------------------------------------------- #

HISTORY_WITH_BROKEN_SERIALS = """1.中華民國一百零二年三月五日某某監督管理委員會某管保字第 1 0210001230 號令訂定發布全文 7 點;並自即日生效
2.中華民國一百零五年八月九日某某監督管理委員會某管保字第 105 40007770 號令發布自即日廢止
"""


def test_a_history_serial_broken_by_a_space_is_read_whole():
    m = meta(HISTORY_WITH_BROKEN_SERIALS)
    assert m["doc_number"] == "某管保字第10540007770号"
    assert m["issuers"] == ["某某监督管理委员会"]
    assert m["doc_type"] == "令"
    assert m["signed"] == "2016-08-09"
    assert m["effective"] is None  # (an abolition puts nothing into force)


HISTORY_RENAMED_BODY = """1.中華民國九十九年四月一日行政院某某委員會某法字第 0990
0123450 號令訂定發布全文 8 條;並自發布日施行
2.中華民國一百零七年二月六日某某委員會某法字第 107
00987650 號令修正發布第 3 條條文
"""


def test_a_serial_broken_over_lines_and_a_body_renamed_along_the_history():
    m = meta(HISTORY_RENAMED_BODY)
    assert m["doc_number"] == "某法字第10700987650号"
    assert m["issuers"] == ["某某委员会"]  # (the latest act's name, not the body's earlier one)
    assert m["signed"] == "2018-02-06"


def test_a_serial_still_needs_three_digits():
    assert d._roc_act().search("中華民國一百年一月一日某部某字第 1 2 號令".replace("號", "号")) is None


LETTER_RECORD = """跳到主要內容區塊
訂定「臺中市政府某某推動小組設置要點」。
主管機關: 臺中市政府某某局
發文機關: 臺中市政府
發文日期: 110.05.04
發文字號: 府授某字第1100123456號 函
異動性質: 訂定
旨: 訂定「臺中市政府某某推動小組設置要點」。
法規名稱: 臺中市政府某某推動小組設置要點
容:
一、本府為推動某某業務,特設某某推動小組,並訂定本要點。
"""


def test_a_law_database_record_of_a_letter_issuing_points_is_the_letter():
    m = meta(LETTER_RECORD)
    assert m["doc_type"] == "函"
    assert m["issued_type"] == "要点"
    assert m["issuers"] == ["台中市政府"]
    assert m["signed"] == "2021-05-04"


def test_a_points_record_without_a_subject_field_stays_the_points():
    m = meta(LETTER_RECORD.replace("旨: 訂定「臺中市政府某某推動小組設置要點」。\n", ""))
    assert m["doc_type"] == "要点"
    assert m["issued_type"] is None


def test_the_letter_subject_grammar():
    assert d.RE_LETTER_SUBJECT.match("旨: 修正「某某作业要点」。").group("t") == "某某作业要点"
    assert d.RE_LETTER_SUBJECT.match("旨: 请查照。") is None
    assert d.RE_LETTER_NUMBER.match("发文字号: 府某字第1100123456号 函")
    assert d.RE_LETTER_NUMBER.match("发文字号: 府某字第1100123456号") is None


YUAN_RULES = """考試院某某案件處理辦法  ( 95 年 07 月 14 日)
第1條
本辦法依某某法第六條之規定訂定之。
"""


def test_a_taiwan_bodys_rules_dated_in_brackets_without_minguo():
    m = meta(YUAN_RULES)
    assert m["issuers"] == ["考试院"]
    assert m["doc_type"] == "办法"
    assert m["signed"] == "2006-07-14"
    assert (m["level"], m["region"]) == ("provincial", ["台湾省"])


def test_a_bracketed_date_is_no_taiwan_date_for_a_body_not_of_taiwan():
    assert d.RE_TITLE_ROC_NOTE.search("某某办法 (95年07月14日)")
    assert not d._taiwan_body("浙江省人民政府", "浙江省人民政府")
    m = meta("某某大学附属医院某某管理办法  ( 95 年 07 月 14 日)\n第一条 为规范某某工作,制定本办法。\n")
    assert m["signed"] is None


def test_a_yuan_closes_a_titles_opening_name_unless_a_head_follows():
    m = meta("國務院辦公廳某某工作規則\n第一條 為規範某某工作,制定本規則。\n")
    assert m["issuers"] == ["国务院办公厅"]


# --------------------------------------------------------------------------- #
# Hong Kong and Macau
# --------------------------------------------------------------------------- #

RELAYED_BY_CUE = """
某某服務暫停
**********
請立即播出下列特別布告,並於適當時間重播:
「康樂及文化事務署宣布,由於黑色暴雨警告已經發出,所有公眾泳池今日暫停開放。」
完
2019年5月6日(星期一)
香港時間8時15分
"""


def test_a_special_announcement_relayed_by_the_announcers_cue():
    m = meta(RELAYED_BY_CUE)
    assert m["issuers"] == ["康乐及文化事务署"]
    assert m["doc_type"] == "布告"
    assert m["published"] == "2019-05-06"
    assert (m["level"], m["region"]) == ("provincial", ["香港特别行政区"])


GAZETTE_PAGE_CUT = """二零二一年三月二日於某某發展局——局長 某某某
一. 按照《某某稅規章》的規定,茲通知所有納稅人,應於二零二一年四月內向澳門財稅廳遞交申報書。
二. 有關人士可以到某某大樓索取上述表格。
二零二一年三月五日於旅遊局
局長 某某某
為填補某某局技術員職程第一職階二等技術員編制內
"""


def test_a_gazette_notice_whose_heading_was_cut_is_signed_at_its_foot():
    m = meta(GAZETTE_PAGE_CUT)
    assert m["issuers"] == ["旅游局"]
    assert m["signed"] == "2021-03-05"
    assert m["doc_type"] is None
    assert (m["level"], m["region"]) == ("provincial", ["澳门特别行政区"])


def test_a_bodys_head_matches_the_body_it_signs_for():
    assert d.RE_HEAD_OF_BODY.match("局长 某某某").group("head") == "局"
    assert d.RE_HEAD_OF_BODY.match("代署长 某某").group("head") == "署"
    assert d.RE_HEAD_OF_BODY.match("某某某") is None


DESPATCH_APPROVING_RULES = """第45/2023號行政長官批示
行政長官行使《澳門特別行政區基本法》第五十條賦予的職權,並根據某某法令的規定,作出本批示。
一、核准附於本批示並為其組成部分的《某某人員培訓課程規章》。
二、本批示自公佈翌日起生效。
二零二三年三月一日
行政長官 某某某
"""


def test_a_despatch_approving_annexed_rules_issues_them():
    m = meta(DESPATCH_APPROVING_RULES)
    assert m["doc_type"] == "批示"
    assert m["issued_type"] == "规章"


def test_a_despatch_approving_a_model_issues_nothing():
    m = meta(DESPATCH_APPROVING_RULES.replace("核准附於本批示並為其組成部分的《某某人員培訓課程規章》",
                                              "核准附於本批示之某某專用證件的式樣"))
    assert m["issued_type"] is None
    assert d._approved_annex("通知", ["核准附于本批示的《某某规章》"]) is None


# --------------------------------------------------------------------------- #
# mainland
# --------------------------------------------------------------------------- #

ANNOUNCEMENT_OF_A_REGULATION = """某某市人民代表大會常務委員會某某條例
某某市人民代表大会常务委员会某某条例
某某市人民代表大会常务委员会公告
第四十二号
  某某市第五届人民代表大会常务委员会第八次会议于2015年6月2日通过的《某某市人民代表大会常务委员会某某条例》业经某某省人民代表大会常务委员会批准,现予公布,自2015年10月1日起施行。
某某市人民代表大会常务委员会
2015年7月20日
"""


def test_an_announcement_numbered_in_chinese_numerals_under_its_regulation():
    m = meta(ANNOUNCEMENT_OF_A_REGULATION)
    assert m["doc_number"] == "某某市人民代表大会常务委员会公告第四十二号"
    assert m["doc_type"] == "条例"
    assert m["issued_type"] is None
    assert m["signed"] == "2015-07-20"
    assert m["effective"] == "2015-10-01"


def test_an_ordinal_in_chinese_numerals_is_a_number():
    assert d.find_doc_number("某省人民政府令第一百零三号") == "某省人民政府令第一百零三号"
    assert d.RE_ORDINAL_LINE.fullmatch("第 12 号") and d.RE_ORDINAL_LINE.fullmatch("第三十七号")


CUT_MINISTRY_TITLE = """《某某工程监理管理办法》的决定

  《自然资源部关于修改<某某工程监理管理办法>的决定》已经2020年3月2日第2次部务会议审议通过,现予发布,自发布之日起施行。

                     自然资源部部长 某某某
                     2020年3月10日

自然资源部关于修改《某某工程监理管理办法》的决定

  为优化营商环境,自然资源部决定对《某某工程监理管理办法》作如下修改:
"""


def test_a_title_cut_at_its_head_is_given_whole_below():
    m = meta(CUT_MINISTRY_TITLE)
    assert m["issuers"] == ["自然资源部"]
    assert m["doc_type"] == "决定"
    assert m["signed"] == "2020-03-10"


def test_chengxiang_is_no_township():
    assert d.issuer_place("住房城乡建设部")[0] == "national"
    assert d.issuer_place("杭州市城乡建设委员会") == ("city", ["浙江省", "杭州市"])
    assert d.RE_TOWN.match("住房城乡建设部") is None
    assert d.RE_TOWN.match("某某乡人民政府")


FEDERATION_NOTICE = """关于印发《某某康复服务实施办法》的通知
中华全国妇女联合会
关于印发《某某康复服务实施办法》的通知
妇字〔2012〕15号
各省、自治区、直辖市妇联:
现将《某某康复服务实施办法》印发给你们,请认真组织实施。
二○一二年三月九日
"""


def test_a_national_peoples_organisation_under_the_title():
    m = meta(FEDERATION_NOTICE)
    assert m["issuers"] == ["中华全国妇女联合会"]
    assert m["level"] == "national"
    assert d._national_body("中国残疾人联合会")
    assert not d._national_body("香港贸易发展局")  # (an organisation of a SAR is no national body)


TOWN_ON_ONE_LINE = ("索引号 | 00123/2021-00001 | ||\n发布机构 | 某某镇 |\n生成日期 | 2021-06-01 |\n"
                    "各村,各站所: 为做好防汛工作,制定《某某镇防汛应急预案》,现印发给你们,请认真执行。 "
                    "附件:某某镇防汛应急预案 宁波市海曙区某某镇人民政府 2021年6月1日 某某镇防汛应急预案 1.总则 为做好防汛工作……\n")


def test_a_signature_between_the_attachment_note_and_the_attachment():
    m = meta(TOWN_ON_ONE_LINE)
    assert m["issuers"] == ["宁波市海曙区某某镇人民政府"]
    assert m["signed"] == "2021-06-01"
    assert m["level"] == "county"


def test_the_annex_signature_wants_the_attachment_repeated():
    s = "附件:某某镇防汛应急预案 某某镇人民政府 2021年6月1日 另一份文件 1.总则"
    assert d.RE_ANNEX_SIGN.search(s) is None


LEGAL_OFFICE_RUN_ON = """现将州法制办正在审查的《某某自治州某某条例(草案)》予以公布,广泛听取社会各界的意见。请于2017年3月1日以前将意见反馈我办。
某某州人民政府法制办公室 2017年1月20日 ---------------------------------- 某某自治州某某条例(草案) 第一条 为了规范某某工作,制定本条例。
"""


def test_a_signature_run_on_past_a_rule_and_the_drafts_form_is_not_its_own():
    m = meta(LEGAL_OFFICE_RUN_ON)
    assert m["issuers"] == ["某某州人民政府法制办公室"]
    assert m["signed"] == "2017-01-20"
    assert m["doc_type"] is None  # (本条例 is the draft's)


SESSION_RESOLUTION = ("(2022年1月8日某某市第十五届人民代表大会第一次会议通过) 某某市第十五届人民代表大会第一次会议听取和审议了"
                      "市长代表市人民政府所作的政府工作报告。会议充分肯定市人民政府过去一年的工作,决定批准这个报告。\n")


def test_a_sessions_resolution_opening_with_its_note_of_adoption():
    m = meta(SESSION_RESOLUTION)
    assert m["issuers"] == ["某某市第十五届人民代表大会第一次会议"]
    assert m["signed"] == "2022-01-08"
    assert m["doc_type"] is None


def test_a_note_of_adoption_wants_the_session_to_open_the_text():
    assert d.RE_SESSION_NOTE.match("(2022年1月8日某市第十五届人民代表大会第一次会议通过) 会议听取了报告") is None


def test_glued_posting_labels():
    assert d.RE_GLUED_POSTED.search("栏目:工作方案发布:2020-05-06浏览:123").group("d") == "2020-05-06"
    assert d.RE_GLUED_POSTED.search("来源:某省人民政府网站2020-05-06 09:30").group("d") == "2020-05-06"
    assert d.RE_GLUED_POSTED.search("本办法自2020-05-06发布") is None


PLAN_BELOW_A_NOTICES_END = """某某网
落实《关于加强某某工作的意见》的任务分解方案
栏目:工作方案发布:2020-05-06浏览:300
请认真贯彻执行。
中共某某区委办公室
某某区人民政府办公室
2020 年 5 月 5 日
某某区落实《关于加强某某工作的意见》的任务分解方案
为落实某某工作会议精神,现结合本区实际,制定如下任务分解方案。
一、加强某某工作。
"""


def test_the_heading_of_what_stands_below_the_signature_is_no_title_of_the_signed_notice():
    m = meta(PLAN_BELOW_A_NOTICES_END)
    assert m["doc_type"] is None
    assert m["issued_type"] is None
    assert m["published"] == "2020-05-06"
