""":mod:`policymine.units`: the numbered units of a document (章, 节, 条, 款, 一、, （一）, 1., （1）, ①, 一是).

Policy researchers code documents unit by unit. :func:`split_units` cuts a cleaned body into
the units its numbering makes, at every level the text uses, as a tree:

* **Markers** are a grammar of kinds (:data:`KINDS`): ``第X编``, ``第X篇``, ``第X部分``, ``第X章``,
  ``第X节``, ``第X条``, ``第X点`` (the points of a Taiwan or Hong Kong 要点, ``第一點``) and
  ``一、``/``一.`` at the start of a line; ``（一）``/``(一)``, ``1.``/``1、``/``1．``,
  ``（1）``/``(1)``, ``1）``, ``①`` and ``一是`` at the start of a
  line, and the bracketed ones, ``①`` and ``一是`` also inside a line right after a sentence end
  or a colon (``……如下：（一）……；（二）……``, ``……两项任务。一是……二是……``), but only inside a
  numbered unit: a list inside a sentence of a news article makes no top unit. A line that is
  a table row (cells separated by tabs) starts no unit, and a wrapped line that opens with a
  cross-reference (``第三条规定的``, ``第三条第二款``, ``第三条至第五条``) is text.
* **Levels nest by the order the kinds first appear** in the document, not by a fixed depth:
  a kind seen for the first time opens a level under the unit open at that point; a kind
  already open continues its level. A kind that ranked above the open one when it first
  appeared closes the lower levels before it opens (``1.`` directly under ``一、``, then
  ``（一）`` where the document ranks ``（一）`` above ``1.``). ``第X章``, ``第X节``, ``第X条`` and
  ``第X点`` (the divisions of a legal text, as in the measures a notice issues) close every open
  enumeration first, and an enumeration never closes them.
* **Numbers are consecutive within a parent**: a marker is a unit start only when its number
  follows its previous sibling's (or is 1 for a first child), so a ``2.`` that follows no
  ``1.`` (a decimal, a date, a list in a quotation) is text; ``1.5``, ``2024.3``, ``1、2、3月``
  are no markers at all. Articles (``第X条``) are numbered through the whole document, across
  chapters; another kind may also continue its numbering from an earlier parent of the same
  kind (``1. 2.`` under ``（一）``, ``3. 4.`` under ``（二）``).
* **A table of contents** (``目录``: two or more title lines in a row whose first number comes
  again after them) is no unit; the chapters after it are.
* **A further document** (the measures a notice issues, the next act on a gazette page) starts
  at its title line (a short line ending in a form of ``data/doc_types.tsv``, after the
  notice's closing: a date line, ``（此件公开发布）``, an ``附件`` line, with the signature
  between; or opening with ``第一章``/``第一条``): the units before end before its closing, and
  its numbering starts afresh, its top units continuing the ordinals of the page's. A list of
  attachments (``附件：1.某某办法`` and the short numbered lines after it) is no unit either, and
  the item before it ends there.
* **款** (paragraphs of an article): an article of two paragraphs or more gets one ``款``
  unit a paragraph; a paragraph that starts with a marker (``（一）``) belongs to the 款 before
  it, and a line that stops mid-sentence (hard wrapping) runs on into the next.

Each unit has a stable ``id`` (``doc_id:3.2.1``: the path of ordinal positions from the top),
its ``number`` as written (``（二）``, ``第五条``; empty for a 款), its ``kind`` (the marker's
pattern: ``一、``, ``（一）``, ``第X条``, ``款`` …), its ``level`` (1 at the top), its
``heading`` (the rest of the marker's line when it is a title: no sentence punctuation, at most
40 characters and one comma; or the short phrase, at most 20 characters, before the first
。/！/？ or a label's ：, as in ``（一）加强组织领导。各部门……``, when the unit has more text;
none for an article, a 款 or a lead-in to a list, ``……下列事项：``), its ``text`` (the unit
with its sub-units) and its offsets ``[start, end)`` into the body (``text == body[start:end]``).

**A text without numbering** (a news article; fewer than two numbered units) falls back to
paragraphs and sentences: ``doc_id:p3`` is the third paragraph (a line of the body), kind
``paragraph``, level 1, and ``doc_id:p3.s2`` the second sentence of it, kind ``sentence``,
level 2. In a numbered document, text before the first unit (a notice's address and
preamble) is in no unit (:func:`unit_at` gives None).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .compiled import re

__all__ = ["KINDS", "Unit", "split_units", "unit_records", "unit_at", "UnitIndex", "add_units", "windows",
           "cn_number", "UNIT_FIELDS", "unit_facts"]

_CN = "零〇一二三四五六七八九十百千两"
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUM = rf"(?:[{_CN}]+|\d{{1,3}})"
_LEAD = r"[ \t\u3000]*"

#: marker kinds: (kind, pattern at a line start, pattern inside a line or None)
KINDS: tuple[tuple[str, str, str | None], ...] = (
    # the parts of a long text (a code's 编, a plan outline's 篇 or 部分), above its chapters
    ("第X编", rf"第(?P<n>{_NUM})编(?=[ \t\u3000]|$|[^\n，,、。])", None),
    ("第X篇", rf"第(?P<n>{_NUM})篇(?=[ \t\u3000]|$|[^\n，,、。：:])", None),
    ("第X部分", rf"第(?P<n>{_NUM})部分(?=[ \t\u3000]|$|[^\n，,、。])", None),
    ("第X章", rf"第(?P<n>{_NUM})章(?=[ \t\u3000]|$|[^\n，,、。])", None),
    ("第X节", rf"第(?P<n>{_NUM})节(?=[ \t\u3000]|$|[^\n，,、。])", None),
    # 第X条 but not a cross-reference a wrapped line starts with (第三条规定的, 第三条第二款, 第三条至第五条)
    ("第X条", rf"第(?P<n>{_NUM})条(?=[ \t\u3000]|[^\n，,、。的款项规所中之至或和第])", None),
    # 第X点: the points of a 要点 (Taiwan and Hong Kong: 第一點, after normalisation 第一点)
    ("第X点", rf"第(?P<n>{_NUM})点(?=[ \t\u3000]|[^\n，,、。的规所中之至或和第])", None),
    # 一、 but not 一、二级 (a list of numerals)
    ("一、", rf"(?P<n>[{_CN}]+)(?:[、，,](?![{_CN}]+[、级类等])|[.．](?![{_CN}\d]))", None),
    ("（一）", rf"[（(](?P<n>[{_CN}]+)[）)]", rf"[（(](?P<n>[{_CN}]+)[）)]"),
    # 1. 1、 1． but not a decimal (1.5), a version or a date (2024.3)
    ("1.", r"(?P<n>\d{1,2})(?:[.．](?![\d.．])|、(?!\d))", None),
    ("（1）", r"[（(](?P<n>\d{1,2})[）)]", r"[（(](?P<n>\d{1,2})[）)]"),
    ("1）", r"(?P<n>\d{1,2})[）)](?![\d%％])", None),  # 1） 1) with no opening bracket
    ("①", rf"(?P<n>[{_CIRCLED}])", rf"(?P<n>[{_CIRCLED}])"),
    # Hong Kong's and Macau's sub-items: (i) (ii) (iv) in Roman numerals, (a) (b) in letters (a Roman
    # numeral is read so first: (i) follows (h) hardly ever)
    ("(i)", r"[（(](?P<n>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))[）)]", None),
    ("(a)", r"[（(](?P<n>[a-z])[）)]", None),
    # 一是……二是……: a list by ordinal (at a line start, or inside a line after a sentence end or a colon)
    ("一是", rf"(?P<n>[{_CN}]+)是(?![的否非])", rf"(?P<n>[{_CN}]+)是(?![的否非])"),
)
_LINE_RE = re.compile(_LEAD + "(?:" + "|".join(f"(?P<k{i}>{p[1].replace('(?P<n>', f'(?P<n{i}>')})"
                                               for i, p in enumerate(KINDS)) + ")")
_INLINE = [(i, k) for i, k in enumerate(KINDS) if k[2]]
_INLINE_RE = re.compile(r"(?<=[。；;：:！？])[ \t\u3000]*(?:" + "|".join(
    f"(?P<k{i}>{k[2].replace('(?P<n>', f'(?P<n{i}>')})" for i, k in _INLINE) + ")")
_SUB_ONLY = frozenset({"(a)", "(i)"})  # kinds that only ever divide a numbered unit
_GLOBAL_KINDS = frozenset({"第X条", "第X点"})  # numbered through the whole document
_STRUCTURAL = ("第X编", "第X篇", "第X部分", "第X章", "第X节", "第X条", "第X点")  # the divisions of a legal text, above any enumeration
_HEAD_END = re.compile(r"[。！？!?]")  # the end of a lead phrase (not ；: it ends an item of a list)
_COLON = re.compile(r"[：:]")
_COMMA = re.compile(r"[，,]")
_SEMI = re.compile(r"[；;]")
_WORD = re.compile(r"[^\W_]")  # a letter, digit or Han character
_HEAD_MAX = 20  # a heading phrase is short (at most one comma: 推进平台建设、人才引进，创新能力显著提升) ...
_HEAD_LINE_MAX = 40  # ... and so is a heading line
_NO_HEADING = frozenset({"第X条", "第X点", "款"})
_PARA_END = re.compile(r"[。；;：:！？!?][)）”’」』》*]*[ \t\u3000]*$")  # a line that ends a paragraph

UNIT_FIELDS = ("id", "doc", "number", "kind", "level", "parent", "heading", "start", "end", "text")


def _roman(s: str) -> int | None:
    """The value of a small Roman numeral in lower case (``iv`` 4, ``xii`` 12), or None."""
    values = {"i": 1, "v": 5, "x": 10}
    if not s or any(c not in values for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -values[a] if b in values and values[b] > values[a] else values[a]
    return total


def cn_number(s: str) -> int | None:
    """The value of a number as markers write it: ``十二`` 12, ``二十`` 20, ``一百零五`` 105, ``7``, ``③`` 3."""
    if s.isdigit() and s.isascii():
        return int(s)
    if len(s) == 1 and s in _CIRCLED:
        return _CIRCLED.index(s) + 1
    if s and s.isascii() and s.isalpha():
        roman = _roman(s)
        return roman if roman else (ord(s) - 96 if len(s) == 1 and "a" <= s <= "z" else None)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGIT:
            cur = _CN_DIGIT[ch]
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            return None
    return total + cur


@dataclass
class Unit:
    kind: str
    number: str  # as written
    value: int
    start: int
    end: int = -1
    level: int = 1
    parent: Unit | None = None
    children: list[Unit] = field(default_factory=list)
    id: str = ""
    heading: str = ""
    body_start: int = 0  # where the text after the marker begins


@dataclass
class _Cand:
    start: int  # the marker's first character
    after: int  # the first character after the marker
    kind: str
    number: str
    value: int
    line_start: bool


_TABLE_ROW = re.compile(r"\S\t")  # cells of a table row (a flattened <tr>): no unit starts there


def _candidates(body: str, width: int | None = None) -> list[_Cand]:
    """Every marker of ``body`` that may start a unit; ``width``: the width the text is
    hard-wrapped at (:func:`policymine.layout.wrap_width`), if it is."""
    out: list[_Cand] = []
    pos = 0
    lines = body.split("\n")
    prev = ""
    for line in lines:
        if _TABLE_ROW.search(line):
            pos += len(line) + 1
            prev = line
            continue
        m = _LINE_RE.match(line)
        if m and width is not None and len(prev.strip(" \t\u3000")) == width and not _PARA_END.search(prev):
            m = None  # a line wrapped at the text's width goes on with the sentence (……统\n一、高效的原则)
        if line.strip():
            prev = line
        if m:
            for i, (kind, _, _) in enumerate(KINDS):
                if m.group(f"k{i}") is not None:
                    num = m.group(f"n{i}")
                    v = cn_number(num)
                    if v:
                        s = pos + m.start(f"k{i}")
                        out.append(_Cand(s, pos + m.end(f"k{i}"), kind, m.group(f"k{i}"), v, True))
                    break
        for m in _INLINE_RE.finditer(line):
            for i, (kind, _, _) in _INLINE:
                if m.group(f"k{i}") is not None:
                    v = cn_number(m.group(f"n{i}"))
                    if v:
                        out.append(_Cand(pos + m.start(f"k{i}"), pos + m.end(f"k{i}"), kind, m.group(f"k{i}"), v, False))
                    break
        pos += len(line) + 1
    out.sort(key=lambda c: c.start)
    return _drop_contents(out, body)


def _line_of(body: str, pos: int) -> tuple[int, int]:
    """``[start, end)`` of the line holding ``pos``."""
    s = body.rfind("\n", 0, pos) + 1
    e = body.find("\n", pos)
    return s, len(body) if e < 0 else e


def _heading_only(c: _Cand, body: str) -> bool:
    """The marker's line is the marker and a short title (a line of a table of contents)."""
    rest = body[c.after:_line_of(body, c.after)[1]].strip(" \t\u3000")
    return c.line_start and 0 < len(rest) <= _HEAD_LINE_MAX and not _SENTENCE_PUNCT.search(rest)


def _drop_contents(cands: list[_Cand], body: str) -> list[_Cand]:
    """Without the lines of a table of contents (目录): a run of title lines on consecutive lines
    whose first number comes again in the run after two or more of them (第一章 … 第四章, then
    第一章 总则): the lines before the repeat."""
    n = len(cands)
    run = [-1] * n  # the run of title lines on consecutive lines each candidate is in
    r = -1
    for i, c in enumerate(cands):
        if _heading_only(c, body):
            prev = cands[i - 1] if i else None
            if prev is not None and run[i - 1] >= 0 and not body[_line_of(body, prev.start)[1]:c.start].strip():
                run[i] = run[i - 1]
            else:
                r += 1
                run[i] = r
    again: list[int | None] = [None] * n  # the next candidate of the run with the same number
    last: dict[tuple[int, str, int], int] = {}
    for i in range(n - 1, -1, -1):
        if run[i] >= 0:
            key = (run[i], cands[i].kind, cands[i].value)
            again[i] = last.get(key)
            last[key] = i
    out: list[_Cand] = []
    i = 0
    while i < n:
        m = again[i]
        if m is not None and m - i >= 2 and (i == 0 or run[i - 1] != run[i]):  # from the run's first line
            i = m  # cands[i:m] are the contents; cands[m] is the real first unit
            continue
        out.append(cands[i])
        i += 1
    return out


_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
_CLAUSE_PUNCT = re.compile(r"[，,：:]")
_DATE_LINE = re.compile(rf"^[{_CN}○\d]{{2,4}}\s*年\s*[{_CN}○\d]{{1,3}}\s*月\s*[{_CN}○\d]{{1,3}}\s*日$|^\d{{4}}-\d{{1,2}}-\d{{1,2}}$")
_ANNEX_LINE = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*(?:[：:]|$)")
_CLOSING_NOTE = re.compile(r"^[（(]此件.{0,8}[）)]$")
_TITLE_SUFFIX = re.compile(r"(?:[（(][^（()）]{1,12}[）)])+$")  # (试行) （2024年修订）
_CLOSING_MAX = 8  # lines of a closing: signature, date, （此件公开发布）, a title's first lines
_OPENING = re.compile(r"^[ \t\u3000]*第[一1１][章节条点]")


@functools.cache
def _forms() -> tuple[str, ...]:
    from .resources import table

    return tuple(sorted({r[0] for r in table("doc_types.tsv", 2, 3) if r[1] != "law"} | {"法"}, key=len, reverse=True))


def _is_title(line: str, forms: tuple[str, ...]) -> bool:
    t = line.strip(" \t\u3000")
    if not 4 <= len(t) <= 60:
        return False
    core = _TITLE_SUFFIX.sub("", t) if t[-1] in ")）" else t
    if not core.rstrip("》”\"").endswith(forms):
        return False
    return not (_SENTENCE_PUNCT.search(t) or _CLAUSE_PUNCT.search(t) or _marker_at(t))


def _marker_at(line: str) -> bool:
    m = _LINE_RE.match(line)
    return bool(m) and any(m.group(f"k{i}") is not None and cn_number(m.group(f"n{i}")) for i in range(len(KINDS)))


def _boundaries(body: str) -> list[int]:
    """Where an issued (or a further) document starts: before its title line when the title
    follows a closing (a date line, ``（此件公开发布）``, an ``附件`` line, with the signature and a
    title's first lines between) or opens with ``第一章``/``第一条`` on the next line. The units
    before end there; the document's numbering starts afresh."""
    forms = _forms()
    lines = body.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    role: dict[int, str] = {}

    def role_of(k: int) -> str:  # blank, closing (a date, 此件公开发布, 附件), short (a signature) or text
        if k not in role:
            t = lines[k].strip(" \t\u3000")
            if not t:
                role[k] = "blank"
            elif _DATE_LINE.match(t) or _CLOSING_NOTE.match(t) or (_ANNEX_LINE.match(t) and not _SENTENCE_PUNCT.search(t)):
                role[k] = "closing"
            elif len(t) <= 25 and not _SENTENCE_PUNCT.search(t) and not _CLAUSE_PUNCT.search(t) and not _marker_at(t):
                role[k] = "short"
            else:
                role[k] = "text"
        return role[k]

    out = []
    for i, line in enumerate(lines):
        if not _is_title(line, forms):
            continue
        nxt = next((ln for ln in lines[i + 1:i + 1 + _CLOSING_MAX] if ln.strip()), "")
        if not nxt:
            continue
        k, first, closing, seen = i - 1, i, False, 0
        while k >= 0 and seen < _CLOSING_MAX:
            kind = role_of(k)
            if kind == "blank":
                k -= 1
                continue
            seen += 1
            if kind == "closing":
                closing, first = True, k
            elif kind == "short":
                first = k  # a signature, a title's first line
            else:
                break
            k -= 1
        if closing:
            out.append(starts[first] + len(lines[first]) - len(lines[first].lstrip(" \t\u3000")))
        elif _OPENING.match(nxt):
            out.append(starts[i] + len(line) - len(line.lstrip(" \t\u3000")))
    return out


def _annex_lists(body: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each list of attachments (``附件：1.某某办法`` and the short lines after
    it, ``2.某某表``): no units, and the unit before ends there."""
    out = []
    pos, run = 0, None
    for line in body.split("\n"):
        t = line.strip(" \t\u3000")
        if _ANNEX_LINE.match(t) and not _SENTENCE_PUNCT.search(t) and len(t) <= 60:
            if run is None:
                run = [pos + len(line) - len(line.lstrip(" \t\u3000")), pos + len(line)]
            else:
                run[1] = pos + len(line)
        elif run is not None and t and len(t) <= 60 and not _SENTENCE_PUNCT.search(t) and _marker_at(t):
            run[1] = pos + len(line)  # the next attachment of the list
        elif run is not None and t:
            out.append((run[0], run[1]))
            run = None
        pos += len(line) + 1
    if run is not None:
        out.append((run[0], run[1]))
    return out


def _tree(body: str, bounds: list[int] | None = None, skip: list[tuple[int, int]] = (),
          width: int | None = None) -> list[Unit]:
    """The numbered units of ``body`` as a forest (top-level units), ends not yet set."""
    roots: list[Unit] = []
    stack: list[Unit] = []
    rank: dict[str, int] = {}  # kind -> order of first appearance
    last_of_kind: dict[str, Unit] = {}
    bounds = _boundaries(body) if bounds is None else bounds
    b = 0
    skip_starts = [a for a, _ in skip]
    for c in _candidates(body, width):
        j = bisect.bisect_right(skip_starts, c.start) - 1
        if j >= 0 and c.start < skip[j][1]:
            continue  # an attachment of a list of attachments
        if b < len(bounds) and bounds[b] <= c.start:  # a further document: its numbering starts afresh
            while b < len(bounds) and bounds[b] <= c.start:
                b += 1
            if roots:
                stack, rank, last_of_kind = [], {}, {}
        kinds_open = [u.kind for u in stack]
        unit = None
        if c.kind in kinds_open:
            i = len(kinds_open) - 1 - kinds_open[::-1].index(c.kind)
            sib = stack[i]
            if c.value == sib.value + 1:
                del stack[i:]
                unit = Unit(c.kind, c.number, c.value, c.start, parent=sib.parent)
        if unit is None and c.kind not in kinds_open:
            # close the levels the grammar ranks below this kind
            r = rank.get(c.kind)
            depth = len(stack)
            if r is not None:
                while depth and stack[depth - 1].kind not in _STRUCTURAL and rank.get(stack[depth - 1].kind, -1) > r:
                    depth -= 1
            if c.kind in _STRUCTURAL:  # 章, 节, 条 never stand under an enumeration (一、 （一） 1.)
                while depth and stack[depth - 1].kind not in _STRUCTURAL:
                    depth -= 1
            parent = stack[depth - 1] if depth else None
            if parent is None and not c.line_start:
                continue  # a list inside a sentence (……两大奇迹。一是……二是……) is a unit's sub-list, never a top unit
            if parent is None and c.kind in _SUB_ONLY:
                continue  # (a) (b), (i) (ii) under prose are the prose's list; they subdivide a numbered item
            prev = last_of_kind.get(c.kind)
            ok = c.value == 1
            if not ok and prev is not None and c.value == prev.value + 1:
                # numbering continued from an earlier parent of the same kind (or document-wide)
                ok = c.kind in _GLOBAL_KINDS or (
                    parent is not prev.parent and _kind(parent) == _kind(prev.parent))
            if not ok:
                continue
            del stack[depth:]
            unit = Unit(c.kind, c.number, c.value, c.start, parent=parent)
        if unit is None:
            continue
        unit.body_start = c.after
        rank.setdefault(c.kind, len(rank))
        last_of_kind[c.kind] = unit
        if unit.parent is None:
            roots.append(unit)
        else:
            unit.parent.children.append(unit)
        stack.append(unit)
    return roots


def _kind(u: Unit | None) -> str | None:
    return u.kind if u is not None else None


def _close(units: list[Unit], end: int, body: str, bounds: list[int] = ()) -> None:
    for i, u in enumerate(units):
        u.end = units[i + 1].start if i + 1 < len(units) else end
        j = bisect.bisect_right(bounds, u.start)
        if j < len(bounds) and bounds[j] < u.end:  # a further document's title is no unit's text
            u.end = bounds[j]
        while u.end > u.start and body[u.end - 1] in " \t\n\u3000":
            u.end -= 1
        _close(u.children, u.end, body, bounds)


def _add_clauses(u: Unit, body: str, wrapped: bool = False) -> None:
    """款: the paragraphs of an article of two paragraphs or more (a paragraph that starts
    with a marker belongs to the 款 before it)."""
    for ch in u.children:
        _add_clauses(ch, body, wrapped)
    if u.kind != "第X条":
        return
    child_starts = set()  # a line that starts a sub-unit (at any depth) starts no 款
    todo = list(u.children)
    while todo:
        ch = todo.pop()
        child_starts.add(ch.start)
        todo.extend(ch.children)
    starts = [u.body_start]
    pos = body.find("\n", u.start, u.end)
    while pos >= 0:
        s = pos + 1
        while s < u.end and body[s] in " \t\u3000":
            s += 1
        # a new paragraph, unless the text is hard-wrapped and the line before stops mid-sentence
        if s < u.end and body[s] != "\n" and s not in child_starts and \
                (not wrapped or _PARA_END.search(body, body.rfind("\n", 0, pos) + 1, pos)):
            starts.append(s)
        pos = body.find("\n", pos + 1, u.end)
    while starts and starts[0] < u.end and body[starts[0]] in " \t\u3000":
        starts[0] += 1
    if len(starts) < 2:
        return
    clauses = []
    for i, s in enumerate(starts):
        k = Unit("款", "", i + 1, s, parent=u)
        k.body_start = s
        k.end = starts[i + 1] if i + 1 < len(starts) else u.end
        while k.end > k.start and body[k.end - 1] in " \t\n\u3000":
            k.end -= 1
        clauses.append(k)
    todo = list(u.children)
    while todo:  # each sub-unit goes to the 款 it starts in
        ch = todo.pop(0)
        k = next((k for k in reversed(clauses) if k.start <= ch.start), clauses[0])
        ch.parent = k
        k.children.append(ch)
        todo.extend(_clip(ch, k.end, body))  # a paragraph after a list is the next 款, not the last item's
    for k in clauses:
        k.children.sort(key=lambda c: c.start)
    u.children = clauses


def _clip(u: Unit, end: int, body: str) -> list[Unit]:
    """Cut ``u`` and its sub-units back to ``end``; the sub-units that start after it are taken
    out and returned (they belong to a later 款)."""
    if u.end > end:
        u.end = max(u.start, end)
        while u.end > u.start and body[u.end - 1] in " \t\n\u3000":
            u.end -= 1
    out = [ch for ch in u.children if ch.start >= max(u.end, u.start + 1)]
    u.children = [ch for ch in u.children if ch.start < max(u.end, u.start + 1)]
    for ch in u.children:
        out.extend(_clip(ch, u.end, body))
    return out


def _heading(u: Unit, body: str) -> str:
    """A title line after the marker (``一、总体要求``: no sentence punctuation, short, at most one
    comma), or the short lead phrase before the first ``。``/``！``/``？`` (or a label's ``：``) when
    the unit has more text after it (``（一）加强组织领导。各部门……``). A lead-in to a list
    (``……由下列人士组成：``) is no heading, and an article (第X条) and a 款 have none: their first
    sentence is their text."""
    if u.kind in _NO_HEADING:
        return ""
    line_end = body.find("\n", u.body_start)
    line_end = len(body) if line_end < 0 else line_end
    line_end = min(line_end, u.children[0].start if u.children and u.children[0].start > u.body_start else line_end)
    rest = body[u.body_start:line_end].strip(" \t\u3000")
    if not rest:
        return ""
    stop = _HEAD_END.search(rest)
    colon = _COLON.search(rest)
    if stop is None and colon is None:  # a heading line: short, no punctuation of a sentence
        ok = len(rest) <= _HEAD_LINE_MAX and len(_COMMA.findall(rest)) <= 1 and not _SEMI.search(rest)
        return rest if ok else ""
    cut = min(m.start() for m in (stop, colon) if m is not None)
    head, after = rest[:cut].strip(), rest[cut + 1:]
    more_here = bool(_WORD.search(after))  # not a footnote mark or a bracket alone
    if colon is not None and cut == colon.start() and not more_here:
        return ""  # a lead-in to the list below
    if not (more_here or u.end > line_end):
        return ""  # the unit is this one sentence
    if not head or len(head) > _HEAD_MAX or len(_COMMA.findall(head)) > 1 or _SEMI.search(head):
        return ""
    return head


def _finish(units: list[Unit], prefix: str, level: int, body: str) -> Iterator[Unit]:
    for i, u in enumerate(units, 1):
        u.id = f"{prefix}{i}"
        u.level = level
        u.heading = _heading(u, body)
        yield u
        yield from _finish(u.children, u.id + ".", level + 1, body)


def _fallback(body: str, doc_id: str) -> list[Unit]:
    from .extract.text import sentence_spans

    out: list[Unit] = []
    pos, p = 0, 0
    for line in body.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and body[s] in " \t\u3000":
            s += 1
        while e > s and body[e - 1] in " \t\u3000":
            e -= 1
        if e <= s:
            continue
        p += 1
        para = Unit("paragraph", "", p, s, e, level=1, id=f"{doc_id}:p{p}")
        para.body_start = s
        out.append(para)
        for j, (a, b) in enumerate(sentence_spans(body[s:e]), 1):
            sent = Unit("sentence", "", j, s + a, s + b, level=2, parent=para, id=f"{para.id}.s{j}")
            para.children.append(sent)
            out.append(sent)
    return out


def split_units(body: str, doc_id: str = "-") -> list[Unit]:
    """Every unit of ``body``, in document order (a parent before its children)."""
    from .layout import wrap_width

    width = wrap_width(body.split("\n"))
    annex = _annex_lists(body)
    bounds = sorted(set(_boundaries(body)) | {a for a, _ in annex})
    roots = _tree(body, bounds, annex, width)
    n = 0
    stack = list(roots)
    while stack and n < 2:
        u = stack.pop()
        n += 1
        stack.extend(u.children)
    if n < 2:
        return _fallback(body, doc_id)
    _close(roots, len(body), body, bounds)
    for u in roots:
        _add_clauses(u, body, width is not None)
    return list(_finish(roots, f"{doc_id}:", 1, body))


def unit_records(units: Iterable[Unit], body: str, doc_id: str = "-") -> list[dict]:
    """Units as plain dicts (:data:`UNIT_FIELDS`), as records and writers hold them."""
    return [{"id": u.id, "doc": doc_id, "number": u.number, "kind": u.kind, "level": u.level,
             "parent": u.parent.id if u.parent else None, "heading": u.heading, "start": u.start, "end": u.end,
             "text": body[u.start:u.end]} for u in units]  # fmt: skip


class UnitIndex:
    """Finds the innermost unit holding an offset (units as :func:`unit_records` gives them)."""

    def __init__(self, units: list[dict]) -> None:
        self.units = sorted(units, key=lambda u: (u["start"], -u["end"]))
        self.starts = [u["start"] for u in self.units]
        self.by_id = {u["id"]: u for u in self.units}

    def at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        u = self.units[i]
        while u is not None and not (u["start"] <= pos < max(u["end"], u["start"] + 1)):
            u = self.by_id.get(u["parent"]) if u["parent"] else None
        return u["id"] if u else None


def unit_at(units: list[dict], pos: int) -> str | None:
    """The id of the innermost unit holding offset ``pos`` (None: in no unit)."""
    return UnitIndex(units).at(pos)


#: the facts of a record that carry offsets (and so get a ``unit``)
_FACT_LISTS = ("indicators", "institutions", "slogans", "excluded")


def add_units(rec: dict) -> dict:
    """Add ``units`` to a record and a ``unit_id`` (the innermost unit holding its start; not
    ``unit``, which an indicator's unit of measure already is) to each fact that has offsets."""
    body = rec.get("body") or ""
    doc_id = str(rec.get("id") or "-")
    units = unit_records(split_units(body, doc_id), body, doc_id)
    rec["units"] = units
    index = UnitIndex(units)
    for name in _FACT_LISTS:
        for f in rec.get(name) or ():
            if isinstance(f.get("start"), int):
                f["unit_id"] = index.at(f["start"])
    return rec


def _occurrences(forms: Iterable[str], body: str) -> list[tuple[int, int, str]]:
    """Every occurrence of any of ``forms`` in ``body`` (longest first where several start; no overlaps)."""
    from .resources import word_regex

    forms = [f for f in dict.fromkeys(forms) if f]
    if not forms:
        return []
    return [(m.start(), m.end(), m.group()) for m in word_regex(forms).finditer(body)]


def unit_facts(rec: dict) -> Iterator[dict]:
    """One row per fact and unit: every indicator, and every mention of each institution and
    slogan (its name or an alias), with the innermost unit holding it. Needs ``rec["units"]``."""
    body = rec.get("body") or ""
    index = UnitIndex(rec.get("units") or [])
    doc = {"doc": rec.get("id"), "year": rec.get("year")}
    rows = []
    for i in rec.get("indicators") or ():
        rows.append(doc | {"unit": index.at(i["start"]), "fact": "indicator", "item": i.get("subject") or "",
                           "text": i["text"], "value": i.get("value"), "unit_of_measure": i.get("unit"),
                           "start": i["start"], "end": i["end"]})  # fmt: skip
    for kind, name_key in (("institution", "name"), ("slogan", "text")):
        facts = rec.get(kind + "s") or ()
        canon = {}
        for f in facts:
            for form in (f[name_key], *(f.get("aliases") or ())):
                canon.setdefault(form, f[name_key])
        for s, e, form in _occurrences(canon, body):
            rows.append(doc | {"unit": index.at(s), "fact": kind, "item": canon[form], "text": form, "value": None,
                               "unit_of_measure": None, "start": s, "end": e})  # fmt: skip
    rows.sort(key=lambda r: (r["start"], r["fact"]))
    yield from rows


FACT_ROW_FIELDS = ("doc", "year", "unit", "fact", "item", "text", "value", "unit_of_measure", "start", "end")


def windows(rec: dict, window: str) -> list[tuple[int, int]]:
    """The spans a co-occurrence count treats as one context: ``document`` (the body),
    ``sentence`` (its sentences) or ``unit``: each numbered unit's own text (its span less its
    sub-units', so the windows do not overlap) and the text before the first unit; a text
    without numbering: its paragraphs."""
    body = rec.get("body") or ""
    if window == "document":
        return [(0, len(body))] if body else []
    if window == "sentence":
        from .extract.text import sentence_spans

        return sentence_spans(body)
    units = rec.get("units")
    if units is None:
        units = unit_records(split_units(body, str(rec.get("id") or "-")), body)
    if units and units[0]["kind"] == "paragraph":
        return [(u["start"], u["end"]) for u in units if u["kind"] == "paragraph"]
    out = []
    if units:
        first = min(u["start"] for u in units)
        if body[:first].strip():
            out.append((0, first))
    children: dict[str | None, list[dict]] = {}
    for u in units:
        children.setdefault(u["parent"], []).append(u)
    for u in units:
        kids = children.get(u["id"])
        own_end = min(k["start"] for k in kids) if kids else u["end"]
        if own_end > u["start"]:
            out.append((u["start"], own_end))
        # text between children (a 款 of prose after a list) is rare; the parent's own text is its head
    return out
