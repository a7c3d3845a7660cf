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
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["RawDoc", "TEXT_SUFFIXES", "iter_inputs", "decode", "read_input", "DEFAULT_MAX_BYTES"]

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".text", ".markdown", ".xhtml")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

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


def iter_inputs(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Yield input file paths (``-`` for stdin), or an :class:`InputError` for each bad path."""
    seen_dirs: set[str] = set()
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _walk(path, seen_dirs):
                if isinstance(f, InputError):
                    yield f
                    continue
                found = True
                yield f
            if not found:
                yield InputError(f"{p}: no text files (*.txt, *.md, *.html, *.htm) in this folder")
        elif path.exists():
            yield str(path)
        elif path.is_symlink():
            yield InputError(f"{p}: broken link")
        else:
            yield InputError(f"{p}: no such file or folder")


def _walk(folder: Path, seen: set[str]) -> Iterator[str | InputError]:
    try:
        real = os.path.realpath(folder)
    except OSError as exc:
        yield InputError(f"{folder}: {exc.strerror or exc}")
        return
    if real in seen:
        return  # a link loop, or the same folder given twice
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        yield InputError(f"{folder}: permission denied")
        return
    except OSError as exc:
        yield InputError(f"{folder}: {exc.strerror or exc}")
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                yield from _walk(Path(e.path), seen)
            elif e.name.lower().endswith(TEXT_SUFFIXES):
                yield e.path
        except OSError as exc:
            yield InputError(f"{e.path}: {exc.strerror or exc}")


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
    han = [c for c in sample if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(map(_common, han)) / len(han)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f\v\x1b") or "\ue000" <= c <= "\uf8ff")
    return "\x00" in sample or bad / len(sample) > 0.05


def decode(data: bytes, *, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding used)``. ``encoding`` forces one."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} (byte {exc.start}); try another --encoding") from None
        return _check(text.lstrip("\ufeff"), name), encoding
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(enc).lstrip("\ufeff"), name), enc.replace("-sig", "")
            except UnicodeDecodeError:
                break
    try:
        return _check(data.decode("utf-8"), name), "utf-8"
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
                return text, enc
        raise InputError(f"{name}: binary data, not text")
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = _score(text)
        if best is None or s > best[0]:
            best = (s, text, enc)
    if best is None or _looks_binary(best[1]):
        raise InputError(f"{name}: binary data or an unknown encoding; try --encoding")
    return best[1], best[2]


def _check(text: str, name: str) -> str:
    if _looks_binary(text):
        raise InputError(f"{name}: binary data, not text")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def read_input(path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read and decode one input (``-`` is stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name, doc_id = "<stdin>", "-"
    else:
        name, doc_id = path, Path(path).stem
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise InputError(f"{path}: {size} bytes, over the limit of {max_bytes} (--max-bytes); skipped")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder") from None
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes (--max-bytes); skipped")
    text, enc = decode(data, encoding=encoding, name=name)
    return RawDoc(id=doc_id, path=path, text=text, encoding=enc)
