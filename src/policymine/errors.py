""":mod:`policymine.errors`: the exceptions policymine raises and the exit codes of its CLI."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["PolicymineError", "InputError", "ResourceError", "ExitStatus"]


class PolicymineError(Exception):
    """Base class of every error policymine raises on purpose."""


class InputError(PolicymineError):
    """An input cannot be read or decoded (missing file, binary data, undecodable bytes...)."""


class ResourceError(PolicymineError):
    """A dictionary or lexicon file is missing or malformed (the message names file and line)."""


class ExitStatus(IntEnum):
    """Exit codes of the ``policymine`` command."""

    OK = 0
    SOME_FAILED = 1  # at least one input gave an error record
    USAGE = 2  # wrong options (typer's own code)
    NO_INPUT = 3  # nothing to read at all
    INTERRUPTED = 130  # Ctrl-C
