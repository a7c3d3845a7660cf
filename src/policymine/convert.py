""":mod:`policymine.convert`: script detection and conversion (the only module importing OpenCC).

OpenCC's pure-Python converter runs at about the speed of jieba's ``lcut``, so
it is only called on text that needs it: :func:`detect_script` counts
characters that exist only in one script, using OpenCC's own character tables,
and :func:`to_simplified` converts only the lines that hold a traditional-only
character.
"""

from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["script_chars", "count_script", "detect_script", "to_simplified", "to_traditional"]


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
    t, s = count_script(text)
    return "traditional" if t > s else "simplified"


@functools.cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _has_traditional(text: str) -> bool:
    dt, _ = _delete_tables()
    return len(text.translate(dt)) != len(text)


def to_simplified(text: str) -> str:
    """Convert traditional to simplified (OpenCC ``t2s``), touching only lines that need it."""
    if not _has_traditional(text):
        return text
    conv = _converter("t2s")
    return "\n".join(conv.convert(line) if _has_traditional(line) else line for line in text.split("\n"))


def to_traditional(text: str) -> str:
    """Convert simplified to traditional (OpenCC ``s2t``)."""
    return _converter("s2t").convert(text)
