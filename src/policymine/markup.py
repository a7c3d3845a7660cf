""":mod:`policymine.markup`: front matter and HTML, turned into plain text and metadata.

Archived policy-news pages reach policymine in three shapes: plain text, plain
text headed by a YAML (``---``) or TOML (``+++``) front-matter block written by
the archiving tool, and raw HTML. This module handles the markup side:

* :func:`split_front_matter` peels a leading front-matter block off a text and
  returns its fields as a flat ``dict`` of strings, lists of strings and ``None``.
  It is a deliberately small reader for the flat blocks archivers write, not a
  YAML or TOML implementation: anything it does not understand makes it return
  the text unchanged rather than guess.
* :func:`looks_like_html` tells HTML (a document or a fragment) from plain text.
* :func:`html_to_text` renders HTML to visible text, one block (paragraph,
  heading, list item, table row...) per line, and collects ``<title>`` and
  ``<meta>`` values into an :class:`HtmlPage`.

Only the standard library is used. HTML is read with the events of
:class:`html.parser.HTMLParser`, which tolerates malformed markup: the well-formed
constructs that make up most of a page are read by :mod:`policymine.htmlscan` (one
compiled regex, the same events, a fraction of the time), everything else by
html.parser itself; this module adds the few HTML tree rules that decide what is
visible (implied end tags, hidden elements, dropped containers).
None of the public functions raises on any ``str`` input.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import NamedTuple

from . import htmlscan
from .compiled import re

__all__ = [
    "FrontMatterValue",
    "HtmlPage",
    "split_front_matter",
    "looks_like_html",
    "html_to_text",
    "Page",
    "read_page",
]

# --------------------------------------------------------------------------- #
# Front matter
# --------------------------------------------------------------------------- #

#: A front-matter value: a string, a list of strings, or ``None`` for null/empty.
FrontMatterValue = str | list[str] | None

#: The closing fence must appear within this many lines after the opening one.
MAX_FRONT_MATTER_LINES = 100

# Opening fence -> accepted closing fences.
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}

_QUOTES = ('"', "'")

# Unquoted scalars that mean "no value".
_NULLS = {"", "~", "null"}

# Characters that cannot start a plain YAML key (YAML indicators).
_BAD_KEY_START = set("-?:,[]{}#&*!|>%@`")

# Escapes understood inside double-quoted strings (YAML and TOML agree on these).
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f",
    "e": "\x1b", '"': '"', "\\": "\\", "/": "/", " ": " ",
}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, FrontMatterValue], str]:
    """Split a leading YAML (``---``) or TOML (``+++``) front-matter block off *text*.

    The block may be preceded by a byte-order mark and blank lines. A YAML block
    closes with ``---`` or ``...``, a TOML block with ``+++``; the closing fence
    must come within :data:`MAX_FRONT_MATTER_LINES` lines. Returns ``(fields,
    rest)`` where *rest* is everything after the closing fence line.

    Keys are stripped and lower-cased. Values are strings with their quotes
    removed, lists of strings (flow ``[a, b]`` or block ``- a`` lists), or
    ``None`` for ``null``, ``~`` and empty values. Nothing is converted: dates
    and numbers stay the strings they were written as.

    When *text* does not start with a well-formed block, ``({}, text)`` is
    returned unchanged.
    """
    # A byte-order mark, then blank lines, may precede the opening fence.
    lines = _iter_lines(text, 1 if text.startswith("\ufeff") else 0)
    opening = next((line for line, _ in lines if line.strip()), "").rstrip()
    closers = _FENCES.get(opening)
    if closers is None:
        return {}, text

    # Collect the block up to its closing fence; the rest of the text is never split.
    body: list[str] = []
    for line, end in itertools.islice(lines, MAX_FRONT_MATTER_LINES):
        if line.rstrip() in closers:
            parse = _parse_yaml_block if opening == "---" else _parse_toml_block
            fields = parse(body)
            return ({}, text) if fields is None else (fields, text[end:])
        body.append(line)
    return {}, text


def _iter_lines(text: str, start: int) -> Iterator[tuple[str, int]]:
    """Split ``text[start:]`` on ``\\n`` only: ``(line without \\n and \\r, offset after it)``.

    :meth:`str.splitlines` is avoided on purpose: it also splits on form feeds,
    ``\\x1c``-``\\x1e``, ``\\x85`` and ``\\u2028``, which are ordinary characters here.
    """
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        yield text[pos:end].rstrip("\n").rstrip("\r"), end
        pos = end


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _parse_yaml_block(lines: list[str]) -> dict[str, FrontMatterValue] | None:
    """Read flat ``key: value`` lines; ``None`` when a line is anything else."""
    fields: dict[str, FrontMatterValue] = {}
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if _is_blank_or_comment(line):
            i += 1
            continue
        if line.startswith((" ", "\t")):
            # An indented line that no key above has claimed (nested mapping...).
            return None
        pair = _split_key(line, ":")
        if pair is None:
            return None
        key, value = pair
        i += 1
        if not value:
            # `key:` alone: a block list may follow, otherwise the value is null.
            items, end = _read_block_list(lines, i)
            fields[key] = items if end > i else None
            i = end
        elif value[0] in "|>" and _is_block_scalar_header(value):
            fields[key], i = _read_block_scalar(lines, i, folded=value[0] == ">")
        elif value.startswith("["):
            fields[key], i = _read_flow_list(value, lines, i)
        else:
            fields[key] = _parse_scalar(value)
    return fields


def _parse_toml_block(lines: list[str]) -> dict[str, FrontMatterValue] | None:
    """Read flat ``key = value`` lines; ``None`` for tables or anything else."""
    fields: dict[str, FrontMatterValue] = {}
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _is_blank_or_comment(line):
            i += 1
            continue
        pair = _split_key(line, "=")
        if pair is None:  # includes `[table]` headers, which a flat dict cannot hold
            return None
        key, value = pair
        i += 1
        if value.startswith(('"""', "'''")):
            parsed = _read_multiline_string(value, lines, i)
            if parsed is None:
                return None
            fields[key], i = parsed
        elif value.startswith("["):
            fields[key], i = _read_flow_list(value, lines, i)
        else:
            fields[key] = _parse_scalar(value)
    return fields


def _split_key(line: str, sep: str) -> tuple[str, str] | None:
    """Split ``key<sep>value`` into (normalised key, stripped value), or ``None``.

    A quoted key may contain the separator. For YAML (``sep == ":"``) the colon
    must be followed by whitespace or the end of the line, so ``http://x`` or
    ``08:15`` never split.
    """
    if line.startswith(_QUOTES):
        end = _quoted_end(line, 0)
        if end < 0:
            return None
        key = _unquote(line[:end])
        rest = line[end:].lstrip()
        if not rest.startswith(sep):
            return None
        value = rest[1:]
        if sep == ":" and value[:1] not in ("", " ", "\t"):
            return None
    else:
        if not line or line[0] in _BAD_KEY_START:
            return None
        pos = line.find(sep)
        if sep == ":":
            while pos >= 0 and line[pos + 1 : pos + 2] not in ("", " ", "\t"):
                pos = line.find(sep, pos + 1)
        if pos <= 0:
            return None
        key, value = line[:pos], line[pos + 1 :]
    key = key.strip().lower()
    if not key:
        return None
    return key, value.strip()


def _read_block_list(lines: list[str], i: int) -> tuple[list[str], int]:
    """Read the ``- item`` lines starting at *i*: (items, index after the last item).

    Null items are dropped. Blank and comment lines between items are skipped;
    those after the last item are left to the caller.
    """
    items: list[str] = []
    end = j = i
    while j < len(lines):
        stripped = lines[j].strip()
        if _is_blank_or_comment(stripped):
            j += 1
            continue
        if stripped != "-" and not stripped.startswith(("- ", "-\t")):
            break
        item = _parse_scalar(stripped[1:])
        if item is not None:
            items.append(item)
        end = j = j + 1
    return items, end


def _is_block_scalar_header(value: str) -> bool:
    """``|``, ``>`` with optional chomping (``+``/``-``) and indentation digit."""
    header = value.split("#", 1)[0].strip()
    return len(header) <= 3 and all(c in "+-123456789" for c in header[1:])


def _read_block_scalar(lines: list[str], i: int, *, folded: bool) -> tuple[str | None, int]:
    """Read the indented lines of a ``|`` (literal) or ``>`` (folded) scalar."""
    body: list[str] = []
    j = i
    while j < len(lines) and (not lines[j].strip() or lines[j].startswith((" ", "\t"))):
        body.append(lines[j].rstrip())
        j += 1
    # Trailing blank lines belong to whatever comes next.
    while body and not body[-1]:
        body.pop()
        j -= 1
    if not body:
        return None, j
    indent = min(len(ln) - len(ln.lstrip(" \t")) for ln in body if ln)
    body = [ln[indent:] for ln in body]
    if not folded:
        return "\n".join(body), j
    # Folding: lines of one paragraph join with a space; a blank line is a newline.
    paragraphs: list[list[str]] = [[]]
    for ln in body:
        if ln:
            paragraphs[-1].append(ln.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n".join(" ".join(p) for p in paragraphs if p), j


def _read_flow_list(value: str, lines: list[str], i: int) -> tuple[FrontMatterValue, int]:
    """Read ``[a, "b", c]``, which may continue over the following lines.

    If the bracket never closes, or closes but is followed by more text (a title
    such as ``[转载] ...``), the value is an ordinary string on its own line.
    """
    joined = value
    j = i
    end = _closing_bracket(joined)
    while end < 0 and j < len(lines):
        joined += " " + lines[j].strip()
        j += 1
        end = _closing_bracket(joined)
    if end < 0 or not _is_blank_or_comment(joined[end + 1 :]):
        return _parse_scalar(value), i
    return _split_flow_items(joined[1:end]), j


def _closing_bracket(text: str) -> int:
    """Index of the ``]`` closing the ``[`` at ``text[0]``, skipping quotes; -1 if none."""
    depth = 0
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char in "\"'":
            end = _quoted_end(text, pos)
            if end < 0:
                return -1
            pos = end
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return -1


def _split_flow_items(inner: str) -> list[str]:
    """Split the inside of a flow list on top-level commas; null items are dropped."""
    items: list[str] = []
    depth = 0
    start = pos = 0
    while pos <= len(inner):
        char = inner[pos] if pos < len(inner) else ","
        if char in "\"'" and inner[start:pos].strip() == "":
            # A quoted item: jump over it so commas inside do not split.
            end = _quoted_end(inner, pos)
            pos = end if end > 0 else pos + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "," and depth <= 0:
            item = _parse_scalar(inner[start:pos])
            if item is not None:
                items.append(item)
            start = pos + 1
        pos += 1
    return items


def _read_multiline_string(value: str, lines: list[str], i: int) -> tuple[str, int] | None:
    """Read a TOML ``\"\"\"...\"\"\"`` or ``'''...'''`` string; ``None`` if unclosed."""
    fence = value[:3]
    parts = [value[3:]]
    j = i
    while fence not in parts[-1]:
        if j == len(lines):
            return None
        parts.append(lines[j])
        j += 1
    text = "\n".join(parts)
    text = text[: text.index(fence)]
    if text.startswith("\n"):  # a newline right after the opening fence is trimmed
        text = text[1:]
    if fence == '"""':
        text = _ESCAPE.sub(_decode_escape, text)
    return text, j


def _parse_scalar(raw: str) -> str | None:
    """One scalar: quotes removed, trailing ``# comment`` cut, null words to ``None``."""
    raw = raw.strip()
    if raw.startswith(_QUOTES):
        end = _quoted_end(raw, 0)
        if end > 0 and _is_blank_or_comment(raw[end:]):
            return _unquote(raw[:end])
        return raw  # unbalanced quotes: keep the text as written
    # In a plain scalar a comment starts at a `#` preceded by whitespace.
    for pos in range(1, len(raw)):
        if raw[pos] == "#" and raw[pos - 1] in " \t":
            raw = raw[:pos].rstrip()
            break
    if raw.startswith("#"):
        raw = ""
    return None if raw.lower() in _NULLS else raw


def _quoted_end(text: str, start: int) -> int:
    """Index just after the quoted string opening at ``text[start]``; -1 if unclosed.

    Double quotes honour backslash escapes; single quotes are doubled (``''``).
    """
    quote = text[start]
    pos = start + 1
    while pos < len(text):
        char = text[pos]
        if quote == '"' and char == "\\":
            pos += 2
            continue
        if char == quote:
            if quote == "'" and text[pos + 1 : pos + 2] == "'":
                pos += 2
                continue
            return pos + 1
        pos += 1
    return -1


def _unquote(quoted: str) -> str:
    """The content of a complete quoted string (quotes included in *quoted*)."""
    inner = quoted[1:-1]
    if quoted[0] == "'":
        return inner.replace("''", "'")
    return _ESCAPE.sub(_decode_escape, inner)


def _decode_escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:  # \xHH, \uHHHH, \UHHHHHHHH
        value = int(code[1:], 16)
        return chr(value) if value <= 0x10FFFF else match.group(0)
    return _SIMPLE_ESCAPES.get(code, match.group(0))


# --------------------------------------------------------------------------- #
# HTML: element tables
# --------------------------------------------------------------------------- #

#: Elements separated from their neighbours by a blank line.
_PARAGRAPH_BLOCKS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "menu", "table", "hr", "figure", "section", "article", "header", "footer", "nav", "aside", "main", "form", "fieldset", "details", "address"]
)
#: Elements that start and end a line, without a blank line.
_LINE_BLOCKS = frozenset(
    ["div", "li", "dd", "dt", "tr", "caption", "figcaption", "center", "summary", "legend", "option", "hgroup", "html", "body", "thead", "tbody", "tfoot", "dir", "noframes", "search"]
)
_BLOCKS = _PARAGRAPH_BLOCKS | _LINE_BLOCKS
#: block element -> the break its start and end ask for (2: a blank line, 1: a new line)
_EDGE_BREAK = dict.fromkeys(_LINE_BLOCKS, 1) | dict.fromkeys(_PARAGRAPH_BLOCKS, 2)
#: Table cells: separated by a tab on the same line.
_CELLS = frozenset({"td", "th"})
#: Elements whose whole content is never visible text.
_DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "head", "title"})
#: Elements inside which ``<title>``/``<meta>`` do not describe the document.
_FOREIGN = frozenset({"svg", "math", "template"})
#: Elements without content or end tag.
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]
)
#: What may sit in ``<head>``; any other start tag implicitly opens the body.
_HEAD_CONTENT = frozenset(
    ["title", "meta", "link", "style", "script", "noscript", "base", "template", "head", "html", "basefont", "bgsound"]
)
#: Common inline elements (count towards :func:`looks_like_html`, never break lines).
_INLINE = frozenset(
    ["a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "button", "input", "select", "textarea"]
)
_KNOWN_TAGS = _BLOCKS | _CELLS | _DROPPED | _VOID | _INLINE

#: Start tags that close an open ``<p>`` (HTML's "close a p element").
_CLOSES_P = _PARAGRAPH_BLOCKS | {"div", "li", "dd", "dt", "figcaption", "hgroup", "center", "search"}
_P = frozenset({"p"})
_HEAD = frozenset({"head"})
#: A ``<p>`` is only looked for up to these elements ("button scope").
_P_SCOPE = frozenset({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"})
#: Start tag -> (open elements it implicitly closes, elements that bound the search).
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "table"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "thead": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tbody": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tfoot": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"})),
}

# Whitespace HTML collapses (plus the no-break space, which renders as a space).
# U+3000 and other Unicode spaces are deliberately left alone.
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v\xa0]+")
_SPACES = re.compile(r" {2,}")
_CELL_GAP = re.compile(r" *\t[ \t]*")


# --------------------------------------------------------------------------- #
# HTML: public API
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class HtmlPage:
    """What :func:`html_to_text` extracts from one HTML page."""

    #: Visible text, one block per line, at most one blank line in a row.
    text: str = ""
    #: The first ``<title>``, whitespace-collapsed; ``None`` if missing or empty.
    title: str | None = None
    #: ``<meta name|property=... content=...>`` values; lower-cased keys, first wins.
    meta: dict[str, str] = field(default_factory=dict)
    #: The first and last line of :attr:`text` that hold the page's main content (the element
    #: whose paragraphs read most like an article, see :func:`_content_lines`); None if none does.
    content: tuple[int, int] | None = None
    #: Lines of :attr:`text` that are mostly the text of links (menus, related lists, tags).
    linked: frozenset[int] = frozenset()


_DOCUMENT_TAG = re.compile(r"<(?:body|html)[\s>]", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|td|tr|table|h[1-6]|section|article)[\s>/]", re.I)


_ANY_TAG = re.compile(r"</?[A-Za-z!][^<>]*>|</?[A-Za-z]+\b")


def _prose_outside_tags(head: str) -> bool:
    """Do most non-blank lines hold no tag at all, with prose among them? Plain text with a
    few stray or injected tags (``<bdo id=…></bdo>`` lines before the article): read as HTML,
    its line breaks would be lost. An HTML page puts its text in tags, on the tags' lines or
    between them."""
    lines = [ln for ln in head.splitlines() if ln.strip()]
    if len(lines) < 6:
        return False
    bare = [ln for ln in lines if not _ANY_TAG.search(ln)]
    prose = sum(1 for ln in bare if len(ln.strip()) >= 40)
    return len(bare) >= 0.6 * len(lines) and prose >= 3


def looks_like_html(text: str) -> bool:
    """Whether *text* is an HTML document or fragment rather than plain text.

    True when the text opens (after whitespace, comments, ``<?xml?>``) with a
    doctype or an ``<html>``/``<head>``/``<body>`` tag, when its first 4,096
    characters hold at least two block-level tags (``<p>``, ``</p>``, ``<div>``,
    ``<br>``...), when it opens with a known HTML tag and holds at least two, or when its
    first 64 KB hold a ``<body>`` or ``<html>`` tag and two block tags (markup that starts
    after a long ``<head>`` or a wrapper tag).
    A stray ``<`` or a ``《书名》`` does not make text HTML.
    """
    sniffer = _TagSniffer()
    sniffer.run(text[:4096])
    if sniffer.leading in ("!doctype", "html", "head", "body"):
        return True
    if _prose_outside_tags(text[:16384]):
        return False  # plain text with a few stray tags: its lines are its structure
    if sniffer.blocks >= 2:
        return True
    if sniffer.leading in _KNOWN_TAGS and sniffer.known >= 2:
        return True
    # wherever the markup starts: after a wrapper tag of the saving tool, or a long <head>
    # of scripts and styles that fills the first 4 KB, a <body> or <html> tag still says it
    return bool(_DOCUMENT_TAG.search(text, 0, 65536)) and len(_BLOCK_TAG.findall(text, 0, 65536)) >= 2


def html_to_text(html: str) -> HtmlPage:
    """Render *html* to its visible text and collect its title and meta tags.

    * Block elements (``p``, ``div``, ``li``, ``tr``, ``h1``-``h6``, ``section``...)
      start new lines; paragraphs, headings, lists, tables and sectioning elements
      are also set apart by a blank line. ``<br>`` breaks the line. Inline
      elements (``span``, ``a``, ``b``, ``font``...) do not.
    * Table cells on one row are separated by a tab.
    * ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe``,
      ``head`` and comments are dropped, as is every element with a ``hidden``
      attribute or a ``display:none``/``visibility:hidden`` style, and a forum's
      anti-copy noise (``class="jammer"``). Navigation,
      headers, footers and asides are kept: judging boilerplate comes later.
    * Entities are decoded; ``&nbsp;`` becomes a plain space. Runs of ASCII
      whitespace collapse to one space and lines are stripped; the full-width
      space U+3000 is kept. ``<pre>`` keeps its line breaks.

    Malformed markup (unclosed or stray tags) is handled the forgiving way browsers do.
    """
    extractor = _TextExtractor()
    extractor.run(html)
    lines, raw_of = extractor.lines()
    content, linked = extractor.content(lines, raw_of)
    return HtmlPage(text="\n".join(lines), title=extractor.title(), meta=extractor.meta, content=content,
                    linked=linked)  # fmt: skip


@dataclass(frozen=True)
class Page:
    """A page as :func:`read_page` gives it: its text and the metadata its markup declares."""

    text: str
    #: ``title``, ``date``, ``author``, ``source`` ... from front matter and ``<meta>``; front matter wins
    fields: dict[str, FrontMatterValue] = field(default_factory=dict)
    html: bool = False


def read_page(text: str, kind: str | None = None) -> Page:
    """Front matter and HTML of one input, the reader for every input kind
    (:data:`policymine.sources.INPUT_KINDS`): ``text`` and ``html`` inputs, and stdin
    (``kind`` None), are HTML when their markup says so (:func:`looks_like_html`);
    ``markdown`` only when markup also dominates it (a tag on at least a third of its lines,
    as when an archiver stores the page's HTML under front matter): a few embedded HTML
    blocks leave Markdown what it is.

    The metadata of an HTML page comes from ``og:title`` / ``<title>`` (without a site
    suffix such as ``_新华网``), ``article:published_time`` / ``pubdate`` / ``publishdate`` /
    ``date``, ``author`` and ``source`` meta tags; front-matter fields take precedence.
    """
    fields, text = split_front_matter(text)
    is_html = looks_like_html(text) and (kind != "markdown" or _markup_dominated(text))
    if not is_html:
        return Page(text=text, fields=fields)
    page = html_to_text(text)
    meta = page.meta
    html_title = meta.get("og:title") or meta.get("title") or page.title
    html_fields: dict[str, FrontMatterValue] = {
        "title": _strip_site_suffix(html_title) if html_title else None,
        "date": meta.get("article:published_time") or meta.get("pubdate") or meta.get("publishdate")
        or meta.get("date"),
        "author": meta.get("author"),
        "source": meta.get("source"),
    }
    return Page(text=_main_text(page), fields=html_fields | {k: v for k, v in fields.items() if v}, html=True)


#: a line that credits, dates or signs the article: kept wherever it stands around the content
_META_CUE = re.compile(r"来源|來源|作者|记者|記者|编辑|編輯|责编|責編|发布|發布|时间|時間|日期|\d{4}[-/年.]\d{1,2}")
#: lines kept after the content: bylines and credits that close an article stand right after it
_TAIL_LINES = 4


def _main_text(page: HtmlPage) -> str:
    """The page's text reduced to what can hold the article and its metadata: above the main
    content, the lines that are not mostly links (menus, channel rows, tag clouds) or that
    credit or date the article; the content itself; after it, a few lines (bylines, editor and
    source credits) and the lines further down that credit or date the article. Comments,
    related lists and footers after the content go. A page without a clear main content keeps
    its whole text."""
    if page.content is None:
        return page.text
    lines = page.text.split("\n")
    a, b = page.content
    head = [line for k, line in enumerate(lines[:a]) if k not in page.linked or _META_CUE.search(line)]
    tail = lines[b + 1 : b + 1 + _TAIL_LINES]
    tail += [line for line in lines[b + 1 + _TAIL_LINES :] if _META_CUE.search(line) and len(line) <= 60]
    return "\n".join(head + lines[a : b + 1] + tail)


_TAG_LINE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s>/]")


def _markup_dominated(text: str) -> bool:
    lines = [line for line in text[:20000].split("\n") if line.strip()]
    return bool(lines) and sum(1 for line in lines if _TAG_LINE.search(line)) * 3 >= len(lines)


_SITE_SUFFIX = re.compile(r"\s*[_|｜]\s*|\s+-\s+")


def _strip_site_suffix(title: str) -> str:
    """``兰州全力打造…_新华网`` -> ``兰州全力打造…`` (a first part of at least 4 characters)."""
    parts = _SITE_SUFFIX.split(title)
    return parts[0] if parts and len(parts[0]) >= 4 else title


# --------------------------------------------------------------------------- #
# HTML: parsers
# --------------------------------------------------------------------------- #


class _TolerantParser(HTMLParser):
    """:class:`HTMLParser` that never raises on malformed declarations.

    The standard parser raises :class:`AssertionError` on marked sections such as
    ``<![foo[ ... ]]>``; HTML treats those as bogus comments running to the next
    ``>``, and so does this class.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # Python 3.11's parser reads a construct left open (``<a ...``, ``<!--``, ``</x``) as
        # text up to the next ``<`` or ``>`` and tries again from there, searching the rest of
        # the page for its end every time: ``<a <a <a ...`` or ``<!-- > <!-- > ...`` cost time
        # quadratic in the page. What it would find is known after the first search: past the
        # last ``>`` of the page nothing closes, so the rest is the text it would become; and a
        # comment or marked section that has no end after one point has none after any later one.
        self._data: str | None = None  # the rawdata the two memos below are about
        self._last_gt = -1
        self._unclosed: dict[str, int] = {}  # construct -> first position with no end after it

    def _memo(self) -> None:
        if self._data is not self.rawdata:  # the parser keeps only what it has not read
            self._data = self.rawdata
            self._last_gt = self.rawdata.rfind(">")
            self._unclosed = {}

    def _rest_as_text(self, i: int) -> int:
        """Nothing after ``i`` can close a construct: the rest is text, as the parser would end
        by writing it, piece by piece; -1 (leave it to the parser) in script and style content."""
        self._memo()
        if self._last_gt >= i or self.cdata_elem is not None:
            return -1
        from html import unescape

        self.handle_data(unescape(self.rawdata[i:]))
        return len(self.rawdata)

    def _closed(self, kind: str, i: int, parse) -> int:
        """``parse()``, unless a construct of ``kind`` found no end from an earlier position."""
        self._memo()
        if self._unclosed.get(kind, len(self.rawdata) + 1) <= i:
            return -1
        k = parse()
        if k < 0:
            self._unclosed[kind] = min(i, self._unclosed.get(kind, i))
        return k

    def parse_starttag(self, i: int) -> int:
        k = super().parse_starttag(i)
        return self._rest_as_text(i) if k < 0 else k

    def parse_endtag(self, i: int) -> int:
        k = super().parse_endtag(i) if self._last_gt_after(i) else -1
        return self._rest_as_text(i) if k < 0 else k

    def _last_gt_after(self, i: int) -> bool:
        self._memo()
        return self._last_gt > i

    def parse_comment(self, i: int, report: int = 1) -> int:
        k = self._closed("comment", i, lambda: super(_TolerantParser, self).parse_comment(i, report))
        return self._rest_as_text(i) if k < 0 else k

    def parse_bogus_comment(self, i: int, report: int = 1) -> int:
        k = super().parse_bogus_comment(i, report) if self._last_gt_after(i) else -1
        return self._rest_as_text(i) if k < 0 else k

    def parse_pi(self, i: int) -> int:
        k = super().parse_pi(i) if self._last_gt_after(i) else -1
        return self._rest_as_text(i) if k < 0 else k

    def parse_html_declaration(self, i: int) -> int:
        k = super().parse_html_declaration(i) if self._last_gt_after(i) else -1
        return self._rest_as_text(i) if k < 0 else k

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        name = self.rawdata[i + 3 : i + 9].lower()
        kind = "marked-ms" if name.startswith(("if", "else", "endif")) else "marked"
        try:
            k = self._closed(kind, i, lambda: super(_TolerantParser, self).parse_marked_section(i, report))
        except AssertionError:
            return self.parse_bogus_comment(i, report=0)
        return self._rest_as_text(i) if k < 0 else k

    #: read the well-formed constructs with :func:`policymine.htmlscan.scan` before html.parser
    use_scanner = htmlscan.ENABLED

    def scan_attributes(self, tag: str, raw: str) -> list[tuple[str, str | None]]:
        """The attributes :func:`~policymine.htmlscan.scan` hands to ``handle_starttag``."""
        return htmlscan.attributes(raw)

    def run(self, markup: str) -> None:
        """Feed all of *markup*; a parser failure keeps what was read so far.

        The scanner reads the page up to the first construct it leaves to html.parser, which
        reads the rest: the same events as html.parser alone, in a fraction of the time."""
        try:
            done = htmlscan.scan(self, markup) if self.use_scanner else 0
            if done < len(markup):
                self.feed(markup[done:] if done else markup)
            self.close()
        except AssertionError:  # html.parser's "cannot happen" states; belt and braces
            pass


class _TagSniffer(_TolerantParser):
    """Counts the tags :func:`looks_like_html` bases its verdict on."""

    def __init__(self) -> None:
        super().__init__()
        self.leading: str | None = None  # first construct, if it precedes any text
        self.blocks = 0  # block-level start/end tags (br counts)
        self.known = 0  # any known HTML tag
        self._text_seen = False

    def scan_attributes(self, tag: str, raw: str) -> list[tuple[str, str | None]]:
        return []  # only tag names count here

    def _tag(self, tag: str) -> None:
        if not self._text_seen and self.leading is None:
            self.leading = tag
        self.known += tag in _KNOWN_TAGS
        self.blocks += tag in _BLOCKS or tag in _CELLS or tag == "br"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._tag(tag)

    def handle_decl(self, decl: str) -> None:
        if not self._text_seen and self.leading is None and decl.lower().startswith("doctype"):
            self.leading = "!doctype"

    def handle_data(self, data: str) -> None:
        if data.strip():
            self._text_seen = True


class _Open(NamedTuple):
    """An open element on the extractor's stack."""

    tag: str
    skip: bool  # starts a region whose text is not visible
    pre: bool  # <pre>: keeps line breaks
    title: bool  # the document <title> being captured
    foreign: bool  # svg/math/template: its title/meta are not the page's
    node: int = 0  # the element's number in the extractor's tree (0: the document)


class _TextExtractor(_TolerantParser):
    """Walks the HTML once, writing visible text with pending line breaks."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self._stack: list[_Open] = []
        # tag -> the indices in _stack where that tag is open, innermost last: finding an open
        # element costs the same at any depth (walking the stack made deep nesting quadratic)
        self._open_at: dict[str, list[int]] = {}
        self._skip = 0  # open elements with skip=True
        self._pre = 0
        self._foreign = 0
        self._title_open = False
        self._title_parts: list[str] | None = None  # None until a <title> is met

        # Output: text pieces; a break is only written once text follows it, so
        # breaks at the start or end of the document, or doubled, cost nothing.
        self._out: list[str] = []
        self._pending_breaks = 0  # 1 = new line, 2 = blank line
        self._pending_cell = False  # a tab is due before the next text on the line

        # The element tree, kept for reading the page's layout (:func:`_content_lines`):
        # each element's parent, and for each piece of text written, its element and
        # whether it stands inside a link.
        self._parents: list[int] = [-1]
        self._links = 0
        self._owners: dict[int, tuple[int, bool]] = {}  # index in _out -> (element, in a link)

    # -- results --------------------------------------------------------------

    def text(self) -> str:
        return "\n".join(self.lines()[0])

    def lines(self) -> tuple[list[str], list[int]]:
        """The output lines, and for each the raw line (of ``"".join(self._out)``) it comes from."""
        lines: list[str] = []
        raw_of: list[int] = []
        # neither pattern spans a newline: applied to the whole text, they give each line's result
        for raw, line in enumerate(_CELL_GAP.sub("\t", _SPACES.sub(" ", "".join(self._out))).split("\n")):
            line = line.strip(" \t")
            if not line.strip():  # only spaces, e.g. U+3000: a blank line
                if lines and lines[-1]:
                    lines.append("")
                    raw_of.append(raw)
            else:
                lines.append(line)
                raw_of.append(raw)
        while lines and not lines[-1]:
            lines.pop()
            raw_of.pop()
        return lines, raw_of

    def content(self, lines: list[str], raw_of: list[int]) -> tuple[tuple[int, int] | None, frozenset[int]]:
        """The first and last of the output ``lines`` (:meth:`lines`) that hold the page's main
        content (see :func:`_content_lines`), and the lines that are mostly the text of links."""
        # per raw line: its element (that of its first piece), its characters and its link characters
        owner: dict[int, int] = {}
        chars: dict[int, int] = {}
        linked: dict[int, int] = {}
        raw = 0
        for i, piece in enumerate(self._out):
            if i in self._owners:
                node, in_link = self._owners[i]
                owner.setdefault(raw, node)
                n = len(piece.strip())
                chars[raw] = chars.get(raw, 0) + n
                if in_link:
                    linked[raw] = linked.get(raw, 0) + n
            else:
                raw += piece.count("\n")
        rows = [(owner.get(r, 0), lines[k], chars.get(r, 0), linked.get(r, 0)) for k, r in enumerate(raw_of)]
        linked_lines = frozenset(k for k, (_o, _t, n, lk) in enumerate(rows) if n and lk * 2 > n)
        return _content_lines(rows, self._parents), linked_lines

    def title(self) -> str | None:
        if self._title_parts is None:
            return None
        title = _HTML_SPACE.sub(" ", "".join(self._title_parts)).strip()
        return title or None

    # -- output ---------------------------------------------------------------

    def _break(self, level: int) -> None:
        """Ask for a new line (1) or a blank line (2) before the next text."""
        if not self._skip:
            self._pending_breaks = max(self._pending_breaks, level)

    def _line_break(self) -> None:
        """``<br>``: breaks add up, so ``<br><br>`` leaves a blank line."""
        if not self._skip:
            self._pending_breaks = min(self._pending_breaks + 1, 2)

    def _write(self, text: str) -> None:
        """Write visible text that is not just whitespace."""
        if self._out and self._pending_breaks:
            self._out.append("\n" * self._pending_breaks)
        elif self._out and self._pending_cell:
            self._out.append("\t")
        self._pending_breaks = 0
        self._pending_cell = False
        self._owners[len(self._out)] = (self._stack[-1].node if self._stack else 0, self._links > 0)
        self._out.append(text)

    def _write_space(self) -> None:
        """Whitespace between inline content; dropped where a break or tab is due."""
        if self._out and not (self._pending_breaks or self._pending_cell):
            self._out.append(" ")

    # -- the element stack ----------------------------------------------------

    def _push(self, tag: str, skip: bool) -> None:
        stack = self._stack
        title = tag == "title" and self._title_parts is None and not self._foreign
        pre = tag == "pre"
        foreign = tag in _FOREIGN
        node = len(self._parents)
        self._parents.append(stack[-1].node if stack else 0)
        open_at = self._open_at.get(tag)
        if open_at is None:
            self._open_at[tag] = [len(stack)]
        else:
            open_at.append(len(stack))
        stack.append(_Open(tag, skip, pre, title, foreign, node))
        if tag == "a":
            self._links += 1
        if skip:
            self._skip += 1
        if pre:
            self._pre += 1
        if foreign:
            self._foreign += 1
        if title:
            self._title_open = True
            self._title_parts = []

    def _pop_to(self, index: int) -> None:
        """Close every element from ``self._stack[index]`` up."""
        stack = self._stack
        while len(stack) > index:
            entry = stack.pop()
            tag = entry.tag
            self._open_at[tag].pop()
            if tag == "a":
                self._links -= 1
            if self._skip:  # closed inside a hidden region (or closing it): no line break
                self._skip -= entry.skip
            else:
                level = _EDGE_BREAK.get(tag)
                if level and level > self._pending_breaks:
                    self._pending_breaks = level
            if entry.pre:
                self._pre -= 1
            if entry.foreign:
                self._foreign -= 1
            if entry.title:
                self._title_open = False

    def _find_open(self, wanted: frozenset[str], scope: frozenset[str]) -> int:
        """Index of the innermost open element in *wanted*, not beyond *scope*; -1 if none."""
        found = self._innermost(wanted)
        return found if found >= 0 and found >= self._innermost(scope) else -1

    def _innermost(self, tags: frozenset[str]) -> int:
        """Index in the stack of the innermost open element of *tags*; -1 if none is open."""
        at = self._open_at
        innermost = -1
        for t in tags:  # a loop, not max() over a generator: this runs for most start tags
            open_at = at.get(t)
            if open_at and open_at[-1] > innermost:
                innermost = open_at[-1]
        return innermost

    def _block_edge(self, tag: str) -> None:
        """The line-breaking effect of a block element starting or ending."""
        level = _EDGE_BREAK.get(tag)
        if level:
            self._break(level)

    def _close_implied(self, tag: str) -> None:
        """Close the elements a start tag ends implicitly (``<li>`` ends an open ``<li>``...)."""
        if self._stack and self._stack[-1].tag == "head" and tag not in _HEAD_CONTENT:
            self._pop_to(len(self._stack) - 1)  # content outside <head> opens the body
        elif tag == "body":
            head = self._find_open(_HEAD, frozenset())
            if head >= 0:
                self._pop_to(head)
        if tag in _CLOSES_P:
            index = self._find_open(_P, _P_SCOPE)
            if index >= 0:
                self._pop_to(index)
        implied = _IMPLIED_END.get(tag)
        if implied:
            index = self._find_open(*implied)
            if index >= 0:
                self._pop_to(index)

    # -- HTMLParser callbacks -------------------------------------------------

    def scan_attributes(self, tag: str, raw: str) -> list[tuple[str, str | None]]:
        """Only the attributes of ``<meta>`` and those that hide an element are ever read."""
        if tag == "meta":
            return htmlscan.attributes(raw)
        lowered = raw.lower()  # lower-cased names may hold these only if the raw text does
        if "hidden" in lowered or "style" in lowered or "jammer" in lowered:
            return htmlscan.attributes(raw)
        return []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes: dict[str, str | None] = {}
        for name, value in attrs:  # the first of duplicated attributes wins
            attributes.setdefault(name, value)
        self._close_implied(tag)

        if tag == "meta":
            if not self._foreign:
                self._add_meta(attributes)
            return
        hidden = _is_hidden(attributes) if attributes else False
        if tag in _VOID:
            if self._skip or hidden:
                return
            if tag == "br":
                self._line_break()
            elif tag == "hr":
                self._break(2)
            return

        skip = hidden or tag in _DROPPED
        if not (self._skip or skip):
            level = _EDGE_BREAK.get(tag)
            if level and level > self._pending_breaks:
                self._pending_breaks = level
            if tag in _CELLS and self._out:
                self._pending_cell = True
        self._push(tag, skip)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<div/>` is an empty element here; `<br/>` just a void one.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read a stray </br> as <br>
            self._line_break()
            return
        open_at = self._open_at.get(tag)
        if open_at:
            self._pop_to(open_at[-1])
            return
        # A stray end tag: ignored, except that `</p>` still ends a paragraph.
        if tag == "p":
            self._break(2)

    def handle_data(self, data: str) -> None:
        if self._title_open and self._title_parts is not None:
            self._title_parts.append(data)
        if self._stack and self._stack[-1].tag == "head" and data.strip():
            self._pop_to(len(self._stack) - 1)  # text outside <head> opens the body
        if self._skip:
            return
        if self._pre:
            # Inside <pre> each source newline is a line break.
            pieces = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    self._line_break()
                self._write_inline(piece)
        else:
            self._write_inline(data)

    def _write_inline(self, data: str) -> None:
        collapsed = _HTML_SPACE.sub(" ", data)
        if not collapsed:
            return
        if collapsed == " ":
            self._write_space()
        else:
            self._write(collapsed)

    def _add_meta(self, attrs: dict[str, str | None]) -> None:
        content = attrs.get("content")
        if content is None:
            return
        content = _HTML_SPACE.sub(" ", content).strip()
        if not content:
            return
        for attr in ("name", "property"):
            key = (attrs.get(attr) or "").strip().lower()
            if key:
                self.meta.setdefault(key, content)


_PUNCT = re.compile(r"[，。；、！？：,;!?]")


def _content_lines(rows: list[tuple[int, str, int, int]], parents: list[int]) -> tuple[int, int] | None:
    """The line range of the page's main content, read from how pages are built.

    ``rows`` are the rendered lines as ``(element, text, characters, characters in links)``.
    A line that reads like prose (20 characters or more, mostly outside links) scores by its
    punctuation and length, as Readability scores paragraphs; the score goes to the element
    holding the line's element (in full), and to the next two up (a half, a third). The content
    is the element with the best score, discounted by the share of its text in links, and its
    lines run from the first to the last prose line inside it. None when no element gathers
    the score of two paragraphs.
    """
    score: dict[int, float] = {}
    for node, text, n, linked in rows:
        if n < 20 or linked * 2 > n:
            continue
        s = 1.0 + len(_PUNCT.findall(text)) + min(n // 50, 3)
        up = parents[node] if 0 <= node < len(parents) else 0
        for share in (1.0, 0.5, 1 / 3):
            if up < 0:
                break
            score[up] = score.get(up, 0.0) + s * share
            up = parents[up]
    if not score:
        return None

    # the characters, and those in links, under each element: each line's go to its element,
    # then every element's to its parent, children first (an element is numbered after its
    # parent), so the sums cost one pass over lines and elements whatever the depth
    size = len(parents)
    total = [0] * size
    in_links = [0] * size
    for node, _text, n, linked in rows:
        if 0 <= node < size:
            total[node] += n
            in_links[node] += linked
    for node in range(size - 1, 0, -1):
        up = parents[node]
        if up >= 0:
            total[up] += total[node]
            in_links[up] += in_links[node]
    best, best_score = None, 0.0
    for top, s in score.items():
        s *= 1 - (in_links[top] / total[top] if total[top] else 0)
        if s > best_score:
            best, best_score = top, s
    if best is None or best_score < 10:
        return None

    # the elements inside the best one: marked parents first, in one pass
    inside = [False] * size
    inside[best] = True
    for node in range(best + 1, size):
        up = parents[node]
        inside[node] = up >= 0 and inside[up]

    prose = [k for k, (node, _t, n, linked) in enumerate(rows)
             if n >= 10 and linked * 2 <= n and 0 <= node < size and inside[node]]  # fmt: skip
    return (prose[0], prose[-1]) if prose else None


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    """``hidden`` attribute, or an inline style with ``display:none``/``visibility:hidden``; or a
    forum's anti-copy noise, which Discuz! (the common Chinese forum software) marks
    ``class="jammer"`` and hides from readers by its stylesheet."""
    if "hidden" in attrs:
        return True
    if "jammer" in (attrs.get("class") or "").lower().split():
        return True
    for declaration in (attrs.get("style") or "").split(";"):
        prop, _, value = declaration.partition(":")
        prop, words = prop.strip().lower(), value.lower().replace("!", " ").split()
        if words and ((prop == "display" and words[0] == "none") or (prop == "visibility" and words[0] == "hidden")):
            return True
    return False
