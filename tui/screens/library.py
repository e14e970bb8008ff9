"""The library screen: every kept article with its title, site, date, parties, quote and
demand counts; full-text search; a party filter; stories.

``/`` searches (SQLite FTS5: words, "phrases", OR, NOT, pre*), ``esc`` clears the search
and the filter; ``p`` moves to the party list, where ``enter`` filters by that party;
``enter`` on an article opens it in the reader (``b`` there comes back); ``s`` adds the
highlighted article to a story; ``o`` lists the stories, ``enter`` opens one.

Everything shown comes from outside (titles, sites, party names): Text, never markup.
"""
from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..library.db import SNIPPET_CLOSE, SNIPPET_OPEN, ArticleRow, Library
from ..widgets.safe import one_line

ALL_PARTIES = "\x00all"  # the option id of "every party" (no party name has a NUL)
PARTY_LIMIT = 60


def snippet_text(snippet: str) -> Text:
    """A search snippet with its hits in bold, literally otherwise."""
    out = Text()
    for i, part in enumerate(snippet.replace(SNIPPET_CLOSE, SNIPPET_OPEN).split(SNIPPET_OPEN)):
        out.append(one_line(part), style="bold reverse" if i % 2 else "")
    return out


class LibraryScreen(Screen):
    # Its styles (styles/library.tcss) are the LibraryApp's: the bottom screen's own
    # CSS_PATH is not loaded by Textual 8.2.8.
    BINDINGS = [
        Binding("slash", "search", "Search", id="library.search",
                tooltip="Full-text search over the library"),
        Binding("p", "parties", "Parties", id="library.parties",
                tooltip="Filter by party: move to the party list"),
        Binding("s", "add_to_story", "Add to story", id="library.add-to-story",
                tooltip="Add the highlighted article to a story"),
        Binding("o", "stories", "Stories", id="library.stories",
                tooltip="List the stories; enter opens one"),
        Binding("escape", "clear", "Clear", show=False, id="library.clear",
                tooltip="Clear the search, then the party filter"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.query_text = ""
        self.party: str | None = None
        self.rows: list[ArticleRow] = []
        self.snippets: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        yield Input(placeholder="Search the library: words, \"phrases\", OR, NOT, pre*  (/)",
                    id="library-search")
        with Horizontal(id="library-body"):
            yield OptionList(id="library-parties")
            with Vertical(id="library-main"):
                yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="library-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#library-table", DataTable)
        table.add_column("#", key="id", width=4)
        table.add_column("date", key="date", width=10)
        table.add_column("site", key="site", width=14)
        table.add_column("title", key="title", width=44)
        table.add_column("q", key="q", width=3)
        table.add_column("d", key="d", width=3)
        table.add_column("parties", key="parties")
        parties = self.query_one("#library-parties", OptionList)
        parties.border_title = "Parties"
        self._fill_parties()
        self.refresh_rows()
        table.focus()
        if self.library.problem:
            self.notify(one_line(self.library.problem), severity="warning", timeout=15,
                        markup=False)

    # -- filling -------------------------------------------------------------------------

    def _fill_parties(self) -> None:
        parties = self.query_one("#library-parties", OptionList)
        parties.clear_options()
        parties.add_option(Option(Text("every party"), id=ALL_PARTIES))
        for name, n in self.library.parties()[:PARTY_LIMIT]:
            label = Text(one_line(name, 22))
            label.append(f" {n}", style="dim")
            parties.add_option(Option(label, id=name))

    def refresh_rows(self) -> None:
        if self.query_text:
            hits = self.library.search(self.query_text, limit=500)
            self.snippets = {h.article.id: h.snippet for h in hits}
            rows = [h.article for h in hits]
            if self.party:
                keep = {r.id for r in self.library.articles(party=self.party)}
                rows = [r for r in rows if r.id in keep]
        else:
            self.snippets = {}
            rows = self.library.articles(party=self.party)
        self.rows = rows
        table = self.query_one("#library-table", DataTable)
        table.clear()
        for r in rows:
            table.add_row(Text(str(r.id), justify="right"), Text(r.date or "undated"),
                          Text(one_line(r.site or "—", 14)), Text(one_line(r.title, 44)),
                          Text(str(r.quotes), justify="right"),
                          Text(str(r.demands), justify="right"),
                          Text(one_line(", ".join(r.parties[:4]), 60)), key=str(r.id))
        self._title()
        self._detail()

    def _title(self) -> None:
        total = self.library.count()
        line = Text("Library", style="bold")
        line.append(f"  {len(self.rows)} of {total} articles", style="")
        if self.query_text:
            line.append("  · search: ")
            line.append(one_line(self.query_text, 40), style="bold")
        if self.party:
            line.append("  · party: ")
            line.append(one_line(self.party, 30), style="bold")
        stories = self.library.stories()
        if stories:
            line.append(f"  · {len(stories)} stor{'y' if len(stories) == 1 else 'ies'} (o)",
                        style="dim")
        self.query_one("#library-title", Static).update(line)

    def current_row(self) -> ArticleRow | None:
        table = self.query_one("#library-table", DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def _detail(self) -> None:
        detail = self.query_one("#library-detail", Static)
        row = self.current_row()
        if row is None:
            detail.update(Text("No article matches." if self.library.count()
                               else "The library is empty: newsreader library add PATH…",
                               style="dim"))
            return
        out = Text()
        out.append(one_line(row.title), style="bold")
        out.append("\n")
        when = f"{row.date} (from the {row.date_source})" if row.date else "undated"
        out.append(one_line(f"{row.site or 'no site'} · {when} · {row.location}"), style="dim")
        if row.byline:
            out.append(one_line(f" · by {row.byline}"), style="dim")
        stories = self.library.stories_of(row.id)
        if stories:
            out.append("\nstories: " + one_line(", ".join(stories)))
        if row.id in self.snippets:
            out.append("\n")
            out.append_text(snippet_text(self.snippets[row.id]))
        detail.update(out)

    # -- events --------------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#library-table")
    def _highlighted(self) -> None:
        self._detail()

    @on(DataTable.RowSelected, "#library-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.open_article(int(event.row_key.value))  # type: ignore[attr-defined]

    @on(Input.Submitted, "#library-search")
    def _search(self, event: Input.Submitted) -> None:
        self.query_text = event.value.strip()
        self.refresh_rows()
        self.query_one("#library-table", DataTable).focus()

    @on(OptionList.OptionSelected, "#library-parties")
    def _party(self, event: OptionList.OptionSelected) -> None:
        self.party = None if event.option.id == ALL_PARTIES else event.option.id
        self.refresh_rows()
        self.query_one("#library-table", DataTable).focus()

    def action_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def action_parties(self) -> None:
        self.query_one("#library-parties", OptionList).focus()

    def action_clear(self) -> None:
        search = self.query_one("#library-search", Input)
        if self.query_text or search.value:
            search.value = ""
            self.query_text = ""
        elif self.party:
            self.party = None
        else:
            return
        self.refresh_rows()
        self.query_one("#library-table", DataTable).focus()

    def action_add_to_story(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from ..dialogs.story_name import StoryNameDialog

        def done(name: str | None) -> None:
            if name:
                n = self.library.story_add(name, [row.id])
                self.notify(one_line(f"{'added to' if n else 'already in'} the story {name}"),
                            markup=False)
                self._title()
                self._detail()

        self.app.push_screen(StoryNameDialog([n for n, _ in self.library.stories()]), done)

    def action_stories(self) -> None:
        from ..dialogs.story_name import StoryPicker

        stories = self.library.stories()
        if not stories:
            self.notify("No stories yet: s adds the highlighted article to one.", markup=False)
            return

        def done(name: str | None) -> None:
            if name:
                self.app.open_story(name)  # type: ignore[attr-defined]

        self.app.push_screen(StoryPicker(stories), done)
