"""A long article drawn line by line: one widget, and only the lines on screen are rendered.

A widget per paragraph (or per run of paragraphs) does not scale: Textual re-renders a
whole widget when any of it changes, and walks every widget of the pane to find one that
is off screen. Here the article is one tall widget; each block's wrapped lines are
rendered on demand and kept until that block changes, so moving the highlight costs the
two blocks it leaves and enters, whatever the article's size.

It draws what the runs of paragraphs drew: each block (with its list bullet or quote bar,
headings in bold) wrapped to the pane's width, a blank line after it. The text is never
parsed as markup: the owner hands over ``Content`` built from plain text and spans.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from .article_render import wrapped_line_of

MAX_CACHED_BLOCKS = 2_000


class ArticleLines(Widget):
    """``content_of(i)`` is block ``i``'s Content; ``plain_of(i)`` its text (same length)."""

    DEFAULT_CSS = "ArticleLines { height: auto; }"

    def __init__(self, count: int, content_of: Callable[[int], Content],
                 plain_of: Callable[[int], str]) -> None:
        super().__init__()
        self._count = count
        self._content_of = content_of
        self._plain_of = plain_of
        self._width = -1
        self._starts: list[int] = []  # first line of each block; the last item is the total
        self._strips: dict[int, list[Strip]] = {}  # rendered lines of blocks, at _width

    # -- geometry --------------------------------------------------------------------------

    def _table(self, width: int) -> list[int]:
        """Where each block's lines start at ``width`` (wrapping is computed once a width)."""
        if width != self._width:
            styles = self.styles
            starts = []
            line = 0
            for i in range(self._count):
                starts.append(line)
                line += Content(self._plain_of(i)).get_height(styles, width) + 1  # + blank
            starts.append(line)
            self._starts, self._width = starts, width
            self._strips.clear()
        return self._starts

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[override]
        return self._table(width)[-1]

    def position_at(self, y: int) -> tuple[int, int] | None:
        """The block drawn on line ``y``, and the line of it; None on a blank line."""
        width = self.size.width
        if width <= 0:
            return None
        starts = self._table(width)
        if not 0 <= y < starts[-1]:
            return None
        block = bisect_right(starts, y) - 1
        row = y - starts[block]
        return (block, row) if row < starts[block + 1] - starts[block] - 1 else None

    def line_of(self, block: int, offset: int) -> int:
        """The line (in this widget) holding character ``offset`` of block ``block``."""
        width = self.size.width
        if width <= 0:
            return 0
        starts = self._table(width)
        return starts[block] + wrapped_line_of(Content(self._plain_of(block)), offset, width)

    # -- rendering -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._dirty_regions.clear()  # lines are cached per block here, not per widget
        width = self.size.width
        starts = self._table(width)
        blank = Strip.blank(width, self.visual_style.rich_style)
        if not 0 <= y < starts[-1]:
            return blank
        block = bisect_right(starts, y) - 1
        lines = self._strips.get(block)
        if lines is None:
            if len(self._strips) >= MAX_CACHED_BLOCKS:
                self._strips.clear()
            lines = Visual.to_strips(self, self._content_of(block), width, None,
                                     self.visual_style)
            self._strips[block] = lines
        local = y - starts[block]
        return lines[local] if local < len(lines) else blank

    def invalidate(self, blocks: Iterable[int] | None = None) -> None:
        """Blocks whose styles changed (all when None): render them again when shown."""
        if blocks is None or self._width < 0:
            self._strips.clear()
            self.refresh()
            return
        starts = self._starts
        regions = []
        for b in set(blocks):
            if 0 <= b < self._count:
                self._strips.pop(b, None)
                regions.append(Region(0, starts[b], self._width, starts[b + 1] - starts[b]))
        if regions:
            self.refresh(*regions)
