"""Heights of many items (an article's blocks, a list's options), estimated until measured.

Wrapping every paragraph of a 5 MB article, or every option of a 10,000-item list, to
learn its height takes seconds; the screen shows forty lines. So a widget that draws
items one line at a time starts from a cheap estimate of each item's height and wraps an
item (measures it) only when it is drawn or scrolled to. The table answers "where does
item i start" and "which item is on line y" in O(log n) whatever has been measured, with
a Fenwick tree over the heights: measuring one item is one O(log n) update, not a
rebuild of every start after it.

Positions above a measured item can still move once the items before it are measured;
the widgets measure what is on screen, and the items above it are measured only while
the view is anchored (see ArticleView), so what the reader looks at never jumps.
"""
from __future__ import annotations

from collections.abc import Sequence


def estimate_lines(cells: int, width: int) -> int:
    """A guess at how many lines ``cells`` cells of prose take wrapped to ``width``: a
    line breaks before the word that would cross the edge, so it holds a little less
    than ``width`` cells on average (measured on news prose: ~0.93 of it)."""
    if width <= 0:
        return 1
    usable = max(width - max(width // 14, 1), 1)
    return max(-(-cells // usable), 1)


class LazyHeights:
    """The heights of ``len(estimates)`` items, each an estimate until ``measure``d."""

    def __init__(self, estimates: Sequence[int]) -> None:
        self._heights = [max(int(h), 0) for h in estimates]
        self._exact = bytearray(len(self._heights))
        n = len(self._heights)
        tree = [0, *self._heights]  # 1-based Fenwick tree, built in O(n)
        for i in range(1, n + 1):
            parent = i + (i & -i)
            if parent <= n:
                tree[parent] += tree[i]
        self._tree = tree
        self.total = sum(self._heights)
        self._top_bit = 1 << max(n.bit_length() - 1, 0) if n else 0

    def __len__(self) -> int:
        return len(self._heights)

    def height(self, i: int) -> int:
        return self._heights[i]

    def is_exact(self, i: int) -> bool:
        return bool(self._exact[i])

    @property
    def measured(self) -> int:
        """How many items have been measured (for tests: it stays O(screen))."""
        return self._exact.count(1)

    def start(self, i: int) -> int:
        """The first line of item ``i`` (``total`` for ``i == len``): the sum before it."""
        total = 0
        i = min(max(i, 0), len(self._heights))
        tree = self._tree
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    def item_at(self, y: int) -> int:
        """The item whose lines hold line ``y`` (clamped to the first and last item)."""
        n = len(self._heights)
        if n == 0:
            return -1
        if y < 0:
            return 0
        # The largest prefix of items whose heights sum to at most y: the item after it.
        position, remaining, bit = 0, y, self._top_bit
        tree = self._tree
        while bit:
            nxt = position + bit
            if nxt <= n and tree[nxt] <= remaining:
                position = nxt
                remaining -= tree[nxt]
            bit >>= 1
        return min(position, n - 1)

    def measure(self, i: int, height: int) -> int:
        """Record item ``i``'s exact height; returns how much it changed."""
        self._exact[i] = 1
        delta = height - self._heights[i]
        if delta:
            self._heights[i] = height
            self.total += delta
            n = len(self._heights)
            j = i + 1
            tree = self._tree
            while j <= n:
                tree[j] += delta
                j += j & -j
        return delta
