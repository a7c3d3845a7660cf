""":mod:`policymine.kwic`: a concordance (keywords in context), as quanteda's ``kwic`` gives it.

:func:`compile_patterns` turns what a user asks for into labelled patterns: literal terms
(matched longest first where several start at one place), regular expressions, and slogans
of the lexicon (``data/slogans.tsv``), each expanded to its canonical form and its aliases and
labelled with the canonical form. :func:`kwic_rows` gives one row per occurrence in a record's
body: document id, year, the innermost unit holding it (:mod:`policymine.units`), offsets
``[start, end)`` into the body, ``width`` characters of context on each side (line breaks
shown as a space), and the pattern that matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["KWIC_FIELDS", "Patterns", "compile_patterns", "slogan_forms", "kwic_rows"]

KWIC_FIELDS = ("doc", "year", "unit", "start", "end", "pre", "keyword", "post", "pattern")


class PatternError(ValueError):
    """A pattern that cannot be used (a bad regular expression, an unknown slogan)."""


@dataclass
class Patterns:
    literal: re.Pattern | None  # every literal form, one trie
    label: dict[str, str]  # literal form -> its label
    regexes: list[tuple[str, re.Pattern]]

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        hits = []
        if self.literal is not None:
            hits.extend((m.start(), m.end(), self.label[m.group()]) for m in self.literal.finditer(text))
        for label, rx in self.regexes:
            hits.extend((m.start(), m.end(), label) for m in rx.finditer(text) if m.end() > m.start())
        hits.sort(key=lambda h: (h[0], -h[1]))
        return iter(hits)


def slogan_forms(name: str) -> tuple[str, tuple[str, ...]]:
    """A slogan of the lexicon named by its canonical form or any alias: ``(canonical, forms)``."""
    from .resources import slogans

    lex = slogans()
    if name in lex:
        return name, (name, *lex[name][1])
    for text, (_kind, aliases) in lex.items():
        if name in aliases:
            return text, (text, *aliases)
    raise PatternError(f"{name!r} is not in the slogan lexicon (policymine/data/slogans.tsv)")


def compile_patterns(terms: Iterable[str] = (), regexes: Iterable[str] = (), slogans: Iterable[str] = ()) -> Patterns:
    from .resources import word_regex

    label: dict[str, str] = {}
    for t in terms:
        if t:
            label.setdefault(t, t)
    for s in slogans:
        canon, forms = slogan_forms(s)
        for f in forms:
            label.setdefault(f, canon)
    compiled = []
    for r in regexes:
        try:
            compiled.append((r, re.compile(r)))
        except re.error as exc:
            raise PatternError(f"bad regular expression {r!r}: {exc}") from None
    return Patterns(word_regex(label) if label else None, label, compiled)


def _context(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def kwic_rows(rec: dict, patterns: Patterns, width: int = 20) -> Iterator[dict]:
    """One row per occurrence of ``patterns`` in the record's body (see :data:`KWIC_FIELDS`)."""
    body = rec.get("body") or ""
    hits = list(patterns.finditer(body))
    if not hits:
        return
    from .units import UnitIndex, split_units, unit_records

    doc = str(rec.get("id") or "-")
    units = rec.get("units")
    if units is None:
        units = unit_records(split_units(body, doc), body, doc)
    index = UnitIndex(units)
    for s, e, label in hits:
        yield {"doc": rec.get("id"), "year": rec.get("year"), "unit": index.at(s), "start": s, "end": e,
               "pre": _context(body[max(0, s - width):s]), "keyword": body[s:e],
               "post": _context(body[e:e + width]), "pattern": label}  # fmt: skip
