"""Words per second of newsreader's analysis beside a bare regex pass over the same texts.

    .venv/bin/python benchmarks/bench_analyze.py [DIR]

DIR defaults to the PolNeAR training split (../shared/data/polnear/train/text beside the
project, or /work/shared/...). Every *.txt in it is read once before timing. Then, in
this process on one core:

- newsreader: load_bytes (decode, sanitise, blocks) + analyze + JSON serialisation;
- baseline:   re.findall(r"\\w+") plus a quote-mark regex over the same texts;

and, end to end, `newsreader analyze --format jsonl DIR/*.txt` as one subprocess.
Prints articles, words, seconds and words/s for each, and the ratios.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CANDIDATES = [ROOT.parent / "shared/data/polnear/train/text", Path("/work/shared/data/polnear/train/text")]
WORD = re.compile(r"\w+")
QUOTE = re.compile("[\"“”„«»‘’‚][^\"“”„«»‘’‚\n]*[\"“”„«»‘’‚]")


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def row(label: str, articles: int, words: int, seconds: float) -> float:
    rate = words / seconds if seconds else float("inf")
    print(f"{label:<28} {articles:>8} {words:>10} {seconds:>9.3f} {rate:>13,.0f}")
    return rate


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else next((p for p in CANDIDATES if p.is_dir()), CANDIDATES[0])
    paths = sorted(data_dir.glob("*.txt")) if data_dir.is_dir() else []
    if not paths:
        print(f"bench_analyze: no *.txt articles in {data_dir}; skipping", file=sys.stderr)
        return 0

    from tui.analysis import analyze
    from tui.ingest import load_bytes

    raw = [(str(p.resolve()), p.read_bytes()) for p in paths]  # read once, before any timing
    texts = [data.decode("utf-8", errors="replace") for _, data in raw]
    words = sum(len(WORD.findall(t)) for t in texts)
    n = len(raw)

    def baseline() -> None:
        for t in texts:
            WORD.findall(t)
            QUOTE.findall(t)

    out_chars = 0
    skipped = 0

    def newsreader() -> None:
        nonlocal out_chars, skipped
        for name, data in raw:
            try:
                article = load_bytes(data, name)
            except Exception:  # noqa: BLE001 - a bad file in the corpus is counted, not fatal
                skipped += 1
                continue
            out_chars += len(json.dumps(analyze(article).to_dict(), ensure_ascii=False))

    baseline()  # warm caches and imports for both, outside the timing
    load_bytes(raw[0][1], raw[0][0])
    t_base = min(timed(baseline) for _ in range(3))
    t_nr = timed(newsreader)

    exe = Path(sys.executable).parent / "newsreader"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]
    t0 = time.perf_counter()
    # PYTHONPATH: the CLI runs the same tui/ as this process (this checkout, not another install)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(cmd + ["analyze", "--format", "jsonl", *[name for name, _ in raw]],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    t_cli = time.perf_counter() - t0
    cli_lines = proc.stdout.count(b"\n")

    print(f"corpus: {data_dir}  ({n} articles, {words:,} words, {sum(len(t) for t in texts):,} chars)")
    print(f"{'':<28} {'articles':>8} {'words':>10} {'seconds':>9} {'words/s':>13}")
    r_base = row("regex baseline (\\w+, quotes)", n, words, t_base)
    r_nr = row("newsreader in-process", n - skipped, words, t_nr)
    cli_ok = proc.returncode in (0, 2) and cli_lines == n - skipped
    if cli_ok:
        r_cli = row("newsreader analyze (CLI)", cli_lines, words, t_cli)
    else:
        print(f"{'newsreader analyze (CLI)':<28} failed: exit {proc.returncode}, {cli_lines} lines")
    print(f"ratio regex / newsreader in-process: {r_base / r_nr:,.1f}x slower")
    if cli_ok:
        print(f"ratio in-process / CLI end to end:   {r_nr / r_cli:,.2f}x")
    print(f"JSON written in-process: {out_chars:,} chars; skipped as bad input: {skipped}; "
          f"CLI exit {proc.returncode}, {cli_lines} lines")
    if not cli_ok:
        print(proc.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
