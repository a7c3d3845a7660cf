"""policymine: mine Chinese policy documents and policy news.

Normalise (traditional to simplified, half-width digits, pinyin annotations,
mojibake), clean (article body and page metadata), segment (jieba with a
policy-domain dictionary), extract (indicators, institutions, slogans,
keywords) and diff (what changed between years or sources).

Python use::

    >>> import policymine
    >>> record = policymine.extract_text("...")            # one document record (a dict)
    >>> for record in policymine.extract_paths(["corpus/"]):   # streams records
    ...     ...
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "extract_path", "extract_paths", "normalize_text", "clean_text"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_text(text: str, *, doc_id: str = "-", path: str | None = None, **options):
    """Run the whole pipeline on one document's text and return its record (a dict)."""
    from .pipeline import Options, process_text

    return process_text(text, doc_id=doc_id, path=path, options=Options(**options))


def extract_path(path, **options):
    """Read one file (``-`` for stdin) and return its record (a dict)."""
    from .pipeline import Options, process_path

    return process_path(path, options=Options(**options))


def extract_paths(paths, **options):
    """Stream records for files and folders (recursively); errors become error records."""
    from .pipeline import Options, iter_records

    return iter_records(paths, options=Options(**options))


def normalize_text(text: str, to: str = "simplified", opencc: str = "t2s") -> str:
    """Normalise a text: pinyin annotations, mojibake marks, script, half-width digits.
    ``opencc`` converts traditional text: ``t2s``, or ``hk2s``/``tw2s``/``tw2sp`` for Hong Kong
    or Taiwan text."""
    from .normalize import normalize

    return normalize(text, to=to, opencc=opencc).text


def clean_text(text: str) -> str:
    """Normalise a page and return its cleaned article body."""
    from .layout import clean
    from .normalize import normalize

    return clean(normalize(text).text).body
