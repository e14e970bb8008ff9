"""The reader: one article with its article pane, highlights pane and demands panel.

The screen coordinates; widgets post messages up to it and never reach into each
other. Analysis runs in a thread so it never holds up the first paint.

Start-up is progressive: the first frame composes only what the article pane needs
(the article, the status line and the empty frame of the side column, so nothing moves
later). A small article's analysis lands while that frame waits for its refresh, so it
is painted with its highlights; the side panes and the Footer are mounted right after
(``Ready`` is posted once every region is painted). A big article paints as plain text
first, then the panes mount, then its highlights arrive. A huge one (more than
PROGRESSIVE_CHARS) shows the highlights of its opening first (``opening.py``: a few
screens, analysed in milliseconds), said to be partial in the status line, until the
whole article's analysis replaces them; nothing that acts on the annotations (the hooks
below, notes, export, the matrix) sees the partial ones.

Hooks for annotation features (notes, corrections, export)::

    screen = app.screen                      # a ReaderScreen
    screen.article                           # tui.ingest.Article shown
    screen.current_annotations               # tui.model.Annotations | None (None while analysing,
                                             # also while only the opening's are shown)
    screen.current_quote_id                  # id of the current quote, or None
    screen.current_quote                     # the Quote itself, or None
    screen.refresh_annotations(ann)          # repaint every pane after annotations change;
                                             # keeps the current quote and filter when still there
    screen.go_to_demand(demand_id)           # jump to a demand's evidence (demands panel, matrix)
    screen.demand_type                       # the demands panel's type filter, or None
    screen.AnnotationsShown                  # message posted after highlights are painted
    screen.Ready                             # message posted once all three regions are painted

The keys a, c, x and e are left free for those features; define
``action_note``/``action_correct_speaker``/``action_mark_wrong``/``action_export`` on
a subclass or the App and the command palette offers them (see ``reader_commands.py``).
"""
from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from ..ingest import Article, Inline
from ..model import Annotations, Party, Quote
from ..widgets.article_view import ArticleView
from ..widgets.colors import assign_colors
from ..widgets.labels import parties_by_id, source_line, speaker_label
from ..widgets.safe import one_line
from ..widgets.status_bar import StatusBar
from .navigation import QuoteCursor, SearchState

if TYPE_CHECKING:  # the panes' and search line's widgets are imported when first mounted
    from ..widgets.demand_list import DemandList
    from ..widgets.party_list import PartyList
    from ..widgets.quote_list import QuoteList
    from ..widgets.search_bar import SearchBar

Analyzer = Callable[[Article], Annotations]
NARROW_WIDTH = 110  # below this the side panes overlay the article, toggled with h/d
# Up to this size the analysis runs before the first paint (a few milliseconds: cheaper than
# painting the article twice); a bigger article is analysed in a thread, off the first paint.
SYNC_ANALYSIS_CHARS = 20_000
# Up to this size the side panes wait for the highlights before mounting (the analysis
# takes milliseconds); a bigger article gets its panes right after its first paint.
WAIT_FOR_HIGHLIGHTS_CHARS = 50_000
# Bigger than this (about a fifth of a second of analysis), an article's opening, about
# OPENING_CHARS (a dozen screens of a wide pane), is analysed and shown first.
PROGRESSIVE_CHARS = 200_000
OPENING_CHARS = 40_000


def default_analyzer(article: Article) -> Annotations:
    from ..analysis import analyze  # imported in the worker thread: off the first paint

    return analyze(article)


def by_prominence(ann: Annotations) -> list[Party]:
    """The parties, most prominent first: mentions, quotes (twice) and demands, then the
    engine's order. The first eight get the palette's colours; the parties pane lists
    them in this order, so it is the legend."""
    quotes = Counter(q.speaker.party for q in ann.quotes if q.speaker and q.speaker.party)
    demands = Counter(d.party for d in ann.demands)
    order = {p.id: i for i, p in enumerate(ann.parties)}
    return sorted(ann.parties, key=lambda p: (
        -(len(p.mentions) + 2 * quotes[p.id] + demands[p.id]), order[p.id]))


def copy_text(quote: Quote, ann: Annotations) -> str:
    """The quote as `y` copies it: “…” — Speaker (Party), *Article title*."""
    return (f"“{one_line(quote.text)}” — {speaker_label(quote, ann)}, "
            f"*{one_line(ann.source.title)}*")


class ReaderScreen(Screen):
    """Reads one article; the App keeps one ReaderScreen per open article."""

    BINDINGS = [
        Binding("n", "next", "Next", id="reader.next",
                tooltip="Next quote (next match while searching)"),
        Binding("p", "previous", "Prev", id="reader.previous",
                tooltip="Previous quote (previous match while searching)"),
        Binding("g", "first_quote", "First", show=False, id="reader.first",
                tooltip="First quote"),
        Binding("G", "last_quote", "Last", show=False, id="reader.last",
                tooltip="Last quote"),
        Binding("y", "copy", "Copy", show=False, id="reader.copy",
                tooltip="Copy the current quote with its speaker and the article's title "
                "(or the link shown) to the clipboard"),
        Binding("N", "previous_match", "Prev match", id="reader.previous-match",
                tooltip="Previous search match"),
        Binding("f", "filter", "Filter", id="reader.filter",
                tooltip="Show only one party's quotes (cycle; again past the last to clear)"),
        Binding("slash", "search", "Search", id="reader.search", tooltip="Search the article"),
        Binding("h", "toggle_highlights", "Highlights", id="reader.toggle-highlights",
                tooltip="Show or hide the parties and quotes pane"),
        Binding("d", "toggle_demands", "Demands", id="reader.toggle-demands",
                tooltip="Show or hide the demands panel"),
        Binding("m", "demand_matrix", "Matrix", id="reader.demand-matrix",
                tooltip="Who demands what of whom: holders × targets, filter by type"),
        Binding("escape", "clear", "Clear", show=False, id="reader.clear",
                tooltip="Close the side panes on a narrow terminal; clear the search, then "
                "the filter, then the demand type"),
    ]

    class AnnotationsShown(Message):
        """The highlights for the article are painted."""

    class PartialShown(Message):
        """The highlights of a huge article's opening are painted (the rest is analysing)."""

    class Ready(Message):
        """All three regions are painted: the article with its highlights (or the analysis
        failed), the highlights pane, the demands panel, and the Footer."""

    def __init__(self, article: Article, *, analyzer: Analyzer | None = None,
                 article_label: str = "", name: str | None = None) -> None:
        super().__init__(name=name)
        self.article = article
        self.analyzer = analyzer or default_analyzer
        self.article_label = article_label  # e.g. "1/3 Gaza truce talks"
        self.annotations: Annotations | None = None  # shown: the opening's while partial
        # While only the opening's highlights are shown: the share of the text they cover.
        self._partial: float | None = None
        self._last_status = ("", "")  # what the status line says, less the progress
        self.party_colors: dict[str, str] = {}
        self.parties: list[Party] = []  # most prominent first (by_prominence)
        # By id, for the status line at each step (Annotations.party walks the list).
        self._parties_by_id: dict[str, Party] = {}
        self.quote_cursor = QuoteCursor()
        self.search_state = SearchState()
        self._mention_step: dict[str, int] = {}
        self.demand_type: str | None = None  # the demands panel shows only this type
        self._focus_kind = "quote"  # what the article's current highlight is: quote/match/other
        self._narrow: bool | None = None
        self._panes: tuple[PartyList, QuoteList, DemandList] | None = None
        self._panes_mounted = False
        self._pane_message: str | None = None  # shown in the lists instead of items
        self._ready_posted = False
        self._settled: asyncio.Event | None = None  # set once the highlights are painted
        self._first_frame: asyncio.Event | None = None
        self._early_result: Callable[[], None] | None = None
        self._link: Inline | None = None  # the link shown in the status line
        self._palette_dark: bool | None = None  # which palette party_colors are from
        self._view: ArticleView
        self._status_bar: StatusBar

    # -- public hooks ----------------------------------------------------------------------

    @property
    def current_annotations(self) -> Annotations | None:
        return None if self._partial is not None else self.annotations

    @property
    def analysing(self) -> bool:
        """True until the whole article's annotations (or its failure) are in."""
        return (self.annotations is None or self._partial is not None) \
            and self._pane_message is None

    @property
    def current_quote(self) -> Quote | None:
        return self.quote_cursor.current

    @property
    def current_quote_id(self) -> str | None:
        quote = self.quote_cursor.current
        return quote.id if quote else None

    def refresh_annotations(self, ann: Annotations) -> None:
        """Show ``ann`` in every pane, keeping the current quote and filter if they survive."""
        self._show(ann, partial=None)

    def _show(self, ann: Annotations, partial: float | None) -> None:
        """Show ``ann``: the whole article's (``partial`` None) or its opening's, covering
        ``partial`` of the text."""
        current = self.quote_cursor.current
        first_time = self.annotations is None
        was_partial = self._partial is not None
        self.annotations = ann
        self._partial = partial
        self.parties = by_prominence(ann)
        self._parties_by_id = parties_by_id(ann)
        self._assign_colors()
        party = self.quote_cursor.party if ann.party(self.quote_cursor.party) else None
        if was_partial:
            # The opening's ids need not be the whole's: the quote is found by its place,
            # and a party filter or mention count is not carried over.
            party = None
            self._mention_step.clear()
        self.quote_cursor = QuoteCursor(list(ann.quotes), party)
        if current is not None and (was_partial or not self.quote_cursor.go_to(current.id)):
            # It is gone (marked wrong): the next quote takes its place, not the first.
            self.quote_cursor.go_near(current.start)
        self.article_view.show_annotations(ann, self.party_colors, no_color=self.app.no_color)
        self._pane_message = None
        if self._panes is not None:
            self._fill_panes()
        if was_partial and self._focus_kind == "quote":
            # The reader may have scrolled on while the rest was analysed: stay there.
            self._show_current_quote(reveal=False)
        elif not was_partial:
            self._show_current_quote(center=not first_time)
        else:  # on a mention, a demand, a match: it stays, and so does what the line says
            self._status(*self._last_status)
        if partial is None:
            self.call_after_refresh(self._annotations_painted)

    def _assign_colors(self) -> None:
        dark = self.app.current_theme.dark
        self._palette_dark = dark
        self.party_colors = assign_colors((p.id for p in self.parties), dark=dark,
                                          no_color=self.app.no_color)

    def _theme_changed(self, _theme: object) -> None:
        """A dark theme and a light one have different party colours: repaint with them."""
        if self.annotations is None or self.app.current_theme.dark == self._palette_dark:
            return
        self._assign_colors()
        self.article_view.show_annotations(self.annotations, self.party_colors,
                                           no_color=self.app.no_color)
        if self._panes is not None:
            self._fill_panes()

    def _annotations_painted(self) -> None:
        self.post_message(self.AnnotationsShown())
        # Queued behind the message, so whoever waits for it hears of it before the panes
        # start mounting.
        self.call_later(self._settle)
        if self._panes_mounted:
            self.call_later(self._post_ready)

    def _partial_painted(self) -> None:
        self.post_message(self.PartialShown())

    def _settle(self) -> None:
        if self._settled is not None:
            self._settled.set()

    def _post_ready(self) -> None:
        if not self._ready_posted:
            self._ready_posted = True
            self.post_message(self.Ready())

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame: the article and the lines around it, at their final sizes.
        # The panes and the Footer come with _mount_panes, once the article is painted.
        self._view = ArticleView(self.article, id="article")
        self._view.border_title = Content(one_line(self.article.source.title, 80))
        if self.article.source.format == "html":  # a web page: site · date · byline · URL
            self._view.border_subtitle = Content(source_line(self.article.source))
        self._status_bar = StatusBar(id="status")
        self._status("Analysing…")
        if len(self.article.text) <= self.sync_analysis_chars:
            # Before the widgets mount, so their first paint already has the highlights.
            self._analyse_now()
        with Horizontal(id="body"):
            yield self._view
            yield Vertical(id="sidebar")
        yield self._status_bar
        yield Static(id="footer-space")

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.article.notice:
            self.notify(one_line(self.article.notice), title="Encoding", markup=False)
        self._view.focus()
        self._settled = asyncio.Event()
        self._first_frame = asyncio.Event()
        self.call_after_refresh(self._first_frame.set)
        if self._early_result is not None:
            self._early_result()
        elif self.annotations is None and self._pane_message is None:
            self.analyse()
        self._mount_panes()

    @work(group="panes", exclusive=True)
    async def _mount_panes(self) -> None:
        """Mount the side panes and the Footer after the article's first paint."""
        assert self._settled is not None and self._first_frame is not None
        if len(self.article.text) <= WAIT_FOR_HIGHLIGHTS_CHARS:
            await self._settled.wait()
        else:
            await self._first_frame.wait()
        from ..widgets.demand_list import DemandList
        from ..widgets.footer import ReaderFooter
        from ..widgets.party_list import PartyList
        from ..widgets.quote_list import QuoteList

        parties, quotes, demands = PartyList(id="parties"), QuoteList(id="quotes"), \
            DemandList(id="demands")
        parties.border_title = "Parties"
        quotes.border_title = "Quotes"
        demands.border_title = "Demands"
        self._panes = (parties, quotes, demands)
        # Filled before they mount, so that they are painted once, with their items.
        if self.annotations is not None:
            self._fill_panes()
        elif self._pane_message:
            self._show_pane_message(self._pane_message)
        footer = ReaderFooter(compact=True)
        # The Footer composes its keys when told the bindings are ready, which otherwise
        # happens only at the next change of focus: tell it before it mounts.
        footer.bindings_changed(self)
        async with self.batch():  # no frame until the panes and the Footer are all in
            await self.query_one("#sidebar").mount(Vertical(parties, quotes, id="highlights"),
                                                    demands)
            await self.query_one("#footer-space").remove()
            await self.mount(footer)
        self._panes_mounted = True
        if not self.analysing:
            self.call_after_refresh(self._post_ready)

    @property
    def has_panes(self) -> bool:
        """True once the lists of the highlights pane and the demands panel exist (they are
        filled from then on, whether or not they have finished mounting)."""
        return self._panes is not None

    @property
    def panes_mounted(self) -> bool:
        """True once the highlights pane, the demands panel and the Footer are mounted."""
        return self._panes_mounted

    def _fill_panes(self) -> None:
        ann = self.annotations
        assert ann is not None
        self.party_list.show_parties(self.parties, self.party_colors)
        self._fill_demands()
        self._show_quote_list()
        quote = self.quote_cursor.current
        if quote is not None:
            self.quote_list.select_id(quote.id)

    # The lists (see has_panes).
    @property
    def party_list(self) -> PartyList:
        assert self._panes is not None
        return self._panes[0]

    @property
    def quote_list(self) -> QuoteList:
        assert self._panes is not None
        return self._panes[1]

    @property
    def demand_list(self) -> DemandList:
        assert self._panes is not None
        return self._panes[2]

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_class(narrow, "-narrow")
            # Wide: the panes the user keeps shown (all, at first). Narrow: the panes
            # share the width with the article only while opened.
            settings = getattr(self.app, "settings", None)
            self.set_class(narrow or (settings is not None and not settings.show_highlights),
                           "-hide-highlights")
            self.set_class(narrow or (settings is not None and not settings.show_demands),
                           "-hide-demands")

    @property
    def article_view(self) -> ArticleView:
        return self._view

    # -- analysis --------------------------------------------------------------------------

    sync_analysis_chars = SYNC_ANALYSIS_CHARS

    def _analyse_now(self) -> None:
        try:
            ann = self.analyzer(self.article)
        except Exception as exc:  # the engine failing must not take the reader down
            reason = f"{type(exc).__name__}: {exc}"
            self._pane_message = "Analysis failed; the article is shown as plain text."
            self._early_result = partial(self._analysis_failed, reason)  # notify once mounted
            return
        self.refresh_annotations(ann)

    progressive_chars = PROGRESSIVE_CHARS
    opening_chars = OPENING_CHARS

    def shows_partial_annotations(self) -> bool:
        """Whether a huge article's opening may be shown first (see the module's docs)."""
        return len(self.article.text) > self.progressive_chars

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        try:
            if self.shows_partial_annotations():
                self._analyse_opening()
            ann = self.analyzer(self.article)
        except Exception as exc:  # the engine failing must not take the reader down
            self.app.call_from_thread(self._analysis_failed, f"{type(exc).__name__}: {exc}")
            return
        self.app.call_from_thread(self.refresh_annotations, ann)

    def _analyse_opening(self) -> None:
        """In the analysis thread: analyse the opening and show it, unless the whole
        article's annotations are in by then. Its failure is not the article's."""
        from ..ingest.opening import covered, opening

        part = opening(self.article, self.opening_chars)
        if part is None:
            return
        try:
            ann = self.analyzer(part)
        except Exception:  # noqa: BLE001 - the whole article's analysis decides
            return
        self.app.call_from_thread(self._show_opening, ann, covered(part, self.article))

    def _show_opening(self, ann: Annotations, share: float) -> None:
        if not self.analysing:  # the whole article's annotations, or its failure, came first
            return
        self._show(ann, partial=share)
        self.call_after_refresh(self._partial_painted)

    def _analysis_failed(self, reason: str) -> None:
        if self._partial is not None:  # the opening's highlights are not the article's
            self._withdraw_partial()
        self._pane_message = "Analysis failed; the article is shown as plain text."
        if self._panes is not None:
            self._show_pane_message(self._pane_message)
        if self._panes_mounted:
            self.call_after_refresh(self._post_ready)
        self._status("Analysis failed")
        self.notify(one_line(reason, 200), title="Analysis failed", severity="error",
                    markup=False)
        self._settle()

    def _withdraw_partial(self) -> None:
        self.annotations, self._partial = None, None
        self.quote_cursor = QuoteCursor()
        self.article_view.show_annotations(Annotations(self.article.source, self.article.text,
                                                       list(self.article.blocks)), {})
        self.article_view.set_current(None)

    def _show_pane_message(self, message: str) -> None:
        for lst in (self.party_list, self.quote_list, self.demand_list):
            lst.show_message(message)

    # -- quotes ----------------------------------------------------------------------------

    def action_next(self) -> None:
        if self.search_state.active and self.search_state.matches:
            self._step_match(1)
        else:
            self._step_quote(1)

    def action_previous(self) -> None:
        if self.search_state.active and self.search_state.matches:
            self._step_match(-1)
        else:
            self._step_quote(-1)

    def action_previous_quote(self) -> None:
        self._step_quote(-1)

    def action_first_quote(self) -> None:
        self._step_quote(-len(self.quote_cursor.visible) or -1, quiet=True)

    def action_last_quote(self) -> None:
        self._step_quote(len(self.quote_cursor.visible) or 1, quiet=True)

    def _step_quote(self, delta: int, quiet: bool = False) -> None:
        if self.annotations is None:
            self.notify("Still analysing the article…", markup=False)
            return
        if not self.quote_cursor.visible:
            self.notify(self._no_quotes_message(), markup=False)
            return
        if quiet:  # g/G: straight to the first or last
            self.quote_cursor.position = 0 if delta < 0 else len(self.quote_cursor.visible) - 1
        elif self._focus_kind != "quote" and self._jump_from_elsewhere(delta):
            return
        elif not self.quote_cursor.step(delta):
            if delta > 0 and self._partial is not None:
                self.notify("Still analysing the rest of the article…", timeout=2,
                            markup=False)
            else:
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

    def _show_current_quote(self, *, center: bool = True, reveal: bool = True) -> None:
        quote = self.quote_cursor.current
        self._focus_kind = "quote"
        self._link = None
        view = self.article_view
        if quote is None:
            view.set_current(None)
            self._status(self._no_quotes_message())
            return
        # The article last: asked for in this order, the repaints of the list and the status
        # line reach the screen before the scroll does, and one frame paints them all. The
        # other way round, a frame often came between them (two a step, ~1 ms more).
        if self._panes is not None:
            self.quote_list.select_id(quote.id)
        self._status_quote()
        view.set_current((quote.start, quote.end))
        if reveal:
            self._reveal((quote.start, quote.end), center=center)

    def _reveal(self, span: tuple[int, int], *, center: bool = True) -> None:
        """Scroll the article to ``span`` now (one frame, not two, per step) if it has been
        laid out, and again after the next refresh, which is a no-op unless the layout moved."""
        view = self.article_view
        if view.size.width:
            view.reveal(span, center=center)
        self.call_after_refresh(view.reveal, span, center=center)

    def _status_quote(self) -> None:
        quote = self.quote_cursor.current
        if quote is None or self.annotations is None:
            return
        visible = self.quote_cursor.visible
        position = f"Quote {self.quote_cursor.position + 1}/{len(visible)}"
        detail = speaker_label(quote, self.annotations, self._parties_by_id)
        party = self._parties_by_id.get(self.quote_cursor.party or "")
        if party:
            detail += f" · filter: {party.name}"
        self._status(position, detail)

    # -- clicks, links, copy ----------------------------------------------------------------

    def on_article_view_clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a quote makes it current; on a link, shows where it goes."""
        ann = self.annotations
        quote = None
        if ann is not None:
            quote = next((q for q in ann.quotes if q.start <= event.offset < q.end), None)
        if quote is not None:
            self.go_to_quote(quote.id)
            return
        link = self.article_view.link_at(event.offset)
        if link is not None:
            self.show_link(link)

    @property
    def links(self) -> list[Inline]:
        return [i for i in self.article.inline if i.kind == "link"]

    def show_link(self, link: Inline) -> None:
        """Make a link the current item and show its target (sanitised) in the status line;
        `y` copies it. Links are never handed to the terminal as links."""
        self._go_to_span((link.start, link.end), "link")
        self._link = link
        self._status("Link", f"{one_line(link.target, 200) or '(no target)'}  (y copies it)")

    def action_copy(self) -> None:
        if self._focus_kind == "link" and self._link is not None:
            self.app.copy_to_clipboard(one_line(self._link.target))
            self.notify("Copied the link's target", timeout=2, markup=False)
            return
        quote, ann = self.quote_cursor.current, self.current_annotations
        if quote is None or ann is None:
            # While only the opening is analysed, its attribution may yet change: not copied.
            self.notify(self._no_quotes_message() if ann else "Still analysing the article…",
                        markup=False)
            return
        self.app.copy_to_clipboard(copy_text(quote, ann))
        self.notify(f"Copied quote {self.quote_cursor.position + 1} with its attribution",
                    timeout=2, markup=False)

    def _no_quotes_message(self) -> str:
        party = self.annotations.party(self.quote_cursor.party) if self.annotations else None
        partial = self._partial is not None  # the rest of the article may have some
        if party:
            return f"No quotes by {one_line(party.name, 40)}" + (" so far" if partial else "")
        return "No quotes found so far" if partial else "No quotes found in this article"

    def _show_quote_list(self) -> None:
        ann = self.annotations
        if ann is None or self._panes is None:
            return
        self.quote_list.show_quotes(self.quote_cursor.visible, ann, self.party_colors,
                                              self._no_quotes_message() + ".")

    def on_quote_list_jump(self, event: QuoteList.Jump) -> None:
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
        if focused is not None and focused.id == "parties" and focused.highlighted_party:  # type: ignore[attr-defined]
            chosen = focused.highlighted_party  # type: ignore[attr-defined]
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

    def on_party_list_jump(self, event: PartyList.Jump) -> None:
        self.jump_to_party(event.party_id)

    def jump_to_party(self, party_id: str) -> None:
        """Go to the party's next mention (cycling), and select it in the list."""
        party = self.annotations.party(party_id) if self.annotations else None
        if party is None:
            return
        if self._panes is not None:
            self.party_list.select_id(party_id)
        if not party.mentions:
            self.notify(f"{one_line(party.name, 40)} has no marked mentions.", markup=False)
            return
        step = self._mention_step.get(party_id, -1) + 1
        step %= len(party.mentions)
        self._mention_step[party_id] = step
        mention = party.mentions[step]
        self._go_to_span((mention.start, mention.end), "party")
        self._status(f"Mention {step + 1}/{len(party.mentions)}", party.name)

    def on_demand_list_jump(self, event: DemandList.Jump) -> None:
        self.go_to_demand(event.demand_id)

    def go_to_demand(self, demand_id: str) -> None:
        """Jump the article to the demand's evidence and select it in the demands panel."""
        ann = self.annotations
        demand = next((d for d in ann.demands if d.id == demand_id), None) if ann else None
        if demand is None:
            return
        if self._panes is not None:
            self.demand_list.select_id(demand_id)
        self._go_to_span((demand.start, demand.end), "demand")
        party = ann.party(demand.party)
        who = party.name if party else (demand.holder.name or "Unattributed")
        verb = "demands" if demand.stance == "demand" else "rejects"
        self._status("Evidence", f"{who} {verb}: {demand.summary or demand.text}")

    def set_demand_type(self, demand_type: str | None) -> None:
        """Show only demands of ``demand_type`` in the demands panel (None: all)."""
        if demand_type == self.demand_type:
            return
        self.demand_type = demand_type
        if self.annotations is not None and self._panes is not None:
            self._fill_demands()

    def _fill_demands(self) -> None:
        assert self.annotations is not None
        self.demand_list.show_demands(self.annotations, self.party_colors, self.demand_type)

    def action_demand_matrix(self) -> None:
        """Open the matrix of who demands what of whom (its code is imported now)."""
        ann = self.current_annotations  # not the opening's alone: the matrix is the article's
        if ann is None:
            self.notify(self._pane_message or "Still analysing the article…", markup=False)
            return
        from .demand_matrix import DemandMatrix

        def done(demand_id: str | None) -> None:
            if demand_id:
                self.go_to_demand(demand_id)

        self.app.push_screen(DemandMatrix(ann, self.party_colors, self.demand_type,
                                          on_type=self.set_demand_type), done)

    def _go_to_span(self, span: tuple[int, int], kind: str) -> None:
        self._focus_kind = kind
        self._link = None
        view = self.article_view
        view.set_current(span)
        self._reveal(span)
        self._narrow_close_panes()

    # -- search ----------------------------------------------------------------------------

    async def action_search(self) -> None:
        if not self.query("#search"):
            # Mounted on first use: an Input is not worth its start-up cost.
            from ..widgets.search_bar import SearchBar

            await self.mount(SearchBar(id="search"), before=self._status_bar)
        self.search_bar.open()

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search")  # type: ignore[return-value]

    def on_search_bar_changed(self, event: SearchBar.Changed) -> None:
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

    def on_search_bar_step(self, event: SearchBar.Step) -> None:
        self._step_match(event.delta)

    def on_search_bar_done(self) -> None:
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
        self._reveal(match)

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
        if self.has_class("-narrow") and not (self.has_class("-hide-highlights")
                                              and self.has_class("-hide-demands")):
            self._narrow_close_panes()
        elif self.search_state.active or (self.query("#search") and self.search_bar.display):
            self.clear_search()
        elif self.quote_cursor.party is not None:
            self.set_filter(None)
        elif self.demand_type is not None:
            self.set_demand_type(None)
            self.notify("Showing demands of every type", timeout=2, markup=False)

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
        remember = getattr(self.app, "remember", None)
        if remember is not None and not self.has_class("-narrow"):  # kept for next time
            field = "show_highlights" if hidden_class == "-hide-highlights" else "show_demands"
            remember(**{field: not hiding})
        self._keep_current_in_view()
        focused = self.focused
        if not hiding:
            if self._panes_mounted:
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
            self._keep_current_in_view()

    def _keep_current_in_view(self) -> None:
        """The article is wrapped anew when a pane opens or closes beside it: once it is,
        scroll the current item back into the middle."""
        current = self.article_view.current
        if current is not None:
            self.call_after_refresh(self.article_view.reveal, current)

    # -- status ----------------------------------------------------------------------------

    def _status(self, position: str, detail: str = "") -> None:
        self._last_status = (position, detail)
        progress = ""
        if self._partial is not None:
            progress = f"analysing… highlights so far: the first {self._partial:.0%}"
        self._status_bar.show(position, detail, self.article_label, progress=progress)
