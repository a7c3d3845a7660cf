""":mod:`policymine.convert`: script detection and conversion with OpenCC's data and algorithm.

The dictionaries and configurations are OpenCC's own (``policymine/data/opencc/``, Apache-2.0;
``tools/opencc_data.py`` rebuilds them from an OpenCC release). A configuration converts in
OpenCC's way:

1. *normalization*: its chain (CJK compatibility ideographs to unified ones) over the whole text;
2. *segmentation* (``mmseg``, where the configuration has one): maximum forward matching over
   the segmentation dictionary cuts the text into the phrases found and the runs between them;
3. *conversion chain*: each segment goes through every conversion in turn; a conversion is
   maximum forward matching over its dictionary group. At each position a ``short_circuit``
   group takes the longest key of its first dictionary holding a key there, a ``union`` group
   the longest key of all; what no key covers is copied, an ideographic description sequence
   (``⿰木木``) as one piece.

Each conversion is built once into a pattern of its phrase keys plus a ``str.translate`` table
of its one-character dictionaries, so the characters between phrases are converted at C speed;
the large ``s2t`` phrase table is walked with a prefix dictionary instead (a pattern of 50,000
phrases takes seconds to compile). :func:`_reference_convert` does the same step by step and
is what the tests compare with; text holding an ideographic description character is converted
by it.

:func:`detect_script` counts characters that exist only in one script (OpenCC's character
tables), and :func:`to_simplified` converts only the lines holding a traditional-only
character. Nothing is read before the first call.

Where the C++ OpenCC is installed (``policymine[opencc]``) and passes its self-check, it does the
conversions, on these same dictionaries and with the same output (:mod:`policymine.opencc_cpp`).
"""

from __future__ import annotations

import functools
from collections import Counter

from .compiled import re
from .errors import ResourceError

__all__ = [
    "CONFIGS",
    "convert",
    "count_script",
    "detect_script",
    "has_traditional",
    "script_chars",
    "to_simplified",
    "to_traditional",
]

# the OpenCC configurations shipped: traditional (OpenCC standard, Hong Kong, Taiwan, Taiwan with
# mainland phrases) to simplified, and simplified to traditional
CONFIGS = ("t2s", "hk2s", "tw2s", "tw2sp", "s2t")
# ideographic description characters (U+2FF0..U+2FFF) and how many operands each takes
_IDS_ARITY = {cp: 3 if cp in (0x2FF2, 0x2FF3) else 1 if cp in (0x2FFE, 0x2FFF) else 2 for cp in range(0x2FF0, 0x3000)}
_IDS_SEARCH = re.compile("[\u2ff0-\u2fff]").search
_IDS_MAX_DEPTH = 16
_IDS_MAX_CHARS = 64
# above this many phrase keys a conversion walks a prefix dictionary instead of compiling a pattern
_PATTERN_MAX_KEYS = 5000
_FAN = 8  # branches tried one after the other at a node of a phrase pattern


_ENTRY = re.compile(r"^([^#\t\r\n][^\t\r\n]*)\t([^ \t\r\n]+)[^\n]*$", re.MULTILINE)  # key, first value


def _read(name: str) -> str:
    from importlib import resources as _ir

    try:
        return _ir.files("policymine").joinpath("data", "opencc", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"package data file missing: policymine/data/opencc/{name}") from None


@functools.cache
def _dictionary(name: str) -> dict[str, str]:
    """An OpenCC text dictionary (``key<TAB>value value ...``, ``#`` comment lines): key -> its
    first value, the one OpenCC converts to."""
    text = _read(name)
    pairs = _ENTRY.findall(text)  # the fast way; the line by line one below names a bad line
    out = dict(pairs)
    if len(out) == len(pairs) == sum(1 for line in text.splitlines() if line.strip() and not line.startswith("#")):
        return out
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, values = line.partition("\t")
        value = values.split(" ")[0]
        if not tab or not key or not value or key in out:
            raise ResourceError(f"policymine/data/opencc/{name}, line {lineno}: expected a new key, a tab and values: {line!r}")
        out[key] = value
    return out


def _levels(node: dict) -> list[dict[str, str]]:
    """A dictionary of a configuration as the dictionaries tried one after the other (a
    ``short_circuit`` group); a ``union`` group becomes one dictionary, the first holding a key
    giving its value (as OpenCC's merged trie does)."""
    kind = node.get("type")
    if kind == "group":
        children = [_levels(d) for d in node.get("dicts", ())]
        policy = node.get("match_policy", "short_circuit")
        if policy == "short_circuit":
            return [level for child in children for level in child]
        if policy == "union" and all(len(child) <= 1 for child in children):
            merged: dict[str, str] = {}
            for child in reversed(children):  # the first dictionary's value wins
                merged.update(child[0] if child else {})
            return [merged] if merged else []
        raise ResourceError(f"unsupported OpenCC dictionary group: {policy!r}")
    if kind in ("ocd2", "ocd", "text") and "file" in node:
        return [_dictionary(node["file"].rsplit(".", 1)[0] + ".txt")]
    raise ResourceError(f"unsupported OpenCC dictionary: {node!r}")


# --- the reference: OpenCC's algorithm step by step ------------------------------------------


def _ids_length(text: str, i: int) -> int:
    """Length of the complete ideographic description sequence starting at ``i`` (0 if none)."""
    if ord(text[i]) not in _IDS_ARITY:
        return 0
    n = len(text)
    count = 0

    def consume(pos: int, depth: int) -> int:  # its length, -1 when incomplete or invalid
        nonlocal count
        if pos >= n or depth == 0 or count >= _IDS_MAX_CHARS:
            return -1
        count += 1
        arity = _IDS_ARITY.get(ord(text[pos]), 0)
        end = pos + 1
        for _ in range(arity):
            size = consume(end, depth - 1)
            if size < 0:
                return -1
            end += size
        return end - pos

    return max(consume(i, _IDS_MAX_DEPTH), 0)


def _fmm(levels: list[dict[str, str]], text: str):
    """Maximum forward matching: ``(piece, value)``, value ``None`` where no key matched."""
    longest = [max(map(len, level), default=0) for level in levels]
    i, n = 0, len(text)
    while i < n:
        for level, size in zip(levels, longest):
            j = min(n, i + size)
            while j > i and text[i:j] not in level:
                j -= 1
            if j > i:
                yield text[i:j], level[text[i:j]]
                i = j
                break
        else:
            j = i + (_ids_length(text, i) or 1)
            yield text[i:j], None
            i = j


def _reference_step(levels: list[dict[str, str]], text: str) -> str:
    return "".join(piece if value is None else value for piece, value in _fmm(levels, text))


def _reference_segments(levels: list[dict[str, str]], text: str) -> list[str]:
    segments, run = [], []
    for piece, value in _fmm(levels, text):
        if value is None:
            run.append(piece)
        else:
            if run:
                segments.append("".join(run))
                run = []
            segments.append(piece)
    if run:
        segments.append("".join(run))
    return segments


def _reference_convert(text: str, config: str = "t2s") -> str:
    """OpenCC's conversion of ``text`` with ``config``, one position at a time (slow, exact)."""
    return _chain(config).reference(text)


# --- the fast conversion ----------------------------------------------------------------------


def _trie_pattern(keys) -> str:
    """A pattern matching the longest of ``keys`` at a position, nested by shared prefix; where a
    node has many branches they are split by lookaheads on their first characters, so that a
    position tries a few character classes rather than thousands of branches."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = None

    def alternation(chars: list[str], branches: list[str]) -> str:
        if len(branches) == 1:
            return branches[0]
        if len(branches) <= _FAN:
            return "(?:" + "|".join(branches) + ")"
        size = -(-len(branches) // _FAN)
        parts = []
        for i in range(0, len(branches), size):
            group = chars[i : i + size]
            # the branches are sorted: a range from the first to the last one's character
            parts.append(f"(?=[{re.escape(group[0])}-{re.escape(group[-1])}])" + alternation(group, branches[i : i + size]))
        return "(?:" + "|".join(parts) + ")"

    def pattern(node: dict) -> str:
        items = sorted((ch, sub) for ch, sub in node.items() if ch)
        if not items:
            return ""
        body = alternation([ch for ch, _ in items], [re.escape(ch) + pattern(sub) for ch, sub in items])
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _char_class(chars) -> str:
    """A pattern matching one of ``chars``, as ranges of code points. ``re`` tests a character
    of the Basic Multilingual Plane against a bitmap but the others one by one: they get their
    own class, tried only on a character outside the BMP."""
    codes = sorted(set(map(ord, chars)))
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1 and (c < 0x10000) == (runs[-1][0] < 0x10000):
            runs[-1][1] = c
        else:
            runs.append([c, c])

    def cls(part):
        return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in part) + "]"

    bmp = [r for r in runs if r[0] < 0x10000]
    astral = [r for r in runs if r[0] >= 0x10000]
    parts = ([cls(bmp)] if bmp else []) + (["(?=[\U00010000-\U0010ffff])" + cls(astral)] if astral else [])
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class _Step:
    """One conversion: maximum forward matching over dictionaries tried one after the other.

    The trailing dictionaries whose keys are single characters become one ``str.translate``
    table; the others (phrases) are found by one pattern (a capturing group per dictionary, in
    order, so the first dictionary matching at a position wins, with its longest key), or by a
    prefix-dictionary walk when they are large.
    """

    def __init__(self, levels: list[dict[str, str]]):
        levels = [level for level in levels if level]
        cut = len(levels)
        while cut and all(len(k) == 1 for k in levels[cut - 1]):
            cut -= 1
        self.phrases = levels[:cut]
        chars: dict[str, str] = {}
        for level in levels[cut:]:
            for k, v in level.items():
                chars.setdefault(k, v)
        self.chars = chars
        self.table = {ord(k): v for k, v in chars.items()}
        self.pattern = None
        self.walk: list[tuple[dict[str, str], dict[str, str]]] = []
        # a pure table: most texts hold none of its characters (compatibility ideographs)
        self.any_char = None if self.phrases or not chars else re.compile(_char_class(chars))
        if not self.phrases:
            return
        if sum(map(len, self.phrases)) <= _PATTERN_MAX_KEYS:
            # the lookahead on the first characters lets a position fail with one class test
            first = "(?=" + _char_class(k[0] for level in self.phrases for k in level) + ")"
            if len(self.phrases) == 1:
                self.pattern = re.compile(first + "(?:" + _trie_pattern(self.phrases[0]) + ")")
            else:
                self.pattern = re.compile(first + "(?:" + "|".join(f"({_trie_pattern(level)})" for level in self.phrases) + ")")
        else:
            # key or prefix of two characters or more -> its value, or "" for a prefix only
            for level in self.phrases:
                walk = dict.fromkeys({k[:j] for k in level for j in range(2, len(k))}, "")
                walk.update((k, v) for k, v in level.items() if len(k) > 1)
                self.walk.append((walk, {k: v for k, v in level.items() if len(k) == 1}))

    def matches(self, text: str):
        """``(start, end, value)`` of the phrases found, left to right."""
        if self.pattern is not None:
            if len(self.phrases) == 1:
                level = self.phrases[0]
                for m in self.pattern.finditer(text):
                    yield m.start(), m.end(), level[m.group()]
            else:
                for m in self.pattern.finditer(text):
                    yield m.start(), m.end(), self.phrases[m.lastindex - 1][m.group()]
            return
        if self.walk:
            yield from self._walk_matches(text)

    def _walk_matches(self, text: str):
        n = len(text)
        if len(self.walk) == 1 and not self.walk[0][1]:  # one dictionary of phrases only (s2t)
            get = self.walk[0][0].get
            i = 0
            while i < n - 1:
                value = get(text[i : i + 2])
                if value is None:
                    i += 1
                    continue
                end, j = 0, i + 2
                while value is not None:
                    if value:
                        end, found = j, value
                    j += 1
                    value = get(text[i:j]) if j <= n else None
                if end:
                    yield i, end, found
                    i = end
                else:
                    i += 1
            return
        i = 0
        while i < n:
            end = 0
            for walk, singles in self.walk:
                j = i + 2
                value = walk.get(text[i:j]) if j <= n else None
                while value is not None:
                    if value:
                        end, found = j, value
                    j += 1
                    value = walk.get(text[i:j]) if j <= n else None
                if not end and singles and text[i] in singles:
                    end, found = i + 1, singles[text[i]]
                if end:
                    break
            if end:
                yield i, end, found
                i = end
            else:
                i += 1

    def __call__(self, text: str) -> str:
        if self.any_char is not None and self.any_char.search(text) is None:
            return text
        table = self.table
        out = []
        pos = 0
        for i, j, value in self.matches(text):
            if i > pos:
                out.append(text[pos:i].translate(table))
            out.append(value)
            pos = j
        if not out:
            return text.translate(table)
        out.append(text[pos:].translate(table))
        return "".join(out)

    def segments(self, text: str):
        """``(segment, matched)``: the keys found and the runs of text between them."""
        pos = 0
        for i, j, _ in self.matches(text):
            if i > pos:
                yield from self._split_run(text[pos:i])
            yield text[i:j], True
            pos = j
        if pos < len(text):
            yield from self._split_run(text[pos:])

    def _split_run(self, run: str):
        if not self.chars or self.chars.keys().isdisjoint(run):
            yield run, False
            return
        start = 0
        for k, ch in enumerate(run):
            if ch in self.chars:
                if k > start:
                    yield run[start:k], False
                yield ch, True
                start = k + 1
        if start < len(run):
            yield run[start:], False


class _Chain:
    """An OpenCC configuration, built once."""

    def __init__(self, spec: dict):
        try:
            self.normalization_levels = [_levels(c["dict"]) for c in spec.get("normalization", ())]
            seg = spec.get("segmentation")
            if seg is not None and seg.get("type") != "mmseg":
                raise ResourceError(f"unsupported OpenCC segmentation: {seg.get('type')!r}")
            self.segmentation_levels = None if seg is None else _levels(seg["dict"])
            self.conversion_levels = [_levels(c["dict"]) for c in spec["conversion_chain"]]
        except (KeyError, TypeError, AttributeError) as e:
            raise ResourceError(f"malformed OpenCC configuration: {e!r}") from None
        self.normalization = [_Step(levels) for levels in self.normalization_levels if levels]
        self.segmentation = None if self.segmentation_levels is None else _Step(self.segmentation_levels)
        self.conversions = [_Step(levels) for levels in self.conversion_levels if levels]
        self.memo: dict[str, str] = {}  # converted segments that are dictionary keys (finitely many)

    def reference(self, text: str) -> str:
        """The conversion one position at a time, straight from the dictionaries."""
        for levels in self.normalization_levels:
            text = _reference_step(levels, text)
        seg = self.segmentation_levels
        out = []
        for segment in [text] if seg is None else _reference_segments(seg, text):
            for levels in self.conversion_levels:
                segment = _reference_step(levels, segment)
            out.append(segment)
        return "".join(out)

    def _convert_segment(self, segment: str) -> str:
        for step in self.conversions:
            segment = step(segment)
        return segment

    def convert(self, text: str) -> str:
        if _IDS_SEARCH(text) is not None:
            return self.reference(text)  # ideographic description sequences are kept whole
        for step in self.normalization:
            text = step(text)
        if self.segmentation is None:
            return self._convert_segment(text)
        memo = self.memo
        out = []
        for segment, matched in self.segmentation.segments(text):
            if matched:
                converted = memo.get(segment)
                if converted is None:
                    converted = memo[segment] = self._convert_segment(segment)
                out.append(converted)
            else:
                out.append(self._convert_segment(segment))
        return "".join(out)


@functools.cache
def _chain(config: str) -> _Chain:
    import json

    if config not in CONFIGS:
        raise ValueError(f"unknown OpenCC configuration {config!r} (one of {', '.join(CONFIGS)})")
    try:
        spec = json.loads(_read(f"{config}.json"))
    except json.JSONDecodeError as e:
        raise ResourceError(f"policymine/data/opencc/{config}.json: {e}") from None
    return _Chain(spec)


def convert(text: str, config: str = "t2s") -> str:
    """OpenCC's conversion of the whole of ``text`` with ``config`` (one of :data:`CONFIGS`):
    the same output as OpenCC 1.4's ``opencc -c config``."""
    if not text:
        return text
    fast = _fast(config)
    if fast is not None:
        out = fast(text)
        if out is not None:
            return out
    return _chain(config).convert(text)


def _fast(config: str):
    """The C++ OpenCC's conversion with ``config`` where it is installed and passes its
    self-check (:mod:`policymine.opencc_cpp`), else ``None``."""
    if config not in CONFIGS:
        return None
    from .opencc_cpp import converter

    return converter(config)


# --- scripts ------------------------------------------------------------------------------------


@functools.cache
def script_chars() -> tuple[frozenset[str], frozenset[str]]:
    """``(traditional-only, simplified-only)`` characters, from OpenCC's TS/ST character tables:
    those ``t2s`` changes and ``s2t`` does not know, and the other way round."""
    ts = _dictionary("TSCharacters.txt") | _dictionary("TSCharactersExt.txt")  # traditional -> simplified, as t2s
    st = _dictionary("STCharacters.txt")  # simplified -> traditional
    trad = frozenset(c for c, s in ts.items() if s != c and c not in st)
    simp = frozenset(c for c, t in st.items() if t != c and c not in ts)
    return trad, simp


def count_script(text: str) -> tuple[int, int]:
    """Numbers of traditional-only and simplified-only characters in ``text`` (at C speed: one
    count of every character, then the sums over the page's few thousand distinct ones)."""
    trad, simp = script_chars()
    counts = Counter(text)
    return sum(counts[c] for c in trad.intersection(counts)), sum(counts[c] for c in simp.intersection(counts))


def detect_script(text: str) -> str:
    """``"traditional"`` when traditional-only characters outnumber simplified-only ones."""
    if not has_traditional(text):
        return "simplified"  # no need to count
    t, s = count_script(text)
    return "traditional" if t > s else "simplified"


def has_traditional(text: str) -> bool:
    """Does ``text`` hold a traditional-only character? A set test at C speed that stops at
    the first hit: 4x faster than counting."""
    return not script_chars()[0].isdisjoint(text)


# regional forms a line may hold without any traditional-only character (衞, 着 ...): the keys of
# the variant table a regional configuration reads first
_REGIONAL_VARIANTS = {"hk2s": "HKVariantsRev.txt", "tw2s": "TWVariantsRev.txt"}


@functools.cache
def _source_chars(config: str) -> frozenset[str] | None:
    """Characters that make a line worth converting with ``config`` (``None``: every line is)."""
    if config == "tw2sp":
        return None  # Taiwan vocabulary (演算法 -> 算法) is written in characters of both scripts
    trad = script_chars()[0]
    if config not in _REGIONAL_VARIANTS:
        return trad
    return trad | {k for k, v in _dictionary(_REGIONAL_VARIANTS[config]).items() if k != v}


def to_simplified(text: str, config: str = "t2s", *, every_line: bool = False) -> str:
    """Convert traditional to simplified: OpenCC ``t2s`` by default, ``hk2s`` for Hong Kong text,
    ``tw2s`` for Taiwan text, ``tw2sp`` for Taiwan text with mainland vocabulary.

    Only the lines holding a traditional-only character (for ``hk2s`` and ``tw2s`` also one of
    the region's variant forms, such as 衞 or 着) are converted, the others are left as they are;
    ``tw2sp`` converts every line, and so does ``every_line`` (a page written in traditional
    script: its line 特此批覆。 holds no traditional-only character, yet its phrase is one, 批复)."""
    if config == "s2t" or config not in CONFIGS:
        raise ValueError(f"not a conversion to simplified: {config!r} (t2s, hk2s, tw2s or tw2sp)")
    source = _source_chars(config)
    if source is None or every_line:
        return convert(text, config)
    if source.isdisjoint(text):
        return text
    lines = text.split("\n")
    fast = _fast(config)
    if fast is not None:
        # the lines to convert, in one call: no dictionary key holds a line break, so the
        # conversion of lines joined is that of each line (but for an ideographic description
        # sequence, which can take a line break as an operand: then line by line)
        todo = [i for i, line in enumerate(lines) if line and not source.isdisjoint(line)]
        if _IDS_SEARCH(text) is None:
            done = fast("\n".join(lines[i] for i in todo))
            done = None if done is None else done.split("\n")
        else:
            done = [fast(lines[i]) for i in todo]
        if done is not None and len(done) == len(todo) and None not in done:
            for i, line in zip(todo, done):
                lines[i] = line
            return "\n".join(lines)
    chain = _chain(config)
    return "\n".join(chain.convert(line) if line and not source.isdisjoint(line) else line for line in lines)


def to_traditional(text: str) -> str:
    """Convert simplified to traditional (OpenCC ``s2t``)."""
    return convert(text, "s2t")
