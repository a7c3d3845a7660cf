"""Document metadata rules of blind rounds 27 and 29 (a Macau regulation under a qualified form,
Taiwan law histories broken inside an act or run on one line, policy addresses and their sections,
a department's release named by its opening sentence, a Taiwan county's three-part 公告 naming itself
本府, the premier's report to the Legislative Yuan, a public notice's opening day), each on lines
and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import FIELDS
from docmeta_helpers import record_meta as meta
from policymine.extract import document as d
from policymine.layout import RE_LAW_HISTORY_END

PROSE = ("过去一年,各项工作稳步推进,经济运行总体平稳,民生保障持续加强,城市面貌明显改善,社会各界共同努力,"
         "各项事业取得新的进展,为下一阶段的发展打下坚实基础。")

# --------------------------------------------------------------------------- #
# a Macau regulation enacted under a qualified form
# --------------------------------------------------------------------------- #


def test_an_independent_administrative_regulation_names_its_enacting_office():
    assert d.RE_ENACTING_KIND.match("行政长官根据《澳门特别行政区基本法》第五十条(五)项,经征询行政会的意见,制定本独立行政法规。")
    assert d.RE_ENACTING_KIND.match("行政长官根据《某某法》第三条,制定本补充性行政法规。")
    assert not d.RE_ENACTING_KIND.match("行政长官根据《某某法》第三条,制定本行政法规。")  # (the plain form: RE_ENACTING's)
    page = ("行政长官根据《澳门特别行政区基本法》第五十条(五)项,经征询行政会的意见,制定本独立行政法规。\n"
            "第一条 某某中心为一具有法律人格及行政自治权的公务法人,负责统筹某某事务的规划与执行。\n"
            "第二条 某某中心受某某司司长监督,其职权主要包括制定方针、发出指令及核准活动计划。\n")
    m = meta(page)
    assert m["issuers"] == ["行政长官"]
    assert m["doc_type"] == "行政法规"
    assert m["level"] == "provincial" and m["region"] == ["澳门特别行政区"]
    assert m["doc_number"] is None and m["signed"] is None


# --------------------------------------------------------------------------- #
# Taiwan law histories
# --------------------------------------------------------------------------- #


def test_a_history_broken_inside_its_acts_the_newest_wins_and_its_line_is_no_title():
    page = ("3.中华民国一百十二年三月四日总统华总一义字第 11200012345 号令修\n正公布第 4 条条文\n"
            "中华民国一百零五年六月七日行政院院台规字第 1050012345 号公告\n第 3 条所列权责事项,自一百零五年七月一日起改由某某部管辖\n"
            "2.中华民国一百零三年五月六日总统华总一义字第 10300054321 号令\n修正公布第 2 条条文\n"
            "1.中华民国一百年一月二日总统华总一义字第 10000011111 号令制定\n公布全文 20 条;并自公布日施行\n")
    m = meta(page)
    assert m["doc_number"] == "华总一义字第11200012345号"
    assert m["issuers"] == ["总统"]
    assert m["doc_type"] == "令"
    assert m["signed"] == "2023-03-04"
    assert m["effective"] is None  # (the oldest act's 并自公布日施行, on the rest of its broken line, is not the newest's)
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]


def test_the_rest_of_a_broken_act_line():
    text = "某某号令修\n正公布第 6 条条文\n下一行"
    assert d._act_end(text, 0) == text.index("\n下一行")
    assert d._act_end("某某号令修正\n第二条 某某", 0) == len("某某号令修正")  # (an article, no rest of the act)


def test_no_name_holds_a_date():
    assert d.RE_DATED_NAME.search("中华民国一百零五年三月九日某某院院")
    assert d.RE_DATED_NAME.search("2021年5月某局")
    assert not d.RE_DATED_NAME.search("某某县人民政府办公室")


def test_a_serial_with_a_letter_inside():
    m = d._roc_act().search("中华民国95年3月4日某某部某路字第095C000012号令修正发布第三条条文")
    assert m and m.group("n") == "某路字第095C000012号"


def test_a_history_run_on_one_line():
    line = ("中华民国96年2月3日某某部某路字第096B000007号令修正发布第三条、第七条条文 "
            "中华民国90年4月5日某某部某路字第090B000088号令修正发布全文十二条 "
            "中华民国70年6月7日某某部某参字第12345号令订定发布全文十条")
    assert RE_LAW_HISTORY_END.search(line)
    m = meta(line)
    assert m["doc_number"] == "某路字第096B000007号"
    assert m["issuers"] == ["某某部"]
    assert m["doc_type"] == "令"
    assert m["signed"] == "2007-02-03"


# --------------------------------------------------------------------------- #
# policy addresses
# --------------------------------------------------------------------------- #


def test_a_policy_address_section_under_its_speaker():
    page = ("跳过导航\n\n二〇三一年财政年度施政报告—前言\n\n主席阁下,\n\n各位议员:\n\n"
            "今天,我代表澳门特别行政区政府向立法会提交2031年财政年度施政报告。\n\n" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["澳门特别行政区政府"]
    assert m["doc_type"] == "报告"
    assert m["level"] == "provincial" and m["region"] == ["澳门特别行政区"]
    assert m["signed"] is None and m["published"] is None


def test_a_section_speaking_of_the_sar_government_on_a_page_of_one_sar():
    page = ("跳过导航\n\n二〇三一年财政年度施政报告— 一、二〇三〇年施政工作回顾\n\n"
            "首先,我回顾特区政府2030年的主要工作。\n\n一年来特区政府稳步推进各项施政,本澳经济持续复苏。" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["澳门特别行政区政府"]
    assert m["doc_type"] == "报告"
    assert m["region"] == ["澳门特别行政区"]


def test_an_address_to_the_chair_whose_title_names_no_form():
    page = ("某某年度政府工作总结及某某年度预算安排–结语\n\n主席,各位议员:\n\n"
            "特区政府施政已走过多年的历程,本港社会各界给予了大力支持。" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["香港特别行政区政府"]
    assert m["doc_type"] is None
    assert m["region"] == ["香港特别行政区"]


def test_the_speaker_reading_a_governments_address():
    assert d.RE_SPEAKS_AS.search("现在,我宣读香港特别行政区政府第九份施政报告,").group("org") == "香港特别行政区政府"
    assert d.RE_SPEAKS_AS.search("我谨代表某某特别行政区政府,向立法会").group("org") == "某某特别行政区政府"
    assert d.RE_CHAIR_SALUTATION.match("主席女士:") and d.RE_CHAIR_SALUTATION.match("主席阁下,")
    assert not d.RE_CHAIR_SALUTATION.match("主席指出:")


def test_news_of_a_report_being_given_is_no_report():
    page = ("某某县议会第九届第三次定期大会县长施政报告\n\n"
            "某某县长王某某5月6日在县议会定期会进行施政报告时强调,县府将致力开源节流,控管岁出预算。" + PROSE + "\n")
    assert meta(page) == {f: ([] if f in ("issuers", "region") else None) for f in FIELDS}
    assert d._reported_on(["县长5日在议会作施政报告时强调"])
    assert not d._reported_on(["现在,我代表政府作施政报告。"])


def test_the_premiers_report_to_the_legislative_yuan():
    page = ("院长施政报告\n\n[节录自立法院第12届第1会期某院长口头施政报告120年3月4日]\n\n"
            "去年,我国经济成长率稳定,国内失业率维持低档,民间投资持续增加。" + PROSE + "\n")
    m = meta(page)
    assert m["issuers"] == ["行政院"]
    assert m["doc_type"] == "报告"
    assert m["signed"] == "2031-03-04"
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]


# --------------------------------------------------------------------------- #
# a department's release, a county's three-part notice, a public notice
# --------------------------------------------------------------------------- #


def test_a_release_named_by_its_opening_sentence():
    page = ("二零三一年二月号《某某统计摘要》现已出版\n****\n"
            "政府统计处今日(二月十六日)出版二零三一年二月号《某某统计摘要》。\n"
            "该期摘要刊登一篇专题文章,分析香港近年的某某统计数字,并简述该行业较近期的表现。\n完\n"
            "2031年2月16日(星期日)\n香港时间16时30分\n")
    m = meta(page)
    assert m["issuers"] == ["政府统计处"]
    assert m["doc_type"] is None
    assert m["published"] == "2031-02-16" and m["signed"] is None
    assert m["level"] == "provincial" and m["region"] == ["香港特别行政区"]


def test_a_wire_story_of_figures_is_no_release():
    assert not d.RE_RELEASE_OPENING.match("(某社记者某某台北22日电)某某总处今天公布11月失业率")
    assert d.RE_RELEASE_OPENING.match("某某统计处今日(三月一日)发表二零三一年一月的统计数字。").group("org") == "某某统计处"
    page = ("某社\n(某社记者某某台北22日电)某某总处今天公布10月物价指数上涨2.4%,涨幅较上月扩大。\n"
            "某某总处指出,10月食物类价格上涨较多。\n")
    assert meta(page)["issuers"] == []


def test_a_county_notice_in_three_parts_naming_itself_the_government():
    page = ("历史资料查询\n\n公告公开展览「变更某某市细部计划案」书图,并办理说明会。\n"
            "更新日期   2031/02/03\n"
            "主旨:公告公开展览「变更某某市细部计划案」书图,并办理说明会。\n"
            "依据:都市计划法第19条规定。\n公告事项:\n一、展览期间:自中华民国120年3月1日起至120年3月30日止。\n"
            "二、书图陈列地点:彰化县政府及各乡镇市公所。\n三、民众对本案有意见者,可在展览期间以书面送交本府建设处。\n")
    m = meta(page)
    assert m["issuers"] == ["彰化县政府"]
    assert m["doc_type"] == "公告"
    assert m["published"] == "2031-02-03"
    assert m["effective"] is None
    assert m["level"] == "city" and m["region"] == ["台湾省", "彰化县"]


def test_a_public_notice_from_the_day_its_opening_names():
    assert d.RE_NOTICE_FROM.match("市民请注意,由2031年5月6日上午10时起,某某路将实施交通管制。").group("d") == "2031年5月6日"
    assert not d.RE_NOTICE_FROM.match("由2031年5月6日起,市民请注意")
    page = ("交通公告\n\n某某路的交通安排\n\n  市民请注意,由2031年5月6日上午10时起,货车于某某路及某某街之间的路段"
            "须按新的行车安排行驶,现场将设有指示牌引导驾车人士。\n")
    m = meta(page)
    assert m["doc_type"] == "公告"
    assert m["effective"] == "2031-05-06"
    assert m["issuers"] == []


def test_a_despatchs_clauses_end_at_the_next_acts_enacting_clause():
    page = ("行政长官行使《澳门特别行政区基本法》第五十条赋予的职权,作出本批示。\n"
            "将某某部门每月收入的百分之十拨入某某基金。\n二零三一年三月四日\n行政长官 某某某\n"
            "行政长官行使《澳门特别行政区基本法》第五十条赋予的职权,作出本批示。\n"
            "一、发行某某纪念邮票。\n二、本批示自公布之日起生效。\n二零三一年三月五日\n行政长官 某某某\n")
    m = meta(page)
    assert m["issuers"] == ["行政长官"]
    assert m["signed"] == "2031-03-04"
    assert m["effective"] is None

