""":mod:`policymine.extract`: the extractors that pull facts out of a cleaned body.

:func:`run_extractors` runs them in order: slogans first (numbers inside a
slogan are not indicators), institutions, indicators, keywords, all on one
:class:`~policymine.extract.text.Doc` (one segmentation of the body). Every fact keeps
character offsets into the body and the sentence it stands in.
"""

from __future__ import annotations

__all__ = ["run_extractors"]


def run_extractors(body: str, layout, options, segmenter=None, issuer_region=()) -> dict:
    """Facts of one body: ``{"indicators", "institutions", "slogans", "keywords"}``.

    ``segmenter`` is the run's one segmenter (with the user's dictionaries), which every
    extractor uses through the :class:`~policymine.extract.text.Doc`. ``issuer_region``: the
    document's ``region`` (:mod:`policymine.extract.document`), where the page is an official
    document: an issuer of Hong Kong, Macau or Taiwan makes its page's bare 元 that region's
    currency when the body alone names no region."""
    from .text import Doc

    if segmenter is None:
        from ..segment import get_segmenter

        segmenter = get_segmenter(tuple(options.user_dicts))
    doc = Doc(body, segmenter=segmenter)
    doc.city = _home_city(layout, doc)
    doc.year = getattr(layout, "year", None)
    out: dict = {}
    wanted = set(options.extractors)
    from .slogans import extract_slogans

    slogans, slogan_spans = extract_slogans(doc)
    if "slogans" in wanted:
        out["slogans"] = slogans
    if "institutions" in wanted:
        from .institutions import extract_institutions

        out["institutions"], _ = extract_institutions(doc)
    if "indicators" in wanted:
        from .indicators import RE_PLAN_TITLE, extract_indicators

        plan = bool(layout.title and RE_PLAN_TITLE.search(layout.title))
        from .indicators import region_of_places

        inds, excluded = extract_indicators(doc, masked=slogan_spans, explain=options.explain, plan=plan,
                                            region=region_of_places(issuer_region))
        out["indicators"] = inds
        if options.explain:
            out["excluded"] = excluded
    if "keywords" in wanted and options.keywords:
        from .keywords import extract_keywords

        out["keywords"] = extract_keywords(doc, n=options.keywords)
    if getattr(options, "tokens", False):  # the store indexes them: no second segmentation of the body
        out["_tokens"] = doc.words
    return out


def _home_city(layout, doc) -> str | None:
    """The city (or province) the document is about: the most frequent gazetteer place in it."""
    from .text import place_counts

    counts = doc.places + place_counts(layout.title or "")
    return counts.most_common(1)[0][0] if counts else None
