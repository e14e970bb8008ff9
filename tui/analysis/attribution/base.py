"""What every rule family of the attributor reads: the article, its mentions and phrases."""
from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon
from ..mentions import MentionFinder
from ..phrases import Phrases
from ..quotes import QuoteSpan
from ..resolve import Referent, Resolver
from ..tokens import Doc


@dataclass(slots=True)
class Attribution:
    quote: QuoteSpan
    kind: str  # direct | partial | continuation
    speaker: tuple[int, int] | None = None  # token range of the mention
    referent: Referent | None = None
    cue: tuple[int, int] | None = None  # token range
    rule: str = ""  # which pattern found the speaker (for debugging and tests)


class RuleBase:
    """The state the rule mixins share; `Attributor` sets it up."""

    doc: Doc
    finder: MentionFinder
    resolver: Resolver
    lx: Lexicon
    np: Phrases
    open_tok: list[int]  # token index of each quote's opening mark
    close_tok: list[int]  # … and closing mark (-1: none)
    _open_toks: set[int]
    _close_toks: set[int]
    cue_words: frozenset[str]  # where a cue rule can hold (cues.cue_words)
