"""Reading articles: from the user's files to ``Article`` (text, blocks, source).

- ``files.py``: text and Markdown files from disk: decoding, sanitising, blocks, title,
  the text's sha256 (the article's identity);
- ``markdown.py``: Markdown to plain text plus structural blocks (markdown-it-py;
  imported only when a Markdown article is read).

Web pages and feeds will join here, one module each. Light: no Textual, no Rich
(``tests/test_import_hygiene.py``); the engine and the reader import the names below.
"""
from __future__ import annotations

from .files import (CONTROL, DEFAULT_MAX_MB, REPLACEMENT, Article, IngestError, Inline, load,
                    load_bytes,
                    sanitize, text_blocks, text_sha256, title_block)

__all__ = ["CONTROL", "DEFAULT_MAX_MB", "REPLACEMENT", "Article", "IngestError", "Inline", "load",
           "load_bytes", "sanitize", "text_blocks", "text_sha256", "title_block"]
