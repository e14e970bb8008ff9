"""The reader with the user's annotations: keys a (note), c (correct speaker),
x (mark wrong), e (export), l (list notes), and marks on annotated items in the panes.

A subclass of the ReaderScreen: the engine's output (``raw``) is kept, and what the
panes show is that output with the user's store applied (corrections in, marked-wrong
items out). Every change is saved by the store at once, then the panes are refreshed.

An article that can have no notes yet (``notes.files.may_have_notes``) is shown as the
engine gave it, and the notes machinery is loaded on the first key that needs the store:
the first frame does not wait for it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from pathlib import Path

from textual.binding import Binding
from textual.content import Content

from ..model import Annotations
from ..notes.files import may_have_notes, notes_dir
from ..widgets.safe import one_line
from .reader import ReaderScreen

if TYPE_CHECKING:  # the store, the dialogs and the export code are imported when first used
    from ..dialogs.correction import CorrectionInput
    from ..dialogs.export_dialog import ExportChoice
    from ..dialogs.note_editor import NoteInput
    from ..dialogs.notes_list import ListAction
    from ..notes.store import NoteStore, Target, TargetKind


def marker(notes: int, corrected: bool) -> Content:
    parts = []
    if notes:
        parts.append(f"✎{notes}" if notes > 1 else "✎")
    if corrected:
        parts.append("✓corrected")
    return Content.styled("  " + " ".join(parts), "bold $accent") if parts else Content("")


class AnnotatingReader(ReaderScreen):
    BINDINGS = [
        Binding("a", "note", "Note", id="notes.add", tooltip="Add a note to the current quote "
                "(or to the party or demand highlighted in its list)"),
        # Shown in ? help and the palette; kept out of the Footer so it keeps room for "? Help".
        Binding("c", "correct_speaker", "Correct", id="notes.correct", show=False,
                tooltip="Correct the current quote's speaker or party"),
        Binding("x", "mark_wrong", "Wrong", id="notes.mark-wrong", show=False,
                tooltip="Mark the current quote (or highlighted party/demand) as wrong: hidden, "
                "restorable from the notes list"),
        Binding("e", "export", "Export", id="notes.export", tooltip="Export with your notes"),
        Binding("l", "list_notes", "Notes", id="notes.list", show=False,
                tooltip="List notes, corrections and marks (edit, delete, restore)"),
    ]

    def __init__(self, *args, notes_dir: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.notes_dir = notes_dir
        self.store: NoteStore | None = None
        self.raw: Annotations | None = None
        self._applied: Annotations | None = None

    # -- showing -------------------------------------------------------------------------

    def refresh_annotations(self, ann: Annotations) -> None:
        if ann is not self._applied:  # fresh engine output
            self.raw = ann
            if self.store is None and may_have_notes(notes_dir(self.notes_dir),
                                                     ann.source.sha256):
                self._open_store(ann)
        assert self.raw is not None
        if self.store is None:  # nothing of the user's to apply (and raw is never changed)
            self._applied = self.raw
        else:
            from ..notes.corrections import apply_user_annotations

            try:
                self._applied = apply_user_annotations(self.raw, self.store)
            except Exception as exc:  # a bad record must not hide the article
                self.notify(one_line(f"Could not apply your notes: {exc}", 200),
                            severity="error", markup=False)
                self._applied = apply_user_annotations(self.raw, None)
        super().refresh_annotations(self._applied)

    def shows_partial_annotations(self) -> bool:
        # The user's notes apply to the whole article's annotations: an article that may
        # have some waits for them rather than show the opening's without the notes.
        return super().shows_partial_annotations() and not may_have_notes(
            notes_dir(self.notes_dir), self.article.source.sha256)

    def _fill_panes(self) -> None:
        super()._fill_panes()
        self._mark_panes()

    def _open_store(self, ann: Annotations) -> None:
        from ..notes.store import NoteStore

        try:
            self.store = NoteStore.open(ann, self.notes_dir)
        except OSError as exc:
            self.notify(one_line(f"Notes unavailable: {exc}", 200), severity="error", markup=False)
            return
        if self.store.problem:
            self.notify(one_line(self.store.problem, 300), title="Notes", severity="error",
                        timeout=20, markup=False)
        orphans = len(self.store.orphans())
        if orphans:
            self.notify(f"{orphans} note(s) could not be placed in this version of the text; "
                        "press l to see them.", title="Notes", severity="warning", markup=False)

    def _show_quote_list(self) -> None:
        super()._show_quote_list()
        self._mark_quotes()

    def _count_notes(self, kind: TargetKind, item_id: str) -> int:
        return len(self.store.notes_for(kind, item_id)) if self.store else 0

    def _mark_quotes(self) -> None:
        ann, store = self.annotations, self.store
        if ann is None or store is None or not self.has_panes:
            return
        from ..widgets.quote_list import quote_prompt

        quotes = self.quote_list
        numbers = {q.id: n for n, q in enumerate(ann.quotes, 1)}
        for q in self.quote_cursor.visible:
            notes, corrected = self._count_notes("quote", q.id), store.correction_for(q.id) is not None
            if notes or corrected:
                prompt = quote_prompt(numbers[q.id], q, ann, self.party_colors) + marker(notes, corrected)
                quotes.replace_option_prompt(q.id, prompt)

    def _mark_panes(self) -> None:
        ann = self.annotations
        if ann is None or self.store is None or not self.has_panes:
            return
        from ..widgets.party_list import party_prompt

        self._mark_quotes()
        parties = self.party_list
        for p in ann.parties:
            if n := self._count_notes("party", p.id):
                parties.replace_option_prompt(p.id, party_prompt(p, self.party_colors.get(p.id)) + marker(n, False))

    def _fill_demands(self) -> None:
        super()._fill_demands()
        self._mark_demands()

    def _mark_demands(self) -> None:
        ann = self.annotations
        if ann is None or self.store is None or not self.has_panes:
            return
        from ..widgets.demand_list import demand_prompt

        demands = self.demand_list
        for d in ann.demands:
            if (n := self._count_notes("demand", d.id)) and demands.has_id(d.id):
                demands.replace_option_prompt(
                    d.id, demand_prompt(d, ann, self.party_colors) + marker(n, False))

    # -- what an action applies to ---------------------------------------------------------

    def _store_opened(self) -> bool:
        """The store, opened now if this article had none on disk; False while analysing
        (the user is told) or if it cannot be opened (``_open_store`` told them)."""
        if self.raw is None:
            self.notify("Still analysing the article…", markup=False)
            return False
        if self.store is None:
            self._open_store(self.raw)
        return self.store is not None

    def _ready(self) -> bool:
        if not self._store_opened():  # raw and annotations are set together
            return False
        assert self.store is not None
        if self.store.readonly:
            self.notify(one_line(self.store.problem, 300), severity="error", markup=False)
            return False
        return True

    def _focused_target(self) -> tuple[Target, str] | None:
        """The highlighted party or demand if its list has focus, else the current quote."""
        from ..notes.store import target_for

        ann = self.annotations
        assert ann is not None
        focused = self.focused
        focused_id = focused.id if focused is not None else None
        if focused_id == "parties" and focused.highlighted_party:  # type: ignore[union-attr]
            p = ann.party(focused.highlighted_party)
            if p:
                return target_for(ann, "party", p.id), f"Party: {p.name}"
        if focused_id == "demands":
            option = focused.highlighted_option
            d = next((d for d in ann.demands if option and d.id == option.id), None)
            if d:
                return target_for(ann, "demand", d.id), f"Demand: {d.summary or d.text}"
        q = self.current_quote
        if q is None:
            if not ann.quotes:
                self.notify("This article has no quotes: choose a party or demand in its "
                            "list (tab) to annotate it.", markup=False)
            else:
                self.notify("No current quote: move to one with n or p.", markup=False)
            return None
        return target_for(ann, "quote", q.id), f"Quote: “{q.text}”"

    def _saved(self, message: str) -> None:
        assert self.raw is not None
        self.refresh_annotations(self.raw)
        self.notify(one_line(message, 120), timeout=3, markup=False)

    def _failed(self, exc: Exception) -> None:
        self.notify(one_line(f"Not saved: {exc}", 200), severity="error", markup=False)

    # -- a: notes --------------------------------------------------------------------------

    def action_note(self) -> None:
        if not self._ready():
            return
        found = self._focused_target()
        if found is None:
            return
        target, about = found

        def done(result: NoteInput | None) -> None:
            from ..notes.store import StoreError

            if result is None or self.store is None:
                return
            try:
                self.store.add_note(target, result.text, result.tags)
            except (OSError, StoreError) as exc:
                self._failed(exc)
                return
            self._saved("Note saved")

        from ..dialogs.note_editor import NoteEditor

        self.app.push_screen(NoteEditor(about), done)

    # -- c: corrections --------------------------------------------------------------------

    def action_correct_speaker(self) -> None:
        if not self._ready():
            return
        ann, q = self.annotations, self.current_quote
        if q is None or ann is None:
            self.notify("No current quote to correct.", markup=False)
            return
        from ..notes.store import NewParty, StoreError, target_for

        speaker = q.speaker.name if q.speaker else ""
        party = q.speaker.party if q.speaker else None
        target = target_for(ann, "quote", q.id)

        def done(result: CorrectionInput | None) -> None:
            if result is None or self.store is None:
                return
            new_party, party_id = None, result.party
            if result.new_party_name:
                same = next((p for p in ann.parties
                             if p.name.casefold() == result.new_party_name.casefold()), None)
                if same:
                    party_id = same.id
                else:
                    slug = re.sub(r"[^a-z0-9]+", "-", result.new_party_name.casefold()).strip("-")
                    party_id = f"user-{slug or 'party'}"
                    new_party = NewParty(party_id, result.new_party_name, result.new_party_kind)  # type: ignore[arg-type]
            try:
                self.store.correct(target, speaker=result.speaker, party=party_id, new_party=new_party)
            except (OSError, StoreError) as exc:
                self._failed(exc)
                return
            self._saved("Correction saved")

        from ..dialogs.correction import CorrectionChooser

        self.app.push_screen(CorrectionChooser(q.text, speaker, party, list(ann.parties)), done)

    # -- x: mark wrong ---------------------------------------------------------------------

    def action_mark_wrong(self) -> None:
        if not self._ready():
            return
        found = self._focused_target()
        if found is None or self.store is None:
            return
        from ..notes.store import StoreError

        target, about = found
        try:
            self.store.dismiss(target)
        except (OSError, StoreError) as exc:
            self._failed(exc)
            return
        self._saved(f"Marked wrong and hidden ({one_line(about, 50)}); press l to restore")

    # -- l: list ---------------------------------------------------------------------------

    def action_list_notes(self) -> None:
        if not self._store_opened():
            return
        assert self.store is not None
        from ..dialogs.notes_list import NotesList

        names = {p.id: p.name for p in (self.raw.parties if self.raw else [])}
        self.app.push_screen(NotesList(self.store, names, self._delete_record), self._list_done)

    def _delete_record(self, record_id: str) -> bool:
        """Delete a note, restore a marked item or undo a correction (the notes list stays
        open); False if it could not be saved (the user is told)."""
        from ..notes.store import StoreError

        assert self.store is not None
        try:
            rec = self.store.delete(record_id)
        except (OSError, StoreError, KeyError) as exc:
            self._failed(exc)
            return False
        kind = type(rec).__name__
        self._saved({"Dismissal": "Restored", "Correction": "Correction undone"}.get(kind, "Note deleted"))
        return True

    def _list_done(self, result: ListAction | None) -> None:
        from ..notes.store import StoreError

        store = self.store
        if result is None or store is None:
            return
        if result.action == "go":
            self._go_to_record(result.record_id)
        elif result.action == "edit":
            note = next(n for n in store.notes if n.id == result.record_id)

            def edited(done: NoteInput | None) -> None:
                if done is None:
                    return
                try:
                    if done.delete:
                        store.delete(note.id)
                    else:
                        store.edit_note(note.id, done.text, done.tags)
                except (OSError, StoreError) as exc:
                    self._failed(exc)
                    return
                self._saved("Note deleted" if done.delete else "Note saved")

            from ..dialogs.note_editor import NoteEditor

            self.app.push_screen(NoteEditor("Note", note.text, note.tags, editing=True), edited)
        elif result.action == "delete":
            try:
                rec = store.delete(result.record_id)
            except (OSError, StoreError, KeyError) as exc:
                self._failed(exc)
                return
            kind = type(rec).__name__
            self._saved({"Dismissal": "Restored", "Correction": "Correction undone"}.get(kind, "Note deleted"))

    def _go_to_record(self, record_id: str) -> None:
        store, ann = self.store, self.annotations
        if store is None or ann is None:
            return
        rec = next((r for r in store.records() if r.id == record_id), None)
        item = store.resolved.get(record_id)
        if rec is None or item is None or rec.orphan:
            self.notify("This one's passage is not in this version of the text.", markup=False)
            return
        kind = rec.target.kind
        if kind == "quote":
            self.go_to_quote(item)
        elif kind in ("party", "mention"):
            self.jump_to_party(item)
        elif kind == "demand":
            from ..widgets.demand_list import DemandList

            self.post_message(DemandList.Jump(item))

    # -- e: export -------------------------------------------------------------------------

    def action_export(self) -> None:
        if self.raw is None:
            self.notify("Still analysing the article…", markup=False)
            return
        from ..export.common import stem
        from ..dialogs.export_dialog import ExportDialog

        name = stem(self.raw)
        self.app.push_screen(ExportDialog(name, Path.cwd()), self._export_done)

    def _export_done(self, choice: ExportChoice | None) -> None:
        from ..notes.corrections import apply_user_annotations
        from ..export import FORMATS, count
        from ..export.output import ExportError, render_files, write_files

        if choice is None or self.raw is None:
            return
        fmt = FORMATS[choice.format]
        docs = [apply_user_annotations(self.raw, self.store)]
        try:
            files = render_files(fmt, docs, choice.path)
            write_files(fmt, choice.path, files, force=choice.force,  # type: ignore[arg-type]
                        inputs=[Path(self.article.source.path)])
        except ExportError as exc:
            self.notify(one_line(str(exc), 200), title="Export failed", severity="error", markup=False)
            return
        self.notify(one_line(f"Wrote {count(docs).describe()} to {choice.path}", 200),
                    title=f"Exported {fmt.name}", timeout=8, markup=False)
