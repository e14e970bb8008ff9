"""Anchors that survive edits: a span remembered by its offsets *and* its words.

Like the W3C TextQuoteSelector + TextPositionSelector pair: ``exact`` with some
``prefix``/``suffix`` context, plus the last known ``start``/``end``. When the text
changes, ``locate`` finds the same words again, preferring the occurrence whose
context matches best and that sits nearest the old place. Offsets are code points.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONTEXT = 32  # characters of prefix/suffix kept; enough to tell repeated phrases apart


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "exact": self.exact,
                "prefix": self.prefix, "suffix": self.suffix}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Anchor":
        return cls(int(d["start"]), int(d["end"]), str(d["exact"]),
                   str(d.get("prefix", "")), str(d.get("suffix", "")))


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(start, end, text[start:end],
                  text[max(0, start - context):start], text[end:end + context])


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    i = text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _score(anchor: Anchor, text: str, start: int) -> tuple[int, int]:
    """Higher is better: context agreement first, then closeness to the old offset."""
    end = start + len(anchor.exact)
    context = (_common_suffix(anchor.prefix, text[max(0, start - len(anchor.prefix)):start])
               + _common_prefix(anchor.suffix, text[end:end + len(anchor.suffix)]))
    return context, -abs(start - anchor.start)


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchored words are in text now, or None if they cannot be found."""
    if not anchor.exact:
        return None
    if text[anchor.start:anchor.end] == anchor.exact:
        here = _score(anchor, text, anchor.start)[0]
        if here == len(anchor.prefix) + len(anchor.suffix):
            return anchor.start, anchor.end  # unchanged: the common case, and cheap
    starts = _occurrences(text, anchor.exact)
    if starts:
        best = max(starts, key=lambda s: _score(anchor, text, s))
        return best, best + len(anchor.exact)
    return _between_context(anchor, text)


def _between_context(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The words themselves were edited: accept the span between an intact prefix and suffix,
    if both occur exactly once and the span between them is of a similar length."""
    if len(anchor.prefix) < 8 or len(anchor.suffix) < 8:
        return None  # too little context to be sure; better an orphan than a wrong anchor
    pre = _occurrences(text, anchor.prefix)
    suf = _occurrences(text, anchor.suffix)
    if len(pre) != 1 or len(suf) != 1:
        return None
    start, end = pre[0] + len(anchor.prefix), suf[0]
    if end <= start:
        return None
    old = len(anchor.exact)
    if not (old // 2 <= end - start <= old * 2 + 16):
        return None
    return start, end


def reanchor(anchor: Anchor, text: str) -> Anchor | None:
    """The anchor moved onto text, with fresh context; None if it cannot be placed."""
    found = locate(anchor, text)
    if found is None:
        return None
    return make_anchor(text, *found, context=max(len(anchor.prefix), len(anchor.suffix), CONTEXT))
