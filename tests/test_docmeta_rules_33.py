"""Document metadata rules of blind rounds 33 and 34 (mainland work reports and joint notices;
Taiwan 要点 and 公告; Hong Kong departments' broadcast notices relayed by the news service), each
on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

# --------------------------------------------------------------------------- #
# Hong Kong broadcast notices relayed by the news service (round 34)
# --------------------------------------------------------------------------- #


def test_a_special_report_cue_with_the_body_speaking():
    m = d.RE_BROADCAST_ANY.search("请立即播出下列特别报告,并作多次重播:\n「康乐设施署(康署)宣布,所有泳池暂停开放。」")
    assert m and m.group("org") == "康乐设施署" and m.group("form") == "报告"


def test_a_cue_naming_no_form():
    assert d.RE_BROADCAST_BARE.search("电台及电视台当值广播员注意,请尽速播出并于适当时间重播:")
    assert not d.RE_BROADCAST_BARE.search("市民请注意,请尽速离开低洼地区。")


def test_the_body_at_the_head_of_a_title():
    assert d.RE_TITLE_BODY_HEAD.match("海岸事务总署临时热线停止运作").group("org") == "海岸事务总署"


RELAYED = """所有社区会堂停止开放
*************************
当值宣布员注意:

  请立即播出下列特别报告,并请多次重播:

  「康乐设施署(康署)宣布,由于暴雨警告已经发出,所有社区会堂已经停止开放。」

完
2019年7月3日(星期三)
香港时间09时15分
"""


def test_a_relayed_special_report():
    got = meta(RELAYED)
    assert got["issuers"] == ["康乐设施署"]
    assert got["doc_type"] == "报告"
    assert got["published"] == "2019-07-03" and got["signed"] is None
    assert (got["level"], got["region"]) == ("provincial", ["香港特别行政区"])


BARE = """海岸事务总署临时热线停止运作
****************

電台及電視台當值廣播員注意,請盡速播出並於適當時間重播:

  由於暴雨警告信號已取消,海岸事務總署設立的臨時熱線2345 6789現已停止運作。


2021年5月8日(星期六)
香港時間18時05分
"""


def test_a_broadcast_notice_naming_no_form_nor_speaker():
    got = meta(BARE)
    assert got["issuers"] == ["海岸事务总署"]
    assert got["doc_type"] is None
    assert got["published"] == "2021-05-08"
    assert (got["level"], got["region"]) == ("provincial", ["香港特别行政区"])


def test_a_news_story_quoting_a_cue_is_no_broadcast_notice():
    text = ("本报讯 昨日台风袭港,电台一早播出当局的广播。记者在街头看到,市民纷纷赶回家中,商铺提早关门,"
            "交通一度繁忙。有市民表示,今年的风季来得特别早,希望大家注意安全。\n"
            "2021年5月8日(星期六)\n")
    assert meta(text)["issuers"] == []


# --------------------------------------------------------------------------- #
# a joint notice of a party committee and its government (round 33)
# --------------------------------------------------------------------------- #


def test_a_party_committee_and_its_government_run_together():
    assert d._split_issuers("中共青岚市委青岚市人民政府") == ["中共青岚市委", "青岚市人民政府"]
    assert d._party_and_government_33("中共青岚县委员会青岚县人民政府") == ["中共青岚县委员会", "青岚县人民政府"]
    # (another place's government after the committee is no run-together pair)
    assert d._party_and_government_33("中共青岚市委白石县人民政府") == ["中共青岚市委白石县人民政府"]


def test_typewriter_quotes_mixed_with_curly_ones_pair_up():
    assert d._quotes_paired_33('实施"五大工程"和"十件实事”')
    assert d._quotes_paired_33("实施“五大工程”")
    assert not d._quotes_paired_33("实施“五大工程")
    assert not d._quotes_paired_33('实施"五大工程”和“十件')


JOINT = """中共青岚市委青岚市人民政府关于实施2019年"五大工程"和"十件实事”的通知
青岚党发[2019〕7号
各县(区)党委、人民政府,市直各单位:
为加快全市经济社会发展,市委、市政府决定实施2019年"五大工程"和"十件实事"。现将有关事项通知如下:
一、五大工程
"""


def test_a_joint_notice_with_both_bodies_in_its_title():
    got = meta(JOINT)
    assert got["issuers"] == ["中共青岚市委", "青岚市人民政府"]
    assert got["doc_type"] == "通知" and got["doc_number"] == "青岚党发[2019〕7号"


# --------------------------------------------------------------------------- #
# a county's work report spoken for 县人民政府, its county named bare in the text (round 33)
# --------------------------------------------------------------------------- #


def test_the_county_a_text_names_bare():
    text = "这一年,岚皋发展再上台阶。全县上下团结一心,岚皋的产业更加兴旺。"
    assert d._spoken_county_33(text) == "岚皋县"
    assert d._spoken_county_33("这一年,岚皋发展再上台阶。") is None  # (named once: too little)
    assert d._spoken_county_33("岚皋和宁远两地,岚皋与宁远互学互鉴。") is None  # (two named as often)


REPORT = """政 府 工 作 报 告
(2024年1月9日在县第十九届人民代表大会第三次会议上)
县长 王某某
各位代表:
现在,我代表县人民政府作工作报告,请予审议,并请政协委员提出意见。
一、2023年工作回顾
2023年是岚皋发展进程中极不平凡的一年。一年来,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济运行总体平稳,民生保障持续加强。
这一年,岚皋产业提质增效,城乡面貌明显改善,各项事业取得新的进展,群众获得感不断增强。
"""


def test_a_work_report_spoken_for_the_county_government_it_leaves_unnamed():
    got = meta(REPORT)
    assert got["issuers"] == ["岚皋县人民政府"]
    assert got["doc_type"] == "报告" and got["signed"] == "2024-01-09"
    assert (got["level"], got["region"]) == ("county", ["陕西省", "安康市"])


def test_a_work_report_naming_no_county_keeps_no_issuer():
    got = meta(REPORT.replace("岚皋", "本地"))
    assert got["issuers"] == []


# --------------------------------------------------------------------------- #
# a Taiwan agency's 要点 on its law database: the title glued to its English name, its history's
# 令 lines (round 34)
# --------------------------------------------------------------------------- #


def test_a_title_without_its_english_name():
    assert d._title_line("某某部某某署河川巡守志工奖励要点Directions for Rewarding River Patrol Volunteers") == "某某部某某署河川巡守志工奖励要点"
    assert d._title_line("某某市公园管理办法 Regulations for the Parks of the City") == "某某市公园管理办法"
    assert d._title_line("某某市公园管理办法") == "某某市公园管理办法"


POINTS = """

經濟部礦務署礦區巡查志工獎勵要點Directions for Rewarding Volunteers of Mining Area Patrols of the Mining Agency

1.中華民國 103 年 4 月 2 日經濟部礦務署經礦字第 10304011110 號令 訂定發布全文 8 點;並自即日生效
2.中華民國 107 年 9 月 14 日經濟部礦務署經礦字第 10709022220 號令 修正發布第 3 點;並自即日生效
"""


def test_an_agencys_points_issued_by_its_historys_orders():
    got = meta(POINTS)
    assert got["doc_type"] == "要点"
    assert got["issuers"] == ["经济部矿务署"]
    assert got["doc_number"] == "经矿字第10709022220号"
    assert got["signed"] == "2018-09-14"


# --------------------------------------------------------------------------- #
# a Taiwan council's 公告 kept as a record of labelled fields (round 34)
# --------------------------------------------------------------------------- #

FIELDED = """  • 公告某類動物出入公共場所應採取之措施 發文機關:某某委員會
    發文字號:某某委員會 91.03.05. (91) 某牧字第910012345號函
    發文日期:民國91年3月5日
    主旨:公告某類動物出入公共場所應採取之措施。
    依據:某某保護法第十條第二項。
    公告事項:自民國九十一年七月一日起,某類動物出入公共場所,應由成年人伴同。
"""


def test_a_number_keeps_its_bracketed_year():
    got = meta(FIELDED)
    assert got["doc_number"] == "(91)某牧字第910012345号"


def test_the_day_the_announced_items_run_from():
    got = meta(FIELDED)
    assert got["doc_type"] == "公告" and got["signed"] == "2002-03-05"
    assert got["effective"] == "2002-07-01"
    assert d.RE_ITEMS_FROM_34.match("公告事项:自2003年1月1日起,某某").group("d") == "2003年1月1日"
    assert not d.RE_ITEMS_FROM_34.match("公告事项:某某措施自公告之日起实施")


# --------------------------------------------------------------------------- #
# a Taiwan ministry's 公告 kept as JSON with HTML inside: the form its record names (round 34)
# --------------------------------------------------------------------------- #


def test_a_letters_category_is_a_form():
    assert d.read_fields(["函类别：公告"]) == {"form": "公告"}
    assert d.read_fields(["函类别：一般"]) == {}


LETTER = ('{"RowId":0,"Title":"某類食品標示應遵行事項","NoticeContent":"<p><span>發文機關：某某部</span></p>'
          '<p><span>函類別：公告</span></p><p><span>發文日期：中華民國105年3月2日</span></p>'
          '<p><span>發文字號：部授某字第1051300001號</span></p>'
          '<p><span>主旨：公告修正「某類食品標示應遵行事項」。</span></p><p><span>依據：某某管理法第十條。</span></p>"}')


def test_a_notice_in_json_named_by_its_record():
    got = meta(LETTER)
    assert got["doc_type"] == "公告"
    assert got["doc_number"] == "部授某字第1051300001号" and got["signed"] == "2016-03-02"


# --------------------------------------------------------------------------- #
# a special municipality's 规程 on its law database's history view (round 34)
# --------------------------------------------------------------------------- #

HISTORY = """歷史法規

法規名稱: 某某市各區清潔隊組織規程
民國 103 年 7 月 21 日
圖表附件:
法規內容:
第 1 條
本規程依某某市清潔管理自治條例第五條訂定。
第 2 條
各區清潔隊置隊長一人,承區長之命,綜理隊務,並指揮監督所屬員工。
"""


def test_the_versions_day_under_the_name_of_the_rules():
    got = meta(HISTORY)
    assert got["doc_type"] == "规程"
    assert got["signed"] == "2014-07-21"
    assert got["issuers"] == []


# --------------------------------------------------------------------------- #
# a town's 通告 reposted by a local account (round 33)
# --------------------------------------------------------------------------- #

REPOSTED = """某某本地资讯
2021-07-04 08:12:45
暂停某某镇所有夜市活动!某某镇发布通告
关于暂停辖区内夜市活动的通告
为做好防汛工作,保障群众生命财产安全,经某某镇防汛指挥部研究决定,暂停辖区内夜市活动。现就有关事项通告如下:
一、夜市暂停期间,恢复时间另行通知。
二、本通告自即日起实施。
特此通告。
某某镇防汛指挥部
2021年7月3日
"""


def test_a_closing_clause_in_force_the_same_day():
    assert d.effective_clause("二、本通告自即日起实施。", "2021-07-03") == "2021-07-03"
    assert d.effective_clause("一、即日起,暂停全镇所有夜市活动。", "2021-07-03") is None


def test_a_reposted_notice_its_posting_time_above_its_title():
    got = meta(REPOSTED)
    assert got["doc_type"] == "通告" and got["signed"] == "2021-07-03"
    assert got["published"] == "2021-07-04"
    assert got["effective"] == "2021-07-03"


# --------------------------------------------------------------------------- #
# an issued title over three lines, its term on the notice's own line (round 33)
# --------------------------------------------------------------------------- #

THREE_LINES = """某政办字〔2022〕15号
某某市人民政府办公室关于
印发某某市美丽村庄建设三年行动方案
(2022—2024年)的通知
各县(市、区)人民政府,市政府有关部门:
经市政府同意,现将《某某市美丽村庄建设三年行动方案(2022-2024年)》印发给你们,请认真贯彻落实。
2022年5月6日
"""


def test_an_issued_title_whose_term_stands_on_the_notices_line():
    assert d.RE_TERM_LINE_33.match("(2022—2024年)的通知")
    got = meta(THREE_LINES)
    assert got["doc_type"] == "通知" and got["issued_type"] == "方案"
    assert got["issuers"] == ["某某市人民政府办公室"]


# --------------------------------------------------------------------------- #
# a town's 通告 headed by its city's bare name on a city guide site (round 33)
# --------------------------------------------------------------------------- #

TOWN = """邯郸石桥镇人民政府关于取消北石桥村集市的通告

  石桥镇人民政府关于取消北石桥村集市的通告

  为保障汛期群众安全,经研究,北石桥村集市本月暂停。现将有关事项通告如下:

  一、取消2021年3月2日北石桥村集市。

  特此通告

  石桥镇人民政府

  2021年2月27日
"""


def test_a_towns_government_under_its_citys_bare_name():
    got = meta(TOWN)
    assert got["issuers"] == ["石桥镇人民政府"]
    assert (got["level"], got["region"]) == ("county", ["河北省", "邯郸市"])
    # (no city before the town's name: unplaced)
    assert meta(TOWN.replace("邯郸石桥", "石桥"))["region"] == []
