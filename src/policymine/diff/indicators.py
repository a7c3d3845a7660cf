""":mod:`policymine.diff.indicators`: indicators that measure the same thing on both sides."""

from __future__ import annotations

import re

__all__ = ["subject_head", "subjects_match", "pair_indicators", "plain_number", "TARGET_STATUS_NOTE"]

TARGET_STATUS_NOTE = "target on one side, status on the other: not a like-for-like change"

SUBJECT_PREFIXES = tuple(
    sorted(
        (
            "新认定", "新培育", "新引进", "新建成", "新建", "新增", "累计", "全市", "全省", "全区", "全县",
            "全国", "各类", "各级", "全年", "当年", "本年", "年度", "年均", "年",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
#: Trailing "number of" words: ``高新技术企业数`` counts ``高新技术企业``.
SUBJECT_COUNT_SUFFIXES = ("总数", "数量", "个数", "家数", "数")
#: Words ending in 数 that are nouns of their own, not "the number of".
_SHU_NOUNS = ("指数", "系数", "倍数", "分数", "基数", "参数", "函数", "人数", "次数", "户数", "位数", "岁数")


def subject_head(subject: str | None) -> str:
    """The normalised head of an indicator subject.

    1. keep the text after the last ``的`` (``数字经济对全市增长的拉动率`` -> ``拉动率``);
    2. strip leading modifiers that say how or where something was counted
       (:data:`SUBJECT_PREFIXES`: 新认定, 新增, 累计, 全市, 全省, 各类, 年 ...), repeatedly;
    3. strip a trailing "number of" word (:data:`SUBJECT_COUNT_SUFFIXES`: 数, 数量, 总数 ...)
       unless 数 belongs to a noun of its own (指数, 系数, 人数 ...).

    A step is skipped when it would leave fewer than 2 characters. So
    ``新增专精特新企业`` and ``专精特新企业数`` both give ``专精特新企业``.
    """
    s = re.sub(r"\s+", "", subject or "")
    if "的" in s:
        tail = s[s.rindex("的") + 1 :]
        if len(tail) >= 2:
            s = tail
    changed = True
    while changed:
        changed = False
        for p in SUBJECT_PREFIXES:
            if s.startswith(p) and len(s) - len(p) >= 2:
                s = s[len(p) :]
                changed = True
                break
    if not s.endswith(_SHU_NOUNS):
        for suf in SUBJECT_COUNT_SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 2:
                s = s[: -len(suf)]
                break
    return s


def subjects_match(head_a: str, head_b: str) -> bool:
    """Whether two normalised subject heads (:func:`subject_head`) name the same thing.

    They match when one ends with the other's last 4 characters (or with the whole
    of the other if it is shorter than 4): the head of a Chinese noun phrase is at
    its end, so ``高新技术企业`` matches ``国家高新技术企业`` and ``省级高新技术企业``,
    while ``技术合同成交额`` and ``销售额`` do not match. Heads shorter than 2
    characters match nothing.
    """
    if len(head_a) < 2 or len(head_b) < 2:
        return False
    return head_a.endswith(head_b[-4:]) or head_b.endswith(head_a[-4:])


def _unit(unit) -> str | None:
    if unit is None:
        return None
    u = str(unit).strip()
    if u == "个百分点":
        return "百分点"
    return u or None


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _indicators(records: list[dict]) -> list[dict]:
    """Indicators of a side with the fields the pairing needs; repeats within a document dropped."""
    out = []
    seen = set()
    for rec in records:
        doc = rec.get("id")
        for ind in rec.get("indicators") or ():
            if not isinstance(ind, dict):
                continue
            unit = _unit(ind.get("unit"))
            head = subject_head(ind.get("subject"))
            if unit is None or len(head) < 2:
                continue
            sig = (doc, ind.get("subject"), ind.get("value"), unit, ind.get("qualifier"), ind.get("modality"))
            if sig in seen:
                continue
            seen.add(sig)
            out.append({"doc": doc, "unit": unit, "head": head, "ind": ind})
    return out


def plain_number(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def pair_indicators(a_records: list[dict], b_records: list[dict]) -> dict:
    left, right = _indicators(a_records), _indicators(b_records)
    # right-hand indexes: by (unit, last <=4 chars of the head), and by (unit, every 2..4-char suffix)
    by_last4: dict[tuple, list[int]] = {}
    by_suffix: dict[tuple, list[int]] = {}
    for j, r in enumerate(right):
        h = r["head"]
        by_last4.setdefault((r["unit"], h[-4:]), []).append(j)
        for n in range(2, min(4, len(h)) + 1):
            by_suffix.setdefault((r["unit"], h[-n:]), []).append(j)
    cands = []
    for i, left_ind in enumerate(left):
        h, unit = left_ind["head"], left_ind["unit"]
        js: set[int] = set(by_suffix.get((unit, h[-4:]), ()))  # right ends with left's last 4
        for n in range(2, min(4, len(h)) + 1):  # left ends with right's last 4
            js.update(by_last4.get((unit, h[-n:]), ()))
        a = left_ind["ind"]
        for j in js:
            r = right[j]
            if not subjects_match(h, r["head"]):
                continue
            b = r["ind"]
            score = (
                a.get("kind") == b.get("kind"),
                h == r["head"],
                _common_suffix(h, r["head"]),
                -abs(len(h) - len(r["head"])),
                a.get("subject") == b.get("subject"),
                a.get("modality") == b.get("modality"),
            )
            cands.append((score, -i, -j))
    cands.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, ni, nj in cands:
        i, j = -ni, -nj
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(_indicator_pair(left[i], right[j]))
    pairs.sort(key=lambda p: (p["unit"], p["subject_from"] or "", p["subject_to"] or ""))
    return {"pairs": pairs, "unmatched_from": len(left) - len(used_a), "unmatched_to": len(right) - len(used_b)}


def _indicator_pair(left: dict, right: dict) -> dict:
    a, b = left["ind"], right["ind"]
    va, vb = plain_number(a.get("value")), plain_number(b.get("value"))
    change = change_pct = None
    if isinstance(va, (int, float)) and isinstance(vb, (int, float)):
        change = plain_number(round(vb - va, 6))
        change_pct = None if va == 0 else round((vb - va) / abs(va) * 100, 2)
    ma, mb = a.get("modality"), b.get("modality")
    ka, kb = a.get("kind"), b.get("kind")
    pair = {
        "subject_from": a.get("subject"),
        "subject_to": b.get("subject"),
        "unit": left["unit"],
        "kind": ka if ka == kb else f"{ka}->{kb}",
        "value_from": va,
        "value_to": vb,
        "qualifier_from": a.get("qualifier"),
        "qualifier_to": b.get("qualifier"),
        "modality_from": ma,
        "modality_to": mb,
        "period_from": a.get("period"),
        "period_to": b.get("period"),
        "doc_from": left["doc"],
        "doc_to": right["doc"],
        "change": change,
        "change_pct": change_pct,
        "comparison": f"{ma or 'status'}->{mb or 'status'}",
    }
    if (ma or "status") != (mb or "status"):
        pair["note"] = TARGET_STATUS_NOTE
    return pair


