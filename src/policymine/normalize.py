""":mod:`policymine.normalize`: text normalisation, ``str -> str`` steps and their pipeline.

Steps, in order (:func:`normalize` runs them all):

1. :func:`repair_mojibake`: text that was UTF-8 read as Latin-1 is decoded again;
   runs of ``锟斤拷`` and U+FFFD become one U+FFFD mark; characters that a mirror
   site destroyed but whose pinyin annotation survived (``日?qǐng)?bào)``) are
   restored when the document itself shows which character carries that pinyin
   (``報(bào)`` elsewhere on the page) and otherwise marked with U+FFFD.
2. :func:`strip_pinyin`: ``網(wǎng)`` -> ``網``.
3. script conversion with OpenCC (:mod:`policymine.convert`), only where needed.
4. :func:`fold_width`: full-width ASCII letters, digits and ``％`` to half-width;
   Chinese punctuation is kept.
5. :func:`tidy_whitespace`: line ends, no-break spaces, trailing blanks.

The result's offsets are those of the normalised text: every later stage works on it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .compiled import re
from .lang import HAN, RE_HAN

if TYPE_CHECKING:
    from .segment import Segmenter

__all__ = [
    "NormResult",
    "normalize",
    "strip_pinyin",
    "repair_mojibake",
    "fold_variants",
    "fold_width",
    "tidy_whitespace",
    "make_pipeline",
    "MARK",
]

MARK = "\ufffd"  # what an unrecoverable character becomes

# fmt: off
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# one pinyin syllable as mirror sites write it: lower-case letters with at least one tone mark
_SYLLABLE = rf"[a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,5}}"
RE_ANNOTATION = re.compile(
    rf"(?P<han>[{HAN}])"   # the annotated character
    rf"[(（](?P<py>{_SYLLABLE})[)）]"              # its pinyin in half- or full-width brackets
)
RE_DAMAGED = re.compile(
    r"\?"                                           # the destroyed character, now '?'
    rf"(?:(?P<junk>[^?\s]{{1,6}}?)\?)?"              # debris between (an orphaned annotation, bytes)
    rf"(?P<py>{_SYLLABLE})[)）]"                     # the surviving pinyin of the character
)
RE_ORPHAN_PINYIN = re.compile(rf"^{_SYLLABLE}[)）]$")
# what replacement characters leave: U+FFFD, and the debris of it (and of uninitialised memory)
# read in GBK; a page holds a run of them only if it holds one of them, which ``in`` finds faster
REPLACEMENT_DEBRIS = ("锟斤拷", "烫烫烫", "屯屯屯", MARK)
RE_REPLACEMENT_RUN = re.compile("(?:" + "|".join(map(re.escape, REPLACEMENT_DEBRIS)) + ")+")
# a tone mark: every pinyin annotation holds one, and most pages none
RE_TONE_MARK = re.compile(f"[{_TONED}]")
RE_LATIN1_MOJIBAKE = re.compile(r"[\u00c2-\u00ef][\u0080-\u00bf\u0152-\u2122]{1,2}")
RE_CJK = RE_HAN
RE_WIDE_CHAR = re.compile(r"[０-９Ａ-Ｚａ-ｚ％]")
RE_WIDE_DECIMAL = re.compile(r"(?<=[0-9０-９])[．·](?=[0-9０-９])")
# fmt: on

_WIDTH_TABLE = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH_TABLE[0xFF05] = ord("%")  # ％


@dataclass
class NormResult:
    """A normalised text and what normalisation found on the way."""

    text: str
    script: str = "simplified"  # script of the input (before conversion)
    warnings: list[str] = field(default_factory=list)
    repaired: int = 0  # characters restored from surviving pinyin
    marked: int = 0  # characters marked with U+FFFD as unrecoverable


def strip_pinyin(text: str) -> str:
    """Drop pinyin annotations that follow characters: ``網(wǎng)站`` -> ``網站``."""
    if not RE_TONE_MARK.search(text):
        return text  # no annotation: a search for one character instead of a try at every Han one
    return RE_ANNOTATION.sub(r"\g<han>", text)


def _fix_latin1_line(line: str) -> str:
    """A line of UTF-8 bytes read as Latin-1/cp1252 (``å…°å·ž``), decoded again."""
    if RE_CJK.search(line) or len(RE_LATIN1_MOJIBAKE.findall(line)) < 3:
        return line
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = line.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if RE_CJK.search(fixed):
            return fixed
    return line


def repair_mojibake(text: str, result: NormResult | None = None, segmenter: Segmenter | None = None) -> str:
    """Repair what can be repaired with certainty and mark the rest with U+FFFD.

    ``result`` (optional) receives counts and warnings.
    """
    res = result if result is not None else NormResult(text)
    if RE_LATIN1_MOJIBAKE.search(text):
        fixed = "\n".join(_fix_latin1_line(line) for line in text.split("\n"))
        if fixed != text:
            res.warnings.append("mojibake: re-decoded text that was UTF-8 read as Latin-1")
            text = fixed
    if any(debris in text for debris in REPLACEMENT_DEBRIS):
        n = 0

        def mark(m: re.Match) -> str:
            nonlocal n
            n += 1
            return MARK

        text = RE_REPLACEMENT_RUN.sub(mark, text)
        res.marked += n
        res.warnings.append(f"mojibake: {n} run(s) of replacement characters marked")
    if "?" in text and RE_DAMAGED.search(text):
        text = _repair_damaged(text, res, segmenter)
    return text


def _pinyin_map(text: str) -> dict[str, Counter]:
    """pinyin -> characters the document itself annotates with it."""
    found: dict[str, Counter] = {}
    for m in RE_ANNOTATION.finditer(text):
        found.setdefault(m.group("py"), Counter())[m.group("han")] += 1
    return found


def _forms_word(left: str, ch: str, right: str, known: Callable[[str], bool]) -> bool:
    """Does ``ch`` make a dictionary word with its neighbour (after t2s)?"""
    from .convert import to_simplified

    return any(len(pair) == 2 and known(to_simplified(pair)) for pair in (left + ch, ch + right))


def _repair_damaged(text: str, res: NormResult, segmenter: Segmenter | None) -> str:
    if segmenter is None:
        from .segment import get_segmenter

        segmenter = get_segmenter()
    pmap = _pinyin_map(text)
    repaired = marked = 0

    def fix(m: re.Match) -> str:
        nonlocal repaired, marked
        py = m.group("py")
        left = text[m.start() - 1] if m.start() else ""
        right = text[m.end()] if m.end() < len(text) else ""
        candidates = [c for c, _ in pmap.get(py, Counter()).most_common()]
        if len(candidates) > 1:
            candidates = [c for c in candidates if _forms_word(left, c, right, segmenter.known)]
        junk = m.group("junk") or ""
        # debris that is itself an orphaned annotation carries no text; other debris was text
        lost = MARK if junk and not RE_ORPHAN_PINYIN.match(junk) else ""
        if len(candidates) == 1:
            repaired += 1
            if lost:
                marked += 1
            return lost + candidates[0]
        marked += 1 + bool(lost)
        return lost + MARK

    out = RE_DAMAGED.sub(fix, text)
    res.repaired += repaired
    res.marked += marked
    if repaired:
        res.warnings.append(f"mojibake: {repaired} character(s) restored from surviving pinyin")
    if marked:
        res.warnings.append(f"mojibake: {marked} unrecoverable character(s) marked with U+FFFD")
    return out


@functools.cache
def _variants() -> tuple[re.Pattern[str], dict[int, int]]:
    from .resources import table

    pairs = dict(table("variants.tsv", 2, 2))
    return re.compile("[" + "".join(pairs) + "]"), str.maketrans(pairs)


def fold_variants(text: str) -> str:
    """Variant forms OpenCC leaves (``data/variants.tsv``: 陜 as 陕) as their standard simplified
    character; one character for one, so offsets are kept."""
    found, table = _variants()
    return text.translate(table) if found.search(text) else text


def fold_width(text: str) -> str:
    """Full-width ASCII letters, digits and ``％`` to half-width (``１２．５％`` -> ``12.5%``)."""
    if not RE_WIDE_CHAR.search(text):
        return text  # most pages: nothing to fold, and the search is 10x cheaper than translate
    text = RE_WIDE_DECIMAL.sub(".", text)
    return text.translate(_WIDTH_TABLE)


# the typographic spaces (en, em, thin, hair, figure …; narrow no-break, medium mathematical), which
# portals set between a label's characters (索\u2002引\u2002号) and between names in a line
RE_TYPOGRAPHIC_SPACE = re.compile("[\u2000-\u200a\u202f\u205f]")


def tidy_whitespace(text: str) -> str:
    """Unix line ends, no BOM, no-break and typographic spaces as spaces, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    if RE_TYPOGRAPHIC_SPACE.search(text):
        text = RE_TYPOGRAPHIC_SPACE.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def make_pipeline(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Compose ``str -> str`` steps left to right."""

    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


def normalize(text: str, *, to: str = "simplified", opencc: str = "t2s", segmenter: Segmenter | None = None) -> NormResult:
    """Run every normalisation step; ``to`` is ``"simplified"``, ``"traditional"`` or ``"keep"``.

    ``opencc`` is the OpenCC configuration that converts traditional text to simplified:
    ``"t2s"`` (OpenCC's standard forms), ``"hk2s"`` for Hong Kong text, ``"tw2s"`` for Taiwan
    text, ``"tw2sp"`` for Taiwan text with Taiwan vocabulary replaced by the mainland's.
    ``segmenter`` (the run's, with the user's dictionaries) decides which repairs of mojibake
    make words; it is only needed, and the default one only built, when a page is damaged."""
    from . import convert

    res = NormResult(text)
    text = tidy_whitespace(text)
    text = repair_mojibake(text, res, segmenter)
    text = strip_pinyin(text)
    has_traditional = convert.has_traditional(text)  # one scan decides both steps for most pages
    if has_traditional:  # convert.detect_script, its own has_traditional scan known
        trad, simp = convert.count_script(text)
        res.script = "traditional" if trad > simp else "simplified"
    else:
        res.script = "simplified"
    if to == "simplified":
        if has_traditional or opencc != "t2s":  # regional forms can stand in lines of no traditional-only character
            text = convert.to_simplified(text, opencc, every_line=res.script == "traditional")
        text = fold_variants(text)
    elif to == "traditional":
        text = convert.to_traditional(text)
    elif to != "keep":
        raise ValueError(f"unknown target script {to!r} (simplified, traditional or keep)")
    res.text = fold_width(text)
    return res
