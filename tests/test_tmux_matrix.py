"""The "who demands what of whom" matrix in a real terminal (issue 15 #5): `newsreader` on
the bundled sample in tmux at 120×40, key m, the seed's holders and targets with their
counts; enter lists a cell's demands; escape goes back to the matrix, then to the reader."""
from __future__ import annotations

import time

from tmux_session import NEWSREADER, OWN_SIZE, Tmux, needs_tmux, require_newsreader

pytestmark = needs_tmux


def row_of(shown: str, party: str) -> str:
    return next(line for line in shown.splitlines() if f"█ {party} " in line and "│ │" in line)


def test_the_matrix_shows_who_demands_what_of_whom_in_tmux(tmp_path):
    require_newsreader()
    tmux, session = Tmux("matrix"), "matrix"
    try:
        tmux.start(session, f"{OWN_SIZE} {NEWSREADER} --notes {tmp_path / 'notes'}")
        tmux.wait_for(session, "Quote 1/")
        tmux.wait_for_width(session, 120)
        tmux.keys(session, "m")
        shown = tmux.wait_for(session, "Who demands what of whom")
        header = next(line for line in shown.splitlines() if "Hamas" in line and "Israel" in line
                      and "█" not in line)
        assert header.index("Hamas") < header.index("Israel")  # the targets, as columns
        # Hamas demands of Israel; Israel of Hamas, and rejects; the United States of both
        assert "+3" in row_of(shown, "Hamas")
        assert "+1 −2" in row_of(shown, "Israel")
        assert row_of(shown, "United States").count("+1") == 2
        assert "enter items" in shown
        tmux.keys(session, "Enter")
        shown = tmux.wait_for(session, "Hamas → Israel · 3 demands")
        assert "guarantees for the lifting of the blockade on Gaza" in shown
        tmux.keys(session, "Escape")
        time.sleep(0.5)
        tmux.keys(session, "Escape")
        end = time.monotonic() + 10
        while "Who demands what of whom" in tmux.screen(session) and time.monotonic() < end:
            time.sleep(0.2)
        assert "Who demands what of whom" not in tmux.screen(session)
        assert "Quote 1/" in tmux.screen(session)
    finally:
        tmux.kill()
