"""HTML articles: the words a reader reads, one block per heading, paragraph, list item
or block quote; scripts, styles and the site's furniture dropped."""
from __future__ import annotations

from tui.analysis import analyze
from tui.ingest import CONTROL, load, load_bytes
from tui.ingest.html import html_to_text

PAGE = """<!doctype html><html><head><title>Harbour talks | Daily Courier</title>
<style>p { color: red }</style><script>var quote = "“Not a quote,” said nobody.";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><p>Daily Courier — subscribe</p></header>
<article><header><h1>Harbour talks stall</h1></header>
<p>The Northland envoy spoke on Monday.</p>
<p>&ldquo;We will <b>not</b> sign while the blockade stands,&rdquo; said Northland envoy Ada Vance.<br>
Talks resume next week.</p>
<ul><li>First point<li>Second <em>point</em></ul>
<blockquote><p>&quot;Both sides must return,&quot; said a mediator.</p></blockquote>
</article><aside>Most read</aside><footer>© Courier</footer></body></html>"""


def test_blocks_and_text():
    text, blocks, title = html_to_text(PAGE)
    assert title == "Harbour talks | Daily Courier"
    assert [(text[b.start:b.end], b.kind, b.level) for b in blocks] == [
        ("Harbour talks stall", "heading", 1),
        ("The Northland envoy spoke on Monday.", "paragraph", 0),
        ("“We will not sign while the blockade stands,” said Northland envoy Ada Vance. "
         "Talks resume next week.", "paragraph", 0),
        ("First point", "list_item", 1),
        ("Second point", "list_item", 1),
        ("\"Both sides must return,\" said a mediator.", "blockquote", 1),
    ]
    assert "Home" not in text and "subscribe" not in text and "Most read" not in text
    assert "Not a quote" not in text and "color" not in text


def test_a_fragment_without_article_keeps_everything():
    text, blocks, title = html_to_text("<header>Top</header><p>One</p><footer>End</footer>")
    assert text == "Top\n\nOne\n\nEnd" and title == ""


def test_html_file_is_analysed(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    ann = analyze(load(p))
    assert ann.source.format == "html" and ann.source.title == "Harbour talks stall"
    assert [q.speaker.name for q in ann.quotes if q.speaker][:1] == ["Ada Vance"]


def test_page_title_is_the_fallback_title():
    art = load_bytes(b"<title>Only title</title><p>Some words of a long first paragraph that is "
                     + b"more than a title could ever be. " * 5 + b"</p><p>Second.</p>", "x.html", html=True)
    assert art.source.title == "Only title"


def test_controls_in_a_page_are_replaced():
    art = load_bytes("<p>A \x1b[2J bell\x07 here</p>".encode(), "c.html", html=True)
    assert CONTROL.search(art.text) is None and art.source_text
