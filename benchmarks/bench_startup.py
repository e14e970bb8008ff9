"""Start-up: time until the seed is shown with its highlights vs. a bare one-widget app.

    .venv/bin/python benchmarks/bench_startup.py [ROUNDS]

Both apps run headless at 120×40, interleaved, ROUNDS times (after one warm-up each).
Each moment is when Textual hands a composited frame to the terminal (``App._display``;
headless, so the bytes are not written, for both apps alike):

- bare app: its first frame (its one widget);
- reader, highlights: the first frame of the reader screen once the seed's annotations
  are in it (the article pane is painted with its highlights);
- reader, full UI: the first frame once the highlights pane, the demands panel and the
  Footer are mounted too.

Not ``call_after_refresh``: that callback runs only when the app next goes idle after a
frame timer tick, which comes up to one frame period (1/60 s) after the frame itself, so
it would time Textual's timer, not the paint.

First in one process (imports already done), then as cold processes (interpreter start,
imports, first paint), which is what a user waits for: there each moment is taken on the
system's monotonic clock from just before the process is started, so the time the
process takes to exit is left out, for both apps alike. Before the cold runs the
package is compiled to bytecode, as pip does when it installs a wheel and as Python does
on a first run: without it (PYTHONDONTWRITEBYTECODE=1 and an editable install) every cold
run would also compile newsreader's source, which no user's second start does.
Prints medians and the ratios reader/bare (target ≤ 1.2 for the highlights).
"""
from __future__ import annotations

import compileall
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from rich.console import RenderableType  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Static  # noqa: E402

if TYPE_CHECKING:
    from tui.ingest import Article
    from tui.screens.reader import Analyzer

SIZE = (120, 40)
clock = time.monotonic  # the same clock in every process (CLOCK_MONOTONIC)


class BareApp(App[dict]):
    def compose(self) -> ComposeResult:
        yield Static("Hello")

    def _display(self, screen: Screen, renderable: RenderableType | None) -> None:
        super()._display(screen, renderable)
        if renderable is not None and not self._exit:
            self.exit({"painted": clock()})


def reader_app(article: Article | None = None, analyzer: Analyzer | None = None,
               gc_paused: bool = False) -> App[dict]:
    from tui.app import NewsReaderApp
    from tui.ingest import load
    from tui.resources import SAMPLE_ARTICLE
    from tui.screens.reader import ReaderScreen

    class TimedReader(NewsReaderApp):
        times: dict[str, float] = {}

        def _display(self, screen: Screen, renderable: RenderableType | None) -> None:
            super()._display(screen, renderable)
            if renderable is None or not isinstance(screen, ReaderScreen):
                return
            if screen.current_annotations is not None:
                self.times.setdefault("highlights", clock())
                if screen.panes_mounted:
                    self.times.setdefault("full", clock())
                    self.exit(self.times)

    app = TimedReader([article or load(SAMPLE_ARTICLE)], analyzer=analyzer, gc_paused=gc_paused)
    app.times = {}
    return app


def time_app(make: Callable[[], App[dict]]) -> dict[str, float]:
    gc.collect()  # not the previous runs' garbage: each run starts as a fresh process would
    start = clock()
    app = make()
    shown = app.run(headless=True, size=SIZE)
    assert shown, "the app exited before painting"
    return {k: t - start for k, t in shown.items()}


# A cold reader is `newsreader` itself (tui/cli/newsreader.py, run_reader: parse the
# arguments, pause the garbage collector, load the seed, fork its analysis, import the UI);
# only the app it launches is the timed one.
CHILD = """
import os, sys
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, {root!r})
sys.argv = ["bench"]
if {which!r} == "bare":
    from benchmarks.bench_startup import BareApp
    print(repr(BareApp().run(headless=True, size=(120, 40))))
else:
    from tui.cli.newsreader import run_reader
    def launch(articles, notes_dir=None, analyzer=None, gc_paused=False):
        from benchmarks.bench_startup import reader_app
        app = reader_app(articles[0], analyzer, gc_paused)
        print(repr(app.run(headless=True, size=(120, 40))))
        return 0
    run_reader([], launch)
"""


def time_process(which: str) -> dict[str, float]:
    start = clock()
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), which=which)],
                         check=True, cwd=ROOT, capture_output=True, text=True).stdout
    shown = eval(out.strip().splitlines()[-1], {})  # a dict of floats printed by the child
    return {k: t - start for k, t in shown.items()}


def compare(label: str, bare: Callable[[], dict], reader: Callable[[], dict],
            rounds: int) -> None:
    bare(), reader()  # warm-up: imports, caches
    bare_times: list[float] = []
    highlights: list[float] = []
    full: list[float] = []
    for _ in range(rounds):
        bare_times.append(bare()["painted"])
        times = reader()
        highlights.append(times["highlights"])
        full.append(times["full"])
    b = statistics.median(bare_times)
    h, f = statistics.median(highlights), statistics.median(full)
    print(f"{label:<13} bare app {b * 1000:6.1f} ms | reader with highlights {h * 1000:6.1f} ms"
          f"  ratio {h / b:4.2f} (target ≤ 1.2) | full UI {f * 1000:6.1f} ms  ratio {f / b:4.2f}"
          f"  ({rounds} rounds, medians)")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    compare("in process", lambda: time_app(BareApp), lambda: time_app(reader_app), rounds)
    compileall.compile_dir(ROOT / "tui", quiet=1)
    compare("cold process", lambda: time_process("bare"), lambda: time_process("reader"),
            max(rounds // 2, 3))


if __name__ == "__main__":
    main()
