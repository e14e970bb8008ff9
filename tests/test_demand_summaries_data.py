"""Every demand summary on real news reads as a complete phrase: on PolNeAR dev and
Wikinews dev (skipped when the shared data is not beside the project), no summary is cut
with "…", none ends on a word that leaves a phrase open ("for", "to", "the", "and"), and
each has a type from the fixed set."""
from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.analysis.demands import DEMAND_TYPES
from tui.analysis.demands.summaries import CANNOT_END, MAX_WORDS
from tui.ingest import load

ROOT = Path(__file__).resolve().parent.parent
SHARED = [ROOT.parent / "shared/data", Path("/work/shared/data")]
SPLITS = {"polnear-dev": "polnear/dev/text", "wikinews-dev": "wikinews/dev"}


def articles(split: str) -> list[Path]:
    for base in SHARED:
        d = base / SPLITS[split]
        if d.is_dir():
            return sorted(d.glob("*.txt"))
    return []


@pytest.mark.slow
@pytest.mark.parametrize("split", list(SPLITS))
def test_every_summary_ends_on_a_word_that_can_end_a_phrase(split):
    paths = articles(split)
    if not paths:
        pytest.skip(f"no {split} data beside the project")
    bad = []
    for p in paths:
        ann = analyze(load(p))
        for d in ann.demands:
            words = d.summary.split()
            last = words[-1].strip(",;:“”\"‘’'()").lower() if words else ""
            if not words or "…" in d.summary or last in CANNOT_END or len(words) > MAX_WORDS \
                    or d.type not in DEMAND_TYPES:
                bad.append((p.name, d.summary, d.type))
    assert not bad, bad[:20]
