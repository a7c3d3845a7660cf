""":mod:`policymine.diff.records`: read back the records ``policymine extract`` wrote."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..record import is_error

__all__ = ["RecordsError", "load_records", "is_error_record"]


class RecordsError(InputError, ValueError):
    """A records file cannot be read or does not hold records (the message names file and line)."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        super().__init__(path if line is None else f"{path}, line {line}", reason)
        self.path, self.line = path, line


def is_error_record(record: dict) -> bool:
    """True for the record of a document that failed (see :func:`policymine.record.is_error`)."""
    return is_error(record)

def load_records(paths: str | Path | Iterable[str | Path]) -> Iterator[dict]:
    """Yield the records stored in ``.json`` / ``.jsonl`` files, or ``-`` (stdin), or in a
    corpus store (``.db``, ``.sqlite``, ``.sqlite3``: :func:`policymine.store.iter_records`).

    A ``.json`` file holds a JSON array of records or one record; a ``.jsonl`` file
    one record a line (blank lines are skipped). Stdin and files with any other
    suffix may be either: a text that parses as one JSON value is taken as such,
    otherwise it is read line by line. Error records (``{id, path, error}``) are
    yielded like the others; :func:`group_records` sets them aside.

    Raises:
        RecordsError: a file is missing, is a folder, is not UTF-8, or holds invalid
            JSON or something other than objects (the message names file and line).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        name = str(path)
        if name == "-":
            text = sys.stdin.read()
            yield from _parse_any(text.lstrip("\ufeff"), "-")
            continue
        p = Path(path)
        if p.is_dir():
            raise RecordsError(name, "is a folder; give record files (.json, .jsonl) or extract the folder first")
        suffix = p.suffix.lower()
        if suffix not in (".json", ".jsonl"):
            from ..store import is_store, iter_records

            if is_store(p):  # a corpus store (extract -o corpus.db): its records
                yield from iter_records(p)
                continue
        try:
            if suffix == ".jsonl":
                with p.open(encoding="utf-8-sig") as fh:
                    yield from _parse_lines(fh, name)
                continue
            text = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise RecordsError(name, "no such file") from None
        except UnicodeDecodeError as exc:
            raise RecordsError(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        except OSError as exc:
            raise RecordsError(name, f"cannot read: {exc.strerror or exc}") from None
        if suffix == ".json":
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RecordsError(name, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
            yield from _values(value, name)
        else:
            yield from _parse_any(text, name)


def _parse_any(text: str, name: str) -> Iterator[dict]:
    if not text.strip():
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from _parse_lines(io.StringIO(text), name)
        return
    yield from _values(value, name)


def _parse_lines(lines: Iterable[str], name: str) -> Iterator[dict]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordsError(name, f"invalid JSON: {exc.msg}", line=lineno) from None
        if not isinstance(value, dict):
            raise RecordsError(name, f"expected a record (JSON object), got {type(value).__name__}", line=lineno)
        yield value


def _values(value, name: str) -> Iterator[dict]:
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise RecordsError(name, f"item {i}: expected a record (JSON object), got {type(item).__name__}")
        yield item


