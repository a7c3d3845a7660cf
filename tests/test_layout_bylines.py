"""Official bylines, signature blocks, speech headings and document dates, on pages written for these tests."""

from policymine.layout import clean

TEXT = "全年全市地区生产总值增长百分之六，工业投资增长百分之八，居民收入稳步提高。"


def test_an_issuer_over_its_date_is_the_source_not_the_title():
    lay = clean("某某市统计局\n(2019年3月2日)\n" + TEXT)
    assert lay.title is None and lay.source == "某某市统计局" and lay.date == "2019-03-02"


def test_joint_issuers_over_a_date_credit_the_lead_issuer():
    lay = clean("某某市科学技术局 某某市财政局\n2020年5月6日\n" + TEXT)
    assert lay.title is None and lay.source == "某某市科学技术局"


def test_a_speech_heading_broken_over_lines_dates_the_speech():
    page = ("某县2024年政府工作报告\n发布日期: 2024-02-20\n2024年1月8日在某县第十届\n人民代表大会第三次会议上\n"
            "某县人民政府代县长 王小明\n各位代表:\n" + TEXT)
    lay = clean(page)
    assert lay.date == "2024-01-08"
    assert lay.source == "某县人民政府" and lay.authors == ["王小明"]


def test_a_table_s_own_date_wins_over_the_posting_date():
    page = ("标题 | 某市关于加快科技创新的若干措施\n发布日期: 2021-06-30\n成文日期: 2021-06-12\n\n"
            "各区人民政府:\n" + TEXT)
    assert clean(page).date == "2021-06-12"
