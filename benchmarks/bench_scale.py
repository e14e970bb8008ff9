"""How the engine's cost grows with the size of one article: CPU time per MB and per
repetition, and peak memory.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1,5,20,50] [--reps 1000,10000,100000] [DIR]

Every input is analysed in a fresh child process (the Python API: load_bytes + analyze,
no size limit), which reports its CPU time (time.process_time, the analysis only) and its
peak RSS (resource.getrusage). Inputs:

- the seed article repeated to 1, 5, 20 and 50 MB (paragraph breaks between copies);
- the PolNeAR training split (DIR) concatenated, repeated as needed, to the same sizes;
- adversarial patterns repeated 1k, 10k and 100k times: `CNN reported "x," he said. `
  and `Hamas said. The group said "no." `.

Prints each time per unit and, per series, the ratio of the largest size's to the
smallest's (linear: within 1.5x), and the 20 MB seed's peak RSS against 15x its size plus
100 MB. Slow (minutes): run it once, not in a loop.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [ROOT.parent / "shared/data/polnear/train/text", Path("/work/shared/data/polnear/train/text")]
PATTERNS = {"cnn": 'CNN reported "x," he said. ', "hamas": 'Hamas said. The group said "no." '}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
kind, size, arg = sys.argv[1], float(sys.argv[2]), sys.argv[3]
from tui.analysis import analyze
from tui.ingest import load_bytes
from tui.resources import SAMPLE_ARTICLE
if kind == "seed" or kind == "polnear":
    parts = [SAMPLE_ARTICLE.read_bytes()] if kind == "seed" else \
        [p.read_bytes() for p in sorted(Path(arg).glob("*.txt"))]
    target, out, total = int(size * 1_000_000), [], 0
    while total < target:
        for p in parts:
            out.append(p)
            total += len(p) + 2
            if total >= target:
                break
    data = b"\n\n".join(out)
else:
    data = (arg * int(size)).encode("utf-8")
analyze(load_bytes(b'Warm up. "Yes," he said.', "warm.txt"))
size = len(data)
t0 = time.process_time()
article = load_bytes(data, "big.txt")
del data  # read, as the reader or the CLI reads a file; the analysis needs the text only
ann = analyze(article)
cpu = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"bytes": size, "cpu": cpu, "peak_rss": peak, "quotes": len(ann.quotes),
                  "parties": len(ann.parties), "demands": len(ann.demands)}))
"""


def child(kind: str, size: float, arg: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(size), arg], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def series(label: str, kind: str, sizes: list[float], arg: str, unit: str) -> None:
    per_unit = []
    for size in sizes:
        r = child(kind, size, arg)
        units = r["bytes"] / 1e6 if unit == "MB" else size
        per = r["cpu"] / units
        per_unit.append(per)
        scale = 1e3 if unit != "MB" else 1
        print(f"{label:<8} {size:>9g} {unit:<4} {r['bytes'] / 1e6:8.2f} MB {r['cpu']:8.2f} s "
              f"{per * scale:9.3f} {'s/MB' if unit == 'MB' else 'ms/rep'}  peak RSS {r['peak_rss'] / 1e6:7.0f} MB"
              f"  ({r['quotes']} quotes, {r['parties']} parties, {r['demands']} demands)", flush=True)
        if kind == "seed" and size == 20:
            budget = 15 * r["bytes"] + 100e6
            print(f"{'':<8} peak RSS of the 20 MB article {r['peak_rss'] / 1e6:.0f} MB; budget 15x size + 100 MB = "
                  f"{budget / 1e6:.0f} MB: {'within' if r['peak_rss'] <= budget else 'OVER'}", flush=True)
    ratio = per_unit[-1] / per_unit[0]
    print(f"{label:<8} time per {unit if unit == 'MB' else 'repetition'} at {sizes[-1]:g} / at {sizes[0]:g}: "
          f"{ratio:.2f}x ({'linear, within 1.5x' if ratio <= 1.5 else 'NOT within 1.5x'})", flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=None)
    ap.add_argument("--sizes", default="1,5,20,50", help="MB, comma-separated")
    ap.add_argument("--reps", default="1000,10000,100000", help="repetitions of each pattern")
    ap.add_argument("--only", choices=("seed", "polnear", "patterns"), help="one series only")
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    reps = [float(s) for s in args.reps.split(",")]
    data = args.data or next((p for p in CANDIDATES if p.is_dir()), CANDIDATES[0])
    if args.only in (None, "seed"):
        series("seed", "seed", sizes, "", "MB")
    if args.only in (None, "polnear"):
        if data.is_dir() and any(data.glob("*.txt")):
            series("polnear", "polnear", sizes, str(data), "MB")
        else:
            print(f"polnear: no *.txt articles in {data}; skipped")
    if args.only in (None, "patterns"):
        for name, pattern in PATTERNS.items():
            series(name, "pattern", reps, pattern, "reps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
