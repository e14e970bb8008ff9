"""The article pane: a VerticalScroll of text widgets, one per paragraph.

Moving the current highlight re-renders only the widgets it leaves and enters
(``update(layout=False)``: styles never change the height). A very long article
gets one widget per run of paragraphs instead (at most MAX_WIDGETS widgets: small enough to re-render in a frame), since
Textual re-arranges every child of a scroll view on each reflow.
"""
from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from ..ingest import Article
from ..model import Annotations, Block
from .article_render import (BlockIndex, Mark, Range, annotation_marks, chunk_ranges, line_of,
                             marks_by_block, render_blocks, search_marks)

MAX_WIDGETS = 400


class Paragraph(Static):
    """One paragraph, heading, list item or block quote (or, in a huge article, a run of them)."""

    DEFAULT_CSS = "Paragraph { height: auto; }"

    def __init__(self, blocks: range, first: Block, content: Content) -> None:
        if len(blocks) == 1:
            classes = f"-{first.kind.replace('_', '-')}"
            if first.kind in ("heading", "list_item", "blockquote"):
                classes += f" -level-{min(max(first.level, 1), 4)}"
        else:
            classes = "-run"
        super().__init__(content, markup=False, classes=classes)
        self.blocks = blocks
        self.starts: list[int] = []  # where each block's text starts in the content


class ArticleView(VerticalScroll, can_focus=True):
    """Shows the article; knows nothing of quotes beyond the styles it is given."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="article.down",
                tooltip="Scroll the article down"),
        Binding("k", "scroll_up", "Up", show=False, id="article.up",
                tooltip="Scroll the article up"),
        Binding("space", "page_down", "Page down", show=False, id="article.page"),
    ]

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = article.text
        self.index = BlockIndex(article.blocks)
        self._marks: list[list[Mark]] = [[] for _ in article.blocks]
        self._matches: list[Range] = []
        self._current: Range | None = None
        self._runs = chunk_ranges(len(article.blocks), MAX_WIDGETS)
        self._widget_of_block = [w for w, run in enumerate(self._runs) for _ in run]
        self._widgets: list[Paragraph] = []  # made in compose, with the marks known by then

    def compose(self) -> ComposeResult:
        # Built with their content rather than updated after: a widget refreshed before it
        # mounts is painted a second time right after its first paint.
        self._widgets = []
        for run in self._runs:
            content, starts = self._run_content(run)
            widget = Paragraph(run, self.index.blocks[run[0]], content)
            widget.starts = starts
            self._widgets.append(widget)
        yield from self._widgets

    # -- content ---------------------------------------------------------------------------

    def show_annotations(self, ann: Annotations, colors: dict[str, str]) -> None:
        self._marks = marks_by_block(annotation_marks(ann, colors), self.index)
        self._repaint(range(len(self._widgets)))

    def set_search(self, matches: list[Range]) -> None:
        touched = self._widgets_of(self._matches) | self._widgets_of(matches)
        self._matches = sorted(matches)
        self._repaint(touched)

    def set_current(self, span: Range | None) -> None:
        """Make ``span`` the one highlighted item; repaint only what changed."""
        if span == self._current:
            return
        touched = self._widgets_of([self._current] if self._current else [])
        touched |= self._widgets_of([span] if span else [])
        self._current = span
        self._repaint(touched)

    @property
    def current(self) -> Range | None:
        return self._current

    # -- scrolling -------------------------------------------------------------------------

    def reveal(self, span: Range, *, center: bool = True) -> None:
        """Scroll so the lines of ``span`` are in view (centred unless ``center`` is False)."""
        if not self._widgets:
            return
        last = max(span[1] - 1, span[0])
        top, bottom = self._line_y(span[0]), self._line_y(last)
        region = Region(0, top, 1, max(bottom - top + 1, 1))
        self.scroll_to_region(region, center=center, animate=False, immediate=True)

    def _line_y(self, offset: int) -> int:
        """The virtual y of the line holding article ``offset``."""
        block = self.index.block_at(offset)
        widget = self._widgets[self._widget_of_block[block]]
        width = widget.content_region.width or max(self.scrollable_content_region.width - 4, 1)
        local = widget.starts[block - widget.blocks[0]] + offset - self.index.blocks[block].start
        content = widget.content if isinstance(widget.content, Content) else Content("")
        line = line_of(content, max(local, 0), width)
        return widget.virtual_region.y + widget.styles.padding.top + line

    # -- internals -------------------------------------------------------------------------

    def _widgets_of(self, spans: Iterable[Range]) -> set[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(self._widget_of_block[b] for b in self.index.overlapping(start, end))
        return found

    def _run_content(self, run: range) -> tuple[Content, list[int]]:
        blocks = [self.index.blocks[i] for i in run]
        marks = [self._marks[i] + search_marks(self._matches, self.index.blocks[i])
                 if self._matches else self._marks[i] for i in run]
        return render_blocks(self.text, blocks, marks, self._current)

    def _update(self, widget: Paragraph, *, layout: bool) -> None:
        content, widget.starts = self._run_content(widget.blocks)
        widget.update(content, layout=layout)

    def _repaint(self, indexes: Iterable[int]) -> None:
        for i in indexes:
            if 0 <= i < len(self._widgets):
                self._update(self._widgets[i], layout=False)
