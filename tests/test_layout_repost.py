"""Republished pages: credits to the original, promotion lines, link lines; pages written for these tests."""

import policymine
from policymine.layout import clean, line_role

P1 = "一直以来，资本市场都是区域经济发展的重要推动力量，上市公司是一座城市竞争力的风向标。"
P2 = "据某某数据统计，全市上市公司数量达到一百家，累计市值突破一万亿元，居全省第一。"


def test_a_wechat_credit_names_the_account_and_the_author():
    page = ("某市上市公司突破一百家\n=====\n\n[www.example.com](https://www.example.com/a/1.html)某某数据\n\n"
            "本文来自微信公众号：[某某数据 （ID：abcd）](http://mp.weixin.qq.com/s?__biz=xyz)，作者：王小明，设计：李大华，"
            "原文标题：《某市上市公司突破一百家》，题图来自：某某图库\n\n" + P1 + "\n\n" + P2 + "\n\n"
            "本文来自微信公众号：[某某数据 （ID：abcd）](http://mp.weixin.qq.com/s?__biz=xyz)，作者：王小明\n")
    lay = clean(page)
    assert lay.title == "某市上市公司突破一百家"
    assert lay.source == "某某数据" and lay.authors == ["王小明"]
    assert lay.body.startswith("一直以来") and lay.body.endswith("居全省第一。")


def test_a_closing_repost_note_ends_the_article_and_dates_it():
    page = ("某市上市公司突破一百家\n=====\n\n[mp.weixin.qq.com](https://mp.weixin.qq.com/s/abc)某某研究院 某某学会\n\n"
            '点击上方"某某学会"可以订阅\n\n' + P1 + "\n\n" + P2 + '\n\n**注：本文转自公众号"某某研究院"2022年5月6日。**\n\n'
            "某某学会是经批准成立的学术团体，公平正义、共建共享是学会的核心价值取向，欢迎各界人士加入。\n\n---某某学会创会会长 张大明\n")
    lay = clean(page)
    assert lay.title == "某市上市公司突破一百家"
    assert lay.source == "某某研究院" and lay.date == "2022-05-06" and lay.authors == []
    assert lay.body.startswith("一直以来") and lay.body.endswith("居全省第一。")


def test_a_bracketed_credit_closes_no_body():
    page = "某省发布集群方案\n\n" + P1 + "\n\n(文章来源:某某社)\n\n鲜花\n"
    lay = clean(page)
    assert lay.source == "某某社" and lay.body.endswith("风向标。")


def test_a_link_line_is_no_prose():
    assert line_role("[mp.weixin.qq.com](https://mp.weixin.qq.com/s/BUB_abc)某某研究院 某某学会") != "text"


def test_a_credit_that_is_only_an_address_ends_the_article():
    prose = "县里今年新建科技企业孵化器两家，新增省级研发中心五家，全年技术合同成交额明显增长。"
    page = "\n\n".join([
        "某县科技工作取得新进展",
        "2020-05-06 08:00某某日报 记者甲乙/某地报导",
        prose, prose.replace("两家", "三家"), prose.replace("五家", "六家"),
        "新闻来源:http://example.com/a1b2",
        "本公司是一家专业电子元器件代理商，欢迎来电洽谈合作，我们为全球客户提供优质服务与完善的技术支持。",
    ])
    r = policymine.extract_text(page)
    assert r["body"].rstrip().endswith("明显增长。")
    assert "代理商" not in r["body"]
    assert r["source"] is None or not r["source"].startswith("http")
