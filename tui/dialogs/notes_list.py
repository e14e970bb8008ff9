"""Every note, correction and "marked wrong" flag of the article, orphans included.

enter: go to it · e: edit a note · delete: delete (for a mark: restore the item;
for a correction: undo it) · Esc: close.
"""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ..notes.store import Correction, Note, NoteStore, Record
from ..widgets.safe import one_line
from .common import Dialog


@dataclass(frozen=True)
class ListAction:
    action: str  # "go", "edit" or "delete"
    record_id: str


def describe(rec: Record, store: NoteStore) -> Content:
    t = rec.target
    where = t.label if t.kind in ("party", "mention") and t.label else (t.anchor.exact if t.anchor else t.id)
    about = Content.styled(f"{t.kind}: ", "dim") + Content(one_line(where, 50))
    if rec.orphan:
        about = Content.styled("ORPHAN (passage not found) ", "bold red") + about
    if isinstance(rec, Note):
        tags = " ".join(f"#{tag}" for tag in rec.tags)
        head = Content.styled("✎ ", "bold") + Content(one_line(rec.text, 60))
        if tags:
            head += Content.styled("  " + one_line(tags, 40), "italic")
    elif isinstance(rec, Correction):
        bits = []
        if rec.speaker is not None:
            bits.append(f"speaker → {rec.speaker}")
        if rec.new_party is not None:
            bits.append(f"party → {rec.new_party.name} (new)")
        elif rec.party is not None:
            bits.append(f"party → {rec.party}")
        head = Content.styled("✓ correction ", "bold") + Content(one_line("; ".join(bits), 60))
    else:
        head = Content.styled("✗ marked wrong", "bold")
    return head + Content("\n   ") + about


class NotesList(Dialog):
    BINDINGS = [
        Binding("e", "edit", "Edit", id="notes.edit"),
        Binding("delete,backspace", "delete", "Delete / restore", id="notes.delete"),
    ]

    def __init__(self, store: NoteStore) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        records = self.store.records()
        with Vertical(id="box"):
            n, o = len(records), len(self.store.orphans())
            title = f"Notes and corrections ({n}{f', {o} orphaned' if o else ''})"
            yield Label(title, id="title")
            options = [Option(describe(r, self.store), id=r.id) for r in records]
            if not options:
                options = [Option(Content("No notes yet. Press a on a quote to add one."),
                                  id="-empty", disabled=True)]
            yield OptionList(*options, id="records", markup=False)
            yield Label("enter go to · e edit · del delete/restore · esc close", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#records").focus()

    def _current(self) -> str | None:
        option = self.query_one("#records", OptionList).highlighted_option
        return option.id if option and option.id and not option.id.startswith("-") else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and not event.option.id.startswith("-"):
            self.dismiss(ListAction("go", event.option.id))

    def action_edit(self) -> None:
        rid = self._current()
        if rid and any(n.id == rid for n in self.store.notes):
            self.dismiss(ListAction("edit", rid))
        elif rid:
            self.notify("Only notes can be edited; delete a correction or mark to undo it.",
                        markup=False)

    def action_delete(self) -> None:
        rid = self._current()
        if rid:
            self.dismiss(ListAction("delete", rid))
