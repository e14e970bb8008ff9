"""Fetched pages and feeds on disk, so that reopening one does not fetch it again.

One entry per URL as asked for (its SHA-256 names two files): ``KEY.body``, the bytes as
received, and ``KEY.json``, what the response said about them (the address after
redirects, the content type, when it was fetched). Both are written atomically, the body
first, so an entry whose metadata can be read has its body. A damaged entry is a miss.

Where: ``$NEWSREADER_CACHE``, else the user cache directory (``platformdirs``).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_atomic

ENV_VAR = "NEWSREADER_CACHE"


@dataclass(frozen=True, slots=True)
class Cached:
    """A response as received: the address it came from (after redirects), its type, body."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    fetched_at: float = 0.0


def cache_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsreader", appauthor=False)) / "pages"


def _key(url: str) -> str:
    from .files import text_sha256

    return text_sha256(url)


def _paths(url: str, directory: Path | None = None) -> tuple[Path, Path]:
    base = (directory or cache_dir()) / _key(url)
    return base.with_suffix(".body"), base.with_suffix(".json")


def get(url: str, directory: Path | None = None) -> Cached | None:
    """The cached response for ``url``, or None (never cached, or unreadable)."""
    body_path, meta_path = _paths(url, directory)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        body = body_path.read_bytes()
        if not isinstance(meta, dict) or meta.get("url") != url or len(body) != meta.get("size"):
            return None
        return Cached(url, str(meta["final_url"]), str(meta["content_type"]), body,
                      float(meta.get("fetched_at", 0.0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def has(url: str, directory: Path | None = None) -> bool:
    """Whether ``url`` was fetched before (the feed screen shows such items as read)."""
    return _paths(url, directory)[1].is_file()


def put(entry: Cached, directory: Path | None = None) -> None:
    """Store a response. A cache that cannot be written is no error: the page was read."""
    body_path, meta_path = _paths(entry.url, directory)
    meta = {"url": entry.url, "final_url": entry.final_url, "content_type": entry.content_type,
            "size": len(entry.body), "fetched_at": entry.fetched_at or time.time()}
    try:
        body_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(body_path, entry.body)
        write_atomic(meta_path, json.dumps(meta))
    except OSError:
        pass
