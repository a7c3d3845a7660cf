"""Tests for :mod:`policymine.diff` on small hand-written corpora of records."""

from __future__ import annotations

import io
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymine import diff
from policymine.diff import (
    GroupError,
    RecordsError,
    diff_groups,
    group_records,
    load_records,
    log_likelihood,
    pick_groups,
    related_forms,
    subject_head,
    subjects_match,
    timeline,
)
from policymine.render import diff_rows

# ---------------------------------------------------------------------------
# a small corpus: bodies are space-separated words, tokenized with str.split
# ---------------------------------------------------------------------------


def split(text: str) -> list[str]:
    return text.split()


@pytest.fixture(autouse=True)
def no_stoplist(monkeypatch):
    """Keyness tests count every word: the package stoplist is not part of these corpora."""
    for module in (diff, diff.keyness):
        monkeypatch.setattr(module, "stopwords", lambda: frozenset())


def slogan(text, kind="catchphrase", count=1, aliases=()):
    return {"text": text, "kind": kind, "count": count, "aliases": list(aliases)}


def inst(name, type_="organization", count=1, aliases=()):
    return {"name": name, "type": type_, "count": count, "aliases": list(aliases)}


def ind(subject, value, unit="家", kind="count", modality="status", qualifier="=", period=None):
    return {
        "text": f"{value}{unit}", "value": value, "unit": unit, "qualifier": qualifier, "subject": subject,
        "kind": kind, "modality": modality, "period": period, "sentence": "", "start": 0, "end": 0,
    }  # fmt: skip


def rec(id_, year, *, source="河西日报", slogans=(), institutions=(), indicators=(), body="", inferred=False, script="simplified"):
    return {
        "id": id_, "path": f"{id_}.txt", "title": id_, "date": None if year is None else f"{year}-03-01",
        "year": year, "year_inferred": inferred, "source": source, "authors": [], "script": script,
        "body": body, "indicators": list(indicators), "institutions": list(institutions),
        "slogans": list(slogans), "keywords": [], "warnings": [],
    }  # fmt: skip


def corpus() -> list[dict]:
    return [
        rec("a1", 2021, slogans=[slogan("政产学研用", "abbreviation", 2), slogan("卡脖子", count=3), slogan("绿色发展", count=1)],
            institutions=[inst("河西大学", "university", 2, ["河大"]), inst("省科技厅", "government", 1)],
            indicators=[ind("高新技术企业数", 400), ind("科技型中小企业", 900)],
            body="科技 创新 科技 创新 人才 园区 园区 园区"),
        rec("a2", 2021, source="陇上晚报", inferred=True,
            slogans=[slogan("绿色发展", count=2), slogan("放管服", "abbreviation", 1)],
            institutions=[inst("中国科学院", "research", 3)],
            indicators=[ind("综合科技进步水平指数", 70, "%", "share")],
            body="园区 招商 招商 人才 科技"),
        rec("b1", 2025, slogans=[slogan("政产学研金介用", "abbreviation", 2), slogan("绿色发展", count=4), slogan("新质生产力", count=5)],
            institutions=[inst("河大", "university", 1), inst("中科院", "research", 2, ["中国科学院"])],
            indicators=[ind("新认定高新技术企业", 650, modality="target", qualifier=">="), ind("科技型中小企业", 1200)],
            body="新质生产力 新质生产力 科技 创新 创新 人才 成果 转化"),
        rec("b2", 2025, source=None,
            slogans=[slogan("新质生产力", count=1)],
            institutions=[inst("西部药谷", "platform", 1)],
            body="成果 转化 成果 科技"),
        {"id": "bad", "path": "bad.txt", "error": "bad.txt: cannot decode"},
    ]  # fmt: skip


def run(a_label=2021, b_label=2025, records=None, **kw):
    groups = group_records(records if records is not None else corpus())
    kw.setdefault("tokenize", split)
    return diff_groups(groups[a_label], groups[b_label], label_a=a_label, label_b=b_label, **kw)


def by_name(items, key="text"):
    return {it[key]: it for it in items}


# ---------------------------------------------------------------------------
# grouping and picking
# ---------------------------------------------------------------------------


def test_group_by_year_sorts_labels_and_skips_error_records():
    groups = group_records(corpus())
    assert list(groups) == [2021, 2025]
    assert [r["id"] for r in groups[2021]] == ["a1", "a2"]
    assert groups.skipped == ["bad"]


def test_year_labels_sort_numerically_not_as_text():
    records = [rec("x", 2021), rec("y", 999), rec("z", 2100), rec("w", None)]
    assert list(group_records(records)) == [999, 2021, 2100, "unknown"]


def test_group_by_source_puts_missing_values_under_unknown_last():
    groups = group_records(corpus(), by="source")
    assert list(groups) == ["河西日报", "陇上晚报", "unknown"]
    assert [r["id"] for r in groups["unknown"]] == ["b2"]


def test_pick_groups_defaults_to_earliest_and_latest_known_labels():
    groups = group_records([rec("x", 2021), rec("y", 2023), rec("z", 2025), rec("w", None)])
    assert pick_groups(groups) == (2021, 2025)


def test_pick_groups_matches_labels_given_as_strings():
    groups = group_records([rec("x", 2021), rec("y", 2023), rec("z", 2025)])
    assert pick_groups(groups, frm="2023", to="2025") == (2023, 2025)
    assert pick_groups(groups, frm="2023") == (2023, 2025)
    assert pick_groups(group_records(corpus(), by="source"), frm="unknown", to="河西日报") == ("unknown", "河西日报")


def test_pick_groups_unknown_label_error_lists_available_labels():
    groups = group_records(corpus())
    with pytest.raises(ValueError, match=r"2019.*available: 2021, 2025"):
        pick_groups(groups, frm="2019")


def test_pick_groups_needs_two_groups():
    with pytest.raises(ValueError, match="at least two groups.*2021"):
        pick_groups(group_records([rec("x", 2021), rec("y", 2021)]))


def test_pick_groups_refuses_to_compare_a_group_with_itself():
    with pytest.raises(GroupError, match="itself"):
        pick_groups(group_records(corpus()), frm="2021", to="2021")


# ---------------------------------------------------------------------------
# diff: shape, slogans, institutions
# ---------------------------------------------------------------------------


def test_diff_result_is_json_with_the_six_sections_and_group_documents():
    res = run()
    assert list(res) == ["from", "to", "slogans", "institutions", "indicators", "keywords"]
    assert res["from"] == {"label": 2021, "documents": ["a1", "a2"], "inferred_years": ["a2"]}
    assert res["to"] == {"label": 2025, "documents": ["b1", "b2"], "inferred_years": []}
    json.dumps(res, ensure_ascii=False)


def test_added_slogan_has_counts_and_documents():
    added = by_name(run()["slogans"]["added"])
    item = added["新质生产力"]
    assert (item["count_from"], item["count_to"]) == (0, 6)
    assert item["docs_from"] == [] and item["docs_to"] == ["b1", "b2"]
    assert item["kind"] == "catchphrase"


def test_removed_slogans():
    removed = by_name(run()["slogans"]["removed"])
    assert set(removed) == {"卡脖子", "放管服", "政产学研用"}
    assert "related" in removed["政产学研用"] and "related" not in removed["卡脖子"]
    assert removed["卡脖子"]["count_from"] == 3 and removed["卡脖子"]["docs_from"] == ["a1"]


def test_kept_slogan_sums_counts_over_documents():
    kept = by_name(run()["slogans"]["kept"])
    assert set(kept) == {"绿色发展"}
    assert kept["绿色发展"]["count_from"] == 3 and kept["绿色发展"]["count_to"] == 4
    assert kept["绿色发展"]["docs_from"] == ["a1", "a2"] and kept["绿色发展"]["docs_to"] == ["b1"]


def test_formula_that_grew_is_one_related_pair_not_added_and_removed():
    sl = run()["slogans"]
    assert len(sl["related"]) == 1
    pair = sl["related"][0]
    assert (pair["from"], pair["to"], pair["relation"]) == ("政产学研用", "政产学研金介用", "grew")
    assert (pair["count_from"], pair["count_to"]) == (2, 2)
    added = {it["text"]: it for it in sl["added"]}
    removed = {it["text"]: it for it in sl["removed"]}
    # listed as added and removed, but each marked with its partner: one formula that grew
    assert added["政产学研金介用"]["related"] == [{"form": "政产学研用", "relation": "grew", "side": "from"}]
    assert removed["政产学研用"]["related"] == [{"form": "政产学研金介用", "relation": "grew", "side": "to"}]
    assert all("related" not in it for it in sl["kept"])


@pytest.mark.parametrize(
    ("a", "b", "chains", "expected"),
    [
        ("政产学研用", "政产学研金介用", True, "grew"),
        ("产学研用", "产学研", True, "shrank"),
        ("产学研", "政产学研金介用", True, "grew"),  # chains: no shared prefix needed
        ("产学研", "政产学研金介用", False, None),  # not chains and no shared prefix/suffix
        ("创新驱动发展", "创新驱动发展战略", False, "variant"),  # shared prefix
        ("强龙头、补链条", "强龙头、补链条、聚集群", False, "grew"),  # an enumeration gained an item
        ("产学", "产学研", True, None),  # fewer than 3 shared characters
        ("学产研", "政产学研用", True, None),  # not an ordered subsequence
    ],
)
def test_related_forms_rule(a, b, chains, expected):
    assert related_forms(a, b, chains, chains) == expected


def test_kept_slogan_stays_kept_when_a_grown_form_appears_next_to_it():
    records = [
        rec("a", 2021, slogans=[slogan("产学研", "abbreviation")]),
        rec("b", 2025, slogans=[slogan("产学研", "abbreviation"), slogan("产学研用", "abbreviation")]),
    ]
    sl = run(records=records)
    assert [it["text"] for it in sl["slogans"]["kept"]] == ["产学研"]
    assert [(it["text"], it["related"][0]["form"]) for it in sl["slogans"]["added"]] == [("产学研用", "产学研")]
    assert [(p["from"], p["to"], p["relation"]) for p in sl["slogans"]["related"]] == [("产学研", "产学研用", "grew")]


def test_one_sided_variant_of_a_kept_catchphrase_is_added_not_related():
    records = [
        rec("a", 2021, slogans=[slogan("绿色发展")]),
        rec("b", 2025, slogans=[slogan("绿色发展"), slogan("河西走廊绿色发展")]),
    ]
    sl = run(records=records)["slogans"]
    assert [it["text"] for it in sl["added"]] == ["河西走廊绿色发展"]
    assert sl["related"] == []


def test_variant_between_one_sided_names_is_related():
    records = [
        rec("a", 2021, institutions=[inst("河西榆林生态创新城", "zone")]),
        rec("b", 2025, institutions=[inst("河西生态创新城", "zone")]),
    ]
    inst_diff = run(records=records)["institutions"]
    assert [it["related"][0]["form"] for it in inst_diff["added"]] == ["河西榆林生态创新城"]
    assert [it["related"][0]["form"] for it in inst_diff["removed"]] == ["河西生态创新城"]
    assert [(p["from"], p["to"], p["relation"]) for p in inst_diff["related"]] == [
        ("河西榆林生态创新城", "河西生态创新城", "variant")
    ]


def test_institution_alias_on_one_side_matches_name_on_the_other():
    kept = by_name(run()["institutions"]["kept"], "name")
    assert set(kept) == {"河西大学", "中国科学院"}  # the most frequent main name is shown
    hx = kept["河西大学"]
    assert (hx["count_from"], hx["count_to"], hx["type"]) == (2, 1, "university")
    assert "河大" in hx["aliases"]
    cas = kept["中国科学院"]
    assert (cas["count_from"], cas["count_to"]) == (3, 2)


def test_institutions_added_and_removed():
    inst_diff = run()["institutions"]
    assert [it["name"] for it in inst_diff["added"]] == ["西部药谷"]
    assert [it["name"] for it in inst_diff["removed"]] == ["省科技厅"]


# ---------------------------------------------------------------------------
# indicators
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("新认定高新技术企业", "高新技术企业"),
        ("高新技术企业数", "高新技术企业"),
        ("全市累计科技型中小企业", "科技型中小企业"),
        ("年成交额", "成交额"),
        ("科技进步对经济增长的贡献率", "贡献率"),
        ("高新技术产业化指数", "高新技术产业化指数"),  # 指数 is a noun, not "number of"
        ("年", "年"),  # nothing left to strip to
    ],
)
def test_subject_head(subject, head):
    assert subject_head(subject) == head


def test_subjects_match_on_the_last_four_characters():
    assert subjects_match(subject_head("新认定高新技术企业"), subject_head("高新技术企业数"))
    assert subjects_match("国家高新技术企业", "高新技术企业")
    assert subjects_match("众创空间", "省级众创空间")
    assert not subjects_match("技术合同成交额", "销售额")
    assert not subjects_match("人", "技术经纪人")


def test_indicator_pair_on_normalised_subject_with_change():
    pairs = run()["indicators"]["pairs"]
    hi = next(p for p in pairs if p["subject_from"] == "高新技术企业数")
    assert hi["subject_to"] == "新认定高新技术企业"
    assert (hi["value_from"], hi["value_to"], hi["unit"]) == (400, 650, "家")
    assert hi["change"] == 250
    assert hi["change_pct"] == pytest.approx(62.5)
    assert (hi["doc_from"], hi["doc_to"]) == ("a1", "b1")


def test_target_versus_status_is_noted():
    pairs = {p["subject_from"]: p for p in run()["indicators"]["pairs"]}
    assert pairs["高新技术企业数"]["comparison"] == "status->target"
    assert pairs["高新技术企业数"]["note"] == diff.TARGET_STATUS_NOTE
    assert pairs["科技型中小企业"]["comparison"] == "status->status"
    assert "note" not in pairs["科技型中小企业"]


def test_unmatched_indicator_counts():
    ind_diff = run()["indicators"]
    assert len(ind_diff["pairs"]) == 2
    assert (ind_diff["unmatched_from"], ind_diff["unmatched_to"]) == (1, 0)  # the 指数 share has no partner


def test_percentage_points_unit_is_normalised():
    records = [
        rec("a", 2021, indicators=[ind("贡献率", 7, "个百分点", "change")]),
        rec("b", 2025, indicators=[ind("贡献率", 9, "百分点", "change")]),
    ]
    (pair,) = run(records=records)["indicators"]["pairs"]
    assert pair["unit"] == "百分点" and pair["change"] == 2


def test_different_units_never_pair():
    records = [rec("a", 2021, indicators=[ind("科技成果", 300, "项")]), rec("b", 2025, indicators=[ind("科技成果", 350, "个")])]
    res = run(records=records)["indicators"]
    assert res["pairs"] == [] and (res["unmatched_from"], res["unmatched_to"]) == (1, 1)


def test_best_pairing_same_kind_then_closest_subject_each_used_once():
    records = [
        rec("a", 2021, indicators=[ind("高新技术企业", 100), ind("国家高新技术企业", 50, "%", "share")]),
        rec("b", 2025, indicators=[
            ind("国家高新技术企业", 40, "%", "rate"), ind("国家高新技术企业", 60, "%", "share"),
            ind("省级高新技术企业", 300), ind("高新技术企业", 200),
        ]),
    ]  # fmt: skip
    res = run(records=records)["indicators"]
    got = {(p["subject_from"], p["value_from"]): (p["subject_to"], p["value_to"]) for p in res["pairs"]}
    assert got == {("高新技术企业", 100): ("高新技术企业", 200), ("国家高新技术企业", 50): ("国家高新技术企业", 60)}
    assert (res["unmatched_from"], res["unmatched_to"]) == (0, 2)


def test_change_pct_is_null_when_the_from_value_is_zero():
    records = [rec("a", 2021, indicators=[ind("孵化器", 0)]), rec("b", 2025, indicators=[ind("孵化器", 5)])]
    (pair,) = run(records=records)["indicators"]["pairs"]
    assert pair["change"] == 5 and pair["change_pct"] is None


# ---------------------------------------------------------------------------
# keywords (keyness)
# ---------------------------------------------------------------------------


def expected_g2(a: int, b: int, na: int, nb: int) -> float:
    """G2 = 2 * sum(O * ln(O / E)) over the 2x2 table, written out cell by cell."""
    n = na + nb
    observed = [a, b, na - a, nb - b]
    expected = [na * (a + b) / n, nb * (a + b) / n, na * (n - a - b) / n, nb * (n - a - b) / n]
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o > 0)


def test_g2_matches_the_hand_computed_two_by_two_table():
    # A: 园区 x3 in 8 words; B: 园区 x1 in 12 words
    a_body = "园区 园区 园区 科技 科技 创新 人才 招商"
    b_body = "园区 科技 科技 科技 创新 创新 创新 人才 人才 成果 转化 转化"
    res = diff_groups([rec("a", 2021, body=a_body)], [rec("b", 2025, body=b_body)],
                      label_a=2021, label_b=2025, min_count=1, tokenize=split)["keywords"]  # fmt: skip
    item = next(it for it in res["from"] if it["term"] == "园区")
    g2 = expected_g2(3, 1, 8, 12)
    assert item["g2"] == pytest.approx(-round(g2, 3))
    assert log_likelihood(3, 1, 8, 12) == pytest.approx(-g2)
    assert (item["count_from"], item["count_to"]) == (3, 1)
    assert item["per_10k_from"] == pytest.approx(3 / 8 * 10000) and item["per_10k_to"] == pytest.approx(1 / 12 * 10000, abs=1e-3)
    assert item["p"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)), rel=1e-3)
    assert res["method"] == "G2"


def test_keyness_direction_signs():
    kw = run(min_count=2)["keywords"]
    to_terms = {it["term"]: it for it in kw["to"]}
    from_terms = {it["term"]: it for it in kw["from"]}
    assert "成果" in to_terms and to_terms["成果"]["g2"] > 0 and to_terms["成果"]["direction"] == "to"
    assert "园区" in from_terms and from_terms["园区"]["g2"] < 0 and from_terms["园区"]["direction"] == "from"
    assert [abs(it["g2"]) for it in kw["to"]] == sorted((abs(it["g2"]) for it in kw["to"]), reverse=True)


def test_min_count_filters_rare_words():
    kw2 = run(min_count=3)["keywords"]
    terms = {it["term"] for part in ("to", "from") for it in kw2[part]}
    assert "新质生产力" not in terms  # 2 occurrences in all
    kw1 = run(min_count=2)["keywords"]
    assert "新质生产力" in {it["term"] for it in kw1["to"]}


def test_tokens_need_two_characters_a_han_character_and_no_stopword(monkeypatch):
    for module in (diff, diff.keyness):
        monkeypatch.setattr(module, "stopwords", lambda: frozenset({"我们"}))
    a = [rec("a", 2021, body="我们 我们 我们 的 的 的 AI AI AI 园区")]
    b = [rec("b", 2025, body="成果 成果 成果 成果 园区")]
    kw = diff_groups(a, b, label_a=1, label_b=2, min_count=1, tokenize=split)["keywords"]
    terms = {it["term"] for part in ("to", "from") for it in kw[part]}
    assert terms == {"成果", "园区"}


def test_top_limits_each_keyword_list():
    kw = run(min_count=1, top=1)["keywords"]
    assert len(kw["to"]) == 1 and len(kw["from"]) == 1


def test_default_tokenizer_is_the_package_segmenter():
    pytest.importorskip("jieba")
    a = [rec("a", 2021, body="兰州市大力发展科技园区,园区建设成效明显。")]
    b = [rec("b", 2025, body="科技成果转化取得突破,新质生产力加快发展。")]
    kw = diff_groups(a, b, label_a=2021, label_b=2025, min_count=1)["keywords"]
    assert kw["to"] and kw["from"]


# ---------------------------------------------------------------------------
# timeline, rows, loading, rendering
# ---------------------------------------------------------------------------


def test_timeline_counts_per_label():
    records = corpus() + [rec("c1", 2023, slogans=[slogan("绿色发展", count=7)], body="园区 园区")]
    tl = timeline(records, tokenize=split)
    assert tl["labels"] == [2021, 2023, 2025]
    sl = {it["text"]: it for it in tl["slogans"]}
    assert sl["绿色发展"]["counts"] == {2021: 3, 2023: 7, 2025: 4}
    assert tl["slogans"][0]["text"] == "绿色发展"  # highest total first
    assert sl["政产学研用"]["counts"] == {2021: 2, 2023: 0, 2025: 0}
    insts = {it["name"]: it for it in tl["institutions"]}
    assert insts["河西大学"]["counts"] == {2021: 2, 2023: 0, 2025: 1}


def test_timeline_keywords_are_the_most_frequent_overall():
    tl = timeline(corpus(), tokenize=split, top=2)
    assert [k["term"] for k in tl["keywords"]] == ["科技", "创新"]
    assert tl["keywords"][0]["counts"] == {2021: 3, 2025: 2}


def test_diff_rows_flatten_every_section():
    res = run(min_count=1)
    rows = list(diff_rows(res))
    assert all(set(r) == {"section", "change", "item", "from", "to", "detail"} for r in rows)
    kinds = {(r["section"], r["change"]) for r in rows}
    assert {("slogans", "added"), ("slogans", "removed"), ("slogans", "kept"), ("slogans", "related"),
            ("institutions", "kept"), ("indicators", "pair"), ("keywords", "to"), ("keywords", "from")} <= kinds  # fmt: skip
    related = next(r for r in rows if r["change"] == "related")
    assert related["item"] == "政产学研用 -> 政产学研金介用" and "grew" in related["detail"]
    pair = next(r for r in rows if r["section"] == "indicators" and r["item"].startswith("高新技术企业数"))
    assert (pair["from"], pair["to"]) == (400, 650) and "not a like-for-like" in pair["detail"]


def test_load_records_reads_json_array_object_and_jsonl(tmp_path):
    records = corpus()
    (tmp_path / "all.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(records[0], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records[:2]) + "\n\n", encoding="utf-8"
    )
    got = list(load_records([tmp_path / "all.json", str(tmp_path / "one.json"), tmp_path / "lines.jsonl"]))
    assert [r["id"] for r in got] == ["a1", "a2", "b1", "b2", "bad", "a1", "a1", "a2"]
    assert group_records(got).skipped == ["bad"]


def test_load_records_reads_stdin_in_either_format(monkeypatch):
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in corpus()[:3])
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert [r["id"] for r in load_records("-")] == ["a1", "a2", "b1"]
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(corpus()[:2], ensure_ascii=False)))
    assert [r["id"] for r in load_records(["-"])] == ["a1", "a2"]


def test_load_records_reports_file_and_line_of_bad_json(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(RecordsError, match=r"broken\.jsonl, line 2"):
        list(load_records([path]))
    with pytest.raises(ValueError, match="no such file"):
        list(load_records([tmp_path / "missing.json"]))
    with pytest.raises(ValueError, match="folder"):
        list(load_records([tmp_path]))


def test_render_tables_and_timeline_name_the_groups():
    from rich.console import Console

    console = Console(record=True, width=160)
    from policymine.render import diff_dataset, timeline_dataset

    for data in (diff_dataset(run(min_count=1)), timeline_dataset(timeline(corpus(), tokenize=split))):
        data.view(data.items, console)
    text = console.export_text()
    assert "2021" in text and "2025" in text
    for word in ("政产学研金介用", "新质生产力", "高新技术企业数", "timeline", "not like-for-like"):
        assert word in text


# ---------------------------------------------------------------------------
# property: every slogan lands in exactly one place
# ---------------------------------------------------------------------------

_CHARS = "政产学研金介用创新发展绿色"
_slogan_text = st.text(alphabet=_CHARS, min_size=1, max_size=7)
_slogan = st.builds(
    slogan,
    _slogan_text,
    st.sampled_from(["abbreviation", "catchphrase", "numbered"]),
    st.integers(min_value=1, max_value=4),
    st.lists(_slogan_text, max_size=2),
)
_doc_slogans = st.lists(_slogan, max_size=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_doc_slogans, min_size=1, max_size=3), st.lists(_doc_slogans, min_size=1, max_size=3))
def test_every_slogan_ends_up_in_exactly_one_place(side_a, side_b):
    a = [rec(f"a{i}", 2021, slogans=s, body="科技 创新") for i, s in enumerate(side_a)]
    b = [rec(f"b{i}", 2025, slogans=s, body="创新 成果") for i, s in enumerate(side_b)]
    res = diff_groups(a, b, label_a=2021, label_b=2025, tokenize=split, min_count=1)
    sl = res["slogans"]

    buckets = {part: [{it["text"], *it["aliases"]} for it in sl[part]] for part in ("added", "removed", "kept")}
    related = [{p["from"], *p["aliases_from"]} for p in sl["related"]] + [{p["to"], *p["aliases_to"]} for p in sl["related"]]
    for text in {s["text"] for r in a + b for s in r["slogans"]}:
        places = [part for part, groups in buckets.items() for g in groups if text in g]
        in_related = any(text in g for g in related)
        assert len(places) == 1, (text, places)
        if places != ["kept"] and in_related:
            # a one-sided member of a related pair carries its partner
            items = [it for it in sl[places[0]] if text in {it["text"], *it["aliases"]}]
            assert any("related" in it for it in items), (text, items)
    json.dumps(res, ensure_ascii=False)


def test_institutions_with_different_heads_are_not_related():
    from policymine.diff.entities import _org_head

    assert _org_head("兰州新区") == "新区" and _org_head("兰州高新区") == "高新区"
    assert _org_head("兰白科技创新改革试验区") == _org_head("兰州白银科技创新改革试验区")


def test_names_with_different_heads_are_two_bodies_not_a_variant():
    records = [
        rec("a", 2021, institutions=[inst("河西新区", "zone")]),
        rec("b", 2025, institutions=[inst("河西高新区", "zone")]),
    ]
    inst_diff = run(records=records)["institutions"]
    assert inst_diff["related"] == []
    assert [it["name"] for it in inst_diff["added"]] == ["河西高新区"]
    assert [it["name"] for it in inst_diff["removed"]] == ["河西新区"]
