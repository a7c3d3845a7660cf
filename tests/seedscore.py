"""A small re-implementation of the shared referee's matching rules, so the seed gate
runs without ../shared: indicators match on value (0.5 % or 0.011) and unit, preferring
overlapping quotes; names and slogans match on any shared form; optional gold items
count neither way. Strings are compared after NFKC with white space removed."""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

GOLD = Path(__file__).parent / "gold"


def squash(s) -> str:
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())


def _unit(u) -> str:
    u = squash(u)
    return {"个百分点": "百分点", "％": "%"}.get(u, u)


def _close(a, b) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=0.005, abs_tol=0.011)
    except (TypeError, ValueError):
        return False


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(records: list[dict], gold: Path = GOLD) -> dict:
    """Figures of ``records`` against the gold files in ``gold``: F1 of indicators, institutions
    and slogans; shares right of each indicator attribute (currency on money, direction on
    changes), of the metadata (all fields, and each as ``meta.FIELD``) and of bodies."""
    by_id = {r["id"]: r for r in records}
    tot = {"indicators": [0, 0, 0], "institutions": [0, 0, 0], "slogans": [0, 0, 0]}
    attrs = {a: [0, 0] for a in ("qualifier", "subject", "modality", "kind", "currency", "direction")}
    meta = [0, 0]
    fields: dict[str, list[int]] = {}
    body = [0, 0]
    for gpath in sorted(Path(gold).glob("*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        rec = by_id.get(gpath.stem, {})
        for k, gv in g["meta"].items():
            if k == "year_inferred":
                continue
            pv = rec.get(k)
            ok = sorted(map(squash, gv or [])) == sorted(map(squash, pv or [])) if k == "authors" else (
                gv == pv if k == "year" else squash(gv) == squash(pv))
            meta[0] += ok
            meta[1] += 1
            f = fields.setdefault(k, [0, 0])
            f[0] += ok
            f[1] += 1
        b = squash(rec.get("body"))
        gb = g["body"]
        body[0] += b.startswith(squash(gb["first"])) and b.endswith(squash(gb["last"])) and not any(
            squash(d) in b for d in gb["drop"])
        body[1] += 1
        pred = list(rec.get("indicators") or [])
        used = [False] * len(pred)
        for gi in g["indicators"]:
            best = None
            for i, p in enumerate(pred):
                if used[i] or not _close(p["value"], gi["value"]) or _unit(p["unit"]) != _unit(gi["unit"]):
                    continue
                q, t = squash(gi["quote"]), squash(p["text"])
                overlap = bool(q and t and (q in t or t in q))
                if best is None or (overlap and not best[1]):
                    best = (i, overlap)
                    if overlap:
                        break
            if best is None:
                tot["indicators"][2] += not gi.get("optional")
                continue
            used[best[0]] = True
            if gi.get("optional"):
                continue
            tot["indicators"][0] += 1
            p = pred[best[0]]
            for a in attrs:
                if a == "currency" and gi["kind"] != "money" or a == "direction" and gi["kind"] != "change":
                    continue
                if a == "currency":
                    gv, pv = squash(gi.get(a) or "CNY"), squash(p.get(a) or "CNY")
                else:
                    gv, pv = squash(gi.get(a)), squash(p.get(a))
                ok = (bool(pv) and (gv in pv or pv in gv) and min(len(gv), len(pv)) >= 2) if a == "subject" else gv == pv
                attrs[a][0] += ok
                attrs[a][1] += 1
        tot["indicators"][1] += used.count(False)
        for field, key in (("institutions", "name"), ("slogans", "text")):
            ents = [({squash(x[key])} | {squash(a) for a in x.get("aliases", [])}, bool(x.get("optional"))) for x in g[field]]
            hit = [False] * len(ents)
            for p in rec.get(field) or []:
                forms = {squash(p[key])} | {squash(a) for a in p.get("aliases") or []}
                j = next((j for j, (f, _) in enumerate(ents) if f & forms), None)
                if j is None or hit[j]:
                    tot[field][1] += 1
                else:
                    hit[j] = True
            tot[field][0] += sum(1 for j, (_, opt) in enumerate(ents) if hit[j] and not opt)
            tot[field][2] += sum(1 for j, (_, opt) in enumerate(ents) if not hit[j] and not opt)
    out = {k: _f1(*v) for k, v in tot.items()}
    out.update({a: ok / n for a, (ok, n) in attrs.items() if n})
    out["meta"] = meta[0] / meta[1]
    out.update({f"meta.{k}": ok / n for k, (ok, n) in fields.items()})
    out["body"] = body[0] / body[1]
    return out
