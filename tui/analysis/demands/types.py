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
    for kind, stems in lx.demand_types:
        if any((f" {stem} " if len(stem) <= 4 else f" {stem}") in text for stem in stems):
            return kind
    return "other"
