"""The HTML scanner (policymine.htmlscan) gives html.parser's events exactly: on every page the
project has, on generated malformed markup, and through html_to_text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymine import htmlscan, markup
from policymine.errors import InputError
from policymine.sources import read_input

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "dev" / "docs"
PAGE_SETS = [ROOT / "seeds", ROOT / "tests" / "cases", ROOT / "tests" / "corpus" / "docs",
             ROOT / "tests" / "docmeta" / "docs", ROOT / "tests" / "html_bench" / "pages", SHARED_DEV]  # fmt: skip

pytestmark = pytest.mark.skipif(not htmlscan.ENABLED, reason="html.parser differs from the one the scanner reads")


class Recorder(markup._TolerantParser):
    """Every event html.parser gives, in order."""

    def __init__(self, scanner: bool) -> None:
        super().__init__()
        self.use_scanner = scanner
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown", data))


def events(text: str, scanner: bool) -> list[tuple]:
    recorder = Recorder(scanner)
    recorder.run(text)
    return recorder.events


def scanned_to(text: str) -> int:
    """Where the scanner stops and hands the page to html.parser."""
    return htmlscan.scan(Recorder(True), text)


def _pages() -> list[Path]:
    return [p for folder in PAGE_SETS if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file()]


def _same_page(a: markup.HtmlPage, b: markup.HtmlPage) -> bool:
    return (a.text, a.title, a.meta, a.content, a.linked) == (b.text, b.title, b.meta, b.content, b.linked)


def _without_scanner(fn, text: str):
    """``fn(text)`` with html.parser alone reading the markup."""
    markup._TolerantParser.use_scanner = False
    try:
        return fn(text)
    finally:
        markup._TolerantParser.use_scanner = htmlscan.ENABLED


def _html_to_text_without_scanner(text: str) -> markup.HtmlPage:
    return _without_scanner(markup.html_to_text, text)


# --------------------------------------------------------------------------- #
# Made-up markup, one construct at a time
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("text", [
    '<p class="a" id=b hidden>x &amp; y</p>',
    "<DIV Class='x'>A<BR/>b</DIV>",
    '<img src="a.png"/><br /><input value=a/>',
    "<a href=x?a=1&amp;b=2>link</a>",
    "a < b and c <3 d",
    "<script>if (a < b && c) { x = '</div>'; }</script>after",
    "<style>p { content: '&amp;'; }</style>",
    "<script>document.write('</scr' + 'ipt>')</script>",
    '<script>s = "</script"+">";</script>tail',
    "<!-- a comment --> text <!---->",
    "<!--> text <!---> text",
    "<!-- a -- > b --> c",
    "<!-- a --!> b -->",
    "<!DOCTYPE html><?xml version='1.0'?><![CDATA[x<y]]>",
    '<meta name="a" content="b" "c"="d">text',
    "<p a='x'b=\"y\">glued</p>",
    "<p\u3000class=x>wide space</p>",
    "<p>unclosed <b",
    "text then <",
    "<!-- never closed",
    "<script>never closed",
    "<script></script x=y>a</script>",
    "<style>a</style >b</style>",
    "</ p></>< /p>",
    "&nbsp&lt;&#x4e2d;&#20013;&amp",
])
def test_constructs_give_the_parsers_events(text):
    assert events(text, True) == events(text, False)


def test_the_scanner_reads_plain_pages_whole():
    page = ('<!DOCTYPE html><html><head><title>标题</title><meta name="author" content="某"></head>'
            '<body><div class=main><p>第一段&nbsp;文字。</p><!-- ad --><script>var a = "<p>";</script>'
            "<ul><li>一<li>二</ul></div></body></html>")  # fmt: skip
    assert scanned_to(page) == len(page)


def test_a_start_tag_it_cannot_read_is_read_by_the_parser_and_scanning_goes_on():
    page = '<div><meta name="x" content="a" b"c"=d><p>' + "<span>文字</span>" * 50 + "</p></div>"
    assert scanned_to(page) == len(page)
    assert events(page, True) == events(page, False)


def test_it_stops_where_the_parser_must_read_the_rest():
    page = "<p>a</p><!-- never closed <p>b</p>"
    assert scanned_to(page) == page.index("<!--")
    page = "<p>a</p><![CDATA[x]]><p>b</p>"
    assert scanned_to(page) == page.index("<![")


def test_raw_text_is_one_piece_entities_left_alone():
    got = events("<script>a &amp; b</script>", True)
    assert got == [("start", "script", []), ("data", "a &amp; b"), ("end", "script")]


def test_a_bare_less_than_is_a_piece_of_its_own():
    assert events("x < y", True) == [("data", "x "), ("data", "<"), ("data", " y")]


def test_attributes_as_html_parser_gives_them():
    assert htmlscan.attributes(' A="x &amp; y" b c=d/ e=\'\' f = g') == [
        ("a", "x & y"), ("b", None), ("c", "d/"), ("e", ""), ("f", "g")]


def test_the_text_extractor_reads_only_the_attributes_it_uses():
    extractor = markup._TextExtractor()
    assert extractor.scan_attributes("div", ' class="a" id=b') == []
    assert extractor.scan_attributes("div", ' STYLE="display:none"') == [("style", "display:none")]
    assert extractor.scan_attributes("meta", ' name=a content=b') == [("name", "a"), ("content", "b")]
    page = '<div class=x>shown</div><div Style="display: none">gone</div><p HIDDEN>gone</p>'
    assert markup.html_to_text(page).text == "shown"


# --------------------------------------------------------------------------- #
# Generated malformed markup
# --------------------------------------------------------------------------- #

_NAMES = st.sampled_from(["p", "P", "div", "DiV", "br", "a", "li", "td", "tr", "table", "span", "b", "meta",
                          "title", "head", "body", "html", "svg", "o:p", "h1", "script", "style", "SCRIPT",
                          "x-y", "pre", "img"])  # fmt: skip
_ATTR_NAMES = st.sampled_from(["class", "id", "style", "STYLE", "hidden", "name", "content", "property", "href",
                               "data-x", "[^]", "360x", "@click", "a'b", 'a"', "a<b", "\u00e9"])  # fmt: skip
_VALUES = st.sampled_from(["", "x", "display:none", "visibility: hidden !important", "a&amp;b", "a b", "a>b",
                           "&#x4e2d;", "a/", "'q'", '"q"', "a=b", "\u3000", "中文"])  # fmt: skip
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", "\f", "\v", "\xa0", "\u3000", "", "/", " / "])


@st.composite
def _attribute(draw):
    name = draw(_ATTR_NAMES)
    form = draw(st.integers(0, 4))
    value = draw(_VALUES)
    if form == 0:
        return name
    eq = draw(st.sampled_from(["=", " = ", "==", "=\n"]))
    if form == 1:
        return f'{name}{eq}"{value}"'
    if form == 2:
        return f"{name}{eq}'{value}'"
    return f"{name}{eq}{value}"


@st.composite
def _start_tag(draw):
    attrs = draw(st.lists(_attribute(), max_size=3))
    parts = "".join(draw(_SPACES) + a for a in attrs)
    tail = draw(st.sampled_from([">", "/>", " />", " >", "", "\n>"]))
    return f"<{draw(_NAMES)}{parts}{tail}"


@st.composite
def _end_tag(draw):
    return draw(st.sampled_from(["</{}>", "</{} >", "</ {}>", "</{}", "</{} x=y>", "</{}\n>", "</{}/>"])).format(
        draw(_NAMES))


_TEXT = st.sampled_from(["text", "中文段落。", " ", "\n", "a < b", "<", "<3", "&amp;", "&nbsp", "&#20013;",
                         "&", ">", "x &lt y", "\u3000", "=", "'", '"', "-->", "]]>", "</"])  # fmt: skip
_OTHER = st.sampled_from([
    "<!-- c -->", "<!---->", "<!-->", "<!--->", "<!-- a -- > b -->", "<!-- a --!> b -->", "<!--", "<!-- x --->",
    "<![CDATA[ x < y ]]>", "<![if IE]>", "<![endif]>", "<!doctype html>", "<!DOCTYPE html PUBLIC>", "<!x>",
    "<?xml version='1.0'?>", "<?php echo 1 ?>", "</>", "<!>", "<!", "<?", "</script>", "</ſcript>", "</SCRIPT >",
    "</script", "</style>", "<script>", "<style>", "</scripts>",
])  # fmt: skip

# constructs the scanner hands to html.parser come one time in five, so most pages are scanned far
_MARKUP = st.lists(st.one_of(_TEXT, _start_tag(), _end_tag(), _TEXT, _OTHER), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKUP)
def test_generated_markup_gives_the_parsers_events(text):
    assert events(text, True) == events(text, False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKUP)
def test_generated_markup_gives_the_same_page(text):
    assert _same_page(markup.html_to_text(text), _html_to_text_without_scanner(text))
    assert markup.looks_like_html(text) == _without_scanner(markup.looks_like_html, text)


# --------------------------------------------------------------------------- #
# Every page we have
# --------------------------------------------------------------------------- #


@pytest.mark.slow
def test_every_page_gives_the_parsers_events_and_the_same_page():
    pages = _pages()
    assert len(pages) >= 100
    for path in pages:
        try:
            text = read_input(str(path)).text
        except InputError:  # pages the reader refuses (binary, empty) are no HTML test
            continue
        assert events(text, True) == events(text, False), path
        assert _same_page(markup.html_to_text(text), _html_to_text_without_scanner(text)), path
        assert markup.looks_like_html(text) == _without_scanner(markup.looks_like_html, text), path
        page = markup.read_page(text)
        assert page == _without_scanner(markup.read_page, text), path
