""":mod:`policymine.diff`: what changed between two groups of document records.

Records are the dicts ``policymine extract`` writes (one per document). They are
grouped by a record field (``year`` by default; ``source``, ``script`` ...), two
groups are picked (earliest and latest by default) and compared section by section:

* **slogans** and **institutions**: added, removed, kept, and *related* forms (a
  formula that grew or shrank, a name that changed its wording) -- see
  :func:`related_forms`;
* **indicators**: the same measure on both sides (same unit, same normalised
  subject head -- see :func:`subject_head` and :func:`subjects_match`), with the
  change and a note when a target is compared with a status;
* **keywords**: keyness of words between the two groups (signed log-likelihood
  G2 -- see :func:`log_likelihood`).

The library neither prints nor parses options: ``policymine diff`` (the CLI) reads
or extracts records, then calls :func:`group_records`, :func:`pick_groups`,
:func:`diff_groups` / :func:`timeline`, and writes JSON, :func:`diff_rows` (CSV/JSONL)
or :func:`render_tables` / :func:`render_timeline` (rich). Apart from sorting, every
step is linear in the size of the input; tokenizing the bodies dominates the cost.
"""

from __future__ import annotations

import io
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import InputError, PolicymineError

__all__ = [
    "Groups",
    "GroupError",
    "RecordsError",
    "load_records",
    "is_error_record",
    "group_records",
    "pick_groups",
    "diff_groups",
    "timeline",
    "diff_rows",
    "render_tables",
    "render_timeline",
    "related_forms",
    "subject_head",
    "subjects_match",
    "log_likelihood",
    "g2_pvalue",
    "UNKNOWN",
    "TARGET_STATUS_NOTE",
]

UNKNOWN = "unknown"
TARGET_STATUS_NOTE = "target on one side, status on the other: not a like-for-like change"

Tokenizer = Callable[[str], Iterable[str]]


class RecordsError(InputError, ValueError):
    """A records file cannot be read or does not hold records (the message names file and line)."""


class GroupError(PolicymineError, ValueError):
    """The groups asked for do not exist, or there are fewer than two groups to compare."""


# ---------------------------------------------------------------------------
# reading and grouping
# ---------------------------------------------------------------------------


def load_records(paths: str | Path | Iterable[str | Path]) -> Iterator[dict]:
    """Yield the records stored in ``.json`` / ``.jsonl`` files, or ``-`` (stdin).

    A ``.json`` file holds a JSON array of records or one record; a ``.jsonl`` file
    one record a line (blank lines are skipped). Stdin and files with any other
    suffix may be either: a text that parses as one JSON value is taken as such,
    otherwise it is read line by line. Error records (``{id, path, error}``) are
    yielded like the others; :func:`group_records` sets them aside.

    Raises:
        RecordsError: a file is missing, is a folder, is not UTF-8, or holds invalid
            JSON or something other than objects (the message names file and line).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        name = str(path)
        if name == "-":
            text = sys.stdin.read()
            yield from _parse_any(text.lstrip("\ufeff"), "<stdin>")
            continue
        p = Path(path)
        if p.is_dir():
            raise RecordsError(f"{name}: is a folder; give record files (.json, .jsonl) or extract the folder first")
        suffix = p.suffix.lower()
        try:
            if suffix == ".jsonl":
                with p.open(encoding="utf-8-sig") as fh:
                    yield from _parse_lines(fh, name)
                continue
            text = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise RecordsError(f"{name}: no such file") from None
        except UnicodeDecodeError as exc:
            raise RecordsError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        except OSError as exc:
            raise RecordsError(f"{name}: cannot read: {exc.strerror or exc}") from None
        if suffix == ".json":
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RecordsError(f"{name}, line {exc.lineno}: invalid JSON: {exc.msg}") from None
            yield from _values(value, name)
        else:
            yield from _parse_any(text, name)


def _parse_any(text: str, name: str) -> Iterator[dict]:
    if not text.strip():
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from _parse_lines(io.StringIO(text), name)
        return
    yield from _values(value, name)


def _parse_lines(lines: Iterable[str], name: str) -> Iterator[dict]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordsError(f"{name}, line {lineno}: invalid JSON: {exc.msg}") from None
        if not isinstance(value, dict):
            raise RecordsError(f"{name}, line {lineno}: expected a record (JSON object), got {type(value).__name__}")
        yield value


def _values(value, name: str) -> Iterator[dict]:
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise RecordsError(f"{name}: item {i}: expected a record (JSON object), got {type(item).__name__}")
        yield item


def is_error_record(record: dict) -> bool:
    """True for the record of a document that failed (``{id, path, error}``)."""
    return bool(record.get("error")) and not record.get("body")


class Groups(dict):
    """``label -> [records]`` in label order; ``skipped`` lists the ids of error records set aside."""

    def __init__(self, *args, skipped: list | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.skipped: list = list(skipped or [])


def _label_of(record: dict, by: str):
    value = record.get(by)
    if value is None or value == "" or value == []:
        return UNKNOWN
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _label_key(label):
    """Numbers (and numeric strings) first in numeric order, then text, ``unknown`` last."""
    if label == UNKNOWN:
        return (2, 0.0, "")
    if isinstance(label, (int, float)) and not isinstance(label, bool):
        return (0, float(label), str(label))
    s = str(label)
    try:
        return (0, float(s), s)
    except ValueError:
        return (1, 0.0, s)


def group_records(records: Iterable[dict], by: str = "year") -> Groups:
    """Group records by the record field ``by`` (``year``, ``source``, ``script`` ...).

    Records whose field is missing, None or empty go under ``"unknown"``; a list
    field (``authors``) becomes one label joined with ``、``. Error records are not
    grouped: their ids are in the result's ``skipped`` list. Labels are sorted:
    numbers (years) numerically, then text, ``unknown`` last.
    """
    buckets: dict = {}
    skipped: list = []
    for rec in records:
        if is_error_record(rec):
            skipped.append(rec.get("id") or rec.get("path"))
            continue
        buckets.setdefault(_label_of(rec, by), []).append(rec)
    return Groups(((k, buckets[k]) for k in sorted(buckets, key=_label_key)), skipped=skipped)


def pick_groups(groups: dict, frm=None, to=None) -> tuple:
    """The labels of the two groups to compare: ``(label_a, label_b)``.

    By default the earliest and the latest label (``unknown`` is left out of the
    defaults when at least two other labels exist). ``frm`` and ``to`` are matched
    against ``str(label)``, so ``"2021"`` finds the year 2021.

    Raises:
        GroupError (a ValueError): fewer than two groups, a label not found (the
            message lists the labels there are), or both sides naming the same group.
    """
    labels = sorted(groups, key=_label_key)
    shown = ", ".join(str(label) for label in labels) or "none"
    if len(labels) < 2:
        raise GroupError(f"need at least two groups to compare; found {len(labels)}: {shown}")

    def find(wanted, side: str):
        for label in labels:
            if str(label) == str(wanted):
                return label
        raise GroupError(f"no group {wanted!r} for --{side}; available: {shown}")

    a = find(frm, "from") if frm is not None else None
    b = find(to, "to") if to is not None else None
    known = [label for label in labels if label != UNKNOWN]
    pool = known if len(known) >= 2 else labels
    if a is None:
        a = next((label for label in pool if label != b), None)
    if b is None:
        b = next((label for label in reversed(pool) if label != a), None)
    if a is None or b is None or a == b:
        raise GroupError(f"cannot compare group {a!r} with itself; available: {shown}")
    return a, b


# ---------------------------------------------------------------------------
# entities: slogans and institutions
# ---------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[、,，;；/+＋·]")


def _key(text: str) -> str:
    """Letters and digits only (Han characters count): the form compared by :func:`related_forms`."""
    return "".join(ch for ch in text if ch.isalnum())


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _items(text: str) -> list[str]:
    return [p for p in (_key(x) for x in _SEPARATORS.split(text)) if p]


def related_forms(text_a: str, text_b: str, chain_a: bool = False, chain_b: bool = False) -> str | None:
    """How form ``text_b`` relates to form ``text_a``: ``"grew"``, ``"shrank"``, ``"variant"`` or None.

    Rule (on letters and digits only, punctuation ignored): the two are related when
    the shorter one's characters are an ordered subsequence of the longer one's, with
    at least 3 characters shared, and either both are abbreviation chains
    (``chain_a``/``chain_b``, e.g. ``产学研`` and ``政产学研金介用``) or they share a
    prefix or a suffix of at least 2 characters (``创新驱动发展`` and
    ``创新驱动发展战略``).

    The relation is ``grew`` / ``shrank`` when a formula gained or lost members: both
    are abbreviation chains, or both are enumerations (items separated by 、 , + ...)
    and the shorter one's items are all items of the longer one. Any other related
    pair is a ``variant`` (a reworded or qualified form).
    """
    ka, kb = _key(text_a), _key(text_b)
    if ka == kb or not ka or not kb:
        return None
    short, long = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    if len(short) < 3 or len(short) == len(long) or not _is_subsequence(short, long):
        return None
    both_chains = chain_a and chain_b
    if not (both_chains or short[:2] == long[:2] or short[-2:] == long[-2:]):
        return None
    grew = len(kb) > len(ka)
    if not both_chains:
        ia, ib = _items(text_a), _items(text_b)
        small, big = (ia, ib) if grew else (ib, ia)
        if not (len(ia) > 1 and len(ib) > 1 and set(small) < set(big)):
            return "variant"
    return "grew" if grew else "shrank"


class _Entity:
    """One slogan or institution (a cluster of names linked by aliases) across both sides."""

    __slots__ = ("idx", "counts", "docs", "texts", "kinds", "forms")

    def __init__(self, idx: int, sides: int) -> None:
        self.idx = idx
        self.counts = [0] * sides
        self.docs: list[dict] = [{} for _ in range(sides)]  # ordered set of doc ids
        self.texts: Counter = Counter()  # main text -> count (display name)
        self.kinds: Counter = Counter()
        self.forms: dict[str, None] = {}  # every name seen, in order

    def text(self) -> str:
        best = max(self.texts.values(), default=0)
        for t, n in self.texts.items():  # first seen among the most frequent
            if n == best:
                return t
        return next(iter(self.forms), "")

    def kind(self):
        return self.kinds.most_common(1)[0][0] if self.kinds else None

    def aliases(self) -> list[str]:
        main = self.text()
        return [f for f in self.forms if f != main]

    def on(self, side: int) -> bool:
        return bool(self.docs[side])


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _count(value) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return 1
    return max(n, 0)


def _entities(sides: list[list[dict]], field: str, name_key: str, kind_key: str) -> list[_Entity]:
    """Cluster the entities of ``field`` over all sides: names linked by aliases are one entity."""
    uf = _UnionFind()
    mentions = []
    for side, records in enumerate(sides):
        for rec in records:
            doc = rec.get("id")
            for ent in rec.get(field) or ():
                if not isinstance(ent, dict):
                    continue
                main = str(ent.get(name_key) or "").strip()
                if not main:
                    continue
                names = [main] + [str(a).strip() for a in ent.get("aliases") or () if str(a).strip()]
                for other in names[1:]:
                    uf.union(main, other)
                uf.find(main)
                mentions.append((side, doc, main, names, ent.get(kind_key), _count(ent.get("count", 1))))
    by_root: dict[str, _Entity] = {}
    for side, doc, main, names, kind, n in mentions:
        root = uf.find(main)
        e = by_root.get(root)
        if e is None:
            e = by_root[root] = _Entity(len(by_root), len(sides))
        e.counts[side] += n
        e.docs[side][doc] = None
        e.texts[main] += n
        if kind:
            e.kinds[kind] += n
        for name in names:
            e.forms[name] = None
    return list(by_root.values())


def _entity_item(e: _Entity, name_key: str, kind_key: str) -> dict:
    return {
        name_key: e.text(),
        kind_key: e.kind(),
        "count_from": e.counts[0],
        "count_to": e.counts[1],
        "docs_from": list(e.docs[0]),
        "docs_to": list(e.docs[1]),
        "aliases": e.aliases(),
    }


def _forms_index(entities: list[_Entity], chain_kind: str | None) -> tuple[dict, dict, dict]:
    """Index entity forms by 2-char prefix, 2-char suffix and (chains only) character."""
    prefix: dict[str, set[int]] = {}
    suffix: dict[str, set[int]] = {}
    chars: dict[str, set[int]] = {}
    for i, e in enumerate(entities):
        for f in e.forms:
            k = _key(f)
            if len(k) < 3:
                continue
            prefix.setdefault(k[:2], set()).add(i)
            suffix.setdefault(k[-2:], set()).add(i)
            if chain_kind and e.kind() == chain_kind:
                for ch in set(k):
                    chars.setdefault(ch, set()).add(i)
    return prefix, suffix, chars


def _org_head(name: str) -> str:
    """The organisation head a name ends with (高新区, 新区, 研究所), or the name's last two characters."""
    from .extract.institutions import head_of

    return head_of(name) or name[-2:]


def _best_relation(e: _Entity, side: int, others: list[_Entity], index, chain_kind: str | None,
                   same_head: bool = False):
    """The best related entity on the other side for a one-sided entity ``e`` (or None).

    ``same_head`` (institutions): forms are related only when they end with the same
    organisation head, so a name and its short form pair up but two bodies do not.

    Preference: a partner that is itself one-sided (a change of form rather than a
    new form next to a kept one), then more shared characters, then the smaller
    difference in length, then the earlier entity. A kept partner (on both sides)
    is taken only for ``grew``/``shrank``: a formula that gained or lost members
    while the old formula stays in use. A one-sided *variant* of a kept slogan
    (``黄河流域生态保护和高质量发展`` next to a kept ``高质量发展``, ``兰州大学校友经济示范基地``
    next to a kept ``兰州大学``) is a different item, not a change of form.
    """
    prefix, suffix, chars = index
    e_chain = chain_kind is not None and e.kind() == chain_kind
    best = None
    for f in e.forms:
        k = _key(f)
        if len(k) < 3:
            continue
        cands = set(prefix.get(k[:2], ())) | suffix.get(k[-2:], set())
        if e_chain:
            for ch in set(k):
                cands |= chars.get(ch, set())
        for j in cands:
            o = others[j]
            o_chain = chain_kind is not None and o.kind() == chain_kind
            for g in o.forms:
                a, b = (f, g) if side == 0 else (g, f)  # a: the from form, b: the to form
                rel = related_forms(a, b, e_chain if side == 0 else o_chain, o_chain if side == 0 else e_chain)
                if rel is None or (rel == "variant" and o.on(0) and o.on(1)):
                    continue
                if same_head and _org_head(_key(a)) != _org_head(_key(b)):
                    continue  # 兰州新区 and 兰州高新区: a new district and a high-tech zone, two bodies
                shared = min(len(_key(a)), len(_key(b)))
                score = (not (o.on(0) and o.on(1)), shared, -abs(len(_key(a)) - len(_key(b))), -o.idx)
                if best is None or score > best[0]:
                    best = (score, o, a, b, rel)
    return best


def _diff_entities(a_records, b_records, field: str, name_key: str, kind_key: str, chain_kind: str | None) -> dict:
    ents = _entities([a_records, b_records], field, name_key, kind_key)
    kept = [e for e in ents if e.on(0) and e.on(1)]
    only = [[e for e in ents if e.on(0) and not e.on(1)], [e for e in ents if e.on(1) and not e.on(0)]]
    present = [[e for e in ents if e.on(0)], [e for e in ents if e.on(1)]]
    indexes = [_forms_index(present[0], chain_kind), _forms_index(present[1], chain_kind)]
    pairs: dict[tuple[int, int], dict] = {}
    members: set[int] = set()
    for side in (0, 1):
        other = 1 - side
        for e in only[side]:
            found = _best_relation(e, side, present[other], indexes[other], chain_kind,
                                   same_head=field == "institutions")
            if found is None:
                continue
            _, o, a_form, b_form, rel = found
            ea, eb = (e, o) if side == 0 else (o, e)
            members.add(e.idx)
            if not (o.on(0) and o.on(1)):
                members.add(o.idx)
            if (ea.idx, eb.idx) in pairs:
                continue
            pairs[(ea.idx, eb.idx)] = {
                "from": ea.text(),
                "to": eb.text(),
                "relation": rel,
                "form_from": a_form,
                "form_to": b_form,
                kind_key: eb.kind() or ea.kind(),
                "count_from": ea.counts[0],
                "count_to": eb.counts[1],
                "docs_from": list(ea.docs[0]),
                "docs_to": list(eb.docs[1]),
                "aliases_from": ea.aliases(),
                "aliases_to": eb.aliases(),
            }
    name = lambda item: item[name_key]  # noqa: E731
    # one-sided members of a related pair stay in added/removed, marked with their partner,
    # so a formula that grew reads as "added, grown from X", never as an unrelated add
    partners: dict[int, list[dict]] = {}
    for (ia, ib), pair in pairs.items():
        partners.setdefault(ib, []).append({"form": pair["from"], "relation": pair["relation"], "side": "from"})
        partners.setdefault(ia, []).append({"form": pair["to"], "relation": pair["relation"], "side": "to"})

    def item(e: _Entity) -> dict:
        it = _entity_item(e, name_key, kind_key)
        if e.idx in members and e.idx in partners:
            it["related"] = partners[e.idx]
        return it

    added = [item(e) for e in only[1]]
    removed = [item(e) for e in only[0]]
    kept_items = [_entity_item(e, name_key, kind_key) for e in kept]
    added.sort(key=lambda it: (-it["count_to"], name(it)))
    removed.sort(key=lambda it: (-it["count_from"], name(it)))
    kept_items.sort(key=lambda it: (-(it["count_from"] + it["count_to"]), name(it)))
    related = sorted(pairs.values(), key=lambda it: (-(it["count_from"] + it["count_to"]), it["from"], it["to"]))
    return {"added": added, "removed": removed, "kept": kept_items, "related": related}


# ---------------------------------------------------------------------------
# indicators
# ---------------------------------------------------------------------------

#: Leading modifiers that say how or where something was counted, not what.
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

    1. keep the text after the last ``的`` (``科技进步对经济增长的贡献率`` -> ``贡献率``);
    2. strip leading modifiers that say how or where something was counted
       (:data:`SUBJECT_PREFIXES`: 新认定, 新增, 累计, 全市, 全省, 各类, 年 ...), repeatedly;
    3. strip a trailing "number of" word (:data:`SUBJECT_COUNT_SUFFIXES`: 数, 数量, 总数 ...)
       unless 数 belongs to a noun of its own (指数, 系数, 人数 ...).

    A step is skipped when it would leave fewer than 2 characters. So
    ``新认定高新技术企业`` and ``高新技术企业数`` both give ``高新技术企业``.
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


def _number(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def _pair_indicators(a_records: list[dict], b_records: list[dict]) -> dict:
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
    va, vb = _number(a.get("value")), _number(b.get("value"))
    change = change_pct = None
    if isinstance(va, (int, float)) and isinstance(vb, (int, float)):
        change = _number(round(vb - va, 6))
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


# ---------------------------------------------------------------------------
# keywords
# ---------------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _default_tokenizer() -> Tokenizer:
    from policymine.segment import words

    return words


def _stopwords() -> frozenset[str]:
    try:
        from policymine.resources import stopwords

        return frozenset(stopwords())
    except Exception:  # the stoplist may be missing or malformed while it is being written
        return frozenset()


def _token_counts(records: Iterable[dict], tokenize: Tokenizer, stop: frozenset[str]) -> Counter:
    counts: Counter = Counter()
    for rec in records:
        body = rec.get("body")
        if not body:
            continue
        for tok in tokenize(body):
            tok = tok.strip()
            if len(tok) >= 2 and tok not in stop and _HAN.search(tok):
                counts[tok] += 1
    return counts


def log_likelihood(count_a: int, count_b: int, total_a: int, total_b: int) -> float:
    """Signed log-likelihood G2 of a word between corpus A (from) and corpus B (to).

    The 2x2 table is (word in A, word in B, rest of A, rest of B) with
    ``G2 = 2 * sum(O * ln(O / E))`` over its four cells (``0 * ln 0 = 0``) and
    ``E = row total * column total / N`` (Dunning 1993). The result is positive when
    the word is more frequent in B than expected, negative when more frequent in A.
    It is the plain statistic: quanteda's ``textstat_keyness(measure = "lr")`` gives
    the same G2 with ``correction = "none"`` (its default for "lr" applies Williams'
    correction; its default measure is chi2).
    """
    n = total_a + total_b
    if n <= 0 or total_a <= 0 or total_b <= 0:
        return 0.0
    word = count_a + count_b
    rest = n - word
    cells = (
        (count_a, total_a * word / n),
        (count_b, total_b * word / n),
        (total_a - count_a, total_a * rest / n),
        (total_b - count_b, total_b * rest / n),
    )
    g2 = 2.0 * sum(o * math.log(o / e) for o, e in cells if o > 0 and e > 0)
    g2 = max(g2, 0.0)
    return g2 if count_b * total_a >= count_a * total_b else -g2


def g2_pvalue(g2: float) -> float:
    """p-value of a G2 statistic with 1 degree of freedom: ``erfc(sqrt(|G2| / 2))``."""
    return math.erfc(math.sqrt(abs(g2) / 2.0))


def _keyness(a_records, b_records, *, min_count: int, top: int, tokenize: Tokenizer | None) -> dict:
    tokenize = tokenize or _default_tokenizer()
    stop = _stopwords()
    ca, cb = _token_counts(a_records, tokenize, stop), _token_counts(b_records, tokenize, stop)
    na, nb = sum(ca.values()), sum(cb.values())
    to_items, from_items = [], []
    for term in ca.keys() | cb.keys():
        a, b = ca.get(term, 0), cb.get(term, 0)
        if a + b < min_count:
            continue
        g2 = log_likelihood(a, b, na, nb)
        if g2 == 0:
            continue
        item = {
            "term": term,
            "g2": round(g2, 3),
            "p": float(f"{g2_pvalue(g2):.4g}"),
            "direction": "to" if g2 > 0 else "from",
            "count_from": a,
            "count_to": b,
            "per_10k_from": round(a / na * 10000, 3) if na else 0.0,
            "per_10k_to": round(b / nb * 10000, 3) if nb else 0.0,
            "_g2": g2,
        }
        (to_items if g2 > 0 else from_items).append(item)
    to_items.sort(key=lambda it: (-abs(it["_g2"]), it["term"]))
    from_items.sort(key=lambda it: (-abs(it["_g2"]), it["term"]))
    for it in to_items + from_items:
        del it["_g2"]
    return {"to": to_items[:top], "from": from_items[:top], "method": "G2", "tokens_from": na, "tokens_to": nb}


# ---------------------------------------------------------------------------
# diff and timeline
# ---------------------------------------------------------------------------


def _side(label, records: list[dict]) -> dict:
    return {
        "label": label,
        "documents": [r.get("id") for r in records],
        "inferred_years": [r.get("id") for r in records if r.get("year_inferred")],
    }


def diff_groups(
    a_records: Iterable[dict],
    b_records: Iterable[dict],
    *,
    label_a,
    label_b,
    min_count: int = 2,
    top: int = 20,
    tokenize: Tokenizer | None = None,
) -> dict:
    """Compare group A (``from``) with group B (``to``); a JSON-able dict.

    Keys: ``from``, ``to`` (label, document ids, ids whose year was inferred),
    ``slogans`` and ``institutions`` (``added``, ``removed``, ``kept``, ``related``),
    ``indicators`` (``pairs``, ``unmatched_from``, ``unmatched_to``) and ``keywords``
    (``to``, ``from``: the ``top`` words by G2 with at least ``min_count``
    occurrences in all; ``method``). Error records are ignored. ``tokenize`` maps a
    body to its words (default :func:`policymine.segment.words`).

    Slogans and institutions are matched by name and aliases. A one-sided entity
    with a related form on the other side (:func:`related_forms`; slogans of kind
    ``abbreviation`` count as abbreviation chains) goes to ``related`` instead of
    ``added``/``removed``: each is paired with its best partner, preferring a
    partner that is itself one-sided; a kept partner counts only when a formula
    grew or shrank (see :func:`_best_relation`). An entity on both sides is always
    ``kept``, even when it is the partner in a related pair. Related items are
    ``{"from", "to", "relation", "form_from", "form_to", kind, "count_from",
    "count_to", "docs_from", "docs_to", "aliases_from", "aliases_to"}``; added,
    removed and kept items ``{name, kind, "count_from", "count_to", "docs_from",
    "docs_to", "aliases"}`` (``aliases``: the other names the entity was seen under).
    ``top`` limits the keyword lists only.
    """
    a = [r for r in a_records if not is_error_record(r)]
    b = [r for r in b_records if not is_error_record(r)]
    return {
        "from": _side(label_a, a),
        "to": _side(label_b, b),
        "slogans": _diff_entities(a, b, "slogans", "text", "kind", "abbreviation"),
        "institutions": _diff_entities(a, b, "institutions", "name", "type", None),
        "indicators": _pair_indicators(a, b),
        "keywords": _keyness(a, b, min_count=min_count, top=top, tokenize=tokenize),
    }


def _entity_timeline(groups: Groups, field: str, name_key: str, kind_key: str) -> list[dict]:
    labels = list(groups)
    ents = _entities([groups[label] for label in labels], field, name_key, kind_key)
    out = []
    for e in ents:
        counts = {label: e.counts[i] for i, label in enumerate(labels)}
        out.append({name_key: e.text(), kind_key: e.kind(), "counts": counts, "total": sum(e.counts)})
    out.sort(key=lambda it: (-it["total"], it[name_key]))
    return out


def timeline(records: Iterable[dict], by: str = "year", top: int = 30, tokenize: Tokenizer | None = None) -> dict:
    """Counts per group of every slogan, every institution and the ``top`` keywords.

    ``{"labels": [...], "slogans": [{"text", "kind", "counts": {label: n}, "total"}],
    "institutions": [{"name", "type", "counts", "total"}], "keywords": [{"term",
    "counts", "total"}]}``; entities are sorted by total, keywords are the ``top``
    most frequent non-stop words over all groups. ``records`` may also be the
    :class:`Groups` that :func:`group_records` returned (``by`` is then ignored).
    """
    groups = records if isinstance(records, Groups) else group_records(records, by)
    labels = list(groups)
    tokenize = tokenize or _default_tokenizer()
    stop = _stopwords()
    per = {label: _token_counts(groups[label], tokenize, stop) for label in labels}
    total: Counter = Counter()
    for c in per.values():
        total.update(c)
    keywords = [
        {"term": t, "counts": {label: per[label].get(t, 0) for label in labels}, "total": n}
        for t, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ]
    return {
        "labels": labels,
        "slogans": _entity_timeline(groups, "slogans", "text", "kind"),
        "institutions": _entity_timeline(groups, "institutions", "name", "type"),
        "keywords": keywords,
    }


# ---------------------------------------------------------------------------
# flat rows and rich tables
# ---------------------------------------------------------------------------


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        v = _number(v)
        if isinstance(v, float):
            return f"{v:,.6g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}" if abs(v) >= 10000 else str(v)
    return str(v)


def _docs(item: dict) -> str:
    return f"docs: {','.join(map(str, item.get('docs_from') or [])) or '-'} -> {','.join(map(str, item.get('docs_to') or [])) or '-'}"


def diff_rows(result: dict) -> Iterator[dict]:
    """Flatten a :func:`diff_groups` result into rows for CSV or JSONL.

    Each row is ``{"section", "change", "item", "from", "to", "detail"}``:
    slogans/institutions (change added|removed|kept|related; from/to are counts),
    indicators (change ``pair``; from/to are values, the unit and change in
    ``detail``), keywords (change ``to``|``from``; from/to are counts, G2 and p in
    ``detail``).
    """
    for section, name_key, kind_key in (("slogans", "text", "kind"), ("institutions", "name", "type")):
        part = result.get(section) or {}
        for change in ("added", "removed", "kept"):
            for it in part.get(change) or ():
                detail = f"{kind_key}={it.get(kind_key) or ''}; {_docs(it)}"
                if it.get("aliases"):
                    detail += f"; aliases: {'|'.join(it['aliases'])}"
                yield {"section": section, "change": change, "item": it[name_key],
                       "from": it.get("count_from"), "to": it.get("count_to"), "detail": detail}  # fmt: skip
        for it in part.get("related") or ():
            yield {"section": section, "change": "related", "item": f"{it['from']} -> {it['to']}",
                   "from": it.get("count_from"), "to": it.get("count_to"),
                   "detail": f"{it.get('relation')}; {_docs(it)}"}  # fmt: skip
    for p in (result.get("indicators") or {}).get("pairs") or ():
        subj = p["subject_from"] if p["subject_from"] == p["subject_to"] else f"{p['subject_from']} -> {p['subject_to']}"
        pct = "" if p.get("change_pct") is None else f" ({p['change_pct']:+g}%)"
        change = "" if p.get("change") is None else f"{p['change']:+g}"
        detail = f"unit={p['unit']}; change={change}{pct}; {p['comparison']}; docs: {p['doc_from']} -> {p['doc_to']}"
        if p.get("note"):
            detail += f"; {p['note']}"
        yield {"section": "indicators", "change": "pair", "item": subj,
               "from": p.get("value_from"), "to": p.get("value_to"), "detail": detail}  # fmt: skip
    kw = result.get("keywords") or {}
    for direction in ("to", "from"):
        for it in kw.get(direction) or ():
            yield {"section": "keywords", "change": direction, "item": it["term"],
                   "from": it.get("count_from"), "to": it.get("count_to"),
                   "detail": f"G2={it['g2']}; p={it.get('p')}; per 10k: {it.get('per_10k_from')} -> {it.get('per_10k_to')}"}  # fmt: skip


def _value(qualifier, value, unit) -> str:
    q = {">=": "≥", "<=": "≤", ">": ">", "~": "≈", "=": ""}.get(qualifier or "=", qualifier or "")
    return f"{q}{_fmt(value)}{unit or ''}"


def render_tables(result: dict, console) -> None:
    """Print a diff result as rich tables (a header naming the groups, then one table per section)."""
    from rich.table import Table
    from rich.text import Text

    a, b = result["from"], result["to"]
    head = Text.assemble(
        ("diff ", "bold"), (str(a["label"]), "bold cyan"), f" ({len(a['documents'])} docs)",
        " -> ", (str(b["label"]), "bold magenta"), f" ({len(b['documents'])} docs)",
    )  # fmt: skip
    console.print(head)
    inferred = list(a.get("inferred_years") or []) + list(b.get("inferred_years") or [])
    if inferred:
        console.print(Text(f"year inferred, not dated: {', '.join(map(str, inferred))}", style="yellow"))

    styles = {"added": "green", "removed": "red", "kept": "dim", "related": "yellow"}
    for section, name_key, kind_key in (("slogans", "text", "kind"), ("institutions", "name", "type")):
        part = result.get(section) or {}
        table = Table(title=f"{section}: {a['label']} -> {b['label']}", title_justify="left")
        for col in ("change", name_key, kind_key, str(a["label"]), str(b["label"]), "documents"):
            table.add_column(col, justify="right" if col in (str(a["label"]), str(b["label"])) else "left")
        for change in ("added", "removed", "related", "kept"):
            for it in part.get(change) or ():
                if change == "related":
                    name = f"{it['from']} -> {it['to']} ({it['relation']})"
                    kind = it.get(kind_key)
                else:
                    name, kind = it[name_key], it.get(kind_key)
                    for rel in it.get("related") or ():
                        word = "variant of" if rel["relation"] == "variant" else f"{rel['relation']} {'from' if rel['side'] == 'from' else 'into'}"
                        name += f" ({word} {rel['form']})"
                table.add_row(Text(change, style=styles[change]), Text(name), Text(_fmt(kind)),
                              _fmt(it.get("count_from")), _fmt(it.get("count_to")), Text(_docs(it)[6:]))  # fmt: skip
        console.print(table)

    ind = result.get("indicators") or {}
    table = Table(title=f"indicators: {a['label']} -> {b['label']}", title_justify="left",
                  caption=f"unmatched: {ind.get('unmatched_from', 0)} from, {ind.get('unmatched_to', 0)} to")  # fmt: skip
    for col in ("subject", str(a["label"]), str(b["label"]), "change", "%", "comparison"):
        table.add_column(col, justify="right" if col in ("change", "%") else "left")
    for p in ind.get("pairs") or ():
        subj = p["subject_from"] if p["subject_from"] == p["subject_to"] else f"{p['subject_from']} / {p['subject_to']}"
        comp = Text(p["comparison"], style="yellow" if p.get("note") else "")
        if p.get("note"):
            comp.append(" (not like-for-like)", style="yellow")
        table.add_row(Text(subj), Text(_value(p["qualifier_from"], p["value_from"], p["unit"])),
                      Text(_value(p["qualifier_to"], p["value_to"], p["unit"])),
                      "" if p.get("change") is None else f"{p['change']:+,g}",
                      "" if p.get("change_pct") is None else f"{p['change_pct']:+g}", comp)  # fmt: skip
    console.print(table)

    kw = result.get("keywords") or {}
    table = Table(title=f"keywords ({kw.get('method', 'G2')}): {a['label']} -> {b['label']}", title_justify="left")
    for col in ("more in", "term", "G2", "p", str(a["label"]), str(b["label"]), "per 10k"):
        table.add_column(col, justify="right" if col in ("G2", "p", str(a["label"]), str(b["label"])) else "left")
    for direction, label, style in (("to", b["label"], "magenta"), ("from", a["label"], "cyan")):
        for it in kw.get(direction) or ():
            table.add_row(Text(str(label), style=style), Text(it["term"]), f"{it['g2']:+.3f}", f"{it.get('p', 0):.2g}",
                          str(it["count_from"]), str(it["count_to"]), f"{it['per_10k_from']} -> {it['per_10k_to']}")  # fmt: skip
    console.print(table)


def render_timeline(tl: dict, console) -> None:
    """Print a :func:`timeline` as one rich table: a row per slogan, institution and keyword, a column per label."""
    from rich.table import Table
    from rich.text import Text

    labels = list(tl.get("labels") or [])
    table = Table(title="timeline", title_justify="left")
    table.add_column("section")
    table.add_column("item")
    for label in labels:
        table.add_column(str(label), justify="right")
    sections = (("slogans", "text"), ("institutions", "name"), ("keywords", "term"))
    for n, (section, key) in enumerate(sections):
        items = tl.get(section) or []
        for i, it in enumerate(items):
            counts = it.get("counts") or {}
            cells = [_fmt(counts.get(label, counts.get(str(label), 0))) for label in labels]
            table.add_row(Text(section if i == 0 else "", style="bold"), Text(str(it[key])), *cells,
                          end_section=(i == len(items) - 1 and n < len(sections) - 1))  # fmt: skip
    console.print(table)
