"""The quality gate: extraction on seeds/ scored against the gold files in tests/gold.

Floors are the bar of the issue "Extraction quality". They may only go up.
"""

from pathlib import Path

import pytest

import policymine
from seedscore import score

SEEDS = Path(__file__).parent.parent / "seeds"

FLOORS = {
    "indicators": 0.95,
    "institutions": 0.90,
    "slogans": 0.85,
    "subject": 0.85,
    "qualifier": 0.95,
    "modality": 0.90,
    "kind": 0.85,
    "meta": 1.0,
    "body": 1.0,
}


@pytest.fixture(scope="module")
def figures():
    return score(list(policymine.extract_paths([str(SEEDS)])))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_seed_figure_meets_floor(figures, field):
    assert figures[field] >= FLOORS[field], f"{field}: {figures[field]:.3f} < {FLOORS[field]}"


def test_seeds_are_the_shared_pages_byte_for_byte():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared is not beside the checkout")
    for f in shared.iterdir():
        assert (SEEDS / f.name).read_bytes() == f.read_bytes()
