"""Assembling the actors: parties (with members and mentions) and outlets.

Also decides which passages an outlet is credited for ("According to CNN, …",
"Newsweek reported that …"): from the credit to the end of its paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..model import Member, Outlet, Party, Span
from .mentions import GROUP, ORG, OUTLET, PERSON, STATE, Mention
from .tokens import Doc

_CREDIT_VERBS = {"reported", "reports", "reporting", "highlighted", "highlights", "noted", "notes",
                 "wrote", "writes", "found", "finds", "learned", "confirmed", "obtained", "revealed",
                 "reveals", "cited", "quoted", "said", "says", "added", "adds", "described", "stated",
                 "published", "claimed", "claims", "further", "also", "first", "previously", "has",
                 "had", "observed", "explained", "detailed", "broke"}
_CREDIT_BEFORE = {"to", "by", "told", "with", "on", "from", "in"}


def slug(name: str) -> str:
    s = re.sub(r"[^\w]+", "-", name.lower().replace("’", "").replace("'", "")).strip("-")
    return s or "party"


class PartyBook:
    """Collects parties by canonical name, in the order they are first seen."""

    def __init__(self) -> None:
        self.parties: dict[str, Party] = {}
        self.weight: Counter[str] = Counter()

    def get(self, name: str, kind: str) -> Party:
        p = self.parties.get(name)
        if p is None:
            ids = {q.id for q in self.parties.values()}
            pid, n = slug(name), 2
            while pid in ids:
                pid = f"{slug(name)}-{n}"
                n += 1
            p = Party(pid, name, kind if kind in (STATE, ORG, PERSON, GROUP) else GROUP)  # type: ignore[arg-type]
            self.parties[name] = p
        return p

    def id_of(self, name: str | None) -> str | None:
        if name is None:
            return None
        p = self.parties.get(name)
        return p.id if p else None

    def add_member(self, party_name: str, name: str, role: str) -> None:
        p = self.parties.get(party_name)
        if p is None:
            return
        if not any(m.name == name for m in p.members):
            p.members.append(Member(name, role))

    def ordered(self) -> list[Party]:
        """Most salient first: quotes and demands weigh more than mentions."""
        ps = list(self.parties.values())
        order = {p.name: i for i, p in enumerate(ps)}
        ps.sort(key=lambda p: (-(self.weight[p.name] + len(p.mentions)), order[p.name]))
        return ps


def kind_for(m: Mention) -> str:
    return {STATE: STATE, ORG: ORG, GROUP: GROUP}.get(m.kind, GROUP)


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


def outlet_at(credits: list[tuple[int, int, str]], offset: int) -> str | None:
    i = bisect_right([c[0] for c in credits], offset) - 1
    if i >= 0 and credits[i][0] <= offset < credits[i][1]:
        return credits[i][2]
    return None
