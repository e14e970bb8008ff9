"""Demands and rejections, grouped per party; each jumps to its evidence."""
from __future__ import annotations

from collections import defaultdict

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Annotations, Demand
from .nav_list import NavList, swatch
from .safe import one_line

UNATTRIBUTED = "Unattributed"
STANCE_MARK = {"demand": ("+ demands", "bold"), "reject": ("− rejects", "bold italic")}


def demand_prompt(demand: Demand) -> Content:
    label, style = STANCE_MARK.get(demand.stance, ("·", ""))
    summary = one_line(demand.summary or demand.text, 140)
    return Content.assemble("  ", (label, style), " ", summary)


def demand_options(ann: Annotations, colors: dict[str, str]) -> list[Option]:
    groups: dict[str | None, list[Demand]] = defaultdict(list)
    for d in ann.demands:
        groups[d.party if ann.party(d.party) else None].append(d)
    order = [p.id for p in ann.parties if p.id in groups] + ([None] if None in groups else [])
    options: list[Option] = []
    for pid in order:
        party = ann.party(pid)
        name = one_line(party.name, 40) if party else UNATTRIBUTED
        color = colors.get(pid or "")
        header = Content.assemble(swatch(color), " ", (name, f"bold {color}" if color else "bold"))
        options.append(Option(header, id=f"-party-{pid}", disabled=True))
        demands = sorted(groups[pid], key=lambda d: (d.stance != "demand", d.start))
        options.extend(Option(demand_prompt(d), id=d.id) for d in demands)
    return options


class DemandList(NavList):
    """Posts ``DemandList.Jump`` when an item is chosen."""

    class Jump(Message):
        def __init__(self, demand_id: str) -> None:
            super().__init__()
            self.demand_id = demand_id

    def show_demands(self, ann: Annotations, colors: dict[str, str]) -> None:
        self.show_options(demand_options(ann, colors), "No demands or rejections found.")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty and not event.option.id.startswith("-"):
            self.post_message(self.Jump(event.option.id))
