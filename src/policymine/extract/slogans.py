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

import regex

from .. import resources
from .text import Doc

if TYPE_CHECKING:
    from ..segment import Segmenter

__all__ = ["extract_slogans", "classify_quoted"]

# fmt: off
_NUM = "一二两三四五六七八九十百千万双多"
RE_QUOTED = regex.compile(r"[“‘「『\"](?P<q>[^“”‘’「」『』\"\n]{2,16})[”’」』\"]")
RE_ALTERNATING = regex.compile(
    rf"(?<![{_NUM}\p{{Han}}])(?:[{_NUM}](?![个届次年月日号批项家位名种条点些])\p{{Han}}){{2,4}}(?![\p{{Han}}])"
    rf"|(?<![{_NUM}])(?:[{_NUM}](?![个届次年月日号批项家位名种条点些])\p{{Han}}){{2,4}}(?=[”’」』、,，。；;])"
)
RE_PLUS_FORMULA = regex.compile(r"(?<![\w.])\d{1,2}(?:\+(?:\d{1,2}|[Xx]|N|n))+(?![\w.%])")
RE_PLAN_PERIOD = regex.compile(r"十[一二三四五六七八九]五")  # a five-year plan period names a time, not a line
RE_NUMERAL = regex.compile(rf"[{_NUM}]|\d")
RE_MEASURE_ONLY = regex.compile(rf"^[\d.{_NUM}零〇]+[个家项人名次年月日%]$")
INSTITUTION_CHARS = "院所区局会委部厅校"  # a numeral + one of these names bodies, not a formula
RE_FUNCTION_CHARS = regex.compile(r"[的了是在和与及或就也都而把被对从向为以着过之其这那我你他她它们吗呢吧]")
# fmt: on

# patterns used inside functions, compiled once
RE_HAN_ONLY = regex.compile(r"\p{Han}+")
RE_COUNTED_ITEMS = regex.compile(r".[个篇项大位条方面环节]")
RE_HAN_DIGITS_PLUS = regex.compile(r"[\p{Han}\d+]+")
RE_HAN_CHAR = regex.compile(r"\p{Han}")


@functools.cache
def _lexicon():
    """(regex over every form, form -> (canonical, kind, aliases))."""
    forms: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for text, (kind, aliases) in resources.slogans().items():
        forms[text] = (text, kind, aliases)
        for a in aliases:
            forms.setdefault(a, (text, kind, aliases))
    rx = resources.word_regex(forms) if forms else None
    return rx, forms


@functools.cache
def _abbreviation_chars() -> frozenset[str]:
    """Characters that stand for a word in the lexicon's abbreviation chains (政, 产, 学, 研 ...)."""
    return frozenset("".join(t for t, (kind, _) in resources.slogans().items() if kind == "abbreviation"))


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


def classify_quoted(q: str, after: str = "", segmenter: Segmenter | None = None) -> str | None:
    """The kind of a quoted phrase if it is a slogan by its structure, else None.

    ``after`` is the text that follows the closing quote; ``segmenter`` the run's (default:
    the package's).
    """
    if segmenter is None:
        from ..segment import get_segmenter

        segmenter = get_segmenter()
    q = q.strip()
    if segmenter.is_idiom(q):
        return None  # 名利双收, 一举两得: an idiom quoted for effect, numerals and all
    if RE_PLUS_FORMULA.fullmatch(q):
        return "numbered"
    if "+" in q and all(2 <= len(p) <= 8 for p in q.split("+")) and q.count("+") >= 2:
        return "catchphrase"
    if not RE_HAN_DIGITS_PLUS.fullmatch(q) or len(q) > 10 or RE_PLAN_PERIOD.fullmatch(q):
        return None
    numerals = RE_NUMERAL.findall(q)
    if numerals and not RE_MEASURE_ONLY.match(q) and RE_HAN_CHAR.search(q):
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

    def add(key: str, form: str, kind: str, start: int, end: int, aliases=()) -> None:
        entry = found.get(key)
        if entry is None:
            entry = found[key] = {"forms": Counter(), "kind": kind, "aliases": set(aliases), "spans": []}
        entry["forms"][form] += 1
        entry["spans"].append((start, end))
        spans.append((start, end))

    rx, forms = _lexicon()
    taken = bytearray(len(text))
    if rx is not None:
        for m in rx.finditer(text):
            canon, kind, aliases = forms[m.group()]
            add(canon, m.group(), kind, m.start(), m.end(), (canon, *aliases))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    for m in RE_PLUS_FORMULA.finditer(text):
        if free(m.start(), m.end()):
            add(m.group(), m.group(), "numbered", m.start(), m.end())
    for m in RE_ALTERNATING.finditer(text):
        if free(m.start(), m.end()) and not doc.segmenter.is_idiom(m.group()):
            add(m.group(), m.group(), "numbered", m.start(), m.end())
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    quoted = list(RE_QUOTED.finditer(text))
    # how often each short quoted phrase occurs at all, quoted or not: one pass over the text
    candidates = {m.group("q") for m in quoted if 3 <= len(m.group("q")) <= 8}
    occurrences = resources.count_words(candidates, text)
    for m in quoted:
        q = m.group("q")
        s, e = m.start("q"), m.end("q")
        if not free(s, e):
            continue
        kind = classify_quoted(q, text[m.end() : m.end() + 4], doc.segmenter)
        if (kind is None and 3 <= len(q) <= 8 and RE_HAN_ONLY.fullmatch(q) and not RE_PLAN_PERIOD.fullmatch(q)
                and occurrences[q] >= 3 and not RE_FUNCTION_CHARS.search(q)):  # a catchphrase the document repeats
            kind = "catchphrase"
        if kind:
            add(q, q, kind, s, e)
    out = []
    for entry in found.values():
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
