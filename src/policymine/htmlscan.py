""":mod:`policymine.htmlscan`: a fast front end for :class:`html.parser.HTMLParser`.

:class:`html.parser.HTMLParser` spends about ten Python calls on every tag (``goahead``,
``parse_starttag``, ``check_for_whole_start_tag``, ``updatepos``, one regex per attribute...).
:func:`scan` reads the well-formed constructs that make up nearly all of a saved page with one
compiled regex, one match per construct, and calls the parser's own ``handle_*`` methods with
exactly the events :class:`~html.parser.HTMLParser` (``convert_charrefs=True``) would give for
them; at the first construct it does not read exactly, it stops and says where, and the caller
feeds the rest of the page to :class:`~html.parser.HTMLParser` itself. Handing over is exact
because the parser starts every construct outside ``<script>``/``<style>`` in the same state:
the events it gives for the rest of the page do not depend on what came before.

What is read here, and the events given (those of html.parser):

* text up to the next ``<``: ``handle_data(unescape(text))``;
* a start tag ``<name attr attr=value attr="v" attr='v'>`` or ``.../>``, ASCII tag names and
  whitespace only: ``handle_starttag`` (``handle_startendtag`` for ``/>``) with the tag and
  attribute names lower-cased and the values unquoted and unescaped;
* ``<script>`` and ``<style>`` whose content ends at a plain ``</script>`` (``</style>``): the
  start tag, the content as it stands (no entities decoded) and the end tag, the content never
  tokenised;
* an end tag ``</name>``: ``handle_endtag``;
* a comment ``<!-- ... -->`` (``<!-->``, ``<!--->``, ``-- >`` and ``--!>`` are left to the
  parser, whose reading of them differs between Python versions): ``handle_comment``;
* a ``<`` that opens no construct (``<`` followed by anything but an ASCII letter, ``/``, ``!``
  or ``?``): ``handle_data("<")``, as a piece of its own;
* ``<!doctype ...>``: ``handle_decl``; ``<?...>``: ``handle_pi``.

Everything else (a ``<`` at the very end, unquoted attributes holding quotes, attributes glued to a
quote, CDATA and other marked sections, bogus comments, unclosed constructs, non-ASCII
whitespace inside a tag, ``<script>`` without a plain end tag...) goes to the parser.

:func:`attributes` is how the attributes of a start tag are read; a parser may read only the
tags whose attributes it uses (see :meth:`policymine.markup._TextExtractor.scan_attributes`).
The scanner is used only where :class:`~html.parser.HTMLParser` is the one it was checked
against (:data:`ENABLED`): a parser with raw-text or escapable raw-text elements other than
``script`` and ``style`` reads some of these constructs differently.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser
from typing import Any

from .compiled import re

__all__ = ["ENABLED", "scan", "attributes"]

#: html.parser as the scanner knows it: raw text only in <script> and <style>, no RCDATA.
ENABLED = HTMLParser.CDATA_CONTENT_ELEMENTS == ("script", "style") and not hasattr(
    HTMLParser, "RCDATA_CONTENT_ELEMENTS"
)

_WS = r"[ \t\n\r\f]"  # ASCII whitespace: html.parser's tag names end at these (and '/', '>')
_NAME = r"[a-zA-Z][-.a-zA-Z0-9:_]*"
_VALUE = r"""\"[^"]*"|'[^']*'|[^\s"'=<>`]++"""  # quoted, or bare up to whitespace (html.parser's end too)
# an attribute name runs to whitespace, '/', '=' or '>' (quotes, '<' and '`' are left to the parser)
_ATTR_NAME = r"""[^\s"'<>/=`]+"""
_ATTR = rf"{_WS}+({_ATTR_NAME})(?:{_WS}*={_WS}*({_VALUE}))?"  # (name, value with quotes)
_ANY_ATTR = rf"{_WS}+{_ATTR_NAME}(?:{_WS}*={_WS}*(?:{_VALUE}))?"

#: one construct at a position; which one is told by the last group that matched
_TOKEN = re.compile(
    rf"""(?P<text>[^<]+)
    |<(?P<start>{_NAME})(?P<attrs>(?:{_ANY_ATTR})*+){_WS}*(?P<empty>/?)>
    |</(?P<end>{_NAME}){_WS}*>
    |(?P<lt><)(?![a-zA-Z/!?])
    |(?P<comment><!--)
    |<!(?P<decl>[dD][oO][cC][tT][yY][pP][eE][^<>]*)>
    |<\?(?P<pi>[^<>]*)>""",
    re.X,
)
_ATTRS = re.compile(_ATTR)
_STARTTAG_OPEN = re.compile("<[a-zA-Z]")  # html.parser's ``starttagopen``

#: where a raw-text element may end: html.parser's ``</\s*script\s*>`` (ignoring case), and the
#: ``</script`` + whitespace, ``/`` or ``>`` of later versions; the scanner reads the element
#: only when the first of these is a plain ``</script>``, where all of them agree
_RAW_END = {tag: re.compile(rf"</\s*{tag}(?:\s*>|[\t\n\r\f /])", re.I) for tag in ("script", "style")}
#: where a comment may end: html.parser's ``--\s*>``, and the ``--!>`` of later versions; the
#: scanner reads the comment only when the first of these is a plain ``-->``
_COMMENT_END = re.compile(r"--(?:\s*|!)>")


def attributes(raw: str) -> list[tuple[str, str | None]]:
    """The attributes of a start tag as html.parser gives them, from the text the scanner matched."""
    found: list[tuple[str, str | None]] = []
    for name, value in _ATTRS.findall(raw):
        # findall gives '' for an absent value; a present one is never '' (quotes kept here)
        if not value:
            found.append((name.lower(), None))
            continue
        if value[0] in "\"'":
            value = value[1:-1]
        found.append((name.lower(), unescape(value) if value else value))
    return found


def scan(parser: Any, markup: str) -> int:
    """Give *parser* the events of ``markup[:k]`` and return ``k``: ``len(markup)`` when the whole
    page was read here, else the position of the first construct left to html.parser.

    *parser* has html.parser's ``handle_*`` methods and ``scan_attributes(tag, raw)``, which
    turns the raw attribute text of a start tag into the list given to ``handle_starttag``.
    """
    match = _TOKEN.match
    handle_data = parser.handle_data
    handle_starttag = parser.handle_starttag
    handle_endtag = parser.handle_endtag
    scan_attributes = parser.scan_attributes
    pos, n = 0, len(markup)
    while pos < n:
        m = match(markup, pos)
        if m is None:
            if not _STARTTAG_OPEN.match(markup, pos):
                return pos
            # a start tag not read here (attributes html.parser reads its own way): the parser
            # reads it, at the same position of the same text, and the scanner goes on after it
            parser.rawdata = markup
            try:
                end = parser.parse_starttag(pos)
            finally:
                parser.rawdata = ""
            if end < 0 or parser.cdata_elem is not None:
                # unclosed (nothing was handled), or a <script> whose content the parser reads
                return pos if end < 0 else end
            pos = end
            continue
        kind = m.lastgroup
        end = m.end()
        if kind == "text":
            handle_data(unescape(m.group()))
        elif kind == "empty":
            tag, attrs, empty = m.group("start", "attrs", "empty")
            tag = tag.lower()
            if empty:
                parser.handle_startendtag(tag, scan_attributes(tag, attrs) if attrs else [])
            elif tag == "script" or tag == "style":
                close = _RAW_END[tag].search(markup, end)
                if close is None or not close.group().isascii() or close.group().lower() != f"</{tag}>":
                    return pos  # no plain end tag first: the parser decides
                handle_starttag(tag, scan_attributes(tag, attrs) if attrs else [])
                if close.start() > end:
                    handle_data(markup[end : close.start()])
                handle_endtag(tag)
                end = close.end()
            else:
                handle_starttag(tag, scan_attributes(tag, attrs) if attrs else [])
        elif kind == "end":
            handle_endtag(m.group("end").lower())
        elif kind == "lt":  # a '<' that opens nothing is text of its own
            if end == n:
                return pos
            handle_data("<")
        elif kind == "comment":
            if markup.startswith("-->", end):  # <!---->
                parser.handle_comment("")
                end += 3
            else:
                close = _COMMENT_END.search(markup, end)
                # <!--> and <!---> end at once in later versions, not in html.parser 3.11
                if close is None or close.end() - close.start() != 3 or markup.startswith((">", "->"), end):
                    return pos
                parser.handle_comment(markup[end : close.start()])
                end = close.end()
        elif kind == "decl":
            parser.handle_decl(m.group("decl"))
        else:
            parser.handle_pi(m.group("pi"))
        pos = end
    return pos
