"""Turning the article text and its annotations into styled paragraphs.

Pure functions over plain text and offsets: a paragraph is ``Content(text)``
plus ``Span``s, never a markup string, so brackets in the article stay literal.
Styles are layered bottom to top: a Markdown article's inline formatting (emphasis,
strong, code, links), quotes, party mentions, outlets, search matches, then the current
item.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content, Span

from ..ingest import Inline
from ..model import Annotations, Block
from .colors import (CURRENT_STYLE, INLINE_STYLES, SEARCH_STYLE, mention_style, outlet_style,
                     quote_style)
from .safe import safe_text

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Mark:
    """A style over article offsets [start, end)."""

    start: int
    end: int
    style: str


class BlockIndex:
    """Finds the blocks (paragraphs) that hold an offset or overlap a range."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = list(blocks)
        self._starts = [b.start for b in self.blocks]

    def __len__(self) -> int:
        return len(self.blocks)

    def block_at(self, offset: int) -> int:
        """The block holding ``offset``, or the nearest one before it (0 if none)."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def overlapping(self, start: int, end: int) -> range:
        if not self.blocks:
            return range(0)
        first = self.block_at(start)
        if self.blocks[first].end <= start:
            first += 1
        last = max(bisect_left(self._starts, max(end, start + 1)) - 1, first - 1)
        return range(first, last + 1)


def inline_marks(inline: Iterable[Inline]) -> list[Mark]:
    """The bottom layer: a Markdown article's own formatting."""
    return [Mark(i.start, i.end, INLINE_STYLES[i.kind]) for i in inline]


def annotation_marks(ann: Annotations, colors: dict[str, str], *, no_color: bool = False
                     ) -> list[Mark]:
    """Quotes, then mentions, then outlets (later wins). ``no_color``: styles that tell
    them apart by weight and underline alone."""
    marks: list[Mark] = []
    for q in ann.quotes:
        party = q.speaker.party if q.speaker else None
        marks.append(Mark(q.start, q.end, quote_style(colors.get(party or ""), no_color)))
    for p in ann.parties:
        style = mention_style(colors.get(p.id, ""))
        marks.extend(Mark(m.start, m.end, style) for m in p.mentions)
    outlet = outlet_style(no_color)
    for o in ann.outlets:
        marks.extend(Mark(m.start, m.end, outlet) for m in o.mentions)
    return marks


def marks_by_block(marks: Iterable[Mark], index: BlockIndex) -> list[list[Mark]]:
    per_block: list[list[Mark]] = [[] for _ in range(len(index))]
    for mark in marks:
        for i in index.overlapping(mark.start, mark.end):
            per_block[i].append(mark)
    return per_block


def search_marks(matches: Sequence[tuple[int, int]], block: Block) -> list[Mark]:
    """The search matches inside ``block`` (``matches`` sorted by start)."""
    lo = bisect_left(matches, (block.start, -1))
    # A match may begin just before the block and run into it.
    if lo and matches[lo - 1][1] > block.start:
        lo -= 1
    hi = bisect_left(matches, (block.end, -1))
    return [Mark(s, e, SEARCH_STYLE) for s, e in matches[lo:hi]]


def block_prefix(block: Block, alone: bool, marker: str = "•") -> str:
    """Text drawn before a block: a list item's marker ("•", "2."; none on an item's later
    paragraphs); in a multi-block widget, indents and bars too."""
    if block.kind == "list_item":
        mark = f"{marker} " if marker else "  "
        return mark if alone else "  " * max(block.level - 1, 0) + mark
    if block.kind == "blockquote" and not alone:
        return "▌ "
    return ""


def render_blocks(text: str, blocks: Sequence[Block], marks: Sequence[Sequence[Mark]],
                  current: Range | None = None, *, alone: bool | None = None,
                  markers: Sequence[str] | None = None) -> tuple[Content, list[int]]:
    """One widget's Content for consecutive ``blocks``, and where each block's text starts.

    ``marks[i]`` are the marks over ``blocks[i]``, ``markers[i]`` its list marker (default
    "•"). A lone block gets its look from CSS classes; several blocks in one widget (or a
    block of a long article, drawn line by line: ``alone=False``) carry their structure
    in the text instead.
    """
    if alone is None:
        alone = len(blocks) == 1
    pieces: list[Content] = []
    starts: list[int] = []
    position = 0
    for n, (block, block_marks) in enumerate(zip(blocks, marks)):
        if pieces:
            pieces.append(Content("\n\n"))
            position += 2
        prefix = block_prefix(block, alone, markers[n] if markers else "•")
        body = _block_body(text, block, block_marks, current)
        if block.kind == "heading" and not alone:
            body = body.stylize_before("bold")
        piece = Content(prefix) + body if prefix else body
        starts.append(position + len(prefix))
        pieces.append(piece)
        position += len(piece.plain)
    return Content.assemble(*pieces), starts


def _block_body(text: str, block: Block, marks: Iterable[Mark], current: Range | None
                ) -> Content:
    start, end = block.start, block.end
    spans = [Span(max(m.start, start) - start, min(m.end, end) - start, m.style)
             for m in marks if m.start < end and m.end > start]
    if current and current[0] < end and current[1] > start:
        spans.append(Span(max(current[0], start) - start, min(current[1], end) - start,
                          CURRENT_STYLE))
    return Content(safe_text(text[start:end]), spans)


def line_of(content: Content, offset: int, width: int) -> int:
    """The wrapped line (0-based) on which character ``offset`` of ``content`` falls."""
    if width <= 0:
        return 0
    lines = 0
    base = 0
    for physical in content.plain.split("\n"):
        if offset < base + len(physical) + 1:
            return lines + wrapped_line_of(Content(physical), offset - base, width)
        lines += max(len(Content(physical).wrap(width)), 1)
        base += len(physical) + 1
    return max(lines - 1, 0)


def offset_at(plain: str, width: int, row: int, column: int) -> int | None:
    """The character of ``plain`` drawn at (``column``, ``row``) once wrapped to ``width``
    (the inverse of ``line_of``); None past the end of the text or of its line."""
    if width <= 0 or row < 0 or column < 0:
        return None
    base = 0
    for physical in plain.split("\n"):
        starts = wrapped_starts(physical, width)
        if row < len(starts):
            end = starts[row + 1] if row + 1 < len(starts) else len(physical)
            offset = starts[row] + column
            return base + offset if offset < end else None
        row -= len(starts)
        base += len(physical) + 1
    return None


def wrapped_starts(physical: str, width: int) -> list[int]:
    """Where each wrapped line of ``physical`` (one line of text) starts."""
    starts = [0]
    seen = 0
    wrapped = Content(physical).wrap(width)
    for line in wrapped[:-1]:
        seen += len(line.plain)
        while seen < len(physical) and physical[seen] == " ":  # folded at the break
            seen += 1
        starts.append(seen)
    return starts


def wrapped_line_of(content: Content, offset: int, width: int) -> int:
    """The wrapped line on which ``offset`` of ``content`` (one physical line) falls."""
    seen = 0
    wrapped = content.wrap(width)
    for number, line in enumerate(wrapped):
        seen += len(line.plain)
        # Wrapping folds the whitespace between lines; count it with the earlier line.
        while seen < len(content.plain) and content.plain[seen] == " ":
            seen += 1
        if offset < seen:
            return number
    return max(len(wrapped) - 1, 0)
