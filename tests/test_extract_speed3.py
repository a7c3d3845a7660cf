"""Third pass of the extractors' speed (issue 16: same output): patterns written for ``regex`` and
run on ``re`` (:mod:`policymine.uniclass`), each against its ``regex`` reading, on the test pages
and on generated strings of the characters it names."""

from __future__ import annotations

import array
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine import uniclass
from policymine.extract import indicators, institutions, keywords, slogans  # noqa: F401  (their patterns)
from policymine.extract import text as _text  # noqa: F401  (its patterns)

ROOT = Path(__file__).resolve().parent.parent


def _patterns():
    indicators._quantity_scan(), indicators._money_bare_scan()  # made on first use
    return [(p, f, rx, regex.compile(p, f), re_digits) for p, f, rx, re_digits in uniclass.made()]


PATTERNS = _patterns()  # (written, flags, on re, on regex, re's \d)


def _all_chars() -> str:
    return array.array("I", range(0xD800)).tobytes().decode("utf-32-le") \
        + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le")  # fmt: skip


def _new_digits() -> list[str]:
    """Digits regex reads as \\d and this Python's re does not (the scripts of recent Unicode versions)."""
    import re

    chars = _all_chars()
    return sorted(set(regex.findall(r"\d", chars)) - set(re.findall(r"\d", chars)))


NEW_DIGITS = _new_digits()


@pytest.mark.parametrize("prop", ["Han", "P"])
def test_property_class_is_regex_property(prop):
    import re

    chars = _all_chars()
    spelled = re.compile(f"[{uniclass.property_class(prop)}]")
    assert spelled.findall(chars) == regex.findall(rf"\p{{{prop}}}", chars)


@pytest.mark.parametrize("esc", [r"\d", r"\s"])
def test_class_escapes_are_regex_ones(esc):
    import re

    chars = _all_chars()
    body = uniclass.class_body(esc)
    # (what a pattern leaves when it takes out every character it matches: the rest, compared in C)
    assert re.sub(f"[{body}]", "", chars) == regex.sub(esc, "", chars)
    assert re.sub(f"[^{body}]", "", chars) == regex.sub(esc.upper(), "", chars)
    assert re.sub(uniclass.for_re(esc), "", chars) == regex.sub(esc, "", chars)
    assert re.sub(uniclass.for_re(esc.upper()), "", chars) == regex.sub(esc.upper(), "", chars)


def test_negated_escape_in_a_class_is_refused():
    with pytest.raises(ValueError):
        uniclass.on_re(r"[^\S\n]")
    assert uniclass.for_re(r"\d", re_digits=True) == r"\d"


def test_body_scans_on_re_only_without_digits_read_otherwise():
    if not NEW_DIGITS:
        pytest.skip("this Python's re reads every digit regex reads")
    d = NEW_DIGITS[0]
    assert all(uniclass.has_digits_read_otherwise(f"第{c}") for c in NEW_DIGITS)
    assert not any(uniclass.has_digits_read_otherwise(c) for c in "0٠９中\U00020000\U0010ffff")
    assert uniclass.has_digits_read_otherwise(f"共有{d}家") and not uniclass.has_digits_read_otherwise("共有3家企业，增长12.5%")
    text = f"全市共有{d}5家企业"
    # on re, the new digit is no digit: the scans would differ, so the body goes to regex's
    assert [m.span() for m in indicators._quantity_scan().finditer(text)] != \
        [m.span() for m in indicators._quantity_re().finditer(text)]  # fmt: skip


def test_extraction_same_either_way_on_ordinary_text(monkeypatch):
    from policymine.extract.text import Doc

    text = "2023年全市规模以上工业增加值增长5.2%，新增高新技术企业120家，排名全省第3位，占比约六成，投资3亿。"
    got = indicators.extract_indicators(Doc(text))
    monkeypatch.setattr(indicators, "has_digits_read_otherwise", lambda _t: True)
    assert indicators.extract_indicators(Doc(text)) == got
    assert len(got[0]) >= 4


def test_for_re_spells_properties_inside_and_outside_classes():
    han = uniclass.property_class("Han")
    assert uniclass.for_re(r"a\p{Han}b") == f"a[{han}]b"
    assert uniclass.for_re(r"[\p{Han}%]") == f"[{han}%]"
    assert uniclass.for_re(r"[^\p{Han}]") == f"[^{han}]"
    assert uniclass.for_re(r"[]\p{Han}]x\p{Han}") == f"[]{han}]x[{han}]"  # a ] first in a class is literal
    assert uniclass.for_re(r"\\p{Han}") == r"\\p{Han}"  # an escaped backslash, then text
    assert uniclass.for_re(r"\[\p{Han}") == rf"\[[{han}]"  # an escaped bracket opens no class


@pytest.mark.parametrize("pattern", [r"\w+", r"a\b", r"\W", r"(?|a|b)", r"x\B", r"[^\D]"])
def test_on_re_refuses_what_re_reads_otherwise(pattern):
    with pytest.raises(ValueError):
        uniclass.on_re(pattern)


def test_on_re_keeps_what_it_made():
    n = len(uniclass.made())
    rx = uniclass.on_re(r"(?<![\p{Han}])计划")
    assert uniclass.made()[n] == (r"(?<![\p{Han}])计划", 0, rx, False)
    assert rx.search("年度计划") is None and rx.search("。计划") and rx.search("计划")


def test_the_extractors_patterns_run_on_re():
    assert len(PATTERNS) > 60
    assert all(type(rx).__module__ == "re" for _, _, rx, _, _ in PATTERNS)
    # the body scans read \d as re does (their fast first-character search), the rest as regex does
    assert {p for p, _, _, _, d in PATTERNS if d} >= {indicators.RE_RANK.pattern, indicators.RE_SHARE_WORDS.pattern}


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groups() == b.groups() and a.groupdict() == b.groupdict()


def _pages() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt"))[:12] + sorted((ROOT / "tests" / "cases").glob("*.txt"))[:12]
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def test_same_matches_on_pages():
    pages = _pages()
    assert pages
    for p, _f, rx, ref, _d in PATTERNS:
        for page in pages:
            got = [(m.span(), m.groups()) for m in rx.finditer(page)]
            want = [(m.span(), m.groups()) for m in ref.finditer(page)]
            assert got == want, p[:80]


def _alphabet(pattern: str, re_digits: bool) -> list[str]:
    """The characters a pattern names, and a few it does not (Han, Latin, digits, blanks, punctuation,
    the digits and blanks re and regex read differently: not for a pattern with re's own \\d)."""
    own = sorted({c for c in pattern if ord(c) > 127})
    odd = [] if re_digits else NEW_DIGITS[:3] + ["\x1c", "\x1f", "\u0660"]
    return own + odd + list("0123456789.,%-—:：，。；、（）()“”「」 \n\u3000Abz中国省市年月日的")


@settings(max_examples=700, deadline=None)
@given(st.data())
def test_same_matches_on_generated_text(data):
    p, _f, rx, ref, re_digits = data.draw(st.sampled_from(PATTERNS))
    s = data.draw(st.text(alphabet=st.sampled_from(_alphabet(p, re_digits)), max_size=40))
    assert not (re_digits and uniclass.has_digits_read_otherwise(s))
    pos = data.draw(st.integers(0, len(s)))
    end = data.draw(st.integers(pos, len(s)))
    assert [(m.span(), m.groups()) for m in rx.finditer(s)] == [(m.span(), m.groups()) for m in ref.finditer(s)]
    assert _same(rx.search(s, pos), ref.search(s, pos))
    assert _same(rx.search(s, pos, end), ref.search(s, pos, end))
    assert _same(rx.match(s, pos), ref.match(s, pos))
    assert _same(rx.fullmatch(s), ref.fullmatch(s))
    assert rx.sub("", s) == ref.sub("", s)


# ---------------------------------------------------------------------------
# shortcuts against the readings they replace
# ---------------------------------------------------------------------------


def test_money_scan_first_test_is_how_every_number_starts():
    # the bare-money scan's first test (?=[\d...]) is implied by RE_NUM: the same matches without it
    rx = indicators._money_bare_re()
    first = rf"(?=[\d{indicators._CNX}])"
    written = rx.pattern
    assert written.startswith(first)
    ref = regex.compile(written[len(first) :])
    for page in _pages():
        assert [(m.span(), m.groups()) for m in rx.finditer(page)] == [(m.span(), m.groups()) for m in ref.finditer(page)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,万亿多余元的基金投资一二三十百千中国 ")), max_size=30))
def test_money_scan_first_test_on_generated_text(s):
    rx = indicators._money_bare_re()
    first = rf"(?=[\d{indicators._CNX}])"
    ref = regex.compile(rx.pattern[len(first) :])
    assert [(m.span(), m.groups()) for m in rx.finditer(s)] == [(m.span(), m.groups()) for m in ref.finditer(s)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["科技", "创新", "的", "企业", "发展", "兰州", "了", "研发"]), max_size=60))
def test_by_count_is_most_common(words):
    from collections import Counter

    counts = Counter(words)
    assert list(keywords._by_count(counts)) == counts.most_common()


def test_keywords_filters_as_content_word():
    # the loop's written-out filter keeps what _content_word keeps
    from policymine.extract.text import Doc

    doc = Doc("科技创新推动企业发展。科技创新引领产业升级，企业创新能力不断提升，已达到新水平。" * 3)
    terms = [k["term"] for k in keywords.extract_keywords(doc, n=10)]
    assert "科技" in terms or "创新" in terms
    seg = doc.segmenter
    freq, tags = seg.frequencies, seg.word_tags(doc.words)
    assert all(keywords._content_word(t, freq, tags) for t in terms)


def _in_quotes_reference(text: str, s: int, e: int) -> bool:
    for open_, close in (("“", "”"), ("《", "》"), ("‘", "’"), ("「", "」"), ('"', '"')):
        i = text.rfind(open_, max(0, s - 16), s)
        if i >= 0 and text.rfind(close, i + 1, s) < 0:
            j = text.find(close, e, e + 16)
            if j >= 0:
                return True
    return False


def test_in_quotes_on_sentences():
    t = "计划“3年100亿”专项行动，投入100亿元。"
    s = t.index("100亿")
    assert indicators._in_quotes(t, s, s + 4)
    s2 = t.rindex("100亿")
    assert not indicators._in_quotes(t, s2, s2 + 4)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("“”《》‘’「」\"3亿元增长的中国")), min_size=1, max_size=50), st.data())
def test_in_quotes_as_before(text, data):
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert indicators._in_quotes(text, s, e) == _in_quotes_reference(text, s, e)


# ---------------------------------------------------------------------------
# layout: a line's cues
# ---------------------------------------------------------------------------


def _cue_role_reference(line: str):
    from policymine.lang import RE_HAN
    from policymine.layout import _cues

    s = line.strip().lstrip("【[(（ ")
    line_cues, start_cues, within, longest = _cues()
    best = line_cues.get(s.rstrip(":：】] "))
    for n in range(1, min(longest, len(s)) + 1):
        hit = start_cues.get(s[:n])
        if hit and (best is None or hit[0] < best[0]):
            nxt = s[n : n + 1]
            if n >= 4 or not nxt or not RE_HAN.match(nxt):
                best = hit
    if len(s) < 60:
        for rank, cue, role in within:
            if best is not None and rank > best[0]:
                break
            if cue in s:
                best = (rank, role)
                break
    return best[1] if best else None


def _cue_strings() -> list[str]:
    from policymine.layout import _cues

    line_cues, start_cues, within, _ = _cues()
    return sorted(set(line_cues) | set(start_cues) | {c for _, c, _ in within})


def test_cue_role_on_every_cue():
    from policymine.layout import _cue_role

    for cue in _cue_strings():
        for line in (cue, cue + "：某某", "【" + cue + "】", "据悉" + cue, cue + "兰州市科技局", "  " + cue + " "):
            assert _cue_role(line) == _cue_role_reference(line), line


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_cue_strings()), st.text(alphabet=st.sampled_from(list("：:】【(（ 年月日中国的a1")),
                                                                      max_size=4)), max_size=6))
def test_cue_role_as_before(parts):
    from policymine.layout import _cue_role

    line = "".join(parts)
    assert _cue_role(line) == _cue_role_reference(line)


@pytest.mark.parametrize("line", ["（文章来源：某某日报）", "(来源:新华社)", "来源：新华社", "（完）", "兰州市科技局"])
def test_line_role_of_bracketed_lines(line):
    # RE_BRACKETED is only tried on a line a bracket opens: the others are their own bare form
    import re

    from policymine.layout import RE_BRACKETED, line_role

    bare = RE_BRACKETED.sub(r"\1", line)
    assert (bare == line) == (line[0] not in "(（")
    assert line_role(line) in ("meta", "short", "end", "drop", "text")
    if line[0] not in "(（":
        assert re.match(r"^[(（]", line) is None
