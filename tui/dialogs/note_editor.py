"""Add or edit a note: free text and optional tags. Ctrl+S saves, Escape cancels."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, TextArea

from .common import Dialog, key_hint, text_label


@dataclass(frozen=True)
class NoteInput:
    text: str
    tags: list[str]
    delete: bool = False


def parse_tags(raw: str) -> list[str]:
    """'verify, #cnn  follow-up' -> ['verify', 'cnn', 'follow-up']."""
    tags: list[str] = []
    for part in raw.replace(",", " ").split():
        tag = part.lstrip("#")
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class NoteEditor(Dialog):
    """Dismisses with a NoteInput (or None when cancelled or left empty)."""

    BINDINGS = [Binding("ctrl+s", "save", "Save", id="note.save")]

    def __init__(self, about: str, text: str = "", tags: list[str] | None = None,
                 *, editing: bool = False) -> None:
        super().__init__()
        self.about = about
        self.initial_text = text
        self.initial_tags = tags or []
        self.editing = editing

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("Edit note" if self.editing else "Add a note", id="title")
            yield text_label(self.about, limit=200)
            yield Label("Note", classes="field-label")
            yield TextArea(self.initial_text, id="text", soft_wrap=True)
            yield Label("Tags (space or comma separated)", classes="field-label")
            yield Input(" ".join(self.initial_tags), id="tags", placeholder="e.g. verify follow-up")
            buttons = [Button("Save", id="save", variant="primary"), Button("Cancel", id="cancel")]
            if self.editing:
                buttons.insert(1, Button("Delete", id="delete", variant="error"))
            yield from self.buttons(*buttons)
            yield Label(key_hint(self.app, ("ctrl+s", "save"), ("escape", "cancel")),
                        classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#text", TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one("#text", TextArea).text.strip()
        tags = parse_tags(self.query_one("#tags", Input).value)
        if not text:
            self.notify("The note is empty; write something or press Esc.", markup=False)
            return
        self.dismiss(NoteInput(text, tags))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "delete":
            self.dismiss(NoteInput("", [], delete=True))
        else:
            self.dismiss(None)
