"""Tests of the ``policymine`` command line (typer app, real subprocesses) and the library API."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

import policymine
from conftest import ROOT, SEED_FILES, SEEDS, seed
from policymine.cli import app

RECORD_KEYS = {
    "id", "path", "title", "date", "year", "year_inferred", "source", "authors", "script", "body",
    "indicators", "institutions", "slogans", "keywords",
}  # fmt: skip
INDICATOR_KEYS = {
    "text", "value", "unit", "qualifier", "subject", "kind", "modality", "period", "sentence", "start", "end",
}  # fmt: skip
COMMANDS = ("extract", "normalize", "clean", "segment")

# a pinyin annotation such as "(jī)" left in the text by a mobile news page
PINYIN = regex.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
TRADITIONAL_ONLY = "蘭網國"


def _invoke(runner: CliRunner, *args: str, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def _no_traceback(result) -> None:
    """The command ended through its own exit path, not an uncaught exception."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def json_records() -> list[dict]:
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- #
# help and version
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_example(runner, command):
    result = _invoke(runner, command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_root_help_has_example(runner):
    result = _invoke(runner, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout


def test_version(runner):
    result = _invoke(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"policymine {policymine.__version__}"


# --------------------------------------------------------------------------- #
# extract: formats
# --------------------------------------------------------------------------- #


def test_extract_json_schema(json_records):
    assert isinstance(json_records, list)
    assert len(json_records) == 5
    assert [r["id"] for r in json_records] == [p.stem for p in SEED_FILES]
    for rec in json_records:
        assert rec.keys() >= RECORD_KEYS, RECORD_KEYS - rec.keys()
        assert "error" not in rec
        assert isinstance(rec["body"], str) and rec["body"]
        for ind in rec["indicators"]:
            assert ind.keys() >= INDICATOR_KEYS, INDICATOR_KEYS - ind.keys()
            assert rec["body"][ind["start"] : ind["end"]] == ind["text"]
            assert ind["text"] in ind["sentence"]


def test_extract_json_known_values(json_records):
    by_id = {r["id"][:3]: r for r in json_records}
    assert by_id["000"]["title"] == "实干当先 全力为强省会行动打造科创引擎"
    assert by_id["000"]["date"] == "2023-09-06"
    assert by_id["000"]["year"] == 2023
    # 003 is traditional script: the record is simplified
    assert by_id["003"]["title"].startswith("强化“新四军”创新优势")
    assert not any(ch in by_id["003"]["body"] for ch in TRADITIONAL_ONLY)
    assert not PINYIN.search(by_id["003"]["body"])
    assert sum(len(r["indicators"]) for r in json_records) > 0


def test_extract_jsonl(runner):
    result = _invoke(runner, "extract", SEEDS, "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    recs = [json.loads(line) for line in lines]
    assert all(r.keys() >= RECORD_KEYS for r in recs)


def test_extract_default_format_when_piped_is_jsonl(runner):
    result = _invoke(runner, "extract", seed("000"), "-q")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    json.loads(result.stdout)


def test_extract_csv_one_row_per_indicator(runner, json_records):
    result = _invoke(runner, "extract", SEEDS, "-f", "csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert not result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    n_indicators = sum(len(r["indicators"]) for r in json_records)
    n_without = sum(1 for r in json_records if not r["indicators"])
    assert n_without >= 1  # the seeds include documents without indicators
    assert len(rows) == n_indicators + n_without
    header = next(csv.reader(io.StringIO(result.stdout)))
    for col in ("id", "title", "indicator_text", "value", "unit", "subject"):
        assert col in header
    # every indicator row quotes its indicator
    by_id = {r["id"]: r for r in json_records}
    for row in rows:
        if row["indicator_text"]:
            body = by_id[row["id"]]["body"]
            assert body[int(row["indicator_start"]) : int(row["indicator_end"])] == row["indicator_text"]


def test_extract_csv_bom(runner):
    result = _invoke(runner, "extract", seed("000"), "-f", "csv", "--bom", "-q")
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeffid,")


def test_extract_table(runner):
    result = _invoke(runner, "extract", seed("000"), "-f", "table", "-q")
    assert result.exit_code == 0
    assert "实干当先" in result.stdout
    assert "indicators" in result.stdout


def test_extract_output_file(runner, tmp_path):
    out = tmp_path / "out.json"
    result = _invoke(runner, "extract", SEEDS, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    recs = json.loads(out.read_text(encoding="utf-8"))  # format from the .json suffix
    assert len(recs) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left


def test_extract_output_file_replaces_existing(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = _invoke(runner, "extract", seed("001"), "-o", out, "-q")
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == seed("001").stem


def test_extract_no_body_keywords_ascii(runner):
    result = _invoke(runner, "extract", seed("000"), "-f", "jsonl", "--no-body", "--keywords", "0", "--ascii", "-q")
    assert result.exit_code == 0
    assert result.stdout.isascii()
    rec = json.loads(result.stdout)
    assert "body" not in rec
    assert rec["keywords"] == []
    assert rec["title"] == "实干当先 全力为强省会行动打造科创引擎"


def test_extract_explain_adds_excluded(runner):
    result = _invoke(runner, "extract", seed("002"), "-f", "jsonl", "--explain", "-q")
    assert result.exit_code == 0
    assert "excluded" in json.loads(result.stdout)


@pytest.mark.parametrize("flags", [["-f", "jsonl"], ["-f", "json", "--no-body"], ["-f", "jsonl", "--ascii"], ["-f", "csv"]])
def test_extract_jobs_2_same_as_jobs_1(runner, flags):
    one = _invoke(runner, "extract", SEEDS, *flags, "-j", "1", "-q")
    two = _invoke(runner, "extract", SEEDS, *flags, "-j", "2", "-q")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_parallel_batches_keep_input_order_around_bad_paths(tmp_path):
    """Files go to workers 8 at a time; bad paths are answered at once: order must hold."""
    from policymine.pipeline import records_of
    from policymine.render import Encoded, json_text
    from policymine.sources import iter_inputs

    pages = sorted(SEEDS.glob("*.txt"))
    items = [str(p) for p in pages * 4]
    items[3:3] = [str(tmp_path / "missing-1.txt")]
    items[17:17] = [str(tmp_path / "missing-2.txt")]
    inputs = [x for item in items for x in iter_inputs([item])]
    plain = list(records_of(inputs, jobs=1))
    encoded = list(records_of(inputs, jobs=2, encode=json_text))
    assert [r["path"] for r in encoded] == [r["path"] for r in plain] == [str(x) for x in items]
    for a, b in zip(plain, encoded):
        if "error" in a:
            assert b == a and not isinstance(b, Encoded)
        else:
            assert isinstance(b, Encoded) and b.text == json_text(a)
            assert b["warnings"] == a["warnings"]


# --------------------------------------------------------------------------- #
# extract: stdin, errors, exit codes
# --------------------------------------------------------------------------- #


def test_extract_stdin(runner):
    data = seed("000").read_bytes()
    result = _invoke(runner, "extract", "-", "-f", "json", "-q", input=data)
    assert result.exit_code == 0, result.stderr
    (rec,) = json.loads(result.stdout)
    assert rec["id"] == "-"
    assert rec["title"] == "实干当先 全力为强省会行动打造科创引擎"


def test_extract_stdin_gb18030(runner):
    data = seed("000").read_text(encoding="utf-8").encode("gb18030")
    result = _invoke(runner, "extract", "-", "-f", "jsonl", "-q", input=data)
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    assert rec["encoding"] == "gb18030"
    assert rec["title"] == "实干当先 全力为强省会行动打造科创引擎"


@pytest.mark.parametrize("fmt", ["xml", "JSONX", ""])
def test_extract_unknown_format_is_usage_error(runner, fmt):
    result = _invoke(runner, "extract", SEEDS, "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "format" in result.stderr
    _no_traceback(result)


def test_extract_no_paths_is_usage_error(runner):
    result = _invoke(runner, "extract")
    assert result.exit_code == 2
    _no_traceback(result)


def test_extract_missing_path_with_good_inputs(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = _invoke(runner, "extract", SEEDS, missing, "-f", "jsonl", "-q")
    assert result.exit_code == 1
    _no_traceback(result)
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [r for r in recs if "error" in r]
    assert len(recs) == 6 and len(errors) == 1
    assert set(errors[0]) == {"id", "path", "error"}
    assert errors[0]["path"] == str(missing)
    assert errors[0]["id"] == "missing"
    err_lines = [line for line in result.stderr.splitlines() if str(missing) in line]
    assert len(err_lines) == 1 and "no such file" in err_lines[0]


def test_extract_missing_path_alone(runner, tmp_path):
    result = _invoke(runner, "extract", tmp_path / "nope.txt", "-f", "jsonl")
    assert result.exit_code == 1
    _no_traceback(result)
    assert "no such file" in result.stderr
    assert json.loads(result.stdout)["error"].endswith("no such file or folder")


def test_extract_empty_folder(runner, tmp_path):
    result = _invoke(runner, "extract", tmp_path, "-f", "jsonl")
    assert result.exit_code == 1
    _no_traceback(result)
    assert "no input files" in result.stderr


def test_extract_errors_file(runner, tmp_path):
    errs = tmp_path / "errs.jsonl"
    result = _invoke(runner, "extract", seed("000"), tmp_path / "a.txt", tmp_path / "b.txt", "-f", "jsonl",
                     "--errors", errs, "-q")
    assert result.exit_code == 1
    lines = errs.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(set(json.loads(line)) == {"id", "path", "error"} for line in lines)


def test_extract_strict_stops_with_exit_1(runner, tmp_path):
    result = _invoke(runner, "extract", tmp_path / "missing.txt", SEEDS, "-f", "jsonl", "--strict", "-q")
    assert result.exit_code == 1
    _no_traceback(result)
    assert '"title"' not in result.stdout  # stopped before the seeds


def test_extract_max_bytes(runner):
    result = _invoke(runner, "extract", seed("001"), "--max-bytes", "1000", "-f", "jsonl")
    assert result.exit_code == 1
    rec = json.loads(result.stdout)
    assert "skipped" in rec["error"] and "max-bytes" in rec["error"]


def test_extract_bad_encoding_option(runner):
    result = _invoke(runner, "extract", seed("000"), "--encoding", "no-such-codec", "-f", "jsonl")
    assert result.exit_code == 2  # a usage error, once, before any file is read
    _no_traceback(result)
    assert "unknown encoding" in result.stderr


def test_extract_missing_user_dict(runner, tmp_path):
    result = _invoke(runner, "extract", seed("000"), "--dict", tmp_path / "nope.dict", "-f", "jsonl")
    assert result.exit_code == 2  # a usage error, once, before any file is read
    _no_traceback(result)
    assert "nope.dict" in result.stderr


def test_extract_user_dict(runner, tmp_path):
    d = tmp_path / "user.dict"
    d.write_text("科创引擎 1000 n\n", encoding="utf-8")
    result = _invoke(runner, "extract", seed("000"), "--dict", d, "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr


# --------------------------------------------------------------------------- #
# normalize, clean, segment
# --------------------------------------------------------------------------- #


def test_normalize_traditional_seed(runner):
    result = _invoke(runner, "normalize", seed("003"), "-q")
    assert result.exit_code == 0
    text = result.stdout
    assert "兰州" in text
    assert not PINYIN.search(text), PINYIN.search(text)
    for ch in TRADITIONAL_ONLY:
        assert ch not in text, ch
    assert "(jī)" in seed("003").read_text(encoding="utf-8")  # the seed really has annotations


def test_normalize_to_traditional(runner):
    result = _invoke(runner, "normalize", seed("000"), "--to", "traditional")
    assert result.exit_code == 0
    assert "國" in result.stdout or "蘭" in result.stdout


def test_normalize_bad_target_is_usage_error(runner):
    result = _invoke(runner, "normalize", seed("000"), "--to", "klingon")
    assert result.exit_code == 2
    _no_traceback(result)


def test_normalize_stdin(runner):
    result = _invoke(runner, "normalize", "-", input=seed("003").read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith("手机兰州新闻网")


def test_normalize_several_inputs_jsonl(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = _invoke(runner, "normalize", SEEDS, missing)
    assert result.exit_code == 1
    _no_traceback(result)
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(recs) == 6
    assert sum("error" in r for r in recs) == 1
    assert all(set(r) in ({"path", "text"}, {"id", "path", "error"}) for r in recs)


def test_normalize_output_file(runner, tmp_path):
    out = tmp_path / "n.txt"
    result = _invoke(runner, "normalize", seed("003"), "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("手机兰州新闻网")


def test_clean_seed_001(runner):
    result = _invoke(runner, "clean", seed("001"))
    assert result.exit_code == 0
    assert result.stdout.startswith("塑造高能级创新平台")
    assert "新闻排行" not in result.stdout


def test_clean_meta(runner):
    result = _invoke(runner, "clean", seed("000"), "--meta")
    assert result.exit_code == 0
    meta = json.loads(result.stdout)
    assert meta["title"] == "实干当先 全力为强省会行动打造科创引擎"
    assert meta["body"]


def test_segment_domain_word(runner):
    result = _invoke(runner, "segment", seed("000"))
    assert result.exit_code == 0
    tokens = {t for line in result.stdout.splitlines() for t in line.split(" ")}
    assert "高新技术企业" in tokens


def test_segment_delimiter(runner):
    result = _invoke(runner, "segment", "-", "-d", "|", input="兰州市高新技术企业".encode())
    assert result.exit_code == 0
    assert "高新技术企业" in result.stdout.strip().split("|")


@pytest.mark.parametrize("command", ["normalize", "clean", "segment"])
@pytest.mark.parametrize("bad", ["missing", "empty"])
def test_text_command_single_bad_input(runner, tmp_path, command, bad):
    # was a KeyError: 'text' traceback (fixed in 0777b17)
    path = tmp_path / "page.txt"
    if bad == "empty":
        path.write_bytes(b"")
    result = _invoke(runner, command, path)
    _no_traceback(result)
    assert result.exit_code == 1
    assert str(path) in result.stderr


# --------------------------------------------------------------------------- #
# real subprocesses: python -m policymine and the console script
# --------------------------------------------------------------------------- #


def _console_script() -> str:
    exe = Path(sys.executable).parent / "policymine"
    if exe.exists():
        return str(exe)
    found = shutil.which("policymine")
    if not found:
        pytest.skip("policymine console script not installed")
    return found


LAUNCHERS = {
    "python-m": lambda: [sys.executable, "-m", "policymine"],
    "console-script": lambda: [_console_script()],
}


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_subprocess_version(launcher):
    proc = subprocess.run([*LAUNCHERS[launcher](), "--version"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=_env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"policymine {policymine.__version__}"


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_subprocess_extract_jsonl(launcher):
    proc = subprocess.run([*LAUNCHERS[launcher](), "extract", "seeds/", "-q"], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=_env())
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 5  # not a terminal: jsonl


def _head_pipeline(launcher: str) -> subprocess.CompletedProcess:
    """``policymine extract seeds/ --format jsonl | head -1``; the shell exits with the producer's status."""
    cmd = " ".join(f"'{a}'" for a in LAUNCHERS[launcher]())
    script = f'set -o pipefail; {cmd} extract seeds/ --format jsonl | head -1; exit "${{PIPESTATUS[0]}}"'
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT, env=_env())


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_subprocess_pipe_to_head_is_quiet(launcher):
    proc = _head_pipeline(launcher)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "BrokenPipeError" not in proc.stderr, proc.stderr
    assert "Exception ignored" not in proc.stderr, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["id"] == SEED_FILES[0].stem


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_subprocess_pipe_to_head_exit_status(launcher):
    # was exit 1: typer's own EPIPE handler ran before cli.main()'s (fixed in 0777b17)
    proc = _head_pipeline(launcher)
    assert proc.returncode in (0, 141), (proc.returncode, proc.stderr)


def test_subprocess_no_args_shows_help():
    proc = subprocess.run([sys.executable, "-m", "policymine"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=_env())
    assert proc.returncode in (0, 2)
    assert "Usage" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- #
# library API
# --------------------------------------------------------------------------- #


def test_library_extract_text():
    text = seed("000").read_text(encoding="utf-8")
    rec = policymine.extract_text(text, doc_id="x")
    assert rec.keys() >= RECORD_KEYS
    assert rec["id"] == "x"
    assert rec["title"] == "实干当先 全力为强省会行动打造科创引擎"
    assert rec["indicators"]
    for ind in rec["indicators"]:
        assert rec["body"][ind["start"] : ind["end"]] == ind["text"]


def test_library_extract_text_options():
    text = seed("000").read_text(encoding="utf-8")
    rec = policymine.extract_text(text, keywords=0, extractors=("slogans",))
    assert rec["keywords"] == [] and rec["indicators"] == []


def test_library_extract_path_matches_cli(json_records):
    rec = policymine.extract_path(str(seed("002")))
    cli = next(r for r in json_records if r["id"] == rec["id"])
    assert rec["body"] == cli["body"]
    assert [i["text"] for i in rec["indicators"]] == [i["text"] for i in cli["indicators"]]
    assert rec["encoding"] == "utf-8"


def test_library_extract_path_missing_raises_input_error(tmp_path):
    from policymine.errors import InputError

    with pytest.raises(InputError):
        policymine.extract_path(str(tmp_path / "missing.txt"))


def test_library_extract_paths_streams_with_errors(tmp_path):
    recs = list(policymine.extract_paths([str(SEEDS), str(tmp_path / "missing.txt")]))
    assert len(recs) == 6
    assert [r["id"] for r in recs[:5]] == [p.stem for p in SEED_FILES]
    assert set(recs[5]) == {"id", "path", "error"}


def test_library_normalize_and_clean_text():
    raw = seed("003").read_text(encoding="utf-8")
    norm = policymine.normalize_text(raw)
    assert not PINYIN.search(norm)
    assert "蘭" not in norm
    assert "蘭" in policymine.normalize_text("兰州", to="traditional")
    assert policymine.clean_text(seed("001").read_text(encoding="utf-8")).startswith("塑造高能级创新平台")
