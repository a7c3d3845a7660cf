"""The precomputed dictionary file: a start from it gives the same dictionary as a build from
the sources, and it is keyed by the dictionaries' contents."""

from __future__ import annotations

import os

import pytest

from policymine import segment
from policymine.segment import Segmenter

TEXT = "兰州市科技局发布2025年计划，魑魅魍魉科技公司入驻兰州高新区，企业科技局长讲话。"


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "policymine"


def _state(seg: Segmenter):
    return (list(seg.frequencies.items()), seg.total, sorted(seg.tag_table().items()),
            sorted(seg._pos_tags().items()), seg.words(TEXT), seg.tag(TEXT), seg.pos_tag(TEXT))


@pytest.mark.slow
def test_a_start_from_the_file_equals_a_build(cache, tmp_path):
    d = tmp_path / "terms.txt"
    d.write_text("魑魅魍魉科技 50 nz\n数字孪生城市\n兰州高新 3\n企业科技 v\n", encoding="utf-8")
    built = Segmenter([d])
    assert len(list(cache.glob("dictionary-*.bin"))) == 1
    loaded = Segmenter([d])
    assert _state(loaded) == _state(built)


def test_the_key_follows_the_contents(tmp_path):
    d = tmp_path / "terms.txt"
    d.write_text("数字孪生城市 5 n\n", encoding="utf-8")
    k1 = segment._dictionary_key((str(d),))
    assert segment._dictionary_key((str(d),)) == k1
    os.utime(d, (0, 0))  # the same contents, another time stamp: the same file
    assert segment._dictionary_key((str(d),)) == k1
    d.write_text("数字孪生城市 6 n\n", encoding="utf-8")
    assert segment._dictionary_key((str(d),)) != k1
    assert segment._dictionary_key(()) not in (k1, segment._dictionary_key((str(d),)))


def test_a_damaged_file_is_rebuilt(cache, tmp_path):
    d = tmp_path / "terms.txt"
    d.write_text("数字孪生城市 5 n\n", encoding="utf-8")
    key = segment._dictionary_key((str(d),))
    cache.mkdir(parents=True, exist_ok=True)
    (cache / f"dictionary-{key}.bin").write_bytes(b"policymine-dictionary\n\x00garbage")
    seg = Segmenter([d])
    assert "数字孪生城市" in seg.words("建设数字孪生城市")
    assert Segmenter([d]).words(TEXT) == seg.words(TEXT)


def test_a_missing_user_dictionary_is_a_resource_error(tmp_path):
    from policymine.errors import ResourceError

    with pytest.raises(ResourceError, match="cannot read dictionary"):
        Segmenter([tmp_path / "missing.txt"])
