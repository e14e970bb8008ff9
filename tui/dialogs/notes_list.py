"""Every note, correction and "marked wrong" flag of the article, orphans included.

enter: go to it · e: edit a note · delete: delete (for a mark: restore the item;
for a correction: undo it) · Esc: close.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ..notes.store import Correction, Note, NoteStore, Record
from ..widgets.safe import one_line
from .common import Dialog, key_hint


@dataclass(frozen=True)
class ListAction:
    action: str  # "go", "edit" or "delete"
    record_id: str


def describe(rec: Record, store: NoteStore, party_names: Mapping[str, str] | None = None
             ) -> Content:
    """Two lines: what the record says (a note's text, a correction, a mark), then its tags
    and what it is about."""
    names = party_names or {}
    t = rec.target
    where = t.label if t.kind in ("party", "mention") and t.label else (t.anchor.exact if t.anchor else t.id)
    about = Content.styled(f"{t.kind}: ", "dim") + Content(one_line(where, 50))
    if rec.orphan:
        about = Content.styled("ORPHAN (passage not found) ", "bold red") + about
    if isinstance(rec, Note):
        head = Content.styled("✎ ", "bold") + Content(one_line(rec.text, 64))
        if rec.tags:  # on the second line, so they never run into the text
            tags = " ".join(f"#{one_line(tag, 20)}" for tag in rec.tags)
            about = Content.styled(one_line(tags, 40), "italic") + Content(" · ") + about
    elif isinstance(rec, Correction):
        bits = []
        if rec.speaker is not None:
            bits.append(f"speaker → {rec.speaker}")
        if rec.new_party is not None:
            bits.append(f"party → {rec.new_party.name} (new)")
        elif rec.party is not None:
            bits.append(f"party → {names.get(rec.party, rec.party)}")
        head = Content.styled("✓ correction ", "bold") + Content(one_line("; ".join(bits), 60))
    else:
        head = Content.styled("✗ marked wrong", "bold")
    return head + Content("\n   ") + about


class NotesList(Dialog):
    BINDINGS = [
        Binding("e", "edit", "Edit", id="notes.edit"),
        Binding("delete,backspace", "delete", "Delete / restore", id="notes.delete"),
    ]

    def __init__(self, store: NoteStore, party_names: Mapping[str, str] | None = None,
                 delete: Callable[[str], bool] | None = None) -> None:
        """``party_names``: names to show corrected parties by; ``delete``: deletes (or
        restores, or undoes) a record and tells whether it did, the list staying open."""
        super().__init__()
        self.store = store
        self.party_names = party_names or {}
        self._delete = delete

    def _title(self) -> str:
        n, o = len(self.store.records()), len(self.store.orphans())
        return f"Notes and corrections ({n}{f', {o} orphaned' if o else ''})"

    def _options(self) -> list[Option]:
        options = [Option(describe(r, self.store, self.party_names), id=r.id)
                   for r in self.store.records()]
        return options or [Option(Content("No notes yet. Press a on a quote to add one."),
                                  id="-empty", disabled=True)]

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self._title(), id="title", markup=False)
            yield OptionList(*self._options(), id="records", markup=False)
            yield Label(key_hint(self.app, ("enter", "go to"), ("e", "edit"),
                                 ("delete", "delete/restore"), ("escape", "close")),
                        classes="hint", markup=False)

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
        if not rid:
            return
        if self._delete is None:
            self.dismiss(ListAction("delete", rid))
            return
        records = self.query_one("#records", OptionList)
        position = records.highlighted or 0
        if self._delete(rid):  # the list stays open, on the next record
            records.set_options(self._options())
            records.highlighted = min(position, records.option_count - 1)
            self.query_one("#title", Label).update(self._title())
