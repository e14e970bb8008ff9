"""What each party demands and rejects, of whom, and of what kind.

`finder` matches the demand and rejection cues of `lexicon/demand_cues.tsv`, says whether
a match is a stance at all (negation, questions, hypotheticals, assertions, aims about
one's own conduct) and finds its object; `holders` finds who holds it (an actor, never a
stray noun); `forms` finds demands stated otherwise (a noun, a modal in reported speech,
"at the behest of"); `stances` those stated without a demand verb (a rejecting label, a
hope that someone will act, "it's time for X to"); `endorsements` a demand others take up
("the call was seconded by …"); `targets` finds of whom a demand is made; `summaries` cuts the object
down to the phrases demanded; `types` gives each a type from a fixed set
(`lexicon/demand_types.tsv`); `base` holds the finding itself.
"""
from __future__ import annotations

from .base import DemandFinding
from .finder import DemandFinder, find_demands
from .summaries import split_items
from .types import DEMAND_TYPES, demand_type

__all__ = ["DEMAND_TYPES", "DemandFinder", "DemandFinding", "demand_type", "find_demands", "split_items"]
