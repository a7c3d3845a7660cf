"""The quality gate over real pages: ``tests/corpus/`` (and ``../shared/dev/`` when present).

Each set is extracted as a user would (``policymine.extract_paths``) and scored with
:mod:`seedscore` (the referee's matching rules). ``tests/corpus/baseline.json`` pins a floor
per figure; ``tests/test_corpus_gate.py`` fails when a figure falls below its floor.

    python tests/corpus_gate.py            # print the figures beside their floors
    python tests/corpus_gate.py --update   # raise the floors to today's figures

``--update`` never lowers a floor unless ``--allow-regression`` is given: a floor comes down
only on purpose, in a commit that says why (trafilatura's evaluation gate is the model).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from seedscore import score  # noqa: E402

BASELINE = HERE / "corpus" / "baseline.json"
SETS = {
    "corpus": (HERE / "corpus" / "docs", HERE / "corpus" / "gold"),
    "dev": (HERE.parent.parent / "shared" / "dev" / "docs", HERE.parent.parent / "shared" / "dev" / "gold"),
}


def available() -> dict[str, tuple[Path, Path]]:
    return {name: dirs for name, dirs in SETS.items() if dirs[0].is_dir() and dirs[1].is_dir()}


def figures(name: str) -> dict[str, float]:
    import policymine

    docs, gold = SETS[name]
    return {k: round(v, 4) for k, v in score(list(policymine.extract_paths([str(docs)])), gold).items()}


def floors() -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: let a floor come down")
    args = ap.parse_args()
    pinned = floors()
    out = dict(pinned)
    status = 0
    for name in available():
        got = figures(name)
        old = pinned.get(name, {})
        print(f"== {name}")
        for k in sorted(got):
            mark = "  BELOW" if k in old and got[k] < old[k] else ""
            status |= bool(mark)
            print(f"  {k:16} {got[k]:.4f}   floor {old.get(k, float('nan')):.4f}{mark}")
        if args.update:
            new = {k: (got[k] if args.allow_regression else max(got[k], old.get(k, 0.0))) for k in got}
            out[name] = dict(sorted(new.items()))
    if args.update:
        BASELINE.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return status


if __name__ == "__main__":
    sys.exit(main())
