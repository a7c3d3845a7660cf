""":mod:`policymine.report`: one self-contained HTML file that shows a corpus.

``policymine report PATH… -o report.html`` reads the records a run of ``extract`` gives (pages
extracted on the way, or records read back) and writes one HTML file that opens offline: the
corpus summary (documents per year and per source), slogans and institutions over time, the
indicators as a sortable, filterable table with their sentences, the keyness of the latest year
against the earliest (:func:`policymine.diff.keyness.keyness_of_counts`, as ``diff``), a co-word
network of the corpus (terms that appear in the same documents), and a section per document
with its facts highlighted in its body through their offsets.

Charts are drawn by plotly.js, inlined whole (the optional extra ``policymine[report]``): no
server, no network. Everything that comes from a page is escaped: ``html.escape`` in the markup,
Plotly's own tag syntax neutralised in chart labels, and the charts' JSON written so that no
``</script>`` (nor ``<!--``, nor U+2028/9) can appear in it. A Content-Security-Policy meta tag
forbids every load from anywhere (``default-src 'none'``); inline scripts and styles are allowed,
``eval`` is not (plotly.js does not need it for the charts drawn here).

Records stream: each document's section and indicator rows are written to temporary files as
the document passes, and only the facts' names, counts and the word counts per year are kept
until the end.
"""

from __future__ import annotations

import html
import json
import math
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from typing import IO

from .errors import PolicymineError
from .record import is_error

__all__ = ["ReportError", "PLOTLY_MISSING", "CSP", "write_report", "plotly_js", "json_for_script", "cooccurrence",
           "spring_layout", "highlight", "pick_top"]

PLOTLY_MISSING = 'the HTML report needs plotly: pip install "policymine[report]"'
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")  # fmt: skip
FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
FACT_KINDS = ("indicators", "institutions", "slogans")


class ReportError(PolicymineError):
    """The report cannot be made (plotly missing)."""


def plotly_js() -> str:
    """plotly.js, minified, as the ``plotly`` package ships it."""
    try:
        from plotly.offline import get_plotlyjs
    except ImportError:
        raise ReportError(PLOTLY_MISSING) from None
    js = get_plotlyjs()
    # inside <script>, only "</script" (any case) could end the element early
    return _END_SCRIPT.sub(lambda m: "<\\/" + m.group(0)[2:], js)


_END_SCRIPT = re.compile(r"</script", re.IGNORECASE)


def json_for_script(value) -> str:
    """JSON that can stand inside ``<script>``: ``<``, ``>``, ``&`` and U+2028/9 as ``\\u`` escapes,
    so no text in it can close the element, open a comment, or break a JavaScript string."""
    s = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))  # fmt: skip


def _e(v) -> str:
    """Page text for HTML (text and attribute values alike)."""
    return html.escape("" if v is None else str(v), quote=True)


def _pl(v) -> str:
    """Page text for a Plotly label: Plotly reads ``<b>``, ``<a href>`` and entities in labels,
    so ``<``, ``>`` and ``&`` become entities, which it shows as the characters."""
    return html.escape("" if v is None else str(v), quote=False)


# --------------------------------------------------------------------------- #
# facts highlighted in a body
# --------------------------------------------------------------------------- #


def _fact_label(kind: str, f: dict) -> str:
    if kind == "indicators":
        parts = [f.get("subject"), f.get("kind"), f.get("modality"), f.get("period")]
        return "indicator: " + " · ".join(str(p) for p in parts if p)
    if kind == "institutions":
        return f"institution: {f.get('name')}" + (f" ({f['type']})" if f.get("type") else "")
    return f"slogan: {f.get('text')}" + (f" ({f['kind']})" if f.get("kind") else "")


def highlight(body: str, record: dict) -> str:
    """The body as HTML, each fact's span (``start``/``end``) in a ``<mark>`` of its kind;
    overlapping facts split the text into pieces that carry every kind covering them."""
    spans = []
    for kind in FACT_KINDS:
        for f in record.get(kind) or ():
            s, e = f.get("start"), f.get("end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(body):
                spans.append((s, e, kind, _fact_label(kind, f)))
    bounds = sorted({0, len(body), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = _e(body[a:b])
        cover = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if not cover:
            out.append(piece)
            continue
        kinds = sorted({k for _, _, k, _ in cover})
        title = "\n".join(dict.fromkeys(label for *_, label in cover))
        out.append(f'<mark class="{" ".join("f-" + k for k in kinds)}" title="{_e(title)}">{piece}</mark>')
    return "".join(out)


# --------------------------------------------------------------------------- #
# the co-word network
# --------------------------------------------------------------------------- #


def doc_terms(record: dict) -> dict[str, str]:
    """The terms of a document for the co-word network: ``term -> kind`` (slogan, institution
    or keyword; a term that is both keeps the first of these)."""
    terms: dict[str, str] = {}
    for field, key, kind in (("slogans", "text", "slogan"), ("institutions", "name", "institution"),
                             ("keywords", "term", "keyword")):  # fmt: skip
        for f in record.get(field) or ():
            t = f.get(key)
            if t and t not in terms:
                terms[t] = kind
    return terms


def cooccurrence(doc_sets: list[dict[str, str]], nodes: int = 40, min_docs: int = 2) -> dict:
    """Terms that appear in the same documents: the ``nodes`` terms in most documents (in at
    least ``min_docs`` when enough are), and between each two of them the number of documents
    that hold both (edges of weight ``min_docs`` or more, or 1 when no pair reaches it).

    ``{"nodes": [{"term", "kind", "docs"}], "edges": [{"a", "b", "docs"}]}``.
    """
    df: Counter = Counter()
    kinds: dict[str, str] = {}
    for terms in doc_sets:
        df.update(terms.keys())
        for t, k in terms.items():
            kinds.setdefault(t, k)
    ranked = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))
    chosen = [t for t, n in ranked if n >= min_docs][:nodes]
    if len(chosen) < min(nodes, 10):
        chosen = [t for t, _ in ranked[:nodes]]
    index = {t: i for i, t in enumerate(chosen)}
    pairs: Counter = Counter()
    for terms in doc_sets:
        ids = sorted(index[t] for t in terms if t in index)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pairs[(a, b)] += 1
    floor = min_docs if any(n >= min_docs for n in pairs.values()) else 1
    edges = [{"a": chosen[a], "b": chosen[b], "docs": n} for (a, b), n in sorted(pairs.items()) if n >= floor]
    return {"nodes": [{"term": t, "kind": kinds[t], "docs": df[t]} for t in chosen], "edges": edges}


def spring_layout(n: int, edges: list[tuple[int, int, float]], iterations: int = 300) -> list[tuple[float, float]]:
    """Positions for ``n`` nodes by Fruchterman and Reingold's force-directed method (1991),
    started on a circle so the same graph always gets the same picture."""
    if n == 0:
        return []
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)
    temp = 0.2
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            xi, yi = pos[i]
            for j in range(i + 1, n):
                dx, dy = xi - pos[j][0], yi - pos[j][1]
                d = max(math.hypot(dx, dy), 1e-3)
                f = k * k / d
                disp[i][0] += dx / d * f
                disp[i][1] += dy / d * f
                disp[j][0] -= dx / d * f
                disp[j][1] -= dy / d * f
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(math.hypot(dx, dy), 1e-3)
            f = d * d / k * (1 + math.log(w))
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for i in range(n):
            # a weak pull to the centre keeps unconnected terms in the picture
            disp[i][0] -= pos[i][0] * 0.5
            disp[i][1] -= pos[i][1] * 0.5
            d = max(math.hypot(*disp[i]), 1e-9)
            step = min(d, temp)
            pos[i][0] += disp[i][0] / d * step
            pos[i][1] += disp[i][1] / d * step
        temp = max(temp * 0.985, 0.002)
    return [(round(x, 4), round(y, 4)) for x, y in pos]


# --------------------------------------------------------------------------- #
# the charts (Plotly figure specs: plain dicts, drawn by the inlined plotly.js)
# --------------------------------------------------------------------------- #

_KIND_COLOURS = {"slogan": "#d62728", "institution": "#1f77b4", "keyword": "#7f7f7f"}


def _layout(title: str, **kw) -> dict:
    base = {"title": {"text": title}, "font": {"family": FONTS}, "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
            "height": 360, "hovermode": "closest"}  # fmt: skip
    base.update(kw)
    return base


def _bar(x, y, title, **kw) -> dict:
    return {"data": [{"type": "bar", "x": x, "y": y}], "layout": _layout(title, **kw)}


def _lines(labels: list[str], items: list[dict], key: str, title: str) -> dict:
    data = [{"type": "scatter", "mode": "lines+markers", "name": _pl(it[key]), "x": labels,
             "y": [it["counts"].get(lab, 0) for lab in it["labels"]]} for it in items]  # fmt: skip
    return {"data": data, "layout": _layout(title, xaxis={"type": "category", "title": {"text": "year"}},
                                            yaxis={"title": {"text": "mentions"}, "rangemode": "tozero"})}  # fmt: skip


def _keyness_chart(kw: dict, label_a, label_b) -> dict:
    items = sorted(kw["to"] + kw["from"], key=lambda it: it["g2"])
    return {
        "data": [{
            "type": "bar", "orientation": "h", "y": [_pl(it["term"]) for it in items], "x": [it["g2"] for it in items],
            "marker": {"color": ["#d62728" if it["g2"] > 0 else "#1f77b4" for it in items]},
            "customdata": [[it["count_from"], it["count_to"], it["p"]] for it in items],
            "hovertemplate": f"%{{y}}<br>G2 %{{x}}<br>{_pl(label_a)}: %{{customdata[0]}}, "
                             f"{_pl(label_b)}: %{{customdata[1]}}<br>p %{{customdata[2]}}<extra></extra>",
        }],
        "layout": _layout(f"keyness: {_pl(label_b)} (right, red) against {_pl(label_a)} (left, blue), signed G2",
                          height=max(360, 22 * len(items) + 100), yaxis={"type": "category", "automargin": True},
                          margin={"l": 160, "r": 20, "t": 50, "b": 50}),
    }  # fmt: skip


def _network_chart(net: dict) -> dict:
    names = [n["term"] for n in net["nodes"]]
    index = {t: i for i, t in enumerate(names)}
    pos = spring_layout(len(names), [(index[e["a"]], index[e["b"]], e["docs"]) for e in net["edges"]])
    ex, ey = [], []
    for e in net["edges"]:
        (x0, y0), (x1, y1) = pos[index[e["a"]]], pos[index[e["b"]]]
        ex += [x0, x1, None]
        ey += [y0, y1, None]
    data = [{"type": "scatter", "mode": "lines", "x": ex, "y": ey, "hoverinfo": "skip", "showlegend": False,
             "line": {"width": 1, "color": "rgba(120,120,120,0.45)"}}]  # fmt: skip
    for kind, colour in _KIND_COLOURS.items():
        ns = [(i, n) for i, n in enumerate(net["nodes"]) if n["kind"] == kind]
        if not ns:
            continue
        data.append({
            "type": "scatter", "mode": "markers+text", "name": kind, "textposition": "top center",
            "x": [pos[i][0] for i, _ in ns], "y": [pos[i][1] for i, _ in ns],
            "text": [_pl(n["term"]) for _, n in ns], "customdata": [n["docs"] for _, n in ns],
            "hovertemplate": "%{text}<br>in %{customdata} document(s)<extra></extra>",
            "marker": {"size": [8 + 4 * math.sqrt(n["docs"]) for _, n in ns], "color": colour},
        })  # fmt: skip
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    return {"data": data, "layout": _layout("co-word network: terms found in the same documents", height=620,
                                            xaxis=axis, yaxis=axis)}  # fmt: skip


# --------------------------------------------------------------------------- #
# the report
# --------------------------------------------------------------------------- #

_IND_COLUMNS = ("document", "year", "source", "text", "value", "unit", "q", "subject", "kind", "modality", "period", "sentence")


def _light(rec: dict) -> dict:
    """What the report keeps of a document until the end: its metadata and the names of its facts."""
    keep = {k: rec.get(k) for k in ("id", "year", "source", "year_inferred")}
    keep["slogans"] = [{k: f.get(k) for k in ("text", "kind", "count", "aliases")} for f in rec.get("slogans") or ()]
    keep["institutions"] = [{k: f.get(k) for k in ("name", "type", "count", "aliases")} for f in rec.get("institutions") or ()]
    return keep


def pick_top(items: list[dict], labels: list, top: int) -> list[dict]:
    """The ``top`` items to chart over time: half the most mentioned overall (``items`` come
    sorted so), the rest the most mentioned in the latest group (then overall), so what is new
    shows beside what lasted."""
    from .diff.grouping import UNKNOWN

    known = [lab for lab in labels if lab != UNKNOWN]
    chosen = items[: (top + 1) // 2]
    if known:
        last = known[-1]
        seen = {id(it) for it in chosen}
        rest = sorted((it for it in items if id(it) not in seen), key=lambda it: (-it["counts"].get(last, 0), -it["total"]))
        chosen += [it for it in rest if it["counts"].get(last, 0) > 0][: top - len(chosen)]
    if len(chosen) < top:
        seen = {id(it) for it in chosen}
        chosen += [it for it in items if id(it) not in seen][: top - len(chosen)]
    return chosen


def _year_label(rec: dict):
    from .diff.grouping import UNKNOWN

    y = rec.get("year")
    return UNKNOWN if y is None or y == "" else y


def write_report(records: Iterable[dict], out: IO[str], *, terms: Iterable[str] = (), top: int = 10,
                 keyness_top: int = 20, nodes: int = 40, title: str = "policymine report", tokenize=None) -> dict:
    """Write the HTML report of ``records`` to ``out``; returns counts (``documents``,
    ``errors``, ``indicators``, ``bytes``). ``terms``: the slogans and institutions to chart
    over time (default: the ``top`` most mentioned of each); a term that is neither is counted
    in the bodies. Raises :class:`ReportError` without plotly."""
    from .diff import Groups, pick_groups, timeline
    from .diff.grouping import GroupError, group_records
    from .diff.keyness import default_tokenizer, keyness_of_counts, stopwords, token_counts
    from .render import human_number

    js = plotly_js()  # first: without plotly, fail before reading anything
    terms = [t for t in dict.fromkeys(t.strip() for t in terms) if t]
    tokenize = tokenize or default_tokenizer()
    stop = stopwords()
    light, doc_sets, errors = [], [], []
    words: dict = {}
    term_counts: dict = {}
    n_ind = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as docs_spool, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as rows_spool:
        for rec in records:
            if is_error(rec):
                errors.append((rec.get("path") or rec.get("id"), rec.get("error")))
                continue
            n = len(light)
            body = rec.get("body") or ""
            label = _year_label(rec)
            words.setdefault(label, Counter()).update(token_counts([rec], tokenize, stop))
            for t in terms:
                c = body.count(t)
                if c:
                    term_counts.setdefault(t, Counter())[label] += c
            light.append(_light(rec))
            doc_sets.append(doc_terms(rec))
            n_ind += _write_indicator_rows(rec, n, rows_spool, human_number)
            _write_doc(rec, n, body, docs_spool)

        groups = group_records(light, "year") if light else Groups()
        labels = list(groups)
        shown = [str(lab) for lab in labels]
        charts: dict = {}
        # summary
        charts["chart-years"] = {"data": [
            {"type": "bar", "name": "dated", "x": shown, "y": [sum(1 for r in groups[lab] if not r["year_inferred"]) for lab in labels]},
            {"type": "bar", "name": "year inferred", "x": shown, "y": [sum(1 for r in groups[lab] if r["year_inferred"]) for lab in labels]},
        ], "layout": _layout("documents per year", barmode="stack", xaxis={"type": "category"})}  # fmt: skip
        sources = Counter(r.get("source") or "unknown" for r in light).most_common(30)
        charts["chart-sources"] = _bar([_pl(s) for s, _ in sources], [c for _, c in sources], "documents per source",
                                       xaxis={"type": "category", "automargin": True})  # fmt: skip
        # over time
        tl = timeline(groups, top=0, tokenize=lambda _body: ()) if labels else {"slogans": [], "institutions": []}
        other: list[str] = []
        for section, key in (("slogans", "text"), ("institutions", "name")):
            items = tl[section]
            if terms:
                known = {it[key]: it for it in items}
                items = [known[t] for t in terms if t in known]
            else:
                items = pick_top(items, labels, top)
            for it in items:
                it["labels"] = labels
            charts[f"chart-{section}"] = _lines(shown, items, key, f"{section} over time")
        if terms:
            named = {it["text"] for it in tl["slogans"]} | {it["name"] for it in tl["institutions"]}
            other = [t for t in terms if t not in named]
            if other:
                items = [{"term": t, "labels": labels, "counts": term_counts.get(t, {})} for t in other]
                charts["chart-terms"] = _lines(shown, items, "term", "other terms over time (occurrences in the bodies)")
        # keyness
        keyness_note = ""
        try:
            la, lb = pick_groups(groups)
            kw = keyness_of_counts(words.get(la, Counter()), words.get(lb, Counter()), min_count=2, top=keyness_top)
            charts["chart-keyness"] = _keyness_chart(kw, la, lb)
        except GroupError as exc:
            keyness_note = f"no keyness: {exc}"
        # network
        charts["chart-network"] = _network_chart(cooccurrence(doc_sets, nodes=nodes))

        n_bytes = _write_page(out, js=js, title=title, charts=charts, light=light, groups=groups, errors=errors,
                              n_ind=n_ind, rows_spool=rows_spool, docs_spool=docs_spool, other=other,
                              keyness_note=keyness_note)  # fmt: skip
    return {"documents": len(light), "errors": len(errors), "indicators": n_ind, "bytes": n_bytes}


def _doc_link(n: int, rec: dict) -> str:
    return f'<a href="#doc-{n}">{_e(rec.get("title") or rec.get("id"))}</a>'


def _write_indicator_rows(rec: dict, n: int, fh: IO[str], human_number) -> int:
    inds = rec.get("indicators") or ()
    for f in inds:
        value = f.get("value")
        num = value if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
        cells = [_doc_link(n, rec), _e(rec.get("year")), _e(rec.get("source")), _e(f.get("text")),
                 f'<td data-v="{_e(num)}">{_e(human_number(value))}', _e(f.get("unit")), _e(f.get("qualifier")),
                 _e(f.get("subject")), _e(f.get("kind")), _e(f.get("modality")), _e(f.get("period")),
                 _e(f.get("sentence"))]  # fmt: skip
        fh.write("<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}" for c in cells) + "</tr>\n")
    return len(inds)


def _write_doc(rec: dict, n: int, body: str, fh: IO[str]) -> None:
    meta = [rec.get("date") or (f"{rec.get('year')} (year inferred)" if rec.get("year_inferred") else rec.get("year")),
            rec.get("source"), "、".join(map(str, rec.get("authors") or [])), rec.get("id"), rec.get("path")]  # fmt: skip
    fh.write(f'<section class="doc" id="doc-{n}"><h3>{_e(rec.get("title") or rec.get("id"))}</h3>\n')
    fh.write('<p class="meta">' + " · ".join(_e(m) for m in meta if m not in (None, "")) + "</p>\n")
    counts = ", ".join(f'<span class="f-{k}">{len(rec.get(k) or ())} {k}</span>' for k in FACT_KINDS)
    fh.write(f'<p class="counts">{counts}</p>\n<div class="body">{highlight(body, rec)}</div>\n')
    lists = []
    for k, key in (("institutions", "name"), ("slogans", "text")):
        facts = rec.get(k) or ()
        if facts:
            items = "".join(f'<li><span class="f-{k}">{_e(f.get(key))}</span> ×{_e(f.get("count"))}'
                            + (f' ({_e("、".join(map(str, f["aliases"])))})' if f.get("aliases") else "") + "</li>"
                            for f in facts)  # fmt: skip
            lists.append(f"<div><h4>{k}</h4><ul>{items}</ul></div>")
    if lists:
        fh.write('<div class="facts">' + "".join(lists) + "</div>\n")
    fh.write("</section>\n")


_CSS = f"""
body {{ font-family: {FONTS}; margin: 0 auto; max-width: 1200px; padding: 0 1em 4em; color: #222; }}
h1 {{ margin-top: 0.6em; }} h2 {{ border-bottom: 1px solid #ccc; padding-top: 0.8em; }}
nav a {{ margin-right: 1em; }}
.cards {{ display: flex; gap: 1em; flex-wrap: wrap; }} .card {{ background: #f4f4f4; padding: 0.5em 1em; border-radius: 4px; }}
.card b {{ display: block; font-size: 1.6em; }}
.grid {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 1em; }}
.chart {{ min-height: 360px; }}
table.ind {{ border-collapse: collapse; width: 100%; font-size: 0.9em; }}
table.ind th, table.ind td {{ border: 1px solid #ddd; padding: 3px 5px; vertical-align: top; text-align: left; }}
table.ind th {{ background: #eee; cursor: pointer; position: sticky; top: 0; user-select: none; }}
table.ind td:last-child {{ min-width: 20em; }}
.filters {{ margin: 0.5em 0; }} .filters input {{ width: 24em; }}
.doc {{ border-top: 1px solid #ddd; margin-top: 1.5em; }}
.doc .meta {{ color: #666; }} .body {{ white-space: pre-wrap; line-height: 1.7; }}
mark {{ background: none; border-bottom: 2px solid; padding: 0 1px; }}
.f-indicators {{ background: #fff2b3; border-color: #e0a800; }}
.f-institutions {{ background: #dbe9fb; border-color: #1f77b4; }}
.f-slogans {{ background: #fbdada; border-color: #d62728; }}
mark.f-indicators.f-institutions, mark.f-indicators.f-slogans, mark.f-institutions.f-slogans {{ background: #e8dcf5; }}
.facts {{ display: flex; gap: 2em; flex-wrap: wrap; font-size: 0.9em; }} .facts span {{ padding: 0 2px; }}
.note {{ color: #666; }}
#report-errors:empty {{ display: none; }} #report-errors {{ color: #b00; white-space: pre-wrap; }}
"""

# any script error shows at the top of the report (and a test reads it there)
_ONERROR = """window.addEventListener('error', function (e) {
  document.getElementById('report-errors').textContent += 'script error: ' + e.message + '\\n';
});"""

_JS = """
(function () {
  var errors = document.getElementById('report-errors');
  var spec = JSON.parse(document.getElementById('report-data').textContent);
  var config = {displaylogo: false, responsive: true};
  var drawn = 0;
  Object.keys(spec.charts).forEach(function (id) {
    var el = document.getElementById(id);
    if (!el) return;
    try { Plotly.newPlot(el, spec.charts[id].data, spec.charts[id].layout, config); drawn++; }
    catch (e) { errors.textContent += 'chart ' + id + ': ' + e + '\\n'; }
  });
  document.body.setAttribute('data-charts', String(drawn));
  // the indicators table: click a heading to sort, type or choose to filter
  var table = document.getElementById('indicators-table');
  if (!table) return;
  var tbody = table.tBodies[0], rows = Array.prototype.slice.call(tbody.rows);
  var heads = table.tHead.rows[0].cells, dir = {};
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener('click', function () {
      dir[col] = -(dir[col] || -1);
      var key = function (r) {
        var c = r.cells[col], v = c.getAttribute('data-v');
        return v !== null && v !== '' ? parseFloat(v) : c.textContent;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var d = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'zh');
        return d * dir[col];
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  var box = document.getElementById('ind-filter'), selects = document.querySelectorAll('select[data-col]');
  Array.prototype.forEach.call(selects, function (sel) {
    var col = +sel.getAttribute('data-col'), seen = {};
    rows.forEach(function (r) { seen[r.cells[col].textContent] = 1; });
    Object.keys(seen).sort().forEach(function (v) {
      var o = document.createElement('option'); o.value = v; o.textContent = v || '(none)'; sel.appendChild(o);
    });
  });
  var shown = document.getElementById('ind-shown');
  function filter() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean), n = 0;
    rows.forEach(function (r) {
      var text = r.textContent.toLowerCase(), ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      Array.prototype.forEach.call(selects, function (sel) {
        if (sel.value !== '*' && r.cells[+sel.getAttribute('data-col')].textContent !== sel.value) ok = false;
      });
      r.style.display = ok ? '' : 'none'; if (ok) n++;
    });
    shown.textContent = String(n);
  }
  box.addEventListener('input', filter);
  Array.prototype.forEach.call(selects, function (sel) { sel.addEventListener('change', filter); });
})();
"""


def _write_page(out: IO[str], *, js, title, charts, light, groups, errors, n_ind, rows_spool, docs_spool, other,
                keyness_note) -> int:
    n = 0

    def w(s: str) -> None:
        nonlocal n
        out.write(s)
        n += len(s.encode("utf-8"))

    n_inst = sum(len(r["institutions"]) for r in light)
    n_slog = sum(len(r["slogans"]) for r in light)
    labels = [str(lab) for lab in groups]
    w(f'<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
      f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
      f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{_e(title)}</title>\n'
      f"<style>{_CSS}</style>\n</head>\n<body>\n")  # fmt: skip
    w(f'<h1>{_e(title)}</h1>\n<div id="report-errors"></div>\n<nav><a href="#summary">summary</a><a href="#time">over time</a>'
      '<a href="#indicators">indicators</a><a href="#keyness">keyness</a><a href="#network">network</a>'
      '<a href="#documents">documents</a></nav>\n')  # fmt: skip
    w('<section id="summary"><h2>Corpus</h2>\n<div class="cards">'
      f'<div class="card"><b>{len(light)}</b>documents</div>'
      f'<div class="card"><b>{_e(labels[0] + "–" + labels[-1] if labels else "-")}</b>years</div>'
      f'<div class="card"><b>{n_ind}</b>indicators</div><div class="card"><b>{n_inst}</b>institutions</div>'
      f'<div class="card"><b>{n_slog}</b>slogans</div><div class="card"><b>{len(errors)}</b>inputs failed</div></div>\n')  # fmt: skip
    if errors:
        w("<details><summary>inputs that gave no document</summary><ul>"
          + "".join(f"<li>{_e(p)}: {_e(why)}</li>" for p, why in errors[:200]) + "</ul></details>\n")  # fmt: skip
    w('<div class="grid"><div class="chart" id="chart-years"></div><div class="chart" id="chart-sources"></div></div></section>\n')
    w('<section id="time"><h2>Slogans and institutions over time</h2>\n'
      '<p class="note">Mentions per year (an entity\'s mentions in each document, summed): the most mentioned '
      'overall and the most mentioned in the latest year.</p>\n'
      '<div class="grid"><div class="chart" id="chart-slogans"></div><div class="chart" id="chart-institutions"></div>'
      + ('<div class="chart" id="chart-terms"></div>' if other else "") + "</div></section>\n")  # fmt: skip
    heads = "".join(f"<th>{c}</th>" for c in _IND_COLUMNS)
    col = {c: i for i, c in enumerate(_IND_COLUMNS)}
    sel = "".join(f'<label>{c} <select data-col="{col[c]}"><option value="*">all</option></select></label> '
                  for c in ("year", "kind", "modality"))  # fmt: skip
    w(f'<section id="indicators"><h2>Indicators</h2>\n<div class="filters"><input id="ind-filter" type="search" '
      f'placeholder="filter: words in any column"> {sel}<span id="ind-shown">{n_ind}</span> of {n_ind} shown; '
      'click a heading to sort.</div>\n'
      f'<table class="ind" id="indicators-table"><thead><tr>{heads}</tr></thead><tbody>\n')  # fmt: skip
    rows_spool.seek(0)
    for chunk in iter(lambda: rows_spool.read(1 << 16), ""):
        w(chunk)
    w("</tbody></table></section>\n")
    w('<section id="keyness"><h2>Keyness: the latest year against the earliest</h2>\n'
      '<p class="note">Log-likelihood G2 of each word between the two years (as <code>policymine diff</code>).</p>\n'
      + (f'<p class="note">{_e(keyness_note)}</p>' if keyness_note else '<div class="chart" id="chart-keyness"></div>')
      + "</section>\n")  # fmt: skip
    w('<section id="network"><h2>Co-word network</h2>\n<p class="note">Slogans, institutions and keywords found in the '
      'most documents; a line joins two that appear in the same documents.</p>\n'
      '<div class="chart" id="chart-network"></div></section>\n')  # fmt: skip
    w('<section id="documents"><h2>Documents</h2>\n<p class="counts">Highlighted: <mark class="f-indicators">indicators</mark> '
      '<mark class="f-institutions">institutions</mark> <mark class="f-slogans">slogans</mark> '
      '(hover a mark for what it is).</p>\n')  # fmt: skip
    docs_spool.seek(0)
    for chunk in iter(lambda: docs_spool.read(1 << 16), ""):
        w(chunk)
    w("</section>\n")
    w(f'<script id="report-data" type="application/json">{json_for_script({"charts": charts})}</script>\n')
    w(f"<script>{_ONERROR}</script>\n<script>{js}</script>\n<script>{_JS}</script>\n</body>\n</html>\n")
    out.flush()
    return n
