""":mod:`policymine.record`: the document record and each fact in it, defined once.

Every writer (JSON, JSON Lines, CSV tables, rich tables), ``clean --meta``, ``diff``'s reader
and any store take their field names and order from here. A record is a plain ``dict`` (what
``json`` writes and reads back); the :class:`~typing.TypedDict` classes say what it holds, the
``*_FIELDS`` tuples fix the order in which the pipeline builds it.

An input that could not be processed gives an :class:`ErrorRecord` instead: ``id``, ``path``
and ``error`` (the reason, without the path: the path is data of its own). :func:`is_error`
is the one way to tell one.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

__all__ = [
    "Indicator", "Institution", "Slogan", "Keyword", "Excluded", "Record", "ErrorRecord",
    "META_FIELDS", "DOC_FIELDS", "DOCUMENT_FIELDS", "RECORD_FIELDS", "INDICATOR_FIELDS", "INSTITUTION_FIELDS", "SLOGAN_FIELDS",
    "KEYWORD_FIELDS", "ERROR_FIELDS", "Unit", "FACT_FIELDS", "FACTS", "is_error", "error_record", "new_record",
    "empty_document",
]  # fmt: skip


class Indicator(TypedDict):
    """A quantity that measures something (see ``tests/gold/SCHEMA.md`` for every convention)."""

    text: str  # the span as it stands in the body: number, unit, qualifier next to it
    value: float  # normalised: money in the currency's base unit, shares in percent
    unit: str
    qualifier: str  # >= > ~ <= =
    subject: str | None
    kind: str  # count money share rate change rank area multiple duration
    modality: str  # target or status
    period: str | None
    sentence: str
    start: int  # offsets into the record's body
    end: int
    currency: NotRequired[str]  # ISO 4217, on money only
    direction: NotRequired[str | None]  # up or down, on changes only


class Institution(TypedDict):
    name: str  # the fullest form in the text
    aliases: list[str]
    type: str | None
    count: int
    start: int  # first mention
    end: int
    sentence: str


class Slogan(TypedDict):
    text: str
    kind: str  # abbreviation, numbered, catchphrase
    count: int
    aliases: list[str]
    start: int
    end: int
    sentence: str


class Keyword(TypedDict):
    term: str
    weight: float  # the first keyword weighs 1


class Excluded(TypedDict):
    """A number left out of the indicators, and why (``--explain``)."""

    text: str
    why: str
    start: int
    end: int


class Record(TypedDict):
    """One document: its metadata, its cleaned body and the facts found in the body."""

    id: str
    path: str | None
    title: str | None
    date: str | None  # YYYY-MM-DD
    year: int | None
    year_inferred: bool
    source: str | None
    authors: list[str]
    script: str  # simplified or traditional, as the input was written
    # an official document's identity (policymine.extract.document); null or empty on other pages
    doc_number: str | None  # 文号 as written, whitespace removed: 某政发〔2024〕12号, 某令第5号
    issuers: list[str]  # every issuing body, in the document's order
    doc_type: str | None  # the form the title names: 通知, 意见, 办法 … (data/doc_types.tsv)
    issued_type: str | None  # the form of the document a notice issues: 通知 issuing 办法 -> 办法
    signed: str | None  # 成文日期, or the date under the signature (YYYY-MM-DD)
    published: str | None  # the page's 发布日期 where it states one
    effective: str | None  # 施行日期, 自…起施行; 自印发之日起施行 gives the signed date
    index_number: str | None  # 索引号
    level: str | None  # national, provincial, city, county: the lead issuer's
    region: list[str]  # the lead issuer's [province, city], as far as they are known
    encoding: str | None
    body: str
    indicators: list[Indicator]
    institutions: list[Institution]
    slogans: list[Slogan]
    keywords: list[Keyword]
    warnings: list[str]
    excluded: NotRequired[list[Excluded]]
    units: NotRequired[list[Unit]]  # extract --units (policymine.units)


class Unit(TypedDict):
    """A numbered unit of a document (章, 条, 款, 一、, （一）, 1. …) or, without numbering, a
    paragraph or sentence (see :mod:`policymine.units`); facts then carry its id as ``unit_id``."""

    id: str  # doc_id:3.2.1 (doc_id:p3.s2 for paragraphs and sentences)
    doc: str
    number: str  # as written: （二）, 第五条
    kind: str  # 第X章 第X节 第X条 款 一、 （一） 1. （1） ① paragraph sentence
    level: int
    parent: str | None
    heading: str
    start: int
    end: int
    text: str


class ErrorRecord(TypedDict):
    """What an input that could not be processed gives instead of a :class:`Record`."""

    id: str
    path: str
    error: str  # the reason, without the path


#: the page metadata ``clean --meta`` prints (then the body)
META_FIELDS = ("title", "date", "year", "year_inferred", "source", "authors")
#: the document's own columns, repeated on every row of a CSV table
DOC_FIELDS = ("id", "path") + META_FIELDS + ("script",)
#: an official document's identity (null or empty on other pages); columns of the documents table
DOCUMENT_FIELDS = ("doc_number", "issuers", "doc_type", "issued_type", "signed", "published", "effective",
                   "index_number", "level", "region")
RECORD_FIELDS = DOC_FIELDS + DOCUMENT_FIELDS + ("encoding", "body", "indicators", "institutions", "slogans", "keywords", "warnings")
INDICATOR_FIELDS = ("text", "value", "unit", "qualifier", "subject", "kind", "modality", "period", "sentence",
                    "start", "end", "currency", "direction")  # fmt: skip
INSTITUTION_FIELDS = ("name", "aliases", "type", "count", "start", "end", "sentence")
SLOGAN_FIELDS = ("text", "kind", "count", "aliases", "start", "end", "sentence")
KEYWORD_FIELDS = ("term", "weight")
ERROR_FIELDS = ("id", "path", "error")
#: the lists of facts in a record, with their fields
FACT_FIELDS = {
    "indicators": INDICATOR_FIELDS,
    "institutions": INSTITUTION_FIELDS,
    "slogans": SLOGAN_FIELDS,
    "keywords": KEYWORD_FIELDS,
}
FACTS = tuple(FACT_FIELDS)


def is_error(record: dict) -> bool:
    """True for an :class:`ErrorRecord` (an input that gave no document)."""
    return "error" in record and "body" not in record


def error_record(path: str, reason: str) -> ErrorRecord:
    """The record that stands for an input that could not be processed."""
    from pathlib import PurePath

    return {"id": PurePath(path).stem if path != "-" else "-", "path": path, "error": reason}


def new_record(**fields) -> Record:
    """An empty record with every field in order, then ``fields``."""
    rec: dict = {
        "id": "-", "path": None, "title": None, "date": None, "year": None, "year_inferred": False,
        "source": None, "authors": [], "script": "simplified", **empty_document(), "encoding": None, "body": "",
        "indicators": [], "institutions": [], "slogans": [], "keywords": [], "warnings": [],
    }  # fmt: skip
    rec.update(fields)
    return rec  # type: ignore[return-value]


def empty_document() -> dict:
    """The document fields of a page that is no official document (:data:`DOCUMENT_FIELDS`)."""
    return {"doc_number": None, "issuers": [], "doc_type": None, "issued_type": None, "signed": None,
            "published": None, "effective": None, "index_number": None, "level": None, "region": []}
