"""Two real `newsreader` processes in tmux on the same article and notes directory add notes
in turn (issue 16 #1): the store keeps every note either reported saved."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
NEWSREADER = Path(sys.executable).with_name("newsreader")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def wait_for(session: str, text: str, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in tmux("capture-pane", "-p", "-t", session):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never showed in {session}:\n" + tmux("capture-pane", "-p", "-t", session))


def add_note(session: str, text: str) -> None:
    tmux("send-keys", "-t", session, "a")
    wait_for(session, "Add a note")
    tmux("send-keys", "-t", session, "-l", text)
    tmux("send-keys", "-t", session, "C-s")
    wait_for(session, "Note saved")
    time.sleep(0.3)


def test_two_readers_in_tmux_keep_every_note(tmp_path):
    if not NEWSREADER.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")
    notes = tmp_path / "notes"
    run_id = uuid.uuid4().hex[:8]  # unique: two test runs at once must not share a session
    sessions = [f"nr-{run_id}-{i}" for i in (1, 2)]
    try:
        for s in sessions:
            tmux("new-session", "-d", "-s", s, "-x", "120", "-y", "40",
                 f"{NEWSREADER} --notes {notes}")
        for s in sessions:
            wait_for(s, "Quote 1/")
        add_note(sessions[0], "note A")
        add_note(sessions[1], "note B")
        add_note(sessions[0], "note C")
        stores = [p for p in notes.glob("*.json") if p.name != "index.json"]
        assert len(stores) == 1
        texts = sorted(n["text"] for n in json.loads(stores[0].read_text())["notes"])
        assert texts == ["note A", "note B", "note C"]
    finally:
        for s in sessions:
            subprocess.run(["tmux", "kill-session", "-t", s], capture_output=True)
