"""The reader: one article with its article pane, highlights pane and demands panel.

The screen coordinates; widgets post messages up to it and never reach into each
other. Analysis runs in a thread so the plain article paints first, then the
highlights arrive.

Hooks for annotation features (notes, corrections, export)::

    screen = app.screen                      # a ReaderScreen
    screen.article                           # tui.ingest.Article shown
    screen.current_annotations               # tui.model.Annotations | None (None while analysing)
    screen.current_quote_id                  # id of the current quote, or None
    screen.current_quote                     # the Quote itself, or None
    screen.refresh_annotations(ann)          # repaint every pane after annotations change;
                                             # keeps the current quote and filter when still there
    screen.AnnotationsShown                  # message posted after highlights are painted

The keys a, c, x and e are left free for those features; define
``action_note``/``action_correct_speaker``/``action_mark_wrong``/``action_export`` on
a subclass or the App and the command palette offers them (see ``tui/commands.py``).
"""
from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from ..colors import assign_colors
from ..ingest import Article
from ..model import Annotations, Quote
from ..widgets.article_view import ArticleView
from ..widgets.demand_list import DemandList
from ..widgets.party_list import PartyList
from ..widgets.quote_list import QuoteList, speaker_label
from ..widgets.safe import one_line
from ..widgets.search_bar import SearchBar
from ..widgets.status_bar import StatusBar
from .navigation import QuoteCursor, SearchState

Analyzer = Callable[[Article], Annotations]
NARROW_WIDTH = 110  # below this the side panes overlay the article, toggled with h/d


def default_analyzer(article: Article) -> Annotations:
    from ..analysis import analyze  # imported in the worker thread: off the first paint

    return analyze(article)


class ReaderScreen(Screen):
    """Reads one article; the App keeps one ReaderScreen per open article."""

    BINDINGS = [
        Binding("n", "next", "Next", id="reader.next",
                tooltip="Next quote (next match while searching)"),
        Binding("p", "previous_quote", "Prev", id="reader.previous",
                tooltip="Previous quote"),
        Binding("N", "previous_match", "Prev match", id="reader.previous-match",
                tooltip="Previous search match"),
        Binding("f", "filter", "Filter", id="reader.filter",
                tooltip="Show only one party's quotes (cycle; again past the last to clear)"),
        Binding("slash", "search", "Search", id="reader.search", tooltip="Search the article"),
        Binding("h", "toggle_highlights", "Highlights", id="reader.toggle-highlights",
                tooltip="Show or hide the parties and quotes pane"),
        Binding("d", "toggle_demands", "Demands", id="reader.toggle-demands",
                tooltip="Show or hide the demands panel"),
        Binding("escape", "clear", "Clear", show=False, id="reader.clear",
                tooltip="Clear the search, then the filter"),
    ]

    class AnnotationsShown(Message):
        """The highlights for the article are painted."""

    def __init__(self, article: Article, *, analyzer: Analyzer | None = None,
                 article_label: str = "", name: str | None = None) -> None:
        super().__init__(name=name)
        self.article = article
        self.analyzer = analyzer or default_analyzer
        self.article_label = article_label  # e.g. "1/3 Gaza truce talks"
        self.annotations: Annotations | None = None
        self.party_colors: dict[str, str] = {}
        self.quote_cursor = QuoteCursor()
        self.search_state = SearchState()
        self._mention_step: dict[str, int] = {}
        self._focus_kind = "quote"  # what the article's current highlight is: quote/match/other
        self._narrow: bool | None = None

    # -- public hooks ----------------------------------------------------------------------

    @property
    def current_annotations(self) -> Annotations | None:
        return self.annotations

    @property
    def current_quote(self) -> Quote | None:
        return self.quote_cursor.current

    @property
    def current_quote_id(self) -> str | None:
        quote = self.quote_cursor.current
        return quote.id if quote else None

    def refresh_annotations(self, ann: Annotations) -> None:
        """Show ``ann`` in every pane, keeping the current quote and filter if they survive."""
        keep_id = self.current_quote_id
        first_time = self.annotations is None
        self.annotations = ann
        self.party_colors = assign_colors(p.id for p in ann.parties)
        party = self.quote_cursor.party if ann.party(self.quote_cursor.party) else None
        self.quote_cursor = QuoteCursor(list(ann.quotes), party)
        if keep_id:
            self.quote_cursor.go_to(keep_id)
        self.article_view.show_annotations(ann, self.party_colors)
        self.query_one(PartyList).show_parties(ann.parties, self.party_colors)
        self.query_one(DemandList).show_demands(ann, self.party_colors)
        self._show_quote_list()
        self._show_current_quote(center=not first_time)
        self.call_after_refresh(self.post_message, self.AnnotationsShown())

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield ArticleView(self.article, id="article")
            with Vertical(id="sidebar"):
                with Vertical(id="highlights"):
                    yield PartyList(id="parties")
                    yield QuoteList(id="quotes")
                yield DemandList(id="demands")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        view = self.article_view
        view.border_title = Content(one_line(self.article.source.title, 80))
        self.query_one("#parties").border_title = "Parties"
        self.query_one("#quotes").border_title = "Quotes"
        self.query_one("#demands").border_title = "Demands"
        self._status("Analysing…")
        if self.article.notice:
            self.notify(one_line(self.article.notice), title="Encoding", markup=False)
        view.focus()
        self.analyse()

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_class(narrow, "-narrow")
            # Wide: everything shows. Narrow: panes are overlays, opened on request.
            self.set_class(narrow, "-hide-highlights")
            self.set_class(narrow, "-hide-demands")

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    # -- analysis --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        try:
            ann = self.analyzer(self.article)
        except Exception as exc:  # the engine failing must not take the reader down
            self.app.call_from_thread(self._analysis_failed, f"{type(exc).__name__}: {exc}")
            return
        self.app.call_from_thread(self.refresh_annotations, ann)

    def _analysis_failed(self, reason: str) -> None:
        for lst in (self.query_one(PartyList), self.query_one(QuoteList),
                    self.query_one(DemandList)):
            lst.show_message("Analysis failed; the article is shown as plain text.")
        self._status("Analysis failed")
        self.notify(one_line(reason, 200), title="Analysis failed", severity="error",
                    markup=False)

    # -- quotes ----------------------------------------------------------------------------

    def action_next(self) -> None:
        if self.search_state.active and self.search_state.matches:
            self._step_match(1)
        else:
            self._step_quote(1)

    def action_previous_quote(self) -> None:
        self._step_quote(-1)

    def _step_quote(self, delta: int) -> None:
        if self.annotations is None:
            self.notify("Still analysing the article…", markup=False)
            return
        if not self.quote_cursor.visible:
            self.notify(self._no_quotes_message(), markup=False)
            return
        if self._focus_kind != "quote" and self._jump_from_elsewhere(delta):
            return
        if not self.quote_cursor.step(delta):
            where = "last" if delta > 0 else "first"
            self.notify(f"This is the {where} quote.", timeout=2, markup=False)
        self._show_current_quote()

    def _jump_from_elsewhere(self, delta: int) -> bool:
        """After jumping to a mention or demand, n/p continue from that place."""
        current = self.article_view.current
        if current is None:
            return False
        visible = self.quote_cursor.visible
        if delta > 0:
            after = [i for i, q in enumerate(visible) if q.start > current[0]]
            target = after[0] if after else None
        else:
            before = [i for i, q in enumerate(visible) if q.start < current[0]]
            target = before[-1] if before else None
        if target is None:
            return False
        self.quote_cursor.position = target
        self._show_current_quote()
        return True

    def _show_current_quote(self, *, center: bool = True) -> None:
        quote = self.quote_cursor.current
        self._focus_kind = "quote"
        view = self.article_view
        if quote is None:
            view.set_current(None)
            self._status(self._no_quotes_message())
            return
        view.set_current((quote.start, quote.end))
        self.call_after_refresh(view.reveal, (quote.start, quote.end), center=center)
        self.query_one(QuoteList).select_id(quote.id)
        self._status_quote()

    def _status_quote(self) -> None:
        quote = self.quote_cursor.current
        if quote is None or self.annotations is None:
            return
        visible = self.quote_cursor.visible
        position = f"Quote {self.quote_cursor.position + 1}/{len(visible)}"
        detail = speaker_label(quote, self.annotations)
        party = self.annotations.party(self.quote_cursor.party)
        if party:
            detail += f" · filter: {party.name}"
        self._status(position, detail)

    def _no_quotes_message(self) -> str:
        party = self.annotations.party(self.quote_cursor.party) if self.annotations else None
        if party:
            return f"No quotes by {one_line(party.name, 40)}"
        return "No quotes found in this article"

    def _show_quote_list(self) -> None:
        ann = self.annotations
        if ann is None:
            return
        self.query_one(QuoteList).show_quotes(self.quote_cursor.visible, ann, self.party_colors,
                                              self._no_quotes_message() + ".")

    @on(QuoteList.Jump)
    def _jump_to_quote(self, event: QuoteList.Jump) -> None:
        self.go_to_quote(event.quote_id)

    def go_to_quote(self, quote_id: str) -> None:
        """Make ``quote_id`` current (clearing a filter that hides it) and show it."""
        if not self.quote_cursor.go_to(quote_id):
            if not any(q.id == quote_id for q in self.quote_cursor.quotes):
                return
            self.quote_cursor.set_filter(None)
            self._show_quote_list()
            self.quote_cursor.go_to(quote_id)
        self._show_current_quote()
        self._narrow_close_panes()

    # -- filter ----------------------------------------------------------------------------

    def action_filter(self) -> None:
        """Cycle through the parties that have quotes; past the last, clear.

        In the parties list, filter to the highlighted party instead (again to clear).
        """
        if self.annotations is None:
            return
        parties = self.quote_cursor.parties_with_quotes()
        focused = self.focused
        if isinstance(focused, PartyList) and focused.highlighted_party:
            chosen = focused.highlighted_party
            target = None if self.quote_cursor.party == chosen else chosen
        elif not parties:
            self.notify("No quote is attributed to a party, so there is nothing to filter by.",
                        markup=False)
            return
        elif self.quote_cursor.party in parties:
            i = parties.index(self.quote_cursor.party) + 1
            target = parties[i] if i < len(parties) else None
        else:
            target = parties[0]
        self.set_filter(target)

    def set_filter(self, party_id: str | None) -> None:
        self.quote_cursor.set_filter(party_id)
        self._show_quote_list()
        self._show_current_quote()
        party = self.annotations.party(party_id) if self.annotations else None
        message = f"Showing only quotes by {party.name}" if party else "Showing all quotes"
        self.notify(one_line(message, 80), timeout=2, markup=False)

    # -- parties and demands ---------------------------------------------------------------

    @on(PartyList.Jump)
    def _jump_to_party(self, event: PartyList.Jump) -> None:
        self.jump_to_party(event.party_id)

    def jump_to_party(self, party_id: str) -> None:
        """Go to the party's next mention (cycling), and select it in the list."""
        party = self.annotations.party(party_id) if self.annotations else None
        if party is None:
            return
        self.query_one(PartyList).select_id(party_id)
        if not party.mentions:
            self.notify(f"{one_line(party.name, 40)} has no marked mentions.", markup=False)
            return
        step = self._mention_step.get(party_id, -1) + 1
        step %= len(party.mentions)
        self._mention_step[party_id] = step
        mention = party.mentions[step]
        self._go_to_span((mention.start, mention.end), "party")
        self._status(f"Mention {step + 1}/{len(party.mentions)}", party.name)

    @on(DemandList.Jump)
    def _jump_to_demand(self, event: DemandList.Jump) -> None:
        ann = self.annotations
        demand = next((d for d in ann.demands if d.id == event.demand_id), None) if ann else None
        if demand is None:
            return
        self._go_to_span((demand.start, demand.end), "demand")
        party = ann.party(demand.party)
        who = party.name if party else (demand.holder.name or "Unattributed")
        verb = "demands" if demand.stance == "demand" else "rejects"
        self._status("Evidence", f"{who} {verb}: {demand.summary or demand.text}")

    def _go_to_span(self, span: tuple[int, int], kind: str) -> None:
        self._focus_kind = kind
        view = self.article_view
        view.set_current(span)
        self.call_after_refresh(view.reveal, span)
        self._narrow_close_panes()

    # -- search ----------------------------------------------------------------------------

    async def action_search(self) -> None:
        if not self.query(SearchBar):
            # Mounted on first use: an Input is not worth its start-up cost.
            await self.mount(SearchBar(id="search"), before=self.query_one(StatusBar))
        self.search_bar.open()

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        self.run_search(event.query)

    def run_search(self, query: str) -> None:
        view = self.article_view
        from .navigation import find_matches

        self.search_state.query = query
        self.search_state.matches = find_matches(view.text, query)
        view.set_search(self.search_state.matches)
        anchor = view.current[0] if view.current else 0
        match = self.search_state.first_from(anchor)
        if match:
            self._go_to_match(match)
        self._search_count()

    @on(SearchBar.Step)
    def _search_step(self, event: SearchBar.Step) -> None:
        self._step_match(event.delta)

    @on(SearchBar.Done)
    def _search_done(self) -> None:
        if not self.search_state.active:
            self.search_bar.display = False
        self.article_view.focus()

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, delta: int) -> None:
        match = self.search_state.step(delta)
        if match:
            self._go_to_match(match)
        self._search_count()

    def _go_to_match(self, match: tuple[int, int]) -> None:
        self._focus_kind = "match"
        view = self.article_view
        view.set_current(match)
        self.call_after_refresh(view.reveal, match)

    def _search_count(self) -> None:
        s = self.search_state
        self.search_bar.show_count(s.position, len(s.matches), s.query)
        if s.query:
            total = len(s.matches)
            where = f"Match {s.position + 1}/{total}" if total else "No matches"
            self._status(where, f"“{s.query}”")

    def clear_search(self) -> None:
        bar = self.search_bar
        bar.input.value = ""  # posts Changed(""), which clears the highlights
        self.search_state = SearchState()
        self.article_view.set_search([])
        bar.show_count(-1, 0, "")
        bar.display = False
        self._show_current_quote(center=False)

    def action_clear(self) -> None:
        if self.search_state.active or (self.query(SearchBar) and self.search_bar.display):
            self.clear_search()
        elif self.quote_cursor.party is not None:
            self.set_filter(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "previous_match":
            return self.search_state.active
        return True

    # -- panes -----------------------------------------------------------------------------

    def action_toggle_highlights(self) -> None:
        self._toggle_pane("-hide-highlights", "#quotes")

    def action_toggle_demands(self) -> None:
        self._toggle_pane("-hide-demands", "#demands")

    def _toggle_pane(self, hidden_class: str, focus_id: str) -> None:
        hiding = not self.has_class(hidden_class)
        self.set_class(hiding, hidden_class)
        focused = self.focused
        if not hiding:
            self.query_one(focus_id).focus()
        elif focused is not None and focused.id in ("parties", "quotes", "demands") \
                and not self._pane_visible(focused.id):
            self.article_view.focus()

    def _pane_visible(self, widget_id: str) -> bool:
        if widget_id == "demands":
            return not self.has_class("-hide-demands")
        return not self.has_class("-hide-highlights")

    def _narrow_close_panes(self) -> None:
        """On a narrow terminal the panes cover the article: close them after a jump."""
        if self.has_class("-narrow"):
            self.add_class("-hide-highlights", "-hide-demands")
            self.article_view.focus()

    # -- status ----------------------------------------------------------------------------

    def _status(self, position: str, detail: str = "") -> None:
        self.query_one(StatusBar).show(position, detail, self.article_label)
