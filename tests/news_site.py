"""A news site on 127.0.0.1 for the web tests: real article text in page furniture.

The articles are the Wikinews dev articles beside the project
(``../shared/data/wikinews/dev``; CC BY 2.5, © Wikinews contributors, see
``SOURCES.tsv`` there for each article's title, date and address). Each is served as a
page the way a news site wraps it: navigation, a cookie banner, advertisements, a
newsletter box, related stories, most-read links, reader comments, scripts and a footer;
metadata in ``<meta>`` tags and JSON-LD. ``FURNITURE`` lists sentences of that furniture,
none of which may survive extraction. Feeds (RSS 2.0 and Atom) link to the pages, and a
few paths misbehave on purpose: redirects, a redirect loop, a slow page, errors.
"""
from __future__ import annotations

import csv
import html
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

WIKINEWS_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews" / "dev"
SITE = "The Daily Wire Service"
CREDIT = ("Article text from Wikinews (https://en.wikinews.org), CC BY 2.5, "
          "© Wikinews contributors.")

# Sentences of page furniture: none may be in an extracted article.
FURNITURE = [
    "We use cookies to improve your experience and to show you personalised advertising.",
    "Accept all cookies",
    "Advertisement: Switch your energy supplier today and save up to 300 pounds a year.",
    "Sign up for our morning briefing, delivered to your inbox every weekday at 6am.",
    "Related stories",
    "Markets rally as central bank holds rates steady",
    "Ten recipes for a quick weeknight dinner",
    "Most read",
    "Celebrity chef opens third restaurant in the city centre",
    "This is the worst reporting I have read all year, frankly.",
    "Thanks for covering this, nobody else seems to care about it.",
    "Reply to this comment",
    "Copyright 2024 The Daily Wire Service. All rights reserved.",
    "Terms of use",
    "window.dataLayer",
    "Share on social media",
]


@dataclass(frozen=True)
class NewsArticle:
    name: str
    title: str
    date: str  # YYYY-MM-DD
    paragraphs: list[str]
    url: str  # where Wikinews has it

    @property
    def text(self) -> str:
        """The article as the .txt file has it: title line, one paragraph per line."""
        return "\n".join([self.title, *self.paragraphs])


def wikinews_articles() -> list[NewsArticle]:
    """The dev articles, in name order; [] when the shared data is not beside the project."""
    if not WIKINEWS_DEV.is_dir():
        return []
    sources = {}
    with open(WIKINEWS_DEV.parent / "SOURCES.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            sources[row["name"]] = row
    out = []
    for path in sorted(WIKINEWS_DEV.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        meta = sources.get(path.stem, {})
        out.append(NewsArticle(path.stem, lines[0], meta.get("date", "2020-01-01"), lines[1:],
                               meta.get("url", "")))
    return out


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def article_page(a: NewsArticle, *, byline: str = "Wikinews contributors") -> str:
    """The article in a realistic page."""
    paragraphs = "\n".join(f"      <p>{_e(p)}</p>" for p in a.paragraphs)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": a.title, "datePublished": a.date,
                     "author": {"@type": "Person", "name": byline},
                     "publisher": {"@type": "Organization", "name": SITE}})
    f = FURNITURE
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{_e(a.title)} | {SITE}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="{SITE}">
  <meta property="og:title" content="{_e(a.title)}">
  <meta property="og:type" content="article">
  <meta name="author" content="{_e(byline)}">
  <meta property="article:published_time" content="{a.date}T09:30:00Z">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{ld}</script>
  <script>{f[14]} = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'UA-000000-1');</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">
    <p>{f[0]} <a href="/privacy">Read our privacy policy</a>.</p>
    <button>{f[1]}</button> <button>Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{SITE}</a>
    <nav class="main-nav"><ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
    </ul></nav>
  </header>
  <div class="ad ad-leaderboard"><span>{f[2]}</span></div>
  <main>
    <article class="story">
      <h1 class="headline">{_e(a.title)}</h1>
      <p class="byline">By <a rel="author" href="/authors/wikinews">{_e(byline)}</a>
        <time datetime="{a.date}T09:30:00Z">{a.date}</time></p>
      <div class="share"><a href="#">{f[15]}</a></div>
      <div class="story-body">
{paragraphs}
      </div>
    </article>
    <aside class="newsletter"><h3>Newsletter</h3><p>{f[3]}</p>
      <form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>
    <section class="related"><h2>{f[4]}</h2><ul>
      <li><a href="/business/markets-rally">{f[5]}</a></li>
      <li><a href="/life/weeknight-recipes">{f[6]}</a></li>
    </ul></section>
    <div class="ad ad-mpu"><span>{f[2]}</span></div>
    <section id="comments" class="comments"><h2>Comments (2)</h2>
      <div class="comment"><p class="comment-author">reader_4471</p><p>{f[9]}</p>
        <a href="#" class="reply">{f[11]}</a></div>
      <div class="comment"><p class="comment-author">J. Smith</p><p>{f[10]}</p>
        <a href="#" class="reply">{f[11]}</a></div>
    </section>
  </main>
  <aside class="most-read"><h2>{f[7]}</h2><ol>
    <li><a href="/life/celebrity-chef">{f[8]}</a></li>
    <li><a href="/business/markets-rally">{f[5]}</a></li>
  </ol></aside>
  <footer class="site-footer"><p>{f[12]}</p>
    <p><a href="/terms">{f[13]}</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p>
    <!-- {_e(CREDIT)} -->
  </footer>
  <script src="/static/app.js"></script>
</body>
</html>
"""


def rss_feed(articles: list[NewsArticle], base: str) -> str:
    items = "\n".join(
        f"""    <item>
      <title>{_e(a.title)}</title>
      <link>{base}/news/{a.name}.html</link>
      <guid>{base}/news/{a.name}.html</guid>
      <pubDate>{_rfc822(a.date)}</pubDate>
      <description>{_e(a.paragraphs[0][:200])}</description>
    </item>""" for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{SITE}: World</title>
    <link>{base}/</link>
    <description>World news. {_e(CREDIT)}</description>
{items}
  </channel>
</rss>
"""


def atom_feed(articles: list[NewsArticle], base: str) -> str:
    entries = "\n".join(
        f"""  <entry>
    <title>{_e(a.title)}</title>
    <link rel="alternate" href="{base}/news/{a.name}.html"/>
    <id>{base}/news/{a.name}.html</id>
    <updated>{a.date}T09:30:00Z</updated>
    <summary>{_e(a.paragraphs[0][:200])}</summary>
  </entry>""" for a in articles)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{SITE}: Politics</title>
  <link href="{base}/"/>
  <id>{base}/atom.xml</id>
  <updated>2024-01-01T00:00:00Z</updated>
  <rights>{_e(CREDIT)}</rights>
{entries}
</feed>
"""


def _rfc822(date: str) -> str:
    from email.utils import format_datetime
    from datetime import datetime, timezone

    y, m, d = (int(x) for x in date.split("-"))
    return format_datetime(datetime(y, m, d, 9, 30, tzinfo=timezone.utc))


PAYWALL = """<!DOCTYPE html><html><head><title>Subscribe | The Daily Wire Service</title>
<meta property="og:site_name" content="The Daily Wire Service"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Minister resigns over leaked memo</h1>
<div class="paywall"><p>Subscribe to continue reading.</p><button>Subscribe</button></div>
<footer>Copyright 2024</footer></body></html>"""

NEEDS_JS = """<!DOCTYPE html><html><head><title>Loading…</title></head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<script src="/static/bundle.js"></script></body></html>"""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client closing a kept-alive connection is no news


class NewsSite:
    """The site: a ThreadingHTTPServer on 127.0.0.1 in a daemon thread."""

    def __init__(self, articles: list[NewsArticle]) -> None:
        self.articles = articles
        self.by_name = {a.name: a for a in articles}
        self.requests: list[str] = []
        self.slow_seconds = 3.0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.requests.append(self.path)
                site.handle(self)

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.extra: dict[str, tuple[int, str, bytes]] = {}  # path -> (status, type, body)
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> NewsSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def page_url(self, a: NewsArticle) -> str:
        return self.url(f"/news/{a.name}.html")

    def serve(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
              status: int = 200) -> str:
        """Serve ``body`` at ``path`` from now on; returns its URL."""
        self.extra[path] = (status, content_type, body.encode() if isinstance(body, str) else body)
        return self.url(path)

    # -- responses -------------------------------------------------------------------------

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        path = urlsplit(h.path).path
        if path in self.extra:
            status, ctype, body = self.extra[path]
            return self._send(h, status, ctype, body)
        if path.startswith("/news/") and path.endswith(".html"):
            a = self.by_name.get(path[len("/news/"):-len(".html")])
            if a is not None:
                return self._send(h, 200, "text/html; charset=utf-8", article_page(a).encode())
        if path == "/feed.xml":
            return self._send(h, 200, "application/rss+xml; charset=utf-8",
                              rss_feed(self.articles, self.base).encode())
        if path == "/atom.xml":
            return self._send(h, 200, "application/atom+xml",
                              atom_feed(self.articles[:12], self.base).encode())
        if path.startswith("/moved/"):  # a permanent redirect to the page
            return self._redirect(h, 301, "/news/" + path[len("/moved/"):])
        if path.startswith("/hop/"):  # three hops: /hop/3/x -> /hop/2/x -> ... -> /news/x
            _, _, n, rest = path.split("/", 3)
            target = f"/hop/{int(n) - 1}/{rest}" if int(n) > 1 else f"/news/{rest}"
            return self._redirect(h, 302, target)
        if path == "/loop":
            return self._redirect(h, 302, "/loop")
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return self._send(h, 200, "text/html", b"<html><body><p>late</p></body></html>")
        if path == "/status/404":
            return self._send(h, 404, "text/html", b"<h1>Not Found</h1>")
        if path == "/status/500":
            return self._send(h, 500, "text/html", b"<h1>Internal Server Error</h1>")
        if path == "/image.png":
            return self._send(h, 200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        if path == "/huge":  # no Content-Length: the size is only found by reading
            return self._stream(h, 64 * 1024, 40)
        if path == "/paywall":
            return self._send(h, 200, "text/html; charset=utf-8", PAYWALL.encode())
        if path == "/app":
            return self._send(h, 200, "text/html; charset=utf-8", NEEDS_JS.encode())
        if path == "/to-file":
            return self._redirect(h, 302, "file:///etc/passwd")
        return self._send(h, 404, "text/html", b"<h1>Not Found</h1>")

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, ctype: str, body: bytes) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        try:
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _redirect(h: BaseHTTPRequestHandler, status: int, location: str) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    @staticmethod
    def _stream(h: BaseHTTPRequestHandler, chunk: int, count: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        piece = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        try:
            for _ in range(count):
                h.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
