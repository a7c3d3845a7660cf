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
from .record import RECORD_FIELDS as RECORD_KEYS  # the record is defined in policymine.record

__all__ = ["Options", "prepare", "process_text", "process_path", "iter_records", "iter_records_dask", "expand",
           "segmenter_for", "RECORD_KEYS"]


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
    tokens: bool = False  # keep the body's words in the record (``_tokens``) for the store's search index
    doc_timeout: float | None = None  # seconds one document may take (None or 0: no limit), see _safe_process
    units: bool = False  # add the numbered units (policymine.units) and a unit_id to each fact
    engine: str | None = None  # segmentation engine (policymine.segment.ENGINES; None: $POLICYMINE_ENGINE or default)


def segmenter_for(options: Options):
    """The run's one segmenter (built once per process for these user dictionaries)."""
    from .segment import get_segmenter, set_engine

    if options.engine:
        set_engine(options.engine)  # nothing to do when it is the one already set
    return get_segmenter(tuple(options.user_dicts))


@dataclass
class Prepared:
    """A page after markup, normalisation and cleaning: what extraction starts from."""

    layout: object
    script: str
    warnings: list[str]
    text: str  # the whole normalised page


def prepare(text: str, options: Options | None = None, *, kind: str | None = None, segmenter=None) -> Prepared:
    """Markup, normalisation and cleaning of one page; ``kind`` is its reader
    (:data:`policymine.sources.INPUT_KINDS`, None: sniffed)."""
    from . import markup
    from .layout import clean
    from .normalize import normalize

    page = markup.read_page(text, kind)
    norm = normalize(page.text, segmenter=segmenter)
    fields = {k: (_simplify(v) if isinstance(v, str) else v) for k, v in page.fields.items()}
    layout = clean(norm.text, fields=fields)
    return Prepared(layout=layout, script=norm.script, warnings=list(norm.warnings), text=norm.text)


def _simplify(s: str) -> str:
    from .convert import to_simplified
    from .normalize import fold_variants, fold_width, strip_pinyin

    # (a field reads as the text does: a page that glosses its characters with pinyin, 统(tǒng)计(jì),
    # glosses its <title> too)
    return fold_width(fold_variants(to_simplified(strip_pinyin(s))))


def process_text(text: str, *, doc_id: str = "-", path: str | None = None, encoding: str | None = None,
                 options: Options | None = None, kind: str | None = None, warnings: Iterable[str] = ()) -> dict:
    """The record of one document (see :mod:`policymine.record`)."""
    from .record import new_record

    options = options or Options()
    seg = segmenter_for(options)
    prep = prepare(text, options, kind=kind, segmenter=seg)
    lay = prep.layout
    body = lay.body
    rec = new_record(
        id=doc_id, path=path, title=lay.title, date=lay.date, year=lay.year, year_inferred=lay.year_inferred,
        source=lay.source, authors=lay.authors, script=prep.script, encoding=encoding, body=body,
        warnings=[*warnings, *prep.warnings],
    )  # fmt: skip
    if not body:
        rec["warnings"].append("no article body found")
    from .extract import run_extractors
    from .extract.document import document_meta

    meta = document_meta(lay)
    rec.update(meta)
    rec.update(run_extractors(body, lay, options, seg, issuer_region=meta["region"]))
    if options.units:
        from .units import add_units

        add_units(rec)
    return rec


def process_path(path: str, options: Options | None = None) -> dict:
    """Read one input (``-`` for stdin) and return its record."""
    from .sources import read_input

    options = options or Options()
    raw = read_input(path, encoding=options.encoding, max_bytes=options.max_bytes)
    return process_text(raw.text, doc_id=raw.id, path=raw.path, encoding=raw.encoding, options=options,
                        kind=raw.kind, warnings=raw.warnings)


class DocTimeout(Exception):
    """A document ran past ``Options.doc_timeout``."""


def _budget(seconds: float | None):
    """A context in which the code running raises :class:`DocTimeout` after ``seconds``.

    POSIX only, and only on a process's main thread (where the CLI and ``--jobs`` workers run
    documents): a ``SIGALRM`` timer (``setitimer``) interrupts the document between two Python
    steps (one long call into C, a single regular expression, ends first). Elsewhere (Windows,
    threads such as Dask's) documents run without a budget: nothing here changes.
    """
    import contextlib
    import signal
    import threading

    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():  # fmt: skip
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def budget():
        def expired(_signum, _frame):
            raise DocTimeout

        old = signal.signal(signal.SIGALRM, expired)
        # the timer fires again every 0.1 s once spent: an exception raised where Python cannot
        # pass it on (a garbage-collector callback, a ``__del__``) is dropped, and the next one ends it
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    return budget()


_WARMED: set = set()
#: a made-up page that makes every stage load what it loads once per process (lexicons, tables)
_WARM_PAGE = "某局通知\n\n今年将新增企业100家以上，同比增长5%，推动“产学研”合作。"


def _warm_stages(options: Options) -> None:
    """Load every stage's data once per process before the first budget starts: the first
    document would otherwise spend a second or two of its ``doc_timeout`` loading them."""
    if options.user_dicts in _WARMED:
        return
    _WARMED.add(options.user_dicts)
    import contextlib

    with contextlib.suppress(Exception):  # a failure here shows on the first real document
        process_text(_WARM_PAGE, options=options)


def _safe_process(path: str, options: Options) -> dict:
    from .record import error_record

    if options.doc_timeout:
        _warm_stages(options)
    try:
        with _budget(options.doc_timeout):
            return process_path(path, options)
    except DocTimeout:
        return error_record(path, f"took longer than {options.doc_timeout:g} s (--doc-timeout): left out")
    except InputError as exc:
        return error_record(path, exc.reason)
    except PolicymineError as exc:
        return error_record(path, str(exc))
    except RecursionError:
        return error_record(path, "document too deeply nested to process")
    except Exception as exc:
        return error_record(path, f"internal error ({type(exc).__name__}: {exc}); please report it")


def _bad_input(item: InputError) -> dict:
    from .record import error_record

    return error_record(item.path, item.reason)


def expand(paths: Iterable[str | InputError], *, glob: Iterable[str] = (), skipped=None) -> Iterator[str | InputError]:
    """Input files of ``paths`` (files, folders, ``-``), in order; a bad path gives its
    :class:`InputError`, already expanded items pass through. See :func:`policymine.sources.iter_inputs`."""
    from .sources import iter_inputs

    globs = tuple(glob)
    for p in paths:
        if isinstance(p, InputError):
            yield p
        else:
            yield from iter_inputs([p], glob=globs, skipped=skipped)


def iter_records(paths: Iterable[str | InputError], options: Options | None = None, jobs: int = 1, *,
                 dask: str | None = None, encode: Callable[[dict], str] | None = None,
                 glob: Iterable[str] = (), skipped=None) -> Iterator[dict]:
    """The one streaming entry point: records for every input of ``paths``, in input order.

    A failed input yields an error record (:func:`policymine.record.is_error`). ``jobs > 1``
    runs a process pool, ``dask`` (an address or ``"local"``) a Dask cluster; ``encode`` lets
    workers serialise good records themselves (see :func:`records_of`).
    """
    inputs = expand(paths, glob=glob, skipped=skipped)
    if dask:
        yield from iter_records_dask(inputs, options, address=dask, encode=encode)
    else:
        yield from records_of(inputs, options, jobs, encode=encode)


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
                yield _bad_input(item)
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
            pending.append([_bad_input(item)])
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
    from .record import is_error
    from .render import Encoded

    return [r if is_error(r) else Encoded.of(r, encode) for r in records]


def _parallel(inputs: Iterator, options: Options, jobs: int, batch: int = 8,
              encode: Callable[[dict], str] | None = None) -> Iterator[dict]:
    """Process files in worker processes; results stream back in input order."""
    import concurrent.futures as cf

    with cf.ProcessPoolExecutor(max_workers=jobs, initializer=_warm,
                                initargs=(options.user_dicts, options.engine)) as pool:
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
    options = options or Options()
    items = expand(paths)  # paths, folders, or already expanded inputs (with the InputError of a bad path)
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


def _warm(user_dicts: tuple[str, ...] = (), engine: str | None = None) -> None:
    """Worker start-up: load the run's segmenter once per process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    segmenter_for(Options(user_dicts=tuple(user_dicts), engine=engine))
