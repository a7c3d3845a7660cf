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

A library package shaped like :mod:`policymine.extract`: :mod:`.records` (reading records
back), :mod:`.grouping`, :mod:`.entities`, :mod:`.indicators`, :mod:`.keyness`. It neither
prints, formats nor parses options: ``policymine diff`` (the CLI) reads or extracts records,
calls :func:`group_records`, :func:`pick_groups`, :func:`diff_groups` / :func:`timeline`, and
hands the result to :mod:`policymine.render` (:func:`policymine.render.diff_dataset`), whose
writers serve every command. Apart from sorting, every step is linear in the size of the
input; tokenizing the bodies dominates the cost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .entities import collect_entities, diff_entities, related_forms
from .grouping import UNKNOWN, GroupError, Groups, group_records, pick_groups
from .indicators import TARGET_STATUS_NOTE, pair_indicators, subject_head, subjects_match
from .keyness import Tokenizer, default_tokenizer, g2_pvalue, keyness_between, log_likelihood, stopwords, token_counts
from .records import RecordsError, is_error_record, load_records

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
    "related_forms",
    "subject_head",
    "subjects_match",
    "log_likelihood",
    "g2_pvalue",
    "UNKNOWN",
    "TARGET_STATUS_NOTE",
]


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
        "slogans": diff_entities(a, b, "slogans", "text", "kind", "abbreviation"),
        "institutions": diff_entities(a, b, "institutions", "name", "type", None),
        "indicators": pair_indicators(a, b),
        "keywords": keyness_between(a, b, min_count=min_count, top=top, tokenize=tokenize),
    }


def entity_timeline(groups: Groups, field: str, name_key: str, kind_key: str) -> list[dict]:
    labels = list(groups)
    ents = collect_entities([groups[label] for label in labels], field, name_key, kind_key)
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
    tokenize = tokenize or default_tokenizer()
    stop = stopwords()
    per = {label: token_counts(groups[label], tokenize, stop) for label in labels}
    total: Counter = Counter()
    for c in per.values():
        total.update(c)
    keywords = [
        {"term": t, "counts": {label: per[label].get(t, 0) for label in labels}, "total": n}
        for t, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ]
    return {
        "labels": labels,
        "slogans": entity_timeline(groups, "slogans", "text", "kind"),
        "institutions": entity_timeline(groups, "institutions", "name", "type"),
        "keywords": keywords,
    }


