""":mod:`policymine.resources`: the language data shipped in ``policymine/data``.

Every lexicon is a UTF-8 text file with one entry a line, ``#`` comment lines
(the header says where the entries come from) and tab-separated columns. Loaders
are cached, so each file is read once per process, and a malformed line raises
:class:`~policymine.errors.ResourceError` naming the file and the line.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources as _ir

from .compiled import cached_text, re
from .errors import ResourceError

__all__ = [
    "data_lines",
    "data_sections",
    "table",
    "domain_words",
    "slogans",
    "institutions",
    "institution_heads",
    "places",
    "stopwords",
    "word_regex",
    "count_words",
]


def _read(name: str) -> str:
    try:
        return (_ir.files("policymine") / "data" / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"package data file missing: policymine/data/{name}") from None


def data_sections(name: str) -> Iterator[tuple[str, str]]:
    """``(section, line)`` for the data lines of a data file, each with the last comment line
    before it (without its ``#``) that opens a section: a file's parts under their headings."""
    section = ""
    for line in _read(name).splitlines():
        line = line.rstrip("\r\n")
        if line.lstrip().startswith("#"):
            section = line.lstrip("# ").strip()
        elif line.strip():
            yield section, line


def data_lines(name: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` for the non-blank, non-comment lines of a data file."""
    for lineno, line in enumerate(_read(name).splitlines(), 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, line


@functools.cache
def table(name: str, min_cols: int = 1, max_cols: int = 9) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, each with ``min_cols`` to ``max_cols`` columns."""
    rows = []
    for lineno, line in data_lines(name):
        cols = tuple(c.strip() for c in line.split("\t"))
        if not (min_cols <= len(cols) <= max_cols) or not cols[0]:
            raise ResourceError(
                f"policymine/data/{name}, line {lineno}: expected {min_cols} to {max_cols} "
                f"tab-separated columns, got {len(cols)}: {line!r}"
            )
        rows.append(cols)
    return tuple(rows)


def _aliases(col: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in col.split("|") if a.strip())


@functools.cache
def domain_words() -> tuple[tuple[str, int | None, str | None], ...]:
    """The jieba domain dictionary: ``(word, freq or None, tag or None)``."""
    out = []
    for lineno, line in data_lines("userdict.txt"):
        parts = line.split()
        freq: int | None = None
        tag: str | None = None
        if len(parts) >= 2:
            if parts[1].isdigit():
                freq = int(parts[1])
                tag = parts[2] if len(parts) > 2 else None
            else:
                tag = parts[1]
        if len(parts) > 3:
            raise ResourceError(f"policymine/data/userdict.txt, line {lineno}: expected 'word [freq] [tag]'")
        out.append((parts[0], freq, tag))
    return tuple(out)


SLOGAN_KINDS = frozenset({"abbreviation", "numbered", "catchphrase"})
INSTITUTION_TYPES = frozenset(
    {"government", "party", "university", "research", "lab", "enterprise", "media", "zone", "fund", "platform", "organization"}
)


def _typed_entries(name: str, allowed: frozenset[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``entry<TAB>kind[<TAB>alias|alias]`` rows -> ``entry -> (kind, aliases)``, kinds checked."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in table(name, 2, 3):
        if row[1] not in allowed:
            raise ResourceError(f"policymine/data/{name}: unknown kind {row[1]!r} for {row[0]!r}")
        out[row[0]] = (row[1], _aliases(row[2]) if len(row) > 2 else ())
    return out


@functools.cache
def slogans() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Slogan lexicon: ``text -> (kind, aliases)``."""
    return _typed_entries("slogans.tsv", SLOGAN_KINDS)


@functools.cache
def institutions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Institution gazetteer: ``name -> (type, aliases)``."""
    return _typed_entries("institutions.tsv", INSTITUTION_TYPES)


@functools.cache
def institution_heads() -> dict[str, str]:
    """Heads of organisation names (``大学``, ``研究院``, ``局`` ...) -> institution type.

    Type ``none`` marks words that end like a head but name no organisation (``布局``).
    """
    return {head: kind for head, (kind, _) in _typed_entries("inst_heads.tsv", INSTITUTION_TYPES | {"none"}).items()}


@functools.cache
def places() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """Place gazetteer rows: ``(full name, level, short forms, parent)``."""
    out = []
    for row in table("places.tsv", 2, 4):
        short = _aliases(row[2]) if len(row) > 2 else ()
        parent = row[3] if len(row) > 3 else ""
        out.append((row[0], row[1], short, parent))
    return tuple(out)


@functools.cache
def stopwords() -> frozenset[str]:
    """Stoplist for keywords and keyness."""
    return frozenset(line.strip() for _, line in data_lines("stopwords.txt"))


def word_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A compiled pattern matching any of ``words``, the longest one where several start at the
    same place (as an alternation sorted longest first would), but built as a trie.

    Python's ``re`` tries the branches of ``a|b|c`` one after the other at every position of
    the text: with a thousand literals that is a thousand attempts per character. Nested by
    shared prefix (``兰州(?:市(?:科技局)?|大学)``) it follows one path, which makes the scans of
    the gazetteers and lexicons 3 to 6 times faster on real pages.

    The pattern of a word list and its compiled program are kept in the cache
    (:mod:`policymine.compiled`): building and compiling the gazetteers' tries is most of
    what loading them costs.
    """
    items = sorted({w for w in words if w})
    if any("\n" in w for w in items):  # cannot be a key of the cache (a line a word): built here
        return re.compile(_trie_pattern(items))
    import hashlib

    text = "\n".join(items)
    key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    return re.compile(cached_text("word_regex", key, lambda _key: _trie_pattern(items)))


def _trie_pattern(words: list[str]) -> str:
    """The trie of ``words`` as a pattern (see :func:`word_regex`)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = None  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items(), key=lambda kv: kv[0]) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word may end here: the longer words are tried first (greedy), then the end
        return f"(?:{body})?" if "" in node else body

    return pattern(trie) or "(?!)"  # (?!) matches nothing: no words


def count_words(words: Iterable[str], text: str) -> Counter:
    """How often each of ``words`` occurs in ``text``, counted as a :func:`word_regex` scan
    finds them (left to right, the longest word where several start, no overlaps).

    For the handful of words of one document (its quoted phrases, its names without their
    place): ``str.find`` per word costs a few microseconds, compiling a pattern for them a
    few hundred.
    """
    hits = []
    for w in set(words):
        if not w:
            continue
        i = text.find(w)
        while i >= 0:
            hits.append((i, -len(w), w))
            i = text.find(w, i + 1)
    hits.sort()
    out: Counter = Counter()
    end = 0
    for i, neg_len, w in hits:
        if i >= end:
            out[w] += 1
            end = i - neg_len
    return out
