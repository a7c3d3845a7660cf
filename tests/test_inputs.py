"""Inputs in other encodings and bad inputs: one record or one clear error each."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import policymine
from policymine.cli import app
from policymine.errors import InputError
from policymine.sources import decode

SEEDS = Path(__file__).parent.parent / "seeds"
KEYS = ("title", "date", "source", "authors", "body")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_reencoded_seed_gives_the_same_record(tmp_path, encoding):
    src = SEEDS / "002_3c03dabd353f4fcf.txt"
    copy = tmp_path / src.name
    copy.write_bytes(src.read_text(encoding="utf-8").encode(encoding))
    a, b = policymine.extract_path(str(src)), policymine.extract_path(str(copy))
    assert {k: a[k] for k in KEYS} == {k: b[k] for k in KEYS}
    assert [i["value"] for i in a["indicators"]] == [i["value"] for i in b["indicators"]]
    assert b["encoding"].replace("-", "") in (encoding.replace("-", ""), "utf16")


def test_big5_traditional_page(tmp_path):
    text = "臺北市政府宣布\n臺北市政府今日宣布，明年將投資新臺幣三百億元，興建社會住宅兩萬戶以上。\n"
    p = tmp_path / "tw.txt"
    p.write_bytes(text.encode("big5"))
    r = policymine.extract_path(str(p))
    assert r["encoding"] == "big5" and r["script"] == "traditional"
    assert "台北市政府" in r["body"]


def test_bad_inputs_each_give_one_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_bytes((SEEDS / "000_2f6fc9060b9f45a6.txt").read_bytes())
    errs = tmp_path / "errs.jsonl"
    r = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "--errors", str(errs)])
    assert r.exit_code == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 3 and sum("error" in x for x in lines) == 2
    assert len(errs.read_text().splitlines()) == 2
    assert "Traceback" not in r.stderr


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_decode_returns_text_or_input_error(data):
    try:
        text, enc = decode(data)
    except InputError:
        return
    assert isinstance(text, str) and isinstance(enc, str)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_extract_text_never_raises(text):
    r = policymine.extract_text(text, keywords=0)
    assert isinstance(r["body"], str) and isinstance(r["indicators"], list)
