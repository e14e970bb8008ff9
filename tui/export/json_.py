"""`json` and `jsonl`: the newsreader.annotations/1 JSON, notes and corrections included."""
from __future__ import annotations

import json

from ..model import Annotations


def render_json(docs: list[Annotations]) -> str:
    if len(docs) != 1:
        raise ValueError("--format json takes one article; use --format jsonl for several")
    return json.dumps(docs[0].to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(docs: list[Annotations]) -> str:
    return "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs)
