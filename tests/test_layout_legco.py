"""A legislature's written question and answer, and list items at a page's end; pages written for these tests."""

from policymine.layout import clean

Q = "某某园区为三百多家公司提供办公室及技术支援服务。然而，最近有报道指园内不少办公室空置。就此，政府可否告知本会:"


def test_the_answering_bureau_is_the_source_and_the_intro_opens_the_body():
    page = ("某某园区\n2015-03-04\n\n以下为今日(三月四日)立法会会议上王小明议员的提问和某某及发展局局长李大华的书面答复:\n\n"
            "问题:\n\n" + Q + "\n\n答复:\n\n主席，现时园区的出租率约九成，整体情况令人满意，我们会继续留意。")
    lay = clean(page)
    assert lay.source == "某某及发展局"
    assert lay.authors == ["王小明", "李大华"]
    assert lay.body.startswith("以下为今日")


def test_an_answer_opened_by_its_office_names_the_source():
    page = ("议会工作\n\n立法会书面质询:《某某创业基金》(2016.05.11)\n\n问题:\n" + Q + "\n\n答覆:\n"
            "某某及科技局局长:主席，基金一直为初创企业提供支援，协助企业拟定市场计划，筹集资金和开拓市场。\n\n"
            "(一) 基金共接获约一百宗申请，有关的审批正在进行中。\n\n(二) 基金的工作并不涉及政府人手及开支;\n\n(三) 在基金批出更多申请后,某某")
    lay = clean(page)
    assert lay.source == "某某及科技局"
    assert lay.title == "立法会书面质询:《某某创业基金》(2016.05.11)"
    assert lay.date == "2016-05-11"
    assert lay.body.endswith("并不涉及政府人手及开支;")
