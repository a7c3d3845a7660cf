""":mod:`policymine.segment`: word segmentation with jieba and a policy-domain dictionary.

This is the only module that imports jieba. It owns one :class:`jieba.Tokenizer`
per set of user dictionaries (never jieba's module-level global), keeps jieba's
prefix-dictionary cache in the user cache folder (``$XDG_CACHE_HOME/policymine``)
rather than the temp dir or the working directory, and silences jieba's logger.

Offsets returned by :func:`tokenize` are character offsets into the text given.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from math import log as _log
from pathlib import Path

from . import resources
from .compiled import cache_dir, re
from .lang import RE_HAN as _RE_HAN

__all__ = ["Segmenter", "get_segmenter", "words", "tokenize", "pos_tag", "cache_dir", "loaded_dictionaries",
           "ENGINES", "set_engine", "engine"]

#: how many jieba dictionaries this process has loaded (one per :class:`Segmenter`); a run
#: builds one segmenter and hands it to every stage, so this stays at 1
_LOADS = 0


def loaded_dictionaries() -> int:
    """How many jieba dictionaries (one per :class:`Segmenter`) this process has loaded."""
    return _LOADS


class Segmenter:
    """A jieba tokenizer loaded with the package's domain dictionary and any user dictionaries.

    Args:
        user_dicts: extra dictionaries in jieba's format (``word [freq] [tag]`` a line).
    """

    def __init__(self, user_dicts: Iterable[str | os.PathLike] = ()) -> None:
        jieba = _import_jieba()

        global _JIEBA_BLOCK, _JIEBA_SKIP, _finalseg, _LOADS
        _JIEBA_BLOCK, _JIEBA_SKIP, _finalseg = jieba.re_han_default, jieba.re_skip_default, jieba.finalseg
        logging.getLogger("jieba").setLevel(logging.ERROR)
        jieba.setLogLevel(logging.ERROR)
        self.user_dicts = tuple(str(p) for p in user_dicts)
        self._tok = jieba.Tokenizer()
        self._tok.tmp_dir = str(cache_dir())
        # the tags of added words, kept here: jieba.posseg moves the tokenizer's own table of
        # them into its tagger the first time it cuts, and leaves the tokenizer's empty
        self._added_tags: dict[str, str] = {}
        # word -> tag (the fast table, see _tag_tables): the whole table after a build; after a
        # start from the file, the words looked up so far, None for those it lacks (_tag_index
        # finds the others). A dict of strings: the garbage collector does not track it
        self._tags: dict[str, str] = {}
        self._tag_index_src: Callable[[], tuple] | None = None
        self._tag_index: tuple | None = None
        self._full_tags: dict[str, str] | None = None
        self._pos = None
        self._fast = None  # the compiled engine's cut (set_engine("fast")), else None
        self._fast_tried = False
        self._eng = None  # the compiled engine, which also answers counts and tags (see frequencies)
        self._dict_ready = False  # jieba's tokenizer holds the dictionary (see _load_dict)
        _LOADS += 1
        self._key = _dictionary_key(self.user_dicts)
        # the fast engine maps its tables from a file: the dictionary's dicts are built only when
        # something needs them (the default engine, jieba.posseg)
        if _WANTED == "fast" and self._start_fast():
            return
        self._load_dict()

    def _load_dict(self) -> None:
        """Fill jieba's tokenizer with the dictionary (from the precomputed file, or built)."""
        if self._dict_ready:
            return
        self._dict_ready = True
        key = self._key
        state = _read_state(key)
        if state is None:
            self._build()
            fast, full = _tag_tables(self._tok, self._added_tags)
            _write_state(key, self._tok, fast, full, self._added_tags)
            self._tags = fast
            self._full_tags_src = lambda: _tag_tables(self._tok, self._added_tags)[1]
            return
        freq, total, self._tag_index_src, self._fast_tags_src, full_table, added = state
        # the full table from the file again, or (the file gone meanwhile) from jieba's dictionary
        self._full_tags_src = lambda: full_table() or _tag_tables(self._tok, self._added_tags)[1]
        self._tok.FREQ, self._tok.total = freq, total
        self._added_tags = added
        self._tok.user_word_tag_tab = dict(added)  # as jieba's add_word leaves it (jieba.posseg reads it)
        self._tok.initialized = True

    def _build(self) -> None:
        """The dictionary from its sources: jieba's, then the domain words, then the user's."""
        self._tok.initialize()
        for word, freq, tag in resources.domain_words():
            self._add(word, freq, tag)
        for path in self.user_dicts:
            self._load_user_dict(Path(path))

    @property
    def frequencies(self):
        """Word -> count in the dictionary (jieba's, the domain words and the user's; prefixes
        of words count 0): a dict, or with the fast engine its table (``.get`` only). Read it,
        never change it: the segmenter's words come from it."""
        if self._dict_ready:
            return self._tok.FREQ
        return self._eng_counts

    @property
    def total(self) -> int:
        """The sum of the dictionary's counts (``log(freq / total)`` is a word's score)."""
        return self._tok.total if self._dict_ready else self._eng.total()

    def known(self, word: str) -> bool:
        """Is ``word`` a word of the dictionary (jieba's, the domain words or the user's)?"""
        return bool(self.frequencies.get(word))

    def is_idiom(self, word: str) -> bool:
        """Is ``word`` an idiom or set phrase by the dictionary's tags (``i``, ``l``)?"""
        return self._tag_of(word) in ("i", "l")

    def _load_user_dict(self, path: Path) -> None:
        from .errors import ResourceError

        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ResourceError(f"cannot read dictionary {path}: {exc}") from None
        for lineno, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            word = parts[0]
            freq = None
            tag = None
            if len(parts) > 1:
                if parts[1].isdigit():
                    freq = int(parts[1])
                    tag = parts[2] if len(parts) > 2 else None
                elif len(parts) == 2:
                    tag = parts[1]
                else:
                    raise ResourceError(f"{path}, line {lineno}: expected 'word [freq] [tag]', got {line!r}")
            self._add(word, freq, tag)

    def _add(self, word: str, freq: int | None, tag: str | None) -> None:
        self._tok.add_word(word, freq, tag)
        if tag:
            self._added_tags[word] = tag

    def words(self, text: str) -> list[str]:
        """The words of ``text``: exactly what jieba's ``lcut`` (accurate mode, HMM on) gives,
        1.3 to 1.6 times faster (see :func:`_lcut`)."""
        if _WANTED == "fast" and (self._fast is not None or self._start_fast()):
            cut = self._fast
            if not _RE_LONG_RUN.search(text):
                return cut(text)
            out = []
            for piece in _pieces(text):
                out.extend(cut(piece))
            return out
        if not self._dict_ready:
            self._load_dict()
        out: list[str] = []
        for piece in _pieces(text):
            _lcut(self._tok, piece, out)
        return out

    def _start_fast(self) -> bool:
        """Start the compiled engine on this dictionary: mapped from its table file, else built
        from the dictionary (and its file written for the next start). Either way it must cut the
        built-in samples exactly as the default does; False (the reason in :func:`engine`)
        where it cannot run."""
        global _ENGINE, _ENGINE_WHY
        if self._fast_tried:
            return False
        self._fast_tried = True
        _ENGINE = "default"  # until the checks below pass
        try:
            mod = _load_fastcut()
            eng, extra = self._map_table(mod)
            if eng is None:
                eng, extra = self._build_table(mod)
        except _SelfCheckFailed:
            _ENGINE_WHY = "the fast engine failed its self-check; the default engine runs"
            return False
        except Exception as exc:  # no compiler, no headers, a broken build: the default runs
            _ENGINE_WHY = f"the fast engine is not available ({_one_line(exc)}); the default engine runs"
            return False
        self._eng, self._fast = eng, eng.cut
        self._eng_counts = _Lookup(eng.count)
        if extra:
            self._eng_tags = _Lookup(lambda w, default=None, _t=eng.tag, _x=extra.get: _t(w) or _x(w, default))
        else:
            self._eng_tags = _Lookup(eng.tag)
        _ENGINE = "fast"
        return True

    def _table_paths(self, mod) -> tuple[Path, Path]:
        name = f"fastcut-{self._key[:20]}-{getattr(mod, 'SOURCE_KEY', '') or 'dev'}"
        folder = cache_dir()
        return folder / (name + ".bin"), folder / (name + ".check")

    def _map_table(self, mod):
        """``(engine, extra tags)`` from the table file, or ``(None, None)`` where there is none
        or it does not pass: it must give the cuts its check file says the default gave."""
        import marshal

        import jieba.finalseg as fs

        table, check = self._table_paths(mod)
        try:
            with check.open("rb") as fh:
                samples, expected, extra = marshal.load(fh)
            eng = mod.Engine.load(str(table), fs.Force_Split_Words)
        except (OSError, EOFError, ValueError, TypeError):
            return None, None
        if tuple(samples) != _SELF_CHECK or [eng.cut(x) for x in samples] != expected:
            return None, None
        return eng, extra

    def _build_table(self, mod):
        """``(engine, extra tags)`` built from the dictionary, checked against the default
        engine's cuts, then saved (table and check file) for the next start."""
        import marshal
        import tempfile

        import jieba.finalseg as fs

        self._load_dict()
        tags = self._word_tags()
        freq = self._tok.FREQ
        eng = mod.Engine(freq, self._tok.total, fs.start_P, fs.trans_P, fs.emit_P, fs.Force_Split_Words, tags)
        expected = []
        for sample in _SELF_CHECK:
            want: list[str] = []
            for piece in _pieces(sample):
                _lcut(self._tok, piece, want)
            expected.append(want)
        if [eng.cut(x) for x in _SELF_CHECK] != expected:
            raise _SelfCheckFailed
        extra = {w: t for w, t in tags.items() if w not in freq}
        table, check = self._table_paths(mod)
        with contextlib.suppress(OSError):
            for path, write in ((table, eng.save), (check, None)):
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fastcut-")
                os.close(fd)
                try:
                    if write is not None:
                        write(tmp)
                    else:
                        with open(tmp, "wb") as fh:
                            marshal.dump((_SELF_CHECK, expected, extra), fh)
                    os.replace(tmp, path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
        return eng, extra

    def tokenize(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Yield ``(word, start, end)`` with character offsets into ``text``."""
        pos = 0
        for word in self.words(text):
            end = pos + len(word)
            yield word, pos, end
            pos = end

    def pos_tag(self, text: str) -> list[tuple[str, str]]:
        """``(word, flag)`` pairs from jieba.posseg (its HMM tags unknown words).

        About 25x slower than :meth:`words`: use on short spans only, or :meth:`tag`.
        """
        if self._pos is None:
            import jieba.posseg

            self._load_dict()
            # built around our tokenizer and word-tag table: POSTokenizer() would read the
            # whole dictionary file again (about half a second)
            pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
            pos.tokenizer = self._tok
            pos.word_tag_tab = self._pos_tags()
            self._pos = pos
        return [(p.word, p.flag) for p in self._pos.cut(text)]

    def tag(self, text: str) -> list[tuple[str, str]]:
        """``(word, flag)`` pairs at the speed of :meth:`words`: jieba's segmentation, each
        word tagged from the dictionary's tags; a word the dictionary lacks (found by the
        HMM: mostly names and new terms) is tagged ``n``; digits ``m``, Latin ``eng``,
        anything else ``x``. This is what the extractors use; importing jieba.posseg alone
        costs half a second (it reads the dictionary's tags again)."""
        return [(w, self.tag_word(w)) for w in self.words(text)]

    def tag_word(self, w: str) -> str:
        """The tag of one word (see :meth:`tag`)."""
        t = self._tag_of(w)
        if t is None:
            if _RE_HAN.search(w):
                t = "n"  # an unknown word (found by the HMM): a name or a new term
            elif w.isdigit():
                t = "m"
            elif w.isascii() and w.isalnum():
                t = "eng"
            else:
                t = "x"
        return t

    def tag_table(self) -> dict[str, str]:
        """Word -> tag for the dictionary's words that are not tagged ``n`` (see :meth:`tag_word`);
        with the fast engine running without the dictionary, its table (``.get`` only).

        The whole table: a quarter of a million words, 0.1 s to build after a start from the
        precomputed file. The extractors use :meth:`word_tags`, which looks up only the words
        they meet."""
        if not self._dict_ready:
            return self._eng_tags
        if self._tag_index_src is not None:
            self._tags = self._fast_tags_src()
            self._tag_index_src = self._tag_index = None
        return self._tags

    def _word_tags(self) -> dict[str, str]:
        """The whole table (see :meth:`tag_table`)."""
        return self.tag_table()

    def word_tags(self, words: Iterable[str] = ()) -> dict[str, str | None]:
        """Word -> tag as :meth:`tag_table` gives it, for every word of ``words`` (None for one the
        table lacks), and the other words looked up so far: a word missing from it may still be
        tagged (:meth:`tag_word` knows). With the fast engine, its table (``.get`` only). Read
        it, never change it."""
        if not self._dict_ready:
            return self._eng_tags
        if words and self._tag_index_src is not None:
            tags, look_up = self._tags, self._look_up_tag
            for w in set(words):
                if w not in tags:
                    look_up(w)
        return self._tags

    def _tag_of(self, w: str) -> str | None:
        """The fast table's tag of ``w`` (None: not in it)."""
        if not self._dict_ready:
            return self._eng_tags.get(w)
        t = self._tags.get(w)
        if t is None and self._tag_index_src is not None and w not in self._tags:
            t = self._look_up_tag(w)
        return t

    def _look_up_tag(self, w: str) -> str | None:
        """The fast table's tag of ``w`` (None: not in it), found by binary search in the sorted
        index of the precomputed file and kept in :attr:`_tags` (None for a word it lacks)."""
        index = self._tag_index
        if index is None:
            index = self._tag_index = self._tag_index_src()
        blob, starts, codes, names, extra = index
        lo, hi = 0, len(codes)
        while lo < hi:
            mid = (lo + hi) >> 1
            if blob[starts[mid] : starts[mid + 1] - 1] < w:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(codes) and blob[starts[lo] : starts[lo + 1] - 1] == w:
            t = names[codes[lo]]
        else:
            t = extra.get(w)
        self._tags[w] = t
        return t

    def _pos_tags(self) -> dict[str, str]:
        """jieba.posseg's own table: every dictionary word with its tag, then the domain and
        user words' tags."""
        if self._full_tags is None:
            self._load_dict()
            self._full_tags = self._full_tags_src()
        return self._full_tags


# --------------------------------------------------------------------------- #
# engines: the default (Python, above) or the compiled one (policymine._fastcut)
# --------------------------------------------------------------------------- #

#: the segmentation engines: both give exactly jieba's tokens; "fast" is compiled C
ENGINES = ("default", "fast")
#: the engine that runs, and the one asked for (``$POLICYMINE_ENGINE``, else the default)
_ENGINE = _WANTED = os.environ.get("POLICYMINE_ENGINE", "").strip().lower() or "default"
if _WANTED not in ENGINES:
    _ENGINE = _WANTED = "default"
_ENGINE_WHY: str | None = None  # why "fast" was asked for and the default runs

#: made-up strings the compiled engine must cut exactly as the default before it is used:
#: dictionary words, unknown names (the HMM), digits, decimals, Latin, mixed blocks, spaces, CRLF
_SELF_CHECK = (
    "某市科技局印发《关于加快推进新型工业化的实施意见》，2025年研发投入增长12.5%。",
    "张三丰和李四光在ABC-123号楼讨论GDP、R&D与C++，约3.5亿元\r\n下一行\t制表 全角　空格",
    "鑫淼焱垚犇骉龘䶮𠀀abc.def 1.2.3% x_y #tag& 呵呵哒哒吧",
)


class _SelfCheckFailed(Exception):
    """The compiled engine cut a sample otherwise than the default engine."""


class _Lookup:
    """A read-only table with only ``get(word, default=None)``, as the fast engine answers counts
    and tags: what :attr:`Segmenter.frequencies` and the tag table are used for."""

    __slots__ = ("get",)

    def __init__(self, get) -> None:
        self.get = get


def set_engine(name: str) -> str:
    """Use the segmentation engine ``name`` (:data:`ENGINES`) in this process; the name of the
    one that will run ("fast" falls back to "default" where it is absent or fails its check,
    and :func:`engine` then says why)."""
    global _ENGINE, _ENGINE_WHY, _WANTED
    if name == _WANTED:
        return _ENGINE
    if name not in ENGINES:
        from .errors import UsageError

        raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
    _WANTED, _ENGINE, _ENGINE_WHY = name, name, None
    if name == "fast":
        for seg in _SEGMENTERS.values():
            if seg._fast is None and not seg._start_fast():
                break
    return _ENGINE


def engine() -> tuple[str, str | None]:
    """``(the engine that runs, why "fast" does not where it was asked for, else None)``."""
    return _ENGINE, _ENGINE_WHY


def _one_line(exc: BaseException) -> str:
    text = (getattr(exc, "stderr", None) or str(exc) or type(exc).__name__).strip().splitlines()
    return text[-1][:200] if text else type(exc).__name__


def _load_fastcut():
    """The compiled module: the one installed with the package, else one built in the user
    cache at first use (policymine._build); either must be built from this source."""
    import importlib.util

    from . import _build

    key = _build.source_key() if _build.SOURCE.exists() else None
    try:
        from . import _fastcut

        if key is None or getattr(_fastcut, "SOURCE_KEY", None) == key:
            return _fastcut
    except ImportError:
        pass
    if key is None:
        raise ImportError("policymine._fastcut is not installed")
    folder = cache_dir() / f"fastcut-{key}"
    path = folder / (_build.MODULE + _build.ext_suffix())
    if not path.exists():
        _build.compile_extension(folder)
    spec = importlib.util.spec_from_file_location("policymine._fastcut", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_MAX_RUN = 400  # jieba's HMM is quadratic in the length of a run of unknown characters
_RE_LONG_RUN = re.compile(rf"[^\n。！？；，、,;!?]{{{_MAX_RUN + 1},}}")


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces jieba handles in linear time: runs longer than 400 characters
    without any punctuation (a page of one repeated character) are cut every 400."""
    if not _RE_LONG_RUN.search(text):
        yield text
        return
    pos = 0
    for m in _RE_LONG_RUN.finditer(text):
        if m.start() > pos:
            yield text[pos : m.start()]
        for i in range(m.start(), m.end(), _MAX_RUN):
            yield text[i : min(i + _MAX_RUN, m.end())]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


# jieba's block patterns and HMM module (jieba.finalseg), set when the first Segmenter imports jieba
_JIEBA_BLOCK = _JIEBA_SKIP = _finalseg = None


def _lcut(tok, text: str, out: list[str]) -> None:
    """Append the words of ``text`` to ``out``, as ``tok.lcut(text)`` (HMM on) would give them.

    jieba's accurate mode, rewritten for speed with the same model and the same result: the
    text is split into blocks with jieba's own patterns; in a block, the most probable path
    through the dictionary words is found by dynamic programming from the end (score of a word
    ``log(freq) - log(total)``, ties to the longer word, as in jieba), and runs of single
    characters that are not a dictionary word go to jieba's HMM (``jieba.finalseg``). jieba
    first builds a dict of candidate lists for the whole block, then scores them with a
    generator per character; doing both in one backward pass with no intermediate objects is
    what saves the time. ``tests/test_segment.py`` checks the equality on pages and random text.
    """
    re_block, re_skip = _JIEBA_BLOCK, _JIEBA_SKIP
    freq = tok.FREQ
    logtotal = _log(tok.total)
    scores = tok.__dict__.get("_policymine_scores")
    if scores is None or scores[0] is not freq or scores[1] != logtotal:
        scores = tok._policymine_scores = (freq, logtotal, {})
    # (both patterns are one capturing group: the odd items of a split are its matches)
    for j, blk in enumerate(re_block.split(text)):
        if not blk:
            continue
        if j & 1:
            _cut_block(blk, freq, logtotal, out, scores[2])
        else:
            for i, x in enumerate(re_skip.split(blk)):
                if i & 1:
                    out.append(x)
                else:
                    out.extend(x)


def _cut_block(s: str, freq: dict, logtotal: float, out: list[str], scores: dict | None = None) -> None:
    """The words of one block (see :func:`_lcut`). ``scores``: dictionary entry -> its score
    ``log(freq) - logtotal`` (1.0 for a prefix that is no word), filled as entries are met: the
    same floats, one lookup instead of a lookup and a log. It holds dictionary entries only."""
    n = len(s)
    get = freq.get
    if scores is None:
        scores = {}
    look = scores.get
    log = _log
    score = [0.0] * (n + 1)  # best log-probability of s[k:]
    end = list(range(n + 1))  # last index of the first word on that best path
    for k in range(n - 1, -1, -1):
        best = _NO_SCORE
        i = k
        frag = s[k]
        while True:  # every dictionary word starting at k (prefixes are in freq with 0)
            v = look(frag)
            if v is None:
                f = get(frag)
                if f is None:
                    break
                v = scores[frag] = log(f) - logtotal if f else 1.0
            if v < 1.0:
                sc = v + score[i + 1]  # same operation order as jieba: same floats
                if sc >= best:
                    best = sc
                    end[k] = i
            i += 1
            if i >= n:
                break
            frag = s[k : i + 1]
        if best is _NO_SCORE:  # no word starts here: the character alone
            best = log(get(s[k]) or 1) - logtotal + score[k + 1]
        score[k] = best
    x = 0
    run = -1  # start of a run of single characters
    while x < n:
        y = end[x] + 1
        if y - x == 1:
            if run < 0:
                run = x
        else:
            if run >= 0:
                _flush_run(s[run:x], get, out)
                run = -1
            out.append(s[x:y])
        x = y
    if run >= 0:
        _flush_run(s[run:n], get, out)


_NO_SCORE = float("-inf")  # (no word's score: log of a count over the total, plus finite scores)


def _flush_run(buf: str, get, out: list[str]) -> None:
    """Single characters in a row: the HMM finds words in them unless they form a known word."""
    if len(buf) == 1:
        out.append(buf)
    elif not get(buf):
        _hmm_words(buf, out)
    else:
        out.extend(buf)


def _hmm_words(sentence: str, out: list[str]) -> None:
    """Append ``jieba.finalseg.cut(sentence)`` to ``out``: the same blocks, the same model and
    the same Viterbi path (its sums in jieba's order, its ties as jieba's ``max`` of
    ``(prob, state)`` breaks them), by back pointers instead of a copied path per state."""
    fs = _finalseg
    re_han, force = fs.re_han, fs.Force_Split_Words
    for blk in re_han.split(sentence):
        if not blk:
            continue
        if re_han.match(blk):
            for word in _viterbi_words(blk, fs):
                if word not in force:
                    out.append(word)
                else:
                    out.extend(word)
        else:
            out.extend(x for x in fs.re_skip.split(blk) if x)


def _viterbi_words(s: str, fs) -> list[str]:
    """The words of ``jieba.finalseg.__cut(s)``, for a run of Han characters."""
    low = fs.MIN_FLOAT
    start, trans, emit = fs.start_P, fs.trans_P, fs.emit_P
    eb, em, ee, es = emit["B"].get, emit["M"].get, emit["E"].get, emit["S"].get
    t_eb, t_sb = trans["E"].get("B", low), trans["S"].get("B", low)
    t_mm, t_bm = trans["M"].get("M", low), trans["B"].get("M", low)
    t_ss, t_es = trans["S"].get("S", low), trans["E"].get("S", low)
    t_be, t_me = trans["B"].get("E", low), trans["M"].get("E", low)
    c = s[0]
    vb, vm, ve, vs = (start["B"] + eb(c, low), start["M"] + em(c, low), start["E"] + ee(c, low),
                      start["S"] + es(c, low))
    back = []  # per character after the first: the state before it, for B, M, E, S
    for c in s[1:]:
        e = eb(c, low)
        x, y = ve + t_eb + e, vs + t_sb + e  # B after E or S
        nb, pb = (y, "S") if y >= x else (x, "E")
        e = em(c, low)
        x, y = vm + t_mm + e, vb + t_bm + e  # M after M or B
        nm, pm = (x, "M") if x >= y else (y, "B")
        e = es(c, low)
        x, y = vs + t_ss + e, ve + t_es + e  # S after S or E
        ns, ps = (x, "S") if x >= y else (y, "E")
        e = ee(c, low)
        x, y = vb + t_be + e, vm + t_me + e  # E after B or M
        ne, pe = (y, "M") if y >= x else (x, "B")
        back.append((pb, pm, pe, ps))
        vb, vm, ve, vs = nb, nm, ne, ns
    state = "S" if vs >= ve else "E"
    n = len(s)
    pos = [state] * n
    for t in range(n - 1, 0, -1):
        state = back[t - 1]["BMES".index(state)]
        pos[t - 1] = state
    words = []
    begin = nexti = 0
    for i, p in enumerate(pos):
        if p == "B":
            begin = i
        elif p == "E":
            words.append(s[begin : i + 1])
            nexti = i + 1
        elif p == "S":
            words.append(s[i])
            nexti = i + 1
    if nexti < n:
        words.append(s[nexti:])
    return words


def _import_jieba():
    """``import jieba`` without the 0.2 s of ``pkg_resources`` that ``jieba._compat`` imports
    only to open its own data files (it opens them by path when the import fails)."""
    import sys

    if "jieba.finalseg" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import raise
    try:
        import jieba
        import jieba.finalseg
    finally:
        if block and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


# --------------------------------------------------------------------------- #
# the dictionary's state, precomputed: one file per set of dictionaries
# --------------------------------------------------------------------------- #

#: bump when what the file holds or how it is built changes
_STATE_FORMAT = 4
_STATE_MAGIC = b"policymine-dictionary\n"


def _dictionary_key(user_dicts: tuple[str, ...]) -> str:
    """A hash of everything the dictionary is built from: jieba's dict.txt, the domain
    dictionary and the user's dictionaries (contents, in order), and this file's format."""
    import hashlib
    from importlib import resources as ir

    from .errors import ResourceError

    jieba = _import_jieba()
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_STATE_FORMAT} {getattr(jieba, '__version__', '')}\n".encode())
    with jieba.Tokenizer().get_dict_file() as fh:
        h.update(fh.read())
    parts = [(ir.files("policymine") / "data" / "userdict.txt").read_bytes()]
    for path in user_dicts:
        try:
            parts.append(Path(path).read_bytes())
        except OSError as exc:
            raise ResourceError(f"cannot read dictionary {path}: {exc}") from None
    for data in parts:
        h.update(b"\0%d\0" % len(data))
        h.update(data)
    return h.hexdigest()


def _state_paths(key: str) -> list[Path]:
    import tempfile

    name = f"dictionary-{key}.bin"
    return [cache_dir() / name, Path(tempfile.gettempdir()) / "policymine-cache" / name]


def _read_state(key: str):
    """``(FREQ, total, fast index, fast tags, full tags, added words' tags)`` from the precomputed
    file (the index and the two tag tables as functions that build them), or None when there is
    none or it cannot be read."""
    for path in _state_paths(key):
        state = _load_state(path)
        if state is None:
            continue
        (_fmt, total, words, freqs, names, fast_words, fast_starts, fast_tags, _full_mask, _full_tags, extra,
         added) = state
        return (*_unpack(path, total, words, freqs, names, fast_words, fast_starts, fast_tags, extra), added)
    return None


def _load_state(path: Path) -> tuple | None:
    """The fields of one precomputed file, or None when it is missing, damaged or of another format."""
    import marshal

    try:
        with path.open("rb") as fh:
            if fh.read(len(_STATE_MAGIC)) != _STATE_MAGIC:
                return None
            state = marshal.load(fh)
        if not isinstance(state, tuple) or len(state) != 12 or state[0] != _STATE_FORMAT:
            return None
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return state


def _unpack(path, total, words, freqs, names, fast_words, fast_starts, fast_tags, extra):
    """``(FREQ, total, fast index, fast table, full table)``, the last three as functions that
    build them.

    The fast table is looked up through its index (:meth:`Segmenter._look_up_tag`): its words
    sorted, in one string, with their offsets and their tags' numbers in arrays. Building the
    index takes a few milliseconds, the whole table (a quarter of a million words) a tenth of a
    second. Nothing here keeps a list of the dictionary's words: the garbage collector would
    visit its half a million strings at every full collection (10-17 ms, not 3); FREQ, a dict
    of strings to ints, is one it does not track. The full table (only ``pos_tag`` reads it) is
    read from the file again when asked for (None when the file is gone): the dictionary's
    words need not stay in memory for it.
    """
    from array import array
    from itertools import compress

    keys = words.decode("utf-8").split("\n") if words else []
    counts = array("q")
    counts.frombytes(freqs)
    freq = dict(zip(keys, counts.tolist()))
    del counts, keys

    def fast_index() -> tuple[str, array, bytes, tuple[str, ...], dict[str, str]]:
        starts = array("I")
        starts.frombytes(fast_starts)
        return fast_words.decode("utf-8"), starts, fast_tags, names, extra[0]

    def fast_table() -> dict[str, str]:
        listed = fast_words.decode("utf-8").split("\n") if fast_tags else []
        out = dict(zip(listed, map(names.__getitem__, fast_tags)))
        out.update(extra[0])
        return out

    def full_table() -> dict[str, str] | None:
        state = _load_state(path)
        if state is None:
            return None
        words, names, full_mask, full_tags, extra = state[2], state[4], state[8], state[9], state[10]
        keys = words.decode("utf-8").split("\n") if words else []
        out = dict(zip(compress(keys, full_mask), map(names.__getitem__, full_tags)))
        out.update(extra[1])
        return out

    return freq, total, fast_index, fast_table, full_table


def _tag_tables(tok, added_tags: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The two word -> tag tables: jieba's dictionary file's tags, then the added words'.

    The fast one (for :meth:`Segmenter.tag_word`) leaves out the dictionary's words tagged
    ``n``, a third of them: ``tag_word`` gives ``n`` to a Chinese word it does not find. The
    full one is jieba.posseg's (:meth:`Segmenter.pos_tag` must tag as it does)."""
    full: dict[str, str] = {}
    with tok.get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                full[parts[0]] = parts[2]
    fast = {w: t for w, t in full.items() if t != "n"}
    full.update(added_tags)
    fast.update(added_tags)
    return fast, full


def _write_state(key: str, tok, fast: dict[str, str], full: dict[str, str], added: dict[str, str]) -> None:
    """Save the built dictionary (counts and both tag tables) for the next start."""
    import marshal
    import tempfile
    from array import array

    freq = tok.FREQ
    keys = list(freq)
    if any("\n" in k for k in keys):
        return  # cannot happen with whitespace-separated dictionaries; never store it wrong
    names = sorted(set(full.values()))
    if len(names) > 255:
        return  # cannot happen with jieba's tag set (a byte a tag); never store it wrong
    index = {t: i for i, t in enumerate(names)}

    def pack(table: dict[str, str]) -> tuple[bytes, bytes, dict[str, str]]:
        mask = bytes(w in table for w in keys)
        tags = bytes(index[table[w]] for w in keys if w in table)
        extra = {w: t for w, t in table.items() if w not in freq}
        return mask, tags, extra

    # the fast table as an index: its words (those in FREQ) sorted, joined by line breaks, the
    # offset where each starts (and, last, the length of the text plus one), their tags' numbers
    listed = sorted(w for w in fast if w in freq)
    starts = array("I", [0])
    for w in listed:
        starts.append(starts[-1] + len(w) + 1)
    fast_words = "\n".join(listed).encode("utf-8")
    fast_tags = bytes(index[fast[w]] for w in listed)
    fast_extra = {w: t for w, t in fast.items() if w not in freq}
    full_mask, full_tags, full_extra = pack(full)
    state = (
        _STATE_FORMAT,
        tok.total,
        "\n".join(keys).encode("utf-8"),
        array("q", freq.values()).tobytes(),
        tuple(names),
        fast_words,
        starts.tobytes(),
        fast_tags,
        full_mask,
        full_tags,
        (fast_extra, full_extra),
        dict(added),
    )
    for path in _state_paths(key):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".dictionary-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_STATE_MAGIC)
                    marshal.dump(state, fh)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            return
        except OSError:
            continue


_SEGMENTERS: dict[tuple[str, ...], Segmenter] = {}


def get_segmenter(user_dicts: tuple[str, ...] = ()) -> Segmenter:
    """A shared :class:`Segmenter` for the given user dictionaries (built once per process)."""
    key = tuple(user_dicts)
    seg = _SEGMENTERS.get(key)
    if seg is None:
        seg = _SEGMENTERS[key] = Segmenter(key)
    return seg


def words(text: str, user_dicts: tuple[str, ...] = ()) -> list[str]:
    """Segment ``text`` into words with the domain dictionary."""
    return get_segmenter(user_dicts).words(text)


def tokenize(text: str, user_dicts: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """Segment ``text`` into ``(word, start, end)`` triples."""
    return list(get_segmenter(user_dicts).tokenize(text))


def pos_tag(text: str, user_dicts: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Part-of-speech tag ``text`` with jieba.posseg (tags such as ``n``, ``v``, ``ns``, ``nt``)."""
    return get_segmenter(user_dicts).pos_tag(text)

