""":mod:`policymine.extract.keywords`: keywords of a body by TF-IDF.

Term frequencies come from jieba tokens (domain dictionary on); inverse document
frequencies from the IDF table jieba ships (``jieba/analyse/idf.txt``, built by
jieba's authors from a general Chinese corpus). Stopwords (``data/stopwords.txt``),
numbers, single characters and tokens without a Han character are left out.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from .. import resources
from .text import Doc

__all__ = ["extract_keywords"]

RE_TERM = regex.compile(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9&·]*$")
RE_HAS_HAN = regex.compile(r"\p{Han}")
RE_NUMERIC = regex.compile(r"^[\d零〇一二两三四五六七八九十百千万亿.%]+$")


@functools.cache
def _idf() -> tuple[dict[str, float], float]:
    from pathlib import Path

    import jieba

    import marshal

    from ..segment import cache_dir

    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    cache = cache_dir() / "idf.marshal"
    try:
        if cache.stat().st_mtime >= path.stat().st_mtime:
            with cache.open("rb") as fh:
                return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table: dict[str, float] = {}
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                word, _, val = line.rstrip("\n").rpartition(" ")
                try:
                    table[word] = float(val)
                except ValueError:
                    continue
    except OSError:
        return {}, 10.0
    values = sorted(table.values())
    median = values[len(values) // 2] if values else 10.0
    try:
        import os
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=cache_dir())
        with os.fdopen(fd, "wb") as fh:
            marshal.dump((table, median), fh)
        os.replace(tmp, cache)
    except OSError:
        pass
    return table, median


def _stop() -> frozenset[str]:
    try:
        return resources.stopwords()
    except Exception:  # a missing stoplist should not stop extraction
        return frozenset()


def extract_keywords(doc: Doc, n: int = 10) -> list[dict]:
    """The ``n`` terms with the highest TF-IDF, weights scaled so the first is 1."""
    stop = _stop()
    counts = Counter(
        w for w in doc.words
        if len(w) >= 2 and w not in stop and RE_HAS_HAN.search(w) and RE_TERM.match(w) and not RE_NUMERIC.match(w)
    )
    if not counts:
        return []
    idf, median = _idf()
    scored = {w: c * idf.get(w, median) for w, c in counts.items()}
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    best = top[0][1] or 1.0
    return [{"term": w, "weight": round(s / best, 4)} for w, s in top]
