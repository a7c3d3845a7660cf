"""Compiled patterns kept on disk (policymine.compiled): a pattern made from the cache behaves as a
fresh compile, in this process and in the next; a damaged or stale file changes nothing but speed;
the file does not grow without bound."""

from __future__ import annotations

import os
import re as real_re
import subprocess
import sys
from pathlib import Path

import pytest
import regex as real_regex

from policymine import compiled

ROOT = Path(__file__).resolve().parent.parent

RE_PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万|亿)?元", 0),
    (r"^(?:第[一二三四五六七八九十]+条)\s*", real_re.M),
    (r"[\u4e00-\u9fff]{2,4}(?:局|厅|委)", 0),
    (r"abc|ABD", real_re.I),
    (rb"\x00\x01+", 0),
]
REGEX_PATTERNS = [
    (r"\p{Han}{2,6}?(?:大学|研究院)", 0),
    (r"(?<![\d.])\d{1,8}(?:\.\d{1,4})?(?P<mult>万|亿)", 0),
    (r"(?:将|力争|争取)(?!上级)", 0),
]
TEXT = "第一条 兰州大学和甘肃省科技厅投入3.5亿元，力争新增企业120万家；abd ABC\n第二条 研究院"


@pytest.fixture()
def store(tmp_path, monkeypatch):
    """A fresh store reading and writing a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fresh = compiled._Store()
    monkeypatch.setattr(compiled, "_STORE", fresh)
    monkeypatch.setattr(compiled, "_RE_MEMO", {})
    monkeypatch.setattr(compiled, "_REGEX_MEMO", {})
    return fresh


def _same_re(a, b, text):
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


def _forget(monkeypatch) -> compiled._Store:
    """A new process, as far as the cache is concerned: this one's memory of patterns forgotten."""
    again = compiled._Store()
    monkeypatch.setattr(compiled, "_STORE", again)
    monkeypatch.setattr(compiled, "_RE_MEMO", {})
    monkeypatch.setattr(compiled, "_REGEX_MEMO", {})
    return again


def test_a_pattern_from_the_cache_is_the_pattern_compiled(store, monkeypatch):
    for pattern, flags in RE_PATTERNS:
        compiled.re.compile(pattern, flags)
    for pattern, flags in REGEX_PATTERNS:
        compiled.regex.compile(pattern, flags)
    assert compiled.stats()["misses"] == len(RE_PATTERNS) + len(REGEX_PATTERNS)
    store.save()
    again = _forget(monkeypatch)
    for pattern, flags in RE_PATTERNS:
        text = TEXT.encode() + b"\x00\x01\x01" if isinstance(pattern, bytes) else TEXT
        _same_re(compiled.re.compile(pattern, flags), real_re.compile(pattern, flags), text)
    for pattern, flags in REGEX_PATTERNS:
        _same_re(compiled.regex.compile(pattern, flags), real_regex.compile(pattern, flags), TEXT)
    assert again.hits == len(RE_PATTERNS) + len(REGEX_PATTERNS) and again.misses == 0


def test_module_functions_and_errors_are_re_s(store):
    assert compiled.re.sub(r"\d+", "#", TEXT) == real_re.sub(r"\d+", "#", TEXT)
    assert compiled.re.findall(r"[一二]", TEXT) == real_re.findall(r"[一二]", TEXT)
    assert compiled.re.split(r"[，；]", TEXT, maxsplit=1) == real_re.split(r"[，；]", TEXT, maxsplit=1)
    assert compiled.re.escape("a.b") == real_re.escape("a.b")
    assert compiled.re.Pattern is real_re.Pattern
    with pytest.raises(real_re.error):
        compiled.re.compile(r"(unclosed")
    with pytest.raises(real_regex.error):
        compiled.regex.compile(r"(unclosed")
    rx = real_re.compile("x")
    assert compiled.re.compile(rx) is rx


def test_a_damaged_file_only_costs_a_compile(store, monkeypatch):
    compiled.re.compile(r"\d+万", 0)
    store.save()
    path = store.path
    assert path is not None and path.exists()
    path.write_bytes(compiled._MAGIC + b"\x00garbage")
    _forget(monkeypatch)
    _same_re(compiled.re.compile(r"\d+万", 0), real_re.compile(r"\d+万"), TEXT)


def test_a_damaged_program_is_refused_and_compiled_again(store, monkeypatch):
    compiled.re.compile(r"\d+万", 0)
    key = ("re", r"\d+万", 0)
    final, _code, groups, groupindex, indexgroup = store.entries[key][1]
    store.entries[key] = [0, (final, compiled._pack([1, 2, 3, 99999]), groups, groupindex, indexgroup)]
    store.save()
    again = _forget(monkeypatch)
    _same_re(compiled.re.compile(r"\d+万", 0), real_re.compile(r"\d+万"), TEXT)
    assert again.misses == 1


def test_word_regex_from_the_cache(store, monkeypatch):
    from policymine.resources import word_regex

    words = ["兰州", "兰州市", "兰州大学", "甘肃省科技厅", "研究院"]
    first = word_regex(words)
    store.save()
    _forget(monkeypatch)
    again = word_regex(reversed(words))  # the same words in another order: the same pattern
    assert again.pattern == first.pattern
    assert [m.group() for m in again.finditer(TEXT + "兰州市")] == ["兰州大学", "甘肃省科技厅", "研究院", "兰州市"]


def test_the_file_keeps_what_is_used(store, monkeypatch):
    monkeypatch.setattr(compiled, "_MAX_NEW", 3)
    for i in range(5):
        compiled.re.compile(f"x{i}+")
    assert len(store.entries) == 3  # no more than _MAX_NEW new programs a process
    store.save()
    for _ in range(compiled._MAX_AGE + 1):  # later runs that use only x0+ and compile one of their own
        run = _forget(monkeypatch)
        compiled.re.compile("x0+")
        compiled.re.compile(f"y{_}")
        run.save()
    final = _forget(monkeypatch)
    kept = {k[1] for k in final.load()}
    assert "x0+" in kept and "x1+" not in kept and "x2+" not in kept


@pytest.mark.slow
def test_records_are_the_same_with_a_cold_and_a_warm_cache(tmp_path):
    """The whole pipeline over the seeds and the test pages, from an empty cache folder and again
    from the cache it left (patterns and the dictionary's state): the same bytes."""
    folders = [str(ROOT / "seeds"), str(ROOT / "tests" / "cases"), str(ROOT / "tests" / "corpus" / "docs")]
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT / "src"))

    def run() -> bytes:
        return subprocess.run([sys.executable, "-m", "policymine", "extract", "--format", "jsonl", "-q", *folders],
                              env=env, capture_output=True, check=True).stdout

    cold = run()
    assert list((tmp_path / "cache" / "policymine").glob("patterns-*.bin"))
    warm = run()
    assert cold.count(b"\n") > 40
    assert warm == cold
