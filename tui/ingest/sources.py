"""What a command-line argument names: an article (text, Markdown, a web page) or a feed.

- ``http://`` and ``https://`` arguments are fetched (``fetch.py``, cached) and read by
  what the response is: a page, a feed or an OPML list of feeds; any other scheme is
  refused;
- local ``.html`` files are pages, ``.xml`` / ``.rss`` / ``.atom`` / ``.opml`` files
  feeds (an ``.xml`` file that turns out to be a page is read as one);
- anything else is a text or Markdown file (``files.py``), as before.

Only the modules a source needs are imported: opening a text file loads no httpx,
trafilatura or feedparser, nor ``feeds.py`` (what is not an ``Article`` is a ``Feed``).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .files import DEFAULT_MAX_MB, Article, IngestError, load, read_regular_file

if TYPE_CHECKING:  # imported when a page or feed is read: a text file loads neither
    from .feeds import Feed
    from .fetch import Progress

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".opml", ".rdf"}


def is_url(name: str) -> bool:
    from .fetch import is_url as _is_url

    return _is_url(name)


def open_source(name: str, *, max_mb: float = DEFAULT_MAX_MB, offline: bool = False) \
        -> Article | Feed:
    """The article or feed ``name`` stands for. Raises IngestError (one line)."""
    if "://" in name:
        from .fetch import is_url as _is_url

        if _is_url(name):
            return open_url(name, max_mb=max_mb, offline=offline)
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES or suffix in FEED_SUFFIXES:
        data = read_regular_file(Path(name), name, max_mb)
        return _from_bytes(name, data, "", "", max_mb=max_mb, offline=offline,
                           feed_expected=suffix in FEED_SUFFIXES)
    return load(name, max_mb=max_mb)


def open_url(url: str, *, max_mb: float = DEFAULT_MAX_MB, offline: bool = False,
             progress: Progress | None = None) -> Article | Feed:
    """The page or feed at ``url`` (fetched, or from the cache)."""
    from .fetch import fetch

    got = fetch(url, max_mb=max_mb, offline=offline, progress=progress)
    return _from_bytes(url, got.body, got.content_type, got.final_url, max_mb=max_mb,
                       offline=offline, feed_expected=False)


def _from_bytes(name: str, data: bytes, content_type: str, url: str, *, max_mb: float,
                offline: bool, feed_expected: bool) -> Article | Feed:
    from .fetch import kind_of

    kind = kind_of(content_type, data)
    if kind is None and not content_type:  # a local file that is none of them
        kind = "feed" if feed_expected else "html"
    if kind == "html":
        from .html import html_to_article

        return html_to_article(data, name, content_type=content_type, url=url)
    if kind == "opml":
        from .feeds import merge, parse_opml

        title, feeds = parse_opml(data, name)
        return merge(title, name, feeds,
                     lambda u: _as_feed(open_url(u, max_mb=max_mb, offline=offline), u))
    if kind == "feed":
        from .feeds import parse_feed

        return parse_feed(data, name, url)
    raise IngestError(f"{name}: is not a web page or a feed")


def _as_feed(source: Article | Feed, name: str) -> Feed:
    if isinstance(source, Article):
        raise IngestError(f"{name}: is a web page, not a feed")
    return source


def open_article(name: str, *, max_mb: float = DEFAULT_MAX_MB, offline: bool = False,
                 progress: Progress | None = None) -> Article:
    """The article ``name`` stands for (analyze, export, a feed's item); a feed is an
    IngestError."""
    source = (open_url(name, max_mb=max_mb, offline=offline, progress=progress)
              if is_url(name) else open_source(name, max_mb=max_mb, offline=offline))
    if not isinstance(source, Article):
        raise IngestError(f"{name}: is a feed, not an article; open it in the reader "
                          f"(newsreader {name}) to choose one of its items")
    return source
