"""Tests of :mod:`policymine.markup`: front matter, HTML sniffing, HTML to text."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policymine import markup
from policymine.markup import HtmlPage, html_to_text, looks_like_html, split_front_matter

# --------------------------------------------------------------------------- #
# split_front_matter
# --------------------------------------------------------------------------- #

FRONT_MATTER_CASES = [
    pytest.param(
        "---\ntitle: 兰州市科技创新大会召开\nsource: 兰州日报\n---\n正文第一段。\n",
        {"title": "兰州市科技创新大会召开", "source": "兰州日报"},
        "正文第一段。\n",
        id="yaml-chinese",
    ),
    pytest.param(
        "---\n标题: 兰州市科技创新大会召开\n来源: 兰州日报\n---\n正文",
        {"标题": "兰州市科技创新大会召开", "来源": "兰州日报"},
        "正文",
        id="chinese-keys",
    ),
    pytest.param(
        "---\nTitle: A\nAUTHOR : B\n---\nx",
        {"title": "A", "author": "B"},
        "x",
        id="keys-lowercased-stripped",
    ),
    pytest.param(
        "---\na: \"双引号: 含冒号\"\nb: '单引号 ''转义'''\nc: \"转义\\\"引号\\\"\\n换行\"\n---\n",
        {"a": "双引号: 含冒号", "b": "单引号 '转义'", "c": '转义"引号"\n换行'},
        "",
        id="quotes-removed",
    ),
    pytest.param(
        "---\ntags: [科技, '创新', \"兰州, 甘肃\"]\nempty: []\n---\n正文",
        {"tags": ["科技", "创新", "兰州, 甘肃"], "empty": []},
        "正文",
        id="flow-list",
    ),
    pytest.param(
        "---\nauthors:\n  - 华静\n  - \"张世荣\"\nkeywords:\n- 科技\n- 创新\ntitle: 标题\n---\n正文",
        {"authors": ["华静", "张世荣"], "keywords": ["科技", "创新"], "title": "标题"},
        "正文",
        id="block-list",
    ),
    pytest.param(
        "---\na: null\nb: ~\nc:\nd: NULL\ne: ''\nf: \"null\"\n---\n",
        {"a": None, "b": None, "c": None, "d": None, "e": "", "f": "null"},
        "",
        id="nulls",
    ),
    pytest.param(
        "---\ndate: 2021-05-08\ntime: 2021-05-08 07:30\nrfc: Tue, 02 Mar 2021 08:15:00 GMT\n"
        "iso: 2021-05-08T07:30:00+08:00\nyear: 2021\n---\n",
        {
            "date": "2021-05-08",
            "time": "2021-05-08 07:30",
            "rfc": "Tue, 02 Mar 2021 08:15:00 GMT",
            "iso": "2021-05-08T07:30:00+08:00",
            "year": "2021",
        },
        "",
        id="dates-kept-as-strings",
    ),
    pytest.param(
        "---\nurl: http://www.gov.cn/zhengce/2021-05/08.htm\ntitle: 原标题: 实干当先\n---\n正文",
        {"url": "http://www.gov.cn/zhengce/2021-05/08.htm", "title": "原标题: 实干当先"},
        "正文",
        id="colons-in-values",
    ),
    pytest.param(
        "---\n# 归档工具写的注释\ntitle: 标题  # 行尾注释\n\nsource: C#语言\n---\n正文",
        {"title": "标题", "source": "C#语言"},
        "正文",
        id="comments-and-blank-lines",
    ),
    pytest.param(
        "---\ntitle: 标题\n...\n正文",
        {"title": "标题"},
        "正文",
        id="dots-close",
    ),
    pytest.param(
        "\ufeff\n\n---\ntitle: 标题\n---\n\n正文",
        {"title": "标题"},
        "\n正文",
        id="bom-and-blank-lines-before",
    ),
    pytest.param(
        "---\r\ntitle: 标题\r\ntags:\r\n  - 甲\r\n---\r\n正文\r\n",
        {"title": "标题", "tags": ["甲"]},
        "正文\r\n",
        id="crlf",
    ),
    pytest.param("---\n---\n正文", {}, "正文", id="empty-block"),
    pytest.param(
        "---\ntitle: [转载] 兰州科技大会\n---\n正文",
        {"title": "[转载] 兰州科技大会"},
        "正文",
        id="bracket-title-is-a-string",
    ),
    pytest.param(
        "---\ntags: [\n  科技,\n  创新\n]\n---\n正文",
        {"tags": ["科技", "创新"]},
        "正文",
        id="flow-list-over-lines",
    ),
    pytest.param(
        "---\nsummary: >\n  第一行\n  第二行\n\n  新段\nbody: |\n  甲\n    乙\n---\n正文",
        {"summary": "第一行 第二行\n新段", "body": "甲\n  乙"},
        "正文",
        id="block-scalars",
    ),
    pytest.param(
        '+++\ntitle = "兰州市科技创新大会召开"\ndate = 2021-05-08T07:30:00+08:00\n'
        "tags = [\"科技\", '创新']\ndraft = false\n+++\n正文",
        {"title": "兰州市科技创新大会召开", "date": "2021-05-08T07:30:00+08:00", "tags": ["科技", "创新"], "draft": "false"},
        "正文",
        id="toml",
    ),
    pytest.param(
        '+++\n"Source Name" = "兰州日报"\nauthors = [\n  "华静",\n  "张三",\n]\n'
        'summary = """\n第一行\n第二行"""\n+++\n正文',
        {"source name": "兰州日报", "authors": ["华静", "张三"], "summary": "第一行\n第二行"},
        "正文",
        id="toml-quoted-key-multiline",
    ),
]


@pytest.mark.parametrize(("text", "fields", "rest"), FRONT_MATTER_CASES)
def test_split_front_matter(text: str, fields: dict, rest: str) -> None:
    assert split_front_matter(text) == (fields, rest)


UNCHANGED_CASES = [
    pytest.param("兰州市科技创新大会召开\n---\ntitle: x\n---\n", id="not-at-start"),
    pytest.param("---\ntitle: 标题\n正文没有结束线。\n", id="no-closing-fence"),
    pytest.param("---\ntitle: 标题\n", id="eof-in-block"),
    pytest.param("---\n第一段文字, 不是键值。\n---\n第二段", id="markdown-rules-around-prose"),
    pytest.param("---\ntitle: 标题\n这一行不是键值\n---\n正文", id="non-key-line"),
    pytest.param("---\nauthor:\n  name: 华静\n---\n正文", id="nested-mapping"),
    pytest.param("---\ntitle: 甲\n  author: 乙\n---\n正文", id="indented-key"),
    pytest.param("---\n- 甲\n- 乙\n---\n正文", id="top-level-list"),
    pytest.param("----\ntitle: x\n----\n正文", id="four-dashes"),
    pytest.param("  ---\ntitle: x\n---\n正文", id="indented-fence"),
    pytest.param("---\ntitle = x\n---\n", id="toml-syntax-in-yaml-fence"),
    pytest.param("+++\ntitle: x\n+++\n", id="yaml-syntax-in-toml-fence"),
    pytest.param("+++\n[params]\nauthor = \"x\"\n+++\n", id="toml-table"),
    pytest.param("---\ntitle: x\n+++\n正文", id="mismatched-fences"),
    pytest.param("+++\nsummary = \"\"\"未结束\n+++\n", id="toml-unclosed-multiline"),
    pytest.param("---\nhttp://example.com\n---\n", id="url-is-not-a-key"),
    pytest.param("", id="empty"),
    pytest.param("\n\n  \n", id="blank"),
    pytest.param("《兰州市科技创新条例》全文", id="plain-text"),
]


@pytest.mark.parametrize("text", UNCHANGED_CASES)
def test_split_front_matter_leaves_other_text_alone(text: str) -> None:
    assert split_front_matter(text) == ({}, text)


def test_closing_fence_must_come_within_100_lines() -> None:
    def block(count: int) -> str:
        return "---\n" + "".join(f"k{n}: v{n}\n" for n in range(count)) + "---\n正文"

    fields, rest = split_front_matter(block(99))
    assert len(fields) == 99 and rest == "正文"  # fence on the 100th line after the opening
    assert split_front_matter(block(100)) == ({}, block(100))


# --------------------------------------------------------------------------- #
# looks_like_html
# --------------------------------------------------------------------------- #

LOOKS_LIKE_HTML_CASES = [
    pytest.param("<!DOCTYPE html><html><body>正文</body></html>", True, id="doctype"),
    pytest.param("  <!doctype html>\n<title>标题</title>", True, id="doctype-lowercase"),
    pytest.param("<html lang=zh-CN>正文", True, id="html-tag"),
    pytest.param("<!-- saved from url=(0042)http://x -->\n<html>", True, id="comment-first"),
    pytest.param('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True, id="xhtml"),
    pytest.param("<p>第一段。</p><p>第二段。</p>", True, id="paragraphs"),
    pytest.param("<div class=content>正文<br>下一行</div>", True, id="div-br"),
    pytest.param("第一行<br>第二行<br>第三行", True, id="br-lines"),
    pytest.param("<span>一</span>", True, id="fragment-opening-with-tag"),
    pytest.param("《兰州市科技创新条例》全文", False, id="book-title"),
    pytest.param("增长率 < 5% 且 a<b", False, id="stray-lt"),
    pytest.param("如图<1>所示", False, id="angle-number"),
    pytest.param("在页面中使用<br>换行", False, id="one-tag-in-prose"),
    pytest.param("兰州市<科技局>发布通知。<附件>", False, id="chinese-in-angles"),
    pytest.param("", False, id="empty"),
    pytest.param("---\ntitle: x\n---\n正文", False, id="front-matter"),
]


@pytest.mark.parametrize(("text", "expected"), LOOKS_LIKE_HTML_CASES)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


# --------------------------------------------------------------------------- #
# html_to_text: text
# --------------------------------------------------------------------------- #

TEXT_CASES = [
    pytest.param(
        "<nav>首页 | 新闻</nav><article><h1>标题</h1><p>第一段。</p>"
        "<p>第二段<a href=#>链接</a>。</p></article><script>var x=1</script>",
        "首页 | 新闻\n\n标题\n\n第一段。\n\n第二段链接。",
        id="news-page",
    ),
    # block elements give lines; paragraphs, headings, lists and sections a blank line
    pytest.param("<div>甲</div><div>乙</div>", "甲\n乙", id="div-lines"),
    pytest.param("<p>甲</p><p>乙</p>", "甲\n\n乙", id="p-paragraphs"),
    pytest.param("<h2>小标题</h2>正文", "小标题\n\n正文", id="heading"),
    pytest.param("<ul><li>一</li><li>二</li></ul>后文", "一\n二\n\n后文", id="list"),
    pytest.param("<ol><li>一<li>二</ol>", "一\n二", id="unclosed-li"),
    pytest.param("<dl><dt>术语<dd>解释</dl>", "术语\n解释", id="dl"),
    pytest.param("<blockquote>引文</blockquote>正文", "引文\n\n正文", id="blockquote"),
    pytest.param("<figure><img src=a.jpg><figcaption>图1 兰州</figcaption></figure>", "图1 兰州", id="figure"),
    pytest.param("甲<hr>乙", "甲\n\n乙", id="hr"),
    pytest.param(
        "<header>头部</header><main><section>节</section></main><aside>侧栏</aside><footer>版权所有</footer>",
        "头部\n\n节\n\n侧栏\n\n版权所有",
        id="boilerplate-kept",
    ),
    pytest.param("<form>搜索<input type=text></form>下文", "搜索\n\n下文", id="form"),
    # <br>
    pytest.param("第一行<br>第二行", "第一行\n第二行", id="br"),
    pytest.param("甲<br/>乙<BR>丙", "甲\n乙\n丙", id="br-variants"),
    pytest.param("甲<br><br>乙", "甲\n\n乙", id="double-br-blank-line"),
    pytest.param("甲<br><br><br><br>乙", "甲\n\n乙", id="many-br-one-blank-line"),
    pytest.param("<div>甲<br></div><div>乙</div>", "甲\n乙", id="trailing-br-in-div"),
    pytest.param("甲</br>乙", "甲\n乙", id="stray-end-br"),
    # inline elements do not break
    pytest.param(
        "<p>关于<span>印发</span><b>兰州</b><strong>市</strong><em>科技</em><font color=red>创新</font>"
        "<i>条例</i><u>的</u>通知<sub>1</sub><sup>2</sup></p>",
        "关于印发兰州市科技创新条例的通知12",
        id="inline",
    ),
    pytest.param("<span>兰州</span> <span>日报</span>", "兰州 日报", id="space-between-inline"),
    # tables: cells on one line separated by a tab
    pytest.param(
        "<table><tr><th>指标</th><th>目标</th></tr>\n<tr><td>研发投入</td>\n<td>2.5%</td></tr></table>",
        "指标\t目标\n研发投入\t2.5%",
        id="table",
    ),
    pytest.param("<table><tr><td>甲<td>乙<tr><td>丙<td>丁</table>", "甲\t乙\n丙\t丁", id="table-unclosed-cells"),
    pytest.param("<table><tr><td>甲<td hidden>隐<tr><td>乙</table>", "甲\n乙", id="new-row-closes-hidden-cell"),
    # dropped content
    pytest.param("<script>document.write('x')</script>正文<style>p{color:red}</style>", "正文", id="script-style"),
    pytest.param("<noscript>请启用脚本</noscript><template><p>模板</p></template>正文", "正文", id="noscript-template"),
    pytest.param("<svg><title>图标</title><text>S</text></svg>正文<iframe src=x>框架</iframe>", "正文", id="svg-iframe"),
    pytest.param("<head><title>标题</title><style>x</style></head><body>正文</body>", "正文", id="head"),
    pytest.param("甲<!-- 注释 <p>不是段落</p> -->乙", "甲乙", id="comment"),
    pytest.param("<p>正文</p><div hidden>隐藏</div><p>后文</p>", "正文\n\n后文", id="hidden-attr"),
    pytest.param(
        '<div style="display:none">隐藏一</div><p style="color:red; display : NONE !important">隐藏二</p>'
        '<span style="visibility:hidden">隐藏三</span><p style="display:block">可见</p>',
        "可见",
        id="hidden-style",
    ),
    pytest.param("甲<span hidden>隐</span>乙", "甲乙", id="hidden-inline"),
    pytest.param("<ul><li hidden>隐<li>显</ul>", "显", id="hidden-li-closed-by-next-li"),
    pytest.param("<p hidden>隐<p>显", "显", id="hidden-p-closed-by-next-p"),
    # entities and whitespace
    pytest.param(
        "<p>&ldquo;兰州&rdquo;&nbsp;&nbsp;&mdash;&#x4E2D;&#22269;&amp;&lt;&gt;</p>",
        "“兰州” —中国&<>",
        id="entities",
    ),
    pytest.param("<p>  兰州\n\t 日报  </p>", "兰州 日报", id="whitespace-collapsed"),
    pytest.param("<p>\u3000\u3000第一段。</p><p>\u3000</p><p>第二段。</p>", "\u3000\u3000第一段。\n\n第二段。", id="fullwidth-kept"),
    pytest.param("<p>甲</p>\n\n<p></p>\n<p> </p>\n<p>乙</p>", "甲\n\n乙", id="empty-blocks"),
    # <pre>
    pytest.param("<pre>\n第一行\n第二行\n\n\n\n第三行</pre>", "第一行\n第二行\n\n第三行", id="pre"),
    pytest.param("<p>前</p><pre>代码</pre><p>后</p>", "前\n\n代码\n\n后", id="pre-block"),
    # malformed markup
    pytest.param("<div><p>未闭合<div>第二块", "未闭合\n\n第二块", id="unclosed"),
    pytest.param("</div></span>正文</p>后文", "正文\n\n后文", id="stray-end-tags"),
    pytest.param("<p>甲<b>乙</p>丙", "甲乙\n\n丙", id="misnested"),
    pytest.param("<html><head><meta charset=utf-8>正文</html>", "正文", id="text-in-head-opens-body"),
    pytest.param("<head><title>题</title><div>正文</div>", "正文", id="block-in-head-opens-body"),
    pytest.param("<p>甲<![foo[ 乙 ]]>丙</p>", "甲丙", id="bad-marked-section"),
    pytest.param("<p>比例<5%及a<b", "比例<5%及a<b", id="lt-in-text"),
    pytest.param("<script>未闭合脚本", "", id="unclosed-script"),
    pytest.param("纯文本,\n没有标签。", "纯文本, 没有标签。", id="plain-text"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("html", "expected"), TEXT_CASES)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html).text == expected


# --------------------------------------------------------------------------- #
# html_to_text: title and meta
# --------------------------------------------------------------------------- #

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>  兰州市科技创新大会召开_兰州新闻网
</title>
<meta name="Keywords" content="科技,创新">
<meta name="description" content="  全市科技大会 召开 ">
<meta name="author" content="华静">
<meta name="pubdate" content="2023-09-06 09:11">
<meta name="publishdate" content="2023-09-06">
<meta name="source" content="兰州日报">
<meta property="og:title" content="兰州市科技创新大会召开">
<meta property="article:published_time" content="2023-09-06T09:11:04+08:00">
<meta name="description" content="第二个描述">
<meta name="empty" content="">
<meta http-equiv="Content-Type" content="text/html">
</head>
<body><svg><title>图标</title></svg><h1>兰州市科技创新大会召开</h1><p>正文。</p></body>
</html>"""


def test_title_and_meta() -> None:
    page = html_to_text(PAGE)
    assert isinstance(page, HtmlPage)
    assert page.title == "兰州市科技创新大会召开_兰州新闻网"
    assert page.meta == {
        "keywords": "科技,创新",
        "description": "全市科技大会 召开",  # whitespace collapsed, the first one wins
        "author": "华静",
        "pubdate": "2023-09-06 09:11",
        "publishdate": "2023-09-06",
        "source": "兰州日报",
        "og:title": "兰州市科技创新大会召开",
        "article:published_time": "2023-09-06T09:11:04+08:00",
    }
    assert page.text == "兰州市科技创新大会召开\n\n正文。"


TITLE_CASES = [
    pytest.param("<p>正文</p>", None, id="none"),
    pytest.param("<title></title>正文", None, id="empty"),
    pytest.param("<title>&ldquo;十四五&rdquo;规划</title>", "“十四五”规划", id="entities"),
    pytest.param("<svg><title>图标</title></svg><title>页面</title>", "页面", id="svg-title-ignored"),
    pytest.param("<title>第一</title><title>第二</title>", "第一", id="first-wins"),
    pytest.param("<title>未闭合标题", "未闭合标题", id="unclosed"),
]


@pytest.mark.parametrize(("html", "title"), TITLE_CASES)
def test_title(html: str, title: str | None) -> None:
    page = html_to_text(html)
    assert page.title == title
    assert "标题" not in page.text and (title is None or title not in page.text)


def test_meta_keys_lowercased_and_both_name_and_property() -> None:
    page = html_to_text('<META NAME="Author" CONTENT="张三"><meta name="x" property="OG:Desc" content="值">')
    assert page.meta == {"author": "张三", "x": "值", "og:desc": "值"}


def test_meta_in_body_counts() -> None:
    assert html_to_text('<body><meta name="source" content="甘肃日报">正文</body>').meta == {"source": "甘肃日报"}


def test_html_page_is_frozen() -> None:
    page = html_to_text("<p>正文</p>")
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.text = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------- #
# properties
# --------------------------------------------------------------------------- #

# Bits of markup, so that generated text hits the parser's interesting paths.
_MARKUP = st.sampled_from(
    [
        "<p>", "</p>", "<div hidden>", "</div>", "<br>", "<pre>", "</pre>", "<td>", "<tr>", "<li>",
        "<script>", "</script>", "<title>", "</title>", "<head>", "<body>", "<svg>", "</svg>",
        "<!--", "-->", "<![", "<![CDATA[", "]]>", "<!", "</", "<?", "&", "&nbsp;", "&#", "&#x",
        '<meta name="a" content="b">', '<p style="display:none">', "<", ">", "\n", " ", "\u3000",
        "---\n", "+++\n", "...\n", "key: value\n", "- item\n", "k = \"v\"\n", "[", "]", '"', "'", "#",
    ]
)
_MIXED = st.lists(st.one_of(_MARKUP, st.text(max_size=8)), max_size=40).map("".join)


@given(st.text())
def test_html_to_text_never_raises(text: str) -> None:
    page = html_to_text(text)
    assert isinstance(page, HtmlPage)
    _check_text_shape(page.text)


@settings(max_examples=300)
@given(_MIXED)
def test_html_to_text_never_raises_on_tag_soup(text: str) -> None:
    page = html_to_text(text)
    _check_text_shape(page.text)
    assert page.title is None or page.title == page.title.strip()


def _check_text_shape(text: str) -> None:
    """Stripped lines, no blank line at either end, never two blank lines in a row."""
    assert "\n\n\n" not in text
    assert text == text.strip("\n")
    for line in text.split("\n"):
        assert line == line.strip(" \t")


@given(st.one_of(st.text(), _MIXED))
def test_looks_like_html_never_raises(text: str) -> None:
    assert looks_like_html(text) in (True, False)


@given(st.one_of(st.text(), _MIXED, st.text().map(lambda t: "---\n" + t), st.text().map(lambda t: "+++\n" + t)))
def test_split_front_matter_never_raises(text: str) -> None:
    fields, rest = split_front_matter(text)
    assert isinstance(fields, dict)
    assert text.endswith(rest)
    for key, value in fields.items():
        assert key == key.strip().lower()
        assert value is None or isinstance(value, str) or all(isinstance(v, str) for v in value)


@given(st.one_of(st.text(), _MIXED))
def test_split_front_matter_leaves_text_without_fence_unchanged(text: str) -> None:
    assume(not text.lstrip("\ufeff").lstrip().startswith(("---", "+++")))
    assert split_front_matter(text) == ({}, text)


def test_plain_text_with_stray_tags_keeps_its_lines():
    from policymine.markup import looks_like_html, read_page

    prose = "本市今年新认定高新技术企业一百余家，科技型中小企业评价入库数量再创新高，全社会研发投入持续增长。"
    text = "\n".join(
        ["• <bdo id=\"x\"></bdo>", "• <strike id=\"x\"></strike>", "• <sup id=\"x\"></sup><center id=\"x\"></center>",
         "", "某市科技创新取得新进展", "", "首页 > 科技 > 正文", "", prose, "", prose, "", prose, "", prose]
    )
    assert not looks_like_html(text)
    assert read_page(text, "text").text.count("\n") >= 10
    # a page whose text sits in its tags is still HTML
    html = "\n".join(f"<p>{prose}</p>" for _ in range(6))
    assert looks_like_html(html)


def test_a_forums_anti_copy_noise_is_hidden():
    # Discuz! scatters random characters through a post in elements of class "jammer", which its
    # stylesheet hides; a reader never sees them
    html = ('<html><body><div class="t_f">现将名单印发给你们。<font class="jammer">k0 g& H$ W& E</font><br>'
            '某某委员会办公厅<span class="post jammer">x7 M* y(</span><br>2031年5月26日</div></body></html>')
    assert markup.read_page(html).text == "现将名单印发给你们。\n某某委员会办公厅\n2031年5月26日"
    # (a class that merely holds the word is no such noise)
    assert "保留" in markup.read_page('<p class="jammers">保留</p>').text
