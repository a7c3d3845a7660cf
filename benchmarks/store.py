#!/usr/bin/env python
"""What the corpus store costs: writing it beside extracting, and how fast ``search`` answers.

    python benchmarks/store.py                 # 20 MB corpus
    python benchmarks/store.py --size-mb 5

The corpus is built in a temporary folder from renamed copies of the seeds, tests/corpus/docs
and ../shared/dev/docs (when present) until it reaches the size asked. Then, in one process:

1. ``extract -o corpus.db`` as it runs, in one process: each record extracted, then written
   into the store, the two timed apart (``write_share_of_extract``);
2. writing the same records again from memory, alone: into a new store, into the same store
   (every document unchanged), and into a new store from records without the body's words
   (the writer cuts the bodies itself, as when records come from a JSONL file);
3. ``search`` on the store: the median time of each query (the query cut, FTS5 matched, 20
   results with their snippets), a warm segmenter, 20 runs each;
4. ``policymine search`` as a command (start-up, loading jieba's dictionary, then the query).

The machine is shared: quote the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
QUERIES = ("揭榜挂帅", "新质生产力", "科技创新", "高新技术企业 AND 兰州", '"科技成果转化"', "创新*", "新质生产力 AND 2024",
           "政产学研金介用 OR 产学研")  # fmt: skip


def build_corpus(folder: Path, size: int) -> int:
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted(p for p in (ROOT / "tests/corpus/docs").glob("*") if p.is_file())
    dev = ROOT.parent / "shared" / "dev" / "docs"
    if dev.is_dir():
        pages += sorted(p for p in dev.glob("*") if p.is_file())
    total, i = 0, 0
    folder.mkdir(parents=True, exist_ok=True)
    while total < size:
        src = pages[i % len(pages)]
        dst = folder / f"r{i // len(pages):03d}_{src.name}"
        shutil.copyfile(src, dst)
        total += dst.stat().st_size
        i += 1
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=float, default=20)
    args = ap.parse_args()
    from policymine.pipeline import Options, iter_records
    from policymine.search import Index, search_store
    from policymine.segment import get_segmenter
    from policymine.store import connect_readonly, write_store

    tmp = Path(tempfile.mkdtemp(prefix="pm-store-bench-"))
    try:
        size = build_corpus(tmp / "corpus", int(args.size_mb * 1024 * 1024))
        seg = get_segmenter()
        # 1. extract -o corpus.db as it runs: each record extracted, then handed to the store;
        # the two timed apart, in the same minutes (the machine's load falls on both alike)
        from policymine.store import Store

        db = tmp / "corpus.db"
        extract_s = write_s = 0.0
        records = []
        st = Store(db, segmenter=seg)
        stream = iter_records([str(tmp / "corpus")], Options(tokens=True))
        while True:
            t = time.perf_counter()
            rec = next(stream, None)
            t1 = time.perf_counter()
            extract_s += t1 - t
            if rec is None:
                break
            st.add(rec)
            write_s += time.perf_counter() - t1
            records.append(rec)
        t = time.perf_counter()
        first = st.close()
        write_s += time.perf_counter() - t
        # 2. writing alone, from the records in memory (kept out of the garbage collector's
        # walks: a streaming run does not hold them), into a new store and again into it
        import gc

        gc.freeze()
        db1 = tmp / "again.db"
        t = time.perf_counter()
        write_store(records, db1, segmenter=seg)
        alone_s = time.perf_counter() - t
        t = time.perf_counter()
        second = write_store(records, db, segmenter=seg)
        rewrite_s = time.perf_counter() - t
        for r in records:  # the store's writer cuts the bodies itself when records come without words
            r.pop("_tokens", None)
        db2 = tmp / "untokenized.db"
        t = time.perf_counter()
        write_store(records, db2, segmenter=seg)
        untok_s = time.perf_counter() - t

        con = connect_readonly(db)
        index = Index(seg)
        latency = {}
        for q in QUERIES:
            times, n = [], 0
            for _ in range(20):
                t = time.perf_counter()
                n = len(list(search_store(con, index, q, limit=20)))
                times.append(time.perf_counter() - t)
            latency[q] = {"median_ms": round(statistics.median(times) * 1000, 2), "max_ms": round(max(times) * 1000, 2),
                          "results": n}  # fmt: skip
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        cli = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "policymine", "search", str(db), "揭榜挂帅", "-f", "jsonl", "-q"],
                           check=True, capture_output=True, env=env)  # fmt: skip
            cli.append(time.perf_counter() - t)
        out = {
            "corpus_mb": round(size / 1024 / 1024, 1), "documents": len(records), "store_mb": round(db.stat().st_size / 1024 / 1024, 1),
            "extract_s": round(extract_s, 2), "write_s": round(write_s, 2), "write_share_of_extract": round(write_s / extract_s, 4),
            "write_alone_s": round(alone_s, 2), "write_alone_share": round(alone_s / extract_s, 4),
            "rewrite_unchanged_s": round(rewrite_s, 2), "rewrite_unchanged_counts": [second.new, second.replaced, second.unchanged],
            "write_without_words_s": round(untok_s, 2), "write_without_words_share": round(untok_s / extract_s, 4),
            "first_write_counts": [first.new, first.replaced, first.unchanged],
            "search_latency": latency, "cli_search_s": [round(x, 2) for x in cli],
        }  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
