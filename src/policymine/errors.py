""":mod:`policymine.errors`: the exceptions policymine raises and the exit codes of its CLI."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["PolicymineError", "InputError", "ResourceError", "UsageError", "ExitStatus"]


class PolicymineError(Exception):
    """Base class of every error policymine raises on purpose."""


class InputError(PolicymineError):
    """An input cannot be read or decoded (missing file, binary data, undecodable bytes...).

    ``path`` names the input, ``reason`` says what is wrong with it; ``str()`` joins them as
    one message line (``seeds/x.txt: empty file``).
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # pickled to and from worker processes
        return (type(self), (self.path, self.reason))


class ResourceError(PolicymineError):
    """A dictionary or lexicon file is missing or malformed (the message names file and line)."""


class UsageError(PolicymineError):
    """An option's value is unusable (a missing ``--dict``, an unknown ``--encoding``): a usage
    error, reported once before any input is read."""


class ExitStatus(IntEnum):
    """Exit codes of the ``policymine`` command."""

    OK = 0
    SOME_FAILED = 1  # at least one input gave an error record
    USAGE = 2  # wrong options (typer's own code)
    NO_INPUT = 3  # nothing to read at all
    INTERRUPTED = 130  # Ctrl-C
