"""Rebuild ``src/policymine/data/opencc/`` from an OpenCC source tree.

Usage (from the project root)::

    pip download --no-binary :all: --no-deps OpenCC==1.4.2 && tar xzf OpenCC-1.4.2.tar.gz
    PYTHONPATH=src python tools/opencc_data.py opencc-1.4.2 --version 1.4.2

It copies the configurations policymine supports (``data/config/{t2s,hk2s,tw2s,tw2sp,s2t}.json``)
and the text dictionaries they name, without OpenCC's comment lines and with a one-line header
naming the source, version and licence. The dictionaries OpenCC's build generates are generated
the same way here:

- ``HKVariantsRev.txt``, ``TWVariantsRev.txt``: key and values swapped (every value of an entry
  becomes a key; ``# @reverse-prefer:`` lines choose the first value), as ``data/scripts/reverse.py``;
- ``TSCharactersExt.txt``: the entries of ``TSCharacters.txt`` marked ``# @tofu-risk:``, without
  the character itself among the values, as ``data/scripts/extract_tofu_risk.py``;
- ``STPhrases_GeneratedFromRegionalPhrases.txt``: the keys of ``HKPhrases.txt`` and
  ``TWPhrases.txt`` converted by ``t2s`` (policymine's own, from the files just written), kept
  when three characters or longer, mapped back to the original key, as
  ``data/scripts/generate_st_phrases_from_regional_phrases.py``.

The build is deterministic: running it twice on the same source gives the same files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

CONFIGS = ("t2s", "hk2s", "tw2s", "tw2sp", "s2t")
OUT = Path(__file__).resolve().parents[1] / "src" / "policymine" / "data" / "opencc"
REVERSE_PREFER = "# @reverse-prefer:"
TOFU_RISK = "# @tofu-risk:"
GENERATED = {"HKVariantsRev", "TWVariantsRev", "TSCharactersExt", "STPhrases_GeneratedFromRegionalPhrases"}


def entries(path: Path) -> list[tuple[str, list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t", 1)
        out.append((key, values.split(" ")))
    return out


def write(name: str, rows: list[tuple[str, list[str]]], header: str) -> None:
    keys = [k for k, _ in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"{name}: duplicate keys")
    for k, vs in rows:
        if not k or k.startswith("#") or any(c in k for c in " \t\r\n") or not all(vs):
            raise SystemExit(f"{name}: bad entry {k!r} {vs!r}")
    text = "".join(f"{k}\t{' '.join(vs)}\n" for k, vs in rows)
    (OUT / name).write_text(f"# {header}\n{text}", encoding="utf-8", newline="\n")


def reverse(path: Path) -> list[tuple[str, list[str]]]:
    swapped: dict[str, list[str]] = {}
    prefer: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(REVERSE_PREFER):
            fields = line[len(REVERSE_PREFER):].split()
            prefer[fields[0]] = fields[-1]
    for key, values in entries(path):
        for v in values:
            swapped.setdefault(v, []).append(key)
    for key, preferred in prefer.items():
        values = swapped[key]
        values.insert(0, values.pop(values.index(preferred)))
    return sorted(swapped.items())


def tofu_risk(path: Path) -> list[tuple[str, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.startswith(TOFU_RISK):
            key, values = lines[i + 1].split("\t", 1)
            vs = values.split()
            if vs and vs[0] == key:
                vs = vs[1:]
            out.append((key, vs))
    return out


def needed_files(config: dict) -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                found.append(node["file"].rsplit(".", 1)[0])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(config)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="an OpenCC source tree (holding data/config, data/dictionary)")
    ap.add_argument("--version", required=True, help="its version or commit, for the headers")
    args = ap.parse_args()
    src = args.source
    dic = src / "data" / "dictionary"
    origin = f"OpenCC {args.version} (https://github.com/BYVoid/OpenCC), Apache-2.0 (see LICENSE)"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    shutil.copy(src / "LICENSE", OUT / "LICENSE")
    names: list[str] = []
    for c in CONFIGS:
        shutil.copy(src / "data" / "config" / f"{c}.json", OUT / f"{c}.json")
        for n in needed_files(json.loads((src / "data" / "config" / f"{c}.json").read_text(encoding="utf-8"))):
            if n not in names:
                names.append(n)
    for n in names:
        if n not in GENERATED:
            write(f"{n}.txt", entries(dic / f"{n}.txt"), f"{origin}: data/dictionary/{n}.txt, comment lines removed")
    for n in ("HKVariants", "TWVariants"):
        if f"{n}Rev" in names:
            write(f"{n}Rev.txt", reverse(dic / f"{n}.txt"),
                  f"{origin}: generated from data/dictionary/{n}.txt as data/scripts/reverse.py does")
    write("TSCharactersExt.txt", tofu_risk(dic / "TSCharacters.txt"),
          f"{origin}: generated from the @tofu-risk entries of data/dictionary/TSCharacters.txt as data/scripts/extract_tofu_risk.py does")

    # the t2s files are in place: convert the regional phrase keys with policymine's own t2s
    sys.path.insert(0, str(OUT.parents[2]))
    from policymine.convert import convert

    projected: dict[str, list[str]] = {}
    for n in ("HKPhrases", "TWPhrases"):
        for key, _ in entries(dic / f"{n}.txt"):
            simplified = convert(key, "t2s")
            if len(simplified) >= 3:
                projected.setdefault(simplified, []).append(key)
    conflicts = {k: v for k, v in projected.items() if len(set(v)) > 1}
    if conflicts:
        raise SystemExit(f"conflicting regional phrase projections: {conflicts}")
    write("STPhrases_GeneratedFromRegionalPhrases.txt", sorted((k, [v[0]]) for k, v in projected.items()),
          f"{origin}: generated from the keys of data/dictionary/HKPhrases.txt and TWPhrases.txt converted by t2s, "
          "as data/scripts/generate_st_phrases_from_regional_phrases.py does")
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>9}  {p.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
