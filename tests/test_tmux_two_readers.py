"""Two real `newsreader` processes in tmux on the same article and notes directory add notes
in turn (issue 16 #1): the store keeps every note either reported saved."""
from __future__ import annotations

import json
import time

from tmux_session import NEWSREADER, Tmux, needs_tmux, require_newsreader

pytestmark = needs_tmux


def add_note(tmux: Tmux, session: str, text: str) -> None:
    tmux.keys(session, "a")
    tmux.wait_for(session, "Add a note", timeout=20)
    tmux.keys(session, "-l", text)
    tmux.keys(session, "C-s")
    tmux.wait_for(session, "Note saved", timeout=20)
    time.sleep(0.3)


def test_two_readers_in_tmux_keep_every_note(tmp_path):
    require_newsreader()
    notes = tmp_path / "notes"
    tmux, sessions = Tmux("two-readers"), ["reader-1", "reader-2"]
    try:
        for s in sessions:
            tmux.start(s, f"{NEWSREADER} --notes {notes}")
        for s in sessions:
            tmux.wait_for(s, "Quote 1/", timeout=20)
        add_note(tmux, sessions[0], "note A")
        add_note(tmux, sessions[1], "note B")
        add_note(tmux, sessions[0], "note C")
        stores = [p for p in notes.glob("*.json") if p.name != "index.json"]
        assert len(stores) == 1
        texts = sorted(n["text"] for n in json.loads(stores[0].read_text())["notes"])
        assert texts == ["note A", "note B", "note C"]
    finally:
        tmux.kill()
