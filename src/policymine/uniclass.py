""":mod:`policymine.uniclass`: patterns written for ``regex``, run on ``re`` where that is faster.

``re`` runs most of the extractors' small patterns in half the time ``regex`` takes (a call
costs it about 0.2 µs less), and scans a body for quantities twice as fast; but it knows no
Unicode property such as ``\\p{Han}`` or ``\\p{P}``. :func:`property_class` spells such a
property out as the body of a character class (``\\u4e00-\\u9fff...``), made from ``regex``
itself: every code point ``regex`` puts in the property, and no other. :func:`on_re` compiles
a pattern written for ``regex`` on ``re`` with its properties spelled out, and refuses one that
uses what the two modules read differently (``\\s``, ``\\w``, ``\\b`` and their negations: Unicode
White_Space against ``str.isspace``, word characters with or without marks) or what only
``regex`` has: the pattern then matches exactly what it matches on ``regex``
(``tests/test_extract_speed2.py`` checks every such pattern against its ``regex`` reading).

The classes are built once (60 ms) and kept in the pattern cache
(:func:`policymine.compiled.cached_text`), keyed by ``regex``'s version, which fixes its
Unicode tables.
"""

from __future__ import annotations

import functools

from .compiled import re

__all__ = ["property_class", "for_re", "on_re", "made"]

#: (pattern as written, flags, the ``re`` pattern) of every :func:`on_re` call, for the tests
_MADE: list[tuple[str, int, object]] = []


def _build(key: str) -> str:
    import array

    import regex as _regex

    prop = key.split(" ", 1)[0]
    # every code point but the surrogates, as one string
    chars = array.array("I", range(0xD800)).tobytes().decode("utf-32-le") \
        + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le")  # fmt: skip
    parts = []
    for m in _regex.finditer(rf"\p{{{prop}}}+", chars):
        a, b = ord(chars[m.start()]), ord(chars[m.end() - 1])
        parts.append(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}")
    return "".join(parts)


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


@functools.cache
def property_class(prop: str) -> str:
    """The body of a character class (for ``re``) holding exactly the code points of ``regex``'s
    ``\\p{prop}`` (``Han``, ``P``)."""
    import regex as _regex

    from .compiled import cached_text

    return cached_text("property_class", f"{prop} regex {_regex.__version__}", _build)


_PROPERTY = re.compile(r"\\p\{([A-Za-z]+)\}")


def for_re(pattern: str) -> str:
    """``pattern`` with each ``\\p{Name}`` spelled out as a class (inside brackets: their body)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            m = _PROPERTY.match(pattern, i)
            if m:
                body = property_class(m.group(1))
                out.append(body if in_class else f"[{body}]")
                i = m.end()
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            # a ] first in the class (after a ^) is a literal one
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


# what ``re`` and ``regex`` read differently, or what only ``regex`` reads
_NOT_ON_RE = re.compile(r"(?<!\\)(?:\\\\)*\\[sSwWbBXKGmMpPNL]|\(\?(?:[|&>(]|P>|V\d|r\)|\d)")


def on_re(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` (written for ``regex``) compiled on ``re``, its Unicode properties spelled out
    (:func:`for_re`). ValueError for a pattern the two modules would read differently."""
    spelled = for_re(pattern)
    bad = _NOT_ON_RE.search(spelled)
    if bad:
        raise ValueError(f"not the same pattern on re: {bad.group()!r} in {pattern[:60]!r}")
    rx = re.compile(spelled, flags)
    _MADE.append((pattern, flags, rx))
    return rx


def made() -> list[tuple[str, int, object]]:
    """``(pattern as written, flags, re pattern)`` of the patterns :func:`on_re` compiled so far."""
    return list(_MADE)
