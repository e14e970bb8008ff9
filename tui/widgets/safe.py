"""Showing untrusted strings: never as markup, never with control characters.

Article text, speaker and party names and summaries all come from the article.
Ingest already replaces control characters, but strings reach the UI by other
routes too (engine output, user notes), so every one goes through here.
Replacement is one for one, so span offsets into the text stay valid.
"""
from __future__ import annotations

from textual.content import Content

from ..ingest import sanitize


def safe_text(text: str) -> str:
    """The text with every control character replaced by U+FFFD (same length)."""
    return sanitize(text)


def one_line(text: str, limit: int = 0) -> str:
    """Safe, on one line, optionally cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(safe_text(text).split())
    if limit and len(flat) > limit:
        return flat[: max(limit - 1, 0)].rstrip() + "…"
    return flat


def plain(text: str) -> Content:
    """Content that shows ``text`` literally: brackets are brackets."""
    return Content(safe_text(text))
