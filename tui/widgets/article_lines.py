"""A long article drawn line by line: one widget, and only the lines on screen are laid out.

A widget per paragraph (or per run of paragraphs) does not scale: Textual re-renders a
whole widget when any of it changes, and walks every widget of the pane to find one that
is off screen. Here the article is one tall widget; each block's wrapped lines are
rendered on demand and kept until that block changes, so moving the highlight costs the
two blocks it leaves and enters, whatever the article's size.

Nor is the whole article wrapped to learn its height: that takes seconds for 5 MB. Each
block's height is estimated from its length (``LazyHeights``) until the block is drawn or
scrolled to, when it is wrapped and its height becomes exact. ``settle`` wraps the blocks
of a window before they are painted, so a frame never shows a block at an estimated
place; the owner scrolls by what changed above the line it anchors on (see
``ArticleView``), so nothing on screen jumps when the blocks above it are measured.

It draws what the runs of paragraphs drew: each block (with its list bullet or quote bar,
headings in bold) wrapped to the pane's width, a blank line after it. The text is never
parsed as markup: the owner hands over ``Content`` built from plain text and spans.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.timer import Timer
from textual.visual import Visual
from textual.widget import Widget

from .lazy_heights import LazyHeights, estimate_lines

# Rendered blocks kept, the least recently drawn dropped first: the screens around the
# reader's place. More only feeds the garbage collector (a Strip is eight tracked
# objects: a full collection walks them all, tens of milliseconds for thousands).
MAX_CACHED_BLOCKS = 300
# Up to this much text every block is wrapped up front (a few milliseconds): the height
# and the scrollbar are exact from the first frame, as for any article of news length.
EXACT_CHARS = 50_000
# A measured block's new height reaches the layout once measuring pauses this long: a
# relayout of the screen (and the one it sets off) costs milliseconds, and stepping
# through quotes measures a block or two at every step. Meanwhile only the widget's own
# height lags (what is drawn follows the table at once): a few lines of a tall article,
# which matter only at its end. Within a few screens of the end, sooner.
RELAYOUT_DELAY = 2.0
RELAYOUT_DELAY_NEAR_END = 0.1


class ArticleLines(Widget):
    """``content_of(i)`` is block ``i``'s Content; ``plain_of(i)`` its text (same length);
    ``lengths[i]`` that text's length, for the estimates (measured from ``plain_of`` when
    not given)."""

    DEFAULT_CSS = "ArticleLines { height: auto; }"

    def __init__(self, count: int, content_of: Callable[[int], Content],
                 plain_of: Callable[[int], str], lengths: Sequence[int] | None = None) -> None:
        super().__init__()
        self._count = count
        self._content_of = content_of
        self._plain_of = plain_of
        self._lengths = lengths
        self._width = -1
        self._table_: LazyHeights = LazyHeights([])  # per block: its lines + the blank after
        self._strips: dict[int, list[Strip]] = {}  # rendered lines of blocks, at _width
        self._line_ends: dict[int, list[int]] = {}  # where each wrapped line ends, at _width
        self._relayout: Timer | None = None
        self._relayout_soon = False  # the pending relayout is the near-the-end one
        self.wrapped = 0  # blocks wrapped so far, at any width (tests: it stays O(screen))

    # -- geometry --------------------------------------------------------------------------

    def _table(self, width: int) -> LazyHeights:
        """The blocks' heights at ``width``: estimates, until each block is measured."""
        if width != self._width:
            if self._lengths is None:
                self._lengths = [len(self._plain_of(i)) for i in range(self._count)]
            self._table_ = table = LazyHeights([estimate_lines(n, width) + 1
                                                for n in self._lengths])
            self._width = width
            self._strips.clear()
            self._line_ends.clear()
            if sum(self._lengths) <= EXACT_CHARS:
                styles = self.styles
                for i in range(self._count):
                    table.measure(i, Content(self._plain_of(i)).get_height(styles, width) + 1)
        return self._table_

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[override]
        return self._table(width).total

    @property
    def layout_width(self) -> int:
        """The width the blocks are laid out at (the widget's, once it has one)."""
        return self.size.width

    def block_at(self, y: int) -> int:
        """The block drawn on (or estimated to be on) line ``y``; -1 if there is none."""
        width = self.layout_width
        return self._table(width).item_at(y) if width > 0 else -1

    def block_start(self, block: int) -> int:
        """The line on which ``block`` starts, as the table stands."""
        width = self.layout_width
        return self._table(width).start(block) if width > 0 else 0

    def settle(self, top: int, bottom: int, *, above: int = -1) -> int:
        """Wrap every block that has a line in [``top``, ``bottom``) so they all sit where
        they will be drawn. Returns by how much the blocks before block ``above`` grew
        (what the owner scrolls by to keep that block still); the widget's height follows."""
        width = self.layout_width
        if width <= 0:
            return 0
        table = self._table(width)
        before, grown = 0, 0
        y = max(top, 0)
        while y < min(bottom, table.total):
            block = table.item_at(y)
            delta = self._measure(block)
            grown += delta
            if 0 <= block < above:
                before += delta
            y = table.start(block + 1)
        if grown:
            self._height_changed()
        return before

    def settle_around(self, block: int, lines: int) -> None:
        """Wrap ``block`` and the blocks within ``lines`` lines before and after it: where a
        jump to it will show, so the place computed for it is the place it is drawn at."""
        width = self.layout_width
        if width <= 0 or not 0 <= block < self._count:
            return
        table = self._table(width)
        grown = self._measure(block)
        seen, b = 0, block - 1
        while b >= 0 and seen < lines:
            grown += self._measure(b)
            seen += table.height(b)
            b -= 1
        start = table.start(block + 1)
        self.settle(start, start + lines)
        if grown:
            self._height_changed()

    def _height_changed(self) -> None:
        """The table's total changed: lay the widget out again once measuring pauses."""
        if not self.is_mounted:
            self.refresh(layout=True)
            return
        view = self.parent
        soon = not isinstance(view, Widget) or \
            round(view.scroll_y) + 4 * view.size.height >= self.size.height
        if self._relayout is not None and soon and not self._relayout_soon:
            self._relayout.stop()  # a long wait is pending: the end is near, wait less
            self._relayout = None
        if self._relayout is None:
            self._relayout_soon = soon
            self._relayout = self.set_timer(
                RELAYOUT_DELAY_NEAR_END if soon else RELAYOUT_DELAY, self._lay_out)
        else:
            self._relayout.reset()

    def _lay_out(self) -> None:
        self._relayout = None
        self.refresh(layout=True)

    def lay_out_now_near_end(self, line: int) -> None:
        """A jump to ``line``: if it is within a few screens of the end, the widget's
        height must be the table's before the view scrolls there (it cannot scroll past
        the height it was laid out at), so lay out now, not after the pause."""
        view = self.parent
        height = view.size.height if isinstance(view, Widget) else 0
        if self._relayout is not None and line + 4 * height >= self.size.height:
            self._relayout.stop()
            self._lay_out()

    def _measure(self, block: int) -> int:
        """Wrap ``block`` (render its lines) if it has not been at this width; returns how
        much its height changed."""
        table = self._table_
        if table.is_exact(block):
            return 0
        delta = table.measure(block, len(self._block_strips(block)) + 1)
        if delta:
            self._lines_moved(table.start(block))
        return delta

    def _lines_moved(self, first: int) -> None:
        """The lines from ``first`` on moved (a block there was measured). Textual keeps
        the lines it has drawn by their y, and reuses those still in view after a scroll:
        drop the ones that moved, and repaint them if in view. (A plain refresh would drop
        them all, and mark every line of this very tall widget dirty, one by one.) The
        blocks ahead of the view are measured before they come into it (``settle_around``),
        so a step through the quotes seldom moves a line on screen."""
        cache = getattr(self._styles_cache, "_cache", None)
        view = self.parent
        if not isinstance(cache, dict) or not isinstance(view, Widget) or not view.size.height:
            self.refresh()
            return
        for y in [y for y in cache if y >= first]:
            del cache[y]
        top = round(view.scroll_y)
        bottom = top + view.size.height + 1
        if first < bottom:
            start = max(first, top - 1, 0)
            self.refresh(Region(0, start, max(self.size.width, 1), bottom - start))

    def position_at(self, y: int) -> tuple[int, int] | None:
        """The block drawn on line ``y``, and the line of it; None on a blank line."""
        width = self.layout_width
        if width <= 0:
            return None
        table = self._table(width)
        if not 0 <= y < table.total:
            return None
        block = table.item_at(y)
        self._measure(block)
        row = y - table.start(block)
        return (block, row) if row < table.height(block) - 1 else None

    def line_of(self, block: int, offset: int) -> int:
        """The line (in this widget) holding character ``offset`` of block ``block``."""
        width = self.layout_width
        if width <= 0:
            return 0
        table = self._table(width)
        self._measure(block)
        ends = self._line_ends.get(block)
        if ends is None:
            ends = self._line_ends[block] = line_ends(self._plain_of(block), width)
        return table.start(block) + min(bisect_right(ends, offset), len(ends) - 1)

    # -- rendering -------------------------------------------------------------------------

    def _block_strips(self, block: int) -> list[Strip]:
        strips = self._strips
        lines = strips.pop(block, None)
        if lines is None:
            if len(strips) >= MAX_CACHED_BLOCKS:
                del strips[next(iter(strips))]  # the least recently drawn
            lines = Visual.to_strips(self, self._content_of(block), self._width, None,
                                     self.visual_style)
            self.wrapped += 1
        strips[block] = lines  # (again) the most recent: dicts keep insertion order
        return lines

    def render_lines(self, crop: Region) -> list[Strip]:
        # Whatever the owner has not settled yet (the first frame, a resize): the blocks in
        # view are wrapped before any is drawn, from the top down, so none moves mid-frame.
        self.settle(crop.y, crop.bottom)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        self._dirty_regions.clear()  # lines are cached per block here, not per widget
        width = self.size.width
        table = self._table(width)
        blank = Strip.blank(width, self.visual_style.rich_style)
        if not 0 <= y < table.total:
            return blank
        block = table.item_at(y)
        self._measure(block)
        lines = self._block_strips(block)
        local = y - table.start(block)
        return lines[local] if local < len(lines) else blank

    def invalidate(self, blocks: Iterable[int] | None = None) -> None:
        """Blocks whose styles changed (all when None): render them again when shown."""
        if blocks is None or self._width < 0:
            self._strips.clear()
            self.refresh()
            return
        table = self._table_
        regions = []
        for b in set(blocks):
            if 0 <= b < self._count:
                self._strips.pop(b, None)
                start = table.start(b)
                regions.append(Region(0, start, self._width, table.height(b)))
        if regions:
            self.refresh(*regions)


def line_ends(plain: str, width: int) -> list[int]:
    """Where each line of ``plain`` (one physical line) ends once wrapped to ``width``,
    the whitespace folded at a break counted with the line before it: character ``i`` is
    on the first line whose end is past ``i`` (as ``article_render.wrapped_line_of``)."""
    ends: list[int] = []
    seen = 0
    for line in Content(plain).wrap(width):
        seen += len(line.plain)
        while seen < len(plain) and plain[seen] == " ":
            seen += 1
        ends.append(seen)
    return ends or [len(plain)]
