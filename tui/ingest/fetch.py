"""Fetching web pages and feeds (httpx): http and https only, bounded in time and size.

Redirects are followed here, one hop at a time, so that every address is checked before
it is asked for (a page or a feed must not send newsreader to ``file:`` or any scheme
but http and https) and a loop is named as one. The body is read in pieces and given up
past the size limit, whatever Content-Length said. What comes back must be a web page
or a feed (by its content type, or by its first bytes when the type says nothing).

Every response is kept in the cache (``cache.py``), and a page in the cache is not fetched
again; a feed is, whenever we are online (its point is its new items); ``offline`` reads
the cache only. Every failure is a ``FetchError``: one line
naming the address, never an exception of httpx's.
"""
from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal
from urllib.parse import urljoin, urlsplit

from . import cache
from .files import DEFAULT_MAX_MB, IngestError

if TYPE_CHECKING:
    import httpx

Kind = Literal["html", "feed", "opml"]
Progress = Callable[[int, "int | None"], None]  # (bytes received, bytes expected or None)

DEFAULT_TIMEOUT = 20.0  # seconds for the whole response; connecting gets at most half
MAX_REDIRECTS = 10
USER_AGENT = "newsreader/0.1 (terminal news reader)"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/feed+json", "application/x-rss+xml"}
_OPML_TYPES = {"text/x-opml", "application/x-opml+xml"}
_VAGUE_TYPES = {"", "text/xml", "application/xml", "text/plain", "application/octet-stream"}
# The first root-like tag in a response whose type says nothing (text/xml, none at all).
_FIRST_TAG = re.compile(rb"<(rss|rdf:RDF|feed|opml|!doctype\s+html|html|head|body)[\s>]", re.I)
_SNIFFED: dict[bytes, Kind] = {b"rss": "feed", b"rdf:rdf": "feed", b"feed": "feed",
                               b"opml": "opml"}


class FetchError(IngestError):
    """A URL that cannot be read as a page or feed; the message is one line naming it."""


def is_url(name: str) -> bool:
    """Whether a command-line argument is meant as an address rather than a file name."""
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", name) is not None


def check_url(url: str, name: str | None = None) -> str:
    """``url`` if it is an http or https address with a host, else FetchError."""
    parts = urlsplit(url)
    who = name or url
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "an address without a scheme"
        raise FetchError(f"{who}: only http and https addresses are read, not {shown}")
    if not parts.hostname:
        raise FetchError(f"{who}: the address has no host")
    return url


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def kind_of(content_type: str, body: bytes) -> Kind | None:
    """What a response is: a web page, a feed, an OPML list of feeds, or None."""
    mtype = media_type(content_type)
    if mtype in _HTML_TYPES:
        return "html"
    if mtype in _FEED_TYPES or (mtype.endswith("+xml") and ("rss" in mtype or "atom" in mtype)):
        return "feed"
    if mtype in _OPML_TYPES:
        return "opml"
    if mtype in _VAGUE_TYPES or mtype.endswith("+xml"):
        m = _FIRST_TAG.search(body[:4096])
        if m:
            return _SNIFFED.get(m.group(1).lower(), "html")
    return None


def fetch(url: str, *, max_mb: float = DEFAULT_MAX_MB, offline: bool = False,
          timeout: float | None = None, progress: Progress | None = None) -> cache.Cached:
    """The response for ``url`` (a page from the cache when it was fetched before). Raises
    FetchError for anything but a web page or feed of at most ``max_mb`` megabytes."""
    check_url(url)
    hit = cache.get(url)
    if hit is not None and (offline or kind_of(hit.content_type, hit.body) == "html"):
        return hit
    if offline:
        raise FetchError(f"{url}: not in the cache, and --offline reads only pages fetched before")
    entry = _download(url, int(max_mb * 2**20), timeout or DEFAULT_TIMEOUT, max_mb, progress)
    if kind_of(entry.content_type, entry.body) is None:
        raise _not_web(url, entry.content_type)
    cache.put(entry)
    return entry


def _download(url: str, limit: int, timeout: float, max_mb: float,
              progress: Progress | None) -> cache.Cached:
    import httpx  # imported here: reading local files never loads it

    deadline = time.monotonic() + timeout
    seen = {url}
    current = url
    limits = httpx.Timeout(timeout, connect=min(timeout / 2, 10.0))
    try:
        with httpx.Client(timeout=limits, follow_redirects=False,
                          headers={"User-Agent": USER_AGENT,
                                   "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                             "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}) \
                as client:
            for _ in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current) as r:
                    if r.is_redirect:
                        current = _next_hop(url, current, r.headers.get("location", ""), seen)
                        continue
                    if r.status_code >= 400:
                        raise FetchError(f"{url}: the server answered {r.status_code} "
                                         f"{r.reason_phrase or httpx.codes.get_reason_phrase(r.status_code)}")
                    if r.status_code != 200:
                        raise FetchError(f"{url}: the server answered {r.status_code}, not a page")
                    ctype = r.headers.get("content-type", "")
                    if media_type(ctype) not in _VAGUE_TYPES and kind_of(ctype, b"") is None:
                        raise _not_web(url, ctype)  # a video or a PDF is not even read
                    body = _read_body(url, r, limit, max_mb, deadline, timeout, progress)
                    return cache.Cached(url, str(r.url), r.headers.get("content-type", ""), body,
                                        time.time())
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects; giving up")
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: {_connect_problem(exc, current)}") from None
    except httpx.HTTPError as exc:  # protocol errors, a broken connection, a bad address
        raise FetchError(f"{url}: {_describe(exc)}") from None


def _next_hop(url: str, current: str, location: str, seen: set[str]) -> str:
    if not location:
        raise FetchError(f"{url}: a redirect without a Location")
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: redirected to a {scheme or 'non-web'}: address; "
                         "only http and https are followed")
    if target in seen:
        raise FetchError(f"{url}: redirect loop (back to {target})")
    seen.add(target)
    return target


def _read_body(url: str, r: httpx.Response, limit: int, max_mb: float, deadline: float,
               timeout: float, progress: Progress | None) -> bytes:
    headers = r.headers
    expected: int | None = None
    if headers.get("content-length", "").isdigit():
        expected = int(headers["content-length"])
        if expected > limit:
            raise _too_large(url, max_mb)
    chunks: list[bytes] = []
    received = 0
    for chunk in r.iter_bytes():
        received += len(chunk)
        if received > limit:
            raise _too_large(url, max_mb)
        if time.monotonic() > deadline:  # a server dripping bytes is a timeout too
            raise FetchError(f"{url}: timed out after {timeout:g} s")
        chunks.append(chunk)
        if progress is not None:
            progress(received, expected)
    return b"".join(chunks)


def _not_web(url: str, content_type: str) -> FetchError:
    shown = media_type(content_type) or "no content type"
    return FetchError(f"{url}: is not a web page or a feed ({shown})")


def _too_large(url: str, max_mb: float) -> FetchError:
    return FetchError(f"{url}: is larger than {max_mb:g} MB; "
                      "raise the limit with --max-mb if it really is an article")


def _connect_problem(exc: BaseException, current: str) -> str:
    host = urlsplit(current).hostname or current
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return f"cannot find the host {host} (DNS: {cause.strerror or cause})"
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    if "Name or service not known" in text or "nodename nor servname" in text \
            or "getaddrinfo" in text or "Temporary failure in name resolution" in text:
        return f"cannot find the host {host} (DNS: {text})"
    if "refused" in text.lower():
        return f"cannot connect to {host} (connection refused)"
    return f"cannot connect to {host} ({text or type(exc).__name__})"


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"the connection failed ({text})"
