"""Do two versions of policymine give the same records? ``extract --format jsonl`` with each, byte for byte.

Usage (from the project root)::

    python tools/same_records.py main                      # this checkout against the branch main
    python tools/same_records.py 1d7e85f seeds tests/cases  # against a commit, on chosen folders
    python tools/same_records.py --base-src /tmp/old/src    # against a source tree

The base is a git commit (exported with ``git archive`` to a temporary folder) or a ``src``
folder; the new side is this checkout's ``src``. Without folders it reads the seeds,
``tests/cases``, ``tests/corpus/docs``, ``tests/docmeta/docs`` and, when ../shared is there,
the dev pages. Each side runs twice, with an empty cache folder and then with the cache the
first run left (``XDG_CACHE_HOME``), so a start from cached state is checked too. Exit 0 when
all four outputs are the same bytes; otherwise the first differing record of each side is
shown and the exit status is 1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ["seeds", "tests/cases", "tests/corpus/docs", "tests/docmeta/docs", "../shared/dev/docs"]


def export(ref: str, into: Path) -> Path:
    """The ``src`` folder of commit ``ref``, written under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def extract(src: Path, folders: list[str], cache: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(src), XDG_CACHE_HOME=str(cache))
    proc = subprocess.run([sys.executable, "-m", "policymine", "extract", "--format", "jsonl", "-q", *folders],
                          cwd=ROOT, env=env, capture_output=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract with {src} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout


def first_difference(a: bytes, b: bytes) -> str:
    for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False)):
        if x != y:
            return f"record {i + 1}:\n  base: {x[:600].decode(errors='replace')}\n  new:  {y[:600].decode(errors='replace')}"
    return f"{len(a.splitlines())} records against {len(b.splitlines())}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref", nargs="?", default="main", help="git commit or branch of the base (default: main)")
    ap.add_argument("folders", nargs="*", help="inputs (default: the seeds, test pages and dev pages)")
    ap.add_argument("--base-src", help="a src folder to use as the base instead of a commit")
    args = ap.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_SETS if (ROOT / f).exists()]
    with tempfile.TemporaryDirectory(prefix="same-records-") as tmp:
        tmp = Path(tmp)
        base_src = Path(args.base_src) if args.base_src else export(args.ref, tmp)
        outputs = {}
        for side, src in (("base", base_src), ("new", ROOT / "src")):
            cache = tmp / f"cache-{side}"
            outputs[f"{side} (empty cache)"] = extract(src, folders, cache)
            outputs[f"{side} (warm cache)"] = extract(src, folders, cache)
    names = list(outputs)
    reference = outputs[names[0]]
    n = len(reference.splitlines())
    same = True
    for name in names[1:]:
        if outputs[name] != reference:
            same = False
            print(f"DIFFERENT: {name} against {names[0]}: {first_difference(reference, outputs[name])}")
    if same:
        print(f"identical: {n} records ({len(reference)} bytes) from {', '.join(folders)}; {', '.join(names)}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
