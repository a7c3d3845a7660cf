"""Quality gate of document metadata on official documents with gold records (tests/docmeta/).

``python tests/docmeta_gate.py`` prints the figures and every miss; floors are pinned in
``tests/docmeta/baseline.json`` (``--update`` raises them, never lowers one silently).
"""

import json
from pathlib import Path

import pytest

from docmeta_gate import FIELDS, figures, floors, gold_pages

ROOT = Path(__file__).parent / "docmeta"


@pytest.mark.slow
def test_document_metadata_meets_its_floors():
    got = figures()
    below = {k: (got.get(k, 0.0), floor) for k, floor in floors().items() if got.get(k, 0.0) < floor - 1e-9}
    assert not below, f"below the floor: {below}"


@pytest.mark.slow
def test_the_bar_doc_number_issuers_doc_type_and_signed_right_on_nine_in_ten():
    got = figures()
    assert all(got[f] >= 0.9 for f in ("doc_number", "issuers", "doc_type", "signed")), got


def test_every_page_has_its_gold_and_its_address():
    docs = sorted(p.stem for p in (ROOT / "docs").iterdir())
    gold = {p.stem for p in (ROOT / "gold").glob("*.json")}
    assert len(docs) >= 20 and set(docs) <= gold
    sources = (ROOT / "SOURCES.md").read_text(encoding="utf-8")
    assert all(d in sources for d in docs)
    here = Path(__file__).parent
    corpus = {p.stem for d in (here / "corpus" / "docs", here / "html_bench" / "pages") for p in d.iterdir()}
    assert gold - set(docs) - corpus <= {"304_jinhua_sci_tech_plan_notice_2016"}  # a dev page, in ../shared


def test_every_gold_record_has_every_field_of_the_right_kind():
    for page, gold in gold_pages():
        assert set(FIELDS) <= set(gold), page
        assert isinstance(gold["issuers"], list) and isinstance(gold["region"], list), page
        assert gold["level"] in (None, "national", "provincial", "city", "county"), page
        for f in ("signed", "published", "effective"):
            assert gold[f] is None or len(gold[f]) == 10, (page, f)
    assert json.loads((ROOT / "baseline.json").read_text(encoding="utf-8"))
