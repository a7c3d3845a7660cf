""":mod:`policymine.safety`: page text made harmless where policymine's outputs land.

policymine's input is text written by strangers, and its outputs are opened in spreadsheets,
printed on terminals, shown in browsers and stored in databases. Every writer that puts
page-derived text somewhere it could act uses these helpers (JSON and JSON Lines never do: they
keep the text exact, and JSON quoting already makes it inert):

* :func:`csv_cell` -- a CSV cell a spreadsheet will not run: a text cell whose first character
  after leading spaces is ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (what Excel,
  LibreOffice and Google Sheets read as the start of a formula, e.g. ``=HYPERLINK(...)``) gets a
  leading ``'``, as OWASP recommends ("CSV injection"); numbers (``int``/``float``) stay numbers.
  ``extract``/``diff`` ``--raw-csv`` turn it off for readers that are not spreadsheets.
* :func:`terminal_text` -- text safe to print on a terminal: control characters (C0 but newline
  and tab, DEL, C1, so every ESC/CSI/OSC sequence) are written visibly (``\\x1b``) and bidi
  overrides and isolates (U+202A-U+202E, U+2066-U+2069, which reorder what the reader sees) as
  ``<U+202E>``; everything else is left as it is.
* :func:`rich_text` -- for rich output: :func:`terminal_text` as a :class:`rich.text.Text`, which
  rich never reads as markup (a title ``[bold red]...`` prints as written); :func:`rich_escape`
  the same as a markup string, for the places rich only takes strings (table titles, headers).
* :func:`safe_filename` and :func:`path_inside` -- a file name built from page data (a document
  id, a title) that cannot leave its folder: separators, ``..``, NUL and control characters,
  leading dots and names Windows reserves are replaced.

Other writers (an HTML report, a SQLite store) take the same helpers: escaping HTML itself is
:func:`html.escape`'s job; :func:`terminal_text` is what a store's ``query`` prints on a terminal.
"""

from __future__ import annotations

import os
import unicodedata

from .compiled import re

__all__ = ["FORMULA_START", "csv_cell", "is_formula", "terminal_text", "rich_text", "rich_escape",
           "safe_filename", "path_inside"]  # fmt: skip

#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` (a cell's whole text) as a formula."""
    return text.lstrip(" ").startswith(FORMULA_START)


def csv_cell(value, raw: bool = False):
    """``value`` as a CSV writer should write it: text a spreadsheet would run as a formula gets a
    leading ``'`` (``=1+1`` -> ``'=1+1``, `` -2`` -> ``' -2``); numbers, ``None`` and other text are
    returned as they are; ``raw=True`` returns ``value`` untouched (``--raw-csv``)."""
    if raw or not isinstance(value, str):
        return value
    return "'" + value if is_formula(value) else value


# C0 but \t \n, DEL, C1; bidi embeddings/overrides and isolates
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def terminal_text(text) -> str:
    """``text`` (made a string) with what could drive or spoof a terminal shown visibly: control
    characters as ``\\xNN`` (so ``\\x1b[31m`` prints as those characters, not red), bidi
    overrides and isolates as ``<U+202E>``. Newlines and tabs stay. Text without them is
    returned as it is."""
    text = text if isinstance(text, str) else str(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    if _BIDI.search(text):
        text = _BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return text


def rich_text(text, style: str = ""):
    """:func:`terminal_text` as a :class:`rich.text.Text` (never read as rich markup)."""
    from rich.text import Text

    return Text(terminal_text("" if text is None else text), style=style)


def rich_escape(text) -> str:
    """:func:`terminal_text` as a rich markup string that shows as written (``[b]`` -> ``\\[b]``)."""
    from rich.markup import escape

    return escape(terminal_text("" if text is None else text))


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u202a-\u202e\u2066-\u2069]')
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$")


def safe_filename(name, default: str = "_", max_len: int = 200) -> str:
    """A file name made from ``name`` (a document id, a title) that names a file inside the folder
    it is joined to: path separators, NUL and control characters, characters Windows forbids and
    bidi controls become ``_``; leading dots (``..``, hidden files) and spaces go; names Windows
    reserves (``CON``, ``NUL``...) get a ``_``; at most ``max_len`` characters (UTF-8 bytes are
    what file systems limit: 200 CJK characters are 600 bytes, so the cut counts bytes)."""
    name = unicodedata.normalize("NFC", "" if name is None else str(name))
    name = _UNSAFE_NAME.sub("_", name).strip(" ").lstrip(".").rstrip(". ")
    if _RESERVED.match(name):
        name = "_" + name
    encoded = name.encode("utf-8")
    if len(encoded) > max_len:
        name = encoded[:max_len].decode("utf-8", "ignore")
    return name or default


def path_inside(folder: str, name, suffix: str = "") -> str:
    """``folder/<safe name><suffix>``, checked to lie inside ``folder`` (ValueError otherwise,
    which :func:`safe_filename` makes unreachable)."""
    path = os.path.join(folder, safe_filename(name) + suffix)
    if os.path.dirname(os.path.abspath(path)) != os.path.abspath(folder):
        raise ValueError(f"{name!r} would name a file outside {folder}")
    return path
