""":mod:`policymine.segment`: word segmentation with jieba and a policy-domain dictionary.

This is the only module that imports jieba. It owns one :class:`jieba.Tokenizer`
per set of user dictionaries (never jieba's module-level global), keeps jieba's
prefix-dictionary cache in the user cache folder (``$XDG_CACHE_HOME/policymine``)
rather than the temp dir or the working directory, and silences jieba's logger.

Offsets returned by :func:`tokenize` are character offsets into the text given.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from math import log as _log
from pathlib import Path

from . import resources
from .lang import RE_HAN as _RE_HAN

__all__ = ["Segmenter", "get_segmenter", "words", "tokenize", "pos_tag", "cache_dir", "loaded_dictionaries"]

#: how many jieba dictionaries this process has loaded (one per :class:`Segmenter`); a run
#: builds one segmenter and hands it to every stage, so this stays at 1
_LOADS = 0


def loaded_dictionaries() -> int:
    """How many jieba dictionaries (one per :class:`Segmenter`) this process has loaded."""
    return _LOADS


def cache_dir() -> Path:
    """Where jieba's prefix-dictionary cache lives (created on demand)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "policymine"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only home: fall back to the temp dir
        import tempfile

        path = Path(tempfile.gettempdir()) / "policymine-cache"
        path.mkdir(parents=True, exist_ok=True)
    return path


class Segmenter:
    """A jieba tokenizer loaded with the package's domain dictionary and any user dictionaries.

    Args:
        user_dicts: extra dictionaries in jieba's format (``word [freq] [tag]`` a line).
    """

    def __init__(self, user_dicts: Iterable[str | os.PathLike] = ()) -> None:
        import jieba
        import jieba.finalseg

        global _JIEBA_BLOCK, _JIEBA_SKIP, _hmm_cut, _LOADS
        _JIEBA_BLOCK, _JIEBA_SKIP, _hmm_cut = jieba.re_han_default, jieba.re_skip_default, jieba.finalseg.cut
        logging.getLogger("jieba").setLevel(logging.ERROR)
        jieba.setLogLevel(logging.ERROR)
        self._tok = jieba.Tokenizer()
        self._tok.tmp_dir = str(cache_dir())
        self._tok.initialize()
        _LOADS += 1
        # the tags of added words, kept here: jieba.posseg moves the tokenizer's own table of
        # them into its tagger the first time it cuts, and leaves the tokenizer's empty
        self._added_tags: dict[str, str] = {}
        for word, freq, tag in resources.domain_words():
            self._add(word, freq, tag)
        for path in user_dicts:
            self._load_user_dict(Path(path))
        self._pos = None
        self._tags: dict[str, str] | None = None
        self.user_dicts = tuple(str(p) for p in user_dicts)

    @property
    def frequencies(self) -> dict[str, int]:
        """Word -> count in the dictionary (jieba's, the domain words and the user's; prefixes
        of words count 0). Read it, never change it: the segmenter's words come from it."""
        return self._tok.FREQ

    @property
    def total(self) -> int:
        """The sum of the dictionary's counts (``log(freq / total)`` is a word's score)."""
        return self._tok.total

    def known(self, word: str) -> bool:
        """Is ``word`` a word of the dictionary (jieba's, the domain words or the user's)?"""
        return bool(self._tok.FREQ.get(word))

    def is_idiom(self, word: str) -> bool:
        """Is ``word`` an idiom or set phrase by the dictionary's tags (``i``, ``l``)?"""
        return self._word_tags().get(word) in ("i", "l")

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
        out: list[str] = []
        for piece in _pieces(text):
            _lcut(self._tok, piece, out)
        return out

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

            # built around our tokenizer and word-tag table: POSTokenizer() would read the
            # whole dictionary file again (about half a second)
            pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
            pos.tokenizer = self._tok
            # jieba.posseg's own table: every dictionary word with its tag (the fast table
            # leaves out the words tagged n), then the domain and user words' tags
            table = _load_word_tags(self._tok, full=True)
            table.update(self._added_tags)
            pos.word_tag_tab = table
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
        t = self._word_tags().get(w)
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
        """Word -> tag for the dictionary's words that are not tagged ``n`` (see :meth:`tag_word`)."""
        return self._word_tags()

    def _word_tags(self) -> dict[str, str]:
        if self._tags is None:
            self._tags = _load_word_tags(self._tok)
            self._tags.update(self._added_tags)
        return self._tags


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


# jieba's block patterns and HMM cutter, set when the first Segmenter imports jieba
_JIEBA_BLOCK = _JIEBA_SKIP = _hmm_cut = None


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
    for blk in re_block.split(text):
        if not blk:
            continue
        if re_block.match(blk):
            _cut_block(blk, freq, logtotal, out)
        else:
            for x in re_skip.split(blk):
                if re_skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)


def _cut_block(s: str, freq: dict, logtotal: float, out: list[str]) -> None:
    n = len(s)
    get = freq.get
    log = _log
    score = [0.0] * (n + 1)  # best log-probability of s[k:]
    end = list(range(n + 1))  # last index of the first word on that best path
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = s[k]
        while True:  # every dictionary word starting at k (prefixes are in freq with 0)
            f = get(frag)
            if f is None:
                break
            if f:
                sc = log(f) - logtotal + score[i + 1]  # same operation order as jieba: same floats
                if best is None or sc >= best:
                    best = sc
                    end[k] = i
            i += 1
            if i >= n:
                break
            frag = s[k : i + 1]
        if best is None:  # no word starts here: the character alone
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


def _flush_run(buf: str, get, out: list[str]) -> None:
    """Single characters in a row: the HMM finds words in them unless they form a known word."""
    if len(buf) == 1:
        out.append(buf)
    elif not get(buf):
        out.extend(_hmm_cut(buf))
    else:
        out.extend(buf)


def _load_word_tags(tok, full: bool = False) -> dict[str, str]:
    """jieba's dictionary word -> POS tag, cached (marshal) beside jieba's own cache.

    Words tagged ``n`` are left out unless ``full``: :meth:`Segmenter.tag_word` gives ``n`` to
    a Chinese word it does not find, so the table is a third smaller and loads a third faster.
    ``full`` (for :meth:`Segmenter.pos_tag`, which must tag as jieba.posseg does) keeps them."""
    import marshal

    dict_path = tok.get_dict_file().name if hasattr(tok.get_dict_file(), "name") else ""
    cache = cache_dir() / ("word_tags.full.v1.marshal" if full else "word_tags.v2.marshal")
    try:
        if cache.exists() and (not dict_path or cache.stat().st_mtime >= os.path.getmtime(dict_path)):
            with cache.open("rb") as fh:
                return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tags: dict[str, str] = {}
    with tok.get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) == 3 and (full or parts[2] != "n"):  # "n", a third of them, is the default anyway
                tags[parts[0]] = parts[2]
    try:
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=cache_dir())
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(tags, fh)
        os.replace(tmp, cache)
    except OSError:
        pass
    return tags


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

