"""Short labels for the status line, lists and palette: no widget imports, so the first
paint does not pay for the list widgets."""
from __future__ import annotations

from ..model import Annotations, Quote
from .safe import one_line


def speaker_label(quote: Quote, ann: Annotations) -> str:
    """'Antony Blinken (United States)', or 'Unattributed'; safe, one line."""
    speaker = quote.speaker
    name = one_line(speaker.name or speaker.text, 60) if speaker else ""
    party = ann.party(speaker.party) if speaker else None
    if party and name and party.name != name:
        return f"{name} ({one_line(party.name, 40)})"
    return name or (one_line(party.name, 40) if party else "Unattributed")
