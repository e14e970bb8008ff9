"""The reader's Footer: Textual's, fitted to its width.

`? Help` and `q Quit` always show; the other keys are dropped, least useful first,
until the rest fits on the line (every key is still in `?` help and the palette).
"""
from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS = ("help", "quit")
# The other keys' actions, most useful first: the last ones go first when space is short.
BY_USE = ("next", "previous", "search", "note", "toggle_highlights", "toggle_demands",
          "filter", "copy", "export", "demand_matrix", "switch_article(1)")
PALETTE_WIDTH = 12  # "▏^p palette" and its margin


def key_width(key: FooterKey) -> int:
    """Cells a compact FooterKey takes: key, space, description, margin."""
    return len(key.key_display) + (1 + len(key.description) if key.description else 0) + 1


class ReaderFooter(Footer):
    _laid_out_width = 0

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey)
                and not w.has_class("-command-palette")]
        self._laid_out_width = self.size.width or self.app.size.width
        width = self._laid_out_width - PALETTE_WIDTH
        used = sum(key_width(k) for k in keys)
        rank = {action: i for i, action in enumerate(BY_USE)}
        droppable = sorted((k for k in keys if k.action not in ALWAYS),
                           key=lambda k: rank.get(k.action, len(rank)), reverse=True)
        dropped: set[int] = set()
        for key in droppable:
            if used <= width:
                break
            used -= key_width(key)
            dropped.add(id(key))
        shown: list[Widget] = [w for w in widgets if id(w) not in dropped]
        yield from shown

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._laid_out_width:
            self._laid_out_width = event.size.width
            self.call_after_refresh(self.recompose)
