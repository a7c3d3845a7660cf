"""README's examples and every command's --help examples run on a fresh clone (no ../shared)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policymine.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def readme_commands() -> list[str]:
    """Shell lines of README's ``bash`` blocks (in ``$``-blocks, the lines after ``$ ``), in order."""
    out = []
    for block in blocks("bash"):
        lines = block.splitlines()
        prompt = any(line.startswith("$ ") for line in lines)
        for line in lines:
            if prompt:
                if line.startswith("$ "):
                    out.append(line[2:])
            elif line.strip() and not line.startswith("#"):
                out.append(line)
    return out


def help_examples(command: str) -> list[str]:
    text = CliRunner().invoke(app, [command, "--help"]).stdout
    part = text.split("Example:", 1)[1].split("Arguments:", 1)[0].split("Options:", 1)[0] if "Example:" in text else ""
    lines = [line.strip() for line in part.splitlines() if line.strip()]
    assert all(line.startswith(("policymine ", "find ")) for line in lines), f"an example wraps in --help: {lines}"
    return lines


def clone_dir(tmp_path: Path) -> Path:
    """A working folder that holds what a fresh clone holds: seeds/, tests/, examples/."""
    for name in ("seeds", "tests", "examples"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def run_shell(line: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", TERM="dumb")
    return subprocess.run(["bash", "-c", line], cwd=cwd, capture_output=True, text=True, errors="replace", env=env, timeout=300)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_readme_example_and_help_examples(command):
    assert any(re.match(rf"(\S+ \| )?policymine {command}\b", line) or f"| policymine {command}" in line
               for line in readme_commands()), command  # fmt: skip
    assert help_examples(command), command


def test_no_example_needs_what_a_clone_lacks():
    for line in readme_commands() + [x for c in COMMANDS for x in help_examples(c)]:
        assert "../shared" not in line and "corpus/ " not in line.replace("tests/corpus/", ""), line


@pytest.mark.slow
def test_readme_examples_run_on_a_clone(tmp_path):
    cwd = clone_dir(tmp_path)
    for line in readme_commands():
        if line.startswith("python3 -m venv") or line.startswith("python -m pytest"):
            continue  # the two commands themselves: CI runs them
        proc = run_shell(line, cwd)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (line, proc.stderr[-2000:])
    for block in blocks("python"):
        if "SLURMCluster" in block:
            continue  # needs a Slurm cluster
        code = block.replace("    ...\n", "    pass\n")
        proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, (code, proc.stderr[-2000:])


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_help_examples_run_on_a_clone(command, tmp_path):
    cwd = clone_dir(tmp_path)
    for line in help_examples(command):
        proc = run_shell(line, cwd)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (line, proc.stderr[-2000:])

