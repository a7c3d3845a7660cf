""":mod:`policymine.convert`: script detection and conversion (the only module importing OpenCC).

OpenCC's pure-Python converter runs at about the speed of jieba's ``lcut``, so
it is only called on text that needs it: :func:`detect_script` counts
characters that exist only in one script, using OpenCC's own character tables,
and :func:`to_simplified` converts only the lines that hold a traditional-only
character.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

__all__ = ["script_chars", "count_script", "detect_script", "has_traditional", "to_simplified", "to_traditional"]


def _opencc_dict_dir() -> Path:
    import opencc

    return Path(opencc.__file__).parent / "dictionary"


def _first_column(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and len(parts[0]) == 1:
                out[parts[0]] = parts[1].split(" ")[0]
    return out


@functools.cache
def script_chars() -> tuple[frozenset[str], frozenset[str]]:
    """``(traditional-only, simplified-only)`` characters, from OpenCC's TS/ST character tables."""
    d = _opencc_dict_dir()
    ts = _first_column(d / "TSCharacters.txt")  # traditional -> simplified
    st = _first_column(d / "STCharacters.txt")  # simplified -> traditional
    trad = frozenset(c for c, s in ts.items() if s != c and c not in st)
    simp = frozenset(c for c, t in st.items() if t != c and c not in ts)
    return trad, simp


@functools.cache
def _delete_tables() -> tuple[dict[int, None], dict[int, None]]:
    trad, simp = script_chars()
    return dict.fromkeys(map(ord, trad)), dict.fromkeys(map(ord, simp))


def count_script(text: str) -> tuple[int, int]:
    """Numbers of traditional-only and simplified-only characters in ``text`` (at C speed:
    the length lost when ``str.translate`` deletes them)."""
    dt, ds = _delete_tables()
    return len(text) - len(text.translate(dt)), len(text) - len(text.translate(ds))


def detect_script(text: str) -> str:
    """``"traditional"`` when traditional-only characters outnumber simplified-only ones."""
    if not has_traditional(text):
        return "simplified"  # no need to count
    t, s = count_script(text)
    return "traditional" if t > s else "simplified"


@functools.cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def has_traditional(text: str) -> bool:
    """Does ``text`` hold a traditional-only character? A set test at C speed that stops at
    the first hit: 4x faster than counting."""
    return not script_chars()[0].isdisjoint(text)


def to_simplified(text: str) -> str:
    """Convert traditional to simplified (OpenCC ``t2s``), touching only lines that need it."""
    if not has_traditional(text):
        return text
    return "\n".join(_t2s(line) if has_traditional(line) else line for line in text.split("\n"))


def _pairs(path: Path) -> dict[str, str]:
    """An OpenCC dictionary file: key -> its first (preferred) value."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().split("\t")
            if len(parts) == 2:
                out[parts[0]] = parts[1].split(" ")[0]
    return out


@functools.cache
def _t2s_tables() -> tuple[dict[str, str], tuple[int, ...], re.Pattern[str], dict[int, str]]:
    """OpenCC's ``t2s`` conversion (the group TSPhrases, then TSCharacters) as lookup tables:
    ``(phrases, phrase lengths longest first, pattern finding where a phrase starts, character table)``."""
    from .resources import word_regex

    d = _opencc_dict_dir()
    phrases = _pairs(d / "TSPhrases.txt")
    chars = _pairs(d / "TSCharacters.txt")
    starts = re.compile(f"(?=(?:{word_regex(phrases).pattern}))")
    lengths = tuple(sorted({len(k) for k in phrases}, reverse=True))
    return phrases, lengths, starts, {ord(k): v for k, v in chars.items() if len(k) == 1}


def _t2s(text: str) -> str:
    """OpenCC's ``t2s`` result for ``text``, about 10x faster than opencc-python's converter.

    That converter takes the longest phrase found anywhere in a stretch (the leftmost of equal
    length), converts it, and goes on in the pieces left and right of it; what no phrase
    covers is converted character by character. Picking the phrase occurrences greedily by
    (length, then position), skipping any that overlaps one already taken, selects the same
    phrases, and a table does the characters. ``tests/test_convert.py`` compares the two.
    """
    phrases, lengths, starts, table = _t2s_tables()
    found = []
    size = len(text)
    for m in starts.finditer(text):
        i = m.start()
        for n in lengths:
            if i + n <= size and text[i : i + n] in phrases:
                found.append((-n, i))
    if not found:
        return text.translate(table)
    found.sort()
    taken = bytearray(size)
    chosen = []
    for neg, i in found:
        j = i - neg
        if not any(taken[i:j]):
            taken[i:j] = b"\x01" * (j - i)
            chosen.append((i, j))
    chosen.sort()
    out = []
    pos = 0
    for i, j in chosen:
        out.append(text[pos:i].translate(table))
        out.append(phrases[text[i:j]])
        pos = j
    out.append(text[pos:].translate(table))
    return "".join(out)


def to_traditional(text: str) -> str:
    """Convert simplified to traditional (OpenCC ``s2t``)."""
    return _converter("s2t").convert(text)
