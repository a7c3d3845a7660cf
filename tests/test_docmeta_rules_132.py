"""Document metadata: readers written in stop 31 (from blind rounds 132 and 133), each on
sentences written for it.

Every name, number and date here is made up; only the forms' formulae are a document's.
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta

PROSE = ("为做好本年度各项工作,结合本地实际,现就有关事项作出安排。一、加强组织领导,明确工作责任。"
         "二、抓好任务落实,确保各项工作按期完成。\n")


def test_an_adverts_name_and_web_address_before_the_title_are_no_part_of_it():
    text = (f"某某诊所 http://ad.example.net/某某县农业农村局关于做好春耕备耕工作的通知\n"
            f"各乡镇人民政府、县直有关单位:\n{PROSE}")
    got = meta(text)
    assert got["issuers"] == ["某某县农业农村局"]
    assert got["doc_type"] == "通知"
    # (a line that is only an address and a name names no form: nothing is cut)
    assert meta(f"某某诊所 http://ad.example.net/欢迎咨询\n\n{PROSE}")["doc_type"] is None


def test_a_party_committees_inspection_team_signs_its_announcement():
    # a repost run on one line: 特此公告。 then the team and the day
    text = ("按照省委部署安排,某月某日至某月某日,省委第三巡视组对某某县进行巡视。巡视期间开设的举报渠道"
            "即将关闭,不再受理来信来电。感谢广大干部群众对巡视工作的支持!特此公告。 省委第三巡视组 2031年5月6日\n")
    got = meta(text)
    assert got["issuers"] == ["省委第三巡视组"]
    assert got["doc_type"] == "公告"
    assert got["signed"] == "2031-05-06"
    assert got["level"] == "provincial"


def test_a_provinces_body_named_without_its_province_is_placed_by_the_counties_the_page_names():
    from policymine.extract.document import issuer_place

    # (寿县 and 凤台县 are counties of one province: that province)
    assert issuer_place("省委第一巡视组", "省委第一巡视组进驻寿县、凤台县开展巡视。") == ("provincial", ["安徽省"])
    # (no county named: no place)
    assert issuer_place("省委第一巡视组", "省委第一巡视组开展巡视。") == ("provincial", [])


def test_a_work_reports_occasion_without_its_zai_and_shang_broken_over_two_lines():
    text = ("政 府 工 作 报 告\n——2031年1月26日某某市某某区第十六届\n人民代表大会第四次会议\n区长 某某某\n各位代表:\n"
            "现在,我代表区人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n" + PROSE)
    got = meta(text)
    assert got["issuers"] == ["某某市某某区人民政府"]
    assert got["signed"] == "2031-01-26"
    assert got["doc_type"] == "报告"


def test_a_bulletins_day_between_its_title_and_its_masthead_of_two_bodies():
    # (a portal's posting line under the title, its 来源 naming one of the two)
    text = ("鹤岗市2030年国民经济和社会发展统计公报\n时间:2031-08-09 18:11:41 来源:鹤岗市统计局 作者: 点击:15次\n(2031年3月29日)\n"
            "鹤岗市统计局国家统计局鹤岗调查队\n"
            "2030年,全市经济运行总体平稳。一、综合\n初步核算,全年地区生产总值1000亿元,比上年增长5.0%。\n")
    got = meta(text)
    assert got["issuers"] == ["鹤岗市统计局", "国家统计局鹤岗调查队"]
    assert got["signed"] == "2031-03-29"


def test_a_notice_without_its_title_that_hands_down_a_plan_under_its_salutation():
    text = ("各区人民政府,市政府各委、办、局:\n现将某某市推进某某工作方案印发给你们,望遵照执行。\n"
            "某某市人民政府\n2031年5月30日\n某某市推进某某工作实施方案\n" + PROSE)
    got = meta(text)
    assert (got["doc_type"], got["issued_type"]) == ("通知", "方案")
    # (forwarding to the receivers is what a letter does too: no form read from it)
    text = ("各镇卫生院,局属各单位:\n现将某某委员会的通告转发给你们,请周知。\n某某市卫生局\n2031年4月20日\n")
    assert meta(text)["doc_type"] is None


def test_a_bilingual_portals_column_name_glued_before_the_salutation():
    text = ("政策法规\nPolicies and regulations各区人民政府,市政府各委、办、局:\n"
            "现将某某工作方案印发给你们,望遵照执行。\n某某市人民政府\n2031年5月30日\n" + PROSE)
    got = meta(text)
    assert (got["doc_type"], got["issued_type"]) == ("通知", "方案")
    assert got["issuers"] == ["某某市人民政府"]


def test_a_taiwan_announcements_part_of_what_it_announces_names_its_form():
    text = ("發文日期:中華民國120年5月20日\n發文字號:府工字第1200000001號\n主旨:舉辦某某工程公聽會。\n"
            "依據:某某條例第十條。\n公告事項:一、事由:說明某某工程計畫概況。\n二、時間及地點:另行通知。\n")
    got = meta(text)
    assert got["doc_type"] == "公告"
    assert got["signed"] == "2031-05-20"


def test_a_municipalitys_government_named_without_its_city_is_placed_by_its_numbers_abbreviation():
    text = ("市政府关于加快某某产业发展的实施意见\n沪府发〔2031〕25号\n各区人民政府,市政府各委、办、局:\n" + PROSE)
    got = meta(text)
    assert got["issuers"] == ["市政府"]
    assert (got["level"], got["region"]) == ("provincial", ["上海市"])
    # (a province's abbreviation places no 市 body: 苏 is no city's)
    text = ("市政府关于加快某某产业发展的实施意见\n苏府发〔2031〕25号\n各区人民政府,市政府各委、办、局:\n" + PROSE)
    assert meta(text)["region"] == []


def test_a_headline_naming_the_announcement_it_carries_by_its_serial():
    text = ("刚刚!某某市发布第36号公告\n2031-08-16 21:15:00 来源: 某某市某某指挥部\n"
            "为巩固防控成果,现将有关事项公告如下。\n一、从严管控人员流动。\n二、落实检测要求。\n"
            "某某市某某工作领导小组指挥部\n2031年8月16日\n")
    got = meta(text)
    assert got["doc_number"] == "第36号"
    assert got["doc_type"] == "公告"


def test_a_sessions_agenda_under_its_note_of_adoption_is_the_sessions():
    text = ("中国人民政治协商会议 第九届某某市委员会第三次会议议程\n(2031年1月4日某某市政协九届三次会议审议通过)\n"
            "1.听取和审议常务委员会工作报告;\n2.列席某某市人民代表大会会议;\n3.其他事项。\n")
    got = meta(text)
    assert got["doc_type"] == "议程"
    assert got["issuers"] == ["某某市政协九届三次会议"]
    assert got["signed"] == "2031-01-04"
    # (without its note, no session is read for its issuer)
    text = "中国人民政治协商会议 第九届某某市委员会第三次会议议程\n1.听取和审议常务委员会工作报告;\n2.其他事项。\n"
    assert meta(text)["issuers"] == []


# (from blind rounds 134 and 135)


def test_a_portals_byline_over_the_title_the_body_then_the_day_in_figures_is_the_posting_date():
    text = ("最新消息!某某县解除封控\n某某县人民政府 2031-08-13\n某某县人民政府关于撤销封控区的命令\n"
            "某政令〔2031〕第2号\n" + PROSE)
    got = meta(text)
    assert got["published"] == "2031-08-13"
    assert got["signed"] is None
    # (under the text the same line is a signature, no posting stamp)
    text = "某某县人民政府关于撤销封控区的命令\n某政令〔2031〕第2号\n" + PROSE + "某某县人民政府 2031-08-13\n"
    assert meta(text)["published"] is None


def test_a_place_names_office_glued_to_its_day_and_a_stray_mark_or_two_at_a_flattened_pages_end():
    text = ("根据某某街道的请示,依据《地名管理条例》有关规定,经专家论证,现将有关情况公示如下:一、道路命名表,"
            "拟命名道路五条,起止点及走向见附表,命名缘由一并列明,供社会各界了解。二、建议方式,以电话形式提出,"
            "由区地名办负责汇总,请专家论证后拟定,未被采纳的名称将存入地名库,也欢迎对其他道路桥梁的命名提出意见。公示日期:2031年8月15日—2031年8月21日,,"
            "南京市溧水区地名办2031年8月15日,。\n")
    got = meta(text)
    assert got["issuers"] == ["南京市溧水区地名办"]
    assert got["signed"] == "2031-08-15"
    assert got["doc_type"] == "公示"


def test_a_headline_with_its_number_after_a_space_is_the_title_where_the_page_has_no_other():
    text = ("某某省人民政府办公厅关于建立某某工作机制的通知 某政办发[2031]38号\n来源 :某某政报 | 被引量 : 0次\n"
            "省政府各厅委、各直属机构:\n" + PROSE)
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issuers"] == ["某某省人民政府办公厅"]
    # (over the document's own title block, the block is the title: its issuer's name as the block writes it)
    text = ("桂东县关于禁止某某行为的通告 某政通〔2031〕6号\n2031年10月23日 09:24来源:桂东县人民政府\n"
            "某政通〔2031〕6号\n桂东县人民政府\n关于禁止某某行为的通告\n" + PROSE)
    assert meta(text)["issuers"] == ["桂东县人民政府"]


def test_a_sessions_agenda_is_read_by_its_sitting_not_an_events_programme():
    from policymine.extract.document import doc_type_of

    assert doc_type_of("某县第七届人民代表大会第二次会议议程") == "议程"
    assert doc_type_of("某县第五届运动会议程") is None
    assert doc_type_of("议程") is None


def test_a_standing_committees_sitting_by_its_short_name_adopts_and_is_placed_as_its_body():
    text = ("2031年5月31日省十四届人大常委会第五次会议通过\n甘肃省第十四届人民代表大会常务委员会第五次会议审议了"
            "《某某市某某规则》,决定予以批准。由某某市人大常委会公布。\n")
    got = meta(text)
    assert got["issuers"] == ["省十四届人大常委会第五次会议"]
    assert got["signed"] == "2031-05-31"
    assert (got["level"], got["region"]) == ("provincial", ["甘肃省"])


def test_a_gazette_issues_day_of_publication_at_the_head_is_the_posting_date():
    text = ("2031年第8期\n\n2031年03月15日出版\n\n首页 > 政务公开 > 省政府公报\n关于做好某某规划工作的通知\n"
            "某府办[2031]21号\n各市人民政府:\n" + PROSE + "某某省人民政府办公厅\n2031年3月6日\n")
    got = meta(text)
    assert got["published"] == "2031-03-15"
    assert got["signed"] == "2031-03-06"


def test_a_journal_databases_mark_then_the_number_glued_to_the_salutation_its_title_lost():
    text = ("<正>某政办发[2031]1号各市(州)人民政府,各县(市)人民政府,省政府各厅委办:为深入贯彻国务院有关部署,"
            "加快推进本省某某产业发展,经省政府同意,现就推动某某产业发展提出如下实施意见。一、总体要求。二、主要任务。\n")
    got = meta(text)
    assert got["doc_number"] == "某政办发[2031]1号"
    assert got["doc_type"] == "意见"
    # (without the mark, a number opening a line of prose is cited, no title block)
    text = text.replace("<正>", "据悉,")
    assert meta(text)["doc_number"] is None


# (from blind round 136)


def test_a_collections_first_piece_under_its_heading_is_no_document_of_the_page():
    text = ("某某市政协工作报告\n今天为大家整理了几篇某某市政协工作报告,供参考。\n某某市政协工作报告篇1\n各位委员:\n"
            "我代表政协某某市委员会常务委员会,向大会报告工作,请予审议。\n一、过去一年工作回顾\n" + PROSE)
    assert meta(text)["doc_type"] is None
    assert meta(text)["issuers"] == []


def test_an_order_titled_by_its_serial_in_its_year_and_its_kind():
    from policymine.extract.document import doc_type_of

    assert doc_type_of("2031年1号林长令") == "令"
    assert doc_type_of("2031年第2号总河长令") == "令"
    assert doc_type_of("2031年1号文件") is None


def test_a_bodys_second_name_in_brackets_stays_with_its_name():
    from policymine.extract.document import _split_issuers

    assert _split_issuers("某某市自然资源和规划局(某某市林业局)") == ["某某市自然资源和规划局(某某市林业局)"]
    assert _split_issuers("(某某市人民政府)") == ["某某市人民政府"]
    assert _split_issuers("某某市财政局(盖章)") == []


def test_a_closing_then_the_day_alone_under_it_is_the_signing_day():
    items = "".join(f"{k}.第{k}项安排,按有关规定执行。\n" for k in range(1, 16))
    text = ("关于开展防空警报试鸣活动的公告\n为增强市民国防观念,市政府定于近期试鸣防空警报。现将有关事项公告如下:\n"
            + items + "特此公告\n2031年9月13日\n")
    assert meta(text)["signed"] == "2031-09-13"


# (from blind round 137)


def test_a_notices_title_without_its_guanyu_opening_with_its_verb_is_no_headline():
    from policymine.extract.document import _has_news_verb

    assert not _has_news_verb("某某部印发《某某补贴额一览表》的通知")
    assert not _has_news_verb("公布第三批某某名单的通知")
    assert _has_news_verb("某某部印发《某某补贴额一览表》")  # (news of it)
    text = ("公布第三批某某代表性传承人的通知\n发布时间:2031-12-26 17:32:36\n" + PROSE
            + "特此通知。\n附件:第三批某某名单.docx\n2031年12月24日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["signed"] == "2031-12-24"
    assert got["published"] == "2031-12-26"


def test_a_bodys_short_name_spaced_out_over_its_day_signs():
    text = ("关于某某节放假的通知\n各单位:\n" + PROSE + "办 公 室\n2031年3月22日\n")
    assert meta(text)["issuers"] == ["办公室"]
    # (a gazette's bureau heading spaced out over its form is read as it was: no day under it)
    from policymine.extract.document import _spaced_signatures

    assert _spaced_signatures(["市 政 署", "公 告"]) == ["市 政 署", "公 告"]


def test_a_page_attaching_its_own_notice_names_the_issuer_its_title_lost():
    text = ("各设区市市场监管局:\n根据有关规定,省局决定开展某某专项检查,现就有关事项通知如下。\n"
            "附件:某某省市场监督管理局关于组织某某专项检查的通知\n")
    got = meta(text)
    assert got["issuers"] == ["某某省市场监督管理局"]
    assert got["doc_type"] == "通知"


def test_a_news_lead_on_a_documents_publicity_is_no_publicity_notice():
    text = ("某省公示某某名录\n日期:08-21\n8月20日,从省某某厅传来消息,我省刚刚发布某某推荐名单,本批共公示296人。"
            "经专家评审,提出推荐名单进行公示。如有异议,可在公示期内以书面形式反映。\n")
    assert meta(text)["doc_type"] is None


# (from blind round 138)


def test_an_autonomous_county_named_by_its_place_alone_is_placed():
    from policymine.extract.document import issuer_place

    # (张家川回族自治县 of 天水市, 长白朝鲜族自治县 of 白山市: their bodies sign as 张家川县…, 长白县…)
    assert issuer_place("张家川县安全生产委员会") == ("county", ["甘肃省", "天水市"])
    assert issuer_place("长白县人民政府") == ("county", ["吉林省", "白山市"])


def test_a_posting_line_of_source_day_and_views_between_middle_dots():
    text = ("某某省校车安全管理办法\n来源: 某某小编整理 · 2031-01-09 · 2459人看过\n某某省人民政府令\n第295号\n"
            "《某某省校车安全管理办法》已经省政府常务会议通过,现予公布,自2031年3月1日起施行。\n省长 某某某\n2031年1月12日\n")
    assert meta(text)["published"] == "2031-01-09"


# (from blind round 139)


FIGURES = "全年地区生产总值为1313.70亿元,比上年增长9.2%。第一产业增加值为123.4亿元,增长6.1%;第二产业增长8.6%。\n"


def test_a_bulletins_masthead_of_two_bodies_on_one_line_its_title_lost():
    text = "安顺市统计局 国家统计局安顺调查队\n2031年,全市经济运行稳中有进。\n一、综合\n" + FIGURES
    got = meta(text)
    assert got["issuers"] == ["安顺市统计局", "国家统计局安顺调查队"]
    assert (got["level"], got["region"]) == ("city", ["贵州省", "安顺市"])


def test_a_census_office_with_the_bureau_over_a_release_that_makes_its_figures_public():
    text = ("——全县人口基本情况\n佛坪县统计局\n佛坪县第七次全国人口普查领导小组办公室\n"
            "根据第七次全国人口普查结果,现将我县人口的基本情况公布如下:\n一、总人口\n全县常住人口为35325人。\n")
    got = meta(text)
    assert got["issuers"] == ["佛坪县统计局", "佛坪县第七次全国人口普查领导小组办公室"]
    assert got["level"] == "county"


def test_a_plans_cover_glued_to_its_text_after_a_page_mark():
    text = ("1某某区国民经济和社会发展第十五个五年规划纲要(2031年1月19日某某区第九届人民代表大会第三次会议通过)"
            "“十五五”时期是全面推进现代化建设的关键时期。本规划纲要依据有关建议制定,明确政府工作重点,"
            "是政府履行职责、编制年度计划的重要依据。"
            "今后五年,全区将坚持生态优先、绿色发展,统筹保护与开发,持续改善民生,推动经济社会高质量发展,"
            "为建设美丽家园打下坚实基础。全区上下要凝心聚力、真抓实干,确保各项目标任务如期实现。\n")
    got = meta(text)
    assert got["doc_type"] == "纲要"
    assert got["issuers"] == ["某某区第九届人民代表大会第三次会议"]
    assert got["signed"] == "2031-01-19"


def test_a_town_by_its_bare_name_is_county_level():
    from policymine.extract.document import issuer_place

    assert issuer_place("某某乡")[0] == "county"
    assert issuer_place("某某街道")[0] == "county"
    assert issuer_place("城乡")[0] is None


# (from the set's look-alikes)


def test_a_headline_of_the_head_who_gives_the_report_or_of_people_in_the_plural_is_news():
    from policymine.extract.document import _has_news_verb, doc_type_of

    assert doc_type_of("某某某作政府工作报告") is None
    assert doc_type_of("政府工作报告") == "报告"
    assert _has_news_verb("政协委员们认真讨论常委会工作报告")
    text = ("县十八届人大三次会议开幕\n某某某出席会议 某某某作政府工作报告 某某某主持大会\n"
            "今天上午,县十八届人大三次会议隆重开幕。大会听取和审议了县人民政府工作报告,代表们认真履职,共商发展大计。\n")
    assert meta(text)["issuers"] == []


# (from blind round 141)


def test_an_orders_ordinal_in_brackets_on_the_line_under_it():
    text = ("某某省计划生育条例实施细则\n某某省人民政府令\n (第73号)\n"
            "《某某省计划生育条例实施细则》,已经2031年3月25日省人民政府常务会议通过,现予发布施行。\n省长 某某某\n2031年5月6日\n")
    assert meta(text)["doc_number"] == "某某省人民政府令(第73号)"


def test_a_forwarding_title_is_the_forwarders_not_the_forwarded_bodys():
    text = ("兰州市人民政府办公厅转发省某某联席会议办公室关于某某督查情况的通报的通知\n各县、区人民政府,市政府各有关部门:\n" + PROSE)
    assert meta(text)["issuers"] == ["兰州市人民政府办公厅"]


def test_a_templates_first_piece_heading_alone_on_its_line():
    text = "第一篇\n某某自治州人民政府:\n你州呈报的《关于某某县乡镇行政区划调整的请示》收悉。经研究,现批复如下:\n一、同意调整方案。\n"
    assert meta(text)["doc_type"] is None


# (from blind round 140)


def test_a_campaigns_name_in_quotes_inside_a_bodys_name():
    from policymine.extract.document import _split_issuers

    assert _split_issuers("某某市大气污染防治“三大战役”领导小组办公室") == ["某某市大气污染防治“三大战役”领导小组办公室"]
    assert _split_issuers("“某某”") == []
    text = ("某某市大气污染防治“三大战役”领导小组办公室关于做好秋季秸秆禁烧工作的通知\n各县(市、区)人民政府:\n" + PROSE)
    assert meta(text)["issuers"] == ["某某市大气污染防治“三大战役”领导小组办公室"]


def test_a_headquarters_order_and_announcement_titled_by_their_serial():
    from policymine.extract.document import doc_type_of

    assert doc_type_of("2号令") == "令"
    assert doc_type_of("某某县应对某某疫情防控工作指挥部通告第14号") == "通告"
    text = ("某某县应对某某疫情防控工作指挥部通告第14号\n2031年02月09日 19:35来源:某某网\n"
            "为切实做好某某村防控工作,根据有关法律规定,对该村实施限制人员、车辆进出的管控措施。\n"
            "某某县应对“某某肺炎”疫情防控工作指挥部\n2031年2月9日\n")
    got = meta(text)
    assert got["doc_type"] == "通告"
    assert got["issuers"] == ["某某县应对“某某肺炎”疫情防控工作指挥部"]
    assert got["signed"] == "2031-02-09"


# (from blind round 143)


def test_a_disclosure_tables_labels_of_how_it_is_disclosed_are_no_title():
    text = ("某某县人民政府办公室关于印发某某工作方案的通知\n来源:  浏览:0\n索引号\n015282418/2031-168037\n发文机构\n"
            "某某县人民政府办公室\n公开目录\n其他文件\n公开程序\n依申请\n各乡(镇)人民政府:\n经县人民政府同意,现将《某某工作方案》印发给你们,请认真贯彻执行。\n"
            "某某县人民政府办公室\n2031年5月19日\n")
    got = meta(text)
    assert (got["doc_type"], got["issued_type"]) == ("通知", "方案")
    from policymine.extract.document import doc_type_of

    assert doc_type_of("某某省政府信息公开目录") == "目录"  # (a catalogue a notice issues stays a form)


# (from blind round 142)


def test_a_bodys_announcement_titled_by_its_name_and_bracketed_serial_is_that_bodys():
    text = ("某某市新型冠状病毒肺炎疫情 应急防控工作指挥部通告 (第13号)\n\n"
            "为扎实做好防范境外疫情输入工作,维护我市边境地区安全稳定,依据有关法律法规将加强边境管控工作通告如下\n"
            "一、严禁组织、运送人员偷越国(边)境。\n二、严禁利用交通运输工具走私物品。\n")
    got = meta(text)
    assert got["doc_type"] == "通告"
    assert got["issuers"] == ["某某市新型冠状病毒肺炎疫情应急防控工作指挥部"]


def test_a_place_name_that_opencc_writes_with_a_variant_reads_back_as_written():
    # (s2t writes 澄江 as 澂江, which t2s leaves: 澂 is 澄's variant, data/variants.tsv)
    from policymine.convert import convert
    from policymine.normalize import fold_variants

    assert fold_variants(convert(convert("澄江县人民政府办公室", "s2t"), "t2s")) == "澄江县人民政府办公室"
