""":mod:`policymine.extract.numbers`: read the numbers, shares and multiples of Chinese policy text.

Policy documents write the same quantity in many ways: ``1200万``, ``1.97亿``,
``2,345亿``, ``一万二千``, ``二〇二五``, ``三点五``, ``六成五``, ``百分之十五``,
``翻两番``... The functions here turn one such span (already cut out of the text
by an extractor, without qualifiers such as 约 or 以上 and without units of
measure such as 元 or 吨) into a number. They are pure, never raise on text
input, and return ``None`` when the span is not a well-formed number.

* :func:`parse_chinese_int` reads Chinese numerals (``二十六``, ``一亿零五百万``,
  ``壹佰贰拾``, ``二〇二五``) into an ``int``;
* :func:`parse_number` reads any number (Arabic, Chinese or mixed, with
  decimals, thousands separators and the multipliers 百 千 万 亿 万亿 兆) into a
  ``float``;
* :func:`parse_share` reads a share (``六成``, ``三分之一``, ``百分之十五``) as a
  percentage;
* :func:`parse_multiple` reads a multiple (``翻两番``, ``1.5倍``) as a factor;
* :func:`to_chinese` writes an ``int`` in standard modern Chinese numerals.

Arithmetic is exact (:class:`fractions.Fraction`) until the final conversion
to ``float``, so ``parse_number(str(n)) == float(n)`` for every integer the
grammar admits. Every quantifier in the regular expressions is bounded and
inputs longer than :data:`MAX_CHARS` are rejected up front, so the cost is
linear in a short input.
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction

from ..compiled import re
from ..lang import CN_FINANCIAL, CN_NUMERAL

__all__ = [
    "CN_DIGITS",
    "MAX_CHARS",
    "parse_chinese_int",
    "parse_number",
    "parse_share",
    "parse_multiple",
    "to_chinese",
]

# ---------------------------------------------------------------------------
# Character tables
# ---------------------------------------------------------------------------

#: Every Chinese numeral character the parsers understand.
CN_DIGITS = CN_NUMERAL + CN_FINANCIAL

#: Longest input (after stripping) any parser looks at; longer text is rejected.
MAX_CHARS = 80

# Digits 0-9, common and formal (大写) forms. 两 is 2 but never read digit by digit.
_DIGIT_VALUES = {
    "〇": 0, "零": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "两": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
# Units that scale a single digit inside a four-digit group.
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Units that close a four-digit group. 兆 is 10**12 (the Taiwan/Hong Kong usage,
# and the modern mainland 万亿), not the mainland's rare 10**6.
_BIG_UNITS = {"万": 10**4, "亿": 10**8, "兆": 10**12}
# Contracted tens, expanded before parsing: 廿五 reads as 二十五.
_CONTRACTIONS = str.maketrans({"廿": "二十", "卅": "三十"})

# Full-width digits and punctuation folded to ASCII (the full-width comma is
# kept: RE_ARABIC accepts it as a thousands separator).
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "－": "-", "＋": "+", "％": "%"})
_MINUS_SIGNS = frozenset("-−负")
_PLUS_SIGNS = frozenset("+")

# Denominators of 十分之 百分之 千分之 万分之.
_BARE_DENOMINATORS = {"十": Fraction(10), "百": Fraction(100), "千": Fraction(1000), "万": Fraction(10000)}

# Output side of to_chinese.
_DIGIT_CHARS = "零一二三四五六七八九"
_SECTION_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))

# ---------------------------------------------------------------------------
# Regular expressions (all anchored with fullmatch/match, all bounded)
# ---------------------------------------------------------------------------

# Characters allowed in a Chinese numeral.
RE_CN_NUMERAL = re.compile(f"[{CN_DIGITS}]{{1,{MAX_CHARS}}}")
# A numeral without any unit, read digit by digit (二〇二五 -> 2025). 两 is excluded.
RE_CN_DIGIT_STRING = re.compile(r"[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖]{1,40}")
# An Arabic number at a position: either correctly grouped thousands (2,345 or
# 2，345) or a plain run of digits, with an optional decimal part.
RE_ARABIC = re.compile(r"(?:[0-9]{1,3}(?:[,，][0-9]{3}){1,12}|[0-9]{1,40})(?:\.[0-9]{1,20})?")
# A Chinese decimal: integer part, 点, fractional digits, optional multiplier (十二点五万).
RE_CN_DECIMAL = re.compile(
    f"(?P<int>[{CN_DIGITS}]{{1,40}})点(?P<frac>[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖]{{1,20}}|[0-9]{{1,20}})"
    r"(?P<small>[百千佰仟])?(?P<big>万亿|[万亿兆])?"
)
# 六成, 六成五, 6.5成 (tenths).
RE_SHARE_CHENG = re.compile(
    r"(?P<tenths>[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]|10|[0-9](?:\.[0-9]{1,2})?)成"
    r"(?P<hundredths>[一二三四五六七八九壹贰叁肆伍陆柒捌玖]|[0-9])?"
)
# 三分之一, 百分之十五点五, 千分之五, 3分之1.
RE_SHARE_FRACTION = re.compile(r"(?P<den>[^分]{1,20})分之(?P<num>[^分]{1,40})")
# 15%, 15％ (folded), 5‰.
RE_SHARE_SIGN = re.compile(r"(?P<num>[^%‰]{1,60})(?P<sign>[%‰])")
# 翻番, 翻一番, 翻了两番, 两番, 3番.
RE_MULTIPLE_FAN = re.compile(r"(?P<verb>翻了?)?(?P<n>[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]|[1-9][0-9]?)?番")
# 翻倍, 翻一倍, 翻了一倍: doubled.
RE_MULTIPLE_DOUBLED = re.compile(r"翻了?一?倍")
# 三倍, 1.5倍, 两倍.
RE_MULTIPLE_TIMES = re.compile(r"(?P<n>[^倍]{1,40})倍")


# ---------------------------------------------------------------------------
# Tokenizer and evaluator shared by parse_chinese_int and parse_number
# ---------------------------------------------------------------------------

# Token kinds.
_DIGIT = "digit"  # a Chinese digit 1-9 (value int)
_ZERO = "zero"  # 零 / 〇 between units
_ARABIC = "arabic"  # an Arabic number (value Fraction)
_SMALL = "small"  # 十 百 千 (value int)
_BIG = "big"  # 万 亿 兆 (value int)

_Token = tuple[str, "int | Fraction"]


def _tokenize(text: str) -> list[_Token] | None:
    """Split ``text`` into numeral tokens, or ``None`` at the first character that is none."""
    tokens: list[_Token] = []
    pos, end = 0, len(text)
    while pos < end:
        ch = text[pos]
        if "0" <= ch <= "9":
            m = RE_ARABIC.match(text, pos)
            assert m is not None  # a digit always starts a match
            tokens.append((_ARABIC, Fraction(m.group().replace(",", "").replace("，", ""))))
            pos = m.end()
            continue
        if ch in _DIGIT_VALUES:
            value = _DIGIT_VALUES[ch]
            tokens.append((_DIGIT, value) if value else (_ZERO, 0))
        elif ch in _SMALL_UNITS:
            tokens.append((_SMALL, _SMALL_UNITS[ch]))
        elif ch in _BIG_UNITS:
            tokens.append((_BIG, _BIG_UNITS[ch]))
        else:
            return None
        pos += 1
    return tokens


def _evaluate(tokens: list[_Token]) -> int | Fraction | None:
    """Value of a numeral written with units, or ``None`` if it is malformed.

    The numeral is read as four-digit groups closed by the big units 万 亿 兆.
    Inside a group the small units 千 百 十 must decrease; 零 marks skipped places
    and must come right after a unit. The rules, in the order they apply:

    * a bare unit means one of it: 十五 = 15, 百亿 = 10**10 (百 and 千 only at
      the start of the numeral, 十 anywhere: 一百十五 = 115);
    * a Chinese digit right after a unit, ending the numeral or followed by a
      big unit, takes the next lower place (colloquial 三百五 = 350,
      一万二 = 12000, 一亿二 = 120000000, 三百五万 = 3500000); after 零 it is a
      plain unit digit (一百零五 = 105). An Arabic number in that position is
      rejected as ambiguous (1万2), unless a big unit follows (3亿5000万);
    * a big unit larger than every earlier one multiplies everything before
      it (一万二千亿 = 1.2 * 10**12, and 万亿 = 10**12 with nothing between);
      a smaller one only its own group (一亿零五百万).
    """
    total: int | Fraction = 0  # value of the groups closed by a big unit
    section: int | Fraction = 0  # value of the current group so far
    pending: int | Fraction | None = None  # a number not bound to a unit yet
    pending_kind = ""  # _DIGIT or _ARABIC
    pending_digits = 0  # how many digits an Arabic pending number was written with
    pending_after: str | None = None  # kind of the token before the pending number
    last_small: int | None = None  # last small unit of the current group
    last_big: int | None = None  # last big unit seen
    max_big = 0  # largest big unit seen
    zero = False  # a 零 since the last unit
    prev: str | None = None  # kind of the previous token

    def flush(at_end: bool) -> int | Fraction | None:
        """Value of the pending number once its group is closed (None: ambiguous)."""
        if pending is None:
            return 0
        if pending_after not in (_SMALL, _BIG) or zero:
            return pending  # first token, or after 零: a plain number
        if pending_kind == _ARABIC:
            # "1万2" / "3千5": Arabic digits after a unit with no unit of their own. Two or more
            # digits after a big unit are a plain number (1万600 = 10600): nobody writes 1万60
            # for 16000.
            if pending_after == _BIG and (not at_end or pending_digits >= 2):
                return pending
            return None
        if pending_after == _SMALL:
            assert last_small is not None
            return pending * (last_small // 10)  # 三百五 -> 5 * 10
        if at_end:
            assert last_big is not None
            return pending * (last_big // 10)  # 一万二 -> 2 * 1000
        return pending  # 一亿二万: the digit of the 万 group

    for kind, value in tokens:
        if kind in (_DIGIT, _ARABIC):
            if pending is not None:
                return None  # two numbers in a row: 一二十, 12三
            pending, pending_kind, pending_after = value, kind, prev
            pending_digits = len(str(value)) if kind == _ARABIC and value.denominator == 1 else 1
        elif kind == _ZERO:
            if prev not in (_SMALL, _BIG):
                return None  # leading 零, 零零, or 零 after a digit
            zero = True
        elif kind == _SMALL:
            if pending is None:
                if prev is not None and value != 10:
                    return None  # a bare 百/千 only opens the numeral: 百亿
                multiplier: int | Fraction = 1
            else:
                multiplier = pending
            if last_small is not None:
                if value >= last_small:
                    return None  # units must decrease: 十十, 百一千
                if zero and value * 10 >= last_small:
                    return None  # 零 must skip a place: 一百零五十
            section += multiplier * value
            last_small, pending, zero = value, None, False
        else:  # _BIG
            if pending is None and section == 0:
                # Nothing in the group: only 万亿 (10**12) may be written that way.
                if not (prev == _BIG and last_big == 10**4 and value == 10**8 and value > max_big):
                    return None
                total *= value
            else:
                tail = flush(at_end=False)
                if tail is None:
                    return None
                group = section + tail
                if value > max_big:
                    total = (total + group) * value  # 一万二千亿: (一万二千) 亿
                elif last_big is not None and value < last_big:
                    total += group * value  # 一亿零五百万: 亿 + 五百万
                else:
                    return None  # repeated or rising big units: 一万二万
            last_big, max_big = value, max(max_big, value)
            section, last_small, pending, zero = 0, None, None, False
        prev = kind

    if prev is None or prev == _ZERO:
        return None  # empty, or a dangling 零
    tail = flush(at_end=True)
    if tail is None:
        return None
    return total + section + tail


def _parse_cn_integer(text: str) -> int | None:
    """Value of a Chinese-only integer numeral (廿/卅 already expanded)."""
    if RE_CN_DIGIT_STRING.fullmatch(text):
        # No unit at all: read digit by digit (二〇二五 -> 2025, 零 -> 0).
        return int("".join(str(_DIGIT_VALUES[ch]) for ch in text))
    tokens = _tokenize(text)
    if tokens is None:
        return None
    value = _evaluate(tokens)
    return None if value is None else int(value)  # digits and units only: always integral


def _parse_exact(text: str) -> Fraction | None:
    """The exact value of a number as written (see :func:`parse_number`)."""
    text = text.strip().translate(_FULLWIDTH)
    if not text or len(text) > MAX_CHARS:
        return None
    sign = 1
    if text[0] in _MINUS_SIGNS:
        sign, text = -1, text[1:]
    elif text[0] in _PLUS_SIGNS:
        text = text[1:]
    if not text:
        return None
    text = text.translate(_CONTRACTIONS)

    m = RE_CN_DECIMAL.fullmatch(text)
    if m:
        # 三点五, 十二点五万: integer part, then digits after 点, then a multiplier.
        integer = _parse_cn_integer(m["int"])
        if integer is None:
            return None
        frac = m["frac"]
        value = integer + Fraction(int("".join(ch if ch.isdigit() else str(_DIGIT_VALUES[ch]) for ch in frac)),
                                   10 ** len(frac))  # 一百点123: Arabic digits after a Chinese 点
        if m["small"]:
            value *= _SMALL_UNITS[m["small"]]
        if m["big"]:
            for ch in m["big"]:  # 万亿 = 万 * 亿
                value *= _BIG_UNITS[ch]
        return sign * value

    if RE_CN_DIGIT_STRING.fullmatch(text):
        value: int | Fraction | None = _parse_cn_integer(text)  # 二〇二五
    else:
        tokens = _tokenize(text)
        value = None if tokens is None else _evaluate(tokens)
    return None if value is None else sign * Fraction(value)


def _to_float(value: Fraction | None) -> float | None:
    """``float(value)``, or ``None`` for ``None`` or a value too large for a float."""
    if value is None:
        return None
    try:
        result = float(value)
    except OverflowError:
        return None
    return result if math.isfinite(result) else None


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_chinese_int(s: str) -> int | None:
    """The integer written in Chinese numerals in ``s``, or ``None``.

    Handles common and formal (大写) digits, 两, 〇, 廿 (20), 卅 (30), the units
    十 百 千 万 亿 兆 (兆 = 10**12), 万亿, skipped places marked with 零, the
    colloquial trailing digit (``一万二`` = 12000, ``三百五`` = 350) and
    digit-by-digit readings without units (``二〇二五`` = 2025).

    The text must be the numeral alone: no whitespace, Arabic digits, decimal
    point or sign (see :func:`parse_number` for those).

    >>> parse_chinese_int("一亿零五百万")
    105000000
    >>> parse_chinese_int("一万二")
    12000
    >>> parse_chinese_int("十二点五") is None
    True
    """
    if not isinstance(s, str) or not RE_CN_NUMERAL.fullmatch(s):
        return None
    return _parse_cn_integer(s.translate(_CONTRACTIONS))


def parse_number(s: str) -> float | None:
    """The number written in ``s`` (Arabic, Chinese or mixed), or ``None``.

    Accepts, with optional surrounding whitespace and a leading sign (``-``,
    ``+``, ``−``, ``负``):

    * Arabic digits (ASCII or full-width), decimals, and thousands separators in
      groups of three (``2,345`` or ``2，345``);
    * Chinese numerals, as :func:`parse_chinese_int`, with an optional decimal
      part after 点 (``三点五``, ``十二点五万``);
    * the multipliers 十 百 千 万 亿 万亿 兆 after either kind of number, including
      compound forms (``1200万``, ``1.97亿``, ``2.1万亿``, ``3.1兆``, ``1万2千``,
      ``3亿5000万``, ``百亿``).

    Qualifiers (约, 以上...) and units of measure (元, 吨...) are not part of a
    number: ``约2.1万亿`` and ``3元`` give ``None``. So does ``1万2``, whose
    reading (12000 or 10002) is ambiguous in Arabic digits.

    >>> parse_number("7129.56万")
    71295600.0
    >>> parse_number("2,345亿")
    234500000000.0
    """
    if not isinstance(s, str):
        return None
    if len(s) <= 3:
        short = _short_numerals()
        if s in short:
            return short[s]
    m = _RE_DECIMAL_TIMES.fullmatch(s)
    if m:
        # the common case (12.5, 1.97亿, 3千万): the decimal point moved by the multiplier's
        # power of ten; float() rounds a decimal string exactly as the Fraction would be
        whole, frac, small, big = m.groups()
        frac = frac or ""
        value = float(f"{whole}{frac}e{_POWER_OF_TEN[small] + _POWER_OF_TEN[big] - len(frac)}")
        if value or not (small and big):
            return value  # (0千万: an empty group before a big unit, which the grammar refuses)
    return _to_float(_parse_exact(s))


@functools.cache
def _short_numerals() -> dict[str, float | None]:
    """:func:`parse_number` of the short Chinese numerals most figures in words are (一, 三, 十四,
    五十, 二十三; a bare unit such as 万 is None), read once by the grammar: a lookup instead of a
    parse each."""
    digits = "一二三四五六七八九"
    forms = {*_DIGIT_VALUES, *_SMALL_UNITS, *_BIG_UNITS, *(d + "十" for d in digits), *("十" + d for d in digits),
             *(a + "十" + b for a in digits for b in digits)}
    return {f: _to_float(_parse_exact(f)) for f in forms}


# an Arabic decimal without separators, then at most a small unit and a big one (or 万亿)
_RE_DECIMAL_TIMES = re.compile(r"([0-9]{1,16})(?:\.([0-9]{1,8}))?([十拾百佰千仟]?)(万亿|[万亿兆]?)")
_POWER_OF_TEN = {"": 0, "十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "亿": 8, "兆": 12, "万亿": 12}


def parse_share(s: str) -> float | None:
    """The share written in ``s``, in percent, or ``None``.

    * tenths: ``六成`` = 60, ``六成五`` = 65, ``6.5成`` = 65;
    * fractions: ``三分之一`` = 33.33, ``四分之三`` = 75, ``百分之十五点五`` = 15.5,
      ``百分之0.5`` = 0.5, ``千分之五`` = 0.5, ``万分之五`` = 0.05; the result is
      exact when the denominator is 10, 100, 1000 or 10000, and otherwise
      rounded half up to two decimals;
    * ``一半`` = 50;
    * a number followed by ``%`` or ``‰`` (``15%``, ``5‰`` = 0.5).

    Vague quantities such as 过半 or 多数 are not shares: ``None``.
    """
    if not isinstance(s, str):
        return None
    text = s.strip().translate(_FULLWIDTH)
    if not text or len(text) > MAX_CHARS:
        return None
    if text == "一半":
        return 50.0

    m = RE_SHARE_CHENG.fullmatch(text)
    if m:
        tenths = _parse_exact(m["tenths"])
        if tenths is None:
            return None
        pct = tenths * 10
        if m["hundredths"]:
            if tenths.denominator != 1 or tenths >= 10:
                return None  # 6.5成五, 十成五
            digit = m["hundredths"]
            pct += int(digit) if "0" <= digit <= "9" else _DIGIT_VALUES[digit]
        return _to_float(pct)

    m = RE_SHARE_FRACTION.fullmatch(text)
    if m:
        # 万分之 needs its own entry: a bare 万 is not a number for parse_number.
        den = _BARE_DENOMINATORS.get(m["den"]) or _parse_exact(m["den"])
        num = _parse_exact(m["num"])
        if den is None or num is None or den <= 0:
            return None
        pct = num * 100 / den
        if den not in (10, 100, 1000, 10000):
            pct = Fraction(math.floor(pct * 100 + Fraction(1, 2)), 100)  # half up to 0.01
        return _to_float(pct)

    m = RE_SHARE_SIGN.fullmatch(text)
    if m:
        num = _parse_exact(m["num"])
        if num is None:
            return None
        return _to_float(num if m["sign"] == "%" else num / 10)
    return None


def parse_multiple(s: str) -> float | None:
    """The factor written in ``s``, or ``None``.

    * doublings: ``翻番``, ``翻一番``, ``一番`` = 2, ``翻两番``, ``翻了两番`` = 4,
      ``翻三番`` = 8 (``n番`` = 2**n);
    * doubled: ``翻倍``, ``翻一倍``, ``翻了一倍`` = 2;
    * times: ``三倍`` = 3, ``1.5倍`` = 1.5, ``两倍`` = 2.

    ``X倍`` is returned as written: whether 增长三倍 means a factor of 3 or of 4
    is the caller's decision. A multiple must be positive.
    """
    if not isinstance(s, str):
        return None
    text = s.strip().translate(_FULLWIDTH)
    if not text or len(text) > MAX_CHARS:
        return None

    m = RE_MULTIPLE_FAN.fullmatch(text)
    if m:
        if m["n"] is None:
            return 2.0 if m["verb"] else None  # 翻番 doubles; 番 alone is nothing
        count = m["n"]
        n = int(count) if "0" <= count[0] <= "9" else parse_chinese_int(count)
        return float(2**n) if n else None
    if RE_MULTIPLE_DOUBLED.fullmatch(text):
        return 2.0

    m = RE_MULTIPLE_TIMES.fullmatch(text)
    if m:
        value = _parse_exact(m["n"])
        return _to_float(value) if value is not None and value > 0 else None
    return None


def to_chinese(n: int) -> str:
    """``n`` (0 <= n < 10**16) in standard modern Chinese numerals.

    Groups of four digits are closed by 万 and 亿 (10**12 is 一万亿), skipped
    places are marked by a single 零, a leading 一十 is written 十, and 2 is
    二 everywhere (``二千三百``, not ``两千三百``). The inverse of
    :func:`parse_chinese_int` on that range.

    >>> to_chinese(105000000)
    '一亿零五百万'
    >>> to_chinese(100000)
    '十万'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"to_chinese() needs an int, not {type(n).__name__}")
    if not 0 <= n < 10**16:
        raise ValueError(f"to_chinese() handles 0 <= n < 10**16, not {n}")
    if n == 0:
        return "零"
    text = _join_groups(n, 10**8, "亿", _below_yi)
    return "十" + text[2:] if text.startswith("一十") else text


def _section(n: int) -> str:
    """``0 < n < 10**4`` as 千/百/十 numerals, 零 marking inner skipped places."""
    out: list[str] = []
    gap = False  # a zero digit after something was written
    for place, unit in _SECTION_PLACES:
        digit = n // place % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        out.append(_DIGIT_CHARS[digit] + unit)
    return "".join(out)


def _below_yi(n: int) -> str:
    """``0 < n < 10**8`` as numerals with 万."""
    return _join_groups(n, 10**4, "万", _section)


def _join_groups(n: int, base: int, unit: str, lower) -> str:
    """``n`` as (``n // base``)``unit`` followed by the rest, with 零 before a short rest."""
    high, low = divmod(n, base)
    out = lower(high) + unit if high else ""
    if low:
        if high and low < base // 10:
            out += "零"  # 一亿零五百万, 一万零五
        out += lower(low)
    return out
