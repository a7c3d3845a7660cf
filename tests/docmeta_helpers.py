"""What the document-metadata rule tests share: the fields they compare and two ways to read them."""

from __future__ import annotations

FIELDS = ("doc_number", "issuers", "doc_type", "issued_type", "signed", "published", "effective", "level", "region")


def record_meta(text: str, fields: tuple[str, ...] = FIELDS, **kw) -> dict:
    """The document ``fields`` of the whole record ``policymine.extract_text`` makes of ``text``."""
    import policymine

    rec = policymine.extract_text(text, **kw)
    return {f: rec.get(f) for f in fields}


def layout_meta(text: str) -> dict:
    """``document_meta`` of the cleaned page alone (no extractors run)."""
    from policymine.extract.document import document_meta
    from policymine.layout import clean

    return document_meta(clean(text))
