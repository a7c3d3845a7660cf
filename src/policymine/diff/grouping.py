""":mod:`policymine.diff.grouping`: records grouped by a field, and the two groups to compare."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..errors import PolicymineError
from .records import is_error_record

__all__ = ["Groups", "GroupError", "group_records", "pick_groups", "UNKNOWN"]

UNKNOWN = "unknown"


class GroupError(PolicymineError, ValueError):
    """The groups asked for do not exist, or there are fewer than two groups to compare."""

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


