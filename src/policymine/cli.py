""":mod:`policymine.cli`: the ``policymine`` command (typer).

stdout carries data only; messages, warnings and progress go to stderr. Exit
codes are :class:`policymine.errors.ExitStatus`: 0 all inputs processed, 1 some
failed, 2 usage error, 3 no input at all, 130 interrupted. Heavy modules (jieba,
OpenCC, rich) are imported inside the commands, so ``--help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import ExitStatus

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="policymine",
    help="Mine Chinese policy documents and policy news: normalize, clean, segment, extract, diff.\n\n"
    "Example:  policymine extract seeds/ --format json | jq '.[].title'",
    context_settings=CONTEXT_SETTINGS,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FORMAT_HELP = "Output format: json, jsonl, csv or table. Default: table on a terminal, jsonl when piped."
Paths = Annotated[list[str], typer.Argument(help="Files or folders (recursive: *.txt *.md *.html *.htm); - for stdin.", show_default=False)]
Output = Annotated[Optional[str], typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.", metavar="FILE")]
Dicts = Annotated[list[str], typer.Option("--dict", help="Extra jieba user dictionary (word [freq] [tag] a line); repeatable.", metavar="FILE")]
Encoding = Annotated[Optional[str], typer.Option("--encoding", help="Force the input encoding (e.g. gb18030, big5, utf-16); default: detect.")]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="No warnings or progress on stderr.")]


def _err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        print(f"policymine {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Mine Chinese policy documents and policy news."""


def _pick_format(fmt: str | None, output: str | None) -> str:
    from .render import FORMATS

    if fmt is None:
        if output:
            ext = os.path.splitext(output)[1].lower().lstrip(".")
            return ext if ext in FORMATS else "jsonl"
        return "table" if sys.stdout.isatty() else "jsonl"
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", param_hint="--format")
    return fmt


class _Run:
    """Counts what a run did and owns its exit status."""

    def __init__(self, quiet: bool, errors_path: str | None, strict: bool) -> None:
        self.quiet = quiet
        self.failed = 0
        self.done = 0
        self.strict = strict
        self._errors = open(errors_path, "w", encoding="utf-8") if errors_path else None  # noqa: SIM115

    def watch(self, records, warn: bool = True):
        import json

        for rec in records:
            if "error" in rec:
                self.failed += 1
                _err(f"policymine: {rec['error']}")
                if self._errors:
                    self._errors.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    self._errors.flush()
                if self.strict:
                    raise typer.Exit(ExitStatus.SOME_FAILED)
            else:
                self.done += 1
                if warn and not self.quiet:
                    for w in rec.get("warnings") or []:
                        _err(f"policymine: {rec.get('path')}: {w}")
            yield rec

    def close(self) -> int:
        if self._errors:
            self._errors.close()
        if self.done == 0 and self.failed == 0:
            return ExitStatus.NO_INPUT
        return ExitStatus.SOME_FAILED if self.failed else ExitStatus.OK


def _progress(records, total: int, quiet: bool):
    """A progress bar on stderr for runs over many files, when stderr is a terminal."""
    if quiet or total < 5 or not sys.stderr.isatty():
        yield from records
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        for r in records:
            yield r
            bar.advance(task)


def _check_output(output: str | None) -> None:
    """A usage error, before any work, when ``-o`` cannot be written."""
    if not output or output == "-":
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise typer.BadParameter(f"the folder {folder} does not exist", param_hint="-o/--output")
    if os.path.isdir(output):
        raise typer.BadParameter(f"{output} is a folder", param_hint="-o/--output")


def _to_output(output: str | None, write_to) -> None:
    """Run ``write_to(stream)`` on stdout or, atomically, on ``-o FILE``; a reader that
    closes the pipe early (``| head``) ends the run quietly with status 0."""
    from .render import atomic_output

    try:
        if output and output != "-":
            with atomic_output(output) as fh:
                write_to(fh)
        else:
            write_to(sys.stdout)
            sys.stdout.flush()
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(ExitStatus.OK) from None


def _emit(records, fmt: str, output: str | None, **kw) -> None:
    from .render import write

    _to_output(output, lambda fh: write(records, fh, fmt, **kw))


def _expand(paths: list[str]) -> list:
    from .sources import iter_inputs

    return list(iter_inputs(paths))


@app.command()
def extract(
    paths: Paths,
    fmt: Annotated[Optional[str], typer.Option("-f", "--format", help=FORMAT_HELP, metavar="FORMAT")] = None,
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM (Excel shows Chinese right).")] = False,
    dicts: Dicts = [],  # noqa: B006
    encoding: Encoding = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes; 0 (default): all cores when there are 8 files or more, else 1.", min=0)] = 0,
    keywords: Annotated[int, typer.Option("--keywords", help="Keywords per document (0: none).", min=0)] = 10,
    explain: Annotated[bool, typer.Option("--explain", help="Add 'excluded': the numbers left out and why.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip inputs larger than this.", min=1)] = 50 * 1024 * 1024,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails.")] = False,
    errors: Annotated[Optional[str], typer.Option("--errors", help="Also write error records to FILE (JSON Lines).", metavar="FILE")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Spread the files over a Dask cluster: a scheduler address, or 'local'. Needs policymine[dask].", metavar="ADDRESS")] = None,
    no_body: Annotated[bool, typer.Option("--no-body", help="Leave the cleaned body out of the records.")] = False,
    ascii_: Annotated[bool, typer.Option("--ascii", help="Escape non-ASCII characters in JSON.")] = False,
    quiet: Quiet = False,
) -> None:
    """Extract one record per document: metadata, body, indicators, institutions, slogans, keywords.

    Example:

        policymine extract seeds/ --format json | python ../shared/eval/score.py - ../shared/gold

        policymine extract corpus/ -o corpus.jsonl --jobs 0

        policymine extract seeds/ --format csv --bom -o indicators.csv

        policymine extract corpus/ --dask tcp://scheduler:8786 -o corpus.jsonl
    """
    from .pipeline import Options, records_of

    fmt = _pick_format(fmt, output)
    _check_output(output)
    opts = Options(user_dicts=tuple(dicts), encoding=encoding, max_bytes=max_bytes, keywords=keywords,
                   explain=explain, strict=strict)
    inputs = _expand(paths)
    if jobs == 0:
        jobs = (os.cpu_count() or 1) if len(inputs) >= 8 else 1
    run = _Run(quiet, errors, strict)

    encode = None
    if fmt in ("json", "jsonl") and (dask or jobs > 1):
        # workers write each record as JSON themselves; the parent only writes text
        import functools

        from .render import json_text

        encode = functools.partial(json_text, ascii=ascii_, drop=("body",) if no_body else ())

    def records():  # in input order, bad paths included
        if dask:
            from .pipeline import iter_records_dask

            yield from iter_records_dask(inputs, opts, address=dask, encode=encode)
        else:
            yield from records_of(inputs, opts, jobs=jobs, encode=encode)

    stream = run.watch(_progress(records(), len(inputs), quiet))
    if no_body and encode is None:
        stream = ({k: v for k, v in r.items() if k != "body"} for r in stream)
    from .errors import PolicymineError

    try:
        _emit(stream, fmt, output, bom=bom, ascii=ascii_)
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    raise typer.Exit(run.close())


def _text_command(paths: list[str], fn, output: str | None, encoding: str | None, quiet: bool) -> None:
    """Shared body of normalize/clean/segment: text for one input, JSON Lines {path, text} for several."""
    import json

    from .errors import PolicymineError
    from .sources import read_input

    _check_output(output)
    inputs = _expand(paths)
    run = _Run(quiet, None, False)

    def results():
        for p in inputs:
            if isinstance(p, Exception):
                yield {"path": str(p).split(":", 1)[0], "error": str(p)}
                continue
            try:
                raw = read_input(p, encoding=encoding)
                yield {"path": p, "text": fn(raw.text)}
            except PolicymineError as exc:
                yield {"path": p, "error": str(exc)}

    single = len(inputs) == 1

    def write_all(fh) -> None:
        for r in run.watch(results()):
            if single:
                if "error" not in r:  # the error itself went to stderr
                    fh.write(r["text"].rstrip("\n") + "\n")
            else:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()

    _to_output(output, write_all)
    raise typer.Exit(run.close())


@app.command()
def normalize(
    paths: Paths,
    to: Annotated[str, typer.Option("--to", help="Target script: simplified, traditional or keep.")] = "simplified",
    output: Output = None,
    encoding: Encoding = None,
    quiet: Quiet = False,
) -> None:
    """Normalise text: drop pinyin annotations, repair or mark mojibake, convert script, half-width digits.

    Example:

        policymine normalize seeds/003_db29917547b88920.txt | head

        policymine normalize page.txt --to traditional
    """
    if to not in ("simplified", "traditional", "keep"):
        raise typer.BadParameter("use simplified, traditional or keep", param_hint="--to")
    from .normalize import normalize as _normalize

    _text_command(paths, lambda t: _normalize(t, to=to).text, output, encoding, quiet)


@app.command()
def clean(
    paths: Paths,
    output: Output = None,
    encoding: Encoding = None,
    meta: Annotated[bool, typer.Option("--meta", help="Print metadata and body as JSON Lines instead of the body.")] = False,
    quiet: Quiet = False,
) -> None:
    """Print the article body of a page (normalised), without navigation, notices and lists.

    Example:

        policymine clean seeds/001_64146edaa410157d.txt

        policymine normalize page.txt | policymine clean -
    """
    import json

    from .pipeline import prepare

    def run(text: str) -> str:
        lay = prepare(text).layout
        if not meta:
            return lay.body
        keys = ("title", "date", "year", "year_inferred", "source", "authors", "body")
        return json.dumps({k: getattr(lay, k) for k in keys}, ensure_ascii=False)

    _text_command(paths, run, output, encoding, quiet)


@app.command()
def segment(
    paths: Paths,
    output: Output = None,
    encoding: Encoding = None,
    dicts: Dicts = [],  # noqa: B006
    pos: Annotated[bool, typer.Option("--pos", help="Add part-of-speech tags (word/tag); about 25x slower.")] = False,
    delimiter: Annotated[str, typer.Option("-d", "--delimiter", help="Between words.")] = " ",
    quiet: Quiet = False,
) -> None:
    """Segment text into words with jieba and the policy-domain dictionary (one line per input line).

    Example:

        policymine segment seeds/002_3c03dabd353f4fcf.txt | head -3

        policymine normalize page.txt | policymine clean - | policymine segment - --pos
    """
    from .segment import get_segmenter

    seg = get_segmenter(tuple(dicts))

    def run(text: str) -> str:
        lines = []
        for line in text.split("\n"):
            if pos:
                lines.append(delimiter.join(f"{w}/{t}" for w, t in seg.pos_tag(line) if w.strip()))
            else:
                lines.append(delimiter.join(w for w in seg.words(line) if w.strip()))
        return "\n".join(lines)

    _text_command(paths, run, output, encoding, quiet)


RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")


def _diff_records(paths: list[str], opts, jobs: int, run: "_Run"):
    """Records for diff: read from extract output (.json/.jsonl, ``-``) or extracted from pages."""
    from .diff import load_records
    from .pipeline import iter_records

    for p in paths:
        if p == "-" or p.lower().endswith(RECORD_SUFFIXES):
            yield from run.watch(load_records(p), warn=False)  # their warnings were shown by extract
        else:
            yield from run.watch(iter_records([p], opts, jobs=jobs))


@app.command()
def diff(
    paths: Annotated[list[str], typer.Argument(help="Pages (files, folders) or extract output (.json/.jsonl, - for stdin). "
                                               "Two paths without --by: compare them directly.", show_default=False)],
    frm: Annotated[Optional[str], typer.Option("--from", help="The group to compare from (default: the earliest).")] = None,
    to: Annotated[Optional[str], typer.Option("--to", help="The group to compare to (default: the latest).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Record field to group by: year (default), source, script ...")] = None,
    show_timeline: Annotated[bool, typer.Option("--timeline", help="Counts per group of every slogan, institution and key term.")] = False,
    min_count: Annotated[int, typer.Option("--min-count", help="Keywords: leave out terms seen fewer times in all.", min=1)] = 2,
    top: Annotated[int, typer.Option("--top", help="Keywords: how many in each direction (or in the timeline).", min=1)] = 20,
    fmt: Annotated[Optional[str], typer.Option("-f", "--format", help="json, jsonl, csv or table. Default: table on a terminal, json when piped.", metavar="FORMAT")] = None,
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes for extraction.", min=1)] = 1,
    quiet: Quiet = False,
) -> None:
    """What changed between groups of documents: slogans, institutions, indicators, vocabulary (G2 keyness).

    Example:

        policymine diff seeds/ --from 2021 --to 2025

        policymine extract corpus/ -o corpus.jsonl; policymine diff corpus.jsonl --by source --format json

        policymine diff old_pages/ new_pages/ --format csv -o changes.csv

        policymine diff seeds/ --timeline
    """
    import json

    from .diff import GroupError, diff_groups, diff_rows, group_records, pick_groups, render_tables, render_timeline, timeline
    from .errors import PolicymineError
    from .pipeline import Options

    if fmt is None:
        fmt = "table" if (not output and sys.stdout.isatty()) else "json"
    fmt = fmt.lower()
    if fmt not in ("json", "jsonl", "csv", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use json, jsonl, csv or table", param_hint="--format")
    _check_output(output)
    run = _Run(quiet, None, False)
    opts = Options()
    direct = len(paths) == 2 and by is None and not show_timeline
    try:
        if direct:
            a = list(_diff_records([paths[0]], opts, jobs, run))
            b = list(_diff_records([paths[1]], opts, jobs, run))
            a = [r for r in a if "error" not in r]
            b = [r for r in b if "error" not in r]
            if not a or not b:
                _err("policymine: diff needs at least one good document on each side")
                raise typer.Exit(ExitStatus.NO_INPUT)
            result = diff_groups(a, b, label_a=paths[0], label_b=paths[1], min_count=min_count, top=top)
        else:
            groups = group_records(_diff_records(paths, opts, jobs, run), by or "year")
            if show_timeline:
                result = timeline(groups, top=top)
            else:
                la, lb = pick_groups(groups, frm, to)
                result = diff_groups(groups[la], groups[lb], label_a=la, label_b=lb, min_count=min_count, top=top)
    except GroupError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.USAGE) from None
    except PolicymineError as exc:
        _err(f"policymine: {exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None

    def rows():
        if show_timeline:
            for section, key in (("slogans", "text"), ("institutions", "name"), ("keywords", "term")):
                for it in result[section]:
                    yield {"section": section, "item": it[key], **{str(k): v for k, v in it["counts"].items()}}
        else:
            yield from diff_rows(result)

    def write_to(fh) -> None:
        if fmt == "json":
            fh.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        elif fmt == "jsonl":
            for r in rows():
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            import csv

            if bom:
                fh.write("\ufeff")
            all_rows = list(rows())
            cols = list(dict.fromkeys(k for r in all_rows for k in r))
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(all_rows)
        else:
            from rich.console import Console

            console = Console(file=fh, highlight=False)
            (render_timeline if show_timeline else render_tables)(result, console)
        fh.flush()

    _to_output(output, write_to)
    raise typer.Exit(ExitStatus.SOME_FAILED if run.failed else ExitStatus.OK)


def main() -> None:
    """Entry point: run the app; a closed pipe ends quietly, Ctrl-C exits 130."""
    try:
        app()
    except KeyboardInterrupt:
        _err("policymine: interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        # stdout closed early (``| head``): silence the flush at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(ExitStatus.OK)
