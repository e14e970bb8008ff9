"""App-side cost of one `n` step on a 1 MB article, beside the same step on the seed.

    .venv/bin/python benchmarks/bench_step.py [DIR]

Builds a ~1 MB article by concatenating PolNeAR training articles (DIR, default
/work/shared/data/polnear/train/text; else the seed repeated), opens it headless at
120×40, waits for the analysis, then times STEPS presses of `n` app-side: the action
handler (state, repaint of the two changed widgets, status, quote list), the scroll
to the quote, and rendering the changed widgets' lines, without Pilot's pauses.
The same is measured on the seed in the same run as the reference.
Prints medians (target ≤ 16 ms on the 1 MB article) and the ratio to the seed.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from textual.geometry import Region  # noqa: E402

from tui.app import NewsReaderApp  # noqa: E402
from tui.ingest import Article, load, load_bytes  # noqa: E402
from tui.resources import SAMPLE_ARTICLE  # noqa: E402
from tui.widgets.article_view import ArticleView  # noqa: E402

DEFAULT_DIR = Path("/work/shared/data/polnear/train/text")
TARGET_BYTES = 1_000_000
STEPS = 60


def big_article(directory: Path) -> Article:
    parts: list[bytes] = []
    size = 0
    files = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    while size < TARGET_BYTES:
        for path in files or [SAMPLE_ARTICLE]:
            data = path.read_bytes()
            parts.append(data)
            size += len(data)
            if size >= TARGET_BYTES:
                break
    return load_bytes(b"\n\n".join(parts), "big.txt")


async def step_times(article: Article, steps: int) -> tuple[list[float], float, int]:
    app = NewsReaderApp([article])
    opened = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        open_seconds = time.perf_counter() - opened
        screen = app.screen
        view = screen.query_one(ArticleView)
        quotes = len(screen.quote_cursor.visible)
        times: list[float] = []
        for i in range(min(steps, max(quotes - 1, 0))):
            before = view.current
            start = time.perf_counter()
            screen.action_next()
            after = view.current
            if after:
                view.reveal(after)
            for span in (before, after):
                for w in view._widgets_of([span] if span else []):
                    widget = view._widgets[w]
                    widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
            times.append(time.perf_counter() - start)
            await pilot.pause()  # let the app paint between steps, not timed
        return times, open_seconds, quotes


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    big = big_article(directory)
    seed = load(SAMPLE_ARTICLE)
    seed_times, seed_open, seed_quotes = asyncio.run(step_times(seed, STEPS))
    big_times, big_open, big_quotes = asyncio.run(step_times(big, STEPS))
    s = statistics.median(seed_times) * 1000
    b = statistics.median(big_times) * 1000
    print(f"seed:   {len(seed.text):>9,} chars, {seed_quotes:>5} quotes, opened in "
          f"{seed_open:5.2f} s, n step median {s:6.2f} ms ({len(seed_times)} steps)")
    print(f"1 MB:   {len(big.text):>9,} chars, {big_quotes:>5} quotes, opened in "
          f"{big_open:5.2f} s, n step median {b:6.2f} ms ({len(big_times)} steps), "
          f"p90 {statistics.quantiles(big_times, n=10)[-1] * 1000:6.2f} ms")
    print(f"ratio 1 MB / seed: {b / s:.2f}   target: n step ≤ 16 ms on the 1 MB article")


if __name__ == "__main__":
    main()
