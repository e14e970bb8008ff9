"""Keeping the view still while what lies above it is measured.

The article pane and the lazy lists estimate the heights of what they have not drawn yet.
When a scroll of a screen or less brings estimated blocks or options above the view into
their measured height, the content the reader was looking at would move down the screen by
the difference. A widget that mixes this in shifts its scroll by that difference instead;
a jump (g, a search hit: more than a screen) has nothing to keep.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.widget import Widget as _Base
else:
    _Base = object  # a plain mixin at run time: it adds no node type to the widget's CSS


class ScrollAnchor(_Base):
    """A scrollable widget that keeps what was at the top of the view in place."""

    _settling = False  # scrolling by what grew above the view: not a scroll of the reader's

    def keep_anchor(self, grown: int, old: int, new: int, height: int) -> None:
        """After a scroll from ``old`` to ``new`` during which ``grown`` lines appeared above
        the view, shift by them if the scroll was a screen or less."""
        if not grown or new <= 0 or abs(new - old) > height:
            return
        if self.app.animator.is_being_animated(self, "scroll_y"):
            self.call_next(self._shift_scroll, grown)  # set from inside the animator: once it is done
        else:
            self._shift_scroll(grown)

    def _shift_scroll(self, lines: int) -> None:
        self._settling = True
        try:
            self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)
        finally:
            self._settling = False
