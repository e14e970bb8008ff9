"""Reading the web: `newsreader analyze URL` and `page.html`, redirects, charsets, the
cache and --offline, feeds and OPML, the source in every export, and untrusted pages and
feeds (no local files, no control characters)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from news_site import SITE, article_page, atom_feed, rss_feed, wikinews_articles
from tui.cli.newsreader import main
from tui.ingest import IngestError
from tui.ingest.feeds import Feed, parse_feed
from tui.ingest.sources import open_article, open_source
from tui.resources import SCHEMA_DIR

ARTICLES = wikinews_articles()
needs_articles = pytest.mark.skipif(not ARTICLES, reason="needs ../shared/data/wikinews/dev")

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>Harbour talks stall</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour talks stall</h1>
<p>The Northland delegation met the Southland delegation at the café on Monday, and the talks
went on late into the night without an agreement on the blockade or on the fishing rights.</p>
<p>“We will not sign while the blockade stands,” said Northland envoy Ada Vance, who has led
the delegation since the talks began in the spring of last year.</p>
</article><footer>Copyright Harbour Gazette</footer></body></html>"""


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@needs_articles
def test_analyze_url_prints_the_annotations_with_the_source(capsys, page_cache, news_site):
    jsonschema = pytest.importorskip("jsonschema")
    a = ARTICLES[0]
    url = news_site.page_url(a)
    data = json.loads(run(capsys, "analyze", url))
    assert data["source"] == {"path": url, "format": "html", "title": a.title,
                              "sha256": data["source"]["sha256"], "encoding": "utf-8",
                              "url": url, "site": SITE, "date": a.date,
                              "byline": "Wikinews contributors"}
    assert data["quotes"] and data["text"].startswith(a.title + "\n\n" + a.paragraphs[0])
    schema = json.loads((SCHEMA_DIR / "annotations.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


@needs_articles
def test_redirects_are_followed_and_the_source_is_where_they_lead(page_cache, news_site):
    a = ARTICLES[1]
    url = news_site.url(f"/hop/3/{a.name}.html")
    article = open_article(url)
    assert article.source.path == url
    assert article.source.url == news_site.page_url(a)
    assert article.text[article.blocks[1].start:article.blocks[1].end] == a.paragraphs[0]


@needs_articles
def test_a_page_is_fetched_once_then_read_from_the_cache_also_offline(page_cache, news_site):
    a = ARTICLES[2]
    url = news_site.page_url(a)
    first = open_article(url)
    asked = [p for p in news_site.requests if a.name in p]
    again = open_article(url)
    offline = open_article(url, offline=True)
    assert [p for p in news_site.requests if a.name in p] == asked == [f"/news/{a.name}.html"]
    assert first.text == again.text == offline.text
    assert list(page_cache.glob("*.body")) and list(page_cache.glob("*.json"))


def test_a_damaged_cache_entry_is_fetched_again(page_cache, news_site):
    url = news_site.serve("/harbour.html", PAGE.format(charset="utf-8"))
    open_article(url)
    for body in page_cache.glob("*.body"):
        body.write_bytes(b"trunc")
    assert "Ada Vance" in open_article(url).text
    assert news_site.requests.count("/harbour.html") == 2


@pytest.mark.parametrize("header, meta", [("text/html; charset=windows-1252", "windows-1252"),
                                          ("text/html", "windows-1252"),
                                          ("text/html; charset=utf-8", "utf-8")])
def test_charset_from_the_header_or_the_page(page_cache, news_site, header, meta):
    body = PAGE.format(charset=meta).encode(meta)
    url = news_site.serve(f"/charset-{meta}-{len(header)}.html", body, header)
    article = open_article(url)
    assert "at the café on Monday" in article.text
    assert "“We will not sign while the blockade stands,”" in article.text
    assert article.source.site == "Harbour Gazette"


def test_a_local_html_file(tmp_path, capsys):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    data = json.loads(run(capsys, "analyze", str(page)))
    assert data["source"]["format"] == "html" and "url" not in data["source"]
    assert data["source"]["site"] == "Harbour Gazette"
    assert [q["speaker"]["name"] for q in data["quotes"]] == ["Ada Vance"]
    assert "Home" not in data["text"] and "Copyright" not in data["text"]


@needs_articles
def test_every_export_carries_the_source(capsys, page_cache, news_site, tmp_path):
    a = news_site.by_name["khashoggi-fiancee-demands-justice"]  # quotes and demands
    url = news_site.page_url(a)
    md = run(capsys, "export", url, "--format", "md", "-o", "-", "--no-notes")
    assert f"Source: {url} · {SITE} · {a.date} · by Wikinews contributors · sha256 " in md
    html = run(capsys, "export", url, "--format", "html", "-o", "-", "--no-notes")
    assert url in html and "by Wikinews contributors" in html
    for fmt in ("csv", "demands-csv"):
        rows = list(csv.DictReader(io.StringIO(run(capsys, "export", url, "--format", fmt,
                                                   "-o", "-", "--no-notes"))))
        assert rows and {(r["url"], r["site"], r["date"], r["byline"]) for r in rows} == \
            {(url, SITE, a.date, "Wikinews contributors")}
    jsonl = json.loads(run(capsys, "export", url, "--format", "jsonl", "-o", "-", "--no-notes"))
    assert jsonl["source"]["url"] == url and jsonl["source"]["byline"] == "Wikinews contributors"
    w3c = json.loads(run(capsys, "export", url, "--format", "w3c", "-o", "-", "--no-notes"))
    targets = [i["target"] for i in w3c["first"]["items"]]
    assert targets and all(t["source"] == url for t in targets if isinstance(t, dict))


# -- feeds ---------------------------------------------------------------------------------

@needs_articles
@pytest.mark.parametrize("path, count", [("/feed.xml", len(ARTICLES)), ("/atom.xml", 12)])
def test_rss_and_atom_feeds_list_their_items(page_cache, news_site, path, count):
    feed = open_source(news_site.url(path))
    assert isinstance(feed, Feed) and len(feed.items) == count
    first = feed.items[0]
    assert (first.title, first.link, first.date) == (
        ARTICLES[0].title, news_site.page_url(ARTICLES[0]), ARTICLES[0].date)
    assert first.site.startswith(SITE)


@needs_articles
def test_an_opml_file_lists_the_items_of_its_feeds(page_cache, news_site, tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_text(f"""<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head>
<body><outline text="News">
  <outline type="rss" text="World" xmlUrl="{news_site.url('/feed.xml')}"/>
  <outline type="rss" text="Politics" xmlUrl="{news_site.url('/atom.xml')}"/>
  <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" text="Gone" xmlUrl="{news_site.url('/status/404')}"/>
</outline></body></opml>""", encoding="utf-8")
    feed = open_source(str(opml))
    assert isinstance(feed, Feed) and feed.title == "Mine"
    assert len(feed.items) == len(ARTICLES)  # the Atom feed's 12 are the RSS feed's first 12
    assert any("404" in n for n in feed.notices)
    assert not any("passwd" in p for p in news_site.requests)


def test_a_feed_cannot_make_newsreader_read_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE", encoding="utf-8")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rss version="2.0"><channel><title>Evil &xxe;</title>
<item><title>Local file</title><link>{secret.as_uri()}</link></item>
<item><title>Relative</title><link>secret.txt</link></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Entity &xxe;</title><link>http://127.0.0.1:9/ok.html</link></item>
</channel></rss>""".encode()
    path = tmp_path / "evil.xml"
    path.write_bytes(feed)
    parsed = open_source(str(path))
    assert isinstance(parsed, Feed)
    assert [i.link for i in parsed.items] == ["http://127.0.0.1:9/ok.html"]
    assert "TOP-SECRET-LINE" not in repr(parsed)
    assert parsed.notices == [f"{path}: 3 item(s) without an http or https link left out"]


def test_opml_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("http://127.0.0.1:9/secret.xml", encoding="utf-8")
    opml = tmp_path / "evil.opml"
    opml.write_text(f"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "{secret.as_uri()}">]>
<opml version="2.0"><head><title>t</title></head><body>
<outline text="a" xmlUrl="&x;"/></body></opml>""", encoding="utf-8")
    with pytest.raises(IngestError) as exc:
        open_source(str(opml))
    assert "secret.xml" not in str(exc.value)


def test_nothing_from_a_feed_or_page_reaches_the_terminal_unsanitised(tmp_path, page_cache,
                                                                        news_site):
    esc = "\x1b[31m\x1b]0;owned\x07"
    feed = parse_feed(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Site{esc}</title>
<item><title>Red{esc} title&#x1b;[2J</title><link>http://127.0.0.1:9/a.html</link></item>
</channel></rss>""".encode(), "f.xml")
    assert not any(c in repr(feed.items) + feed.title for c in "\x1b\x07")
    page = PAGE.format(charset="utf-8").replace("Harbour talks stall</h1>",
                                                f"Harbour {esc}talks stall</h1>")
    page = page.replace("Ada Vance,", f"Ada Vance{esc},").replace("Harbour Gazette",
                                                                  f"Harbour{esc} Gazette")
    article = open_article(news_site.serve("/escape.html", page))
    shown = article.text + article.source.title + article.source.site
    assert "\x1b" not in shown and "\x07" not in shown


def test_a_text_file_loads_none_of_the_web_machinery(tmp_path):
    import subprocess
    import sys

    code = ("import sys, io, contextlib\n"
            "from tui.cli.newsreader import main\n"
            "from tui.resources import SAMPLE_ARTICLE\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert main(['analyze', str(SAMPLE_ARTICLE)]) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('httpx', 'trafilatura', 'feedparser', 'lxml', 'httpcore')))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_the_fixture_feeds_credit_wikinews():
    from news_site import CREDIT

    assert "CC BY 2.5" in CREDIT and "Wikinews" in CREDIT
    a = ARTICLES[0] if ARTICLES else None
    if a:
        assert CREDIT in rss_feed([a], "http://h") and CREDIT in atom_feed([a], "http://h")
        assert "Wikinews" in article_page(a)


def test_a_page_body_becomes_headings_paragraphs_list_items_and_block_quotes(tmp_path):
    page = tmp_path / "structured.html"
    page.write_text("""<!DOCTYPE html><html><head><title>Ceasefire plan unveiled</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Ceasefire plan unveiled</h1>
<p>The mediators published a plan on Monday that sets out three stages for a ceasefire
between the two sides, after weeks of talks in the capital.</p>
<h2>What the plan says</h2>
<ul><li>An end to shelling within a week of signing the agreement.</li>
<li>The release of prisoners held by both sides, in two rounds.</li></ul>
<blockquote><p>"This is the best chance for peace in a decade," the envoy said at the
press conference.</p></blockquote>
<p>Both governments said they would study the plan before answering the mediators.</p>
</article><footer>Copyright</footer></body></html>""", encoding="utf-8")
    article = open_article(str(page))
    kinds = [(b.kind, b.level, article.text[b.start:b.end][:30]) for b in article.blocks]
    assert kinds == [
        ("heading", 1, "Ceasefire plan unveiled"),
        ("paragraph", 0, "The mediators published a plan"),
        ("heading", 2, "What the plan says"),
        ("list_item", 1, "An end to shelling within a we"),
        ("list_item", 1, "The release of prisoners held "),
        ("blockquote", 1, '"This is the best chance for p'),
        ("paragraph", 0, "Both governments said they wou"),
    ]
    assert "Home" not in article.text and "Copyright" not in article.text


@needs_articles
def test_a_feed_is_fetched_again_online_and_read_from_the_cache_offline(page_cache, news_site):
    url = news_site.url("/atom.xml")
    before = news_site.requests.count("/atom.xml")
    online = [open_source(url), open_source(url)]
    offline = open_source(url, offline=True)
    assert news_site.requests.count("/atom.xml") == before + 2  # new items are the point
    assert all(isinstance(f, Feed) and f.items == offline.items for f in online)


def test_opening_a_text_file_loads_no_web_module():
    import subprocess
    import sys

    code = ("import sys\n"
            "from tui.ingest.sources import open_source\n"
            "from tui.resources import SAMPLE_ARTICLE\n"
            "open_source(str(SAMPLE_ARTICLE))\n"
            "print(sorted(m for m in sys.modules if m.startswith('tui.ingest.')))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['tui.ingest.files', 'tui.ingest.sources']"
