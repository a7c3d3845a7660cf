"""The C++ OpenCC (``policymine[opencc]``) as the converter: the same output as the Python
converter, and nothing breaks where it is absent, broken or wrong."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymine import convert as cv
from policymine import opencc_cpp as oc
from policymine.cli import app
from policymine.normalize import normalize

HERE = Path(__file__).parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
OPENCC_CASES = SHARED / "external" / "opencc.jsonl"
DATA = ROOT / "src" / "policymine" / "data" / "opencc"


def _wheel_ok() -> bool:
    saved = os.environ.get(oc.ENV)
    os.environ[oc.ENV] = "auto"
    try:
        return oc.status("t2s")[0] == "opencc"
    finally:
        if saved is None:
            os.environ.pop(oc.ENV, None)
        else:
            os.environ[oc.ENV] = saved


WHEEL = _wheel_ok()
needs_wheel = pytest.mark.skipif(not WHEEL, reason="the C++ OpenCC (policymine[opencc]) is not installed or fails its self-check")


@pytest.fixture(autouse=True)
def _choice():
    """Each test starts with ``auto`` and leaves the choice and the loaded converters as found."""
    saved = os.environ.get(oc.ENV)
    os.environ[oc.ENV] = "auto"
    yield
    if saved is None:
        os.environ.pop(oc.ENV, None)
    else:
        os.environ[oc.ENV] = saved
    oc._load.cache_clear()


def _python(text: str, config: str) -> str:
    return cv._chain(config).convert(text) if text else text


def _both(fn, *args):
    """``fn(*args)`` with the Python converter and with the wheel."""
    oc.set_choice("python")
    a = fn(*args)
    oc.set_choice("opencc")
    assert oc.converter(args[1] if len(args) > 1 else "t2s") is not None
    b = fn(*args)
    return a, b


# --- the self-check's samples and the configuration written for the wheel -----------------------


def test_samples_are_the_python_converters_output():
    samples = oc.samples()
    assert set(samples) == set(cv.CONFIGS)
    for config, pairs in samples.items():
        for given_, expected in pairs:
            assert _python(given_, config) == expected, (config, given_)
            assert cv._reference_convert(given_, config) == expected, (config, given_)


def test_samples_touch_the_features_of_the_configurations():
    text = "".join(given_ for pairs in oc.samples().values() for given_, _ in pairs)
    assert "\uf900" in text  # a CJK compatibility ideograph (normalization)
    assert cv._IDS_SEARCH(text)  # an ideographic description sequence
    assert any(ord(c) > 0xFFFF for c in text)  # outside the BMP
    assert "\n" in text
    ext = cv._dictionary("TSCharactersExt.txt")
    assert any(c in ext for c in text)  # a tofu-risk character, which the wheel leaves out unless told


def _files(node) -> list[Path]:
    """The dictionary files a configuration names (each of type text)."""
    if isinstance(node, list):
        return [f for n in node for f in _files(n)]
    if not isinstance(node, dict):
        return []
    if "file" in node:
        assert node["type"] == "text", node
        return [Path(node["file"])]
    return [f for v in node.values() for f in _files(v)]


def test_config_file_reads_policymine_dictionaries(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for config in cv.CONFIGS:
        path = Path(oc.config_file(config))
        assert path.parent == tmp_path / "policymine"
        text = path.read_text(encoding="utf-8")
        assert "may_output_tofu" not in text
        files = _files(json.loads(text))
        assert files and all(f.is_file() and f.parent == DATA.resolve() for f in files), files
        assert oc.config_file(config) == str(path)  # the same contents, the same file


# --- where the wheel is absent, broken or wrong, the Python converter runs -------------------------


FAKES = {
    # the pure Python package that provides a module of the same name
    "reimplemented": "class OpenCC:\n    def __init__(self, conversion=None):\n        self.conversion = conversion\n",
    "broken": "raise ImportError('libopencc.so: cannot open shared object file')\n",
    # converts nothing: fails the self-check
    "wrong": "__version__ = '9.9'\nclass OpenCC:\n    def __init__(self, config):\n        pass\n    def convert(self, text):\n        return text\n",
    # right on the samples, raises on anything else
    "raises": (
        "import json\n__version__ = '9.9'\n"
        "class OpenCC:\n"
        "    def __init__(self, config):\n"
        "        from policymine import opencc_cpp\n"
        "        self.known = {i: e for pairs in opencc_cpp.samples().values() for i, e in pairs}\n"
        "    def convert(self, text):\n"
        "        return self.known[text]\n"
    ),
}


@pytest.fixture
def fake_opencc(tmp_path, monkeypatch):
    def install(kind: str):
        pkg = tmp_path / kind / "opencc"
        pkg.mkdir(parents=True)
        (pkg / "__init__.py").write_text(FAKES[kind], encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path / kind))
        monkeypatch.delitem(sys.modules, "opencc", raising=False)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        oc._load.cache_clear()

    yield install
    sys.modules.pop("opencc", None)
    oc._load.cache_clear()


@pytest.mark.parametrize("kind", ["reimplemented", "broken", "wrong"])
def test_a_fake_or_broken_opencc_is_not_used(kind, fake_opencc, capsys):
    fake_opencc(kind)
    name, why = oc.status("t2s")
    assert name == "python" and why
    text = "經濟發展，一目瞭然\n衞生署"
    assert cv.convert(text) == _python(text, "t2s")
    assert cv.to_simplified(text, "hk2s") == "经济发展，一目了然\n卫生署"
    assert normalize(text).text == "经济发展，一目了然\n衞生署"
    assert capsys.readouterr().err == ""  # auto: silently
    oc.set_choice("opencc")
    for _ in range(3):
        assert cv.convert(text) == _python(text, "t2s")
    err = capsys.readouterr().err
    assert err.count("policymine: the C++ OpenCC is not used") == 1, err  # asked for: said once


@pytest.mark.slow
def test_a_broken_opencc_never_turns_records_into_errors(fake_opencc):
    from policymine.pipeline import process_path
    from policymine.record import is_error

    fake_opencc("raises")
    assert oc.status("t2s")[0] == "opencc"  # it passes the self-check, then raises on the pages
    assert cv.convert("經濟發展") == "经济发展"
    page = ROOT / "tests" / "cases" / "hk_press_release.txt"
    rec = process_path(str(page))
    oc.set_choice("python")
    assert rec == process_path(str(page))
    assert not is_error(rec) and rec["script"] == "traditional" and rec["body"] and not cv.has_traditional(rec["body"])


def test_python_choice_never_imports_opencc():
    code = (
        "import os, sys; os.environ['POLICYMINE_CONVERTER'] = 'python'\n"
        "from policymine.convert import convert\n"
        "assert convert('經濟') == '经济'\n"
        "assert 'opencc' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_unknown_choice_refused():
    with pytest.raises(ValueError):
        oc.set_choice("fast")


def test_cli_converter_option(runner, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("經濟發展，一目瞭然\n", encoding="utf-8")
    outs = {}
    for choice in ("python", "auto", "opencc"):
        result = runner.invoke(app, ["normalize", "--converter", choice, str(page)])
        assert result.exit_code == 0, result.output
        outs[choice] = result.stdout
    assert len(set(outs.values())) == 1 and "经济发展，一目了然" in outs["python"]
    result = runner.invoke(app, ["normalize", "--converter", "cpp", str(page)])
    assert result.exit_code == 2
    assert "--converter" in result.output


# --- identity, where the wheel is installed ---------------------------------------------------------


def _pages() -> list[Path]:
    dirs = [ROOT / "seeds", HERE / "cases", HERE / "corpus" / "docs", SHARED / "dev" / "docs", SHARED / "seeds"]
    return [p for d in dirs if d.is_dir() for p in sorted(d.rglob("*")) if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".md", "")]


def _read(p: Path) -> str | None:
    try:
        return p.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


@needs_wheel
def test_wheel_passes_its_self_check_for_every_configuration():
    for config in cv.CONFIGS:
        assert oc.status(config)[0] == "opencc", oc.status(config)


@needs_wheel
@pytest.mark.parametrize("config", cv.CONFIGS)
def test_identity_on_pages(config):
    fast = oc.converter(config)
    n = 0
    for path in _pages():
        text = _read(path)
        if text is None:
            continue
        assert fast(text) == _python(text, config), path.name
        if config != "s2t":
            a, b = _both(cv.to_simplified, text, config)
            assert a == b, path.name
        n += 1
    assert n >= 20


@needs_wheel
def test_identity_on_opencc_cases():
    if not OPENCC_CASES.is_file():
        pytest.skip("../shared/external/opencc.jsonl is not beside the checkout")
    cases = [json.loads(line) for line in OPENCC_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in cases if c["config"] in cv.CONFIGS]
    assert len(cases) > 200
    for case in cases:
        got = oc.converter(case["config"])(case["input"])
        assert got == case["expected"] == _python(case["input"], case["config"]), case


@needs_wheel
def test_text_the_wheel_cannot_take_goes_to_python():
    text = "經濟\ud800發展"  # a lone surrogate: no UTF-8 for it
    assert oc.converter("t2s")(text) is None
    assert cv.convert(text) == "经济\ud800发展"
    assert cv.to_simplified("瞭解\n經濟\ud800") == "瞭解\n经济\ud800"


@needs_wheel
@pytest.mark.parametrize("config", cv.CONFIGS)
def test_text_holding_a_nul_goes_to_python(config):
    # OpenCC's segmentation stops at a NUL: the Python converter takes such a text
    text = "衞生\0署的著作裡\0"
    assert oc.converter(config)(text) is None
    a, b = _both(cv.convert, text, config)
    assert a == b == _python(text, config) and a.count("\0") == 2


@needs_wheel
@pytest.mark.slow
def test_identity_on_every_code_point():
    # every character but the surrogates and NUL, each between two Han characters
    points = [chr(i) for i in range(1, 0x110000) if not 0xD800 <= i < 0xE000]
    for config in cv.CONFIGS:
        fast = oc.converter(config)
        for k in range(0, len(points), 5000):
            text = "經".join(points[k : k + 5000])
            assert fast(text) == _python(text, config), (config, k)


def _alphabet() -> str:
    # characters of the dictionaries' phrases (so that phrases overlap and compete), characters
    # only one script has, rare Han outside the BMP, IDS operators, Latin, digits, punctuation
    chain = cv._chain("tw2sp")
    keys = sorted({k for step in chain.conversion_levels for level in step for k in level if len(k) > 1})
    chars = sorted(set("".join(keys)))
    return "".join(chars[:: max(1, len(chars) // 400)]) + "⿰⿱⿲⿻⿾⿿\uf900\U00020000\U0002a6d6𫝈㑮經濟發展著衞裡才纔乾干后後，。、；：「」 \n\r\t\x00aZ09-.%"


_ALPHABET = _alphabet()


def _phrases() -> list[str]:
    words = set()
    for config in cv.CONFIGS:
        chain = cv._chain(config)
        for step in chain.conversion_levels + [chain.segmentation_levels or []]:
            for level in step:
                words.update(k for k in level if len(k) > 1)
    return sorted(words)


_PHRASES = _phrases()
_TEXT = st.lists(
    st.one_of(
        st.text(alphabet=_ALPHABET, max_size=4),
        st.sampled_from(_PHRASES),
        st.sampled_from(_PHRASES).map(lambda k: k[len(k) // 2 :]),
        st.text(max_size=3),  # anything Unicode has
    ),
    max_size=10,
).map("".join)


@needs_wheel
@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(text=_TEXT, config=st.sampled_from(cv.CONFIGS))
def test_identity_on_generated_text(text, config):
    fast = oc.converter(config)
    got = fast(text)
    if got is not None:  # None: a lone surrogate, converted by Python
        assert got == _python(text, config)
    if config != "s2t":
        a, b = _both(cv.to_simplified, text, config)
        assert a == b


def _records(paths, choice: str) -> list[str]:
    from policymine.pipeline import Options, iter_records
    from policymine.record import is_error
    from policymine.render import json_text

    oc.set_choice(choice)
    records = list(iter_records([str(p) for p in paths], Options(), jobs=1))
    assert len(records) == len(paths) and not any(map(is_error, records))
    return [json_text(r) for r in records]


def _traditional_pages() -> list[Path]:
    out = []
    for p in _pages():
        text = _read(p)
        if text is not None and cv.has_traditional(text):
            out.append(p)
    return out


@needs_wheel
def test_records_identical_on_traditional_pages_of_the_checkout():
    pages = [p for p in _traditional_pages() if ROOT in p.parents and "corpus" not in p.parts]
    assert len(pages) >= 5
    assert _records(pages, "python") == _records(pages, "opencc")


@needs_wheel
@pytest.mark.slow
def test_records_identical_on_every_page():
    pages = _pages()
    assert _records(pages, "python") == _records(pages, "opencc")


@needs_wheel
@pytest.mark.slow
def test_records_identical_through_the_cli_with_workers(tmp_path):
    pages = _traditional_pages()
    outs = []
    for choice in ("python", "opencc"):
        proc = subprocess.run(
            [sys.executable, "-m", "policymine", "extract", *map(str, pages), "-f", "jsonl", "-q", "-j", "2", "--converter", choice],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and outs[0].count("\n") == len(pages)


@pytest.mark.slow
def test_cli_says_once_when_the_asked_for_wheel_is_unusable(tmp_path):
    fake = tmp_path / "fake" / "opencc"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(FAKES["wrong"], encoding="utf-8")
    pages = [p for p in _traditional_pages() if ROOT in p.parents][:4]
    outs = []
    for choice, path in (("python", []), ("opencc", [str(tmp_path / "fake")])):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
               "PYTHONPATH": os.pathsep.join([*path, str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}  # fmt: skip
        proc = subprocess.run(
            [sys.executable, "-m", "policymine", "extract", *map(str, pages), "-f", "jsonl", "-q", "-j", "2", "--converter", choice],
            capture_output=True, text=True, cwd=ROOT, env=env, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        outs.append((proc.stdout, proc.stderr))
    assert outs[0][0] == outs[1][0] and outs[0][1] == ""
    assert outs[1][1].count("\n") == 1 and "failed the self-check" in outs[1][1], outs[1][1]
