"""The `?` help: every key, from tui/help.md."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..resources import PACKAGE_DIR, STYLES_DIR

HELP_FILE = PACKAGE_DIR / "help.md"


class HelpScreen(ModalScreen[None]):
    CSS_PATH = STYLES_DIR / "help.tcss"
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close",
                tooltip="Back to the article"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP_FILE.read_text(encoding="utf-8"), id="help-text")

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "newsreader help"
        body.border_subtitle = "esc to close"
        body.focus()

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_down() if direction == "down" else body.scroll_up()
