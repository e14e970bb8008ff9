"""A real `newsreader http://127.0.0.1:PORT/feed.xml` in tmux (issue 20, must show #1): the
feed screen lists the items; enter opens one with its highlights; ] the next."""
from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from news_site import wikinews_articles
from test_tmux_two_readers import tmux, wait_for

ARTICLES = wikinews_articles()
NEWSREADER = Path(sys.executable).with_name("newsreader")
pytestmark = [pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
              pytest.mark.skipif(not ARTICLES, reason="needs ../shared/data/wikinews/dev")]


def test_feed_in_tmux(tmp_path, news_site):
    if not NEWSREADER.exists():
        pytest.skip("the newsreader console script is not installed beside this Python")
    session = f"nr-feed-{tmp_path.name[-8:]}"
    command = (f"NEWSREADER_CACHE={shlex.quote(str(tmp_path / 'cache'))} "
               f"{NEWSREADER} --notes {shlex.quote(str(tmp_path / 'notes'))} "
               f"{news_site.url('/feed.xml')}")
    try:
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
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
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
