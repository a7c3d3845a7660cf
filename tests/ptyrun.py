"""Run ``python -m policymine`` on a pseudo-terminal and collect what it prints there, for
the tests that look at output as a terminal shows it (POSIX only)."""

from __future__ import annotations

import os
import sys

CMD = [sys.executable, "-m", "policymine"]


def on_a_pty(args: list[str], cols: int = 160, cwd: str | os.PathLike | None = None) -> tuple[bytes, int]:
    """The bytes policymine writes to a terminal of ``cols`` columns (stdout and stderr both),
    and its exit code."""
    import pty
    import select

    env = dict(os.environ, COLUMNS=str(cols), LINES="50", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child
        if cwd is not None:
            os.chdir(cwd)
        os.execvpe(CMD[0], [*CMD, *args], env)
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    return out, os.waitstatus_to_exitcode(status)
