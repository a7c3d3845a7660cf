"""Rules written this stop (rounds 87-90), on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta
from policymine.extract.document import signature

BODY = "各乡镇人民政府,县直各部门:\n现将《规划》印发给你们,请结合实际认真贯彻落实,确保各项任务按期完成。\n"


def test_a_portals_short_office_names_split_at_semicolons_are_its_publishers():
    text = ("当前位置:首页 > 政府信息公开 > 规划\n关于印发武平县乡村道路养护规划的通知\n"
            "索引号 350824003/2031-00111 发文字号 武政办发〔2031〕50号\n关键词 发布机构 武平县政府办;武平县交通局\n"
            "生成日期 2031-04-29\n" + BODY)
    got = meta(text)
    assert got["issuers"] == ["武平县政府办", "武平县交通局"]
    assert got["level"] == "county"


def test_a_bare_ban_is_no_office():
    # (举办 ends a verb, not an office's short name)
    text = "来源:县里举办\n武平县道路养护规划的通知\n" + BODY
    assert "县里举办" not in meta(text)["issuers"]


def test_a_title_opening_with_its_placed_body_comes_before_the_portals_office():
    text = ("当前位置:武平县人民政府 > 公示公告\n武平县人民政府森林防火禁火令\n2031-01-08 15:39 来源:武平县林业局 访问量:\n"
            "为切实做好森林防火工作,保护森林资源安全,根据有关法律法规,决定全县进入森林防火戒严期。\n")
    assert meta(text)["issuers"] == ["武平县人民政府"]


def test_a_bare_government_in_a_title_is_its_subject_not_its_body():
    text = ("武平县法治政府建设年度报告\n发布机构 武平县司法局 生成日期 2031-02-01\n"
            "一年来,全县坚持依法行政,法治政府建设各项工作扎实推进,取得明显成效,现将有关情况报告如下。\n")
    assert meta(text)["issuers"] == ["武平县司法局"]


def test_a_work_reports_presenter_with_a_spaced_name_before_the_portals_office():
    text = ("武平县2031年政府工作报告\n更新时间:2031-02-27 11:21:00   来源:县政府办  作者:\n政 府 工 作 报 告\n"
            "武平县人民政府县长  王 某\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n")
    assert meta(text)["issuers"] == ["武平县人民政府"]


def test_a_presenter_by_a_bare_rank_names_no_place():
    text = ("武平县2031年政府工作报告\n更新时间:2031-02-27 11:21:00   来源:县政府办  作者:\n"
            "县人民政府县长 王 某\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n")
    assert meta(text)["issuers"] != ["县人民政府"]


def test_a_signature_over_a_date_whose_year_was_lost_still_signs():
    assert signature(("中共某某县委员会", "某某县人民政府", "年2月22日")) == (["中共某某县委员会", "某某县人民政府"], None, 2)
    assert signature(("某某县人民政府", "二月二十二日"))[0] == ["某某县人民政府"]


def test_a_long_name_broken_over_two_lines_in_a_signature():
    lines = ("特此通告。", "武平县新型冠状病毒感染的", "肺炎疫情防控指挥部", "2031年2月21日")
    assert signature(lines)[0] == ["武平县新型冠状病毒感染的肺炎疫情防控指挥部"]
    # (a body with its own place on the line under a line of its own is no broken name)
    assert signature(("福建省统计", "国家统计局福建调查总队", "2031年2月21日"))[0] == ["国家统计局福建调查总队"]


def test_a_forwarding_title_without_its_form_is_a_notice_of_the_bodies_before_its_verb():
    text = ("北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈某某补助费使用管理暂行办法〉的通知》\n"
            "各区财政局、水利局:\n现将财政部、水利部《关于颁发〈某某补助费使用管理暂行办法〉的通知》转发给你们,请遵照执行。\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "通知"
    assert got["issuers"] == ["北京市财政局", "北京市水利局"]


def test_a_place_whose_name_holds_he_is_no_pair_of_bodies():
    from policymine.extract.document import is_issuer_line

    for name in ("呼和浩特市公安局交通管理支队", "和田地区行政公署", "天津市和平区人民政府", "和顺县人民政府"):
        assert is_issuer_line(name), name
    assert not is_issuer_line("某县教育局和某县财政局")


def test_a_sessions_resolution_with_the_session_over_its_about_line():
    text = ("镇人大会议文件(3)\n武平镇第九届人民代表大会第二次会议\n关于《武平镇政府工作报告》\n的决议(草案)\n"
            "(2031年2月10日武平镇九届人大二次会议)\n武平镇第九届人民代表大会第二次会议听取和审议了镇长所作的政府工作报告。会议决定批准这个报告。\n")
    got = meta(text)
    assert got["doc_type"] == "决议"
    assert got["issuers"] == ["武平镇第九届人民代表大会第二次会议"]
    assert got["signed"] == "2031-02-10"


def test_an_adoption_note_broken_over_two_lines_names_the_session():
    text = ("武平县国民经济和社会发展第十六个\n五年规划和2045年远景目标纲要\n(2031年1月14日武平县第十九届\n人民代表大会第五次会议通过)\n"
            "本纲要根据县委的建议编制,主要阐明今后五年全县经济社会发展的目标、任务和举措,是政府履行职责的重要依据。\n")
    got = meta(text)
    assert got["doc_type"] == "纲要"
    assert got["issuers"] == ["武平县第十九届人民代表大会第五次会议"]
    assert got["signed"] == "2031-01-14"


def test_a_procuratorates_report_titled_by_its_presenter_and_dated_by_its_occasion():
    text = ("——2031年12月16日在武平县第十九届人民代表大会第一次会议上\n武平县人民检察院代理检察长 某某\n各位代表:\n"
            "现在,我代表武平县人民检察院向大会报告工作,请予审议,并请政协委员和列席人员提出意见。\n")
    got = meta(text)
    assert got["doc_type"] == "报告"
    assert got["issuers"] == ["武平县人民检察院"]
    assert got["signed"] == "2031-12-16"


def test_a_title_opening_with_about_names_no_body():
    text = ("关于在各单位组建青年工作委员会的通知\n各有关单位:\n为进一步活跃机关青年工作,结合实际,团县委经研究决定在各单位组建青年工作委员会。相关要求如下:\n"
            "一、组建的目的和意义\n")
    got = meta(text)
    assert got["issuers"] == ["团县委"]  # (the body that decides, in a clause of the opening sentence)
    assert got["doc_type"] == "通知"


def test_the_body_that_approved_it_is_no_subject():
    text = ("关于某某项目征收土地的预公告\n为了公共利益的需要,经县政府研究决定,拟征收下列土地,现将有关事项公告如下:\n一、征收范围\n")
    assert meta(text)["issuers"] != ["经县政府"]


def test_a_sites_name_after_the_title_on_its_line_is_no_part_of_it():
    from policymine.extract.document import _undecorated

    assert _undecorated("关于征集提案线索的公告-某某网站") == "关于征集提案线索的公告"
    assert _undecorated("关于做好某某工作的通知_某某市人民政府") == "关于做好某某工作的通知"
    assert _undecorated("某某办法-第三章") == "某某办法-第三章"


def test_a_number_alone_on_its_line_with_its_word_or_its_hao_lost():
    from policymine.extract.document import find_doc_number

    assert find_doc_number("〔2031〕第2号") == "〔2031〕第2号"
    assert find_doc_number("某政协办〔2031〕22") == "某政协办〔2031〕22"
    assert find_doc_number("2031年第2季度") is None


def test_a_numbers_code_is_no_body():
    text = ("关于做好提案征集工作的通知\n发布时间:2031-11-20\n武政协办〔2031〕22\n关于做好提案征集工作的通知\n"
            "各委员:\n为做好会议提案征集工作,现将有关事项通知如下:\n一、提案的内容\n")
    got = meta(text)
    assert got["doc_number"] == "武政协办〔2031〕22"
    assert got["issuers"] != ["武政协"]
    order = "武平县人民政府令\n第137号\n《武平县某某办法》已经县人民政府常务会议通过,现予公布,自2031年1月1日起施行。\n县长 某某\n2031年11月20日\n"
    assert meta(order)["issuers"] == ["武平县人民政府"]


def test_a_hong_kong_ordinance_is_its_legislatures_by_its_enacting_formula():
    text = ("A001\n法律适应化修改(某某)条例\n本条例旨在修订若干法则,使其与《基本法》相符。\n[2031年7月1日]\n由临时立法会制定。\n"
            "1.简称及生效日期\n本条例名为《法律适应化修改(某某)条例》。\n")
    got = meta(text)
    assert got["issuers"] == ["临时立法会"]
    assert got["doc_type"] == "条例"


def test_a_legislatures_resolution_signed_by_its_chair_under_the_day_it_passed():
    text = ("立法会根据《澳门特别行政区基本法》第七十五条第一款规定,作出如下决议:\n第一条:通过《某某规则》,载于本决议的附件中。\n"
            "第二条:本决议即时生效。\n二〇三一年十二月二十日通过\n澳门特别行政区立法会主席\n某某某\n")
    got = meta(text)
    assert got["doc_type"] == "决议"
    assert got["issuers"] == ["澳门特别行政区立法会"]
    assert got["signed"] == "2031-12-20"


def test_a_meetings_record_dated_on_its_title_line_in_taiwans_figures():
    text = ("跳到主要内容区块\n台南市政府第999次市政会议纪录120/05/09\n\n市长提示:\n一、请各局处加强宣导,维护市民健康。\n"
            "决定:准予备查。\n")
    got = meta(text)
    assert got["doc_type"] == "纪录"
    assert got["issuers"] == ["台南市政府"]
    assert got["signed"] == "2031-05-09"


def test_a_law_databases_bracketed_record_run_into_its_text():
    text = ("武平县殡葬管理办法(2031)\n武平县殡葬管理实施规定文章属性•【制定机关】武平县人民政府•【公布日期】2031.07.24•【字号】武平县人民政府令第103号"
            "•【施行日期】2031.09.01•【时效性】现行有效正文武平县人民政府令第103号《武平县殡葬管理实施规定》已经县政府常务会议通过。\n"
            "现予发布,自2031年9月1日起施行。\n")
    got = meta(text)
    assert got["doc_number"] == "武平县人民政府令第103号"
    assert got["issuers"] == ["武平县人民政府"]


def test_a_bulletins_place_in_its_series_and_a_surveys_ordinal_title():
    text = ("2031-05-14 10:59:10\n第九次全国人口普查公报[1](第一号)\n——第九次全国人口普查工作基本情况\n国家统计局\n"
            "国务院第九次全国人口普查领导小组办公室\n2031年5月11日\n根据《中华人民共和国统计法》规定,我国进行了第九次全国人口普查。普查圆满完成。\n")
    got = meta(text)
    assert got["doc_type"] == "公报"
    assert got["issuers"] == ["国家统计局", "国务院第九次全国人口普查领导小组办公室"]
    assert got["signed"] == "2031-05-11"


def test_a_portals_classification_cell_is_no_title_and_its_dated_cells_no_date_line():
    text = ("某某部关于修改《某某管理规定》的决定(中华人民共和国某某部令2031年第32号)\n文号\n某某部令2031年第32号\n公开日期\n2031年12月24日\n"
            "主题分类\n部颁规章\n公文类型\n部令\n《某某部关于修改〈某某管理规定〉的决定》已于2031年11月20日经部务会议通过,现予公布,自公布之日起施行。\n"
            "部长 某某\n2031年11月28日\n")
    got = meta(text)
    assert got["doc_type"] == "决定"
    assert got["signed"] == "2031-11-28"


def test_an_orders_name_in_quotes_over_its_number():
    text = ("[资料] 震后某某公告规定\n发表于 2031-8-11 18:29\n《中国地震局令》\n第 2 号\n《震后某某公告规定》,已于 2031 年 12 月 29 日经中国地震局局务会议通过,现予发布,自发布之日起施行。\n"
            "局长 某某某\n震后某某公告规定\n第一条 为了加强管理,制定本规定。\n")
    got = meta(text)
    assert got["doc_number"] == "中国地震局令第2号"
    assert got["issuers"] == ["中国地震局"]


def test_a_central_body_by_a_law_databases_title_named_by_its_text():
    text = ("某某工程监理暂行规定\n作者:某某网 时间:2031-07-09 10:10:29\n某某工程监理暂行规定\n信息产业部\n关于发布《某某工程监理暂行规定》的通知\n"
            "信部信(2031)570号\n各省、自治区、直辖市信息产业主管部门:\n为加强管理,信息产业部特制定《某某工程监理暂行规定》,现予发布。\n")
    assert meta(text)["issuers"] == ["信息产业部"]
    chrome = text.replace("信息产业部\n", "返回顶部\n", 1)
    assert meta(chrome)["issuers"] != ["返回顶部"]


def test_a_publicity_notice_that_names_itself_without_its_title():
    text = ("根据《某某工作方案》,经各地申报、专家评审,遴选出首批示范县10个,现予公示,时间为2031年10月7日至10月11日。\n"
            "对公示内容若有异议,请在公示期内书面反映。\n四川省教育厅\n2031年10月7日\n")
    got = meta(text)
    assert got["doc_type"] == "公示"
    assert got["issuers"] == ["四川省教育厅"]


def test_an_issuing_notice_without_its_title_that_notifies_as_it_issues():
    text = ("各区人民政府,市人民政府各部门:\n《2031年某某目标任务分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下,请一并贯彻执行。\n"
            "一、加强工作统筹。\n武汉市人民政府办公厅\n2031年1月22日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "方案"


def test_a_gazettes_contents_is_no_document():
    text = ("某区人民政府公报\n2031\n目 录\n【区政府文件】\n某区人民政府关于某某事项的通知\n(某区府〔2031〕4号)……………………1\n"
            "某区人民政府关于征收土地决定的公告\n(某区府〔2031〕8号)……………………8\n某区人民政府关于印发某某办法的通知\n(某区府〔2031〕10号)………………15\n")
    got = meta(text)
    assert got["doc_number"] is None and got["issuers"] == [] and got["doc_type"] is None


def test_a_number_glued_before_the_body_that_opens_the_title():
    text = ("武政发〔2031〕6号武平县人民政府武平县2031年度第三批次土地征收预公告\n"
            "为保障经济发展用地需要,根据有关法律法规的规定,现发布本批次土地征收预公告。\n一、拟征收土地目的\n")
    got = meta(text)
    assert got["doc_number"] == "武政发〔2031〕6号"
    assert got["issuers"] == ["武平县人民政府"]


def test_a_resolution_whose_text_opens_with_the_session_that_resolves():
    text = ("武平县第九届人民代表大会第五次会议听取和审议了某某院长所作的县人民法院工作报告。会议对县人民法院过去一年的工作表示满意,"
            "同意报告提出的新一年工作安排,决定批准这个报告。\n会议要求,县人民法院要坚持公正司法。\n")
    got = meta(text)
    assert got["issuers"] == ["武平县第九届人民代表大会第五次会议"]
    news = "武平县第九届人民代表大会第五次会议听取和审议了县人民法院工作报告。代表们认为,报告实事求是。\n"
    assert meta(news)["issuers"] == []  # (no 批准: a report of the sitting, no resolution)


def test_a_bare_number_opening_the_title_line():
    text = ("〔2031〕第39号武平县人民政府征收土地预公告\n为了公共利益的需要,根据有关法律法规,现将本次拟征收土地的有关事项公告如下:\n一、征收目的\n")
    got = meta(text)
    assert got["doc_number"] == "〔2031〕第39号"
    assert got["issuers"] == ["武平县人民政府"]


def test_a_portals_lead_paragraph_before_the_documents_title():
    text = ("2031武平县春节禁止燃放烟花爆竹时间和区域\n导语 小编为你汇总了2031年春节期间武平县禁止燃放烟花爆竹的时间和区域,详情见下文。\n"
            "武平县人民政府关于在武平县禁燃限放烟花爆竹的通告\n为加强烟花爆竹的安全管理,根据有关规定,结合本县实际,制定本通告。\n一、禁止燃放区域\n")
    got = meta(text)
    assert got["doc_type"] == "通告"
    assert got["issuers"] == ["武平县人民政府"]


def test_a_macau_acts_number_as_a_tables_value():
    from policymine.extract.document import read_fields

    assert read_fields(["发布文号: 第221/2031号行政长官批示"])["doc_number"] == "第221/2031号行政长官批示"


def test_a_notices_title_over_the_issued_documents_heading_with_words_of_its_own():
    text = ("关于印发武平县“十五五” 乡村道路养护规划的通知\n发布时间: 2031-04-29\n索引号 350824003/2031-00111 发文字号 武政办发〔2031〕50号\n"
            "关键词 发布机构 武平县政府办\n生成日期 2031-04-29\n武平县乡村道路养护规划(2031-2035年)\n"
            "乡村道路养护是民生工程,是推进乡村振兴的重要基础,本规划明确了今后五年全县乡村道路养护的目标和任务。\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "规划"


def test_a_report_presented_by_a_departments_head_and_dated_by_its_occasion():
    text = ("关于武平县2030年度县级预算执行和其他财政收支的审计工作报告\n—2031年9月2日在武平县第十九届人民代表大会常务委员会第三十九次会议上\n"
            "武平县审计局局长 某某\n县人大常委会主任、各位副主任,委员:\n我受县人民政府委托,向县人大常委会报告2030年度县级预算执行和其他财政收支的审计情况。\n")
    got = meta(text)
    assert got["issuers"] == ["武平县审计局"]
    assert got["signed"] == "2031-09-02"


def test_short_heads_of_zones_and_streets_and_an_autonomous_county_by_its_short_name():
    from policymine.extract.document import is_issuer_line

    assert is_issuer_line("惠州大亚湾经济技术开发区管委会")
    assert is_issuer_line("某某街道办事处")
    text = "木垒县关于划定某某管控区域的通告\n为保障公共安全,根据有关规定,结合我县实际,决定划定管控区域。现通告如下:\n一、管控区域\n"
    assert meta(text)["issuers"] == ["木垒县"]


def test_a_meetings_record_dated_by_its_time_field():
    text = ("委员会纪录\n立法院第99届第1会期内政委员会第21次全体委员会议纪录\n时 间 中华民国120年5月30日(星期四)9时4分至13时3分\n"
            "地 点 本院红楼202会议室\n主 席 某委员某某\n")
    assert meta(text)["signed"] == "2031-05-30"


def test_a_zone_named_after_its_citys_short_name_is_placed_at_county_level():
    from policymine.extract.document import issuer_place

    assert issuer_place("惠州大亚湾经济技术开发区管委会", shape=False) == ("county", ["广东省", "惠州市"])
    assert issuer_place("惠州市人民政府", shape=False) == ("city", ["广东省", "惠州市"])
    text = "惠州某湾经济技术开发区管委会\n土地征收公告\n惠某管〔2031〕11号\n各村集体经济组织和农户:\n为了公共利益的需要,现将征收土地的事项公告如下:\n一、拟征收土地的位置\n"
    assert meta(text)["issuers"] == ["惠州某湾经济技术开发区管委会"]


def test_a_gazettes_note_of_number_and_day_under_the_title():
    text = ("【发布文号】渝府发[2031]8号 【发布日期】2031-07-24 【所属类别】地方法规\n重庆市人民政府关于印发某某办法的通知\n"
            "(渝府发〔2031〕8号一〇三一年七月十四日)\n各区县人民政府:\n现将《某某办法》印发给你们,请遵照执行。\n")
    got = meta(text)
    assert got["doc_number"] == "渝府发[2031]8号"
    text2 = text.replace("(渝府发〔2031〕8号一〇三一年七月十四日)", "(渝府发〔2031〕8号 2031年07月14日)")
    assert meta(text2)["signed"] == "2031-07-14"


def test_a_statistics_bodys_release_of_figures_names_no_form():
    text = ("2031年一季度国内生产总值初步核算结果\n• 时间:2031-04-17\n• 来源:国家统计局\n"
            "根据有关基础资料和核算方法,初步核算,一季度国内生产总值296299亿元,按不变价格计算,同比增长5.3%。"
            "其中,第一产业增加值11538亿元,增长3.3%;第二产业增加值109846亿元,增长6.0%;第三产业增加值174915亿元,增长5.0%。\n")
    got = meta(text)
    assert got["issuers"] == ["国家统计局"]
    assert got["doc_type"] is None
    reading = text.replace("初步核算结果\n", "初步核算结果解读\n", 1)
    assert meta(reading)["issuers"] == []  # (a reading of the figures is no release)
    masthead = ("衡 水 市  统  计 局\n国家统计局衡水调查队\n2031年,全市经济稳中有进。\n一、综合\n初步核算,全市地区生产总值1800.5亿元,增长3.9%。"
                "第一产业增加值增长4.2%,第二产业增加值增长4.1%,第三产业增加值增长3.6%。\n")
    assert meta(masthead)["issuers"] == ["衡水市统计局", "国家统计局衡水调查队"]


def test_a_law_databases_enacting_body_by_its_place_alone():
    text = ("【发布单位】甘肃省\n【发布文号】甘政发〔2031〕4号 【发布日期】2031-01-18 【所属类别】政策参考\n甘肃省人民政府关于某某情况的通报\n"
            "各市、自治州人民政府:\n现将某某情况通报如下。\n")
    assert meta(text)["issuers"] == ["甘肃省"]


def test_a_legislatures_resolution_numbered_in_its_year_and_an_adoption_reviewed_and_approved():
    text = ("第3/2031号决议\n修改某某程序的第2/2024号决议\n立法会根据《澳门特别行政区基本法》第七十五条,通过本决议。\n第一条\n(修改)\n")
    got = meta(text)
    assert got["doc_number"] == "第3/2031号决议"
    assert got["doc_type"] == "决议"
    assert got["issuers"] == ["立法会"]
    plan = ("武平县国民经济和社会发展第十六个五年规划和二〇四五年远景目标纲要\n(2031年1月28日武平县第十九届人民代表大会第四次会议审查批准)\n"
            "本纲要根据县委的建议编制,是今后五年全县经济社会发展的行动纲领。\n")
    assert meta(plan)["issuers"] == ["武平县第十九届人民代表大会第四次会议"]


def test_a_body_that_publishes_on_the_line_over_a_title_without_about():
    text = ("12月25日\n达州市人民政府发布\n达州市某某车辆管理办法\n全文如下\n《达州市某某车辆管理办法》已经市人民政府常务会议审议通过,现予公布,自2031年2月1日起施行。\n"
            "第一章 总 则\n")
    assert meta(text)["issuers"] == ["达州市人民政府"]


def test_a_party_committees_proposal_for_a_plan_and_a_deputys_proposal_that_is_none():
    text = ("中共武平县委关于制定武平县国民经济和社会发展第十六个五年规划和二〇四五年远景目标的建议\n"
            "中国共产党武平县第九届委员会第十次全体会议,就制定武平县第十六个五年规划提出如下建议:\n一、开启新征程\n")
    got = meta(text)
    assert got["doc_type"] == "建议"
    assert got["issuers"] == ["中共武平县委"]
    from policymine.extract.document import doc_type_of

    assert doc_type_of("关于巩固封山禁牧成果的建议") is None  # (a deputy's, answered by a reply)


def test_a_standing_committees_report_under_its_presenter_with_its_title_lost():
    text = ("武平县人大常委会副主任 某某\n各位代表:\n我受武平县第十九届人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
            "过去一年的主要工作\n一年来,县人大常委会认真履行宪法和法律赋予的职责。\n")
    got = meta(text)
    assert got["doc_type"] == "报告"
    assert got["issuers"] == ["武平县人大常委会"]


def test_an_adoption_note_of_a_session_without_its_di():
    text = ("关于武平县人民政府工作报告的决议\n(2031年1月23日县十九届人民代表大会第一次会议通过)\n"
            "武平县十九届人民代表大会第一次会议,听取和审议了县长所作的《政府工作报告》。会议决定批准这个报告。\n")
    got = meta(text)
    assert got["issuers"] == ["县十九届人民代表大会第一次会议"]
    assert got["signed"] == "2031-01-23"


def test_a_title_citing_another_documents_number_has_none_of_its_own():
    from policymine.extract.document import find_doc_number

    assert find_doc_number("关于撤销武环批字〔2031〕10050号环评批复的公告") is None
    assert find_doc_number("武环批字〔2031〕10050号") == "武环批字〔2031〕10050号"


def test_a_commands_name_broken_over_two_lines_at_the_head_and_its_serial():
    text = ("武平县新型冠状病毒感染的\n肺炎疫情防控指挥部\n通 告\n(县疫情防控指挥部第1号)\n"
            "为全力做好疫情防控工作,有效切断病毒传播途径,现将有关事项通告如下:\n一、加强监测\n2031年1月23日\n")
    got = meta(text)
    assert got["issuers"] == ["武平县新型冠状病毒感染的肺炎疫情防控指挥部"]
    assert got["doc_number"] == "县疫情防控指挥部第1号"
    from policymine.extract.document import find_doc_number

    assert find_doc_number("武平县关于解除某某区域的通告(第53号)") == "第53号"
    assert find_doc_number("(第53号)") is None
