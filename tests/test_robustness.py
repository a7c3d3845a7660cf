"""Robustness: bad inputs, encodings, time bounds, property tests, atomic output."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import policymine
from conftest import ROOT, SEED_FILES, seed
from policymine.cli import app
from policymine.errors import InputError
from policymine.render import atomic_output
from policymine.sources import decode

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PINYIN = regex.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
SCHEMA_KEYS = {
    "id", "path", "title", "date", "year", "year_inferred", "source", "authors", "script", "body",
    "indicators", "institutions", "slogans", "keywords",
}  # fmt: skip
COMPARED = ("title", "date", "year", "source", "authors", "script", "body")


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run_cli(*args, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "policymine", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=_env())
    return proc, time.perf_counter() - t0


def big5_portion_of_003() -> str:
    """Seed 003 (traditional) without its pinyin annotations and without what Big5 cannot encode: the
    simplified spam line at the end and the few characters left over from damaged annotations."""
    text = PINYIN.sub("", seed("003").read_text(encoding="utf-8"))
    lines = text.split("\n")
    assert "国内" in lines[-1]  # the spam line
    keep = []
    for line in lines[:-1]:
        keep.append("".join(ch for ch in line if _big5_ok(ch)))
    out = "\n".join(keep)
    out.encode("big5", errors="strict")
    assert len(out) > 1500 and "蘭州" in out
    return out


def _big5_ok(ch: str) -> bool:
    try:
        ch.encode("big5", errors="strict")
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------- #
# the bad-input battery
# --------------------------------------------------------------------------- #

GOOD_EXTRA = ("gb18030.txt", "big5.txt", "utf16.txt")


@pytest.fixture
def battery(tmp_path) -> tuple[Path, list[str], list[str]]:
    """A folder of good and bad inputs; returns (folder, good file names, bad file names)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SEED_FILES:
        shutil.copy(p, folder / p.name)
    s000 = seed("000").read_text(encoding="utf-8")
    (folder / "gb18030.txt").write_bytes(seed("002").read_text(encoding="utf-8").encode("gb18030"))
    (folder / "big5.txt").write_bytes(big5_portion_of_003().encode("big5", errors="strict"))
    (folder / "utf16.txt").write_bytes(s000.encode("utf-16"))  # with BOM
    bad = ["empty.txt", "x.txt", "undecodable.txt"]
    (folder / "empty.txt").write_bytes(b"")
    rnd = random.Random(20240601)
    blob = bytearray(rnd.randbytes(4096))
    blob[10:20] = b"\x00" * 10
    (folder / "x.txt").write_bytes(bytes(blob))
    # invalid as UTF-8, GB18030 and Big5 alike (0x80 and 0xFF lead no character in any of them)
    (folder / "undecodable.txt").write_bytes(b"\x80\xff" * 300)
    if not IS_ROOT:  # root reads anything: the check would be meaningless
        locked = folder / "unreadable.txt"
        locked.write_text("兰州市科技局", encoding="utf-8")
        locked.chmod(0)
        bad.append("unreadable.txt")
    os.symlink(folder, folder / "loop")  # a link loop: must be skipped, not followed forever
    good = [p.name for p in SEED_FILES] + list(GOOD_EXTRA)
    yield folder, good, bad
    if not IS_ROOT:
        (folder / "unreadable.txt").chmod(0o644)


def _check_battery(proc, elapsed, folder, good, bad, errs_path=None):
    assert elapsed < 60, f"took {elapsed:.1f} s"
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    names = [Path(r["path"]).name for r in recs]
    # count in == count out: one record per text file in the folder, the loop adds nothing
    n_in = len([p for p in folder.iterdir() if p.suffix == ".txt"])
    assert len(recs) == n_in == len(good) + len(bad)
    assert sorted(names) == sorted(good + bad)
    ok = {Path(r["path"]).name: r for r in recs if "error" not in r}
    errors = {Path(r["path"]).name: r for r in recs if "error" in r}
    assert sorted(ok) == sorted(good)
    assert sorted(errors) == sorted(bad)
    for r in errors.values():
        assert set(r) == {"id", "path", "error"}
    # one error line on stderr per bad file (-q: nothing else)
    err_lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(err_lines) == len(bad), proc.stderr
    for name in bad:
        assert sum(name in line for line in err_lines) == 1, (name, proc.stderr)
    assert "empty" in errors["empty.txt"]["error"]
    assert "binary" in errors["x.txt"]["error"]
    if "unreadable.txt" in errors:
        assert "permission denied" in errors["unreadable.txt"]["error"]
    if errs_path is not None:
        lines = errs_path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(bad)
        assert sorted(Path(json.loads(line)["path"]).name for line in lines) == sorted(bad)
    # the re-encoded copies decode to the same text as the originals
    assert ok["gb18030.txt"]["encoding"] == "gb18030"
    assert ok["big5.txt"]["encoding"] == "big5"
    assert ok["utf16.txt"]["encoding"] == "utf-16"
    assert ok["utf16.txt"]["body"] == ok[seed("000").name]["body"]
    assert ok["gb18030.txt"]["body"] == ok[seed("002").name]["body"]
    assert ok["big5.txt"]["title"] == ok[seed("003").name]["title"]
    return recs


def test_battery_cli(battery, tmp_path):
    folder, good, bad = battery
    errs = tmp_path / "errs.jsonl"
    proc, elapsed = _run_cli("extract", folder, "-f", "jsonl", "-q", "--errors", errs)
    _check_battery(proc, elapsed, folder, good, bad, errs)


def test_battery_cli_jobs_2(battery, tmp_path):
    folder, good, bad = battery
    errs = tmp_path / "errs.jsonl"
    proc, elapsed = _run_cli("extract", folder, "-f", "jsonl", "-q", "-j", "2", "--errors", errs)
    _check_battery(proc, elapsed, folder, good, bad, errs)


def test_battery_files_given_one_by_one(battery):
    folder, good, bad = battery
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    proc, elapsed = _run_cli("extract", *files, "-f", "jsonl", "-q")
    _check_battery(proc, elapsed, folder, good, bad)


def test_battery_library(battery):
    folder, good, bad = battery
    recs = list(policymine.extract_paths([str(folder)]))
    assert len(recs) == len(good) + len(bad)
    assert sorted(Path(r["path"]).name for r in recs if "error" in r) == sorted(bad)


@pytest.mark.skipif(IS_ROOT, reason="running as root: every file is readable")
def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("兰州", encoding="utf-8")
    p.chmod(0)
    try:
        proc, _ = _run_cli("extract", p, "-f", "jsonl")
    finally:
        p.chmod(0o644)
    assert proc.returncode == 1
    assert "permission denied" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_link_loop_only(tmp_path):
    os.symlink(tmp_path, tmp_path / "loop")
    shutil.copy(seed("000"), tmp_path / "a.txt")
    proc, elapsed = _run_cli("extract", tmp_path, "-f", "jsonl", "-q", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_broken_link(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    proc, _ = _run_cli("extract", tmp_path / "dangling.txt", "-f", "jsonl")
    assert proc.returncode == 1
    assert "broken link" in proc.stderr
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- #
# encodings: the same record whatever the encoding of the file
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module")
def utf8_records() -> dict[str, dict]:
    return {p.name: policymine.extract_path(str(p)) for p in SEED_FILES}


def _indicator_values(rec):
    return [(i["text"], i["value"], i["unit"], i["qualifier"], i["start"], i["end"]) for i in rec["indicators"]]


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"), ("utf-8-sig", "utf-8")],
)
@pytest.mark.parametrize("name", [p.name for p in SEED_FILES])
def test_reencoded_seed_same_record(tmp_path, utf8_records, name, codec, expected):
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    rec = policymine.extract_path(str(path))
    ref = utf8_records[name]
    assert rec["encoding"] == expected
    assert ref["encoding"] == "utf-8"
    for key in COMPARED:
        assert rec[key] == ref[key], key
    assert _indicator_values(rec) == _indicator_values(ref)
    assert [i["name"] for i in rec["institutions"]] == [i["name"] for i in ref["institutions"]]


def test_big5_seed_003(tmp_path, utf8_records):
    path = tmp_path / "003big5.txt"
    path.write_bytes(big5_portion_of_003().encode("big5"))
    rec = policymine.extract_path(str(path))
    ref = utf8_records[seed("003").name]
    assert rec["encoding"] == "big5"
    assert rec["script"] == "traditional"
    # the source line is damaged in the seed (repaired from its pinyin, which Big5 cannot carry): not compared
    for key in ("title", "date", "year"):
        assert rec[key] == ref[key], key
    assert rec["body"].startswith(ref["body"][:40])
    assert not any(ch in rec["body"] for ch in "蘭網國")


def test_forced_encoding(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(seed("000").read_text(encoding="utf-8").encode("gb18030"))
    rec = policymine.extract_path(str(path), encoding="gb18030")
    assert rec["encoding"] == "gb18030"
    with pytest.raises(InputError, match="not valid utf-8"):
        policymine.extract_path(str(path), encoding="utf-8")


# --------------------------------------------------------------------------- #
# time bounds (each run in a child process with a watchdog, so a hang fails fast)
# --------------------------------------------------------------------------- #

# Bounds with room for a slower or busier CI machine: measured here, 100,000 digits take
# about 1 s and a million 的 about 6 s; the 5 MB page, dense with numbers and names (about
# 15,000 indicators), about 10 s. A quadratic step would take minutes to hours.
TIME_LIMIT = 30.0
TIME_LIMITS = {"single_line_5mb": 60.0}

_CHILD = textwrap.dedent(
    """
    import faulthandler, json, sys, time
    from pathlib import Path
    import policymine

    kind, limit = sys.argv[1], float(sys.argv[2])
    seeds = sorted(Path(sys.argv[3]).glob("*.txt"))
    policymine.extract_text(seeds[0].read_text(encoding="utf-8"))  # warm-up: jieba and lexicons loaded
    if kind == "single_line_5mb":
        # the three simplified pages without spam lines (a spam word would make the whole line spam)
        unit = " ".join(p.read_text(encoding="utf-8").replace("\\n", " ") for p in seeds[:3]) + " "
        text = unit * (5 * 1024 * 1024 // len(unit.encode("utf-8")) + 1)
    elif kind == "digits_100k":
        text = "".join(str(i % 10) for i in range(100_000))
    elif kind == "de_1m":
        text = "的" * 1_000_000
    else:
        raise SystemExit("unknown kind " + kind)
    # a hang dumps where it is stuck and exits 1
    faulthandler.dump_traceback_later(limit, exit=True)
    t0 = time.perf_counter()
    rec = policymine.extract_text(text)
    elapsed = time.perf_counter() - t0
    faulthandler.cancel_dump_traceback_later()
    print(json.dumps({"seconds": elapsed, "chars": len(text), "bytes": len(text.encode("utf-8")),
                      "body": len(rec["body"]), "keys": sorted(rec)}))
    """
)


@pytest.mark.parametrize(
    "kind",
    [
        "single_line_5mb",  # was O(quoted phrases x length) in slogans: one pass now
        "digits_100k",
        "de_1m",  # was quadratic in jieba's HMM (est. ~30 min); fixed in 0777b17 (long runs cut)
    ],
)
@pytest.mark.slow
def test_extract_text_time_bound(kind, tmp_path):
    limit = TIME_LIMITS.get(kind, TIME_LIMIT)
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    try:
        proc = subprocess.run([sys.executable, str(script), kind, str(limit), str(ROOT / "seeds")],
                              capture_output=True, text=True, timeout=limit + 90, env=_env())
    except subprocess.TimeoutExpired:
        pytest.fail(f"{kind}: no answer within {limit + 90} s")
    assert proc.returncode == 0, f"{kind}: did not finish within {limit} s:\n{proc.stderr[-3000:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["seconds"] < limit, out
    assert set(out["keys"]) >= SCHEMA_KEYS
    if kind == "single_line_5mb":
        assert out["bytes"] >= 5 * 1024 * 1024
        assert out["body"] > out["chars"] // 2  # the page was really processed, not dropped as spam


def test_max_bytes_cli_skips():
    proc, _ = _run_cli("extract", seed("000"), "--max-bytes", "1000", "-f", "jsonl")
    assert proc.returncode == 1
    rec = json.loads(proc.stdout)
    assert set(rec) == {"id", "path", "error"}
    assert "skipped" in rec["error"]
    assert "skipped" in proc.stderr


def test_max_bytes_stdin_skips():
    proc = subprocess.run([sys.executable, "-m", "policymine", "extract", "-", "--max-bytes", "1000", "-f", "jsonl"],
                          input=seed("000").read_bytes(), capture_output=True, timeout=60, env=_env())
    assert proc.returncode == 1
    assert "skipped" in json.loads(proc.stdout)["error"]


def test_max_bytes_library():
    (rec,) = list(policymine.extract_paths([str(seed("000"))], max_bytes=1000))
    assert "skipped" in rec["error"]


# --------------------------------------------------------------------------- #
# property tests
# --------------------------------------------------------------------------- #

# characters that reach the extractors: Chinese words, digits, units, punctuation, full-width forms
_CN = list(
    "兰州市科技局国家高新技术企业创新平台全省以上亿元万个家项年月日第年度目标实现增长达到提高同比"
    "蘭國網發展與為強會長實現達"
    "0123456789.%〇一二三四五六七八九十百千万亿两半成倍"
    "，。、；：？！“”《》（）()—…-·\n 　①⑵Ⅲ½％０１２３"
)
text_strategy = st.one_of(st.text(), st.text(alphabet=st.sampled_from(_CN), max_size=400))


@settings(max_examples=60, deadline=None)
@given(text_strategy)
def test_extract_text_never_raises(text):
    rec = policymine.extract_text(text)
    assert isinstance(rec, dict)
    assert rec.keys() >= SCHEMA_KEYS
    assert isinstance(rec["body"], str)
    if not text.strip():
        assert rec["body"] == ""
    for ind in rec["indicators"]:
        assert rec["body"][ind["start"] : ind["end"]] == ind["text"]
    json.dumps(rec)  # serialisable


@settings(max_examples=60, deadline=None)
@given(st.binary())
def test_decode_returns_text_or_input_error(data):
    try:
        result = decode(data)
    except InputError:
        return
    assert isinstance(result, tuple) and len(result) == 2
    text, enc = result
    assert isinstance(text, str) and isinstance(enc, str)
    assert text.strip()


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_decode_utf8_roundtrip(text):
    try:
        got, enc = decode(text.encode("utf-8"))
    except InputError:
        return
    assert enc == "utf-8"
    assert got == text.lstrip("\ufeff")


@settings(max_examples=60, deadline=None)
@given(text_strategy, st.sampled_from(["simplified", "traditional", "keep"]))
def test_normalize_text_never_raises(text, to):
    assert isinstance(policymine.normalize_text(text, to=to), str)


@settings(max_examples=60, deadline=None)
@given(text_strategy)
def test_clean_text_never_raises(text):
    assert isinstance(policymine.clean_text(text), str)


# --------------------------------------------------------------------------- #
# atomic output
# --------------------------------------------------------------------------- #


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_atomic_output_failure_keeps_old_file(tmp_path, exc):
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    with pytest.raises(exc), atomic_output(str(out)) as fh:
        fh.write("half a new file")
        fh.flush()
        assert _leftovers(tmp_path)  # really writing beside the target
        raise exc()
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert _leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_atomic_output_failure_without_old_file(tmp_path):
    out = tmp_path / "new.json"
    with pytest.raises(ValueError), atomic_output(str(out)) as fh:
        fh.write("x")
        raise ValueError
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_success_replaces(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    with atomic_output(str(out)) as fh:
        fh.write("兰州\r\n")
    assert out.read_bytes() == "兰州\r\n".encode()  # newline="" : written as given
    assert _leftovers(tmp_path) == []


def test_strict_run_failing_midway_keeps_old_output(tmp_path, runner):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(seed("000")), str(tmp_path / "missing.txt"), "--strict",
                                 "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert _leftovers(tmp_path) == []


def test_output_into_missing_folder(tmp_path, runner):
    # was a FileNotFoundError traceback from tempfile.mkstemp (fixed in 0777b17)
    out = tmp_path / "nodir" / "out.jsonl"
    result = runner.invoke(app, ["extract", str(seed("000")), "-o", str(out), "-q"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (1, 2)
    assert "nodir" in result.stderr


def test_output_onto_fifo_keeps_fifo(tmp_path):
    # was: the FIFO renamed over by a regular file (as root, -o /dev/null would replace /dev/null) (fixed in 0777b17)
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that a writer never blocks on open
    try:
        proc, _ = _run_cli("extract", seed("000"), "-f", "jsonl", "-q", "-o", fifo)
        assert proc.returncode == 0, proc.stderr
        assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a regular file"
    finally:
        os.close(reader)


def test_output_keeps_file_mode(tmp_path, runner):
    # was: mode 0600 from tempfile.mkstemp, umask and existing mode ignored (fixed in 0777b17)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o644)
    result = runner.invoke(app, ["extract", str(seed("000")), "-o", str(out), "-q"])
    assert result.exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o644
