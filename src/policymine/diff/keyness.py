""":mod:`policymine.diff.keyness`: the vocabulary's keyness between two groups (log-likelihood G2)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

from ..lang import RE_HAN as _HAN
from ..lang import stopwords

__all__ = ["log_likelihood", "g2_pvalue", "keyness_between", "keyness_of_counts", "token_counts", "Tokenizer"]

Tokenizer = Callable[[str], Iterable[str]]



def default_tokenizer() -> Tokenizer:
    from policymine.segment import words

    return words


def token_counts(records: Iterable[dict], tokenize: Tokenizer, stop: frozenset[str]) -> Counter:
    counts: Counter = Counter()
    for rec in records:
        body = rec.get("body")
        if not body:
            continue
        for tok in tokenize(body):
            tok = tok.strip()
            if len(tok) >= 2 and tok not in stop and _HAN.search(tok):
                counts[tok] += 1
    return counts


def log_likelihood(count_a: int, count_b: int, total_a: int, total_b: int) -> float:
    """Signed log-likelihood G2 of a word between corpus A (from) and corpus B (to).

    The 2x2 table is (word in A, word in B, rest of A, rest of B) with
    ``G2 = 2 * sum(O * ln(O / E))`` over its four cells (``0 * ln 0 = 0``) and
    ``E = row total * column total / N`` (Dunning 1993). The result is positive when
    the word is more frequent in B than expected, negative when more frequent in A.
    It is the plain statistic: quanteda's ``textstat_keyness(measure = "lr")`` gives
    the same G2 with ``correction = "none"`` (its default for "lr" applies Williams'
    correction; its default measure is chi2).
    """
    n = total_a + total_b
    if n <= 0 or total_a <= 0 or total_b <= 0:
        return 0.0
    word = count_a + count_b
    rest = n - word
    cells = (
        (count_a, total_a * word / n),
        (count_b, total_b * word / n),
        (total_a - count_a, total_a * rest / n),
        (total_b - count_b, total_b * rest / n),
    )
    g2 = 2.0 * sum(o * math.log(o / e) for o, e in cells if o > 0 and e > 0)
    g2 = max(g2, 0.0)
    return g2 if count_b * total_a >= count_a * total_b else -g2


def g2_pvalue(g2: float) -> float:
    """p-value of a G2 statistic with 1 degree of freedom: ``erfc(sqrt(|G2| / 2))``."""
    return math.erfc(math.sqrt(abs(g2) / 2.0))


def keyness_between(a_records, b_records, *, min_count: int, top: int, tokenize: Tokenizer | None) -> dict:
    tokenize = tokenize or default_tokenizer()
    stop = stopwords()
    return keyness_of_counts(token_counts(a_records, tokenize, stop), token_counts(b_records, tokenize, stop),
                             min_count=min_count, top=top)


def keyness_of_counts(ca: Counter, cb: Counter, *, min_count: int, top: int) -> dict:
    """:func:`keyness_between` on word counts already made (:func:`token_counts`): a caller that
    streams documents counts their words as they pass and keeps no body."""
    na, nb = sum(ca.values()), sum(cb.values())
    to_items, from_items = [], []
    for term in ca.keys() | cb.keys():
        a, b = ca.get(term, 0), cb.get(term, 0)
        if a + b < min_count:
            continue
        g2 = log_likelihood(a, b, na, nb)
        if g2 == 0:
            continue
        item = {
            "term": term,
            "g2": round(g2, 3),
            "p": float(f"{g2_pvalue(g2):.4g}"),
            "direction": "to" if g2 > 0 else "from",
            "count_from": a,
            "count_to": b,
            "per_10k_from": round(a / na * 10000, 3) if na else 0.0,
            "per_10k_to": round(b / nb * 10000, 3) if nb else 0.0,
            "_g2": g2,
        }
        (to_items if g2 > 0 else from_items).append(item)
    to_items.sort(key=lambda it: (-abs(it["_g2"]), it["term"]))
    from_items.sort(key=lambda it: (-abs(it["_g2"]), it["term"]))
    for it in to_items + from_items:
        del it["_g2"]
    return {"to": to_items[:top], "from": from_items[:top], "method": "G2", "tokens_from": na, "tokens_to": nb}


