"""`newsreader library`: the library screen, the story screen, and the reader on top.

The library screen is the bottom screen. ``enter`` on an article pushes the reader (with
the user's notes, like ``newsreader PATH``) on the stored text and analysis; from the
story screen the reader opens at the demand or quote chosen. ``b`` goes back one screen.
"""
from __future__ import annotations

import os

from textual import on
from textual.app import App
from textual.binding import Binding

from .library.db import Library, LibraryError
from .resources import STYLES_DIR
from .screens.library import LibraryScreen
from .screens.reader import ReaderScreen
from .widgets.safe import one_line

DEFAULT_THEME = "textual-dark"


class LibraryApp(App[int]):
    CSS_PATH = [STYLES_DIR / "app.tcss", STYLES_DIR / "library.tcss"]
    TITLE = "newsreader library"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit newsreader"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help",
                tooltip="All keys"),
        Binding("b", "back", "Back", id="library.back", tooltip="Back to the previous screen"),
        Binding("s", "add_to_story", "Story", id="library.reader-add-to-story", show=False,
                tooltip="Add the article in the reader to a story"),
    ]

    def __init__(self, library: Library, *, notes_dir: str | None = None,
                 story: str | None = None, theme: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.notes_dir = notes_dir
        self.start_story = story
        self.theme = theme or os.environ.get("TEXTUAL_THEME") or DEFAULT_THEME
        self._jump: tuple[ReaderScreen, str, str] | None = None

    def get_default_screen(self) -> LibraryScreen:
        return LibraryScreen(self.library)

    def on_mount(self) -> None:
        if self.start_story:
            self.open_story(self.start_story)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.screen_stack) > 1
        if action == "add_to_story":
            return isinstance(self.screen, ReaderScreen)
        return True

    def action_add_to_story(self) -> None:
        from .screens.story_key import add_current_article_to_story

        add_current_article_to_story(self)

    def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def open_story(self, name: str) -> None:
        from .library.stories import build_story
        from .screens.story import StoryScreen

        try:
            story = build_story(self.library, name, notes_dir=self.notes_dir)
        except LibraryError as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False)
            return
        self.push_screen(StoryScreen(story))

    def reopen_story(self, name: str) -> None:
        """The story screen rebuilt (its articles changed)."""
        from .screens.story import StoryScreen

        if isinstance(self.screen, StoryScreen):
            self.pop_screen()
        self.open_story(name)
        self.notify(one_line(f"added to the story {name}"), markup=False)

    def open_article(self, article_id: int, *, demand_id: str | None = None,
                     quote_id: str | None = None) -> None:
        """The article in the reader (its stored analysis), at a demand or quote."""
        from .screens.annotating_reader import AnnotatingReader

        try:
            article = self.library.article(article_id)
            ann = self.library.annotations(article_id)
        except (LibraryError, OSError) as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False)
            return
        row = self.library.get(article_id)
        label = one_line(f"library #{article_id} {row.date or 'undated'}" if row else "", 40)
        screen = AnnotatingReader(article, analyzer=lambda _article: ann, article_label=label,
                                  notes_dir=self.notes_dir)
        if demand_id or quote_id:
            self._jump = (screen, "demand" if demand_id else "quote", demand_id or quote_id or "")
        self.push_screen(screen)

    @on(ReaderScreen.Ready)
    def _jump_when_ready(self, event: ReaderScreen.Ready) -> None:
        if self._jump is None or self._jump[0] is not self.screen:
            return
        screen, kind, item = self._jump
        self._jump = None
        if kind == "demand":
            screen.go_to_demand(item)
        else:
            screen.go_to_quote(item)


def run_library_app(library: Library, notes_dir: str | None = None,
                    story: str | None = None) -> int:
    app = LibraryApp(library, notes_dir=notes_dir, story=story)
    try:
        app.run()
    finally:
        library.close()
    return app.return_code or 0
