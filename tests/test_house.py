"""The house: one segmenter per run, the record defined once, every writer in render, one seam
for inputs, shared language facts. Each test here failed on the code before issue 12."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import policymine
from policymine import record, render
from policymine.cli import app

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"

# a made-up term jieba does not know: without the user's dictionary it falls apart
TERM = "量子雷达芯片"
TEXT = (f"兰州新区建设{TERM}产业园。{TERM}项目今年投产，{TERM}企业达到12家。"
        f"全市推进“{TERM}”工程，带动上下游企业发展。")  # fmt: skip


@pytest.fixture
def user_dict(tmp_path):
    d = tmp_path / "my_terms.txt"
    d.write_text(f"{TERM} 50 n\n", encoding="utf-8")
    return d


def invoke(*args, **kw):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False, **kw)


# --------------------------------------------------------------------------- #
# 1. the segmenter is passed, never fetched
# --------------------------------------------------------------------------- #


def test_without_the_dictionary_the_term_falls_apart():
    from policymine.segment import get_segmenter

    assert TERM not in get_segmenter().words(TEXT)


def test_a_user_word_comes_out_whole_in_segment(user_dict, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = invoke("segment", page, "--dict", user_dict)
    assert result.exit_code == 0
    assert TERM in result.stdout.split()


def test_a_user_word_comes_out_whole_in_keywords(user_dict):
    plain = policymine.extract_text(TEXT)
    mine = policymine.extract_text(TEXT, user_dicts=(str(user_dict),))
    assert TERM not in [k["term"] for k in plain["keywords"]]
    assert mine["keywords"][0]["term"] == TERM


def test_a_user_word_reaches_slogan_discovery(tmp_path):
    # an idiom by the user's dictionary (tag i) is quoted for effect, not a slogan
    text = "会议提出，要坚持“研产销服”理念，推动园区建设。"
    d = tmp_path / "idioms.txt"
    d.write_text("研产销服 20 i\n", encoding="utf-8")
    plain = policymine.extract_text(text)
    mine = policymine.extract_text(text, user_dicts=(str(d),))
    assert "研产销服" in [s["text"] for s in plain["slogans"]]
    assert "研产销服" not in [s["text"] for s in mine["slogans"]]


def test_one_jieba_dictionary_per_process(user_dict, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(TEXT.replace("？", "?").replace("“", "?日(rì)"), encoding="utf-8")  # mojibake repair too
    code = (
        "import policymine, policymine.segment as s\n"
        f"policymine.extract_path({str(page)!r}, user_dicts=({str(user_dict)!r},))\n"
        "print(s.loaded_dictionaries())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_no_module_reads_the_segmenters_private_tokenizer():
    src = ROOT / "src" / "policymine"
    import re

    offenders = [p.name for p in src.rglob("*.py")
                 if p.name != "segment.py" and re.search(r"\._tok\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


# --------------------------------------------------------------------------- #
# 2. the record defined once
# --------------------------------------------------------------------------- #


def test_records_hold_the_fields_of_the_record_module_in_order():
    rec = policymine.extract_path(str(SEEDS / "000_2f6fc9060b9f45a6.txt"))
    assert tuple(rec)[: len(record.RECORD_FIELDS)] == record.RECORD_FIELDS
    for facts, fields in record.FACT_FIELDS.items():
        for fact in rec[facts]:
            assert set(fact) <= set(fields), (facts, set(fact) - set(fields))


def test_an_error_record_carries_its_path_as_data(tmp_path):
    missing = tmp_path / "gone.txt"
    [rec] = list(policymine.extract_paths([str(missing)]))
    assert record.is_error(rec)
    assert rec["path"] == str(missing) and rec["id"] == "gone"
    assert str(missing) not in rec["error"] and "no such file" in rec["error"]


def test_an_indicators_kind_is_a_string():
    rec = policymine.extract_text("今年全市高新技术企业达到200家，增长12%。")
    assert rec["indicators"] and all(isinstance(i["kind"], str) for i in rec["indicators"])


def test_clean_meta_prints_the_record_modules_meta_fields():
    result = invoke("clean", "--meta", SEEDS / "002_3c03dabd353f4fcf.txt")
    assert tuple(json.loads(result.stdout)) == (*record.META_FIELDS, "body")


# --------------------------------------------------------------------------- #
# 3. every writer in render
# --------------------------------------------------------------------------- #


def test_a_format_added_to_render_alone_serves_every_command(monkeypatch):
    def write_tsv(data, out, **kw):
        table = kw.get("table") or data.tables[0]
        n = 0
        for item in data.items:
            for row in data.rows(item).get(table, ()):
                out.write("\t".join(str(v) for v in row.values()) + "\n")
            n += 1
        return n

    monkeypatch.setitem(render.WRITERS, "tsv", write_tsv)
    ext = invoke("extract", SEEDS / "000_2f6fc9060b9f45a6.txt", "--format", "tsv", "-q")
    assert ext.exit_code == 0 and "\t70%以上\t" in ext.stdout
    dif = invoke("diff", SEEDS, "--format", "tsv", "-q")
    assert dif.exit_code == 0 and "slogans\t" in dif.stdout


def test_diff_has_no_output_code():
    pkg = ROOT / "src" / "policymine" / "diff"
    for p in pkg.glob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert "rich" not in text and "print(" not in text and "csv" not in text, p.name


def test_diff_piped_default_is_extracts_default():
    result = invoke("diff", SEEDS, "-q")
    first = result.stdout.splitlines()[0]
    assert set(json.loads(first)) == {"section", "change", "item", "from", "to", "detail"}  # JSON Lines


@pytest.mark.parametrize("table", render.TABLES)
def test_csv_tables(table):
    import csv
    import io

    result = invoke("extract", SEEDS, "--format", "csv", "--table", table, "--no-body", "-q")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == render.table_columns(table)
    assert {r[0] for r in rows[1:]} == {p.stem for p in SEEDS.glob("*.txt")}  # every document, with its columns


def test_csv_tables_into_a_folder(tmp_path):
    result = invoke("extract", SEEDS, "-o", f"{tmp_path}/", "-q")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in render.TABLES)
    assert "兰州市科技局" in (tmp_path / "institutions.csv").read_text(encoding="utf-8")


def test_table_values_are_written_as_people_write_them():
    assert render.human_number(1.6e12) == "1.6万亿"
    assert render.human_number(197000000.0) == "1.97亿"
    assert render.human_number(12000000.0) == "12,000,000"
    assert render.human_number(6.5) == "6.5"
    assert "e+" not in render.human_number(4.76e12)


# --------------------------------------------------------------------------- #
# 4. one seam for inputs
# --------------------------------------------------------------------------- #


def test_input_kinds_drive_folders_messages_and_help(tmp_path):
    from policymine.sources import INPUT_KINDS

    page = (SEEDS / "000_2f6fc9060b9f45a6.txt").read_text(encoding="utf-8")
    for suffix in (".shtml", ".shtm", ".xhtml"):
        (tmp_path / f"page{suffix}").write_text(f"<html><body><p>{page}</p></body></html>", encoding="utf-8")
    (tmp_path / "no_suffix").write_text(page, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    (tmp_path / "blob").write_bytes(bytes(range(256)) * 8)
    result = invoke("extract", tmp_path, "--format", "jsonl")
    ids = sorted(json.loads(line)["id"] for line in result.stdout.splitlines())
    assert ids == ["no_suffix", "page", "page", "page"]
    assert "2 file(s) in folders skipped" in result.stderr
    assert "no suffix, and not text" in result.stderr and "not an input kind" in result.stderr
    help_text = invoke("extract", "--help").stdout
    assert all(f"*{s}" in help_text for s in INPUT_KINDS)


def test_glob_chooses_the_files_of_a_folder(tmp_path):
    for name in ("a.shtml", "b.txt", "c.page"):
        (tmp_path / name).write_text("兰州市科技局今年认定高新技术企业200家。", encoding="utf-8")
    result = invoke("extract", tmp_path, "--glob", "*.page", "--glob", "a.*", "--format", "jsonl", "-q")
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == ["a", "c"]


@pytest.mark.parametrize("null", [False, True])
def test_files_from(tmp_path, null):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))[:3]
    listing = tmp_path / "list"
    listing.write_text(("\0" if null else "\n").join(files) + ("\0" if null else "\n"), encoding="utf-8")
    args = ["extract", "--files-from", listing, "--format", "jsonl", "-q"] + (["--null"] if null else [])
    result = invoke(*args)
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == files
    piped = invoke("extract", "--files-from", "-", "--format", "jsonl", "-q", input="\n".join(files))
    assert piped.stdout == result.stdout


def test_markup_reads_html_meta_and_front_matter_wins():
    from policymine.markup import read_page

    html = ('<html><head><title>兰州发布科技政策_新华网</title><meta name="author" content="张三">'
            '<meta name="pubdate" content="2024-05-01"></head><body><p>正文一。</p><p>正文二。</p></body></html>')  # fmt: skip
    page = read_page(html, "html")
    assert page.html and page.fields["title"] == "兰州发布科技政策" and page.fields["date"] == "2024-05-01"
    page = read_page("---\ntitle: 前置标题\n---\n" + html, "html")
    assert page.fields["title"] == "前置标题" and page.fields["author"] == "张三"


def test_markdown_with_a_few_html_blocks_stays_markdown():
    from policymine.markup import read_page

    md = "# 标题\n\n第一段文字。\n\n<div>嵌入的一块</div>\n<p>另一块</p>\n\n第二段文字。\n\n第三段文字。\n\n第四段文字。\n"
    assert not read_page(md, "markdown").html
    assert read_page(md, "text").html  # as plain text, two blocks make it HTML, as before


def test_a_few_damaged_bytes_are_replaced_with_a_warning(tmp_path):
    good = (SEEDS / "000_2f6fc9060b9f45a6.txt").read_text(encoding="utf-8").encode("gb18030")
    damaged = good[:1000] + good[1000:1001] + good[1002:]  # a GBK character cut in half
    page = tmp_path / "cut.txt"
    page.write_bytes(damaged)
    rec = policymine.extract_path(str(page))
    assert "error" not in rec and rec["encoding"] == "gb18030"
    assert any(w.startswith("decoding: 1 damaged") for w in rec["warnings"])
    forced = policymine.extract_path(str(page), encoding="gb18030")
    assert "error" not in forced


# --------------------------------------------------------------------------- #
# 5. shared language facts
# --------------------------------------------------------------------------- #


def test_one_definition_of_a_han_character():
    src = ROOT / "src" / "policymine"
    offenders = [p.name for p in src.rglob("*.py") if p.name != "lang.py" and "\\u3400" in p.read_text(encoding="utf-8")]
    assert offenders == []
    from policymine.lang import is_han

    assert is_han("兰") and is_han("\U00020000") and is_han("\uf900") and not is_han("a") and not is_han("。")


def test_one_stop_list_loader():
    from policymine.diff import keyness
    from policymine.extract import keywords
    from policymine.lang import stopwords

    assert keywords._stop is stopwords and keyness.stopwords is stopwords


def test_ruff_is_configured_and_clean():
    pytest.importorskip("ruff")
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "benchmarks", "examples"],
                          cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_html_is_html_wherever_its_markup_starts():
    from policymine.markup import looks_like_html, read_page

    style = "<style>" + "p { color: red; }\n" * 400 + "</style>"
    wrapped = f"<saved-page><head>{style}</head><body><p>兰州市科技局发布通知。</p><p>第二段。</p></body></saved-page>"
    assert looks_like_html(wrapped)
    assert "color" not in read_page(wrapped).text
    assert not looks_like_html("正文提到<body>标签，但这是一段纯文本。")  # a tag named in text


def test_chinese_numerals_defined_once():
    from policymine import lang
    from policymine.extract import indicators, numbers, slogans

    assert numbers.CN_DIGITS == lang.CN_NUMERAL + lang.CN_FINANCIAL
    assert indicators._CN == lang.CN_NUMERAL and lang.CN_DIGITS in slogans._D
