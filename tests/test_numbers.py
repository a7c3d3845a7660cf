"""Tests of :mod:`policymine.extract.numbers`: case tables and property tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine.extract.numbers import (
    CN_DIGITS,
    parse_chinese_int,
    parse_multiple,
    parse_number,
    parse_share,
    to_chinese,
)

# ---------------------------------------------------------------------------
# parse_chinese_int
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二十六", 26),
        ("十", 10),
        ("十五", 15),
        ("一十五", 15),
        ("一百零五", 105),
        ("一百一十", 110),
        ("一百十五", 115),  # colloquial bare 十
        ("两千三百", 2300),
        ("三千零二十", 3020),
        ("一千零五十", 1050),
        ("一万二千", 12000),
        ("一万二", 12000),  # colloquial: the digit takes the next lower unit
        ("三百五", 350),
        ("两万五", 25000),
        ("一亿二", 120000000),
        ("三百五万", 3500000),
        ("十二万三千四百五十六", 123456),
        ("一亿零五百万", 105000000),
        ("一亿零一千", 100001000),
        ("十万", 100000),
        ("十万零一十", 100010),
        ("一万亿", 10**12),
        ("一万二千亿", 12 * 10**11),
        ("一万零五亿", 1000500000000),
        ("三千万亿", 3 * 10**15),
        ("一兆", 10**12),
        ("二〇二五", 2025),
        ("二零二五", 2025),
        ("一九九八", 1998),
        ("零", 0),
        ("〇", 0),
        ("两", 2),
        ("九", 9),
        ("百", 100),
        ("壹佰贰拾", 120),
        ("叁仟零伍拾", 3050),
        ("廿五", 25),
        ("卅", 30),
        ("一百〇五", 105),
    ],
)
def test_parse_chinese_int(text, expected):
    assert parse_chinese_int(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "26",  # Arabic digits: parse_number's job
        "十二点五",  # decimals: parse_number's job
        " 二十",  # no whitespace
        "十十",
        "一二十",
        "百一千",  # units must decrease
        "一百零五十",  # 零 must skip a place
        "一千零一百",
        "零一百",
        "一百零",
        "一百零零五",
        "万",
        "亿",
        "一万万",
        "一亿万",
        "一万二万",
        "一两",
        "二十一二",
        "一千百",
    ],
)
def test_parse_chinese_int_rejects(text):
    assert parse_chinese_int(text) is None


# ---------------------------------------------------------------------------
# parse_number
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", 0),
        ("42", 42),
        ("3.14", 3.14),
        ("2,345", 2345),
        ("2，345", 2345),
        ("1,234,567.89", 1234567.89),
        ("１２３", 123),  # full-width digits
        ("３，０００", 3000),
        ("1200万", 12_000_000),
        ("1.97亿", 197_000_000),
        ("7129.56万", 71_295_600),
        ("3.1兆", 3.1e12),
        ("2,345亿", 234_500_000_000),
        ("2.1万亿", 2.1e12),
        ("3千", 3000),
        ("5百", 500),
        ("1.5千万", 15_000_000),
        ("1万2千", 12000),
        ("3亿5000万", 350_000_000),
        ("百亿", 1e10),
        ("千亿", 1e11),
        ("三点五", 3.5),
        ("零点五", 0.5),
        ("十二点五万", 125_000),
        ("一百二十点零五", 120.05),
        ("三点五亿", 350_000_000),
        ("二十六", 26),
        ("二〇二五", 2025),
        ("一万二", 12000),
        ("两亿", 200_000_000),
        ("-5", -5),
        ("负三点五", -3.5),
        ("+7", 7),
        (" 1200万 ", 12_000_000),  # surrounding whitespace is ignored
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "abc",
        "约2.1万亿",  # qualifiers are not part of a number
        "3元",  # nor units of measure
        "1万2",  # ambiguous in Arabic digits
        "3千5",
        "1,23",  # bad thousands grouping
        "12,34,567",
        "1.2.3",
        ".5",
        "5.",
        "--5",
        "-",
        "万",
        "1 200",
        "三点",
        "点五",
        "15%",  # a share: parse_share's job
    ],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


# ---------------------------------------------------------------------------
# parse_share
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("六成", 60),
        ("六成五", 65),
        ("十成", 100),
        ("6成", 60),
        ("6.5成", 65),
        ("三分之一", 33.33),
        ("三分之二", 66.67),
        ("四分之三", 75),
        ("五分之二", 40),
        ("八分之一", 12.5),
        ("百分之十五", 15),
        ("百分之十五点五", 15.5),
        ("百分之0.5", 0.5),
        ("百分之一百二十", 120),
        ("千分之五", 0.5),
        ("万分之五", 0.05),
        ("3分之1", 33.33),
        ("一半", 50),
        ("15%", 15),
        ("2.5％", 2.5),
        ("5‰", 0.5),
    ],
)
def test_parse_share(text, expected):
    assert parse_share(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "过半", "多数", "成", "十成五", "6.5成五", "分之一", "零分之一", "三分之", "百分之", "15", "六", "%"],
)
def test_parse_share_rejects(text):
    assert parse_share(text) is None


# ---------------------------------------------------------------------------
# parse_multiple
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("翻一番", 2),
        ("一番", 2),
        ("翻番", 2),
        ("翻两番", 4),
        ("两番", 4),
        ("翻了两番", 4),
        ("翻三番", 8),
        ("翻了一番", 2),
        ("翻倍", 2),
        ("翻了一倍", 2),
        ("三倍", 3),
        ("1.5倍", 1.5),
        ("两倍", 2),
        ("十倍", 10),
        ("二点五倍", 2.5),
    ],
)
def test_parse_multiple(text, expected):
    assert parse_multiple(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "番", "零番", "倍", "几倍", "0倍", "-2倍", "翻", "三", "翻几番"])
def test_parse_multiple_rejects(text):
    assert parse_multiple(text) is None


# ---------------------------------------------------------------------------
# to_chinese
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "零"),
        (7, "七"),
        (10, "十"),
        (26, "二十六"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1010, "一千零一十"),
        (2300, "二千三百"),
        (12000, "一万二千"),
        (100000, "十万"),
        (100010, "十万零一十"),
        (105000000, "一亿零五百万"),
        (100001000, "一亿零一千"),
        (1000000000, "十亿"),
        (10**12, "一万亿"),
        (10**16 - 1, "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"),
    ],
)
def test_to_chinese(number, expected):
    assert to_chinese(number) == expected


@pytest.mark.parametrize(("bad", "error"), [(-1, ValueError), (10**16, ValueError), (1.5, TypeError), (True, TypeError)])
def test_to_chinese_rejects(bad, error):
    with pytest.raises(error):
        to_chinese(bad)


def test_cn_digits_are_all_parsed():
    # Every advertised character is a numeral (or part of one) on its own or after a digit.
    for ch in CN_DIGITS:
        assert parse_chinese_int(ch) is not None or parse_chinese_int("一" + ch) is not None, ch


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_PARSERS = (parse_chinese_int, parse_number, parse_share, parse_multiple)
# Text biased towards numeral characters, so the parsers' inner paths get exercised.
_NUMERALish = st.text(alphabet=st.sampled_from(CN_DIGITS + "0123456789.,，点成分之倍番翻了%‰-负 "), max_size=30)


@given(st.integers(min_value=0, max_value=10**13))
def test_chinese_roundtrip(n):
    assert parse_chinese_int(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_roundtrip_full_range(n):
    assert parse_chinese_int(to_chinese(n)) == n


@given(st.integers(min_value=-(2**53), max_value=2**53))
def test_parse_number_integers_exact(n):
    # Within +-2**53 every integer is a float, so the parse is exact.
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=-(10**39) + 1, max_value=10**39 - 1))
def test_parse_number_large_integers(n):
    # Beyond 2**53 the parse is the correctly rounded float.
    assert parse_number(str(n)) == float(n)
    assert parse_number(f"{n:,}") == float(n)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_parse_number_two_decimals(cents):
    whole, frac = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    expected = cents / 100
    assert parse_number(f"{sign}{whole}.{frac:02d}") == pytest.approx(expected)
    assert parse_number(f"{sign}{whole:,}.{frac:02d}") == pytest.approx(expected)
    assert parse_number(f"{sign}{whole}.{frac:02d}万") == pytest.approx(expected * 1e4)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_parse_number_formatted_floats(x):
    assert parse_number(f"{x:.2f}") == pytest.approx(round(x, 2), abs=1e-9)


@given(
    st.one_of(
        st.tuples(st.integers(min_value=1, max_value=10**4 - 1), st.just("万")),
        st.tuples(st.integers(min_value=1, max_value=10**8 - 1), st.just("亿")),  # 一万亿 is fine, 一万万 is not
    )
)
def test_parse_number_chinese_with_multiplier(case):
    n, unit = case
    scale = 10**4 if unit == "万" else 10**8
    assert parse_number(to_chinese(n) + unit) == n * scale


@pytest.mark.parametrize("parser", _PARSERS)
@given(text=st.text(max_size=60))
def test_parsers_never_raise(parser, text):
    result = parser(text)
    assert result is None or isinstance(result, (int, float))


@pytest.mark.parametrize("parser", _PARSERS)
@given(text=_NUMERALish)
def test_parsers_never_raise_on_numeral_like_text(parser, text):
    result = parser(text)
    assert result is None or isinstance(result, (int, float))


@pytest.mark.parametrize("parser", _PARSERS)
def test_parsers_are_fast_on_long_adversarial_input(parser):
    samples = [
        "1" * 10_000,
        "1," * 5_000,
        "一" * 10_000,
        "十" * 10_000,
        "一十" * 5_000,
        "百分之" + "1" * 10_000,
        "1" * 39 + "," + "x" * 10_000,
        "分之" * 5_000,
        "9" * 79,
        "1,000," * 13,
    ]
    start = time.perf_counter()
    for text in samples:
        parser(text)
    assert time.perf_counter() - start < 0.5


@settings(max_examples=300)
@given(st.from_regex(r"[0-9]{1,16}(\.[0-9]{1,8})?", fullmatch=True))
def test_plain_decimals_parse_exactly(s):
    from fractions import Fraction

    assert parse_number(s) == float(Fraction(s))
    assert parse_number(s + "万") == float(Fraction(s) * 10000)


@settings(max_examples=400, deadline=None)
@given(
    whole=st.text("0123456789", min_size=1, max_size=16),
    frac=st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=8)),
    unit=st.sampled_from(["十", "百", "千", "万", "亿", "兆", "万亿"]),
)
def test_decimal_times_multiplier_shortcut_equals_exact_arithmetic(whole, frac, unit):
    # parse_number reads 1.97亿 without Fraction arithmetic: the same float as the exact reading
    from policymine.extract.numbers import _parse_exact, _to_float

    s = whole + ("." + frac if frac else "") + unit
    assert parse_number(s) == _to_float(_parse_exact(s))


def test_decimal_times_multiplier_examples():
    assert parse_number("1.97亿") == 197000000.0
    assert parse_number("0.07万") == 700.0
    assert parse_number("3.333333十") == 33.33333
    assert parse_number("2.1万亿") == 2.1e12
    assert parse_number("1.5万2") is None  # not one multiplier: the full reader decides
