"""Rules written from the misses of rounds 37-39 (read after their first runs), on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta
from policymine.extract.document import RE_TITLE_ROC_NOTE


def test_a_joint_order_each_number_closed_by_its_form():
    text = ("某某人员训练办法\n"
            "1. 中华民国111年9月16日考试院考台组字第11100100001号令、行政院院授人字第11100020002号令会同修正发布第2条条文\n"
            "第1条 本办法依某某法第五条规定订定之。\n")
    got = meta(text)
    assert got["issuers"] == ["考试院", "行政院"]
    assert got["signed"] == "2022-09-16"


def test_a_letters_heading_opening_the_page_without_its_explanation():
    text = ("行政院某某委员会 106.09.21 工程字第10600200001号函\n中央法规\n- 某某条例(民国 96 年 03 月 21 日)\n"
            "第 2 条 公文之类别如下。\n")
    got = meta(text)
    assert got["doc_number"] == "工程字第10600200001号"
    assert got["signed"] == "2017-09-21"


def test_a_day_of_taiwans_calendar_under_the_title():
    text = "某某管理处办事细则\n民国 108 年 9 月 18 日\n第 1 条\n某某署某某管理处(以下简称本处)为划分内部各组之工作,订定本细则。\n"
    assert meta(text)["signed"] == "2019-09-18"


def test_a_titles_bracketed_day_of_taiwans_calendar():
    text = "某某区位申请许可案件审查规则  ( 105 年 02 月 01 日)\n第8条\n本规则自发布日施行。\n"
    assert meta(text)["signed"] == "2016-02-01"
    text = "法规名称: 某市政府某某作业要点 (民国 103 年 06 月 10 日 修正)\n四、行政规则由本府依权限订定之。\n"
    assert meta(text)["signed"] == "2014-06-10"
    # (a mainland title's year of four digits is no day of Taiwan's calendar)
    assert RE_TITLE_ROC_NOTE.search("某市某某管理办法(2014年06月10日)") is None


def test_a_work_report_titled_with_its_occasion_after_a_dash():
    text = ("政府工作报告 ——二○三一年一月二十一日在青山省第六届人民代表大会第五次会议上 青山省省长 王某某 发布时间:2031-01-27 09:32:05\n"
            "各位代表:\n现在,我代表省人民政府,向大会报告政府工作,请予审议,并请省政协委员提出意见。\n一、2030年工作回顾\n")
    got = meta(text)
    assert got["doc_type"] == "报告"
    assert got["issuers"] == ["青山省人民政府"]


def test_a_work_report_whose_title_names_its_occasion():
    text = ("县长王某某在青林县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)\n(2031年3月13日)\n"
            "2030年,在县委领导下,县政府认真贯彻各项部署,基本完成了年度任务目标,全县经济平稳增长。\n")
    assert meta(text)["issuers"] == ["青林县人民政府"]


def test_minutes_titled_by_their_body():
    text = "◆ 第05期\n专载\n青林县政府第615次主管会议纪录\n3.今年即须展现某某计划的效果,进入园区之重要路口均需种植花卉。\n"
    got = meta(text)
    assert got["doc_type"] == "纪录"
    assert got["issuers"] == ["青林县政府"]
    # (a record broken is no minutes)
    assert meta("青林县旅游人数创纪录\n记者获悉,今年游客人数再创新高。\n")["doc_type"] is None


def test_a_broadcast_report_announced_today():
    text = ("某某堆填区上午重开\n*****\n电台及电视台当值宣布员注意:\n请尽速播出以下特别报告:\n"
            "环境事务署今日(九月十六日)宣布,位于某某的堆填区将于上午十一时三十分重开。\n完\n2031年9月16日(星期二)\n香港时间11时06分\n")
    got = meta(text)
    assert got["issuers"] == ["环境事务署"] and got["doc_type"] == "报告"


def test_a_title_naming_the_body_under_another_whole():
    text = "青山部林业及自然保育署处务规程\n第一条 青山部林业及自然保育署(以下简称本署)为划分内部各组之工作,特订定本规程。\n"
    assert meta(text)["issuers"] == ["青山部林业及自然保育署"]


def test_a_mayors_policy_report_to_the_council():
    text = ("跳到主要内容区块\n市议会第七届第三次大会施政报告[王市长某某](书面报告Pdf档/1076KB)\n议长、副议长、各位议员女士、先生:\n"
            "欣逢贵会第七届第三次大会开议,首先表示祝贺。某某应邀在此向各位提出青山市政府施政报告,深感荣幸,过去会期中承蒙各位协助。\n")
    got = meta(text)
    assert got["doc_type"] == "报告"
    assert got["issuers"] == ["青山市政府"]


def test_rules_whose_first_article_enacts_them_under_their_law():
    text = "本规程依青山市政府组织自治条例第十六条规定订定之。\n|\n区公所置区长,承市长之命,综理区政,并督导所属人员。\n"
    assert meta(text)["doc_type"] == "规程"
    # (a text about rules is none: 本 of no form)
    assert meta("本报讯 记者从市政府获悉,新修订的规则将于下月施行。\n")["doc_type"] is None


def test_a_despatch_enacting_itself_after_its_considerations_on_one_line():
    text = ("基于本财政年度有需要拨予某某局一项常设基金; 在该局的建议下,并听取有关部门意见; "
            "文化事务司司长行使《某某特别行政区基本法》第十条赋予的职权,作出本批示。 一、设立常设基金。\n")
    got = meta(text)
    assert got["doc_type"] == "批示" and got["issuers"] == ["文化事务司司长"]


def test_a_ministrys_order_in_the_note_under_the_title():
    text = ("当前位置:首页 >> 政策法规\n某某资源规划编制实施办法\n"
            "(2031年10月12日某某资源部第55号令公布 根据2032年7月16日某某部务会议修正)\n"
            "第一条 为加强某某资源规划管理,根据某某法,制定本办法。\n")
    got = meta(text)
    assert got["doc_number"] == "某某资源部第55号令"
    assert got["signed"] == "2031-10-12"


def test_a_relayed_special_report_under_the_news_services_banner():
    text = ("新闻公报\n多个泳池暂停开放\n************\n电台及电视台当值宣布员注意:\n请尽快播出下列特别报告:\n"
            "游泳人士请注意:康乐事务署今日(十月六日)宣布,由于大浪关系,多个泳滩已悬挂红旗。\n2031年10月6日(星期五)\n香港时间9时42分\n")
    got = meta(text)
    assert got["doc_type"] == "报告" and got["issuers"] == ["康乐事务署"]


def test_a_portals_bracketed_labels_after_list_numbers():
    text = ("政务公开 > 政策文件\n  1. [主题分类] 民政\n  2. [发文机构] 青山市人民政府\n  5. [成文日期] 2031-01-14\n"
            "  6. [发文字号] 政府令〔2031〕23号\n青山市街道办事处工作规定\n青山市人民政府令\n第23号\n"
            "  现发布《青山市街道办事处工作规定》,自发布之日起施行。\n")
    got = meta(text)
    assert got["issuers"] == ["青山市人民政府"]
    assert got["signed"] == "2031-01-14"


def test_a_bulletins_masthead_run_on_with_its_text():
    text = ("青山市2031年国民经济和社会发展统计公报\n"
            "青山市统计局 (2032年3月20日) 2031年,面对复杂多变的形势,全市上下攻坚克难,经济运行总体平稳,主要指标好于预期。\n")
    got = meta(text)
    assert got["issuers"] == ["青山市统计局"] and got["signed"] == "2032-03-20"


def test_the_print_line_dates_a_notice_that_gives_no_other_day():
    text = ("关于禁止野外焚烧秸秆的通告\n为保护大气环境,现就有关事项通告如下:\n一、全县范围内禁止野外用火。\n"
            "本通告自发布之日起施行。\n青林县人民政府办公室2031年5月27日印发\n")
    assert meta(text)["signed"] == "2031-05-27"


def test_a_white_paper_is_a_form():
    from policymine.extract.document import doc_type_of

    assert doc_type_of("青山市政府2031年施政白皮书") == "白皮书"


def test_a_reply_answering_its_receiver_its_foot_cut():
    text = ("朗读\n青林乡人民政府:\n你乡《关于调整村级建制的请示》收悉。经研究,现将有关事项批复如下:\n"
            "一、同意你乡村级建制从现有的13个调整为8个。\n")
    assert meta(text)["doc_type"] == "批复"
    # (a guide's model of one, its names left blank, is none)
    assert meta("××乡人民政府:\n你乡《关于××的请示》收悉。经研究,现将有关事项批复如下:\n一、同意。\n")["doc_type"] is None


def test_a_broadcast_notice_naming_no_department():
    text = ("部分活动因天气取消\n**************\n广播电台及电视台当值宣布员注意:\n请尽速播出下项布告,并稍后重播:\n"
            "由于台风关系,部分活动已取消,市民参与活动前,请先向主办方查询。\n完\n2031年8月17日(星期五)\n香港时间4时21分\n")
    got = meta(text)
    assert got["doc_type"] == "布告" and got["issuers"] == []


def test_an_executive_order_is_the_chief_executives():
    text = "行政长官办公室\n第1/2031号行政命令\n公报编号:\n3/2031\n将若干权限授予某某办事处主任。\n"
    got = meta(text)
    assert got["doc_type"] == "命令" and got["issuers"] == ["行政长官"]


def test_a_lost_character_between_two_bodies_parts_them():
    from policymine.extract.document import _split_issuers

    assert _split_issuers("青林县统计局??国家统计局青林调查队") == ["青林县统计局", "国家统计局青林调查队"]


def test_a_work_report_under_its_posting_time_presented_by_the_places_head():
    text = ("2031-01-29 16:07\n政 府 工 作 报 告\n——2031年1月15日在青山市第十六届\n人民代表大会第一次会议上\n"
            "青山市代市长 王 某\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、过去一年工作回顾\n")
    got = meta(text)
    assert got["doc_type"] == "报告" and got["issuers"] == ["青山市人民政府"] and got["signed"] == "2031-01-15"


def test_a_forums_tag_before_the_title_is_no_part_of_the_name():
    text = ("[青山]省人民政府关于同意某某县部分乡镇行政区划调整的批复(青府函〔2031〕22号)\n发表于: 2031-01-26\n"
            "某某县人民政府:\n你县《关于调整部分乡镇行政区划的请示》收悉。经研究,现批复如下:\n一、同意调整。\n")
    assert meta(text)["issuers"] == ["省人民政府"]


def test_an_orders_number_with_its_year_on_the_next_line():
    text = ("中华人民共和国交通运输部令\n2031 年第 8 号\n《某某船舶管理规定》已于2031年6月7日经第7次部务会议通过,现予公布,自2031年8月1日起施行。\n"
            "部 长 王某某\n二○三一年七月五日\n")
    got = meta(text)
    assert got["doc_number"] == "中华人民共和国交通运输部令2031年第8号"
    assert got["issuers"] == ["交通运输部"]
