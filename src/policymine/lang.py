""":mod:`policymine.lang`: language facts every stage shares, defined once.

What counts as a Han character, the characters of Chinese numerals, and the stop-list.
Lexicons themselves are data (:mod:`policymine.resources`, ``data/``); this module holds
only the character classes code needs to build patterns.
"""

from __future__ import annotations

import functools
import re

__all__ = ["HAN", "RE_HAN", "is_han", "CN_DIGITS", "CN_UNITS", "CN_NUMERAL", "CN_FINANCIAL", "stopwords"]

#: Han characters, as a character-class body: CJK Unified Ideographs with Extension A, the
#: compatibility ideographs, and the supplementary planes' extensions (B to H)
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
RE_HAN = re.compile(f"[{HAN}]")

#: Chinese numeral digits (both zeros, 两 beside 二) and the units that scale them
CN_DIGITS = "零〇一二两三四五六七八九"
CN_UNITS = "十百千万亿兆"
CN_NUMERAL = CN_DIGITS + CN_UNITS
#: the financial (大写) numerals of amounts (壹佰万元整), and 廿 卅 (twenty, thirty)
CN_FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟廿卅"


def is_han(ch: str) -> bool:
    """Is the character ``ch`` a Han character?"""
    return RE_HAN.match(ch) is not None


@functools.cache
def stopwords() -> frozenset[str]:
    """The package stop-list (``data/stopwords.txt``): the one loader every stage uses."""
    from . import resources

    return resources.stopwords()
