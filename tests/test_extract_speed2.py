"""Second pass of the extractors' shortcuts (issue 16: same output), each against the reading it
replaced (kept here as the reference): ``_as_nouns`` testing the tag before any pattern,
``_is_generic`` trying only the modifiers a string starts with, and ``_grammar_name``'s last
boundary character found by one match instead of a scan of every boundary."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policymine.extract import indicators, institutions

# ---------------------------------------------------------------------------
# _as_nouns
# ---------------------------------------------------------------------------


def _as_nouns_reference(toks):
    measure = indicators._measure_nouns()
    merged = []
    for w, t in toks:
        if merged and w in ("幅度", "速度", "率") and indicators.CHANGE_SUBJECT.search(merged[-1][0] + w):
            merged[-1] = (merged[-1][0] + w, "n")
        else:
            merged.append((w, t))
    return [(w, "n") if (w in measure or indicators.CHANGE_SUBJECT.search(w) and len(w) == 2) and t.startswith("v")
            else (w, t) for w, t in merged]


def test_as_nouns_on_phrases():
    assert indicators._as_nouns([("工业", "n"), ("增速", "v")]) == [("工业", "n"), ("增速", "n")]
    assert indicators._as_nouns([("涨幅", "n")]) == [("涨幅", "n")]  # a noun already
    assert indicators._as_nouns([("增长", "v"), ("速度", "n")]) == [("增长速度", "n")]
    assert indicators._as_nouns([("下降", "v")]) == [("下降", "v")]  # a verb of change, no noun of one
    assert indicators._as_nouns([("上涨幅度", "v")]) == [("上涨幅度", "v")]  # 4 characters: not taken as a noun


_WORDS = ["增速", "增幅", "涨幅", "降幅", "增量", "增长", "成长", "下降", "幅度", "速度", "率", "支出", "收入",
          "总额", "投资", "企业", "上涨幅度", "增", "的"]
_TAGS = ["v", "vn", "n", "nz", "x", "m", "d"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS + sorted(indicators._measure_nouns())[:20]), st.sampled_from(_TAGS)),
                max_size=8))
def test_as_nouns_as_before(toks):
    assert indicators._as_nouns(list(toks)) == _as_nouns_reference(list(toks))


# ---------------------------------------------------------------------------
# _is_generic
# ---------------------------------------------------------------------------


def _is_generic_reference(name: str) -> bool:
    rest = name
    if institutions.RE_COUNT.search(name):
        return True
    categories = institutions._generic_categories()
    changed = True
    while changed and rest and rest not in categories:
        changed = False
        lead = institutions._leading_place(rest)
        if lead:
            rest, changed = rest[len(lead) :], True
        g = institutions.RE_GRADE_WORD.match(rest)
        if g:
            rest, changed = rest[g.end() :], True
        for w in institutions.GENERIC_MODIFIERS:
            if rest.startswith(w) and rest[len(w) :] in categories:
                rest, changed = rest[len(w) :], True
                break
    if rest in categories or name.endswith(institutions._generic_tails()):
        return True
    lead = institutions._leading_place(name)
    if lead and name[len(lead) :] in institutions.PLURAL_ZONE_HEADS:
        province, _ = institutions._place_tree()
        full = institutions._place_names().get(lead, lead)
        return province.get(full) == full
    return False


def test_modifiers_by_first_character():
    table = institutions._modifiers_by_first()
    assert sorted(w for ws in table.values() for w in ws) == sorted(institutions.GENERIC_MODIFIERS)
    assert all(w.startswith(c) for c, ws in table.items() for w in ws)
    assert set(table["国"]) >= {"国家", "国家级", "国内", "国际"}


def test_is_generic_on_names():
    assert institutions._is_generic("北京460家上市公司")  # a count of a category
    assert institutions._is_generic("国家级生产基地")  # a grade, then a category
    assert institutions._is_generic("重点生产基地")  # a modifier, then a category
    assert not institutions._is_generic("国家重点生产基地")  # a modifier goes only right before a category
    assert not institutions._is_generic("兰州大学")
    assert not institutions._is_generic("重点实验楼建设中心")


_CATEGORIES = sorted(institutions._generic_categories())[:12]
_NAME_PIECES = ["北京", "甘肃省", "兰州", "国家", "国家级", "省级", "重点", "国内", "国际", "创新", "科技", "企业",
                "大学", "研究院", "3家", "高新区", *_CATEGORIES]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=5).map("".join))
def test_is_generic_as_before(name):
    assert institutions._is_generic(name) == _is_generic_reference(name)


# ---------------------------------------------------------------------------
# the last boundary character of a window
# ---------------------------------------------------------------------------


def _last_boundary_reference(window: str) -> int:
    cut = 0
    for m in institutions.RE_BOUNDARY_CHARS.finditer(window):
        cut = m.end()
    return cut


def test_last_boundary_on_windows():
    rx = institutions.RE_LAST_BOUNDARY_CHAR
    assert rx.match("科技厅") is None
    assert rx.match("甲，乙、丙研究").end() == 4
    assert rx.match("甲\n乙").end() == 2  # a line break is a boundary too
    assert rx.match("，").end() == 1


@settings(max_examples=500, deadline=None)
@given(st.text("甲乙科技，,。、“”《》 \n\t-—/|+（）()", max_size=40))
def test_last_boundary_as_the_scan(window):
    m = institutions.RE_LAST_BOUNDARY_CHAR.match(window)
    assert (m.end() if m else 0) == _last_boundary_reference(window)


# ---------------------------------------------------------------------------
# normalize: the pinyin and replacement-run steps tried only where they can match
# ---------------------------------------------------------------------------

_OLD_REPLACEMENT_RUN = r"(?:锟斤拷|烫烫烫|屯屯屯|\ufffd)+"
_PINYIN_CHARS = "網站网(（)）wangǎàzhn锟斤拷烫屯\ufffd?。\n "


def test_strip_pinyin_on_lines():
    from policymine.normalize import strip_pinyin

    assert strip_pinyin("網(wǎng)站") == "網站"
    assert strip_pinyin("網（wǎng）站") == "網站"
    assert strip_pinyin("網(wang)站") == "網(wang)站"  # no tone mark: no annotation
    assert strip_pinyin("没有注音的一行。") == "没有注音的一行。"


@settings(max_examples=500, deadline=None)
@given(st.text(_PINYIN_CHARS, max_size=40))
def test_pinyin_and_replacement_runs_as_before(text):
    import re

    from policymine import normalize as nm

    assert nm.strip_pinyin(text) == re.sub(nm.RE_ANNOTATION.pattern, r"\g<han>", text)
    assert any(d in text for d in nm.REPLACEMENT_DEBRIS) == bool(re.search(_OLD_REPLACEMENT_RUN, text))
    assert nm.RE_REPLACEMENT_RUN.sub("#", text) == re.sub(_OLD_REPLACEMENT_RUN, "#", text)


def test_replacement_runs_marked():
    from policymine.normalize import NormResult, repair_mojibake

    res = NormResult("")
    assert repair_mojibake("甲锟斤拷锟斤拷乙\ufffd丙", res) == "甲\ufffd乙\ufffd丙"
    assert res.marked == 2
    assert repair_mojibake("甲烫烫乙", NormResult("")) == "甲烫烫乙"  # two are no run of debris
