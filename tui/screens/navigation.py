"""Where the reader is: the current quote (within a party filter) and search matches.

Plain state, no widgets, so the rules are easy to test and to reason about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Quote

Range = tuple[int, int]
MAX_MATCHES = 50_000  # enough for any real search; bounds the work on huge articles


@dataclass
class QuoteCursor:
    """The current quote; ``party`` restricts the walk to one party's quotes."""

    quotes: list[Quote] = field(default_factory=list)
    party: str | None = None
    position: int = 0  # index into ``visible``

    @property
    def visible(self) -> list[Quote]:
        if self.party is None:
            return self.quotes
        return [q for q in self.quotes if q.speaker and q.speaker.party == self.party]

    @property
    def current(self) -> Quote | None:
        visible = self.visible
        return visible[self.position] if 0 <= self.position < len(visible) else None

    def step(self, delta: int) -> bool:
        """Move by ``delta``; False (and no move) at either end."""
        target = self.position + delta
        if not 0 <= target < len(self.visible):
            return False
        self.position = target
        return True

    def go_to(self, quote_id: str) -> bool:
        for i, q in enumerate(self.visible):
            if q.id == quote_id:
                self.position = i
                return True
        return False

    def go_near(self, offset: int) -> None:
        """The first quote at or after ``offset`` (else the last) becomes current."""
        visible = self.visible
        self.position = next((i for i, q in enumerate(visible) if q.start >= offset),
                             max(len(visible) - 1, 0))

    def set_filter(self, party: str | None) -> None:
        """Filter to ``party``, keeping the nearest quote at or after the current one."""
        anchor = self.current.start if self.current else 0
        self.party = party
        self.go_near(anchor)

    def parties_with_quotes(self) -> list[str]:
        seen: dict[str, None] = {}
        for q in self.quotes:
            if q.speaker and q.speaker.party:
                seen.setdefault(q.speaker.party)
        return list(seen)


def find_matches(text: str, query: str) -> list[Range]:
    """Case-insensitive literal matches (offsets into ``text``), in order."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    found: list[Range] = []
    for m in pattern.finditer(text):
        found.append((m.start(), m.end()))
        if len(found) >= MAX_MATCHES:
            break
    return found


@dataclass
class SearchState:
    query: str = ""
    matches: list[Range] = field(default_factory=list)
    position: int = -1

    @property
    def active(self) -> bool:
        return bool(self.query)

    @property
    def current(self) -> Range | None:
        return self.matches[self.position] if 0 <= self.position < len(self.matches) else None

    def step(self, delta: int) -> Range | None:
        """Next/previous match, wrapping around the article like `less` does."""
        if not self.matches:
            return None
        self.position = (self.position + delta) % len(self.matches) if self.position >= 0 \
            else (0 if delta > 0 else len(self.matches) - 1)
        return self.current

    def first_from(self, offset: int) -> Range | None:
        """The first match at or after ``offset`` (else the first), made current."""
        if not self.matches:
            self.position = -1
            return None
        self.position = next((i for i, m in enumerate(self.matches) if m[0] >= offset), 0)
        return self.current
