"""The opening of a big article: its first blocks, analysed before the whole.

The engine takes about a second per megabyte, so a 5 MB article would be seconds of plain
text before any highlight. The reader analyses the opening first (a few screens, in a
few tens of milliseconds) and shows its highlights, marked as partial in the status line,
while the whole article is analysed; the whole article's annotations then replace them,
so what stays on screen is exactly the full analysis.

The opening is a prefix of the text ending at a block's end, so every offset in it is
the article's own: its annotations can be drawn on the article as they are.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .files import Article


def opening(article: Article, chars: int) -> Article | None:
    """The article's first blocks, through the one that reaches ``chars`` characters;
    None when that would be (nearly) the whole article, which is analysed as it is."""
    blocks = article.blocks
    if not blocks:
        return None
    ends = [b.end for b in blocks]
    count = min(bisect_left(ends, chars) + 1, len(blocks))
    if count >= len(blocks) or ends[count - 1] * 2 > len(article.text):
        return None
    cut = ends[count - 1]
    return replace(article, text=article.text[:cut], blocks=list(blocks[:count]),
                   source_text=article.source_text[:cut] if article.source_text else "",
                   inline=tuple(i for i in article.inline if i.end <= cut),
                   markers=article.markers[:count],
                   list_ends=frozenset(i for i in article.list_ends if i < count))


def covered(part: Article, whole: Article) -> float:
    """The share of ``whole``'s text that ``part`` covers (0–1)."""
    return len(part.text) / len(whole.text) if whole.text else 1.0
