"""App-side cost of one `n` step on a 1 MB article, beside the same step on the seed.

    .venv/bin/python benchmarks/bench_step.py [DIR] [MB]

Builds a ~1 MB article by concatenating PolNeAR training articles (DIR, default
/work/shared/data/polnear/train/text; else the seed repeated), opens it headless at
120×40, waits until the reader is ready, then presses `n` STEPS times. MB (default 1)
sets the big article's size: `... bench_step.py DIR 5` for the 5 MB case of issue 17. Each step is the
CPU time the app's thread spends on it: the action (state, repaint requests, status line,
quote list), the scroll to the quote, the messages that follow and the frame that paints
the result (the screen's own update timer, in a real event loop), garbage collection
included. Waiting (for the frame clock, between steps) is not counted: the step ends once
the app has been idle for a while. The same is measured on the seed in the same run.
Prints the median, p90 and max (target ≤ 16 ms on the 1 MB article) and the ratio of the
medians to the seed's.
"""
from __future__ import annotations

import asyncio
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from tui.app import NewsReaderApp  # noqa: E402
from tui.ingest import Article, load, load_bytes  # noqa: E402
from tui.resources import SAMPLE_ARTICLE  # noqa: E402
from tui.screens.reader import ReaderScreen  # noqa: E402

DEFAULT_DIR = Path("/work/shared/data/polnear/train/text")
TARGET_BYTES = 1_000_000
STEPS = 60
SETTLE = 0.06  # seconds of wall time per step: several frames of the 60 fps update timer


def big_article(directory: Path, target: int = TARGET_BYTES) -> Article:
    parts: list[bytes] = []
    size = 0
    files = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    while size < target:
        for path in files or [SAMPLE_ARTICLE]:
            data = path.read_bytes()
            parts.append(data)
            size += len(data)
            if size >= target:
                break
    return load_bytes(b"\n\n".join(parts), "big.txt")


class ReadyApp(NewsReaderApp):
    ready: asyncio.Event

    def on_reader_screen_ready(self) -> None:
        self.ready.set()


async def step_times(article: Article, steps: int) -> tuple[list[float], float, int]:
    app = ReadyApp([article])
    app.ready = asyncio.Event()
    opened = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.ready.wait()
        open_seconds = time.perf_counter() - opened
        await pilot.pause()
        await asyncio.sleep(0.5)  # the collection and freeze the app does once ready
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        quotes = len(screen.quote_cursor.visible)
        times: list[float] = []
        for _ in range(min(steps, max(quotes - 1, 0))):
            start = time.thread_time()
            screen.action_next()
            await asyncio.sleep(SETTLE)  # the app handles what follows and paints
            times.append(time.thread_time() - start)
        return times, open_seconds, quotes


def summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p90 = ms[math.ceil(0.9 * len(ms)) - 1]  # nearest rank: a step that was measured
    return (f"median {statistics.median(ms):6.2f} ms, p90 {p90:6.2f} ms, "
            f"max {ms[-1]:6.2f} ms ({len(ms)} steps)")


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    mb = float(sys.argv[2]) if len(sys.argv) > 2 else TARGET_BYTES / 1e6
    big = big_article(directory, int(mb * 1e6))
    seed = load(SAMPLE_ARTICLE)
    seed_times, seed_open, seed_quotes = asyncio.run(step_times(seed, STEPS))
    big_times, big_open, big_quotes = asyncio.run(step_times(big, STEPS))
    print(f"seed: {len(seed.text):>9,} chars, {seed_quotes:>5} quotes, ready in "
          f"{seed_open:5.2f} s; n step {summary(seed_times)}")
    print(f"{mb:g} MB: {len(big.text):>9,} chars, {big_quotes:>5} quotes, ready in "
          f"{big_open:5.2f} s; n step {summary(big_times)}")
    ratio = statistics.median(big_times) / statistics.median(seed_times)
    print(f"ratio of medians {mb:g} MB / seed: {ratio:.2f}   target: n step ≤ 16 ms on the {mb:g} MB article")


if __name__ == "__main__":
    main()
