""":mod:`policymine.extract.text`: sentences, clauses and places of a body."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

import regex

from .. import resources

__all__ = ["Doc", "sentence_spans", "place_counts", "places_regex", "RE_SENT_END"]

RE_SENT_END = regex.compile(r"[。！？!?；;\n]+|(?<=[。！？!?])[”’」』)）]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence (ended by 。！？; or a line break), blanks trimmed."""
    spans = []
    pos = 0
    for m in regex.finditer(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]*|\n|$)", text):
        s, e = m.start(), m.end()
        if s == e:
            continue
        while s < e and text[s] in " \t\n\u3000":
            s += 1
        while e > s and text[e - 1] in " \t\n\u3000":
            e -= 1
        if e > s:
            spans.append((s, e))
        pos = m.end()
    return spans


@dataclass
class Doc:
    """A cleaned body with its sentences, ready for the extractors."""

    text: str
    city: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences = sentence_spans(self.text)
        self._starts = [s for s, _ in self.sentences]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span holding offset ``pos``."""
        import bisect

        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return (0, 0)
        return self.sentences[i]

    def sentence_text(self, pos: int) -> str:
        s, e = self.sentence_of(pos)
        return self.text[s:e]


@functools.cache
def _place_names() -> dict[str, str]:
    """Every form of a gazetteer place -> its full name."""
    out: dict[str, str] = {}
    for full, level, short, _parent in resources.places():
        out.setdefault(full, full)
        for s in short:
            if len(s) >= 2:
                out.setdefault(s, full)
    return out


@functools.cache
def places_regex() -> regex.Pattern:
    names = sorted(_place_names(), key=len, reverse=True)
    return regex.compile("|".join(map(regex.escape, names)))


def place_full(name: str) -> str | None:
    return _place_names().get(name)


def place_counts(text: str) -> Counter:
    """How often each gazetteer place (by full name) is named in ``text``."""
    c: Counter = Counter()
    for m in places_regex().finditer(text):
        c[_place_names()[m.group()]] += 1
    return c
