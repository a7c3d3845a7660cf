"""Layout rules read from general evidence, on lines and pages written for these tests."""

from policymine.layout import clean, is_name, line_role


def test_a_page_cut_mid_sentence_ends_at_its_last_whole_sentence():
    page = "某县召开推进会\n\n会议指出，全县工业投资增长百分之八。下一步将继续加大投入，推动项目早日落地见效。会议要求各部门加快推进重点工作，确保"
    assert clean(page).body.endswith("推动项目早日落地见效。")


def test_an_unclosed_closing_byline_is_kept():
    page = "标题一则\n\n会议要求各部门加快推进重点工作，确保全年目标如期完成，开创更加美好的未来。(某某日报评论员"
    assert clean(page).body.endswith("(某某日报评论员")


def test_captions_clocks_and_contact_lines_are_furniture():
    assert line_role("园区新建的厂房。(图/某某市政府提供)") == "drop"
    assert line_role("开幕式现场。王小明 摄") == "drop"
    assert line_role("2023年05月12日 星期五") == "drop"
    # a closing bracket after a label is no sentence end
    assert line_role("违法和不良信息举报电话:某某网(010-12345678)") != "text"


def test_byline_names_are_people():
    assert not is_name("佚名")
    assert not is_name("了解到")
    assert not is_name("某某财经")
    assert is_name("张小明")
    lay = clean("标题一则\n\n本报讯 记者了解到，本市今年新增企业一百家，同比增长百分之十二。\n\n据记者调查，多数企业表示满意。")
    assert lay.authors == []
    lay = clean("标题一则\n\n本报讯(实习生王小红、记者李大明报道)昨日，本市新增企业一百家，增长百分之十二。")
    assert lay.authors == ["王小红", "李大明"]
    lay = clean("标题一则\n\n在记者会上，他回答了记者的提问，介绍本市今年新增企业一百家，增长百分之十二。")
    assert lay.authors == []


def test_an_outlet_in_the_author_field_is_the_fallback_source():
    lay = clean("本市新增企业一百家，同比增长百分之十二，创历史新高。", fields={"author": "某某财经"})
    assert lay.authors == [] and lay.source == "某某财经"


def test_wire_dateline_credits_the_agency_and_its_bracketed_reporter():
    lay = clean("标题一则\n\n据新华社南京5月6日电 (记者 王小明)本市新增企业一百家，同比增长百分之十二。")
    assert lay.source == "新华社" and lay.authors == ["王小明"]


def test_an_opening_outlet_names_the_source():
    lay = clean("标题一则\n\n【某城晚报讯】(记者 王小明)本市新增企业一百家，同比增长百分之十二。")
    assert lay.source == "某城晚报"


def test_headline_evidence():
    # a table field label is not a headline, a department name before a colon may be
    page = "当前位置:首页 > 新闻\n\n教育局:全市新建学校十所\n\n发布日期:2020-03-04 浏览次数:\n\n本市今年新建学校十所，新增学位一万个，同比增长百分之十二。"
    assert clean(page).title == "教育局:全市新建学校十所"
    # a headline the page repeats wins over a subtitle; decoration goes
    page = ("某某版:要闻\n某地新建学校十所####\n其他新闻一则\n\n某地新建学校十所####\n副题说明一句\n\n"
            "本报讯 本市今年新建学校十所，新增学位一万个，同比增长百分之十二。")
    assert clean(page).title == "某地新建学校十所"
    # a range dash inside brackets is no subtitle dash
    page = "关于印发《某市行动计划(2024—2026年)》的通知\n\n各区人民政府：\n现将计划印发给你们，请认真组织实施，确保各项任务落到实处。"
    assert clean(page).title == "关于印发《某市行动计划(2024—2026年)》的通知"
    # a disclosure table's name cell
    page = "文件名称 | 某县2024年政府工作报告 | |\n索引号 | 123 |\n\n各位代表:\n现在，我代表县人民政府向大会报告工作，请予审议。"
    assert clean(page).title == "某县2024年政府工作报告"


def test_a_site_clock_does_not_date_the_article():
    page = "2024年04月26日 星期五\n\n某地新建学校十所\n\n发布时间:2019-02-03 来源:某城晚报\n\n本市今年新建学校十所，新增学位一万个，同比增长百分之十二。"
    assert clean(page).date == "2019-02-03"
