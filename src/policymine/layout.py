""":mod:`policymine.layout`: split a page into article body and boilerplate, and read its metadata.

The page is looked at line by line. Each line gets a role from its shape (length,
sentence punctuation, share of Chinese characters, separators) and from the cue
lexicon in ``data/boilerplate.tsv``: *text* (a sentence-bearing paragraph),
*short* (headings, bylines, labels), *meta* (datelines and credit lines), *nav*,
*drop* (widgets), *end* (the first line of the page's tail) and *spam*.

The body runs from the first text paragraph (with a salutation such as
``各位代表:`` just before it) to the last text paragraph before the tail,
followed by the closing bylines (``兰州日报社记者 张三``). Headings inside stay;
furniture inside goes. The header (before the body) and the tail (after it)
are where the title, date, source and authors are read.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import resources
from .compiled import re
from .extract.document import RE_DOC_NUMBER  # a document number (某政办发〔2021〕88号) is no headline
from .lang import HAN

__all__ = ["Layout", "clean", "find_dates", "parse_date"]

# fmt: off
_HAN = HAN
RE_HAN = re.compile(f"[{_HAN}]")
RE_NON_HAN = re.compile(f"[^{_HAN}]+")
RE_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,：:、]")
RE_FINAL_PUNCT = re.compile(r"[。！？!?…”」』)）]$")
RE_NAV_SEP = re.compile(r"\s[|｜>＞»/]\s?|[|｜]|\s>|>\s")
# where a separator can begin (see _scan): RE_NAV_SEP's alternatives open with \s, | or >
RE_NAV_START = re.compile(r"[\s|｜>](?:(?<=[|｜])|(?<=\s)[|｜>＞»/]|(?<=>)\s)")
_NAV_CHARS = "|｜>＞»/"  # the characters one of which every separator holds
RE_TWO_NAV_CHARS = re.compile(f"[{_NAV_CHARS}][^{_NAV_CHARS}]*[{_NAV_CHARS}]")  # two of them
RE_NAV_SPLIT = re.compile(r"[|｜>＞»/]")
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
RE_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:[-/.]|月)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:日|号)?(?:(?![0-9])|(?=[0-2]?\d[:：][0-5]\d))"  # a time may follow unspaced
    # written without separators (20240307), or with spaces (2022 11 23): digits alone
    r"|(?<![0-9A-Za-z/_.-])(?P<y4>(?:19|20)\d{2})(?P<m4>0[1-9]|1[0-2])(?P<d4>0[1-9]|[12]\d|3[01])(?![0-9])"
    r"|(?<![0-9])(?P<y5>(?:19|20)\d{2}) (?P<m5>0[1-9]|1[0-2]) (?P<d5>0[1-9]|[12]\d|3[01])(?![0-9])"
    rf"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?P<d2>\d{{1,2}})\s+(?P<mon>{_MONTHS})[a-z]*\.?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<mon3>{_MONTHS})[a-z]*\.?\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>(?:19|20)\d{{2}})"
)
RE_CN_DATE = re.compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4}|(?<![〇○零一二三四五六七八九十])[〇○零一二三四五六七八九]{2})年"
    r"(?P<m>[一二三四五六七八九十]{1,2}|1[0-2]|0?[1-9])月(?P<d>[一二三四五六七八九十]{1,3}|3[01]|[12]\d|0?[1-9])(?:日|号)"
)  # 二〇二四年三月七日; a year of two numerals is written short (零七年八月二十九号, 九零年9月十号)
# Taiwan's official calendar: 中华民国113年3月7日 is 2024-03-07 (year + 1911)
RE_ROC_DATE = re.compile(
    r"(?:(?P<era>中华民国|民国)\s*|(?<![0-9]))(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)  # 民国99年, or a bare 113年6月13日: a full date with a three-digit year is the ROC calendar
RE_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what every match of RE_DATE holds
# Where a match of each date pattern can begin: a character class first (the regex engine
# skips to it in C), then what must follow it. The date patterns open with alternatives and
# lookbehinds, which make the engine try every one at every character of a page; tried only
# where one of these matches, they find the same matches (see _scan) several times faster.
_CN_NUM = "〇○零一二三四五六七八九"
RE_DATE_START = re.compile(
    r"[12JFMASONDTW\d](?:(?<=[12])(?:(?<=1)9|(?<=2)0)\d\d|(?<=\d)\d?\s+(?:" + _MONTHS + r")|(?<=[A-Z])[a-z]{2})"
)
RE_ROC_START = re.compile(r"[中民\d](?:(?<=中)华民国|(?<=民)国|(?<=\d)\d{1,2}\s*年)")
RE_CN_DATE_START = re.compile(f"[{_CN_NUM}](?=[{_CN_NUM}](?:[{_CN_NUM}]{{2}})?年)")
RE_YEAR_ONLY = re.compile(r"(?<![0-9])((?:19|20)\d{2})年")
RE_CREDIT = re.compile(
    r"(?:来源|稿源|出处|来自|转自|转载自|信息来源|文章来源|消息来源)\s*[:：/|]?\s*"
    r"(?!https?:|www\.)(?P<src>[^\s|｜,，;；:：]{2,40})(?:\s+(?P<rest>[^\s].*))?"  # (an address is no outlet)
)
RE_AUTHOR_LABEL = re.compile(r"(?:作者|撰稿|撰文|执笔|文)\s*[:：/|]\s*(?P<names>[^\s:：|/][^:：|/]{0,30})")
# a name in a byline: two to four characters that close there (before a separator, a
# non-Chinese character, or a reporting word: 记者张三报道, 李四摄); no role word
_NAME = r"(?!记者|通讯员|实习生|评论员|摄影|编辑)[" + _HAN + r"·]{2,4}(?=[^" + _HAN + r"·]|$|报道|摄|讯|发自|文|图)"
RE_REPORTER = re.compile(
    r"(?P<org>[^\s(（]{0,20}?)(?:全媒体|融媒体|首席|特约)?(?P<role>记者|通讯员|实习生|评论员|特约评论员)"
    r"(?!会|招待会|见面会|节|站|证|协会)"  # 记者会, 记者节: events and offices, not people
    r"(?:\s*[:：]?\s*(?P<names>" + _NAME + r"(?:(?:\s*[、,，]\s*|\s+)" + _NAME + r")*))?"
)
RE_BYLINE_TITLE = re.compile(
    r"^(?P<org>[^\s]{2,40}?)(?:代理|代|常务)?(?P<title>总理|副总理|省长|副省长|市长|副市长|主席|委员长|部长|厅长|局长|主任|书记|院长|校长|"
    r"董事长|总经理|教授|研究员|县长|区长|行长|会长|理事长|所长|社长)\s+(?P<name>[" + _HAN + r"·]{2,4})$"
)
# an outlet named in a dateline, right after the time or before the reporter
RE_DATELINE_OUTLET = re.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?P<o>[" + _HAN + r"]{2,10}?"
    r"(?:日报|时报|晚报|早报|商报|周报|导报|新闻网|新闻社|通讯社|电视台|广播电台|报))(?=\s|记者|讯|$)"
)
# a wire dateline that opens a story: agency, place, date, 电 (新华社北京3月5日电)
RE_WIRE_DATELINE = re.compile(
    r"(?P<o>[" + _HAN + r"]{1,6}?(?:社|网|台))[" + _HAN + r"]{2,6}\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日\s*(?:电|讯)"
)
# the outlet that opens a story: 【某某商报讯】, 某某网讯 (not 本报讯: the page's own paper, unnamed)
RE_OPENING_OUTLET = re.compile(
    r"^[【\[]?(?P<o>(?!本)[" + _HAN + r"]{2,10}?(?:日报|时报|晚报|早报|商报|周报|导报|报|网|社|台))(?:/[^讯\s]{2,12})?讯"
)
# the reporters a wire dateline names in brackets after it: 中新网成都1月20日电 (王利文)
RE_WIRE_NAMES = re.compile(r"^\s*[(（]\s*(?:(?:首席|特约)?记者\s*)?(?P<names>[^()（）]{2,30})[)）]")
RE_BARE_DATE = re.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日\s*")
# a signature's date line, bracketed or not: 2018年4月16日, (2018年4月16日)
RE_DATE_LINE = re.compile(r"\s*[(（]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日\s*[)）]?\s*")
# the issuing body on a signature line: a short name ending with a government or party head
RE_ISSUER = re.compile(r"[" + _HAN + r"（）()]{2,30}(?:政府|办公室|办公厅|委员会|委|厅|局|部|署|党委|党组|人大常委会|政协|中心|院|会)")
# joint issuers on one line: 某某市科学技术局 某某市财政局
RE_ISSUERS = re.compile(r"(?:" + RE_ISSUER.pattern + r")(?:[\s、,，]+(?:" + RE_ISSUER.pattern + r"))*")
# a metadata table's own date of the document (成文日期), whichever cell holds it
RE_OWN_DATE_LABEL = re.compile(r"成文日期|成文时间|签发日期")
# a republished page's credit to the original (本文来自微信公众号：X, 注：本文转自公众号"X"…,
# 转载自X): the article is over where it stands at the end, and it names the source
RE_REPOST = re.compile(
    r"^[*_#>\s(（【\[]*(?:注\s*[:：]\s*)?(?:本文|文章|此文|全文)?(?:来自|转自|转载自|来源于|原载于|原载|首发于|选自)\s*"
    r"(?:微信)?(?:公众号|微信号|订阅号)"
    r"|^[*_#>\s(（【\[]*(?:注\s*[:：]\s*)?(?:本文|文章|此文)(?:来自|转自|转载自|来源于|原载于|首发于|选自)"
)
# a credit that is only an address (新闻来源:http://…, 原文链接：www.…): the article is over;
# what follows it is the reposting site's own (its advertising, its lists)
RE_URL_CREDIT = re.compile(r"^(?:新闻|文章|信息|资料|原文)?(?:来源|出处|链接|地址)\s*[:：]\s*(?:https?://|www\.)\S+$", re.I)
_REPOST_NAME = r"\s*[:：]?\s*[\[“\"「『《]?\s*(?P<o>[^\s\[\]（()”\"」』》,，:：。*]{2,30})"
RE_REPOST_SOURCE = re.compile(r"(?:公众号|微信号|订阅号)" + _REPOST_NAME)  # the account first,
RE_REPOST_VERB = re.compile(r"(?:转载自|转自|来自|来源于|原载于|首发于|选自)" + _REPOST_NAME)  # else what follows the verb
# a legislature's question and its written answer (Hong Kong LegCo): 某某议员的提问和创新科技
# 及工业局局长某某的书面答复 — the answering bureau is the source, asker and answerer the authors
_OFFICE = r"(?P<office>[" + _HAN + r"]{2,20}?(?:局|署|处|司|部|委员会|办公室|政府))"
_OFFICIAL = r"(?:副|代理|署理)?(?:局长|署长|处长|司长|部长|主席|秘书长|常任秘书长|行政长官|主任)"
RE_LEGCO_INTRO = re.compile(
    r"(?:(?<=上)|(?<=[\s：:，,)）])|^)(?P<asker>[" + _HAN + r"]{2,4})议员的(?:提问|质询)和" + _OFFICE + _OFFICIAL + r"(?P<answerer>[" + _HAN + r"·]{2,4})?的(?:书面|口头)?(?:答复|答覆|回复)"
)
# the answer opens with the answering office: 创新及科技局局长:主席,…
RE_ANSWER_OPENING = re.compile(r"^" + _OFFICE + _OFFICIAL + r"\s*[:：]")
RE_ANSWER_HEAD = re.compile(r"^(?:答复|答覆|回复|答)\s*[:：]\s*$")
# a newspaper e-edition's header: 《 人民日报 》（ 2024年03月06日 第 01 版）
RE_EDITION = re.compile(r"《\s*(?P<o>[^》\s]{2,12})\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日.{0,12}版\s*[)）]")
RE_DELIVERED = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日|" + RE_CN_DATE.pattern.replace("?P<", "?P<c") + r")在.{2,60}?(?:会议|大会|会)上")
# what every match of RE_BYLINE_TITLE ends with: a blank, then the name
RE_BYLINE_TAIL = re.compile(r"\s[" + _HAN + r"·]{2,4}$")
RE_SUBTITLE_DASH = re.compile(r"\s*(?:——|--|－－|—)\s*")
RE_LABEL_PREFIX = re.compile(r"^(?:原标题|原题|标题|题目|主题)\s*[:：]\s*")
RE_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}$")  # John Smith, not a placeholder
RE_NAME = re.compile(rf"^[{_HAN}·]{{2,4}}$")
RE_BRACKETED = re.compile(r"^[(（]\s*(.*?)\s*[)）]$")
RE_URL = re.compile(r"\]\([^)\s]*\)|https?://[^\s)\]]+|www\.[\w.-]+")
RE_LIST_ITEM = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])")
RE_SALUTATION = re.compile(r"[:：]$")
# a numbered heading line of a document: 第一章 总则, 第二节, 一、总体要求, （一）指导思想 (no sentence in it)
RE_NUMBERED_HEADING = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[编章节]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^。！？!?；;，,：:]{0,30}$")
RE_TITLE_LABEL = re.compile(r"^(?:标\s*题|题目|名称|文件名称)\s*[:：|｜]\s*([^|｜]+)")  # a table's cells: the next
# a line that is a day or a month alone, in digits or in numerals (2021年9月, 二○二一年九月十日): never a headline
RE_DAY_ONLY_LINE = re.compile(
    r"^[(（]?\s*(?:(?:19|20)\d\d|[一二][〇○零Ｏ〇O一二三四五六七八九]{3})\s*年"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?\s*[)）]?$"
)
# a field of a metadata table (发文机关：…, 索引号：…): no headline
RE_FIELD_LABEL = re.compile(
    r"^(?:索引号|发文机关|发布机关|发布机构|发文字号|文号|成文日期|发布日期|公开日期|生效日期|废止日期|主题分类|"
    r"主题词|公开目录|公开方式|公开形式|公开范围|公开责任部门|有效性|信息来源|来源|时间|日期|作者|分类|体裁分类|"
    r"组配分类|服务对象|关键词|点击|浏览|责任部门|发布时间|所属机构|信息分类|编号|"
    # the head of a Taiwan letter or notice (受文者：…, 速别：普通件, 正本：…)
    r"受文者|地址|承办人|联络人|联络电话|电话|传真|电子信箱|速别|密等及解密条件或保密期限|密等|附件|正本|副本|发文日期)\s*[:：|｜]"
)
# a photo caption or credit: (记者某某摄), 图/某某提供, 图源：…, 资料图片, 某某 摄
RE_CAPTION = re.compile(
    r"[(（]\s*(?:图|图源|图片|摄影|供图)\s*[/:：]|[(（][^()（）]{0,20}(?:摄|供图|提供|资料图片?)\s*[)）]\s*$"
    r"|^(?:图|图源|图片来源|摄影|供图)\s*[/:：]|资料图片?\s*$|\S\s+摄\s*$|(?:供图|图片由.{1,20}提供)\s*$"
)
# a site clock: a date with its weekday and nothing else (2024年04月26日 星期五)
RE_CLOCK = re.compile(r"^\D{0,6}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
RE_SENTENCE_END = re.compile(r"[。！？!?…]")
RE_NON_NAME = re.compile(r"时间|日期|来源|编辑|发布|记者|作者|点击|浏览|字号|打印|关闭|分享|图片|视频|报道|新闻|本报|本网|转载|来自|出处|原创|网站|通讯员|实习生|摄影|评论员|编辑")
# fmt: on

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_small(s: str) -> int:
    """一..三十一 for months and days."""
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGIT.get(a, 1) if a else 1) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    return _CN_DIGIT.get(s, 0)


_MONTH_NUM = {m: i for i, m in enumerate(_MONTHS.split("|"), 1)}


def _valid(y: int, m: int, d: int) -> str | None:
    import datetime

    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _short_year(yy: int) -> int:
    """A year written with two digits: this century up to next year, the last one before."""
    import datetime

    return 2000 + yy if yy <= datetime.date.today().year % 100 + 1 else 1900 + yy


def _scan(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``starts`` matches: ``starts`` must match
    wherever a match of ``pattern`` begins, and ``pattern`` match nothing empty."""
    search, match = starts.search, pattern.match
    pos = 0
    while True:
        c = search(text, pos)
        if c is None:
            return
        m = match(text, c.start())  # (lookbehinds see the text before the position)
        if m:
            yield m
            pos = m.end()
        else:
            pos = c.start() + 1


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every calendar date in ``text`` as ``(YYYY-MM-DD, start, end)``."""
    out: list[tuple[str, int, int]] = []
    # every form of RE_DATE holds a four-digit year (19xx, 20xx), the others 年: a text with
    # neither is not scanned by the long patterns at all
    for m in _scan(RE_DATE, RE_DATE_START, text) if RE_YEAR_DIGITS.search(text) else ():
        if m.group("y"):
            iso = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("y4"):
            iso = _valid(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        elif m.group("y5"):
            iso = _valid(int(m.group("y5")), int(m.group("m5")), int(m.group("d5")))
        elif m.group("y2"):
            iso = _valid(int(m.group("y2")), _MONTH_NUM[m.group("mon")[:3]], int(m.group("d2")))
        else:
            iso = _valid(int(m.group("y3")), _MONTH_NUM[m.group("mon3")[:3]], int(m.group("d3")))
        if iso:
            out.append((iso, m.start(), m.end()))
    if "年" not in text or "月" not in text:  # every form of the two patterns below holds both
        out.sort(key=lambda t: t[1])
        return out
    for m in _scan(RE_ROC_DATE, RE_ROC_START, text):
        y = int(m.group("y"))
        # ROC 1 is 1912 and 150 is 2061. Without 民国 only three digits count (100 is 2011):
        # a bare 24年3月5日 may be 2024 written short.
        if m.group("era") or 100 <= y <= 150:
            if not 1 <= y <= 150:
                continue
            iso = _valid(y + 1911, int(m.group("m")), int(m.group("d")))
        elif y < 100 and len(m.group("y")) == 2:
            iso = _valid(_short_year(y), int(m.group("m")), int(m.group("d")))  # 15年3月2日: 2015 written short
        else:
            continue
        if iso:
            out.append((iso, m.start(), m.end()))
    for m in _scan(RE_CN_DATE, RE_CN_DATE_START, text):
        y = int("".join(str(_CN_DIGIT[c]) for c in m.group("y")))
        if len(m.group("y")) == 2:
            y = _short_year(y)
        month, day = m.group("m"), m.group("d")
        iso = _valid(y, int(month) if month.isdigit() else _cn_small(month), int(day) if day.isdigit() else _cn_small(day))
        if iso:
            out.append((iso, m.start(), m.end()))
    out.sort(key=lambda t: t[1])
    return out


def parse_date(value: object) -> str | None:
    """A date field (front matter, HTML meta) as ``YYYY-MM-DD``, or None."""
    if value is None:
        return None
    found = find_dates(str(value))
    return found[0][0] if found else None


@functools.cache
def _cues() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]], tuple[tuple[int, str, str], ...], int]:
    """The cues of ``boilerplate.tsv`` by where they apply, each with its rank (longest first):
    ``(whole-line cues, line-start cues, cues anywhere in a short line, longest start cue)``."""
    rows = sorted(resources.table("boilerplate.tsv", 3, 3), key=lambda r: -len(r[0]))
    line: dict[str, tuple[int, str]] = {}
    start: dict[str, tuple[int, str]] = {}
    within: list[tuple[int, str, str]] = []
    for rank, (cue, role, where) in enumerate(rows):
        if where == "line":
            line.setdefault(cue, (rank, role))
        elif where == "start":
            start.setdefault(cue, (rank, role))
        else:
            within.append((rank, cue, role))
    return line, start, tuple(within), max(map(len, start), default=0)


@functools.cache
def _cue_prechecks() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first characters of the line-start cues, and a pattern of the in-line cues: what
    :func:`_cue_role` tests before it looks any cue up."""
    _line, start, within, _longest = _cues()
    cues = sorted({cue for _, cue, _ in within}, key=lambda c: (-len(c), c))
    return frozenset(c[0] for c in start), re.compile("|".join(map(re.escape, cues)) if cues else "(?!)")


@functools.cache
def _spam_words() -> tuple[str, ...]:
    return tuple(line.strip() for _, line in resources.data_lines("spam.txt"))


def _cue_role(line: str) -> str | None:
    """The role the first matching cue gives (cues ranked longest first), or None.

    Lookups instead of a loop over every cue: whole-line cues by dict, start cues by the
    line's prefixes, in-line cues only for short lines."""
    s = line.strip().lstrip("【[(（ ")
    line_cues, start_cues, within, longest = _cues()
    best: tuple[int, str] | None = line_cues.get(s.rstrip(":：】] "))
    first_chars, within_rx = _cue_prechecks()
    # (a line whose first character starts no start cue has no prefix to look up)
    for n in range(1, min(longest, len(s)) + 1) if s[:1] in first_chars else ():
        hit = start_cues.get(s[:n])
        if hit and (best is None or hit[0] < best[0]):
            nxt = s[n : n + 1]
            if n >= 4 or not nxt or not RE_HAN.match(nxt):
                best = hit
    if len(s) < 60 and within_rx.search(s):  # (one scan finds whether any of them is there)
        for rank, cue, role in within:
            if best is not None and rank > best[0]:
                break
            if cue in s:
                best = (rank, role)
                break
    return best[1] if best else None


@functools.cache
def _spam_regex() -> re.Pattern[str]:
    return resources.word_regex(_spam_words())


def _is_spam(line: str) -> bool:
    """Two or more different spam words in the line."""
    if not _spam_regex().search(line):
        return False  # most lines: no spam word at all, found in one scan
    hits = 0
    for w in _spam_words():
        if w in line:
            hits += 1
            if hits >= 2:
                return True
    return False


def _is_nav(line: str) -> bool:
    # every separator holds one of |｜>＞»/: with fewer than two of them in the line, there
    # are not two separators (one scan for two of them)
    if RE_TWO_NAV_CHARS.search(line) is None:
        return False
    seps = _scan(RE_NAV_SEP, RE_NAV_START, line)
    if next(seps, None) and next(seps, None):  # two separators (as findall counts them)
        # a sentence may hold a slash or two; navigation is mostly separators and short labels
        pieces = [p for p in RE_NAV_SPLIT.split(line) if p.strip()]
        return all(len(p.strip()) <= 12 for p in pieces)
    return False


def _ends_sentence(s: str) -> bool:
    """The line closes like a sentence: final punctuation, or a closing bracket after a
    sentence (…增长5%。（完）) or inside a clause-bearing line; a closing bracket alone
    (热线:陕工网(029-…)) is a label's. A footnote mark after it (…提供。*) is no part of it."""
    s = s.rstrip("*※")
    if not s or not RE_FINAL_PUNCT.search(s):
        return False
    if s[-1] in ")）":
        return bool(re.search(r"[。！？!?，,；;]", s))
    return True


def _han_count(s: str) -> int:
    return len(RE_NON_HAN.sub("", s))  # what is left when the rest goes: no list of matches built


def _han_at_least(s: str, k: int) -> bool:
    """``_han_count(s) >= k``, asked of the line's first ``4 * k`` characters first: a paragraph
    that has them there is not counted to its end."""
    return len(s) > 4 * k and _han_count(s[: 4 * k]) >= k or _han_count(s) >= k


def _line_han(s: str) -> int:
    """The Han characters of a line as :func:`line_role` needs them: their count, or a count above
    30 of those of its first 64 characters. line_role asks whether there are at most 30, at least 12
    or at least 20, and 31 answer all three: a long paragraph is not scanned to its end."""
    han = _han_count(s[:64])
    if han <= 30 and len(s) > 64:
        han = _han_count(s)
    return han


def line_role(line: str) -> str:
    """The role of one line of a page: blank, spam, end, drop, nav, meta, text or short."""
    s = line.strip()
    if not s:
        return "blank"
    if _is_spam(s):
        return "spam"
    cue = _cue_role(s)
    if cue:
        return cue
    if RE_REPOST.match(s) or RE_URL_CREDIT.match(s):
        return "end"
    if _is_nav(s):
        return "nav"
    if RE_CLOCK.match(s):
        return "drop"
    han = _line_han(s)
    # (a caption names a picture or a photographer: 图, 摄 or 提供 in it)
    if len(s) <= 120 and ("图" in s or "摄" in s or "提供" in s) and RE_CAPTION.search(s):
        return "drop"
    if len(s) <= 90:
        # (文章来源:财联社): a credit in brackets (RE_BRACKETED needs one to open the line)
        bare = RE_BRACKETED.sub(r"\1", s) if s[0] in "(（" else s
        if (RE_CREDIT.search(bare) or RE_AUTHOR_LABEL.match(bare)) and not RE_FINAL_PUNCT.search(bare):
            return "meta"
    # a link's address is no prose ([mp.weixin.qq.com](https://…)某某): judge the line without it
    if "](" in s or "http" in s or "www." in s:
        s = RE_URL.sub("", s)
    if len(s) <= 60 and han <= 30 and not s.endswith("。") and find_dates(s):
        return "meta"
    if han >= 12 and RE_SENTENCE_PUNCT.search(s) and (_ends_sentence(s) or len(s) >= 60):
        return "text"
    # a whole sentence, then more of the next cut off (an excerpt's last line): prose
    # (a full stop: headlines may hold ！ or ？ and commas, hardly ever 。)
    if han >= 20 and "。" in s[:-1] and re.search(r"[，,、；;]", s):
        return "text"
    return "short"


@dataclass
class Layout:
    """A page split into body and metadata."""

    body: str
    title: str | None = None
    date: str | None = None
    year: int | None = None
    year_inferred: bool = False
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)


def _delivered(s: str) -> re.Match[str] | None:
    """``RE_DELIVERED.search(s)``, where ``s`` holds what every match ends with (…会上, …会议上)."""
    return RE_DELIVERED.search(s) if "会上" in s or "会议上" in s else None


def _legco_intro(s: str) -> re.Match[str] | None:
    """``RE_LEGCO_INTRO.search(s)``, where ``s`` holds what every match holds (议员的)."""
    return RE_LEGCO_INTRO.search(s) if "议员的" in s else None


def _byline_title(s: str) -> re.Match[str] | None:
    """``RE_BYLINE_TITLE.match(s)``, where ``s`` ends as every match does (a blank, a name)."""
    return RE_BYLINE_TITLE.match(s) if RE_BYLINE_TAIL.search(s, max(0, len(s) - 6)) else None


def _is_byline(s: str) -> bool:
    if RE_CREDIT.search(s) and re.search(r"来源|稿源|出处|来自|转自|转载", s[:8]):
        return False  # (文章来源:财联社): a credit, not the article's closing byline
    return bool(RE_ROLE_WORD.search(s) and RE_REPORTER.search(s) or RE_AUTHOR_LABEL.search(s)
                or re.search(r"文/图|摄影|供稿|^[(（].{2,30}[)）]$", s))


RE_FILE_NAME = re.compile(r"\.(?:mp3|mp4|m4a|wav|pdf|docx?|xlsx?|pptx?|wps|jpe?g|png|gif|zip|rar)$", re.I)
RE_LEADING_TAG = re.compile(r"^\s*【[^【】]{1,10}】\s*")
# a column or genre tag after a headline: (两会快报), 【图片报道】, (组图); not (试行)
_COLUMN = r"(?:快报|快讯|报道|速递|聚焦|专题|视点|观察|时评|短评|特写|图片|组图|图|全文|视频|直播|独家|访谈)"
RE_COLUMN_WORD = re.compile(_COLUMN + r"】$")
RE_TRAILING_TAG = re.compile(r"\s*[(（【\[][" + _HAN + r"]{0,4}" + _COLUMN + r"[)）】\]]\s*$")


def _headline_core(s: str, strict: bool = True) -> str:
    """A line with its leading tag (【科技局】) and a file extension taken off; with ``strict``,
    only for a line shaped like a headline that asks or exclaims (no clause before its mark)."""
    s = RE_FILE_NAME.sub("", RE_LEADING_TAG.sub("", s.strip()))
    if strict and not (re.search(r"[？！?!]$", s) and not re.search(r"[。，,；;：:、]|[？！?!].", s) and len(s) <= 60):
        return ""
    return s


_CN_SMALL_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
#: the number of a numbered item: 2. / 2、 / 二、 / （二） / (2), and the sub-items (a) and (ii)
RE_ITEM_NUMBER = re.compile(
    r"^(?:(?P<arabic>\d{1,2})[.．、](?!\d)|(?P<cn>[一二三四五六七八九十]{1,3})、|[(（](?P<pcn>[一二三四五六七八九十]{1,3})[)）]"
    r"|[(（](?P<parab>\d{1,2})[)）]|[(（](?P<sub>[a-z]|[ivx]{1,5})[)）])"
)


def _item_number(s: str) -> tuple[str, int] | None:
    """``(kind, value)`` of a numbered item's number; sub-items ((a), (ii)) are ``("sub", 0)``."""
    m = RE_ITEM_NUMBER.match(s)
    if m is None:
        return None
    kind = m.lastgroup
    if kind == "sub":
        return "sub", 0
    v = m.group(kind)
    if kind in ("cn", "pcn"):
        if "十" not in v:
            return (kind, _CN_SMALL_NUM[v]) if len(v) == 1 else None
        tens, _, ones = v.partition("十")  # 十, 十二, 二十, 二十三
        if len(tens) > 1 or len(ones) > 1 or "十" in ones:
            return None
        return kind, 10 * (_CN_SMALL_NUM[tens] if tens else 1) + (_CN_SMALL_NUM[ones] if ones else 0)
    return kind, int(v)


def _numbered_run(lines: list[str], roles: list[str], start: int, last_text: int, stop: int) -> int:
    """The last line of the body once the items that go on numbering it are counted in: a
    document whose later items are short (2. 申请人须符合以下条件: / (a) 持有有效牌照; / 3. …)
    holds no paragraph of prose after its first items, yet they are its text. An item counts when
    it continues a numbering of the body (the next number of a kind the body has), with the
    sub-items and short headings between such items."""
    seen: dict[str, int] = {}
    for i in range(start, last_text + 1):
        k = _item_number(lines[i].strip())
        if k and k[0] != "sub":
            seen[k[0]] = max(seen.get(k[0], 0), k[1])
    if not seen:
        return last_text
    headings, taken = 0, []
    for i in range(last_text + 1, stop):
        if roles[i] == "blank":
            continue
        if roles[i] not in ("short", "meta", "text"):
            break
        s = lines[i].strip()
        k = _item_number(s)
        if k and k[0] != "sub" and seen.get(k[0], -1) + 1 == k[1]:
            seen[k[0]] = k[1]
            headings = 0
            taken.append(i)
        elif k and k[0] == "sub" and headings == 0:
            taken.append(i)  # a sub-item under the text or the item before it ((a), (ii))
        elif headings == 0 and len(s) <= 8 and not re.search(r"[。；;，,：:！？!?\d]", s):
            headings += 1  # a heading between items (详情, 查询): in the body if an item follows
        else:
            break
    # the run's last items must be finished: on a page cut short (a store's excerpt) the item the
    # cut falls in (二、公开的范 / (四)关心我市的公益) is no text of the page's to judge
    while taken and not RE_FINISHED_ITEM.search(lines[taken[-1]].strip()):
        taken.pop()
    return taken[-1] if taken else last_text


#: a line that ends as a sentence, clause or lead-in does (or closes a bracket or quote)
RE_FINISHED_ITEM = re.compile(r"[。；;：:！？!?)）」”\"]$")


def _body_bounds(lines: list[str], roles: list[str]) -> tuple[int, int]:
    """Indices [start, stop) of the body lines."""
    n = len(lines)
    start = next((i for i, r in enumerate(roles) if r == "text"), None)
    if start is None:  # no paragraph at all: keep every non-furniture line
        keep = [i for i, r in enumerate(roles) if r in ("short",)]
        return (keep[0], keep[-1] + 1) if keep else (0, 0)
    # a headline asked or exclaimed (…的工作目标是什么?) has a sentence's shape: it is the
    # headline where the lines after it repeat it (an audio file's name, 【问】 and the question)
    while True:
        core = _headline_core(lines[start])
        later = [lines[k] for k in range(start + 1, min(n, start + 8)) if roles[k] != "blank"][:3]
        if not core or not any(core in _headline_core(x, strict=False) for x in later):
            break
        nxt = next((k for k in range(start + 1, n) if roles[k] == "text"), None)
        if nxt is None:
            break
        start = nxt
    # a salutation just before the first paragraph (各位代表:) belongs to the body
    j = start - 1
    while j >= 0 and roles[j] == "blank":
        j -= 1
    # (各位代表:, or an official document's addressees: 各省、自治区、直辖市人民政府，…：)
    if j >= 0 and roles[j] in ("short", "text") and RE_SALUTATION.search(lines[j].strip()) and len(lines[j].strip()) <= 80:
        start = j
        # an introduction over it (以下为今日立法会会议上…的书面答复: / 问题:)
        j -= 1
        while j >= 0 and roles[j] == "blank":
            j -= 1
        s = lines[j].strip() if j >= 0 else ""
        if roles[j] in ("short", "text") and RE_SALUTATION.search(s) and _han_count(s) >= 12 and len(s) <= 120:
            start = j
    # a document's numbered heading just before its first paragraph (第一章 总则, 一、总体要求)
    j = start - 1
    while j >= 0 and roles[j] in ("blank", "short"):
        if roles[j] == "short":
            if not RE_NUMBERED_HEADING.match(lines[j].strip()):
                break
            start = j
        j -= 1
    stop = next((i for i in range(start + 1, n) if roles[i] == "end"), n)
    last_text = _numbered_run(lines, roles, start, max(i for i in range(start, stop) if roles[i] == "text"), stop)
    end = last_text + 1
    # closing bylines after the last paragraph
    for i in range(last_text + 1, stop):
        if roles[i] == "blank":
            continue
        if roles[i] in ("short", "meta") and _is_byline(lines[i].strip()) and not _cue_role(lines[i]):
            end = i + 1
            continue
        # a short closing list item of the text ((二) 不涉及额外开支;)
        adjacent = all(roles[k] == "blank" for k in range(end, i))
        item = RE_LIST_ITEM.match(lines[i].strip()) or re.search(r"[；;]$", lines[i].strip())
        if roles[i] == "short" and adjacent and item and re.search(r"[。；;！？!?]$", lines[i].strip()) and _han_count(lines[i]) >= 8:
            end = i + 1
            continue
        # an official document's signature block: the issuing body, then the date
        nxt = next((j for j in range(i + 1, stop) if roles[j] != "blank"), None)
        if RE_ISSUER.fullmatch(lines[i].strip()) and nxt is not None and RE_BARE_DATE.fullmatch(lines[nxt]):
            end = nxt + 1
            continue
        if RE_BARE_DATE.fullmatch(lines[i]) and end == i:
            end = i + 1
            continue
        break
    return start, end


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text is broken at (a law database's text wrapped at 24
    characters): the length of six or more lines of twelve Chinese characters or more, and of a
    third of them. None: the text is not hard-wrapped."""
    lengths: dict[int, int] = {}
    long = 0
    for line in lines:
        s = line.strip()
        if len(s) >= 12 and _han_at_least(s, 12):
            long += 1
            lengths[len(s)] = lengths.get(len(s), 0) + 1
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    return width if width >= 16 and count >= 6 and count * 3 >= long else None


def _hard_wrapped(lines: list[str], roles: list[str]) -> None:
    """Prose broken at a fixed width: its full lines of a clause are text, though no one of
    them ends a sentence, and so is the rest of a sentence on the line after (…制定本条\n例。)."""
    width = wrap_width([line for line, role in zip(lines, roles, strict=True) if role in ("short", "text")])
    if width is None:
        return
    full = False
    for i, line in enumerate(lines):
        s = line.strip()
        if roles[i] == "short" and len(s) == width and _han_at_least(s, 12) and RE_SENTENCE_PUNCT.search(s):
            roles[i] = "text"
            full = True
        elif full and roles[i] == "short" and len(s) < width and _ends_sentence(s):
            roles[i] = "text"
            full = False
        elif s:
            full = roles[i] == "text" and len(s) == width


RE_SIGNED_REST = re.compile(r"[^。!?！？]{2,80}?\s(?:(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日"
                            r"|[〇○零一二三四五六七八九][〇○零OoＯ0一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)")
RE_LAW_HISTORY_END = re.compile(r"(?:号\s*令|号\s*函)[^。]{0,40}?(?:施行|实施|生效|公布|发布|修正|订定)(?:(?:全文|第)[^。]{0,60}?条(?:条文)?)?$")  # (…号令订定发布全文十五条)


def _trim_unfinished(body_lines: list[str]) -> None:
    """An excerpt cut off mid-sentence (the page's last paragraph stops without its full stop)
    ends at its last whole sentence; a last line with no sentence end at all goes."""
    while body_lines:
        last = body_lines[-1]
        if (
            len(last) < 40
            and len(body_lines) > 1
            and re.search(r"[，,]", last)
            and RE_HAN.match(last[-1])
            and re.search(r"[。；;！？!?]$", body_lines[-2])
            and not _is_byline(last)
        ):
            body_lines.pop()  # a list item or a paragraph cut off after its first clause
            return
        if _ends_sentence(last) or len(last) < 40 or not RE_SENTENCE_PUNCT.search(last) or last[-1] in "；;":
            return  # a heading, a byline, a signature, a list item closed by ；: not an unfinished paragraph
        if RE_LAW_HISTORY_END.search(last) or re.search(r"(?:施行|实施|生效)$", last):
            return  # a law's history, its entries closed by their act (…号令修正发布, …起施行), or a
            # closing clause, without 。
        ends = [m.end() for m in RE_SENTENCE_END.finditer(last)]
        if ends:
            cut = ends[-1]
            while cut < len(last) and last[cut] in "”」』’\"":
                cut += 1
            rest = last[cut:].strip()
            if rest[:1] in "(（[【" or _is_byline(rest) or RE_SIGNED_REST.fullmatch(rest.rstrip(" |｜")):
                return  # a closing byline after the last sentence ((兰州日报评论员); a signature, its date last
            body_lines[-1] = last[:cut]
            return
        body_lines.pop()


@functools.cache
def _agencies() -> tuple[str, ...]:
    return tuple(sorted((w.strip() for _, w in resources.data_lines("wire_agencies.txt")), key=len, reverse=True))


def _agency_start(o: str) -> int:
    """Where a known agency begins in a dateline's agency group (一起草中新网 -> 3), else 0."""
    for a in _agencies():
        if o.endswith(a):
            return len(o) - len(a)
    return 0


# a year that has not happened: a target (到2027年, 2027年前), or the end of a plan's range
# ((2023—2027年), or 2023—2027年 where the page sets targets for 2027)
# (到 opening a clause or after 力争; 增加到, 提高到 say what a figure reached)
RE_TARGET_BEFORE = re.compile(r"(?:(?:^|[，,。；;：:、\s(（])到|力争|预计|计划|目标|展望|争取)\s*(?:到\s*)?$")
RE_RANGE_BEFORE = re.compile(r"(?:[—\-–~～至]|年至)\s*$")
RE_AHEAD_AFTER = re.compile(r"^\s*(?:年)?(?:底|末|年底|年末)?(?:之?前|以前|将|要|力争|实现|达到)")
RE_RANGE_START = re.compile(r"(?<![0-9])((?:19|20)\d{2})\s*[—\-–~～至]+\s*(?:19|20)\d{2}\s*年")
RE_CN_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十0-9])(?P<y>[一二][〇○零0一二三四五六七八九]{3})年")
RE_CN_YEAR_START = re.compile(r"[一二][〇○零0一二三四五六七八九]{3}年")  # where RE_CN_YEAR can match (see _scan)


def _latest_year(text: str) -> int | None:
    """The year a page implies: the latest dated item on it that has happened, full dates
    first, then bare years (2019年, 二〇〇七年); never a target or the end of a plan's range."""
    mentions: list[tuple[int, int, int]] = []  # (year, start, end of its digits)
    for m in _scan(RE_YEAR_ONLY, RE_YEAR_DIGITS, text):
        mentions.append((int(m.group(1)), m.start(), m.end() - 1))
    for m in _scan(RE_RANGE_START, RE_YEAR_DIGITS, text):  # a range's first year (2023—2027年) has come
        mentions.append((int(m.group(1)), m.start(), m.start() + 4))
    for m in _scan(RE_CN_YEAR, RE_CN_YEAR_START, text):
        y = int("".join(str(_CN_DIGIT.get(c, 0)) for c in m.group("y")))
        if 1900 <= y <= 2100:
            mentions.append((y, m.start(), m.end() - 1))

    def target(start: int, end: int) -> bool:
        return bool(RE_TARGET_BEFORE.search(text[max(0, start - 5) : start]) or RE_AHEAD_AFTER.match(text[end : end + 6]))

    targets = {y for y, a, b in mentions if target(a, b)}

    def happened(y: int, start: int, end: int) -> bool:
        if target(start, end):
            return False
        if RE_RANGE_BEFORE.search(text[max(0, start - 3) : start]):
            bracketed = re.search(r"[(（《]\s*(?:19|20)\d{2}\s*[—\-–~～至年]*\s*$", text[max(0, start - 12) : start])
            return not bracketed and y not in targets
        return True

    dated = [d for d, a, b in find_dates(text) if happened(int(d[:4]), a, b)]
    if dated:
        return int(max(dated)[:4])
    years = [y for y, a, b in mentions if happened(y, a, b)]
    return max(years) if years else None


def _wire_date(opening: str, posted: str | None) -> str | None:
    """The day a wire dateline gives (新华社北京3月5日电), in the year of the posting time:
    the story's date, not the hour a portal put it up (a day or weeks later)."""
    import datetime

    m = RE_WIRE_DATELINE.match(re.sub(r"^[【\[]?据", "", opening.strip()))
    if not m or not posted:
        return None
    mm, dd = (int(x) if x.isdigit() else _cn_small(x) for x in (m.group("m"), m.group("d")))
    p = datetime.date.fromisoformat(posted)
    for y in (p.year, p.year - 1):
        iso = _valid(y, mm, dd)
        if iso and 0 <= (p - datetime.date.fromisoformat(iso)).days <= 60:
            return iso
    return None


def _outside_brackets(s: str, pos: int) -> bool:
    depth = 0
    for ch in s[:pos]:
        depth += ch in "(（《〈「『【["
        depth -= ch in ")）》〉」』】]"
    return depth <= 0


def _clean_title(s: str) -> str:
    s = RE_LABEL_PREFIX.sub("", s.strip())
    # a subtitle after a dash (——访…); a dash inside brackets ((2023—2025年)) is a range
    m = next((m for m in RE_SUBTITLE_DASH.finditer(s) if _outside_brackets(s, m.start())), None)
    if m and _han_count(s[: m.start()]) >= 4:
        s = s[: m.start()]
    # a column tag before or after it (【科技局】, (两会快报)) is no part of the headline
    s = RE_TRAILING_TAG.sub("", s)
    # (a column's or an office's tag: 【图片报道】, 【科技局】; a page's own mark such as 【转载】 stays)
    lead = RE_LEADING_TAG.match(s)
    if lead and _han_count(s[lead.end() :]) >= 4 and (RE_COLUMN_WORD.search(lead.group()) or RE_ISSUER.fullmatch(lead.group().strip(" 【】"))):
        s = s[lead.end() :]
    # decoration around a headline (******, ====)
    s = re.sub(r"^[*#=~_·•]+|[*#=~_·•]+$", "", s.strip(" \u3000"))
    return s.strip(" \u3000")


def _line_counts(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for x in lines:
        x = x.strip()
        if x:
            counts[x] = counts.get(x, 0) + 1
    return counts


def _is_issuer_line(s: str) -> bool:
    """One or more issuing bodies and nothing else (某市统计局; 某市科技局 某市财政局)."""
    s = s.strip()
    return bool(RE_ISSUERS.fullmatch(s)) and not re.search(r"关于|的|在|与|和", s)


def _is_dated_headline(s: str) -> bool:
    """A headline with its date in brackets at the end (立法会书面质询:《某基金》(2017.04.12)):
    the date tags the headline, the line is no dateline."""
    s = s.strip()
    m = re.search(r"[(（]\s*([^()（）]{6,20})\s*[)）]$", s)
    if not m or not find_dates(m.group(1)) or find_dates(s[: m.start()]):
        return False
    head = s[: m.start()]
    if RE_CREDIT.search(head) or RE_AUTHOR_LABEL.search(head) or RE_FIELD_LABEL.match(head) or _is_nav(head):
        return False
    return _han_count(head) >= 6 and not RE_SENTENCE_END.search(head)


def _header_issuers(header: list[str]) -> tuple[set[int], str | None]:
    """An official byline above the text: issuer lines over a date line (某市统计局 /
    (2019年5月20日)). Their indices, and the (first) issuing body."""
    idx: set[int] = set()
    first = None
    for i, s in enumerate(header):
        if not (RE_DATE_LINE.fullmatch(s) or RE_DAY_ONLY_LINE.match(s.strip())):
            continue
        j = i - 1
        while j >= 0 and _is_issuer_line(header[j]):
            idx.add(j)
            j -= 1
        if j < i - 1 and first is None:
            first = re.split(r"[\s、,，]+", header[j + 1].strip())[0]
    return idx, first


def _title_from(header: list[str], header_roles: list[str], page: list[str] | None = None) -> str | None:
    """The headline: a labelled title (``标题：``) of a metadata table, else the last
    headline-like line before the dateline (or before the body)."""
    for s in header:
        m = RE_TITLE_LABEL.match(s.strip())
        if m and _han_count(m.group(1)) >= 4:
            return _clean_title(m.group(1))
    # a Markdown heading underlined with ===== (a saved page's title) is the headline
    for i in range(len(header) - 1):
        if re.fullmatch(r"\s*={3,}\s*", header[i + 1]) and _han_count(header[i]) >= 4 and not RE_URL.search(header[i]):
            return _clean_title(header[i])
    dated = {i for i, s in enumerate(header) if _is_dated_headline(s)}
    dateline = next((i for i, r in enumerate(header_roles) if r == "meta" and i not in dated), len(header))
    issuers, _ = _header_issuers(header)
    cands = []
    for i, (s, r) in enumerate(zip(header, header_roles)):
        s = s.strip()
        if i in issuers:
            continue  # an issuer's byline over its date: the source, not the headline
        if r not in ("short", "text") and i not in dated or not _han_at_least(s, 5) or len(s) > 100:
            continue
        if RE_LABEL_PREFIX.match(s) or RE_FIELD_LABEL.match(s) or s.startswith(("——", "--", "—")) or _byline_title(s):
            continue
        if RE_DAY_ONLY_LINE.match(s):
            continue  # (a cover's month under its body, 二○二一年九月: no headline)
        if len(s) <= 30 and RE_ROLE_WORD.search(s) and any(m.group("names") for m in RE_REPORTER.finditer(s)):
            continue  # 本报记者 赵六: a byline
        if re.fullmatch(r"[【\[].*[】\]]", s) or s.endswith(("：", ":")) or RE_DOC_NUMBER.fullmatch(s):
            continue
        if RE_FILE_NAME.search(s):
            continue  # a file's name (….mp3): an attachment
        if RE_URL.search(s):
            continue  # a link ([mp.weixin.qq.com](https://…)某某): the site, not the headline
        cands.append(i)
    # a headline the page repeats (an e-edition's title list, a related list that holds the
    # article itself) is the headline; a subtitle or a site line stands once
    seen = _line_counts(page or header)
    repeated = [i for i in cands if seen.get(header[i].strip(), 0) >= 2 and not _is_nav(header[i])]
    before = [i for i in cands if i < dateline]
    pick = repeated[0] if repeated else before[-1] if before else (cands[-1] if cands else None)
    return _clean_title(header[pick]) if pick is not None else None


def _outlet(src: str) -> str:
    src = src.strip(" \u3000:：/()（）[]【】")
    # a repost credits "portal-newspaper": the newspaper is the source
    parts = [p for p in re.split(r"\s*[-－_—|｜]\s*", src) if p]
    return parts[-1] if parts else src


@functools.cache
def _non_names() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``(words anywhere, words at the start, words at the end)`` of ``layout_non_names.txt``."""
    words = [w.strip() for _, w in resources.data_lines("layout_non_names.txt")]
    return (
        tuple(w for w in words if not w.startswith("^") and not w.endswith("$")),
        tuple(w[1:] for w in words if w.startswith("^")),
        tuple(w[:-1] for w in words if w.endswith("$")),
    )


def is_name(tok: str) -> bool:
    """A person's name as bylines give it: two to four Chinese characters (a ``·`` inside for
    transliterations) that are no interface word or reporting phrase."""
    if not RE_NAME.match(tok) or RE_NON_NAME.search(tok):
        return False
    anywhere, starts, ends = _non_names()
    return not any(w in tok for w in anywhere) and not tok.startswith(starts) and not tok.endswith(ends)


def _split_names(s: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s、,，;；/]+", s.strip()):
        tok = tok.strip("()（）[]【】 ")
        if is_name(tok):
            out.append(tok)
    return out


_ROLE_WORDS = ("记者", "通讯员", "评论员", "实习生")  # one of them is in every match of RE_REPORTER
RE_ROLE_WORD = re.compile("|".join(_ROLE_WORDS))  # (a line without one holds no match: not scanned)


def _reporter_matches(s: str) -> Iterator[re.Match[str]]:
    """``RE_REPORTER.finditer(s)``, tried only just before a role word: a match opens at most
    25 characters before its role word (an outlet of up to 20, 全媒体 or 特约, 特约评论员's 特约),
    and RE_REPORTER's lazy outlet makes a scan of the whole line try 20 lengths at every character."""
    pos, n = 0, len(s)
    while pos < n:
        role = min((i for i in (s.find(w, pos) for w in _ROLE_WORDS) if i >= 0), default=-1)
        if role < 0:
            return
        for p in range(max(pos, role - 25), role + 1):
            m = RE_REPORTER.match(s, p)
            if m:
                yield m
                pos = m.end()
                break
        else:
            pos = role + 1


def _reporters(s: str) -> tuple[list[str], str | None]:
    """Names and outlet of the reporter bylines in ``s``."""
    names: list[str] = []
    outlet = None
    if not any(role in s for role in _ROLE_WORDS):
        return names, outlet
    for m in _reporter_matches(s):
        got = _split_names(m.group("names") or "")
        org = (m.group("org") or "").strip("(（ ")
        org_clean = re.split(r"[·・]", re.sub(r"(报)社$", r"\1", org))[-1]  # 某某新闻·某某晚报: the paper
        if got:
            names += [g for g in got if g not in names]
        elif m.group("role").endswith("评论员") and org:
            names.append(org + m.group("role"))
        if org_clean and re.search(r"报|网|台|社|新闻", org_clean) and not org_clean.startswith("本"):
            outlet = outlet or org_clean
    return names, outlet


# a forum post's raw BBCode ([b]…[/b], [align=center]…[/align], [size=3]): its block tags end
# lines, the others are read away
_BB_NAMES = r"(?:b|i|u|s|align|color|font|size|backcolor|indent|p|quote|list|table|tr|td|url|img|hr|br|\*)"
RE_BBCODE_TAG = re.compile(r"\[/?" + _BB_NAMES + r"(?:=[^\[\]\n]{0,40})?\]", re.IGNORECASE)
RE_BBCODE_BLOCK = re.compile(r"\[(?:/(?:align|p|quote|list|table|tr)|br|hr|\*)\]", re.IGNORECASE)


def _unbbcode(text: str) -> str:
    """``text`` with its BBCode read away, when it has some (four tags or more, one a closing tag)."""
    if "[/" not in text or len(RE_BBCODE_TAG.findall(text, 0, 20000)) < 4:
        return text
    return RE_BBCODE_TAG.sub("", RE_BBCODE_BLOCK.sub("\n", text))


def clean(text: str, *, fields: dict | None = None) -> Layout:
    """Split a normalised page into its body and metadata.

    ``fields`` are metadata already known (front matter, HTML ``<meta>``): they win
    over what the page's lines say, except an official document's own date.
    """
    fields = fields or {}
    text = _unbbcode(text)
    lines = text.split("\n")
    roles = [line_role(line) for line in lines]
    _hard_wrapped(lines, roles)
    start, end = _body_bounds(lines, roles)
    body_lines = [
        lines[i].strip() for i in range(start, end) if roles[i] in ("text", "short", "meta") and lines[i].strip()
    ]
    _trim_unfinished(body_lines)
    if body_lines:
        # a wire dateline opens the story: a label glued before it on its line is furniture
        m = RE_WIRE_DATELINE.search(body_lines[0][:40])
        if m:
            at = m.start() + _agency_start(m.group("o"))
            head = body_lines[0][:at]
            if 0 < at <= 16 and not RE_SENTENCE_PUNCT.search(head) and not head.endswith("据"):
                body_lines[0] = body_lines[0][at:]
    header = [lines[i] for i in range(start) if roles[i] != "blank"]
    header_roles = [roles[i] for i in range(start) if roles[i] != "blank"]
    tail = [lines[i] for i in range(end, len(lines)) if roles[i] not in ("blank", "spam")]
    tail_roles = [roles[i] for i in range(end, len(lines)) if roles[i] not in ("blank", "spam")]
    lay = Layout(body="\n".join(body_lines), header=header, tail=tail)

    # title
    lay.title = fields.get("title") or _title_from(header, header_roles, header + tail)
    if fields.get("title") and "_" in str(fields["title"]):
        # a saved page's title field writes a file name's _ for / : ? and the like: the page's
        # own line, where it stands there, keeps the character
        pat = re.compile("".join(r'[/\\:*?"<>|_]' if c == "_" else re.escape(c) for c in str(fields["title"]).strip()))
        lines_seen = (RE_LABEL_PREFIX.sub("", x.strip()) for x in header + body_lines[:5])  # 原标题：…
        own_line = next((x for x in lines_seen if pat.fullmatch(x)), None)
        lay.title = own_line or lay.title
    if lay.title:
        lay.title = _clean_title(str(lay.title))

    # date: an official document's own date, then given fields, then the header's dateline
    own = None
    # a speech's delivery (2025年3月21日在…会议上), its heading maybe broken over lines
    m = _delivered("".join(x.strip() for x in header[-6:]))
    for s in ([m.group(0)] if m else []) + body_lines[:3]:
        m = _delivered(s)
        if m:
            own = parse_date(m.group(0))
            break
    if not own:
        # a metadata table's 成文日期: the document's own date, not the day it was posted
        for s in header:
            lm = RE_OWN_DATE_LABEL.search(s)
            found = find_dates(s[lm.end() : lm.end() + 40]) if lm else []
            if found:
                own = found[0][0]
                break
    issuer = None
    # an official document's signature block: the issuing body, then the date, each on its line
    for i, s in enumerate(body_lines):
        if i and RE_BARE_DATE.fullmatch(s) and RE_ISSUER.fullmatch(body_lines[i - 1].strip()):
            own = own or parse_date(s)
            issuer = body_lines[i - 1].strip()
            break
    if not own and body_lines and RE_BARE_DATE.fullmatch(body_lines[-1]):
        own = parse_date(body_lines[-1])
    header_date = None
    for s, r in zip(header, header_roles):
        if r in ("meta", "short", "drop", "nav") and len(s.strip()) <= 90 and not RE_CLOCK.match(s.strip()):
            found = find_dates(s)
            if found:
                header_date = found[0][0]
                break
    if header_date is None:
        for s in tail:
            if re.search(r"发布时间|发布日期|时间\s*[:：]|日期\s*[:：]", s):
                found = find_dates(s)
                if found:
                    header_date = found[0][0]
                    break
    if header_date is None:
        # a republished page: the original's date in the credit (转自公众号"X"2024年10月16日)
        for s in header + tail:
            found = find_dates(s) if RE_REPOST.match(s.strip()) else []
            if found:
                header_date = found[0][0]
                break
    posted = parse_date(fields.get("date")) or header_date
    # (a paper's edition date is the day the paper ran the story: no posting time)
    edition = any(RE_EDITION.search(x) for x in header)
    lay.date = own or (None if edition else _wire_date(body_lines[0] if body_lines else "", posted)) or posted
    if lay.date:
        lay.year = int(lay.date[:4])
    else:
        lay.year = _latest_year(text)
        lay.year_inferred = lay.year is not None

    # source and authors
    authors: list[str] = []
    source = None
    fm_author = fields.get("author") or fields.get("authors")
    fm_outlet = None
    if fields.get("source"):
        source = _outlet(str(fields["source"]))
    if fm_author:
        vals = fm_author if isinstance(fm_author, list) else [fm_author]
        for v in vals:
            v = str(v).strip()
            names = _split_names(v)
            if names:
                authors += [n for n in names if n not in authors]
            elif RE_HAN.search(v):
                # an organisation in the author field (a portal, a channel): the page's source
                # when nothing on the page credits one
                fm_outlet = fm_outlet or _outlet(v)
            elif RE_LATIN_NAME.match(v):
                authors.append(v)
    byline_outlet = None
    first_end = next((k for k, r in enumerate(tail_roles) if r == "end"), len(tail))
    for k, s in enumerate(header + tail):
        s = s.strip()
        rp = (RE_REPOST_SOURCE.search(s) or RE_REPOST_VERB.search(s)) if RE_REPOST.match(s) else None
        m = None if rp else RE_CREDIT.search(s)
        if rp and not source:
            source = _outlet(rp.group("o"))
        if m and not source:
            source = _outlet(m.group("src"))
        if m and m.group("rest"):
            rest = re.sub(r"(?:作者|责任编辑|编辑|时间|日期)\s*[:：/].*$", "", m.group("rest"))
            authors += [n for n in _split_names(rest) if n not in authors]
        am = RE_AUTHOR_LABEL.search(s)
        if am and not re.search(r"编辑\s*[:：/]", s[: am.start() + 3]):
            authors += [n for n in _split_names(am.group("names")) if n not in authors]
        bm = _byline_title(s)
        # (not past the tail's first end: a reposting account's own promotion)
        if bm and bm.group("name") not in authors and k <= len(header) + first_end:
            authors.append(bm.group("name"))
    # reporters and commentators: header bylines, the body's closing lines
    for s in header + body_lines[-3:] + body_lines[:1]:
        if re.match(r"\s*(责任)?编辑", s):
            continue
        # bylines open or close a paragraph: a long line is searched at its ends only
        names, outlet = _reporters(s if len(s) <= 320 else s[:120] + "\n" + s[-200:])
        authors += [n for n in names if n not in authors]
        byline_outlet = byline_outlet or outlet
    # wire copy: the agency opens the story (新华社北京3月5日电, 据中新社兰州1月2日电) and
    # credits it even on a paper's e-edition page
    opening = re.sub(r"^[【\[]?据", "", body_lines[0].strip()) if body_lines else ""
    wire = RE_WIRE_DATELINE.match(opening)
    if wire:
        if not any(RE_CREDIT.search(x) for x in header):
            source = source or wire.group("o")[_agency_start(wire.group("o")) :]
        wm = RE_WIRE_NAMES.match(opening[wire.end() :])
        if wm:
            authors += [n for n in _split_names(wm.group("names")) if n not in authors]
    if not source and body_lines:
        m = RE_OPENING_OUTLET.match(body_lines[0].strip())
        if m:
            source = m.group("o")
    if not source:
        for s in header + tail:
            m = RE_DATELINE_OUTLET.search(s) or RE_EDITION.search(s)
            if m:
                source = m.group("o")
                break
    if not source and body_lines:
        # wire copy: the agency opens the story (新华社北京3月5日电, 中新社兰州1月2日电)
        m = RE_WIRE_DATELINE.match(body_lines[0].strip())
        if m:
            source = m.group("o")
        # a legislature's question and answer: the answering office, asker and answerer
    answer_office = None
    for s in header[-3:] + body_lines[:3]:
        lm = _legco_intro(s)
        if lm:
            answer_office = lm.group("office")
            authors += [n for n in (lm.group("asker"), lm.group("answerer")) if n and is_name(n) and n not in authors]
            break
    if not answer_office:
        for i, s in enumerate(body_lines[:-1]):
            if RE_ANSWER_HEAD.match(s.strip()):
                am = RE_ANSWER_OPENING.match(body_lines[i + 1].strip())
                if am:
                    answer_office = am.group("office")
                break
    if not source and answer_office:
        source = answer_office
    if not source and byline_outlet:
        source = byline_outlet
    if not issuer:
        issuer = _header_issuers(header)[1]
    if not source and issuer:
        source = issuer
    if not source and fm_outlet:
        source = fm_outlet
    if not source:
        for s in header:
            bm = _byline_title(s.strip())
            if bm:
                source = re.sub(r"(党组|党委)$", "", bm.group("org"))
                break
    lay.source = source
    lay.authors = authors
    return lay
