"""A demand's type, after CAMEO/PLOVER's demand and reject codes, by the key words of
its summary (`lexicon/demand_types.tsv`)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon

DEMAND_TYPES = ("ceasefire", "release", "policy", "negotiation", "withdrawal", "aid", "rights",
                "leadership", "sanctions", "investigation", "economic", "other")


def demand_type(summary: str, lx: Lexicon) -> str:
    """The first type of the lexicon one of whose stems starts a word of the summary; a
    short stem (four letters or fewer: "aid", "law", "act") must be the whole word, so that
    "aides", "lawsuit" and "action" do not count."""
    text = " " + re.sub(r"[^\w'-]+", " ", summary.lower()) + " "
    kinds, by_start, width = _index(lx)
    best = len(kinds)  # the rank of the first type found so far ("other")
    p = text.find(" ")
    while p >= 0:  # each place a word may start: after a space
        for rank, needle in by_start.get(text[p + 1:p + 1 + width], ()):
            if rank < best and text.startswith(needle, p + 1):
                best = rank
        p = text.find(" ", p + 1)
    return kinds[best] if best < len(kinds) else "other"


_INDEXES: dict[int, tuple[Lexicon, tuple[str, ...], dict[str, list[tuple[int, str]]], int]] = {}


def _index(lx: Lexicon) -> tuple[tuple[str, ...], dict[str, list[tuple[int, str]]], int]:
    """The types in order, and every stem as the text it must start at a word (a short one
    with the space after it), by its first few characters, with its type's rank; built once
    per lexicon (which the cache holds, so that its id is not reused). A look-up per word of
    a summary, where a pattern per type (an alternation of its stems) cost more to compile
    at every start than all the summaries of a corpus took to match."""
    found = _INDEXES.get(id(lx))
    if found is None:
        kinds = tuple(kind for kind, _ in lx.demand_types)
        needles = [(rank, s + (" " if len(s) <= 4 else "")) for rank, (_, stems) in enumerate(lx.demand_types)
                   for s in stems]
        width = min((len(n) for _, n in needles), default=1)
        by_start: dict[str, list[tuple[int, str]]] = {}
        for rank, needle in needles:
            by_start.setdefault(needle[:width], []).append((rank, needle))
        found = _INDEXES[id(lx)] = (lx, kinds, by_start, width)
    return found[1:]
