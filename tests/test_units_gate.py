"""Quality gate of numbered units on real official documents with gold units (tests/units_gold/).

``python tests/units_gate.py`` prints the figures and every miss; floors are pinned in
``tests/units_gold/baseline.json`` (``--update`` raises them, never lowers one silently).
"""

import json
from pathlib import Path

from units_gate import REPO, figures, floors, gold_docs, score

ROOT = Path(__file__).parent / "units_gold"


def test_units_meet_their_floors():
    got = figures()
    below = {k: (got[k], floor) for k, floor in floors().items() if got[k] < floor - 1e-9}
    assert not below, f"below the floor: {below}"
    assert floors()["exact"] >= 0.9


def test_every_gold_has_its_page_and_its_address():
    docs = gold_docs()
    assert len(docs) >= 10
    sources = (ROOT / "SOURCES.md").read_text(encoding="utf-8")
    for name, page, gold in docs:
        assert page.is_file(), page
        assert name in sources and page.stem == name
        assert gold and all(len(r) in (4, 5) and isinstance(r[2], int) for r in gold)
    own = sorted(p.stem for p in (ROOT / "docs").iterdir())
    assert all(json.loads((ROOT / "gold" / f"{d}.json").read_text(encoding="utf-8")).get("url") for d in own)
    assert REPO.is_dir()


def test_the_scorer_counts_misses():
    gold = [["1", "一、", 1, "总体要求"], ["1.1", "(一)", 2, ""], ["2", "二、", 1, "", "optional"]]
    ok, share, missing, extra = score(gold, [("1", "一、", 1, "总体要求"), ("1.1", "(一)", 2, "")])
    assert ok and share == 1.0 and not missing and not extra  # an optional unit may be absent
    ok, share, missing, extra = score(gold, [("1", "一、", 1, ""), ("1.1", "(一)", 2, ""), ("1.2", "(二)", 2, "")])
    assert not ok and share == 1 / 3 and missing == [("1", "一、", 1, "总体要求")] and len(extra) == 2
    # numbers and headings of a traditional page are compared as the normalised body writes them
    ok, *_ = score([["1", "一、", 1, "深化重點領域改革"]], [("1", "一、", 1, "深化重点领域改革")])
    assert ok
