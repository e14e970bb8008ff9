"""The article pane: one Static per paragraph inside a VerticalScroll.

Moving the current highlight re-renders only the paragraphs it leaves and
enters (``update(layout=False)``: styles never change a paragraph's height).
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
from ..model import Annotations
from .article_render import (BlockIndex, Mark, annotation_marks, line_of, marks_by_block,
                             render_block, search_marks)

Range = tuple[int, int]


class Paragraph(Static):
    """One block of the article (paragraph, heading, list item or block quote)."""

    DEFAULT_CSS = "Paragraph { height: auto; }"

    def __init__(self, index: int, kind: str, level: int, content: Content) -> None:
        classes = f"-{kind.replace('_', '-')}"
        if kind in ("heading", "list_item", "blockquote"):
            classes += f" -level-{min(max(level, 1), 4)}"
        super().__init__(content, markup=False, classes=classes)
        self.index = index


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
        # The plain text: the first paint needs no analysis.
        self._paragraphs = [Paragraph(i, b.kind, b.level, self._paragraph_content(i))
                            for i, b in enumerate(article.blocks)]

    def compose(self) -> ComposeResult:
        yield from self._paragraphs

    # -- content ---------------------------------------------------------------------------

    def show_annotations(self, ann: Annotations, colors: dict[str, str]) -> None:
        self._marks = marks_by_block(annotation_marks(ann, colors), self.index)
        self._repaint(range(len(self._paragraphs)))

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

    # -- scrolling -------------------------------------------------------------------------

    def reveal(self, span: Range, *, center: bool = True) -> None:
        """Scroll so the lines of ``span`` are in view (centred unless ``center`` is False)."""
        if not self._paragraphs:
            return
        first = self.index.block_at(span[0])
        para = self._paragraphs[first]
        width = para.content_region.width or max(self.scrollable_content_region.width - 2, 1)
        top = self._line_y(first, span[0], width)
        last_block = self.index.block_at(max(span[1] - 1, span[0]))
        bottom = self._line_y(last_block, max(span[1] - 1, span[0]), width)
        region = Region(0, top, 1, max(bottom - top + 1, 1))
        self.scroll_to_region(region, center=center, animate=False, immediate=True)

    def _line_y(self, block_index: int, offset: int, width: int) -> int:
        para = self._paragraphs[block_index]
        block = self.index.blocks[block_index]
        content = render_block(self.text, block, ())
        local = offset - block.start + (len(content.plain) - (block.end - block.start))
        line = line_of(content, max(local, 0), width)
        return para.virtual_region.y + para.styles.padding.top + line

    # -- internals -------------------------------------------------------------------------

    def _blocks_of(self, spans: list[Range]) -> set[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(self.index.overlapping(start, end))
        return found

    def _paragraph_content(self, i: int) -> Content:
        block = self.index.blocks[i]
        marks = self._marks[i] + search_marks(self._matches, block) if self._matches \
            else self._marks[i]
        return render_block(self.text, block, marks, self._current)

    def _repaint(self, indexes: Iterable[int]) -> None:
        for i in indexes:
            if 0 <= i < len(self._paragraphs):
                self._paragraphs[i].update(self._paragraph_content(i), layout=False)
