""":mod:`policymine.extract.text`: sentences, clauses and places of a body."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import resources
from ..compiled import re, regex
from ..uniclass import on_re

if TYPE_CHECKING:
    from ..segment import Segmenter

__all__ = ["Doc", "sentence_spans", "place_counts", "places_regex", "RE_SENT_END"]

RE_SENT_END = regex.compile(r"[。！？!?；;\n]+|(?<=[。！？!?])[”’」』)）]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence (ended by 。！？; or a line break), blanks trimmed."""
    spans = []
    for m in RE_SENTENCE.finditer(text):
        piece = m.group()
        core = piece.strip(_BLANKS)
        if core:
            s = m.start() + len(piece) - len(piece.lstrip(_BLANKS))
            spans.append((s, s + len(core)))
    return spans


RE_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]*|\n|$)")
_BLANKS = " \t\n\u3000"


@dataclass
class Doc:
    """A cleaned body with its sentences, ready for the extractors.

    ``segmenter`` is the run's one :class:`~policymine.segment.Segmenter` (with the user's
    dictionaries): every extractor segments, tags and looks words up through it. Without
    one, the package's default segmenter is used.
    """

    text: str
    city: str | None = None
    year: int | None = None  # the document's year (its date, or the year it implies)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    segmenter: Segmenter | None = None

    def __post_init__(self) -> None:
        self.sentences = sentence_spans(self.text)
        self._tags: dict[str, str] = {}  # piece -> tag, for Doc.tagged
        self._starts = [s for s, _ in self.sentences]
        if self.segmenter is None:
            from ..segment import get_segmenter

            self.segmenter = get_segmenter()

    @functools.cached_property
    def words(self) -> list[str]:
        """The body's words: one segmentation per document, shared by every extractor."""
        return self.segmenter.words(self.text)

    @functools.cached_property
    def _token_starts(self) -> list[int]:
        """Offset of each word of :attr:`words` (and, last, the end of the text)."""
        import itertools

        return list(itertools.accumulate(map(len, self.words), initial=0))

    @functools.cached_property
    def boundaries(self) -> frozenset[int]:
        """Offsets where a word of :attr:`words` starts or ends."""
        return frozenset(self._token_starts)

    def tagged(self, a: int, b: int) -> list[tuple[str, str]]:
        """``(word, tag)`` for the body's words between offsets ``a`` and ``b``.

        Words come from the one segmentation of the body (:attr:`words`); a word cut by
        the span's edge is clipped and tagged as what remains. No text is segmented again.
        """
        starts = self._token_starts
        a, b = max(0, a), min(starts[-1], b)  # starts[-1]: the end of the last word, the text's end
        if a >= b:
            return []
        seg = self.segmenter
        table = seg.word_tags()  # words looked up before: one dict lookup here instead of a call each
        i = bisect_right(starts, a) - 1  # the word holding offset a
        j = bisect_left(starts, b, i + 1)  # past the last word that starts before b
        pieces = self.words[i:j]
        if starts[i] < a or starts[i + 1] > b:  # the first word is cut by the span's edge
            pieces[0] = self.text[a : min(b, starts[i + 1])]
        if j - i > 1 and starts[j] > b:  # so is the last one
            pieces[-1] = self.text[starts[j - 1] : b]
        get, tag_word = table.get, seg.tag_word
        known = self._tags  # pieces of this body tagged so far
        out = []
        for piece in pieces:
            tag = known.get(piece)
            if tag is None:
                tag = known[piece] = get(piece) or tag_word(piece)
            out.append((piece, tag))
        return out

    def word_end(self, pos: int) -> int:
        """The end offset of the word of :attr:`words` that holds offset ``pos``."""
        starts = self._token_starts
        i = bisect_right(starts, pos)
        return starts[i] if i < len(starts) else len(self.text)

    def heading_above(self, para_start: int) -> str | None:
        """The nearest numbered heading above the paragraph that starts at ``para_start``
        (looked up once per paragraph): a short line (at most 30 characters) that starts with a
        section number (一、 （二） 3.) and does not end like a sentence, within 40 lines and
        3,000 characters. Headings of news stories carry no number and are not read: their
        words (锚定目标) say little about a paragraph's facts."""
        cache = self.__dict__.setdefault("_headings", {})
        if para_start not in cache:
            cache[para_start] = _numbered_heading(self.text, para_start)
        return cache[para_start]

    @functools.cached_property
    def places(self) -> Counter:
        """Gazetteer places named in the body (full name -> count)."""
        return place_counts(self.text)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span holding offset ``pos``."""
        i = bisect_right(self._starts, pos) - 1
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
    for full, _level, short, _parent in resources.places():
        out.setdefault(full, full)
        for s in short:
            if len(s) >= 2:
                out.setdefault(s, full)
    return out


# a numbered heading, as reports and plans number their sections (一、 （二） 3. 第四部分)
RE_NUMBERED_HEADING = on_re(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[部章节])"
)
RE_HEADING_END = on_re(r"[。！？!?；;，,：:]$")


def _numbered_heading(text: str, para_start: int, back: int = 3000, lines: int = 40) -> str | None:
    end = para_start - 1  # the newline before the paragraph
    limit = max(0, para_start - back)
    for _ in range(lines):  # bounded: a page of short lines costs no more
        if end <= limit:
            break
        start = text.rfind("\n", limit, end) + 1
        line = text[start:end].strip()
        if line and len(line) <= 30 and not RE_HEADING_END.search(line) and RE_NUMBERED_HEADING.match(line):
            return line
        end = start - 1
    return None


@functools.cache
def places_regex() -> re.Pattern[str]:
    return resources.word_regex(_place_names())


@functools.cache
def _places_scanner():
    from ..wordscan import word_scanner

    return word_scanner(_place_names())  # the matches of places_regex(), by an automaton


def place_counts(text: str) -> Counter:
    """How often each gazetteer place (by full name) is named in ``text``."""
    names = _place_names()
    return Counter(map(names.__getitem__, _places_scanner().findall(text)))
