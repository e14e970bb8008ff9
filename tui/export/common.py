"""Small helpers shared by the export formats."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import Annotations, Quote


def speaker_name(q: Quote) -> str:
    return q.speaker.name if q.speaker and q.speaker.name else ""


def party_name(ann: Annotations, party_id: str | None) -> str:
    p = ann.party(party_id)
    return p.name if p else (party_id or "")


def quote_party(ann: Annotations, q: Quote) -> str:
    return party_name(ann, q.speaker.party) if q.speaker else ""


def outlet_name(ann: Annotations, outlet_id: str | None) -> str:
    o = ann.outlet(outlet_id)
    return o.name if o else (outlet_id or "")


def notes_on(ann: Annotations, kind: str, item_id: str) -> list[dict[str, Any]]:
    return [n for n in ann.extra.get("notes", [])
            if not n.get("orphan") and n["target"]["kind"] == kind and n["target"]["id"] == item_id]


def note_line(note: dict[str, Any]) -> str:
    """A note on one line: its text (newlines as spaces) and its tags as #tag."""
    text = " ".join(str(note.get("text", "")).split())
    tags = " ".join(f"#{t}" for t in note.get("tags", []))
    return f"{text} {tags}".strip()


def stem(ann: Annotations) -> str:
    """A safe file stem for an article: its file name without suffix."""
    name = Path(ann.source.path).stem if ann.source.path else ann.source.title
    return re.sub(r"[^\w.-]+", "-", name).strip(".-") or "article"


def unique_stems(docs: list[Annotations]) -> list[str]:
    """One stem per article, never two alike: a repeated stem gets -2, -3, ... skipping
    any another article already has (b/a.txt, b/a-2.txt, b/sub/a.txt: a, a-2, a-3)."""
    taken = {stem(d) for d in docs}
    out: list[str] = []
    used: set[str] = set()
    for d in docs:
        s = stem(d)
        name, n = s, 1
        while name in used or (name != s and name in taken):
            n += 1
            name = f"{s}-{n}"
        used.add(name)
        out.append(name)
    return out
