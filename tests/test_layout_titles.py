"""Headlines: column tags, asked headlines, attachments; pages written for these tests."""

from policymine.layout import clean

TEXT = "全市今年新建学校十所，新增学位一万个，同比增长百分之十二。"


def test_a_column_tag_is_no_part_of_the_headline():
    assert clean("某市新建学校十所(两会快报)\n\n" + TEXT).title == "某市新建学校十所"
    assert clean("【图片报道】某市新建学校十所\n\n" + TEXT).title == "某市新建学校十所"
    # a document's own qualifier stays
    assert clean("某市学校建设管理办法(试行)\n\n" + TEXT).title == "某市学校建设管理办法(试行)"


def test_an_asked_headline_repeated_below_is_the_headline():
    page = ("【教育局】某市今年新建学校的目标是什么?\n【教育局】某市今年新建学校的目标是什么?.mp3\n"
            "【问】某市今年新建学校的目标是什么?\n【教育局】答:\n" + TEXT)
    lay = clean(page)
    assert lay.title == "某市今年新建学校的目标是什么?"
    assert lay.body.startswith("【问】") and ".mp3" not in lay.body


def test_a_title_field_s_file_name_underscore_is_read_from_the_page():
    page = "原标题：某区GDP占全市的1/4\n\n" + TEXT
    assert clean(page, fields={"title": "某区GDP占全市的1_4"}).title == "某区GDP占全市的1/4"
    assert clean(TEXT, fields={"title": "某区GDP占全市的1_4"}).title == "某区GDP占全市的1_4"
