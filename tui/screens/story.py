"""The story screen: the story's parties, each with its demands and rejections over time.

Left, the parties heard in the story (most demands first: ``+`` demands, ``−``
rejections, ``q`` quotes). Right, for the highlighted party: a small plot of its demands
(above the axis) and rejections (below) per day of the story, then one of three views:

- ``d`` **demands over time** (the default): each demand or rejection with the date it
  first appears, the dates it is repeated, and whether it was met with a rejection or
  dropped; ``enter`` opens the article at its first statement;
- ``w`` **who said what**: the party's quotes by speaker across the articles, by date;
  ``enter`` opens the article at the quote;
- ``m`` **matrix**: who demands what of whom over the whole story (holders × targets).

``b`` goes back to the library. Names and words are from the articles: Text, never markup.
"""
from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Footer, OptionList, Static
from textual.widgets.option_list import Option

from ..library.stories import NO_TARGET, Story, Thread
from ..resources import STYLES_DIR
from ..widgets.safe import one_line

DEMAND = "green"
REJECT = "red"
PLOT_ROWS = 3  # rows above the axis (demands), and as many below (rejections)
MATRIX_PARTIES = 12


def day_plot(days: list[tuple[str, int, int]], rows: int = PLOT_ROWS) -> Text:
    """Bars per day: demands up, rejections down, one column per date of the story
    (wider columns when the story has few dates)."""
    top = max((n for _, n, _ in days), default=0)
    low = max((r for _, _, r in days), default=0)
    scale = max(top, low, 1)
    width = max(2, min(8, 64 // max(len(days), 1)))  # cells per date
    bar, gap = "█" * (width - 1), " "

    def height(count: int) -> int:  # a day with any counts at least one row
        return 0 if count == 0 else max(1, round(count * rows / scale))

    label_w = 10
    out = Text()
    for level in range(rows, 0, -1):
        label = f"+{scale}" if level == rows else ""
        out.append(f"{label:>{label_w - 1}} ", style="dim")
        for _, n, _ in days:
            out.append((bar if height(n) >= level else " " * (width - 1)) + gap, style=DEMAND)
        out.append("\n")
    out.append(" " * label_w + ("┼" + "─" * (width - 1)) * len(days) + "\n", style="dim")
    for level in range(1, rows + 1):
        label = f"−{scale}" if level == rows else ""
        out.append(f"{label:>{label_w - 1}} ", style="dim")
        for _, _, r in days:
            out.append((bar if height(r) >= level else " " * (width - 1)) + gap, style=REJECT)
        out.append("\n")
    if days:
        first, last = days[0][0], days[-1][0]
        axis = " " * label_w + first
        end = label_w + width * len(days)
        if last != first and end - len(axis) > len(last):
            axis += " " * (end - len(axis) - len(last)) + last
        out.append(axis, style="dim")
    return out


def thread_prompt(story: Story, t: Thread, width: int = 110) -> Text:
    """Three lines, each at most width cells: when and what; its fate; where first said."""
    sign, verb = ("+", "demands") if t.stance == "demand" else ("−", "rejects")
    out = Text()
    out.append(f"{t.first}  ", style="bold")
    out.append(f"{sign} {verb} ", style=DEMAND if t.stance == "demand" else REJECT)
    out.append(f"[{one_line(t.type, 14)}] ", style="dim")
    if t.targets:
        out.append("of " + one_line(", ".join(story.name_of(k) for k in t.targets), 40) + ": ")
    out.append(one_line(t.summary, max(width - out.cell_len, 10)))
    fate = []
    if t.repeated:
        fate.append("repeated " + ", ".join(t.repeated))
    for key, r in t.rejected_by:
        fate.append(f"met with a rejection by {story.name_of(key)} {r.date}")
    if t.dropped_after:
        fate.append(f"dropped after {t.dropped_after}")
    if not fate:
        fate.append("once")
    first = t.occurrences[0]
    a = story.article(first.article_id)
    where = f"{a.site or 'no site'} #{a.id} {a.title}"
    out.append("\n            " + one_line(" · ".join(fate), width - 12), style="italic")
    out.append("\n            " + one_line(f"{where} — “{first.text}”", width - 12), style="dim")
    return out


class StoryScreen(Screen):
    CSS_PATH = STYLES_DIR / "story.tcss"
    BINDINGS = [
        Binding("d", "view('story-demands')", "Demands", id="story.demands",
                tooltip="The party's demands and rejections over time"),
        Binding("w", "view('story-quotes')", "Who said what", id="story.quotes",
                tooltip="The party's quotes by speaker across the articles"),
        Binding("m", "view('story-matrix')", "Matrix", id="story.matrix",
                tooltip="Who demands what of whom over the whole story"),
        Binding("g", "suggest", "Suggest", id="story.suggest",
                tooltip="Articles of the library that share the story's parties; enter adds one"),
        Binding("tab", "focus_next", "Next pane", show=False),
    ]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.party_key: str | None = None
        self.parties = story.active_parties()

    def compose(self) -> ComposeResult:
        yield Static(id="story-title")
        with Horizontal(id="story-body"):
            yield OptionList(id="story-parties")
            with Vertical(id="story-main"):
                yield Static(id="story-plot")
                with ContentSwitcher(initial="story-demands", id="story-views"):
                    yield OptionList(id="story-demands")
                    yield OptionList(id="story-quotes")
                    yield DataTable(id="story-matrix", cursor_type="cell")
        yield Footer()

    def on_mount(self) -> None:
        s = self.story
        dates = [d for d in s.dates]
        span = dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"
        sources = ", ".join(f"{n} from the {src}" for src, n in s.date_sources().most_common())
        title = Text("Story: ", style="bold")
        title.append(one_line(s.name, 50), style="bold")
        title.append(f"  {len(s.articles)} articles, {span} · dates: {one_line(sources)}")
        self.query_one("#story-title", Static).update(title)
        plist = self.query_one("#story-parties", OptionList)
        plist.border_title = "Parties"
        for p in self.parties:
            threads = s.threads_of(p.key)
            d = sum(len(t.occurrences) for t in threads if t.stance == "demand")
            r = sum(len(t.occurrences) for t in threads if t.stance == "reject")
            label = Text(one_line(p.name, 18))
            label.append(f"  +{d} −{r} q{len(s.quotes_of(p.key))}", style="dim")
            plist.add_option(Option(label, id=p.key))
        self._fill_matrix()
        if self.parties:
            plist.highlighted = 0
            self.show_party(self.parties[0].key)
        else:
            self.query_one("#story-plot", Static).update(
                Text("No party demands, rejects or is quoted in this story.", style="dim"))
        plist.focus()
        for problem in s.problems:
            self.notify(one_line(problem), severity="warning", markup=False)

    # -- the highlighted party -----------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#story-parties")
    def _party_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self.show_party(event.option.id)

    @on(OptionList.OptionSelected, "#story-parties")
    def _party_selected(self) -> None:
        views = self.query_one("#story-views", ContentSwitcher)
        if views.current:
            self.query_one(f"#{views.current}").focus()

    @property
    def text_width(self) -> int:
        """Cells for a line in the lists on the right: the screen less the party list, the
        borders, padding and scrollbar (so no line wraps)."""
        return max(40, self.app.size.width - 34 - 6)

    def show_party(self, key: str) -> None:
        if key == self.party_key:
            return
        self.party_key = key
        s = self.story
        party = s.parties.party(key)
        plot = Text()
        plot.append(one_line(party.name if party else key, 40), style="bold")
        where = f"  · in {len(party.articles) if party else 0} articles"
        room = self.text_width - plot.cell_len - len(where) - 8
        if party and party.aliases and room > 10:  # one line: the plot keeps its rows
            plot.append("  also " + one_line(", ".join(party.aliases[:5]), room), style="dim")
        plot.append(where + "\n")
        plot.append_text(day_plot(s.per_day(key)))
        self.query_one("#story-plot", Static).update(plot)
        demands = self.query_one("#story-demands", OptionList)
        demands.clear_options()
        threads = sorted(s.threads_of(key), key=lambda t: (t.first, t.stance != "demand"))
        demands.border_title = f"Demands and rejections over time ({len(threads)})"
        for t in threads:
            demands.add_option(Option(thread_prompt(s, t, self.text_width), id=t.id))
        if threads:
            demands.highlighted = 0
        else:
            demands.add_option(Option(Text("No demands or rejections.", style="dim"),
                                      disabled=True))
        quotes = self.query_one("#story-quotes", OptionList)
        quotes.clear_options()
        mine = sorted(s.quotes_of(key), key=lambda q: (q.speaker.casefold(), q.date))
        quotes.border_title = f"Who said what ({len(mine)} quotes)"
        speaker = None
        for i, q in enumerate(mine):
            if q.speaker != speaker:
                speaker = q.speaker
                quotes.add_option(Option(Text(one_line(speaker or "unnamed", 60), style="bold"),
                                         disabled=True))
            line = Text(f"  {q.date}  ", style="dim")
            line.append(one_line(q.quote.text, max(self.text_width - 32, 20)))
            a = s.article(q.article_id)
            line.append(one_line(f"  #{a.id} {a.site}", 30), style="dim")
            quotes.add_option(Option(line, id=f"q{i}:{q.article_id}:{q.quote.id}"))
        if mine:
            quotes.highlighted = 1  # the first quote, under its speaker's name
        else:
            quotes.add_option(Option(Text("No quotes.", style="dim"), disabled=True))

    def _fill_matrix(self) -> None:
        s = self.story
        table = self.query_one("#story-matrix", DataTable)
        table.border_title = "Who demands what of whom (+ demands −rejections)"
        holders = [p.key for p in self.parties if any(h == p.key for h, _ in s.matrix)]
        holders = holders[:MATRIX_PARTIES]
        counts: dict[str, int] = {}
        for (_h, t), items in s.matrix.items():
            counts[t] = counts.get(t, 0) + len(items)
        targets = sorted((t for t in counts if t != NO_TARGET), key=lambda t: -counts[t])
        targets = targets[:MATRIX_PARTIES - 1] + ([NO_TARGET] if NO_TARGET in counts else [])
        table.add_column(Text("holder \\ of"), key="holder", width=18)
        for t in targets:
            table.add_column(Text(one_line(s.name_of(t) if t else "— none", 10)), key=t or "-",
                             width=10)
        for h in holders:
            cells: list[Text] = [Text(one_line(s.name_of(h), 18))]
            for t in targets:
                items = s.matrix.get((h, t), [])
                d = sum(1 for o in items if o.demand.stance == "demand")
                r = len(items) - d
                cell = Text()
                if d:
                    cell.append(f"+{d}", style=DEMAND)
                if r:
                    cell.append((" " if d else "") + f"−{r}", style=REJECT)
                cells.append(cell if d or r else Text("·", style="dim"))
            table.add_row(*cells, key=h)

    # -- views and jumps -----------------------------------------------------------------

    def action_view(self, view: str) -> None:
        self.query_one("#story-views", ContentSwitcher).current = view
        self.query_one(f"#{view}").focus()

    def action_suggest(self) -> None:
        from ..dialogs.story_name import SuggestionPicker
        from ..library.stories import suggest

        lib = getattr(self.app, "library", None)
        if lib is None:
            return
        found = [(r.id, f"{r.date or 'undated'}  {r.title}", names)
                 for r, names, _score in suggest(lib, self.story.name)]
        if not found:
            self.notify("No other article of the library shares this story's parties.",
                        markup=False)
            return

        def done(article_id: int | None) -> None:
            if article_id is not None:
                lib.story_add(self.story.name, [article_id])
                self.app.reopen_story(self.story.name)  # type: ignore[attr-defined]

        self.app.push_screen(SuggestionPicker(self.story.name, found), done)

    @on(OptionList.OptionSelected, "#story-demands")
    def _open_demand(self, event: OptionList.OptionSelected) -> None:
        t = next((t for t in self.story.threads if t.id == event.option.id), None)
        if t is not None:
            first = t.occurrences[0]
            self.app.open_article(first.article_id, demand_id=first.demand.id)  # type: ignore[attr-defined]

    @on(OptionList.OptionSelected, "#story-quotes")
    def _open_quote(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            _, article_id, quote_id = event.option.id.split(":", 2)
            self.app.open_article(int(article_id), quote_id=quote_id)  # type: ignore[attr-defined]
