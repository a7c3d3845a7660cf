"""Fourth pass of the extractors' speed (issue 16: same output): each shortcut against the plain
computation it replaces, on sentences written for it and on generated strings of the characters
the patterns name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policymine import layout
from policymine.extract import indicators

# characters of the list tails (numbers, units, conjunctions, blanks) and a few others
_LIST_CHARS = "0123456789.,一二三四五点万亿%‰个百分倍 \n、和及以与至到增长提高了的"


def _plain_strip_list_tail(left: str) -> str:
    if not indicators.RE_LIST_TAIL_LAST.search(left, max(0, len(left) - 2)):
        return left
    return indicators.RE_LIST_TAIL.sub("", left)


def test_strip_list_tail_sentences():
    assert indicators._strip_list_tail("分别增长5.2%、3.1%和") == "分别增长"
    assert indicators._strip_list_tail("两项指标分别提高1.2、0.8个百分点和") == "两项指标分别提高"
    assert indicators._strip_list_tail("产值由3亿元增至") == "产值由3亿元增至"
    assert indicators._strip_list_tail("比上年增长三点五倍以及 ") == "比上年增长"
    assert indicators._strip_list_tail("") == ""


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LIST_CHARS, max_size=60))
def test_strip_list_tail_is_the_substitution(left):
    assert indicators._strip_list_tail(left) == _plain_strip_list_tail(left)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="科技创新a1 ，。：2024年3月5日|/", max_size=140))
def test_line_role_same_with_full_han_count(line):
    """line_role counts a long line's Han characters only as far as its tests need: the role is
    the one the full count gives."""
    capped = layout.line_role(line)
    real = layout._line_han
    layout._line_han = layout._han_count
    try:
        assert capped == layout.line_role(line)
    finally:
        layout._line_han = real


def test_line_role_long_paragraph_and_short_lines():
    para = "全市科技创新工作取得新进展，" * 10 + "高新技术企业达到1200家。"
    assert layout.line_role(para) == "text"
    assert layout.line_role("2024年3月5日 星期二") == "drop"
    assert layout.line_role("发布时间：2024年3月5日") == "meta"
    assert layout.line_role("科技创新") == "short"


def test_find_dates_needs_month_for_cn_forms():
    assert layout.find_dates("二〇二四年三月七日") == [("2024-03-07", 0, 9)]
    assert layout.find_dates("民国113年3月7日") == [("2024-03-07", 0, 10)]
    assert layout.find_dates("二〇二四年是关键之年") == []
    assert layout.find_dates("2024年全市科技工作") == []


def test_han_at_least_is_the_count():
    assert layout._han_at_least("科技" * 40, 12)
    assert not layout._han_at_least("a1" * 40 + "科技", 12)
    assert layout._han_at_least("a" * 60 + "科技创新发展" * 2, 12)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="科技a1 ，", max_size=120), st.integers(min_value=1, max_value=20))
def test_han_at_least_generated(s, k):
    assert layout._han_at_least(s, k) == (layout._han_count(s) >= k)


def test_short_numerals_read_by_the_grammar():
    from policymine.extract import numbers

    assert numbers.parse_number("三") == 3.0
    assert numbers.parse_number("二十三") == 23.0
    assert numbers.parse_number("十") == 10.0
    assert numbers.parse_number("万") is None  # a bare big unit is no number (the grammar)
    assert numbers.parse_number("零") == 0.0
    for form, value in numbers._short_numerals().items():
        assert value == numbers._to_float(numbers._parse_exact(form)), form


def test_shared_unit_list_needs_its_joiner():
    """The bare numbers listed before a figure share its unit; without a joiner right before the
    figure there is no such list."""
    from policymine.extract.indicators import extract_indicators
    from policymine.extract.text import Doc

    found, _ = extract_indicators(Doc("两项指标分别提高1.2、0.8个百分点。"))
    assert [f["value"] for f in found] == [1.2, 0.8]
    found, _ = extract_indicators(Doc("两项指标提高1.2，又提高0.8个百分点。"))
    assert [f["value"] for f in found] == [0.8]


def test_person_count_on_re_and_regex():
    from policymine.extract import indicators

    text = "全市吸引30万大学生留在本地，新增2.5万名农民工。"
    plain = [m.span() for m in indicators.RE_PERSON_COUNT.finditer(text)]
    assert plain == [m.span() for m in indicators._PERSON_COUNT_SCAN.finditer(text)]
    assert plain == [(4, 10), (17, 25)]


_CUE_PIECES = ["将", "近", "力争", "争取", "资金", "计划", "到", "目标", "企业", "预计", "预期", "确保", "拟", "人",
               "要求", "至", "截", "2024", "年", "前", "的", "每年", "以上", "明年", "规划", "面积", "编列", "概算",
               "预算", "案", "新", "增长", "五", "十三", "期间", "以来", "完成", "。", "，", "科技"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=14))
def test_target_core_covers_every_target_cue(pieces):
    """A sentence without RE_TARGET_CORE holds no target cue in any of its prefixes; one without
    RE_PERIOD_CORE no period (so _modality and _period may skip it)."""
    s = "".join(pieces)
    if indicators.RE_TARGET_CORE.search(s) is None:
        for b in range(len(s) + 1):
            assert indicators.TARGET_CUES.search(s[:b]) is None
            assert indicators.TARGET_CHAR_CUES.search(s[:b]) is None
    if indicators.RE_PERIOD_CORE.search(s) is None:
        assert indicators.RE_PERIOD.search(s) is None


def test_modality_and_period_of_sentences():
    from policymine.extract.indicators import extract_indicators
    from policymine.extract.text import Doc

    found, _ = extract_indicators(Doc("全市高新技术企业达到1200家。力争培育科技型企业300家。"))
    assert [(f["value"], f["modality"]) for f in found] == [(1200, "status"), (300, "target")]
    found, _ = extract_indicators(Doc("2023年全市研发投入增长12%，十三五期间累计建成基地50个。"))
    assert [f["period"] for f in found] == ["2023年", "十三五期间"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["2024年3月5日", "二〇二四年三月五日", "在", "全省", "工作", "会议", "大会", "会", "上",
                                 "议员", "的", "提问", "和", "创新科技及工业局", "局长", "张三", "书面", "答复", " ",
                                 "\n", "省长", "市长", "李四", "某某市", "·"]), max_size=12))
def test_layout_prechecks_keep_the_matches(pieces):
    """The literal tests before three long patterns of the layout: the same match or none."""
    s = "".join(pieces)
    assert _span(layout._delivered(s)) == _span(layout.RE_DELIVERED.search(s))
    assert _span(layout._legco_intro(s)) == _span(layout.RE_LEGCO_INTRO.search(s))
    assert _span(layout._byline_title(s)) == _span(layout.RE_BYLINE_TITLE.match(s))


def _span(m):
    return m and (m.span(), m.groupdict())


def test_layout_prechecks_sentences():
    assert layout._delivered("2024年3月5日在全省科技工作会议上的讲话").group() == "2024年3月5日在全省科技工作会议上"
    assert layout._delivered("2024年3月5日全省科技工作会议召开") is None
    assert layout._byline_title("某某市人民政府市长 李四").group("name") == "李四"
    assert layout._byline_title("某某市人民政府市长李四") is None
    intro = layout._legco_intro("关于科技园，张三议员的提问和创新科技及工业局局长李四的书面答复")
    assert intro.group("asker") == "张三" and intro.group("office") == "创新科技及工业局"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="|｜>＞»/ 首页新闻a1", max_size=40))
def test_two_nav_chars_is_the_count(line):
    assert (layout.RE_TWO_NAV_CHARS.search(line) is None) == (sum(map(line.count, layout._NAV_CHARS)) < 2)


def test_nav_lines():
    assert layout._is_nav("首页 > 新闻中心 > 科技动态")
    assert not layout._is_nav("首页 > 新闻中心")
    assert not layout._is_nav("全市科技工作会议召开，部署2024年重点任务/目标")


def test_module_level_functions_kept_by_pattern():
    """compiled.re's module-level functions: the pattern object of a str pattern without flags is
    kept by the pattern alone; flags, bytes and compiled patterns go the ordinary way."""
    import re as real

    from policymine import compiled

    cre = compiled.re
    text = "Abc 某某局 abc"
    assert cre.search(r"某+局", text).span() == real.search(r"某+局", text).span()
    assert compiled._RE_PLAIN[r"某+局"] is cre.compile(r"某+局")
    assert cre.findall("abc", text, cre.I) == real.findall("abc", text, real.I) == ["Abc", "abc"]
    assert cre.sub(b"a", b"x", b"aba") == b"xbx"
    assert cre.split(real.compile(r"\s"), text) == text.split(" ")
    assert cre.fullmatch("a(b)c", "abc").group(1) == "b"
    assert cre.subn("c", "C", text, flags=cre.I) == real.subn("c", "C", text, flags=real.I)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["本报", "某某日报", "记者", "通讯员", "实习生", "特约评论员", "评论员", "张三", "李四",
                                 "、", " ", "报道", "摄", "全媒体", "会", "(", "）"]), max_size=10))
def test_role_word_in_every_reporter_match(pieces):
    s = "".join(pieces)
    if layout.RE_ROLE_WORD.search(s) is None:
        assert layout.RE_REPORTER.search(s) is None


def test_bylines():
    assert layout._is_byline("本报记者 张三 李四")
    assert layout._is_byline("文/图 张三")
    assert not layout._is_byline("全市科技创新大会召开")
