""":mod:`policymine.sources`: find input documents and decode them to text.

:func:`iter_inputs` expands files, folders (recursively, sorted, links followed
once: a folder reached twice is skipped) and ``-`` (stdin) into input paths.
:func:`decode` turns bytes into text: a BOM decides (UTF-8, UTF-16, UTF-32);
otherwise strict UTF-8, then GB18030 and Big5 by trial decode, the one whose
characters are the more common Chinese characters winning. Binary data and
empty files raise :class:`~policymine.errors.InputError` with a message that
says what is wrong.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .lang import RE_HAN

__all__ = ["RawDoc", "INPUT_KINDS", "TEXT_SUFFIXES", "Skipped", "iter_inputs", "read_path_list", "decode",
           "read_input", "decode_lenient", "input_kind", "suffixes_text", "DEFAULT_MAX_BYTES"]

#: The one table of input kinds: a file suffix -> the reader :func:`policymine.markup.read_page`
#: applies (``text``: plain text, HTML if its markup says so; ``markdown``: front matter, then
#: Markdown; ``html``: a saved web page). Folder expansion, messages and ``--help`` read it.
INPUT_KINDS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".shtml": "html", ".shtm": "html", ".xhtml": "html",
}  # fmt: skip
TEXT_SUFFIXES = tuple(INPUT_KINDS)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def suffixes_text() -> str:
    """``*.txt *.md ...`` for messages and help."""
    return " ".join("*" + s for s in INPUT_KINDS)


def input_kind(path: str) -> str | None:
    """The reader for ``path`` by its suffix; ``None`` (sniffed from the text) for stdin and others."""
    return INPUT_KINDS.get(os.path.splitext(path)[1].lower())

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class RawDoc:
    """One input document, decoded."""

    id: str  # file stem, or "-" for stdin
    path: str
    text: str
    encoding: str
    kind: str | None = None  # the reader (see INPUT_KINDS); None: sniff
    warnings: tuple[str, ...] = ()  # e.g. damaged bytes replaced while decoding


class Skipped:
    """What folder expansion left out, and why: counts per reason, for the run's summary."""

    def __init__(self) -> None:
        self.reasons: Counter = Counter()

    def add(self, reason: str) -> None:
        self.reasons[reason] += 1

    def __len__(self) -> int:
        return sum(self.reasons.values())

    def summary(self) -> str:
        """``3 files skipped (2 not a text kind: .pdf .jpg; 1 binary data)``, or ``""``."""
        if not self.reasons:
            return ""
        parts = "; ".join(f"{n} {why}" for why, n in self.reasons.most_common())
        return f"{len(self)} file(s) in folders skipped ({parts})"


def iter_inputs(paths: Iterable[str], *, glob: Iterable[str] = (), skipped: Skipped | None = None
                ) -> Iterator[str | InputError]:
    """Yield input file paths (``-`` for stdin), or an :class:`InputError` for each bad path.

    Folders are walked recursively (sorted, hidden entries left out, links followed once). In a
    folder, a file is read when its suffix is an input kind (:data:`INPUT_KINDS`), or when it has
    no suffix and its first bytes are text; with ``glob`` patterns (``*.shtml``, ``2024-*``), when
    its name matches one of them instead. What is left out is counted in ``skipped``. A file
    named on its own is always read.
    """
    seen_dirs: set[str] = set()
    globs = tuple(glob)
    skipped = skipped if skipped is not None else Skipped()
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _walk(path, seen_dirs, globs, skipped):
                if not isinstance(f, InputError):
                    found = True
                yield f
            if not found:
                wanted = " ".join(globs) if globs else suffixes_text()
                yield InputError(p, f"no input files ({wanted}) in this folder")
        elif path.exists():
            yield str(path)
        elif path.is_symlink():
            yield InputError(p, "broken link")
        else:
            yield InputError(p, "no such file or folder")


def _walk(folder: Path, seen: set[str], globs: tuple[str, ...], skipped: Skipped) -> Iterator[str | InputError]:
    try:
        real = os.path.realpath(folder)
    except OSError as exc:
        yield InputError(str(folder), exc.strerror or str(exc))
        return
    if real in seen:
        return  # a link loop, or the same folder given twice
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        yield InputError(str(folder), "permission denied")
        return
    except OSError as exc:
        yield InputError(str(folder), exc.strerror or str(exc))
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                yield from _walk(Path(e.path), seen, globs, skipped)
                continue
            why = _why_skipped(e.path, e.name, globs)
            if why is None:
                yield e.path
            else:
                skipped.add(why)
        except OSError as exc:
            yield InputError(e.path, exc.strerror or str(exc))


def _why_skipped(path: str, name: str, globs: tuple[str, ...]) -> str | None:
    """Why a file in a folder is not read, or ``None`` when it is."""
    import fnmatch

    if globs:
        return None if any(fnmatch.fnmatch(name, g) for g in globs) else "not matching --glob"
    suffix = os.path.splitext(name)[1].lower()
    if suffix in INPUT_KINDS:
        return None
    if suffix and not suffix[1:].isdigit():  # notes.txt.1 or a log's .1 has no kind either
        return "not an input kind (use --glob to read them)"
    return None if _sniff_text(path) else "no suffix, and not text"


def _sniff_text(path: str) -> bool:
    """Do a file's first 4 KB decode as text (a page saved without a suffix)?"""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # read it, and let the read report the problem
    if not head.strip() or b"\x00" in head:
        return False
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            text = head.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # not just a character cut at the 4 KB edge
                continue
            text = head[: exc.start].decode(enc)
        return not _looks_binary(text)
    return False


def read_path_list(source: str, null: bool = False) -> Iterator[str]:
    """The paths listed in ``source`` (``-``: stdin), one a line or NUL-separated (``find -print0``)."""
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise InputError(source, f"cannot read the list of files: {exc.strerror or exc}") from None
    text = os.fsdecode(data)
    items = text.split("\0") if null else text.splitlines()
    for item in items:
        if null:
            if item:
                yield item
        elif item.strip():
            yield item.rstrip("\r")


@functools.lru_cache(maxsize=65536)
def _common(ch: str) -> bool:
    """Is ``ch`` among the frequent Chinese characters (GB2312 level 1 or Big5 frequent)?"""
    try:
        b = ch.encode("gb2312")
        if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return len(b) == 2 and 0xA4 <= b[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def _score(text: str) -> float:
    sample = text[:20000]
    han = RE_HAN.findall(sample)
    if not han:
        return 0.0
    return sum(map(_common, han)) / len(han)


# control characters other than \t \n \v \f \r and ESC, and the private use area
_RE_BINARY_CHAR = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\ue000-\uf8ff]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = len(_RE_BINARY_CHAR.findall(sample))  # one scan in C, not a Python loop per character
    return "\x00" in sample or bad / len(sample) > 0.05


def decode(data: bytes, *, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding used)``. ``encoding`` forces one.

    Strict decoding only; :func:`decode_lenient` also reads a page with a few damaged bytes.
    """
    text, enc, _damaged = decode_lenient(data, encoding=encoding, name=name, tolerate=0)  # always 0 here
    return text, enc


#: damaged byte sequences tolerated in a page: at most this share of its characters (and 8 at least)
MAX_DAMAGED_SHARE = 0.01


def decode_lenient(data: bytes, *, encoding: str | None = None, name: str = "input",
                   tolerate: float = MAX_DAMAGED_SHARE) -> tuple[str, str, int]:
    """Decode ``data``: ``(text, encoding used, damaged sequences replaced with U+FFFD)``.

    A BOM decides; otherwise strict UTF-8, then GB18030 and Big5 by trial decode (the one
    whose characters are the more common Chinese characters wins). When no encoding decodes
    every byte, a page whose damage is small (a truncated GBK character, a few bytes lost in
    transfer: at most ``tolerate`` of its characters, 8 at least) is read in the encoding
    that leaves the fewest damaged sequences, each replaced with U+FFFD, never refused whole.
    ``encoding`` forces one, read the same lenient way.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        try:
            return _check(data.decode(encoding).lstrip("\ufeff"), name), encoding, 0
        except UnicodeDecodeError as exc:
            lenient = _lenient(data, (encoding,), tolerate)
            if lenient is None:
                raise InputError(name, f"not valid {encoding} (byte {exc.start}); try another --encoding") from None
            text, enc, bad = lenient
            return _check(text.lstrip("\ufeff"), name), enc, bad
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(enc).lstrip("\ufeff"), name), enc.replace("-sig", ""), 0
            except UnicodeDecodeError:
                break
    try:
        return _check(data.decode("utf-8"), name), "utf-8", 0
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: NULs in every other byte
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text) and _score(text) > 0.5:
                return text, enc, 0
        raise InputError(name, "binary data, not text")
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = _score(text)
        if best is None or s > best[0]:
            best = (s, text, enc)
    if best is not None and not _looks_binary(best[1]) and (best[0] > 0.5 or not tolerate):
        return best[1], best[2], 0
    lenient = _lenient(data, ("utf-8", "gb18030", "big5"), tolerate)
    if lenient is not None and not _looks_binary(lenient[0]):
        return lenient
    if best is None or _looks_binary(best[1]):
        raise InputError(name, "binary data or an unknown encoding; try --encoding")
    return best[1], best[2], 0


def _lenient(data: bytes, encodings: tuple[str, ...], tolerate: float) -> tuple[str, str, int] | None:
    """The decoding with the fewest damaged sequences, if within ``tolerate``; else None."""
    if not tolerate:
        return None
    best: tuple[int, float, str, str] | None = None
    for enc in encodings:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") - _count_replacement_chars(data, enc)
        score = _score(text)
        if score < 0.5 and len(encodings) > 1:
            continue  # decodes, but into uncommon characters: the wrong encoding
        if best is None or (bad, -score) < (best[0], -best[1]):
            best = (bad, score, text, enc)
    if best is None or best[0] > max(8, tolerate * len(best[2])):
        return None
    return best[2], best[3], best[0]


def _count_replacement_chars(data: bytes, enc: str) -> int:
    """U+FFFD characters the page itself holds (already marked damage, not ours)."""
    try:
        return data.count("\ufffd".encode(enc))
    except (UnicodeEncodeError, LookupError):
        return 0


def _check(text: str, name: str) -> str:
    if _looks_binary(text):
        raise InputError(name, "binary data, not text")
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def read_input(path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read and decode one input (``-`` is stdin); a few damaged bytes give a warning, not an error."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name, doc_id = "-", "-"
    else:
        name, doc_id = path, Path(path).stem
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise InputError(path, f"{size} bytes, over the limit of {max_bytes} (--max-bytes); skipped")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except IsADirectoryError:
            raise InputError(path, "is a folder") from None
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except OSError as exc:
            raise InputError(path, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputError(name, f"over the limit of {max_bytes} bytes (--max-bytes); skipped")
    text, enc, damaged = decode_lenient(data, encoding=encoding, name=name)
    warnings = (f"decoding: {damaged} damaged byte sequence(s) in {enc} replaced with U+FFFD",) if damaged else ()
    return RawDoc(id=doc_id, path=path, text=text, encoding=enc, kind=input_kind(path), warnings=warnings)
