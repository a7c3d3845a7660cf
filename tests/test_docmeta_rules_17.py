"""Document metadata rules of blind rounds 17 and 18 (Taiwan city notices, a Macau fund's and a
Hong Kong authority's notices, mainland notices of police detachments and towns, joint opinions
of a government and a procuratorate, a model text in a writing guide), each on lines and pages
written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

EMPTY = {"doc_number": None, "issuers": [], "doc_type": None, "issued_type": None, "signed": None,
         "published": None, "effective": None, "level": None, "region": []}


# --------------------------------------------------------------------------- #
# Taiwan: a city's 公告 under its table
# --------------------------------------------------------------------------- #

def test_a_taiwan_serial_ending_in_a_letter_is_a_number():
    assert d.find_doc_number("府工字第1129876543B号") == "府工字第1129876543B号"
    assert d.find_doc_number("府工字第1129876543号") == "府工字第1129876543号"
    assert d.find_doc_number("府工字第12B号") is None  # (a serial of five digits or more)


CITY_NOTICE_UNDER_ITS_SUBJECT = """跳到主要內容
「擴大某某公園用地範圍案」自112年3月5日起公開展覽30天,並舉辦說明會一場,特此公告周知。
• 上版日期:112-03-04 上午 09:10:00
高雄市政府 公告
發文日期:中華民國112年3月3日
發文字號:高市府工字第1120012345C號
附件:計畫書、圖各1份
主旨:「擴大某某公園用地範圍案」自112年3月5日起公開展覽30天,並舉辦說明會一場,特此公告周知。
依據:都市計畫法第19條。
公告事項:
一、公開展覽期間:自民國112年3月5日起30天,期間任何公民或團體得以書面向本府提出意見。
二、說明會時間:民國112年3月20日上午10時,於某某區公所禮堂舉行,歡迎民眾踴躍參加並提供意見。
"""


def test_a_subject_shown_as_headline_above_the_table_does_not_end_the_title_block():
    got = meta(CITY_NOTICE_UNDER_ITS_SUBJECT)
    assert got["doc_number"] == "高市府工字第1120012345C号"
    assert got["issuers"] == ["高雄市政府"]
    assert got["doc_type"] == "公告"
    assert got["signed"] == "2023-03-03"
    assert got["published"] == "2023-03-04"  # 上版日期, a Taiwan portal's posting date, ROC with dashes
    assert (got["level"], got["region"]) == ("city", ["台湾省", "高雄市"])


MAYOR_SIGNED = """跳到主要內容
某某里活動中心新建工程說明會
主旨:「某某里活動中心新建工程」用地變更案自112年5月2日起公開展覽30天,特此公告周知。
依據:都市計畫法第19條。
公告事項:
一、公開展覽地點:本府公告欄及某某區公所公告欄,歡迎民眾前往閱覽並以書面提出意見供本府參考。
二、說明會簡報將上傳至高雄市政府工務局網站,民眾如有疑問請洽本府工務局承辦人員,以供審議參考。
市長陳某某
"""


def test_a_city_notice_signed_by_its_mayor_names_its_government_by_the_page():
    got = meta(MAYOR_SIGNED)
    assert got["issuers"] == ["高雄市政府"]
    assert got["doc_type"] == "公告"  # 特此公告周知
    assert (got["level"], got["region"]) == ("city", ["台湾省", "高雄市"])


def test_a_mayor_without_a_text_that_says_benfu_gives_nothing():
    text = MAYOR_SIGNED.replace("本府", "市府")
    assert meta(text)["issuers"] != ["高雄市政府"]


# --------------------------------------------------------------------------- #
# Macau and Hong Kong
# --------------------------------------------------------------------------- #

FUND_NOTICE = """第 20 期
政府機關通告及公告
二零二三年五月十七日,星期三
澳門特別行政區
政府機關通告及公告
某 某 基 金 會
通 告
根據現行第3/2010號行政法規第九條的規定,現公布經社會文化司司長於二零二三年五月二日核准的某某基金二零二二年度財務報表:
某某基金
年度財務報表
截至二零二二年十二月三十一日止年度
收入   1,234,567   1,100,000
"""


def test_a_body_heading_over_its_form_names_a_sar_gazette_notice():
    got = meta(FUND_NOTICE)
    assert got["issuers"] == ["某某基金会"]
    assert got["doc_type"] == "通告"
    assert got["published"] == "2023-05-17"  # the gazette issue's day at the page head
    assert got["signed"] is None
    assert (got["level"], got["region"]) == ("provincial", ["澳门特别行政区"])


def test_a_letter_spaced_line_is_read_without_its_spaces():
    assert d._despaced("某 某 公 園 規 例") == "某某公園規例"
    assert d._despaced("2008 年 7 月 11") == "2008 年 7 月 11"  # (digits keep their spaces)
    assert d._despaced("某市 某局 公告") == "某市 某局 公告"  # (words between spaces are no letter-spacing)


AUTHORITY_NOTICE = """2024/01/05
跳至內容
某 某 公 園 規 例
( 第 999 章 )
禁 止 駕 駛 車 輛 進 入 某 某 公 園 指 定 範 圍
( 根 據 第 8(2) 條 發 出 的 公 告 )
現 根 據 《 某 某 公 園 規 例 》 第 8(2) 條 公 布 , 總 監 已 行 使 該 規 例 第 8(1) 條 的 權 力 , 由 2019 年 3 月 1 日 起 , 禁 止 所 有 車 輛 進 入 某 某 公 園 的 指 定 範 圍 。
如 任 何 人 士 違 反 上 述 禁 止 事 項 , 一 經 定 罪 , 可 判 處 罰 款 港 幣 5,000 元 。
2019 年 2 月 20
某 某 公 園 管 理 局 總 監
"""


def test_an_office_signing_alone_under_its_date_and_the_form_of_its_heading():
    got = meta(AUTHORITY_NOTICE)
    assert got["issuers"] == ["某某公园管理局总监"]
    assert got["doc_type"] == "公告"  # (根据第8(2)条发出的公告)
    assert got["signed"] == "2019-02-20"  # 日 lost
    assert got["effective"] == "2019-03-01"  # the powers used from that day (…的权力,由…起)
    assert got["published"] is None  # the page's first line over its menu: the site's date
    assert (got["level"], got["region"]) == ("provincial", ["香港特别行政区"])


# --------------------------------------------------------------------------- #
# mainland
# --------------------------------------------------------------------------- #

def test_a_lost_encodings_marks_after_a_signature_are_no_part_of_it():
    text = """晋政发〔2024〕3号
各市人民政府,省政府各部门:
《山西省人民政府某某规则》已经2024年2月1日省政府常务会议审议通过,现印发给你们,请认真遵照执行。
山西省人民政府????????
2024年2月2日????????
"""
    got = meta(text)
    assert got["issuers"] == ["山西省人民政府"]
    assert got["signed"] == "2024-02-02"
    assert (got["level"], got["region"]) == ("provincial", ["山西省"])


def test_a_bulletins_title_alone_before_its_text_on_one_line():
    text = ("2023年某某县国民经济和社会发展统计公报 2023年,全县上下坚持稳中求进工作总基调,经济运行总体平稳,"
            "社会大局和谐稳定,各项事业取得新的进展,人民群众获得感、幸福感、安全感不断增强,高质量发展迈出坚实步伐。"
            " 一、综合 初步核算,全年全县地区生产总值123.4亿元,按可比价格计算,比上年增长5.1%。其中,第一产业增加值12.3亿元,"
            "增长3.2%;第二产业增加值45.6亿元,增长6.1%;第三产业增加值65.5亿元,增长4.9%。三次产业结构调整为10.0:37.0:53.0。")
    assert meta(text)["doc_type"] == "公报"
    line = "某县统计公报 " + "今年,全县经济运行总体平稳,社会大局稳定,各项事业取得新进展,群众生活水平不断提高。" * 5
    assert d._unrun([line])[0] == "某县统计公报"


def test_a_government_and_a_procuratorate_run_together_where_the_second_opens_with_its_province():
    assert d._split_issuers("张掖市人民政府甘肃省张掖市人民检察院") == ["张掖市人民政府", "甘肃省张掖市人民检察院"]
    assert d._split_issuers("张掖市人民政府张掖市人民检察院") == ["张掖市人民政府", "张掖市人民检察院"]
    assert d._split_issuers("张掖市人民政府") == ["张掖市人民政府"]


def test_a_detachments_signature_run_on_after_its_closing():
    text = """关于某某路段实施临时交通管制的通告
为保障某某活动的顺利进行,根据《中华人民共和国道路交通安全法》的规定,决定对某某路段实施临时交通管制,现将有关事项通告如下: 一、管制时间 2024年2月10日 18:00-22:00 二、管制路段 某某路双向。 特此通告 茂名市公安局交通警察支队 2024年2月5日
"""
    got = meta(text)
    assert got["issuers"] == ["茂名市公安局交通警察支队"]
    assert got["doc_type"] == "通告"
    assert got["signed"] == "2024-02-05"
    assert (got["level"], got["region"]) == ("city", ["广东省", "茂名市"])


def test_a_publicity_notice_names_itself_by_its_publicity():
    text = """根据《某某工作方案》要求,经各区县推荐、实地核查,拟推荐某某村等5个村为示范村。
现就推荐名单进行公示。公示期自2024年6月3日至2024年6月7日,如有异议,请来电反映情况。
监督电话:12345678
衡阳市农业农村局办公室
2024年6月3日
"""
    got = meta(text)
    assert got["doc_type"] == "公示"
    assert got["issuers"] == ["衡阳市农业农村局办公室"]


def test_a_towns_body_is_placed_at_county_level_in_the_city_the_page_names():
    assert d.issuer_place("某某镇党政办公室", "根据《东莞市某某方案》的要求") == ("county", ["广东省", "东莞市"])
    # (no city named: the one county whose name, without 县, stands before the town's)
    assert d.issuer_place("某某镇人民政府", "叙永某某镇延长某某时间") == ("county", ["四川省", "泸州市"])
    assert d.issuer_place("某某镇人民政府", "关于延长某某时间") == ("county", [])  # (延长 a word, no county)


NEWS_WITH_THE_WHOLE_TEXT = """某某网 > 正文
某某景区暂停开放时间延长至本周日
发布时间:2023-07-20 18:00:00 稿件来源: 某某网
今(20)日,某某镇森林防灭火指挥部发布公告,将某某景区暂停开放的时间延长至2023年7月23日24时。
全文如下:
关于延长某某景区暂停开放时间的公告
当前,某某景区正经历持续高温天气,森林火险等级居高不下。为保障人民群众生命财产安全,根据有关规定,决定延长某某景区暂停开放时间。
一、暂停开放时间延长至2023年7月23日24时。
"""


def test_a_document_given_whole_under_its_lead_in_a_news_page():
    got = meta(NEWS_WITH_THE_WHOLE_TEXT)
    assert got["issuers"] == ["某某镇森林防灭火指挥部"]
    assert got["doc_type"] == "公告"
    assert got["published"] == "2023-07-20"
    assert got["level"] == "county"


def test_a_news_page_whose_lead_names_no_issuer_of_that_form_stays_empty():
    text = NEWS_WITH_THE_WHOLE_TEXT.replace("发布公告", "发布消息")
    assert meta(text) == EMPTY


GUIDE_WITH_A_MODEL = """(一)表彰性决定
表彰性决定的写法:
1.标题。由发文机关、发文事由和文种三项组成。
2.正文。一般由先进事迹、表彰决定和希望号召三部分组成。
例文
某某市人民政府关于表彰某某等10名先进个人的决定
各区、县人民政府,市政府各委、办、局:
在某某工作中,某某等同志表现突出,成绩显著。为表彰先进,市政府决定,授予某某等10名同志先进个人荣誉称号。
希望受表彰的同志珍惜荣誉,再接再厉,为全市发展作出新的贡献。
二〇〇五年三月一日
"""


def test_a_model_text_under_its_label_is_no_document_of_the_page():
    assert meta(GUIDE_WITH_A_MODEL) == EMPTY
    # the same text without the label is a document
    assert meta(GUIDE_WITH_A_MODEL.replace("例文\n", ""))["doc_type"] == "决定"


def test_an_issued_title_with_its_annex_has_the_form_of_the_first():
    assert d.issued_type_of("关于印发某某公文处理实施细则及文种式样的通知") == "细则"
    assert d.issued_type_of("关于印发某某管理办法和某某表格的通知") == "办法"
    assert d.issued_type_of("关于印发某某式样的通知") is None


def test_a_document_librarys_upload_time_and_a_bulleted_posting_stamp():
    assert d.read_fields(["- 上传时间:2022-05-06"]) == {"posted": "2022-05-06"}
    text = """您当前所在位置:
某市某区人民政府办公室关于印发某区某某管理办法的通知
  • 2021-03-04 10:20
  • 来源:某区人民政府
某市某区人民政府办公室
关于印发某区某某管理办法的通知
各街道办事处,区级各部门:
《某区某某管理办法》已经区政府常务会审议通过,现印发给你们,请认真遵照执行。
成都市武侯区人民政府办公室
2021年3月1日
"""
    assert meta(text)["published"] == "2021-03-04"
