"""Script detection and conversion: OpenCC's algorithm on OpenCC's data."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections import Counter
from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine import convert as cv
from policymine.convert import CONFIGS, convert, detect_script, to_simplified, to_traditional
from policymine.errors import ResourceError
from policymine.normalize import normalize

HERE = Path(__file__).parent
ROOT = HERE.parent
OPENCC_CASES = Path(__file__).resolve().parents[2] / "shared" / "external" / "opencc.jsonl"
DATA = ROOT / "src" / "policymine" / "data" / "opencc"

# OpenCC's own test cases (../shared/external/opencc.jsonl): share of each configuration's cases
# that must come out as OpenCC 1.4 expects. All pass; the old dictionaries of
# opencc-python-reimplemented passed 28/55 t2s, 12/21 hk2s, 21/32 tw2s, 6/53 tw2sp, 54/96 s2t.
FLOORS = {"t2s": 1.0, "hk2s": 1.0, "tw2s": 1.0, "tw2sp": 1.0, "s2t": 1.0}


@pytest.fixture(autouse=True, scope="module")
def _python_converter():
    """These tests are of the Python converter: the C++ OpenCC, where installed, stays out
    (tests/test_opencc_cpp.py compares the two)."""
    saved = os.environ.get("POLICYMINE_CONVERTER")
    os.environ["POLICYMINE_CONVERTER"] = "python"
    yield
    if saved is None:
        os.environ.pop("POLICYMINE_CONVERTER", None)
    else:
        os.environ["POLICYMINE_CONVERTER"] = saved


def _opencc_cases() -> list[dict]:
    if not OPENCC_CASES.is_file():
        pytest.skip("../shared/external/opencc.jsonl is not beside the checkout")
    with OPENCC_CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pass_rates(fn) -> dict[str, float]:
    total, passed = Counter(), Counter()
    for case in _opencc_cases():
        if case["config"] in CONFIGS:
            total[case["config"]] += 1
            passed[case["config"]] += fn(case["input"], case["config"]) == case["expected"]
    return {c: passed[c] / total[c] for c in total}


def test_opencc_cases_pass_rates():
    rates = _pass_rates(convert)
    assert set(rates) == set(FLOORS), rates
    for config, floor in FLOORS.items():
        assert rates[config] >= floor, (config, rates[config])


def test_opencc_cases_through_the_line_gated_functions():
    def public(text, config):
        return to_traditional(text) if config == "s2t" else to_simplified(text, config)

    rates = _pass_rates(public)
    for config, floor in FLOORS.items():
        assert rates[config] >= floor, (config, rates[config])


# --- phrases and characters, on sentences written for these tests ----------------------------


@pytest.mark.parametrize(
    "config, text, expected",
    [
        # phrases keep characters that alone would change (瞭 -> 了 inside 一目瞭然, 乾 stays in 乾隆)
        ("t2s", "這份報告讓人一目瞭然，我們要瞭解基層的困難。", "这份报告让人一目了然，我们要了解基层的困难。"),
        ("t2s", "乾隆年間的乾元與乾卦，如今天氣乾燥。", "乾隆年间的乾元与乾卦，如今天气干燥。"),
        ("t2s", "他的頭髮很長，後來在藥房工作。", "他的头发很长，后来在药房工作。"),
        ("t2s", "臺灣的數據（2024年）", "台湾的数据（2024年）"),
        ("t2s", "abc 123 — ｛｝", "abc 123 — ｛｝"),
        ("t2s", "借助於世", "借助于世"),  # a phrase cut by the end of the text is no phrase
        # a CJK compatibility ideograph is normalised first (U+F900 -> 豈 -> 岂)
        ("t2s", "\uf900", "岂"),
        # an ideographic description sequence is copied whole; an incomplete one is not one
        ("t2s", "車⿰車軍車", "车⿰車軍车"),
        ("t2s", "⿰車", "⿰车"),
        # Hong Kong forms (衞) and Taiwan forms (著手) that t2s alone leaves
        ("hk2s", "衞生署推出新的鐵路綫規劃。", "卫生署推出新的铁路线规划。"),
        ("tw2s", "裡面的人著手推動新政策。", "里面的人着手推动新政策。"),
        ("tw2s", "臺灣的著名學者", "台湾的著名学者"),
        # segmentation first takes the name 李澤鉅 (a t2s phrase), so 鉅著 (a magnum opus) is no
        # phrase there and 著 alone is the Taiwan form of 着
        ("tw2s", "他的鉅著", "他的巨著"),
        ("tw2s", "研究報告，李澤鉅著。", "研究报告，李泽钜着。"),
        # Taiwan vocabulary replaced by the mainland's
        ("tw2sp", "用滑鼠點選軟體的選單。", "用鼠标点击软件的菜单。"),
        ("tw2sp", "資訊科技與演算法", "信息技术与算法"),
        ("tw2sp", "行動電話的記憶體", "移动电话的内存"),
        # one simplified character, several traditional ones: the phrase decides
        ("s2t", "各级干部要把发展成果落实到位，保持仓库干燥。", "各級幹部要把發展成果落實到位，保持倉庫乾燥。"),
        ("s2t", "皇后的头发和面条", "皇后的頭髮和麪條"),
        ("s2t", "他后来在里面复习了历史", "他後來在裏面複習了歷史"),
        ("s2t", "这项政策的范围包括台湾和香港", "這項政策的範圍包括臺灣和香港"),
        # maximum forward matching takes 在核 (as in 在核实) before 核技术: OpenCC does the same
        ("s2t", "在核技术领域", "在覈技術領域"),
    ],
)
def test_phrase_level_conversion(config, text, expected):
    assert convert(text, config) == expected
    assert cv._reference_convert(text, config) == expected


def test_t2s_leaves_the_traditional_sentences_of_other_configs_alone_where_they_differ():
    assert convert("衞生署", "t2s") == "衞生署"  # 衞 is a Hong Kong form: only hk2s knows it
    assert convert("用滑鼠點選軟體", "t2s") == "用滑鼠点选软体"


def test_to_simplified_converts_only_lines_that_need_it():
    text = "經濟發展\n瞭解\n衞生"
    # 瞭 and 衞 are no traditional-only characters: their lines stay
    assert to_simplified(text) == "经济发展\n瞭解\n衞生"
    assert to_simplified(text, "hk2s") == "经济发展\n瞭解\n卫生"  # the Hong Kong form counts for hk2s
    assert convert(text) == "经济发展\n了解\n衞生"


def test_to_simplified_skips_simplified_text():
    text = "经济发展，科技创新"
    assert to_simplified(text) is text
    assert detect_script(text) == "simplified"
    assert to_simplified("經濟發展") == "经济发展"


def test_normalize_chooses_the_configuration():
    assert normalize("衞生署的綫上服務").text == "衞生署的线上服务"
    assert normalize("衞生署的綫上服務", opencc="hk2s").text == "卫生署的线上服务"
    assert normalize("網際網路", opencc="tw2sp").text == "互联网"
    assert normalize("发展", to="traditional").text == "發展"


def test_unknown_configurations_are_refused():
    with pytest.raises(ValueError):
        convert("經濟", "t2jp")
    with pytest.raises(ValueError):
        to_simplified("經濟", "s2t")
    with pytest.raises(ValueError):
        normalize("經濟", opencc="s2hk")


def test_empty_text():
    for config in CONFIGS:
        assert convert("", config) == ""
        assert cv._reference_convert("", config) == ""


# --- the fast conversion against the reference, on pages and generated text ------------------


def _pages() -> list[Path]:
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "cases").glob("*"))
    return [p for p in pages if p.suffix in (".txt", ".html")]


def _trad_pages() -> list[Path]:
    return [p for p in _pages() if detect_script(p.read_text(encoding="utf-8")) == "traditional"]


def test_there_are_traditional_pages_to_compare():
    assert len(_trad_pages()) >= 2


@pytest.mark.parametrize("config", CONFIGS)
def test_same_as_reference_on_pages(config):
    for path in _pages():
        text = path.read_text(encoding="utf-8")
        assert convert(text, config) == cv._reference_convert(text, config), path.name


@pytest.mark.parametrize("path", _trad_pages(), ids=lambda p: p.name)
def test_to_simplified_converts_every_line_holding_traditional(path):
    text = path.read_text(encoding="utf-8")
    for got, line in zip(to_simplified(text).split("\n"), text.split("\n")):
        assert got == (convert(line) if cv.has_traditional(line) else line)


@functools.cache
def _keys(config: str) -> tuple[str, ...]:
    """The phrases of every dictionary ``config`` reads, and what the conversions make of them
    (the input of the next conversion)."""
    chain = cv._chain(config)
    steps = chain.normalization_levels + [chain.segmentation_levels or []] + chain.conversion_levels
    levels = [level for step in steps for level in step]
    words = {k for level in levels for k in level} | {v for level in levels for v in level.values()}
    return tuple(sorted(w for w in words if len(w) > 1))


@functools.cache
def _alphabet(config: str) -> str:
    # characters of the phrases, so that phrases overlap and compete; IDS operators; others
    chars = sorted(set("".join(_keys(config))))
    return "".join(chars[:: max(1, len(chars) // 600)]) + "⿰⿱⿲⿻⿾⿿，。 \na1-經濟學發展才纔衞着著\uf900"


@functools.cache
def _by_first(config: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for k in _keys(config):
        out.setdefault(k[0], []).append(k)
    return {c: tuple(ks) for c, ks in out.items()}


def _overlapping(config: str, key: str):
    """``key`` glued to a key that begins with its last character: two phrases (maybe of
    different dictionaries, or one of the segmentation) competing for that character."""
    nexts = _by_first(config).get(key[-1], ())
    if len(key) < 2 or not nexts:
        return st.just(key)
    return st.sampled_from(nexts).map(lambda k: key + k[1:])


def _text(data, config: str) -> str:
    keys = _keys(config)
    fragments = st.sampled_from(keys).flatmap(
        lambda k: st.one_of(st.sampled_from([k, k[: len(k) // 2 + 1], k[len(k) // 2 :]]), _overlapping(config, k))
    )
    parts = data.draw(st.lists(st.one_of(fragments, st.text(alphabet=_alphabet(config), max_size=3)), max_size=12))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.data())
@pytest.mark.parametrize("config", CONFIGS)
def test_same_as_reference_property(config, data):
    text = _text(data, config)
    assert convert(text, config) == cv._reference_convert(text, config)


@functools.cache
def _walking_chain(config: str) -> cv._Chain:
    """``config`` with every conversion walking its prefix dictionaries (only s2t does by size)."""
    saved = cv._PATTERN_MAX_KEYS
    cv._PATTERN_MAX_KEYS = 0
    try:
        return cv._Chain(json.loads(cv._read(f"{config}.json")))
    finally:
        cv._PATTERN_MAX_KEYS = saved


@settings(max_examples=100, deadline=None)
@given(st.data())
@pytest.mark.parametrize("config", ["t2s", "hk2s", "tw2sp"])  # tw2sp: two phrase dictionaries, one-character keys
def test_walking_same_as_reference_property(config, data):
    text = _text(data, config)
    assert _walking_chain(config).convert(text) == cv._reference_convert(text, config)


_levels_strategy = st.lists(
    st.dictionaries(st.text(alphabet="abcd", min_size=1, max_size=4), st.text(alphabet="XYZ", min_size=1, max_size=3), max_size=6),
    min_size=1,
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(levels=_levels_strategy, text=st.text(alphabet="abcde", max_size=20), walk=st.booleans())
def test_step_same_as_reference_on_small_dictionaries(levels, text, walk):
    # dictionaries tried in order, phrases and single characters mixed: both ways of matching
    saved = cv._PATTERN_MAX_KEYS
    cv._PATTERN_MAX_KEYS = 0 if walk else saved
    try:
        step = cv._Step(levels)
    finally:
        cv._PATTERN_MAX_KEYS = saved
    assert step(text) == cv._reference_step([lv for lv in levels if lv], text)
    assert [s for s, _ in step.segments(text)] == cv._reference_segments([lv for lv in levels if lv], text)


def test_trie_pattern_finds_the_longest_key():
    import re

    keys = ["ab", "abcd", "b", "bc", "x"] + [chr(0x4E00 + i) + "z" for i in range(100)]  # many branches
    pattern = re.compile(cv._trie_pattern(keys))
    assert [m.group() for m in pattern.finditer("abcabcdbcx一z丁")] == ["ab", "abcd", "bc", "x", "一z"]


def test_char_class_outside_the_bmp():
    import re

    pattern = re.compile(cv._char_class(["a", "b", "c", "\U00020000", "\U00020001", "\U0002a6d6"]))
    assert pattern.findall("xa\U00020001b\U0002a6d6\U00020002") == ["a", "\U00020001", "b", "\U0002a6d6"]


# --- the C++ OpenCC, when it is installed (it is no dependency) --------------------------------


@functools.cache
def _cpp_opencc(config: str):
    """The C++ OpenCC's converter, when the version whose data policymine ships is installed."""
    if find_spec("opencc") is None or find_spec("opencc.clib") is None:
        return None
    import opencc

    return opencc.OpenCC(config) if getattr(opencc, "__version__", "") == "1.4.2" else None


@settings(max_examples=200, deadline=None)
@given(st.data())
@pytest.mark.parametrize("config", CONFIGS)
def test_same_as_cpp_opencc_property(config, data):
    if _cpp_opencc(config) is None:
        pytest.skip("the C++ OpenCC 1.4.2 is not installed")
    text = _text(data, config)
    assert convert(text, config) == _cpp_opencc(config).convert(text)


def test_same_as_cpp_opencc_on_pages():
    if _cpp_opencc("t2s") is None:
        pytest.skip("the C++ OpenCC 1.4.2 is not installed")
    for config in CONFIGS:
        for path in _pages():
            text = path.read_text(encoding="utf-8")
            assert convert(text, config) == _cpp_opencc(config).convert(text), (config, path.name)


# --- the data ------------------------------------------------------------------------------------


def test_data_files_name_their_source():
    assert (DATA / "LICENSE").read_text(encoding="utf-8").startswith("Apache License")
    for path in sorted(DATA.glob("*.txt")):
        header = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert header.startswith("# OpenCC 1.4.2 (https://github.com/BYVoid/OpenCC), Apache-2.0"), path.name
    for config in CONFIGS:
        assert (DATA / f"{config}.json").is_file()


def test_malformed_dictionary_line_is_reported(monkeypatch):
    monkeypatch.setattr(cv, "_read", lambda name: "# header\n經\t经\n濟 济\n")
    cv._dictionary.cache_clear()
    try:
        with pytest.raises(ResourceError, match="line 3"):
            cv._dictionary("Broken.txt")
    finally:
        cv._dictionary.cache_clear()


def test_nothing_is_loaded_at_import():
    code = "import policymine.convert as c; assert c._dictionary.cache_info().currsize == 0; assert c._chain.cache_info().currsize == 0"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
