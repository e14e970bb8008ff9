"""Shared by the engine's rule-family tests: analyse a passage and check every span."""
from __future__ import annotations

from tui.analysis import analyze_text
from tui.model import Annotations


def run(text: str) -> Annotations:
    ann = analyze_text(text)
    check_spans(ann)
    return ann


def check_spans(ann: Annotations) -> None:
    """Every span the reader shows sits at its offsets in the text."""
    t = ann.text
    for q in ann.quotes:
        assert t[q.start:q.end] == q.text
        if q.speaker:
            assert t[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue:
            assert t[q.cue.start:q.cue.end] == q.cue.text
    for d in ann.demands:
        assert t[d.start:d.end] == d.text
        assert t[d.holder.start:d.holder.end] == d.holder.text
        if d.cue:
            assert t[d.cue.start:d.cue.end] == d.cue.text
    for p in ann.parties:
        for m in p.mentions:
            assert t[m.start:m.end] == m.text
    for o in ann.outlets:
        for m in o.mentions:
            assert t[m.start:m.end] == m.text
