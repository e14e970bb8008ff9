"""Article text is never read as markup and never sends control sequences to the terminal.

The hostile article goes through the real ingest, the real engine and the real app:
once headless (what the widgets hold and how they react to keys and clicks) and once
in a pseudo-terminal (the bytes the app actually writes).
"""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from conftest import empty_annotations, screen_rows

from tui.model import Demand, Party, Quote, Span, Speaker
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.safe import one_line, plain, safe_text

MARKUP = ["[@click=app.quit]", "[bold]x[/bold]", "[/]", '[link="https://evil.example"]y[/link]',
          "[type=x, v={'a[0]'}]"]
HOSTILE = (
    "Hostile article [@click=app.quit]\n\n"
    "He wrote [@click=app.quit]click me[/] and [bold]x[/bold] and [/] and "
    '[link="https://evil.example"]y[/link] and [type=x, v={\'a[0]\'}].\n\n'
    "Clipboard \x1b]52;c;SGVsbG8=\x07 clear \x1b[2J C1 \x9b31m \x85 \x90 bidi \u202e.\n\n"
    '"Quote with [@click=app.quit] and [/] inside," said [b]Mallory[/b] of Israel.\n'
)
FORBIDDEN_BYTES = [b"\x1b]52", b"\x1b[2J", b"\x1b]8;", b"\x1b]0;", b"\x1b]2;", b"\x1b[31m"]


def hostile_analyzer(article):
    """Engine output made of markup too: names, summaries and ids."""
    ann = empty_annotations(article)
    text = article.text
    s = text.index("Quote with")
    e = text.index("inside,") + len("inside,")
    name = "[b]Mallory[/b] [@click=app.quit]"
    ann.parties.append(Party("[red]p[/]", "[@click=app.quit]Evil[/]", "group",
                             [Span(0, 7, text[0:7])]))
    speaker = Speaker(name, "[red]p[/]", 0, 7, text[0:7])
    ann.quotes.append(Quote("q1", s, e, text[s:e], "direct", speaker))
    ann.demands.append(Demand("d1", "[red]p[/]", "demand", "[/] \x1b]52;c;SGVsbG8=\x07", s, e,
                              text[s:e], speaker))
    return ann


@pytest.fixture
def hostile(write_article):
    return write_article(HOSTILE.encode("utf-8"), "hostile.txt")


def test_safe_helpers_replace_controls_one_for_one():
    raw = "a\x1b]52;c;x\x07b\x9bc\u202ed"
    assert len(safe_text(raw)) == len(raw)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", safe_text(raw))
    assert plain("[bold]x[/bold]").plain == "[bold]x[/bold]"
    assert plain("[bold]x[/bold]").spans == []
    assert one_line("a\n\nb [/]", 0) == "a b [/]"


@pytest.mark.parametrize("analyzer", [None, hostile_analyzer], ids=["engine", "hostile-engine"])
async def test_hostile_article_is_shown_literally_and_the_app_keeps_running(
        make_app, hostile, analyzer):
    app = make_app([hostile], analyzer=analyzer)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.query_one(ArticleView)
        blocks = view.block_contents()
        shown = "\n".join(str(c) for c in blocks)
        for tag in MARKUP:
            assert tag in shown
        assert "\x1b" not in shown and not re.search("[\x80-\x9f]", shown)
        on_screen = "\n".join(screen_rows(app))
        assert "[@click=app.quit]" in on_screen
        assert "\x1b" not in on_screen and not re.search("[\x80-\x9f]", on_screen)
        # No span anywhere (article blocks, every widget) carries an action or a link.
        contents = blocks + [getattr(w, "content", None) for w in screen.query("*")]
        for content in contents:
            for span in getattr(content, "spans", []):
                assert "@click" not in str(span.style) and "link" not in str(span.style)
        # Click right on the [@click=app.quit] of the title line, press every key.
        await pilot.click(ArticleView, offset=(20, 1))
        await pilot.press("n", "p", "f", "f", "h", "d", "h", "d")
        await pilot.press("slash", *"[/]", "enter", "escape", "escape")
        for lst in ("#parties", "#quotes", "#demands"):
            screen.query_one(lst).focus()
            await pilot.press("enter")
        await pilot.press("ctrl+p")
        await pilot.press(*"[/]")
        await pilot.pause(0.3)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None


def run_in_pty(args: list[str], keys: list[bytes], cols: int = 100, rows: int = 30
               ) -> tuple[int | None, bytes]:
    """Run a program in a pseudo-terminal, type ``keys``, return (status, bytes written)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env,
                            close_fds=True, start_new_session=True)
    os.close(slave)
    out = bytearray()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    out.extend(os.read(master, 65536))
                except OSError:
                    return

    pump(4.0)
    for key in keys:
        os.write(master, key)
        pump(0.5)
    try:
        status: int | None = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        status = None
    pump(0.2)
    os.close(master)
    return status, bytes(out)


def test_hostile_article_writes_no_control_sequences_to_the_terminal(tmp_path: Path):
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    keys = [b"n", b"p", b"/", b"[/]", b"\r", b"\x1b", b"\x1b", b"h", b"q"]
    status, out = run_in_pty([sys.executable, "-m", "tui", str(path)], keys)
    assert status == 0, out[-2000:]  # still running until q, then a clean exit
    for seq in FORBIDDEN_BYTES:
        assert seq not in out, seq
    # The only OSC Textual itself writes is 22 (pointer shape).
    assert set(re.findall(rb"\x1b\](\d*)", out)) <= {b"22"}
    text = out.decode("utf-8", errors="replace")
    assert not re.search("[\x80-\x9f\u202e]", text)  # no C1 and no bidi override
    assert "[@click=app.quit]" in text and "[bold]x[/bold]" in text
    assert "\ufffd" in text  # the control characters are shown as replacement marks
