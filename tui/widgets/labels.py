"""Short labels for the status line, lists and palette: no widget imports, so the first
paint does not pay for the list widgets."""
from __future__ import annotations

from collections.abc import Mapping

from ..model import Annotations, Party, Quote, Source
from .safe import one_line


def parties_by_id(ann: Annotations) -> dict[str, Party]:
    """The parties by id: ``Annotations.party`` walks the list, which for each of a big
    article's thousands of items, over its thousands of parties, takes seconds."""
    return {p.id: p for p in ann.parties}


def speaker_label(quote: Quote, ann: Annotations,
                  parties: Mapping[str, Party] | None = None) -> str:
    """'Antony Blinken (United States)', or 'Unattributed'; safe, one line. ``parties``:
    ``parties_by_id(ann)``, when labelling many quotes."""
    speaker = quote.speaker
    name = one_line(speaker.name or speaker.text, 60) if speaker else ""
    if not speaker or not speaker.party:
        party = None
    else:
        party = parties.get(speaker.party) if parties is not None else ann.party(speaker.party)
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
