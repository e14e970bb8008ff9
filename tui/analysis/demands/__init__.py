"""What each party demands and rejects, of whom, and of what kind.

`cues` matches the demand and rejection cues of `lexicon/demand_cues.tsv` and says
whether a match is a stance at all (negation, questions, hypotheticals, assertions, aims
about one's own conduct); `finder` finds each cue's holder and object; `targets` finds of
whom a demand is made; `summaries` cuts the object down to the phrases demanded; `types`
gives each a type from a fixed set (`lexicon/demand_types.tsv`).
"""
from __future__ import annotations

from .finder import DemandFinder, DemandFinding, find_demands
from .summaries import split_items
from .types import DEMAND_TYPES, demand_type

__all__ = ["DEMAND_TYPES", "DemandFinder", "DemandFinding", "demand_type", "find_demands", "split_items"]
