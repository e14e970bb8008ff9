"""The parties: colour swatch, kind, mention count and members."""
from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Party
from .nav_list import Hanging, NavList, swatch
from .safe import one_line


def party_prompt(party: Party, color: str | None) -> Hanging:
    """Its swatch and name (in its colour: the legend of the article's colours), kind and
    mentions, members."""
    count = len(party.mentions)
    name = Content.assemble(swatch(color), " ",
                            (one_line(party.name, 60), f"bold {color}" if color else "bold"))
    about = Content.styled(f"  {party.kind} · {count} mention{'s' if count != 1 else ''}",
                           "dim")
    paragraphs: list[tuple[Content, int, int | None]] = [(name, 2, 2), (about, 4, 1)]
    if party.members:
        names = ", ".join(one_line(m.name, 30) for m in party.members)
        paragraphs.append((Content("  " + one_line(names, 200)), 2, 2))
    return Hanging(*paragraphs)


class PartyList(NavList):
    """Posts ``PartyList.Jump`` when a party is chosen; ``f`` here filters to it."""

    class Jump(Message):
        def __init__(self, party_id: str) -> None:
            super().__init__()
            self.party_id = party_id

    def show_parties(self, parties: list[Party], colors: dict[str, str]) -> None:
        options = [Option(party_prompt(p, colors.get(p.id)), id=p.id) for p in parties]
        self.show_options(options, "No parties found in this article.")

    @property
    def highlighted_party(self) -> str | None:
        option = self.highlighted_option
        return None if self.empty or option is None else option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty:
            self.post_message(self.Jump(event.option.id))
