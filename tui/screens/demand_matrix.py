"""Who demands what of whom: a matrix of holders (rows) × targets (columns).

Each cell counts the holder's demands and rejections made of that target (``+2 −1``);
the ``—`` column holds those that name no target. A demand made of two parties counts
in both their columns. The highlighted cell's items are listed under the table; ``enter``
on a cell moves into that list, ``enter`` on an item closes the view and the reader jumps
to its evidence (the screen's result is the demand's id). ``t`` / ``T`` cycle the type
filter through the types the article has; the reader's demands panel follows it.

Imported when the key is first pressed (``ReaderScreen.action_demand_matrix``), never at
start-up: DataTable and this module's styles (``styles/matrix.tcss``) cost the first
frame nothing.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from ..model import Annotations, Demand
from ..resources import STYLES_DIR
from ..widgets.demand_list import UNATTRIBUTED, demand_prompt, type_order
from ..widgets.nav_list import NavList
from ..widgets.safe import one_line

NO_TARGET = ""  # the column key of demands that name no target, and the row of no party
NO_TARGET_LABEL = "—"
NAME_WIDTH = 18
CELL_WIDTH = 7  # "+12 −3"  # holder and target names are cut to this many cells
TITLE = "Who demands what of whom"
HINTS = "←→↑↓ move · enter items · t type · esc close"


@dataclass
class Matrix:
    """The counts behind the table: no Textual, so it is easy to check."""

    holders: list[str] = field(default_factory=list)   # party ids ("" = unattributed)
    targets: list[str] = field(default_factory=list)   # party ids ("" = none named)
    cells: dict[tuple[str, str], list[Demand]] = field(default_factory=dict)

    def items(self, holder: str, target: str) -> list[Demand]:
        return self.cells.get((holder, target), [])

    def counts(self, holder: str, target: str) -> tuple[int, int]:
        items = self.items(holder, target)
        demands = sum(1 for d in items if d.stance == "demand")
        return demands, len(items) - demands


def build_matrix(ann: Annotations, demand_type: str | None = None) -> Matrix:
    """Holders and targets in the article's party order; unattributed and "—" last."""
    known = {p.id for p in ann.parties}
    cells: dict[tuple[str, str], list[Demand]] = defaultdict(list)
    for d in ann.demands:
        if demand_type is not None and d.type != demand_type:
            continue
        holder = d.party if d.party in known else NO_TARGET
        for target in dict.fromkeys(d.targets) or [NO_TARGET]:
            cells[holder, target].append(d)
    for items in cells.values():
        items.sort(key=lambda d: (d.stance != "demand", d.start))
    holders = {h for h, _ in cells}
    targets = {t for _, t in cells}
    order = [p.id for p in ann.parties]
    # Targets the engine names that are not in the party list keep their first-seen order.
    extra = [t for t in dict.fromkeys(t for _, t in cells) if t not in known and t != NO_TARGET]
    return Matrix(
        holders=[h for h in order if h in holders] + ([NO_TARGET] if NO_TARGET in holders else []),
        targets=[t for t in order if t in targets] + extra
        + ([NO_TARGET] if NO_TARGET in targets else []),
        cells=dict(cells),
    )


def cell_text(demands: int, rejects: int) -> Text:
    """``+2 −1``; a dim dot when empty. Told by sign and style, not by colour alone."""
    if not demands and not rejects:
        return Text("·", style="dim", justify="center")
    text = Text(justify="center")
    if demands:
        text.append(f"+{demands}", style="bold")
    if rejects:
        if demands:
            text.append(" ")
        text.append(f"−{rejects}", style="italic")
    return text


class MatrixTable(DataTable):
    """The matrix: a cell cursor, with vi keys too."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("h", "cursor_left", "Left", show=False),
        Binding("l", "cursor_right", "Right", show=False),
    ]


class DemandMatrix(ModalScreen[str | None]):
    """Dismissed with the chosen demand's id, or None."""

    CSS_PATH = STYLES_DIR / "matrix.tcss"
    BINDINGS = [
        Binding("escape,m", "back", "Close", id="matrix.close",
                tooltip="Back to the matrix from its items; from the matrix, close it"),
        Binding("t", "cycle_type(1)", "Type", id="matrix.type",
                tooltip="Only one type of demand: cycle through the article's types, then all"),
        Binding("T", "cycle_type(-1)", "Prev type", show=False, id="matrix.type-back",
                tooltip="Cycle the type filter backwards"),
    ]

    def __init__(self, ann: Annotations, colors: dict[str, str],
                 demand_type: str | None = None, *,
                 on_type: Callable[[str | None], object] | None = None) -> None:
        super().__init__()
        self.ann = ann
        self.party_colors = colors
        self.types = type_order(d.type for d in ann.demands)
        self.demand_type = demand_type if demand_type in self.types else None
        self.on_type = on_type
        self.matrix = build_matrix(ann, self.demand_type)
        self.cell: tuple[str, str] | None = None  # the cell whose items are listed

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="matrix-box"):
            if not self.ann.demands:
                yield Static(Content("No demands or rejections were found in this article."),
                             id="matrix-empty")
                return
            yield MatrixTable(id="matrix-table", cursor_type="cell", zebra_stripes=True)
            yield Static(id="matrix-legend")
            yield NavList(id="matrix-items", pending="")

    def on_mount(self) -> None:
        self.show_title()
        if self.ann.demands:
            self.fill_table()
            self.table.focus()

    def legend(self) -> Content:
        parts: list[str | tuple[str, str]] = [
            ("rows", "bold"), " who demands · ", ("columns", "bold"), " of whom · ",
            ("+n", "bold"), " demands · ", ("−n", "italic"), " rejects",
        ]
        if NO_TARGET in self.matrix.targets:
            parts += [" · ", (NO_TARGET_LABEL, "bold"), " no target named"]
        return Content.assemble(*parts)

    def show_title(self) -> None:
        box = self.query_one("#matrix-box")
        kind = self.demand_type or "all"
        box.border_title = Content.assemble(TITLE, " · type: ", (one_line(kind, 20), "bold"))
        box.border_subtitle = HINTS if self.ann.demands else "esc close"

    @property
    def table(self) -> MatrixTable:
        return self.query_one("#matrix-table", MatrixTable)

    @property
    def item_list(self) -> NavList:
        return self.query_one("#matrix-items", NavList)

    def party_name(self, party_id: str, *, row: bool) -> tuple[str, str]:
        """The name shown for a holder (``row``) or target, and its style."""
        if party_id == NO_TARGET:
            return (UNATTRIBUTED if row else NO_TARGET_LABEL), "bold"
        party = self.ann.party(party_id)
        color = self.party_colors.get(party_id)
        return (one_line(party.name if party else party_id, NAME_WIDTH),
                f"bold {color}" if color else "bold")

    def party_label(self, party_id: str, *, row: bool) -> Text:
        """The table's row or column label: a Text, so the name is never read as markup."""
        text = Text()
        color = self.party_colors.get(party_id)
        if row and color:
            text.append("█ ", style=color)
        text.append(*self.party_name(party_id, row=row))
        return text

    def fill_table(self) -> None:
        """(Re)build the table for the current filter, keeping the cursor's cell if it stays."""
        keep = self.cell
        table = self.table
        table.clear(columns=True)
        m = self.matrix
        self.query_one("#matrix-legend", Static).update(self.legend())
        for target in m.targets:
            label = self.party_label(target, row=False)
            table.add_column(label, key=f"t:{target}", width=max(label.cell_len, CELL_WIDTH))
        for holder in m.holders:
            table.add_row(*(cell_text(*m.counts(holder, t)) for t in m.targets),
                          key=f"h:{holder}", label=self.party_label(holder, row=True))
        row, column = 0, 0
        if keep and keep[0] in m.holders and keep[1] in m.targets:
            row, column = m.holders.index(keep[0]), m.targets.index(keep[1])
        else:  # the first cell that has something
            row, column = next(((r, c) for r, h in enumerate(m.holders)
                                for c, t in enumerate(m.targets) if m.items(h, t)), (0, 0))
        table.move_cursor(row=row, column=column, animate=False)
        self.show_cell(m.holders[row], m.targets[column])

    # -- the cell's items ------------------------------------------------------------------

    def show_cell(self, holder: str, target: str) -> None:
        self.cell = (holder, target)
        demands, rejects = self.matrix.counts(holder, target)
        target_name = (("no target named", "italic") if target == NO_TARGET
                       else self.party_name(target, row=False))
        self.item_list.border_title = Content.assemble(
            self.party_name(holder, row=True), " → ", target_name,
            (f" · {demands} demand{'s' if demands != 1 else ''}, "
             f"{rejects} rejection{'s' if rejects != 1 else ''}", ""))
        items = self.matrix.items(holder, target)
        options = [Option(demand_prompt(d, self.ann, self.party_colors, indent=""), id=d.id)
                   for d in items]
        self.item_list.show_options(options, "Nothing here: move to a cell with a count.")

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        cell = self.key_cell(event.cell_key)
        if cell is not None and cell != self.cell:
            self.show_cell(*cell)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        cell = self.key_cell(event.cell_key)
        if cell is None:
            return
        if cell != self.cell:
            self.show_cell(*cell)
        if self.matrix.items(*cell):
            self.item_list.focus()
        else:
            self.notify("No demands or rejections in this cell.", timeout=2, markup=False)

    @staticmethod
    def key_cell(cell_key) -> tuple[str, str] | None:  # noqa: ANN001 (DataTable's CellKey)
        row, column = cell_key.row_key.value, cell_key.column_key.value
        if not (row and column and row.startswith("h:") and column.startswith("t:")):
            return None
        return row[2:], column[2:]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id and not self.item_list.empty:
            self.dismiss(option_id)

    # -- keys ------------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.ann.demands and self.focused is self.item_list:
            self.table.focus()
        else:
            self.dismiss(None)

    def action_cycle_type(self, delta: int) -> None:
        if not self.types:
            self.notify("No demands, so no types to filter by.", timeout=2, markup=False)
            return
        choices: list[str | None] = [None, *self.types]
        i = choices.index(self.demand_type) if self.demand_type in choices else 0
        self.set_type(choices[(i + delta) % len(choices)])

    def set_type(self, demand_type: str | None) -> None:
        self.demand_type = demand_type
        self.matrix = build_matrix(self.ann, demand_type)
        self.fill_table()
        self.show_title()
        if self.focused is not self.table:
            self.table.focus()
        if self.on_type is not None:
            self.on_type(demand_type)
