"""Document metadata rules of blind round 31 (Taiwan township and county 公告 and 函, a county
department's portal 公告, county 要點 and 注意事項 enacting themselves, a Hong Kong department's
circular naming itself first), each on lines and pages written for it.

Every name, number and date here is made up (no page of seeds, ../shared or tests/corpus).
"""

from __future__ import annotations

from docmeta_helpers import record_meta as meta
from policymine.extract import document as d

# --------------------------------------------------------------------------- #
# a headline opening with its form
# --------------------------------------------------------------------------- #


def test_the_form_opening_a_headline():
    assert d.RE_FORM_OPENING_TITLE.match("【公告】本乡某某道路拓宽工程施工期间交通管制").group("f1") == "公告"
    assert d.RE_FORM_OPENING_TITLE.match("公告修正「某某补助办法」第三条").group("f2") == "公告"
    m = d.RE_FORM_OPENING_TITLE.match("函转「某某署船舶检查作业要点」,业经该署订定发布")
    assert m.group("f3") == "函" and d.doc_type_of(m.group("t")) == "要点"
    # (a headline merely about a notice names no form of its own)
    assert d.RE_FORM_OPENING_TITLE.match("公告栏更新了") is None
    assert d.RE_FORM_OPENING_TITLE.match("函数图像的画法") is None


def test_a_township_notice_on_a_portal_mirror():
    page = ("【公告】本乡一一五年度低收入户住宅修缮补助受理申请\n发布日期: 2032-03-02 00:00:00\n"
            "发布单位: 卓溪乡\n发布部门: 社会课\n"
            "凡设籍于花莲县卓溪乡之低收入户,住宅有修缮需要者,得于受理期间内向本所社会课提出申请,"
            "逾期不予受理,相关表格请至本所网站下载。\n")
    m = meta(page)
    assert m["doc_type"] == "公告" and m["issuers"] == ["卓溪乡"] and m["published"] == "2032-03-02"
    assert m["level"] == "county" and m["region"] == ["台湾省", "花莲县"]


def test_a_department_notice_named_without_its_place():
    page = ("跳到主要内容区块\n公告修正「某某农地补助办法」第四条\n  • 发布单位:建设处\n"
            "为因应地方需要,爰修正本办法第四条,增订补助对象之资格条件,以利各界申请,"
            "业经某某委员会以令修正发布施行,茲公告相关发布令及修正条文,有兴趣民众可下载参阅。\n")
    m = meta(page)
    assert m["doc_type"] == "公告" and m["issuers"] == ["建设处"]
    assert m["level"] is None and m["region"] == []  # (the page names no place: unplaced)


def test_a_form_opening_headline_without_a_publisher_is_no_document():
    page = ("【公告】本周末社区市集照常举办\n"
            "社区发展协会表示,本周末的市集将照常于广场举办,欢迎民众携家带眷前来参加,现场并有多项亲子活动可以体验。\n")
    assert meta(page)["doc_type"] is None


def test_a_letter_forwarding_a_named_rule():
    page = ("函转「某某署渔船安全检查作业要点」,业经某某署121年3月5日某字第1210000001号令订定发布,并自即日生效 "
            "一、依据某某署121年3月5日某字第1210000001号令办理。 二、检附作业要点总说明电子档供参。\n")
    m = meta(page)
    assert m["doc_type"] == "函" and m["issued_type"] == "要点" and m["issuers"] == []


# --------------------------------------------------------------------------- #
# rules enacting themselves; a notice naming itself first
# --------------------------------------------------------------------------- #


def test_rules_enacting_themselves_in_their_body_name():
    page = ("法规内容:\n一、花莲县政府(以下简称本府)为加强各单位公共工程品质管理(以下\n"
            "简称品管),特订定本要点。\n二、本要点用词,定义如下:\n(一)公共工程:指本府及所属机关办理之工程。\n")
    m = meta(page)
    assert m["doc_type"] == "要点" and m["issuers"] == ["花莲县政府"]
    assert m["level"] == "city" and m["region"] == ["台湾省", "花莲县"]


def test_the_form_notes_of_administrative_rules():
    assert d.doc_type_of("花莲县政府公文处理作业注意事项") == "注意事项"


def test_an_enacting_sentence_of_another_form_is_no_form():
    m = d.RE_SELF_ENACTED.search("一、某县政府(以下简称本府)为推动某某业务,特订定本规划。")
    assert m and m.group("form") == "规划"
    assert d.RE_SELF_ENACTED.search("某县政府(以下简称本府)订定本要点。") is None  # (not its first item)


def test_a_circular_naming_itself_first():
    page = ("本通告旨在公布,在《某某条例》下的登记册新查阅安排将于2033年5月2日开始实施。\n背景\n"
            "2本处于2032年8月1日发出的对外通告公布,新查阅安排会分两个阶段实施,第一阶段已经生效。\n")
    m = meta(page)
    assert m["doc_type"] == "通告" and m["issuers"] == [] and m["doc_number"] is None


def test_a_news_item_quoting_a_notice_is_none():
    page = ("市民关注新安排\n记者昨日获悉,有关部门表示本通告旨在公布新安排,市民可于网站查阅详情,"
            "多名市民表示欢迎,认为新安排方便查阅,亦有人担心私隐问题,希望当局加强说明。\n")
    assert meta(page)["doc_type"] is None


# --------------------------------------------------------------------------- #
# a three-part 公告 in a gazette's table of fields
# --------------------------------------------------------------------------- #


def test_a_three_part_notice_in_a_table_of_fields():
    page = ("刊登日期: | 2032/4/9 |\n发文日期: | 2032/4/8 |\n发文文号: | 府建工字第1210012345号 |\n"
            "主旨: | 公告本县某某路段夜间施工交通管制。 |\n发文机关: | 花莲县政府 |\n"
            "依据: | 道路交通管理处罚条例第八十二条规定。 |\n"
            "公告事项: | 一、管制期间:121年4月15日至5月15日每日晚间十时至翌日清晨五时。 二、管制路段如附图。 |\n")
    m = meta(page)
    assert m["doc_type"] == "公告" and m["issuers"] == ["花莲县政府"]
    assert m["signed"] == "2032-04-08" and m["published"] == "2032-04-09"


# --------------------------------------------------------------------------- #
# a report recorded by its presenter
# --------------------------------------------------------------------------- #


def test_a_report_recorded_by_its_presenter_and_sitting():
    page = ("省政府林主席某某作九十年度施政计画报告(中华民国八十九年五月二日第十届第三次定期大会第五次会议):"
            "本府依据行政院九十年度施政方针,配合全省发展需要,订定九十年度施政目标,兹分述如下。\n")
    m = meta(page)
    assert m["doc_type"] == "报告" and m["issuers"] == ["省政府"] and m["signed"] == "2000-05-02"
    assert m["level"] == "provincial" and m["region"] == ["台湾省"]


def test_news_of_a_report_is_no_presenter_record():
    assert d.RE_PRESENTED_REPORT.match("省议会昨日开会,林主席某某作施政报告时表示将加强建设") is None


# --------------------------------------------------------------------------- #
# a president's act in the first person
# --------------------------------------------------------------------------- #


def test_a_council_presidents_delegation_in_his_own_name():
    page = ("根据某某法律第十条之规定,以及行使执行委员会于某日会议赋予本人之权力; 本人将下列权限授予: "
            "一、表一所载各部门主管,以便签署一般文书及许可有关人员的假期; 二、本批示不妨碍收回上述权限。\n"
            "二零三二年三月九日于某某市政委员会\n主席 陈某某\n表一\n第一款所述人员名单\n")
    m = meta(page)
    assert m["issuers"] == ["某某市政委员会主席"] and m["doc_type"] == "批示" and m["signed"] == "2032-03-09"


def test_a_first_person_line_without_its_dated_signature_is_no_act():
    page = ("某某协会会长表示,理事会赋予本人之权力有限,本人将尽力推动会务,希望会员踊跃参加本年度的各项活动,"
            "共同为社区服务,协会并将于下月举办联欢晚会。\n")
    assert meta(page)["issuers"] == []
