"""Short labels for the status line, lists and palette: no widget imports, so the first
paint does not pay for the list widgets."""
from __future__ import annotations

from ..model import Annotations, Quote, Source
from .safe import one_line


def speaker_label(quote: Quote, ann: Annotations) -> str:
    """'Antony Blinken (United States)', or 'Unattributed'; safe, one line."""
    speaker = quote.speaker
    name = one_line(speaker.name or speaker.text, 60) if speaker else ""
    party = ann.party(speaker.party) if speaker else None
    if party and name and party.name != name:
        return f"{name} ({one_line(party.name, 40)})"
    return name or (one_line(party.name, 40) if party else "Unattributed")


def source_line(source: Source) -> str:
    """A web page's 'site · date · by byline · address' (safe, one line); "" for a file."""
    parts = [one_line(source.site, 40), one_line(source.date, 20)]
    if source.byline:
        parts.append("by " + one_line(source.byline, 40))
    if source.url:
        parts.append(one_line(source.url, 80))
    return " · ".join(p for p in parts if p)
