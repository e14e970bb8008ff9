"""The analysis engine: pure functions from an article to its Annotations.

Never imports the UI; `import tui.analysis` stays light (no Textual, no Rich).
"""
from __future__ import annotations

from ..ingest import Article
from ..model import Annotations, Quote
from .quotes import find_quotes

__all__ = ["analyze"]


def analyze(article: Article) -> Annotations:
    text = article.text
    spans = find_quotes(text, article.blocks)
    quotes = [Quote(f"q{i}", s.start, s.end, text[s.start:s.end], "continuation" if s.continued else "direct")
              for i, s in enumerate(spans, 1)]
    return Annotations(article.source, text, list(article.blocks), quotes=quotes)
