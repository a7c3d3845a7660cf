"""The places a document names its own issuer in, where no title block, table or signature does
(policymine.extract.issuer_evidence), on sentences written for them."""

from __future__ import annotations

import pytest

from policymine.extract.document import document_meta
from policymine.extract.issuer_evidence import body_of, issuer_evidence
from policymine.layout import clean


@pytest.mark.parametrize(
    ("run", "body"),
    [
        ("一、青山县政府", "青山县政府"),
        ("为青山县政府", "青山县政府"),
        ("确定青山县政府", "青山县政府"),
        ("政务服务丨青山县人民政府", "青山县人民政府"),
        ("由于某某河道仍处", None),
        ("全县十县百乡", None),
        ("县人民政府", None),  # a rank's body without its place
        ("区第七届人民政府", None),
    ],
)
def test_body_of_a_run(run, body):
    assert body_of(run) == body


def evidence(text: str, title: str | None = None, tail: tuple[str, ...] = ()):
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    return issuer_evidence(lines, title, list(tail))


def test_a_body_defined_as_itself():
    text = "一、青山县政府(以下简称本府)为规范约用人员管理,特订定本要点。\n二、本要点所称人员如下。"
    assert evidence(text) == (["青山县政府"], "defined")


def test_a_heading_of_its_body_then_date_and_number():
    assert evidence("交通部112.3.4交路字第1120000123号函\n说明:\n一、依据某某函办理。") == (["交通部"], "heading")
    assert evidence("交通部函 76.05.22.台交字第5052102号\n主旨:某某。") == (["交通部"], "heading")
    assert evidence("青山县政府 公告 发文日期:112年3月4日\n主旨:公告某某。") == (["青山县政府"], "heading")


def test_the_government_a_speaker_speaks_for():
    text = "各位代表:\n现在,我代表青山县人民政府,向大会报告工作,请予审议。"
    assert evidence(text) == (["青山县人民政府"], "speaker")
    # (a rank's government without its place is left to the rules that know the page's county)
    assert evidence("各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。") is None


def test_the_subject_of_the_opening_sentence():
    assert evidence("海港事务署宣布,由于暴雨警告信号已经生效,所有码头暂停开放。") == (["海港事务署"], "subject")
    text = "根据第9/2031号行政法规第五条的规定,公职管理局现公布有关职位空缺的分配结果。"
    assert evidence(text) == (["公职管理局"], "subject")
    assert evidence("统计处今日(三月一日)出版二零三一年三月号月刊。") == (["统计处"], "subject")
    # (a sentence whose subject is no body)
    assert evidence("当前某某河道仍处高水位,请市民注意安全。") is None


def test_the_body_a_title_opens_with():
    assert evidence("第一条 为规范管理,制定本办法。", title="青山市人民检察院检务信息发布办法") == (["青山市人民检察院"], "title")
    # (a joint title: each body in turn)
    got = evidence("第一条 为规范管理,制定本办法。", title="青山省财政厅青山省教育厅学生资助资金管理办法")
    assert got == (["青山省财政厅", "青山省教育厅"], "title")
    # (a head that a longer one runs on: 常务委 / 常务委员会)
    got = evidence("第一条 为规范管理,制定本条例。", title="青山市人民代表大会常务委员会议事规则")
    assert got == (["青山市人民代表大会常务委员会"], "title")
    # (a word through the head is none: 部分, 干部; a place's town names where, not who)
    assert evidence("正文。", title="青山市部分路段交通管制方案") is None
    assert evidence("正文。", title="青山县绿水镇2031年突发事件总体应急预案") is None


def test_the_office_a_dated_foot_names():
    text = "一、某某考试的名单如下。"
    assert evidence(text, tail=("二零三一年九月十日于行政长官办公室",)) == (["行政长官办公室"], "dated")
    # (its holder signing under it)
    got = evidence(text, tail=("二零三一年九月十日于文化事务司司长办公室", "文化事务司司长 李某某"))
    assert got == (["文化事务司司长"], "dated")


def test_no_evidence_on_a_news_story():
    assert evidence("记者从会议上获悉,今年全市新增就业岗位三千个。", title="全市新增就业岗位三千个") is None


def meta(text: str) -> dict:
    return document_meta(clean(text))


def test_document_meta_takes_the_evidence_where_nothing_else_names_the_body():
    text = ("交通部112.3.4交路字第1120000123号函\n说明:\n一、依据本部112年2月1日交路字第1120000001号函办理。\n"
            "二、旨揭道路因施工,仍需依规定办理许可申请事宜,请查照。\n")
    got = meta(text)
    assert got["issuers"] == ["交通部"]


def test_an_act_enacting_itself_in_its_holders_name():
    text = ("文化事务司司长行使《某某特别行政区基本法》第十条赋予的职权,并根据第6/2031号行政法规第七条的规定,作出本批示。\n"
            "一、将作出下列行为的职权转授予文化局局长:\n(一)签署任用书;\n(二)批准特别假期。\n")
    got = meta(text)
    assert got["doc_type"] == "批示"
    assert got["issuers"] == ["文化事务司司长"]


def test_a_broadcast_announcement_however_the_call_is_worded():
    text = ("某某泳池暂时关闭\n电台及电视台当值宣布员注意:\n请尽快播出下列报告,并于稍后再次广播:\n"
            "泳客请注意:康乐事务署宣布,由于某某泳池需进行紧急维修,将于下星期一起暂停开放。\n")
    got = meta(text)
    assert got["issuers"] == ["康乐事务署"]
    assert got["doc_type"] == "报告"


def test_a_body_over_its_salutation():
    text = "青山县人民政府\n全县广大干部群众:\n为做好森林防火工作,现就有关事项公告如下:\n一、禁止野外用火。"
    assert evidence(text) == (["青山县人民政府"], "heading")
    got = meta(text)
    assert got["issuers"] == ["青山县人民政府"] and got["doc_type"] == "公告"


def test_a_body_over_its_date_at_the_foot_whatever_its_form():
    text = "为改善大气环境质量,现就禁止露天焚烧秸秆有关事项通告如下。\n一、全域禁烧。"
    assert evidence(text, tail=("特此通告。", "青山县人民政府", "10月14日")) == (["青山县人民政府"], "foot")


def test_a_release_over_its_contacts():
    text = "2031年3月工业生产统计\n1.与上年同月比较:工业生产增加6.5%。"
    tail = ("经济部统计处", "发言人:王副处长某某", "联络电话:(02)1234-5678")
    assert evidence(text, tail=tail) == (["经济部统计处"], "foot")
    got = meta(text + "\n" + "\n".join(tail))
    assert got["issuers"] == ["经济部统计处"]


def test_a_numeral_inside_a_places_name_is_no_count():
    assert body_of("青林县斗六市公所") == "青林县斗六市公所"
    assert evidence("第一条 本条例依地方制度法订定之。", title="青林县斗六市公所组织自治条例") == (["青林县斗六市公所"], "title")


def test_a_compilation_of_notices_is_no_document():
    text = ("关于禁止焚烧秸秆的公告、通告、通知汇编(8篇)\n\n关于全面禁止野外用火的通告\n"
            "根据《某某防治法》,现就有关事项通告如下:\n一、全域禁烧。\nxx县人民政府\n")
    assert meta(text)["doc_type"] is None


def test_an_organisations_rules_are_not_the_organised_bodys():
    text = ("本规程依地方制度法第八十三条规定订定之。\n本市青林区公所(以下简称本所)依法办理本区事务。\n")
    assert evidence(text, title="青山市青林区公所组织规程") is None
    # (the government they call 本府 enacts them)
    text = ("本规程依青山市政府(以下简称本府)组织自治条例第五条规定订定之。\n区公所置区长,承市长之命综理区政。\n")
    assert evidence(text, title="青山市各区公所组织规程") == (["青山市政府"], "defined")
    # (a township's own autonomy regulation is its own)
    assert evidence("第一条 本自治条例依地方制度法订定之。", title="青林县某某乡公所组织自治条例") == (["青林县某某乡公所"], "title")
