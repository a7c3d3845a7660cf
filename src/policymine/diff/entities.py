""":mod:`policymine.diff.entities`: slogans and institutions added, removed, kept or related."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["related_forms", "diff_entities", "collect_entities"]

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


def collect_entities(sides: list[list[dict]], field: str, name_key: str, kind_key: str) -> list[_Entity]:
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
    from ..extract.institutions import head_of

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
    (``长江经济带绿色发展`` next to a kept ``绿色发展``, ``某大学科技成果转化基地``
    next to a kept ``某大学``) is a different item, not a change of form.
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


def diff_entities(a_records, b_records, field: str, name_key: str, kind_key: str, chain_kind: str | None) -> dict:
    ents = collect_entities([a_records, b_records], field, name_key, kind_key)
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
    name = lambda item: item[name_key]
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


