"""The faster paths of the extractors give what the plain ones gave (issue 16: same output).

Each test pits a shortcut against the straightforward reading it replaced (kept here as the
reference) on generated strings: the decimal fast path of ``parse_number``, the name lists looked
for only before each 、, ``Doc.tagged`` by slices, clause bounds by bisection, sentences trimmed
with ``str.strip``, the change ending searched on its tail, place counts by ``findall``.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymine.compiled import regex
from policymine.extract import indicators, institutions
from policymine.extract.numbers import _parse_exact, _to_float, parse_number
from policymine.extract.text import Doc, _place_names, place_counts, places_regex, sentence_spans

# ---------------------------------------------------------------------------
# parse_number: decimals with a multiplier
# ---------------------------------------------------------------------------

_MULTIPLIERS = ["", "十", "拾", "百", "佰", "千", "仟"]
_BIG = ["", "万", "亿", "兆", "万亿"]


def test_decimal_with_multipliers():
    assert parse_number("1.97亿") == 197000000.0
    assert parse_number("3千万") == 30000000.0
    assert parse_number("2.1万亿") == 2.1e12
    assert parse_number("7129.56万") == 71295600.0
    assert parse_number("0.5") == 0.5
    assert parse_number("0万") == 0.0
    assert parse_number("0千万") is None  # an empty group before 万: the grammar refuses it


@settings(max_examples=400, deadline=None)
@given(
    whole=st.text("0123456789", min_size=1, max_size=17),
    frac=st.one_of(st.none(), st.text("0123456789", min_size=0, max_size=9)),
    small=st.sampled_from(_MULTIPLIERS),
    big=st.sampled_from(_BIG),
)
def test_decimal_fast_path_is_the_exact_reading(whole, frac, small, big):
    s = whole + ("" if frac is None else "." + frac) + small + big
    assert repr(parse_number(s)) == repr(_to_float(_parse_exact(s)))


# ---------------------------------------------------------------------------
# name lists: only before each 、
# ---------------------------------------------------------------------------

_LIST_CHARS = "甲乙丙丁科技公司集团大学AB3&·.、、、和及与等企业，。\n“"


def _spans(matches):
    return [(m.span(), m.group("list"), m.group("after")) for m in matches]


def test_name_lists_on_sentences():
    text = "涌现出甲科技、乙集团和丙公司等一批企业。又有丁大学、戊学院等高校，己、庚。"
    assert _spans(institutions._name_lists(text)) == _spans(institutions.RE_NAME_LIST.finditer(text))
    assert [m.group("list") for m in institutions._name_lists(text)] == ["涌现出甲科技、乙集团和丙公司", "又有丁大学、戊学院"]


def test_name_lists_after_a_list_that_fails():
    # the 、 after 甲乙 opens no list (one character after it): the list before the next 、 counts
    text = "甲乙、1，丙丁、戊己等企业"
    assert [m.group("list") for m in institutions._name_lists(text)] == ["丙丁、戊己"]


_LIST_PIECES = ["甲乙", "丙丁戊", "科技公司", "A3", "己", "、", "、", "和", "等", "等企业", "，", "。", "\n", "“",
                "一二三四五六七八九十"]


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(_LIST_CHARS, max_size=80), st.lists(st.sampled_from(_LIST_PIECES), max_size=30).map("".join)))
def test_name_lists_as_finditer(text):
    assert _spans(institutions._name_lists(text)) == _spans(institutions.RE_NAME_LIST.finditer(text))


# ---------------------------------------------------------------------------
# Doc.tagged, clause bounds, sentences
# ---------------------------------------------------------------------------

_TEXT_CHARS = "科技创新企业发展全市增长了达到，。；：！\n 1234.%亿元的和"


def _tagged_reference(doc: Doc, a: int, b: int) -> list[tuple[str, str]]:
    """The word-by-word walk ``Doc.tagged`` replaced."""
    a, b = max(0, a), min(len(doc.text), b)
    out = []
    if a >= b:
        return out
    pos = 0
    for w in doc.words:
        ws, we = pos, pos + len(w)
        pos = we
        if we <= a or ws >= b:
            continue
        piece = w if a <= ws and we <= b else doc.text[max(a, ws) : min(b, we)]
        out.append((piece, doc.segmenter.tag_word(piece)))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_TEXT_CHARS, min_size=1, max_size=60), st.integers(-3, 65), st.integers(-3, 65))
def test_tagged_as_the_word_walk(text, a, b):
    doc = Doc(text)
    assert doc.tagged(a, b) == _tagged_reference(doc, a, b)


def test_tagged_clips_words_at_the_edges():
    doc = Doc("全市科技创新企业达到1234家")
    whole = doc.tagged(0, len(doc.text))
    assert "".join(w for w, _ in whole) == doc.text
    assert "".join(w for w, _ in doc.tagged(1, 7)) == doc.text[1:7]


def _clause_reference(text: str, s: int, e: int, sent: tuple[int, int]) -> tuple[int, int]:
    cs = s
    while cs > sent[0] and text[cs - 1] not in indicators.BOUNDARY:
        cs -= 1
    ce = e
    while ce < sent[1] and text[ce] not in indicators.BOUNDARY:
        ce += 1
    return cs, ce


@settings(max_examples=200, deadline=None)
@given(st.text(_TEXT_CHARS, min_size=1, max_size=80), st.data())
def test_clause_bounds_as_the_character_walk(text, data):
    doc = Doc(text, segmenter=object())  # no words needed
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    sent = doc.sentence_of(s)
    assert indicators._clause_bounds(doc, s, e, sent) == _clause_reference(text, s, e, sent)


def test_clause_bounds_on_a_sentence():
    text = "全市企业达到1234家，增长了5%。"
    doc = Doc(text, segmenter=object())
    s = text.index("5")
    assert text[slice(*indicators._clause_bounds(doc, s, s + 2, doc.sentence_of(s)))] == "增长了5%"


def _sentences_reference(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in regex.finditer(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]*|\n|$)", text):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t\n\u3000":
            s += 1
        while e > s and text[e - 1] in " \t\n\u3000":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.text("甲乙。！？!?；;\n \t\u3000”）", max_size=40))
def test_sentence_spans_as_before(text):
    assert sentence_spans(text) == _sentences_reference(text)


# ---------------------------------------------------------------------------
# place counts
# ---------------------------------------------------------------------------


def test_place_counts_in_order_of_first_mention():
    names = sorted({full for full in _place_names().values() if len(full) >= 3})[:3]
    text = "，".join([names[1], names[0], names[1], names[2]])
    reference: Counter = Counter()
    for m in places_regex().finditer(text):
        reference[_place_names()[m.group()]] += 1
    got = place_counts(text)
    assert got == reference and list(got) == list(reference)


# ---------------------------------------------------------------------------
# word scans by an automaton (policymine.wordscan)
# ---------------------------------------------------------------------------

_WORDS = ["科技", "科技局", "科技创新", "创新", "新区", "兰州", "兰州市", "兰州大学", "大学", "市", "A股", "5G"]


def _scan_spans(scanner, text):
    return [(m.span(), m.group(), m.start(), m.end()) for m in scanner.finditer(text)]


def _regex_spans(rx, text):
    return [(m.span(), m.group(), m.start(), m.end()) for m in rx.finditer(text)]


def test_word_scanner_on_a_sentence():
    from policymine.wordscan import word_scanner

    scanner = word_scanner(_WORDS)
    text = "兰州市科技局推动科技创新，兰州大学新区A股5G"
    assert [m.group() for m in scanner.finditer(text)] == ["兰州市", "科技局", "科技创新", "兰州大学", "新区", "A股", "5G"]
    assert scanner.findall(text) == scanner.pattern.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text("科技局创新区兰州市大学AG5股，\n", max_size=60))
def test_word_scanner_as_the_trie_pattern(text):
    from policymine.wordscan import word_scanner

    scanner = word_scanner(_WORDS)
    assert _scan_spans(scanner, text) == _regex_spans(scanner.pattern, text)
    assert scanner.findall(text) == scanner.pattern.findall(text)


def test_word_scanner_without_the_automaton(monkeypatch):
    import policymine.wordscan as ws

    monkeypatch.setattr(ws, "_automaton", lambda words: None)
    scanner = ws.word_scanner(_WORDS)
    text = "兰州市科技局"
    assert scanner.findall(text) == ["兰州市", "科技局"]
    assert _scan_spans(scanner, text) == _regex_spans(scanner.pattern, text)


def test_word_scanner_on_a_lone_surrogate():
    from policymine.wordscan import word_scanner

    scanner = word_scanner(_WORDS)
    text = "兰州市\udc80科技局"
    assert scanner.findall(text) == ["兰州市", "科技局"]


def test_word_scanner_of_no_words():
    from policymine.wordscan import word_scanner

    assert word_scanner([]).findall("兰州市") == []
    assert list(word_scanner(["", ""]).finditer("兰州市")) == []


def test_extractor_scanners_match_their_patterns():
    """The gazetteer, heads, lexicon and places: the automaton's matches are the pattern's."""
    from policymine.extract import slogans
    from policymine.extract.text import _places_scanner

    text = ("兰州市科技局与兰州大学共建实验室，甘肃省人民政府印发通知。国务院办公厅、科技部、中国科学院"
            "推动新质生产力发展，实施创新驱动发展战略，建设科技强国。")
    g_scan, h_scan = institutions._scanners()
    for scanner in (g_scan, h_scan, slogans._lexicon_scanner(), _places_scanner()):
        assert _scan_spans(scanner, text) == _regex_spans(scanner.pattern, text)


def test_word_scanner_uses_the_automaton_when_installed():
    import pytest

    pytest.importorskip("ahocorasick_rs")
    from policymine.wordscan import word_scanner

    assert word_scanner(_WORDS)._automaton is not None


# ---------------------------------------------------------------------------
# the list before a figure, stripped only where one can end the string
# ---------------------------------------------------------------------------


def test_list_tail_on_phrases():
    assert indicators._strip_list_tail("分别增长5.2%、3.1%和") == "分别增长"
    assert indicators._strip_list_tail("分别增长") == "分别增长"


@settings(max_examples=400, deadline=None)
@given(st.text("增长5.2%、和及与至到 \n一二三万亿倍点,.个百分", max_size=30))
def test_list_tail_as_the_plain_sub(left):
    assert indicators._strip_list_tail(left) == indicators.RE_LIST_TAIL.sub("", left)
