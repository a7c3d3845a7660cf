"""Document metadata of saved portal pages (HTML) of the mainland, and (traditional script) of
Taiwan, Hong Kong and Macau, and the rules they need, on pages and lines written for these tests (made-up bodies,
numbers, names and dates)."""

from __future__ import annotations

from policymine.extract.document import effective_clause, issuer_place, read_fields
from policymine.pipeline import process_text

PAGE = """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>公告本市某某地區都市計畫細部計畫案 - 臺北市政府都市發展局</title></head>
<body>
<header><ul class="menu"><li><a href="/">首頁</a></li><li><a href="/news">最新消息</a></li><li><a href="/law">法令規章</a></li></ul></header>
<main>
<div class="breadcrumb">首頁 &gt; 公告資訊 &gt; 公告</div>
<h2>公告本市某某地區都市計畫細部計畫案</h2>
<table class="detail">
<tr><th>發布單位</th><td>臺北市政府都市發展局</td></tr>
<tr><th>發布日期</th><td>113-05-03</td></tr>
</table>
<div class="content">
<p>臺北市政府　公告</p>
<p>發文日期：中華民國113年5月2日</p>
<p>發文字號：府都規字第1133020101號</p>
<p>主旨：公告本市某某地區都市計畫細部計畫案，並自民國113年5月3日零時起生效。</p>
<p>依據：都市計畫法第21條及第23條。</p>
<p>公告事項：</p>
<p>一、公告期間：自民國113年5月3日起30天。</p>
<p>二、計畫範圍面積約12.5公頃，規劃住宅區4.2公頃。</p>
<p>市長　蔣○○</p>
</div>
</main>
<footer>臺北市政府都市發展局　地址：臺北市信義區市府路1號　電話：1999</footer>
</body></html>
"""


def test_taiwan_city_notice_saved_as_html():
    rec = process_text(PAGE)
    assert rec["doc_number"] == "府都规字第1133020101号"
    assert rec["issuers"] == ["台北市政府"]  # the notice's heading names it, before the portal's 發布單位
    assert rec["doc_type"] == "公告"
    assert rec["signed"] == "2024-05-02"
    assert rec["published"] == "2024-05-03"  # 113-05-03 of the portal's table
    assert rec["effective"] == "2024-05-03"  # 自民國113年5月3日零時起生效
    assert (rec["level"], rec["region"]) == ("city", ["台湾省", "台北市"])


def test_a_city_governments_bureau_is_no_county():
    # 某市政府都市发展局: the 市 of 都市 closes no county-level city's name
    assert issuer_place("台北市政府都市发展局") == ("city", ["台湾省", "台北市"])
    assert issuer_place("台中市政府都市发展局")[0] == "city"
    assert issuer_place("义乌市人民政府")[0] == "county"  # a county-level city still is one


def test_roc_date_in_digits_in_a_table_field():
    assert read_fields(["发布日期\t113-05-03"]) == {"published": "2024-05-03"}
    assert read_fields(["发布日期：112/12/1"]) == {"published": "2023-12-01"}
    # a common-era date as before; a two-digit year is no ROC year here
    assert read_fields(["发布日期：2024-05-03"]) == {"published": "2024-05-03"}
    assert "published" not in read_fields(["发布日期：99-05-03"])


def test_roc_closing_clause_at_midnight():
    text = "中华民国113年5月2日\n主旨：公告某某办法，并自民国113年6月1日零时起生效。"
    assert effective_clause(text, None) == "2024-06-01"


HK_CIRCULAR = """<html><head><meta charset="utf-8"><title>教育局通告第3/2024號</title></head><body>
<nav><a href="/">主頁</a> &gt; <a href="/circular">通告及通函</a></nav>
<div class="content">
<p>教育局通告第3/2024號</p>
<h2>二〇二四／二五學年某某資助計劃</h2>
<p>[注意：本通告應交－校監及校長 備考－副校長及全體教師]</p>
<p>摘要</p>
<p>本通告旨在通知學校，教育局將於二〇二四／二五學年推行某某資助計劃，每所學校可獲資助最多50萬元。</p>
<p>詳情</p>
<p>1. 學校須於2024年6月30日或之前遞交申請。</p>
<p>教育局常任秘書長李○○</p>
<p>2024年5月2日</p>
</div>
<footer>2024 ©  香港特別行政區政府 教育局</footer>
</body></html>
"""

MACAU_DESPATCH = """<html><head><meta charset="utf-8"><title>第 45/2024 號行政長官批示 - 印務局</title></head><body>
<div id="menu"><a href="/">主頁</a> | <a href="/bo">公報</a> | <a href="/search">搜尋</a></div>
<div class="bo">
<p>澳門特別行政區</p>
<h3>第 45/2024 號行政長官批示</h3>
<p>行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，並根據某某法律第三條的規定，作出本批示。</p>
<p>一、核准某某基金二零二四年度預算，金額為澳門元一億二千萬元。</p>
<p>二、本批示自公佈翌日起生效。</p>
<p>二零二四年三月十五日</p>
<p>行政長官　岑○○</p>
</div>
<div class="foot">印務局 版權所有</div>
</body></html>
"""


def test_hong_kong_bureau_circular_named_by_its_serial():
    rec = process_text(HK_CIRCULAR)
    # the circular's serial names it, not the heading of its subject below (…資助計劃 ends like a 计划)
    assert (rec["doc_number"], rec["doc_type"], rec["issued_type"]) == ("教育局通告第3/2024号", "通告", None)
    assert rec["issuers"] == ["教育局"]
    assert rec["signed"] == "2024-05-02"  # under the head's signature
    assert (rec["level"], rec["region"]) == ("provincial", ["香港特别行政区"])


def test_macau_despatch_saved_as_html():
    rec = process_text(MACAU_DESPATCH)
    assert (rec["doc_number"], rec["doc_type"]) == ("第45/2024号行政长官批示", "批示")
    assert rec["issuers"] == ["行政长官"]
    assert rec["signed"] == "2024-03-15"
    assert (rec["level"], rec["region"]) == ("provincial", ["澳门特别行政区"])


TAIWAN_LETTER = """臺中市政府　函

地址：40701臺中市西屯區某某路100號
承辦人：王○○
電話：04-22289111

受文者：如正本、副本

發文日期：中華民國113年3月5日
發文字號：府授經商字第1130012345號
速別：普通件
附件：如說明

主旨：檢送「臺中市某某補助作業要點」1份，請查照。
說明：
一、依據某某自治條例第5條辦理。
二、旨揭要點自即日起生效。

正本：各區公所
副本：本府經濟發展局
市長　盧○○
"""


def test_taiwan_letter_head_fields_are_no_title():
    rec = process_text(TAIWAN_LETTER)
    assert rec["title"] == "台中市政府\u3000函"  # not 受文者：… or another field of the letter's head
    assert rec["body"].startswith("主旨：检送")
    assert (rec["doc_number"], rec["doc_type"], rec["issuers"], rec["signed"]) == (
        "府授经商字第1130012345号", "函", ["台中市政府"], "2024-03-05")


PROVINCE_NOTICE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某省人民政府办公厅关于印发某省数字乡村建设三年行动方案的通知_省政府办公厅文件_某省人民政府门户网站</title>
<meta name="ArticleTitle" content="某省人民政府办公厅关于印发某省数字乡村建设三年行动方案的通知">
<meta name="PubDate" content="2024-03-08 10:21">
<meta name="ContentSource" content="某省人民政府办公厅">
<script>var a = "<div>";</script>
<style>.x{color:red}</style>
</head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; <a href="/zw/wj">省政府办公厅文件</a></div>
<div class="xxgk">
<table class="info">
<tr><td><b>索&nbsp;引&nbsp;号：</b></td><td>11330000002482075A/2024-00123</td><td><b>主题分类：</b></td><td>农业、林业、水利</td></tr>
<tr><td><b>发文机关：</b></td><td>某省人民政府办公厅</td><td><b>成文日期：</b></td><td>2024年03月05日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">某省人民政府办公厅关于印发某省数字乡村建设三年行动方案的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>某政办发〔2024〕9号</td><td><b>发布日期：</b></td><td>2024年03月08日</td></tr>
</table>
</div>
<div class="article">
<h1>某省人民政府办公厅关于印发某省数字乡村建设三年行动方案的通知</h1>
<p style="text-align:center">某政办发〔2024〕9号</p>
<p>各市、县（市、区）人民政府，省政府直属各单位：</p>
<p>　　《某省数字乡村建设三年行动方案》已经省政府同意，现印发给你们，请结合实际认真贯彻执行。</p>
<p style="text-align:right">某省人民政府办公厅</p>
<p style="text-align:right">2024年3月5日</p>
<p>（此件公开发布）</p>
<h2>某省数字乡村建设三年行动方案</h2>
<p>　　为加快推进数字乡村建设，制定本方案。到2026年，全省行政村5G通达率达到95%以上，建成数字农业工厂300个。</p>
<p>　　本方案自印发之日起施行。</p>
</div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a">某省人民政府关于某事的通知</a></li><li><a href="/b">某某解读</a></li></ul></div>
<div class="footer">主办：某省人民政府办公厅 &nbsp; 网站标识码：3300000001 &nbsp; 某ICP备05009999号</div>
</body></html>
"""

CITY_BULLETIN = """<html><head><meta charset="utf-8"><title>固原市2023年国民经济和社会发展统计公报</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/tjsj">统计数据</a> | <a href="/tjgb">统计公报</a></div>
<div class="xxgk"><table>
<tr><td>索引号：</td><td>640400/2024-00021</td><td>发布机构：</td><td>固原市统计局</td></tr>
<tr><td>发布日期：</td><td>2024-04-10</td><td>文号：</td><td></td></tr>
</table></div>
<div class="article">
<h2>固原市2023年国民经济和社会发展统计公报</h2>
<p style="text-align:center">固原市统计局</p>
<p style="text-align:center">国家统计局固原调查队</p>
<p style="text-align:center">2024年4月8日</p>
<p>　　2023年，全市上下坚持稳中求进工作总基调，经济运行稳中向好。</p>
<p>　　一、综合</p>
<p>　　初步核算，全年全市地区生产总值410.2亿元，按不变价格计算，比上年增长6.5%。</p>
</div>
</body></html>
"""


def test_provincial_notice_saved_with_its_disclosure_table():
    rec = process_text(PROVINCE_NOTICE)
    assert (rec["doc_number"], rec["doc_type"], rec["issued_type"]) == ("某政办发〔2024〕9号", "通知", "方案")
    assert rec["issuers"] == ["某省人民政府办公厅"]
    assert (rec["signed"], rec["published"], rec["effective"]) == ("2024-03-05", "2024-03-08", "2024-03-05")
    assert rec["index_number"] == "11330000002482075A/2024-00123"
    assert "相关文件" not in rec["body"] and "ICP" not in rec["body"]


def test_city_bulletin_saved_with_its_masthead():
    rec = process_text(CITY_BULLETIN)
    assert rec["doc_type"] == "公报"
    assert rec["issuers"] == ["固原市统计局", "国家统计局固原调查队"]  # both bodies of the masthead
    assert (rec["signed"], rec["published"]) == ("2024-04-08", "2024-04-10")
    assert (rec["level"], rec["region"]) == ("city", ["宁夏回族自治区", "固原市"])


def test_a_sar_issuers_page_counts_its_bare_yuan_in_its_currency():
    # the body names no region; the circular's issuer is Hong Kong's, so 50万元 is in HKD
    rec = process_text(HK_CIRCULAR)
    assert [(i["value"], i["currency"]) for i in rec["indicators"]] == [(500000.0, "HKD")]
    # a mainland bureau's page keeps the yuan
    assert {i["currency"] for i in process_text(PROVINCE_NOTICE)["indicators"] if i["kind"] == "money"} <= {"CNY"}


def test_page_region_default():
    from policymine.extract.indicators import page_region, region_of_places

    assert region_of_places(["香港特别行政区"]) == "HK" and region_of_places(["广东省", "深圳市"]) is None
    assert page_region("本通告旨在通知学校。", default="HK") == "HK"
    assert page_region("国务院印发通知，全省各地人民币贷款增长。", default="HK") == "CN"  # the mainland's markers win
    assert page_region("本通告旨在通知学校。") == "CN"


def test_a_currency_named_before_the_amount_is_no_subject():
    rec = process_text(MACAU_DESPATCH)
    [ind] = [i for i in rec["indicators"] if i["kind"] == "money"]
    assert (ind["value"], ind["currency"]) == (120000000.0, "MOP")
    assert ind["subject"] != "澳门元" and "预算" in ind["subject"]
