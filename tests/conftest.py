"""UI test fixtures: a small annotated article that does not depend on the engine's output.

Textual reads TEXTUAL_ANIMATIONS when it is imported, so it is set here, first.
"""
from __future__ import annotations

import os

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

import re  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from textual.app import App  # noqa: E402

from tui.ingest import Article, load  # noqa: E402
from tui.model import (Annotations, Demand, Member, Outlet, Party, Quote, Span,  # noqa: E402
                       Speaker)

# A Markdown article with a heading, a list and a block quote; three parties, one outlet.
FIXTURE_MD = """\
# Harbour talks stall

The Northland delegation met the Southland delegation on Monday, Daily Courier reported.

"We will not sign while the blockade stands," said Northland envoy Ada Vance.

Southland officials answered that "the blockade protects our coast" and refused to lift it.

- Northland demands an end to the blockade.
- Southland demands guarantees on fishing rights.

> "Both sides must return to the table," said a Harbour League mediator.

"Talks resume next week," Vance added, while Southland said "nothing is agreed".
"""


def spans_of(text: str, needle: str) -> list[Span]:
    return [Span(m.start(), m.end(), needle) for m in re.finditer(re.escape(needle), text)]


def quote_span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def fixture_annotations(article: Article) -> Annotations:
    """Hand-made annotations for FIXTURE_MD (offsets found in the ingested text)."""
    text = article.text
    north = Party("northland", "Northland", "state", spans_of(text, "Northland"),
                  [Member("Ada Vance", "envoy")])
    south = Party("southland", "Southland", "state", spans_of(text, "Southland"))
    league = Party("harbour-league", "Harbour League", "organisation",
                   spans_of(text, "Harbour League"))

    def speaker(name: str, party: str | None) -> Speaker:
        s = text.index(name)
        return Speaker(name, party, s, s + len(name), name)

    def quote(n: int, words: str, who: Speaker | None) -> Quote:
        s, e = quote_span(text, words)
        return Quote(f"q{n}", s, e, words, "direct", who)

    vance = speaker("Ada Vance", "northland")
    quotes = [
        quote(1, "We will not sign while the blockade stands,", vance),
        quote(2, "the blockade protects our coast", speaker("Southland officials", "southland")),
        quote(3, "Both sides must return to the table,", speaker("mediator", "harbour-league")),
        quote(4, "Talks resume next week,", vance),
        quote(5, "nothing is agreed", None),
    ]

    def demand(n: int, party: str, stance: str, summary: str, evidence: str) -> Demand:
        s, e = quote_span(text, evidence)
        holder = Speaker(party.capitalize(), party, s, s, "")
        return Demand(f"d{n}", party, stance, summary, s, e, evidence, holder)  # type: ignore[arg-type]

    demands = [
        demand(1, "northland", "demand", "an end to the blockade",
               "Northland demands an end to the blockade."),
        demand(2, "southland", "reject", "lifting the blockade", "refused to lift it"),
        demand(3, "southland", "demand", "guarantees on fishing rights",
               "Southland demands guarantees on fishing rights."),
    ]
    outlets = [Outlet("daily-courier", "Daily Courier", spans_of(text, "Daily Courier"))]
    return Annotations(article.source, text, list(article.blocks), [north, south, league],
                       outlets, quotes, demands)


def empty_annotations(article: Article) -> Annotations:
    return Annotations(article.source, article.text, list(article.blocks))


def screen_rows(app: App) -> list[str]:
    """The text of each row of the screen as last composited: what the terminal shows,
    however a widget draws it."""
    from textual.strip import Strip

    update = app.screen._compositor.render_full_update()
    return [Strip.join(row).text for row in update.strips]


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Article]:
    """Write text (str or bytes) to a file and load it through the real ingest."""
    def write(content: str | bytes, name: str = "article.md") -> Article:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return load(path)
    return write


@pytest.fixture
def fixture_article(write_article: Callable[..., Article]) -> Article:
    return write_article(FIXTURE_MD, "harbour-talks.md")


@pytest.fixture
def make_app() -> Callable[..., object]:
    """Build a NewsReaderApp pinned for tests: dark theme, no animation."""
    from tui.app import NewsReaderApp

    def make(articles: list[Article], analyzer: Callable[[Article], Annotations] | None
             = fixture_annotations, **kwargs: object) -> NewsReaderApp:
        app = NewsReaderApp(articles, analyzer=analyzer, theme="textual-dark", **kwargs)
        app.animation_level = "none"
        return app
    return make


# -- the web: a news site on 127.0.0.1, and a cache of one's own -----------------------------

@pytest.fixture(autouse=True, scope="session")
def _page_cache_of_the_tests(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads or fills the user's page cache (subprocesses inherit this too)."""
    os.environ["NEWSREADER_CACHE"] = str(tmp_path_factory.mktemp("page-cache"))


@pytest.fixture
def page_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty page cache for this test."""
    directory = tmp_path / "page-cache"
    monkeypatch.setenv("NEWSREADER_CACHE", str(directory))
    return directory


@pytest.fixture(scope="session")
def news_site():
    """The news site of tests/news_site.py, serving the Wikinews dev articles when the
    shared data is beside the project (and its misbehaving paths always)."""
    from news_site import NewsSite, wikinews_articles

    site = NewsSite(wikinews_articles()).start()
    yield site
    site.stop()


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory, monkeypatch):
    """Every test reads and writes its own settings directory, never the user's."""
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path_factory.mktemp("config")))
