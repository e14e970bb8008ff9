"""`s` in the reader: keep the current article in the library and add it to a story.

Shared by the reader app (``newsreader PATH``) and the library app, as the App's
``action_add_to_story``. The library is opened when the key is pressed, never at start-up:
the reader never needs it, so a missing or corrupt library never stops an article from
opening (a corrupt one is kept aside and reported here, and a new one started).
"""
from __future__ import annotations

import sqlite3

from textual.app import App

from ..widgets.safe import one_line
from .reader import ReaderScreen


def add_current_article_to_story(app: App, library_path: str | None = None) -> None:
    screen = app.screen
    if not isinstance(screen, ReaderScreen):
        return
    from ..dialogs.story_name import StoryNameDialog
    from ..library.db import Library, LibraryError

    own = getattr(app, "library", None)
    try:
        lib = own or Library.open(library_path)
    except LibraryError as exc:
        app.notify(one_line(str(exc)), severity="error", markup=False)
        return
    if lib.problem:
        app.notify(one_line(lib.problem), severity="warning", timeout=15, markup=False)
        lib.problem = ""
    stories = [n for n, _ in lib.stories()]

    def done(name: str | None) -> None:
        try:
            if name:
                _add(app, lib, screen, name)
        finally:
            if own is None:
                lib.close()

    app.push_screen(StoryNameDialog(stories), done)


def _add(app: App, lib, screen: ReaderScreen, name: str) -> None:
    from ..ingest import IngestError
    from ..library.db import LibraryError, read_article
    from ..library.sources import file_source

    article = screen.article
    try:
        row = lib.db.execute("SELECT id FROM articles WHERE sha256 = ?",
                             (article.source.sha256,)).fetchone()
        if row is not None:
            added = lib.story_add(name, [row[0]])
        else:
            raw = None
            if article.source.format == "markdown":  # the library keeps the Markdown source
                again, raw = read_article(article.source.path)
                if again.source.sha256 != article.source.sha256:
                    raise LibraryError(f"{article.source.path} changed since it was opened; "
                                       "open it again to keep it")
            ann = getattr(screen, "raw", None) or screen.current_annotations
            lib.add(article, file_source(article, article.source.path), ann, raw=raw,
                    story=name)
            added = 1
    except (LibraryError, IngestError, OSError, sqlite3.DatabaseError) as exc:
        app.notify(one_line(f"not added: {exc}"), severity="error", markup=False)
        return
    app.notify(one_line(f"{'added to' if added else 'already in'} the story {name}"),
               markup=False)
