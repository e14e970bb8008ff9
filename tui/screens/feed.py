"""The feed screen: a feed's items (title, site, date, read or not); ``enter`` reads one.

An item's page is fetched and its article extracted in a worker thread while a progress
bar shows how much has arrived; then the item opens in a reader (``FeedArticleReader``)
pushed over this screen. In that reader ``]`` and ``[`` read the next and the previous
item (back here while they load, so the progress shows), ``backspace`` (or ``esc`` when
there is nothing to clear) returns to the list. An item is "read" once its page is in the
cache. A page that fails (unreachable, an error, no article in it) is a notification; the
list stays.

Everything shown comes from the feed or the page: untrusted, so sanitised and never
markup (``widgets/safe.py``).
"""
from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..ingest import Article, IngestError
from ..ingest.feeds import Feed, FeedItem
from ..resources import STYLES_DIR
from ..widgets.nav_list import NavList
from ..widgets.safe import one_line
from .annotating_reader import AnnotatingReader


def item_prompt(number: int, item: FeedItem, read: bool) -> Table:
    """'● 3  Title' over 'Site · 2024-01-02 · read', the title wrapping under itself; the
    dot marks an item not read yet. Rich Text (never markup): the strings are the feed's."""
    where = [one_line(x, 60) for x in (item.site, item.date) if x] + (["read"] if read else [])
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=5, no_wrap=True, justify="right")
    grid.add_column(ratio=1)
    mark = Text.assemble(("  " if read else "● ", "bold"), (str(number), "dim"))
    grid.add_row(mark, Text.assemble((one_line(item.title, 300), "" if read else "bold"),
                                     "\n", (" · ".join(where), "dim")))
    return grid


class FeedList(NavList):
    """The items: j/k and the arrows move, enter opens."""


class FeedScreen(Screen):
    # Parsed when a feed is opened, never at the reader's start-up (as NavList's panes.tcss).
    DEFAULT_CSS = (STYLES_DIR / "feed.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False
    BINDINGS = [
        Binding("right_square_bracket", "step(1)", "Next", key_display="]", id="feed.next",
                tooltip="Next item"),
        Binding("left_square_bracket", "step(-1)", "Prev", key_display="[", id="feed.previous",
                tooltip="Previous item"),
    ]

    class Ready(Message):
        """The list is painted (the App resumes garbage collection on it)."""

    def __init__(self, feed: Feed, *, notes_dir: str | None = None, max_mb: float | None = None,
                 offline: bool = False) -> None:
        super().__init__()
        from ..ingest import DEFAULT_MAX_MB, cache

        self.feed = feed
        self.notes_dir = notes_dir
        self.max_mb = max_mb or DEFAULT_MAX_MB
        self.offline = offline
        self.read = {i for i, item in enumerate(feed.items) if cache.has(item.link)}
        self.articles: dict[int, Article] = {}  # the items read in this session
        self.wanted: int | None = None  # the item being fetched, if any

    def compose(self) -> ComposeResult:
        n = len(self.feed.items)
        yield Static(Content.assemble((one_line(self.feed.title, 80), "bold"),
                                      (f"  {n} item{'' if n == 1 else 's'}", "$text-muted")),
                     id="feed-title")
        yield FeedList(id="feed-items", pending="")
        with Horizontal(id="feed-progress"):
            yield ProgressBar(total=None, show_eta=False, id="feed-bar")
            yield Static(id="feed-status", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        items = self.query_one(FeedList)
        items.show_options([Option(item_prompt(i + 1, it, i in self.read), id=str(i))
                            for i, it in enumerate(self.feed.items)],
                           "This feed has no items with a web address.")
        items.focus()
        for notice in self.feed.notices:
            self.notify(one_line(notice, 300), title="Feed", severity="warning", markup=False)
        self.call_after_refresh(self.post_message, self.Ready())

    @property
    def item_list(self) -> FeedList:
        return self.query_one(FeedList)

    # -- moving and opening ------------------------------------------------------------------

    def action_step(self, delta: int) -> None:
        lst = self.item_list
        if lst.empty:
            return
        current = lst.highlighted if lst.highlighted is not None else -delta
        lst.highlighted = max(0, min(len(self.feed.items) - 1, current + delta))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id.isdigit():
            self.open_item(int(event.option.id))

    def open_item(self, index: int) -> None:
        """Read item ``index``: from memory if read this session, else fetched (in a thread)."""
        if not 0 <= index < len(self.feed.items):
            where = "last" if index >= len(self.feed.items) else "first"
            self.notify(f"This is the {where} item of the feed.", timeout=2, markup=False)
            return
        if self.app.screen is not self:  # back to the list: it shows what is loading
            self.app.pop_screen()
        self.item_list.highlighted = index
        if index in self.articles:
            self._show(index)
            return
        self.wanted = index
        self._progress(index, 0, None)
        self._fetch(index)

    @work(thread=True, exclusive=True, group="fetch", exit_on_error=False)
    def _fetch(self, index: int) -> None:
        item = self.feed.items[index]
        worker = get_current_worker()

        def progress(received: int, expected: int | None) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, index, received, expected)

        try:
            article = self.load_item(item, progress)
        except IngestError as exc:
            result: Any = str(exc)
        except Exception as exc:  # noqa: BLE001 - a page must never take the reader down
            result = f"{item.link}: could not be read ({type(exc).__name__}: {exc})"
        else:
            result = article
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, index, result)

    def load_item(self, item: FeedItem, progress: Any = None) -> Article:
        """The item's page as an Article (runs in the worker thread)."""
        from ..ingest.fetch import check_url
        from ..ingest.sources import open_url

        check_url(item.link)  # the feed was checked; a link is followed only for http(s)
        source = open_url(item.link, max_mb=self.max_mb, offline=self.offline, progress=progress)
        if isinstance(source, Feed):
            raise IngestError(f"{item.link}: is a feed, not an article page")
        return source

    def _progress(self, index: int, received: int, expected: int | None) -> None:
        """Show how much of item ``index`` has arrived (an unknown total: indeterminate)."""
        if index != self.wanted:
            return
        box = self.query_one("#feed-progress")
        box.display = True
        bar = self.query_one(ProgressBar)
        bar.update(total=expected, progress=received)
        size = f" ({received / 1024:.0f} KB)" if received else ""
        done = expected is not None and received >= expected
        what = "Extracting the article from" if done else "Fetching" if received else "Opening"
        title = one_line(self.feed.items[index].title, 60)
        self.query_one("#feed-status", Static).update(f"{what} “{title}”{size}…")

    def _loaded(self, index: int, result: Article | str) -> None:
        if index != self.wanted:
            return  # the user asked for another item meanwhile
        self.wanted = None
        self.query_one("#feed-progress").display = False
        if isinstance(result, str):
            self.notify(one_line(result, 300), title="Could not open the item",
                        severity="error", timeout=10, markup=False)
            return
        self.articles[index] = result
        self._show(index)

    def _show(self, index: int) -> None:
        if index not in self.read:
            self.read.add(index)
            self.item_list.replace_option_prompt(str(index), item_prompt(
                index + 1, self.feed.items[index], True))
        label = f"{index + 1}/{len(self.feed.items)} {one_line(self.feed.items[index].site, 40)}"
        self.app.push_screen(FeedArticleReader(self.articles[index], feed_screen=self,
                                               index=index, article_label=label.strip(),
                                               notes_dir=self.notes_dir))


class FeedArticleReader(AnnotatingReader):
    """A feed's item in the reader: ``]`` / ``[`` read the next and previous item."""

    BINDINGS = [
        Binding("right_square_bracket", "item(1)", "Next item", key_display="]",
                id="feed.next-item", tooltip="Read the feed's next item"),
        Binding("left_square_bracket", "item(-1)", "Prev item", key_display="[", show=False,
                id="feed.previous-item", tooltip="Read the feed's previous item"),
        Binding("backspace", "back", "Feed", key_display="⌫", id="feed.back",
                tooltip="Back to the feed's items"),
    ]

    def __init__(self, article: Article, *, feed_screen: FeedScreen, index: int,
                 **kwargs: Any) -> None:
        super().__init__(article, **kwargs)
        self.feed_screen = feed_screen
        self.index = index

    def action_item(self, delta: int) -> None:
        self.feed_screen.open_item(self.index + delta)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_clear(self) -> None:
        """esc clears the search, filter or type as in any reader; with none, goes back."""
        before = self._clearable()
        super().action_clear()
        if self._clearable() == before:
            self.action_back()

    def _clearable(self) -> tuple[object, ...]:
        bar = self.query("#search")
        return (self.search_state.active, bool(bar) and bar.first().display,
                self.quote_cursor.party, self.demand_type)
