"""The article pane: a VerticalScroll holding the text.

Up to MAX_WIDGETS blocks, one text widget per paragraph (heading, list item, block quote),
each styled by its CSS class. Moving the current highlight re-renders only the widgets it
leaves and enters (``update(layout=False)``: styles never change the height).

A longer article is one ArticleLines widget instead, which renders only the lines on
screen and re-renders only the blocks that change: Textual re-renders a whole widget on
any change and walks every widget of the pane to find one that is off screen, so neither
thousands of widgets nor a few hundred big ones keep a step within a frame.

So is an article of plain paragraphs only (most news, and every .txt file): there is no
per-block look for CSS to give, ArticleLines draws the same cells, and one widget is less
for Textual to mount, style and lay out before the first frame (about 3 ms of start-up for
the seed's seven paragraphs).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Click
from textual.geometry import Offset, Region
from textual.message import Message
from textual.widgets import Static

from ..ingest import Article, Inline
from ..model import Annotations, Block
from ..resources import STYLES_DIR
from .article_render import (BlockIndex, Mark, Range, annotation_marks, block_prefix,
                             inline_marks, line_of, marks_by_block, offset_at, render_blocks,
                             search_marks)
from .safe import safe_text
from .scroll_anchor import ScrollAnchor
from .scrollbar_thumb import move_thumb_quietly

if TYPE_CHECKING:  # imported when the article is drawn line by line
    from .article_lines import ArticleLines

MAX_WIDGETS = 400  # more blocks than this: drawn line by line (ArticleLines)


def drawn_line_by_line(blocks: list[Block]) -> bool:
    """Whether one ArticleLines draws these blocks: too many for a widget each, or nothing
    but plain paragraphs (no heading, list item or block quote to style by its class)."""
    return len(blocks) > MAX_WIDGETS or all(b.kind == "paragraph" for b in blocks)


class Paragraph(Static):
    """One paragraph, heading, list item or block quote."""

    # Parsed when the first Paragraph mounts, not with app.tcss (see styles/paragraphs.tcss).
    DEFAULT_CSS = (STYLES_DIR / "paragraphs.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False

    def __init__(self, index: int, block: Block, content: Content, *,
                 list_end: bool = False) -> None:
        classes = f"-{block.kind.replace('_', '-')}"
        if block.kind in ("heading", "list_item", "blockquote"):
            classes += f" -level-{min(max(block.level, 1), 4)}"
        if list_end:  # the space after a list, before what follows (another list, say)
            classes += " -list-end"
        super().__init__(content, markup=False, classes=classes)
        self.blocks = range(index, index + 1)
        self.starts: list[int] = [0]  # where the block's text starts in the content


class ArticleView(ScrollAnchor, VerticalScroll, can_focus=True):
    """Shows the article; knows nothing of quotes beyond the styles it is given."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="article.down",
                tooltip="Scroll the article down"),
        Binding("k", "scroll_up", "Up", show=False, id="article.up",
                tooltip="Scroll the article up"),
        Binding("space", "page_down", "Page down", show=False, id="article.page"),
    ]

    class Clicked(Message):
        """The text was clicked at article ``offset``."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = article.text
        self.index = BlockIndex(article.blocks)
        self.markers = article.markers or ("•",) * len(article.blocks)
        self.list_ends = article.list_ends
        self.inline = article.inline
        self._inline_marks = marks_by_block(inline_marks(article.inline), self.index)
        self._marks: list[list[Mark]] = [list(m) for m in self._inline_marks]
        self._matches: list[Range] = []
        self._current: Range | None = None
        self._widgets: list[Paragraph] = []  # made in compose, with the marks known by then
        self._lines: ArticleLines | None = None
        if drawn_line_by_line(article.blocks):
            from .article_lines import ArticleLines

            self._lines = ArticleLines(len(article.blocks), self._block_content,
                                       self._block_plain, self._block_lengths())

    def compose(self) -> ComposeResult:
        if self._lines is not None:
            yield self._lines
            return
        # Built with their content rather than updated after: a widget refreshed before it
        # mounts is painted a second time right after its first paint.
        self._widgets = []
        for i, block in enumerate(self.index.blocks):
            self._widgets.append(Paragraph(i, block, self._paragraph_content(i),
                                           list_end=i in self.list_ends))
        yield from self._widgets

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        # Lines drawn line by line are cached with the old theme's colours.
        if self._lines is not None:
            self._lines.invalidate(None)

    # -- content ---------------------------------------------------------------------------

    def show_annotations(self, ann: Annotations, colors: dict[str, str], *,
                         no_color: bool = False) -> None:
        marks = marks_by_block(annotation_marks(ann, colors, no_color=no_color), self.index)
        self._marks = [own + m for own, m in zip(self._inline_marks, marks)]
        self._repaint(None)

    def link_at(self, offset: int) -> Inline | None:
        return next((i for i in self.inline
                     if i.kind == "link" and i.start <= offset < i.end), None)

    # -- the mouse -------------------------------------------------------------------------

    def on_click(self, event: Click) -> None:
        offset = self.offset_of(event)
        if offset is not None:
            self.post_message(self.Clicked(offset))

    def offset_of(self, event: Click) -> int | None:
        """The article offset under the mouse, if it is on the text."""
        try:
            widget, region = self.screen.get_widget_at(event.screen_x, event.screen_y)
        except Exception:  # NoWidget: off every widget
            return None
        gutter = widget.styles.gutter
        where = Offset(event.screen_x - region.x - gutter.left,
                       event.screen_y - region.y - gutter.top)
        if self._lines is not None and widget is self._lines:
            found = self._lines.position_at(where.y)
            if found is None:
                return None
            block, row = found
            plain = self._block_plain(block)
            prefix = len(self._prefix(block, alone=False))
        elif isinstance(widget, Paragraph):
            block, row = widget.blocks.start, where.y
            content = widget.content if isinstance(widget.content, Content) else Content("")
            plain = content.plain
            prefix = len(self._prefix(block, alone=True))
        else:
            return None
        local = offset_at(plain, widget.content_region.width, row, where.x)
        if local is None or local < prefix:
            return None
        return self.index.blocks[block].start + local - prefix

    def set_search(self, matches: list[Range]) -> None:
        touched = self._blocks_of(self._matches) | self._blocks_of(matches)
        self._matches = sorted(matches)
        self._repaint(touched)

    def set_current(self, span: Range | None) -> None:
        """Make ``span`` the one highlighted item; repaint only what changed."""
        if span == self._current:
            return
        touched = self._blocks_of([self._current] if self._current else [])
        touched |= self._blocks_of([span] if span else [])
        self._current = span
        self._repaint(touched)

    @property
    def current(self) -> Range | None:
        return self._current

    def block_contents(self) -> list[Content]:
        """What each block shows now (its text, styled), however the pane draws it."""
        if self._lines is not None:
            return [self._block_content(i) for i in range(len(self.index.blocks))]
        return [w.content if isinstance(w.content, Content) else Content("")
                for w in self._widgets]

    # -- scrolling -------------------------------------------------------------------------

    def reveal(self, span: Range, *, center: bool = True) -> None:
        """Scroll so the lines of ``span`` are in view (centred unless ``center`` is False)."""
        if not self._widgets and self._lines is None:
            return
        if self._lines is not None:
            # Wrap the blocks around the target first: its place is then exact, and the
            # frame that shows it measures nothing that would move it.
            self._lines.settle_around(self.index.block_at(span[0]), self.size.height)
        last = max(span[1] - 1, span[0])
        top, bottom = self.line_y(span[0]), self.line_y(last)
        if self._lines is not None:
            self._lines.lay_out_now_near_end(bottom)
        region = Region(0, top, 1, max(bottom - top + 1, 1))
        self.scroll_to_region(region, center=center, animate=False, immediate=True)

    def line_y(self, offset: int) -> int:
        """The virtual y of the line holding article ``offset``."""
        block = self.index.block_at(offset)
        local = max(offset - self.index.blocks[block].start, 0)
        if self._lines is not None:
            return self._lines.line_of(block, len(self._prefix(block, alone=False)) + local)
        local += len(self._prefix(block, alone=True))
        widget = self._widgets[block]
        width = widget.content_region.width or max(self.scrollable_content_region.width - 4, 1)
        content = widget.content if isinstance(widget.content, Content) else Content("")
        line = line_of(content, local, width)
        return widget.virtual_region.y + widget.styles.padding.top + line

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        move_thumb_quietly(self, new_value)  # a step in a long article seldom moves it
        super().watch_scroll_y(old_value, new_value)
        lines = self._lines
        if lines is None or self._settling:
            return
        old, new, height = round(old_value), round(new_value), self.size.height
        anchor = lines.block_at(old)  # the block that was at the top of the view
        grown = lines.settle(new, new + height, above=anchor)
        # The blocks just measured above the anchor must not push what the reader was
        # looking at down the screen; after a jump, reveal settled its place.
        self.keep_anchor(grown, old, new, height)

    # -- internals -------------------------------------------------------------------------

    def _blocks_of(self, spans: Iterable[Range]) -> set[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(self.index.overlapping(start, end))
        return found

    def _block_marks(self, i: int) -> list[Mark]:
        if self._matches:
            return self._marks[i] + search_marks(self._matches, self.index.blocks[i])
        return self._marks[i]

    def _prefix(self, i: int, alone: bool) -> str:
        return block_prefix(self.index.blocks[i], alone, self.markers[i])

    def _paragraph_content(self, i: int) -> Content:
        """Block ``i`` as its own widget: its look comes from the widget's CSS classes."""
        return render_blocks(self.text, [self.index.blocks[i]], [self._block_marks(i)],
                             self._current, markers=[self.markers[i]])[0]

    def _block_content(self, i: int) -> Content:
        """Block ``i`` in ArticleLines: bullet, quote bar and bold headings in the text."""
        return render_blocks(self.text, [self.index.blocks[i]], [self._block_marks(i)],
                             self._current, alone=False, markers=[self.markers[i]])[0]

    def _block_lengths(self) -> list[int]:
        """The length of each block's plain text (``_block_plain``), without building it."""
        return [len(self._prefix(i, alone=False)) + b.end - b.start
                for i, b in enumerate(self.index.blocks)]

    def _block_plain(self, i: int) -> str:
        block = self.index.blocks[i]
        return self._prefix(i, alone=False) + safe_text(self.text[block.start:block.end])

    def _repaint(self, blocks: Iterable[int] | None) -> None:
        """Render ``blocks`` again (all when None)."""
        if self._lines is not None:
            self._lines.invalidate(blocks)
            return
        for i in range(len(self._widgets)) if blocks is None else blocks:
            if 0 <= i < len(self._widgets):
                self._widgets[i].update(self._paragraph_content(i), layout=False)
