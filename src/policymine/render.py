""":mod:`policymine.render`: every writer of every command.

A command hands its output to :func:`write` as a :class:`Dataset`: the objects it yields
(``items``: document records for ``extract``, change rows for ``diff``), optionally one JSON
``document`` (a diff result), flat ``tables`` (named tables of rows, for CSV) and a rich
``view`` (for ``--format table``). Formats are a registry (:data:`WRITERS`): a writer reads
only what a Dataset offers, so a new format is one function and one line in the registry,
and every command has it at once. Writers stream (JSON arrays item by item, JSON Lines a
line at a time, CSV a row at a time); only rich views of whole results hold them in memory.
Only the table writer imports rich.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .record import DOC_FIELDS, DOCUMENT_FIELDS, FACT_FIELDS, is_error

__all__ = ["WRITERS", "FORMATS", "TABLES", "Dataset", "write", "write_tables", "atomic_output", "CSV_COLUMNS",
           "Encoded", "json_text", "records_dataset", "diff_dataset", "timeline_dataset", "diff_rows",
           "human_number", "table_columns", "fact_columns", "sparkline"]


# --------------------------------------------------------------------------- #
# what a command hands to a writer
# --------------------------------------------------------------------------- #


@dataclass
class Dataset:
    """A command's output, in the shapes the writers read.

    ``items``: the objects of JSON Lines (and, without ``document``, of the JSON array);
    ``document``: one JSON value for ``--format json`` instead of the array; ``tables``: the
    names of the flat tables, the first the default (:func:`write` with ``table=``);
    ``rows(item, tables=None)``: an item's rows, ``{table: [row, ...]}`` (only those of
    ``tables`` when given, so a writer of one table builds no other); ``columns``: each table's columns
    (computed from all rows when absent); ``view(items, console)``: the rich rendering.
    Each Dataset is written once: ``items`` may be a stream.
    """

    items: Iterable[dict]
    document: Any = None
    tables: tuple[str, ...] = ()
    rows: Callable[..., dict[str, list[dict]]] | None = None
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    view: Callable[[Iterable[dict], Any], int] | None = None


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


def _dumps(obj, ascii_: bool = False, tty: bool = False) -> str:
    text = obj.text if isinstance(obj, Encoded) else json.dumps(obj, ensure_ascii=ascii_)
    return _TTY_UNSAFE.sub(_json_escape, text) if tty else text


# what json.dumps leaves raw that a terminal acts on (C1 controls, bidi overrides); only ever
# inside JSON strings, where their \u escapes stand for the very same text
_TTY_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _json_escape(m: re.Match) -> str:
    return f"\\u{ord(m.group()):04x}"


def _dumps_tty(text: str, tty: bool) -> str:
    return _TTY_UNSAFE.sub(_json_escape, text) if tty else text


def _isatty(out) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False




# --------------------------------------------------------------------------- #
# writers
# --------------------------------------------------------------------------- #


def write_jsonl(data: Dataset, out: IO[str], **kw) -> int:
    n = 0
    tty = _isatty(out)
    for r in data.items:
        out.write(_dumps(r, kw.get("ascii", False), tty) + "\n")
        out.flush()
        n += 1
    return n


def write_json(data: Dataset, out: IO[str], **kw) -> int:
    tty = _isatty(out)
    if data.document is not None:
        out.write(_dumps_tty(json.dumps(data.document, ensure_ascii=kw.get("ascii", False), indent=1), tty) + "\n")
        out.flush()
        return 1
    n = 0
    out.write("[")
    try:
        for r in data.items:
            out.write(("\n" if n == 0 else ",\n") + _dumps(r, kw.get("ascii", False), tty))
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


def _csv_cell(v, raw: bool = False):
    """A CSV cell: numbers as they are, text (lists joined) kept from running as a spreadsheet
    formula unless ``raw`` (see :func:`policymine.safety.csv_cell`)."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return v
    from .safety import csv_cell

    return csv_cell(_cell(v), raw)


def _table_name(data: Dataset, table: str | None) -> str:
    if table is None:
        return data.tables[0]
    if table not in data.tables:
        raise ValueError(f"no table {table!r} here; use one of {', '.join(data.tables)}")
    return table


def write_csv(data: Dataset, out: IO[str], **kw) -> int:
    """One flat table (``table=``, default the Dataset's first) as CSV; ``bom=True`` for Excel;
    text cells a spreadsheet would run as formulas neutralised unless ``raw_csv=True``."""
    return _write_delimited(data, out, _table_name(data, kw.get("table")), bom=kw.get("bom", False),
                            raw=kw.get("raw_csv", False))  # fmt: skip


def _write_delimited(data: Dataset, out: IO[str], table: str, bom: bool = False, dialect: str = "excel",
                     raw: bool = False) -> int:  # fmt: skip
    if bom:
        out.write("\ufeff")
    cell = _csv_cell
    if _isatty(out):  # CSV on a terminal: no control sequence in a cell acts
        from .safety import terminal_text

        cell = lambda v, r: terminal_text(c) if isinstance(c := _csv_cell(v, r), str) else c
    w = csv.writer(out, dialect=dialect)
    cols = data.columns.get(table)
    n = 0
    if cols is None:  # columns from the rows themselves: gather them first
        rows = [row for item in data.items for row in data.rows(item, (table,)).get(table, ())]
        cols = tuple(dict.fromkeys(k for r in rows for k in r))
        w.writerow(cols)
        for row in rows:
            w.writerow([cell(row.get(c), raw) for c in cols])
        out.flush()
        return len(rows)
    w.writerow(cols)
    for item in data.items:
        for row in data.rows(item, (table,)).get(table, ()):
            w.writerow([cell(row.get(c), raw) for c in cols])
        n += 1
    out.flush()
    return n


def write_tables(data: Dataset, folder: str, fmt: str = "csv", bom: bool = False, encoding: str = "utf-8",
                 raw: bool = False) -> list[str]:  # fmt: skip
    """Every flat table of ``data`` into ``folder/<table>.csv``, in one pass over the items
    (each file written atomically; a name can never leave ``folder``, see
    :func:`policymine.safety.path_inside`). ``raw``: as :func:`write_csv`'s ``raw_csv``.
    Returns the paths written."""
    from .safety import path_inside

    paths = {t: path_inside(folder, t, f".{fmt}") for t in data.tables}
    with contextlib.ExitStack() as stack:
        writers = {}
        for t, p in paths.items():
            fh = stack.enter_context(atomic_output(p, encoding=encoding))
            if bom:
                fh.write("\ufeff")
            w = csv.writer(fh)
            w.writerow(data.columns[t])
            writers[t] = w
        for item in data.items:
            for t, rows in data.rows(item).items():
                cols = data.columns[t]
                for row in rows:
                    writers[t].writerow([_csv_cell(row.get(c), raw) for c in cols])
    return list(paths.values())


def write_table(data: Dataset, out: IO[str], **kw) -> int:
    """The Dataset's rich view (``--format table``)."""
    from rich.console import Console

    console = Console(file=out, highlight=False, soft_wrap=False)
    return data.view(data.items, console)


WRITERS: dict[str, Callable[..., int]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "table": write_table,
}
FORMATS = tuple(WRITERS)


def write(data: Dataset | Iterable[dict], out: IO[str], fmt: str, **kw) -> int:
    """Write ``data`` (a :class:`Dataset`, or document records) to ``out`` in format ``fmt``;
    returns how many items were written."""
    if not isinstance(data, Dataset):
        data = records_dataset(data)
    return WRITERS[fmt](data, out, **kw)


# --------------------------------------------------------------------------- #
# extract: document records
# --------------------------------------------------------------------------- #

#: the flat tables of document records: one row per fact (per document for ``documents``)
TABLES = ("indicators", "institutions", "slogans", "keywords", "documents")
_SINGULAR = {"indicators": "indicator", "institutions": "institution", "slogans": "slogan", "keywords": "keyword"}
_PREFIXED = ("text", "start", "end")  # fact columns that would be ambiguous beside the document's


def table_columns(table: str) -> tuple[str, ...]:
    """The CSV columns of a table: the document's columns, then the fact's, then ``error``."""
    if table == "documents":
        counts = tuple(f"n_{t}" for t in FACT_FIELDS)
        return DOC_FIELDS + DOCUMENT_FIELDS + ("encoding", "body_chars") + counts + ("warnings", "error")
    one = _SINGULAR[table]
    return DOC_FIELDS + tuple(f"{one}_{c}" if c in _PREFIXED else c for c in FACT_FIELDS[table]) + ("error",)


def fact_columns(table: str) -> tuple[tuple[str, str], ...]:
    """A fact table's own columns as ``(column, field)`` pairs, named as in its CSV table
    (``indicator_text`` for an indicator's ``text``): the store's tables use the same names."""
    one = _SINGULAR.get(table, table.rstrip("s"))
    return tuple((f"{one}_{c}" if c in _PREFIXED else c, c) for c in FACT_FIELDS[table])


CSV_COLUMNS = table_columns("indicators")


def _record_rows(rec: dict, tables: Iterable[str] | None = None) -> dict[str, list[dict]]:
    wanted = set(TABLES if tables is None else tables)
    doc = {c: rec.get(c) for c in DOC_FIELDS}
    err = {"error": rec.get("error")}
    out: dict[str, list[dict]] = {}
    for table, fields in FACT_FIELDS.items():
        if table not in wanted:
            continue
        one = _SINGULAR[table]
        facts = rec.get(table) or [{}]  # a document without any still gets its row
        out[table] = [doc | {(f"{one}_{c}" if c in _PREFIXED else c): f.get(c) for c in fields} | err for f in facts]
    if "documents" not in wanted:
        return out
    body = rec.get("body")
    out["documents"] = [doc | {c: rec.get(c) for c in DOCUMENT_FIELDS} | {"encoding": rec.get("encoding"), "body_chars": None if body is None else len(body)}
                        | {f"n_{t}": len(rec.get(t) or ()) if not is_error(rec) else None for t in FACT_FIELDS}
                        | {"warnings": rec.get("warnings")} | err]  # fmt: skip
    return out


def records_dataset(records: Iterable[dict]) -> Dataset:
    """Document records (and error records) as ``extract`` writes them."""
    return Dataset(items=records, tables=TABLES, rows=_record_rows,
                   columns={t: table_columns(t) for t in TABLES}, view=_records_view)  # fmt: skip


def human_number(v) -> str:
    """A value as people write it: ``1.6万亿``, ``3.5亿``, ``12,000``, ``6.5``."""
    if not isinstance(v, float | int) or isinstance(v, bool):
        return _cell(v)
    a = abs(v)
    for size, word in ((1e12, "万亿"), (1e8, "亿")):
        if a >= size:
            return f"{v / size:,.6g}{word}"
    return f"{v:,.10g}" if isinstance(v, float) else f"{v:,}"


def _records_view(records: Iterable[dict], console) -> int:
    """A rich table per document: metadata, then its indicators, institutions and slogans.
    Page text goes in as :class:`~rich.text.Text` (:func:`policymine.safety.rich_text`): never
    read as markup, control characters shown visibly."""
    from rich.table import Table
    from rich.text import Text

    from .safety import rich_text as T

    n = 0
    for r in records:
        n += 1
        if is_error(r):
            console.print(Text.assemble(T(r.get("path"), "bold red"), ": ", T(r["error"])))
            continue
        head = Table.grid(padding=(0, 1))
        head.add_column(style="bold cyan")
        head.add_column()
        for c in ("id", "title", "date", "year", "source", "authors", "script"):
            v = r.get(c)
            if c == "year" and r.get("year_inferred"):
                v = f"{v} (inferred)"
            head.add_row(c, T(_cell(v)))
        head.add_row("body", f"{len(r.get('body') or '')} characters")
        console.print(head)
        inds = r.get("indicators") or []
        if inds:
            t = Table(title=f"indicators ({len(inds)})", title_justify="left", show_lines=False)
            for c in ("text", "value", "unit", "q", "subject", "kind", "modality"):
                t.add_column(c, overflow="fold")
            for i in inds:
                t.add_row(T(i["text"]), T(human_number(i.get("value"))), T(i.get("unit")), T(i.get("qualifier")),
                          T(i.get("subject")), T(i.get("kind")), T(i.get("modality")))  # fmt: skip
            console.print(t)
        insts = r.get("institutions") or []
        if insts:
            t = Table(title=f"institutions ({len(insts)})", title_justify="left")
            for c in ("name", "aliases", "type", "count"):
                t.add_column(c, overflow="fold")
            for i in insts:
                t.add_row(T(i["name"]), T(_cell(i.get("aliases"))), T(i.get("type")), T(i.get("count", "")))
            console.print(t)
        slog = r.get("slogans") or []
        if slog:
            t = Table(title=f"slogans ({len(slog)})", title_justify="left")
            for c in ("text", "kind", "count"):
                t.add_column(c)
            for s in slog:
                t.add_row(T(s["text"]), T(s.get("kind")), T(s.get("count", "")))
            console.print(t)
        excl = r.get("excluded") or []
        if excl:
            t = Table(title=f"numbers left out ({len(excl)})", title_justify="left")
            for c in ("text", "why", "sentence"):
                t.add_column(c, overflow="fold")
            body = r.get("body") or ""
            for x in excl:
                t.add_row(T(x["text"]), T(x["why"]), T(body[max(0, x["start"] - 12) : x["end"] + 12].replace("\n", " ")))
            console.print(t)
        kws = r.get("keywords") or []
        if kws:
            console.print(Text.assemble(("keywords", "bold"), ": ", T("  ".join(k["term"] for k in kws))))
        console.print()
    return n


def text_dataset(items: Iterable[dict]) -> Dataset:
    """``normalize``/``clean``/``segment`` output: ``{path, text}`` items (``clean --meta``:
    the page's metadata and body). One input prints its text alone (see the CLI)."""
    return Dataset(items=items, tables=("texts",), rows=lambda it, _tables=None: {"texts": [it]})


# --------------------------------------------------------------------------- #
# diff: a result, its rows and its views
# --------------------------------------------------------------------------- #


def diff_dataset(result: dict) -> Dataset:
    """A :func:`policymine.diff.diff_groups` result: JSON as a whole, rows for JSON Lines and CSV."""
    return Dataset(items=list(diff_rows(result)), document=result, tables=("changes",),
                   rows=lambda row, _tables=None: {"changes": [row]}, view=lambda _items, console: _diff_view(result, console))  # fmt: skip


def timeline_dataset(tl: dict) -> Dataset:
    """A :func:`policymine.diff.timeline`: JSON as a whole, one row per item and a column per group."""
    rows = []
    for section, key in (("slogans", "text"), ("institutions", "name"), ("keywords", "term")):
        for it in tl[section]:
            rows.append({"section": section, "item": it[key], **{str(k): v for k, v in it["counts"].items()}})
    return Dataset(items=rows, document=tl, tables=("timeline",), rows=lambda row, _tables=None: {"timeline": [row]},
                   view=lambda _items, console: _timeline_view(tl, console))  # fmt: skip


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        from .diff.indicators import plain_number  # here: the diff package is not every command's

        v = plain_number(v)
        if isinstance(v, float):
            return f"{v:,.6g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}" if abs(v) >= 10000 else str(v)
    return str(v)


def _docs(item: dict) -> str:
    return f"docs: {','.join(map(str, item.get('docs_from') or [])) or '-'} -> {','.join(map(str, item.get('docs_to') or [])) or '-'}"


def diff_rows(result: dict) -> Iterator[dict]:
    """Flatten a :func:`diff_groups` result into rows for CSV or JSONL.

    Each row is ``{"section", "change", "item", "from", "to", "detail"}``:
    slogans/institutions (change added|removed|kept|related; from/to are counts),
    indicators (change ``pair``; from/to are values, the unit and change in
    ``detail``), keywords (change ``to``|``from``; from/to are counts, G2 and p in
    ``detail``).
    """
    for section, name_key, kind_key in (("slogans", "text", "kind"), ("institutions", "name", "type")):
        part = result.get(section) or {}
        for change in ("added", "removed", "kept"):
            for it in part.get(change) or ():
                detail = f"{kind_key}={it.get(kind_key) or ''}; {_docs(it)}"
                if it.get("aliases"):
                    detail += f"; aliases: {'|'.join(it['aliases'])}"
                yield {"section": section, "change": change, "item": it[name_key],
                       "from": it.get("count_from"), "to": it.get("count_to"), "detail": detail}  # fmt: skip
        for it in part.get("related") or ():
            yield {"section": section, "change": "related", "item": f"{it['from']} -> {it['to']}",
                   "from": it.get("count_from"), "to": it.get("count_to"),
                   "detail": f"{it.get('relation')}; {_docs(it)}"}  # fmt: skip
    for p in (result.get("indicators") or {}).get("pairs") or ():
        subj = p["subject_from"] if p["subject_from"] == p["subject_to"] else f"{p['subject_from']} -> {p['subject_to']}"
        pct = "" if p.get("change_pct") is None else f" ({p['change_pct']:+g}%)"
        change = "" if p.get("change") is None else f"{p['change']:+g}"
        detail = f"unit={p['unit']}; change={change}{pct}; {p['comparison']}; docs: {p['doc_from']} -> {p['doc_to']}"
        if p.get("note"):
            detail += f"; {p['note']}"
        yield {"section": "indicators", "change": "pair", "item": subj,
               "from": p.get("value_from"), "to": p.get("value_to"), "detail": detail}  # fmt: skip
    kw = result.get("keywords") or {}
    for direction in ("to", "from"):
        for it in kw.get(direction) or ():
            yield {"section": "keywords", "change": direction, "item": it["term"],
                   "from": it.get("count_from"), "to": it.get("count_to"),
                   "detail": f"G2={it['g2']}; p={it.get('p')}; per 10k: {it.get('per_10k_from')} -> {it.get('per_10k_to')}"}  # fmt: skip


def _value(qualifier, value, unit) -> str:
    q = {">=": "≥", "<=": "≤", ">": ">", "~": "≈", "=": ""}.get(qualifier or "=", qualifier or "")
    return f"{q}{_fmt(value)}{unit or ''}"


def _diff_view(result: dict, console) -> int:
    """Print a diff result as rich tables (a header naming the groups, then one table per section)."""
    from rich.table import Table
    from rich.text import Text

    from .safety import rich_escape as E
    from .safety import rich_text as T

    # group labels are record fields (a source, a path): escaped wherever rich reads markup
    a, b = result["from"], result["to"]
    head = Text.assemble(
        ("diff ", "bold"), T(a["label"], "bold cyan"), f" ({len(a['documents'])} docs)",
        " -> ", T(b["label"], "bold magenta"), f" ({len(b['documents'])} docs)",
    )  # fmt: skip
    console.print(head)
    inferred = list(a.get("inferred_years") or []) + list(b.get("inferred_years") or [])
    if inferred:
        console.print(T(f"year inferred, not dated: {', '.join(map(str, inferred))}", style="yellow"))
    la, lb = E(a["label"]), E(b["label"])

    styles = {"added": "green", "removed": "red", "kept": "dim", "related": "yellow"}
    for section, name_key, kind_key in (("slogans", "text", "kind"), ("institutions", "name", "type")):
        part = result.get(section) or {}
        table = Table(title=f"{section}: {la} -> {lb}", title_justify="left")
        for n_col, col in enumerate(("change", name_key, kind_key, la, lb, "documents")):
            table.add_column(col, justify="right" if n_col in (3, 4) else "left")
        for change in ("added", "removed", "related", "kept"):
            for it in part.get(change) or ():
                if change == "related":
                    name = f"{it['from']} -> {it['to']} ({it['relation']})"
                    kind = it.get(kind_key)
                else:
                    name, kind = it[name_key], it.get(kind_key)
                    for rel in it.get("related") or ():
                        word = "variant of" if rel["relation"] == "variant" else f"{rel['relation']} {'from' if rel['side'] == 'from' else 'into'}"
                        name += f" ({word} {rel['form']})"
                table.add_row(Text(change, style=styles[change]), T(name), T(_fmt(kind)),
                              _fmt(it.get("count_from")), _fmt(it.get("count_to")), T(_docs(it)[6:]))  # fmt: skip
        console.print(table)

    ind = result.get("indicators") or {}
    table = Table(title=f"indicators: {la} -> {lb}", title_justify="left",
                  caption=f"unmatched: {ind.get('unmatched_from', 0)} from, {ind.get('unmatched_to', 0)} to")  # fmt: skip
    for n_col, col in enumerate(("subject", la, lb, "change", "%", "comparison")):
        table.add_column(col, justify="right" if n_col in (3, 4) else "left")
    for p in ind.get("pairs") or ():
        subj = p["subject_from"] if p["subject_from"] == p["subject_to"] else f"{p['subject_from']} / {p['subject_to']}"
        comp = T(p["comparison"], style="yellow" if p.get("note") else "")
        if p.get("note"):
            comp.append(" (not like-for-like)", style="yellow")
        table.add_row(T(subj), T(_value(p["qualifier_from"], p["value_from"], p["unit"])),
                      T(_value(p["qualifier_to"], p["value_to"], p["unit"])),
                      "" if p.get("change") is None else f"{p['change']:+,g}",
                      "" if p.get("change_pct") is None else f"{p['change_pct']:+g}", comp)  # fmt: skip
    console.print(table)

    kw = result.get("keywords") or {}
    table = Table(title=f"keywords ({kw.get('method', 'G2')}): {la} -> {lb}", title_justify="left")
    for n_col, col in enumerate(("more in", "term", "G2", "p", la, lb, "per 10k")):
        table.add_column(col, justify="right" if n_col in (2, 3, 4, 5) else "left")
    for direction, label, style in (("to", b["label"], "magenta"), ("from", a["label"], "cyan")):
        for it in kw.get(direction) or ():
            table.add_row(T(label, style=style), T(it["term"]), f"{it['g2']:+.3f}", f"{it.get('p', 0):.2g}",
                          str(it["count_from"]), str(it["count_to"]), f"{it['per_10k_from']} -> {it['per_10k_to']}")  # fmt: skip
    console.print(table)
    return 1


_SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Iterable[float]) -> str:
    """One block character per value, its height the value's share of the largest
    (``[0, 1, 4, 8]`` -> ``▁▂▅█``); zero is the lowest block, so a gap still shows."""
    vals = [max(float(v or 0), 0.0) for v in values]
    top = max(vals, default=0.0)
    if top <= 0:
        return _SPARKS[0] * len(vals)
    return "".join(_SPARKS[min(len(_SPARKS) - 1, round(v / top * (len(_SPARKS) - 1)))] for v in vals)


def _timeline_view(tl: dict, console) -> int:
    """Print a :func:`timeline` as one rich table: a row per slogan, institution and keyword, a column per label."""
    from rich.table import Table
    from rich.text import Text

    from .safety import rich_escape, rich_text

    labels = list(tl.get("labels") or [])
    table = Table(title="timeline", title_justify="left")
    table.add_column("section")
    table.add_column("item")
    for label in labels:
        table.add_column(rich_escape(label), justify="right")
    table.add_column("trend")
    sections = (("slogans", "text"), ("institutions", "name"), ("keywords", "term"))
    for n, (section, key) in enumerate(sections):
        items = tl.get(section) or []
        for i, it in enumerate(items):
            counts = it.get("counts") or {}
            values = [counts.get(label, counts.get(str(label), 0)) or 0 for label in labels]
            cells = [_fmt(v) for v in values] + [Text(sparkline(values), style="cyan")]
            table.add_row(Text(section if i == 0 else "", style="bold"), rich_text(it[key]), *cells,
                          end_section=(i == len(items) - 1 and n < len(sections) - 1))  # fmt: skip
    console.print(table)
    return 1


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


# --------------------------------------------------------------------------- #
# units, kwic, cooccur: flat rows, and graphs
# --------------------------------------------------------------------------- #


def rows_dataset(items: Iterable[dict], table: str, columns: tuple[str, ...], document: Any = None,
                 title: str | None = None, limit: int | None = None, view_columns: tuple[str, ...] | None = None) -> Dataset:
    """Rows of one flat table (``units``, ``kwic``, ``cooccur``): a JSON Lines line, a CSV row
    and a rich table row each; ``limit``: the most rows the rich table shows, ``view_columns``
    the columns it shows (long texts cut at 60 characters)."""
    shown = view_columns or columns
    return Dataset(items=items, document=document, tables=(table,), rows=lambda it, _tables=None: {table: [it]},
                   columns={table: columns}, view=lambda its, console: _rows_view(its, console, shown, title or table, limit))  # fmt: skip


def _short(v) -> str:
    if not isinstance(v, str):
        return _fmt(v)
    v = v.replace("\n", " ⏎ ")
    return v if len(v) <= 60 else v[:59] + "…"


def _rows_view(items: Iterable[dict], console, columns: tuple[str, ...], title: str, limit: int | None) -> int:
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    for c in columns:
        t.add_column(c, overflow="fold", justify="right" if c in ("start", "end", "count", "level") else "left")
    n = 0
    for it in items:
        n += 1
        if limit is None or n <= limit:
            t.add_row(*(_short(it.get(c)) for c in columns))
    if limit is not None and n > limit:
        t.caption = f"{limit} of {n} rows shown; --format csv for all"
    console.print(t)
    return n


def write_gexf(graph, out: IO[str]) -> None:
    """A networkx graph as GEXF 1.2 (Gephi opens it)."""
    import networkx as nx

    for line in nx.generate_gexf(graph, prettyprint=True):
        out.write(line + "\n")
    out.flush()


def write_graphml(graph, out: IO[str]) -> None:
    """A networkx graph as GraphML (Gephi, Cytoscape, igraph open it)."""
    import networkx as nx

    for line in nx.generate_graphml(graph, prettyprint=True):
        out.write(line + "\n")
    out.flush()


#: graph formats (``cooccur`` only): format -> writer of one networkx graph
GRAPH_WRITERS: dict[str, Callable[..., None]] = {"gexf": write_gexf, "graphml": write_graphml}
