""":mod:`policymine.uniclass`: patterns written for ``regex``, run on ``re`` where that is faster.

``re`` runs most of the extractors' small patterns in half the time ``regex`` takes (a call
costs it about 0.2 µs less), and scans a body for quantities twice as fast; but it knows no
Unicode property such as ``\\p{Han}`` or ``\\p{P}``, and its ``\\d`` and ``\\s`` come from the
running Python's Unicode tables, not ``regex``'s newer ones (``re`` lacks the digits of recent
scripts and counts ``\\x1c``-``\\x1f`` as blanks). :func:`class_body` spells a property or a
class escape out as the body of a character class, made from ``regex`` itself: every code point
``regex`` matches with it, and no other. :func:`on_re` compiles a pattern written for ``regex``
on ``re`` so spelled out, and refuses one that uses what it cannot spell (``\\w``, ``\\b``,
``\\D`` or ``\\S`` inside a class) or what only ``regex`` has: the pattern then matches exactly
what it matches on ``regex`` (``tests/test_extract_speed3.py`` checks every such pattern against
its ``regex`` reading). The one exception is asked for by name (``re_digits``, see :func:`on_re`).

The classes are built once (0.1 s each) and kept in the pattern cache
(:func:`policymine.compiled.cached_text`), keyed by the versions of ``regex`` and of Python's
Unicode tables.
"""

from __future__ import annotations

import functools

from .compiled import re

__all__ = ["class_body", "property_class", "for_re", "on_re", "has_digits_read_otherwise", "made"]

#: (pattern as written, flags, the ``re`` pattern, re_digits) of every :func:`on_re` call, for the tests
_MADE: list[tuple[str, int, object, bool]] = []


@functools.cache
def _all_chars() -> str:
    """Every code point but the surrogates, as one string (made once: only a process that builds
    the classes, with an empty cache, holds it)."""
    import array

    return array.array("I", range(0xD800)).tobytes().decode("utf-32-le") \
        + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le")  # fmt: skip


def _build(key: str) -> str:
    import regex as _regex

    spec = key.rsplit(" regex ", 1)[0]  # \\p{Han}, \\d ...
    chars = _all_chars()
    theirs = _regex.findall(spec, chars)
    # a class escape whose set on re is part of regex's (\\d: re's Unicode is older) is written as
    # itself and what regex adds: re tests its own \\d fast, a class of every digit slowly
    if len(spec) == 2:  # \\d, \\s (not a property: re has none)
        import re as _re

        ours = set(_re.findall(spec, chars))
        if ours <= set(theirs):
            return spec + _ranges(sorted({ord(c) for c in theirs} - {ord(c) for c in ours}))
    return _ranges([ord(c) for c in theirs])


def _ranges(points: list[int]) -> str:
    """Sorted code points as the body of a class: runs as ranges."""
    parts = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        a, b = points[i], points[j]
        parts.append(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}")
        i = j + 1
    return "".join(parts)


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


@functools.cache
def class_body(spec: str) -> str:
    """The body of a character class (for ``re``) holding exactly the code points ``regex`` matches
    with ``spec``, a property (``\\p{Han}``) or a class escape (``\\d``, ``\\s``: ``regex``'s Unicode
    tables are not those of the running Python's ``re``, which has fewer digits and counts
    ``\\x1c``-``\\x1f`` as blanks)."""
    import unicodedata

    import regex as _regex

    from .compiled import cached_text

    key = f"{spec} regex {_regex.__version__} re {unicodedata.unidata_version}"
    return cached_text("property_class", key, _build)


def property_class(prop: str) -> str:
    """:func:`class_body` of ``regex``'s ``\\p{prop}`` (``Han``, ``P``)."""
    return class_body(rf"\p{{{prop}}}")


_PROPERTY = re.compile(r"\\p\{([A-Za-z]+)\}")


def for_re(pattern: str, re_digits: bool = False) -> str:
    """``pattern`` with each ``\\p{Name}``, ``\\d`` and ``\\s`` spelled out as a class of what ``regex``
    matches with it (inside brackets: its body), ``\\D`` and ``\\S`` outside brackets as the
    negated class. ValueError for ``\\D`` or ``\\S`` inside brackets (no class says "all but these"
    there). With ``re_digits``, ``\\d`` and ``\\D`` stay as ``re`` reads them (see :func:`on_re`)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            m = _PROPERTY.match(pattern, i)
            esc = pattern[i + 1 : i + 2]
            if re_digits and esc in ("d", "D"):
                out.append(pattern[i : i + 2])
                i += 2
                continue
            if m or esc in ("d", "s"):
                body = property_class(m.group(1)) if m else class_body("\\" + esc)
                out.append(body if in_class else f"[{body}]")
                i = m.end() if m else i + 2
                continue
            if esc in ("D", "S"):
                if in_class:
                    raise ValueError(f"\\{esc} inside a class: not spelled out for re")
                out.append(f"[^{class_body(chr(92) + esc.lower())}]")
                i += 2
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


def on_re(pattern: str, flags: int = 0, *, re_digits: bool = False) -> re.Pattern:
    """``pattern`` (written for ``regex``) compiled on ``re``, its Unicode properties and class
    escapes spelled out (:func:`for_re`). ValueError for a pattern the two modules would read
    differently.

    ``re_digits``: ``\\d`` left as ``re``'s own, which lacks the digits of the scripts Unicode
    added since the running Python's tables (:func:`has_digits_read_otherwise`). A pattern that opens
    with a class of them loses ``re``'s fast search for its first character (a body scan runs 3 to
    4 times slower): such a pattern matches as its ``regex`` reading on a text without those
    digits only, and its caller checks the text once (``has_digits_read_otherwise``)."""
    try:
        spelled = for_re(pattern, re_digits=re_digits)
    except ValueError as exc:
        raise ValueError(f"not the same pattern on re: {exc} in {pattern[:60]!r}") from None
    bad = _NOT_ON_RE.search(spelled)
    if bad:
        raise ValueError(f"not the same pattern on re: {bad.group()!r} in {pattern[:60]!r}")
    rx = re.compile(spelled, flags)
    _MADE.append((pattern, flags, rx, re_digits))
    return rx


def _build_digits_apart(key: str) -> str:
    import re as _re

    import regex as _regex

    chars = _all_chars()
    apart = set(_regex.findall(r"\d", chars)) ^ set(_re.findall(r"\d", chars))
    return _ranges(sorted(map(ord, apart)))


@functools.cache
def _digits_apart() -> tuple[re.Pattern, re.Pattern]:
    """A pattern of the digits regex and re read otherwise as \\d (today: those of the scripts of
    recent Unicode versions, which only regex knows), and one of the range from the first of them
    up (one range: a scan as fast as re scans; the digits are all astral today)."""
    import unicodedata

    import regex as _regex

    from .compiled import cached_text

    key = f"digits apart regex {_regex.__version__} re {unicodedata.unidata_version}"
    body = cached_text("property_class", key, _build_digits_apart)
    if not body:
        return re.compile("(?!)"), re.compile("(?!)")
    first = body[: 10 if body.startswith("\\U") else 6]  # its first code point, escaped
    return re.compile(f"[{body}]"), re.compile(f"[{first}-\\U0010ffff]")


def has_digits_read_otherwise(text: str) -> bool:
    """Does ``text`` hold a digit ``regex`` and ``re`` read otherwise as ``\\d`` (Nag Mundari 𞓰, a
    script of a recent Unicode version, which only ``regex`` knows)? One scan (two for a text with
    characters that far up)."""
    digits, from_first = _digits_apart()
    return from_first.search(text) is not None and digits.search(text) is not None


def made() -> list[tuple[str, int, object, bool]]:
    """``(pattern as written, flags, re pattern, re_digits)`` of the patterns :func:`on_re` compiled
    so far."""
    return list(_MADE)
