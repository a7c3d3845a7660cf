"""The command line, through typer's CliRunner and through real subprocesses."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policymine.cli import app

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
runner = CliRunner()


@pytest.mark.parametrize("command", ["extract", "normalize", "clean", "segment"])
def test_help_has_an_example(command):
    r = runner.invoke(app, [command, "--help"])
    assert r.exit_code == 0 and "Example" in r.stdout


def test_extract_json_records():
    r = runner.invoke(app, ["extract", str(SEEDS), "--format", "json", "-q"])
    assert r.exit_code == 0, r.stderr
    recs = json.loads(r.stdout)
    assert len(recs) == 5
    for rec in recs:
        for key in ("id", "path", "title", "date", "year", "year_inferred", "source", "authors", "script",
                    "body", "indicators", "institutions", "slogans", "keywords"):
            assert key in rec
        for i in rec["indicators"]:
            assert rec["body"][i["start"]:i["end"]] == i["text"]


def test_extract_jsonl_and_csv(tmp_path):
    r = runner.invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q"])
    assert len(r.stdout.strip().splitlines()) == 5
    out = tmp_path / "x.csv"
    r = runner.invoke(app, ["extract", str(SEEDS), "-f", "csv", "--bom", "-o", str(out), "-q"])
    assert r.exit_code == 0 and r.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeffid,path,title")


def test_stdin_and_missing_path():
    data = (SEEDS / "000_2f6fc9060b9f45a6.txt").read_bytes()
    r = runner.invoke(app, ["extract", "-", "-f", "jsonl", "-q"], input=data)
    assert r.exit_code == 0 and json.loads(r.stdout)["title"].startswith("实干当先")
    r = runner.invoke(app, ["extract", "no/such/file.txt", str(SEEDS / "001_64146edaa410157d.txt"), "-f", "jsonl"])
    assert r.exit_code == 1
    assert "no such file" in r.stderr and len(r.stdout.splitlines()) == 2


def test_bad_option_is_a_usage_error():
    r = runner.invoke(app, ["extract", str(SEEDS), "--format", "xml"])
    assert r.exit_code == 2 and "Traceback" not in (r.stdout + r.stderr)


def test_normalize_removes_pinyin_and_traditional():
    r = runner.invoke(app, ["normalize", str(SEEDS / "003_db29917547b88920.txt")])
    assert r.exit_code == 0
    assert "(wǎng)" not in r.stdout and "蘭" not in r.stdout and "兰州" in r.stdout


def test_subprocess_module_and_pipe_to_head():
    r = subprocess.run([sys.executable, "-m", "policymine", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("policymine ")
    exe = Path(sys.executable).parent / "policymine"
    cmd = f"'{exe}' extract '{SEEDS}' --format jsonl -q | head -1"
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=dict(os.environ))
    assert len(r.stdout.splitlines()) == 1
    assert "Traceback" not in r.stderr and "BrokenPipe" not in r.stderr


def test_diff_between_years_on_the_seeds(tmp_path):
    recs = tmp_path / "seeds.jsonl"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(recs), "-q"]).exit_code == 0
    r = runner.invoke(app, ["diff", str(recs), "--from", "2021", "--to", "2025", "--format", "json"])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) >= {"from", "to", "slogans", "institutions", "indicators", "keywords"}
    added = {s["text"]: s for s in d["slogans"]["added"]}
    assert "新质生产力" in added and "政产学研金介用" in added
    assert ("政产学研用", "政产学研金介用") in {(p["from"], p["to"]) for p in d["slogans"]["related"]}
    assert any("高新技术企业" in p["subject_from"] and "高新技术企业" in p["subject_to"] for p in d["indicators"]["pairs"])


def test_diff_timeline_and_bad_group():
    r = runner.invoke(app, ["diff", str(SEEDS), "--timeline", "--format", "jsonl", "-q"])
    assert r.exit_code == 0
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert {"2021", "2023", "2025"} <= set(rows[0])
    r = runner.invoke(app, ["diff", str(SEEDS), "--from", "1999", "-q"])
    assert r.exit_code == 2 and "1999" in r.stderr and "Traceback" not in r.stderr
