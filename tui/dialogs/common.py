"""Pieces shared by the dialogs."""
from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from ..widgets.safe import one_line, safe_text

DIALOG_CSS = """
Dialog {
    align: center middle;
}
Dialog > #box {
    width: 76;
    max-width: 95%;
    height: auto;
    max-height: 90%;
    border: thick $accent;
    background: $surface;
    padding: 1 2;
}
Dialog #title { text-style: bold; margin-bottom: 1; }
Dialog .hint { color: $text-muted; margin-top: 1; }
Dialog .field-label { margin-top: 1; }
Dialog TextArea { height: 8; }
Dialog OptionList { height: auto; max-height: 12; }
Dialog #buttons { height: auto; margin-top: 1; align-horizontal: right; }
Dialog #buttons Button { margin-left: 1; }
"""


def key_hint(app: App, *keys: tuple[str, str]) -> str:
    """'^s save · esc cancel': each key as Textual writes it in the Footer."""
    return " · ".join(f"{app.get_key_display(Binding(key, ''))} {what}" for key, what in keys)


def text_label(text: str, *, id: str | None = None, classes: str = "", limit: int = 0) -> Label:
    """A Label showing untrusted text literally."""
    shown = one_line(text, limit) if limit else safe_text(text)
    return Label(Content(shown), id=id, classes=classes, markup=False)


class Dialog(ModalScreen):
    """Base: Escape cancels (dismisses with None)."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @staticmethod
    def buttons(*buttons: Button) -> ComposeResult:
        with Horizontal(id="buttons"):
            yield from buttons
