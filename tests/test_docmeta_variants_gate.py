"""The same official document in the forms real pages give it has the same metadata.

Each official page of tests/docmeta (a text page) is rewritten as other sites write the same
document — Windows line ends, digit dates as Chinese numerals (2024年3月5日 -> 二〇二四年三月五日),
paragraphs indented with ideographic spaces, a blank line between lines, a signature spaced out to
fill its line (某 市 人 民 政 府), the whole page in traditional script — and its doc_number, issuers, doc_type and signed must not change.
A rule that reads only one form of a date or a line fails here on every page that has it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policymine.convert import to_traditional
from policymine.pipeline import process_text

ROOT = Path(__file__).resolve().parent / "docmeta"
FIELDS = ("doc_number", "issuers", "doc_type", "signed")
_CN = "〇一二三四五六七八九"


def _small(n: int) -> str:
    if n < 10:
        return _CN[n]
    return ("" if n < 20 else _CN[n // 10]) + "十" + (_CN[n % 10] if n % 10 else "")


def numeral_dates(t: str) -> str:
    return re.sub(r"(20\d\d)年(\d{1,2})月(\d{1,2})日",
                  lambda m: "".join(_CN[int(c)] for c in m.group(1)) + f"年{_small(int(m.group(2)))}月{_small(int(m.group(3)))}日", t)


def spaced_signature(t: str) -> str:
    lines = t.split("\n")
    for i in range(1, len(lines)):
        prev = lines[i - 1].strip()
        if re.fullmatch(r"\s*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日\s*", lines[i]) and (
                re.fullmatch(r"[\u4e00-\u9fff]{4,20}", prev)):
            lines[i - 1] = " ".join(prev)
    return "\n".join(lines)


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "numeral_dates": numeral_dates,
    "indented": lambda t: "\n".join("\u3000\u3000" + x if x.strip() else x for x in t.split("\n")),
    "blank_lines": lambda t: "\n\n".join(t.split("\n")),
    "spaced_signature": spaced_signature,
    "traditional": lambda t: to_traditional(t),
}


def _pages() -> list[tuple[str, str]]:
    out = []
    for g in sorted((ROOT / "gold").glob("*.json")):
        page = ROOT / "docs" / (g.stem + ".txt")
        if page.exists() and json.loads(g.read_text(encoding="utf-8")).get("official"):
            out.append((g.stem, page.read_text(encoding="utf-8")))
    return out


def _fields(text: str, name: str) -> dict:
    rec = process_text(text, path=name + ".txt", doc_id=name)
    return {f: rec.get(f) or None for f in FIELDS}


@pytest.fixture(scope="module")
def pages_and_fields():
    pages = _pages()
    if len(pages) < 100:
        pytest.skip("tests/docmeta has not its pages")
    return [(name, text, _fields(text, name)) for name, text in pages]


@pytest.mark.slow
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_documents_fields_do_not_depend_on_how_its_page_is_written(pages_and_fields, variant):
    changed = []
    for name, text, base in pages_and_fields:
        got = _fields(VARIANTS[variant](text), name)
        if got != base:
            changed.append(f"{name}: " + "; ".join(f"{f} {base[f]!r} -> {got[f]!r}" for f in FIELDS if got[f] != base[f]))
    assert not changed, f"{variant}: {len(changed)} of {len(pages_and_fields)} pages changed\n" + "\n".join(changed)


def test_the_variants_rewrite_what_they_say():
    assert numeral_dates("2024年3月5日 2023年12月31日") == "二〇二四年三月五日 二〇二三年十二月三十一日"
    assert spaced_signature("请认真贯彻执行。\n某县人民政府\n2024年3月5日") == "请认真贯彻执行。\n某 县 人 民 政 府\n2024年3月5日"
