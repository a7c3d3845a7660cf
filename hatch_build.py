"""Build hook: compile policymine's fast segmentation engine (src/policymine/_fastcut.c) into
the wheel when a C compiler is present. Without one the package installs as pure Python, the
default engine runs, and ``--engine fast`` tries to compile at first use (policymine.segment).

POLICYMINE_NO_EXTENSION=1 skips the build.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _builder():
    path = Path(__file__).parent / "src" / "policymine" / "_build.py"
    spec = importlib.util.spec_from_file_location("_policymine_build", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("POLICYMINE_NO_EXTENSION"):
            return
        build = _builder()
        package = Path(self.root) / "src" / "policymine"
        # an editable install runs from src/: the module goes beside the sources
        out_dir = package if version == "editable" else Path(tempfile.mkdtemp(prefix="policymine-ext-"))
        try:
            built = build.compile_extension(out_dir)
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            print(f"policymine: fast engine not built ({detail.strip()[:400]}); the default engine will run",
                  file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(built)] = f"policymine/{built.name}"
