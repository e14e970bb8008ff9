"""Outlets (news organisations named as sources) and the passages each is credited for:
"According to CNN, …", "Newsweek reported that …": from the credit to the end of its
paragraph, unless a later credit in the paragraph takes over.
"""
from __future__ import annotations

from bisect import bisect_right

from ..model import Outlet, Span
from .mentions import OUTLET, Mention
from .parties import slug
from .tokens import Doc

_CREDIT_VERBS = {"reported", "reports", "reporting", "highlighted", "highlights", "noted", "notes",
                 "wrote", "writes", "found", "finds", "learned", "confirmed", "obtained", "revealed",
                 "reveals", "cited", "quoted", "said", "says", "added", "adds", "described", "stated",
                 "published", "claimed", "claims", "further", "also", "first", "previously", "has",
                 "had", "observed", "explained", "detailed", "broke"}
_CREDIT_BEFORE = {"to", "by", "told", "with", "on", "from", "in"}


def build_outlets(doc: Doc, mentions: list[Mention]) -> tuple[list[Outlet], list[tuple[int, int, str]]]:
    """Outlets with their mentions, and the passages (char start, end, outlet id) they are credited for."""
    outlets: dict[str, Outlet] = {}
    credits: list[tuple[int, int, str]] = []
    for m in mentions:
        if m.kind != OUTLET:
            continue
        o = outlets.get(m.name)
        if o is None:
            o = outlets[m.name] = Outlet(slug(m.name), m.name)
        o.mentions.append(Span(m.start, m.end, doc.text[m.start:m.end]))
        if m.in_quote:
            continue
        after = doc.lower[m.tok_end] if m.tok_end < len(doc.words) else ""
        after2 = doc.lower[m.tok_end + 1] if m.tok_end + 1 < len(doc.words) else ""
        before = doc.lower[m.tok - 1] if m.tok else ""
        if before == "the" and m.tok >= 2:
            before = doc.lower[m.tok - 2]
        if after in _CREDIT_VERBS and (after not in ("has", "had", "also", "further", "first", "previously")
                                       or after2 in _CREDIT_VERBS):
            pass
        elif before in _CREDIT_BEFORE and (before != "to" or (m.tok >= 2 and doc.lower[m.tok - 2] in ("according", "told", "said"))):
            if before in ("on", "in", "from") and not _near_speech(doc, m.tok):
                continue
        else:
            continue
        sent = doc.sentences[doc.sent_of[m.tok]]
        start = doc.starts[sent[0]]
        block = doc.blocks[doc.block_of[m.tok]]
        credits.append((start, block.end, o.id))
    # A later credit in the same paragraph takes over from an earlier one.
    credits.sort()
    trimmed: list[tuple[int, int, str]] = []
    for i, (a, b, oid) in enumerate(credits):
        if i + 1 < len(credits) and credits[i + 1][0] < b:
            b = credits[i + 1][0]
        if b > a:
            trimmed.append((a, b, oid))
    return list(outlets.values()), trimmed


def _near_speech(doc: Doc, tok: int) -> bool:
    lo = max(0, tok - 4)
    return any(doc.lower[k] in ("said", "told", "interview", "appearance", "speaking", "wrote")
               for k in range(lo, tok))


def outlet_at(credits: list[tuple[int, int, str]], offset: int, starts: list[int] | None = None) -> str | None:
    """The outlet credited for the passage holding offset. starts: the credits' starts, for a
    caller that looks up many offsets (built once by it, not per look-up)."""
    i = bisect_right([c[0] for c in credits] if starts is None else starts, offset) - 1
    if i >= 0 and credits[i][0] <= offset < credits[i][1]:
        return credits[i][2]
    return None
