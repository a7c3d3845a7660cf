""":mod:`policymine.cooccur`: the co-word network of a corpus (共词分析).

The terms of a document are the keywords, slogans and institutions its record lists (chosen
with ``kinds``); a term counts in a window when its name or one of its aliases occurs in the
window's text. Windows (:func:`policymine.units.windows`) are the document, its sentences, or
its units (each numbered unit's own text; a text without numbering: its paragraphs).

For terms *i* and *j*: ``c_i`` is the number of windows containing *i*, ``c_ij`` the number
containing both. Strengths: Ochiai ``c_ij / sqrt(c_i c_j)``, Jaccard ``c_ij / (c_i + c_j - c_ij)``
and association strength ``c_ij / (c_i c_j)`` (multiply by the number of windows, given as
``windows``, for van Eck and Waltman's scaled form). Counting streams: only counters are kept.

:func:`network` keeps the ``top`` terms by ``c_i`` (at least ``min_count`` windows) and their
pairs seen together in at least ``min_count`` windows; with networkx (``policymine[network]``)
:func:`analyse` adds per term its degree (neighbours), strength (sum of pair counts),
betweenness (unweighted, normalised), eigenvector centrality (weighted by pair counts) and
community (Louvain on pair counts, seed 0; 0 is the largest). The graph's nodes are the terms
with at least one kept pair.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["TERM_KINDS", "WINDOWS", "Counts", "count", "network", "analyse", "to_graph", "EDGE_FIELDS",
           "NODE_FIELDS", "matrix_rows", "MEASURES"]

TERM_KINDS = ("keywords", "slogans", "institutions")
WINDOWS = ("unit", "sentence", "document")
MEASURES = ("count", "ochiai", "jaccard", "association")
EDGE_FIELDS = ("group", "source", "target", "count", "source_count", "target_count", "ochiai", "jaccard",
               "association", "windows")  # fmt: skip
NODE_FIELDS = ("group", "term", "kind", "count", "degree", "strength", "betweenness", "eigenvector", "community")


@dataclass
class Counts:
    windows: int = 0
    documents: int = 0
    term: Counter = field(default_factory=Counter)
    pair: Counter = field(default_factory=Counter)
    kind: dict = field(default_factory=dict)


def _forms(rec: dict, kinds: Iterable[str]) -> dict[str, tuple[str, str]]:
    """form -> (term, kind) for the terms a record lists."""
    out: dict[str, tuple[str, str]] = {}
    for kind in kinds:
        for f in rec.get(kind) or ():
            if kind == "keywords":
                name, aliases = f.get("term"), ()
            elif kind == "slogans":
                name, aliases = f.get("text"), f.get("aliases") or ()
            else:
                name, aliases = f.get("name"), f.get("aliases") or ()
            if not name:
                continue
            for form in (name, *aliases):
                if form:
                    out.setdefault(form, (name, kind))
    return out


def window_terms(rec: dict, kinds: Iterable[str], window: str) -> Iterator[set[str]]:
    """The set of terms in each window of a record (empty windows included)."""
    import bisect

    from .resources import word_regex
    from .units import windows

    body = rec.get("body") or ""
    spans = windows(rec, window)
    forms = _forms(rec, kinds)
    if not spans:
        return
    sets: list[set[str]] = [set() for _ in spans]
    if forms:
        starts = [s for s, _ in spans]
        for m in word_regex(forms).finditer(body):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.start() < spans[i][1]:
                sets[i].add(forms[m.group()][0])
    yield from sets


def count(records: Iterable[dict], kinds: Iterable[str] = TERM_KINDS, window: str = "unit",
          by: str | None = None) -> dict[str, Counts]:
    """Window and pair counts per group (``by``: a record field such as ``year``; None: one group ``all``)."""
    kinds = tuple(kinds)
    groups: dict[str, Counts] = {}
    for rec in records:
        key = "all" if by is None else str(rec.get(by))
        c = groups.setdefault(key, Counts())
        c.documents += 1
        for form, (name, kind) in _forms(rec, kinds).items():
            if form == name:
                c.kind.setdefault(name, kind[:-1] if kind.endswith("s") else kind)
        for terms in window_terms(rec, kinds, window):
            c.windows += 1
            if not terms:
                continue
            c.term.update(terms)
            ts = sorted(terms)
            for i, a in enumerate(ts):
                for b in ts[i + 1:]:
                    c.pair[(a, b)] += 1
    return groups


def network(c: Counts, top: int = 100, min_count: int = 1, group: str = "all") -> dict:
    """The kept terms and pairs of one group: ``{"group", "windows", "documents", "terms", "edges"}``."""
    ranked = sorted((t for t, n in c.term.items() if n >= min_count), key=lambda t: (-c.term[t], t))[:top]
    kept = set(ranked)
    edges = []
    for (a, b), n in c.pair.items():
        if n < min_count or a not in kept or b not in kept:
            continue
        ca, cb = c.term[a], c.term[b]
        edges.append({"group": group, "source": a, "target": b, "count": n, "source_count": ca, "target_count": cb,
                      "ochiai": round(n / math.sqrt(ca * cb), 6), "jaccard": round(n / (ca + cb - n), 6),
                      "association": round(n / (ca * cb), 8), "windows": c.windows})  # fmt: skip
    edges.sort(key=lambda e: (-e["count"], -e["ochiai"], e["source"], e["target"]))
    terms = [{"term": t, "kind": c.kind.get(t, ""), "count": c.term[t]} for t in ranked]
    return {"group": group, "windows": c.windows, "documents": c.documents, "terms": terms, "edges": edges}


def to_graph(net: dict):
    """The network as a networkx Graph: nodes are terms with a kept pair (attributes: kind,
    count and, after :func:`analyse`, the centralities), edges carry ``weight`` (the pair
    count), ``ochiai``, ``jaccard`` and ``association``."""
    import networkx as nx

    g = nx.Graph(name=f"policymine cooccur {net['group']}")
    info = {t["term"]: t for t in net["terms"]}
    for e in net["edges"]:
        for t in (e["source"], e["target"]):
            if t not in g:
                attrs = {"kind": info[t]["kind"], "count": info[t]["count"]}
                attrs.update({k: v for k, v in info[t].items() if k not in ("term", "kind", "count") and v is not None})
                g.add_node(t, label=t, **attrs)
        g.add_edge(e["source"], e["target"], weight=e["count"], ochiai=e["ochiai"], jaccard=e["jaccard"],
                   association=e["association"])  # fmt: skip
    return g


def analyse(net: dict) -> dict:
    """Add centralities and communities to the terms of ``net`` (needs networkx); returns ``net``."""
    import networkx as nx

    g = to_graph(net)
    if g.number_of_nodes() == 0:
        net["nodes"] = []
        return net
    between = nx.betweenness_centrality(g, normalized=True)
    eigen: dict = {}
    for comp in nx.connected_components(g):
        sub = g.subgraph(comp)
        if sub.number_of_nodes() < 3:
            eigen.update({n: 1 / math.sqrt(sub.number_of_nodes()) for n in sub})
            continue
        try:
            eigen.update(nx.eigenvector_centrality(sub, weight="weight", max_iter=2000, tol=1e-8))
        except nx.PowerIterationFailedConvergence:
            eigen.update(dict.fromkeys(sub))
    # scale by the component's share of the graph, so terms of small components rank lower
    total = g.number_of_nodes()
    for comp in nx.connected_components(g):
        share = len(comp) / total
        for n in comp:
            if eigen.get(n) is not None:
                eigen[n] = eigen[n] * math.sqrt(share)
    comms = nx.community.louvain_communities(g, weight="weight", seed=0)
    comms = sorted(comms, key=lambda s: (-len(s), min(s)))
    community = {n: i for i, s in enumerate(comms) for n in s}
    nodes = []
    for t in net["terms"]:
        name = t["term"]
        if name not in g:
            continue
        t.update(degree=g.degree(name), strength=g.degree(name, weight="weight"), betweenness=round(between[name], 6),
                 eigenvector=None if eigen.get(name) is None else round(eigen[name], 6), community=community[name])  # fmt: skip
        nodes.append({"group": net["group"], **{k: t.get(k) for k in NODE_FIELDS if k != "group"}})
    net["nodes"] = nodes
    return net


def matrix_rows(net: dict, measure: str = "count") -> tuple[tuple[str, ...], list[dict]]:
    """The term-by-term matrix of ``measure`` (the diagonal: ``c_i`` for counts, 1 for the
    normalised strengths): ``(columns, rows)``."""
    names = [t["term"] for t in net["terms"]]
    cell: dict[tuple[str, str], float] = {}
    for e in net["edges"]:
        cell[(e["source"], e["target"])] = cell[(e["target"], e["source"])] = e[measure]
    counts = {t["term"]: t["count"] for t in net["terms"]}
    rows = []
    for a in names:
        row = {"group": net["group"], "term": a}
        for b in names:
            if a == b:
                v = counts[a] if measure == "count" else (1 / counts[a] if measure == "association" else 1.0)
            else:
                v = cell.get((a, b), 0)
            row[b] = v
        rows.append(row)
    return ("group", "term", *names), rows
