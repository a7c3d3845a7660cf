"""policymine report: the HTML report, its safety, and how it looks in a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policymine.cli import app
from policymine.render import sparkline
from policymine.report import CSP, cooccurrence, highlight, json_for_script, spring_layout, write_report

pytest.importorskip("plotly", reason='the report needs plotly (pip install "policymine[report]")')

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLES = ROOT / "examples"
HOSTILE = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(2)>", "javascript:alert(3)",
           '"><svg onload=alert(4)>', "<b>粗</b>&amp;", "\u2028\u2029<!--"]  # fmt: skip


def _rec(i: int, year: int, body: str, **kw) -> dict:
    rec = {"id": f"d{i}", "path": f"d{i}.txt", "title": f"文件{i}", "date": None, "year": year, "year_inferred": False,
           "source": "某日报", "authors": [], "script": "simplified", "encoding": "utf-8", "body": body,
           "indicators": [], "institutions": [], "slogans": [], "keywords": [], "warnings": []}  # fmt: skip
    rec.update(kw)
    return rec


def _hostile_records() -> list[dict]:
    """Records whose every page-derived string is hostile, as a records file could hold them."""
    out = []
    for i, bad in enumerate(HOSTILE):
        body = f"市科技局推进{bad}政产学研金介用,企业达到1200家。{bad}"
        s = body.index("政产学研金介用")
        n = body.index("1200家")
        out.append(_rec(i, 2021 + i % 2, body, title=f"标题{bad}", source=f"来源{bad}", authors=[bad],
                        indicators=[{"text": "1200家", "value": 1200.0, "unit": "家", "qualifier": "=", "subject": f"企业{bad}",
                                     "kind": "count", "modality": "status", "period": bad, "sentence": body,
                                     "start": n, "end": n + 5}],
                        institutions=[{"name": f"市科技局{bad}", "aliases": [bad], "type": bad, "count": 1, "start": 0,
                                       "end": 4, "sentence": body}],
                        slogans=[{"text": f"政产学研金介用{bad}", "kind": bad, "count": 1, "aliases": [], "start": s,
                                  "end": s + 7, "sentence": body}],
                        keywords=[{"term": bad, "weight": 1.0}]))  # fmt: skip
    return out


def _scripts(text: str) -> list[str]:
    return re.findall(r"<script\b", text, flags=re.IGNORECASE)


# --------------------------------------------------------------------------- #
# pieces
# --------------------------------------------------------------------------- #


def test_json_for_script_cannot_close_the_script_and_reads_back():
    value = {"t": "</script><!-- & \u2028\u2029 >"}
    s = json_for_script(value)
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == value


def test_highlight_marks_each_fact_by_its_offsets_and_escapes_the_text():
    body = "甲<b>乙</b>市科技局推进政产学研金介用,达到1200家。"
    rec = {"institutions": [{"name": "市科技局", "type": "government", "start": body.index("市"), "end": body.index("市") + 4}],
           "slogans": [{"text": "政产学研金介用", "kind": "abbreviation", "start": body.index("政"), "end": body.index("政") + 7}],
           "indicators": [{"text": "1200家", "subject": "x", "start": body.index("1200"), "end": body.index("1200") + 5},
                          {"text": "bad", "start": 5, "end": 999}]}  # fmt: skip
    out = highlight(body, rec)
    assert "<b>" not in out and "&lt;b&gt;乙&lt;/b&gt;" in out
    assert re.search(r'<mark class="f-institutions"[^>]*>市科技局</mark>', out)
    assert re.search(r'<mark class="f-slogans"[^>]*>政产学研金介用</mark>', out)
    assert re.search(r'<mark class="f-indicators"[^>]*>1200家</mark>', out)
    assert out.count("<mark") == 3  # the span past the body's end is left out
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">") == body


def test_highlight_splits_overlapping_facts():
    body = "推进科技创新券改革"
    rec = {"slogans": [{"text": "科技创新券", "start": 2, "end": 7}], "institutions": [{"name": "创新券改革", "start": 4, "end": 9}]}
    out = highlight(body, rec)
    assert re.search(r'<mark class="f-institutions f-slogans"[^>]*>创新券</mark>', out)
    assert re.sub(r"<[^>]+>", "", out) == body


def test_cooccurrence_counts_documents_holding_both_terms():
    docs = [{"甲": "slogan", "乙": "institution", "丙": "keyword"}, {"甲": "slogan", "乙": "institution"}, {"甲": "slogan", "丁": "keyword"}]
    net = cooccurrence(docs, nodes=10, min_docs=2)
    assert [(n["term"], n["docs"]) for n in net["nodes"]][:2] == [("甲", 3), ("乙", 2)]
    assert net["edges"] == [{"a": "甲", "b": "乙", "docs": 2}]  # the pairs seen once fall below the floor
    assert cooccurrence(docs, nodes=1)["nodes"] == [{"term": "甲", "kind": "slogan", "docs": 3}]


def test_spring_layout_is_deterministic_and_pulls_linked_nodes_together():
    edges = [(0, 1, 3.0)]
    pos = spring_layout(4, edges)
    assert pos == spring_layout(4, edges) and len(pos) == 4
    d = lambda a, b: ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
    assert d(0, 1) < d(2, 3)
    assert spring_layout(0, []) == []


def test_sparkline():
    assert sparkline([0, 1, 4, 8]) == "▁▂▅█"
    assert sparkline([0, 0, 0]) == "▁▁▁"
    assert sparkline([]) == ""
    assert len(sparkline([5, 3])) == 2 and sparkline([5, 3])[0] == "█"


# --------------------------------------------------------------------------- #
# the whole file
# --------------------------------------------------------------------------- #


def _report(records, **kw) -> str:
    import io

    buf = io.StringIO()
    write_report(records, buf, tokenize=lambda body: re.findall(r"[\u4e00-\u9fff]{2}", body), **kw)
    return buf.getvalue()


def test_report_escapes_every_page_string_and_carries_the_csp():
    text = _report(_hostile_records())
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#x27;")}">' in text
    assert text.index("Content-Security-Policy") < text.index("<script")
    # four scripts of our own, and no tag or handler from the pages
    assert len(_scripts(text)) == 4
    for bad in ("<script>alert", "<img src=x", "<svg onload", "<b>粗", "href=\"javascript", "<!--"):
        assert bad not in text
    assert "\u2028" not in text.split('<script id="report-data"')[1]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "javascript:alert(3)" in text  # shown as text
    markup = text.split("<script", 1)[0]
    hrefs = re.findall(r'href="([^"]*)"', markup)
    assert hrefs and all(h.startswith("#") for h in hrefs)
    data = json.loads(re.search(r'<script id="report-data" type="application/json">(.*?)</script>', text, re.S).group(1))
    names = [t["name"] for t in data["charts"]["chart-slogans"]["data"]]
    assert "政产学研金介用&lt;b&gt;粗&lt;/b&gt;&amp;amp;" in names  # Plotly shows entities as the characters


def test_report_sections_and_charts_on_records():
    recs = [_rec(0, 2021, "产学研用协同创新。产学研用。", slogans=[{"text": "产学研用", "kind": "abbreviation", "count": 2, "aliases": [], "start": 0, "end": 4}]),
            _rec(1, 2025, "新质生产力加快发展。新质生产力。", slogans=[{"text": "新质生产力", "kind": "catchphrase", "count": 2, "aliases": [], "start": 0, "end": 5}]),
            {"id": "bad", "path": "bad.html", "error": "not text"}]  # fmt: skip
    text = _report(recs, terms=["新质生产力", "协同创新"])
    data = json.loads(re.search(r'<script id="report-data" type="application/json">(.*?)</script>', text, re.S).group(1))
    charts = data["charts"]
    assert set(charts) >= {"chart-years", "chart-sources", "chart-slogans", "chart-institutions", "chart-terms",
                           "chart-keyness", "chart-network"}  # fmt: skip
    (trace,) = charts["chart-slogans"]["data"]  # --terms: only the slogan named
    assert trace["name"] == "新质生产力" and trace["x"] == ["2021", "2025"] and trace["y"] == [0, 2]
    (other,) = charts["chart-terms"]["data"]  # a term that is no slogan nor institution: counted in the bodies
    assert other["name"] == "协同创新" and other["y"] == [1, 0]
    assert charts["chart-years"]["data"][0]["y"] == [1, 1]
    assert "bad.html" in text and 'id="doc-0"' in text and 'id="doc-1"' in text and 'id="doc-2"' not in text
    g2 = dict(zip(charts["chart-keyness"]["data"][0]["y"], charts["chart-keyness"]["data"][0]["x"]))
    assert g2["生产"] > 0 > g2["产学"]


@pytest.mark.slow
def test_report_command_on_seeds_records(tmp_path):
    records = tmp_path / "seeds.jsonl"
    runner = CliRunner()
    r = runner.invoke(app, ["extract", str(SEEDS), "-q", "-o", str(records)])
    assert r.exit_code == 0, r.output
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["report", str(records), "-o", str(out)])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert text.count('<section class="doc"') == 5 and "新质生产力" in text
    # the indicator rows: one per indicator of the records
    n = sum(len(json.loads(line)["indicators"]) for line in records.read_text(encoding="utf-8").splitlines())
    assert text.count("<tr><td><a href=\"#doc-") == n


def test_report_without_plotly_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "plotly.offline", None)
    monkeypatch.setitem(sys.modules, "plotly", None)
    r = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 2
    assert 'pip install "policymine[report]"' in r.output
    assert not (tmp_path / "r.html").exists()


def test_report_needs_an_output_file(tmp_path):
    r = CliRunner().invoke(app, ["report", str(SEEDS)])
    assert r.exit_code == 2
    r = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "no" / "r.html")])
    assert r.exit_code == 2 and "does not exist" in r.output


# --------------------------------------------------------------------------- #
# in a real browser
# --------------------------------------------------------------------------- #

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000"]  # fmt: skip


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _offline_prefix() -> list[str]:
    """``unshare -n`` where this user may make a network namespace (the network is then gone);
    elsewhere every request goes to a proxy that is not there (see _browse)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def _browse(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium not found (apt-get install chromium): the report was not opened in a browser")
    prefix = _offline_prefix()
    no_net = [] if prefix else ["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    cmd = [*prefix, exe, *CHROMIUM_FLAGS, *no_net, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def _console_errors(stderr: str, page: Path) -> list[str]:
    """The page's console messages (Chromium logs them as CONSOLE lines), its own only: the
    browser's internal pages (chrome://) log too."""
    lines = [ln for ln in stderr.splitlines() if ":CONSOLE" in ln and "chrome://" not in ln]
    return [ln for ln in lines if page.as_uri() in ln or "source:" not in ln]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Texts(HTMLParser):
    """The text inside each element with an id (of the ids asked for)."""

    def __init__(self, ids) -> None:
        super().__init__(convert_charrefs=True)
        self.ids, self.stack, self.texts = set(ids), [], {i: [] for i in ids}
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in _VOID:
            self.stack.append((tag, a.get("id")))

    def handle_endtag(self, tag):
        if all(t != tag for t, _ in self.stack):
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for _, i in self.stack:
            if i in self.ids:
                self.texts[i].append(data)


def _dom(page: Path, tmp: Path) -> tuple[str, list[str]]:
    r = _browse(page, tmp, "--dump-dom")
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout, _console_errors(r.stderr, page)


CHARTS = ("chart-years", "chart-sources", "chart-slogans", "chart-institutions", "chart-keyness", "chart-network")


@pytest.mark.slow
def test_seeds_report_in_headless_chromium(tmp_path):
    page = tmp_path / "report.html"
    r = subprocess.run([sys.executable, "-m", "policymine", "report", str(SEEDS), "-o", str(page), "-q"],
                       capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})  # fmt: skip
    assert r.returncode == 0, r.stderr
    dom, errors = _dom(page, tmp_path)
    assert errors == []
    parser = _Texts((*CHARTS, "report-errors"))
    parser.feed(dom)
    assert "".join(parser.texts["report-errors"]).strip() == ""
    assert 'data-charts="6"' in dom
    for chart in CHARTS:
        assert 'class="main-svg"' in dom.split(f'id="{chart}"', 1)[1][:3000], f"{chart} not drawn"
    for chart in ("chart-slogans", "chart-network"):
        shown = "".join(parser.texts[chart])
        assert "新质生产力" in shown and "政产学研金介用" in shown, chart
    # the two terms appear in the later years only: their traces as Plotly drew them
    data = json.loads(re.search(r'<script id="report-data" type="application/json">(.*?)</script>', dom, re.S).group(1))
    traces = {t["name"]: dict(zip(t["x"], t["y"])) for t in data["charts"]["chart-slogans"]["data"]}
    assert traces["新质生产力"]["2021"] == 0 and traces["新质生产力"]["2025"] > 0
    assert traces["政产学研金介用"]["2021"] == 0 and traces["政产学研金介用"]["2025"] > 0
    # a screenshot, as a person sees the top of the report
    shot = tmp_path / "report.png"
    r = _browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1200,1500")
    assert r.returncode == 0 and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("POLICYMINE_REPORT_PNG"):  # README's picture: POLICYMINE_REPORT_PNG=examples/report-seeds.png
        shutil.copyfile(shot, os.environ["POLICYMINE_REPORT_PNG"])


HOSTILE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>某市科技局&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;通知</title></head>
<body><div class="content"><h1>某市科技局&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;通知</h1>
<p>发布时间:2024-03-01 来源:某市日报&lt;img src=x onerror=alert(2)&gt;</p>
<p>2024年,全市高新技术企业达到1200家,同比增长15%。&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;详见 javascript:alert(4) 链接。</p>
<p>市科技局将推进&lt;img src=x onerror=alert(5)&gt;政产学研金介用深度融合,<a href="javascript:alert(6)">点击这里</a>查看。</p>
</div></body></html>
"""


@pytest.mark.slow
def test_hostile_page_shows_as_text_in_chromium(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "hostile_2024.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (pages / "plain_2021.txt").write_text("兰州日报 2021-05-01\n\n全市推进产学研用协同创新,企业达到800家。\n", encoding="utf-8")
    page = tmp_path / "report.html"
    r = CliRunner().invoke(app, ["report", str(pages), "-o", str(page), "-q"])
    assert r.exit_code == 0, r.output
    body_text = page.read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in body_text  # the page's text, escaped
    dom, errors = _dom(page, tmp_path)
    assert errors == []
    p = _Texts(("documents", "indicators-table"))
    p.feed(dom)
    shown = "".join(p.texts["documents"])
    assert "</script><script>alert(3)</script>" in shown and "<img src=x onerror=alert(5)>" in shown
    assert "javascript:alert(4)" in shown
    assert "</script><script>alert(1)</script>" in shown  # the title
    # no element came from the page: four scripts (ours), no img, no handler, links only to the report itself
    assert sum(1 for t, _ in p.tags if t == "script") == 4
    assert not any(t == "img" for t, _ in p.tags)
    assert not any(k.startswith("on") for _, a in p.tags for k in a)
    assert all(a["href"].startswith("#") for t, a in p.tags if t == "a" and "href" in a)


def test_pick_top_keeps_what_lasted_and_what_is_new():
    from policymine.report import pick_top

    items = [{"text": t, "counts": c, "total": sum(c.values())} for t, c in (
        ("旧甲", {2021: 9, 2025: 0}), ("旧乙", {2021: 8, 2025: 0}), ("旧丙", {2021: 7, 2025: 0}),
        ("新甲", {2021: 0, 2025: 3}), ("新乙", {2021: 0, 2025: 2}))]  # fmt: skip
    assert [it["text"] for it in pick_top(items, [2021, 2025], 3)] == ["旧甲", "旧乙", "新甲"]
    assert [it["text"] for it in pick_top(items, [2021, 2025], 4)] == ["旧甲", "旧乙", "新甲", "新乙"]
    assert len(pick_top(items, [2021, 2025], 10)) == 5
