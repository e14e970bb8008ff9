"""The notes store under stress (issue 16): two processes on one store or one index,
backups of corrupt stores, temporary files left by a kill, records of the wrong types."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_notes_fixtures import build
from tui.notes.files import INDEX_NAME
from tui.notes.store import NoteStore, _read_index, target_for

TESTS = str(Path(__file__).parent)

# A process that opens the store once and then obeys commands on stdin, one per line:
# "add TEXT", "delete TEXT" (the note with that text), "edit OLD NEW"; it answers "ok".
WORKER = """
import sys
sys.path.insert(0, {tests!r})
from test_notes_fixtures import build
from tui.notes.store import NoteStore, target_for
ann = build()
store = NoteStore.open(ann, sys.argv[1])
print("ok", flush=True)
for line in sys.stdin:
    cmd, *args = line.split()
    if cmd == "add":
        store.add_note(target_for(ann, "quote", "q1"), args[0])
    elif cmd == "delete":
        store.delete(next(n.id for n in store.notes if n.text == args[0]))
    elif cmd == "edit":
        store.edit_note(next(n.id for n in store.notes if n.text == args[0]), args[1])
    print("ok", flush=True)
"""


class Worker:
    def __init__(self, directory: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER.format(tests=TESTS), str(directory)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ok"

    def __call__(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"

    def close(self) -> None:
        self.proc.stdin.close()
        assert self.proc.wait(timeout=30) == 0


def texts(directory: Path) -> list[str]:
    return sorted(n.text for n in NoteStore.open(build(), directory).notes)


def test_two_readers_of_one_article_keep_each_others_notes(tmp_path):
    one, two = Worker(tmp_path), Worker(tmp_path)  # both open the (empty) store first
    try:
        one("add A")
        two("add B")
        one("add C")
        assert texts(tmp_path) == ["A", "B", "C"]
        two("delete A")  # a delete in one process is not undone by the other's next save
        one("edit C C2")
        one("add D")
        assert texts(tmp_path) == ["B", "C2", "D"]
        two("add E")  # and an edit made elsewhere is not reverted by a stale copy
        assert texts(tmp_path) == ["B", "C2", "D", "E"]
    finally:
        one.close()
        two.close()


INDEX_WORKER = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from tui.notes.store import _update_index
d, who = Path(sys.argv[1]), sys.argv[2]
d.mkdir(exist_ok=True)
for i in range(200):
    _update_index(d, f"/articles/{{who}}-{{i}}.txt", f"{{i:064x}}")
"""


def test_index_keeps_every_entry_when_two_processes_update_it(tmp_path):
    d = tmp_path / "notes"
    procs = [subprocess.Popen([sys.executable, "-c", INDEX_WORKER.format(tests=TESTS), str(d), who])
             for who in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert len(_read_index(d)) == 400


def test_two_corrupt_stores_set_aside_in_one_second_keep_both_backups(tmp_path):
    path = tmp_path / f"{build().source.sha256}.json"
    for bad in ("first garbage", "second garbage", "third garbage"):
        path.write_text(bad)
        assert "kept as" in NoteStore.open(build(), tmp_path).problem
    backups = sorted(p.read_text() for p in tmp_path.glob("*.corrupt-*"))
    assert backups == ["first garbage", "second garbage", "third garbage"]


def test_stale_temporary_files_are_removed_on_open(tmp_path):
    sha = build().source.sha256
    stale = tmp_path / f".{sha}.json.abc123.tmp"
    stale_index = tmp_path / f".{INDEX_NAME}.xyz.tmp"
    fresh = tmp_path / f".{sha}.json.fresh1.tmp"  # maybe a live writer's (without our lock)
    other = tmp_path / ".someone-else.tmp"  # not ours
    for p in (stale, stale_index, fresh, other):
        p.write_text("half a store")
    old = time.time() - 3600
    for p in (stale, stale_index, other):
        os.utime(p, (old, old))
    NoteStore.open(build(), tmp_path)
    assert not stale.exists() and not stale_index.exists()
    assert fresh.exists() and other.exists()
    NoteStore.open(build(), tmp_path, readonly=True)  # export never removes anything
    assert fresh.exists()


@pytest.mark.parametrize("bad", [
    {"speaker": 123}, {"party": ["x"]}, {"new_party": {"id": "p9", "name": 5}},
    # issue 16 #15: a crafted kind would be written into a Markdown heading
    {"new_party": {"id": "p9", "name": "X", "kind": "group\n# Injected heading"}},
    {"target": {"kind": "quote", "id": 7}}, {"target": {"kind": "quote", "id": "q1",
                                                       "anchor": {"start": "0", "end": 3, "exact": "abc"}}},
])
def test_store_with_fields_of_the_wrong_type_is_set_aside(tmp_path, bad):
    ann = build()
    store = NoteStore.open(ann, tmp_path)
    store.correct(target_for(ann, "quote", "q1"), speaker="Someone")
    data = json.loads(store.file.read_text())
    data["corrections"][0].update(bad)
    store.file.write_text(json.dumps(data))
    again = NoteStore.open(build(), tmp_path)
    assert "is kept as" in again.problem and again.corrections == []
    assert not store.file.exists() and len(list(tmp_path.glob("*.corrupt-*"))) == 1


def test_wrong_types_in_a_note_are_set_aside_for_export_too(tmp_path):
    ann = build()
    NoteStore.open(ann, tmp_path).add_note(target_for(ann, "quote", "q1"), "x")
    path = tmp_path / f"{ann.source.sha256}.json"
    data = json.loads(path.read_text())
    data["notes"][0]["tags"] = [1, 2]
    path.write_text(json.dumps(data))
    store = NoteStore.open(build(), tmp_path, readonly=True)
    assert "unusable" in store.problem and "'tags'" in store.problem


def test_a_corrupt_store_another_reader_set_aside_first_is_no_error(tmp_path, monkeypatch):
    import tui.notes.store as store_mod

    path = tmp_path / f"{build().source.sha256}.json"
    path.write_text("garbage")
    real = store_mod._read_store

    def read_then_lose_the_race(source):
        try:
            return real(source)
        finally:
            if source.exists():
                store_mod._move_aside(source)  # the other reader, between our read and our move

    monkeypatch.setattr(store_mod, "_read_store", read_then_lose_the_race)
    store = NoteStore.open(build(), tmp_path)
    assert not store.readonly and "another reader kept it aside" in store.problem
    assert len(list(tmp_path.glob("*.corrupt-*"))) == 1
