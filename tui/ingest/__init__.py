"""Reading articles: from the user's files to ``Article`` (text, blocks, source).

- ``files.py``: text and Markdown files from disk: decoding, sanitising, blocks, title,
  the text's sha256 (the article's identity);
- ``markdown.py``: Markdown to plain text plus structural blocks (markdown-it-py;
  imported only when a Markdown article is read);
- ``sources.py``: what a command-line argument names (a file, a page, a feed) and
  reading it; ``fetch.py`` (httpx: http and https only, bounded), ``cache.py`` (fetched
  responses on disk), ``html.py`` (a page's article, trafilatura: also a corpus's
  ``.html`` files and HTML records), ``feeds.py`` (RSS, Atom, OPML; feedparser), each
  imported only when a page or feed is read.

Light: no Textual, no Rich
(``tests/test_import_hygiene.py``); the engine and the reader import the names below.
"""
from __future__ import annotations

from .files import (CONTROL, DEFAULT_MAX_MB, REPLACEMENT, Article, IngestError, Inline, load,
                    load_bytes, load_text, sanitize, text_blocks, text_sha256, title_block)

__all__ = ["CONTROL", "DEFAULT_MAX_MB", "REPLACEMENT", "Article", "IngestError", "Inline", "load",
           "load_bytes", "load_text", "sanitize", "text_blocks", "text_sha256", "title_block"]
