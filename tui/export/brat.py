"""`brat`: standoff annotation, ``NAME.txt`` (the article text) + ``NAME.ann``.

T lines for party mentions, quotes, cues, speakers and demands; R for quote -> speaker
(SaidBy); A for a demand's stance and type; ``#`` AnnotatorNotes for a demand's targets, the user's notes and for
corrected speakers that have no span in the text. Offsets are code points, end
excluded. brat spans may not cross a newline, so a multi-paragraph quote becomes a
discontinuous span ``s1 e1;s2 e2`` whose text is its fragments joined by one space.
"""
from __future__ import annotations

import re
from typing import Any

from ..model import Annotations
from .common import note_line, notes_on, party_name, unique_stems


# Runs of text with no line break of any kind (what str.splitlines breaks at: \n, \r,
# \v, \f, \x1c-\x1e, NEL, U+2028, U+2029) and no tab: each can stand on one .ann line.
_ONE_LINE_RUN = re.compile("[^\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span split at line breaks (and tabs, which would break the .ann line), each
    piece trimmed of surrounding whitespace."""
    out: list[tuple[int, int]] = []
    for m in _ONE_LINE_RUN.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Ann:
    """Accumulates .ann lines, numbering each kind of line separately."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.counts = {"T": 0, "R": 0, "A": 0, "#": 0}
        self.spans: dict[tuple[int, int, str], str] = {}

    def _next(self, kind: str) -> str:
        self.counts[kind] += 1
        return f"{kind}{self.counts[kind]}"

    def span(self, label: str, start: int, end: int) -> str | None:
        key = (start, end, label)
        if key in self.spans:
            return self.spans[key]
        frags = fragments(self.text, start, end)
        if not frags:
            return None
        tid = self._next("T")
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        covered = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"{tid}\t{label} {offsets}\t{covered}")
        self.spans[key] = tid
        return tid

    def relation(self, label: str, arg1: str, arg2: str) -> None:
        self.lines.append(f"{self._next('R')}\t{label} Arg1:{arg1} Arg2:{arg2}")

    def attribute(self, label: str, tid: str, value: str) -> None:
        self.lines.append(f"{self._next('A')}\t{label} {tid} {value}")

    def note(self, tid: str, text: str) -> None:
        self.lines.append(f"{self._next('#')}\tAnnotatorNotes {tid}\t{_one_line(text)}")


def _notes(ann: Annotations, out: _Ann, kind: str, item_id: str, tid: str | None) -> None:
    if tid is None:
        return
    for n in notes_on(ann, kind, item_id):
        out.note(tid, note_line(n))


def render_ann(ann: Annotations) -> str:
    out = _Ann(ann.text)
    for p in ann.parties:
        first = None
        for m in p.mentions:
            tid = out.span("Party", m.start, m.end)
            first = first or tid
        _notes(ann, out, "party", p.id, first)
    corrected = {c["target"]["id"] for c in ann.extra.get("corrections", []) if not c.get("orphan")}
    for q in ann.quotes:
        qt = out.span("Quote", q.start, q.end)
        if q.cue:
            out.span("Cue", q.cue.start, q.cue.end)
        sp = q.speaker
        if qt and sp and sp.end > sp.start:
            st = out.span("Speaker", sp.start, sp.end)
            if st:
                out.relation("SaidBy", qt, st)
        if qt and q.id in corrected and sp:
            out.note(qt, f"speaker (corrected by the user): {sp.name}"
                         + (f", party {party_name(ann, sp.party)}" if sp.party else ""))
        _notes(ann, out, "quote", q.id, qt)
    for x in ann.demands:
        dt = out.span("Demand", x.start, x.end)
        if dt:
            out.attribute("Stance", dt, x.stance)
            out.attribute("DemandType", dt, x.type)
            if x.targets:
                out.note(dt, "of: " + ", ".join(party_name(ann, t) for t in x.targets))
            if x.cue:
                out.span("Cue", x.cue.start, x.cue.end)
            _notes(ann, out, "demand", x.id, dt)
    return "".join(line + "\n" for line in out.lines)


def render(docs: list[Annotations]) -> dict[str, str]:
    files: dict[str, str] = {}
    for name, ann in zip(unique_stems(docs), docs):
        files[f"{name}.txt"] = ann.text
        files[f"{name}.ann"] = render_ann(ann)
    return files


def parse_ann(ann_text: str) -> list[dict[str, Any]]:
    """The T lines of a .ann file as {id, label, spans, text}: for checking exports."""
    out = []
    for line in ann_text.split("\n"):  # .ann lines end in \n only; a text may hold U+2028
        if not line.startswith("T"):
            continue
        tid, middle, covered = line.split("\t")
        label, _, offsets = middle.partition(" ")
        spans = [tuple(int(v) for v in part.split()) for part in offsets.split(";")]
        out.append({"id": tid, "label": label, "spans": spans, "text": covered})
    return out
