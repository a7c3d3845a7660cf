"""Rules written this stop from misses of pages already in the set (before rounds 55-57 were read),
on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta


def test_an_orders_note_of_promulgation_over_the_title_it_quotes():
    # the order's head lost: its note of promulgation, its holder and day, then the document's title
    text = ("《某某省人民政府关于调整一批审批事项的决定》已经2019年3月2日省政府第9次常务会议通过,现予公布,"
            "自2019年5月1日起施行。\n省长 某某\n2019年3月20日\n某某省人民政府关于调整一批审批事项的决定\n"
            "省政府决定,调整12项审批事项。各地、各部门要做好衔接工作,确保调整事项落实到位,不出现管理空档。\n")
    got = meta(text)
    assert got["issuers"] == ["某某省人民政府"]
    assert got["doc_type"] == "决定"


def test_a_note_quoting_a_title_the_page_does_not_give_stays_prose():
    # (a news item quoting the note: no title line below it, no document)
    text = ("《某某省人民政府关于调整一批审批事项的决定》已经2019年3月2日省政府第9次常务会议通过,现予公布,"
            "自2019年5月1日起施行。\n记者从省政府获悉,这次调整涉及12项审批事项,各地将在两个月内完成衔接工作。\n")
    assert meta(text)["doc_type"] is None


def test_a_preannouncement_names_the_body_that_enacts_its_rules():
    text = ("预告修正「某某物品输入限制」\n建档日期:112-05-08\n依据:行政程序法第一百五十四条第一项。\n公告事项:\n"
            "一、修正机关:某某部。\n二、修正依据:某某法第十条。\n"
            "三、修正草案如附件,并自2024年1月1日起施行。对于本公告内容有任何意见者,请于本公告刊登公报隔日起60日内陈述意见。\n")
    got = meta(text)
    assert got["issuers"] == ["某某部"]
    assert got["doc_type"] == "公告"
    assert got["published"] == "2023-05-08"
    assert got["effective"] is None  # the draft's day of force, not the notice's


def test_an_enacting_body_without_the_notices_items_is_no_preannouncement():
    text = "某某物品输入限制问答\n修正机关:某某部\n问:这次修正限制了哪些物品?答:主要是三类物品,详见附表,欢迎民众提出意见。\n"
    assert meta(text)["doc_type"] is None


def test_a_portals_furniture_glued_after_the_source_closes_it():
    text = ("关于印发某某工作要点的通知\n发布时间:2030-03-28 09:33信息来源: 某某市教育局阅读次数:编辑:某某 字体:【\n"
            "各县区教育局,各直属学校:\n现将《某某工作要点》印发给你们,请结合实际认真贯彻落实。\n")
    assert meta(text)["issuers"] == ["某某市教育局"]


def test_a_street_offices_work_plan_is_the_streets():
    text = "某某街道2030年工作总结和2031年工作计划\n- 时间:2031-02-24\n一、2030年工作回顾\n2030年以来,街道办事处扎实推进各项工作,各项事业齐头并进,群众满意度稳步提高。\n"
    assert meta(text)["issuers"] == ["某某街道"]


def test_a_councils_own_rules_are_the_councils_its_organisation_rules_are_not():
    text = ("某某市政府主管法规共用系统\n法规名称: 某某市议会议事规则\n公发布日: 民国 100 年 01 月 27 日\n"
            "发文字号: 议法字第1100000001号令\n第一条 本规则依某某市议会组织自治条例第二十五条规定订定之。\n")
    assert meta(text)["issuers"] == ["某某市议会"]
    text = ("某某省政府主管法规共用系统\n法规名称: 某某县议会组织规程\n公发布日: 民国 82 年 01 月 27 日\n"
            "第一条 本规程依某某法第九条规定订定之。\n")
    assert meta(text)["issuers"] != ["某某县议会"]


def test_a_sites_header_tools_are_navigation():
    from policymine.layout import line_role

    for line in ("设为首页 | 加入收藏", "加入收藏 | 会员中心", "繁体版 | English", "网站地图"):
        assert line_role(line) == "nav", line
    assert line_role("某某市2030年国民经济和社会发展统计公报") != "nav"


def test_a_history_whose_latest_act_repeals_the_rules_is_that_order():
    text = ("法规名称: 某某人员管理办法\n沿革:\n1.中华民国八十九年二月十一日某部(89)台内字第 8900001 号令订定发布全文 26 条\n"
            "2.中华民国九十八年四月二十八日某部台内字第 0980000001 号令发\n布废止\n")
    assert meta(text)["doc_type"] == "令"
    text = ("法规名称: 某某人员管理办法\n沿革:\n1.中华民国八十九年二月十一日某部(89)台内字第 8900001 号令订定发布全文 26 条\n"
            "2.中华民国九十八年四月二十八日某部台内字第 0980000001 号令修正发布第 3 条条文\n")
    assert meta(text)["doc_type"] == "办法"


def test_a_work_report_presented_by_a_bare_ranks_head_is_placed_by_its_congress():
    text = ("2030年某某自治区人民政府工作报告\n政府工作报告\n——2030年1月12日在某某自治区第十三届人民代表大会第三次会议上\n"
            "自治区主席 某某\n各位代表:\n现在,我代表自治区人民政府向大会报告工作,请予审议,并请自治区政协各位委员提出意见。\n")
    assert meta(text)["issuers"] == ["某某自治区人民政府"]


def test_a_work_report_opening_on_its_speakers_first_sentence():
    text = ("现在,我代表某某区人民政府,向大会作政府工作报告,请予审议,并请区政协委员和其他列席人员提出意见。\n"
            "2029年工作回顾\n2029年是某某区实现稳步发展不寻常的一年,发展后劲明显增强,群众日子越过越好。\n")
    got = meta(text)
    assert got["doc_type"] == "报告"
    assert got["issuers"] == ["某某区人民政府"]
    # (a news item that reports the sentence is no report)
    text = ("本报讯 昨天上午,某某区第五届人民代表大会第三次会议开幕。区长某某说:“我代表某某区人民政府,向大会作政府工作报告。”"
            "会议听取了报告,代表们进行了审议。\n")
    assert meta(text)["doc_type"] is None


def test_a_bulletins_masthead_glued_into_its_text():
    text = ("1、-1-湖北省 2030 年国民经济和社会发展统计公报1湖北省统计局国家统计局湖北调查总队2031 年 3 月 24 日2030 年是"
            "实现规划目标任务的关键一年。全省各地狠抓落实,各项指标好于预期,发展基础更加牢固。"
            "一、综合经初步测算,全年生产总值253231.0 亿元,比上年增长 4.8%。其中,第一产业增加值"
            "4899.7亿元,增长 3.0%;第二产业增加值 19534.6 亿元,增长 5.7%;第三产业增加值稳步增长。\n")
    got = meta(text)
    assert got["issuers"] == ["湖北省统计局", "国家统计局湖北调查总队"]
    assert got["doc_type"] == "公报"
    assert got["signed"] == "2031-03-24"


def test_a_bulletins_masthead_outranks_the_portals_source():
    text = ("湖北省2030年国民经济和社会发展统计公报\n时间:2031-08-12 23:58:08 来源:湖北省统计局 作者: 点击:624次\n"
            "湖北省统计局国家统计局湖北调查总队\n2031年4月\n"
            "2030年,全省各项指标好于预期,生产总值比上年增长5.2%,各项事业齐头并进。\n")
    assert meta(text)["issuers"] == ["湖北省统计局", "国家统计局湖北调查总队"]


def test_a_notice_to_the_public_under_its_portals_table_names_its_form():
    text = ("发布机构: | 某某镇人民政府 | 生成日期: | 2030-02-07 14:40:51 |\n尊敬的某某镇居民:\n"
            "2030年春节将至,为维护公共安全管理秩序,按照县里的统一部署,现将有关事项通告如下:\n"
            "一、下列地点一律不得燃放。\n")
    got = meta(text)
    assert got["doc_type"] == "通告"
    assert got["issuers"] == ["某某镇人民政府"]


def test_a_taiwan_record_run_on_one_line_with_its_attachments_field():
    text = ("预告订定某某限量基准草案\n某某部 公告 发文日期:中华民国105年2月5日 发文字号:某部中字第1051860001号 "
            "附件:如文(1051860001-1.doc) 主旨:预告订定某某限量基准草案。 依据:行政程序法第一百五十四条第一项。\n")
    got = meta(text)
    assert got["issuers"] == ["某某部"]
    assert got["doc_number"] == "某部中字第1051860001号"
    assert got["signed"] == "2016-02-05"


def test_a_forwarding_verb_before_the_title_is_no_body():
    text = ("某某市农业局\n转发省农业厅关于开展某某专题调研的通知\n某农通〔2030〕461号\n各县(市、区)农业局:\n"
            "现将省农业厅《关于开展某某专题调研的通知》转发给你们,请认真贯彻执行。\n")
    assert "转发省农业厅" not in meta(text)["issuers"]


def test_a_work_reports_occasion_abbreviated_gives_its_day():
    text = ("政 府 工 作 报 告\n(2030年2月23日在自治县十届人大二次会议上)\n某某自治县人民政府县长 某某\n各位代表:\n"
            "现在,我代表自治县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见和建议。\n")
    assert meta(text)["signed"] == "2030-02-23"


def test_a_work_report_without_its_title_dated_by_its_occasion_over_two_lines():
    text = ("——2030年3月26日在某某藏族自治州第九届\n人民代表大会第六次会议上\n某某藏族自治州人民政府州长 某某\n各位代表:\n"
            "现在,我代表州人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。\n一、2029年工作回顾\n")
    assert meta(text)["signed"] == "2030-03-26"


def test_a_work_report_speaks_for_its_government_over_the_portals_source():
    text = ("2030年绥芬河市政府工作报告\n更新时间:2030-06-09 20:22   来源:绥芬河市人民政府办公室\n政 府 工 作 报 告\n"
            "绥芬河市市长 某某\n各位代表:\n现在,我代表绥芬河市人民政府向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。\n")
    assert meta(text)["issuers"] == ["绥芬河市人民政府"]


def test_a_joint_order_whose_bodies_are_dated_apart():
    text = ("法规资讯中央现行法规\n某某/院务\n中华民国41年4月9日\n"
            "中华民国69年10月20日考试院考台人字第03001号、10月24日行政院台法字第12001号令会衔修正发布全文九条\n")
    got = meta(text)
    assert got["issuers"] == ["考试院", "行政院"]
    assert got["doc_number"] == "考台人字第03001号"
    assert got["signed"] == "1980-10-20"


def test_a_notice_letter_and_an_appeal_are_forms():
    from policymine.extract.document import doc_type_of

    assert doc_type_of("某某镇关于临时关闭农村集市的告知书") == "告知书"
    assert doc_type_of("某某镇关于春节期间禁止燃放烟花爆竹的倡议书") == "倡议书"
    assert doc_type_of("告知书") == "告知书"


def test_the_mark_of_the_issuing_body_over_the_document():
    text = ("湖北省教育厅文件\n鄂教发[2030]1号关于印发《某某工作要点》的通知\n各市(州)教育局,各高等学校:\n"
            "现将《某某工作要点》印发给你们,请结合实际,认真抓好贯彻落实。\n")
    assert meta(text)["issuers"] == ["湖北省教育厅"]
    text = ("中共某某县委 某某县人民政府文件\n某发〔2030〕3号\n关于加强某某工作的意见\n各乡镇党委、人民政府:\n"
            "为加强某某工作,现提出如下意见。\n")
    assert meta(text)["issuers"][:1] == ["中共某某县委"]


def test_a_work_reports_occasion_below_the_portals_chrome():
    text = ("2030年某某黎族自治县政府工作报告\n来源: 发布日期:2030-01-28 10:32 分享到:\n微信\nX\n【字体: 小   中   大\n"
            "政府工作报告\n——2030年1月6日在某某黎族自治县第十六届人民代表大会第三次会议上\n某某黎族自治县人民政府县长 某某\n"
            "各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。\n")
    assert meta(text)["signed"] == "2030-01-06"


def test_a_gazettes_note_of_number_and_day_in_brackets_under_the_title():
    text = ("宁夏回族自治区人民政府办公厅关于印发\n《某某规定》的通知\n(宁政办发〔2030〕99号 2030年5月29日)\n"
            "各市、县(区)人民政府,自治区政府各部门:\n现将《某某规定》印发给你们,请认真遵照执行。\n")
    got = meta(text)
    assert got["doc_number"] == "宁政办发〔2030〕99号"
    assert got["signed"] == "2030-05-29"


def test_the_work_reports_of_other_bodies_are_dated_by_their_occasion():
    text = ("某某市人民检察院工作报告\n——2030年1月6日在某某市第十八届人民代表大会第一次会议上\n某某市人民检察院检察长 某某\n"
            "各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议。\n")
    got = meta(text)
    assert got["signed"] == "2030-01-06"
    assert got["issuers"] != ["某某市人民政府"]
    text = ("某某同志在政协某某市第十三届委员会常务委员会工作报告\n(2030年1月10日在政协某某市第十四届委员会第一次会议上)\n"
            "各位委员:\n我代表政协某某市第十三届委员会常务委员会,向大会报告工作,请予审议。\n")
    got = meta(text)
    assert got["signed"] == "2030-01-10"
    assert not any("同志" in x for x in got["issuers"])


def test_a_statistical_bulletin_or_a_plan_is_the_document_its_title_names():
    text = ("设为首页收藏本站\n查看: 698|回复: 0\n[某区] 2030年某某旗国民经济和社会发展统计公报\n[复制链接]\n签到天数: 720 天\n"
            "发表于 2031-8-9 16:34:46 | 显示全部楼层 |阅读模式\n2030年某某旗国民经济和社会发展统计公报\n"
            "2030年,全旗各项指标好于预期,生产总值比上年增长5.2%,各项事业齐头并进,发展基础更加牢固。\n")
    assert meta(text)["doc_type"] == "公报"
    text = ("某某市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要\n"
            "“十五五”时期是某某市发展进程中极为关键的五年,全市上下要乘势而上,奋力开创高质量发展新局面。\n")
    assert meta(text)["doc_type"] == "纲要"
    # (a headline reporting a plan is none)
    text = "某市发布国民经济和社会发展第十五个五年规划纲要\n记者从市发改委获悉,规划纲要日前正式发布,明确了今后五年的发展目标。\n"
    assert meta(text)["doc_type"] is None


def test_the_body_that_issues_it_over_a_broken_title():
    text = ("江西省公安厅发布\n关于敦促某某人员\n限期返乡报到的通告\n"
            "一、本通告所称某某人员是指在境外从事违法犯罪活动的人员。\n二、在2030年4月30日前报到的,依法从宽处理。\n")
    got = meta(text)
    assert got["issuers"] == ["江西省公安厅"]
    assert got["doc_type"] == "通告"


def test_a_publicity_notice_in_its_own_words_its_title_lost():
    text = ("根据《某某部关于开展示范村镇创建工作的通知》要求,经各市推荐、省厅评审,拟认定某某镇等11个乡镇为示范乡镇,现予公示。"
            "如有异议,请于8月4日前以书面形式实名向省某某厅某某处反映。\n联系地址:某某市某某路7号\n")
    assert meta(text)["doc_type"] == "公示"
    # (news that a list is up for objections is no 公示)
    text = ("本报讯(记者 某某)日前,省某某厅对示范乡镇名单进行公示。如有异议,可在8月4日前向该厅反映。"
            "据了解,这是该省第三次开展此类评选活动。\n")
    assert meta(text)["doc_type"] is None


def test_a_page_opening_on_its_salutation_that_names_its_own_form():
    text = ("各市、县(区)人民政府,自治区政府各部门、直属机构:\n"
            "为贯彻落实《某某规划》精神,结合我区实际,现提出如下实施意见。\n一、总体要求\n坚持把促进就业放在经济社会发展的优先位置。\n")
    assert meta(text)["doc_type"] == "意见"


def test_a_joint_signature_with_a_tables_cell_bar_after_its_date():
    text = ("关于某某公路改建工程封闭交通施工的通告\n某某公路改建工程期间,该路段实行全封闭,车辆请按下列线路绕行。\n"
            "特此通告。\n某某县公安局 某某县交通运输局 2030年3月1日 |\n")
    got = meta(text)
    assert got["issuers"] == ["某某县公安局", "某某县交通运输局"]
    assert got["signed"] == "2030-03-01"


def test_a_resolution_under_its_note_of_adoption_is_the_sessions():
    text = ("(2030年2月20日某某区第十七届人民代表大会第三次会议通过)\n"
            "某某市某某区第十七届人民代表大会第三次会议听取和审查了区人民法院工作报告,决定批准这个报告。\n"
            "会议要求,区人民法院要忠实履行宪法和法律赋予的职责。\n")
    got = meta(text)
    assert got["issuers"] == ["某某区第十七届人民代表大会第三次会议"]
    assert got["signed"] == "2030-02-20"
    text = ("关于某某省国民经济和社会发展第十五个五年规划纲要的决议\n信息来源:某某人大网  发布日期:2031-02-02\n"
            "2031年2月1日某某省第十三届人民代表大会第四次会议通过\n某某省第十三届人民代表大会第四次会议审查了规划纲要草案,决定批准这个规划纲要。\n")
    got = meta(text)
    assert got["issuers"] == ["某某省第十三届人民代表大会第四次会议"]
    assert got["doc_type"] == "决议"
    assert got["signed"] == "2031-02-01"


def test_the_bodies_under_its_closing_sign_an_undated_notice():
    text = ("关于某某路封闭施工的通告\n因某某路改造施工,自即日起对该路段实行封闭,过往车辆请绕行。\n\n特此通告。\n\n"
            "某某县公安局交通管理大队\n\n某某县住房和城乡建设局\n\n分享到:\n")
    assert meta(text)["issuers"] == ["某某县公安局交通管理大队", "某某县住房和城乡建设局"]


def test_a_title_with_a_tables_cell_bar_after_it():
    text = ("某某市卫生计生委关于印发2030年某某工作总结和2031年某某工作要点的通知 |\n各区、县(市)卫生计生局,各处室:\n"
            "《2030年某某工作总结》和《2031年某某工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。\n某某市卫生计生委\n2031年2月22日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "要点"


def test_a_number_in_small_tortoise_shell_brackets():
    from policymine.extract.document import find_doc_number

    assert find_doc_number("某政规﹝2030﹞3号") == "某政规﹝2030﹞3号"


def test_an_orders_number_names_its_body_over_a_portals_source():
    text = ("某某价格指数行为管理办法(试行)\n发布日期:2031-06-11|字体:| 下载收藏\n  来源:某某数据中心\n"
            "(2031年6月11日经国家发展改革委第17次委务会通过2031年6月12日国家发展改革委令第43号公布自2031年8月1日起施行)\n"
            "第一章总则\n第一条为了规范价格指数行为,制定本办法。\n")
    assert meta(text)["issuers"] == ["国家发展改革委"]


def test_a_signatures_date_indented_by_lost_marks():
    text = ("各县(市)、区人民政府,市政府各直属单位:\n??经市政府同意,现将《某某规划》印发给你们,请认真贯彻执行。\n"
            "某某市人民政府办公室\n??2030年5月14日\n??某某规划\n")
    got = meta(text)
    assert got["issuers"] == ["某某市人民政府办公室"]
    assert got["signed"] == "2030-05-14"


def test_a_reply_letter_in_traditional_script():
    from policymine.extract.document import doc_type_of

    # (覆函, the traditional script's 复函: conversion to simplified leaves it as it is)
    assert doc_type_of("某某县民政局关于某某提案的覆函") == "复函"


def test_a_banners_document_under_its_bare_name():
    # (its title's name, as written; a county's name alone places nothing, test_docmeta_rules.py)
    text = ("苏尼特左旗关于2031年进入春季防火期的通告\n\n为有效预防和控制火灾,确保人民群众生命财产安全,现将有关事宜通告如下:\n"
            "一、2031年3月15日至2031年6月15日为全旗春季防火期。\n")
    got = meta(text)
    assert got["issuers"] == ["苏尼特左旗"]


def test_a_title_dated_in_brackets_at_its_end():
    text = ("导航菜单\n(天津市)天津市河东区人民政府工作报告(2031年1月8日)\n  二、2031年主要目标任务\n"
            "今年是规划开局之年,我们要勇担使命、开拓进取,奋力开创高质量发展新局面,各项工作要抓紧抓实。\n")
    assert meta(text)["signed"] == "2031-01-08"


def test_a_title_dated_in_numerals_in_brackets_at_its_end():
    text = ("导航菜单\n(天津市)天津市河东区人民政府工作报告(二〇三一年一月八日)\n  二、2031年主要目标任务\n"
            "今年是规划开局之年,我们要勇担使命、开拓进取,奋力开创高质量发展新局面,各项工作要抓紧抓实。\n")
    assert meta(text)["signed"] == "2031-01-08"
