"""An OptionList with vi keys and a friendly empty state."""
from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..resources import STYLES_DIR
from .safe import plain


class NavList(OptionList):
    """Lists in the side panes: j/k as well as arrows, and an empty-state line."""

    # The panes' styles are parsed when the first list mounts, after the article's first
    # frame, not with app.tcss at start-up. Unscoped: they also place the lists by id.
    DEFAULT_CSS = (STYLES_DIR / "panes.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down",
                tooltip="Next item in this list"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up",
                tooltip="Previous item in this list"),
    ]

    def __init__(self, *, id: str | None = None, pending: str = "Analysing…") -> None:
        super().__init__(id=id, markup=False)
        self.empty = True
        self.show_message(pending)

    def show_message(self, message: str) -> None:
        """Replace the items with one disabled line (empty or pending state)."""
        self.empty = True
        self.set_options([Option(plain(message), id="-message", disabled=True)])

    def show_options(self, options: Sequence[Option], empty_message: str) -> None:
        if not options:
            self.show_message(empty_message)
            return
        self.empty = False
        self.set_options(options)
        # Start on the first choosable item so the cursor is visible from the start.
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)

    def select_id(self, option_id: str) -> None:
        """Move the list's highlight to ``option_id`` without posting a selection."""
        try:
            index = self.get_option_index(option_id)
        except Exception:  # OptionDoesNotExist: the item is filtered out
            return
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index


def swatch(color: str | None) -> Content:
    """A coloured block; under NO_COLOR it still reads as a bullet."""
    return Content.assemble(("█", color or "")) if color else Content("○")
