"""`csv`: one row per quote — speaker, party, outlet, quote, start, end, notes;
`demands-csv`: one row per demand — holder, party, stance, type, summary, targets, the
words that state it, start, end, notes. Both end with the article's source when it is a
web page: url, site, date, byline (empty for a file).

Cells that a spreadsheet would run as a formula (starting with = + - @ or a control
character) get a leading apostrophe: the article and the notes are untrusted text.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..model import Annotations
from .common import note_line, notes_on, outlet_name, party_name, quote_party, speaker_name

SOURCE_COLUMNS = ["url", "site", "date", "byline"]
COLUMNS = ["article", "quote_id", "speaker", "party", "outlet", "quote", "start", "end", "notes",
           *SOURCE_COLUMNS]
DEMAND_COLUMNS = ["article", "demand_id", "holder", "party", "stance", "type", "summary", "targets", "text",
                  "start", "end", "notes", *SOURCE_COLUMNS]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _source(ann: Annotations) -> list[str]:
    return [cell(getattr(ann.source, key)) for key in SOURCE_COLUMNS]


def _table(columns: list[str], rows: Iterable[list[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    return buf.getvalue()


def render(docs: list[Annotations]) -> str:
    return _table(COLUMNS, (
        [cell(ann.source.path), q.id, cell(speaker_name(q)), cell(quote_party(ann, q)),
         cell(outlet_name(ann, q.outlet)), cell(q.text), q.start, q.end,
         cell("; ".join(note_line(n) for n in notes_on(ann, "quote", q.id))), *_source(ann)]
        for ann in docs for q in ann.quotes))


def render_demands(docs: list[Annotations]) -> str:
    return _table(DEMAND_COLUMNS, (
        [cell(ann.source.path), d.id, cell(d.holder.name), cell(party_name(ann, d.party)), d.stance,
         d.type, cell(d.summary), cell("; ".join(party_name(ann, t) for t in d.targets)), cell(d.text),
         d.start, d.end, cell("; ".join(note_line(n) for n in notes_on(ann, "demand", d.id))),
         *_source(ann)]
        for ann in docs for d in ann.demands))
