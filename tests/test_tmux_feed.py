"""A real `newsreader http://127.0.0.1:PORT/feed.xml` in tmux (issue 20, must show #1): the
feed screen lists the items; enter opens one with its highlights; ] the next."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from news_site import wikinews_articles

ARTICLES = wikinews_articles()
NEWSREADER = Path(sys.executable).with_name("newsreader")
pytestmark = [pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
              pytest.mark.skipif(not ARTICLES, reason="needs ../shared/data/wikinews/dev")]


# A tmux server of this test's own (-L): sessions of other runs on the machine cannot
# collide with it, nor it with them.
SOCKET = f"nr-feed-test-{os.getpid()}"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=True, capture_output=True,
                          text=True).stdout


def wait_for(session: str, text: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in tmux("capture-pane", "-p", "-t", session):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never showed:\n" + tmux("capture-pane", "-p", "-t", session))


def test_feed_in_tmux(tmp_path, news_site):
    if not NEWSREADER.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")
    session = "feed"
    # A new server can hand its panes COLUMNS=80 LINES=24, which would win over the pane's
    # real size: the reader is to ask its terminal.
    command = (f"env -u COLUMNS -u LINES NEWSREADER_CACHE={shlex.quote(str(tmp_path / 'cache'))} "
               f"{NEWSREADER} --notes {shlex.quote(str(tmp_path / 'notes'))} "
               f"{news_site.url('/feed.xml')}")
    try:
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40",
             command + "; sleep 30")  # the pane outlives a failing reader: its error shows
        wait_for(session, f"{len(ARTICLES)} items")
        wait_for(session, f"● 2 {ARTICLES[1].title[:50]}")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "Quote 1/")  # the first item, with its highlights
        wait_for(session, "─ Parties")
        screen = tmux("capture-pane", "-p", "-t", session)
        assert "─ Quotes" in screen and "─ Demands" in screen and f"1/{len(ARTICLES)}" in screen
        assert ARTICLES[0].title[:40] in screen
        tmux("send-keys", "-t", session, "]")
        wait_for(session, f"2/{len(ARTICLES)}")
        assert ARTICLES[1].title[:40] in tmux("capture-pane", "-p", "-t", session)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
