""":mod:`policymine.extract.keywords`: keywords of a body by TF-IDF.

Term frequencies come from the body's jieba words (domain dictionary on); the inverse
frequency from the word counts of jieba's own dictionary, already in memory
(``log(total / count)``; a word it lacks counts as rare but not unseen). Stopwords (``data/stopwords.txt``),
numbers and ordinals, function words by their dictionary tag, fragments the HMM cut after a
function character (已达, 所提), single characters and tokens without a Han character are left out.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterator
from operator import itemgetter

from ..lang import stopwords as _stop
from ..uniclass import on_re
from .text import Doc

__all__ = ["extract_keywords"]

# a term: starts with a letter or Han character, holds a Han character, is not a numeral
RE_TERM = on_re(
    r"(?![\d零〇一二两三四五六七八九十百千万亿.%]+$)(?=[^\p{Han}]*\p{Han})[\p{Han}A-Za-z][\p{Han}A-Za-z0-9&·]*$"
)




# tags of words that name nothing: numerals and measures (第三期), adverbs, prepositions,
# conjunctions, particles, pronouns, punctuation
NON_CONTENT_TAGS = frozenset(["m", "mq", "q", "d", "p", "c", "u", "uj", "ul", "r", "x"])
# a word jieba's HMM found that starts with one of these is a fragment (已达, 所提, 请予)
FUNCTION_CHARS = frozenset("已所请被将把对于从向在的了之其并且而")


def _content_word(w: str, freq: dict, tags: dict) -> bool:
    if tags.get(w) in NON_CONTENT_TAGS:
        return False
    return bool(freq.get(w)) or w[0] not in FUNCTION_CHARS


def _by_count(counts: Counter) -> Iterator[tuple[str, int]]:
    """``counts.most_common()``, lazily, without sorting the words seen once (most of a page's
    words): they come last, in the order they first occur, as the stable sort leaves them."""
    yield from sorted((kv for kv in counts.items() if kv[1] > 1), key=itemgetter(1), reverse=True)
    yield from (kv for kv in counts.items() if kv[1] == 1)


def extract_keywords(doc: Doc, n: int = 10) -> list[dict]:
    """The ``n`` terms with the highest TF-IDF, weights scaled so the first is 1."""
    if n <= 0:
        return []
    stop = _stop()
    seg = doc.segmenter
    freq, total = seg.frequencies, seg.total
    # inverse frequency from jieba's own dictionary counts (already in memory): a word the
    # language uses rarely says more about a text than a common one. A dictionary word counts
    # at least 1, so no word scores more than count * log(total): words are taken by falling
    # count, and once that bound is below the n-th best score so far, no later word can enter
    # the top n (most words of a page occur once: they are never looked up).
    tags = seg.word_tags(doc.words)
    bound = math.log(total)
    threshold: list[float] = []  # min-heap of the n best scores so far
    scored: dict[str, float] = {}
    get_tag, get_freq = tags.get, freq.get
    for w, c in _by_count(Counter(doc.words)):
        if len(threshold) == n and c * bound < threshold[0]:
            break
        # (the dictionary lookups before the pattern: cheaper, and the same words pass;
        # _content_word written out)
        if len(w) < 2 or w in stop or get_tag(w) in NON_CONTENT_TAGS:
            continue
        f = get_freq(w)
        if not f and w[0] in FUNCTION_CHARS or not RE_TERM.match(w):
            continue
        score = scored[w] = c * math.log(total / (f or 20))
        if len(threshold) < n:
            heapq.heappush(threshold, score)
        elif score > threshold[0]:
            heapq.heapreplace(threshold, score)
    if not scored:
        return []
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    best = top[0][1] or 1.0
    return [{"term": w, "weight": round(s / best, 4)} for w, s in top]
