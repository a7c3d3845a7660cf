"""Where a document names its own issuing body when no title, table or signature does.

:func:`policymine.extract.document.document_meta` reads the issuers from the conventions of a
document's title block, its disclosure table and its signature. A page that shows none of them in
their usual shapes (a letter's heading run on with its date and number, a notice whose text opens
with its body as the subject, a set of rules that calls its body 本府 after naming it, a release
dated at its body's office) still names its issuer, in one of a few places that every kind of
document shares. :func:`issuer_evidence` reads those places, in this order:

1. a body the text defines as itself: ``某县政府(以下简称本府)``;
2. a heading of the body and what follows its name on the line: its form (``某部函``, ``某委员会
   公告``), a date or a number (``某部108.10.3某字第…号函``); or the body alone over the salutation
   (``某县人民政府`` / ``全县广大干部群众:``);
3. the body a speaker speaks for: ``我代表某县人民政府``, ``我谨代表某某政府``; in a government's work
   report, a rank's government named without its place (``我代表省人民政府``) is the government of
   the place whose congress hears it (``在某省第六届人民代表大会第五次会议上``);
4. the subject of the text's opening sentence, after the rules it cites: ``根据…的规定,某局现公布…``,
   ``某署宣布,…``, ``某处今日出版…``;
5. the body the title opens with: ``某市人民检察院某某办法``, ``某县政府某某规范``;
6. the office a date line at the foot names: ``二零三一年九月十日于某某办公室`` (its holder, where
   the holder signs under it);
7. a body alone at the foot over a date of any form (``10月14日``) or over a release's contacts
   (``发言人:…``).

A body is a run of Han characters ending in the head of an issuing body's name
(``data/doc_heads.txt``, and the heads of the offices that issue notices in Taiwan, Hong Kong and
Macau, ``data/issuer_heads.txt``); what stands before it in the same run (a clause's opening word,
an item's number) is cut by the words that open no body's name (``data/issuer_openers.txt``). The
verbs and adverbs that follow a subject (``data/subject_cues.txt``) are data too.
"""

from __future__ import annotations

import functools

from .. import resources
from ..compiled import re
from ..lang import HAN

__all__ = ["issuer_evidence", "body_of", "contact_foot", "title_body"]


@functools.cache
def _heads() -> str:
    from .document import _HEADS

    return "(?:" + "|".join(sorted(_extra_heads(), key=len, reverse=True)) + "|" + _HEADS[3:]


@functools.cache
def _openers() -> tuple[str, ...]:
    return tuple(sorted((line.strip() for _, line in resources.data_lines("issuer_openers.txt")), key=len, reverse=True))


@functools.cache
def _cues() -> str:
    return "|".join(sorted((line.strip() for _, line in resources.data_lines("subject_cues.txt")), key=len, reverse=True))


@functools.cache
def _body_rx() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{1,30}}{_heads()}")


_H = f"[{HAN}]"
# a day as documents write it in a date line (2031年9月10日, 二零三一年九月十日, 108年10月3日)
_DAY = r"(?:[〇○零一二三四五六七八九十\d]{2,4}\s*年\s*[〇○零一二三四五六七八九十\d]{1,3}\s*月\s*[〇○零一二三四五六七八九十\d]{1,3}\s*日)"


@functools.cache
def _extra_heads() -> tuple[str, ...]:
    return tuple(line.strip() for _, line in resources.data_lines("issuer_heads.txt"))


# a name of a rank's body without its place (县人民政府, 市政府, 区第七届人民政府): the page's own, whose
# place the text gives elsewhere; no name of a body by itself
RE_BARE_RANK = re.compile(r"^(自治区|自治州|自治县|省|市|县|区|旗|州|盟)(?:第[一二三四五六七八九十]+届)?(?:人民)?政府")
# the occasion of a report to a congress: its place, the congress's term and session (在某县第十三届人民代表大会第五次会议上)
RE_CONGRESS_OCCASION = re.compile(rf"在(?P<place>[{HAN}]{{2,15}}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟))第[一二三四五六七八九十\d]+届人民代表大会"
                                  r"(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议上")
def rank_placed(rank, occasion, rest: str = "人民政府") -> str | None:
    """The body a rank names without its place (``rank``, a match whose first group is the rank:
    of :data:`RE_BARE_RANK`, 省人民政府, or :data:`RE_BARE_JUDICIAL`), placed by the congress a
    report is given to (``occasion``, a match of :data:`RE_CONGRESS_OCCASION`): the place and
    ``rest``; None when either is missing or their ranks differ."""
    if rank and occasion and occasion.group("place").endswith(rank.group(1)):
        return occasion.group("place") + rest
    return None


# a court or procuratorate named by its rank alone (市人民检察院, 省高级人民法院, 县人民法院)
RE_BARE_JUDICIAL = re.compile(r"(?P<rank>自治区|自治州|自治县|省|市|县|区|旗|州|盟)(?P<rest>(?:高级|中级)?人民(?:法院|检察院))")


def judicial_placed(org: str, occasion) -> str | None:
    """A court or procuratorate named by its rank alone (``市人民检察院``), placed by the congress its
    report is given to (:func:`rank_placed`): 某市人民检察院."""
    m = RE_BARE_JUDICIAL.fullmatch(org)
    return rank_placed(m, occasion, m.group("rest")) if m else None


# 处 that is no office's head: a verb's or a place's (仍处, 所处, 之处, 到处, 各处)
RE_NO_OFFICE = re.compile(r"[仍所之到此各何相身难好正尚均已深远近共同独四多两一]处$")
# a head alone, or a term's number before it (政府, 人民政府, 第四届人民政府): no body's name
RE_ONLY_HEAD = re.compile(r"(?:第[一二三四五六七八九十]+届)?(?:人民)?(?:政府|委员会|办公室|办公厅|常务委员会)")
# a document's clause about itself before a name (本规程依, 本办法根据)
# a clause of the opening sentence that opens with the body deciding what the document says
# (经某县政府研究决定: the body that approved it, named after 经, is no subject)
RE_DECIDING = re.compile(rf"[,，;；](?!经(?!济))(?P<org>[{HAN}]{{3,30}}?)(?:经(?:认真)?研究(?:决定|同意)?|研究决定|决定)")
RE_SELF_CLAUSE = re.compile(r"本[^本]{1,5}?(?:依据|根据|依照|按照|依)")
# a count of places, no place's name (十县百乡, 各乡镇)
RE_COUNTED = re.compile(r"[十百千万两几多各][省市县区乡镇村]")  # (斗六市, 五华区: a numeral inside a place's name)


def _valid(cand: str) -> bool:
    from .document import is_issuer_line

    if len(cand) < 3 or not _body_rx().fullmatch(cand) or cand.startswith(_openers()) or RE_BARE_RANK.match(cand):
        return False
    if RE_COUNTED.search(cand):
        return False
    if cand.endswith(_extra_heads()):
        return not RE_NO_OFFICE.search(cand)
    return is_issuer_line(cand)


def body_of(run: str) -> str | None:
    """The issuing body a run of text ends with: its longest tail that is a body's name and opens
    with no clause word (``一、某县政府`` -> ``某县政府``; ``由于某某`` -> None)."""
    m = re.search(rf"[{HAN}]+$", run.strip())
    if not m:
        return None
    han = re.split("丨", m.group())[-1]  # (丨, a Han character, divides a portal's names: 政务服务丨某市人民政府)
    tails, i = [], 0
    while i < len(han) - 2:
        opener = next((w for w in _openers() if han.startswith(w, i)), None)
        if opener:
            i += len(opener)  # (no name opens inside a clause's word: 确定某县 is no 定某县)
            continue
        clause = RE_SELF_CLAUSE.match(han, i)
        if clause:
            i = clause.end()  # (nor inside a document's clause about itself: 本规程依某市政府…)
            continue
        if RE_BARE_RANK.match(han[i:]) or RE_ONLY_HEAD.fullmatch(han[i:]):
            break  # (a rank's body without its place: none of its tails is a body either)
        if _valid(han[i:]):
            tails.append(han[i:])
        i += 1
    # (the longest that opens with a place the gazetteers know: 确定某县政府 -> 某县政府, not 定某县政府)
    return next((t for t in tails if _opens_with_place(t)), tails[0] if tails else None)


def _opens_with_place(name: str) -> bool:
    from .document import _counties, _places

    table, counties = _places()[0], _counties()
    return any(name[:k] in table or name[:k] in counties for k in range(2, min(10, len(name))))


@functools.cache
def _continuations() -> re.Pattern[str]:
    words = [line.strip() for _, line in resources.data_lines("head_continuations.txt")]
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


def _ends_word(han: str, k: int) -> bool:
    """Does a name's head end at ``k`` in ``han``, no word running on through its last character
    (部门, 局长, 政府网) or ending in it that is no head (干部, 格局, 到处)?"""
    for w in range(2, 5):
        for a in range(max(0, k - w), k):
            if a + w <= len(han) and a + w >= k and _continuations().fullmatch(han[a : a + w]):
                return False
    return True


def title_body(title: str) -> str | None:
    """The body a title opens with (``某市人民检察院某某办法``): the shortest name at its head, run on
    while the next name is of a body under it (``某院某委员会``)."""
    t = re.sub(r"^\s*(?:[(（][^()（）]{1,10}[)）])?\s*(?:(?:19|20)\d\d\s*年度?)?", "", title)
    if re.match(_DAY, t):
        return None  # (a date line taken for the title)
    # (bodies one after another between spaces before the rest: 某省统计局 国家统计局某某调查总队 某某公报)
    words = t.split()
    lead = []
    while len(words) > 1 and _valid(words[0]):
        lead.append(words.pop(0))
    if lead:
        last = title_body(" ".join(words)) if words else None
        return " ".join(lead + ([last] if last else []))
    m = re.match(rf"{_H}+", t)
    if not m:
        return None
    han = m.group()
    han = re.split("丨", han)[-1]
    heads = re.compile(_heads() + "$")
    ends = [k for k in range(3, len(han) + 1) if heads.search(han[:k]) and _ends_word(han, k)]
    # (a place's name is no body's: 某区某镇2023年某某预案 names where, not who; 乡 and 镇 end no title's body)
    first = next((k for k in ends if _valid(han[:k]) and not re.search("[乡镇]$", han[:k])), None)
    if first is None or (first == len(han) and re.sub(r"\s+", "", title) == han):
        return None  # (a title that is a body's name and nothing else is a heading, no document's title)
    if RE_ORGANISED.match(han[first:]):
        return None  # (the body an organisation's rules set up is not who enacts them: 某区公所组织规程)
    best, cuts = first, [0]
    for k in ends:
        # (a head that a longer one runs on: 常务委 / 常务委员会; a body under it: 某院 / 某委员会;
        # the next of a joint document's bodies, opening with its place or as a central body's name)
        if k > best and (k - best <= 2 or (3 <= k - best <= 20 and _valid(han[best:k]))):
            if k - best >= 3 and (_opens_with_place(han[best:k]) or han.startswith(_CENTRAL, best)):
                cuts.append(best)
            best = k
    return " ".join(han[a:b] for a, b in zip(cuts, [*cuts[1:], best]))


# what follows the body a title names when the document organises it, enacted by the body above it
# (某区公所组织规程, 某局组织条例, 某会组织法; not 组织自治条例, a township's own)
RE_ORGANISED = re.compile(r"(?:组织|编制)(?:规程|准则|通则|条例|法|规定)")


# the openings of the names of central bodies and of the party's (a joint document's next body:
# 国务院办公厅 / 中央军委办公厅)
_CENTRAL = ("中共", "中央", "国家", "国务院", "全国", "中国")


def _bodies(org: str, where: str) -> tuple[list[str], str]:
    from .document import _split_issuers

    return [b for x in org.split() for b in (_split_issuers(x) or [x])], where


def issuer_evidence(lines: list[str], title: str | None, tail: list[str]) -> tuple[list[str], str] | None:
    """``(bodies, where)``: the issuing bodies a document names itself by (see the module), or None.
    ``lines`` are the page's title block and text, ``tail`` the lines the layout put after its text
    (a letter's heading may stand there, a page of a law database giving its record last)."""
    foot = (lines + tail)[-8:]
    head = lines[:40]
    flat = "\n".join(head)
    # 1. defined as itself
    m = re.search(r"[(（]\s*以下(?:简)?称\s*[“\"「『]?本[" + HAN + r"]{1,2}[”\"」』]?\s*[)）]", flat)
    # (not in an organisation's rules defining the body they set up: 某区公所组织规程 … 本市某区公所(以下简称本所)
    # is not who enacts them; the government they call 本府 is)
    org = body_of(flat[max(0, m.start() - 40) : m.start()]) if m else None
    if org and title and RE_ORGANISED.search(title) and org in re.sub(r"\s+", "", title):
        org = None
    if org:
        return _bodies(org, "defined")
    # 2. a heading line: the body, then its form, a date or a number
    for x in lines[:6] + tail[:6]:
        s = x.strip()
        mm = re.match(rf"(?P<org>{_H}{{3,30}}?)(?:\s*(?:函|公告|通告|令)(?:\s|$)|\s*\d{{2,3}}[.．]\d{{1,2}}[.．]\d{{1,2}}|\s+(?:公告|通告|函)|\s*[(（]?\d{{2,3}}[)）]?\s*{_H}{{1,8}}字第)", s)
        if mm and (org := body_of(mm.group("org"))) == mm.group("org"):
            return _bodies(org, "heading")
    # (or alone on a line over the salutation: 某县人民政府 / 全县广大干部群众:)
    for k in range(min(4, len(lines) - 1)):
        if re.fullmatch(r"[^。,，]{2,30}[:：]", lines[k + 1].strip()) and (org := body_of(lines[k])) == lines[k].strip():
            return _bodies(org, "heading")
    # 3. the body a speaker speaks for; a rank's government named without its place (我代表省人民政府)
    # is that of the place whose congress the report is given to (在某省第六届人民代表大会第五次会议上)
    occasion = next((m for x in lines[:8] if (m := RE_CONGRESS_OCCASION.search(x))), None)
    for x in head:
        mm = re.search(rf"我(?:谨)?代表(?P<org>{_H}{{3,30}}?)(?=[,，、向作])", x)
        if mm and (org := body_of(mm.group("org"))) == mm.group("org"):
            # (a court or procuratorate named by its rank alone, 我代表县人民法院, is the one of the
            # place whose congress hears its report)
            return ([placed], "speaker") if (placed := judicial_placed(org, occasion)) else _bodies(org, "speaker")
        rank = RE_BARE_RANK.match(mm.group("org")) if mm else None
        # (a government's work report only: a report of another kind is a department's, presented for it)
        if title and "政府工作报告" in title and (placed := rank_placed(rank, occasion)):
            return [placed], "speaker"
    # (a government's work report titled with its occasion: 县长某某在某县第十三届人民代表大会第五次会议上所做的政府工作报告)
    if title and occasion and "政府工作报告" in title and RE_CONGRESS_OCCASION.search(title):
        return [occasion.group("place") + "人民政府"], "occasion"
    # 4. the subject of the opening sentence
    cues = _cues()
    opening = next((x for x in lines[:12] if "。" in x or len(x) > 30), None)
    for x in [opening] if opening else []:
        s = re.sub(r"^[「“\"『]", "", x.strip())
        s = re.sub(r"^(?:根据|依据|依照|按照|依)[^。]{0,200}?[,，]", "", s)
        mm = re.match(rf"(?P<org>{_H}{{3,30}}?)(?:\s*[(（][^()（）]{{1,10}}[)）])?\s*(?:{cues})", s)
        if mm and (org := body_of(mm.group("org"))) == mm.group("org"):
            return _bodies(org, "subject")
    # (or a clause of it opening with the body that decides: …,结合实际,某县委经研究决定…; …,某委员会决定…)
    sentence = next((x for x in lines[:12] if "。" in x), None)
    for mm in RE_DECIDING.finditer(sentence[:400]) if sentence else ():
        if (org := body_of(mm.group("org"))) == mm.group("org"):
            return _bodies(org, "subject")
    # 5. the body the title opens with
    if title and (org := title_body(title)):
        return _bodies(org, "title")
    # 6. a date line at the foot that names its office
    for i in range(len(foot) - 1, -1, -1):
        mm = re.fullmatch(rf"\s*{_DAY}\s*于\s*(?P<org>{_H}{{3,30}})\s*", foot[i])
        if mm and (org := body_of(mm.group("org"))) == mm.group("org"):
            # (the office's holder signing under it: 某某司司长办公室 / 某某司司长 某某; 某局 / 某局局长 某某)
            nxt = foot[i + 1].strip() if i + 1 < len(foot) else ""
            office = org[:-3] if org.endswith("办公室") else org
            held = re.match(rf"({re.escape(office)}{_H}{{0,3}}?(?:长|主席|行政长官))(?:\s*{_H}{{2,4}})?$", nxt)
            if held or (office != org and re.match(rf"{re.escape(office)}(?:\s*{_H}{{2,4}})?$", nxt)):
                return [held.group(1) if held else office], "dated"
            return _bodies(org, "dated")
    # 7. a body alone on a line of the foot over its date, whatever the date's form (某县人民政府 /
    # 10月14日), or over its contacts (某部统计处 / 发言人:… / 联络电话:…)
    org = _body_over(foot, lambda nxt: bool(RE_FOOT_DAY.fullmatch(nxt) or RE_CONTACT.match(nxt)))
    return _bodies(org, "foot") if org else None


def _body_over(foot: list[str], under) -> str | None:
    """The last line of ``foot`` that is a body alone, the line under it passing ``under``."""
    for i in range(len(foot) - 2, -1, -1):
        x, nxt = foot[i].strip(), foot[i + 1].strip()
        if under(nxt) and (org := body_of(x)) == x:
            return org
    return None


def contact_foot(foot: list[str]) -> str | None:
    """The body a release's foot names over its contacts (某部统计处 / 发言人:… / 联络电话:…)."""
    return _body_over(foot, lambda nxt: bool(RE_CONTACT.match(nxt)))


# a date line at a foot, its year maybe left out (2031年3月4日, 3月4日, 2031-03-04)
RE_FOOT_DAY = re.compile(rf"\s*(?:{_DAY}|[〇○零一二三四五六七八九十\d]{{1,3}}\s*月\s*[〇○零一二三四五六七八九十\d]{{1,3}}\s*日|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*")
# a release's contacts under its body (发言人:…, 联络电话:…)
RE_CONTACT = re.compile(r"(?:新闻)?(?:发言人|联络人|联系人|联络电话|联系电话)\s*[:：]")
