""":mod:`policymine.store`: the corpus as a SQLite database (``extract -o corpus.db``).

Tables (every name derived from :mod:`policymine.record`, so a field added there is a column
here, and a kind of fact added to ``FACT_FIELDS`` is a table):

- ``documents``: one row a document, every record field that is not a list of facts (lists
  such as ``authors`` and ``warnings`` as JSON text), then ``body_chars`` and ``n_<facts>``
  (as the CSV ``documents`` table has them), ``content_hash`` (of the record, to tell an
  unchanged document on the next run) and ``run_id`` (the run that wrote it);
- one table per kind of fact (``indicators``, ``institutions``, ``slogans``, ``keywords``):
  one row a fact, ``doc_id`` referencing ``documents(id)``, then the fact's columns named as in
  the CSV tables (:func:`policymine.render.fact_columns`: ``indicator_text``, ``value`` ...);
  ``<table>_flat`` views join them to their document, column for column the CSV tables;
- ``documents_fts``: the FTS5 index of titles and bodies (:mod:`policymine.search`);
- ``errors``: inputs that gave no document (by path); ``runs``: when, which version, which
  options, what each run wrote; ``store_meta``: the store's schema version and dictionaries.

Writing upserts by document id: a document whose record is unchanged is left as it is, a
changed one is replaced with all its facts. Documents are written in transactions of
``batch`` documents, so an interrupted run leaves every document whole, with its facts and
its index entry, or not there.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .record import FACT_FIELDS, RECORD_FIELDS, Record, is_error

__all__ = ["STORE_SUFFIXES", "SQLITE_HEADER", "SCHEMA_VERSION", "StoreError", "Store", "WriteStats", "is_store", "write_store",
           "iter_records", "connect_readonly", "query_dataset", "document_columns", "fact_table_columns"]

STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
#: raised when the tables or the index change shape; part of every document's hash, so a
#: store written by another schema is rewritten whole on the next run
SCHEMA_VERSION = 1
SQLITE_HEADER = b"SQLite format 3\x00"
#: the store's own columns of ``documents``, after the record's fields
_OWN = ("body_chars",) + tuple(f"n_{t}" for t in FACT_FIELDS) + ("content_hash", "run_id")
#: fact columns people filter by, and the documents' (when the record has them)
_FACT_INDEXED = ("subject", "name", "term")
_DOC_INDEXED = ("year", "source", "doc_type", "date")
#: on a table of facts with optional fields (an indicator's ``currency``, ``direction``): those the
#: fact lacks, comma-separated (NULL: it has them all), so a fact reads back with the keys it had
_LACKS = "lacks"


class StoreError(InputError):
    """A database that cannot be opened, read or written: ``path`` and ``reason``, as for any input."""


def is_store(path: str | os.PathLike) -> bool:
    """Is ``path`` a corpus store: a ``.db``/``.sqlite``/``.sqlite3`` name, or a SQLite file?"""
    name = str(path)
    if name.lower().endswith(STORE_SUFFIXES):
        return True
    try:
        with open(name, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


# --------------------------------------------------------------------------- #
# the schema, from policymine.record
# --------------------------------------------------------------------------- #


def _kind(tp) -> str | None:
    """``bool``, ``int``, ``float``, ``str``, ``json`` or None (unknown) for a field's type."""
    if tp is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _kind(args[0]) if len(args) == 1 else None
    if origin in (list, dict, tuple) or tp in (list, dict, tuple):
        return "json"
    for t in (bool, int, float, str):
        if tp is t:
            return t.__name__
    return None


_DECL = {"bool": "INTEGER", "int": "INTEGER", "float": "REAL", "str": "TEXT", "json": "TEXT", None: ""}


@functools.cache
def _hints() -> dict[str, dict[str, str | None]]:
    """Field -> kind, for the record (key ``""``) and for each table of facts."""
    record = typing.get_type_hints(Record)
    out: dict[str, dict[str, str | None]] = {"": {f: _kind(record.get(f)) for f in RECORD_FIELDS}}
    for table, fields in FACT_FIELDS.items():
        fact = record.get(table)
        args = typing.get_args(fact) if fact is not None else ()
        hints = typing.get_type_hints(args[0]) if args and isinstance(args[0], type) else {}
        out[table] = {f: _kind(hints.get(f)) for f in fields}
    return out


def document_columns() -> tuple[tuple[str, str | None], ...]:
    """``documents``' columns as ``(name, kind)``: the record's fields that are not facts, then the store's own."""
    kinds = _hints()[""]
    own = {"body_chars": "int", "content_hash": "str", "run_id": "int"}
    return tuple((f, kinds[f]) for f in RECORD_FIELDS if f not in FACT_FIELDS) + tuple((c, own.get(c, "int")) for c in _OWN)


def fact_table_columns(table: str) -> tuple[tuple[str, str, str | None], ...]:
    """A fact table's columns after ``doc_id``, as ``(column, field, kind)``."""
    from .render import fact_columns

    kinds = _hints()[table]
    return tuple((col, f, kinds.get(f)) for col, f in fact_columns(table))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _schema(con: sqlite3.Connection, indexes: bool = True) -> None:
    """Create what is missing: tables, columns a newer record has, views and (with ``indexes``) indexes."""
    doc_cols = document_columns()
    con.execute("CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("CREATE TABLE IF NOT EXISTS runs (run_id INTEGER PRIMARY KEY, started TEXT, finished TEXT, "
                "status TEXT, version TEXT, schema_version INTEGER, options TEXT, "
                "documents_new INTEGER, documents_replaced INTEGER, documents_unchanged INTEGER, errors INTEGER)")  # fmt: skip
    cols = ", ".join(f"{_q(c)} {_DECL[k]}".rstrip() + (" NOT NULL UNIQUE" if c == "id" else "") for c, k in doc_cols)
    con.execute(f"CREATE TABLE IF NOT EXISTS documents (doc_key INTEGER PRIMARY KEY, {cols})")
    _add_missing(con, "documents", [(c, _DECL[k]) for c, k in doc_cols])
    for table in FACT_FIELDS:
        fcols = fact_table_columns(table)
        body = ", ".join(f"{_q(c)} {_DECL[k]}".rstrip() for c, _f, k in fcols)
        con.execute(f"CREATE TABLE IF NOT EXISTS {_q(table)} (doc_id TEXT NOT NULL REFERENCES documents(id), {body})")
        _add_missing(con, table, [(c, _DECL[k]) for c, _f, k in fcols] + ([(_LACKS, "TEXT")] if _optional_fields()[table] else []))
        _flat_view(con, table)
    if indexes:
        _indexes(con)
    con.execute("CREATE TABLE IF NOT EXISTS errors (path TEXT PRIMARY KEY, id TEXT, error TEXT, run_id INTEGER)")
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, words, fine, sub, "
                "tokenize = 'unicode61 remove_diacritics 0')")  # fmt: skip


def _indexes(con: sqlite3.Connection) -> None:
    """The indexes on what people filter by, and on each fact's document (for replacing them)."""
    for table in FACT_FIELDS:
        con.execute(f"CREATE INDEX IF NOT EXISTS {_q(f'{table}_doc_id')} ON {_q(table)} (doc_id)")
        for c, f, _k in fact_table_columns(table):
            if f in _FACT_INDEXED or (f == "text" and c != "text"):
                con.execute(f"CREATE INDEX IF NOT EXISTS {_q(f'{table}_{c}')} ON {_q(table)} ({_q(c)})")
    present = {r[1] for r in con.execute("PRAGMA table_info(documents)")}
    for c in _DOC_INDEXED:
        if c in present:
            con.execute(f"CREATE INDEX IF NOT EXISTS {_q(f'documents_{c}')} ON documents ({_q(c)})")


def _add_missing(con: sqlite3.Connection, table: str, cols: list[tuple[str, str]]) -> None:
    present = {r[1] for r in con.execute(f"PRAGMA table_info({_q(table)})")}
    for c, decl in cols:
        if c not in present:
            con.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(c)} {decl}".rstrip())


def _flat_view(con: sqlite3.Connection, table: str) -> None:
    """``<table>_flat``: the fact table joined to its documents, with the CSV table's columns."""
    from .record import DOC_FIELDS

    present = {r[1] for r in con.execute("PRAGMA table_info(documents)")}
    doc = [f"d.{_q(c)}" for c in DOC_FIELDS if c in present]
    facts = [f"f.{_q(c)}" for c, _f, _k in fact_table_columns(table)]
    con.execute(f"DROP VIEW IF EXISTS {_q(table + '_flat')}")
    con.execute(f"CREATE VIEW {_q(table + '_flat')} AS SELECT {', '.join(doc + facts)} "
                f"FROM {_q(table)} f JOIN documents d ON d.id = f.doc_id")  # fmt: skip


# --------------------------------------------------------------------------- #
# writing
# --------------------------------------------------------------------------- #


def _cell(v, kind: str | None):
    if isinstance(v, (list, dict, tuple)):
        return json.dumps(v, ensure_ascii=False)
    if kind == "bool" and v is not None:
        return int(bool(v))
    return v


@dataclass
class WriteStats:
    """What a run did to the store."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: int = 0
    seconds: float = 0.0
    duplicate_ids: list[str] = field(default_factory=list)  # ids two inputs of this run gave

    @property
    def written(self) -> int:
        return self.new + self.replaced


class Store:
    """A corpus store opened for writing (a context manager; see :func:`write_store`).

    Args:
        path: the database file (created when missing).
        segmenter: the run's segmenter, for the search index (default: the package's).
        options: what the run was asked to do, recorded in ``runs``.
        batch: documents per transaction.
    """

    def __init__(self, path: str | os.PathLike, segmenter=None, options: dict | None = None, batch: int = 200) -> None:
        from . import __version__
        from .search import Index

        if segmenter is None:
            from .segment import get_segmenter

            segmenter = get_segmenter()
        self.path = str(path)
        self.batch = max(1, batch)
        self.stats = WriteStats()
        self._index = Index(segmenter)
        self._seg = segmenter
        self._pending: list[dict] = []
        self._seen: dict[str, str | None] = {}
        self._started = time.monotonic()
        try:
            self.con = sqlite3.connect(self.path, isolation_level=None)
            self.con.execute("PRAGMA synchronous = NORMAL")
            self.con.execute("PRAGMA cache_size = -65536")
            self.con.execute("BEGIN IMMEDIATE")
            # a new store is filled first and indexed at the end (sorting once is cheaper than
            # keeping indexes in order row by row); a run cut short leaves it without them, and
            # the next run builds them
            fresh = "documents" not in {r[0] for r in self.con.execute("SELECT name FROM sqlite_master")}
            fresh = fresh or self.con.execute("SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)").fetchone()[0] == 0
            _schema(self.con, indexes=not fresh)
            self._deferred = fresh
            meta = dict(self.con.execute("SELECT key, value FROM store_meta"))
            dicts = json.dumps(list(segmenter.user_dicts), ensure_ascii=False)
            self.con.executemany("INSERT OR REPLACE INTO store_meta VALUES (?, ?)",
                                 [("schema_version", str(SCHEMA_VERSION)), ("user_dicts", dicts)])  # fmt: skip
            # a document's hash covers what its index depends on: the schema and the dictionaries
            self._salt = f"{SCHEMA_VERSION}\0{dicts}\0".encode()
            if meta.get("user_dicts") not in (None, dicts):
                pass  # every document hashes differently now: the run rewrites them with the new words
            cur = self.con.execute("INSERT INTO runs (started, status, version, schema_version, options) VALUES (?, ?, ?, ?, ?)",
                                   (_now(), "running", __version__, SCHEMA_VERSION, json.dumps(options or {}, ensure_ascii=False)))  # fmt: skip
            self.run_id = cur.lastrowid
            self.con.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise StoreError(str(self.path), _reason(exc)) from None
        self._next_key = (self.con.execute("SELECT max(doc_key) FROM documents").fetchone()[0] or 0) + 1
        self._doc_cols = document_columns()
        self._fact_cols = {t: fact_table_columns(t) for t in FACT_FIELDS}
        # per table: the fields in column order, and (position in the row, kind) of the columns
        # that need converting (lists as JSON, booleans as 0/1, fields of unknown type)
        self._fact_plan = {t: (tuple(f for _c, f, _k in cols),
                               tuple((i + 1, k) for i, (_c, _f, k) in enumerate(cols) if k in ("json", "bool", None)))
                           for t, cols in self._fact_cols.items()}  # fmt: skip
        names = ", ".join(_q(c) for c, _k in self._doc_cols)
        self._doc_sql = f"INSERT INTO documents (doc_key, {names}) VALUES ({', '.join('?' * (len(self._doc_cols) + 1))})"
        self._optional = {t: tuple(sorted(_optional_fields()[t])) for t in FACT_FIELDS}
        self._fact_sql = {}
        for t, cols in self._fact_cols.items():
            names = ["doc_id", *(c for c, _f, _k in cols)] + ([_LACKS] if self._optional[t] else [])
            self._fact_sql[t] = f"INSERT INTO {_q(t)} ({', '.join(map(_q, names))}) VALUES ({', '.join('?' * len(names))})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close("complete" if exc_type is None else "interrupted")

    def add(self, record: dict) -> None:
        """Queue one record (or error record); a full batch is written in one transaction."""
        self._pending.append(record)
        if len(self._pending) >= self.batch:
            self.flush()

    def write(self, records: Iterable[dict]) -> Iterator[dict]:
        """Add every record, yielding each one once it is queued (so a caller can watch the stream)."""
        for r in records:
            self.add(r)
            yield r

    def flush(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        import gc

        collecting = gc.isenabled()
        gc.disable()  # the batch makes many rows and no cycles: the collector's walks are wasted time
        try:
            self.con.execute("BEGIN IMMEDIATE")
            self._write_batch(batch)
            self.con.execute("COMMIT")
        except BaseException as exc:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(str(self.path), _reason(exc)) from None
            raise
        finally:
            if collecting:
                gc.enable()

    def _write_batch(self, batch: list[dict]) -> None:
        con = self.con
        errors = [r for r in batch if is_error(r)]
        docs: dict[str, dict] = {}
        for r in batch:
            if is_error(r):
                continue
            rid = str(r.get("id"))
            if rid in self._seen and self._seen[rid] != r.get("path"):
                self.stats.duplicate_ids.append(rid)
            self._seen[rid] = r.get("path")
            docs[rid] = r  # the last of one id in a run wins
        hashes = {rid: self._hash(r) for rid, r in docs.items()}
        old: dict[str, tuple[int, str]] = {}
        ids = list(docs)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for rid, key, h in con.execute(f"SELECT id, doc_key, content_hash FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                old[rid] = (key, h)
        changed = [rid for rid in ids if rid in old and old[rid][1] != hashes[rid]]
        fresh = [rid for rid in ids if rid not in old]
        self.stats.unchanged += len(ids) - len(changed) - len(fresh)
        self.stats.replaced += len(changed)
        self.stats.new += len(fresh)
        if changed:
            keys = [(old[rid][0],) for rid in changed]
            con.executemany("DELETE FROM documents_fts WHERE rowid = ?", keys)
            con.executemany("DELETE FROM documents WHERE doc_key = ?", keys)
            for t in FACT_FIELDS:
                con.executemany(f"DELETE FROM {_q(t)} WHERE doc_id = ?", [(rid,) for rid in changed])
        doc_rows, fts_rows = [], []
        fact_rows: dict[str, list[tuple]] = {t: [] for t in FACT_FIELDS}
        for rid in changed + fresh:
            rec = docs[rid]
            key, self._next_key = self._next_key, self._next_key + 1
            doc_rows.append((key, *self._doc_row(rec, hashes[rid])))
            for t, (fields, fix) in self._fact_plan.items():
                rows = fact_rows[t]
                optional = self._optional[t]
                for f in rec.get(t) or ():
                    row = [rid, *map(f.get, fields)]
                    for i, k in fix:  # the few columns whose values are no plain SQLite values
                        if row[i] is not None:
                            row[i] = _cell(row[i], k)
                    if optional:
                        row.append(",".join([o for o in optional if o not in f]) or None)
                    rows.append(row)
            words, fine, sub = self._index.columns(self._tokens(rec))
            fts_rows.append((key, self._index.fine_text(rec.get("title") or ""), words, fine, sub))
        con.executemany(self._doc_sql, doc_rows)
        for t, rows in fact_rows.items():
            if rows:
                con.executemany(self._fact_sql[t], rows)
        con.executemany("INSERT INTO documents_fts (rowid, title, words, fine, sub) VALUES (?, ?, ?, ?, ?)", fts_rows)
        good_paths = [(r.get("path"),) for r in docs.values() if r.get("path")]
        if good_paths:
            con.executemany("DELETE FROM errors WHERE path = ?", good_paths)
        if errors:
            self.stats.errors += len(errors)
            con.executemany("INSERT OR REPLACE INTO errors (path, id, error, run_id) VALUES (?, ?, ?, ?)",
                            [(str(e.get("path")), e.get("id"), e.get("error"), self.run_id) for e in errors])  # fmt: skip

    def _tokens(self, rec: dict) -> list[str]:
        body = rec.get("body") or ""
        tokens = rec.get("_tokens")
        if tokens is not None and sum(map(len, tokens)) == len(body):
            return tokens
        return self._seg.words(body)

    def _hash(self, rec: dict) -> str:
        clean = {k: v for k, v in rec.items() if k != "_tokens"}
        return hashlib.sha1(self._salt + json.dumps(clean, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()

    def _doc_row(self, rec: dict, digest: str) -> tuple:
        own = {"body_chars": len(rec.get("body") or ""), "content_hash": digest, "run_id": self.run_id}
        for t in FACT_FIELDS:
            own[f"n_{t}"] = len(rec.get(t) or ())
        return tuple(own[c] if c in own else _cell(rec.get(c), k) for c, k in self._doc_cols)

    def close(self, status: str = "complete") -> WriteStats:
        """Write what is queued (unless ``status`` is ``"interrupted"``) and record the run
        (``complete``, ``stopped``: ended early on purpose, ``interrupted``); the run's stats."""
        if self.con is None:
            return self.stats
        try:
            if status != "interrupted":
                self.flush()
        finally:
            self.stats.seconds = time.monotonic() - self._started
            s = self.stats
            try:
                if self.con.in_transaction:
                    self.con.execute("ROLLBACK")
                if self._deferred:
                    _indexes(self.con)
                self.con.execute("UPDATE runs SET finished = ?, status = ?, documents_new = ?, documents_replaced = ?, "
                                 "documents_unchanged = ?, errors = ? WHERE run_id = ?",
                                 (_now(), status, s.new, s.replaced, s.unchanged, s.errors, self.run_id))  # fmt: skip
            except sqlite3.DatabaseError:
                pass
            self.con.close()
            self.con = None
        return self.stats


def write_store(records: Iterable[dict], path: str | os.PathLike, segmenter=None, options: dict | None = None,
                batch: int = 200) -> WriteStats:
    """Write (upsert) ``records`` into the store at ``path``; the run's :class:`WriteStats`."""
    with Store(path, segmenter=segmenter, options=options, batch=batch) as store:
        for r in records:
            store.add(r)
    return store.stats


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _reason(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "not a database" in msg:
        return "not a SQLite database"
    return msg


# --------------------------------------------------------------------------- #
# reading
# --------------------------------------------------------------------------- #


def connect_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    """The store opened read-only (``mode=ro``; writes, ``ATTACH`` and extensions refused)."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(str(path), "no such database")
    from urllib.parse import quote

    try:
        con = sqlite3.connect(f"file:{quote(str(p.resolve()))}?mode=ro", uri=True)
        con.execute("PRAGMA query_only = ON")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(str(path), _reason(exc)) from None

    def authorize(action, *_args):
        return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH) else sqlite3.SQLITE_OK

    con.set_authorizer(authorize)
    return con


def _decode(v, kind: str | None):
    if v is None:
        return None
    if kind == "json" or (kind is None and isinstance(v, str) and v[:1] in "[{"):
        try:
            return json.loads(v)
        except (ValueError, TypeError):
            return v
    if kind == "bool":
        return bool(v)
    if kind == "float" and isinstance(v, int):
        return float(v)
    return v


def iter_records(path: str | os.PathLike, errors: bool = True) -> Iterator[dict]:
    """The records stored at ``path``, as ``extract`` gave them (the ``documents`` row and its
    facts), in the order they were first written; then, with ``errors``, the error records of
    inputs that gave no document."""
    con = connect_readonly(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if "documents" not in tables:
            raise StoreError(str(path), "not a policymine store (no documents table)")
        present = [r[1] for r in con.execute("PRAGMA table_info(documents)")]
        kinds = _hints()[""]
        own = set(_OWN) | {"doc_key"}
        fields = [c for c in present if c not in own]
        optional = _optional_fields()
        fact_cols = {t: [(c, f, k) for c, f, k in fact_table_columns(t)] for t in FACT_FIELDS if t in tables}
        for t, cols in fact_cols.items():
            have = {r[1] for r in con.execute(f"PRAGMA table_info({_q(t)})")}
            fact_cols[t] = [x for x in cols if x[0] in have] + ([(_LACKS, _LACKS, "str")] if _LACKS in have else [])
        sql = f"SELECT {', '.join(_q(c) for c in fields)} FROM documents ORDER BY doc_key"
        for row in con.execute(sql):
            values = dict(zip(fields, row))
            rec: dict = {}
            for f in RECORD_FIELDS:
                if f in FACT_FIELDS:
                    rec[f] = _facts(con, f, fact_cols.get(f, ()), values["id"], optional.get(f, frozenset()))
                elif f in values:
                    rec[f] = _decode(values[f], kinds.get(f))
            for f in fields:  # columns a newer record had
                if f not in rec:
                    rec[f] = _decode(values[f], None)
            yield rec
        if errors and "errors" in tables:
            for p, rid, err in con.execute("SELECT path, id, error FROM errors ORDER BY rowid"):
                yield {"id": rid, "path": p, "error": err}
    finally:
        con.close()


def _facts(con, table: str, cols, doc_id: str, optional: frozenset) -> list[dict]:
    if not cols:
        return []
    out = []
    sql = f"SELECT {', '.join(_q(c) for c, _f, _k in cols)} FROM {_q(table)} WHERE doc_id = ? ORDER BY rowid"
    lacks = cols[-1][0] == _LACKS
    for row in con.execute(sql, (doc_id,)):
        fact = {}
        for (_c, f, k), v in zip(cols, row):
            fact[f] = _decode(v, k)
        if lacks:
            for f in (fact.pop(_LACKS) or "").split(","):
                fact.pop(f, None)
        else:  # a store without the column: an optional field that is NULL was not there
            for f in optional:
                if fact.get(f, 0) is None:
                    del fact[f]
        out.append(fact)
    return out


@functools.cache
def _optional_fields() -> dict[str, frozenset]:
    """Per table of facts, the fields a fact may lack (``NotRequired``): left out when NULL."""
    record = typing.get_type_hints(Record)
    out = {}
    for table in FACT_FIELDS:
        args = typing.get_args(record.get(table)) if record.get(table) is not None else ()
        hints = typing.get_type_hints(args[0], include_extras=True) if args and isinstance(args[0], type) else {}
        out[table] = frozenset(f for f, tp in hints.items() if typing.get_origin(tp) is typing.NotRequired)
    return out


def query_dataset(cursor: sqlite3.Cursor):
    """The rows of an executed query for :func:`policymine.render.write` (one table, ``rows``;
    a column name that repeats gets ``_2``, ``_3``; blobs as hex)."""
    from .render import Dataset

    names: list[str] = []
    for d in cursor.description or ():
        name, n = d[0], 2
        while name in names:
            name, n = f"{d[0]}_{n}", n + 1
        names.append(name)
    cols = tuple(names)

    def items() -> Iterator[dict]:
        for row in cursor:
            yield {c: (v.hex() if isinstance(v, bytes) else v) for c, v in zip(cols, row)}

    return Dataset(items=items(), tables=("rows",), rows=lambda r, _tables=None: {"rows": [r]},
                   columns={"rows": cols}, view=lambda rows, console: _rows_view(cols, rows, console))  # fmt: skip


def _rows_view(cols: tuple[str, ...], rows: Iterable[dict], console) -> int:
    from rich.table import Table
    from rich.text import Text

    from .render import human_number

    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    n = 0
    for r in rows:
        n += 1
        table.add_row(*(Text("" if r[c] is None else human_number(r[c]) if isinstance(r[c], float) else str(r[c])) for c in cols))
    console.print(table)
    console.print(f"{n} row(s)", style="dim")
    return n
