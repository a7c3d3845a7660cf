"""Document metadata rules of held-out rounds 15 and 16 (Taiwan histories, Macau and Hong Kong
notices, mainland title blocks), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

import pytest

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

# --------------------------------------------------------------------------- #
# Taiwan: regulation histories
# --------------------------------------------------------------------------- #

HISTORY_OLDEST_FIRST = """1.中華民國一百零五年三月二日交通部交航字第 10500123450 號令訂定發布全文 8 條;並自一百零五年四月一日施行
2.中華民國一百十二年九月九日交通部交航字第 1120098765B 號令修 正發布全文 9 條;並自發布日施行
"""


def test_a_serial_ending_in_a_letter_and_the_latest_act_of_an_oldest_first_history():
    got = meta(HISTORY_OLDEST_FIRST)
    assert got["doc_number"] == "交航字第1120098765B号"
    assert got["issuers"] == ["交通部"]
    assert got["doc_type"] == "令"
    assert got["signed"] == "2023-09-09"
    assert got["effective"] == "2023-09-09"  # 并自发布日施行 on the latest act's own line
    assert (got["level"], got["region"]) == ("provincial", ["台湾省"])


HISTORY_JOINT = """法規歷史沿革
中華民國110年5月6日
中華民國110年5月6日經濟部經能字第11004455660號、環境部環水字第1100033221號令會銜訂定發布全文十二條,自發布日施行
回到頁首
"""


def test_a_joint_order_names_both_bodies_and_keeps_the_lead_number():
    got = meta(HISTORY_JOINT)
    assert got["doc_number"] == "经能字第11004455660号"
    assert got["issuers"] == ["经济部", "环境部"]
    assert got["doc_type"] == "令"
    assert got["signed"] == got["effective"] == "2021-05-06"


HISTORY_NEWEST_FIRST = """3.中華民國111年8月8日文化部文源字第11100777770號令修正
2.中華民國108年2月1日文化部文源字第10800111110號令修正,但
第9條自107年12月1日施行
1.中華民國100年1月3日文化部(100)文源字第 1000012340 號令訂定
"""


def test_an_older_acts_clause_is_not_the_latest_acts_effect():
    got = meta(HISTORY_NEWEST_FIRST)
    assert got["doc_number"] == "文源字第11100777770号"
    assert got["signed"] == "2022-08-08"
    assert got["effective"] is None
    assert (got["level"], got["region"]) == ("provincial", ["台湾省"])


def test_the_same_day_and_a_day_in_numerals_on_the_latest_acts_line():
    page = """1.中華民國99年5月5日農業部農牧字第09900555550號公告訂定全文3點
2.中華民國109年6月6日農業部農牧字第10900666660號公告修正全文3點;並自即日生效
"""
    assert meta(page)["effective"] == "2020-06-06"
    page = """1.中華民國一百十三年七月一日衛生福利部衛部醫字第1130077777號令修正發布;並自一百十二年十二月一日生效
"""
    assert meta(page)["effective"] == "2023-12-01"  # retroactive, kept as written


def test_a_city_governments_number_names_it_by_its_initial():
    assert d._taiwan_local_government("花府財字第1120011111号") == "花莲县政府"
    assert d._taiwan_local_government("高市府教字第1120011111号") == "高雄市政府"
    assert d._taiwan_local_government("南市府教字第1120011111号") is None  # (南: 南投县, not a 市)
    assert d._taiwan_local_government("台财税字第1120011111号") is None
    page = """1.中華民國100年3月3日花府財字第 1000033333 號函頒全文
5 點;並自發布日施行
2.中華民國113年10月10日花府財字第1130101010 號函修正
第2點、第3點
"""
    got = meta(page)
    assert got["issuers"] == ["花莲县政府"]
    assert got["doc_type"] == "函"
    assert got["effective"] is None  # the first act's clause on its continuation line
    assert (got["level"], got["region"]) == ("city", ["台湾省", "花莲县"])


def test_a_county_autonomy_regulation_on_a_law_database():
    page = """法規名稱: 澎湖縣公有零售市場管理自治條例
時間: 中華民國095年03月07日

第一條  澎湖縣政府(以下簡稱本府)為加強公有零售市場之管理,特制定本自治條例。
第二條  本自治條例之主管機關為本府。
"""
    got = meta(page)
    assert got["issuers"] == ["澎湖县政府"]
    assert got["doc_type"] == "条例"
    assert got["signed"] == got["published"] == "2006-03-07"
    assert (got["level"], got["region"]) == ("city", ["台湾省", "澎湖县"])


# --------------------------------------------------------------------------- #
# Macau: closing clauses and bureaus' notices
# --------------------------------------------------------------------------- #


def test_macau_closing_clauses():
    assert d.effective_clause("本批示自二零二四年三月一日起產生效力。".replace("產", "产"), None) == "2024-03-01"
    assert d.effective_clause("核准某基金二零二四年財政年度之預算,并于二零二四年一月一日起开始执行。", None) == "2024-01-01"
    assert d.RE_DAY_AFTER.search("本行政命令自公布翌日起生效")


MACAU_ORDER = """澳 門 特 別 行 政 區

行政長官辦公室

法規:

第71/2022號行政命令

公報編號:

30/2022

刊登日期:

2022.7.25

第71/2022號行政命令

行政長官行使《澳門特別行政區基本法》第五十條規定的職權,發佈本行政命令。

第一條

將某項權限授予某委員會主席。

第二條

本行政命令自公佈翌日起生效。

二零二二年七月十八日。

命令公佈。

行政長官 賀一城
"""


def test_in_force_the_day_after_the_gazette_day_the_page_gives():
    got = meta(MACAU_ORDER)
    assert got["published"] == "2022-07-25"
    assert got["effective"] == "2022-07-26"


MACAU_NOTICE = """第 12 期

政府機關通告及公告

二零二四年三月二十日,星期三

澳門特別行政區

政府機關通告及公告

旅 遊 局

公 告

根據某行政法規的規定,現公佈某導遊考試的合格名單,名單張貼於本局大樓通告欄,並上載本局網頁內,以供查閱。

二零二四年三月十二日於旅遊局

局長 區文康

告 示

某委員會於某日會議議決,有關資料如下:
"""


def test_a_bureaus_notice_dated_in_its_name_under_its_heading():
    got = meta(MACAU_NOTICE)
    assert got["issuers"] == ["旅游局"]
    assert got["doc_type"] == "公告"
    assert got["signed"] == "2024-03-12"
    assert got["published"] == "2024-03-20"  # the gazette issue's day at the head
    assert (got["level"], got["region"]) == ("provincial", ["澳门特别行政区"])


# --------------------------------------------------------------------------- #
# Hong Kong: Transport Department orders
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("clause,day", [
    ("下令由2024年6月2日晚上9時30分起,下列路段劃為限制區", "2024-06-02"),
    ("下令由2024年6月2日上午7時至2024年9月1日下午6時期間,某街劃為臨時限制區", "2024-06-02"),
    ("下令由2011815日上午10時起,某道劃為禁區", "2011-08-15"),
])
def test_an_order_runs_from_its_day(clause, day):
    page = f"""道路交通 (交通管制) 規例

某街限制區

本人現行使《道路交通(交通管制)規例》第14條所賦予的權力,{clause}。

有關地點將設置適當交通標誌。

署理運輸署署長黎一心
"""
    got = meta(page)
    assert got["issuers"] == ["运输署署长"]
    assert got["effective"] == day


@pytest.mark.parametrize("line,day", [
    ("2011815", "2011-08-15"), ("2018525", "2018-05-25"), ("2018111", None), ("20181214", "2018-12-14"), ("202091", "2020-09-01"),
])
def test_seven_glued_digits_are_a_day_when_one_reading_only_is(line, day):
    assert d._glued_date(line) == day


# --------------------------------------------------------------------------- #
# mainland title blocks, issuers and places
# --------------------------------------------------------------------------- #

OUTLINE_NOTICE = """辽宁省人民政府关于印发
辽宁省国民经济和社会发展
第十五个五年规划
和2040年远景目标纲要的通知

各市人民政府,省政府各厅委、各直属机构:

《辽宁省国民经济和社会发展第十五个五年规划和2040年远景目标纲要》已经省人民代表大会审查批准,现印发给你们,请认真组织实施。

辽宁省人民政府
2026年2月3日
"""


def test_an_issuing_notices_title_over_four_lines_and_a_line_opening_with_an_ordinal():
    got = meta(OUTLINE_NOTICE)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "纲要"
    assert got["issuers"] == ["辽宁省人民政府"]


WORK_REPORT = """政府工作报告

时间:2026-01-20 来源:某网

宁夏回族自治区代主席 某某某

各位代表:

  我代表自治区人民政府,向大会报告工作,请予审议,并请自治区政协委员和其他列席人员提出意见。

一、过去一年工作回顾

  过去一年,全区上下坚持稳中求进工作总基调,经济运行总体平稳,各项事业取得新进展,人民生活持续改善,社会大局和谐稳定。
"""


def test_a_work_report_spoken_for_its_government_presented_by_the_places_head():
    got = meta(WORK_REPORT)
    assert got["issuers"] == ["宁夏回族自治区人民政府"]
    assert got["doc_type"] == "报告"
    assert got["level"] == "provincial"


BULLETIN = """新疆生产建设兵团
2025年国民经济和社会发展统计公报
新疆生产建设兵团统计局
国家统计局兵团调查总队
2025年,兵团经济运行稳中有进,全年地区生产总值比上年增长百分之六,农业生产保持稳定,工业生产较快增长,居民收入持续增加,各项社会事业全面发展。
"""


def test_two_bureaus_on_their_own_lines_under_a_bulletins_title():
    got = meta(BULLETIN)
    assert got["doc_type"] == "公报"
    assert got["issuers"] == ["新疆生产建设兵团统计局", "国家统计局兵团调查总队"]
    assert (got["level"], got["region"]) == ("provincial", ["新疆维吾尔自治区"])


def test_a_city_body_named_without_its_city_is_placed_by_the_government_the_page_names():
    text = "来源:江阴市人民政府网站\n市政府关于表彰某某的决定"
    assert d.issuer_place("市政府", text) == ("county", ["江苏省", "无锡市"])
    assert d.issuer_place("市政府", "没有名字的页面") == (None, [])


def test_and_inside_one_bodys_name_is_a_signature():
    assert d.is_issuer_line("某某市住房和城乡建设局")
    assert d.is_issuer_line("三亚市发展和改革委员会")
    assert not d.is_issuer_line("三亚市财政局和三亚市税务局")  # two bodies joined by 和


AMENDING_DECISION = """福建省人民政府关于修改《福建省某某管理办法》等12件规章的决定

来源:某法制网 发布时间:2005-03-01 10:00

2005年1月5日福建省人民政府第40次常务会议审议通过  2005年1月12日福建省人民政府令第99号公布  自公布之日起施行)

    为了贯彻实施有关法律,省人民政府决定修改下列12件规章。
"""


def test_an_orders_note_under_an_amending_decisions_title():
    got = meta(AMENDING_DECISION)
    assert got["doc_number"] == "福建省人民政府令第99号"
    assert got["signed"] == got["effective"] == "2005-01-12"
    assert got["doc_type"] == "决定"
    assert got["issued_type"] is None


MASKED = """甘政办〔2026〕9号
各市、自治州人民政府,省政府各委、办、厅、局:
《某某示范区建设工作方案》已经 (略) 政府同意,现印发给你们,请认真组织实施。
(略) 人民政府办公厅
2026年3月4日
(此件公开发布)
"""


def test_a_masked_signature_and_a_placeless_body_placed_by_its_number():
    got = meta(MASKED)
    assert got["issuers"] == ["人民政府办公厅"]
    assert got["signed"] == "2026-03-04"
    assert (got["level"], got["region"]) == ("provincial", ["甘肃省"])
    assert got["doc_type"] is None  # a lost title that only issues (as round 7's rule)
