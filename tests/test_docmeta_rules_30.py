"""Document metadata rules of blind rounds 30 and 32 (a congress's regulation reposted with its note of
adoption, a code's table of contents, an order signed by the head with its day on one line, a work
report posted on a forum, a plan's posting line, a reply to a proposal, a bulletin signed in brackets,
a saved portal's labels read one a line), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

PROSE = ("过去一年,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济运行总体平稳,民生保障持续加强,"
         "城乡面貌明显改善,各项事业取得新的进展。")


# --------------------------------------------------------------------------- #
# a congress's regulation reposted with its note of adoption (and its table of contents)
# --------------------------------------------------------------------------- #


def test_the_adopting_body_of_a_note_without_its_term():
    m = d.RE_ADOPTING_BODY_30.fullmatch("(2031年5月6日甘肃省第十九届人民代表大会常务委员会第八次会议通过)")
    assert m and m.group("place") + m.group("body") == "甘肃省人民代表大会常务委员会"
    assert not d.RE_ADOPTING_BODY_30.fullmatch("(2031年5月6日某某委员会第八次会议通过)")


def test_a_table_of_contents_is_no_title_and_the_note_names_the_issuer():
    page = ("甘肃省某某事务保障条例\n甘肃省某某事务保障条例\n"
            "(2031年5月6日甘肃省第十九届人民代表大会常务委员会第八次会议通过)\n目 录\n第一章 总 则\n第二章 保障事项\n"
            "第三章 附 则\n第一章 总 则\n第一条 为了规范某某事务保障工作,提升服务效能,根据有关法律、行政法规,结合本省实际,制定本条例。\n"
            "第二条 本省行政区域内某某事务的保障工作,适用本条例。法律、行政法规另有规定的,从其规定。\n")
    m = meta(page)
    assert m["doc_type"] == "条例"
    assert m["issuers"] == ["甘肃省人民代表大会常务委员会"]
    assert m["signed"] == "2031-05-06"
    assert m["level"] == "provincial" and m["region"] == ["甘肃省"]


# --------------------------------------------------------------------------- #
# an order signed by the head with the day on the same line
# --------------------------------------------------------------------------- #


def test_a_heads_signature_and_day_on_one_line():
    assert d.RE_HEAD_SIGNED_30.fullmatch("自治区主席 王 某 2031年3月4日").group("d") == "2031年3月4日"
    assert d.RE_HEAD_SIGNED_30.fullmatch("省长 李某某 2031年3月4日")
    assert not d.RE_HEAD_SIGNED_30.fullmatch("2031年3月4日")


def test_an_orders_day_beside_its_heads_signature():
    page = ("宁夏回族自治区某某管理办法 宁夏回族自治区人民政府令 第88号\n"
            "《宁夏回族自治区某某管理办法》已经2031年2月1日自治区人民政府第9次常务会议审议通过,现予发布,自2031年5月1日起施行。\n"
            "自治区主席 王 某 2031年3月4日\n宁夏回族自治区某某管理办法\n第一条 为了加强某某管理,根据有关法律法规,结合本自治区实际,制定本办法。\n")
    m = meta(page)
    assert m["signed"] == "2031-03-04"
    assert m["effective"] == "2031-05-01"


# --------------------------------------------------------------------------- #
# a work report posted on a forum
# --------------------------------------------------------------------------- #


def test_a_forum_tag_is_stripped():
    assert d.RE_FORUM_TAG_30.sub("", "[甘肃] 2031年某区政府工作报告") == "2031年某区政府工作报告"


def test_a_work_report_on_a_forum_read_under_the_titles_second_showing():
    page = ("查看: 120|回复: 0\n[四川] 2031年成都市金牛区政府工作报告\n[复制链接]\n签到天数: 12 天\n主题\n帖子\n积分\n版主\n"
            "发表于 2031-2-3 10:05:30 | 显示全部楼层\n2031年成都市金牛区政府工作报告\n"
            "2031年1月10日在金牛区第九届人民代表大会第三次会议上\n区长  王某某\n各位代表:\n"
            "现在,我代表区第九届人民政府,向大会报告工作,请予审议。\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["金牛区人民政府"]
    assert m["signed"] == "2031-01-10"
    assert m["level"] == "county"


# --------------------------------------------------------------------------- #
# a plan's posting line, a reply to a proposal, a bulletin signed in brackets
# --------------------------------------------------------------------------- #


def test_a_posting_time_and_body_under_a_plans_title():
    page = ("当前位置: 首页>>政府信息公开>>规划公开>>正文\n某某县国民经济和社会发展第十二个五年规划纲要\n"
            "2031-04-05 09:30   某某县发改委\n导言\n“十二五”时期,是某某县加快发展、全面建设小康社会的关键时期。" + PROSE + "\n")
    m = meta(page)
    assert m["doc_type"] == "纲要"
    assert m["issuers"] == ["某某县发改委"]
    assert m["published"] == "2031-04-05"


def test_a_reply_to_a_proposal_is_a_form():
    assert d.doc_type_of("某某部对全国政协某届某次会议第1234号提案的答复") == "答复"


def test_a_bulletin_signed_by_its_body_in_brackets():
    assert d.RE_BRACKET_SIGN_30.fullmatch("（某某县统计局）").group("org") == "某某县统计局"
    page = ("某某县2031年国民经济和社会发展统计公报\n来源： 访问量：12 发布日期：2032-04-05 10:49:00\n"
            "2031年,全县人民在县委、县政府的正确领导下,经济社会持续健康发展。" + PROSE + "\n一、综合\n"
            "全县全年实现生产总值98.7亿元,比上年增长6.1%。\n（某某县统计局）\n")
    m = meta(page)
    assert m["doc_type"] == "公报"
    assert m["issuers"] == ["某某县统计局"]
    assert m["published"] == "2032-04-05"


def test_news_ending_with_a_bracketed_body_stays_no_document():
    page = ("我县召开某某工作推进会\n3月5日,我县召开某某工作推进会,总结去年工作,部署今年任务。" + PROSE + "\n（县某某局）\n")
    assert meta(page)["issuers"] == []


# --------------------------------------------------------------------------- #
# a saved portal's labels, one a line
# --------------------------------------------------------------------------- #


def test_a_date_under_its_label_is_no_posting_stamp():
    assert d.RE_LABEL_ALONE_30.fullmatch("发文日期：") and d.RE_LABEL_ALONE_30.fullmatch("索 引 号：")
    assert not d.RE_LABEL_ALONE_30.fullmatch("2031-04-18")


def test_a_saved_portals_dispatch_day_is_no_published_date():
    page = ("<html><head><title>某某市2031年国民经济和社会发展统计公报</title></head><body>"
            "<dl><dt><label>索 引 号：</label></dt><dd>012345678A/2032-0001234</dd>"
            "<dt><label>发布机构：</label></dt><dd>某某市统计局</dd>"
            "<dt><label>发文日期：</label></dt><dd>2032-04-18</dd></dl>"
            "<h1>某某市2031年国民经济和社会发展统计公报</h1>"
            "<p>某某市统计局  国家统计局某某调查队</p><p>（2032年4月12日）</p>"
            "<p>2031年,在市委、市政府的坚强领导下,全市上下坚持稳中求进,经济运行总体平稳,民生保障持续加强,各项事业取得新的进展。</p>"
            "<p>一、综合</p><p>初步核算,全年实现地区生产总值1234.5亿元,比上年增长5.3%。</p></body></html>")
    m = meta(page)
    assert m["published"] is None
    assert m["signed"] == "2032-04-12"


# --------------------------------------------------------------------------- #
# a town's body under its city
# --------------------------------------------------------------------------- #


def test_a_towns_body_opens_with_the_town():
    assert d.RE_TOWN_BODY_30.match("某乡镇综合行政执法局") and d.RE_TOWN_BODY_30.match("某某街道办事处")
    assert not d.RE_TOWN_BODY_30.match("城乡建设局") and not d.RE_TOWN_BODY_30.match("乡镇企业局")
    assert not d.RE_TOWN_BODY_30.match("乡村振兴局")


def test_a_towns_bureau_under_a_city_without_counties_is_county_level():
    page = ("关于某某事项的反馈\n为规范执法行为,现将某某检查情况反馈如下。" + PROSE + "\n特此反馈。\n"
            "东莞市虎门镇综合行政执法局\n2031年4月30日\n")
    m = meta(page)
    assert m["issuers"] == ["东莞市虎门镇综合行政执法局"]
    assert m["level"] == "county" and m["region"] == ["广东省", "东莞市"]


def test_a_town_portals_bare_name_as_publisher():
    assert d.read_fields(["关键词 | 发布机构 | 某某镇 | |"]) == {"publisher": "某某镇"}
    assert d.read_fields(["发布机构 | 城乡 |"]) == {}
    page = ("永登县村级某某管理办法(试行)\n索引号 | 620121000/2031-00012 | 发文字号 | 号 |\n关键词 | 发布机构 | 某某镇 | |\n"
            "生成日期 | 2031-07-28 11:50:28 | 是否有效 | 是 |\n第一章 总则\n"
            "第一条 为规范村级某某管理,加强农村基层队伍建设,结合永登县实际,制定本办法。\n第二条 本办法适用于全县各村。\n")
    m = meta(page)
    assert m["issuers"] == ["某某镇"]
    assert m["doc_type"] == "办法"
    assert m["level"] == "county" and m["region"] == ["甘肃省", "兰州市"]


def test_a_disclosure_record_whose_title_is_lost_names_its_form_in_its_text():
    page = ("索 引 号 | 111501230117000000/2031-00042 | 主题分类 | 林业 |\n发布机构 | 政府办公室 | 文 号 | |\n"
            "成文日期 | 2031-04-01 | 公文时效 |\n"
            "为切实加强我县草原资源保护,提升生态系统稳定性与可持续性,实现绿色发展,依据《某某自治区草畜平衡和禁牧休牧条例》等相关法律法规,"
            "以及有关文件要求,现将2031年某某期休牧工作有关事项公告如下:\n一、休牧范围\n"
            "对全县草畜平衡区实施休牧,休牧期休牧区全面禁止放牧。\n")
    m = meta(page)
    assert m["doc_type"] == "公告"
    assert m["signed"] == "2031-04-01"


def test_a_corps_division_is_prefecture_level():
    m = d.RE_CORPS_DIVISION_30.search("新疆生产建设兵团第五师双河市统计局")
    assert m and m.group("city") == "双河市"
    page = ("新疆生产建设兵团第五师双河市2031年国民经济和社会发展统计公报\n新疆生产建设兵团第五师双河市统计局\n"
            "国家统计局兵团第五师调查队\n2031年,面对复杂严峻的形势,师市上下坚持稳中求进工作总基调,经济运行总体平稳,民生保障持续加强。\n"
            "一、综合\n初步核算,全年师市生产总值123.4亿元,比上年增长6.2%。\n")
    rec = meta(page)
    assert rec["issuers"] == ["新疆生产建设兵团第五师双河市统计局", "国家统计局兵团第五师调查队"]
    assert rec["level"] == "city" and rec["region"] == ["新疆维吾尔自治区", "双河市"]


def test_a_saved_portals_fields_between_a_bulletins_title_and_its_masthead():
    page = ("索 引 号：\n012345678B/2032-0001111\n生成日期：\n2032-05-11\n责任部门：\n某某县统计局\n"
            "某某县2031年国民经济和社会发展统计公报\n访问量：163\n关联稿件：\n图文解读：《某某县2031年统计公报》 2032-07-12\n"
            "某某县统计局    国家统计局某某调查队\n（2032年5月）\n"
            "2031年,全县上下坚持稳中求进工作总基调,经济运行总体平稳,民生保障持续加强,各项事业取得新的进展。\n一、综合\n"
            "初步核算,全年实现地区生产总值123.4亿元,比上年增长5.3%。\n")
    m = meta(page)
    assert m["issuers"] == ["某某县统计局", "国家统计局某某调查队"]
    assert m["published"] == "2032-05-11"


def test_the_county_a_page_names_most():
    assert d._page_county_30("永登县某某办法\n永登县各乡镇:为加强永登县某某管理") == ["甘肃省", "兰州市"]
    assert d._page_county_30("某某办法") == []


def test_a_county_office_named_without_its_county():
    page = ("索 引 号 | 111501230117000000/2031-00043 | 主题分类 | 林业 |\n发布机构 | 政府办公室 | 文 号 | |\n"
            "成文日期 | 2031-04-01 | 公文时效 |\n"
            "为切实加强我县草原资源保护,提升生态系统稳定性与可持续性,实现绿色发展,依据有关法律法规和永登县有关文件要求,"
            "现将2031年某某期休牧工作有关事项公告如下:\n一、休牧范围\n对全县草畜平衡区实施休牧,休牧期休牧区全面禁止放牧。\n")
    m = meta(page)
    assert m["issuers"] == ["政府办公室"]
    assert m["level"] == "county" and m["region"] == ["甘肃省", "兰州市"]


def test_a_county_body_under_a_short_name_is_placed_by_its_title():
    page = ("当前位置: 首页>>政府信息公开>>规划公开>>正文\n永登县国民经济和社会发展第十二个五年规划纲要\n"
            "2031-04-05 09:30   永县发改委\n导言\n“十二五”时期,是全县加快发展、全面建设小康社会的关键时期。" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["永县发改委"]
    assert m["level"] == "county" and m["region"] == ["甘肃省", "兰州市"]
