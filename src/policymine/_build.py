"""Compiling :mod:`policymine._fastcut`, the segmenter's compiled engine (``--engine fast``).

Used twice: by ``hatch_build.py`` when the package is installed (``pip install``), and by
:func:`policymine.segment.fast_engine` at first use when the installed package has no build of
it (installed where no compiler was, or run from a source tree): then it is compiled into the
user cache folder, keyed by the source's contents and the interpreter. Needs only the C
compiler Python itself was built with and Python's headers; no setuptools.

This module imports nothing of policymine, so the build hook can load it by path.
"""

from __future__ import annotations

import hashlib
import os
import sys
import sysconfig
from pathlib import Path

SOURCE = Path(__file__).with_name("_fastcut.c")
MODULE = "_fastcut"


def ext_suffix() -> str:
    return sysconfig.get_config_var("EXT_SUFFIX") or (".pyd" if os.name == "nt" else ".so")


def source_key(source: Path = SOURCE) -> str:
    """A hash of the C source and of the interpreter it is built for."""
    h = hashlib.blake2b(digest_size=12)
    h.update(source.read_bytes())
    h.update(f"{sys.implementation.cache_tag} {sysconfig.get_platform()} {ext_suffix()}".encode())
    return h.hexdigest()


def compile_extension(out_dir: Path, source: Path = SOURCE) -> Path:
    """Compile ``source`` into ``out_dir/_fastcut<EXT_SUFFIX>``; its path. Raises OSError or
    subprocess.CalledProcessError (with the compiler's output) where it cannot."""
    import shlex
    import subprocess
    import tempfile

    if os.name == "nt":
        raise OSError("building the fast engine on Windows is not supported; the default engine runs")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / (MODULE + ext_suffix())
    ldshared = sysconfig.get_config_var("LDSHARED") or "cc -shared"
    include = sysconfig.get_paths()["include"]
    # -ffp-contract=off: no fused multiply-add, so every score is computed as Python computes it
    flags = ["-O2", "-fPIC", "-ffp-contract=off", "-fno-strict-aliasing", "-DNDEBUG", "-I", include,
             f'-DPM_SOURCE_KEY="{source_key(source)}"']
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".fastcut-", suffix=ext_suffix())
    os.close(fd)
    try:
        cmd = [*shlex.split(ldshared), *flags, str(source), "-o", tmp]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=300)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
