"""Party colours and the text styles the reader paints with.

Each party keeps the same colour across articles and runs: the palette slot is a
stable hash (CRC-32, not Python's salted ``hash``) of the party id, probing to the
next free slot when two parties of one article collide. Every palette colour has
a contrast ratio of at least 3.4:1 against both a light (#E0E0E0) and a dark
(#1E1E1E) background, so mentions stay legible on light and dark themes.

Under ``NO_COLOR`` Textual drops colour; the styles below always carry a
non-colour attribute too (bold, italic, underline, reverse) so nothing that
matters is told by colour alone.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable

# Red, blue, green, magenta, orange, teal, violet, olive: neighbours differ in hue.
PALETTE: tuple[str, ...] = (
    "#E02828", "#3A6DE2", "#408112", "#D61E9F",
    "#AE5E18", "#128178", "#8A55E6", "#8A7213",
)
UNATTRIBUTED = "#808080"  # quotes whose speaker's party is unknown

MENTION_STYLE = "bold {color}"
QUOTE_STYLE = "italic {color} on {color} 14%"
UNATTRIBUTED_QUOTE_STYLE = "italic"
OUTLET_STYLE = "italic underline $text-secondary"
SEARCH_STYLE = "bold underline $text on $warning 45%"
CURRENT_STYLE = "bold reverse"


def party_slot(party_id: str) -> int:
    return zlib.crc32(party_id.encode("utf-8")) % len(PALETTE)


def assign_colors(party_ids: Iterable[str]) -> dict[str, str]:
    """Colour per party id; distinct within the article while the palette lasts."""
    taken: set[int] = set()
    colors: dict[str, str] = {}
    for pid in party_ids:
        slot = party_slot(pid)
        if len(taken) < len(PALETTE):
            while slot in taken:
                slot = (slot + 1) % len(PALETTE)
        taken.add(slot)
        colors[pid] = PALETTE[slot]
    return colors


def mention_style(color: str) -> str:
    return MENTION_STYLE.format(color=color)


def quote_style(color: str | None) -> str:
    return QUOTE_STYLE.format(color=color) if color else UNATTRIBUTED_QUOTE_STYLE
