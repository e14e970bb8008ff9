"""A real `newsreader` in tmux, for what only a terminal shows (the tmux tests share it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

NEWSREADER = Path(sys.executable).with_name("newsreader")
needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
# A new server can hand its panes COLUMNS=80 LINES=24 (pytest's own, say), which would win
# over the pane's real size: the reader is to ask its terminal.
OWN_SIZE = "env -u COLUMNS -u LINES"


def require_newsreader() -> None:
    if not NEWSREADER.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")


class Tmux:
    """A tmux server of the test's own (-L): sessions of other runs on the machine cannot
    collide with it, nor it with them. `kill()` ends it and every session in it."""

    def __init__(self, name: str) -> None:
        self.socket = f"nr-{name}-{os.getpid()}-{uuid.uuid4().hex[:6]}"

    def __call__(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], check=True, capture_output=True,
                              text=True).stdout

    def start(self, session: str, command: str, width: int = 120, height: int = 40) -> None:
        self("new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), command)

    def screen(self, session: str) -> str:
        return self("capture-pane", "-p", "-t", session)

    def keys(self, session: str, *keys: str) -> None:
        self("send-keys", "-t", session, *keys)

    def wait_for(self, session: str, text: str, timeout: float = 30.0) -> str:
        """The screen once it shows text (the app paints when it is ready, not at once)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            shown = self.screen(session)
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never showed in {session}:\n" + self.screen(session))

    def wait_for_width(self, session: str, width: int, timeout: float = 20.0) -> None:
        """The app fills the pane's width (it may paint once before its size is known)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if len(self.screen(session).splitlines()[0].rstrip()) == width:
                return
            time.sleep(0.2)
        raise AssertionError(f"the reader never filled {width} columns:\n" + self.screen(session))

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)
