"""What a start from the precomputed dictionary leaves in memory, and the tag look-ups it serves:
the same tags as the whole table, no container of the dictionary's words for the garbage
collector to walk at every full collection."""

from __future__ import annotations

import gc

import pytest

from policymine.segment import Segmenter

TEXT = "兰州市科技局发布2025年计划，力争新增高新技术企业120家，一帆风顺地推进科技成果转化。魑魅魍魉公司入驻。"


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "policymine"


@pytest.mark.slow
def test_tags_looked_up_are_the_table_s(cache):
    Segmenter()  # builds the dictionary and writes the file
    loaded = Segmenter()  # starts from the file
    words = loaded.words(TEXT)
    tags = dict(loaded.word_tags(words))  # looked up word by word in the file's index
    tagged = [(w, loaded.tag_word(w)) for w in words]
    idiom = loaded.is_idiom("一帆风顺")
    table = loaded.tag_table()  # the whole table, built at once
    for w in set(words):
        assert tags[w] == table.get(w)
    assert tagged == [(w, loaded.tag_word(w)) for w in words]
    assert idiom is True and loaded.is_idiom("一帆风顺")
    assert len(table) > 100_000


@pytest.mark.slow
def test_no_list_of_the_dictionary_s_words_stays_in_memory(cache):
    def big() -> set[int]:
        gc.collect()
        return {id(o) for o in gc.get_objects() if isinstance(o, (list, tuple, set)) and len(o) > 50_000}

    before = big()  # what earlier tests of the same run left (hypothesis, other segmenters)
    Segmenter()
    seg = Segmenter()
    seg.tag(TEXT)  # the tag index is built at the first look-up
    assert big() - before == set()
    assert not gc.is_tracked(seg.frequencies)  # str -> int: never walked by the collector
    assert not gc.is_tracked(seg.word_tags())
