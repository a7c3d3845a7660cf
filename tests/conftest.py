"""Shared fixtures: the seed pages and a typer CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> Path:
    """The seed page whose name starts with ``prefix`` (e.g. ``"003"``)."""
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert len(SEED_FILES) == 5, f"expected five seed pages in {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return list(SEED_FILES)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
