""":mod:`policymine.cli`: the ``policymine`` command (typer).

stdout carries data only; messages, warnings and progress go to stderr. Exit codes are
:class:`policymine.errors.ExitStatus`: 0 all inputs processed, 1 some failed (or the output
could not be written), 2 usage error, 3 no input at all, 130 interrupted. Options are checked
before any input is read: a missing ``--dict`` or an unknown ``--encoding`` is one usage
error, not one error per file. Heavy modules (jieba, OpenCC, rich) are imported inside the
commands, so ``--help`` starts fast. Every output goes through :mod:`policymine.render`.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import ExitStatus
from .sources import suffixes_text

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="policymine",
    help="Mine Chinese policy documents and policy news: normalize, clean, segment, extract, diff.\n\n"
    "Example:  policymine extract seeds/ --format json | python -m json.tool",
    context_settings=CONTEXT_SETTINGS,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FORMAT_HELP = "Output format: json, jsonl, csv or table. Default: table on a terminal, jsonl when piped."
Paths = Annotated[Optional[list[str]], typer.Argument(
    help=f"Files or folders (read recursively: {suffixes_text()}, and text files without a suffix); - for stdin.",
    show_default=False)]  # fmt: skip
Fmt = Annotated[Optional[str], typer.Option("-f", "--format", help=FORMAT_HELP, metavar="FORMAT")]
Output = Annotated[Optional[str], typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.", metavar="FILE")]
Dicts = Annotated[list[str], typer.Option("--dict", help="Extra jieba user dictionary (word [freq] [tag] a line); repeatable. Every extractor uses it.", metavar="FILE")]
Encoding = Annotated[Optional[str], typer.Option("--encoding", help="Decode inputs as this encoding (e.g. gb18030, big5, utf-16); default: detect. A few damaged bytes are replaced, with a warning.")]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="No warnings, progress or summary on stderr (errors still).")]
Glob = Annotated[list[str], typer.Option("--glob", help="In folders, read the files whose name matches PATTERN (e.g. '*.shtml', '2024*'), whatever their suffix; repeatable.", metavar="PATTERN")]
FilesFrom = Annotated[Optional[str], typer.Option("--files-from", help="Read the input paths from FILE, one a line (- for stdin).", metavar="FILE")]
Null = Annotated[bool, typer.Option("--null", "-0", help="With --files-from: paths are separated by NUL (find -print0).")]
RawCsv = Annotated[bool, typer.Option("--raw-csv", help="CSV cells exactly as the data holds them: text that starts like a spreadsheet formula (=, +, -, @) is not given a leading ' (for readers that are not spreadsheets).")]
Engine = Annotated[Optional[str], typer.Option("--engine", envvar="POLICYMINE_ENGINE", help="Segmentation engine: default (Python) or fast (compiled C, built on install; the same tokens, so the same records). Where fast cannot run, the default does and says so. [default: default]", metavar="ENGINE", show_default=False)]
Warnings = Annotated[Optional[str], typer.Option("--warnings", help="Write every warning to FILE (JSON Lines {path, warning}).", metavar="FILE")]


def _converter(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from .opencc_cpp import CHOICES, require, set_choice

    value = value.strip().lower()
    if value not in CHOICES:
        raise typer.BadParameter(f"use one of {', '.join(CHOICES)}", param_hint="--converter")
    set_choice(value)  # in the environment: worker processes make the same choice
    if value == "opencc":
        require()  # says once why not, when the C++ OpenCC cannot be used
    return value


Converter = Annotated[Optional[str], typer.Option("--converter", callback=_converter, envvar="POLICYMINE_CONVERTER", show_default=False, metavar="NAME",
    help="Script converter: auto (default: the C++ OpenCC of policymine[opencc] where installed and self-checked), python, or opencc. Same output either way.")]  # fmt: skip


def _err(msg: str) -> None:
    """One message on stderr; messages carry page text (paths, titles, reasons), so control
    characters and bidi overrides in it are shown visibly (:func:`policymine.safety.terminal_text`)."""
    from .safety import terminal_text

    sys.stderr.write(terminal_text(msg.rstrip("\n")) + "\n")
    sys.stderr.flush()


def _isatty(fh) -> bool:
    try:
        return fh.isatty()
    except (AttributeError, ValueError):
        return False


def _shown(path) -> str:
    return "<stdin>" if path == "-" else str(path)


def _version(value: bool) -> None:
    if value:
        print(f"policymine {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Mine Chinese policy documents and policy news."""


# --------------------------------------------------------------------------- #
# options checked before any input is read
# --------------------------------------------------------------------------- #


def _pick_format(fmt: str | None, output: str | None) -> str:
    from .render import WRITERS

    formats = tuple(WRITERS)
    if fmt is None:
        if output:
            ext = os.path.splitext(output)[1].lower().lstrip(".")
            if _is_folder_output(output):
                return "csv"
            return ext if ext in formats else "jsonl"
        return "table" if sys.stdout.isatty() else "jsonl"
    fmt = fmt.lower()
    if fmt not in formats:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(formats)}", param_hint="--format")
    return fmt


def _is_folder_output(output: str | None) -> bool:
    return bool(output) and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _check_output(output: str | None, folder_ok: bool = False, hint: str = "-o/--output") -> None:
    """A usage error, before any work, when a file to write (``-o``, ``--errors``,
    ``--warnings``) cannot be written; ``folder_ok``: ``-o FOLDER/`` is allowed."""
    if not output or output == "-":
        return
    if folder_ok and _is_folder_output(output):
        if not os.path.isdir(output):
            raise typer.BadParameter(f"the folder {output} does not exist", param_hint=hint)
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise typer.BadParameter(f"the folder {folder} does not exist", param_hint=hint)
    if os.path.isdir(output):
        raise typer.BadParameter(f"{output} is a folder", param_hint=hint)


def _check_encoding(encoding: str | None) -> None:
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r} (e.g. utf-8, gb18030, big5, utf-16)",
                                     param_hint="--encoding") from None


def _check_dicts(dicts: list[str], engine: str | None = None, quiet: bool = False):
    """The run's segmenter, built once before any input is read; a bad ``--dict`` is a usage error.

    ``engine`` (``--engine``): the segmentation engine to build it with; where "fast" cannot
    run, one line on stderr says why and the default runs (:func:`_engine_running` tells which)."""
    from .errors import ResourceError

    for d in dicts:
        if not os.path.isfile(d):
            raise typer.BadParameter(f"{d}: no such file", param_hint="--dict")
    from .segment import ENGINES, get_segmenter, set_engine

    if engine is not None:
        engine = engine.strip().lower() or "default"
        if engine not in ENGINES:
            raise typer.BadParameter(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}", param_hint="--engine")
        set_engine(engine)
    try:
        seg = get_segmenter(tuple(dicts))
    except ResourceError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dict") from None
    if engine is not None:
        seg.words("")  # starts the engine asked for, or finds why it cannot run
        why = _engine_why()
        if why and not quiet:
            _err(f"policymine: {why}")
    return seg


def _engine_running() -> str:
    from .segment import engine

    return engine()[0]


def _engine_why() -> str | None:
    from .segment import engine

    return engine()[1]


def _inputs(paths: list[str] | None, files_from: str | None, null: bool, glob: list[str], skipped) -> list:
    """Every input file, expanded (bad paths as their InputError), in order."""
    from .errors import InputError
    from .pipeline import expand
    from .sources import read_path_list

    if null and not files_from:
        raise typer.BadParameter("--null goes with --files-from", param_hint="--null")
    listed: list[str] = []
    if files_from:
        try:
            listed = list(read_path_list(files_from, null=null))
        except InputError as exc:
            raise typer.BadParameter(exc.reason, param_hint="--files-from") from None
    given = list(paths or []) + listed
    if not given:
        raise typer.BadParameter("give files, folders or - (stdin), or --files-from FILE", param_hint="PATHS")
    return list(expand(given, glob=glob, skipped=skipped))


# --------------------------------------------------------------------------- #
# a run: errors, warnings, progress, summary
# --------------------------------------------------------------------------- #


class _Run:
    """Counts what a run did, reports it on stderr, and owns its exit status.

    Errors are reported one line each as they come (and written to ``--errors``); warnings
    are grouped by kind and shown once at the end with their counts (every one of them in
    ``--warnings``); on a terminal, the end adds a summary line with the time taken.
    """

    def __init__(self, quiet: bool, errors_path: str | None = None, strict: bool = False,
                 warnings_path: str | None = None, skipped=None) -> None:
        self.quiet = quiet
        self.failed = 0
        self.done = 0
        self.strict = strict
        self.skipped = skipped
        self.warnings: Counter = Counter()
        self.started = time.monotonic()
        self._errors = self._open(errors_path, "--errors")
        self._warnings = self._open(warnings_path, "--warnings")

    @staticmethod
    def _open(path: str | None, hint: str):
        if not path:
            return None
        try:
            return open(path, "w", encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot write {path}: {exc.strerror or exc}", param_hint=hint) from None

    def watch(self, records, warn: bool = True):
        import json

        from .record import is_error

        for rec in records:
            if is_error(rec):
                self.failed += 1
                _err(f"policymine: {_shown(rec.get('path'))}: {rec['error']}")
                if self._errors:
                    self._errors.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    self._errors.flush()
                if self.strict:
                    self.close()
                    raise typer.Exit(ExitStatus.SOME_FAILED)
            else:
                self.done += 1
                if warn:
                    for w in rec.get("warnings") or []:
                        self.warnings[_warning_kind(w)] += 1
                        if self._warnings:
                            self._warnings.write(json.dumps({"path": rec.get("path"), "warning": w}, ensure_ascii=False) + "\n")
            yield rec

    def close(self) -> int:
        for fh in (self._errors, self._warnings):
            if fh:
                fh.close()
        self._errors = self._warnings = None
        if not self.quiet:
            self._report()
        if self.done == 0 and self.failed == 0:
            return ExitStatus.NO_INPUT
        return ExitStatus.SOME_FAILED if self.failed else ExitStatus.OK

    def _report(self) -> None:
        skipped = self.skipped.summary() if self.skipped is not None else ""
        if skipped:
            _err(f"policymine: {skipped}")
        for kind, n in self.warnings.most_common():
            _err(f"policymine: warning ({n} record{'s' if n > 1 else ''}): {kind}")
        if sys.stderr.isatty():
            n_warn = sum(self.warnings.values())
            secs = time.monotonic() - self.started
            seg = sys.modules.get("policymine.segment")
            engine = " (fast engine)" if seg is not None and seg.engine()[0] == "fast" else ""
            _err(f"policymine: {self.done} record(s), {self.failed} error(s), {n_warn} warning(s) "
                 f"of {len(self.warnings)} kind(s) in {secs:.1f} s{engine}")  # fmt: skip


_DIGITS = re.compile(r"\d+")


def _warning_kind(w: str) -> str:
    """A warning with its numbers replaced by N: the same kind of warning on many pages is one line."""
    return _DIGITS.sub("N", w)


def _progress(records, total: int, quiet: bool):
    """A progress bar on stderr for runs over many files, when stderr is a terminal and
    stdout is not (on one terminal, the bar and the output would mix)."""
    if quiet or total < 5 or not sys.stderr.isatty() or sys.stdout.isatty():
        yield from records
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        for r in records:
            yield r
            bar.advance(task)


def _to_output(output: str | None, write_to) -> None:
    """Run ``write_to(stream)`` on stdout or, atomically, on ``-o FILE``; a reader that
    closes the pipe early (``| head``) ends the run quietly with status 0; an output that
    cannot be written (a full disk) is one line on stderr and status 1."""
    from .render import atomic_output

    try:
        if output and output != "-":
            with atomic_output(output) as fh:
                write_to(fh)
        else:
            write_to(sys.stdout)
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(ExitStatus.OK) from None
    except OSError as exc:
        _silence_stdout()
        _err(f"policymine: cannot write {output if output and output != '-' else 'the output'}: {exc.strerror or exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --------------------------------------------------------------------------- #
# extract
# --------------------------------------------------------------------------- #


@app.command()
def extract(
    paths: Paths = None,
    fmt: Fmt = None,
    output: Output = None,
    table: Annotated[Optional[str], typer.Option("--table", help="With csv: the table to write, one row per indicators (default), institutions, slogans, keywords or documents, each with the document's columns. With -o FOLDER/: every table, one file each.", metavar="TABLE")] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM (Excel shows Chinese right).")] = False,
    raw_csv: RawCsv = False,
    dicts: Dicts = [],
    encoding: Encoding = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes; 0 (default): all cores when there are 8 files or more, else 1.", min=0)] = 0,
    keywords: Annotated[int, typer.Option("--keywords", help="Keywords per document (0: none).", min=0)] = 10,
    explain: Annotated[bool, typer.Option("--explain", help="Add 'excluded': the numbers left out and why.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip inputs larger than this.", min=1)] = 50 * 1024 * 1024,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails.")] = False,
    doc_timeout: Annotated[float, typer.Option("--doc-timeout", help="Seconds one document may take; one that takes longer gives an error record and the run goes on (0: no limit; POSIX).", min=0, metavar="SECONDS")] = 60.0,
    errors: Annotated[Optional[str], typer.Option("--errors", help="Also write error records to FILE (JSON Lines).", metavar="FILE")] = None,
    warnings: Warnings = None,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Spread the files over a Dask cluster: a scheduler address, or 'local'. Needs policymine[dask].", metavar="ADDRESS")] = None,
    no_body: Annotated[bool, typer.Option("--no-body", help="Leave the cleaned body out of the records.")] = False,
    ascii_: Annotated[bool, typer.Option("--ascii", help="Escape non-ASCII characters in JSON.")] = False,
    units: Annotated[bool, typer.Option("--units", help="Add 'units' (the numbered units, see 'policymine units') and a 'unit' id to each fact.")] = False,
    engine: Engine = None,
    converter: Converter = None,
    quiet: Quiet = False,
) -> None:
    """Extract one record per document: metadata, body, indicators, institutions, slogans, keywords.

    -o FILE.db (.sqlite, .sqlite3, or --format sqlite) writes a corpus store: SQLite tables,
    upserted by document id, with a full-text index for the search command.

    Example:

        policymine extract seeds/

        policymine extract seeds/ --format json -o records.json

        policymine extract seeds/ -f csv --table institutions -o inst.csv

        find seeds/ -name '*.txt' -print0 | policymine extract -0 --files-from -

        policymine extract tests/corpus/docs --glob '*.html' -j 0 -o pages.jsonl

        policymine extract seeds/ -q -o seeds.db
    """
    from .pipeline import Options, iter_records
    from .render import TABLES, records_dataset, write, write_tables
    from .sources import Skipped

    if _store_output(fmt, output, table=table, bom=bom, no_body=no_body, ascii_=ascii_):
        _check_encoding(encoding)
        _check_output(errors, hint="--errors")
        _check_output(warnings, hint="--warnings")
        seg = _check_dicts(dicts, engine or "default", quiet)
        opts = Options(user_dicts=tuple(dicts), encoding=encoding, max_bytes=max_bytes, keywords=keywords,
                       explain=explain, strict=strict, tokens=True, engine=_engine_running())  # fmt: skip
        skipped = Skipped()
        inputs = _inputs(paths, files_from, null, glob, skipped)
        if jobs == 0:
            jobs = (os.cpu_count() or 1) if len(inputs) >= 8 else 1
        run = _Run(quiet, errors, strict, warnings, skipped)
        stream = run.watch(_progress(iter_records(inputs, opts, jobs, dask=dask), len(inputs), quiet))
        _extract_to_store(stream, output, seg, opts, run, quiet, inputs=len(inputs), jobs=jobs)
        raise typer.Exit(run.close())
    fmt = _pick_format(fmt, output)
    folder_out = _is_folder_output(output)
    if table is not None and table not in TABLES:
        raise typer.BadParameter(f"unknown table {table!r}; use one of {', '.join(TABLES)}", param_hint="--table")
    if table is not None and fmt != "csv":
        raise typer.BadParameter("--table goes with --format csv", param_hint="--table")
    if folder_out and fmt != "csv":
        raise typer.BadParameter("a folder as output takes --format csv (one file per table)", param_hint="-o/--output")
    _check_output(output, folder_ok=True)
    _check_output(errors, hint="--errors")
    _check_output(warnings, hint="--warnings")
    _check_encoding(encoding)
    _check_dicts(dicts, engine or "default", quiet)
    opts = Options(user_dicts=tuple(dicts), encoding=encoding, max_bytes=max_bytes, keywords=keywords,
                   explain=explain, strict=strict, doc_timeout=doc_timeout or None, units=units,
                   engine=_engine_running())  # fmt: skip
    skipped = Skipped()
    inputs = _inputs(paths, files_from, null, glob, skipped)
    if jobs == 0:
        jobs = (os.cpu_count() or 1) if len(inputs) >= 8 else 1
    run = _Run(quiet, errors, strict, warnings, skipped)

    encode = None
    if fmt in ("json", "jsonl") and (dask or jobs > 1):
        # workers write each record as JSON themselves; the parent only writes text
        import functools

        from .render import json_text

        encode = functools.partial(json_text, ascii=ascii_, drop=("body",) if no_body else ())

    stream = run.watch(_progress(iter_records(inputs, opts, jobs, dask=dask, encode=encode), len(inputs), quiet))
    if no_body and encode is None:
        stream = ({k: v for k, v in r.items() if k != "body"} for r in stream)
    from .errors import PolicymineError

    data = records_dataset(stream)
    try:
        if folder_out:
            try:
                write_tables(data, output, bom=bom, raw=raw_csv)
            except OSError as exc:
                _err(f"policymine: cannot write into {output}: {exc.strerror or exc}")
                raise typer.Exit(ExitStatus.SOME_FAILED) from None
        else:
            _to_output(output, lambda fh: write(data, fh, fmt, bom=bom, ascii=ascii_, table=table, raw_csv=raw_csv))
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    raise typer.Exit(run.close())


# --------------------------------------------------------------------------- #
# the corpus store: extract -o corpus.db, search, query
# --------------------------------------------------------------------------- #


def _store_output(fmt: str | None, output: str | None, **others) -> bool:
    """Does this extract write a store (``--format sqlite``, or ``-o`` a ``.db``/``.sqlite`` file)?
    Usage errors for what does not go with one."""
    from .store import SQLITE_HEADER, STORE_SUFFIXES

    if fmt is not None and fmt.lower() != "sqlite":
        return False
    if fmt is None and not (output and output.lower().endswith(STORE_SUFFIXES)):
        return False
    if not output or output == "-" or _is_folder_output(output):
        raise typer.BadParameter("a database is written to a file: give -o FILE.db", param_hint="--format")
    flags = {"table": "--table", "bom": "--bom", "no_body": "--no-body", "ascii_": "--ascii"}
    for name, flag in flags.items():
        if others.get(name):
            raise typer.BadParameter(f"{flag} does not go with a database output", param_hint=flag)
    _check_output(output)
    if os.path.isfile(output) and os.path.getsize(output) > 0:
        with open(output, "rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise typer.BadParameter(f"{output} exists and is not a SQLite database", param_hint="-o/--output")
    return True


def _extract_to_store(stream, output: str, seg, opts, run: _Run, quiet: bool, **more) -> None:
    """Upsert the records of ``stream`` into the store ``output``; a line on stderr says what changed."""
    import dataclasses

    from .store import Store, StoreError

    options = {k: v for k, v in dataclasses.asdict(opts).items() if k != "tokens"} | more | {"argv": sys.argv[1:]}
    try:
        store = Store(output, segmenter=seg, options=options)
    except StoreError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    status = "interrupted"
    try:
        for rec in stream:
            store.add(rec)
        status = "complete"
    except typer.Exit:  # --strict: what came before the failure is kept
        status = "stopped"
        raise
    except StoreError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    finally:
        try:
            st = store.close(status)
        except StoreError as exc:
            _err(f"policymine: {exc}")
            raise typer.Exit(ExitStatus.SOME_FAILED) from None
    if st.duplicate_ids:
        shown = ", ".join(sorted(set(st.duplicate_ids))[:5])
        _err(f"policymine: {len(set(st.duplicate_ids))} id(s) given by two inputs (file names alike in two folders?); "
             f"the later input replaced the earlier: {shown}")  # fmt: skip
    if not quiet:
        _err(f"policymine: {output}: {st.new} new, {st.replaced} replaced, {st.unchanged} unchanged document(s), "
             f"{st.errors} error(s) in {st.seconds:.1f} s")  # fmt: skip


StorePath = Annotated[str, typer.Argument(help="A corpus store, written by: policymine extract FOLDER -o FILE.db", show_default=False)]


@app.command()
def search(
    database: StorePath,
    query: Annotated[list[str], typer.Argument(help='Words, "phrases", AND, OR, NOT, brackets; a * after a word: a prefix.', show_default=False)],
    limit: Annotated[int, typer.Option("-n", "--limit", help="How many documents at most (0: all).", min=0)] = 20,
    frm: Annotated[Optional[int], typer.Option("--from", help="Only documents of this year or later.")] = None,
    to: Annotated[Optional[int], typer.Option("--to", help="Only documents of this year or earlier.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Only documents of this source.")] = None,
    dicts: Dicts = [],
    fmt: Fmt = None,
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
    quiet: Quiet = False,
) -> None:
    """Full-text search of a store: matching documents, best first (bm25), with a snippet, year and source.

    Words are cut as the bodies were (jieba with the domain dictionary and the dictionaries the
    store was written with), so two-character words and words inside longer ones are found.

    Example:

        policymine extract seeds/ -q -o seeds.db

        policymine search seeds.db 揭榜挂帅

        policymine search seeds.db 新质生产力 AND 兰州 --format json

        policymine search seeds.db '"科技创新" OR 高新*' --from 2021 -n 5
    """
    import json
    import sqlite3

    from .render import write
    from .search import Index, QueryError, normalize_query, results_dataset, search_store
    from .store import StoreError, connect_readonly

    fmt = _pick_format(fmt, output)
    _check_output(output)
    text = " ".join(query).strip()
    if not text:
        raise typer.BadParameter("give words to search for", param_hint="QUERY")
    try:
        con = connect_readonly(database)
        meta = dict(con.execute("SELECT key, value FROM store_meta").fetchall())
    except StoreError as exc:
        raise typer.BadParameter(str(exc), param_hint="DATABASE") from None
    except sqlite3.Error:  # no store_meta table: some other database
        raise typer.BadParameter(f"{database}: not a policymine store (no search index)", param_hint="DATABASE") from None
    stored = [d for d in json.loads(meta.get("user_dicts") or "[]") if d not in dicts]
    missing = [d for d in stored if not os.path.isfile(d)]
    if missing and not quiet:
        _err(f"policymine: the store was indexed with {', '.join(missing)}, not found here: words it cut may be missed")
    seg = _check_dicts([d for d in stored if d not in missing] + list(dicts))
    index = Index(seg)
    try:
        rows = list(search_store(con, index, normalize_query(text), limit=limit or None, year_from=frm, year_to=to,
                                 source=source))  # fmt: skip
    except QueryError as exc:
        _err(f"policymine: search: {exc}")
        raise typer.Exit(ExitStatus.USAGE) from None
    finally:
        con.close()
    _to_output(output, lambda fh: write(results_dataset(rows), fh, fmt, bom=bom))
    if not quiet and not rows:
        _err("policymine: no document matches")
    raise typer.Exit(ExitStatus.OK)


@app.command()
def query(
    database: StorePath,
    sql: Annotated[str, typer.Argument(help="One SQL statement; the database is opened read-only.", show_default=False)],
    fmt: Fmt = None,
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
) -> None:
    """Run read-only SQL on a store and print the rows (tables: documents, indicators, institutions, slogans, keywords, runs).

    Example:

        policymine extract seeds/ -q -o seeds.db

        policymine query seeds.db "SELECT year, title FROM documents"

        policymine query seeds.db "SELECT name, type FROM institutions" -f csv
    """
    import sqlite3

    from .render import write
    from .store import StoreError, connect_readonly, query_dataset

    fmt = _pick_format(fmt, output)
    _check_output(output)
    try:
        con = connect_readonly(database)
    except StoreError as exc:
        raise typer.BadParameter(str(exc), param_hint="DATABASE") from None
    try:
        cur = con.execute(sql)
    except sqlite3.Error as exc:
        con.close()
        _err(f"policymine: query: {_sql_error(exc)}")
        raise typer.Exit(ExitStatus.USAGE) from None

    def write_to(fh) -> None:
        try:
            write(query_dataset(cur), fh, fmt, bom=bom)
        except sqlite3.Error as exc:
            _err(f"policymine: query: {_sql_error(exc)}")
            raise typer.Exit(ExitStatus.USAGE) from None

    try:
        _to_output(output, write_to)
    finally:
        con.close()
    raise typer.Exit(ExitStatus.OK)


def _sql_error(exc) -> str:
    msg = str(exc)
    if "readonly" in msg or "read-only" in msg or "not authorized" in msg:
        return f"the store is opened read-only: SQL that writes (or attaches) is refused ({msg})"
    return msg


# --------------------------------------------------------------------------- #
# normalize, clean, segment
# --------------------------------------------------------------------------- #


def _text_command(paths, fn, output: str | None, encoding: str | None, quiet: bool,
                  files_from: str | None = None, null: bool = False, glob: list[str] = ()) -> None:  # fmt: skip
    """Shared body of normalize/clean/segment: text for one input, JSON Lines {path, text} for several."""
    from .errors import InputError
    from .record import error_record
    from .render import text_dataset, write
    from .sources import Skipped, read_input

    _check_output(output)
    _check_encoding(encoding)
    skipped = Skipped()
    inputs = _inputs(paths, files_from, null, list(glob), skipped)
    run = _Run(quiet, skipped=skipped)

    def results():
        for p in inputs:
            if isinstance(p, InputError):
                yield error_record(p.path, p.reason)
                continue
            try:
                raw = read_input(p, encoding=encoding)
            except InputError as exc:
                yield error_record(p, exc.reason)
                continue
            yield {"path": p, "text": fn(raw.text, raw.kind), "warnings": list(raw.warnings)}

    single = len(inputs) == 1

    def write_all(fh) -> None:
        items = ({k: r[k] for k in ("path", "text")} if "text" in r else r for r in run.watch(results()))
        if single:  # the text alone; an error went to stderr
            from .safety import terminal_text

            shown = terminal_text if _isatty(fh) else str  # on a terminal, no control sequence acts
            for r in items:
                if "text" in r:
                    fh.write(shown(r["text"].rstrip("\n")) + "\n")
                    fh.flush()
        else:
            write(text_dataset(items), fh, "jsonl")

    _to_output(output, write_all)
    raise typer.Exit(run.close())


@app.command()
def normalize(
    paths: Paths = None,
    to: Annotated[str, typer.Option("--to", help="Target script: simplified, traditional or keep.")] = "simplified",
    output: Output = None,
    encoding: Encoding = None,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    converter: Converter = None,
    quiet: Quiet = False,
) -> None:
    """Normalise text: drop pinyin annotations, repair or mark mojibake, convert script, half-width digits.

    Example:

        policymine normalize seeds/003_db29917547b88920.txt

        policymine normalize seeds/003_db29917547b88920.txt --to traditional
    """
    if to not in ("simplified", "traditional", "keep"):
        raise typer.BadParameter("use simplified, traditional or keep", param_hint="--to")
    from .normalize import normalize as _normalize

    _text_command(paths, lambda t, _kind: _normalize(t, to=to).text, output, encoding, quiet, files_from, null, glob)


@app.command()
def clean(
    paths: Paths = None,
    output: Output = None,
    encoding: Encoding = None,
    meta: Annotated[bool, typer.Option("--meta", help="Print metadata and body as JSON Lines instead of the body.")] = False,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    quiet: Quiet = False,
) -> None:
    """Print the article body of a page (normalised), without navigation, notices and lists.

    Example:

        policymine clean seeds/001_64146edaa410157d.txt

        policymine clean --meta seeds/002_3c03dabd353f4fcf.txt

        policymine normalize seeds/001_64146edaa410157d.txt | policymine clean -
    """
    import json

    from .pipeline import prepare
    from .record import META_FIELDS

    def run(text: str, kind: str | None) -> str:
        lay = prepare(text, kind=kind).layout
        if not meta:
            return lay.body
        return json.dumps({k: getattr(lay, k) for k in (*META_FIELDS, "body")}, ensure_ascii=False)

    _text_command(paths, run, output, encoding, quiet, files_from, null, glob)


@app.command()
def segment(
    paths: Paths = None,
    output: Output = None,
    encoding: Encoding = None,
    dicts: Dicts = [],
    pos: Annotated[bool, typer.Option("--pos", help="Add part-of-speech tags (word/tag, as jieba.posseg gives them); about 25x slower.")] = False,
    delimiter: Annotated[str, typer.Option("-d", "--delimiter", help="Between words.")] = " ",
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    engine: Engine = None,
    quiet: Quiet = False,
) -> None:
    """Segment text into words with jieba and the policy-domain dictionary (one line per input line).

    Example:

        policymine segment seeds/002_3c03dabd353f4fcf.txt

        policymine segment --pos seeds/002_3c03dabd353f4fcf.txt

        policymine segment --engine fast seeds/002_3c03dabd353f4fcf.txt
    """
    seg = _check_dicts(dicts, engine or "default", quiet)

    def run(text: str, _kind) -> str:
        lines = []
        for line in text.split("\n"):
            if pos:
                lines.append(delimiter.join(f"{w}/{t}" for w, t in seg.pos_tag(line) if w.strip()))
            else:
                lines.append(delimiter.join(w for w in seg.words(line) if w.strip()))
        return "\n".join(lines)

    _text_command(paths, run, output, encoding, quiet, files_from, null, glob)


# --------------------------------------------------------------------------- #
# diff
# --------------------------------------------------------------------------- #

RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")


def _is_store(path: str) -> bool:
    from .store import is_store

    return not os.path.isdir(path) and is_store(path)


def _diff_records(paths: list[str], opts, jobs: int, run: _Run):
    """Records for diff: read from extract output (.json/.jsonl, ``-``) or extracted from pages."""
    from .diff import load_records
    from .pipeline import iter_records

    for p in paths:
        if p == "-" or p.lower().endswith(RECORD_SUFFIXES):
            yield from run.watch(load_records(p), warn=False)  # their warnings were shown by extract
        elif _is_store(p):
            from .store import iter_records as store_records

            yield from run.watch(store_records(p), warn=False)
        else:
            yield from run.watch(iter_records([p], opts, jobs=jobs))


@app.command()
def diff(
    paths: Annotated[list[str], typer.Argument(help="Pages (files, folders), extract output (.json/.jsonl, - for stdin) or a store (.db). "
                                               "Two paths without --by: compare them directly.", show_default=False)],
    frm: Annotated[Optional[str], typer.Option("--from", help="The group to compare from (default: the earliest).")] = None,
    to: Annotated[Optional[str], typer.Option("--to", help="The group to compare to (default: the latest).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Record field to group by: year (default), source, script ...")] = None,
    show_timeline: Annotated[bool, typer.Option("--timeline", help="Counts per group of every slogan, institution and key term.")] = False,
    min_count: Annotated[int, typer.Option("--min-count", help="Keywords: leave out terms seen fewer times in all.", min=1)] = 2,
    top: Annotated[int, typer.Option("--top", help="Keywords: how many in each direction (or in the timeline).", min=1)] = 20,
    fmt: Annotated[Optional[str], typer.Option("-f", "--format", help=FORMAT_HELP + " json is the whole result; jsonl and csv one row per change.", metavar="FORMAT")] = None,
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
    raw_csv: RawCsv = False,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes for extraction.", min=1)] = 1,
    quiet: Quiet = False,
) -> None:
    """What changed between groups of documents: slogans, institutions, indicators, vocabulary (G2 keyness).

    Example:

        policymine diff seeds/ --from 2021 --to 2025

        policymine extract seeds/ -q -o records.jsonl

        policymine diff records.jsonl --by source --format json

        policymine diff seeds/ --by script --format csv

        policymine diff seeds/ --timeline
    """
    from .diff import GroupError, diff_groups, group_records, pick_groups, timeline
    from .errors import PolicymineError
    from .pipeline import Options
    from .record import is_error
    from .render import diff_dataset, timeline_dataset, write

    fmt = _pick_format(fmt, output)
    _check_output(output)
    run = _Run(quiet)
    opts = Options()
    direct = len(paths) == 2 and by is None and not show_timeline
    try:
        if direct:
            a = [r for r in _diff_records([paths[0]], opts, jobs, run) if not is_error(r)]
            b = [r for r in _diff_records([paths[1]], opts, jobs, run) if not is_error(r)]
            if not a or not b:
                _err("policymine: diff needs at least one good document on each side")
                raise typer.Exit(ExitStatus.NO_INPUT)
            data = diff_dataset(diff_groups(a, b, label_a=paths[0], label_b=paths[1], min_count=min_count, top=top))
        else:
            groups = group_records(_diff_records(paths, opts, jobs, run), by or "year")
            if show_timeline:
                data = timeline_dataset(timeline(groups, top=top))
            else:
                la, lb = pick_groups(groups, frm, to)
                data = diff_dataset(diff_groups(groups[la], groups[lb], label_a=la, label_b=lb, min_count=min_count, top=top))
    except GroupError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.USAGE) from None
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None

    _to_output(output, lambda fh: write(data, fh, fmt, bom=bom, raw_csv=raw_csv))
    status = run.close()
    raise typer.Exit(ExitStatus.SOME_FAILED if status == ExitStatus.SOME_FAILED else ExitStatus.OK)


# --------------------------------------------------------------------------- #
# units, kwic, cooccur: the corpus commands (policymine.units, .kwic, .cooccur)
# --------------------------------------------------------------------------- #

CorpusPaths = Annotated[Optional[list[str]], typer.Argument(
    help="Pages (files, folders), extract output (.json/.jsonl; - for stdin) or a record store (.db).",
    show_default=False)]  # fmt: skip
Jobs = Annotated[int, typer.Option("-j", "--jobs", help="Worker processes for extracting pages.", min=1)]
Bom = Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM (Excel shows Chinese right).")]


def _corpus(paths, files_from, null, glob, opts, jobs, run):
    """The records of a corpus command, watched by ``run`` (errors on stderr)."""
    from .corpus import iter_documents
    from .record import is_error

    if null and not files_from:
        raise typer.BadParameter("--null goes with --files-from", param_hint="--null")
    given = list(paths or [])
    if files_from:
        from .errors import InputError
        from .sources import read_path_list

        try:
            given += list(read_path_list(files_from, null=null))
        except InputError as exc:
            raise typer.BadParameter(exc.reason, param_hint="--files-from") from None
    if not given:
        raise typer.BadParameter("give files, folders, record files or - (stdin)", param_hint="PATHS")
    for p in given:
        if p != "-" and not os.path.exists(p):
            raise typer.BadParameter(f"{p}: no such file or folder", param_hint="PATHS")
    for rec in run.watch(iter_documents(given, opts, jobs, glob=glob, skipped=run.skipped), warn=False):
        if not is_error(rec):
            yield rec


def _write_rows(data, output, fmt, bom) -> None:
    from .errors import PolicymineError
    from .render import write

    try:
        _to_output(output, lambda fh: write(data, fh, fmt, bom=bom))
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None


@app.command()
def units(
    paths: CorpusPaths = None,
    facts: Annotated[bool, typer.Option("--facts", help="One row per indicator, institution mention and slogan mention, with its unit id, instead of the units.")] = False,
    fmt: Fmt = None,
    output: Output = None,
    bom: Bom = False,
    jobs: Jobs = 1,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    quiet: Quiet = False,
) -> None:
    """Split documents into their numbered units (章 节 条 款, 一、 （一） 1. （1） ①), one row a unit.

    Each unit: id (doc_id:3.2.1, the path of ordinal positions), number as written, kind,
    level, parent, heading, offsets [start, end) into the body, text. A text without
    numbering (news) gives paragraphs (doc_id:p3) and sentences (doc_id:p3.s2).

    Example:

        policymine units examples/notice_units.txt -f csv --bom -o units.csv

        policymine units examples/notice_units.txt --facts -f table

        policymine units seeds/ -f jsonl
    """
    from .pipeline import Options
    from .render import rows_dataset
    from .sources import Skipped
    from .units import FACT_ROW_FIELDS, UNIT_FIELDS, add_units, unit_facts

    fmt = _pick_format(fmt, output)
    _check_output(output)
    run = _Run(quiet, skipped=Skipped())
    opts = Options() if facts else Options(extractors=(), keywords=0)
    docs = _corpus(paths, files_from, null, glob, opts, jobs, run)

    if facts:
        def rows():
            for rec in docs:
                if rec.get("units") is None:
                    add_units(rec)
                yield from unit_facts(rec)
        data = rows_dataset(rows(), "facts", FACT_ROW_FIELDS, title="facts by unit", limit=200,
                            view_columns=("unit", "fact", "item", "text", "start", "end"))
    else:
        cols = ("doc", "year") + tuple(c for c in UNIT_FIELDS if c != "doc")

        def rows():
            for rec in docs:
                if rec.get("units") is None:
                    add_units(rec)
                for u in rec["units"]:
                    yield {"doc": u["doc"], "year": rec.get("year"), **{c: u[c] for c in UNIT_FIELDS if c != "doc"}}
        data = rows_dataset(rows(), "units", cols, title="units", limit=200,
                            view_columns=("id", "number", "kind", "level", "heading", "start", "end"))
    _write_rows(data, output, fmt, bom)
    status = run.close()
    raise typer.Exit(ExitStatus.SOME_FAILED if status == ExitStatus.SOME_FAILED else status)


@app.command()
def kwic(
    paths: CorpusPaths = None,
    term: Annotated[list[str], typer.Option("-t", "--term", help="A term to find (exact characters); repeatable.", metavar="TERM")] = [],
    regex: Annotated[list[str], typer.Option("-r", "--regex", help="A regular expression to find (Python syntax); repeatable.", metavar="PATTERN")] = [],
    slogan: Annotated[list[str], typer.Option("-s", "--slogan", help="A slogan of the lexicon (canonical form or alias): finds it in all its written forms; repeatable.", metavar="SLOGAN")] = [],
    width: Annotated[int, typer.Option("-w", "--width", help="Characters of context on each side.", min=0)] = 20,
    fmt: Fmt = None,
    output: Output = None,
    bom: Bom = False,
    jobs: Jobs = 1,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    quiet: Quiet = False,
) -> None:
    r"""Keywords in context: every occurrence of terms, regular expressions or slogans in the bodies.

    One row an occurrence: doc, year, unit (innermost unit id), start, end, pre, keyword,
    post, pattern (the term, regex or canonical slogan that matched).

    Example:

        policymine kwic -t 科技创新 -t 研发 seeds/

        policymine kwic --slogan 放管服 --width 30 seeds/ -f csv --bom -o kwic.csv

        policymine kwic -r '[0-9.]+亿元' -f csv seeds/
    """
    from .kwic import KWIC_FIELDS, PatternError, compile_patterns, kwic_rows
    from .pipeline import Options
    from .render import rows_dataset
    from .sources import Skipped

    if not (term or regex or slogan):
        raise typer.BadParameter("give what to find: -t TERM, -r PATTERN or -s SLOGAN", param_hint="-t/--term")
    try:
        patterns = compile_patterns(term, regex, slogan)
    except PatternError as exc:
        raise typer.BadParameter(str(exc), param_hint="-r/--regex" if "regular" in str(exc) else "-s/--slogan") from None
    fmt = _pick_format(fmt, output)
    _check_output(output)
    run = _Run(quiet, skipped=Skipped())
    docs = _corpus(paths, files_from, null, glob, Options(extractors=(), keywords=0), jobs, run)
    rows = (row for rec in docs for row in kwic_rows(rec, patterns, width))
    _write_rows(rows_dataset(rows, "kwic", KWIC_FIELDS, title="kwic", limit=500,
                             view_columns=("unit", "pre", "keyword", "post", "pattern")), output, fmt, bom)
    status = run.close()
    raise typer.Exit(ExitStatus.SOME_FAILED if status == ExitStatus.SOME_FAILED else status)


@app.command()
def cooccur(
    paths: CorpusPaths = None,
    window: Annotated[str, typer.Option("--window", help="Co-occurrence window: unit, sentence or document.")] = "unit",
    terms: Annotated[str, typer.Option("--terms", help="Which terms, comma-separated: keywords, slogans, institutions.")] = "keywords,slogans,institutions",
    top: Annotated[int, typer.Option("--top", help="Keep the N terms found in most windows.", min=1)] = 100,
    min_count: Annotated[int, typer.Option("--min-count", help="Keep terms and pairs found in at least N windows.", min=1)] = 1,
    by: Annotated[Optional[str], typer.Option("--by", help="One network per value of a record field (year, source ...).")] = None,
    table: Annotated[str, typer.Option("--table", help="With csv, jsonl or table: edges (default), nodes (centralities, communities) or matrix.")] = "edges",
    matrix: Annotated[bool, typer.Option("--matrix", help="Same as --table matrix.")] = False,
    measure: Annotated[str, typer.Option("--measure", help="The matrix's values: count, ochiai, jaccard or association.")] = "count",
    fmt: Annotated[Optional[str], typer.Option("-f", "--format", help="csv, jsonl, json, table, gexf or graphml (Gephi). Default: from -o's suffix, else table on a terminal, jsonl when piped.", metavar="FORMAT")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write to FILE; with --by and gexf/graphml, a FOLDER/ (one file per group).", metavar="FILE")] = None,
    bom: Bom = False,
    jobs: Jobs = 1,
    glob: Glob = [],
    files_from: FilesFrom = None,
    null: Null = False,
    quiet: Quiet = False,
) -> None:
    """Co-word network: term co-occurrence counts, Ochiai/Jaccard/association strengths, centralities, communities.

    c_i is the number of windows containing term i, c_ij those containing both; Ochiai =
    c_ij/sqrt(c_i c_j), Jaccard = c_ij/(c_i+c_j-c_ij), association = c_ij/(c_i c_j).

    Example:

        policymine cooccur seeds/ --top 30

        policymine cooccur seeds/ --window sentence -o network.gexf

        policymine cooccur seeds/ --matrix --measure ochiai -f csv

        policymine cooccur seeds/ --by year --table nodes -f csv
    """
    from .cooccur import (
        EDGE_FIELDS,
        MEASURES,
        NODE_FIELDS,
        TERM_KINDS,
        WINDOWS,
        analyse,
        count,
        matrix_rows,
        network,
        to_graph,
    )
    from .pipeline import Options
    from .render import GRAPH_WRITERS, WRITERS, rows_dataset
    from .sources import Skipped

    if window not in WINDOWS:
        raise typer.BadParameter(f"use one of {', '.join(WINDOWS)}", param_hint="--window")
    kinds = tuple(k.strip() for k in terms.split(",") if k.strip())
    bad = [k for k in kinds if k not in TERM_KINDS]
    if bad or not kinds:
        raise typer.BadParameter(f"use some of {', '.join(TERM_KINDS)}", param_hint="--terms")
    table = "matrix" if matrix else table
    if table not in ("edges", "nodes", "matrix"):
        raise typer.BadParameter("use edges, nodes or matrix", param_hint="--table")
    if measure not in MEASURES:
        raise typer.BadParameter(f"use one of {', '.join(MEASURES)}", param_hint="--measure")
    formats = (*WRITERS, *GRAPH_WRITERS)
    if fmt is None and output:
        ext = os.path.splitext(output)[1].lower().lstrip(".")
        fmt = ext if ext in formats else None
    if fmt is not None and fmt.lower() in GRAPH_WRITERS:
        fmt = fmt.lower()
    else:
        fmt = _pick_format(fmt, output if output and not _is_folder_output(output) else None)
    graph_out = fmt in GRAPH_WRITERS
    folder = _is_folder_output(output)
    if folder and not (graph_out and by):
        raise typer.BadParameter("a folder as output goes with --by and --format gexf or graphml", param_hint="-o/--output")
    _check_output(output, folder_ok=folder)
    needs_nx = graph_out or table == "nodes" or fmt in ("json", "table")
    if needs_nx:
        try:
            import networkx  # noqa: F401
        except ImportError:
            _err("policymine: graphs, centralities and communities need networkx: pip install 'policymine[network]'")
            raise typer.Exit(ExitStatus.USAGE) from None
    run = _Run(quiet, skipped=Skipped())
    opts = Options(extractors=tuple(k for k in kinds if k != "slogans") or ("slogans",), units=window == "unit")
    groups = count(_corpus(paths, files_from, null, glob, opts, jobs, run), kinds, window, by)
    status = run.close()
    if not groups:
        _err("policymine: no documents to count")
        raise typer.Exit(ExitStatus.NO_INPUT if status == ExitStatus.NO_INPUT else ExitStatus.SOME_FAILED)
    nets = []
    for g in sorted(groups):
        net = network(groups[g], top=top, min_count=min_count, group=g)
        nets.append(analyse(net) if needs_nx else net)

    if graph_out:
        from .render import atomic_output

        if len(nets) > 1 and not folder:
            raise typer.BadParameter(f"--by gives {len(nets)} networks: write them to a folder (-o FOLDER/)", param_hint="-o/--output")
        if folder:
            for net in nets:
                safe = re.sub(r"[^\w.-]+", "_", str(net["group"]))
                with atomic_output(os.path.join(output, f"cooccur_{safe}.{fmt}")) as fh:
                    GRAPH_WRITERS[fmt](to_graph(net), fh)
        else:
            _to_output(output, lambda fh: GRAPH_WRITERS[fmt](to_graph(nets[0]), fh))
        raise typer.Exit(ExitStatus.SOME_FAILED if status == ExitStatus.SOME_FAILED else ExitStatus.OK)

    if table == "matrix":
        if len(nets) > 1 and fmt == "csv":
            _err("policymine: note: one matrix per group, one after the other (column 'group')")
        rows, cols = [], ("group", "term")
        for net in nets:
            c, r = matrix_rows(net, measure)
            cols = cols + tuple(x for x in c if x not in cols)
            rows.extend(r)
        data = rows_dataset(rows, "matrix", cols, title=f"co-occurrence matrix ({measure})", limit=60)
    elif table == "nodes":
        data = rows_dataset([n for net in nets for n in net["nodes"]], "nodes", NODE_FIELDS, title="terms", limit=100)
    else:
        data = rows_dataset([e for net in nets for e in net["edges"]], "edges", EDGE_FIELDS,
                            title="strongest pairs (by count, then Ochiai)", limit=40)  # fmt: skip
    if fmt == "json":
        data.document = {"window": window, "terms": list(kinds), "networks": nets}
    _write_rows(data, output, fmt, bom)
    raise typer.Exit(ExitStatus.SOME_FAILED if status == ExitStatus.SOME_FAILED else ExitStatus.OK)


# --------------------------------------------------------------------------- #
# report
# --------------------------------------------------------------------------- #


def _iter_report_records(paths: list[str], opts, jobs: int, run: _Run):
    """Records for the report: pages (extracted on the way), extract output (.json/.jsonl, -) or
    a corpus store (.db), read as diff reads them."""
    yield from _diff_records(paths, opts, jobs, run)


@app.command()
def report(
    paths: Annotated[list[str], typer.Argument(help="Pages (files, folders), extract output (.json/.jsonl, - for stdin) or a corpus store (.db).", show_default=False)],
    output: Annotated[str, typer.Option("-o", "--output", help="The HTML file to write (atomically).", metavar="FILE")],
    terms: Annotated[list[str], typer.Option("--terms", help="Slogans or institutions to chart over time (comma-separated or repeated); default: the most mentioned. Other terms are counted in the bodies.", metavar="TERMS")] = [],
    top: Annotated[int, typer.Option("--top", help="Without --terms: how many slogans and institutions to chart.", min=1)] = 10,
    title: Annotated[str, typer.Option("--title", help="The report's title.")] = "policymine report",
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes for extraction.", min=1)] = 1,
    quiet: Quiet = False,
) -> None:
    """One self-contained HTML file (charts inlined, opens offline): the corpus, slogans and
    institutions over time, indicators, keyness, co-word network, every document highlighted.
    Needs policymine[report] (plotly).

    Example:

        policymine report seeds/ -o report.html

        policymine report seeds/ --top 5 --title 'Seeds' -o report.html

        policymine report seeds/ --terms 新质生产力,政产学研金介用 -o report.html
    """
    from .errors import PolicymineError
    from .pipeline import Options
    from .report import ReportError, plotly_js, write_report

    _check_output(output)
    if output == "-":
        raise typer.BadParameter("give a file to write, e.g. -o report.html", param_hint="-o/--output")
    try:
        plotly_js()
    except ReportError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.USAGE) from None
    chosen = [t for item in terms for t in re.split(r"[,，、]", item) if t.strip()]
    run = _Run(quiet)
    stats: dict = {}
    try:
        def write_to(fh) -> None:
            stats.update(write_report(_iter_report_records(paths, Options(), jobs, run), fh, terms=chosen, top=top, title=title))

        _to_output(output, write_to)
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    status = run.close()
    if not quiet and stats:
        _err(f"policymine: wrote {output}: {stats['documents']} document(s), {stats['indicators']} indicator(s), "
             f"{stats['bytes'] / 1e6:.1f} MB")
    raise typer.Exit(status)


def main() -> None:
    """Entry point: run the app; a closed pipe ends quietly, Ctrl-C exits 130."""
    try:
        app()
    except KeyboardInterrupt:
        _err("policymine: interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        # stdout closed early (``| head``): silence the flush at exit
        _silence_stdout()
        sys.exit(ExitStatus.OK)
    except Exception as exc:  # a bug: one line, not a traceback (POLICYMINE_DEBUG=1 shows it)
        if os.environ.get("POLICYMINE_DEBUG"):
            raise
        _err(f"policymine: internal error ({type(exc).__name__}: {exc}); please report it (POLICYMINE_DEBUG=1 shows where)")
        sys.exit(ExitStatus.SOME_FAILED)
