""":mod:`policymine.compiled`: compiled regular expressions kept on disk between runs.

Compiling the package's patterns is a good part of what a run spends before its first
document: the gazetteers and lexicons become alternations of thousands of words
(:func:`policymine.resources.word_regex`), and the stages define a few hundred patterns
when they are imported. ``re`` and ``regex`` parse a pattern and build its program in
Python; only the last step, turning the program into a pattern object, is C. This module
keeps the programs: a pattern compiled once is stored in one file in the cache folder
(:func:`cache_dir`), and the next process hands the stored program straight to the C
step, which checks it (``re``: ``_sre``'s validator) and gives the same pattern object a
fresh compile gives.

The stages import ``re`` and ``regex`` from here (``from ..compiled import re, regex``):
two module objects with every name of the real modules, whose ``compile`` (and, for ``re``, the
module-level functions given a pattern string: ``re.search(p, text)``) goes through the cache
and an in-process memo. Everything else (flags, ``escape``, ``re.Pattern``) is the real
module's own. The modules ``policymine --help`` imports (``lang``, ``sources``) compile their
two patterns themselves: reading the file would cost them more than it saves.

The file is keyed by the Python version (the ``regex`` entries' keys hold its version); an
entry by the pattern text, its type and flags. A file that cannot be read, an entry the engine
refuses, a version the cache does not know how to drive: the pattern is compiled the ordinary
way, and the result is the same. New programs are written back once, when the process exits
(atomically; a process adds at most :data:`_MAX_NEW`, and entries no process has used in
:data:`_MAX_AGE` writes are dropped). The file is the package's own, in the user's cache
folder, trusted as the precomputed dictionary beside it is (``marshal``; ``regex`` checks a
program less strictly than ``_sre`` does).
"""

from __future__ import annotations

import contextlib
import os
import re as _re
import sys
import types
from pathlib import Path

__all__ = ["re", "cache_dir", "cached_text", "stats"]  # and regex (made on first use: __getattr__)

#: bump when what the file holds changes
_FORMAT = 1
_MAGIC = b"policymine-patterns\n"
#: at most so many new entries a process, kept while one of the last so many writes used them
_MAX_NEW = 400
_MAX_AGE = 12


def cache_dir() -> Path:
    """The package's cache folder (``$XDG_CACHE_HOME/policymine``, created on demand)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "policymine"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only home: fall back to the temp dir
        import tempfile

        path = Path(tempfile.gettempdir()) / "policymine-cache"
        path.mkdir(parents=True, exist_ok=True)
    return path


def _version_key() -> str:
    """What the file's programs depend on (``regex``'s version is in each of its entries' keys:
    importing ``regex`` costs more than a run that never uses it should pay)."""
    import _sre

    return f"{_FORMAT} {sys.version} {sys.maxunicode} sre {_sre.MAGIC} {_sre.CODESIZE}"


class _Store:
    """The programs of this process: those read from the file and those compiled here.

    The file maps a key to ``[age, value]``: ``age`` is how many writes of the file have
    passed since a process last used the entry; past :data:`_MAX_AGE` it is dropped (the
    patterns of one document, those of a lexicon since edited). A process adds at most
    :data:`_MAX_NEW` entries: a run over many documents does not fill the file with the
    patterns it builds for each one.
    """

    def __init__(self) -> None:
        import _thread

        self.lock = _thread.RLock()
        self.entries: dict | None = None  # key -> [age, value] (None until the file is read)
        self.used: set = set()
        self.added = 0
        self.dirty = False
        self.enabled = True
        self.hits = self.misses = 0
        self.path: Path | None = None

    def load(self) -> dict:
        if self.entries is not None:
            return self.entries
        import marshal
        import zlib

        self.entries = {}
        try:
            name = f"patterns-{zlib.crc32(_version_key().encode()):08x}.bin"
            self.path = cache_dir() / name
        except OSError:
            self.enabled = False
            return self.entries
        try:
            with self.path.open("rb") as fh:
                if fh.read(len(_MAGIC)) == _MAGIC:
                    data = marshal.load(fh)
                    if isinstance(data, dict):
                        self.entries = data
        except (OSError, EOFError, ValueError, TypeError):
            pass
        return self.entries

    def get(self, key):
        entry = self.load().get(key)
        if not isinstance(entry, list) or len(entry) != 2:
            return None
        self.used.add(key)
        return entry[1]

    def put(self, key, value) -> None:
        if not self.enabled or self.added >= _MAX_NEW:
            return
        entries = self.load()
        try:
            entries[key] = [0, _plain(value)]
        except TypeError:
            return  # something marshal cannot store: compiled again next time
        self.added += 1
        self.used.add(key)
        if not self.dirty:
            self.dirty = True
            import atexit

            atexit.register(self.save)

    def drop(self, key) -> None:
        if self.entries is not None:
            self.entries.pop(key, None)

    def save(self) -> None:
        """Write the file again when this process compiled something new (atomically)."""
        if not self.dirty or self.path is None or self.entries is None:
            return
        import marshal
        import tempfile

        self.dirty = False
        kept = {}
        for key, entry in self.entries.items():
            if key in self.used:
                kept[key] = [0, entry[1]]
            elif isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int) and entry[0] < _MAX_AGE:
                kept[key] = [entry[0] + 1, entry[1]]
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC)
                marshal.dump(kept, fh)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _pack(code: list[int]) -> bytes | list[int]:
    """A program's opcodes as bytes of 32-bit words (read back in one call, not an int at a time)."""
    from array import array

    try:
        return array("I", code).tobytes()
    except OverflowError:
        return code


def _unpack(code) -> list[int]:
    from array import array

    if isinstance(code, bytes):
        words = array("I")
        words.frombytes(code)
        return words.tolist()
    return code


def _plain(value):
    """``value`` with the int subclasses of the engines' programs (opcode constants, flag enums)
    as plain ints, the only kind :mod:`marshal` stores."""
    if value is None or type(value) in (str, bytes, bool, float):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    raise TypeError(f"cannot store {type(value).__name__}")


_STORE = _Store()


def stats() -> dict[str, int]:
    """How many patterns this process took from the cache (``hits``) and compiled (``misses``)."""
    return {"hits": _STORE.hits, "misses": _STORE.misses}


def cached_text(kind: str, key: str, build) -> str:
    """A text derived from ``key`` by ``build(key)`` (a pattern built from a word list), kept in the
    cache: ``kind`` names what is built, ``key`` must hold everything the result depends on."""
    k = ("text", kind, key)
    with _STORE.lock:
        value = _STORE.get(k)
        if isinstance(value, str):
            return value
        value = build(key)
        _STORE.put(k, value)
        return value


# --------------------------------------------------------------------------- #
# re
# --------------------------------------------------------------------------- #


def _re_program(pattern, flags: int):
    """What ``re`` hands ``_sre.compile`` for ``pattern``, built as ``re._compiler.compile`` does."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


_RE_DEBUG = int(_re.DEBUG)
#: this process's compiled patterns (``re`` keeps its own the same way): pattern, flags -> object
_RE_MEMO: dict = {}


def _re_compile(pattern, flags=0):
    """``re.compile``, from the cache when the program is there."""
    if type(pattern) is not str and type(pattern) is not bytes:
        return _re.compile(pattern, flags)
    flags = int(flags)
    rx = _RE_MEMO.get((pattern, flags))
    if rx is None:
        rx = _re_cached(pattern, flags)
        if len(_RE_MEMO) >= 2048:
            _RE_MEMO.clear()
        _RE_MEMO[(pattern, flags)] = rx
    return rx


def _re_cached(pattern, flags: int):
    if not _STORE.enabled or flags & _RE_DEBUG:
        return _re.compile(pattern, flags)
    import _sre

    key = ("re", pattern, flags)
    with _STORE.lock:
        stored = _STORE.get(key)
        if stored is not None:
            try:
                final, code, groups, groupindex, indexgroup = stored
                rx = _sre.compile(pattern, final, _unpack(code), groups, groupindex, indexgroup)
                _STORE.hits += 1
                return rx
            except Exception:  # a damaged entry, or a Python that drives _sre otherwise
                _STORE.drop(key)
        _STORE.misses += 1
        try:
            program = _re_program(pattern, flags)
            rx = _sre.compile(pattern, *program)
        except Exception:
            return _re.compile(pattern, flags)  # the error (or the pattern) exactly as re gives it
        final, code, groups, groupindex, indexgroup = program
        _STORE.put(key, (final, _pack([int(c) for c in code]), groups, groupindex, indexgroup))
        return rx


#: the module-level functions' usual call, a str pattern and no flags (``re.search(r"…", s)``): its
#: pattern object kept by the pattern alone, one dict lookup a call
_RE_PLAIN: dict = {}


def _re_plain(pattern, flags):
    """:func:`_re_compile`, the result kept in :data:`_RE_PLAIN` for a str pattern without flags."""
    rx = _re_compile(pattern, flags)
    if not flags and type(pattern) is str:
        if len(_RE_PLAIN) >= 2048:
            _RE_PLAIN.clear()
        _RE_PLAIN[pattern] = rx
    return rx


def _re_functions() -> dict:
    """``re``'s module-level functions over :func:`_re_compile` (``re.search(pattern, text)``)."""
    plain = _RE_PLAIN

    def match(pattern, string, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).match(string)

    def fullmatch(pattern, string, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).fullmatch(string)

    def search(pattern, string, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).search(string)

    def sub(pattern, repl, string, count=0, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).sub(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).subn(repl, string, count)

    def split(pattern, string, maxsplit=0, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).split(string, maxsplit)

    def findall(pattern, string, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).findall(string)

    def finditer(pattern, string, flags=0):
        return ((None if flags else plain.get(pattern)) or _re_plain(pattern, flags)).finditer(string)

    return {f.__name__: f for f in (match, fullmatch, search, sub, subn, split, findall, finditer)}


# --------------------------------------------------------------------------- #
# regex
# --------------------------------------------------------------------------- #


class _Capture:
    """Stands for the ``_regex`` C module inside ``regex._main`` while one pattern compiles:
    keeps the arguments of its ``compile`` call (the program)."""

    def __init__(self, real) -> None:
        self._real = real
        self.args = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, *args):
        self.args = args
        return self._real.compile(*args)


_REGEX_MEMO: dict = {}


def _regex_compile(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
    """``regex.compile``, from the cache when the program is there (plain patterns: no named
    lists, no locale)."""
    if kwargs or type(pattern) is not str:
        import regex as _regex

        return _regex.compile(pattern, flags, ignore_unused, cache_pattern, **kwargs)
    flags = int(flags)
    rx = _REGEX_MEMO.get((pattern, flags))
    if rx is None:
        rx = _regex_cached(pattern, flags, ignore_unused, cache_pattern)
        if len(_REGEX_MEMO) >= 2048:
            _REGEX_MEMO.clear()
        _REGEX_MEMO[(pattern, flags)] = rx
    return rx


def _regex_cached(pattern, flags: int, ignore_unused, cache_pattern):
    import regex as _regex

    main = sys.modules.get("regex._main") or sys.modules.get("regex.regex")
    if not _STORE.enabled or main is None or not hasattr(main, "_regex") or flags & int(_regex.LOCALE | _regex.DEBUG):
        return _regex.compile(pattern, flags, ignore_unused, cache_pattern)
    key = ("regex", f"{getattr(_regex, '__version__', '')} {_regex.DEFAULT_VERSION}", pattern, int(flags))
    with _STORE.lock:
        stored = _STORE.get(key)
        if stored is not None:
            try:
                rx = main._regex.compile(stored[0], stored[1], _unpack(stored[2]), *stored[3:])
                _STORE.hits += 1
                return rx
            except Exception:
                _STORE.drop(key)
        _STORE.misses += 1
        real = main._regex
        capture = _Capture(real)
        main._regex = capture
        try:
            rx = _regex.compile(pattern, flags, ignore_unused, False)
        finally:
            main._regex = real
        args = capture.args
        locale_sensitive = getattr(main, "_locale_sensitive", {}).get((type(pattern), pattern), True)
        # (the program of this pattern: not one another thread compiled meanwhile)
        if args is not None and not locale_sensitive and args[0] == pattern and args[1] == rx.flags:
            _STORE.put(key, (*args[:2], _pack([int(c) for c in args[2]]), *args[3:]))
        return rx


def _module(real: types.ModuleType, functions: dict) -> types.ModuleType:
    mod = types.ModuleType(real.__name__, real.__doc__)
    mod.__dict__.update({k: v for k, v in vars(real).items() if not k.startswith("__")})
    mod.__dict__.update(functions)
    return mod


#: ``re`` with a cached ``compile`` (and module-level functions over it)
re = _module(_re, {"compile": _re_compile, **_re_functions()})


def __getattr__(name: str):
    """``regex`` with a cached ``compile``, made on first use (importing ``regex`` takes 15 ms)."""
    if name == "regex":
        import regex as _regex

        mod = globals()["regex"] = _module(_regex, {"compile": _regex_compile})
        return mod
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
