""":mod:`policymine.opencc_cpp`: the C++ OpenCC (the PyPI package ``opencc``,
``pip install "policymine[opencc]"``) as the converter of :mod:`policymine.convert`.

The wheel runs the same algorithm 2-5x faster than the Python converter (measured by
``benchmarks/opencc_speed.py``), but it is given policymine's own data, never its bundled
dictionaries: at first use a configuration is rewritten into :func:`policymine.segment.cache_dir` with every dictionary pointing at
policymine's text dictionary (``data/opencc/*.txt``, OpenCC reads the text format as it reads
its compiled one) and without the ``may_output_tofu`` marks (policymine converts the tofu-risk
characters too). Whatever the wheel's version, its data is then policymine's.

Which converter runs is :func:`choice`: ``auto`` (the default) takes the wheel where it works,
``python`` never does, ``opencc`` asks for it and says once on stderr why it cannot be used.
The choice lives in the environment (``POLICYMINE_CONVERTER``) so that worker processes make
the same one. The wheel is used for a configuration only after it gives, on the sentences of
``data/opencc_selfcheck.jsonl`` (every feature of the configurations), exactly the Python
converter's output; a text it cannot take (lone surrogates, which UTF-8 cannot carry) or any
error of it is converted by the Python converter, and so is a text holding a NUL (OpenCC
1.4's segmentation stops at one: ``hk2s`` of ``經\\0濟`` gives ``经``). Installing ``opencc``
therefore changes speed, never a record.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable

__all__ = ["CHOICES", "ENV", "choice", "converter", "require", "set_choice", "status"]

CHOICES = ("auto", "python", "opencc")
ENV = "POLICYMINE_CONVERTER"
_SAMPLES = "opencc_selfcheck.jsonl"
_told: set[str] = set()  # reasons already said on stderr in this process


def choice() -> str:
    """The converter asked for: ``auto``, ``python`` or ``opencc`` (``POLICYMINE_CONVERTER``;
    an unknown value counts as ``auto``)."""
    value = os.environ.get(ENV, "auto").strip().lower()
    return value if value in CHOICES else "auto"


def set_choice(value: str) -> None:
    """Choose the converter for this process and the workers it starts."""
    if value not in CHOICES:
        raise ValueError(f"unknown converter {value!r} (one of {', '.join(CHOICES)})")
    os.environ[ENV] = value
    _load.cache_clear()


def converter(config: str) -> Callable[[str], str | None] | None:
    """The wheel's conversion with ``config`` (a function giving ``None`` for a text it cannot
    take), or ``None`` when the Python converter is to run."""
    if choice() == "python":
        return None
    fn, reason = _load(config)
    if fn is None and choice() == "opencc" and reason not in _told:
        _told.add(reason)
        sys.stderr.write(f"policymine: the C++ OpenCC is not used, the Python converter runs: {reason}\n")
        sys.stderr.flush()
    return fn


def status(config: str = "t2s") -> tuple[str, str]:
    """``("opencc", version)`` when the wheel converts with ``config``, else ``("python", why)``."""
    if choice() == "python":
        return "python", "asked for"
    fn, reason = _load(config)
    return ("opencc", reason) if fn is not None else ("python", reason)


def require(config: str = "t2s") -> bool:
    """For ``--converter opencc``: is the wheel usable? If not, say why once and let this process
    and its workers run the Python converter without trying again."""
    if converter(config) is not None:
        return True
    os.environ[ENV] = "python"
    return False


# --- loading and checking --------------------------------------------------------------------


def _data_file(name: str) -> str:
    """A filesystem path of ``policymine/data/opencc/name`` (a copy in the cache folder when the
    package is not installed as files, e.g. zipped)."""
    from importlib import resources

    from .convert import _read

    entry = resources.files("policymine").joinpath("data", "opencc", name)
    path = os.fspath(entry) if isinstance(entry, os.PathLike) else None
    if path is not None and os.path.isfile(path):
        return os.path.abspath(path)
    text = _read(name)
    return _write_cached(f"opencc-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}-{name}", text)


def _write_cached(name: str, text: str) -> str:
    from .segment import cache_dir

    path = cache_dir() / name
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)  # atomic: another process may read it at the same time
    return str(path)


def _rewrite(node):
    """A configuration's node with its dictionaries as policymine's text dictionaries."""
    if isinstance(node, list):
        return [_rewrite(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") in ("ocd2", "ocd", "text") and "file" in node:
        return {"type": "text", "file": _data_file(node["file"].rsplit(".", 1)[0] + ".txt")}
    return {k: _rewrite(v) for k, v in node.items() if k != "may_output_tofu"}


def config_file(config: str) -> str:
    """The configuration ``config`` on policymine's dictionaries, written into the cache folder
    (named by its contents, so a changed dictionary path or configuration makes a new file)."""
    from .convert import _read

    spec = _rewrite(json.loads(_read(f"{config}.json")))
    text = json.dumps(spec, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return _write_cached(f"opencc-{config}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.json", text)


@functools.cache
def samples() -> dict[str, list[tuple[str, str]]]:
    """The self-check's ``(input, expected)`` pairs by configuration."""
    from importlib import resources

    text = resources.files("policymine").joinpath("data", _SAMPLES).read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            case = json.loads(line)
            out.setdefault(case["config"], []).append((case["input"], case["expected"]))
    return out


@functools.cache
def _load(config: str) -> tuple[Callable[[str], str | None] | None, str]:
    """``(conversion, version)`` or ``(None, why not)``."""
    from importlib.util import find_spec

    from .convert import CONFIGS

    if config not in CONFIGS:
        return None, f"unknown configuration {config!r}"
    try:
        if find_spec("opencc") is None:
            return None, 'the opencc package is not installed (pip install "policymine[opencc]")'
        import opencc
    except Exception as exc:  # a broken install must not break a run
        return None, f"import opencc failed: {exc!r}"
    version = getattr(opencc, "__version__", None)
    if not isinstance(version, str) or not callable(getattr(opencc, "OpenCC", None)):
        return None, "the installed opencc module is not the C++ OpenCC (opencc-python-reimplemented?)"
    try:
        engine = opencc.OpenCC(config_file(config))
        convert = engine.convert
        for given, expected in samples().get(config, ()):
            got = convert(given)
            if got != expected:
                return None, f"OpenCC {version} failed the self-check on {config}: {given!r} gave {got!r}, expected {expected!r}"
    except Exception as exc:
        return None, f"OpenCC {version} could not convert with {config}: {exc!r}"
    if not samples().get(config):
        return None, f"no self-check samples for {config}"

    def run(text: str) -> str | None:
        if "\0" in text:  # OpenCC's segmentation (hk2s, tw2s, tw2sp) stops at a NUL
            return None
        try:
            out = convert(text)
        except Exception:  # e.g. a lone surrogate, which UTF-8 cannot carry
            return None
        return out if isinstance(out, str) else None

    return run, version
