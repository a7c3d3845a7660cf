"""Script detection and traditional -> simplified conversion."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine.convert import _converter, _t2s, _t2s_tables, detect_script, to_simplified

HERE = Path(__file__).parent
ROOT = HERE.parent


def _opencc(text: str) -> str:
    return _converter("t2s").convert(text)


def _trad_pages() -> list[Path]:
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "cases").glob("*"))
    return [p for p in pages if p.suffix in (".txt", ".html") and detect_script(p.read_text(encoding="utf-8")) == "traditional"]


@pytest.mark.parametrize("path", _trad_pages(), ids=lambda p: p.name)
def test_same_as_opencc_on_traditional_pages(path):
    text = path.read_text(encoding="utf-8")
    assert _t2s(text) == _opencc(text)


def test_there_are_traditional_pages_to_compare():
    assert len(_trad_pages()) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "經濟發展",
        "一目瞭然，不瞭解。乾乾淨淨",
        "乾隆年間的乾元，與乾卦",  # phrases sharing characters
        "臺灣，香港及澳門的數據（2024年）",
        "abc 123 — ｛｝",
        "借助於世",  # a phrase cut by the end of the text is no phrase (a bug hypothesis found)
    ],
)
def test_same_as_opencc_on_sentences(text):
    assert _t2s(text) == _opencc(text)


def _alphabet() -> str:
    phrases, _, _, _ = _t2s_tables()
    chars = sorted(set("".join(phrases)))  # characters of phrases, so phrases overlap and compete
    return "".join(chars) + "，。 -經濟學發展"


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_same_as_opencc_property(data):
    phrases, _, _, _ = _t2s_tables()
    keys = sorted(phrases)
    # text made of phrases glued together and stray characters: overlaps are the hard case
    fragments = st.sampled_from(keys).flatmap(lambda k: st.sampled_from([k, k[: len(k) // 2 + 1], k[len(k) // 2 :]]))
    parts = data.draw(st.lists(st.one_of(fragments, st.text(alphabet=_alphabet(), max_size=3)), max_size=12))
    text = "".join(parts)
    assert _t2s(text) == _opencc(text)


def test_to_simplified_skips_simplified_text():
    text = "经济发展，科技创新"
    assert to_simplified(text) is text
    assert detect_script(text) == "simplified"
    assert to_simplified("經濟發展") == "经济发展"
