"""Document metadata rules of blind round 24 (Taiwan law-database histories with spaced
divisions, codes and forms broken over lines, a letter citing an act, a chamber's meeting, a
transfer of competence, a labelled interpretation record; a Macau law's consolidated text and a
gazette's declaration; a Hong Kong circular's serial with its subject; a gazette's contents),
each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

PROSE = ("为推动本项工作规范有序开展,明确各方职责,提升服务质量,保障当事人合法权益,结合实际情况,"
         "现就有关事项作出规定,请各有关单位认真遵照执行。")

# --------------------------------------------------------------------------- #
# Taiwan histories
# --------------------------------------------------------------------------- #


def test_a_bracketed_division_with_a_stray_space():
    page = ("1.中華民國九十年三月四日財政部(90)台財某字第 90712345 號函訂定發布全文 5 點\n"
            "2.中華民國九十五年七月八日行政院某某監督委員會某管(二 )字第 0951234567 號令發布自即日起停止適用\n")
    m = meta(page)
    assert m["doc_number"] == "某管(二)字第0951234567号"
    assert m["issuers"] == ["行政院某某监督委员会"]
    assert m["doc_type"] == "令"
    assert m["signed"] == "2006-07-08"
    assert m["effective"] is None  # (a suspension puts nothing into force)
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]


def test_a_word_with_its_division_digit_spaced():
    page = ("1.中華民國一百年五月六日行政院某某委員會某人 2 字第 1 000012345 號令訂定發布全文 4 條\n"
            "2.中華民國一百零二年八月九日行政院某某委員會某人 2 字第 10200 54321 號令發布廢止\n")
    m = meta(page)
    assert m["doc_number"] == "某人2字第1020054321号"
    assert m["doc_type"] == "令"
    assert m["signed"] == "2013-08-09"


def test_a_form_broken_over_a_line_and_a_transfer_of_competence():
    page = ("1.中華民國一百零八年二月三日總統華總一某字第 10800012345 號\n令制定公布全文 12 條\n"
            "中華民國一百十二年六月七日行政院院臺某字第 1120012345 號公\n"
            "告第 2 條、第 3 條第 1 款、第 5 條所列屬「行政院某某委員會」之權責事項,自一百十二年九月\n"
            "一日起改由「某某部」管轄\n")
    m = meta(page)
    assert m["doc_number"] == "院台某字第1120012345号"
    assert m["doc_type"] == "公告"
    assert m["signed"] == "2023-06-07"
    assert m["effective"] == "2023-09-01"


def test_a_transfer_clause():
    assert d.RE_TRANSFER_FROM.search("之权责事项,自一百十二年九月一日起改由「某某部」管辖")
    assert not d.RE_TRANSFER_FROM.search("自一百十二年九月一日起施行")


def test_an_act_a_letter_cites_is_no_act_of_its_history():
    page = ("「某某申報作業要點」第3點,業經某某部於中華民國113年4月5日以某授某字第1131234567號令修正發布,"
            "茲檢送發布令1份,請查照。\n說明: 依據某某部113年4月5日某授某字第1131234567A號函辦理。\n")
    m = meta(page)
    assert m["doc_number"] is None
    assert m["doc_type"] is None
    assert m["signed"] is None


def test_a_chambers_rules_dated_by_its_meeting():
    page = ("法規資訊\n立法/院務\n中華民國95年3月4日\n"
            "中華民國111年5月6日立法院第9屆第3會期第七次會議提報院會修正發布\n附件下載\n")
    m = meta(page)
    assert m["issuers"] == ["立法院"]
    assert m["signed"] == "2022-05-06"
    assert m["doc_number"] is None and m["doc_type"] is None
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]
    assert d.RE_CHAMBER_ACT.search("中华民国111年5月6日某市议会第3届第2次定期大会通过")
    assert not d.RE_CHAMBER_ACT.search("中华民国111年5月6日立法院院会讨论")
    assert d.RE_CHAMBER_ACT.match("2.中华民国111年5月6日立法院第9届第3会期第七次会议通过")
    # (a sentence of news that dates a sitting is no line of a history)
    assert not d.RE_CHAMBER_ACT.match("记者报导,中华民国111年5月6日立法院第9届第3会期第七次会议通过某某法案")


def test_an_interpretation_record_of_labelled_fields():
    page = ("大法官解釋(舊制)\n發文單位:\n司法院\n解釋字號:\n釋字第 321 號\n解釋日期:\n民國 70 年 03 月 04 日\n"
            "解釋文:\n" + PROSE + "\n")
    m = meta(page)
    assert m["doc_number"] == "释字第321号"
    assert m["issuers"] == ["司法院"]
    assert m["doc_type"] == "解释"
    assert m["signed"] == "1981-03-04"
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]


def test_a_ruling_number_only_as_a_labelled_number():
    assert d.read_fields(["解释字号: 释字第 12 号"]) == {"doc_number": "释字第12号"}
    assert d.RE_RULING_NUMBER.match("111年宪判字第8号")
    assert d.find_doc_number("释字第12号") is None  # (a line of prose names rulings: only the label makes one the page's)


# --------------------------------------------------------------------------- #
# Macau and Hong Kong
# --------------------------------------------------------------------------- #


def test_a_law_shown_in_a_versions_year():
    page = ("第7/2030號法律 (2035年)\n"
            "《第7/2030號法律》經立法會於2030年5月6日通過,行政長官某某某於2030年5月8日簽署並發佈,"
            "並於2030年5月9日刊登於《澳門特別行政區公報》。\n"
            "立法會根據《澳門特別行政區基本法》第七十一條(一)項,制定本法律。\n第一條 標的\n" + PROSE + "\n")
    m = meta(page)
    assert m["doc_number"] == "第7/2030号法律"
    assert m["issuers"] == ["立法会"]
    assert m["doc_type"] == "法律"
    assert m["signed"] == "2030-05-08"
    assert m["published"] == "2030-05-09"
    assert m["region"] == ["澳门特别行政区"]


def test_a_gazettes_declaration_under_its_body():
    page = ("第 3 期\n二零三一年一月八日,星期三\n澳門特別行政區\n某 某 事 務 局\n聲 明\n"
            "茲聲明,根據現行第12/2015號法律的規定,下列人員在本局擔任職務的行政任用合同於下述日期失效。\n"
            "———\n二零三零年十二月二十日於某某事務局\n局長 某某某\n")
    m = meta(page)
    assert m["issuers"] == ["某某事务局局长"]
    assert m["doc_type"] == "声明"
    assert m["signed"] == "2030-12-20"
    assert m["published"] == "2031-01-08"
    assert m["region"] == ["澳门特别行政区"]


def test_a_circulars_serial_with_its_subject_reposted_under_a_dateline():
    page = ("2031年5月6日 星期二\n某某局通告第7/2031號 某某學校採購程序\n"
            "本通告旨在公布某某學校採購程序的修訂及更新相關指引。" + PROSE + "\n某某局通告第9/2025號,現予取消。\n")
    m = meta(page)
    assert m["doc_number"] == "某某局通告第7/2031号"
    assert m["issuers"] == ["某某局"]
    assert m["doc_type"] == "通告"
    assert m["published"] == "2031-05-06"
    assert d.find_doc_number("某某局通告第7/2031号 某某学校采购程序") == "某某局通告第7/2031号"
    assert d.find_doc_number("某某局通告第7/2031号 某某学校采购程序,现予取消。") is None


def test_a_gazettes_contents_is_no_document():
    page = ("第 9 期\n二零三一年三月四日,星期三\n某某公報\n目 錄\n某某辦公室:\n"
            "第12/2031號行政長官批示,委任某某委員會委員。\n政府機關通告及公告\n某某局:\n"
            "- 公告一則,關於某某工程的公開招標。\n")
    assert all(not v for v in meta(page).values())


def test_a_forms_guard_characters():
    assert d.doc_type_of("最高人民法院关于审理某某案件适用法律若干问题的解释") == "解释"
    assert d.doc_type_of("某某局关于某某事项的声明") == "声明"
    assert d.doc_type_of("主要统计指标解释") is None
    assert d.doc_type_of("统计名词解释") is None
    assert d.doc_type_of("免责声明") is None and d.doc_type_of("网站隐私声明") is None
    assert d.doc_type_of("声明") == "声明"  # (a heading of the form alone)


def test_a_sites_disclaimer_is_no_document():
    page = "免责声明\n本网站所载内容仅供参考,本网站不对其准确性和完整性作任何保证。" + PROSE + "\n"
    assert all(not v for v in meta(page).values())
