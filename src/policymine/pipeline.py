""":mod:`policymine.pipeline`: one document from raw text to its record; streams of records.

Stage order: front matter and HTML (:mod:`policymine.markup`) -> normalise
(:mod:`policymine.normalize`) -> clean (:mod:`policymine.layout`) -> extract
(slogans first, so numbers inside them are not taken for indicators;
institutions; indicators; keywords). No I/O here beyond reading inputs, no printing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError, PolicymineError

__all__ = ["Options", "prepare", "process_text", "process_path", "iter_records", "iter_records_dask", "error_record",
           "RECORD_KEYS"]

RECORD_KEYS = (
    "id", "path", "title", "date", "year", "year_inferred", "source", "authors", "script", "encoding",
    "body", "indicators", "institutions", "slogans", "keywords", "warnings",
)  # fmt: skip


@dataclass(frozen=True)
class Options:
    """Everything that changes what the pipeline does."""

    user_dicts: tuple[str, ...] = ()
    encoding: str | None = None
    max_bytes: int = 50 * 1024 * 1024
    keywords: int = 10  # how many keywords per document
    extractors: tuple[str, ...] = ("indicators", "institutions", "slogans", "keywords")
    explain: bool = False  # keep the reasons numbers were left out
    strict: bool = False


@dataclass
class Prepared:
    """A page after markup, normalisation and cleaning: what extraction starts from."""

    layout: object
    script: str
    warnings: list[str]
    text: str  # the whole normalised page


def prepare(text: str, options: Options | None = None) -> Prepared:
    """Markup, normalisation and cleaning of one page."""
    from . import markup
    from .layout import clean
    from .normalize import normalize

    fields, text = markup.split_front_matter(text)
    warnings: list[str] = []
    if markup.looks_like_html(text):
        page = markup.html_to_text(text)
        text = page.text
        meta = page.meta
        html_title = meta.get("og:title") or meta.get("title") or page.title
        html_fields = {
            "title": _strip_site_suffix(html_title) if html_title else None,
            "date": meta.get("article:published_time") or meta.get("pubdate") or meta.get("publishdate")
            or meta.get("date"),
            "author": meta.get("author"),
            "source": meta.get("source"),
        }
        fields = html_fields | {k: v for k, v in fields.items() if v}  # front matter wins
    norm = normalize(text)
    warnings += norm.warnings
    fields = {k: (_simplify(v) if isinstance(v, str) else v) for k, v in fields.items()}
    layout = clean(norm.text, fields=fields)
    return Prepared(layout=layout, script=norm.script, warnings=warnings, text=norm.text)


def _simplify(s: str) -> str:
    from .convert import to_simplified
    from .normalize import fold_width

    return fold_width(to_simplified(s))


def _strip_site_suffix(title: str) -> str:
    import re

    parts = re.split(r"\s*[_|｜]\s*|\s+-\s+", title)
    return parts[0] if parts and len(parts[0]) >= 4 else title


def process_text(text: str, *, doc_id: str = "-", path: str | None = None, encoding: str | None = None,
                 options: Options | None = None) -> dict:
    """The record of one document."""
    options = options or Options()
    prep = prepare(text, options)
    lay = prep.layout
    body = lay.body
    rec: dict = {
        "id": doc_id,
        "path": path,
        "title": lay.title,
        "date": lay.date,
        "year": lay.year,
        "year_inferred": lay.year_inferred,
        "source": lay.source,
        "authors": lay.authors,
        "script": prep.script,
        "encoding": encoding,
        "body": body,
        "indicators": [],
        "institutions": [],
        "slogans": [],
        "keywords": [],
        "warnings": list(prep.warnings),
    }
    if not body:
        rec["warnings"].append("no article body found")
    from .extract import run_extractors

    rec.update(run_extractors(body, lay, options))
    return rec


def process_path(path: str, options: Options | None = None) -> dict:
    """Read one input (``-`` for stdin) and return its record."""
    from .sources import read_input

    options = options or Options()
    raw = read_input(path, encoding=options.encoding, max_bytes=options.max_bytes)
    return process_text(raw.text, doc_id=raw.id, path=raw.path, encoding=raw.encoding, options=options)


def error_record(path: str, message: str) -> dict:
    """The record that stands for an input that could not be processed."""
    from pathlib import Path

    return {"id": Path(path).stem if path != "-" else "-", "path": path, "error": message}


def _safe_process(path: str, options: Options) -> dict:
    try:
        return process_path(path, options)
    except PolicymineError as exc:
        return error_record(path, str(exc))
    except RecursionError:
        return error_record(path, f"{path}: document too deeply nested to process")
    except Exception as exc:  # noqa: BLE001  a bug, not the input's fault: one error record, the run goes on
        return error_record(path, f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")


def iter_records(paths: Iterable[str], options: Options | None = None, jobs: int = 1) -> Iterator[dict]:
    """Records for every input, in input order; a failed input yields an error record (key ``error``)."""
    from .sources import iter_inputs

    yield from records_of(iter_inputs(paths), options, jobs)


def records_of(inputs: Iterable, options: Options | None = None, jobs: int = 1,
               encode: Callable[[dict], str] | None = None) -> Iterator[dict]:
    """Records for expanded inputs (paths, or the :class:`InputError` of a bad path), in order.

    ``encode`` (with ``jobs > 1``): workers return each good record already serialised, as a
    :class:`~policymine.render.Encoded` (see there); error records stay plain dicts.
    """
    options = options or Options()
    inputs = iter(inputs)
    if jobs <= 1:
        for item in inputs:
            if isinstance(item, InputError):
                yield error_record(str(item).split(":", 1)[0], str(item))
            else:
                yield _safe_process(item, options)
        return
    yield from _parallel(inputs, options, jobs, encode=encode)


def _in_order(items: Iterable, options: Options, submit, window: int, batch: int = 1,
              encode: Callable[[dict], str] | None = None) -> Iterator[dict]:
    """Records for ``items`` in input order: files go to ``submit(_process_batch, paths, options)``
    (a pool's or a cluster's) ``batch`` at a time, at most ``window`` batches in flight; bad
    paths and stdin are handled here. Batches spare the pool a round trip per file (pickling
    the call, waking the manager thread, sending one result), which on small pages is a
    noticeable share of what the parent process does while the workers run."""
    import collections

    pending: collections.deque = collections.deque()  # lists of records, or futures of lists
    paths: list[str] = []

    def flush() -> None:
        if paths:
            pending.append(submit(_process_batch, list(paths), options, encode))
            paths.clear()

    def drain(limit: int) -> Iterator[dict]:
        while len(pending) > limit or (pending and isinstance(pending[0], list)):
            head = pending.popleft()
            yield from head if isinstance(head, list) else head.result()

    for item in items:
        if isinstance(item, InputError):
            flush()
            pending.append([error_record(str(item).split(":", 1)[0], str(item))])
        elif item == "-":
            flush()
            pending.append([_safe_process(item, options)])
        else:
            paths.append(item)
            if len(paths) >= batch:
                flush()
        yield from drain(window)
    flush()
    yield from drain(0)


def _process_batch(paths: list[str], options: Options, encode: Callable[[dict], str] | None = None) -> list[dict]:
    records = [_safe_process(p, options) for p in paths]
    if encode is None:
        return records
    from .render import Encoded

    return [r if "error" in r else Encoded.of(r, encode) for r in records]


def _parallel(inputs: Iterator, options: Options, jobs: int, batch: int = 8,
              encode: Callable[[dict], str] | None = None) -> Iterator[dict]:
    """Process files in worker processes; results stream back in input order."""
    import concurrent.futures as cf

    with cf.ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        yield from _in_order(inputs, options, pool.submit, window=jobs * 4, batch=batch, encode=encode)


def iter_records_dask(paths: Iterable[str], options: Options | None = None, address: str = "local",
                      window: int = 64, encode: Callable[[dict], str] | None = None) -> Iterator[dict]:
    """Records for every input, processed on a Dask cluster, streamed back in input order.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a
    :class:`distributed.LocalCluster` on this machine. Workers need policymine installed;
    files must be readable at the same paths on the workers (a shared file system).
    At most ``window`` files are in flight, so memory stays flat on any corpus size.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise PolicymineError("--dask needs the optional extra: pip install 'policymine[dask]'") from None
    from .sources import iter_inputs

    options = options or Options()
    # paths, folders, or already expanded inputs (with the InputError of a bad path)
    items = (x for p in paths for x in ([p] if isinstance(p, InputError) else iter_inputs([p])))
    cluster = None
    if address == "local":
        cluster = LocalCluster(processes=True, dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise PolicymineError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield from _in_order(items, options, lambda fn, *args: client.submit(fn, *args, pure=False), window,
                             encode=encode)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _warm() -> None:
    """Worker start-up: load the segmenter once per process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from .segment import get_segmenter

    get_segmenter()
