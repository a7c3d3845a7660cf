""":mod:`policymine.search`: Chinese full-text search over a corpus store (SQLite FTS5 on jieba's words).

SQLite's own FTS5 tokenizers do not cut Chinese: ``unicode61`` takes a run of Han characters
for one token (nothing inside it is found), ``trigram`` needs three characters (most Chinese
words have two). So the store indexes words it cut itself, space-joined, and FTS5 only splits
on the spaces. Each document has three columns in the ``documents_fts`` table:

- ``words``: the body's words as the run's segmenter (jieba with the domain and user
  dictionaries) cut them, the same words every extractor read (for queries of one word);
- ``fine``: the same words with every word of three or more Han characters cut again into the
  dictionary words it is made of (the best path through the dictionary without the word
  itself, as jieba scores paths), and those again, down to words of one or two characters:
  ``高新技术企业`` -> ``高新 技术 企业``, ``新质生产力`` -> ``新质 生产 力``;
- ``sub``: for each word of three or more Han characters, every dictionary word inside it
  (jieba's search mode goes this way: ``日报社`` holds ``日报`` and ``报社``, though ``fine`` cut it
  ``日 报社``); these overlap, so they serve queries of one word only;
- ``title``: the title, cut like ``fine``.

Between words that punctuation or a line break separated stands a barrier token
(:data:`BARRIER`, a private-use character), so a phrase never matches across a comma.
Adjacent ``fine`` tokens are adjacent characters of the text, so a phrase match in ``fine``
means the text holds the query's characters as they stand (no false hits); what it can miss
is a term the body's words cut at another place (see README, "A corpus store").

A query is cut the same way (:meth:`Index.query`): each term or ``"quoted phrase"`` becomes
``({fine title}: "its fine words" OR words: "it" OR sub: "it")``, ``words`` when the term is
one word, ``sub`` when it is one fine word or a dictionary word; ``AND``, ``OR``, ``NOT``, brackets and a ``*`` at
the end of a term (a prefix) are FTS5's own. Every match holds the term's characters as they
stand in the text (precision 1 against a substring scan); ``benchmarks/search_recall.py``
measures what is missed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lang import HAN

__all__ = ["BARRIER", "Index", "Query", "QueryError", "snippet", "MARK_OPEN", "MARK_CLOSE"]

#: what stands in the indexed text for punctuation, spaces and line breaks between words: a
#: private-use character, which FTS5's unicode61 tokenizer keeps as a token of its own
BARRIER = "\ue000"
#: the marks around a match in a snippet
MARK_OPEN, MARK_CLOSE = "«", "»"

_RE_ALL_HAN = re.compile(f"[{HAN}]+")
_RE_QUERY = re.compile(r'\s*(?:(\()|(\))|"((?:[^"]|"")*)"(\*?)|([^\s()"]+))')
_OPERATORS = ("AND", "OR", "NOT")


class QueryError(ValueError):
    """A search query that cannot be read (an unclosed quote, nothing to search for)."""


class _Memo(dict):
    """word -> value, computed on first use (``map(memo.__getitem__, words)`` runs at C speed)."""

    def __init__(self, fn) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, key):
        value = self[key] = self._fn(key)
        return value


def _wordlike(w: str) -> bool:
    return any(c.isalnum() for c in w)


class Index:
    """Builds the indexed text of documents and the FTS5 expression of queries, with one segmenter.

    Args:
        segmenter: a :class:`policymine.segment.Segmenter` (the run's, with its user dictionaries).
    """

    def __init__(self, segmenter) -> None:
        self.seg = segmenter
        self._freq = segmenter.frequencies
        self._logtotal = math.log(segmenter.total)
        self._words = _Memo(lambda w: w if _wordlike(w) else BARRIER)
        self._fine = _Memo(self._fine_of)
        self._sub = _Memo(self._sub_of)

    # ------------------------------------------------------------------ #
    # documents
    # ------------------------------------------------------------------ #

    def pieces(self, word: str) -> tuple[str, ...]:
        """The dictionary words ``word`` is made of, cut down to one or two characters
        (``word`` itself when it is shorter than three characters or not all Han)."""
        return tuple(self._fine[word].split(" "))

    def _fine_of(self, w: str) -> str:
        if not _wordlike(w):
            return BARRIER
        if len(w) < 3 or not _RE_ALL_HAN.fullmatch(w):
            return w
        return " ".join(self._fine[p] for p in self._split(w))

    def _sub_of(self, w: str) -> str:
        n = len(w)
        if n < 3 or not _RE_ALL_HAN.fullmatch(w):
            return ""
        get = self._freq.get
        found = []
        for k in range(n):
            for j in range(k + 2, n + 1):
                if k == 0 and j == n:
                    break
                f = get(w[k:j])
                if f is None:
                    break
                if f:
                    found.append(w[k:j])
        return " ".join(found)

    def _split(self, w: str) -> list[str]:
        """The best path through the dictionary over ``w`` without ``w`` itself (jieba's
        scores: the sum of ``log(freq / total)``, ties to the longer word)."""
        get = self._freq.get
        logtotal = self._logtotal
        n = len(w)
        score = [0.0] * (n + 1)
        nxt = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = math.log(get(w[k]) or 1) - logtotal + score[k + 1]
            nxt[k] = k + 1
            j = k + 2
            while j <= n:
                f = get(w[k:j])
                if f is None:  # no dictionary word starts with w[k:j]
                    break
                if f and not (k == 0 and j == n):
                    sc = math.log(f) - logtotal + score[j]
                    if sc >= best:
                        best, nxt[k] = sc, j
                j += 1
            score[k] = best
        out, k = [], 0
        while k < n:
            out.append(w[k : nxt[k]])
            k = nxt[k]
        return out

    def columns(self, words: Iterable[str]) -> tuple[str, str, str]:
        """The ``words``, ``fine`` and ``sub`` columns of a text cut into ``words``."""
        words = list(words)
        # punctuation in ``words`` is left to FTS5, which drops it: that column serves one-word
        # queries only, where no barrier is needed
        return (" ".join(words), " ".join(map(self._fine.__getitem__, words)),
                " ".join(filter(None, map(self._sub.__getitem__, words))))  # fmt: skip

    def fine_text(self, text: str) -> str:
        """``text`` cut and cut again, as the ``fine`` column holds it (for titles)."""
        return " ".join(map(self._fine.__getitem__, self.seg.words(text))) if text else ""

    # ------------------------------------------------------------------ #
    # queries
    # ------------------------------------------------------------------ #

    def query(self, text: str) -> Query:
        """The FTS5 expression of a search query (see the module's docstring)."""
        parts: list[str] = []
        terms: list[str] = []
        negated = False
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _RE_QUERY.match(text, pos)
            if m is None or m.end() == pos:
                raise QueryError(f"cannot read the query at {text[pos:]!r} (an unclosed quote?)")
            pos = m.end()
            if m.group(1) or m.group(2):
                parts.append(m.group(1) or m.group(2))
                continue
            if m.group(5) in _OPERATORS:
                parts.append(m.group(5))
                negated = m.group(5) == "NOT"
                continue
            if m.group(3) is not None:
                term, prefix = m.group(3).replace('""', '"'), bool(m.group(4))
            else:
                term, prefix = m.group(5), m.group(5).endswith("*")
                term = term.rstrip("*") if prefix else term
            expr = self._term(term, prefix)
            if expr is None:
                raise QueryError(f"nothing to search for in {term!r}")
            parts.append(expr)
            if not negated:
                terms.append(term)
            negated = False
        if not terms:
            raise QueryError("nothing to search for")
        return Query(text=text, fts=" ".join(parts), terms=tuple(terms))

    def cut(self, term: str) -> tuple[list[str], list[str]]:
        """A query term's words and its fine words (barriers where it has punctuation)."""
        words = self.seg.words(term)
        coarse = _trim([self._words[w] for w in words])
        fine = _trim(" ".join(self._fine[w] for w in words).split(" "))
        return coarse, fine

    def _term(self, term: str, prefix: bool) -> str | None:
        coarse, fine = self.cut(term)
        if not coarse:
            return None
        star = " *" if prefix else ""
        alts = [f"{{fine title}} : {_phrase(fine)}{star}"]
        if len(coarse) == 1:
            alts.insert(0, f"words : {_phrase(coarse)}{star}")
        if len(fine) == 1 and fine[0] != BARRIER:
            alts.append(f"sub : {_phrase(fine)}{star}")
        elif self.seg.known(term) and _RE_ALL_HAN.fullmatch(term):
            alts.append(f"sub : {_phrase([term])}{star}")
        return "(" + " OR ".join(alts) + ")"


def _trim(tokens: list[str]) -> list[str]:
    while tokens and tokens[0] == BARRIER:
        tokens = tokens[1:]
    while tokens and tokens[-1] == BARRIER:
        tokens = tokens[:-1]
    return tokens


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


@dataclass(frozen=True)
class Query:
    """A search query: what was typed, its FTS5 expression, and the terms to mark in snippets."""

    text: str
    fts: str
    terms: tuple[str, ...]


def _folded(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


def snippet(text: str, terms: Iterable[str], width: int = 80) -> tuple[str, int | None]:
    """A window of ``text`` around the first match of any of ``terms``, matches between
    :data:`MARK_OPEN` and :data:`MARK_CLOSE`, line breaks as spaces; and the offset of that
    first match in ``text`` (None when no term occurs as it stands)."""
    if not text:
        return "", None
    low = _folded(text)
    spans: list[tuple[int, int]] = []
    for t in {_folded(t) for t in terms if t}:
        i = low.find(t)
        while i >= 0 and len(spans) < 200:
            spans.append((i, i + len(t)))
            i = low.find(t, i + len(t))
    if not spans:
        return _clip(text, 0, min(len(text), width), []), None
    spans.sort()
    first = spans[0][0]
    a = max(0, first - width // 3)
    b = min(len(text), a + width)
    a = max(0, min(a, b - width))
    return _clip(text, a, b, spans), first


def _clip(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    out, pos = [], a
    for s, e in spans:
        s, e = max(s, pos), min(e, b)
        if s >= e:
            continue
        out += [text[pos:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        pos = e
    out.append(text[pos:b])
    body = "".join(out).replace("\r", " ").replace("\n", " ")
    return ("…" if a > 0 else "") + body + ("…" if b < len(text) else "")


# --------------------------------------------------------------------------- #
# searching a store
# --------------------------------------------------------------------------- #

#: the columns of a search result
RESULT_COLUMNS = ("rank", "id", "year", "source", "title", "date", "score", "start", "snippet", "path")
#: bm25 weights of the columns title, words, fine, sub: a whole word counts more than its pieces
WEIGHTS = (2.0, 1.5, 1.0, 0.5)


def normalize_query(text: str) -> str:
    """A query in the bodies' script and width: traditional to simplified, full-width to half-width."""
    from .convert import to_simplified
    from .normalize import fold_variants, fold_width

    return fold_width(fold_variants(to_simplified(text)))


def search_store(con, index: Index, query: str, limit: int | None = 20, year_from: int | None = None,
                 year_to: int | None = None, source: str | None = None, width: int = 80) -> Iterable[dict]:
    """Documents of the store ``con`` (a connection) that match ``query``, best first (bm25),
    each with a snippet of its body (or title) around the first match. Raises
    :class:`QueryError` for a query that cannot be read."""
    import sqlite3

    q = index.query(query)
    where, args = ["documents_fts MATCH ?"], [q.fts]
    if year_from is not None:
        where.append("d.year >= ?")
        args.append(year_from)
    if year_to is not None:
        where.append("d.year <= ?")
        args.append(year_to)
    if source is not None:
        where.append("d.source = ?")
        args.append(source)
    sql = (f"SELECT d.doc_key, d.id, d.year, d.source, d.title, d.date, d.path, bm25(documents_fts, {', '.join(map(str, WEIGHTS))}) AS score "
           f"FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid WHERE {' AND '.join(where)} ORDER BY score")  # fmt: skip
    if limit:
        sql += f" LIMIT {int(limit)}"
    try:
        hits = con.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"{exc} (FTS5 expression: {q.fts})") from None
    for rank, (key, doc_id, year, src, title, date, path, score) in enumerate(hits, 1):
        body = con.execute("SELECT body FROM documents WHERE doc_key = ?", (key,)).fetchone()[0] or ""
        snip, start = snippet(body, q.terms, width)
        if start is None and title:
            tsnip, tstart = snippet(title, q.terms, width)
            if tstart is not None:
                snip = tsnip
        yield {"rank": rank, "id": doc_id, "year": year, "source": src, "title": title, "date": date,
               "score": float(f"{score:.4g}"), "start": start, "snippet": snip, "path": path}  # fmt: skip


def results_dataset(rows: Iterable[dict]):
    """Search results for :func:`policymine.render.write`: one row a document; the table view
    shows the snippets with their matches highlighted."""
    from .render import Dataset

    return Dataset(items=rows, tables=("results",), rows=lambda r, _tables=None: {"results": [r]},
                   columns={"results": RESULT_COLUMNS}, view=_results_view)  # fmt: skip


def _marked(snip: str):
    from rich.text import Text

    out = Text()
    pos = 0
    while True:
        i = snip.find(MARK_OPEN, pos)
        j = snip.find(MARK_CLOSE, i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            out.append(snip[pos:])
            return out
        out.append(snip[pos:i])
        out.append(snip[i + 1 : j], style="bold black on yellow")
        pos = j + 1


def _results_view(rows: Iterable[dict], console) -> int:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="search results", title_justify="left", show_lines=True)
    for c in ("#", "year", "source", "title", "snippet"):
        table.add_column(c, overflow="fold", ratio=3 if c == "snippet" else None)
    n = 0
    for r in rows:
        n += 1
        table.add_row(str(r["rank"]), "" if r["year"] is None else str(r["year"]), Text(r["source"] or ""),
                      Text.assemble(r["title"] or "", "\n", (str(r["id"]), "dim")), _marked(r["snippet"]))  # fmt: skip
    if n:
        console.print(table)
    else:
        console.print("no document matches", style="dim")
    return n
