"""Hostile pages (issue 17): nothing a page holds runs in a spreadsheet, spoofs a terminal, leaves
the output folder or stalls a run. The pages are written here, in tmp_path, never committed."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policymine import markup, pipeline
from policymine.cli import app
from policymine.record import is_error
from policymine.render import records_dataset, write
from policymine.safety import csv_cell, is_formula, path_inside, rich_escape, safe_filename, terminal_text
from ptyrun import on_a_pty

ROOT = Path(__file__).resolve().parent.parent
CMD = [sys.executable, "-m", "policymine"]
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def invoke(*args, **kw):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False, **kw)


def nested(depth: int) -> str:
    return "<html><body><p>正文内容，很长的一段话。</p>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>"


def unclosed(n: int) -> str:
    return "<html><body>" + "<span>文字，" * n


PARA = "今年全市将发布企业技术需求1500项以上，高新技术企业达到200家，同比增长15%。"


def hostile_pages() -> dict[str, str]:
    """Pages that attack each output: formula cells, rich markup, escape sequences, scripts."""
    return {
        "formula.html": f"<html><head><title>=HYPERLINK(\"http://x\",\"点击\")</title></head><body>"
                        f"<p>=HYPERLINK(\"http://example.com\",\"点击\"){PARA}</p><p>+SUM(A1:A9){PARA}</p>"
                        f"<p>-2+3 {PARA}</p><p>@cmd {PARA}</p><p>\t=1+1 {PARA}</p></body></html>",
        "markup.html": f"<html><head><title>某市[bold red]科技局[/bold red][link=http://x]点我[/link]</title></head>"
                       f"<body><p>[bold]某市[/bold]科技局{PARA}</p></body></html>",
        "escape.txt": f"某市科技局通知\x1b]0;pwned\x07\x1b[2J\x1b[31m\n\n{PARA}\x1b[0m\u202e反转\u2066文字\u2069\x9b31m。\n",
        "script.html": f"<html><body><p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:alert(1) {PARA}</p>"
                       f"<script>document.write('</script>')</script><p>{PARA}</p></body></html>",
    }


# --------------------------------------------------------------------------- #
# the helpers
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", " -x", "=", "=HYPERLINK(\"x\")"])
def test_formula_text_gets_a_leading_quote(text):
    assert is_formula(text)
    assert csv_cell(text) == "'" + text
    assert not is_formula(csv_cell(text))
    assert csv_cell(text, raw=True) == text


@pytest.mark.parametrize("value", ["科技局", ">=", "~", "<=", ">", "1+1", "a=b", "", "'=1", "＝1"])
def test_other_text_stays(value):
    assert csv_cell(value) == value


@pytest.mark.parametrize("value", [-5, -2.5, 0, 1500.0, None, True])
def test_numbers_stay_numbers(value):
    assert csv_cell(value) is value


def test_terminal_text_shows_controls_and_bidi_visibly():
    assert terminal_text("a\x1b[31mb") == "a\\x1b[31mb"
    assert terminal_text("t\x1b]0;x\x07") == "t\\x1b]0;x\\x07"
    assert terminal_text("a\x9bb\x7f") == "a\\x9bb\\x7f"
    assert terminal_text("a\u202eb\u2066c\u2069") == "a<U+202E>b<U+2066>c<U+2069>"
    assert terminal_text("行一\n\t行二") == "行一\n\t行二"
    assert terminal_text("某市科技局") == "某市科技局"
    assert rich_escape("[bold red]x[/bold red]") == "\\[bold red]x\\[/bold red]"


@given(st.text())
def test_terminal_text_leaves_nothing_a_terminal_acts_on(s):
    shown = terminal_text(s)
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c in BIDI for c in shown)


@given(st.text())
def test_a_file_name_from_page_data_stays_in_its_folder(tmp_path_factory, name):
    folder = str(tmp_path_factory.getbasetemp())
    path = path_inside(folder, name, ".csv")
    assert os.path.dirname(os.path.abspath(path)) == os.path.abspath(folder)
    base = safe_filename(name)
    assert base and "/" not in base and "\\" not in base and "\x00" not in base and not base.startswith(".")
    assert len(base.encode("utf-8")) <= 200


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "..", ".", "a/../../b", "C:\\x", "CON", "nul.txt", "\x00", ""])
def test_hostile_ids_as_file_names(name, tmp_path):
    path = path_inside(str(tmp_path), name, ".csv")
    assert Path(path).parent == tmp_path


# --------------------------------------------------------------------------- #
# CSV
# --------------------------------------------------------------------------- #


def _extract(tmp_path, *args, pages=None) -> tuple[int, str, str]:
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    for name, text in (pages or hostile_pages()).items():
        (folder / name).write_text(text, encoding="utf-8")
    result = invoke("extract", folder, "-q", *args)
    return result.exit_code, result.stdout, result.stderr


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


@pytest.mark.parametrize("table", ["indicators", "institutions", "slogans", "keywords", "documents"])
def test_no_csv_cell_is_a_formula(tmp_path, table):
    code, out, _err = _extract(tmp_path, "-f", "csv", "--table", table)
    assert code == 0
    cells = _cells(out)
    assert cells and not [c for c in cells if is_formula(c)]


def test_the_formulas_are_there_with_a_quote_and_raw_csv_keeps_them(tmp_path):
    _code, out, _ = _extract(tmp_path, "-f", "csv")
    cells = _cells(out)
    assert any(c.startswith("'=HYPERLINK(") for c in cells)
    assert "'=" in cells  # the qualifier "=" shows as text
    assert ">=" in cells  # the other qualifiers are text already
    assert "1500.0" in cells  # numbers as numbers
    _code, raw, _ = _extract(tmp_path, "-f", "csv", "--raw-csv")
    raw_cells = _cells(raw)
    assert any(c.startswith("=HYPERLINK(") for c in raw_cells) and "=" in raw_cells


def test_every_table_file_is_safe(tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    code, _, _ = _extract(tmp_path, "-o", f"{out}/")
    assert code == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(f"{t}.csv" for t in ("indicators", "institutions", "slogans", "keywords", "documents"))
    for f in out.iterdir():
        assert not [c for c in _cells(f.read_text(encoding="utf-8")) if is_formula(c)], f.name


def test_json_keeps_the_text_exact(tmp_path):
    _code, out, _ = _extract(tmp_path, "-f", "jsonl")
    records = {Path(r["path"]).name: r for r in map(json.loads, out.splitlines())}
    assert records["markup.html"]["title"].startswith("某市[bold red]科技局[/bold red]")
    escaped = records["escape.txt"]
    assert "\x1b]0;pwned\x07" in (escaped["title"] or "") + escaped["body"]
    assert "\u202e" in escaped["body"]
    assert records["formula.html"]["body"].startswith("=HYPERLINK(")
    assert any(i["qualifier"] == "=" for r in records.values() for i in r["indicators"])


def test_diff_csv_is_safe_too(tmp_path):
    pages = {f"{y}.txt": f"某市科技局\n\n{y}年1月2日\n\n=CMD|' /C calc'!A0 推进“揭榜挂帅”。{PARA}\n" for y in (2021, 2025)}
    code, out, _ = _extract(tmp_path, "-f", "jsonl", pages=pages)
    assert code == 0
    records = tmp_path / "r.jsonl"
    records.write_text(out, encoding="utf-8")
    result = invoke("diff", records, "-f", "csv", "-q")
    assert result.exit_code == 0
    assert not [c for c in _cells(result.stdout) if is_formula(c)]


# --------------------------------------------------------------------------- #
# terminal
# --------------------------------------------------------------------------- #


def test_table_view_prints_page_markup_literally(tmp_path):
    code, out, _ = _extract(tmp_path, "-f", "table")
    assert code == 0
    assert "某市[bold red]科技局[/bold red][link=http://x]点我[/link]" in out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert not any(c in out for c in BIDI)
    assert "\\x1b]0;pwned\\x07" in out


def test_messages_on_stderr_show_control_characters_visibly(tmp_path):
    bad = tmp_path / "坏[bold]\x1b[31m.txt"
    bad.write_bytes(b"")
    result = invoke("extract", bad, "-f", "jsonl")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\\x1b[31m" in result.stderr


def test_normalize_on_a_terminal_shows_escapes_visibly(tmp_path):
    from policymine.cli import _text_command

    page = tmp_path / "p.txt"
    page.write_text("标题\x1b[2J正文\u202e。\n", encoding="utf-8")

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    sys_stdout = sys.stdout
    sys.stdout = tty
    try:
        with pytest.raises(typer.Exit):
            _text_command([str(page)], lambda t, _k: t, None, None, True)
    finally:
        sys.stdout = sys_stdout
    assert tty.getvalue() == "标题\\x1b[2J正文<U+202E>。\n"
    assert invoke("normalize", page, "--to", "keep").stdout == "标题\x1b[2J正文\u202e。\n"  # piped: exact


@pytest.mark.slow
def test_on_a_real_terminal_markup_prints_literally_and_no_escape_acts(tmp_path):
    pyte = pytest.importorskip("pyte")
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("markup.html", "escape.txt"):
        (folder / name).write_text(hostile_pages()[name], encoding="utf-8")
    out, code = on_a_pty(["extract", str(folder)])
    assert code == 0, out[-2000:]
    screen = pyte.Screen(160, 2000)
    stream = pyte.ByteStream(screen)
    stream.feed(out.replace(b"\n", b"\r\n"))
    text = "\n".join(line.rstrip() for line in screen.display)
    assert "某市[bold red]科技局[/bold red]" in text  # markup shown, not applied
    assert "\\x1b]0;pwned\\x07" in text and "\\x1b[2J" in text  # escapes shown, not run
    assert screen.title != "pwned"  # the OSC sequence did not set the window title
    # no cell of the page's words is red or bold: rich read no markup out of page text
    for y, line in enumerate(screen.display):
        x = line.find("科技局")
        if x >= 0 and "[bold red]" in line:
            cell = screen.buffer[y][x + 1]  # after a wide character's first column
            assert cell.fg != "red" and not cell.bold


# --------------------------------------------------------------------------- #
# bounded cost
# --------------------------------------------------------------------------- #

BOMBS = {
    "nested": lambda n: nested(n),
    "unclosed": lambda n: unclosed(n),
    "stray_end_tags": lambda n: "<span>" * n + "</x>" * n,
    "p_in_table": lambda n: "<p><table>" + "<div>" * n,
    "lists": lambda n: "<ul>" + "<li><ul>" * n,
    "huge_attribute": lambda n: '<div class="' + "a" * (n * 50) + '">x</div>',
    "many_attributes": lambda n: "<div " + " ".join(f"a{i}=b" for i in range(n)) + ">x</div>",
    "comment_bomb": lambda n: "<p>x</p>" + "<!--" * n,
    "comment_gt_bomb": lambda n: "<p>x</p>" + "<!-- >" * n,
    "cdata_bomb": lambda n: "<p>x</p>" + "<![CDATA[" * n,
    "cdata_gt_bomb": lambda n: "<p>x</p>" + "<![CDATA[ >" * n,
    "open_tags": lambda n: "<p>x</p>" + "<a " * n,
    "open_attributes": lambda n: "<p>x</p>" + "<a a=" * n,
    "declarations": lambda n: "<p>x</p>" + "<!" * n,
    "script_end_tags": lambda n: "<p>x</p><script>" + "</" * n,
}


def _seconds(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_markup_reading_is_linear(bomb):
    """Four times the markup costs about four times as long (quadratic reading: 16 times)."""
    small, big = BOMBS[bomb](2500), BOMBS[bomb](10000)
    markup.read_page(small)  # warm
    t_small = min(_seconds(markup.read_page, small) for _ in range(3))
    t_big = min(_seconds(markup.read_page, big) for _ in range(2))
    assert t_big < max(8 * t_small, 0.05), (bomb, t_small, t_big)


@pytest.mark.slow
def test_200000_nested_divs_read_in_seconds():
    page = nested(200_000)
    assert len(page) > 2_000_000
    t = time.perf_counter()
    text = markup.read_page(page).text
    assert time.perf_counter() - t < 30
    assert "正文内容" in text


def test_the_same_text_on_deep_and_shallow_nesting():
    assert markup.html_to_text(nested(30_000)).text == markup.html_to_text(nested(3)).text


# --------------------------------------------------------------------------- #
# --doc-timeout
# --------------------------------------------------------------------------- #


def test_a_document_past_its_budget_is_an_error_record(monkeypatch):
    def slow(path, options):
        while True:
            pass

    monkeypatch.setattr(pipeline, "process_path", slow)
    t = time.perf_counter()
    rec = pipeline._safe_process("x.html", pipeline.Options(doc_timeout=0.2))
    assert time.perf_counter() - t < 5
    assert is_error(rec) and "--doc-timeout" in rec["error"]
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # the timer is off again


def test_extract_goes_on_after_a_document_runs_out_of_time(tmp_path):
    (tmp_path / "a_deep.html").write_text(nested(400_000), encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(f"某市科技局通知\n\n{PARA}\n", encoding="utf-8")
    result = invoke("extract", tmp_path, "-f", "jsonl", "--doc-timeout", "0.2", "-j", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [is_error(r) for r in records] == [True, False]
    assert "--doc-timeout" in records[0]["error"] and "a_deep.html" in result.stderr


@pytest.mark.slow
def test_doc_timeout_with_jobs(tmp_path):
    for i in range(3):
        (tmp_path / f"deep{i}.html").write_text(nested(1_200_000), encoding="utf-8")
        (tmp_path / f"good{i}.txt").write_text(f"某市科技局通知{i}\n\n{PARA}\n", encoding="utf-8")
    proc = subprocess.run([*CMD, "extract", str(tmp_path), "-f", "jsonl", "--doc-timeout", "1.5", "-j", "2", "-q"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 6
    assert sorted(Path(r["path"]).name for r in records if is_error(r)) == [f"deep{i}.html" for i in range(3)]
    assert all("--doc-timeout" in r["error"] for r in records if is_error(r))


# --------------------------------------------------------------------------- #
# generated hostile input
# --------------------------------------------------------------------------- #

_PIECES = ["<div>", "</div>", "<p>", "</p>", "<span>", "<a href='javascript:x'>", "</a>", "<!--", "-->", "<![CDATA[",
           "]]>", "<script>", "</script>", "<table><tr><td>", "<li>", "<", ">", "&amp;", "&#x1b;", "'", '"', "=",
           "=HYPERLINK(\"x\")", "+1", "-1", "@x", "\t", "\r", "\x1b[31m", "\x1b]0;t\x07", "\x9b", "\u202e", "\u2066",
           "[bold red]", "[/]", "[link=http://x]", "科技局", "1500项以上", "增长15%", "，", "。", "\n", " "]  # fmt: skip
_ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16", "latin-1"]


def _safe_outputs(records: list[dict]) -> None:
    for fmt in ("csv", "table", "jsonl"):
        out = io.StringIO()
        write(records_dataset(iter(records)), out, fmt)
        text = out.getvalue()
        if fmt == "csv":
            assert not [c for c in _cells(text) if is_formula(c)]
        elif fmt == "table":
            assert "\x1b" not in text and not any(c in text for c in BIDI) and "\x9b" not in text
        else:
            assert [json.loads(line) for line in text.rstrip("\n").split("\n")] == records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=80), encoding=st.sampled_from(_ENCODINGS),
       depth=st.integers(0, 300))  # fmt: skip
def test_generated_pages_give_one_safe_record_each(tmp_path_factory, pieces, encoding, depth):
    folder = tmp_path_factory.mktemp("gen")
    text = "<div>" * depth + "".join(pieces) + "</div>" * (depth // 2)
    path = folder / "page.html"
    path.write_bytes(text.encode(encoding, "replace"))
    t = time.perf_counter()
    records = list(pipeline.iter_records([str(path)], pipeline.Options(doc_timeout=30)))
    assert time.perf_counter() - t < 30
    assert len(records) == 1
    assert is_error(records[0]) or "body" in records[0]
    assert "Traceback" not in records[0].get("error", "")
    _safe_outputs(records)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_generated_text_gives_one_safe_record(text):
    rec = pipeline.process_text(text)
    _safe_outputs([rec])


# --------------------------------------------------------------------------- #
# the bar
# --------------------------------------------------------------------------- #


@pytest.mark.slow
def test_a_folder_of_hostile_pages_through_extract(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    pages = hostile_pages() | {"deep.html": nested(200_000), "unclosed.html": unclosed(20_000)}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    t = time.perf_counter()
    outputs = {}
    for fmt in ("csv", "table", "jsonl"):
        proc = subprocess.run([*CMD, "extract", str(folder), "-f", fmt, "--table" if fmt == "csv" else "-q",
                               *(["documents"] if fmt == "csv" else []), "-q", "-j", "2"],
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
        assert "\x1b" not in proc.stderr
        outputs[fmt] = proc.stdout
    took = time.perf_counter() - t
    assert took < 60, took
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert len(rows) == len(pages)  # one row per document (or its error)
    assert not [c for c in _cells(outputs["csv"]) if is_formula(c)]
    records = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert sorted(Path(r["path"]).name for r in records) == sorted(pages)
    table = outputs["table"]
    assert "\x1b" not in table and "\x07" not in table and not any(c in table for c in BIDI)
    assert "某市[bold red]科技局[/bold red]" in table
    for r in records:  # every document has its table, every error its line
        assert (r["path"] if is_error(r) else f"id      {r['id']}") in table


# --------------------------------------------------------------------------- #
# the linear parser reads markup as Python's parser does
# --------------------------------------------------------------------------- #


def _events(base):
    from html.parser import HTMLParser

    class Recorder(base):
        def __init__(self):
            if base is HTMLParser:
                super().__init__(convert_charrefs=True)
            else:
                super().__init__()
            self.events = []

        def handle_starttag(self, tag, attrs):
            self.events.append(("start", tag, tuple(attrs)))

        def handle_endtag(self, tag):
            self.events.append(("end", tag))

        def handle_data(self, data):  # pieces of text joined: only what they say counts
            if self.events and self.events[-1][0] == "data":
                self.events[-1] = ("data", self.events[-1][1] + data)
            else:
                self.events.append(("data", data))

        def handle_comment(self, data):
            self.events.append(("comment", data))

        def handle_decl(self, data):
            self.events.append(("decl", data))

        def handle_pi(self, data):
            self.events.append(("pi", data))

        def unknown_decl(self, data):
            self.events.append(("unknown", data))

    return Recorder


_MARKUP = ["<a", "<", ">", "</", "<!--", "-->", "<!", "<?", "<![CDATA[", "]]>", "'", '"', "=", " ", "x", "&amp",
           "&#1", ";", "<script>", "</script>", "<p>", "b", "\n", "/", "<!doctype", "<![if", "]>"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKUP), max_size=16))
def test_the_parser_reads_markup_as_pythons_does(pieces):
    from html.parser import HTMLParser

    text = "".join(pieces)
    theirs = _events(HTMLParser)()
    try:
        theirs.feed(text)
        theirs.close()
    except AssertionError:  # Python's own parser fails on some marked sections; ours reads them
        return
    ours = _events(markup._TolerantParser)()
    ours.run(text)
    assert ours.events == theirs.events
