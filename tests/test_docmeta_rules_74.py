"""Rules written this stop from the first runs of blind rounds 74-76, on sentences written for them."""

from __future__ import annotations

from docmeta_helpers import layout_meta as meta


def test_a_procuratorates_report_by_its_rank_alone_is_placed_by_its_congress():
    text = ("某州市人民检察院工作报告\n——2031年1月9日在某州市第九届人民代表大会第三次会议上\n某州市人民检察院检察长 某某\n"
            "各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议,并请市政协各位委员和列席人员提出意见。\n"
            "一、过去一年的主要工作\n一年来,全市检察机关坚持以人民为中心,依法履行法律监督职责,各项检察工作取得新进展。\n")
    got = meta(text)
    assert got["issuers"] == ["某州市人民检察院"]
    assert got["doc_type"] == "报告"


def test_a_court_by_its_rank_alone_stays_as_said_without_a_congress_of_its_rank():
    # (no occasion names the place, or a county's congress hears a city's court: the speaker's own words)
    text = ("法院工作报告\n各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。\n"
            "一、过去一年的主要工作\n一年来,全市法院坚持公正司法,审结各类案件一万余件,审判质效持续向好,群众满意度稳步提升。\n")
    assert meta(text)["issuers"] == ["市中级人民法院"]
    county = text.replace("法院工作报告\n", "法院工作报告\n——2031年1月9日在某县第九届人民代表大会第三次会议上\n")
    assert meta(county)["issuers"] == ["市中级人民法院"]


def test_a_place_filed_in_brackets_before_the_title_is_no_part_of_its_issuer():
    text = ("(某丘市)某丘市人民政府关于印发某丘市生态环境保护规划的通知(某政秘〔2031〕5号)\n"
            "各乡镇人民政府,各街道办事处,市政府各部门:\n现将《某丘市生态环境保护规划》印发给你们,请认真贯彻执行。\n")
    got = meta(text)
    assert got["issuers"] == ["某丘市人民政府"]
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "规划"


def test_a_form_spaced_out_letter_by_letter_at_the_titles_end():
    text = ("某河区人民政府 关于同意撤并两个社区的 批 复\n某河街道办事处:\n你街道《关于社区优化调整的请示》收悉。经研究,同意撤并两个社区。\n"
            "此复。\n2031年4月13日\n")
    got = meta(text)
    assert got["doc_type"] == "批复"
    assert got["issuers"] == ["某河区人民政府"]
    assert got["signed"] == "2031-04-13"


def test_a_title_block_run_on_with_its_salutation():
    text = ("某应急发〔2031〕96 号 某某省应急管理厅 关于印发《某某省矿山风险监测 处置工作办法(试行)》的通知 各市应急管理局:\n"
            "为进一步规范全省矿山风险监测处置工作,我厅制定了本办法,现印发给你们,请认真贯彻执行。\n某某省应急管理厅\n2031 年 10 月 29 日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "办法"
    assert got["doc_number"] == "某应急发〔2031〕96号"


def test_a_page_dated_at_its_foot_that_names_its_own_form():
    # no title, no body named: the text's 特此通告 and the day alone on its last line
    text = ("为保护大气环境,切实保障人民群众身体健康,根据有关法律法规的规定,现就禁止焚烧落叶有关事项通告如下:\n"
            "一、从本通告发布之日起,禁止在本县境内露天焚烧秸秆。\n二、本通告自发布之日起施行。\n特此通告\n2031年6月6日\n")
    got = meta(text)
    assert got["doc_type"] == "通告"
    assert got["signed"] == "2031-06-06"
    assert got["effective"] == "2031-06-06"


def test_a_news_report_ending_on_its_day_names_no_form_and_stays_empty():
    text = ("记者从市农业农村局获悉,今年全市秸秆综合利用率达到九成以上,各地积极推广还田和饲料化利用,"
            "农民群众环保意识明显增强,露天焚烧现象大幅减少。\n下一步,全市将继续加大宣传力度。\n2031年6月6日\n")
    got = meta(text)
    assert got["doc_type"] is None and got["signed"] is None


def test_a_day_broken_after_its_year_at_the_foot():
    text = ("为推进全省国土绿化进程,巩固去年活动成效,拟继续开展全民植树活动月,现向社会各界征求《某某活动月实施方案》意见。社会各界可于本公告发布之日起10个工作日内,"
            "通过电话或邮箱提出您的宝贵意见,我们将认真研究吸纳。\n附件:某某活动月实施方案(征求意见稿)\n2031\n年2月10日\n")
    got = meta(text)
    assert got["doc_type"] == "公告"
    assert got["signed"] == "2031-02-10"


def test_a_gambling_sites_name_glued_before_an_issuer_is_dropped():
    text = ("球王会某某省委办公厅 某某省人民政府办公厅印发《关于某某工作的若干措施》的通知\n"
            "各市(地)委,各市(地)人民政府,省直各单位:\n现将《关于某某工作的若干措施》印发给你们,请结合实际认真贯彻落实。\n")
    assert meta(text)["issuers"] == ["某某省委办公厅", "某某省人民政府办公厅"]


def test_disclosure_labels_for_title_publisher_and_day_of_publication():
    text = ("索引号 12345/2031-00341 文号\n发布机构 区政府办 生成日期 2031-11-23\n信息名称 某某市某某区人民政府工作规则\n"
            "某某市某某区人民政府工作规则\n第一章 总则\n第一条 为规范区政府工作,提高行政效能,根据有关法律法规,结合本区实际,制定本规则。\n")
    got = meta(text)
    assert got["issuers"] == ["某某市某某区人民政府"]
    assert got["doc_type"] == "规则"
    town = ("信息类别: 政府文件 文件编号: 某府发[2031]5号 生成日期: 2031-09-25 责任部门: 某桥镇\n关于在全镇范围内做好秋冬防火工作的紧急通知\n"
            "各村(居)委会、驻镇有关单位:\n当前正值森林高火险期,为切实做好森林防火工作,现就有关事项通知如下。\n")
    assert meta(town)["issuers"] == ["某桥镇"]
    law = ("某某县人民政府关于公布文物遗迹名单的通知\n文章属性\n•【制定机关】某某县人民政府\n•【公布日期】2031.01.08\n"
           "•【字号】某政发[2031]2号\n正文\n各乡镇人民政府:\n现将某某县文物遗迹名单予以公布,请做好保护工作。\n")
    assert meta(law)["published"] == "2031-01-08"


def test_a_posting_time_in_words_under_the_title():
    text = ("某某区人民政府关于划定养殖禁养区的通告\n2031-04-24 10时36分浏览次数:\n"
            "根据有关法律法规的规定,现将我区养殖禁养区有关事项通告如下:\n一、禁养区范围为城区建成区。\n某某区人民政府\n2031年4月20日\n")
    assert meta(text)["published"] == "2031-04-24"


def test_the_leagues_and_the_cppccs_bodies_are_placed_by_the_place_after_their_name():
    from policymine.extract.document import issuer_place

    assert issuer_place("共青团常州市委") == ("city", ["江苏省", "常州市"])
    assert issuer_place("共青团湖南省委员会") == ("provincial", ["湖南省"])
    assert issuer_place("政协宜昌市第十届委员会常务委员会") == ("city", ["湖北省", "宜昌市"])
    assert issuer_place("中国人民政治协商会议全国委员会")[0] == "national"


def test_a_division_signs_with_its_department_and_an_association_issues():
    text = ("各设区市教育局,各高等学校:\n为做好全省教育宣传工作,我们拟定了某某测评指标体系文稿,现发给你们征求意见,"
            "请于5月20日前将书面意见反馈我们。\n中共某某省委教育工委宣传部 某某省教育厅社政处\n2031年5月10日\n")
    got = meta(text)
    assert got["issuers"] == ["中共某某省委教育工委宣传部", "某某省教育厅社政处"]
    assert got["signed"] == "2031-05-10"
    assoc = ("某某省科学技术协会关于开展科普日活动总结工作的通知\n各市科协:\n请各单位对今年科普日活动进行认真总结,"
             "于11月8日前报送省科协科普部。\n附件:科技周活动统计表\n二○三一年十月十九日\n附件\n科技周活动统计表\n填报单位名称:\n")
    got = meta(assoc)
    assert got["issuers"] == ["某某省科学技术协会"]
    assert got["signed"] == "2031-10-19"


def test_a_numbered_item_of_the_text_is_no_title():
    text = ("宁波市纪委监委内部管理制度\n发布日期: 2031-12-11\n一、办文制度\n(一)收文制度\n"
            "机关收到的各类文件统一由办公室登记,按规定程序分送各部门办理,涉密文件另行管理。\n")
    got = meta(text)
    assert got["doc_type"] == "制度"
    assert got["issuers"] == ["宁波市纪委监委"]


def test_a_legislatures_paper_and_its_committees_minutes_over_two_lines():
    text = ("立法会\n立法会PWSC83/30-31号文件\n(本纪要已经政府当局审阅)\n立法会某某事务委员会辖下的某某小组委员会\n"
            "第11次会议纪要\n日 期 :2031年1月20日(星期三)\n时 间 :上午10时45分\n地 点 :立法会会议厅\n出席委员 :\n某某议员(主席)\n")
    got = meta(text)
    assert got["doc_number"] == "立法会PWSC83/30-31号"
    assert got["issuers"] == ["立法会"]
    assert got["doc_type"] == "纪要"


def test_a_legislative_yuan_committees_sitting_record():
    text = ("立法院第12届第1会期某某及某某委员会第26次全体委员会议纪录\n时 间 中华民国120年5月14日(星期四)14时30分\n"
            "地 点 本院某某会议室\n主 席 某委员某某\n主席:出席委员8人,已足法定人数,现在开会,进行报告事项。宣读上次会议议事录。\n")
    assert meta(text)["issuers"] == ["立法院某某及某某委员会"]
    sitting = text.replace("某某及某某委员会第26次全体委员会议纪录", "第1次会议纪录")
    assert meta(sitting)["issuers"] == ["立法院"]


def test_a_cppcc_standing_committees_report_titled_over_two_lines():
    text = ("中国人民政治协商会议\n第七届某安县委员会常务委员会工作报告\n(2031年3月7日在政协第七届某安县委员会第五次会议上)\n某某某\n"
            "各位委员:\n我受政协第七届某安县委员会常务委员会的委托,向大会报告工作,请予审议,并请会议列席人员提出意见。\n"
            "一年来,县政协常委会紧紧围绕全县中心工作,认真履行政治协商、民主监督、参政议政职能,较好地完成了各项任务。\n")
    got = meta(text)
    assert got["issuers"] == ["中国人民政治协商会议第七届某安县委员会常务委员会"]
    assert got["doc_type"] == "报告"
    assert got["signed"] == "2031-03-07"


def test_a_notice_that_issues_and_closes_naming_itself():
    text = ("各省、自治区、直辖市文化和旅游厅(局):\n为推动产业高质量发展,我部制定了《某某产业发展规划》,现印发给你们,请结合实际认真贯彻落实。\n"
            "特此通知。\n某某部\n2031年6月3日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "规划"
    only = text.replace("特此通知。\n", "")
    assert meta(only)["doc_type"] is None  # (one that only issues names no form of its own)


def test_a_portals_related_links_and_a_carried_out_document_are_no_title_or_issuer():
    text = ("发布机构 自治区人民政府 文 号 某政发〔2031〕62号\n成文日期 2031-07-02\n"
            "某某自治区人民政府关于印发《某某自治区人民政府工作规则》的通知\n相关办事指南\n"
            "各盟行政公署、市人民政府,自治区各委、办、厅、局:\n现将《某某自治区人民政府工作规则》印发给你们,请认真贯彻执行。\n")
    got = meta(text)
    assert got["doc_type"] == "通知" and got["issued_type"] == "规则"
    assert got["issuers"] == ["某某自治区人民政府"]
    carried = ("某某省人民政府贯彻国务院关于推进某某地区改革开放的实施意见\n各市、县人民政府,省政府直属各单位:\n"
               "为贯彻落实国务院的指导意见,现提出如下实施意见。\n")
    assert meta(carried)["issuers"] == ["某某省人民政府"]


def test_a_numbers_word_spaced_out_and_a_joint_notice_under_two_mastheads():
    text = ("某州市建设局\n某州市财政局\n某 建〔2031〕40号\n某财建〔2031〕12号\n关于下达小城镇道路\n补助资金计划的通知\n"
            "各辖市(区)建设局、财政局:\n为推进小城镇建设,决定从城市维护资金中安排资金补贴有关村镇建设,请认真组织落实。\n"
            "附件:小城镇道路补助资金计划表\n二○三一年二月八日\n")
    assert meta(text)["doc_number"] == "某建〔2031〕40号"


def test_a_downloaded_files_name_and_its_title_block_run_on_with_the_text():
    text = ("某海市人民政府办公室关于印发《某海市空气质量达标规划》的通知.doc\n"
            "某海政办发〔2031〕41 号 某海市人民政府办公室 关于印发《某海市空气质量达标规划》 的通知 各区人民政府,市政府各部门: "
            "经市人民政府同意,现将《某海市空气质量达标规划》印发给你们,请认真贯彻落实。\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "规划"
    assert got["doc_number"] == "某海政办发〔2031〕41号"


def test_a_table_cell_holding_the_title_and_its_number():
    text = ("|||\n关于转发某某部《施工现场防控工作指南》的通知 某住建〔2031〕270号 |\n|||\n"
            "各辖市(区)住建局,各有关单位:\n现将某某部《施工现场防控工作指南》转发给你们,请认真贯彻执行。\n某州市住房和城乡建设局\n2031年10月30日\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "指南"


def test_a_databases_note_of_what_it_appends_after_the_title():
    text = ("湖北省人民代表大会常务委员会关于修改《湖北省防灾条例》的决定 附:修正本\n"
            "(2031年12月10日湖北省第九届人民代表大会常务委员会第十二次会议通过)\n• 颁布日期:2031-12-10\n• 颁布单位:湖北省人大常委会\n"
            "湖北省第九届人民代表大会常务委员会第十二次会议决定对《湖北省防灾条例》作如下修改:\n一、第三条修改为:本省行政区域内的机关都有依法参加防灾活动的义务。\n")
    got = meta(text)
    assert got["doc_type"] == "决定"
    assert got["issuers"] == ["湖北省人大常委会"]


def test_a_legislatures_paper_named_as_its_file_and_minutes_under_its_name():
    text = ("立法局文件CB 54/30-31号\n立法局\n会议纪要\n二〇三〇至三一年度第一号\n二〇三〇年十月十一日 星期三上午十时正会议的纪要\n"
            "出席者:\n主席某某某议员\n某某某议员\n")
    got = meta(text)
    assert got["doc_number"] == "立法局CB54/30-31号"
    assert got["issuers"] == ["立法局"]
    assert got["doc_type"] == "纪要"


def test_a_databases_placeholder_day_is_no_day_and_its_day_of_execution_is():
    text = ("某某市人民政府关于做好再就业工作的通知\n发布日期:2031-03-26\n生效日期:1900-1-1\n执行日期:2031-03-26\n"
            "各县(市、区)人民政府,市级各部门:\n现就做好再就业工作有关事项通知如下,请认真贯彻执行。\n")
    assert meta(text)["effective"] == "2031-03-26"
    no_day = text.replace("执行日期:2031-03-26\n", "")
    assert meta(no_day)["effective"] is None


def test_the_heading_of_what_a_notice_issues_a_few_lines_under_its_title():
    text = ("中共某阳县委 某阳县人民政府关于印发《某阳县税费改革实施方案》的通知\n中共某阳县委 某阳县人民政府\n"
            "关于印发《某阳县税费改革实施方案》的通知\n某发[2031]77号\n(略)\n某阳县税费改革实施方案\n"
            "为积极稳妥地搞好我县税费改革,根据上级文件精神,结合本县实际,特制定本实施方案,请各单位认真组织实施。\n")
    got = meta(text)
    assert got["doc_type"] == "通知"
    assert got["issued_type"] == "方案"


def test_what_a_site_sets_after_a_title_on_its_line_is_no_part_of_it():
    from policymine.extract.document import _undecorated

    assert _undecorated("关于做好防汛工作的通知 | |") == "关于做好防汛工作的通知"
    assert _undecorated("某某县统计公报 2031-04-01 09:30") == "某某县统计公报"
    assert _undecorated("关于修改某某条例的决定 附:修正本") == "关于修改某某条例的决定"
    assert _undecorated("某某局关于某某的通告 【2031年1月1日】 |") == "某某局关于某某的通告"
    # (a bare number after it is left: a repost's headline over the document's own title block)
    assert _undecorated("某某县关于禁烧的通告 某政通〔2031〕6号") == "某某县关于禁烧的通告 某政通〔2031〕6号"
    # (what names no form, and Han after the form, stay as they are)
    assert _undecorated("今天天气很好 2031-04-01") == "今天天气很好 2031-04-01"
    assert _undecorated("某某通知 已经发布") == "某某通知 已经发布"


def test_the_decoration_scan_stays_linear_on_long_runs():
    import time

    from policymine.extract.document import _undecorated

    line = "关于某某的通知" + " |" * 70 + "x"
    t0 = time.perf_counter()
    _undecorated(line)
    assert time.perf_counter() - t0 < 0.5
