"""Segmentation: policymine's fast path gives exactly jieba's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymine.segment import Segmenter, _pieces, get_segmenter, words

HERE = Path(__file__).parent
ROOT = HERE.parent


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return get_segmenter()


def _jieba(seg: Segmenter, text: str) -> list[str]:
    return [w for piece in _pieces(text) for w in seg._tok.lcut(piece)]


def _pages() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "cases").glob("*.txt"))


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_same_words_as_jieba_on_pages(seg, path):
    from policymine.normalize import normalize

    text = normalize(path.read_text(encoding="utf-8")).text
    assert seg.words(text) == _jieba(seg, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "兰州",
        "  \r\n\t",
        "2025年GDP增长5.2%，R&D投入强度达到2.5%以上。",
        "政产学研金介用深度融合，打造“一心两翼多点”格局",
        "魑魅魍魉龘靐齉",  # characters with no dictionary word: the HMM decides
        "ABC-123_x.y%z#w+v 甲乙丙丁 戊己庚辛",
        "的的的的的的的的的的的的",
    ],
)
def test_same_words_as_jieba_on_sentences(seg, text):
    assert seg.words(text) == _jieba(seg, text)


_ALPHABET = "兰州市科技局政府发展的了和在是研究院高新技术企业产业园区一二三十百万亿年月日%.-+#&_ ab12\n，。、“”（）魑魅"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_same_words_as_jieba_property(text):
    seg = get_segmenter()
    out = seg.words(text)
    assert out == _jieba(seg, text)
    assert "".join(out) == text


def test_domain_dictionary_is_used():
    assert "政产学研金介用" in words("推动政产学研金介用深度融合")


def test_tag_uses_the_same_words(seg):
    text = "兰州市科技局发布2025年计划"
    assert [w for w, _ in seg.tag(text)] == seg.words(text)


# resources.word_regex: a trie-shaped pattern, same matches as a longest-first alternation

_WORD_ALPHABET = "兰州市科技局大学研究院白银"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_WORD_ALPHABET, min_size=1, max_size=5), max_size=12),
       st.text(alphabet=_WORD_ALPHABET + "，的", max_size=60))
def test_word_regex_matches_like_a_sorted_alternation(words_, text):
    import re

    from policymine.resources import word_regex

    alternation = re.compile("|".join(map(re.escape, sorted(set(words_), key=len, reverse=True))) or "(?!)")
    got = [(m.span(), m.group()) for m in word_regex(words_).finditer(text)]
    assert got == [(m.span(), m.group()) for m in alternation.finditer(text)]


def test_word_regex_examples():
    from policymine.resources import word_regex

    rx = word_regex(["兰州", "兰州市", "兰州大学", "a.b"])
    assert [m.group() for m in rx.finditer("兰州市与兰州大学和兰州，a.b不是axb")] == ["兰州市", "兰州大学", "兰州", "a.b"]
    assert word_regex([]).search("任何文字") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_WORD_ALPHABET, min_size=1, max_size=5), max_size=12),
       st.text(alphabet=_WORD_ALPHABET + "，的", max_size=80))
def test_count_words_counts_like_a_word_regex_scan(words_, text):
    from collections import Counter

    from policymine.resources import count_words, word_regex

    assert count_words(words_, text) == Counter(m.group() for m in word_regex(words_).finditer(text))


def test_same_words_as_jieba_with_a_user_dictionary(tmp_path):
    d = tmp_path / "terms.txt"
    d.write_text("魑魅魍魉科技 50 nz\n数字孪生城市\n兰州高新 3\n", encoding="utf-8")
    seg = Segmenter([d])
    text = "兰州高新区建设数字孪生城市，魑魅魍魉科技公司入驻。兰州高新技术企业"
    assert seg.words(text) == _jieba(seg, text)
    assert "数字孪生城市" in seg.words(text)
