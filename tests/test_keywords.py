"""Keywords: the pruned top-n search gives exactly the brute-force TF-IDF ranking."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from policymine.extract.keywords import RE_TERM, _content_word, _stop, extract_keywords
from policymine.extract.text import Doc
from policymine.segment import get_segmenter

VOCAB = ["第三期", "已达", "科技", "创新", "兰州", "高新区", "实验室", "的", "和", "2025", "十四五", "政产学研金介用", "孵化器",
         "数字经济", "草种", "新质生产力", "R&D", "企业", "成果转化", "示范区", "飞地", "x", "鲲鹏", "龘靐"]


def _brute_force(words: list[str], n: int) -> list[dict]:
    seg = get_segmenter()
    freq, total = seg._tok.FREQ, seg._tok.total
    tags = seg.tag_table()
    counts = {w: c for w, c in Counter(words).items()
              if len(w) >= 2 and w not in _stop() and RE_TERM.match(w) and _content_word(w, freq, tags)}
    if not counts:
        return []
    scored = {w: c * math.log(total / (freq.get(w) or 20)) for w, c in counts.items()}
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    best = top[0][1] or 1.0
    return [{"term": w, "weight": round(s / best, 4)} for w, s in top]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=60), st.integers(min_value=1, max_value=8))
def test_same_ranking_as_brute_force(words, n):
    doc = Doc("".join(words))
    doc.__dict__["words"] = words  # the segmentation under test, set directly
    assert extract_keywords(doc, n=n) == _brute_force(words, n)


def test_keywords_of_a_sentence():
    doc = Doc("兰州高新区建设孵化器。孵化器服务科技企业，孵化器带动成果转化。")
    terms = [k["term"] for k in extract_keywords(doc, n=3)]
    assert terms[0] == "孵化器"
    assert extract_keywords(doc, n=0) == []


def test_fragments_and_ordinals_are_no_keywords():
    doc = Doc("")
    doc.__dict__["words"] = ["第三期", "第三期", "已达", "已达", "已达", "执行率", "预算案"]
    assert [k["term"] for k in extract_keywords(doc, n=5)] == ["执行率", "预算案"]
