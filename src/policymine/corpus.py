""":mod:`policymine.corpus`: the documents a corpus command reads, whatever they are stored in.

``units``, ``kwic`` and ``cooccur`` read records through :func:`iter_documents`, one at a time:
pages (files and folders) are extracted on the way; ``.json``/``.jsonl``/``.ndjson`` files
hold records ``policymine extract`` wrote (read as ``diff`` reads them); ``-`` (stdin) is
records when it starts with ``{`` or ``[``, else a page; a
``.db``/``.sqlite`` file is a record store, read by ``policymine.store.iter_records`` when that
module is installed. A file that cannot be read gives an error record
(:func:`policymine.record.is_error`), and the stream goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["RECORD_SUFFIXES", "STORE_SUFFIXES", "iter_documents", "kind_of"]

RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def kind_of(path: str) -> str:
    """``stdin``, ``records``, ``store`` or ``pages``: how :func:`iter_documents` reads ``path``."""
    low = path.lower()
    if path == "-":
        return "stdin"
    if low.endswith(RECORD_SUFFIXES):
        return "records"
    if low.endswith(STORE_SUFFIXES):
        return "store"
    return "pages"


def _records(path: str) -> Iterator[dict]:
    from .diff import load_records
    from .errors import InputError
    from .record import error_record

    try:
        yield from load_records(path)
    except InputError as exc:
        yield error_record(path, exc.reason)


def _stdin(options) -> Iterator[dict]:
    """Stdin: records (JSON, JSON Lines) or one page."""
    from .diff.records import _parse_any
    from .errors import InputError
    from .pipeline import Options, process_text
    from .record import error_record
    from .sources import read_input

    options = options or Options()
    try:
        raw = read_input("-", encoding=options.encoding, max_bytes=options.max_bytes)
    except InputError as exc:
        yield error_record("-", exc.reason)
        return
    if raw.text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        try:
            yield from _parse_any(raw.text.lstrip("\ufeff"), "-")
        except InputError as exc:
            yield error_record("-", exc.reason)
        return
    yield process_text(raw.text, doc_id=raw.id, path=raw.path, encoding=raw.encoding, options=options,
                       kind=raw.kind, warnings=raw.warnings)


def _store(path: str) -> Iterator[dict]:
    from .record import error_record

    try:
        from .store import iter_records as store_records  # type: ignore[import-not-found]
    except ImportError:
        yield error_record(path, "reading a record store needs policymine.store, not installed here")
        return
    yield from store_records(path)


def iter_documents(paths: Iterable[str], options=None, jobs: int = 1, *, glob: Iterable[str] = (),
                   skipped=None) -> Iterator[dict]:
    """Records for ``paths`` in order: pages extracted with ``options``, record files and
    stores read back. Consecutive page paths are extracted as one stream (one pool with ``jobs``)."""
    from .pipeline import iter_records

    pages: list[str] = []

    def flush() -> Iterator[dict]:
        if pages:
            yield from iter_records(list(pages), options, jobs, glob=glob, skipped=skipped)
            pages.clear()

    for p in paths:
        kind = kind_of(p)
        if kind == "pages":
            pages.append(p)
            continue
        yield from flush()
        if kind == "stdin":
            yield from _stdin(options)
        else:
            yield from _records(p) if kind == "records" else _store(p)
    yield from flush()
