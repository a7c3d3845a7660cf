"""The corpus store (extract -o corpus.db), its full-text search, query and the readers of a store."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from policymine import store
from policymine.cli import app
from policymine.record import DOC_FIELDS, FACT_FIELDS, RECORD_FIELDS
from policymine.render import table_columns

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def counts(db) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        tables = ("documents", *FACT_FIELDS, "documents_fts", "errors")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, seeds_dir):
    """The seeds extracted twice into one store, with the records extract gives as JSON."""
    tmp = tmp_path_factory.mktemp("store")
    db = tmp / "seeds.db"
    first = invoke("extract", seeds_dir, "-q", "-o", db)
    assert first.exit_code == 0, first.output
    after_first = counts(db)
    second = invoke("extract", seeds_dir, "-q", "-o", db)
    assert second.exit_code == 0, second.output
    out = invoke("extract", seeds_dir, "-q", "--format", "json")
    records = json.loads(out.stdout)
    return {"db": db, "records": records, "after_first": after_first}


def test_row_counts_match_the_records(seeds_store):
    c = counts(seeds_store["db"])
    records = seeds_store["records"]
    assert c["documents"] == c["documents_fts"] == len(records) == 5
    for t in FACT_FIELDS:
        assert c[t] == sum(len(r[t]) for r in records), t
    con = sqlite3.connect(seeds_store["db"])
    for t in FACT_FIELDS:  # the per-document counts agree with the rows
        bad = con.execute(f"SELECT count(*) FROM documents d WHERE n_{t} != (SELECT count(*) FROM {t} f WHERE f.doc_id = d.id)").fetchone()[0]
        assert bad == 0, t


def test_a_second_run_changes_nothing(seeds_store):
    assert counts(seeds_store["db"]) == seeds_store["after_first"]
    con = sqlite3.connect(seeds_store["db"])
    runs = con.execute("SELECT status, documents_new, documents_replaced, documents_unchanged, version, options FROM runs ORDER BY run_id").fetchall()
    assert [r[:4] for r in runs] == [("complete", 5, 0, 0), ("complete", 0, 0, 5)]
    assert runs[0][4] and json.loads(runs[0][5])["keywords"] == 10


def test_records_read_back_as_extract_gave_them(seeds_store):
    assert list(store.iter_records(seeds_store["db"])) == seeds_store["records"]


def test_columns_come_from_the_record_and_agree_with_the_csv_tables(seeds_store):
    con = sqlite3.connect(seeds_store["db"])
    doc_cols = [r[1] for r in con.execute("PRAGMA table_info(documents)")]
    assert [c for c in RECORD_FIELDS if c not in FACT_FIELDS] == [c for c in doc_cols if c in RECORD_FIELDS]
    assert set(table_columns("documents")) - {"error"} <= set(doc_cols)
    for t in FACT_FIELDS:
        view = [r[1] for r in con.execute(f"PRAGMA table_info({t}_flat)")]
        assert tuple(view) == tuple(c for c in table_columns(t) if c != "error"), t
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"documents_year", "documents_source", "indicators_subject", "institutions_name", "slogans_slogan_text",
            "keywords_term", "indicators_doc_id"} <= indexes  # fmt: skip


def _ids_holding(records, term):
    return {r["id"] for r in records if term in r["body"] or term in (r["title"] or "")}


@pytest.mark.parametrize("term", ["新质生产力", "揭榜挂帅", "政产学研金介用", "高新技术企业", "科技"])
def test_search_finds_exactly_the_documents_holding_the_term(seeds_store, term):
    out = invoke("search", seeds_store["db"], term, "-f", "json", "-n", "0")
    assert out.exit_code == 0, out.output
    hits = json.loads(out.stdout)
    assert {h["id"] for h in hits} == _ids_holding(seeds_store["records"], term)
    for h in hits:
        assert f"«{term}»" in h["snippet"] and h["year"] and h["source"]
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert [h["score"] for h in hits] == sorted(h["score"] for h in hits)  # bm25: lower is better


def test_new_quality_productive_forces_in_exactly_the_bodies(seeds_store):
    out = invoke("search", seeds_store["db"], "新质生产力", "-f", "jsonl")
    ids = {json.loads(line)["id"] for line in out.stdout.splitlines()}
    assert ids == {r["id"] for r in seeds_store["records"] if "新质生产力" in r["body"]}
    assert ids


def test_search_formats_and_a_bad_query(seeds_store):
    db = seeds_store["db"]
    csv = invoke("search", db, "揭榜挂帅", "-f", "csv")
    assert csv.exit_code == 0 and csv.stdout.splitlines()[0].startswith("rank,id,year,source")
    table = invoke("search", db, "揭榜挂帅", "-f", "table")
    assert table.exit_code == 0 and "揭榜挂帅" in table.stdout
    bad = invoke("search", db, '"揭榜挂帅')
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    nothing = invoke("search", db, "，")
    assert nothing.exit_code == 2
    missing = invoke("search", db.parent / "missing.db", "揭榜挂帅")
    assert missing.exit_code == 2


# --------------------------------------------------------------------------- #
# search on sentences written for it
# --------------------------------------------------------------------------- #

DOCS = {
    "a": "今年全市将深化揭榜挂帅机制，培育新质生产力。",
    "b": "全市高新技术企业数量持续增长，科技成果转化不断加快。",
    "c": "本报记者从市日报社获悉，新质生产力加快形成。2024年将举办对接活动。",
}


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    import policymine
    from policymine.pipeline import Options

    db = tmp_path_factory.mktemp("small") / "small.db"
    recs = []
    for i, (name, text) in enumerate(DOCS.items()):
        rec = policymine.extract_text(text)
        rec.update(id=name, year=2020 + i, source=f"报{i}")
        recs.append(rec)
    store.write_store(recs, db, options=vars(Options()) if hasattr(Options(), "__dict__") else {})
    return db


def _search(db, *query):
    out = invoke("search", db, *query, "-f", "json", "-n", "0")
    assert out.exit_code == 0, out.output
    return [h["id"] for h in json.loads(out.stdout)]


@pytest.mark.parametrize("query, expected", [
    ("揭榜挂帅", {"a"}),
    ("新质生产力", {"a", "c"}),
    ("生产力", {"a", "c"}),  # a word inside a longer one
    ("技术企业", {"b"}),  # two words inside one
    ("日报", {"c"}),  # a word the finer cut of 日报社 does not give (日 报社)
    ('"科技成果转化"', {"b"}),
    ("高新*", {"b"}),
    ("新质生产力 AND 2024", {"c"}),
    ("新质生产力 NOT 2024", {"a"}),
    ("揭榜挂帅 OR 高新技术企业", {"a", "b"}),
    ("(揭榜挂帅 OR 2024) AND 新质生产力", {"a", "c"}),
    ("机制培育", set()),  # the comma between them stops a phrase
    ("新質生產力", {"a", "c"}),  # a query in traditional script
])  # fmt: skip
def test_search_queries(small_store, query, expected):
    assert set(_search(small_store, query)) == expected


def test_search_filters_and_snippets(small_store):
    assert _search(small_store, "新质生产力", "--from", "2022") == ["c"]
    assert _search(small_store, "新质生产力", "--source", "报0") == ["a"]
    hit = json.loads(invoke("search", small_store, "科技成果转化", "-f", "json").stdout)[0]
    assert hit["snippet"] == "全市高新技术企业数量持续增长，«科技成果转化»不断加快。"
    assert hit["start"] == DOCS["b"].index("科技成果转化")


def test_pieces_of_long_words():
    from policymine.search import Index
    from policymine.segment import get_segmenter

    index = Index(get_segmenter())
    assert index.pieces("高新技术企业") == ("高新", "技术", "企业")
    assert index.pieces("科技") == ("科技",)
    assert index.pieces("AI") == ("AI",)
    words, fine, sub = index.columns(["高新技术企业", "，", "增长"])
    assert words.split(" ")[0] == "高新技术企业" and fine.startswith("高新 技术 企业 ")
    assert "日报" in index.columns(["日报社"])[2].split(" ")


def test_snippet_marks_every_match_in_the_window():
    from policymine.search import snippet

    text = "甲" * 100 + "创新驱动，创新发展" + "乙" * 100
    snip, start = snippet(text, ["创新"], width=40)
    assert start == 100 and snip.count("«创新»") == 2 and snip.startswith("…") and snip.endswith("…")
    assert snippet("没有", ["创新"]) == ("没有", None)


# --------------------------------------------------------------------------- #
# upsert, interruption, new fields
# --------------------------------------------------------------------------- #


def test_upsert_replaces_a_changed_document_with_its_facts(tmp_path, seed_files):
    folder = tmp_path / "archive"
    folder.mkdir()
    for p in seed_files[:2]:
        shutil.copy(p, folder / p.name)
    db = tmp_path / "a.db"
    assert invoke("extract", folder, "-q", "-o", db).exit_code == 0
    changed = folder / seed_files[0].name
    text = changed.read_text(encoding="utf-8")
    mid = text.index("。", len(text) // 2) + 1  # a sentence added inside the body
    changed.write_text(text[:mid] + "全市将新增示范企业120家以上。" + text[mid:], encoding="utf-8")
    shutil.copy(seed_files[2], folder / seed_files[2].name)  # the archive grew
    out = invoke("extract", folder, "-o", db)
    assert out.exit_code == 0, out.output
    assert "1 new, 1 replaced, 1 unchanged" in out.stderr
    records = json.loads(invoke("extract", folder, "-q", "-f", "json").stdout)
    c = counts(db)
    assert c["documents"] == c["documents_fts"] == 3
    for t in FACT_FIELDS:
        assert c[t] == sum(len(r[t]) for r in records), t
    assert list(store.iter_records(db)) != [] and {r["id"]: r for r in store.iter_records(db)} == {r["id"]: r for r in records}
    assert _search(db, "示范企业") == [changed.stem]


def test_an_interrupted_run_leaves_whole_documents(tmp_path):
    import policymine

    recs = []
    for i in range(5):
        r = policymine.extract_text(f"第{i}篇。全市将新增高新技术企业{100 + i}家以上，推进揭榜挂帅。")
        r["id"] = f"d{i}"
        recs.append(r)

    def stream():
        yield from recs[:3]
        raise KeyboardInterrupt

    db = tmp_path / "i.db"
    with pytest.raises(KeyboardInterrupt), store.Store(db, batch=2) as st:
        for r in stream():
            st.add(r)
    c = counts(db)
    assert c["documents"] == c["documents_fts"] == 2  # the first batch; the third document was never committed
    assert c["indicators"] == sum(len(r["indicators"]) for r in recs[:2])
    con = sqlite3.connect(db)
    assert con.execute("SELECT status FROM runs").fetchone()[0] == "interrupted"
    stats = store.write_store(recs, db)
    assert (stats.new, stats.unchanged) == (3, 2) and counts(db)["documents"] == 5


def test_a_field_added_to_the_record_becomes_a_column(tmp_path, monkeypatch):
    import policymine

    db = tmp_path / "f.db"
    rec = policymine.extract_text("全市将新增高新技术企业100家以上。")
    store.write_store([rec], db)
    monkeypatch.setattr(store, "RECORD_FIELDS", RECORD_FIELDS + ("doc_type",))
    store._hints.cache_clear()
    try:
        rec2 = dict(rec, id="two", doc_type="通知")
        store.write_store([rec2], db)
        con = sqlite3.connect(db)
        assert con.execute("SELECT doc_type FROM documents WHERE id = 'two'").fetchone() == ("通知",)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents_doc_type'").fetchone() == (1,)
        assert [r.get("doc_type") for r in store.iter_records(db)] == [None, "通知"]
    finally:
        store._hints.cache_clear()


def test_errors_are_kept_by_path_and_a_non_database_is_refused(tmp_path, seed_files):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_files[0], folder / seed_files[0].name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "e.db"
    out = invoke("extract", folder, "-q", "-o", db)
    assert out.exit_code == 1
    assert counts(db)["errors"] == 1 and counts(db)["documents"] == 1
    assert [r.get("error") is not None for r in store.iter_records(db)] == [False, True]
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    bad = invoke("extract", folder, "-q", "-o", text)
    assert bad.exit_code == 2 and "not a SQLite database" in bad.output
    assert invoke("extract", folder, "-q", "--format", "sqlite").exit_code == 2  # a database needs -o FILE
    assert invoke("extract", folder, "-q", "-o", db, "--no-body").exit_code == 2


# --------------------------------------------------------------------------- #
# query, diff, datasette
# --------------------------------------------------------------------------- #


def test_query_prints_rows_in_every_format(seeds_store):
    db = seeds_store["db"]
    out = invoke("query", db, "SELECT year, count(*) AS n FROM documents GROUP BY year ORDER BY year", "-f", "json")
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout) == [{"year": 2021, "n": 2}, {"year": 2023, "n": 1}, {"year": 2025, "n": 2}]
    csv = invoke("query", db, "SELECT d.id, i.doc_id AS id FROM documents d JOIN institutions i ON i.doc_id = d.id LIMIT 1", "-f", "csv")
    assert csv.stdout.splitlines()[0] == "id,id_2"
    table = invoke("query", db, "SELECT name FROM institutions LIMIT 2", "-f", "table")
    assert table.exit_code == 0 and "2 row(s)" in table.stdout


@pytest.mark.parametrize("sql", ["DELETE FROM documents", "DROP TABLE indicators", "CREATE TABLE x (a)",
                                 "ATTACH DATABASE ':memory:' AS m", "UPDATE documents SET year = 1"])  # fmt: skip
def test_query_is_read_only(seeds_store, sql):
    before = counts(seeds_store["db"])
    out = invoke("query", seeds_store["db"], sql)
    assert out.exit_code == 2 and "read-only" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert counts(seeds_store["db"]) == before


def test_query_errors_are_one_line(seeds_store, tmp_path):
    out = invoke("query", seeds_store["db"], "SELEC nothing")
    assert out.exit_code == 2 and "syntax error" in out.stderr and "Traceback" not in out.output
    assert invoke("query", tmp_path / "none.db", "SELECT 1").exit_code == 2


def test_query_as_a_subprocess(seeds_store):
    proc = subprocess.run([sys.executable, "-m", "policymine", "query", str(seeds_store["db"]),
                           "INSERT INTO runs (status) VALUES ('x')"], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "read-only" in proc.stderr


def test_diff_reads_a_store_as_it_reads_the_folder(seeds_store, seeds_dir):
    from_store = invoke("diff", seeds_store["db"], "--from", "2021", "--to", "2025", "-f", "json", "-q")
    from_folder = invoke("diff", seeds_dir, "--from", "2021", "--to", "2025", "-f", "json", "-q")
    assert from_store.exit_code == 0, from_store.output
    assert json.loads(from_store.stdout) == json.loads(from_folder.stdout)


def test_datasette_lists_the_tables(seeds_store):
    pytest.importorskip("datasette", reason="datasette is not installed (pip install 'policymine[test]')")
    from datasette.app import Datasette

    async def tables():
        ds = Datasette([str(seeds_store["db"])], immutables=[])
        resp = await ds.client.get("/seeds.json")
        assert resp.status_code == 200
        return {t["name"]: t["count"] for t in resp.json()["tables"]}

    found = asyncio.run(tables())
    for t in ("documents", *FACT_FIELDS, "runs"):
        assert t in found, t
    assert found["documents"] == 5


def test_doc_fields_are_in_the_flat_views(seeds_store):
    con = sqlite3.connect(seeds_store["db"])
    row = con.execute("SELECT * FROM indicators_flat LIMIT 1").fetchone()
    assert len(row) == len(DOC_FIELDS) + len(FACT_FIELDS["indicators"])


def test_table_views_print_values_as_they_are(tmp_path):
    import policymine

    rec = policymine.extract_text("全市将新增高新技术企业100家以上。")
    rec.update(id="m", title="[bold]标题[/bold]", source="[red]报")
    db = tmp_path / "m.db"
    store.write_store([rec], db)
    out = invoke("search", db, "高新技术企业", "-f", "table")
    assert out.exit_code == 0 and "[bold]标题[/bold]" in out.stdout and "[red]报" in out.stdout
    out = invoke("query", db, "SELECT title, authors FROM documents", "-f", "table")
    assert "[bold]标题[/bold]" in out.stdout and "[]" in out.stdout


@pytest.mark.slow
def test_the_corpus_reads_back_as_extract_gave_it(tmp_path):
    from pathlib import Path

    docs = Path(__file__).parent / "corpus" / "docs"
    db = tmp_path / "corpus.db"
    assert invoke("extract", docs, "-q", "-o", db).exit_code == 0
    records = json.loads(invoke("extract", docs, "-q", "-f", "json").stdout)
    assert list(store.iter_records(db)) == records  # optional keys (an indicator's direction: None) kept as they were
    assert invoke("extract", docs, "-q", "-o", db, "-j", "2").exit_code == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT documents_unchanged FROM runs ORDER BY run_id DESC").fetchone() == (len(records),)


def test_load_records_reads_a_store(seeds_store):
    from policymine.diff import load_records

    assert list(load_records(seeds_store["db"])) == seeds_store["records"]
    with pytest.raises(store.StoreError):
        list(load_records(seeds_store["db"].parent / "absent.db"))


def test_format_sqlite_writes_any_file_name(tmp_path, seed_files):
    out = tmp_path / "corpus.store"
    res = invoke("extract", seed_files[0], "-q", "--format", "sqlite", "-o", out)
    assert res.exit_code == 0, res.output
    assert store.is_store(out) and counts(out)["documents"] == 1
    assert invoke("search", out, "兰州", "-f", "json").exit_code == 0
