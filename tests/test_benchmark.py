"""The benchmark README documents runs: a small one, end to end, so the command stays true."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmark_small_run_reports_every_figure(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--size-mb", "0.2", "--skip-memory", "--skip-jobs", "--pairs", "1",
         "--json", "--save", str(tmp_path / "run.json")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    r = json.loads(proc.stdout)
    stages = r["stages_kbps"]
    for key in ("read", "normalize", "clean", "segment", "segment.body", "extract.slogans",
                "extract.institutions", "extract.indicators", "extract.keywords", "whole (process_text)"):
        assert stages[key] > 0, key
    assert r["jieba_kbps"] > 0 and 0 < r["extract_over_jieba"] < 5
    assert r["jobs_speedup"] is None and r["rss_ratio"] is None  # skipped, and said so
    assert set(r["startup_s"]) == {"help", "normalize", "extract", "extract_fast"}
    # the whole processes ran (one round), --jobs 2 skipped
    assert r["whole_extract_over_jieba"] > 0 and r["whole_extract_over_jieba_raw"] > 0
    if r["fast_engine"] is not None:  # the compiled engine runs here: its records are the default's
        assert r["fast_records_identical"] is True and r["fast_over_default"] > 0
    assert json.loads((tmp_path / "run.json").read_text(encoding="utf-8")) == r
