"""A real `newsreader http://127.0.0.1:PORT/feed.xml` in tmux (issue 20, must show #1): the
feed screen lists the items; enter opens one with its highlights; ] the next."""
from __future__ import annotations

import shlex

import pytest

from news_site import wikinews_articles
from tmux_session import NEWSREADER, OWN_SIZE, Tmux, needs_tmux, require_newsreader

ARTICLES = wikinews_articles()
pytestmark = [needs_tmux, pytest.mark.skipif(not ARTICLES, reason="needs ../shared/data/wikinews/dev")]


def test_feed_in_tmux(tmp_path, news_site):
    require_newsreader()
    tmux, session = Tmux("feed"), "feed"
    command = (f"{OWN_SIZE} NEWSREADER_CACHE={shlex.quote(str(tmp_path / 'cache'))} "
               f"{NEWSREADER} --notes {shlex.quote(str(tmp_path / 'notes'))} "
               f"{news_site.url('/feed.xml')}")
    try:
        tmux.start(session, command + "; sleep 30")  # the pane outlives a failing reader: its error shows
        tmux.wait_for(session, f"{len(ARTICLES)} items")
        tmux.wait_for(session, f"● 2 {ARTICLES[1].title[:50]}")
        tmux.keys(session, "Enter")
        tmux.wait_for(session, "Quote 1/")  # the first item, with its highlights
        screen = tmux.wait_for(session, "─ Parties")
        assert "─ Quotes" in screen and "─ Demands" in screen and f"1/{len(ARTICLES)}" in screen
        assert ARTICLES[0].title[:40] in screen
        tmux.keys(session, "]")
        tmux.wait_for(session, f"2/{len(ARTICLES)}")
        assert ARTICLES[1].title[:40] in tmux.screen(session)
    finally:
        tmux.kill()
