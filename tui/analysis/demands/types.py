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
    for kind, pattern in _patterns(lx):
        if pattern.search(text):
            return kind
    return "other"


_PATTERNS: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def _patterns(lx: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    """One regular expression per type, built once per lexicon."""
    found = _PATTERNS.get(id(lx))
    if found is None:
        found = []
        for kind, stems in lx.demand_types:
            alts = "|".join(re.escape(s) + (" " if len(s) <= 4 else "") for s in sorted(stems, key=len, reverse=True))
            found.append((kind, re.compile(f" (?:{alts})")))
        _PATTERNS[id(lx)] = found
    return found
