"""The quality gate of document metadata: official documents with gold records written by reading them.

``tests/docmeta/gold/<name>.json`` holds the gold fields of one official document, whose page is
``tests/docmeta/docs/<name>.*``, ``tests/corpus/docs/<name>.*``, ``tests/html_bench/pages/<name>.*`` or
``../shared/dev/docs/<name>.*``
(pages of ../shared are skipped when it is absent). Every other page of ``tests/corpus/docs``,
``../shared/dev/docs``, ``tests/html_bench/pages`` and ``seeds/`` is no official document: its fields must stay empty
(``clean``: the share of them that do). A gold record ``{"official": false}`` marks a page of
``tests/docmeta/docs`` that is no official document (a news report of one, a reading of a bulletin):
it counts among those pages, in ``clean``.

    python tests/docmeta_gate.py            # the figures beside their floors, and each miss
    python tests/docmeta_gate.py --update   # raise the floors to today's figures

A figure is the share of official documents whose field equals the gold exactly (a null gold
wants a null). Floors are pinned in ``tests/docmeta/baseline.json``; ``--update`` never lowers
one unless ``--allow-regression`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE / "docmeta"
BASELINE = ROOT / "baseline.json"
PAGE_DIRS = (ROOT / "docs", HERE / "corpus" / "docs", HERE.parent.parent / "shared" / "dev" / "docs",
             HERE / "html_bench" / "pages")
FIELDS = ("doc_number", "issuers", "doc_type", "issued_type", "signed", "published", "effective",
          "index_number", "level", "region")
# a page that is no official document gets no field at all
EMPTY = {f: [] if f in ("issuers", "region") else None for f in FIELDS}


def _golds() -> list[tuple[Path, dict]]:
    """``(page, gold)`` of every gold record whose page is here (official or not)."""
    out = []
    for g in sorted((ROOT / "gold").glob("*.json")):
        page = next((p for d in PAGE_DIRS if d.is_dir() for p in sorted(d.glob(g.stem + ".*"))), None)
        if page is not None:
            out.append((page, json.loads(g.read_text(encoding="utf-8"))))
    return out


def gold_pages() -> list[tuple[Path, dict]]:
    """``(page, gold)`` of every official document whose page is here."""
    return [(p, g) for p, g in _golds() if g.get("official", True)]


def plain_pages() -> list[Path]:
    """The pages of the corpus, the dev set (when here) and the seeds that are no official document,
    and the pages of this set whose gold says they are none (``"official": false``)."""
    official = {g.stem for g in (ROOT / "gold").glob("*.json")}
    dirs = (HERE / "corpus" / "docs", PAGE_DIRS[2], HERE.parent / "seeds", PAGE_DIRS[3])
    plain = [p for d in dirs if d.is_dir() for p in sorted(d.iterdir()) if p.is_file() and p.stem not in official]
    return plain + [p for p, g in _golds() if not g.get("official", True)]


def misses() -> tuple[dict[str, float], list[tuple[str, str, object, object]]]:
    """The figures, and every ``(page, field, got, want)`` that is wrong."""
    import policymine

    pairs = gold_pages()
    wrong: list[tuple[str, str, object, object]] = []
    right = dict.fromkeys(FIELDS, 0)
    # the held-out sets: gold written after the rules were (a figure per set)
    held: dict[str, dict[str, int]] = {}
    sizes: dict[str, int] = {}
    for rec, (page, gold) in zip(policymine.extract_paths([str(p) for p, _ in pairs]), pairs):
        part = gold.get("set", "")
        if part.startswith("held-out"):
            sizes[part] = sizes.get(part, 0) + 1
            held.setdefault(part, dict.fromkeys(FIELDS, 0))
        for f in FIELDS:
            if rec.get(f) == gold.get(f):
                right[f] += 1
                if part in held:
                    held[part][f] += 1
            else:
                wrong.append((page.stem, f, rec.get(f), gold.get(f)))
    figs = {f: right[f] / len(pairs) for f in FIELDS} if pairs else {}
    for part, counts in held.items():
        figs |= {f"{part} {f}": counts[f] / sizes[part] for f in FIELDS}
        figs[f"n_{part}"] = sizes[part]
    plain = plain_pages()
    clean = 0
    for rec, page in zip(policymine.extract_paths([str(p) for p in plain]), plain):
        if all(rec.get(k) == v for k, v in EMPTY.items()):
            clean += 1
        else:
            wrong.append((page.stem, "not official", {k: rec.get(k) for k in EMPTY}, None))
    if plain:
        figs["clean"] = clean / len(plain)
        figs["n_plain"] = len(plain)
    figs["n_official"] = len(pairs)
    return {k: round(v, 4) for k, v in figs.items()}, wrong


def figures() -> dict[str, float]:
    return misses()[0]


def floors() -> dict[str, float]:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: let a floor come down")
    args = ap.parse_args()
    got, wrong = misses()
    old = floors()
    for name, field, have, want in wrong:
        print(f"  {name}: {field}: got {have!r}, want {want!r}")
    status = 0
    for k in sorted(got):
        if k.startswith("n_"):
            continue
        mark = "  BELOW" if k in old and got[k] < old[k] - 1e-9 else ""
        print(f"{k:14} {got[k]:.4f}  floor {old.get(k, '-')}{mark}")
        status |= bool(mark)
    held = ", ".join(f"{k[2:]} {v}" for k, v in got.items() if k.startswith("n_held"))
    print(f"official documents: {got.get('n_official', 0)} ({held}); "
          f"other pages: {got.get('n_plain', 0)}")
    if args.update:
        new = dict(old)
        for k, v in got.items():
            if not k.startswith("n_") and (k not in old or v >= old[k] or args.allow_regression):
                new[k] = v
        BASELINE.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
