"""Feeds (RSS, Atom; feedparser) and OPML lists of feeds, as a ``Feed`` of items.

A feed is untrusted. It is parsed from its bytes only (never handed to feedparser as a
name, which feedparser would open as a file or fetch), its items' links are kept only for
http and https (a ``file:`` link, or a relative one in a local feed, is no item: a feed
cannot make newsreader read local files), and every title is sanitised like article
text. An OPML file lists feeds: each is fetched (http and https only) and their items
are listed together; a feed that fails is reported, the others still listed.
"""
from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .files import IngestError, sanitize


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed: the page it links to (http or https), as the feed describes it."""

    title: str
    link: str
    site: str = ""
    date: str = ""  # ISO 8601 date, "" when the feed gives none


@dataclass(frozen=True, slots=True)
class Feed:
    """The items of one feed, or of all the feeds of an OPML list, in the feeds' order."""

    title: str
    name: str  # the feed's URL or file name, as given
    items: list[FeedItem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # e.g. items skipped, feeds that failed


def _clean(value: Any) -> str:
    return " ".join(sanitize(str(value or "")).split())


def web_link(link: str) -> bool:
    parts = urlsplit(link)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _date(entry: Any) -> str:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%d", parsed)
    return ""


def _link(entry: Any) -> str:
    link = entry.get("link") or ""
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                return str(candidate["href"])
    return str(link).strip()


def parse_feed(data: bytes, name: str, base_url: str = "") -> Feed:
    """The feed in ``data`` (RSS, Atom, RDF or JSON Feed). ``base_url``: where it was read
    from, against which relative links resolve ("" for a local file: they are dropped)."""
    import feedparser

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers,
                              resolve_relative_uris=True, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({_clean(reason)})" if reason else ""
        raise IngestError(f"{name}: is not an RSS or Atom feed{detail}")
    site = _clean(parsed.feed.get("title")) or (urlsplit(base_url).hostname or "")
    items: list[FeedItem] = []
    skipped = 0
    for entry in parsed.entries:
        link = _link(entry)
        if not web_link(link):
            skipped += 1
            continue
        title = _clean(entry.get("title")) or link
        items.append(FeedItem(title, link, site, _date(entry)))
    notices = []
    if skipped:
        notices.append(f"{name}: {skipped} item(s) without an http or https link left out")
    return Feed(site or name, name, items, notices)


def parse_opml(data: bytes, name: str) -> tuple[str, list[str]]:
    """(title, feed URLs) of an OPML file: every outline's xmlUrl, http and https only.
    Parsed without DTDs, entities or network (the file is untrusted)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"{name}: is not a valid OPML file ({_clean(exc)})") from None
    if root.tag != "opml":
        raise IngestError(f"{name}: is not an OPML file (its root is <{_clean(root.tag)}>)")
    title = _clean(root.findtext("head/title")) or name
    urls = [str(o.get("xmlUrl")).strip() for o in root.iter("outline") if o.get("xmlUrl")]
    feeds = [u for u in dict.fromkeys(urls) if web_link(u)]
    if not feeds:
        raise IngestError(f"{name}: lists no http or https feeds")
    return title, feeds


def merge(title: str, name: str, sources: list[str],
          load_one: Callable[[str], Feed]) -> Feed:
    """The items of every feed in ``sources`` (loaded by ``load_one``) as one Feed. A feed
    that fails is a notice; all failing is an IngestError naming the first failure."""
    items: list[FeedItem] = []
    notices: list[str] = []
    errors: list[str] = []
    for source in sources:
        try:
            feed = load_one(source)
        except IngestError as exc:
            errors.append(str(exc))
            continue
        items.extend(feed.items)
        notices.extend(feed.notices)
    if errors and not items:
        more = f" (and {len(errors) - 1} more feed(s) failed)" if len(errors) > 1 else ""
        raise IngestError(errors[0] + more)
    seen: set[str] = set()
    unique = [i for i in items if not (i.link in seen or seen.add(i.link))]  # type: ignore[func-returns-value]
    return Feed(title, name, unique, notices + errors)
