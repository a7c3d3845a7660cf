"""The quality gate of numbered units: real official documents with gold units written by reading them.

``tests/units_gold/gold/<name>.json`` holds the gold units of one real page (``"page"``: its path in
this checkout): the ordered list ``[id, number, level, heading]`` of every unit the document's
numbering makes (the id without the ``doc:`` prefix; the number and heading as the page writes
them, in its script: the gate puts them through policymine's normalisation, as the body is). A
fifth element ``"optional"`` marks a unit that starts after the page's last complete line (the
store cuts pages at about 2 KB, and a cleaned body may end before a cut-off line). Conventions:
``tests/units_gold/SOURCES.md``.

    python tests/units_gate.py            # the figures beside their floors, and each miss
    python tests/units_gate.py --update   # raise the floors to today's figures

Figures: ``exact`` is the share of documents whose units equal the gold exactly (ids, numbers,
levels, headings, in order); ``units`` is the mean over documents of the share of units right
(a unit of the output equal to a gold unit, over the larger of the two counts). Floors are pinned
in ``tests/units_gold/baseline.json``; ``--update`` never lowers one unless ``--allow-regression``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE / "units_gold"
BASELINE = ROOT / "baseline.json"
REPO = HERE.parent

Row = tuple[str, str, int, str]


def gold_docs() -> list[tuple[str, Path, list[list]]]:
    """``(name, page, gold units)`` of every gold document."""
    return [(name, page, units) for name, page, units, _ in _gold()]


def _gold() -> list[tuple[str, Path, list[list], str]]:
    out = []
    for g in sorted((ROOT / "gold").glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        out.append((g.stem, REPO / data["page"], data["units"], data.get("set", "tuning")))
    return out


def got_units(page: Path) -> list[Row]:
    """What ``policymine units`` gives for ``page``: ``(id without doc, number, level, heading)``."""
    from policymine.pipeline import Options, process_path
    from policymine.units import split_units

    rec = process_path(str(page), Options(extractors=(), keywords=0))
    body = rec["body"] or ""
    return [(u.id.split(":", 1)[1], u.number, u.level, u.heading) for u in split_units(body, str(rec["id"]))]


def _norm(s: str) -> str:
    from policymine.normalize import normalize

    return normalize(s).text if s else s


def want_units(gold: list[list], got: list[Row]) -> list[Row]:
    """The gold rows, normalised as a body is, less the optional ones the output does not have."""
    have = {(g[0], g[1]) for g in got}
    out = []
    for row in gold:
        r = (row[0], _norm(row[1]), int(row[2]), _norm(row[3]))
        if len(row) > 4 and row[4] == "optional" and (r[0], r[1]) not in have:
            continue
        out.append(r)
    return out


def score(gold: list[list], got: list[Row]) -> tuple[bool, float, list[Row], list[Row]]:
    """``(exact, share of units right, missing gold rows, extra output rows)``."""
    want = want_units(gold, got)
    ws, gs = set(want), set(got)
    right = len(ws & gs)
    share = right / max(len(want), len(got)) if (want or got) else 1.0
    return want == got, share, [w for w in want if w not in gs], [g for g in got if g not in ws]


def figures(report: list | None = None) -> dict[str, float]:
    """``exact`` and ``units`` over every document, and ``<set>.exact`` for each set that is
    not the tuning set (gold written after the rules were)."""
    docs = _gold()
    exact, shares = 0, []
    by_set: dict[str, list[bool]] = {}
    for name, page, gold, group in docs:
        got = got_units(page)
        ok, share, missing, extra = score(gold, got)
        exact += ok
        shares.append(share)
        by_set.setdefault(group, []).append(ok)
        if report is not None:
            report.append((name, ok, share, missing, extra))
    n = len(docs) or 1
    out = {"exact": round(exact / n, 4), "units": round(sum(shares) / n, 4), "documents": len(docs)}
    for group, oks in sorted(by_set.items()):
        if group != "tuning":
            out[f"{group}.exact"] = round(sum(oks) / len(oks), 4)
    return out


def floors() -> dict[str, float]:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: lower floors too")
    ap.add_argument("-q", "--quiet", action="store_true", help="figures only, no misses")
    args = ap.parse_args(argv)
    report: list = []
    got = figures(report)
    if not args.quiet:
        for name, ok, share, missing, extra in report:
            print(f"{'OK  ' if ok else 'MISS'} {share:6.3f}  {name}")
            for m in missing:
                print(f"        want {m}")
            for e in extra:
                print(f"        got  {e}")
    base = floors()
    for k in ("exact", "units"):
        print(f"{k:6} {got[k]:.4f}  floor {base.get(k, 0.0):.4f}  ({got['documents']} documents)")
    for k in sorted(x for x in got if x.endswith(".exact")):
        print(f"{k} {got[k]:.4f}")
    if args.update:
        new = {k: (got[k] if args.allow_regression else max(got[k], base.get(k, 0.0))) for k in ("exact", "units")}
        BASELINE.write_text(json.dumps(new, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE}")
    below = [k for k in ("exact", "units") if got[k] < base.get(k, 0.0) - 1e-9]
    return 1 if below else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
