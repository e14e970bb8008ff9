"""Finding direct quotations: the spans between quotation marks.

Handles “…”, "…", ‘…’ (British style, and nested inside doubles), «…», „…“,
quotes that run over several paragraphs (each paragraph opens a mark, only the
last one closes), and apostrophes (don’t, the Dockers’). Pairing is done per
paragraph with a small stack, so a stray or unbalanced mark can only disturb
the paragraph it stands in, never the rest of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block

_MARKS = re.compile("[\"“”„«»‘’‚]")
DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"
_OPEN_PUNCT = "([{—–-/:;,"


@dataclass(slots=True)
class QuoteSpan:
    """A quotation: inner text from start to end; marks at open_at and close_at (or -1)."""

    start: int
    end: int
    open_at: int
    close_at: int  # -1 when the paragraph ended before a closing mark
    block: int
    continued: bool = False  # opens a paragraph that continues the previous quote

    @property
    def outer_start(self) -> int:
        return self.open_at

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at >= 0 else self.end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[str, str] | None:
    """(family, 'open'|'close'|'either') for the mark at i, or None for an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "«":
        return GUILLEMET, "open"
    if ch in "»":
        return GUILLEMET, "close"
    if ch == "„":
        return DOUBLE, "open"
    if ch == "“":
        if prev in ",.!?" and (nxt.isspace() or i + 1 >= hi):
            return DOUBLE, "close"  # “It's unusual,“ said X: a mis-set closing mark
        return DOUBLE, "open-curly"
    if ch == "”":
        return DOUBLE, "close"
    if ch == '"':
        before_space = prev.isspace() or prev in _OPEN_PUNCT or prev in "‘“'"
        after_space = nxt.isspace() or nxt in ".,;:!?)]}—–-’”'" or i + 1 >= hi
        if before_space and not after_space:
            return DOUBLE, "open"
        if after_space and not before_space:
            return DOUBLE, "close"
        return DOUBLE, "either"
    if ch == "‚":
        return SINGLE, "open"
    if ch == "‘":
        # ‘em, ‘90s: an elision, not a quote, when a word closes it without a space before.
        if _is_word(prev):
            return SINGLE, "german-close" if nxt in "“”\" ,.;:!?" else None
        return SINGLE, "open-curly"
    if ch == "’":
        if _is_word(prev) and _is_word(nxt):
            return None  # don’t, O’Brien
        if prev.isspace() or i == lo:
            return None  # ’90s
        if i >= lo + 2 and text[i - 2] == "’" and prev.isalpha():
            return None  # rock ’n’ roll
        if prev in "sS" and nxt == " " and i + 2 < hi and text[i + 2].islower():
            return None  # the workers’ demands: a plural possessive
        return SINGLE, "close-or-apostrophe"
    return None


def _pair_block(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pair marks within text[lo:hi]. Returns outermost (open, close) pairs and a left-open mark."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        kind = _classify(text, i, lo, hi)
        if kind is None:
            continue
        family, role = kind
        if role == "open-curly":
            # After „ the mark “ closes, after ‚ the mark ‘ closes (German style); else it opens.
            if stack and text[stack[-1][1]] in "„‚":
                role = "close"
            else:
                role = "open"
        if role == "german-close":
            if stack and text[stack[-1][1]] == "‚":
                role = "close"
            else:
                continue
        if role == "either":
            role = "close" if stack and stack[-1][0] == DOUBLE else "open"
        if role == "close-or-apostrophe":
            if any(f == SINGLE for f, _ in stack):
                role = "close"
            else:
                continue  # the Dockers’ Alliance
        if role == "open":
            stack.append((family, i))
            continue
        # A closing mark: pop to the nearest open mark of the same family.
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == family:
                opened = stack[depth][1]
                del stack[depth:]
                if not stack:
                    pairs.append((opened, i))
                break
        # A closing mark with no opener is stray: ignored.
    left_open = None
    # An unclosed double/guillemet mark runs to the paragraph end; unclosed singles are
    # more likely apostrophes or elisions and are dropped.
    for family, pos in stack:
        if family != SINGLE:
            left_open = pos
            break
    return pairs, left_open


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_NICKNAME = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}")
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]* $")
_NAME_AFTER = re.compile(r" [A-Z][\w’'-]+")


def _is_nickname(text: str, opened: int, closed: int) -> bool:
    """Marcia "Cia" Price, Dwayne “The Rock” Johnson: a nickname inside a name is no quotation."""
    return (_NICKNAME.fullmatch(text, opened + 1, closed) is not None
            and _NAME_BEFORE.search(text, max(0, opened - 30), opened) is not None
            and _NAME_AFTER.match(text, closed + 1) is not None)


def find_quotes(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    quotes: list[QuoteSpan] = []
    carrying = False  # the previous paragraph ended inside a quote
    for bi, block in enumerate(blocks):
        lo, hi = block.start, block.end
        pairs, left_open = _pair_block(text, lo, hi)
        starts_with_mark = _MARKS.match(text, lo) is not None and text[lo] not in "”»’"
        continued_here = carrying and starts_with_mark
        for opened, closed in pairs:
            if left_open is not None and opened > left_open or _is_nickname(text, opened, closed):
                continue
            a, b = _trim(text, opened + 1, closed)
            if b > a:
                quotes.append(QuoteSpan(a, b, opened, closed, bi, continued_here and opened == lo))
        if left_open is not None:
            a, b = _trim(text, left_open + 1, hi)
            # Drop trailing closing punctuation such as a stray mark at the very end.
            if b > a:
                quotes.append(QuoteSpan(a, b, left_open, -1, bi, continued_here and left_open == lo))
            carrying = True
        else:
            carrying = False
    quotes.sort(key=lambda q: q.start)
    return quotes
