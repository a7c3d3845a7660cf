"""Rules of normalisation, cleaning and extraction, each on sentences written for it."""

import pytest

import policymine
from policymine.extract.text import sentence_spans
from policymine.layout import clean, find_dates
from policymine.normalize import MARK, fold_width, normalize, strip_pinyin

# --- normalize -------------------------------------------------------------------------

@pytest.mark.parametrize("raw, want", [
    ("歡迎訪問本網(wǎng)站", "歡迎訪問本網站"),
    ("經(jīng)濟發(fā)展", "經濟發展"),
    ("公式(a)与(b)", "公式(a)与(b)"),          # letters without tone marks stay
    ("蘭州（lán）", "蘭州"),                      # full-width brackets
])
def test_strip_pinyin(raw, want):
    assert strip_pinyin(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("１２．５％", "12.5%"),
    ("ＧＤＰ增长５％，", "GDP增长5%，"),         # Chinese punctuation kept
])
def test_fold_width(raw, want):
    assert fold_width(raw) == want


def test_traditional_page_becomes_simplified_and_is_called_traditional():
    r = normalize("臺灣經濟部宣布，今年投資將達到３．１兆元。")
    assert r.script == "traditional"
    assert r.text == "台湾经济部宣布，今年投资将达到3.1兆元。"


def test_damaged_character_is_restored_from_the_page_own_annotations():
    # 報(bào) stands intact once, so the destroyed one can be restored; the other cannot
    raw = "晚報(bào)刊登。日?qǐng)?bào)转载。某?xyzé)事"
    r = normalize(raw)
    assert "日报转载" in r.text
    assert r.repaired == 1 and r.marked >= 1 and MARK in r.text


def test_replacement_runs_are_marked_not_passed_on():
    r = normalize("政府锟斤拷锟斤拷工作报告")
    assert r.text == f"政府{MARK}工作报告" and r.marked == 1


# --- layout ----------------------------------------------------------------------------

PAGE = """首页 | 要闻 | 政务 | 民生
您的位置：首页 > 新闻 > 本地
某市召开科技创新大会——聚焦成果转化
发布时间：2022-06-18 10:20  来源：某市新闻网-某市日报  字号：大 中 小
  6月17日，某市召开科技创新大会，会议总结了过去一年的工作，部署了下一阶段的任务。
  会议提出，全市将新建研发平台30个以上，技术合同成交额力争达到50亿元。
本报记者 李明 王芳
责任编辑：赵强
相关新闻
- 某区举办人才招聘会
"""


def test_clean_finds_body_and_metadata():
    lay = clean(normalize(PAGE).text)
    assert lay.body.startswith("6月17日")
    assert lay.body.endswith("本报记者 李明 王芳")
    assert "责任编辑" not in lay.body and "相关新闻" not in lay.body and "首页" not in lay.body
    assert lay.title == "某市召开科技创新大会"
    assert lay.date == "2022-06-18" and lay.year == 2022 and not lay.year_inferred
    assert lay.source == "某市日报"
    assert lay.authors == ["李明", "王芳"]


def test_year_is_inferred_from_the_latest_full_date():
    page = "某县推进乡村振兴\n某县以产业兴旺为重点，扎实推进乡村振兴，取得了明显成效。\n相关新闻\n2019年03月02日 某县召开会议\n2020年1月5日 某县表彰先进\n"
    lay = clean(page)
    assert lay.date is None and lay.year == 2020 and lay.year_inferred


@pytest.mark.parametrize("text, iso", [
    ("2021-05-08 07:30工商时报", "2021-05-08"),
    ("Tue, 02 Mar 2021 08:15:00 GMT", "2021-03-02"),
    ("2024/11/03", "2024-11-03"),
    ("二〇二四年三月五日", "2024-03-05"),
])
def test_dates(text, iso):
    assert find_dates(text)[0][0] == iso


def test_front_matter_feeds_metadata_and_never_reaches_the_body():
    text = "---\ntitle: 某省出台人才新政\ndate: 2023-01-09\nauthor: 张三\nsource: 某省日报\n---\n某省近日出台人才新政，提出引进高层次人才1000名以上，力争五年内形成人才集聚效应。\n"
    r = policymine.extract_text(text)
    assert r["title"] == "某省出台人才新政" and r["date"] == "2023-01-09"
    assert r["source"] == "某省日报" and r["authors"] == ["张三"]
    assert "title:" not in r["body"]


# --- indicators ------------------------------------------------------------------------

def _ind(sentence):
    return policymine.extract_text("测试文章标题\n" + sentence + "\n", keywords=0)["indicators"]


@pytest.mark.parametrize("sentence, quote, value, unit, qualifier, kind, modality", [
    ("今年全市将新增城镇就业岗位3.5万个以上。", "3.5万个以上", 35000, "个", ">=", "count", "target"),
    ("去年全省地区生产总值约2.1万亿元，同比增长5.2%。", "约2.1万亿元", 2.1e12, "元", "~", "money", "status"),
    ("该区粮食产量达到120万吨，比上年增加8万吨。", "120万吨", 1.2e6, "吨", "=", "count", "status"),
    ("研发经费投入强度达到2.4%，较上年提高0.3个百分点。", "0.3个百分点", 0.3, "百分点", "=", "change", "status"),
    ("规上工业企业中有三分之一开展了研发活动。", "三分之一", 33.33, "%", "=", "share", "status"),
    ("全县农民人均可支配收入五年翻了一番多。", "一番多", 2, "倍", ">", "multiple", "status"),
    ("对认定的企业给予最高500万元奖励。", "最高500万元", 5e6, "元", "<=", "money", "status"),
    ("该市综合实力位居全省第三。", "全省第三", 3, "位", "=", "rank", "status"),
    ("到2027年，新建5G基站突破2万个。", "突破2万个", 20000, "个", ">", "count", "target"),
])
def test_indicator(sentence, quote, value, unit, qualifier, kind, modality):
    found = [i for i in _ind(sentence) if i["text"] == quote]
    assert found, _ind(sentence)
    i = found[0]
    assert i["value"] == pytest.approx(value, rel=1e-3)
    assert (i["unit"], i["qualifier"], i["kind"], i["modality"]) == (unit, qualifier, kind, modality)


@pytest.mark.parametrize("sentence", [
    "2023年9月6日，市委召开十四届七次全会。",          # dates, session names
    "要打好“两张牌”，写好“四篇文章”。",               # metaphorical counts
    "推进5G、P3实验室和“3+2”产业体系建设。",          # codes, formula
    "形成了一批优势学科群，构建一个开放体系。",          # indefinite 一
    "联系电话：0931-8159799。",                      # phone
    "庆祝中国共产党成立100周年。",                   # anniversary
])
def test_not_indicators(sentence):
    assert _ind(sentence) == []


def test_subject_before_and_after_and_inherited():
    inds = _ind("技术合同年成交额力争达到135亿元，举办20场以上科技成果对接活动，高新技术企业占比达到45%，较上年提高3个百分点。")
    subj = {i["text"]: i["subject"] for i in inds}
    assert "成交额" in subj["135亿元"]
    assert subj["20场以上"].startswith("科技成果")
    assert subj["3个百分点"] == subj["45%"]


def test_list_with_fenbie_distributes_subjects():
    inds = _ind("大型企业、中小企业分别占到了全省的40%、55%。")
    assert [i["subject"] for i in inds] == ["大型企业", "中小企业"]


def test_offsets_point_into_the_body():
    r = policymine.extract_text("标题一则\n全市共有高等院校12所，在校学生30万人。\n")
    for i in r["indicators"]:
        assert r["body"][i["start"]:i["end"]] == i["text"]
        assert i["text"] in i["sentence"]


# --- slogans and institutions ----------------------------------------------------------

def test_slogans_from_lexicon_structure_and_quotes():
    text = "标题一则\n深化“放管服”改革，坚持“一核两翼三区”布局，推进“引培留用”，实施“揭榜挂帅”，发展新质生产力。\n"
    got = {s["text"]: s["kind"] for s in policymine.extract_text(text)["slogans"]}
    assert got.get("放管服") == "abbreviation"
    assert got.get("一核两翼三区") == "numbered"
    assert "揭榜挂帅" in got and "新质生产力" in got


def test_institutions_grammar_gazetteer_and_city_alias():
    text = ("标题一则\n兰州市科技局联合兰州大学、中科院近代物理研究所召开会议。"
            "市科技局表示，将支持甘肃省科学院建设。龙头企业和高校院所积极参与。\n")
    insts = {i["name"]: i for i in policymine.extract_text(text)["institutions"]}
    assert "市科技局" in insts["兰州市科技局"]["aliases"]
    assert "兰州大学" in insts and insts["兰州大学"]["type"] == "university"
    assert any(n in ("中国科学院", "中科院近代物理研究所") for n in insts)
    assert "龙头企业" not in insts and "高校院所" not in insts


def test_sentence_spans_cover_sentences():
    text = "第一句。第二句！\n第三句"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["第一句。", "第二句！", "第三句"]


@pytest.mark.parametrize("full, short", [
    ("成都重庆国家自主创新示范区", "成重国家自主创新示范区"),   # two places to their first characters
    ("成都重庆国家自主创新示范区", "成都自创区"),               # short head after the first place
    ("西安高新技术产业开发区", "西安高新区"),
    ("某某市科学技术局", "某某市科技局"),
])
def test_short_forms_of_names(full, short):
    from policymine.extract.institutions import short_forms

    assert short in short_forms(full)


def test_short_form_in_text_is_an_alias():
    text = "标题一则\n西安高新技术产业开发区管委会发布通知。西安高新区今年新增企业。\n"
    insts = policymine.extract_text(text)["institutions"]
    names = {i["name"]: i for i in insts}
    assert "西安高新技术产业开发区" in names or "西安高新技术产业开发区管委会" in names
    assert "西安高新区" not in names or any("西安高新区" in i["aliases"] for i in insts)


def test_bare_zone_head_and_code_named_institute():
    text = "标题一则\n高新区主攻新材料产业。依托西北大学、705所等单位开展攻关。\n"
    names = {i["name"] for i in policymine.extract_text(text)["institutions"]}
    assert "高新区" in names and "705所" in names and "西北大学" in names


def test_reporter_byline_outlet_is_an_institution():
    text = "标题一则\n会议提出了下一步工作的具体要求，强调要抓好落实。\n天水日报社全媒体记者 张三\n"
    names = {i["name"] for i in policymine.extract_text(text)["institutions"]}
    assert "天水日报社" in names


def test_explain_lists_every_number_left_out_with_a_reason():
    text = "标题一则\n2023年，全市新增企业120家，“六个一百”工程完成，形成一批成果，推进5G建设。\n"
    r = policymine.extract_text(text, explain=True)
    assert [i["text"] for i in r["indicators"]] == ["120家"]
    why = {x["text"][:2]: x["why"] for x in r["excluded"]}
    assert "year" in why["20"] and "slogan" in why["六个"] and "indefinite" in why["一批"] and "code" in why["5G"]


def test_figures_without_cue_in_a_plan_are_targets_and_in_news_are_status():
    body = "\n全市高新技术企业达到300家，研发投入增长10%。\n"
    plan = policymine.extract_text("某市科技创新三年行动方案" + body, keywords=0)["indicators"]
    news = policymine.extract_text("某市科技创新工作综述" + body, keywords=0)["indicators"]
    assert {i["modality"] for i in plan} == {"target"}
    assert {i["modality"] for i in news} == {"status"}


def test_signature_block_dates_an_official_document_and_names_its_issuer():
    text = ("某某省科学技术厅关于开展项目申报的通知\n发布日期：2023-06-01\n各市科技局：\n"
            "现将有关事项通知如下，请认真组织申报，确保按时完成各项工作任务。\n某某省科学技术厅\n2023年5月26日\n")
    r = policymine.extract_text(text, keywords=0)
    assert r["date"] == "2023-05-26" and r["source"] == "某某省科学技术厅"


@pytest.mark.parametrize("text, iso", [("中华民国113年3月7日", "2024-03-07"), ("民国99年12月31日", "2010-12-31")])
def test_roc_calendar_dates(text, iso):
    assert find_dates(text)[0][0] == iso


def test_predicate_alternatives_fit_the_tail_searched():
    import regex

    from policymine.extract.indicators import PREDICATE_TAIL

    body = PREDICATE_TAIL.pattern.removeprefix("(?:").removesuffix(")$")
    alternatives = body.split("|")
    assert alternatives and all(regex.fullmatch(r"\p{Han}+", a) for a in alternatives)
    assert max(map(len, alternatives)) <= 4


@pytest.mark.parametrize(
    "text, expected",
    [
        # laboratories and institutes that join two fields with 与
        ("依托冰冻圈科学与冻土工程全国重点实验室开展联合攻关。", {"冰冻圈科学与冻土工程全国重点实验室"}),
        ("推动煤矿灾害动力学与控制国家重点实验室建设。", {"煤矿灾害动力学与控制国家重点实验室"}),
        ("建设黄土高原土壤侵蚀与旱地农业国家重点实验室。", {"黄土高原土壤侵蚀与旱地农业国家重点实验室"}),
        # ... but not two bodies, nor a predicate, joined by 与
        ("兰州大学与中国科学院近代物理研究所合作共建实验室。", {"兰州大学", "中国科学院近代物理研究所"}),
        ("企业与高校联合建设重点实验室10个。", set()),
        ("鼓励龙头企业与兰州大学共建联合研究中心。", {"兰州大学"}),
        # a party committee and a government named together are two bodies
        ("甘肃省委省政府高度重视科技创新工作。", {"甘肃省委", "甘肃省政府"}),
    ],
)
def test_institution_names_joined_by_conjunctions(text, expected):
    names = {i["name"] for i in policymine.extract_text(text)["institutions"]}
    assert names == expected


def test_party_and_government_pair_keeps_offsets_and_counts():
    text = "兰州市委市政府出台若干措施。兰州市委强调落实。"
    insts = {i["name"]: i for i in policymine.extract_text(text)["institutions"]}
    assert set(insts) == {"兰州市委", "兰州市政府"}
    assert insts["兰州市委"]["count"] == 2  # one mention per place in the text, not one per head
    gov = insts["兰州市政府"]
    assert text[gov["start"] : gov["end"]] == "市政府" and gov["aliases"] == ["市政府"]


def test_conjunction_before_a_named_body_is_no_field():
    names = {i["name"] for i in policymine.extract_text("积极推进与中国科学院、中国工程院的战略合作。")["institutions"]}
    assert names == {"中国科学院", "中国工程院"}


@pytest.mark.parametrize("idiom", ["名利双收", "一举两得", "四面八方"])
def test_quoted_idiom_with_numerals_is_no_slogan(idiom):
    from policymine.extract.slogans import classify_quoted

    assert classify_quoted(idiom) is None
    text = f"让科研人员“{idiom}”，推动“两个结合”落实。"
    assert [s["text"] for s in policymine.extract_text(text)["slogans"]] == ["两个结合"]


def test_valley_clusters_are_zones_but_silicon_valley_is_a_place():
    insts = policymine.extract_text("贵阳数谷吸引了一批企业，借鉴美国硅谷的经验。")["institutions"]
    assert [(i["name"], i["type"]) for i in insts] == [("贵阳数谷", "zone")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("白银市在上海建成白银张江科创飞地。", {"白银张江科创飞地"}),
        ("大力发展飞地经济，建设一批“科创飞地”。", set()),
    ],
)
def test_enclaves_need_a_name(text, expected):
    assert {i["name"] for i in policymine.extract_text(text)["institutions"]} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numeral that belongs to a place does not make the name a formula
        ("三江源国家公园管理局挂牌运行。", {"三江源国家公园管理局"}),
        ("五大平台建设加快推进。", set()),
        # the field after the governing verb, even with an organisation before the verb
        ("青海省科技厅共建高原科学与可持续发展研究院。", {"青海省科技厅", "高原科学与可持续发展研究院"}),
        # a bare level word starts the name; a noun before it is no part of it
        ("现在，我代表省人民政府，向大会报告工作。", {"省人民政府"}),
    ],
)
def test_institution_name_starts(text, expected):
    assert {i["name"] for i in policymine.extract_text(text)["institutions"]} == expected


def _inds(text):
    return {i["text"]: i for i in policymine.extract_text(text)["indicators"]}


def test_report_predicates_are_not_part_of_the_subject():
    inds = _inds("一般公共预算收入完成381.3亿元。城镇调查失业率控制在5.5%以内。科技型中小企业新增152家。")
    assert inds["381.3亿元"]["subject"] == "一般公共预算收入"
    assert inds["5.5%以内"]["subject"] == "城镇调查失业率" and inds["5.5%以内"]["kind"] == "rate"
    assert inds["152家"]["subject"] == "科技型中小企业"


def test_a_price_rise_is_a_change():
    assert _inds("居民消费价格涨幅3%左右。")["3%左右"]["kind"] == "change"


def _body_inds(body):
    """Indicators of a body as the extractors see it (no page layout around it)."""
    from policymine.extract.indicators import extract_indicators
    from policymine.extract.text import Doc

    return {i["text"]: i for i in extract_indicators(Doc(body))[0]}


def test_numbered_section_headings_set_modality():
    text = ("一、2023年工作回顾\n全省生产总值增长5.3%。\n"
            "二、2024年主要目标\n全省生产总值增长5%左右；城镇新增就业6万人以上。\n")
    inds = _body_inds(text)
    assert inds["5.3%"]["modality"] == "status"
    assert inds["5%左右"]["modality"] == "target" and inds["6万人以上"]["modality"] == "target"


def test_unnumbered_news_headings_do_not_set_modality():
    inds = _body_inds("锚定目标奋力攻坚\n全市高新技术企业310家。\n")
    assert inds["310家"]["modality"] == "status"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("發布日期：113年6月13日", "2024-06-13"),
        ("中华民国113年3月7日", "2024-03-07"),
        ("2024年6月13日", "2024-06-13"),
        ("建院300年6月13日", None),  # a year beyond the ROC range is no date
        ("24年3月5日", "2024-03-05"),  # two digits without 民国: a year written short (JioNLP reads 15年3月2日 so), no ROC date
        ("民国99年12月31日", "2010-12-31"),
    ],
)
def test_roc_dates_with_or_without_era_name(text, iso):
    found = find_dates(normalize(text).text)
    assert (found[0][0] if found else None) == iso


def test_name_before_a_word_jieba_glues_to_it():
    names = {i["name"] for i in policymine.extract_text("经济部将推动产业创新，科技部门予以配合。")["institutions"]}
    assert names == {"经济部"}


def test_document_number_is_no_title():
    page = ("某某省人民政府办公厅关于印发某某省科技创新规划的通知\n某政办发〔2021〕88号\n\n"
            "各市、县人民政府，省直各部门：\n现将规划印发给你们，请认真组织实施。全省高新技术企业达到2800家，"
            "技术合同成交额达到105.4亿元，研发经费投入强度达到1.5%。\n\n某某省人民政府办公厅\n2021年9月30日\n")
    rec = policymine.extract_text(page)
    assert rec["title"] == "某某省人民政府办公厅关于印发某某省科技创新规划的通知"
    assert "县人民政府" not in {i["name"] for i in rec["institutions"]}  # an addressee list


def test_subject_before_a_from_to_construction():
    inds = _body_inds("全区研发经费投入从2015年的105.9亿元增加到2020年的173.2亿元，年均增长10.3%。"
                      "高新技术企业数量由2015年的600家增加到2020年的2800家。")
    assert inds["105.9亿元"]["subject"] == inds["173.2亿元"]["subject"] == "全区研发经费投入"
    assert inds["105.9亿元"]["kind"] == "money"  # the level it rose from, not a change
    assert inds["2800家"]["subject"] == "高新技术企业数量"
    assert inds["173.2亿元"]["modality"] == "status"  # 增加到2020年的: a level, not a deadline


def test_cue_inside_a_noun_is_no_cue():
    inds = _body_inds("到2025年，研发经费投入强度达到1.5%以上，每万人口高价值发明专利拥有量达到2.5件。")
    assert inds["2.5件"]["modality"] == "target"


def test_place_before_a_university_makes_another_university():
    names = {i["name"] for i in policymine.extract_text("广西大学、桂林电子科技大学进入建设行列。")["institutions"]}
    assert names == {"广西大学", "桂林电子科技大学"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # government bodies named by two fields (人社局, 住建局, 工信厅, 文旅厅)
        ("兰州市人力资源和社会保障局发布通知。", {"兰州市人力资源和社会保障局"}),
        ("甘肃省文化和旅游厅组织活动。", {"甘肃省文化和旅游厅"}),
        ("兰州市住房和城乡建设局、兰州市自然资源和规划局联合发文。",
         {"兰州市住房和城乡建设局", "兰州市自然资源和规划局"}),
        # two bodies joined by 和 stay two
        ("市科技局和市财政局联合发文。", {"市科技局", "市财政局"}),
        # a head jieba glued to a role (工业局|局长)
        ("创新科技及工业局局长今日宣布。", {"创新科技及工业局"}),
    ],
)
def test_government_names_joined_by_conjunctions(text, expected):
    assert {i["name"] for i in policymine.extract_text(text)["institutions"]} == expected


def test_wire_dateline_names_the_source_and_session_numbers_are_ordinals():
    page = ("新华社北京3月5日电（记者 王晓明）十四届全国人大二次会议5日上午开幕。国务院总理作政府工作报告时指出，"
            "国内生产总值增长5%左右，城镇新增就业1200万人以上。")
    rec = policymine.extract_text(page)
    assert rec["source"] == "新华社"
    assert [i["text"] for i in rec["indicators"]] == ["5%左右", "1200万人以上"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("国务院总理李强作政府工作报告时指出，要加快发展。", {"国务院"}),
        ("兰州市科技局局长张三主持召开兰州科技大市场建设会议。", {"兰州市科技局", "兰州科技大市场"}),
        ("钱学森空间技术实验室正式揭牌。", {"钱学森空间技术实验室"}),  # a person who names a body
        ("国务院批复建设兰州白银国家自主创新示范区。", {"国务院", "兰州白银国家自主创新示范区"}),  # 白银: a city
    ],
)
def test_officials_and_people_end_what_came_before(text, expected):
    assert {i["name"] for i in policymine.extract_text(text)["institutions"]} == expected


def test_a_word_jieba_tags_as_a_name_does_not_cut_an_institution():
    names = {i["name"] for i in policymine.extract_text("振兴河西国家玉米繁育制种基地。")["institutions"]}
    assert names == {"河西国家玉米繁育制种基地"}


def test_subjects_of_common_statistics():
    inds = _body_inds("全市规模以上工业增加值同比增长12.3%。累计培育国家级专精特新“小巨人”企业50家。"
                      "R&D经费投入强度达2.8%。兰州新区规划面积达120平方公里。")
    assert inds["12.3%"]["subject"] == "全市规模以上工业增加值"  # 同比 is no part of it
    assert "专精特新“小巨人”企业" in inds["50家"]["subject"]  # quotes inside a subject
    assert inds["2.8%"]["subject"] == "R&D经费投入强度" and inds["2.8%"]["kind"] == "rate"
    assert inds["120平方公里"]["modality"] == "status"  # 规划面积: a planned area that exists


def test_names_that_begin_with_a_numeral_place_and_heads_of_offices():
    text = "四川省人民政府办公厅印发若干措施。中国科学院成都分院、六盘水市科技局参与实施。"
    names = {i["name"] for i in policymine.extract_text(text)["institutions"]}
    assert {"四川省人民政府办公厅", "中国科学院成都分院", "六盘水市科技局"} <= names


def test_subject_on_the_right_stops_at_a_predicate():
    inds = _body_inds("从10个方面提出35条具体举措。")
    assert inds["10个"]["subject"] == "方面" and inds["35条"]["subject"] == "具体举措"
