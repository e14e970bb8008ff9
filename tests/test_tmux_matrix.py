"""The "who demands what of whom" matrix in a real terminal (issue 15 #5): `newsreader` on
the bundled sample in tmux at 120×40, key m, the seed's holders and targets with their
counts; enter lists a cell's demands; escape goes back to the matrix, then to the reader."""
from __future__ import annotations

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


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never showed in {session}:\n" + screen(session))


def wait_for_width(session: str, width: int, timeout: float = 20.0) -> None:
    """The app fills the pane (it may paint once before its size is known)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if len(screen(session).splitlines()[0].rstrip()) == width:
            return
        time.sleep(0.2)
    raise AssertionError(f"the reader never filled {width} columns:\n" + screen(session))


def row_of(shown: str, party: str) -> str:
    return next(line for line in shown.splitlines() if f"█ {party} " in line and "│ │" in line)


def test_the_matrix_shows_who_demands_what_of_whom_in_tmux(tmp_path):
    if not NEWSREADER.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")
    session = f"nr-matrix-{uuid.uuid4().hex[:8]}"
    try:
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40",
             # (without the COLUMNS/LINES pytest may export, which would fix the app at 80 wide)
             f"env -u COLUMNS -u LINES {NEWSREADER} --notes {tmp_path / 'notes'}")
        wait_for(session, "Quote 1/")
        wait_for_width(session, 120)
        tmux("send-keys", "-t", session, "m")
        shown = wait_for(session, "Who demands what of whom")
        header = next(line for line in shown.splitlines() if "Hamas" in line and "Israel" in line
                      and "█" not in line)
        assert header.index("Hamas") < header.index("Israel")  # the targets, as columns
        # Hamas demands of Israel; Israel of Hamas, and rejects; the United States of both
        assert "+3" in row_of(shown, "Hamas")
        assert "+1 −2" in row_of(shown, "Israel")
        assert row_of(shown, "United States").count("+1") == 2
        assert "enter items" in shown
        tmux("send-keys", "-t", session, "Enter")
        shown = wait_for(session, "Hamas → Israel · 3 demands")
        assert "guarantees for the lifting of the blockade on Gaza" in shown
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.5)
        tmux("send-keys", "-t", session, "Escape")
        end = time.monotonic() + 10
        while "Who demands what of whom" in screen(session) and time.monotonic() < end:
            time.sleep(0.2)
        assert "Who demands what of whom" not in screen(session)
        assert "Quote 1/" in screen(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
