""":mod:`policymine.extract.institutions`: organisation names, their aliases and types.

Two sources:

* the gazetteer ``data/institutions.tsv`` (national bodies, academies,
  universities, enterprises, media, zones; each with its short forms);
* a grammar of Chinese organisation names: ``[place or proper modifier] + words
  + HEAD``, where HEAD comes from ``data/inst_heads.tsv`` (大学, 研究院,
  实验室, 局, 委员会, 集团, 日报, 高新区 ...). A head only ends a name where the
  name ends (not followed by another noun: ``中心目标`` is no name). The name
  runs left from the head to the clause boundary (punctuation, 、, 的, 等,
  conjunctions and prepositions), minus the governing verb in front. A name
  needs an anchor (a gazetteer place, or a proper noun, organisation name,
  abbreviation or Latin token by jieba's tags) or a long specific modifier;
  generic phrases (``高校院所``, ``龙头企业``, ``科技企业孵化器``) have neither.

Aliases: gazetteer short forms; a name written without its city or province
(``市科技局`` for ``某市科技局`` in that city's document; ``某县生态新城`` for
``某市某县生态新城``).
"""

from __future__ import annotations

import functools
from collections import Counter

from .. import resources
from ..compiled import regex
from ..uniclass import on_re
from .text import Doc, _place_names

__all__ = ["extract_institutions", "head_of"]

# fmt: off
RE_BOUNDARY_CHARS = on_re(r"[,，。；;:：!！?？、“”‘’\"《》<>\[\]【】「」『』\s+＋/|—–~-]")
# the string up to its last boundary character (one match, not a scan of every one)
RE_LAST_BOUNDARY_CHAR = on_re(r"(?s).*" + RE_BOUNDARY_CHARS.pattern)
# tokens that end the left walk: function words, conjunctions, prepositions
BOUNDARY_TOKENS = frozenset(
    ["的", "等", "和", "及", "或", "与其", "以及", "在", "以", "对", "为", "向", "从", "把", "被", "由", "经", "据", "将", "让", "使", "给", "同", "跟", "于", "至", "到", "自", "按", "按照", "通过", "依托", "围绕", "包括", "其中", "其他", "是", "有", "了", "着", "过", "也", "都", "还", "又", "并", "且", "而", "即", "如", "像", "转载自", "来自", "来源"]
)
ROLE_WORDS = frozenset(
    ["党组", "党委", "书记", "政委", "主委", "副主委", "研究员", "局长", "厅长", "部长", "主任", "院长", "校长", "所长", "负责人", "领导", "干部", "班子", "机关", "官员", "工作人员", "专家", "教授", "记者", "全媒体", "融媒体", "评论员", "通讯员", "特约", "首席", "编辑"]
)
ROLE_PREFIXES = tuple(ROLE_WORDS)  # str.startswith takes a tuple: one call, at C speed
# proper-noun tags that anchor a name (j, abbreviations, is left out: 中试, 双创 are no names)
ANCHOR_TAGS = frozenset({"ns", "nt", "nz", "eng", "nr", "nrt", "nrfg"})
# an addressee list or a generic group, not one organisation (各县区人民政府, 有关部门)
GENERIC_STARTS = ("各", "有关", "相关", "全体", "所有", "其他")
LEVEL_WORDS = frozenset(["省", "市", "县", "区", "州", "盟", "旗"])
# short zone heads that name the local zone on their own (高新区重点发展新材料)
BARE_HEADS = frozenset({"高新区", "经开区", "自贸区", "自创区", "综保区", "开发区"})
RE_CODE_INSTITUTE = regex.compile(r"(?<![\w.])\d{2,4}所(?=[等、,，。;；和与及])")
GENERIC_MODIFIERS = frozenset(
    ["国家", "全国", "全省", "全市", "省级", "市级", "县级", "国家级", "省部级", "地方", "各级", "各类", "一批", "多家", "现有", "重点", "主要", "相关", "有关", "新型", "高水平", "高能级", "公共", "企业", "科技", "创新", "中央", "驻地", "所属", "下属", "本地", "当地", "国内", "国际", "海外", "西部", "东部", "中部"]
)
# fmt: on

# one-character words that begin what is said of a subject (…部将推动, …局已完成)
PREDICATE_STARTS = frozenset("将已在和与也还都正要会并及于对向为是")
# verbs of official action that jieba's dictionary tags as nouns (印发 nz, 部署 n, 指导 n):
# after a head they end the name like any verb
ACTION_VERBS = frozenset(["印发", "通报", "公示", "通告", "部署", "会同", "指导", "命名", "获批", "主办", "牵头", "联合", "批复", "下发", "转发", "出台"])
# titles of officials: never inside an organisation's name (院士, 专家 are: 院士专家工作站)
TITLE_WORDS = frozenset(
    ["总理", "副总理", "总书记", "书记", "副书记", "主席", "副主席", "委员长", "部长", "副部长", "省长", "副省长", "市长", "副市长", "县长", "区长", "厅长", "局长", "处长", "主任", "院长", "校长", "所长", "董事长", "总经理", "行长", "会长", "理事长", "社长", "总编辑"]
)
TITLE_PREFIXES = tuple(TITLE_WORDS)
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# heads whose names may join two fields with a conjunction, and those conjunctions
COORDINATED_TYPES = frozenset({"lab", "research", "government"})
COORDINATORS = frozenset({"与", "和", "及"})
# a party committee and the government of one place, named together (兰州市委市政府, 省委省政府)
RE_PARTY_AND_GOVERNMENT = on_re(r"(?P<place>\p{Han}*?)(?P<level>[省市县区州])委(?P=level)政府")

# patterns used inside functions, compiled once
RE_HAN_CHAR = on_re(r"\p{Han}")
RE_CODE_TOKEN = on_re(r"[A-Za-z]*\d+")
RE_FORMULA_OR_GRADE_START = on_re(r"[一二两三四五六七八九十百千\d]|[A-Za-z]+\d*级")
# a count inside a phrase (山东省13家高新区, 北京460家上市公司): what follows it is a category
RE_COUNT = regex.compile(r"[\d一二两三四五六七八九十百千万]+(?:多|余)?[家个所座批类项]")
# a short form defined in brackets right after a name: 某某管理有限公司 (“某港”)
RE_DEFINED_SHORT = on_re(r"\s?[(（]\s?[“\"「]?(?P<short>[\p{Han}A-Za-z]{2,8})[”\"」]?\s?[)）]")
# legal forms of companies: in a list, what stands before them is the company's name
LEGAL_FORM_HEADS = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
RE_LEGAL_NAME = on_re(r"(?:(?![的和与及等在为])[\p{Han}A-Za-z0-9()（）])+")
RE_COUNT_BEFORE = regex.compile(r"[\d一二两三四五六七八九十百千万]+(?:多|余)?[家个座]$")
# a WeChat account named as the source of an article: an outlet
RE_WECHAT_ACCOUNT = regex.compile(r"公众号[：:\s]*[\[「“『【]?(?P<name>[\p{Han}A-Za-z0-9]{2,12}?)(?=[\s\]」”』】（(，,。]|$)")
# a place in brackets inside a name: 中国地质大学（北京）, 腾讯科技（深圳）有限公司
RE_PAREN = on_re(r"[(（](\p{Han}{2,6})[)）]")
# a grade or market word before a category (省级工程研究中心, A股上市公司)
RE_GRADE_WORD = on_re(r"(?:国家级|省级|市级|县级|省部级|[A-Za-z]股|境内|境外|在华|本土|全球|世界)")
# a unit of a university or academy named by its field: 清华大学微电子所(所长)
RE_SUB_INSTITUTE = on_re(r"(?:(?![在的和与及等为对向从于各一二三四五六七八九十两])\p{Han}){2,5}?(?<!院)所(?=所长|副所长|研究员|教授|[^\p{Han}]|$|[等和与及的])")
# a gazetteer body followed by one of its units (某特区政府统计处, 科技部火炬中心)
PARENT_TYPES = frozenset({"government", "university", "research"})
CHILD_TYPES = frozenset({"government", "research", "lab", "platform"})
CHILD_HEADS = ("处", "署", "局", "司", "中心", "研究所", "研究院")
# words for an outlet's staff or dispatch right after its name (某周报记者, 某晚报讯)
REPORTER_WORDS = ("记者", "通讯员", "讯", "评论员", "编辑", "报道")
# heads of the units a ministry, university or academy names by their field
UNIT_HEADS = ("学院", "研究所", "研究院", "研究中心", "中心", "实验室", "局", "司", "处", "署", "办公室", "分院", "系")
# heads of investment firms' names, which need no place or proper noun before them
INVESTMENT_HEADS = frozenset({"资本", "创投"})
# a list of short names: 甲、乙、丙等… or 甲、乙和丙等…
_ITEM = r"[\p{Han}A-Za-z0-9&·.]{2,14}"
RE_NAME_LIST = on_re(rf"(?P<list>{_ITEM}(?:、{_ITEM})+(?:[和及与]{_ITEM})?)等(?P<after>[^，,。；;：:！!？?\n、“”「」]{{0,16}})")
# a list after a counted category and a dash or colon: 3家企业——甲科技、乙半导体、丙微电子
RE_COUNTED_LIST = regex.compile(
    rf"[\d一二两三四五六七八九十]+[家个所](?P<cue>\p{{Han}}{{0,4}}?)(?:——|—|－|：|:)(?P<list>{_ITEM}(?:、{_ITEM})+(?:[和及与]{_ITEM})?)(?=[，,。；;！!\n]|等|$)"
)
# what may stand between 等 and the category word: nothing, a modifier, or a clause ending in 的
LIST_CUE_MODIFIERS = ("相关", "知名", "头部", "龙头", "重点", "大型", "一批", "骨干", "领军", "本土", "国内", "国际", "全球", "科技", "高新技术", "教培", "互联网", "民营", "外资", "上市")
RE_TYPE_ADJECTIVE = regex.compile(r"\p{Han}{1,4}型")  # 科技型, 创新型, 外向型
# words that make the listed items fields, not organisations (电子信息、生物医药等领域的企业)
LIST_FIELD_WORDS = ("领域", "产业", "行业", "方面", "环节", "类", "方向", "专业", "学科", "技术", "项目", "产品")
# zone heads that a province holds many of: 山东省高新区 is a category, 济南高新区 a name
PLURAL_ZONE_HEADS = ("高新区", "经开区", "开发区", "产业园", "工业园")


@functools.cache
def _stop_verbs() -> frozenset[str]:
    """Words of action that never stand inside a name (获批, 已获, 新增): the left walk ends at them."""
    return frozenset(r[0] for r in resources.table("inst_stop_verbs.tsv", 1, 1))


@functools.cache
def _generic_categories() -> frozenset[str]:
    """Category words that end like a name but name no one body (上市公司, 龙头企业, 生产基地)."""
    return frozenset(r[0] for r in resources.table("inst_generic.tsv", 1, 2))


@functools.cache
def _generic_tails() -> tuple[str, ...]:
    """Category words that end no single body's name (…上市公司, …龙头企业)."""
    return tuple(r[0] for r in resources.table("inst_generic.tsv", 1, 2) if len(r) > 1 and r[1] == "tail")


@functools.cache
def _list_cues() -> dict[str, str]:
    """Words that make a list before them a list of organisations (等企业, 等相关厂商) -> type."""
    return {r[0]: r[1] for r in resources.table("inst_list_cues.tsv", 2, 2)}



@functools.cache
def _modifiers_by_first() -> dict[str, tuple[str, ...]]:
    """:data:`GENERIC_MODIFIERS` by their first character, each in the set's order: the few a
    string can start with, instead of all of them."""
    out: dict[str, list[str]] = {}
    for w in GENERIC_MODIFIERS:
        out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def _is_generic(name: str) -> bool:
    """Is ``name`` places, counts and grades before a category word (北京460家上市公司)?"""
    rest = name
    if RE_COUNT.search(name):
        return True  # 山东省13家高新区: a count of a category
    categories = _generic_categories()
    changed = True
    while changed and rest and rest not in categories:
        changed = False
        lead = _leading_place(rest)
        if lead:
            rest, changed = rest[len(lead) :], True
        g = RE_GRADE_WORD.match(rest)
        if g:
            rest, changed = rest[g.end() :], True
        for w in _modifiers_by_first().get(rest[:1], ()):
            if rest.startswith(w) and rest[len(w) :] in categories:
                rest, changed = rest[len(w) :], True
                break
    if rest in categories or name.endswith(_generic_tails()):
        return True
    lead = _leading_place(name)
    if lead and name[len(lead) :] in PLURAL_ZONE_HEADS:
        province, _ = _place_tree()
        full = _place_names().get(lead, lead)
        return province.get(full) == full  # a province's zones, not one zone
    return False


@functools.cache
def _scanners():
    """Scanners of the gazetteer's forms and of the heads (:mod:`policymine.wordscan`): the
    matches of their patterns, in one pass of an automaton."""
    from ..wordscan import word_scanner

    return word_scanner(_gazetteer()[1]), word_scanner(_heads()[0])


@functools.cache
def _heads():
    heads = resources.institution_heads()
    rx = resources.word_regex(heads)
    return heads, rx


@functools.cache
def _gazetteer():
    forms: dict[str, tuple[str, str]] = {}
    for name, (typ, aliases) in resources.institutions().items():
        forms[name] = (name, typ)
        for a in aliases:
            forms.setdefault(a, (name, typ))
    return resources.word_regex(forms), forms


@functools.cache
def _place_tree() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """``(place -> its province (itself for a province), province -> first characters of its places)``."""
    province: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for full, _level, _short, parent in resources.places():
        province[full] = parent or full
        if parent:
            firsts.setdefault(parent, set()).add(full[0])
    return province, {k: frozenset(v) for k, v in firsts.items()}


def _initials(named: frozenset[str]) -> frozenset[str]:
    """First characters of the places a text names and of every place in their provinces:
    ``兰白`` abbreviates 兰州 and 白银, both in Gansu."""
    province, firsts = _place_tree()
    out = {full[0] for full in named if full in province}
    for p in {province[full] for full in named if full in province}:
        out |= firsts.get(p, frozenset())
    return frozenset(out)


@functools.cache
def _place_forms() -> dict[str, set[str]]:
    """Full place name -> every form of it (full name and short forms)."""
    out: dict[str, set[str]] = {}
    for form, full in _place_names().items():
        out.setdefault(full, set()).add(form)
    return out


def _is_place(tok: str) -> bool:
    return tok in _place_names()


def _in_addressee_list(text: str, pos: int) -> bool:
    """Does a list opened by 各 run up to ``pos`` in its clause (各市、县人民政府)?"""
    clause_start = max(text.rfind(c, max(0, pos - 20), pos) for c in "，,。；;：:\n") + 1
    before = text[clause_start:pos]
    return before.startswith(GENERIC_STARTS) and before.endswith(("、", "和", "及"))


def _place_before(text: str, pos: int) -> str | None:
    """The gazetteer place written right before ``pos``, if any."""
    for n in (4, 3, 2):
        if pos >= n and text[pos - n : pos] in _place_names():
            return text[pos - n : pos]
    return None


def _aligned(doc: Doc, s: int, e: int, check_start: bool = True) -> bool:
    """Do ``s`` and ``e`` fall on word boundaries of the body's segmentation?

    A name may also end inside a word whose rest is one function character that starts the
    predicate, or a role: jieba reads 经济部将推动 as 经济|部将|推动 (部将, a general's
    officer) and 工业局局长 as 工业|局局长, but 科技部门 stays 科技|部门 and rules 科技部 out."""
    if check_start and s not in doc.boundaries:
        return False
    if e in doc.boundaries:
        return True
    rest = doc.text[e : doc.word_end(e)]  # the rest of the word jieba read across the name's end
    return rest in PREDICATE_STARTS or rest in ROLE_WORDS  # 经济部|将, 工业局|局长


def _name_end_ok(doc: Doc, end: int) -> bool:
    """Does a name end at ``end``? Not when a noun continues it (``中心目标``)."""
    text = doc.text
    if end >= len(text):
        return True
    nxt = text[end]
    if RE_BOUNDARY_CHARS.match(nxt) or not RE_HAN_CHAR.match(nxt):
        return True
    toks = doc.tagged(end, end + 6)
    if not toks:
        return True
    word, tag = toks[0]
    if word.lstrip("副").startswith(ROLE_PREFIXES) or word.lstrip("副").startswith(TITLE_PREFIXES):
        return True  # 科技局党组书记, 四川省人民政府|省长: the name ends before the role or title
    if not (tag.startswith("n") and tag not in ("nr",) and len(word) >= 2) or word in BOUNDARY_TOKENS:
        return True
    if word in ACTION_VERBS:
        return True  # 办公厅印发: what a body does, though jieba's dictionary tags it a noun
    # a noun follows: the name goes on (中心城区), unless a verb comes right after it (试验区提质增效)
    return len(toks) > 1 and toks[1][1].startswith("v") and toks[1][1] != "vn"


def head_of(name: str) -> str | None:
    """The longest organisation head ``name`` ends with (高新区 rather than 区), or None."""
    heads, _ = _heads()
    for n in range(min(len(name), _longest_head()), 0, -1):
        if name[-n:] in heads:
            return name[-n:]
    return None


@functools.cache
def _longest_head() -> int:
    return max(map(len, _heads()[0]), default=0)


def _ends_with_head(word: str) -> bool:
    """Is ``word`` an organisation head, or does it end with one (研究所, 兰州大学)?"""
    named, longest = _naming_heads()
    return any(word[-n:] in named for n in range(1, min(longest, len(word)) + 1))


@functools.cache
def _naming_heads() -> tuple[frozenset[str], int]:
    heads, _ = _heads()
    named = frozenset(h for h, t in heads.items() if t != "none")
    return named, max(map(len, named), default=0)


def _level_body(word: str) -> bool:
    """Is ``word`` a level word and a government or party head, read by jieba as one word
    (省政府, 市委, 县政府)? It stands for the document's own place's body."""
    heads = _heads()[0]
    return 2 <= len(word) <= 4 and word[0] in LEVEL_WORDS and heads.get(word[1:]) in ("government", "party")


# verbs that also stand inside names (住房和城乡建设局) but before a level word govern the name
BUILD_VERBS = frozenset(["建设", "创建", "共建", "争创", "建成"])
RE_LEVEL_START = on_re(r"全国|国家|全省|省级|市级|世界|国际|一流|高水平|区域")


def _walk_left(tokens) -> list[tuple[str, str]]:
    """Tokens (given right to left) up to the first boundary word, back in text order."""
    kept: list[tuple[str, str]] = []
    stop_verbs = _stop_verbs()
    for word, tag in tokens:
        if word in stop_verbs:
            break
        if word in BUILD_VERBS and kept and RE_LEVEL_START.match(kept[-1][0]):
            break  # 建设|全国重要装备制造基地: building one, not the name (建设|银行 is one)
        glued = next((v for v in (word[:-1], word[:-2]) if len(v) >= 2 and v in stop_verbs), None)
        if glued:
            kept.append((word[len(glued) :], "n"))  # jieba's 转建非|粮…实验室: the verb ends the walk
            break
        if len(word) >= 2 and word[-1] in LEVEL_WORDS and word[:-1] in BOUNDARY_TOKENS:
            kept.append((word[-1], "n"))  # jieba's 从省|统计局: the preposition ends the walk, 省 starts the name
            break
        if word in BOUNDARY_TOKENS or tag in ("p", "c", "u", "uj", "ul", "d", "r", "m") and word not in ("中",):
            if tag == "m" and RE_CODE_TOKEN.fullmatch(word) and kept:
                kept.append((word, tag))  # codes like 510所 belong to the name
                continue
            break
        kept.append((word, tag))
    kept.reverse()
    return kept


def _conjunct(tokens: list[tuple[str, str]], first: bool) -> bool:
    """Can ``tokens`` be one of the fields joined by 与/和/及 in a body's name?

    A field is a technical noun phrase: at least two characters beyond generic modifiers,
    no organisation in it (兰州大学与…实验室 is two bodies), and in the second field no verb
    between its first and last word (与控制 and 和社会保障 are fields, 与高校联合建设 a predicate)."""
    content = "".join(w for w, _ in tokens if w not in GENERIC_MODIFIERS)
    if len(content) < 2 or any(_ends_with_head(w) and not (_is_place(w) or t == "ns") for w, t in tokens):
        return False  # (a place such as 兰州市 ends with a level word, and is no body)
    if not first and (_is_place(tokens[0][0]) or tokens[0][1] in ANCHOR_TAGS):
        return False  # 与|中国科学院: the second part starts a name of its own
    # a verb right before the head names the field (社会保障局), one further left is a predicate
    return first or not any(t == "v" for _, t in tokens[1:-1])


def _grammar_name(doc: Doc, hs: int, he: int, sent_start: int, initials: frozenset[str] = frozenset(),
                  coordinated: bool = False) -> str | None:
    """The organisation name ending with the head at ``[hs, he)``, or None.

    ``coordinated``: the head names a laboratory, research or government body, whose names often
    join two fields with 与/和/及 (冰冻圈科学与冻土工程全国重点实验室, 人力资源和社会保障局)."""
    text = doc.text
    left = max(sent_start, hs - 24)
    window = text[left:hs]
    # the clause: back to the last boundary character
    last = RE_LAST_BOUNDARY_CHAR.match(window)
    cut = last.end() if last else 0
    # a bracket opened and not closed before the head: the name is inside it (香港科技园公司(科技园公司)
    opened = max(window.rfind("("), window.rfind("（"))
    closed = max(window.rfind(")"), window.rfind("）"))
    if opened >= cut and closed < opened:
        cut = opened + 1
    elif closed >= cut and opened < cut:
        cut = closed + 1  # closed with no opening in the clause (…WumBA)行业报告研究院): the name starts after it
    window = window[cut:]
    if not window:
        return None
    w0 = hs - len(window)
    if (text[hs:he] in LEGAL_FORM_HEADS and (text[w0 - 1 : w0] == "、" or text[he : he + 1] == "、")
            and 2 <= len(window) <= 16 and RE_LEGAL_NAME.fullmatch(window)
            and not any(v in window for v in _stop_verbs())):
        # 甲、乙数字技术有限公司、丙: a company in a list is named by its legal form, from after
        # the clause's function word (名单包括|甲有限公司); jieba's verb tags inside (超|聚变) do not cut it
        ltoks = doc.tagged(w0, hs)
        cut_at = max((i + 1 for i, (w, t) in enumerate(ltoks) if w in BOUNDARY_TOKENS or t in ("p", "c", "u", "uj", "r")),
                     default=0)
        rest = "".join(w for w, _ in ltoks[cut_at:])
        return rest + text[hs:he] if len(rest) >= 2 else None
    toks = doc.tagged(w0, hs)
    # walk left over the tokens until a boundary word
    kept = _walk_left(reversed(toks))
    joined = False
    stop = len(toks) - len(kept) - 1  # the boundary word the walk stopped at
    if coordinated and stop >= 0 and toks[stop][0] in COORDINATORS and _conjunct(kept, first=False):
        first = _walk_left(reversed(toks[:stop]))
        # the field starts after the governing verb, the last verb with a word after it
        # (科技厅共建|高原科学与…); a verb right before 与 belongs to the field (草种创新与…)
        last_verb = max((i for i, (_, t) in enumerate(first[:-1]) if t == "v"), default=-1)
        first = first[last_verb + 1 :]
        while first and (first[0][1].startswith("v") and first[0][1] != "vn" or first[0][1] in ("a", "ad")):
            first.pop(0)  # a verb or adverb left in front (积极推进与…)
        if _conjunct(first, first=True):
            kept = first + [toks[stop]] + kept
            joined = True
    # an official's title ends what came before: the name starts after the title, the
    # official's name and what the official does (国务院总理李强作|政府工作报告). A person's
    # name alone is no such sign: jieba tags 白银 (a city) and 玉米 (maize) as names.
    for j in range(len(kept) - 1, -1, -1):
        w, t = kept[j]
        if w in TITLE_WORDS:
            kept = kept[j + 1 :]
            while kept and (kept[0][1] in PERSON_TAGS and not _is_place(kept[0][0]) or kept[0][1] == "v"):
                kept.pop(0)
            break
    if not joined:
        # a name, then a verb: the head ends a second, generic phrase (研究所|合作共建|实验室)
        for j in range(len(kept) - 2, -1, -1):
            if _ends_with_head(kept[j][0]) and kept[j + 1][1] in ("v", "vn"):
                k = j + 1
                while k < len(kept) and kept[k][1] in ("v", "vn"):
                    k += 1
                if any(t == "v" for _, t in kept[j + 1 : k]):
                    kept = kept[k:]
                    break
    # drop the governing verb(s) in front, up to the first anchor
    def is_anchor(w: str, t: str) -> bool:
        # a place, a proper noun, or places abbreviated to their initials (兰白 for 兰州 and 白银)
        # or a level word standing for the document's own place (市科技局, 省科技厅)
        return (_is_place(w) or (t in ANCHOR_TAGS and len(w) >= 2) or w in LEVEL_WORDS
                or (2 <= len(w) <= 3 and all(c in initials for c in w)) or (home and _level_body(w)))

    # 省政府 and 市委 stand for the bodies of the document's own place: a text that names
    # no place leaves them unresolved
    home = bool(getattr(doc, "city", None) or doc.places)

    # the name starts after the last governing verb that has an anchor after it (推动|兰州兽医研究所)
    for i in range(len(kept) - 1, -1, -1):
        w, t = kept[i]
        if not joined and t == "v" and any(is_anchor(*x) for x in kept[i + 1 :]):
            kept = kept[i + 1 :]
            break
    anchor = next((i for i, (w, t) in enumerate(kept) if is_anchor(w, t)), None)
    if anchor is None and not joined:
        # no anchor: the name starts after the last verb (高校院所建成|科技成果转化基地)
        for i in range(len(kept) - 1, 0, -1):
            if kept[i][1] == "v" and len(kept[i][0]) >= 2:
                kept = kept[i + 1 :]
                break
    if anchor is not None:
        i = 0
        while i < anchor and (kept[i][1].startswith("v") or kept[i][1] in ("a", "ad") and len(kept[i][0]) == 1):
            i += 1
        if kept[anchor][0] in LEVEL_WORDS and not any(_is_place(w) for w, _ in kept[i:anchor]):
            i = anchor  # a bare 省, 市 starts the name: what stands before it is no place (我代表|省人民政府)
        kept = kept[i:]
    else:
        while kept and (kept[0][1].startswith("v") and kept[0][1] != "vn" or kept[0][0] in GENERIC_MODIFIERS):
            kept.pop(0)
        modifier = "".join(w for w, _ in kept if w not in GENERIC_MODIFIERS)
        # an investment firm is named by a short word before its head (红杉资本, 经纬创投);
        # the kinds of capital (社会资本, 国有资本) are generic categories
        short_name = 2 <= len(modifier) <= 6 and all(t not in ("v", "a", "d") for _, t in kept)
        # an outlet named before its reporter needs no anchor either (接受|某某周报记者采访)
        reporter = _heads()[0].get(text[hs:he]) == "media" and text.startswith(REPORTER_WORDS, he)
        # a nationally designated laboratory is named by its field alone (某某技术全国重点实验室)
        designated = text[hs:he].startswith(("全国", "国家")) and len(modifier) >= 4 and short_name
        if len(modifier) < 7 and not ((text[hs:he] in INVESTMENT_HEADS or reporter) and short_name) and not designated:
            return None
    while kept and kept[0][0] in GENERIC_MODIFIERS and not _is_place(kept[0][0]) and anchor is None:
        kept.pop(0)
    if not kept:
        return None
    name = "".join(w for w, _ in kept).lstrip("()（）") + text[hs:he]
    # 三江源, 四川, 六盘水: a numeral that begins a place makes no formula
    place_first = kept[0][1] == "ns" or _leading_place(name) is not None
    if RE_FORMULA_OR_GRADE_START.match(name) and not place_first or name.startswith(GENERIC_STARTS):
        return None  # 五大平台: a formula; P3级实验室: a grade; neither is a name
    if _is_generic(name):
        return None  # 某省300家上市公司, 省级工程研究中心: a category, no one body
    return name if len(name) >= 4 else None


def extract_institutions(doc: Doc) -> tuple[list[dict], list[tuple[int, int]]]:
    """Institutions of a body (``name``, ``aliases``, ``type``, ``count``, first ``start``/``end``, ``sentence``)."""
    text = doc.text
    heads, _ = _heads()
    _, g_forms = _gazetteer()
    g_rx, head_rx = _scanners()  # the gazetteer's forms and the heads, by an automaton
    found: dict[str, dict] = {}
    spans: list[tuple[int, int]] = []

    seen: set[tuple[str, int, int]] = set()

    def add(name: str, form: str, typ: str, s: int, e: int) -> None:
        if (name, s, e) in seen:
            return  # the same mention reached from two heads (兰州市委 in 兰州市委市政府)
        seen.add((name, s, e))
        entry = found.setdefault(name, {"forms": Counter(), "type": typ, "spans": []})
        entry["forms"][form] += 1
        entry["spans"].append((s, e))
        spans.append((s, e))

    covered = bytearray(len(text))
    gazetteer_mentions: list[list] = []  # [name, form, type, start, end]
    for m in g_rx.finditer(text):
        counted = RE_COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        if not _aligned(doc, m.start(), m.end(), check_start=not counted):
            continue  # 科技部 in 科技部门, 港大 in 信息港大数据; after a count jieba may glue 家|北交所
        name, typ = g_forms[m.group()]
        start, end = m.start(), m.end()
        place = _place_before(text, start)
        if place and m.group() == name and typ in ("university", "research"):
            continue  # 桂林|电子科技大学: a place before a full name makes another body's name
        if (typ in ("government", "party") and _leading_place(m.group()) is None
                and (place or text[start - 1 : start] in LEVEL_WORDS)):
            continue  # 市发改委, 甘肃发改委: the place's own commission, not the national one
        if place and m.group() != name:
            start -= len(place)  # 北京中关村: the form as written, with its place
        if typ in ("university", "research", "enterprise"):
            paren = RE_PAREN.match(text, end)
            if paren and paren.group(1) in _place_names():
                end = paren.end()  # 中国地质大学（北京）: the campus is part of the name
        if typ in ("university", "research"):
            unit = RE_SUB_INSTITUTE.match(text, end)
            if unit:
                name, typ, end = text[start : unit.end()], "research", unit.end()  # 清华大学微电子所
        if typ in PARENT_TYPES and end == m.end():
            unit_end = _unit_after(doc, end)
            if unit_end:
                # 某部|研究院产业经济研究所, 某大学|新闻与传播学院: a unit named by its field, one name;
                # an academy or university stays a mention of its own (its institutes are its members)
                if typ in ("university", "research"):
                    gazetteer_mentions.append([name, m.group(), typ, start, end])
                name, end = text[start:unit_end], unit_end
                typ = heads.get(head_of(name) or "", typ)
        prev = gazetteer_mentions[-1] if gazetteer_mentions else None
        if (prev and prev[4] == start and prev[2] in PARENT_TYPES and typ in CHILD_TYPES
                and m.group().endswith(CHILD_HEADS)):
            # 香港特区政府|统计处, 科技部|火炬中心: a unit of the body before it, one name
            gazetteer_mentions.pop()
            start = prev[3]
            name = text[start:end]
        elif end != m.end() and name == g_forms[m.group()][0]:
            name = text[start:end]
        gazetteer_mentions.append([name, text[start:end], typ, start, end])
        covered[start:end] = b"\x01" * (end - start)
    # first characters of the places this text names: 兰白 abbreviates 兰州 and 白银
    initials = _initials(frozenset(doc.places))
    for m in RE_CODE_INSTITUTE.finditer(text):
        if text[m.start() - 1 : m.start()] in ("、", "", ",", "，") or RE_BOUNDARY_CHARS.match(text[m.start() - 1]):
            add(m.group(), m.group(), "research", m.start(), m.end())
    for m in head_rx.finditer(text):
        hs, he = m.span()
        head = text[hs:he]  # (m.group(), read once)
        if (head in BARE_HEADS and (hs == 0 or RE_BOUNDARY_CHARS.match(text[hs - 1]) or text[hs - 1] in "和与及")
                and (_name_end_ok(doc, he) or text[he : he + 1] in "将已在")):
            add(head, head, heads[head], hs, he)
            continue
        if heads[head] == "none" or not _name_end_ok(doc, he):
            continue
        if head in ROLE_WORDS and any(text.startswith(r, he) for r in ROLE_WORDS | {"副书记", "成员"}):
            continue  # 局党组书记: a role, not the party group
        if text[max(0, hs - 2) : he] in ROLE_WORDS or text[max(0, hs - 1) : he] in ROLE_WORDS:
            continue  # 行政院政委, 国科会主委: an official's title ends with the head
        if not _aligned(doc, hs, he, check_start=False):
            continue
        s0, _ = doc.sentence_of(hs)
        typ = heads[head]
        name = _grammar_name(doc, hs, he, s0, initials, coordinated=typ in COORDINATED_TYPES)
        if not name:
            continue
        start = he - len(name)
        if any(covered[start:he]) and all(covered[start:he]):
            continue  # the gazetteer has it
        if covered[start] and start > 0 and covered[start - 1]:
            # the name starts inside a gazetteer body: it is that body's unit (工业和信息化部|中小企业局)
            outer = next((g for g in gazetteer_mentions if g[3] < start < g[4]), None)
            if outer is not None:
                start = outer[3]
                name = text[start:he]
        inner = _inner_body(name)
        if inner:
            # a gazetteer body inside, a unit after it: what comes before it is no part of the
            # name (某人昨与|某局咨询委员会), though jieba may have read across its start
            start += inner
            name = text[start:he]
        if "·" in name and typ == "media":
            # two outlets of one newsroom in a byline (某新闻·某晚报记者); other names keep the dot
            # (某大学·某药谷, a platform of the university)
            left = name[: name.rindex("·")]
            if len(left) >= 2 and not left.endswith("·"):
                add(left, left, "media", start, start + len(left))
                start = start + len(left) + 1
                name = text[start:he]
        if name[0] in LEVEL_WORDS and _in_addressee_list(text, start):
            continue  # 各市、县人民政府: every county's government, no one body
        pair = RE_PARTY_AND_GOVERNMENT.fullmatch(name)
        if pair:
            # 兰州市委市政府, 省委省政府: the party committee and the government, two bodies
            place, level = pair.group("place"), pair.group("level")
            party_end = start + len(place) + 2
            add(place + level + "委", text[start:party_end], "party", start, party_end)
            add(place + level + "政府", text[party_end:he], "government", party_end, he)
            continue
        add(name, name, typ, start, he)
    for name, typ, s, e in _listed_names(doc, covered):
        add(name, name, typ, s, e)
    for name, typ, s, e in _named_after_companies(doc, found, spans):
        add(name, name, typ, s, e)
    for m in RE_WECHAT_ACCOUNT.finditer(text):
        if not any(covered[m.start("name") : m.end("name")]):
            add(m.group("name"), m.group("name"), "media", m.start("name"), m.end("name"))
    # a company's gazetteer short form at the start of a longer company name is that name's
    # brand, no mention of its own (腾讯 in 腾讯科技（深圳）有限公司, a subsidiary)
    company_spans = [sp for entry in found.values() if entry["type"] == "enterprise" for sp in entry["spans"]]
    gazetteer_mentions = [g for g in gazetteer_mentions
                          if not (g[2] == "enterprise" and any(a == g[3] and g[4] < b for a, b in company_spans))]
    # a gazetteer body inside a longer grammar name (中国科学院 in 中国科学院成都分院) stays a
    # mention of its own: the unit belongs to it. Units the gazetteer joins to their parent
    # (某特区政府统计处, 某大学微电子所) were made one mention above.
    for name, form, typ, s, e in gazetteer_mentions:
        add(name, form, typ, s, e)
    _drop_heads_of_longer_names(found, text, g_forms)
    _bracketed_short_forms(found, text, g_forms)
    _merge_aliases(found, text, doc.city)
    out = []
    for name, entry in found.items():
        sp = sorted(entry["spans"])
        aliases = sorted(f for f in entry["forms"] if f != name)
        out.append(
            {
                "name": name,
                "aliases": aliases,
                "type": entry["type"],
                "count": sum(entry["forms"].values()),
                "start": sp[0][0],
                "end": sp[0][1],
                "sentence": doc.sentence_text(sp[0][0]),
            }
        )
    out.sort(key=lambda d: d["start"])
    return out, spans


def _unit_after(doc: Doc, end: int) -> int | None:
    """End of a unit named right after a body (某部|研究院产业经济研究所, 某大学|新闻与传播学院):
    nouns, or two nouns joined by 与/和/及, up to a unit head where a name ends; None if none."""
    toks = doc.tagged(end, end + 16)
    pos, last, prev_noun = end, None, False
    for k, (word, tag) in enumerate(toks):
        if word in COORDINATORS and prev_noun and k + 1 < len(toks) and toks[k + 1][1].startswith(("n", "vn")):
            pos += len(word)
            prev_noun = False
            continue
        ordinal = tag == "m" and word.startswith("第") and prev_noun  # 电子|第五|研究所
        if not (tag.startswith("n") or tag == "vn" or ordinal) or tag in PERSON_TAGS or _is_place(word):
            break
        if word.startswith(ROLE_PREFIXES) or word.startswith(TITLE_PREFIXES) or word in ACTION_VERBS:
            break
        pos += len(word)
        prev_noun = True
        if doc.text[end:pos].endswith(UNIT_HEADS) and _name_end_ok(doc, pos):
            last = pos
    return last


def _bracketed_short_forms(found: dict[str, dict], text: str, g_forms: dict) -> None:
    """A short form defined in brackets after a name (某某管理有限公司 (“某港”)) is that body's
    alias, though the gazetteer knows the short form as another body: merge it in."""
    for name in list(found):
        if name not in found:
            continue
        entry = found[name]
        for _s, e in sorted(entry["spans"]):
            m = RE_DEFINED_SHORT.match(text, e)
            if not m or m.group("short") == name:
                continue
            short = m.group("short")
            key = short if short in found else g_forms.get(short, (None,))[0]
            if key in found and key != name:
                other = found.pop(key)
                entry["forms"].update({(short if f == key else f): n for f, n in other["forms"].items()})
                entry["spans"] += other["spans"]
            break


def _drop_heads_of_longer_names(found: dict[str, dict], text: str, g_forms: dict) -> None:
    """A grammar name that a longer one continues with a bare head at the same start is no
    mention of its own (某某工作领导小组 in 某某工作领导小组办公室); gazetteer bodies stay."""
    heads = _heads()[0]
    ends: dict[int, int] = {}
    for entry in found.values():
        for s, e in entry["spans"]:
            ends[s] = max(ends.get(s, e), e)
    for name in list(found):
        if name in g_forms:
            continue
        entry = found[name]
        # only where the longer name adds a bare head (…领导小组|办公室); a unit with a field of
        # its own (某研究所|P3实验室) leaves the body a mention of its own
        inner = [(s, e) for s, e in entry["spans"] if ends[s] > e and text[e : ends[s]] in heads]
        for s, e in inner:
            entry["spans"].remove((s, e))
            entry["forms"][text[s:e]] -= 1
        entry["forms"] = +entry["forms"]
        if not entry["spans"]:
            del found[name]


def _inner_body(name: str) -> int:
    """Offset of a gazetteer government, party, university or research body of three or more
    characters that starts inside ``name`` after two or more characters that are no place,
    and has the name's unit after it; 0 if none."""
    if len(name) < 6 or _leading_place(name) is not None:
        return 0  # (no i in range(2, len - 3); a name that starts with a place has none)
    g_rx, g_forms = _gazetteer()
    firsts = _gazetteer_firsts()
    for i in range(2, len(name) - 3):
        if name[i] not in firsts:
            continue  # no gazetteer form starts here
        m = g_rx.match(name, i)
        if (m and len(m.group()) >= 3 and m.end() < len(name) and g_forms[m.group()][1] in _INNER_BODY_TYPES
                and not _is_place(name[:i])):
            return i
    return 0


_INNER_BODY_TYPES = PARENT_TYPES | {"party"}


@functools.cache
def _gazetteer_firsts() -> frozenset[str]:
    """First characters of the gazetteer's forms."""
    return frozenset(f[0] for f in _gazetteer()[1] if f)


def _list_cue(after: str) -> str | None:
    """The type of organisations a list names, from the words after its 等 (等相关厂商 -> enterprise)."""
    cues = _list_cues()
    for n in range(min(len(after), 6), 0, -1):
        for i in range(0, len(after) - n + 1):
            word = after[i : i + n]
            if word not in cues:
                continue
            between = after[:i]
            if any(f in between for f in LIST_FIELD_WORDS):
                return None
            if not between or between.endswith("的") or between in LIST_CUE_MODIFIERS:
                return cues[word]
            # 等营收超5亿元的创新型龙头企业: a clause with 的, then modifiers only
            if "的" in between and _modifiers_only(between[between.rindex("的") + 1 :]):
                return cues[word]
    return None


def _named_after_companies(doc: Doc, found: dict[str, dict], spans: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """Research institutes and laboratories named after a company the text names (某电动车 ->
    某电动车研究院; 某集团 -> 某汽车工程研究院): the company's name, or its brand before its
    enterprise head, then up to six characters of field, then a research or laboratory head."""
    heads = _heads()[0]
    stems = set()
    for name, entry in found.items():
        if entry["type"] != "enterprise":
            continue
        head = head_of(name)
        stem = name[: -len(head)] if head and heads.get(head) == "enterprise" else name
        if 2 <= len(stem) <= 8 and not _is_place(stem) and RE_HAN_CHAR.match(stem):
            stems.add(stem)
    if not stems:
        return []
    text = doc.text
    research = sorted((h for h, t in heads.items() if t in ("research", "lab")), key=len, reverse=True)
    stem_alt = "|".join(map(regex.escape, sorted(stems, key=len, reverse=True)))
    head_alt = "|".join(map(regex.escape, research))
    rx = regex.compile(f"(?:{stem_alt})\\p{{Han}}{{0,6}}?(?:{head_alt})")
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in spans):
            continue  # inside a name already found
        before = text[s - 1 : s]
        if not (s == 0 or RE_BOUNDARY_CHARS.match(before) or before in "和与及"):
            continue
        if s not in doc.boundaries or not _name_end_ok(doc, e) or not _aligned(doc, s, e):
            continue
        if any(t.startswith(("v", "p", "c", "u", "d", "r", "m")) and t != "vn" for _, t in doc.tagged(s, e)):
            continue  # a verb or function word inside: a clause, no name
        out.append((m.group(), heads[head_of(m.group()) or ""] if head_of(m.group()) in heads else "research", s, e))
    return out


def _modifiers_only(words: str) -> bool:
    """Is ``words`` list-cue modifiers and …型 adjectives only (科技型领军, 龙头)?"""
    while words:
        g = RE_TYPE_ADJECTIVE.match(words)
        mod = g.group() if g else next((m for m in LIST_CUE_MODIFIERS if words.startswith(m)), None)
        if mod is None:
            return False
        words = words[len(mod) :]
    return True


def _list_item_ok(doc: Doc, item: str, s: int) -> bool:
    """Can ``item`` (at offset ``s``) be an organisation's short name in a list?"""
    if item in _place_names() or _is_generic(item) or item in GENERIC_MODIFIERS or item in _stop_verbs():
        return False
    if RE_CODE_TOKEN.fullmatch(item) or "的" in item or RE_COUNT.search(item):
        return False
    toks = doc.tagged(s, s + len(item))
    if _ends_with_head(item):
        return True
    # a name is proper nouns and nouns; a verb, pronoun or number makes a phrase
    return not any(t.startswith(("v", "r", "m", "p", "d", "u", "c")) and t != "vn" for _, t in toks)


# the first item of a list and the 、 after it: where a match of RE_NAME_LIST can start
RE_FIRST_ITEM = on_re(rf"{_ITEM}、")


def _name_lists(text: str):
    """The matches of :data:`RE_NAME_LIST` in ``text``, as ``finditer`` gives them, looked for only
    before each 、: the first item ends at the first 、 after its start (no item holds one), and
    the rest of a match does not depend on where the first item starts, so the leftmost start
    before a 、 (:data:`RE_FIRST_ITEM`, in a window of an item's length) is the only one to try."""
    longest = 14 + 1  # the longest item of _ITEM and its 、
    pos = 0  # where finditer would go on looking: after the last match, or past the last 、 tried
    k = text.find("、", 2)
    while k >= 0:
        first = RE_FIRST_ITEM.search(text, max(pos, k - longest + 1), k + 1)
        m = RE_NAME_LIST.match(text, first.start()) if first else None
        if m:
            yield m
            pos = m.end()
            k = text.find("、", pos + 2)
        else:
            pos = k + 1  # no match starts before this 、 (an item holds none)
            k = text.find("、", k + 1)


def _listed_names(doc: Doc, covered: bytearray) -> list[tuple[str, str, int, int]]:
    """Organisations named in a list closed by 等 and a category word (今飞集团、康恩贝等企业), or
    after a counted category and a dash (3家企业——甲科技、乙半导体): ``(name, type, start, end)``."""
    text = doc.text
    out = []
    found = []
    for m in _name_lists(text):
        typ = _list_cue(m.group("after"))
        if typ:
            found.append((m.start("list"), m.group("list"), typ, True))
    for m in RE_COUNTED_LIST.finditer(text):
        typ = _list_cue(m.group("cue")) if m.group("cue") else None
        if typ:
            found.append((m.start("list"), m.group("list"), typ, False))
    for start, body, typ, trim_first in found:
        items: list[tuple[str, int]] = []
        pos = start
        parts = body.split("、")
        last = regex.split(r"[和及与]", parts[-1], maxsplit=1)
        if len(last) == 2 and len(last[1]) >= 2:
            parts = parts[:-1] + last
        for k, part in enumerate(parts):
            at = text.find(part, pos)
            pos = at + len(part)
            if k == 0 and trim_first:
                # the first item begins after the clause's verb or preposition (涌现出|今飞集团)
                toks = doc.tagged(at, at + len(part))
                cut = 0
                for i, (w, t) in enumerate(toks):
                    if (t.startswith(("v", "p", "c", "d", "u", "r")) and t != "vn") or w in BOUNDARY_TOKENS or w in _stop_verbs():
                        cut = i + 1
                off = sum(len(w) for w, _ in toks[:cut])
                part, at = part[off:], at + off
            if len(part) >= 2:
                items.append((part, at))
        good = [(p, a) for p, a in items if _list_item_ok(doc, p, a)]
        if len(good) < max(2, len(items) - 1):
            continue  # most of the list must be names: 济南、烟台、威海等8家高新区 lists places
        for p, a in good:
            if any(covered[a : a + len(p)]):
                continue  # the gazetteer knows it (华为)
            t = typ
            head = head_of(p)
            if head and _heads()[0].get(head, "none") != "none":
                t = _heads()[0][head]
            out.append((p, t, a, a + len(p)))
    return out


@functools.cache
def _head_abbreviations() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in resources.table("head_abbreviations.tsv", 2, 2))


@functools.cache
def _abbreviated_heads() -> tuple[str, ...]:
    return tuple(full for _, full in _head_abbreviations())


def short_forms(name: str) -> set[str]:
    """Ways a long organisation name is shortened in Chinese text.

    Two places in a row go to their first characters (``兰州白银`` -> ``兰白``); a full
    head to its short form (``自主创新示范区`` -> ``自创区``), with or without the words
    between the first place and the head (``兰州自创区``).
    """
    places = _place_names()
    forms = {name}
    # 兰州白银X -> 兰白X
    for i in range(len(name)):
        for n1 in (3, 2):
            p1 = name[i : i + n1]
            if p1 not in places:
                continue
            for n2 in (3, 2):
                p2 = name[i + n1 : i + n1 + n2]
                if p2 in places:
                    forms.add(name[:i] + p1[0] + p2[0] + name[i + n1 + n2 :])
    abbreviations = _head_abbreviations()
    fulls = _abbreviated_heads()
    for form in list(forms):
        if not form.endswith(fulls):
            continue  # no head of the table ends it
        for short, full in abbreviations:
            if form.endswith(full):
                stem = form[: -len(full)]
                forms.add(stem + short)
                lead = _leading_place(stem)
                if lead:
                    forms.add(lead + short)
    return forms


def _leading_place(s: str) -> str | None:
    for n in (4, 3, 2):
        if s[:n] in _place_names():
            return s[:n]
    return None


def _merge_aliases(found: dict[str, dict], text: str, city: str | None) -> None:
    """Fold short forms into the full name: ``市科技局`` -> ``兰州市科技局``."""
    for full in sorted(found, key=len, reverse=True):
        if full not in found:
            continue
        forms = short_forms(full) - {full}
        for short in [n for n in found if n in forms]:
            e_short = found.pop(short)
            found[full]["forms"].update(e_short["forms"])
            found[full]["spans"] += e_short["spans"]
    places = _place_names()
    city_forms = _place_forms().get(city, set()) if city else set()
    names = sorted(found, key=len, reverse=True)
    for short in names:
        if short not in found:
            continue
        for full in names:
            if full == short or full not in found or len(full) <= len(short):
                continue
            prefix = full[: len(full) - len(short)]
            if not full.endswith(short):
                continue
            level_word = short[:1] in "省市县区" and prefix in city_forms | {p.rstrip("省市") for p in city_forms}
            if prefix in places or level_word or (short[:1] in "省市" and (prefix + short[:1]) in places):
                e_full, e_short = found[full], found.pop(short)
                e_full["forms"].update(e_short["forms"])
                e_full["spans"] += e_short["spans"]
                break
    # a full name written elsewhere without its leading place (one pass over the text)
    rests: dict[str, str] = {}
    for name in found:
        form = _leading_place(name)
        if form and len(name) - len(form) >= 4 and name[len(form) :] not in found[name]["forms"]:
            rests[name[len(form) :]] = name
    if rests:
        counts = resources.count_words(rests, text)
        for rest, name in rests.items():
            n = counts[rest] - found[name]["forms"].get(name, 0)  # occurrences not inside the full name
            if n > 0:
                found[name]["forms"][rest] += n
