"""The newsreader App: thin. It owns the global keys, the styles and the open articles.

Each article gets its own ReaderScreen (created the first time it is shown and
then kept, so switching back keeps your place). See ``screens/reader.py`` for
the hooks annotation features use.
"""
from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING

from textual import on
from textual.app import App
from textual.binding import Binding

from .ingest import Article
from .resources import STYLES_DIR
from .screens.annotating_reader import AnnotatingReader
from .screens.reader import Analyzer, ReaderScreen
from .settings import load_settings, save_settings
from .widgets.safe import one_line

if TYPE_CHECKING:  # the feed screen is imported only when a feed is opened
    from textual.screen import Screen

    from .ingest.feeds import Feed

DEFAULT_THEME = "textual-dark"


def reader_commands() -> type:
    """The palette's reader commands, imported when the palette first opens."""
    from .screens.reader_commands import ReaderCommands

    return ReaderCommands


class NewsReaderApp(App[int]):
    CSS_PATH = [STYLES_DIR / "app.tcss"]
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {reader_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit newsreader"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help",
                tooltip="All keys"),
        Binding("right_square_bracket", "switch_article(1)", "Next article",
                key_display="]", id="app.next-article", tooltip="Show the next open article"),
        Binding("left_square_bracket", "switch_article(-1)", "Prev article",
                key_display="[", id="app.previous-article", show=False,
                tooltip="Show the previous open article"),
        Binding("s", "add_to_story", "Story", id="app.add-to-story", show=False,
                tooltip="Keep the article in the library and add it to a story"),
    ]

    def __init__(self, articles: list[Article], *, notes_dir: str | None = None,
                 analyzer: Analyzer | None = None, theme: str | None = None,
                 gc_paused: bool = False, feed: Feed | None = None,
                 max_mb: float | None = None, offline: bool = False) -> None:
        """``gc_paused``: the caller paused the garbage collector for start-up (the CLI
        does, before its imports) and hands resuming it over to the app. ``feed``: open on
        its feed screen instead of articles (``max_mb``, ``offline``: how items are read).

        The theme: ``theme``, else $TEXTUAL_THEME, else the one the user chose last time
        (``tui/settings.py``), else textual-dark."""
        super().__init__()
        if not articles and feed is None:
            raise ValueError("newsreader needs at least one article")
        self.articles = articles
        self.feed = feed
        self.feed_options = {"max_mb": max_mb, "offline": offline}
        self.notes_dir = notes_dir
        self.analyzer = analyzer
        self.article_index = 0
        self._screens: dict[int, ReaderScreen] = {}
        self.settings, self._settings_problem = load_settings()
        self.theme = theme or os.environ.get("TEXTUAL_THEME") or self._saved_theme() \
            or DEFAULT_THEME
        self._save_failed = False
        self._gc_paused = gc_paused
        self._gc_frozen = False
        self.library_path: str | None = None  # --library (the `s` key); None: the default

    # -- garbage collection ------------------------------------------------------------------
    # Start-up allocates tens of thousands of objects that live as long as the app (modules,
    # widgets, styles, render caches, the analysis); the cyclic collector would walk them
    # again and again while they are imported and the first frames are built (a full pass
    # costs 10-50 ms). So it is paused until a reader is ready (by the CLI before its
    # imports, else here), and what exists then is frozen: later collections skip it, so an
    # article's annotations (over a million objects for 1 MB) never stall a key press.

    # -- settings --------------------------------------------------------------------------

    def _saved_theme(self) -> str | None:
        """The theme of the settings, if this Textual still has it."""
        saved = self.settings.theme
        return saved if saved and saved in self.available_themes else None

    def on_mount(self) -> None:
        if self._settings_problem:
            self.notify(one_line(self._settings_problem, 300), title="Settings",
                        severity="warning", timeout=10, markup=False)

    def watch_theme(self, theme: str) -> None:
        if self.is_running:  # chosen by the user (the palette), not set at start-up
            self.remember(theme=theme)

    def remember(self, **fields: object) -> None:
        """Change the user's settings and save them (a failure is told once, not raised)."""
        settings = self.settings.changed(**fields)
        if settings == self.settings:
            return
        self.settings = settings
        try:
            save_settings(settings)
        except OSError as exc:
            if not self._save_failed:
                self._save_failed = True
                self.notify(one_line(f"Could not save the settings: {exc}", 200),
                            title="Settings", severity="warning", markup=False)

    def on_load(self) -> None:
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def on_feed_screen_ready(self) -> None:
        self._freeze_long_lived()

    @on(ReaderScreen.Ready)
    def _freeze_long_lived(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()
        gc.collect()
        gc.freeze()
        self._gc_frozen = True

    def on_unmount(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()
        if self._gc_frozen:  # what this app froze can be collected again once it is gone
            self._gc_frozen = False
            gc.unfreeze()

    def get_default_screen(self) -> Screen:
        """The first article's reader is the bottom screen itself, so no blank default
        screen is composed, laid out and painted before it (a feed's screen, for a feed)."""
        if self.feed is not None:
            from .screens.feed import FeedScreen

            return FeedScreen(self.feed, notes_dir=self.notes_dir, **self.feed_options)
        screen = self.reader(0)
        # What switch_screen gives the screen it makes current (Textual 8.2.8), so that
        # switching articles can replace this one like any other.
        screen._push_result_callback(screen, None)
        return screen

    def reader(self, index: int) -> ReaderScreen:
        """The ReaderScreen for article ``index``, created on first use."""
        if index not in self._screens:
            article = self.articles[index]
            label = ""
            if len(self.articles) > 1:
                label = f"{index + 1}/{len(self.articles)} {one_line(article.source.title, 50)}"
            screen = AnnotatingReader(article, analyzer=self.analyzer, article_label=label,
                                      notes_dir=self.notes_dir)
            # Installed screens survive switch_screen, so each article keeps its place.
            self.install_screen(screen, name=f"article-{index}")
            self._screens[index] = screen
        return self._screens[index]

    def show_article(self, index: int) -> None:
        index %= len(self.articles)
        if index == self.article_index and self.screen is self.reader(index):
            return
        self.article_index = index
        self.switch_screen(self.reader(index))

    def action_switch_article(self, delta: int) -> None:
        if len(self.articles) < 2:
            self.notify("Only one article is open. Open several with `newsreader A.txt B.txt`.",
                        markup=False)
            return
        self.show_article(self.article_index + delta)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "switch_article":
            return len(self.articles) > 1
        return True

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_add_to_story(self) -> None:
        from .screens.story_key import add_current_article_to_story

        add_current_article_to_story(self, self.library_path)


def run_app(articles: list[Article], notes_dir: str | None = None,
            analyzer: Analyzer | None = None, gc_paused: bool = False,
            **feed: object) -> int:
    """Run the reader on ``articles`` (already loaded), or on ``feed=`` (with ``max_mb``,
    ``offline``); returns the exit status."""
    app = NewsReaderApp(articles, notes_dir=notes_dir, analyzer=analyzer, gc_paused=gc_paused,
                        **feed)  # type: ignore[arg-type]
    app.run()
    return app.return_code or 0
