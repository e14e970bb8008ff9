"""What the demand rules find: a finding (holder, stance, summary, targets, type) and the
cue that starts one."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..quotes import QuoteSpan
from ..resolve import Referent


@dataclass(slots=True)
class DemandFinding:
    stance: str  # demand | reject
    summary: str
    span: tuple[int, int]  # characters: cue start .. object end
    holder: tuple[int, int]  # tokens
    referent: Referent
    cue: tuple[int, int]  # tokens
    quote: QuoteSpan | None = None
    targets: list[str] = field(default_factory=list)  # party names the demand is made of
    type: str = "other"
    group: str | None = None  # a party-less crowd holding the demand ("Protesters"): its name
    addressee: tuple[int, int] | None = None  # tokens of whom it is asked ("asked Judge Miller to …")
    evidence: list[tuple[int, int]] = field(default_factory=list)  # characters: later statements of it


@dataclass(slots=True)
class Cue:
    start: int
    end: int  # token after the cue
    stance: str
    frame: str  # obj | target | target_or_obj | to | fixed
    base: str
