"""Wire copy: datelines, their dates, labels glued before them, cut last lines; on pages written for these tests."""

from policymine.layout import clean, line_role

STORY = "本市新增企业一百家，同比增长百分之十二，创历史新高。"


def test_a_wire_dateline_dates_the_story_not_the_posting_time():
    page = "某地新增企业一百家\n时间:2023-03-09 10:11:12 来源:某某网\n新华社北京3月6日电 " + STORY
    assert clean(page).date == "2023-03-06"
    # across the new year
    page = "某地新增企业一百家\n时间:2024-01-02 10:11:12\n中新网成都12月30日电 " + STORY
    assert clean(page).date == "2023-12-30"


def test_an_edition_date_is_the_paper_s_own():
    page = "某地新增企业一百家\n《 某某日报 》( 2023年03月09日 第 04 版)\n据新华社北京3月8日电 " + STORY
    assert clean(page).date == "2023-03-09"


def test_a_label_glued_before_a_wire_dateline_is_furniture():
    lay = clean("9x快看中新网南宁4月16日电(记者 王小明)" + STORY)
    assert lay.body.startswith("中新网南宁4月16日电") and lay.source == "中新网"


def test_a_line_cut_after_a_whole_sentence_is_prose():
    assert line_role("当天，某某市人民政府召开新闻发布会。王小明在会上介绍，全市科技创新水平指") == "text"
    # a headline may hold ！ and commas
    assert line_role("输了!某某园区是它「一年大赚破2兆元」,营业额蝉联冠军") == "short"
