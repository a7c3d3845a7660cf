""":mod:`policymine.units`: the numbered units of a document (章, 节, 条, 款, 一、, （一）, 1., （1）, ①).

Policy researchers code documents unit by unit. :func:`split_units` cuts a cleaned body into
the units its numbering makes, at every level the text uses, as a tree:

* **Markers** are a grammar of kinds (:data:`KINDS`): ``第X章``, ``第X节``, ``第X条`` and
  ``一、`` at the start of a line; ``（一）``/``(一)``, ``1.``/``1、``/``1．``, ``（1）``/``(1)``
  and ``①`` at the start of a line, and the bracketed ones and ``①`` also inside a line right
  after a sentence end or a colon (``……如下：（一）……；（二）……``).
* **Levels nest by the order the kinds first appear** in the document, not by a fixed depth:
  a kind seen for the first time opens a level under the unit open at that point; a kind
  already open continues its level. A kind that ranked above the open one when it first
  appeared closes the lower levels before it opens (``1.`` directly under ``一、``, then
  ``（一）`` where the document ranks ``（一）`` above ``1.``). ``第X章``, ``第X节`` and ``第X条``
  (the divisions of a legal text, as in the measures a notice issues) close every open
  enumeration first, and an enumeration never closes them.
* **Numbers are consecutive within a parent**: a marker is a unit start only when its number
  follows its previous sibling's (or is 1 for a first child), so a ``2.`` that follows no
  ``1.`` (a decimal, a date, a list in a quotation) is text. Articles (``第X条``) are numbered
  through the whole document, across chapters; another kind may also continue its numbering
  from an earlier parent of the same kind (``1. 2.`` under ``（一）``, ``3. 4.`` under ``（二）``).
* **款** (paragraphs of an article): an article of two paragraphs or more gets one ``款``
  unit a paragraph; a paragraph that starts with a marker (``（一）``) belongs to the 款 before it.

Each unit has a stable ``id`` (``doc_id:3.2.1``: the path of ordinal positions from the top),
its ``number`` as written (``（二）``, ``第五条``; empty for a 款), its ``kind`` (the marker's
pattern: ``一、``, ``（一）``, ``第X条``, ``款`` …), its ``level`` (1 at the top), its
``heading`` (the line after the marker when it is a heading line, or the short first phrase
before 。/：, as in ``（一）加强组织领导。``; empty otherwise), its ``text`` (the unit with
its sub-units) and its offsets ``[start, end)`` into the body (``text == body[start:end]``).

**A text without numbering** (a news article; fewer than two numbered units) falls back to
paragraphs and sentences: ``doc_id:p3`` is the third paragraph (a line of the body), kind
``paragraph``, level 1, and ``doc_id:p3.s2`` the second sentence of it, kind ``sentence``,
level 2. In a numbered document, text before the first unit (a notice's address and
preamble) is in no unit (:func:`unit_at` gives None).
"""

from __future__ import annotations

import bisect
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
    ("第X章", rf"第(?P<n>{_NUM})章(?=[ \t\u3000]|$|[^\n，,、。])", None),
    ("第X节", rf"第(?P<n>{_NUM})节(?=[ \t\u3000]|$|[^\n，,、。])", None),
    ("第X条", rf"第(?P<n>{_NUM})条(?=[ \t\u3000]|[^\n，,、。的款项])", None),
    # 一、 but not 一、二级 (a list of numerals)
    ("一、", rf"(?P<n>[{_CN}]+)[、，,](?![{_CN}]+[、级类等])", None),
    ("（一）", rf"[（(](?P<n>[{_CN}]+)[）)]", rf"[（(](?P<n>[{_CN}]+)[）)]"),
    # 1. 1、 1． but not a decimal (1.5), a version or a date (2024.3)
    ("1.", r"(?P<n>\d{1,2})(?:[.．](?![\d.．])|、)", None),
    ("（1）", r"[（(](?P<n>\d{1,2})[）)]", r"[（(](?P<n>\d{1,2})[）)]"),
    ("①", rf"(?P<n>[{_CIRCLED}])", rf"(?P<n>[{_CIRCLED}])"),
)
_LINE_RE = re.compile(_LEAD + "(?:" + "|".join(f"(?P<k{i}>{p[1].replace('(?P<n>', f'(?P<n{i}>')})"
                                               for i, p in enumerate(KINDS)) + ")")
_INLINE = [(i, k) for i, k in enumerate(KINDS) if k[2]]
_INLINE_RE = re.compile(r"(?<=[。；;：:！？])[ \t\u3000]*(?:" + "|".join(
    f"(?P<k{i}>{k[2].replace('(?P<n>', f'(?P<n{i}>')})" for i, k in _INLINE) + ")")
_GLOBAL_KINDS = frozenset({"第X条"})  # numbered through the whole document
_STRUCTURAL = ("第X章", "第X节", "第X条")  # the divisions of a legal text, above any enumeration
_HEAD_END = re.compile(r"[。：:！？]")  # not ；: it ends an item of a list, not a heading
_HEAD_MAX = 25  # a heading phrase is short (at most one comma: 坚持创新引领、开放合作，产业基础更加牢固) ...
_HEAD_LINE_MAX = 40  # ... and so is a heading line
_NOT_IN_HEAD = re.compile(r"[，,；;]")

UNIT_FIELDS = ("id", "doc", "number", "kind", "level", "parent", "heading", "start", "end", "text")


def cn_number(s: str) -> int | None:
    """The value of a number as markers write it: ``十二`` 12, ``二十`` 20, ``一百零五`` 105, ``7``, ``③`` 3."""
    if s.isdigit() and s.isascii():
        return int(s)
    if len(s) == 1 and s in _CIRCLED:
        return _CIRCLED.index(s) + 1
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


def _candidates(body: str) -> list[_Cand]:
    out: list[_Cand] = []
    pos = 0
    for line in body.split("\n"):
        m = _LINE_RE.match(line)
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
    return out


def _tree(body: str) -> list[Unit]:
    """The numbered units of ``body`` as a forest (top-level units), ends not yet set."""
    roots: list[Unit] = []
    stack: list[Unit] = []
    rank: dict[str, int] = {}  # kind -> order of first appearance
    last_of_kind: dict[str, Unit] = {}
    for c in _candidates(body):
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


def _close(units: list[Unit], end: int, body: str) -> None:
    for i, u in enumerate(units):
        u.end = units[i + 1].start if i + 1 < len(units) else end
        while u.end > u.start and body[u.end - 1] in " \t\n\u3000":
            u.end -= 1
        _close(u.children, u.end, body)


def _add_clauses(u: Unit, body: str) -> None:
    """款: the paragraphs of an article of two paragraphs or more (a paragraph that starts
    with a marker belongs to the 款 before it)."""
    for ch in u.children:
        _add_clauses(ch, body)
    if u.kind != "第X条":
        return
    child_starts = {ch.start for ch in u.children}
    starts = [u.body_start]
    pos = body.find("\n", u.start, u.end)
    while pos >= 0:
        s = pos + 1
        while s < u.end and body[s] in " \t\u3000":
            s += 1
        if s < u.end and body[s] != "\n" and s not in child_starts:
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
        k.children = [ch for ch in u.children if k.start <= ch.start < max(k.end, k.start + 1)]
        for ch in k.children:
            ch.parent = k
            _clip(ch, k.end, body)  # a paragraph after a list is the next 款, not the last item's
        clauses.append(k)
    u.children = clauses


def _clip(u: Unit, end: int, body: str) -> None:
    if u.end > end:
        u.end = max(u.start, end)
        while u.end > u.start and body[u.end - 1] in " \t\n\u3000":
            u.end -= 1
    for ch in u.children:
        _clip(ch, u.end, body)


def _heading(u: Unit, body: str) -> str:
    line_end = body.find("\n", u.body_start)
    line_end = len(body) if line_end < 0 else line_end
    line_end = min(line_end, u.children[0].start if u.children and u.children[0].start > u.body_start else line_end)
    rest = body[u.body_start:line_end].strip(" \t\u3000")
    if not rest or u.kind == "款":
        return ""
    m = _HEAD_END.search(rest)
    if m is None:  # a heading line: short, no punctuation of a sentence
        return rest if len(rest) <= _HEAD_LINE_MAX and not _NOT_IN_HEAD.search(rest) else ""
    head = rest[: m.start()].strip()
    if rest[m.end():].strip():  # a heading phrase, then the text (（一）加强组织领导。各部门……)
        ok = len(_NOT_IN_HEAD.findall(head)) <= 1
    else:  # the line is the phrase alone: a heading when the unit goes on below it
        ok = u.end > line_end and not _NOT_IN_HEAD.search(head)
    if head and ok and len(head) <= _HEAD_MAX:
        return head
    return ""


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
    roots = _tree(body)
    n = 0
    stack = list(roots)
    while stack and n < 2:
        u = stack.pop()
        n += 1
        stack.extend(u.children)
    if n < 2:
        return _fallback(body, doc_id)
    _close(roots, len(body), body)
    for u in roots:
        _add_clauses(u, body)
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
