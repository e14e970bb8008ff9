"""Correct the current quote's speaker and/or party: pick one of the article's parties,
or type a new one (with its kind)."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from ..model import Party
from ..widgets.safe import one_line
from .common import Dialog, key_hint, text_label

NEW_PARTY = "-new"
NO_PARTY = "-none"
KINDS = ("person", "group", "organisation", "state")


@dataclass(frozen=True)
class CorrectionInput:
    speaker: str | None  # None: leave the speaker's name as it is
    party: str | None  # a party id, or None with new_party_name set
    new_party_name: str = ""
    new_party_kind: str = "group"


class CorrectionChooser(Dialog):
    BINDINGS = [Binding("ctrl+s", "apply", "Apply", id="correct.apply")]

    def __init__(self, quote_text: str, speaker: str, party_id: str | None, parties: list[Party]) -> None:
        super().__init__()
        self.quote_text = quote_text
        self.speaker = speaker
        self.party_id = party_id
        self.parties = parties

    def compose(self) -> ComposeResult:
        options = [Option(Content(one_line(p.name, 50)) + Content.styled(f"  {p.kind}", "dim"), id=p.id)
                   for p in self.parties]
        options.append(Option(Content("New party…"), id=NEW_PARTY))
        with Vertical(id="box"):
            yield Label("Correct the speaker", id="title")
            yield text_label("“" + one_line(self.quote_text, 160) + "”")
            yield Label("Speaker", classes="field-label")
            yield Input(self.speaker, id="speaker", placeholder="who said it")
            yield Label("Party (enter to choose)", classes="field-label")
            yield OptionList(*options, id="parties", markup=False)
            yield Input(id="new-name", placeholder="name of the new party")
            yield Select([(k, k) for k in KINDS], value="group", allow_blank=False, id="new-kind")
            yield from self.buttons(Button("Apply", id="apply", variant="primary"),
                                    Button("Cancel", id="cancel"))
            yield Label(key_hint(self.app, ("ctrl+s", "apply"), ("escape", "cancel")),
                        classes="hint", markup=False)

    def on_mount(self) -> None:
        parties = self.query_one("#parties", OptionList)
        ids = [p.id for p in self.parties]
        parties.highlighted = ids.index(self.party_id) if self.party_id in ids else None
        self._show_new(False)
        self.query_one("#speaker", Input).focus()

    def _show_new(self, show: bool) -> None:
        self.query_one("#new-name").display = show
        self.query_one("#new-kind").display = show

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_new(event.option.id == NEW_PARTY)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW_PARTY:
            self._show_new(True)
            self.query_one("#new-name", Input).focus()
        else:
            self.action_apply()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "speaker":
            self.query_one("#parties").focus()
        else:
            self.action_apply()

    def result(self) -> CorrectionInput | None:
        speaker = self.query_one("#speaker", Input).value.strip()
        option = self.query_one("#parties", OptionList).highlighted_option
        chosen = option.id if option else None
        speaker_change = speaker if speaker and speaker != self.speaker else None
        if chosen == NEW_PARTY:
            name = one_line(self.query_one("#new-name", Input).value)
            if not name:
                self.notify("Type the new party's name.", markup=False)
                return None
            kind = str(self.query_one("#new-kind", Select).value)
            return CorrectionInput(speaker_change, None, name, kind)
        party_change = chosen if chosen != self.party_id else None
        if speaker_change is None and party_change is None:
            self.notify("Nothing changed.", markup=False)
            return None
        return CorrectionInput(speaker_change, party_change)

    def action_apply(self) -> None:
        result = self.result()
        if result is not None:
            self.dismiss(result)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "apply":
            self.action_apply()
        else:
            self.dismiss(None)
