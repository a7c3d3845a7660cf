"""Concordance (policymine.kwic) and co-word network (policymine.cooccur): rules on texts
written for them, Ochiai by hand, the seeds' GEXF read back, and the commands."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest

from policymine.cli import app
from policymine.cooccur import count, matrix_rows, network
from policymine.kwic import PatternError, compile_patterns, kwic_rows, slogan_forms

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "examples" / "notice_units.txt"
SEEDS = ROOT / "seeds"


def rec(body: str, doc: str = "d", year: int = 2024, **facts) -> dict:
    return {"id": doc, "year": year, "body": body, "keywords": [], "slogans": [], "institutions": [], **facts}


# --------------------------------------------------------------------------- #
# kwic
# --------------------------------------------------------------------------- #


def test_kwic_terms_context_and_units():
    body = "一、总体要求\n（一）加强研发。支持企业研发投入。\n（二）培育人才。"
    rows = list(kwic_rows(rec(body), compile_patterns(["研发"]), width=4))
    assert [(r["unit"], r["pre"], r["keyword"], r["post"]) for r in rows] == [
        ("d:1.1", "一）加强", "研发", "。支持企"), ("d:1.1", "支持企业", "研发", "投入。 ")]  # fmt: skip
    assert body[rows[0]["start"]:rows[0]["end"]] == "研发"


def test_kwic_longest_term_and_regex():
    body = "科技创新和科技成果转化，投入3.5亿元，奖励200万元。"
    rows = list(kwic_rows(rec(body), compile_patterns(["科技", "科技创新"], [r"\d+(?:\.\d+)?[万亿]元"]), width=2))
    assert [(r["keyword"], r["pattern"]) for r in rows] == [
        ("科技创新", "科技创新"), ("科技", "科技"), ("3.5亿元", r"\d+(?:\.\d+)?[万亿]元"), ("200万元", r"\d+(?:\.\d+)?[万亿]元")]  # fmt: skip


def test_kwic_slogan_aliases():
    canon, forms = slogan_forms("创新驱动发展")  # an alias names its slogan
    assert canon == "创新驱动发展战略" and "创新驱动发展" in forms
    body = "实施创新驱动发展战略，坚持创新驱动发展。"
    rows = list(kwic_rows(rec(body), compile_patterns(slogans=["创新驱动发展战略"])))
    assert [(r["keyword"], r["pattern"]) for r in rows] == [("创新驱动发展战略", "创新驱动发展战略"), ("创新驱动发展", "创新驱动发展战略")]
    with pytest.raises(PatternError):
        compile_patterns(slogans=["没有这个口号"])
    with pytest.raises(PatternError):
        compile_patterns(regexes=["(unclosed"])


def test_kwic_command(runner, tmp_path):
    r = runner.invoke(app, ["kwic", "-t", "科技", "-r", r"\d+亿元", str(NOTICE), "-f", "csv", "-w", "5", "-q"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {x["pattern"] for x in rows} == {"科技", r"\d+亿元"}
    assert {"notice_units:3.2", "notice_units:1.2.3"} <= {x["unit"] for x in rows}
    assert all(len(x["pre"]) <= 5 and x["year"] == "2024" for x in rows)
    # the same from records
    recs = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["extract", str(NOTICE), "-o", str(recs), "-q"]).exit_code == 0
    r2 = runner.invoke(app, ["kwic", "-t", "科技", "-r", r"\d+亿元", str(recs), "-f", "csv", "-w", "5", "-q"])
    assert r2.output == r.output


def test_kwic_usage_errors(runner):
    assert runner.invoke(app, ["kwic", str(NOTICE)]).exit_code == 2
    r = runner.invoke(app, ["kwic", "-r", "(", str(NOTICE)])
    assert r.exit_code == 2 and "regular expression" in r.output
    assert runner.invoke(app, ["kwic", "-s", "没有这个口号", str(NOTICE)]).exit_code == 2


# --------------------------------------------------------------------------- #
# cooccur: Ochiai by hand
# --------------------------------------------------------------------------- #

KW = [{"term": t, "weight": 1.0} for t in ("研发", "人才", "平台")]
DOCS = [
    rec("支持研发。引进人才。研发平台建设。", "a", 2023, keywords=KW),
    rec("人才和研发并重。平台开放共享。", "b", 2024, keywords=KW),
    rec("加快科技园区发展。研发投入增长。", "c", 2024, keywords=KW[:1], institutions=[
        {"name": "科技园区", "aliases": ["园区"], "type": "zone", "count": 1, "start": 2, "end": 6, "sentence": ""}]),
]


def test_ochiai_by_hand_sentence_window():
    # sentences: a1{研发} a2{人才} a3{研发,平台} b1{人才,研发} b2{平台} c1{科技园区} c2{研发}
    c = count(DOCS, window="sentence")["all"]
    assert c.windows == 7
    assert c.term == {"研发": 4, "人才": 2, "平台": 2, "科技园区": 1}
    net = network(c)
    e = {(x["source"], x["target"]): x for x in net["edges"]}
    assert set(e) == {("平台", "研发"), ("人才", "研发")}
    assert e[("平台", "研发")]["count"] == 1
    assert e[("平台", "研发")]["ochiai"] == pytest.approx(1 / math.sqrt(2 * 4), abs=1e-6)
    assert e[("人才", "研发")]["jaccard"] == pytest.approx(1 / (2 + 4 - 1), abs=1e-6)
    assert e[("人才", "研发")]["association"] == pytest.approx(1 / (2 * 4), abs=1e-8)


def test_ochiai_by_hand_document_window_and_years():
    # documents: a{研发,人才,平台} b{研发,人才,平台} c{研发,科技园区}
    c = count(DOCS, window="document")["all"]
    e = {(x["source"], x["target"]): x for x in network(c)["edges"]}
    assert e[("人才", "研发")]["ochiai"] == pytest.approx(2 / math.sqrt(2 * 3), abs=1e-6)
    assert e[("研发", "科技园区")]["ochiai"] == pytest.approx(1 / math.sqrt(3 * 1), abs=1e-6)
    by = count(DOCS, window="document", by="year")
    assert sorted(by) == ["2023", "2024"] and by["2024"].term["研发"] == 2
    # --top and --min-count
    net = network(c, top=2, min_count=2)
    assert [t["term"] for t in net["terms"]] == ["研发", "人才"]
    cols, rows = matrix_rows(net, "count")
    assert cols == ("group", "term", "研发", "人才") and rows[0]["研发"] == 3 and rows[0]["人才"] == 2


# --------------------------------------------------------------------------- #
# cooccur on the seeds: the GEXF read back equals the CSV
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory):
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("cooc") / "seeds.jsonl"
    r = CliRunner().invoke(app, ["extract", str(SEEDS), "--units", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_seed_graph_matches_csv(runner, tmp_path, seed_records, fmt):
    nx = pytest.importorskip("networkx")
    graph = tmp_path / f"net.{fmt}"
    edges = tmp_path / "edges.csv"
    for args in (["-o", str(graph)], ["-f", "csv", "-o", str(edges)]):
        r = runner.invoke(app, ["cooccur", str(seed_records), "--top", "40", "-q", *args])
        assert r.exit_code == 0, r.output
    g = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(graph)
    rows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert len(rows) > 20
    assert set(g.nodes) == {x["source"] for x in rows} | {x["target"] for x in rows}
    assert {frozenset(e) for e in g.edges} == {frozenset((x["source"], x["target"])) for x in rows}
    for x in rows:
        d = g.edges[x["source"], x["target"]]
        assert int(d["weight"]) == int(x["count"]) and float(d["ochiai"]) == pytest.approx(float(x["ochiai"]))


def test_seed_nodes_matrix_and_by_year(runner, tmp_path, seed_records):
    pytest.importorskip("networkx")
    r = runner.invoke(app, ["cooccur", str(seed_records), "--table", "nodes", "-f", "jsonl", "-q", "--top", "30"])
    assert r.exit_code == 0, r.output
    nodes = [json.loads(x) for x in r.output.splitlines()]
    assert nodes and all(n["degree"] >= 1 and 0 <= n["betweenness"] <= 1 and n["community"] >= 0 for n in nodes)
    r = runner.invoke(app, ["cooccur", str(seed_records), "--matrix", "--measure", "ochiai", "-f", "csv", "-q", "--top", "10"])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == 10 and all(float(x[x["term"]]) == 1.0 for x in rows)
    folder = tmp_path / "years"
    folder.mkdir()
    r = runner.invoke(app, ["cooccur", str(seed_records), "--by", "year", "-f", "gexf", "-o", str(folder) + "/", "-q"])
    assert r.exit_code == 0, r.output
    assert len(list(folder.glob("cooccur_*.gexf"))) >= 2
    r = runner.invoke(app, ["cooccur", str(seed_records), "--by", "year", "-f", "gexf", "-q"])
    assert r.exit_code == 2


def test_cooccur_usage_errors(runner):
    assert runner.invoke(app, ["cooccur", str(NOTICE), "--window", "page"]).exit_code == 2
    assert runner.invoke(app, ["cooccur", str(NOTICE), "--terms", "words"]).exit_code == 2
    assert runner.invoke(app, ["cooccur", str(NOTICE), "--measure", "cosine"]).exit_code == 2


def test_stdin_page_or_records(runner, tmp_path):
    page = NOTICE.read_text(encoding="utf-8")
    r = runner.invoke(app, ["kwic", "-t", "人才", "-", "-f", "jsonl", "-q"], input=page)
    assert r.exit_code == 0, r.output
    from_page = [json.loads(x) for x in r.output.splitlines()]
    assert from_page and all(x["unit"].startswith("-:") for x in from_page)
    recs = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["extract", str(NOTICE), "-o", str(recs), "-q"]).exit_code == 0
    r = runner.invoke(app, ["kwic", "-t", "人才", "-", "-f", "jsonl", "-q"], input=recs.read_text(encoding="utf-8"))
    assert [x["unit"].split(":")[1] for x in map(json.loads, r.output.splitlines())] == [x["unit"].split(":")[1] for x in from_page]


@pytest.mark.slow
def test_subprocess_units_and_kwic(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    p = subprocess.run([sys.executable, "-m", "policymine", "units", str(NOTICE), "-f", "csv", "--bom"],
                       capture_output=True, env=env, timeout=120)  # fmt: skip
    assert p.returncode == 0 and p.stdout.startswith(b"\xef\xbb\xbf") and p.stderr == b""
    p = subprocess.run(f"{sys.executable} -m policymine kwic -t 科技 {SEEDS} -f csv | head -2", shell=True,
                       capture_output=True, env=env, timeout=120)  # fmt: skip
    assert p.returncode == 0 and len(p.stdout.splitlines()) == 2 and b"Traceback" not in p.stderr


def test_kwic_and_units_read_a_store(runner, tmp_path):
    pytest.importorskip("policymine.store")
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["extract", str(NOTICE), "-o", str(db), "-q"]).exit_code == 0
    args = ["-t", "科技", "-f", "csv", "-q"]
    assert runner.invoke(app, ["kwic", *args, str(db)]).output == runner.invoke(app, ["kwic", *args, str(NOTICE)]).output
    r = runner.invoke(app, ["units", str(db), "-f", "jsonl", "-q"])
    assert r.exit_code == 0 and len(r.output.splitlines()) == 26
