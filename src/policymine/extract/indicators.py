""":mod:`policymine.extract.indicators`: numeric indicators (targets and statistics).

A grammar over characters finds quantities: a number (Arabic, Chinese or mixed,
with 万/亿/兆), an optional ``多``/``余``, a unit or measure word from
``data/units.tsv``, qualifiers before and after (``超过``, ``以上`` ...); shares
written in words (``六成``, ``三分之一``, ``一半``), multiples (``翻两番``),
ranks (``第91位``, ``全省第三``, ``200强``), money without ``元`` in a money
context, and ``30万大学生`` (a head count without a measure word).

Rules leave out what is not a measured quantity (see :data:`WHY`): calendar
dates and years, ordinals and session names, codes and model names, numbers
inside slogans and quotations, ``N大X`` formulas, the indefinite ``一``,
small numbers in words (rhetorical counts: ``两张牌``), items of a list of names,
phone numbers.

For each quantity the clause is part-of-speech tagged (a short span only) to
find its subject: the noun phrase right after the quantity (``20场以上科技成果
转化对接活动``, ``70%以上的科教资源``) or the one before it, past the predicate
(``技术合同年成交额力争达到135亿元``), before ``占`` for shares, distributed over
a list with ``分别``, inherited from the sentence's previous indicator for
comparisons (``较上年增长7个百分点``). Modality comes from the nearest cue in the
sentence, then in the paragraph before it; the period from the sentence.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

from .. import resources
from ..compiled import re, regex
from ..lang import CN_FINANCIAL, CN_NUMERAL
from ..uniclass import has_digits_read_otherwise, on_re
from .numbers import parse_multiple, parse_number, parse_share
from .text import Doc

__all__ = ["extract_indicators", "WHY"]

# fmt: off
_CN = CN_NUMERAL
_CNX = _CN + CN_FINANCIAL  # with the financial (大写) numerals of amounts
RE_NUM = (
    # matches start only where a run of digits starts, and are bounded: a page of
    # 100,000 digits costs one short try, not a quadratic search
    r"(?<![\d.])\d[千仟](?:\d[百佰])?(?:\d[十拾])?(?=[万亿])"  # Arabic digits with units of place: 9千6百万
    r"|(?<![\d.])(?:\d{1,3}(?:[,，]\d{3}){1,6}|\d{1,16})(?:\.\d{1,8})?"   # Arabic, with thousands separators
    rf"|(?<![{_CNX}])[{_CNX}]{{1,40}}(?:点(?:[{_CNX}]{{1,20}}|\d{{1,20}}))?"  # Chinese (一百点123 too)
)
_MULT = r"(?:万亿|千亿|百亿|十亿|个?亿|千万|百万|十万|万|千|兆|(?<=\d)[百佰仟])"
_DIGIT1 = r"[一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d]"  # one digit: 角 and 分 of an amount
# what follows a big unit in a mixed numeral: 3万2千人, 100万三千家, 1万600家
_MIXED_TAIL = r"(?:[零〇一二两三四五六七八九十百千]{1,12}|\d{1,4}千(?:\d{1,3}百)?|\d{1,4}百|\d{2,4}(?![\d.]))"
RE_PRE_QUAL = on_re(
    r"(?:约有|约为|约占|大约|约|将近|接近|近|超过了|超过|突破了|突破|逾|超|不少于|不低于|至少|不超过|不高于|最高|最多|高达|多达)$"
)
RE_POST_QUAL = on_re(r"^(?:以上|以下|以内|左右|上下|多|余)")
QUALIFIER = {
    "约有": "~", "约为": "~", "约占": "~", "大约": "~", "约": "~", "将近": "~", "接近": "~", "近": "~",
    "左右": "~", "上下": "~",
    "超过了": ">", "超过": ">", "突破了": ">", "突破": ">", "逾": ">", "超": ">", "多": ">", "余": ">",
    "高达": "=", "多达": "=",
    "不少于": ">=", "不低于": ">=", "至少": ">=", "以上": ">=",
    "不超过": "<=", "不高于": "<=", "最高": "<=", "最多": "<=", "以下": "<=", "以内": "<=",
}
RE_SHARE_WORDS = regex.compile(
    r"(?=[一二三四五六七八九十百千万\d.])"  # every branch starts so: a cheap first test, 8x faster scans
    # 百分之十四点五 first: the general fraction would stop at 点 (百分之十四)
    r"(?P<q>(?<![一二三四五六七八九十百千万\d.])[百千万]分之[一二三四五六七八九十百点\d.]{1,12}"
    r"|(?<![一二三四五六七八九十百千万\d.])[一二三四五六七八九十百千万\d.]{1,12}分之[一二三四五六七八九十百\d.]{1,12}"
    r"|百分之[一二三四五六七八九十百点\d.]{1,12}"
    r"|(?:[一二三四五六七八九]|(?<![\d.])[1-9])成(?:[一二三四五六七八九](?![\p{Han}]))?(?![为果效功立本员长交熟型绩就品分都])"
    r"|一半)"
)
RE_MULTIPLE_FAN = on_re(r"翻了?(?P<q>[一两二三四五]番)(?P<more>多)?")
RE_RANK = regex.compile(
    rf"(?=[排位名居列跻进第全世国省西东中同副\d百千])"  # a cheap first test: how every branch starts
    rf"(?:(?P<pre>排名|排在|位居|位列|名列|居于|居|列)?第(?P<n>\d{{1,6}}|[{_CN}]{{1,6}})(?P<u>位|名)"
    rf"|(?P<scope>全国|全省|全市|全区|全球|世界|国内|全县|省内|西部|东部|中部|东北|中西部|同类城市|副省级城市|省会城市)"
    rf"(?:第|前)(?P<n2>[一二三四五六七八九十]{{1,4}}|\d{{1,4}})(?![\p{{Han}}\d])"
    # 排名第七, 位居前三: a rank after a verb of ranking, without 位 or 名
    rf"|(?P<pre2>排名|排在|排|位居|位列|名列|跻身|进入|居)(?P<n4>(?:第|前)(?:[一二三四五六七八九十]{{1,4}}|\d{{1,4}}))(?![\p{{Han}}\d%])"
    rf"|(?P<n3>(?<!\d)\d{{1,6}}|[百千])强(?=[榜名单企城市\p{{P}}]|$))"
)
# the scans of a whole body: the same patterns on ``re``, which runs them twice as fast
# (their \p{} classes spelled out, :mod:`policymine.uniclass`), for a body without the digits
# the two read otherwise (their \d as re reads it: its fast search for the first character kept)
_RANK_SCAN = on_re(RE_RANK.pattern, re_digits=True)
_SHARE_WORDS_SCAN = on_re(RE_SHARE_WORDS.pattern, re_digits=True)
RE_PERSON_NOUN = regex.compile(r"\p{Han}{0,4}?(?:大学生|毕业生|学生|人才|人口|居民|农民工|职工|员工|劳动力|游客|群众|农户|老人|儿童)")
# 30万大学生: a head count in 万 or 亿 with the people as its noun
RE_PERSON_COUNT = regex.compile(rf"(?P<num>(?<![\d.])\d{{1,8}}(?:\.\d{{1,4}})?)(?P<mult>万|亿)(?P<noun>{RE_PERSON_NOUN.pattern})")
_PERSON_COUNT_SCAN = on_re(r"(?=\d)" + RE_PERSON_COUNT.pattern, re_digits=True)  # (see _RANK_SCAN; a match opens with a digit)
MONEY_CONTEXT = regex.compile(r"投资|资金|收入|产值|营收|营业收入|生产总值|GDP|预算|总额|规模|经费|金额|融资|贷款|补贴|奖励|资助|基金|税收|利润|销售额|成交额|消费|出口|进口|外贸")
CHANGE_VERBS = regex.compile(r"(?:同比|环比|比上年|较上年|年均|平均)?(?:增长|提高|提升|下降|增加|减少|降低|上升|回落|扩大|缩小|增|降|减|涨|跌)了?$")
# verbs that open a purpose after an amount (投入100亿元推动创科发展): no subject follows
PURPOSE_VERBS = frozenset(["推动", "用于", "支持", "助力", "促进", "带动", "推进", "加快", "服务", "保障", "发展"])
# what a fund or programme hands out (发出N笔资助): the noun of the act, not of what is measured
GRANT_NOUNS = frozenset(["资助", "补贴", "补助", "贷款", "援助"])
RE_GRANTOR = on_re(r"(?:「(?P<q>[^」]{2,40})」|(?P<n>\p{Han}{2,12}?(?:基金|计划)))(?:在[^，,；;。]{0,8})?(?:发出|批出|拨出|发放|给予|批给)")
RATE_SUBJECT = on_re(r"(?:率|指数|强度|系数|水平)$")
CHANGE_SUBJECT = on_re(r"(?:涨幅|增幅|降幅|跌幅|增速|增量|(?:增长|成长|上涨|增加|下降|减少|下跌)(?:幅度|速度))$")  # 价格涨幅3%: a change
# section headings of reports: what follows a plan's heading is a target, a review's a status
HEADING_TARGET = on_re(r"目标|任务|安排|计划|规划|打算|思路|展望|预期")
HEADING_STATUS = on_re(r"回顾|成效|成绩|进展|总结|完成情况|过去|基础|现状|形势")
PREDICATE_TAIL = on_re(
    r"(?:分别|力争|争取|预计|计划|将|要|已经|已|累计|共计|合共|共|总计|合计|达到了|达到|达|为|是|有|实现|占到了|占到|占了|占|"
    r"提高到|提升到|增加到|增长到|下降到|降低到|减少到|扩大到|达到了|提高至|提升至|增长至|下降至|扩大至|收窄至|缩小至|降至|增至|升至|"
    r"超过了|超过|突破了|突破|增长了|增长|提高了|提高|提升了|提升|下降了|下降|增加了|增加|减少了|减少|降低了|降低|上升了|上升|"
    r"约有|约占|约为|约|近|逾|超|翻了|翻|了|都|均|仅|只有|仍|还|平均为|平均|年均|"
    r"完成了|完成|控制在|保持在|稳定在|维持在|新增|净增|同比|环比|成长了|成长|衰退了|衰退|年增|年减|收窄|"
    # a superlative between the measure and its verb (增速最高达到25.6%)
    r"最高|最低|最快|最多|最大|"
    # verbs of ranking and estimating, and what stands between them and their subject
    r"位居|稳居|高居|居于|居|位列|名列|排在|连续|持续|继续|初估|初步估算|估算|估计|预估|仅有|大约|"
    r"新台币|人民币|港币|港元|美元|欧元|澳门币)$"
)
TARGET_CUES = regex.compile(r"将(?!近|其|之)|力争|争取(?!上级|中央|国家|省级|省里|资金|专项|项目)|(?<![\p{Han}])计划|计划(?=到|在|于|用|新)|目标(?!企业|客户|群体|市场)|预计|预期|确保|拟|要求|(?<!增加|提高|增长|提升|上升|下降|减少|降低|扩大|缩小)到20\d\d年(?!的)|(?<!截|\d{4}年)至20\d\d年|20\d\d年前|每年.{0,20}以上|明年|规划(?!面积|用地|范围|区|局|院|馆)")
# literals only: ``re`` reads them as ``regex`` does, and scans faster
STATUS_CUES = re.compile(r"已经|已|累计|截至|截止|共有|现有|拥有|完成了|实现了|达到了|去年|上年|过去|以来|至今|近年来|先后|目前")
RE_PERIOD = regex.compile(
    r"(?:截至|截止|到|至)?(?:20\d\d|19\d\d)年(?:底|末|前|以来|上半年|下半年|一季度|前三季度)?|每年|年均|今年|去年|上年|明年|"
    r"[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末)|[一二三四五六七八九十两]年(?:来|内|间)|近年来|以来"
)
RE_SESSION = on_re(
    rf"^[{_CN}\d]{{1,6}}次|^(?:全国|中央|省|市|县|区)?(?:全会|会议|人大|政协|代表大会|党代会|全体会议|委员会|中央委员会|运动会)"
)
BOUNDARY = "，,；;：:。！？!?\n"
# where a quantity stands, not what it measures
SCOPE_WORDS = frozenset(["全国", "全省", "全市", "全区", "全县", "国内", "全球", "世界", "我国", "我省", "我市", "我区", "本市", "本省", "各地", "全行业"])
# fmt: on
# a second ranking of a list (居全省第3位、苏北第1位): the word before it is its scope
RE_RANK_LIST_BEFORE = on_re(r"(?:第[\d一二三四五六七八九十]{1,4}(?:位|名)?|前[\d一二三四五六七八九十]{1,4})、\p{Han}{1,4}$")
# the scopes of a ranking (居中部第2位)
RANK_SCOPES = SCOPE_WORDS | frozenset(["中部", "西部", "东部", "东北", "中西部", "省内", "同类城市", "副省级城市", "省会城市"])

# 以每年超过20%的速度增长: a rate of growth, a change
# 以15%的速度增长: the figure is a change; 比2017年的2073.5亿元增长21.5%: a level, the change follows
RE_RATE_OF_GROWTH = on_re(r"的?(?:速度|幅度|比例)?(?:增长|递增|增加|上涨|下降|递减|减少)(?![到至了\d约近逾超])")
# 从2015年的105.9亿元增加到…: the subject stands before 从/由 and a starting time
RE_FROM_ORIGIN = on_re(
    r"(?:从|由)(?=\s*(?:\d{4}|上年|去年|前年|“?十[一二三四五六七八九]五|[一二三四五六七八九十]{1,2}[年月]"
    # 由820件增至1350件: the starting level itself
    rf"|(?:\d|[{_CNX}]{{2}})[^，,；;。]{{0,24}}?(?:增|减|降|升|提|扩|缩|下|上|达|变|跃|攀|回|到|至)))"
)
# 占GDP比重, 占全省的份额: a share named by what it is a share of
RE_SHARE_NOUN_END = on_re(r"^占[^，,；;。、]{1,16}?(?:比重|比例|份额|比率)$")
# a plan, programme or set of measures, by its title
# a title that names a plan: the plan word heads the title's phrase (…三年行动计划(2023—2025年),
# 《…规划》的通知), not a word modifying another (…计划名单, …方案设计)
RE_PLAN_TITLE = on_re(
    r"(?:规划|计划|方案|措施|意见|纲要|实施细则|办法|若干政策)"
    r"(?=$|[》）)(（\s—\-:：，,。?？!！]|[」”\"_](?!\p{Han})|的|和|及|与|等|解读|印发|出台|发布|公布|出炉|正式|来了)"
)
# patterns used inside functions, compiled once
RE_DASH_DIGIT_AFTER = on_re(r"[-—–]\d")
RE_DIGIT_DASH_BEFORE = regex.compile(r"\d[-—–]$")
RE_TIMES_AFTER = on_re(rf"[\d{_CN}]{{1,6}}次")
RE_PLENUM = on_re(rf"[{_CN}]{{1,3}}中全会")
RE_PARTY_BEFORE = on_re(r"(?:党的|中共|省委|市委)$")  # 党的十九届: the Party's congresses are named
RE_SESSION_AFTER = on_re(r"(?:全会|会议|人大|代表大会|党代会|委员会)")
RE_CN_NUMERAL_ONLY = on_re(f"[{_CNX}]+")
RE_HAN_CHAR = on_re(r"\p{Han}")
RE_COMPARISON_START = on_re(r"^(?:较|比|同比|相比|与)")
RE_COMPARISON_WORD = regex.compile(r"高于|低于|高出|低出|快于|慢于|超出|(?<![对相类评无])比(?!重|例|率|值|较|赛|拼|对)|(?<!比)较(?!大|快|高|低|好|多|少|为|强|弱|长|短)")
RE_PLAN_WORD = on_re(r"计划|工程|行动")
RE_EVERY_YEAR_AT_LEAST = on_re(r"每年.{0,20}以上")
RE_APPROX_BEFORE_SHARE = on_re(r"(约|近|超过|逾)(?:占|为|达)[\p{Han}]{0,4}$")
RE_CN_NUMERAL_CHAR = on_re(f"[{_CN}]")
RE_LIST_SEPARATOR = on_re(r"、|和|及|与")
RE_ENUMERATION_COMMA = regex.compile(r"、")
RE_DATE_SEPARATOR_DIGIT = regex.compile(r"[-/.:]\d")
RE_YEAR_NUMBER = regex.compile(r"(?:19|20)\d\d")

# measure words so common that a word the segmenter glues to them (16个省, 30项目标) is no reason
# to doubt them; a rarer unit character that starts a word (5亿天使投资) is no unit
COMMON_CLASSIFIERS = frozenset("个家项名人位户件所座种条批台套")
# predicates that state a quantity: a small number in words after them is a count (总数达到三家)
RE_COUNT_PREDICATE = on_re(
    r"(?:达到了|达到|达|共计|共有|共|总计|合计|累计|仅有|只有|增至|增加到|减少到|降至|(?<![成作认列视称评分划定])为)$"
)

WHY = {
    "year": "calendar date or year",
    "ordinal": "ordinal or session name",
    "code": "code or model name (letters and digits)",
    "slogan": "number inside a slogan, formula or quotation",
    "formula": "N大X / N个X formula",
    "indefinite": "indefinite 一 (a, one)",
    "rhetorical": "small number in words (rhetorical count)",
    "name-list": "item in a list of names",
    "list-name": "name of a ranking list (百强, 500强)",
    "phone": "phone number or code",
    "anniversary": "anniversary",
    "no-unit": "number without a unit",
}


@functools.cache
def _units() -> tuple[dict[str, tuple[str, str, float]], regex.Pattern]:
    units = {r[0]: (r[1], r[2], float(r[3])) for r in resources.table("units.tsv", 4, 4)}
    for name in _currencies()[0]:  # every currency name is a unit of money (3亿澳门元)
        units.setdefault(name, ("money", "元", 1.0))
    rx = regex.compile(resources.word_regex(units).pattern)  # a trie: the longest unit, one path
    return units, rx


@functools.cache
def _quantity_re() -> regex.Pattern:
    _, urx = _units()
    return regex.compile(
        rf"(?=[\d{_CNX}几数])"  # a cheap first test: a quantity starts with a digit
        rf"(?P<some>[几数](?=[十百千万亿]))?(?P<num>{RE_NUM})[ \u3000]?"
        rf"(?P<mult>{_MULT}(?:(?<=[万亿兆]){_MIXED_TAIL}(?=[\p{{Han}}%]))?)?"
        rf"(?P<approx>多|余|几)?(?P<mult2>{_MULT})?[ \u3000]?(?P<unit>{urx.pattern}|块(?=钱|[{_CNX}\d][毛角]|[^\p{{Han}}]|$))"
        # yuan, then jiao and fen: 123元1角1分, 十块三毛, 一百三十五块六角七分钱
        rf"(?:(?<=[元圆块])(?P<jiao>{_DIGIT1}[角毛])?(?P<fen>{_DIGIT1}分(?!之))?钱?)?"
        rf"(?:(?<=[元圆])[整正](?![\p{{Han}}]))?"
    )


@functools.cache
def _quantity_scan() -> re.Pattern:
    """:func:`_quantity_re` on ``re`` (see ``_RANK_SCAN``)."""
    return on_re(_quantity_re().pattern, re_digits=True)


@functools.cache
def _money_bare_re() -> regex.Pattern:
    return regex.compile(
        rf"(?=[\d{_CNX}])"  # a cheap first test: how every number of RE_NUM starts (on re: 2x faster scans)
        rf"(?P<num>{RE_NUM})(?P<approx>多|余)?(?P<mult>万亿|亿|万)"
        rf"(?:(?![\p{{Han}}%])|(?=的?\p{{Han}}{{0,4}}?(?:{MONEY_NOUNS})))"  # 300亿的基金, 5亿天使投资
    )


@functools.cache
def _money_bare_scan() -> re.Pattern:
    """:func:`_money_bare_re` on ``re`` (see ``_RANK_SCAN``)."""
    return on_re(_money_bare_re().pattern, re_digits=True)


# nouns of money: an amount without 元 before them is money (300亿的产业基金)
MONEY_NOUNS = "基金|资金|投资|融资|贷款|补贴|补助|资助|奖励|经费|预算|拨款"
# a word of money right before an amount: money even in 万 or in words (总投资三百万, 预算小于40万)
RE_MONEY_BEFORE = on_re(
    rf"(?:{MONEY_NOUNS}|金额|奖金|收入|营收|成本|费用|总额)(?:总额|总计|合计|共计)?"
    r"(?:为|达到|达|是|了|共|计|高达|约|近|超过|小于|少于|不到|不足|最高|不超过)?$"
)


@functools.cache
def _currencies() -> tuple[dict[str, str], re.Pattern]:
    """Currency names -> ISO 4217 codes (``data/currencies.tsv``), and a pattern of the names."""
    names = {r[0]: r[1] for r in resources.table("currencies.tsv", 2, 2)}
    return names, on_re("|".join(map(regex.escape, sorted(names, key=len, reverse=True))))


# the currency of a bare 元 on a page of each region
REGION_CURRENCY = {"HK": "HKD", "MO": "MOP", "TW": "TWD", "CN": "CNY"}
_REGION_OF_PARENT = {"香港特别行政区": "HK", "澳门特别行政区": "MO", "台湾省": "TW"}


@functools.cache
def _region_markers() -> tuple[dict[str, dict[str, int]], re.Pattern]:
    """Region markers (``data/regions.tsv``) and the gazetteer's places of HK, Macau, Taiwan."""
    markers: dict[str, dict[str, int]] = {}
    for row in resources.table("regions.tsv", 2, 3):
        markers.setdefault(row[0], {})[row[1]] = int(row[2]) if len(row) > 2 else 1
    for full, _level, short, parent in resources.places():
        region = _REGION_OF_PARENT.get(parent) or _REGION_OF_PARENT.get(full)
        if region:
            for form in (full, *short):
                if len(form) >= 2:
                    markers.setdefault(form, {}).setdefault(region, 1)
    return markers, resources.word_regex(markers)  # a trie: one pass over the page


@functools.cache
def _region_scanner():
    from ..wordscan import word_scanner

    return word_scanner(_region_markers()[0])


def region_of_places(places) -> str | None:
    """``HK``, ``MO`` or ``TW`` for a ``region`` list (``[province, city]``) of those places, else None."""
    return next((_REGION_OF_PARENT[p] for p in places or () if p in _REGION_OF_PARENT), None)


def page_region(text: str, default: str = "CN") -> str:
    """Where a page is from, by the words that name its places, bodies and currency:
    ``HK``, ``MO``, ``TW`` where the markers of one of them weigh at least 2 (two places, or
    one name of its government, a body or its currency) and outweigh the mainland's (省委,
    国务院, 人民币 ...), else ``CN``."""
    markers, _ = _region_markers()
    score = dict.fromkeys(REGION_CURRENCY, 0)
    for word in _region_scanner().findall(text):  # the trie's matches, by an automaton
        for region, weight in markers[word].items():
            score[region] += weight
    best = max(("HK", "MO", "TW"), key=lambda r: score[r])
    if score[best] >= 2 and score[best] > score["CN"]:
        return best
    # (a page whose words name no region, or too weakly, is the default's: an official document's
    # issuer's region, unless the mainland's markers are there)
    return "CN" if default == "CN" or score["CN"] > score[default] else default


def _currency(text: str, qs: int, s: int, e: int, region: str) -> str:
    """The currency of the money at ``[s, e)`` (quote from ``qs``): a currency named in its
    unit (亿美元), right after it (万元人民币) or right before the number (新台币4.76兆元),
    else the currency of a bare 元 on a page of ``region``."""
    names, rx = _currencies()
    for m in rx.finditer(text, s, e):
        return names[m.group()]
    m = rx.match(text, e)
    if m:
        return names[m.group()]
    before = text[max(0, qs - 8) : qs].rstrip()
    for m in rx.finditer(before):
        if m.end() == len(before):
            return names[m.group()]
    return REGION_CURRENCY[region]


@functools.cache
def _change_words() -> tuple[dict[str, tuple[str, str]], regex.Pattern, regex.Pattern]:
    """Words of change (``data/change_verbs.tsv``): word -> (direction, kind of word); a pattern
    of all of them, and the pattern of a clause that ends in a verb of change (kind ``change``)."""
    words, cuts = {}, []
    for row in resources.table("change_verbs.tsv", 2, 3):
        words[row[0]] = row[1]
        if row[2:] == ("object",):
            cuts.append(row[0])
    rx = regex.compile("|".join(map(regex.escape, sorted(words, key=len, reverse=True))))
    verbs = sorted((w for w, d in words.items() if d in ("up", "down")), key=len, reverse=True)
    # a verb of change right before the amount, or a cut with its object between (压减产能50万吨)
    ending = regex.compile(
        r"(?:" + "|".join(map(regex.escape, verbs)) + r")了?$"
        r"|(?:" + "|".join(map(regex.escape, sorted(cuts, key=len, reverse=True))) + r")[\p{Han}“”]{1,12}$"
    )
    return words, rx, ending


# a subject that names a change (涨幅, 降幅) says which way it goes
CHANGE_SUBJECT_DIRECTION = {"涨幅": "up", "增幅": "up", "增速": "up", "增量": "up", "增长率": "up",
                            "增长幅度": "up", "成长幅度": "up", "增长速度": "up", "上涨幅度": "up",
                            "下降幅度": "down", "减少幅度": "down", "下跌幅度": "down",
                            "降幅": "down", "跌幅": "down", "减幅": "down"}


# a comparison closing the clause before a figure: 比|较 + baseline + adjective (比同期工业增速高)
RE_CROSS_COMPARISON = on_re(r"(?:比|较)(?P<base>[^，,；;。比较]{1,24}?)(?<![提拔抬减增降])(?:高|低|快|慢|多|少)了?$")
# a baseline that is a time: the same quantity earlier (比上年同期, 较一季度, 比2020年)
RE_TIME_BASELINE = on_re(
    r"(?:上年|去年|前年|上月|上季度?|上一年|上一季度|[一二三四1-4]季度|上半年|年初|(?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?|"
    r"\d{1,2}月(?:份)?|前\d?年)?(?:同期)?(?:的)?(?:水平)?"
)


def _direction(left_ctx: str, subject: str | None) -> str | None:
    """Which way a change goes: the last word of change before it in its clause (增长 up,
    下降 down; 高于 compares, no way), else a subject such as 涨幅 or 降幅."""
    cross = RE_CROSS_COMPARISON.search(left_ctx)
    if cross and not RE_TIME_BASELINE.fullmatch(cross.group("base")):
        return None  # 比同期工业增速高6.7个百分点: a gap to another quantity, no way of change
    words, rx, _ = _change_words()
    verb = noun = None
    for m in rx.finditer(left_ctx):
        kind = words[m.group()]
        if left_ctx[m.end() : m.end() + 1] in ("至", "到"):
            continue  # 降幅扩大至5.6%: a level reached, not the way of the change
        if kind == "noun":
            noun = CHANGE_SUBJECT_DIRECTION.get(m.group(), noun)
        else:
            verb = kind
    if verb is not None:
        return verb if verb in ("up", "down") else None
    if noun is None and subject:
        noun = next((d for w, d in CHANGE_SUBJECT_DIRECTION.items() if subject.endswith(w)), None)
    return noun


RE_BOUNDARY_CHAR = re.compile("[" + re.escape(BOUNDARY) + "]")


def _clause_bounds(doc: Doc, s: int, e: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``[s, e)``: from after the last :data:`BOUNDARY` character before ``s`` to
    the first one from ``e``, within the sentence ``sent``."""
    marks = doc.__dict__.get("_clause_marks")
    if marks is None:  # where the body's boundary characters stand: found once per document
        marks = doc.__dict__["_clause_marks"] = [m.start() for m in RE_BOUNDARY_CHAR.finditer(doc.text)]
    cs = s
    if s > sent[0]:
        i = bisect_left(marks, s)  # marks[i - 1]: the last boundary before s
        cs = max(sent[0], marks[i - 1] + 1) if i else sent[0]
    ce = e
    if e < sent[1]:
        i = bisect_left(marks, e)  # marks[i]: the first boundary from e
        ce = min(sent[1], marks[i]) if i < len(marks) else sent[1]
    return cs, ce


def _masked(mask: bytearray, s: int, e: int) -> bool:
    """Does ``[s, e)`` touch a masked span (a slogan)?"""
    return any(mask[s:e])


_QUOTE_PAIRS = (("“", "”"), ("《", "》"), ("‘", "’"), ("「", "」"), ('"', '"'))
RE_QUOTE_OPEN = re.compile("[" + "".join(re.escape(o) for o, _ in _QUOTE_PAIRS) + "]")


def _in_quotes(text: str, s: int, e: int) -> bool:
    """Inside a short quotation or a book title (numbers there name things)."""
    if not RE_QUOTE_OPEN.search(text, max(0, s - 16), s):
        return False  # most figures: no opening mark in the 16 characters before them, found in one scan
    for open_, close in _QUOTE_PAIRS:
        i = text.rfind(open_, max(0, s - 16), s)
        if i >= 0 and text.rfind(close, i + 1, s) < 0:
            j = text.find(close, e, e + 16)
            if j >= 0:
                return True
    return False


def _exclusion(text: str, s: int, e: int, num: str, unit: str, value: float, kind: str = "") -> str | None:
    before = text[max(0, s - 2) : s]
    after = text[e : e + 6]
    if unit in ("年", "月", "日"):
        return "year"
    after1 = text[e : e + 1]
    if before[-1:].isalpha() and before[-1:].isascii() or (after1.isascii() and after1.isalnum()
                                                            and not (unit in ("%", "‰") and after1.isdigit())):
        return "code"  # 5G, P3; but 17.1%14.0%: a list of shares written without separators
    if RE_DASH_DIGIT_AFTER.match(text[e : e + 2]) or RE_DIGIT_DASH_BEFORE.search(before):
        return "phone"
    if before.endswith("第"):
        return "ordinal"
    if unit == "届" and (RE_SESSION.match(after) or RE_TIMES_AFTER.match(after) or RE_PLENUM.match(after)
                         or RE_PARTY_BEFORE.search(text, max(0, s - 2), s)):
        return "ordinal"  # 十九届, 二十届四中全会: sessions are named, not counted
    if unit in ("次", "批", "期", "届") and RE_SESSION_AFTER.match(after):
        return "ordinal"
    if after.startswith("周年"):
        return "anniversary"
    if RE_CN_NUMERAL_ONLY.fullmatch(num) and not RE_COUNT_PREDICATE.search(text, max(0, s - 4), s):
        # a small number in words is rhetorical (两张牌), unless a predicate of measure
        # governs it (企业总数达到三家)
        if value == 1 and kind != "money":
            return "indefinite"
        if value <= 10 and unit not in ("%",) and kind != "money":
            return "rhetorical"  # 十块三毛, 五元: amounts of money in words are amounts
    # an item in a list of names (``兰州大学、510所等``)
    if text[s - 1 : s] == "、" and text[e : e + 1] in ("等", "、") and unit in ("所", "厂", "院", "部"):
        return "name-list"
    return None


def _subject_right(doc: Doc, e: int, ce: int, lenient: bool = False) -> str | None:
    """The noun phrase right after a quantity (``20场以上科技成果转化对接活动``).

    Strict: the phrase must start with a noun. Lenient (no subject on the left):
    it may start with a verb, as names of things often do (``创新孵化载体``).
    """
    text = doc.text
    i = e
    if text[i : i + 1] == "的":
        i += 1
    # a quoted name before the noun (521家“倍增计划”试点企业): part of the phrase
    quoted = RE_QUOTED_MODIFIER.match(text, i, ce)
    j = quoted.end() if quoted else i
    span = text[j:ce]
    if not span or not RE_HAN_CHAR.match(span):
        return None
    toks = doc.tagged(j, min(ce, j + 24))
    if not toks:
        return None
    if quoted:
        toks = [(quoted.group(), "n"), *toks]
    elif len(toks) > 1 and toks[0][1] == "m" and RE_MAGNITUDE.fullmatch(toks[0][0]):
        toks = [(toks[0][0], "n"), *toks[1:]]  # 42家千亿及以上市值企业: a magnitude as a modifier
    w0, t0 = toks[0]
    if not (t0.startswith("n") or t0 in ("vn", "l", "j", "eng", "b", "an", "nz", "a") or lenient and t0.startswith("v")):
        return None
    if w0 in ("之一", "以上", "左右") or w0 in PURPOSE_VERBS:
        return None  # 投入100亿元|推动…: what the money is for, not what is measured
    out = ""
    for k, (w, t) in enumerate(toks):
        if w == "及" and out and k + 1 < len(toks) and toks[k + 1][0] in ("以上", "以下"):
            out += w  # 千亿及以上市值企业
            continue
        if w in ("以上", "以下") and out.endswith("及"):
            out += w
            continue
        if w in ("之一", "的", "等", "为", "在", "和", "及", "与", "、", "已", "已经", "正", "将") or t in ("d", "p", "c", "uj", "x"):
            break
        if t == "v" and out and k + 1 < len(toks) and toks[k + 1][1] == "m":
            break  # 10个方面|提出35条…: a verb with a quantity after it starts the predicate
        if t.startswith("v") and out and k + 1 < len(toks) and toks[k + 1][0] in ("在", "于", "到", "至", "为", "第"):
            break  # …公司|排在第三: a verb with its complement starts the predicate
        out += w
    return out if len(out) >= 2 else None


# a share and the agent it comes from (近乎100%是由本地企业贡献)
RE_AGENT_AFTER = on_re(r"\s*(?:是|则)?由(?P<x>[^，,；;。、]{2,20}?)(?:所|来)?(?:贡献|提供|创造|完成|承担|实现)")
RE_PAREN_ASIDE = on_re(r"[（(](?:含|不含|包括|包含|除|其中|以下简称|简称|即|下同)[^（）()]{0,24}[）)]")
RE_LEADING_FIGURE = regex.compile(r"^[\d.,]+")
RE_COORDINATED_FIGURE = regex.compile(r"(?:和|、|及|与)(?:约|近|超过)?[\d.,]+")
RE_QUOTED_MODIFIER = on_re(r"[“\"‘「][^”\"’」，,。；;]{1,12}[”\"’」](?=\p{Han})")
RE_MAGNITUDE = on_re(r"[十百千万亿]{1,3}")


def _ends_with_verb(doc: Doc, a: int, b: int) -> bool:
    toks = doc.tagged(a, b)
    return bool(toks) and toks[-1][1] in ("v", "vn", "vd") and len(toks[-1][0]) >= 2


# verbs that govern a figure rather than modify a measure (实现|增加值, 完成|投资)
PREDICATE_VERBS = frozenset(["实现", "完成", "取得", "录得", "创下", "达到", "达", "突破", "超过", "累计", "新增", "拥有"])
# a scope word closing the phrase before the verb (收入人群|全国|仅有)
RE_SCOPE_TAIL = regex.compile(r"[，,]?(?:" + "|".join(sorted(SCOPE_WORDS | {"省内", "市内"}, key=lambda w: (-len(w), w))) + r")$")
RE_RANK_VERB_TAIL = on_re(
    r"(?:位居|稳居|高居|居于|居|位列|名列|排在)(?:全国|全省|全市|全区|全县|全球|世界|国内|省内|中部|西部|东部|东北|中西部)$"
)
# a method of reckoning at the head of a clause (按可比价格计算, 按常住人口计算, 按年平均汇率折算)
RE_RECKONING = on_re(r"^按[^，,；;。：:]{1,16}?(?:计算|折算|核算|统计|测算)(?:为|是)?")
# a time, or a place in time, between a subject and its verb (在2024年, 于上年, 是2012年的), or
# the field of a ranking (在九个城市中, 在同类园区中)
RE_TIME_TAIL = regex.compile(
    rf"(?:(?:在|于|是)?(?:[{_CN}\d]{{1,8}}(?:年|个月|年来)|上年|去年|同期)的?|在[^，,；;。在]{{1,20}}(?:中|里|当中|之中)|在|于)$"
)


def _strip_time_tail(left: str) -> str:
    while True:
        m = RE_TIME_TAIL.search(left)
        if not m or m.start() == len(left):
            return left
        left = _strip_predicate(left[: m.start()])


def _as_nouns(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tokens with nouns of measure and of change tagged as nouns: jieba tags ``增速``,
    ``支出`` as verbs, and a measure is the head of its phrase."""
    measure = _measure_nouns()
    merged: list[tuple[str, str]] = []
    for w, t in toks:  # 成长|幅度, 增长|速度: one noun of change
        if merged and w in ("幅度", "速度", "率") and CHANGE_SUBJECT.search(merged[-1][0] + w):
            merged[-1] = (merged[-1][0] + w, "n")
        else:
            merged.append((w, t))
    toks = merged
    # the tag first: most words are no verbs, and no pattern is searched for them
    return [(w, "n") if t.startswith("v") and (w in measure or len(w) == 2 and CHANGE_SUBJECT.search(w)) else (w, t)
            for w, t in toks]


def _strip_predicate(left: str) -> str:
    while True:
        # a match ends the string, and no alternative is longer than 4 characters (a test checks):
        # search only the tail instead of trying every alternative at every position of the clause
        m = PREDICATE_TAIL.search(left, max(0, len(left) - 5))
        if not m or m.start() == len(left):
            return left
        left = left[: m.start()]


@functools.cache
def _currency_last_chars() -> frozenset[str]:
    """The last characters of the currencies' names (元, 币 ...)."""
    return frozenset(n[-1] for n in _currencies()[0] if n)


def _strip_currency_tail(left: str) -> str:
    """``left`` without a currency's name that ends it (…金额为澳门元 -> …金额为)."""
    _names, rx = _currencies()
    if left[-1:] not in _currency_last_chars():
        return left  # most clauses: no currency's name ends with their last character
    tail = left[-8:]
    for m in rx.finditer(tail):
        if m.end() == len(tail):
            return left[: len(left) - len(tail) + m.start()]
    return left


def _subject_left(doc: Doc, cs: int, s: int) -> str | None:
    """The noun phrase before the quantity, past the predicate (``成交额力争达到``)."""
    left = doc.text[cs:s]
    # a currency named before the amount (金额为澳门元1.2亿元, 新台币4.76兆元) is the amount's, not its subject
    left = _strip_currency_tail(left)
    share_of = ""
    # from one level to another: the subject stands before 从 (经费投入从2015年的…增加到2020年的)
    origins = list(RE_FROM_ORIGIN.finditer(doc.text, cs, s + 16))
    origins = [m for m in origins if m.start() < s]
    if origins and origins[-1].start() > cs:
        left = left[: origins[-1].start() - cs]
    # shares: the subject stands before 占, unless 占…比重 names the share itself (占GDP比重由…)
    k = left.rfind("占")
    if k >= 0:
        ratio = RE_SHARE_NOUN_END.search(_strip_predicate(left[k:].rstrip()))
        if ratio is not None and origins:  # 占GDP比重由1.2%提高到…: the share is what changes
            share_of = left[k : k + ratio.end()]
        left = left[:k]
    # a method of reckoning opens the clause (按常住人口计算人均地区生产总值…, 按现价计算为…):
    # what follows it is the subject, if anything
    # a verb of ranking and its field (位居全国, 稳居中部): the predicate of a rank
    left = RE_RANK_VERB_TAIL.sub("", left)
    method = RE_RECKONING.match(left)
    if method:
        left = left[method.end() :]
        cs += method.end()
    left = _strip_predicate(left.rstrip())
    # skip a time or numeral phrase between subject and predicate (``五年``, ``在2024年``,
    # ``是2012年的``)
    left = _strip_time_tail(left)
    left = _strip_predicate(left)
    scope = RE_SCOPE_TAIL.search(left)
    if scope and scope.start() >= 2:
        left = _strip_predicate(left[: scope.start()])  # 收入人群|全国|仅有: where, not what
    if not left or RE_COMPARISON_START.match(left):
        return None
    # 高于全国平均水平3.1个百分点: the baseline of a comparison is not what is measured
    cmp_ = None
    for found in RE_COMPARISON_WORD.finditer(left):
        cmp_ = found  # the last comparison word
    if cmp_ is not None:
        left = _strip_predicate(left[: cmp_.start()].rstrip())
        if len(left) < 2:
            return None
    toks = _as_nouns(doc.tagged(cs + max(0, len(left) - 30), cs + len(left)))  # left is a prefix of text[cs:s]
    kept = []
    measure = _measure_nouns()
    aside = [m.span() for m in RE_PAREN_ASIDE.finditer(doc.text, cs, cs + len(left))]
    pos = cs + len(left)
    for w, t in reversed(toks):
        pos -= len(w)
        # an aside between the subject and its measure (企业（含分支机构）增加值): passed over
        if kept and any(a <= pos < b for a, b in aside):
            continue
        if w in ("、", "的", "其中", "等", "和", "及", "与", "对", "在", "把", "被", "从", "向", "将", "为") and kept:
            if w == "及" and kept and kept[-1][0] in ("以上", "以下"):
                kept.append((w, t))
                continue
            if w == "的" and len(kept) == 1 and kept[0][0] in measure:
                kept.append((w, t))  # 基础研究活动的支出: a bare measure takes its 的-modifier
                continue
            break
        if t == "x" and w not in ("(", ")", "（", "）", "&", "·", "“", "”", "‘", "’"):  # 专精特新“小巨人”企业
            break
        if (t.startswith("v") and t != "vn") and kept:
            # a verb ends the phrase, unless the phrase so far is only a verb (``科技成果转化``)
            # or a single character (``科技创新券``)
            if all(kt.startswith("v") and kt != "vn" for _, kt in kept) or sum(len(kw) for kw, _ in kept) < 2 \
                    or len(kept) == 1 and kept[0][0] in measure and len(w) >= 2 and w not in PREDICATE_VERBS:
                # (预算|总额: a bare measure takes the word before it, jieba's verb or not)
                kept.append((w, t))
                continue
            break
        if t in ("p", "c", "d", "r", "uj", "ul", "m", "q", "t") and kept:
            break
        kept.append((w, t))
    kept.reverse()
    while kept and ((kept[0][1].startswith("v") and kept[0][1] != "vn" and len(kept) > 1) or kept[0][1] in ("p", "c", "d", "m", "q", "r", "x", "t", "uj")):
        if sum(len(w) for w, _ in kept[1:]) < 2:
            break
        kept.pop(0)
    out = "".join(w for w, _ in kept)
    for open_, close in (("“", "”"), ("‘", "’")):
        if close in out and open_ not in out.split(close, 1)[0]:
            out = out.split(close, 1)[1]  # 计划”骨干企业: a quotation cut in half is left out
    out = out.strip("“”\"‘’").removesuffix("的")
    if len(out) < 2 or out in SCOPE_WORDS or all(t.startswith("v") and t != "vn" or t in ("d", "a") for _, t in kept):
        return None
    return out + share_of


# cues of a plan read on characters, wherever the segmenter puts them (拟获, 县计划压减, 年度目标)
TARGET_CHAR_CUES = regex.compile(
    r"(?<![模虚比草])拟(?!人|态|声|写|稿)|力争|目标(?!企业|客户|群体|市场)"
    # 计划 as a verb (县计划压减), not the noun of a programme's name (科技计划项目, 创业计划)
    # a budget is money planned (编列科技预算1,569亿元, 概算额度, 特别预算案), not a revenue or
    # spending category of a statistical release (一般公共预算收入完成…)
    r"|编列|概算|预算案|预算(?=[\d约近逾达为共计总额新台币港元人民币])"
    r"|计划(?=(?:压减|削减|淘汰|投资|投入|建设|实施|完成|引进|培育|开工|安排|举办|新建|新增|招收|招聘|发行|推出|用|到|在|于|将))"
)
# a past period named as the baseline of a comparison (比上年, 较去年) states nothing
RE_BASELINE_BEFORE = on_re(r"(?:比|较|于|与|同|相比)$")


def _cue_ends(rx, doc: Doc, a: int, b: int) -> list[int]:
    """Where the cues of ``rx`` in ``doc.text[a:b]`` end (offsets from ``a``), counting only
    cues that are whole words: 拥有 in 专利拥有量 is part of a noun, not a statement. Target
    cues of :data:`TARGET_CHAR_CUES` count wherever they stand; a past period after 比 or 较
    is a baseline, no cue."""
    bounds = doc.boundaries
    text = doc.text[a:b]
    ends = [m.end() for m in rx.finditer(text) if a + m.start() in bounds and a + m.end() in bounds
            and not (rx is STATUS_CUES and RE_BASELINE_BEFORE.search(text, max(0, m.start() - 2), m.start()))]
    if rx is TARGET_CUES:
        ends += [m.end() for m in TARGET_CHAR_CUES.finditer(text)]
    return ends


RE_OPEN_QUOTE = on_re(r"[“「『\"]")


# what every match of TARGET_CUES and TARGET_CHAR_CUES holds, their lookarounds left out: a sentence
# with none of these has no target cue before any of its figures (a cue added there needs its core
# here; tests/test_extract_speed4.py tries the three on sentences made of their words)
RE_TARGET_CORE = regex.compile(
    r"将|力争|争取|计划|目标|预计|预期|确保|拟|要求|(?:到|至)20\d\d年|20\d\d年前|每年.{0,20}以上|明年|规划"
    r"|编列|概算|预算"
)


# what every match of RE_PERIOD holds
RE_PERIOD_CORE = re.compile(r"年|以来|五")


def _sentence_cues(doc: Doc, sent: tuple[int, int]) -> tuple[bool, bool, bool]:
    """Whether the sentence holds anything a target cue, a status cue or a period is made of (read
    once per sentence): where it holds none, no part of it holds one (STATUS_CUES is literals)."""
    seen = doc.__dict__.setdefault("_sentence_cues", {})
    got = seen.get(sent)
    if got is None:
        text, a, b = doc.text, sent[0], sent[1]
        got = seen[sent] = (RE_TARGET_CORE.search(text, a, b) is not None, STATUS_CUES.search(text, a, b) is not None,
                            RE_PERIOD_CORE.search(text, a, b) is not None)
    return got


def _modality(text: str, doc: Doc, s: int, sent: tuple[int, int], quote_end: int, default: str = "status") -> str:
    any_target, any_status, _ = _sentence_cues(doc, sent)
    t = _cue_ends(TARGET_CUES, doc, sent[0], s) if any_target else []
    st = _cue_ends(STATUS_CUES, doc, sent[0], s) if any_status else []
    after = text[quote_end : quote_end + 16].split("，")[0].split(",")[0]
    plan_word = RE_PLAN_WORD.search(after)
    if plan_word and not RE_OPEN_QUOTE.search(after, 0, plan_word.start()):
        return "target"  # but 320家“领航计划”企业: a programme's name
    if t or st:
        if (max(t) if t else -1) > (max(st) if st else -1):
            return "status" if _estimate_of_the_past(text, doc, sent[0], s, max(t)) else "target"
        return "status"
    if RE_EVERY_YEAR_AT_LEAST.search(text, sent[0], min(sent[1], quote_end + 4)):
        return "target"
    # the paragraph before the sentence
    p0 = text.rfind("\n", max(0, sent[0] - 400), sent[0]) + 1  # the paragraph, at most 400 characters back
    # the same for every figure of the sentence: read once per sentence
    before = doc.__dict__.setdefault("_cues_before", {})
    if sent[0] not in before:
        a = max(p0, sent[0] - 400)
        before[sent[0]] = (_cue_ends(TARGET_CUES, doc, a, sent[0]), _cue_ends(STATUS_CUES, doc, a, sent[0]))
    t, st = before[sent[0]]
    if t and (max(t) > (max(st) if st else -1)):
        return "target"
    if st:
        return "status"
    heading = doc.heading_above(p0)
    if heading:
        t_cue, s_cue = HEADING_TARGET.search(heading), HEADING_STATUS.search(heading)
        if t_cue and not s_cue:
            return "target"  # 二、2024年主要目标
        if s_cue and not t_cue:
            return "status"  # 一、2023年工作回顾
    return default  # no cue at all: what the document is (a plan, or a report of facts)


RE_ESTIMATE_CUE = on_re(r"预计|预期|初步核算|初步统计|估计")
RE_YEAR_NAMED = regex.compile(r"(?<!\d)(20\d\d|19\d\d)年(?!以来|起|后|前|底前)")


def _estimate_of_the_past(text: str, doc: Doc, a: int, s: int, cue_end: int) -> bool:
    """Is the target cue that wins an estimate (预计, 预期) of a year already past when the
    document was written (``2021年GDP预计增长8%`` in a 2022 report)? An estimate of what has
    happened is a status; an estimate of the coming year is a plan."""
    if not doc.year or not RE_ESTIMATE_CUE.search(text, max(a, a + cue_end - 4), a + cue_end):
        return False
    years = [int(y) for y in RE_YEAR_NAMED.findall(text, a, a + cue_end)]
    return bool(years) and years[-1] < doc.year  # the year the estimate is of: the last named before it


def _period(text: str, sent: tuple[int, int], cs: int, qe: int) -> str | None:
    """The period a quantity refers to: the nearest time phrase before it in its sentence,
    else one later in its own clause."""
    before = [m.group() for m in RE_PERIOD.finditer(text, sent[0], qe)]
    if before:
        return before[-1]
    m = RE_PERIOD.search(text, qe, sent[1])
    return m.group() if m and "," not in text[qe : m.start()] and "，" not in text[qe : m.start()] else None


# the quantities of a list before this one, which share its verb (分别增长5.2%、3.1%和2.4%)
RE_LIST_TAIL = regex.compile(
    rf"(?:(?:[\d.,]{{1,20}}|[{_CN}点]{{1,12}})(?:万亿|亿|万)?(?:%|‰|个百分点|百分点|倍)?\s?(?:、|和|及|以及|与|至|到)?\s?){{1,12}}$"
)
# the last character of any match of RE_LIST_TAIL (a digit, a numeral, a unit, a space or a
# conjunction): a string that ends in none has no such tail
RE_LIST_TAIL_LAST = regex.compile(rf"[\d.,{_CN}点万亿%‰倍\s、和及与至到]$")


# the characters of RE_LIST_TAIL: a match lies within the run of them that ends the string
# (searched backwards from the end: one pass over the run)
RE_LIST_TAIL_RUN = regex.compile(rf"(?r)[\d.,{_CN}点万亿%‰个百分倍\s、和及以与至到]+$")


def _strip_list_tail(left: str) -> str:
    """``RE_LIST_TAIL.sub("", left)``, tried only where a list can end the string, and only on the
    run of the pattern's characters that ends it (the pattern tried at every character of a long
    clause costs a backtracking search each: 20 µs a figure)."""
    if not RE_LIST_TAIL_LAST.search(left, max(0, len(left) - 2)):
        return left
    run = RE_LIST_TAIL_RUN.search(left)
    if run is None:
        return left
    r = run.start()
    return left[:r] + RE_LIST_TAIL.sub("", left[r:])


def _kind(unit_kind: str, unit: str, left_ctx: str, subject: str | None) -> str:
    if unit_kind in ("money", "count", "share"):
        left = _strip_q(left_ctx)
        ending = _change_words()[2]
        if ending.search(left) or ending.search(_strip_q(_strip_list_tail(left))):
            return "change"
    if unit_kind == "share":
        if "占" in left_ctx:
            return "share"
        if subject and CHANGE_SUBJECT.search(subject):
            return "change"
        if subject and RATE_SUBJECT.search(subject):
            return "rate"
        return "share"
    return unit_kind


def _strip_q(left: str) -> str:
    return RE_PRE_QUAL.sub("", left.rstrip())


def extract_indicators(doc: Doc, masked=(), explain: bool = False,
                       plan: bool = False, region: str | None = None) -> tuple[list[dict], list[dict]]:
    """Indicators of a body, and (with ``explain``) the numbers left out and why.

    ``plan``: the document is a plan, programme or set of measures (its title says so), so a
    figure with no modality cue of its own is a target. ``region``: where the page is from when
    its body does not say (``HK``, ``MO``, ``TW``: an official document's issuer's), for the
    currency of a bare 元.
    """
    default_modality = "target" if plan else "status"
    text = doc.text
    # the body's scans on re, unless the body holds digits re and regex read otherwise (see _RANK_SCAN)
    on_regex = has_digits_read_otherwise(text)
    region = page_region(text) if region is None else (page_region(text, default=region))
    units, _ = _units()
    mask = bytearray(len(text) + 1)
    for a, b in masked:
        mask[a:b] = b"\x01" * (b - a)
    masked = mask
    found: list[dict] = []
    contexts: dict[int, str] = {}  # id of a found quantity -> the words before it, for its kind
    excluded: list[dict] = []
    taken = bytearray(len(text) + 1)

    def skip(s: int, e: int, why: str) -> None:
        if explain:
            excluded.append({"text": text[s:e], "start": s, "end": e, "why": WHY.get(why, why)})

    def emit(s: int, e: int, value: float, unit: str, unit_kind: str, q_pre: str | None, q_post: str | None,
             approx: str | None) -> None:
        if any(taken[s:e]):
            return
        qs, qe = s, e
        if q_pre:
            qs -= len(q_pre)
        if q_post:
            qe += len(q_post)
        qualifier = "="
        for cue in (q_post, approx, q_pre and q_pre.rstrip(" \u3000")):
            if cue and cue in QUALIFIER:
                qualifier = QUALIFIER[cue]
                break
        if q_post == "以上" and q_pre and QUALIFIER.get(q_pre.rstrip(" \u3000")) == ">":
            qualifier = ">"  # 超过600宗以上: 以上 repeats 超过, which says more than
        if q_pre is None:
            # a cue a few characters back (``约占全省六成``)
            back = text[max(0, s - 8) : s]
            m = RE_APPROX_BEFORE_SHARE.search(back)
            if m and qualifier == "=":
                qualifier = QUALIFIER[m.group(1)]
        sent = doc.sentence_of(s)
        cs, ce = _clause_bounds(doc, s, e, sent)
        subject = None
        left_ctx = text[cs:qs]
        agent = RE_AGENT_AFTER.match(text, qe, ce) if unit_kind == "share" else None
        if agent:
            subject = agent.group("x")  # 约50%由外资企业贡献: the share is the agent's
        elif unit_kind not in ("rank",):
            subject = _subject_right(doc, qe, ce) if unit_kind not in ("change",) else None
            if subject is None and unit_kind == "count":
                # 以215家和198家上市公司: coordinated counts share the noun after the last
                unit_written = RE_LEADING_FIGURE.sub("", text[s:e])
                coord = RE_COORDINATED_FIGURE.match(text, qe, ce)
                if unit_written and coord and text.startswith(unit_written, coord.end()):
                    subject = _subject_right(doc, coord.end() + len(unit_written), ce)
        if subject is None:
            subject = _distributed_subject(doc, cs, qs, s, sent) or _subject_left(doc, cs, qs)
            if subject and unit_kind not in ("rank", "change") and _ends_with_verb(doc, max(cs, qs - 4), qs):
                # ``新培育50家以上创新孵化载体``: the verb governs the quantity; its object follows
                subject = _subject_right(doc, qe, ce, lenient=True) or subject
        if unit_kind == "rank" and (subject in RANK_SCOPES or RE_RANK_LIST_BEFORE.search(text, max(0, qs - 8), qs)):
            subject = None  # 居全国第8位、中部第2位: where it ranks; the figure's subject is the sentence's
        if subject is None and unit_kind not in ("rank", "change") and not RE_COMPARISON_START.match(left_ctx):
            # (比2017年的2073.5亿元增长: a baseline takes the sentence's subject, not what follows)
            subject = _subject_right(doc, qe, ce, lenient=True)
        if subject in GRANT_NOUNS:
            # 「某援助计划」在上半年批出四十宗资助,合共一千二百万元: the programme that hands out
            # the grants is what the figures measure, not the generic noun of what is handed out
            grantor = [g for g in RE_GRANTOR.finditer(text, sent[0], s) if g.end() <= s]
            if grantor:
                subject = grantor[-1].group("q") or grantor[-1].group("n")
        taken[s:e] = b"\x01" * (e - s)
        growth = RE_RATE_OF_GROWTH.match(text, qe)
        found.append(
            {
                "text": text[qs:qe],
                "value": round(value, 4),
                "unit": unit,
                "qualifier": qualifier,
                "subject": subject,
                "kind": unit_kind,  # the unit's kind; made precise (change, rate ...) once subjects are complete
                "modality": _modality(text, doc, qs, sent, qe, default_modality),
                "period": _period(text, sent, cs, qe) if _sentence_cues(doc, sent)[2] else None,
                "sentence": text[sent[0] : sent[1]],
                "start": qs,
                "end": qe,
            }
        )
        contexts[id(found[-1])] = left_ctx + (growth.group() if growth else "")
        if unit_kind == "money":
            found[-1]["currency"] = _currency(text, qs, s, e, region)

    def qualifiers(s: int, e: int) -> tuple[str | None, str | None]:
        m = RE_PRE_QUAL.search(text[max(0, s - 4) : s])
        if m is None and text[s - 1 : s] in (" ", "\u3000"):
            # 约 100 宗: a space between the cue and the figure (pages that space out digits)
            m = RE_PRE_QUAL.search(text[max(0, s - 5) : s - 1])
            if m:
                return m.group() + text[s - 1], None if RE_POST_QUAL.match(text[e : e + 3]) is None \
                    else RE_POST_QUAL.match(text[e : e + 3]).group()
        post = RE_POST_QUAL.match(text[e : e + 3])
        return (m.group() if m else None), (post.group() if post else None)

    # ranks
    # (each scan below only where the body holds what every match of its pattern holds:
    # 第, 前 or 强 in a rank; 分之, 成 or 一半 in a share in words; 万 or 亿 in bare money and head counts)
    has_wan = "万" in text or "亿" in text
    for m in (RE_RANK if on_regex else _RANK_SCAN).finditer(text) if "第" in text or "前" in text or "强" in text else ():
        n = m.group("n") or m.group("n2") or m.group("n3") or (m.group("n4") or "")[1:]
        s, e = m.span()
        if _masked(masked, s, e):
            continue
        v = parse_number(n)
        if v is None:
            continue
        if m.group("n3"):
            # 百强城市, 500强企业, 创新能力百强榜单: N强 names a ranking list or membership of one,
            # not a rank the text measures
            skip(s, e, "list-name")
            continue
        else:
            emit(s + len(m.group("pre") or m.group("pre2") or ""), e, v, "位", "rank", None, None, None)
    # shares in words, multiples
    for m in (RE_SHARE_WORDS if on_regex else _SHARE_WORDS_SCAN).finditer(text) \
            if "分之" in text or "成" in text or "一半" in text else ():
        s, e = m.span()
        if _masked(masked, s, e) or _in_quotes(text, s, e):
            continue
        v = parse_share(m.group("q"))
        if v is None:
            continue
        pre, post = qualifiers(s, e)
        emit(s, e, v, "%", "share", pre, post, None)
    for m in RE_MULTIPLE_FAN.finditer(text):
        s, e = m.span("q")
        v = parse_multiple(m.group("q"))
        if v is None or _masked(masked, s, e):
            continue
        emit(s, e, v, "倍", "multiple", None, "多" if m.group("more") else None, None)
    # quantities with a unit
    for m in (_quantity_re() if on_regex else _quantity_scan()).finditer(text):
        s, e = m.span()
        num, unit = m.group("num"), m.group("unit")
        kind, base, factor = units.get(unit) or ("money", "元", 1.0)  # 块 (of 十块三毛)
        mult = ((m.group("mult") or "") + (m.group("mult2") or "")).replace("个", "")  # 两个亿
        if unit == "块" and "亿" in mult and text[e : e + 1] != "钱":
            kind, base, factor = "count", "块", 1.0  # 进口集成电路4176亿块: pieces; 块 of money is colloquial and small
        value = parse_number(num + mult)
        approx = m.group("approx")
        if any(taken[s:e]):
            continue  # already an indicator (a rank, a share)
        if value is None:
            value = _approximate_pair(num + mult)  # 三五百, 四五千: the lower of two neighbours
            approx = approx or ("左右" if value is not None else None)
        if m.group("some") or approx == "几":
            if kind != "money":
                continue  # 几十家, 数百项: vague counts say no number
            approx = "多"  # 几十万元, 十几块钱: more than the round figure
        if value is None:
            skip(s, e, "no-unit")
            continue
        if m.group("jiao") or m.group("fen"):
            value += sum(parse_number(g[0].replace("两", "二")) * w for g, w in ((m.group("jiao"), 0.1), (m.group("fen"), 0.01)) if g)
        u_start = m.start("unit")
        if len(unit) == 1 and unit not in COMMON_CLASSIFIERS and kind != "money" and u_start in doc.boundaries \
                and doc.word_end(u_start) > u_start + 1:
            continue  # 5亿天使投资: the unit character starts the next word (天使), no unit
        if (_masked(masked, s, e) and not _amount_in_words(masked, s, e, num, kind == "money")) or _in_quotes(text, s, e):
            skip(s, e, "slogan")
            continue
        why = _exclusion(text, s, e, num, unit, value, kind)
        if why is None and text[e : e + 1] == "大" and kind == "count":
            why = "formula"
        if why is None and unit == "个" and RE_CN_NUMERAL_CHAR.match(text[e : e + 1]):
            why = "formula"
        if why:
            skip(s, e, why)
            continue
        pre, post = qualifiers(s, e)
        # 提高1.2、0.8个百分点: bare numbers listed before share this one's unit
        # (a list ends with its joiner right before the figure, or before a line break there)
        head = RE_SHARED_UNIT_LIST.search(text, max(0, s - 48), s) if text[s - 1 : s] in _LIST_JOINERS else None
        emit(s, e, value * factor, base, kind, pre, post, approx)
        if head and not m.group("some") and not m.group("jiao") and not m.group("fen"):
            for n in RE_LISTED_NUMBER.finditer(head.group()):
                a, b = head.start() + n.start("n"), head.start() + n.end("n")
                v = parse_number(n.group("n") + mult)
                if v is None or any(taken[a:b]) or _masked(masked, a, b) or RE_CN_NUMERAL_ONLY.fullmatch(n.group("n")):
                    continue
                emit(a, b, v * factor, base, kind, None, None, None)
    # money without 元, head counts without a measure word
    for m in (_money_bare_re() if on_regex else _money_bare_scan()).finditer(text) if has_wan else ():
        s, e = m.span()
        if any(taken[s:e]) or _in_quotes(text, s, e):
            continue
        if _masked(masked, s, e) and not _amount_in_words(masked, s, e, m.group("num"), True):
            continue
        value = parse_number(m.group("num") + m.group("mult"))
        if value is None:
            continue
        sent = doc.sentence_of(s)
        cs, ce = _clause_bounds(doc, s, e, sent)
        rest = text[e:ce]
        person = RE_PERSON_NOUN.match(rest)
        if person:
            pre, post = qualifiers(s, e)
            emit(s, e + len(person.group()), value, "人", "count", pre, None, m.group("approx"))
            found[-1]["subject"] = person.group()
            continue
        tight = RE_MONEY_BEFORE.search(text, max(0, s - 10), s)
        if m.group("mult") == "万" or RE_CN_NUMERAL_ONLY.fullmatch(m.group("num")):
            ok = bool(tight)  # 万 and numerals in words: only right after a word of money
        else:
            ok = bool(tight or MONEY_CONTEXT.search(text[cs:ce]))
        if ok:
            pre, post = qualifiers(s, e)
            emit(s, e, value, "元", "money", pre, post, m.group("approx"))
    for m in (RE_PERSON_COUNT if on_regex else _PERSON_COUNT_SCAN).finditer(text) if has_wan else ():
        s, e = m.span()
        if any(taken[s:e]) or _masked(masked, s, e):
            continue
        value = parse_number(m.group("num") + m.group("mult"))
        if value is None:
            continue
        emit(s, e, value, "人", "count", None, None, None)
        found[-1]["subject"] = m.group("noun")
    if explain:
        _explain_rest(text, taken, masked, excluded)
    found.sort(key=lambda d: d["start"])
    # a quantity without a subject of its own measures what the one before it in the
    # sentence measures (``增长5.2%``, ``占全省总数的53%``, ``较上年提高3个百分点``)
    _distribute_over_earlier(doc, found)
    measure = _measure_nouns()
    for i, f in enumerate(found):
        same = i and found[i - 1]["sentence"] == f["sentence"]
        if same and f["kind"] == "rank" and found[i - 1]["subject"]:
            g = found[i - 1]
            between = text[g["end"] : f["start"]]
            if not any(c in BOUNDARY for c in between) and (
                text[g["start"] - 1 : g["start"]] == "以" or not _strip_predicate(between.strip())
            ):
                # 以42家千亿及以上市值企业位列第一, 市值1.2万亿元位居前五: it ranks by that figure
                f["subject"] = g["subject"]
        if f["subject"] is None and same:
            f["subject"] = found[i - 1]["subject"]
        elif f["subject"] is None or f["subject"] in measure:
            f["subject"] = _with_antecedent(doc, f, found[i - 1]["subject"] if same else None, measure)
        left_ctx = contexts.get(id(f), "")
        f["kind"] = _kind(f["kind"], f["unit"], left_ctx, f["subject"])
        if f["kind"] == "change":
            f["direction"] = _direction(left_ctx, f["subject"])
    return found, excluded


def _distribute_over_earlier(doc: Doc, found: list[dict]) -> None:
    """``甲增长15%，乙增长16%，分别比上年提高2.3和1.4个百分点``: a clause of k figures under
    分别 with no subjects of their own takes, in order, the subjects of the sentence's k
    figures before it."""
    text = doc.text
    groups: dict[tuple[int, int], list[dict]] = {}
    for f in found:
        sent = doc.sentence_of(f["start"])
        cs, _ = _clause_bounds(doc, f["start"], f["end"], sent)
        groups.setdefault((sent[0], cs), []).append(f)
    for (s0, cs), group in groups.items():
        if len(group) < 2 or "分别" not in text[cs : group[0]["start"]] or any(g["subject"] for g in group):
            continue
        earlier = [f for f in found if s0 <= f["start"] < cs and f["kind"] != "rank"]
        if len(earlier) >= len(group) and all(e["subject"] for e in earlier[-len(group) :]):
            for g, e in zip(group, earlier[-len(group) :]):
                g["subject"] = e["subject"]


def _with_antecedent(doc: Doc, f: dict, ante: str | None, measure: frozenset[str]) -> str | None:
    """A figure whose clause names no noun, or only a noun of measure (``营收年增6.89%``,
    ``总量达到1.8万家``): the measure of the antecedent (the subject of the sentence's previous
    figure), or of the sentence's topic."""
    text = doc.text
    s0 = doc.sentence_of(f["start"])
    cs0 = _clause_bounds(doc, f["start"], f["end"], s0)[0]
    if f["subject"] and not _bare_measure(text, cs0, f["start"], f["subject"]):
        return f["subject"]  # 签约金额1.5亿元: the noun has its own modifier
    if not f["subject"] and not _bare_predicate(text[cs0 : f["start"]]):
        return None  # 给予一次性500万元支持: the figure is the object of an act, no topic's measure
    if not ante or ante in measure or (f["subject"] or "") in ante:
        ante = _topic(doc, s0, cs0) or ante
    if ante and ante not in measure and not (f["subject"] and ante.endswith(f["subject"])):
        return ante + (f["subject"] or "")
    return f["subject"]


# a list of bare Arabic numbers right before a quantity with a unit (分别提高1.2、0.8个百分点)
_BARE = r"(?<![\d.,])\d{1,6}(?:\.\d{1,4})?"
RE_SHARED_UNIT_LIST = regex.compile(rf"(?<![\d.,%])(?:{_BARE}(?:、|和|及|与)){{1,8}}$")
# the last character of a match of RE_SHARED_UNIT_LIST, or a line break after it (``$``)
_LIST_JOINERS = "、和及与\n"
RE_LISTED_NUMBER = regex.compile(rf"(?P<n>{_BARE})(?:、|和|及|与)")
RE_PAIR_NUMERAL = on_re(r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<rest>[十百千万亿].{0,6})")


def _approximate_pair(num: str) -> float | None:
    """``三五百`` (three to five hundred), ``八九亿``: two digits in a row, the second larger,
    before a unit: the lower figure (the caller marks it approximate)."""
    m = RE_PAIR_NUMERAL.fullmatch(num)
    digits = "一二三四五六七八九"
    if not m or digits.index(m["b"]) <= digits.index(m["a"]):
        return None
    return parse_number(m["a"] + m["rest"])


def _amount_in_words(mask: bytearray, s: int, e: int, num: str, money: bool) -> bool:
    """A slogan found over an amount written in words (一百五十万元 alternates numerals and
    other characters as 一院三所 does) is the amount: the slogan lies within the quantity, and
    the quantity is money, or its numeral is a number with a unit of place (十 百 千 万 亿)."""
    if (s and mask[s - 1]) or mask[e]:
        return False
    return money or (len(num) >= 2 and any(ch in num for ch in "十百千万亿拾佰仟")
                     and (parse_number(num) is not None or _approximate_pair(num) is not None))


NOUN_TAGS = ("n", "vn", "j", "l", "nz", "eng", "b", "an")
RE_LIST_NUMBER = regex.compile(rf"(?<![\d.,])\d[\d,.]*|[{_CN}]+(?=成|倍|个百分点|%)")
RE_LIST_SUMMARY = regex.compile(rf"[{_CN}\d]{{1,3}}(?:个|类|大|项|种|家)?\p{{Han}}{{0,4}}$")
RE_LIST_ITEMS = on_re(r"以及|、|和|及|与")


def _noun_phrase(doc: Doc, a: int, b: int, from_end: bool) -> str:
    """The noun phrase that ends (``from_end``) or starts ``doc.text[a:b]``, by the tags of its
    words: a list's first item is the end of its clause's beginning (多数科研人员任职于|高等院校),
    its last the start of the clause's rest (仪器仪表制造业|已成为…, 电子信息|五个领域)."""
    toks = doc.tagged(a, b)
    if from_end:
        toks = toks[::-1]
    kept: list[str] = []
    for k, (w, t) in enumerate(toks):
        nounish = t.startswith(NOUN_TAGS) or (t == "a" and len(w) == 1) or (t.startswith("n") and t != "nr")
        if nounish:
            kept.append(w)
            continue
        # a verb that starts a name (实交税金总额), followed by a noun; 的 before a noun
        # (认定入库的创新型中小企业: the caller keeps what follows 的)
        if (not from_end and k + 1 < len(toks) and toks[k + 1][1].startswith(NOUN_TAGS)
                and (t == "v" and not kept or t == "uj" and kept)):
            kept.append(w)
            continue
        break
    if from_end:
        kept.reverse()
    out = "".join(kept)
    return out if out not in SCOPE_WORDS else ""


def _list_nouns(doc: Doc, a: int, b: int) -> list[str]:
    """The nouns of a list in ``doc.text[a:b]`` (``A、B和C``), or [] where there is none."""
    span = doc.text[a:b]
    seps = list(RE_LIST_ITEMS.finditer(span))
    if not seps:
        return []
    first = _noun_phrase(doc, a, a + seps[0].start(), from_end=True)
    middle = [span[x.end() : y.start()].strip() for x, y in zip(seps, seps[1:])]
    last = _noun_phrase(doc, a + seps[-1].end(), b, from_end=False)
    items = [first, *middle, last]
    if any(not x or len(x) > 16 or RE_LIST_NUMBER.search(x) for x in items):
        return []
    return items


@functools.cache
def _measure_nouns() -> frozenset[str]:
    """Nouns that name a measure but not whose it is (``data/measure_nouns.tsv``)."""
    return frozenset(r[0] for r in resources.table("measure_nouns.tsv", 1, 1))


# a label before a colon at the start of a line or sentence (某某软件园(软件园):, 光电产业：)
RE_LABEL = on_re(r"[\p{Han}A-Za-z（）()·]{2,20}(?=[:：])")
# clauses that open a sentence without naming its topic
RE_CONNECTIVE = on_re(
    r"^(?:此外|其中|同时|另外|另一方面|总体来看|总的来看|具体来看|值得一提的是|值得注意的是|需要指出的是|据了解|据统计|数据显示|报告显示"
    r"|据[^，,；;。]{1,12}(?:统计|显示|介绍|了解|报道|测算|透露))$"
)


RE_CLAUSE_END_CHAR = on_re(r"[，,。；;]")


def _topic(doc: Doc, sent: tuple[int, int], cs: int) -> str | None:
    """The topic of a sentence, for a figure whose clause names no noun of its own: a label
    before a colon (``积体电路产业：3.8兆元``), else the noun phrase that opens the first clause
    before the figure's own (``家电板块受政策带动，成长12%``), past times and connectives."""
    text = doc.text
    line0 = text.rfind("\n", 0, cs) + 1
    start = max(sent[0], line0)
    m = RE_LABEL.match(text, start)
    if m and m.end() < cs and not RE_CLAUSE_END_CHAR.search(text, start, m.end()):
        return m.group()
    a = start
    while a < cs:
        b = a
        while b < cs and text[b] not in BOUNDARY:
            b += 1
        if b >= cs:
            return None  # the figure's own clause: no topic before it
        clause = text[a:b].strip()
        if clause and not RE_CONNECTIVE.match(clause) and not RE_TIME_ONLY.fullmatch(clause):
            toks = doc.tagged(a, b)
            k = 0
            while k < len(toks) and (toks[k][1] in ("t", "m", "mq", "f", "c", "r", "d", "p") or toks[k][0] in SCOPE_WORDS):
                k += 1  # 2020年, 其中, 全省: no part of the topic
            if k < len(toks) and toks[k][1].startswith(("n", "j", "l", "eng", "b")) \
                    and not toks[k][1].startswith(("nr", "nt")):  # no person or body: 行政院, 孙东
                pos = a + sum(len(w) for w, _ in toks[:k])
                np = _noun_phrase(doc, pos, b, from_end=False)
                np_toks = doc.tagged(pos, pos + len(np))
                while len(np_toks) > 1 and np_toks[-1][1] == "vn":  # 第三产业|发展较快: the predicate
                    np = np[: -len(np_toks.pop()[0])]
                if len(np) >= 2 and np not in _measure_nouns():
                    return np
            # a clause that opens with its modifiers or a verb (来自某地的上市公司最多,
            # 敲定明年度预算额度): the noun phrase that ends the clause right before the figure's
            e0 = cs - 1
            while e0 > a and text[e0 - 1] in BOUNDARY:
                e0 -= 1
            a0 = e0
            while a0 > start and text[a0 - 1] not in BOUNDARY:
                a0 -= 1
            np = _subject_left(doc, a0, e0) if not RE_CONNECTIVE.match(text[a0:e0].strip()) else None
            return np if np and np not in _measure_nouns() else None
        a = b + 1
    return None


# what may stand before a bare noun of measure in its clause: a time, a verb of achievement
RE_BEFORE_MEASURE = on_re(r"(?:实现|完成|取得|录得|创下|其|全年|累计|共|合计|总计|[年月度季期])$")


def _bare_measure(text: str, cs: int, qs: int, noun: str) -> bool:
    """Does the noun of measure stand bare in its clause (``总量达到``, ``全年实现增加值``), with
    no modifier of its own before it (``签约金额``, ``新增销售收入``)?"""
    k = text.rfind(noun, cs, qs)
    if k < 0:
        return True  # after the figure (…2100家的规模): nothing of its own
    before = text[cs:k].strip()
    while True:  # 全年累计实现: times and verbs of achievement only (遵义以4家上市公司累计: a modifier)
        if not before or RE_TIME_ONLY.fullmatch(before) or RE_CONNECTIVE.match(before):
            return True
        m = RE_BEFORE_MEASURE.search(before)
        if not m or m.start() == len(before):
            break
        before = before[: m.start()].rstrip()
    return not before or bool(RE_TIME_ONLY.fullmatch(before) or RE_CONNECTIVE.match(before))


def _bare_predicate(left: str) -> bool:
    """Is what stands before a figure in its clause only a predicate (``成长``, ``合计达新台币``,
    ``年增``) and times?"""
    left = _strip_predicate(left.strip())
    left = _strip_time_tail(left)
    return not left or bool(RE_TIME_ONLY.fullmatch(left))


RE_TIME_ONLY = on_re(r"(?:截至|截止|到|至|在)?(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:底|末|前|上半年|下半年|以来)?|今年以来|近年来|目前")


def _distributed_subject(doc: Doc, cs: int, qs: int, s: int, sent: tuple[int, int]) -> str | None:
    """``A、B分别占46%、35%``: the n-th quantity of the list takes the n-th subject. The list of
    nouns stands before 分别 in the clause, or, where the clause names no noun before it
    (``前三季度分别增长…``), it is the subject of a clause before in the sentence
    (``A、B与C已成为…，前三季度分别增长42.8%、23.4%、22.8%``)."""
    text = doc.text
    left = text[cs:qs]
    k = left.find("分别")
    if k < 0:
        return None
    # which item of the quantity list is this one? (17.1%14.0%13.8%: no separator needed)
    index = len(RE_LIST_NUMBER.findall(left, k))
    ce = cs
    while ce < sent[1] and text[ce] not in BOUNDARY:
        ce += 1
    total = len(RE_LIST_NUMBER.findall(text, cs + k, ce))
    items = _list_nouns(doc, cs, cs + k)
    if not items:
        pre = doc.tagged(cs, cs + k) if k else []
        if any(t.startswith(NOUN_TAGS) for _, t in pre):
            return _distributed_subject_in_clause(text, cs, qs)
        # the clauses before, nearest first (at most three)
        b = cs
        for _ in range(3):
            if b <= sent[0]:
                break
            a = b - 1
            while a > sent[0] and text[a - 1] not in BOUNDARY:
                a -= 1
            items = _list_nouns(doc, a, b - 1)
            if items:
                break
            b = a
    if len(items) < 2 or index >= len(items) or total > len(items):
        return None
    item = items[index]
    if "的" in item:
        item = item.rsplit("的", 1)[1]
    return item or None


def _distributed_subject_in_clause(text: str, cs: int, qs: int) -> str | None:
    """The list split on its separators only (items the tagger cannot read as nouns)."""
    left = text[cs:qs]
    k = left.find("分别")
    items = [x for x in RE_LIST_SEPARATOR.split(left[:k]) if x]
    if items:  # 种植、养殖、加工三个板块: the count that sums the list up is no part of its last item
        items[-1] = RE_LIST_SUMMARY.sub("", items[-1]) or items[-1]
    index = len(RE_LIST_NUMBER.findall(left, k))
    if len(items) < 2 or index >= len(items):
        return None
    item = items[index]
    if "的" in item:
        item = item.rsplit("的", 1)[1]
    return item or None


RE_ANY_NUMBER = regex.compile(rf"(?<![\d.])\d{{1,16}}(?:\.\d{{1,8}})?|(?<![{_CN}])[{_CN}]{{2,16}}")


def _explain_rest(text: str, taken: bytearray, masked, excluded: list[dict]) -> None:
    """Every other number of the body, with the reason it is no indicator (for ``--explain``)."""
    seen = {(x["start"], x["end"]) for x in excluded}
    for m in RE_ANY_NUMBER.finditer(text):
        s, e = m.span()
        if any(taken[s:e]) or any(a <= s < b for a, b in seen):
            continue
        nxt = text[e : e + 1]
        if nxt in "年月日号" or RE_DATE_SEPARATOR_DIGIT.match(text[e : e + 2]) or RE_YEAR_NUMBER.fullmatch(m.group()):
            why = WHY["year"]
        elif _masked(masked, s, e) or _in_quotes(text, s, e):
            why = WHY["slogan"]
        elif text[s - 1 : s] == "第" or nxt in "届次批期":
            why = WHY["ordinal"]
        elif nxt.isascii() and nxt.isalpha() or text[s - 1 : s].isascii() and text[s - 1 : s].isalpha():
            why = WHY["code"]
        else:
            why = WHY["no-unit"]
        excluded.append({"text": text[s : min(len(text), e + 1)].rstrip(), "start": s, "end": e, "why": why})
    excluded.sort(key=lambda x: x["start"])
