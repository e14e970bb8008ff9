"""Opening a huge article: time until the reader shows it, with highlights, and complete.

    .venv/bin/python benchmarks/bench_open.py [MB] [--against TREE] [--rounds N] [--steps]

Two articles of MB megabytes (default 5): the seed repeated, and the PolNeAR training
articles concatenated (/work/shared/data/polnear/train/text; skipped if missing). Each is
opened headless at 120×40 by a fresh process, with the in-process analyser (a thread, as
the reader uses when it is not started by the CLI's fork), and three moments are taken
when Textual hands a frame to the terminal (``App._display``, as bench_startup.py):

- text: the first frame of the reader screen (the article as plain text);
- highlights: the first frame with highlights in it (a huge article's opening, analysed
  first, or the whole article's);
- complete: the first frame with the whole article's highlights.

``--steps``: then, once the whole article's highlights are in (and ``Ready``), the cost of
an ``n`` step there, measured as bench_step.py does (the CPU time of the app's thread from
the key to a while after its frame; 60 steps a process), pooled over the rounds: median,
p90, max. Target (issue 17): ≤ 16 ms of app work.

``--against TREE`` runs the same in another checkout of newsreader (say, main exported
with ``git archive``), interleaved with this one, so that both are measured in one run on
the same, possibly busy, machine: compare the ratios, not the seconds. The engine's own
time for each article (``analyze`` alone, in this checkout) is printed for reference.
Target (issue 17): highlights of a 5 MB article in under 3 s.

``--cli``: open the article as ``newsreader FILE`` does instead (the CLI forks the
analysis into a child before it imports the UI, so the engine runs on another core).
"""
from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path("/work/shared/data/polnear/train/text")

# Run in a child, with TREE first on sys.path: both checkouts are the package ``tui``.
CHILD = r"""
import os, sys, time
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
tree, kind, mb, engine = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4] == "1"
steps, cli = int(sys.argv[5]), sys.argv[6] == "1"
sys.path.insert(0, tree)
from pathlib import Path
from tui.ingest import load_bytes
from tui.resources import SAMPLE_ARTICLE

def article():
    files = sorted(Path(%(polnear)r).glob("*.txt")) if kind == "polnear" else [SAMPLE_ARTICLE]
    parts, size = [], 0
    while size < mb * 1e6:
        for path in files:
            data = path.read_bytes()
            parts.append(data)
            size += len(data)
            if size >= mb * 1e6:
                break
    return load_bytes(b"\n\n".join(parts), "big.txt")

art = article()
if engine:
    from tui.analysis import analyze
    start = time.monotonic()
    analyze(art)
    print(repr({"engine": time.monotonic() - start}))
    raise SystemExit
from tui.app import NewsReaderApp
from tui.screens.reader import ReaderScreen

import asyncio

class Timed(NewsReaderApp):
    times = {}
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None or not isinstance(screen, ReaderScreen):
            return
        now = time.monotonic() - start
        self.times.setdefault("text", now)
        if screen.annotations is not None:  # the opening's or the whole article's
            self.times.setdefault("highlights", now)
        if screen.current_annotations is not None:  # the whole article's
            self.times.setdefault("complete", now)
            if not steps:
                self.exit(self.times)

    def on_reader_screen_ready(self):
        if steps:
            self.run_worker(self.step(), exclusive=True)

    async def step(self):
        await asyncio.sleep(0.5)  # the collection and freeze the app does once ready
        screen = self.screen
        times = []
        for _ in range(min(steps, len(screen.quote_cursor.visible) - 1)):
            begun = time.thread_time()
            screen.action_next()
            await asyncio.sleep(0.06)  # the app handles what follows and paints
            times.append(time.thread_time() - begun)
        self.times["steps"] = times
        self.exit(self.times)

if cli:  # as `newsreader big.txt` opens it: the CLI forks the analysis before the UI
    import tempfile
    from tui.cli.newsreader import run_reader
    path = os.path.join(tempfile.mkdtemp(), "big.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(art.text)

    def launch(articles, notes_dir=None, analyzer=None, gc_paused=False):
        app = Timed(articles, notes_dir=notes_dir, analyzer=analyzer, gc_paused=gc_paused)
        print(repr(app.run(headless=True, size=(120, 40))))
        return 0

    start = time.monotonic()
    run_reader([path, "--max-mb", "100"], launch)
    raise SystemExit
start = time.monotonic()
print(repr(Timed([art]).run(headless=True, size=(120, 40))))
"""


def run_child(tree: Path, kind: str, mb: float, engine: bool = False, steps: int = 0,
              cli: bool = False) -> dict:
    code = CHILD % {"polnear": str(POLNEAR)}
    out = subprocess.run([sys.executable, "-c", code, str(tree), kind, str(mb),
                          "1" if engine else "0", str(steps), "1" if cli else "0"], check=True,
                         capture_output=True, text=True, cwd=tree).stdout
    return eval(out.strip().splitlines()[-1], {})  # a dict printed by the child


def step_summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p90 = ms[math.ceil(0.9 * len(ms)) - 1]
    return (f"n step median {statistics.median(ms):5.1f} ms, p90 {p90:5.1f} ms, "
            f"max {ms[-1]:5.1f} ms ({len(ms)} steps)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mb", nargs="?", type=float, default=5.0)
    parser.add_argument("--against", type=Path, help="another checkout to measure too")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--steps", action="store_true", help="also time n steps once ready")
    parser.add_argument("--kinds", default="seed,polnear", help="which articles (seed,polnear)")
    parser.add_argument("--cli", action="store_true",
                        help="open as `newsreader FILE` does: the analysis forked by the CLI")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k == "seed" or POLNEAR.is_dir()]
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    for kind in kinds:
        engine = run_child(ROOT, kind, args.mb, engine=True)["engine"]
        print(f"{kind} {args.mb:g} MB: engine alone {engine:5.2f} s")
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
        for _ in range(args.rounds):
            for name, tree in trees:  # interleaved: both see the same load
                results[name].append(run_child(tree, kind, args.mb,
                                               steps=60 if args.steps else 0, cli=args.cli))
        for name, tree in trees:
            runs = results[name]
            median = {k: statistics.median(r[k] for r in runs)
                      for k in ("text", "highlights", "complete")}
            print(f"  {name:<8} text {median['text']:6.2f} s | highlights "
                  f"{median['highlights']:6.2f} s (target < 3 s) | complete "
                  f"{median['complete']:6.2f} s   ({tree})")
            if args.steps:
                pooled = [t for r in runs for t in r["steps"]]
                print(f"  {'':<8} {step_summary(pooled)}   (target ≤ 16 ms)")


if __name__ == "__main__":
    main()
