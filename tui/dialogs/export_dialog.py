"""Choose an export format and destination. An existing destination is overwritten
only after the user confirms (a second Export press)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Select

from ..export import FORMAT_NAMES, FORMATS
from ..widgets.safe import one_line
from .common import Dialog, key_hint, text_label


@dataclass(frozen=True)
class ExportChoice:
    format: str
    path: Path
    force: bool


class ExportDialog(Dialog):
    def __init__(self, stem: str, directory: Path, fmt: str = "md") -> None:
        super().__init__()
        self.stem = stem
        self.directory = directory
        self.fmt = fmt if fmt in FORMATS else "md"
        self._confirmed: Path | None = None

    def default_path(self, fmt: str) -> Path:
        return self.directory / f"{self.stem}{FORMATS[fmt].suffix}"

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("Export", id="title")
            yield Label("Format", classes="field-label")
            yield Select([(Content(f"{n} — {FORMATS[n].label}"), n) for n in FORMAT_NAMES],
                         value=self.fmt, allow_blank=False, id="format")
            yield Label("Destination", classes="field-label")
            yield Input(str(self.default_path(self.fmt)), id="path")
            yield text_label("", id="warning", classes="hint")
            yield from self.buttons(Button("Export", id="export", variant="primary"),
                                    Button("Cancel", id="cancel"))
            yield Label(key_hint(self.app, ("enter", "export"), ("tab", "next field"),
                                 ("escape", "cancel")), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        old_default = self.default_path(self.fmt)
        self.fmt = str(event.value)
        if Path(path.value) == old_default:  # follow the format unless the user typed a path
            path.value = str(self.default_path(self.fmt))
        self._warn("")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._confirmed = None
        self._warn("")

    def _warn(self, text: str) -> None:
        self.query_one("#warning", Label).update(Content(text))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_export()

    def action_export(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            self._warn("Give a destination path.")
            return
        path = Path(raw).expanduser()
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self._warn(f"{one_line(str(path), 60)} exists. Press Export again to overwrite it.")
            return
        self.dismiss(ExportChoice(self.fmt, path, force=path.exists()))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_export()
        else:
            self.dismiss(None)
