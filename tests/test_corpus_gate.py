"""Quality gate on real pages never tuned on: tests/corpus (always) and ../shared/dev (when present).

Floors are pinned in tests/corpus/baseline.json by ``python tests/corpus_gate.py --update``,
which never lowers one silently.
"""

import pytest

from corpus_gate import available, figures, floors

SETS = sorted(floors())


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_figures_on_real_pages_meet_their_floors(name):
    if name not in available():
        pytest.skip(f"{name}: its pages are not here (../shared is not beside the checkout)")
    got = figures(name)
    below = {k: (got.get(k, 0.0), floor) for k, floor in floors()[name].items() if got.get(k, 0.0) < floor - 1e-9}
    assert not below, f"{name}: below the floor: {below}"


def test_the_corpus_has_thirty_real_pages_with_gold_and_sources():
    from pathlib import Path

    root = Path(__file__).parent / "corpus"
    docs = sorted(p.stem for p in (root / "docs").iterdir())
    gold = sorted(p.stem for p in (root / "gold").glob("*.json"))
    assert len(docs) >= 30 and docs == gold
    sources = (root / "SOURCES.md").read_text(encoding="utf-8")
    assert all(d in sources for d in docs)
