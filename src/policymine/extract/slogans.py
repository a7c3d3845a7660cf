""":mod:`policymine.extract.slogans`: policy slogans and formulas.

Three sources, one entry per distinct slogan:

* the lexicon ``data/slogans.tsv`` (hundreds of entries of national policy
  language, with kind and variant forms), matched longest first;
* structure: numbered formulas that alternate numerals and one-character
  heads (``一带一路``, ``五位一体``, ``一心两翼多点``), ``3+2``/``6+X`` formulas,
  ``A+B+C`` chains;
* quotation: a quoted short phrase (“…”, ‘…’, 「…」) is a slogan when it is a
  numbered formula (holds a numeral), a chain of one-character abbreviations
  (``引育服用``: jieba finds mostly single characters in it), or a catchphrase
  the document repeats.

A slogan coined next year is therefore still found when the text quotes it,
repeats it, or builds it like a formula.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from .. import resources
from ..compiled import re, regex
from ..lang import CN_DIGITS
from ..uniclass import on_re
from .text import Doc

if TYPE_CHECKING:
    from ..segment import Segmenter

__all__ = ["extract_slogans", "classify_quoted"]

# fmt: off
_NUM = "一二两三四五六七八九十百千万双多"
RE_QUOTED = on_re(r"[“‘「『\"](?P<q>[^“”‘’「」『』\"\n]{2,16})[”’」』\"]")
RE_ALTERNATING = regex.compile(
    rf"(?<![{_NUM}\p{{Han}}])(?:[{_NUM}](?![个届次年月日号批项家位名种条点些])\p{{Han}}){{2,4}}(?![\p{{Han}}])"
    rf"|(?<![{_NUM}])(?:[{_NUM}](?![个届次年月日号批项家位名种条点些])\p{{Han}}){{2,4}}(?=[”’」』、,，。；;])"
)
RE_PLUS_FORMULA = regex.compile(r"(?<![\w.])\d{1,2}(?:\+(?:\d{1,2}|[Xx]|N|n))+(?![\w.%])")
RE_PLAN_PERIOD = on_re(r"十[一二三四五六七八九]五")  # a five-year plan period names a time, not a line
RE_NUMERAL = regex.compile(rf"[{_NUM}]|\d")
RE_MEASURE_ONLY = on_re(rf"^[\d.{_NUM}零〇]+[个家项人名次年月日%]$")
INSTITUTION_CHARS = "院所区局会委部厅校"  # a numeral + one of these names bodies, not a formula
RE_FUNCTION_CHARS = on_re(r"[的了是在和与及或就也都而把被对从向为以着过之其这那我你他她它们吗呢吧]")
# fmt: on

# patterns used inside functions, compiled once
RE_HAN_ONLY = on_re(r"\p{Han}+")
RE_COUNTED_ITEMS = on_re(r".[个篇项大位条方面环节]")
RE_HAN_DIGITS_PLUS = on_re(r"[\p{Han}\d+]+")
RE_HAN_CHAR = on_re(r"\p{Han}")
# a number written in Chinese numerals (digits may lead: 9千6百万): sections of 千, 百, 十 and
# units in falling order, grouped by 万 and 亿, then 多/余 (三千万, 一百五十万, 百万多).
# 百千万, 十百千 climb instead of falling: formulas, not numbers.
_D = rf"[{CN_DIGITS}\d]"
_SECTION = rf"(?:{_D}*千)?(?:零?{_D}*百)?(?:零?{_D}*十)?(?:零?{_D}+)?"
RE_CN_NUMBER = on_re(rf"(?:{_SECTION}[万亿]+)*{_SECTION}[多余几]?")
RE_TITLE = on_re(r"《[^《》\n]{1,120}》")  # the name of a document
# a category of the statistics (数字产业化增加值, 农林牧渔业总产值): the phrase names a sector
RE_STAT_AFTER = on_re(r"(?:服务)?业?(?:增加值|总产值|产值|营业收入|营收|占比|比重|总量)")
# a strategy named "field + 兴/强/立 + the place it serves": 科教兴国, 人才强桂战略, 产业兴市,
# 生态立省, 工业强县; the place is a level (国, 省, 市 ...) or a province's one-character name
_FIELDS = ("科教|人才|科技|创新|产业|工业|制造|实业|农业|文化|旅游|文旅|生态|教育|交通|质量|品牌|数字|"
           "开放|商贸|贸易|物流|海洋|体育|法治|网络|金融|健康|民营经济|园区")
_PLACES = "国省市县区州城镇乡村京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁疆港澳台蒙"
# (literals and classes only: ``re`` reads it as ``regex`` does, and scans faster)
RE_FIELD_STRATEGY = re.compile(rf"(?:{_FIELDS})[兴强立][{_PLACES}](?:战略)?")  # on word boundaries only
# a rank, not a line (全国第一, 全省第三位)
RE_RANK = on_re(rf"^\p{{Han}}{{0,3}}第[{_NUM}\d]+[名位]?$")
# a grade, a serial or a ranked list: 三甲, 二级, 四星级, 三号, 十佳, 百强县; not 五好, 双一流
RE_GRADE = on_re(rf"^[{_NUM}]+(?:号|级|星级|星|甲|乙|等|档|代|强|佳)[^{_NUM}\d]{{0,2}}$|^\p{{Han}}{{2,4}}[{_NUM}]+号$")
# a date named by its numbers: 五一, 七一, 三八, 双十一 (month and day)
RE_DATE_NAME = on_re(r"^(?:双十[一二]|双1[12]|(?:十[一二]?|[一二三四五六七八九])(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]))$")
# an ordinary word of the dictionary (a numeral word, a distinguishing or state word ...):
# 一对一, 一站式, 三角, 四季; counted at least this often, so not a rare entry such as 四上
_ORDINARY_TAGS = frozenset({"m", "b", "z", "d", "a", "ad", "f", "q", "t", "i", "l"})
_ORDINARY_FREQ = 30
RE_SHORT_NAME_BEFORE = on_re(r"[（(]\s*$")  # 某某科技园管理有限公司 (“科技园公司”)


@functools.cache
def _stops() -> frozenset[str]:
    """Phrases that read like slogans and are none (``data/slogan_stops.txt``): doctrines, the genre's frame."""
    return frozenset(line.strip() for _, line in resources.data_lines("slogan_stops.txt"))


@functools.cache
def _lexicon():
    """(regex over every form, form -> (canonical, kind, aliases), or None for a stop phrase)."""
    forms: dict[str, tuple[str, str, tuple[str, ...]] | None] = {}
    for text, (kind, aliases) in resources.slogans().items():
        forms[text] = (text, kind, aliases)
        for a in aliases:
            forms.setdefault(a, (text, kind, aliases))
    for stop in _stops():
        forms[stop] = None  # matched (longest first, so nothing inside it is), never reported
    rx = resources.word_regex(forms) if forms else None
    return rx, forms


@functools.cache
def _lexicon_scanner():
    from ..wordscan import word_scanner

    return word_scanner(_lexicon()[1])


@functools.cache
def _units() -> frozenset[str]:
    """Units and measure words that follow a number (``data/units.tsv``): 元, 万元, 人, 家 ..."""
    return frozenset(row[0] for row in resources.table("units.tsv", 2, 4))


def is_quantity(s: str) -> bool:
    """Is ``s`` an amount: a number in Chinese numerals, alone or with a unit (``一百五十万元``, ``三千万``)?

    A quantity counts or measures; it never names a policy line. ``百千万`` (magnitudes that climb)
    and ``六个一百`` (more than a unit after the number) are not quantities.
    """
    num = RE_CN_NUMBER.match(s).group()
    rest = s[len(num) :]
    if not num or (len(num) < 2 and not num.isdigit()) or RE_NUMERAL.search(rest):
        return False
    return rest == "" or rest in _units() or (rest[:1] in "多余" and rest[1:] in _units())


def _straddles_word(doc: Doc, s: int, e: int) -> bool:
    """Does a lexicon match at ``s:e`` cut a word of the text (``A股上市``, ``农林牧渔业``, ``创新发展理念``)?

    The segmenter knows the lexicon's phrases, so it may cut ``创|新发展理念`` itself: a common
    word made of the character before the match and its first one is a cut word all the same.
    """
    bounds = doc.boundaries
    if s not in bounds or e not in bounds:
        return True
    text = doc.text
    return s > 0 and (doc.segmenter.frequencies.get(text[s - 1 : s + 1]) or 0) >= 100


@functools.cache
def _abbreviation_chars() -> frozenset[str]:
    """Characters that stand for a word in the lexicon's abbreviation chains (政, 产, 学, 研 ...)."""
    return frozenset("".join(t for t, (kind, _) in resources.slogans().items() if kind == "abbreviation"))


@functools.cache
def _institution_heads() -> tuple[str, ...]:
    """Heads that end an organisation's name (大学, 公司, 学会 ...), longest first."""
    heads = (h for h, kind in resources.institution_heads().items() if kind != "none" and len(h) >= 2)
    return tuple(sorted(heads, key=len, reverse=True))


def _ends_with_head(s: str, heads: tuple[str, ...]) -> bool:
    return len(s) > 2 and s.endswith(heads)


_CN_COUNT = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}


def _is_abbreviation_chain(q: str, after: str, seg: Segmenter) -> bool:
    """A chain of one-character abbreviations (``放管服``, ``引育服用``).

    Signs: every character is a known abbreviation character; or jieba finds mostly
    single characters in it; or the text goes on to count its characters
    (``“引育服用”四篇文章``: four characters, four items).
    """
    if not (3 <= len(q) <= 8) or not RE_HAN_ONLY.fullmatch(q) or RE_FUNCTION_CHARS.search(q):
        return False
    if all(c in _abbreviation_chars() for c in q):
        return True
    if after[:1] in _CN_COUNT and _CN_COUNT[after[:1]] == len(q) and RE_COUNTED_ITEMS.match(after):
        return True
    toks = seg.words(q)
    singles = sum(1 for t in toks if len(t) == 1)
    return singles >= 2 and singles / len(toks) >= 0.6 and len(toks) >= 3


def _named_numerals(q: str, seg: Segmenter) -> bool:
    """Do all the numerals of ``q`` stand inside names and nouns of the dictionary (四川造, 三峡,
    五粮液, 九寨沟), which count nothing? A formula's numerals count (三化, 双减, 五好), and so do
    those of two words or more (一心两翼: both nouns, one formula)."""
    toks = [t for t in seg.words(q) if RE_NUMERAL.search(t)]
    if len(toks) != 1 or len(toks[0]) < 2:
        return False
    tag = seg.tag_word(toks[0])
    return tag == "ns" or tag in ("n", "nr", "nt") and (seg.frequencies.get(toks[0]) or 0) >= _ORDINARY_FREQ


def _ordinary_word(q: str, seg: Segmenter) -> bool:
    """Is ``q`` a common word of the dictionary tagged as a numeral, distinguishing, state or adverbial word?"""
    return (seg.frequencies.get(q) or 0) >= _ORDINARY_FREQ and seg.tag_word(q) in _ORDINARY_TAGS


def classify_quoted(q: str, after: str = "", segmenter: Segmenter | None = None) -> str | None:
    """The kind of a quoted phrase if it is a slogan by its structure, else None.

    ``after`` is the text that follows the closing quote; ``segmenter`` the run's (default:
    the package's).
    """
    if segmenter is None:
        from ..segment import get_segmenter

        segmenter = get_segmenter()
    q = q.strip()
    if RE_RANK.match(q):
        return None  # 全国第一: a rank
    if q.startswith("一号") and len(q) >= 4 and RE_HAN_ONLY.fullmatch(q):
        return "numbered"  # 一号工程: the first of a province's works
    if segmenter.is_idiom(q):
        return None  # 名利双收, 一举两得: an idiom quoted for effect, numerals and all
    if RE_PLUS_FORMULA.fullmatch(q):
        return "numbered"
    if "+" in q and all(2 <= len(p) <= 8 for p in q.split("+")) and q.count("+") >= 2:
        return "catchphrase"
    if not RE_HAN_DIGITS_PLUS.fullmatch(q) or len(q) > 10 or RE_PLAN_PERIOD.fullmatch(q):
        return None
    numerals = RE_NUMERAL.findall(q)
    if numerals and (RE_GRADE.match(q) or RE_DATE_NAME.match(q) or _ordinary_word(q, segmenter)
                     or _named_numerals(q, segmenter)):
        numerals = []  # 三甲, 双十一, 一对一, 四川造: a grade, a date, a word of the language, a name
    if numerals and not RE_MEASURE_ONLY.match(q) and RE_HAN_CHAR.search(q) and not is_quantity(q):
        if len(numerals) >= 2:
            return "numbered"  # 一院三所, 六个一百, 百千万
        if numerals[0] != "一" and q[-1] not in INSTITUTION_CHARS:
            return "numbered"  # 新四军, 三化, 双一流; not 两院, 兰白两区 (bodies), 惊险一跃

    if _is_abbreviation_chain(q, after, segmenter):
        return "abbreviation"
    return None


def extract_slogans(doc: Doc) -> tuple[list[dict], list[tuple[int, int]]]:
    """Slogans of a body and the spans they cover (numbers there are not indicators)."""
    text = doc.text
    found: dict[str, dict] = {}
    spans: list[tuple[int, int]] = []

    titles = [m.span() for m in RE_TITLE.finditer(text)]

    def add(key: str, form: str, kind: str, start: int, end: int, aliases=()) -> None:
        entry = found.get(key)
        if entry is None:
            entry = found[key] = {"forms": Counter(), "kind": kind, "aliases": set(aliases), "spans": [], "free": False}
        entry["forms"][form] += 1
        entry["spans"].append((start, end))
        # a slogan only ever named inside a document's title (《……三年行动计划》) is that name's part
        entry["free"] = entry["free"] or not any(a < start and end < b for a, b in titles)
        spans.append((start, end))

    rx, forms = _lexicon()
    rx = _lexicon_scanner() if rx is not None else None  # the pattern's matches, by an automaton
    taken = bytearray(len(text))
    if rx is not None:
        for m in rx.finditer(text):
            s, e = m.span()
            taken[s:e] = b"\x01" * (e - s)
            spans.append((s, e))  # numbers here are not indicators, reported or not
            hit = forms[m.group()]
            if hit is None or _straddles_word(doc, s, e):
                continue  # a stop phrase, or part of a longer word (A股上市, 创新发展理念)
            canon, kind, aliases = hit
            if kind != "numbered" and RE_STAT_AFTER.match(text, e):
                continue  # 数字产业化增加值: a category of the statistics
            add(canon, m.group(), kind, s, e, (canon, *aliases))

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    for m in RE_FIELD_STRATEGY.finditer(text):
        s, e = m.span()
        if free(s, e) and not _straddles_word(doc, s, e):
            form = m.group()
            add(form, form, "catchphrase", s, e, (form[:-2],) if form.endswith("战略") else ())
            taken[s:e] = b"\x01" * (e - s)
    for m in RE_PLUS_FORMULA.finditer(text):
        if free(m.start(), m.end()):
            add(m.group(), m.group(), "numbered", m.start(), m.end())
    for m in RE_ALTERNATING.finditer(text):
        s, e = m.span()
        if not free(s, e) or doc.segmenter.is_idiom(m.group()):
            continue
        lead = s
        while lead > 0 and text[lead - 1] in "0123456789.":
            lead -= 1
        if is_quantity(text[lead:e]):
            continue  # 一百五十万元, 9千6百万多元: an amount
        add(m.group(), m.group(), "numbered", s, e)
        taken[s:e] = b"\x01" * (e - s)
    quoted = list(RE_QUOTED.finditer(text))
    # a quoted short name given in brackets after an organisation's name (某某科技园管理有限公司
    # (“科技园公司”)) is that organisation wherever it stands
    heads = _institution_heads()
    short_names = {
        m.group("q")
        for m in quoted
        if RE_SHORT_NAME_BEFORE.search(text, max(0, m.start() - 3), m.start())
        and _ends_with_head(text[max(0, m.start() - 12) : m.start()].rstrip(" （("), heads)
    }
    # how often each short quoted phrase occurs at all, quoted or not: one pass over the text
    candidates = {m.group("q") for m in quoted if 3 <= len(m.group("q")) <= 8}
    occurrences = resources.count_words(candidates, text)
    for m in quoted:
        q = m.group("q")
        s, e = m.start("q"), m.end("q")
        if not free(s, e) or q in short_names:
            continue
        kind = classify_quoted(q, text[m.end() : m.end() + 4], doc.segmenter)
        if (kind is None and 3 <= len(q) <= 8 and RE_HAN_ONLY.fullmatch(q) and not RE_PLAN_PERIOD.fullmatch(q)
                and not RE_RANK.match(q)
                and occurrences[q] >= 3 and not RE_FUNCTION_CHARS.search(q)
                and not _ends_with_head(q, heads)):  # a catchphrase the document repeats (not a body's name)
            kind = "catchphrase"
        if kind:
            add(q, q, kind, s, e)
    out = []
    for entry in found.values():
        if not entry["free"]:
            continue
        form, _ = entry["forms"].most_common(1)[0]
        aliases = sorted(a for a in (entry["aliases"] | set(entry["forms"])) if a != form)
        starts = sorted(entry["spans"])
        out.append(
            {
                "text": form,
                "kind": entry["kind"],
                "count": sum(entry["forms"].values()),
                "aliases": aliases,
                "start": starts[0][0],
                "end": starts[0][1],
                "sentence": doc.sentence_text(starts[0][0]),
            }
        )
    out.sort(key=lambda d: d["start"])
    return out, spans
