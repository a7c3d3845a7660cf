"""A new user's first hour: each rough edge seen on the code before issue 12, as a test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policymine.cli import app
from ptyrun import on_a_pty

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_2f6fc9060b9f45a6.txt"
CMD = [sys.executable, "-m", "policymine"]


def invoke(*args, **kw):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False, **kw)


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


# --------------------------------------------------------------------------- #
# README's first command, on a terminal
# --------------------------------------------------------------------------- #


def test_extract_on_a_terminal_shows_clean_tables():
    pyte = pytest.importorskip("pyte")
    cols, rows = 140, 2000
    out, _ = on_a_pty(["extract", "seeds/"], cols=cols, cwd=ROOT)
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    stream.feed(out.replace(b"\n", b"\r\n") if b"\r\n" not in out else out)
    text = "\n".join(line.rstrip() for line in screen.display)
    assert "extracting" not in text and "-:--:--" not in text and " 0%" not in text, text[:2000]
    assert len(re.findall(r"^id +0\d\d_", text, re.M)) == 5  # one table per seed
    assert re.search(r"^title +实干当先", text, re.M)
    assert re.search(r"5 record\(s\), 0 error\(s\)", text)  # the summary at the end


# --------------------------------------------------------------------------- #
# segment --pos tags as jieba.posseg does
# --------------------------------------------------------------------------- #


def test_pos_tags_equal_jiebas_for_dictionary_words():
    import jieba.posseg

    from policymine.segment import Segmenter

    seg = Segmenter()
    reference = jieba.posseg.POSTokenizer(seg._tok)  # jieba's own tagger on the same dictionary
    text = SEED.read_text(encoding="utf-8")
    theirs = [(p.word, p.flag) for p in reference.cut(text)]  # first: it takes the added words' tags
    ours = seg.pos_tag(text)
    assert ours == theirs
    assert sum(1 for _w, t in ours if t == "n") > 100
    result = invoke("segment", "--pos", "-", input="企业科技局长")
    assert "企业/n" in result.stdout and "科技/n" in result.stdout


# --------------------------------------------------------------------------- #
# one-line errors, right exit codes
# --------------------------------------------------------------------------- #


def test_segment_with_a_missing_dictionary_is_a_usage_error(tmp_path):
    result = invoke("segment", SEED, "--dict", tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr


def test_errors_into_a_missing_folder_is_a_usage_error(tmp_path):
    result = invoke("extract", SEED, "--errors", tmp_path / "no" / "errs.jsonl")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("how", ["stdout", "-o"])
def test_a_full_disk_is_one_line_and_status_1(how):
    args = [*CMD, "extract", str(SEEDS), "--format", "jsonl", "-q"]
    if how == "-o":
        proc = subprocess.run([*args, "-o", "/dev/full"], capture_output=True, text=True)
    else:
        with open("/dev/full", "w") as full:
            proc = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 1
    assert "No space left on device" in one_line_error(proc.stderr)


@pytest.mark.parametrize("option", [["--dict", "missing.txt"], ["--encoding", "klingon"]])
def test_a_bad_global_option_is_reported_once_with_status_2(option):
    result = invoke("extract", SEEDS, *option, "--format", "jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count(option[1]) == 1


# --------------------------------------------------------------------------- #
# the end of a run: warnings grouped, the full list on request
# --------------------------------------------------------------------------- #


def test_warnings_are_grouped_and_listed_in_full_on_request(tmp_path):
    for i in range(12):
        (tmp_path / f"menu{i:02}.txt").write_text("首页 | 要闻 | 南宁 柳州 桂林\n", encoding="utf-8")
    listing = tmp_path / "warnings.jsonl"
    result = invoke("extract", tmp_path, "--format", "jsonl", "--warnings", listing)
    lines = [line for line in result.stderr.splitlines() if "no article body found" in line]
    assert lines == ["policymine: warning (12 records): no article body found"]
    full = [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    assert len(full) == 12 and all(w["warning"] == "no article body found" for w in full)


# --------------------------------------------------------------------------- #
# shell completion
# --------------------------------------------------------------------------- #


def test_shell_completion_is_on():
    result = invoke("--help")
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout
