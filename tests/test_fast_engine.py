"""The compiled engine (``--engine fast``, policymine._fastcut): jieba's tokens exactly, so
records byte-identical to the default engine's; where it cannot run, the default runs and says so.

Where a C compiler and Python's headers are present (CI's machine) the engine must load: a
build that fails there is a failure here, not a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymine import segment
from policymine.segment import _lcut, _pieces, get_segmenter

HERE = Path(__file__).parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"

CAN_BUILD = bool(shutil.which("cc") or shutil.which("gcc")) and (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()


@pytest.fixture(scope="module")
def fast_cut():
    seg = get_segmenter()
    seg._load_dict()
    try:
        mod = segment._load_fastcut()
    except Exception as exc:  # pragma: no cover - only where no compiler is
        if CAN_BUILD:
            raise
        pytest.skip(f"no C compiler or Python headers here: {exc}")
    import jieba.finalseg as fs

    return mod.Engine(seg._tok.FREQ, seg._tok.total, fs.start_P, fs.trans_P, fs.emit_P, fs.Force_Split_Words).cut


@pytest.fixture
def engine_reset():
    yield
    segment.set_engine("default")
    for seg in segment._SEGMENTERS.values():
        seg._fast, seg._fast_tried, seg._eng = None, False, None


def _default(text: str) -> list[str]:
    seg = get_segmenter()
    seg._load_dict()
    out: list[str] = []
    for piece in _pieces(text):
        _lcut(seg._tok, piece, out)
    return out


def _jieba(text: str) -> list[str]:
    seg = get_segmenter()
    seg._load_dict()
    tok = seg._tok
    return [w for piece in _pieces(text) for w in tok.lcut(piece)]


def _fast(cut, text: str) -> list[str]:
    return [w for piece in _pieces(text) for w in cut(piece)]


# ---------------------------------------------------------------------------- tokens


@pytest.mark.parametrize("text", [
    "",
    "\r\n",
    "\r\r\n\n",
    " \t\u3000\xa0\u2028x",
    "某市科技局印发通知，张三丰说GDP增长3.5%。",
    "R&D投入1.2.3%与C++、C#，x_y-z+w",
    "12.5%12.%.5%a.5.6",
    "魑魅魍魉龘靐齉",  # no dictionary word: the HMM decides
    "鿕鿖鿿䶵㐀𠀀𪛖",  # the edges of jieba's Han range (U+9FD5) and characters beyond it
    "的的的的的的的的的的的的的的的的",
    "ＧＤＰ增长５％，全角数字１２３",
    "\ud800孤立代理\udfff",  # lone surrogates, as a broken page may give them
])
def test_tokens_equal_jieba_on_sentences(fast_cut, text):
    assert _fast(fast_cut, text) == _default(text) == _jieba(text)


_RANGES = [
    (0x4E00, 0x9FD5),  # jieba's Han: dictionary and HMM
    (0x9FD0, 0x9FFF),  # past its end
    (0x3400, 0x4DBF),  # rare Han (extension A)
    (0x20000, 0x2A6DF),  # extension B, outside the BMP
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A),
    (0xFF10, 0xFF5A),  # full-width digits and Latin
    (0x3000, 0x303F),  # CJK punctuation
    (0xC0, 0x17F),  # Latin with accents
    (0x1F300, 0x1F64F),  # emoji
]
_CHARS = st.one_of(
    *[st.integers(lo, hi).map(chr) for lo, hi in _RANGES],
    st.sampled_from(list("+#&._%-，。、；：？！“”（）《》 \t\n\r\u3000\xa0")),
)


@st.composite
def _policy_text(draw):
    """Dictionary words run together with stray characters of every script."""
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=12))
    noise = draw(st.lists(st.text(_CHARS, max_size=6), min_size=len(words) + 1, max_size=len(words) + 1))
    return "".join(n + w for n, w in zip(noise, [*words, ""]))


_WORDS = ["科技局", "高新技术企业", "政产学研", "新质生产力", "研究院", "增长", "亿元", "百分点",
          "的", "了", "和", "在", "是", "兰州", "人民政府", "办公厅", "关于", "印发", "实施方案", "通知"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(_CHARS, max_size=120))
def test_tokens_equal_on_random_strings(fast_cut, text):
    assert _fast(fast_cut, text) == _default(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_policy_text())
def test_tokens_equal_jieba_on_policy_like_strings(fast_cut, text):
    assert _fast(fast_cut, text) == _default(text) == _jieba(text)


def test_user_dictionary_words_and_force_split(fast_cut, tmp_path):
    """A user dictionary changes the tokens of both engines alike (its own segmenter)."""
    d = tmp_path / "mine.txt"
    d.write_text("甲乙丙丁公司 50 nt\n戊己 3\n", encoding="utf-8")
    seg = segment.Segmenter([d])
    import jieba.finalseg as fs

    cut = segment._load_fastcut().Engine(seg._tok.FREQ, seg._tok.total, fs.start_P, fs.trans_P, fs.emit_P,
                                         fs.Force_Split_Words).cut
    text = "甲乙丙丁公司和戊己庚辛在兰州"
    want: list[str] = []
    _lcut(seg._tok, text, want)
    assert "甲乙丙丁公司" in want
    assert cut(text) == want


# ---------------------------------------------------------------------------- records


def _pages(full: bool) -> list[Path]:
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted(p for p in (HERE / "cases").iterdir() if p.suffix in (".txt", ".html"))
    if full:
        pages += sorted((HERE / "corpus" / "docs").iterdir()) + sorted((HERE / "docmeta" / "docs").iterdir())
        if (SHARED / "dev" / "docs").is_dir():
            pages += sorted((SHARED / "dev" / "docs").iterdir())
    return [p for p in pages if p.is_file()]


def _records(pages: list[Path], engine: str) -> list[str]:
    from policymine.pipeline import Options, process_path

    opts = Options(engine=engine, units=True)
    return [json.dumps(process_path(str(p), opts), ensure_ascii=False, sort_keys=False) for p in pages]


def _assert_same_records(pages: list[Path]) -> None:
    default = _records(pages, "default")
    fast = _records(pages, "fast")
    assert segment.engine() == ("fast", None)
    for page, a, b in zip(pages, default, fast):
        assert a == b, page.name


def test_records_identical_on_seeds_and_cases(fast_cut, engine_reset):
    _assert_same_records(_pages(full=False))


@pytest.mark.slow
def test_records_identical_on_corpus_docmeta_and_dev(fast_cut, engine_reset):
    _assert_same_records(_pages(full=True))


# ---------------------------------------------------------------------------- falling back


def test_absent_engine_falls_back_and_says_why(monkeypatch, engine_reset):
    def broken():
        raise ImportError("no compiler here")

    monkeypatch.setattr(segment, "_load_fastcut", broken)
    seg = get_segmenter()
    seg._fast, seg._fast_tried = None, False
    assert segment.set_engine("fast") == "default"
    running, why = segment.engine()
    assert running == "default" and "no compiler here" in why
    assert seg.words("兰州市科技局") == _default("兰州市科技局")


def test_engine_failing_its_self_check_is_not_used(monkeypatch, fast_cut, engine_reset):
    class Wrong:
        SOURCE_KEY = "test"

        class Engine:
            def __init__(self, *args):
                pass

            @staticmethod
            def load(path, force_split):
                raise OSError("no table file")

            def cut(self, text):
                return list(text)  # every character alone: not jieba

    monkeypatch.setattr(segment, "_load_fastcut", lambda: Wrong)
    seg = get_segmenter()
    seg._fast, seg._fast_tried = None, False
    assert segment.set_engine("fast") == "default"
    assert "self-check" in segment.engine()[1]


def test_unknown_engine_is_a_usage_error():
    from typer.testing import CliRunner

    from policymine.cli import app

    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "--engine", "turbo", "-q"])
    assert result.exit_code == 2
    assert "unknown engine 'turbo'" in result.output


def test_cli_fast_engine_gives_the_same_output(fast_cut, engine_reset):
    """Real processes, as a user runs them: the same bytes on stdout, nothing on stderr."""
    seeds = str(ROOT / "seeds")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    outs = []
    for engine in ("default", "fast"):
        proc = subprocess.run([sys.executable, "-m", "policymine", "extract", seeds, "-f", "jsonl", "--engine", engine],
                              capture_output=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr.decode()
        assert b"engine" not in proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 5


def test_cli_says_once_when_fast_cannot_run():
    """A fast engine that cannot load gives one line on stderr, and the default's records."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    code = ("import policymine.segment as s\n"
            "def broken():\n    raise ImportError('the compiled engine is absent')\n"
            "s._load_fastcut = broken\n"
            "from policymine.cli import main\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(ROOT / "seeds"), "-f", "jsonl", "--engine", "fast", "-j", "2"],
                          capture_output=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = [ln for ln in proc.stderr.decode().splitlines() if "engine" in ln]
    assert lines == ["policymine: the fast engine is not available (the compiled engine is absent); the default engine runs"]
    assert proc.stdout.count(b"\n") == 5


def test_environment_variable_chooses_the_engine_for_every_command(fast_cut):
    """$POLICYMINE_ENGINE reaches every command and the Python API; an unknown name is the default."""
    code = "from policymine import segment; segment.words('兰州'); print(*segment.engine())"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for value, want in (("fast", "fast None"), ("bogus", "default None"), ("", "default None")):
        out = subprocess.run([sys.executable, "-c", code], env={**env, "POLICYMINE_ENGINE": value},
                             capture_output=True, text=True, timeout=120)
        assert out.stdout.strip() == want, out.stderr


def test_table_file_is_mapped_at_the_next_start_and_rebuilt_when_damaged(fast_cut, tmp_path, monkeypatch, engine_reset):
    """The first fast start writes the engine's table; the next maps it (no dictionary built in
    Python); a damaged table is not used but rebuilt. Counts and tags agree with the dicts."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    segment.set_engine("fast")  # starts the shared segmenter too, which may write its table here
    for old in (tmp_path / "policymine").glob("fastcut-*.*"):
        old.unlink()
    first = segment.Segmenter()
    assert first._eng is not None and first._dict_ready  # built from the dictionary
    tables = sorted((tmp_path / "policymine").glob("fastcut-*.bin"))
    assert len(tables) == 1
    second = segment.Segmenter()
    assert second._eng is not None and not second._dict_ready  # mapped: no dict built
    words = ["兰州", "科技局", "高新技术企业", "的", "不是词吗", "兰", "x", ""]
    for w in words:
        assert second.frequencies.get(w) == first._tok.FREQ.get(w)
        assert second.tag_word(w) == first.tag_word(w)
    assert second.total == first._tok.total
    text = "某市科技局印发通知，张三丰说GDP增长3.5%。"
    assert second.words(text) == first.words(text)
    tables[0].write_bytes(b"not a table")
    third = segment.Segmenter()
    assert third._eng is not None and third._dict_ready  # rebuilt from the dictionary
    assert third.words(text) == first.words(text)
    assert segment.Segmenter()._dict_ready is False  # and mapped again after


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(_CHARS, min_size=100, max_size=900), _policy_text()))
def test_tokens_equal_on_many_long_strings(fast_cut, text):
    """The slow run: hundreds of longer strings, runs past the 400-character cut included."""
    assert _fast(fast_cut, text) == _default(text)
