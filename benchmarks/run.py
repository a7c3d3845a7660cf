#!/usr/bin/env python
"""Benchmark policymine: stage throughput, the cost of extraction over bare jieba, --jobs speedup,
peak memory on 10 MB and 100 MB corpora, and start-up times.

    python benchmarks/run.py                       # 20 MB corpus, everything
    python benchmarks/run.py --size-mb 5 --skip-memory --json

The corpus is built in a temporary folder by copying different pages in turn (the seeds,
tests/cases, the test corpus, the dev pages when ../shared is there) until it reaches the size
asked for. See benchmarks/README.md for what each figure means. The machine is
shared: quote ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KB = 1024
MB = 1024 * 1024


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- #
# corpus
# --------------------------------------------------------------------------- #


def corpus_pages() -> list[Path]:
    """The different pages the corpus is made of: the seeds, ``tests/cases``, the test corpus's
    documents and, when the shared folder is there, the dev pages."""
    pages = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "cases").glob("*.txt"))
    pages += sorted(p for p in (ROOT / "tests" / "corpus" / "docs").glob("*") if p.is_file())
    pages += sorted(p for p in (ROOT.parent / "shared" / "dev" / "docs").glob("*") if p.is_file())
    return [p for p in pages if p.suffix in (".txt", ".html", ".htm", ".md")]


def build_corpus(folder: Path, size_bytes: int) -> list[Path]:
    """Copies of the different pages (:func:`corpus_pages`, renamed ``000123_<page>``, suffix
    kept) in turn until ``size_bytes`` is reached: a mixed corpus, not one page repeated."""
    pages = corpus_pages()
    if not pages:
        raise SystemExit(f"no pages in {SEEDS}")
    folder.mkdir(parents=True, exist_ok=True)
    files, total, i = [], 0, 0
    while total < size_bytes:
        src = pages[i % len(pages)]
        dst = folder / f"{i:06d}_{src.name}"
        shutil.copyfile(src, dst)
        files.append(dst)
        total += dst.stat().st_size
        i += 1
    return files


def corpus_bytes(files: list[Path]) -> int:
    return sum(p.stat().st_size for p in files)


# --------------------------------------------------------------------------- #
# in-process stage throughput
# --------------------------------------------------------------------------- #


ROUNDS = 3  # alternating rounds of bare jieba and whole extraction for the ratio


def _clear_span_caches() -> None:
    """Forget memoised per-span results between documents: the corpus repeats five pages, and a
    cache keyed by text spans would otherwise make every copy after the first nearly free."""
    import policymine.segment as seg

    fn = getattr(seg, "tag", None)
    if hasattr(fn, "cache_clear"):
        fn.cache_clear()


def _timed_pass(fn, items, *, cold: bool, min_seconds: float = 0.5, max_repeats: int = 5) -> float:
    """Seconds for one pass of ``fn`` over ``items``; fast passes are repeated, the best kept."""
    best = None
    spent = 0.0
    for _ in range(max_repeats):
        elapsed = 0.0
        for it in items:
            if cold:
                _clear_span_caches()
            t0 = time.perf_counter()
            fn(it)
            elapsed += time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
        spent += elapsed
        if spent >= min_seconds:
            break
    return best


def measure_stages(sample: list[Path], *, cold: bool, tmp: Path) -> dict:
    """KB/s (KB of input pages per second) of each stage, on the same pages."""
    import jieba

    from policymine.extract import run_extractors
    from policymine.extract.document import document_meta
    from policymine.layout import clean
    from policymine.normalize import normalize
    from policymine.pipeline import Options, process_text
    from policymine.segment import get_segmenter, words
    from policymine.sources import read_input

    page_kb = corpus_bytes(sample) / KB
    log(f"stages: {len(sample)} pages, {page_kb:,.0f} KB, warming up (dictionaries, lexicons)")

    # warm-up: load jieba, OpenCC, lexicons and compile patterns outside the timings
    warm = read_input(str(sample[0]))
    warm_norm = normalize(warm.text).text
    warm_lay = clean(warm_norm)
    get_segmenter()
    words(warm_norm)
    run_extractors(warm_lay.body, warm_lay, Options())
    document_meta(warm_lay)
    process_text(warm.text)

    raws = [read_input(str(p)) for p in sample]
    norms = [normalize(r.text).text for r in raws]
    lays = [clean(t) for t in norms]

    seconds: dict[str, float] = {}

    def stage(name, fn, items):
        seconds[name] = _timed_pass(fn, items, cold=cold)
        log(f"  {name:<24} {page_kb / seconds[name]:>10,.1f} KB/s")

    stage("read", lambda p: read_input(str(p)), sample)
    stage("normalize", lambda r: normalize(r.text), raws)
    stage("clean", clean, norms)
    stage("document_meta", document_meta, lays)
    stage("segment", words, norms)
    stage("segment.body", lambda lay: words(lay.body), lays)
    for name in ("slogans", "institutions", "indicators", "keywords"):
        opts = Options(extractors=(name,))
        stage(f"extract.{name}", lambda lay, o=opts: run_extractors(lay.body, lay, o), lays)

    # the reference: bare jieba, a fresh tokenizer (no domain words), on the same normalised texts
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(tmp)
    jieba.setLogLevel(60)
    tok.initialize()
    tok.lcut(warm_norm)
    # the ratio's two terms are timed in alternating rounds and each keeps its fastest round,
    # so a burst of load from other users of the machine does not land on one of them only
    whole_s = jieba_s = float("inf")
    for _ in range(ROUNDS):
        jieba_s = min(jieba_s, _timed_pass(tok.lcut, norms, cold=False, max_repeats=1))
        whole_s = min(whole_s, _timed_pass(lambda r: process_text(r.text, encoding=r.encoding), raws, cold=cold,
                                           max_repeats=1))
    seconds["whole (process_text)"] = whole_s
    log(f"  {'whole (process_text)':<24} {page_kb / whole_s:>10,.1f} KB/s  (fastest of {ROUNDS} rounds)")
    log(f"  {'jieba.lcut (reference)':<24} {page_kb / jieba_s:>10,.1f} KB/s  (fastest of {ROUNDS} rounds)")

    kbps = {k: page_kb / v for k, v in seconds.items()}
    whole = seconds["whole (process_text)"]
    # slogans run before every extractor, and every extractor but slogans needs the body's
    # segmentation: their own share is what they add to those two
    base = seconds["extract.slogans"] + seconds["segment.body"]

    def own_kbps(stage_s: float) -> float | None:
        # a difference within the timing noise (under 2% of the stage) says nothing: null
        extra = stage_s - base
        return page_kb / extra if extra > 0.02 * stage_s else None

    own = {
        "slogans": kbps["extract.slogans"],
        "institutions": own_kbps(seconds["extract.institutions"]),
        "indicators": own_kbps(seconds["extract.indicators"]),
        "keywords": own_kbps(seconds["extract.keywords"]),
    }
    return {
        "sample_kb": page_kb,
        "sample_files": len(sample),
        "stages_kbps": kbps,
        "extractor_own_kbps": own,
        "jieba_kbps": page_kb / jieba_s,
        # throughput of whole extraction over bare jieba's (the figure: goal >= 0.5)
        "extract_over_jieba": jieba_s / whole,
    }


# --------------------------------------------------------------------------- #
# subprocess measurements
# --------------------------------------------------------------------------- #


def policymine_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "policymine"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("policymine")
    return [found] if found else [sys.executable, "-m", "policymine"]


def _run_quiet(cmd: list[str], timeout: float | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


# bare jieba as a whole process: a fresh tokenizer (no domain words), accurate mode, HMM on,
# over every file of the folder, read as text
_BARE_JIEBA = textwrap.dedent(
    """
    import logging, pathlib, sys
    import jieba
    jieba.setLogLevel(logging.ERROR)
    tok = jieba.Tokenizer()
    tok.tmp_dir = sys.argv[2]
    n = 0
    for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
        n += len(tok.lcut(p.read_text(encoding="utf-8", errors="replace")))
    print(n)
    """
)


def text_copy(corpus: Path, folder: Path) -> Path:
    """The corpus as the text policymine reads from each page: HTML pages replaced by their text
    (policymine.markup, before normalisation), text pages as they are. Bare jieba segments this
    folder for the fair baseline; on the raw files it would also segment the markup."""
    from policymine import markup
    from policymine.sources import read_input

    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted(corpus.iterdir()):
        raw = read_input(str(p))
        (folder / (p.stem + ".txt")).write_text(markup.read_page(raw.text).text, encoding="utf-8")
    return folder


def _run_hashed(cmd: list[str]) -> tuple[float, str]:
    """Seconds, and a hash of what the command wrote on stdout."""
    import hashlib

    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, hashlib.blake2b(proc.stdout, digest_size=16).hexdigest()


def measure_whole(corpus: Path, tmp: Path, pairs: int, jobs: bool = True) -> dict:
    """Whole processes, in turn, ``pairs`` rounds: bare jieba on the pages' text and on the raw
    files, extract with the default and the fast engine (--jobs 1), and --jobs 2. Ratios are
    taken round by round and their medians kept, so a burst of load from other users of the
    machine moves one round's figures, not the result. The first round also checks that both
    engines wrote the same bytes."""
    pm = policymine_cmd()
    texts = text_copy(corpus, tmp / "corpus-text")
    jieba_text = [sys.executable, "-c", _BARE_JIEBA, str(texts), str(tmp)]
    jieba_raw = [sys.executable, "-c", _BARE_JIEBA, str(corpus), str(tmp)]
    extract = [*pm, "extract", str(corpus), "-f", "jsonl", "-q"]
    _run_quiet(jieba_text)  # warm-up: jieba's own cache in tmp, the page cache
    fast_ok = _fast_engine_builds()
    rounds, identical = [], None
    for r in range(pairs):
        t = {"jieba_text": _run_quiet(jieba_text), "jieba_raw": _run_quiet(jieba_raw)}
        if r == 0:
            t["default1"], h_default = _run_hashed([*extract, "--jobs", "1"])
            if fast_ok:
                t["fast1"], h_fast = _run_hashed([*extract, "--jobs", "1", "--engine", "fast"])
                identical = h_default == h_fast
        else:
            t["default1"] = _run_quiet([*extract, "--jobs", "1"])
            if fast_ok:
                t["fast1"] = _run_quiet([*extract, "--jobs", "1", "--engine", "fast"])
        if jobs:
            t["default2"] = _run_quiet([*extract, "--jobs", "2"])
            if fast_ok:
                t["fast2"] = _run_quiet([*extract, "--jobs", "2", "--engine", "fast"])
        rounds.append(t)
        log(f"whole processes, round {r + 1}/{pairs}: " + ", ".join(f"{k} {v:.1f} s" for k, v in t.items()))
    med = statistics.median

    def ratio(num: str, den: str):
        if not all(num in t and den in t for t in rounds):
            return None
        return med(t[num] / t[den] for t in rounds)

    return {
        "whole_rounds": rounds,
        # speed of whole-process extract (--jobs 1) over whole-process bare jieba.lcut: >1 is faster;
        # the baseline segments the pages' text (the fair one), or the raw files (markup too)
        "whole_extract_over_jieba": ratio("jieba_text", "default1"),
        "whole_extract_over_jieba_raw": ratio("jieba_raw", "default1"),
        "fast_engine": ratio("jieba_text", "fast1"),
        "fast_engine_raw": ratio("jieba_raw", "fast1"),
        "fast_over_default": ratio("default1", "fast1"),
        "fast_records_identical": identical,
        "jobs_speedup": ratio("default1", "default2"),
        "jobs_speedup_fast": ratio("fast1", "fast2"),
        "jobs_s": {"1": med(t["default1"] for t in rounds), "2": med(t["default2"] for t in rounds)} if jobs else None,
    }


def _fast_engine_builds() -> bool:
    """Does ``--engine fast`` run here (a compiler, or an installed build)?"""
    proc = subprocess.run([*policymine_cmd(), "segment", "--engine", "fast", "-"], input="兰州市科技局".encode(),
                          capture_output=True)
    ok = proc.returncode == 0 and b"engine" not in proc.stderr
    if not ok:
        log(f"the fast engine does not run here: {proc.stderr.decode(errors='replace').strip()[:300]}")
    return ok


# runs in a fresh interpreter, so RUSAGE_CHILDREN sees policymine and nothing else
_RSS_CHILD = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    cmd, label, expected = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    n, last = 0, t0
    while True:
        chunk = proc.stdout.read(1 << 16)
        if not chunk:
            break
        n += chunk.count(b"\\n")
        now = time.perf_counter()
        if now - last >= 15:
            last = now
            print(f"[bench] rss {label}: {n}/{expected} records, {now - t0:.0f} s", file=sys.stderr, flush=True)
    rc = proc.wait()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rc": rc, "records": n, "seconds": time.perf_counter() - t0, "maxrss_kb": usage.ru_maxrss}))
    """
)


def measure_rss(corpus: Path, n_files: int, label: str) -> dict:
    # stdout is read through a pipe (not -o /dev/null): the records are counted for the progress lines
    cmd = [*policymine_cmd(), "extract", str(corpus), "-f", "jsonl", "-q"]
    log(f"memory: extract {label} corpus ({n_files} files) ...")
    proc = subprocess.run([sys.executable, "-c", _RSS_CHILD, json.dumps(cmd), label, str(n_files)],
                          stdout=subprocess.PIPE, text=True)
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    if res["rc"] != 0 or res["records"] != n_files:
        raise SystemExit(f"memory run on {label}: exit {res['rc']}, {res['records']}/{n_files} records")
    mb = res["maxrss_kb"] / 1024  # Linux: ru_maxrss is in KB
    log(f"  {label}: peak RSS {mb:.1f} MB in {res['seconds']:.0f} s")
    return {"rss_mb": mb, "seconds": res["seconds"]}


def measure_startup(seed: Path, runs: int = 5) -> dict:
    pm = policymine_cmd()
    cases = {
        "help": [*pm, "--help"],
        "normalize": [*pm, "normalize", str(seed), "-q"],
        "extract": [*pm, "extract", str(seed), "-f", "jsonl", "-q"],
        "extract_fast": [*pm, "extract", str(seed), "-f", "jsonl", "-q", "--engine", "fast"],
    }
    out = {}
    for name, cmd in cases.items():
        _run_quiet(cmd, timeout=120)  # warm-up: page cache, jieba's dictionary cache
        out[name] = statistics.median(_run_quiet(cmd, timeout=120) for _ in range(runs))
        log(f"startup: {name:<10} median {out[name]:.3f} s of {runs}")
    return out


# --------------------------------------------------------------------------- #
# report
# --------------------------------------------------------------------------- #


def _fmt(v, spec: str = ",.1f", none: str = "skipped") -> str:
    return none if v is None else format(v, spec)


def print_table(r: dict) -> None:
    w = 34
    lines = [
        "policymine benchmark",
        f"  python {r['python']}, {r['cpus']} CPUs, policymine {r['version']}",
        f"  corpus: {r['corpus_mb']:.1f} MB in {r['corpus_files']} files (copies of {r['page_count']} different pages)",
        f"  stage sample: {r['sample_kb']:,.0f} KB in {r['sample_files']} pages"
        + (", span caches cleared per page" if r["cold_caches"] else ", span caches kept"),
        "",
        f"{'stage (KB of pages / s)':<{w}}{'KB/s':>12}",
    ]
    for k, v in r["stages_kbps"].items():
        lines.append(f"  {k:<{w - 2}}{v:>12,.1f}")
    lines.append(f"  {'jieba.lcut (reference)':<{w - 2}}{r['jieba_kbps']:>12,.1f}")
    lines.append("")
    lines.append(f"{'extractor own share (KB/s)':<{w}}{'KB/s':>12}")
    for k, v in r["extractor_own_kbps"].items():
        lines.append(f"  {k:<{w - 2}}{_fmt(v, ',.1f', 'in noise'):>12}")
    lines += [
        "",
        f"{'extract_over_jieba (KB/s ratio)':<{w}}{r['extract_over_jieba']:>12.2f}",
        "whole processes, speed over bare jieba.lcut (median of paired rounds); jieba on the pages' text (raw files)",
        f"{'  extract, default engine':<{w}}{_fmt(r['whole_extract_over_jieba'], '.2f'):>12}"
        f"   ({_fmt(r.get('whole_extract_over_jieba_raw'), '.2f')})",
        f"{'  extract, fast engine':<{w}}{_fmt(r['fast_engine'], '.2f', 'no engine'):>12}"
        f"   ({_fmt(r.get('fast_engine_raw'), '.2f', 'no engine')})",
        f"{'  fast / default':<{w}}{_fmt(r.get('fast_over_default'), '.2f', 'no engine'):>12}"
        f"   records identical: {r.get('fast_records_identical')}",
        f"{'jobs_speedup (--jobs 1 / --jobs 2)':<{w}}{_fmt(r['jobs_speedup'], '.2f'):>12}"
        + (f"   ({r['jobs_s']['1']:.1f} s / {r['jobs_s']['2']:.1f} s)" if r.get("jobs_s") else "")
        + (f"   fast engine: {r['jobs_speedup_fast']:.2f}" if r.get("jobs_speedup_fast") else ""),
        f"{'peak RSS, 10 MB corpus (MB)':<{w}}{_fmt(r['rss_mb_10']):>12}",
        f"{'peak RSS, 100 MB corpus (MB)':<{w}}{_fmt(r['rss_mb_100']):>12}",
        f"{'rss_ratio (100 MB / 10 MB)':<{w}}{_fmt(r['rss_ratio'], '.2f'):>12}",
        "",
        f"{'start-up, median of 5 (s)':<{w}}{'s':>12}",
    ]
    for k, v in r["startup_s"].items():
        lines.append(f"  {'policymine ' + k:<{w - 2}}{v:>12.3f}")
    lines.append(f"\ntotal benchmark time {r['bench_seconds']:.0f} s. Quote ratios, not absolute times: the machine is shared.")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=20, help="corpus size for the --jobs runs (default 20)")
    ap.add_argument("--stage-mb", type=float, default=None,
                    help="how much of the corpus the in-process stage timings use (default: min(size, 2))")
    ap.add_argument("--json", action="store_true", help="print a JSON object instead of the table")
    ap.add_argument("--skip-memory", action="store_true", help="skip the 10 MB / 100 MB peak-RSS runs (minutes)")
    ap.add_argument("--skip-jobs", action="store_true", help="skip the --jobs 2 runs")
    ap.add_argument("--skip-whole", action="store_true", help="skip the whole-process runs (jieba, both engines, --jobs)")
    ap.add_argument("--warm-caches", action="store_true",
                    help="keep per-span memo caches between pages (flatters repeated pages)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus folder")
    ap.add_argument("--pairs", type=int, default=3, help="rounds of the whole-process runs (default 3)")
    ap.add_argument("--save", default=str(ROOT / "benchmarks" / "last-run.json"),
                    help="where the figures are saved as JSON (default benchmarks/last-run.json; '' for nowhere)")
    args = ap.parse_args(argv)

    import policymine

    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="policymine-bench-"))
    try:
        corpus_dir = tmp / "corpus"
        files = build_corpus(corpus_dir, int(args.size_mb * MB))
        log(f"corpus: {len(files)} files, {corpus_bytes(files) / MB:.1f} MB in {corpus_dir}")

        stage_bytes = int((args.stage_mb if args.stage_mb is not None else min(args.size_mb, 2)) * MB)
        sample, acc = [], 0
        for p in files:
            if acc >= stage_bytes:
                break
            sample.append(p)
            acc += p.stat().st_size

        result: dict = {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "version": policymine.__version__,
            "corpus_mb": corpus_bytes(files) / MB,
            "corpus_files": len(files),
            "page_count": len(corpus_pages()),
            "cold_caches": not args.warm_caches,
        }
        result |= measure_stages(sample, cold=not args.warm_caches, tmp=tmp)

        result |= {"jobs_speedup": None, "jobs_speedup_fast": None, "jobs_s": None, "whole_extract_over_jieba": None,
                   "whole_extract_over_jieba_raw": None, "fast_engine": None, "fast_engine_raw": None,
                   "fast_over_default": None, "fast_records_identical": None, "whole_rounds": None}
        if not args.skip_whole:
            result |= measure_whole(corpus_dir, tmp, args.pairs, jobs=not args.skip_jobs)

        result |= {"rss_mb_10": None, "rss_mb_100": None, "rss_ratio": None}
        if not args.skip_memory:
            c10 = build_corpus(tmp / "corpus10", 10 * MB)
            result["rss_mb_10"] = measure_rss(tmp / "corpus10", len(c10), "10 MB")["rss_mb"]
            shutil.rmtree(tmp / "corpus10")
            c100 = build_corpus(tmp / "corpus100", 100 * MB)
            result["rss_mb_100"] = measure_rss(tmp / "corpus100", len(c100), "100 MB")["rss_mb"]
            shutil.rmtree(tmp / "corpus100")
            result["rss_ratio"] = result["rss_mb_100"] / result["rss_mb_10"]

        result["startup_s"] = measure_startup(sorted(SEEDS.glob("*.txt"))[0])
        result["bench_seconds"] = time.perf_counter() - t_start
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if args.save:
        Path(args.save).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"saved {args.save}")
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
