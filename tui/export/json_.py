"""`json` and `jsonl`: the newsreader.annotations/1 JSON, notes and corrections included.

Here, unlike everywhere else, `text` is the article as decoded, control characters
included, so offsets and span texts match the file byte for byte. The encoder writes
every control character as a \\u escape, so the JSON itself is safe to print.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..ingest import CONTROL
from ..model import Annotations

_SPAN_LISTS = ("parties", "outlets", "quotes", "demands")


def annotations_dict(ann: Annotations) -> dict[str, Any]:
    d = ann.to_dict()
    if ann.source_text:
        d["text"] = ann.source_text
        for key in _SPAN_LISTS:
            _reslice(d[key], ann.source_text)
    return d


def _reslice(node: Any, text: str) -> None:
    """Every span's `text` again equals text[start:end] (replacement was one for one)."""
    if isinstance(node, list):
        for item in node:
            _reslice(item, text)
    elif isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if isinstance(start, int) and isinstance(end, int) and isinstance(node.get("text"), str):
            node["text"] = text[start:end]
        for value in node.values():
            if isinstance(value, (list, dict)):
                _reslice(value, text)


def dumps(data: dict[str, Any], indent: int | None = None) -> str:
    """JSON with every control character escaped (json leaves DEL, C1 and bidi raw)."""
    return escape_controls(json.dumps(data, ensure_ascii=False, indent=indent))


def escape_controls(json_text: str) -> str:
    """JSON text with the control characters json.dumps leaves raw written as \\u escapes
    (they can only stand inside strings, so the JSON means the same)."""
    return CONTROL.sub(_escape, json_text)


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def render_json(docs: list[Annotations]) -> str:
    if len(docs) != 1:
        raise ValueError("--format json takes one article; use --format jsonl for several")
    return dumps(annotations_dict(docs[0]), indent=2) + "\n"


def render_jsonl(docs: list[Annotations]) -> str:
    return "".join(dumps(annotations_dict(d)) + "\n" for d in docs)
