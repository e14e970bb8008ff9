"""What came from outside (file names, notes, store fields) reaches no export as control
characters (issue 16 #13, #14); a quote holding U+2028 keeps every .ann line whole (#16)."""
from __future__ import annotations

import json

import pytest

from tui.analysis import analyze
from tui.export import FORMATS
from tui.export.brat import parse_ann, render_ann
from tui.ingest import CONTROL, load_bytes

ESC_NAME = "e\x1b]52;c;cHduZWQ=\x07\u202e.txt"
TEXT = "“We want a ceasefire now,” said Ada Vance, the envoy.\n"


def annotated(name: str = ESC_NAME, note: str = "check \x1b[31mred\x1b[0m \x9b2J this") -> object:
    ann = analyze(load_bytes(TEXT.encode(), name))
    ann.extra["notes"] = [{"id": "n1", "text": note, "tags": ["t\x07ag"], "orphan": False,
                           "target": {"kind": "quote", "id": ann.quotes[0].id}}]
    return ann


@pytest.mark.parametrize("fmt", ["csv", "demands-csv", "md", "html", "brat", "w3c", "json", "jsonl"])
def test_no_export_carries_control_characters_from_outside(fmt):
    ann = annotated()
    files = FORMATS[fmt].render([ann])
    for name, content in files.items():
        assert not CONTROL.search(content), (fmt, name, [c for c in content if CONTROL.match(c)])
    if fmt in ("w3c", "json", "jsonl"):
        for content in files.values():
            for line in (content.splitlines() if fmt == "jsonl" else [content]):
                json.loads(line)  # still JSON: the escapes are inside strings


def test_a_quote_holding_a_line_separator_keeps_each_ann_line_whole():
    text = "“We want a ceasefire\u2028and the hostages home,” said Ada Vance.\n"
    ann = analyze(load_bytes(text.encode(), "ls.txt"))
    out = render_ann(ann)
    assert all(line.count("\t") >= 1 for line in out.split("\n") if line)
    quote = next(t for t in parse_ann(out) if t["label"] == "Quote")
    assert len(quote["spans"]) == 2  # split at the separator like at a newline
    assert all("\u2028" not in ann.text[s:e] for s, e in quote["spans"])
