"""The saved outputs in examples/ are what the commands print today."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "examples"))
from regenerate import HERE, commands, run


@pytest.mark.parametrize("name,argv", commands(), ids=[n for n, _ in commands()])
def test_example_output_is_current(name, argv):
    saved = (HERE / f"{name}.out").read_text(encoding="utf-8")
    assert run(argv) == saved, f"examples/{name}.out is stale: run python examples/regenerate.py"
