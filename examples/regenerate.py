"""Run every command of examples/commands.txt and save its output (python examples/regenerate.py).

tests/test_examples.py runs the same commands and fails when an output changed, so the
examples in this folder and in README stay true.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent


def commands() -> list[tuple[str, list[str]]]:
    out = []
    for line in (HERE / "commands.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, cmd = line.split("\t", 1)
            argv = shlex.split(cmd)
            argv[:1] = [sys.executable, "-m", "policymine"]
            out.append((name, argv))
    return out


def run(argv: list[str]) -> str:
    env = dict(os.environ, COLUMNS="120", TERM="dumb", NO_COLOR="1")
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=env, check=False).stdout


if __name__ == "__main__":
    for name, argv in commands():
        (HERE / f"{name}.out").write_text(run(argv), encoding="utf-8")
        print("wrote", f"examples/{name}.out")
