"""The `/` search line: an input and a match count."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static

from ..resources import STYLES_DIR


class SearchBar(Horizontal):
    """Posts Changed as you type and Step on enter/up/down; escape posts Done."""

    # Parsed on the first search, not with app.tcss at start-up (see styles/search.tcss).
    DEFAULT_CSS = (STYLES_DIR / "search.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False

    BINDINGS = [
        Binding("enter", "step(1)", "Next match", id="search.next",
                tooltip="Go to the next match"),
        Binding("down", "step(1)", "Next match", show=False, id="search.next-down"),
        Binding("up", "step(-1)", "Previous match", show=False, id="search.prev"),
        Binding("escape", "done", "Back to article", id="search.done",
                tooltip="Leave the search box; n/N still move between matches"),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Done(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Static("/", id="search-prompt", markup=False)
        yield Input(placeholder="search the article", id="search-input")
        yield Static("", id="search-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    def open(self) -> None:
        self.display = True
        self.input.focus()

    def show_count(self, position: int, total: int, query: str) -> None:
        count = self.query_one("#search-count", Static)
        if not query:
            count.update("")
        elif not total:
            count.update("no matches")
        else:
            where = f"{position + 1}/{total}" if position >= 0 else f"{total}"
            count.update(f"{where} match{'es' if total != 1 else ''}")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # The Input's own enter binding wins over ours; both mean "next match".
        event.stop()
        self.post_message(self.Step(1))

    def action_step(self, delta: int) -> None:
        self.post_message(self.Step(delta))

    def action_done(self) -> None:
        self.post_message(self.Done())
