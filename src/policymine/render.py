""":mod:`policymine.render`: write records as JSON, JSON Lines, CSV or rich tables.

Formats are a registry (:data:`WRITERS`): each writer takes an iterator of
records and a text stream and streams (JSON arrays are written item by item,
JSON Lines flushed a line at a time). Only the table writer imports rich, and
only it holds records in memory (a table needs all its rows).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO

__all__ = ["WRITERS", "FORMATS", "write", "atomic_output", "CSV_COLUMNS", "Encoded", "json_text"]

DOC_COLUMNS = ("id", "path", "title", "date", "year", "year_inferred", "source", "authors", "script")
IND_COLUMNS = ("text", "value", "unit", "qualifier", "subject", "kind", "modality", "period", "start", "end", "sentence")
CSV_COLUMNS = DOC_COLUMNS + tuple("indicator_" + c if c in ("text", "start", "end") else c for c in IND_COLUMNS) + ("error",)


class Encoded(dict):
    """A record that a worker process has already written as JSON (:attr:`text`).

    The parent of a ``--jobs`` run then only writes text: serialising records was the largest
    thing it did while the workers ran, and on many cores it would become the bottleneck. The
    dict itself keeps only what the parent reads to watch the run (``id``, ``path``,
    ``warnings``). Only the JSON and JSON Lines writers take these (see :func:`json_text`).
    """

    text: str

    @classmethod
    def of(cls, record: dict, encode: Callable[[dict], str]) -> Encoded:
        out = cls(id=record.get("id"), path=record.get("path"), warnings=record.get("warnings") or [])
        out.text = encode(record)
        return out


def json_text(record: dict, ascii: bool = False, drop: tuple[str, ...] = ()) -> str:
    """One record as JSON text, as the JSON writers write it, without the fields in ``drop``."""
    if drop:
        record = {k: v for k, v in record.items() if k not in drop}
    return json.dumps(record, ensure_ascii=ascii)


def _dumps(obj, ascii_: bool = False) -> str:
    if isinstance(obj, Encoded):
        return obj.text
    return json.dumps(obj, ensure_ascii=ascii_)


def write_jsonl(records: Iterable[dict], out: IO[str], **kw) -> int:
    n = 0
    for r in records:
        out.write(_dumps(r, kw.get("ascii", False)) + "\n")
        out.flush()
        n += 1
    return n


def write_json(records: Iterable[dict], out: IO[str], **kw) -> int:
    n = 0
    out.write("[")
    try:
        for r in records:
            out.write(("\n" if n == 0 else ",\n") + _dumps(r, kw.get("ascii", False)))
            n += 1
    finally:
        # a run stopped early (--strict) still leaves a valid array of what it wrote
        out.write("\n]\n" if n else "]\n")
        out.flush()
    return n


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "、".join(map(str, v))
    return str(v)


def write_csv(records: Iterable[dict], out: IO[str], **kw) -> int:
    """One row per indicator, with the document's columns; a document without any gets one row."""
    if kw.get("bom"):
        out.write("\ufeff")
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        doc = [_cell(r.get(c)) for c in DOC_COLUMNS]
        inds = r.get("indicators") or [{}]
        for ind in inds:
            w.writerow(doc + [_cell(ind.get(c)) for c in IND_COLUMNS] + [_cell(r.get("error"))])
        n += 1
    out.flush()
    return n


def write_table(records: Iterable[dict], out: IO[str], **kw) -> int:
    """A rich table per document: metadata, then its indicators, institutions and slogans."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False)
    n = 0
    for r in records:
        n += 1
        if "error" in r:
            console.print(f"[bold red]{r.get('path')}[/]: {r['error']}", markup=True)
            continue
        head = Table.grid(padding=(0, 1))
        head.add_column(style="bold cyan")
        head.add_column()
        for c in ("id", "title", "date", "year", "source", "authors", "script"):
            v = r.get(c)
            if c == "year" and r.get("year_inferred"):
                v = f"{v} (inferred)"
            head.add_row(c, _cell(v))
        head.add_row("body", f"{len(r.get('body') or '')} characters")
        console.print(head)
        inds = r.get("indicators") or []
        if inds:
            t = Table(title=f"indicators ({len(inds)})", title_justify="left", show_lines=False)
            for c in ("text", "value", "unit", "q", "subject", "kind", "modality"):
                t.add_column(c, overflow="fold")
            for i in inds:
                v = i.get("value")
                t.add_row(i["text"], f"{v:,.10g}" if isinstance(v, float | int) else _cell(v), i.get("unit") or "",
                          i.get("qualifier") or "", i.get("subject") or "", i.get("kind") or "", i.get("modality") or "")
            console.print(t)
        insts = r.get("institutions") or []
        if insts:
            t = Table(title=f"institutions ({len(insts)})", title_justify="left")
            for c in ("name", "aliases", "type", "count"):
                t.add_column(c, overflow="fold")
            for i in insts:
                t.add_row(i["name"], _cell(i.get("aliases")), i.get("type") or "", str(i.get("count", "")))
            console.print(t)
        slog = r.get("slogans") or []
        if slog:
            t = Table(title=f"slogans ({len(slog)})", title_justify="left")
            for c in ("text", "kind", "count"):
                t.add_column(c)
            for s in slog:
                t.add_row(s["text"], s.get("kind") or "", str(s.get("count", "")))
            console.print(t)
        excl = r.get("excluded") or []
        if excl:
            t = Table(title=f"numbers left out ({len(excl)})", title_justify="left")
            for c in ("text", "why", "sentence"):
                t.add_column(c, overflow="fold")
            body = r.get("body") or ""
            for x in excl:
                t.add_row(x["text"], x["why"], body[max(0, x["start"] - 12) : x["end"] + 12].replace("\n", " "))
            console.print(t)
        kws = r.get("keywords") or []
        if kws:
            console.print("[bold]keywords[/]: " + "  ".join(k["term"] for k in kws), markup=True)
        console.print()
    return n


WRITERS: dict[str, Callable[..., int]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "table": write_table,
}
FORMATS = tuple(WRITERS)


def write(records: Iterable[dict], out: IO[str], fmt: str, **kw) -> int:
    """Write ``records`` to ``out`` in format ``fmt``; returns how many records were written."""
    return WRITERS[fmt](records, out, **kw)


@contextlib.contextmanager
def atomic_output(path: str, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` only on success.

    The file gets the mode an ordinary ``open`` would give it (the existing file's mode, or
    0666 less the umask). A path that exists and is not a regular file (a FIFO, a device
    such as /dev/null) is written directly: renaming over it would replace it.
    """
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding=encoding, newline="") as fh:
            yield fh
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"{path}: the folder {folder} does not exist")
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
