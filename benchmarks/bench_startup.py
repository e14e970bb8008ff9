"""Start-up: time until the seed is shown with its highlights vs. a bare one-widget app.

    .venv/bin/python benchmarks/bench_startup.py [ROUNDS]

Both apps run headless at 120×40 in the same process, interleaved, ROUNDS times
(after one warm-up each): the reader counts until its highlights are painted
(ReaderScreen.AnnotationsShown, posted after the refresh that shows them); the bare
app counts until its first refresh. Then the same comparison as cold processes
(interpreter start, imports, first paint, exit), which is what a user waits for.
Prints medians and the ratio reader/bare (target ≤ 1.15).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from textual.app import App, ComposeResult  # noqa: E402
from textual.widgets import Static  # noqa: E402

SIZE = (120, 40)


class BareApp(App[float]):
    def compose(self) -> ComposeResult:
        yield Static("Hello")

    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.exit(time.perf_counter()))


def reader_app() -> App[float]:
    from tui.app import NewsReaderApp
    from tui.ingest import load
    from tui.resources import SAMPLE_ARTICLE

    class TimedReader(NewsReaderApp):
        def on_reader_screen_annotations_shown(self) -> None:
            self.exit(time.perf_counter())

    return TimedReader([load(SAMPLE_ARTICLE)])


def time_app(make: type[App[float]] | object) -> float:
    start = time.perf_counter()
    app = make()  # type: ignore[operator]
    shown = app.run(headless=True, size=SIZE)
    assert shown is not None, "the app exited before painting"
    return shown - start


CHILD = """
import os, sys, time
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
sys.path.insert(0, {root!r})
sys.argv = ["bench"]
from benchmarks.bench_startup import BareApp, reader_app
app = BareApp() if {which!r} == "bare" else reader_app()
app.run(headless=True, size=(120, 40))
"""


def time_process(which: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), which=which)],
                   check=True, cwd=ROOT)
    return time.perf_counter() - start


def compare(label: str, bare: callable, reader: callable, rounds: int) -> None:
    bare(), reader()  # warm-up: imports, caches
    bare_times, reader_times = [], []
    for _ in range(rounds):
        bare_times.append(bare())
        reader_times.append(reader())
    b, r = statistics.median(bare_times), statistics.median(reader_times)
    print(f"{label:<14} bare app {b * 1000:7.1f} ms   reader with highlights {r * 1000:7.1f} ms"
          f"   ratio {r / b:.2f}  (target ≤ 1.15; {rounds} rounds, medians)")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    compare("in process", lambda: time_app(BareApp), lambda: time_app(reader_app), rounds)
    compare("cold process", lambda: time_process("bare"), lambda: time_process("reader"),
            max(rounds // 2, 3))


if __name__ == "__main__":
    main()
