"""A tall pane's scrollbar, repainted only when its thumb moves.

Textual repaints a scrollbar whenever the scroll position changes by an eighth of a cell.
In a 5 MB article a step through the quotes scrolls a few lines of a hundred thousand:
the thumb stays where it is drawn, yet repainting the bar (a line of the screen for each
of its cells) cost 2 to 3 ms of each step. So does a page of the quote list's ten thousand
items, turned every five or six steps.
"""
from __future__ import annotations

from math import ceil

from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.widget import Widget


def thumb(bar: ScrollBar, position: float) -> tuple[int, int] | None:
    """The eighths of a cell the thumb of vertical ``bar`` spans at ``position``, as
    ``ScrollBarRender.render_bar`` computes them (None: it draws no thumb)."""
    size = bar.size.height
    virtual = ceil(bar.window_virtual_size)
    window = ceil(bar.window_size) if bar.window_size < bar.window_virtual_size else 0
    if not (window and size and virtual and size != virtual) or virtual == window:
        return None
    eighths = len(ScrollBarRender.VERTICAL_BARS)
    thumb_size = max(1, window / (virtual / size))
    offset = (size - thumb_size) * (bar.validate_position(position) / (virtual - window))
    start = int(offset * eighths)
    return start, start + ceil(thumb_size * eighths)


def move_thumb_quietly(widget: Widget, position: float) -> None:
    """Give ``widget``'s vertical scrollbar its new ``position`` without a repaint if that
    leaves the thumb where it is drawn. Called before ``Widget.watch_scroll_y`` sets the
    position, which then finds nothing changed."""
    if not widget.show_vertical_scrollbar:
        return
    bar = widget.vertical_scrollbar
    if bar.renderer is not ScrollBarRender or not bar.vertical or bar.grabbed:
        return  # drawn some other way, or being dragged: let Textual repaint it
    if thumb(bar, bar.position) == thumb(bar, position):
        bar.set_reactive(ScrollBar.position, bar.validate_position(position))
