"""Body extraction on saved web pages: policymine against Readability and trafilatura.

    python benchmarks/html_body.py                 # policymine, and the others when installed
    python benchmarks/html_body.py --json          # the figures as JSON

The pages and their labels are in ``tests/html_bench/`` (30 saved Chinese news and government
pages from GeneralNewsExtractor's test set, labelled by reading them: ``first``/``last`` words of
the article body, phrases it ``must`` hold, boilerplate it must ``drop``). Each page's gold body is
its visible text (rendered by :func:`policymine.markup.html_to_text`) from ``first`` to ``last``;
an extractor's body is scored by character F1 against it (characters as a multiset, white space
left out, both sides normalised as policymine normalises text) and is *right* when it starts with
``first``, ends with ``last``, holds every ``must`` and no ``drop``. Readability (readability-lxml)
and trafilatura are scored the same way when they are importable; they are not dependencies.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "tests" / "html_bench"


def squash(s: str) -> str:
    from policymine import normalize_text

    return "".join(normalize_text(s or "").split())


def gold_body(html: str, gold: dict) -> str:
    from policymine.markup import html_to_text

    full = squash(html_to_text(html).text)
    first, last = squash(gold["first"]), squash(gold["last"])
    i = full.find(first)
    j = full.rfind(last)
    if i < 0 or j < i:
        raise ValueError(f"{gold['page']}: first/last not found in the rendered page")
    return full[i : j + len(last)]


def char_f1(pred: str, gold: str) -> float:
    p, g = Counter(pred), Counter(gold)
    hit = sum((p & g).values())
    if not hit:
        return 0.0
    precision, recall = hit / sum(p.values()), hit / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def right(pred: str, gold: dict) -> bool:
    return (pred.startswith(squash(gold["first"])) and pred.endswith(squash(gold["last"]))
            and all(squash(m) in pred for m in gold["must"]) and not any(squash(d) in pred for d in gold["drop"]))  # fmt: skip


def _policymine(html: str) -> str:
    import policymine

    return policymine.extract_text(html, keywords=0)["body"]


def _readability(html: str) -> str:
    from readability import Document

    from policymine.markup import html_to_text

    return html_to_text(Document(html).summary()).text


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def extractors() -> dict:
    out = {"policymine": _policymine}
    for name, fn, module in (("readability", _readability, "readability"), ("trafilatura", _trafilatura, "trafilatura")):
        try:
            __import__(module)
        except ImportError:
            continue
        out[name] = fn
    return out


def run(names: list[str] | None = None) -> dict:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((BENCH / "gold").glob("*.json"))]
    results: dict = {}
    for name, fn in extractors().items():
        if names and name not in names:
            continue
        f1s, rights, pages = [], 0, {}
        for g in golds:
            html = (BENCH / "pages" / g["page"]).read_bytes().decode("utf-8", errors="replace")
            gold = gold_body(html, g)
            try:
                pred = squash(fn(html))
            except Exception:  # an extractor that fails on a page scores 0 there
                pred = ""
            f = char_f1(pred, gold)
            f1s.append(f)
            rights += right(pred, g)
            pages[g["page"]] = round(f, 3)
        results[name] = {"mean_char_f1": round(sum(f1s) / len(f1s), 4), "body_right": round(rights / len(golds), 4),
                         "pages": pages}  # fmt: skip
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run()
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"{'extractor':12} {'mean char F1':>12} {'body right':>10}")
    for name, r in res.items():
        print(f"{name:12} {r['mean_char_f1']:12.3f} {r['body_right']:10.3f}")
    worst = sorted(res["policymine"]["pages"].items(), key=lambda kv: kv[1])[:8]
    print("policymine's weakest pages:", ", ".join(f"{p} {f}" for p, f in worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
