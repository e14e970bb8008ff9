"""The notes store: saved on every change, found again by content or by path,
re-anchored after edits, orphans kept, corrupt files kept aside."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_notes_fixtures import TEXT, build
from tui.notes.anchoring import Anchor, locate, make_anchor, reanchor
from tui.atomic import write_atomic
from tui.notes.corrections import apply_user_annotations
from tui.notes.files import ENV_VAR, notes_dir
from tui.notes.store import NewParty, NoteStore, target_for


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "notes"


def add_note(store_dir: Path, ann=None, text="check this", tags=("verify",)) -> NoteStore:
    ann = ann or build()
    store = NoteStore.open(ann, store_dir)
    store.add_note(target_for(ann, "quote", "q1"), text, list(tags))
    return store


# ---------------------------------------------------------------- where stores live


def test_notes_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert notes_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert notes_dir(None) == tmp_path / "env"
    monkeypatch.delenv(ENV_VAR)
    assert notes_dir(None).name == "notes" and "newsreader" in str(notes_dir(None))


def test_env_var_store_is_used(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    add_note(None)  # type: ignore[arg-type]
    assert (tmp_path / "env" / f"{build().source.sha256}.json").exists()


# ---------------------------------------------------------------- persistence


def test_note_is_saved_at_once_and_reloaded(store_dir):
    add_note(store_dir)
    again = NoteStore.open(build(), store_dir)
    assert [(n.text, n.tags) for n in again.notes] == [("check this", ["verify"])]
    assert [n.text for n in again.notes_for("quote", "q1")] == ["check this"]
    assert list(store_dir.glob("*.tmp")) == [] and list(store_dir.glob(".*")) == []


def test_moved_or_renamed_copy_finds_its_notes(store_dir):
    add_note(store_dir)
    copy = build(path="/elsewhere/renamed copy.txt")
    assert [n.text for n in NoteStore.open(copy, store_dir).notes_for("quote", "q1")] == ["check this"]


def test_edit_and_delete_note(store_dir):
    store = add_note(store_dir)
    note = store.notes[0]
    store.edit_note(note.id, "changed", ["a", "#a", " b "])
    reopened = NoteStore.open(build(), store_dir)
    assert (reopened.notes[0].text, reopened.notes[0].tags) == ("changed", ["a", "b"])
    reopened.delete(note.id)
    assert NoteStore.open(build(), store_dir).notes == []


def test_notes_on_party_and_demand(store_dir):
    ann = build()
    store = NoteStore.open(ann, store_dir)
    store.add_note(target_for(ann, "party", "hamas"), "party note")
    store.add_note(target_for(ann, "demand", "d1"), "demand note")
    again = NoteStore.open(build(), store_dir)
    assert [n.text for n in again.notes_for("party", "hamas")] == ["party note"]
    assert [n.text for n in again.notes_for("demand", "d1")] == ["demand note"]


# ---------------------------------------------------------------- changed text


def test_edit_before_the_quote_reanchors_the_note(store_dir):
    add_note(store_dir)
    edited = build(TEXT.replace("Talks stall in Cairo", "UPDATED: Talks stall again in Cairo, officials say"))
    store = NoteStore.open(edited, store_dir)
    assert store.migrated_from == build().source.sha256
    [note] = store.notes
    assert not note.orphan and store.resolved[note.id] == "q1"
    q1 = edited.quotes[0]
    assert (note.target.anchor.start, note.target.anchor.end) == (q1.start, q1.end)
    # saved under the new text's key too; the old store is left as it was
    assert (store_dir / f"{edited.source.sha256}.json").exists()
    assert (store_dir / f"{build().source.sha256}.json").exists()


def test_note_whose_passage_is_gone_is_an_orphan_never_dropped(store_dir):
    add_note(store_dir)
    gone = build(TEXT.replace("We will not accept a deal that leaves hostages behind,", "We are thinking,"))
    store = NoteStore.open(gone, store_dir)
    assert [n.text for n in store.orphans()] == ["check this"]
    exported = apply_user_annotations(gone, store)
    assert exported.extra["notes"][0]["orphan"] is True
    saved = json.loads((store_dir / f"{gone.source.sha256}.json").read_text())
    assert saved["notes"][0]["text"] == "check this" and saved["notes"][0]["orphan"] is True
    # and when the passage comes back, so does the note
    back = NoteStore.open(build(), store_dir)
    assert not back.notes[0].orphan


def test_locate_prefers_matching_context_among_repeats():
    text = "he said no. Later she said no. Then they said no."
    a = make_anchor(text, text.index("no", 20), text.index("no", 20) + 2, context=8)
    edited = "INTRO " + text
    start, end = locate(a, edited)
    assert edited[start - 9:start] == "she said " and edited[start:end] == "no"


def test_locate_accepts_a_lightly_edited_passage_between_intact_context():
    text = "The minister said the plan was dead on arrival, according to aides present."
    s = text.index("the plan")
    a = make_anchor(text, s, s + len("the plan was dead on arrival"), context=16)
    edited = text.replace("was dead on arrival", "is dead on arrival")
    assert edited[slice(*locate(a, edited))] == "the plan is dead on arrival"


def test_locate_gives_none_when_words_and_context_are_gone():
    a = Anchor(5, 10, "hello", "abc", "xyz")
    assert locate(a, "nothing to see here") is None and reanchor(a, "nothing") is None


# ---------------------------------------------------------------- corrections and marks


def test_correction_applies_to_speaker_and_creates_a_typed_party(store_dir):
    ann = build()
    store = NoteStore.open(ann, store_dir)
    store.correct(target_for(ann, "quote", "q1"), speaker="Israeli cabinet",
                  party="user-cabinet", new_party=NewParty("user-cabinet", "Israeli cabinet", "group"))
    out = apply_user_annotations(build(), NoteStore.open(build(), store_dir))
    q1 = out.quotes[0]
    assert (q1.speaker.name, q1.speaker.party) == ("Israeli cabinet", "user-cabinet")
    assert out.party("user-cabinet").kind == "group"
    assert out.demands[1].party == "user-cabinet"  # the demand resting on q1 follows it
    assert out.extra["corrections"][0]["original"]["name"] == "Benjamin Netanyahu"


def test_party_only_correction_keeps_the_speaker_mention(store_dir):
    ann = build()
    NoteStore.open(ann, store_dir).correct(target_for(ann, "quote", "q2"), party="egypt")
    q2 = apply_user_annotations(ann, NoteStore.open(ann, store_dir)).quotes[1]
    assert (q2.speaker.name, q2.speaker.party, q2.speaker.text) == ("Basem Naim", "egypt", "Basem Naim")


def test_marked_wrong_is_hidden_recorded_and_recoverable(store_dir):
    ann = build()
    store = NoteStore.open(ann, store_dir)
    mark = store.dismiss(target_for(ann, "quote", "q2"))
    out = apply_user_annotations(ann, NoteStore.open(ann, store_dir))
    assert [q.id for q in out.quotes] == ["q1"]
    assert out.extra["dismissed"][0]["item"]["text"].startswith("The occupation")
    NoteStore.open(ann, store_dir).delete(mark.id)
    assert [q.id for q in apply_user_annotations(ann, NoteStore.open(ann, store_dir)).quotes] == ["q1", "q2"]


# ---------------------------------------------------------------- damaged stores


def test_corrupt_store_is_kept_aside_with_a_message(store_dir):
    add_note(store_dir)
    path = store_dir / f"{build().source.sha256}.json"
    path.write_text('{"schema": "newsreader.notes/1", "notes": [tru')
    store = NoteStore.open(build(), store_dir)
    assert store.notes == [] and "kept as" in store.problem and "not valid JSON" in store.problem
    [backup] = store_dir.glob("*.corrupt-*")
    assert backup.read_text() == '{"schema": "newsreader.notes/1", "notes": [tru'
    store.add_note(target_for(build(), "quote", "q1"), "fresh")  # a new store; the backup is untouched
    assert backup.read_text().endswith("[tru")


def test_wrong_schema_or_malformed_record_is_corrupt(store_dir):
    store_dir.mkdir()
    path = store_dir / f"{build().source.sha256}.json"
    for bad in ('[1, 2]', '{"schema": "other"}', '{"schema": "newsreader.notes/1", "notes": [{"id": 1}]}'):
        path.write_text(bad)
        assert NoteStore.open(build(), store_dir).problem
        assert not path.exists()


def test_export_never_moves_a_corrupt_store(store_dir):
    store_dir.mkdir()
    path = store_dir / f"{build().source.sha256}.json"
    path.write_text("garbage")
    store = NoteStore.open(build(), store_dir, readonly=True)
    assert store.problem and path.read_text() == "garbage"


def test_unreadable_store_is_read_only_and_not_overwritten(store_dir, monkeypatch):
    add_note(store_dir)
    path = store_dir / f"{build().source.sha256}.json"
    before = path.read_bytes()
    real = Path.read_bytes

    def deny(self):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    store = NoteStore.open(build(), store_dir)
    assert store.readonly and "cannot read" in store.problem
    with pytest.raises(Exception):
        store.add_note(target_for(build(), "quote", "q1"), "x")
    assert real(path) == before


# ---------------------------------------------------------------- atomic writes


def test_write_atomic_refuses_to_clobber_without_overwrite(tmp_path):
    f = tmp_path / "out.txt"
    write_atomic(f, "first")
    with pytest.raises(FileExistsError):
        write_atomic(f, "second", overwrite=False)
    assert f.read_text() == "first" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]


KILL_LOOP = """
import sys
sys.path.insert(0, {tests!r})
from test_notes_fixtures import build
from tui.notes.store import NoteStore, target_for
ann = build()
store = NoteStore.open(ann, {d!r})
i = 0
while True:
    i += 1
    store.add_note(target_for(ann, "quote", "q1"), "note %d " % i + "x" * 5000)
    if i == 1:
        print("first", flush=True)
"""


def test_sigkill_while_saving_leaves_a_valid_store(store_dir):
    tests = str(Path(__file__).parent)
    for delay in (0.05, 0.13, 0.31):
        proc = subprocess.Popen([sys.executable, "-c", KILL_LOOP.format(tests=tests, d=str(store_dir))],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "first"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        store = NoteStore.open(build(), store_dir)
        assert store.problem == "" and len(store.notes) >= 1
