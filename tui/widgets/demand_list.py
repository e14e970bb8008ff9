"""Demands and rejections, grouped per party; each jumps to its evidence.

Each item reads ``+ demands [ceasefire] of Israel: an end to the blockade``: the stance,
the demand's type, whom it is made of (when the text names anyone) and its summary.
The list can be narrowed to one type (``show_demands(..., demand_type=...)``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Annotations, Demand, Party
from .labels import parties_by_id
from .lazy_heights import estimate_lines
from .nav_list import Deferred, Hanging, NavList, swatch
from .safe import one_line

UNATTRIBUTED = "Unattributed"
STANCE_MARK = {"demand": ("+ demands", "bold"), "reject": ("− rejects", "bold italic")}
# The engine's DEMAND_TYPES (tui.analysis.demands.types), in its order. Copied, not
# imported: importing the engine costs the UI process ~0.1 s (a test keeps them equal).
DEMAND_TYPES: tuple[str, ...] = (
    "ceasefire", "release", "policy", "negotiation", "withdrawal", "aid", "rights",
    "leadership", "sanctions", "investigation", "economic", "other",
)
MAX_TARGETS = 3  # named in an item; more are counted ("+2")


def type_order(types: Iterable[str]) -> list[str]:
    """The distinct types, in DEMAND_TYPES order (unknown ones last, alphabetically)."""
    rank = {t: i for i, t in enumerate(DEMAND_TYPES)}
    return sorted(set(types), key=lambda t: (rank.get(t, len(rank)), t))


def party_name(ann: Annotations | None, party_id: str, limit: int = 30,
               parties: Mapping[str, Party] | None = None) -> str:
    if parties is not None:
        party = parties.get(party_id)
    else:
        party = ann.party(party_id) if ann is not None else None
    return one_line(party.name if party else party_id, limit)


def targets_content(demand: Demand, ann: Annotations | None,
                    colors: dict[str, str] | None = None,
                    parties: Mapping[str, Party] | None = None) -> Content:
    """``Israel and Hamas``: whom the demand is made of, in their colours ("" if nobody)."""
    colors = colors or {}
    shown = demand.targets[:MAX_TARGETS]
    parts: list[str | tuple[str, str]] = []
    for i, pid in enumerate(shown):
        if i:
            parts.append(" and " if i == len(shown) - 1 and len(demand.targets) <= MAX_TARGETS
                         else ", ")
        color = colors.get(pid)
        parts.append((party_name(ann, pid, parties=parties),
                      f"bold {color}" if color else "bold"))
    if len(demand.targets) > MAX_TARGETS:
        parts.append(f" +{len(demand.targets) - MAX_TARGETS}")
    return Content.assemble(*parts)


def demand_prompt(demand: Demand, ann: Annotations | None = None,
                  colors: dict[str, str] | None = None, *, indent: str = "  ",
                  parties: Mapping[str, Party] | None = None) -> Hanging:
    """One item, wrapped to the list's width under its stance (never back to column 0)."""
    label, style = STANCE_MARK.get(demand.stance, ("·", ""))
    summary = one_line(demand.summary or demand.text, 140)
    parts: list[str | tuple[str, str] | Content] = [
        indent, (label, style), " ", (f"[{one_line(demand.type or 'other', 20)}]", "dim"),
    ]
    if demand.targets:
        parts += [" of ", targets_content(demand, ann, colors, parties)]
    parts += [": ", summary]
    return Hanging((Content.assemble(*parts), len(indent) + 2, None))


def demand_estimate(demand: Demand) -> Callable[[int], int]:
    """About the height of ``demand_prompt`` (stance, type, targets, summary)."""
    cells = 24 + 12 * min(len(demand.targets), MAX_TARGETS) + min(
        len(demand.summary or demand.text), 140)
    return lambda width: 1 if cells <= width else 1 + estimate_lines(cells - width, width - 4)


def demand_options(ann: Annotations, colors: dict[str, str],
                   demand_type: str | None = None) -> list[Option]:
    parties = parties_by_id(ann)
    groups: dict[str | None, list[Demand]] = defaultdict(list)
    for d in ann.demands:
        if demand_type is None or d.type == demand_type:
            groups[d.party if d.party in parties else None].append(d)
    order = [p.id for p in ann.parties if p.id in groups] + ([None] if None in groups else [])
    options: list[Option] = []
    for pid in order:
        party = parties.get(pid) if pid is not None else None
        name = one_line(party.name, 40) if party else UNATTRIBUTED
        color = colors.get(pid or "")
        header = Content.assemble(swatch(color), " ", (name, f"bold {color}" if color else "bold"))
        options.append(Option(header, id=f"-party-{pid}", disabled=True))
        demands = sorted(groups[pid], key=lambda d: (d.stance != "demand", d.start))
        # Built when shown (Deferred): a big article has thousands of demands.
        options.extend(Option(Deferred(partial(demand_prompt, d, ann, colors, parties=parties),
                                       demand_estimate(d)), id=d.id) for d in demands)
    return options


class DemandList(NavList):
    """Posts ``DemandList.Jump`` when an item is chosen."""

    class Jump(Message):
        def __init__(self, demand_id: str) -> None:
            super().__init__()
            self.demand_id = demand_id

    def show_demands(self, ann: Annotations, colors: dict[str, str],
                     demand_type: str | None = None) -> None:
        """The demands of ``ann`` (only those of ``demand_type`` if given)."""
        empty = (f"No demands or rejections of type “{one_line(demand_type, 20)}”."
                 if demand_type else "No demands or rejections found.")
        self.show_options(demand_options(ann, colors, demand_type), empty)
        self.border_title = (Content.assemble("Demands · ", (one_line(demand_type, 20), "bold"))
                             if demand_type else "Demands")

    def has_id(self, option_id: str) -> bool:
        try:
            self.get_option(option_id)
        except Exception:  # OptionDoesNotExist: filtered out
            return False
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty and not event.option.id.startswith("-"):
            self.post_message(self.Jump(event.option.id))
