""":mod:`policymine.wordscan`: one pass over a text for every word of a list, by an automaton.

:func:`policymine.resources.word_regex` scans for a list of words with a trie written as a
regular expression: at the leftmost place where a word starts, the longest word there, then on
from its end. ``re`` walks that trie at every character that starts some word of the list (a
third of a page's characters for the gazetteers), which makes the lexicon scans a good part of
what the extractors spend. An Aho-Corasick automaton asked for leftmost-longest matches
(``ahocorasick-rs``, the Rust crate ``aho-corasick``: the optional extra ``policymine[fast]``)
gives the same matches in one pass of compiled code, 3 to 9 times faster on real pages.

:func:`word_scanner` returns a scanner with the ``finditer`` and ``findall`` of the pattern it
stands for; without the package, or on a text the automaton cannot take (a lone surrogate), the
pattern itself runs. The matches are the same either way (``tests/test_extract_speed.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["WordMatch", "WordScanner", "word_scanner"]


class WordMatch:
    """A match of a scanner: the parts of :class:`re.Match` the extractors read."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("no such group")
        return self.string[self._start : self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def __repr__(self) -> str:
        return f"<WordMatch span={self.span()!r} match={self.group()!r}>"


class WordScanner:
    """The matches of :func:`~policymine.resources.word_regex` over ``words``, by an automaton
    when one is there (see the module's docstring)."""

    def __init__(self, words: Iterable[str]) -> None:
        from . import resources

        self.words = sorted({w for w in words if w})
        self.pattern = resources.word_regex(self.words)
        self._automaton = _automaton(self.words)

    def finditer(self, text: str) -> Iterator:
        spans = self._spans(text)
        if spans is None:
            return self.pattern.finditer(text)
        return (WordMatch(text, s, e) for _, s, e in spans)

    def findall(self, text: str) -> list[str]:
        spans = self._spans(text)
        if spans is None:
            return self.pattern.findall(text)
        return [text[s:e] for _, s, e in spans]

    def _spans(self, text: str) -> list[tuple[int, int, int]] | None:
        if self._automaton is None:
            return None
        try:
            return self._automaton.find_matches_as_indexes(text, overlapping=False)
        except (UnicodeError, ValueError, TypeError):  # a lone surrogate: the pattern reads it
            return None


def _automaton(words: list[str]):
    """A leftmost-longest Aho-Corasick automaton of ``words``, or None without the package."""
    if not words:
        return None
    try:
        import ahocorasick_rs
    except ImportError:
        return None
    try:
        return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    except Exception:  # an automaton the package refuses to build: the pattern runs
        return None


def word_scanner(words: Iterable[str]) -> WordScanner:
    """A scanner of ``words`` (see :class:`WordScanner`)."""
    return WordScanner(words)
