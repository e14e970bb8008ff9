"""The parties: colour swatch, kind, mention count and members."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Party
from .lazy_heights import estimate_lines
from .nav_list import Deferred, Hanging, NavList, swatch
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


def party_estimate(party: Party) -> Callable[[int], int]:
    """About the height of ``party_prompt``: name, kind and mentions, members."""
    cells = min(len(party.name), 60) + 2
    members = min(sum(len(m.name) + 2 for m in party.members[:20]), 200) + 2

    def estimate(width: int) -> int:
        name = 1 if cells <= width else 2
        rest = 0 if not party.members else min(estimate_lines(members, width - 2), 2)
        return name + 1 + rest

    return estimate


class PartyList(NavList):
    """Posts ``PartyList.Jump`` when a party is chosen; ``f`` here filters to it."""

    class Jump(Message):
        def __init__(self, party_id: str) -> None:
            super().__init__()
            self.party_id = party_id

    def show_parties(self, parties: list[Party], colors: dict[str, str]) -> None:
        # Built when shown (Deferred): a big article has thousands of parties.
        options = [Option(Deferred(partial(party_prompt, p, colors.get(p.id)),
                                   party_estimate(p)), id=p.id) for p in parties]
        self.show_options(options, "No parties found in this article.")

    @property
    def highlighted_party(self) -> str | None:
        option = self.highlighted_option
        return None if self.empty or option is None else option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty:
            self.post_message(self.Jump(event.option.id))
