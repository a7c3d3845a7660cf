#!/usr/bin/env python
"""The C++ OpenCC (``policymine[opencc]``) against policymine's Python converter.

    python benchmarks/opencc_speed.py                    # 5 MB of traditional text, 3 rounds of extract
    python benchmarks/opencc_speed.py --size-mb 1 --rounds 1 --json

1. ``convert`` with each configuration on SIZE MB of traditional text (``s2t``: its simplified
   conversion): the traditional pages of the seeds, ``tests/cases``, the test corpus and the dev
   pages (when ../shared is there), joined and repeated; median of 5, outputs compared.
2. ``to_simplified`` on those pages as the pipeline hands them over (markup read, whitespace
   tidied), one call a page.
3. whole processes: ``extract --converter python`` and ``--converter opencc`` in turn, ROUNDS
   times, on a folder of those pages copied to about 2 MB; CPU and wall time, outputs compared.

The machine is shared: quote ratios, and CPU time rather than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIRS = [ROOT / "seeds", ROOT / "tests" / "cases", ROOT / "tests" / "corpus" / "docs", ROOT.parent / "shared" / "dev" / "docs"]


def traditional_pages() -> list[Path]:
    from policymine.convert import detect_script

    out = []
    for d in DIRS:
        for p in sorted(d.rglob("*")) if d.is_dir() else ():
            try:
                text = p.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            if detect_script(text) == "traditional":
                out.append(p)
    return out


def median_time(fn, arg, n: int = 5):
    times, out = [], None
    for _ in range(n):
        t = time.process_time()
        out = fn(arg)
        times.append(time.process_time() - t)
    return statistics.median(times), out


def conversion(pages: list[Path], size_mb: float) -> dict:
    from policymine import convert as cv
    from policymine import opencc_cpp as oc

    unit = "\n".join(p.read_text(encoding="utf-8") for p in pages) + "\n"
    simp = cv._chain("t2s").convert(unit)
    trad = unit * max(1, round(size_mb * 1e6 / len(unit.encode("utf-8"))))
    simp = simp * max(1, round(size_mb * 1e6 / len(simp.encode("utf-8"))))
    out = {"mb": round(len(trad.encode("utf-8")) / 1e6, 2)}
    for config in cv.CONFIGS:
        text = simp if config == "s2t" else trad
        fast = oc.converter(config)
        if fast is None:
            return {"error": oc.status(config)[1]}
        tp, a = median_time(cv._chain(config).convert, text)
        tw, b = median_time(fast, text)
        out[config] = {"python_s": round(tp, 3), "opencc_s": round(tw, 3), "ratio": round(tp / tw, 2), "identical": a == b}
    return out


def per_page(pages: list[Path]) -> dict:
    from policymine import convert as cv
    from policymine import markup
    from policymine import opencc_cpp as oc
    from policymine.normalize import strip_pinyin, tidy_whitespace

    texts = [strip_pinyin(tidy_whitespace(markup.read_page(p.read_text(encoding="utf-8"), None).text)) for p in pages]

    def run(_):
        return [cv.to_simplified(t) for t in texts]

    oc.set_choice("python")
    tp, a = median_time(run, None, 9)
    oc.set_choice("auto")
    tw, b = median_time(run, None, 9)
    td, _ = median_time(lambda _: [cv.detect_script(t) for t in texts], None, 9)
    return {"pages": len(texts), "chars": sum(map(len, texts)), "python_s": round(tp, 4), "opencc_s": round(tw, 4),
            "ratio": round(tp / tw, 2), "identical": a == b, "detect_script_s": round(td, 4)}  # fmt: skip


def whole(pages: list[Path], rounds: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="policymine-opencc-"))
    try:
        size, n = 0, 0
        while size < 2_000_000:
            for p in pages:
                shutil.copy(p, tmp / f"{n:05d}_{p.name}")
                n += 1
                size += p.stat().st_size
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
        runs: dict[str, list[tuple[float, float]]] = {"python": [], "opencc": []}
        outs: dict[str, str] = {}
        for _ in range(rounds):
            for choice in runs:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                proc = subprocess.run([sys.executable, "-m", "policymine", "extract", str(tmp), "-j", "1", "-f", "jsonl", "-q",
                                       "--converter", choice], capture_output=True, text=True, env=env, check=True)  # fmt: skip
                wall = time.perf_counter() - t
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                runs[choice].append((cpu, wall))
                outs[choice] = proc.stdout
        cpu_ratio = statistics.median(p[0] / o[0] for p, o in zip(runs["python"], runs["opencc"]))
        return {"files": n, "mb": round(size / 1e6, 2), "rounds": rounds,
                "python_cpu_s": round(statistics.median(c for c, _ in runs["python"]), 2),
                "opencc_cpu_s": round(statistics.median(c for c, _ in runs["opencc"]), 2),
                "python_wall_s": round(statistics.median(w for _, w in runs["python"]), 2),
                "opencc_wall_s": round(statistics.median(w for _, w in runs["opencc"]), 2),
                "cpu_ratio_paired": round(cpu_ratio, 3), "identical": outs["python"] == outs["opencc"]}  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=5.0, help="traditional text converted in part 1 (default 5)")
    ap.add_argument("--rounds", type=int, default=3, help="paired whole-process runs in part 3 (0: skip; default 3)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from policymine import opencc_cpp as oc

    name, version = oc.status("t2s")
    if name != "opencc":
        print(f"the C++ OpenCC is not usable: {version}", file=sys.stderr)
        return 1
    pages = traditional_pages()
    result = {"opencc": version, "traditional_pages": len(pages), "convert": conversion(pages, args.size_mb),
              "to_simplified_per_page": per_page(pages)}  # fmt: skip
    if args.rounds:
        result["extract"] = whole(pages, args.rounds)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
