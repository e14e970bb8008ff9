"""The library and story screens (`newsreader library`): Pilot tests and SVG snapshots.

The library is made in a temporary file from four small articles with hand-made
annotations (engine-independent), fixed locations and dates, so the snapshots change only
when the screens do (regenerate: `pytest tests/test_app_library.py --snapshot-update`).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from tui.ingest import load_bytes
from tui.library.db import Library
from tui.library.sources import SourceInfo
from tui.model import Annotations, Demand, Party, Quote, Span, Speaker

WIDE = (160, 48)
MEDIUM = (120, 36)

# (file name, date, site, text, parties, demands, quotes)
# parties: (id, name, kind); demands: (party, stance, words, type, targets);
# quotes: (speaker, party, words)
ARTICLES = [
    ("talks-open.txt", "2024-03-01", "courier",
     "Harbour talks open\n\nNorthland demanded an end to the blockade. "
     "\"We will not sign while the blockade stands,\" said Northland envoy Ada Vance.\n",
     [("n", "Northland", "state"), ("v", "Ada Vance", "person")],
     [("n", "demand", "an end to the blockade", "sanctions", [])],
     [("Ada Vance", "n", "We will not sign while the blockade stands,")]),
    ("talks-stall.txt", "2024-03-04", "gazette",
     "Talks stall\n\nNorthland again demanded an end to the blockade of the harbour. "
     "Southland rejected ending the blockade and demanded fishing rights. "
     "\"The blockade protects our coast,\" said Southland minister Bo Reed.\n",
     [("n", "Northland", "state"), ("s", "Southland", "state")],
     [("n", "demand", "an end to the blockade of the harbour", "sanctions", ["s"]),
      ("s", "reject", "ending the blockade", "sanctions", ["n"]),
      ("s", "demand", "fishing rights", "economic", [])],
     [("Bo Reed", "s", "The blockade protects our coast,")]),
    ("talks-resume.txt", "2024-03-09", "courier",
     "Talks resume\n\nThe Harbour League called for patience. "
     "\"Both sides must return to the table,\" said mediator Lin Ott. "
     "\"We are patient,\" said Ada Vance of Northland.\n",
     [("h", "Harbour League", "organisation"), ("n", "Northland", "state")],
     [("h", "demand", "patience", "negotiation", [])],
     [("Lin Ott", "h", "Both sides must return to the table,"),
      ("Ada Vance", "n", "We are patient,")]),
    ("weather.txt", "2024-03-10", "almanac",
     "Storm warning\n\nA storm is expected on the coast of Southland.\n",
     [("s", "Southland", "state")], [], []),
]


def annotations(article, parties, demands, quotes) -> Annotations:
    text = article.text

    def span(words: str) -> tuple[int, int]:
        i = text.index(words)
        return i, i + len(words)

    def mentions(name: str) -> list[Span]:
        out, i = [], text.find(name)
        while i >= 0:
            out.append(Span(i, i + len(name), name))
            i = text.find(name, i + 1)
        return out

    ann = Annotations(article.source, text, list(article.blocks),
                      [Party(pid, name, kind, mentions(name)) for pid, name, kind in parties])
    for n, (party, stance, words, dtype, targets) in enumerate(demands, 1):
        s, e = span(words)
        holder = Speaker(ann.party(party).name, party, s, s, "")
        ann.demands.append(Demand(f"d{n}", party, stance, words, s, e, words, holder,
                                  targets=list(targets), type=dtype))
    for n, (speaker, party, words) in enumerate(quotes, 1):
        s, e = span(words)
        ss, se = span(speaker)
        ann.quotes.append(Quote(f"q{n}", s - 1, e + 1, words, "direct",
                                Speaker(speaker, party, ss, se, speaker)))
    return ann


@pytest.fixture
def demo_library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        for name, date, site, text, parties, demands, quotes in ARTICLES:
            article = load_bytes(text.encode(), f"/articles/{name}")
            info = SourceInfo(f"/articles/{name}", title=article.source.title, site=site,
                              date=date, date_source="metadata")
            story = "harbour" if name.startswith("talks") else None
            lib.add(article, info, annotations(article, parties, demands, quotes), story=story)
    return path


@pytest.fixture
def make_library_app(demo_library: Path, tmp_path: Path):
    from tui.library_app import LibraryApp

    def make(story: str | None = None) -> LibraryApp:
        app = LibraryApp(Library.open(demo_library), notes_dir=str(tmp_path / "notes"),
                         story=story, theme="textual-dark")
        app.animation_level = "none"
        return app
    return make


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


def table_titles(app) -> list[str]:
    table = app.screen.query_one("#library-table", DataTable)
    return [str(table.get_cell_at((i, 3))) for i in range(table.row_count)]


# -- the library screen ------------------------------------------------------------------

async def test_library_lists_searches_filters_and_opens(make_library_app):
    app = make_library_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert table_titles(app) == ["Harbour talks open", "Talks stall", "Talks resume",
                                     "Storm warning"]
        await pilot.press("slash", *"blockade", "enter")
        await settle(pilot)
        assert sorted(table_titles(app)) == ["Harbour talks open", "Talks stall"]
        await pilot.press("escape")
        await settle(pilot)
        assert len(table_titles(app)) == 4
        # filter by party: p, then the party in the list
        await pilot.press("p")
        parties = app.screen.query_one("#library-parties", OptionList)
        index = next(i for i in range(parties.option_count)
                     if parties.get_option_at_index(i).id == "Southland")
        parties.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert table_titles(app) == ["Talks stall", "Storm warning"]
        await pilot.press("escape")
        await settle(pilot)
        # enter opens the article in the reader; b comes back
        await pilot.press("down", "enter")
        await settle(pilot)
        from tui.screens.annotating_reader import AnnotatingReader

        assert isinstance(app.screen, AnnotatingReader)
        assert app.screen.article.source.title == "Talks stall"
        assert [p.name for p in app.screen.current_annotations.parties] == ["Northland",
                                                                            "Southland"]
        await pilot.press("b")
        await settle(pilot)
        assert type(app.screen).__name__ == "LibraryScreen"


async def test_add_to_a_story_and_open_it(make_library_app, demo_library):
    app = make_library_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "down", "s")  # the weather article, into a new story
        await settle(pilot)
        await pilot.press(*"storms", "enter")
        await settle(pilot)
        assert app.library.story_ids("storms") == [4]
        await pilot.press("o")
        await settle(pilot)
        picker = app.screen.query_one("#story-list", OptionList)
        assert [picker.get_option_at_index(i).id for i in range(picker.option_count)] == [
            "harbour", "storms"]
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "StoryScreen"
        assert app.screen.story.name == "harbour"


async def test_a_corrupt_library_opens_empty_with_a_message(tmp_path):
    from tui.library_app import LibraryApp

    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"not sqlite " * 200)
    app = LibraryApp(Library.open(path), theme="textual-dark")
    async with app.run_test(size=MEDIUM) as pilot:
        await settle(pilot)
        assert any("kept as" in n.message for n in app._notifications)
        assert table_titles(app) == []


# -- the story screen --------------------------------------------------------------------

async def test_story_shows_each_partys_demands_by_date(make_library_app):
    app = make_library_app(story="harbour")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = app.screen
        parties = screen.query_one("#story-parties", OptionList)
        names = [str(parties.get_option_at_index(i).prompt).split("  ")[0]
                 for i in range(parties.option_count)]
        assert names[:2] == ["Northland", "Southland"]
        demands = screen.query_one("#story-demands", OptionList)
        first = str(demands.get_option_at_index(0).prompt)
        assert first.startswith("2024-03-01  + demands [sanctions] of Southland: an end to the blockade")
        assert "repeated 2024-03-04" in first
        assert "met with a rejection by Southland 2024-03-04" in first
        # Southland's: one rejection, one demand, on 2024-03-04
        await pilot.press("down")
        await settle(pilot)
        rows = [str(demands.get_option_at_index(i).prompt).split("\n")[0]
                for i in range(demands.option_count)]
        assert rows == ["2024-03-04  + demands [economic] fishing rights",
                        "2024-03-04  − rejects [sanctions] of Northland: ending the blockade"]
        # enter opens the reader at the demand
        await pilot.press("enter", "down", "enter")
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.screen.article.source.title == "Talks stall"
        await pilot.press("b")
        await settle(pilot)
        assert app.screen is screen


async def test_story_quotes_and_matrix(make_library_app):
    app = make_library_app(story="harbour")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        quotes = app.screen.query_one("#story-quotes", OptionList)
        lines = [str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)]
        assert lines[0] == "Ada Vance"
        assert lines[1].strip().startswith("2024-03-01  We will not sign")
        assert lines[2].strip().startswith("2024-03-09  We are patient")
        await pilot.press("m")
        table = app.screen.query_one("#story-matrix", DataTable)
        labels = [str(col.label) for col in table.ordered_columns]
        cells = {(str(table.get_cell_at((r, 0))), labels[c]): str(table.get_cell_at((r, c)))
                 for r in range(table.row_count) for c in range(1, len(labels))}
        assert cells["Northland", "Southland"] == "+1"
        assert cells["Southland", "Northland"] == "−1"
        assert cells["Southland", "— none"] == "+1"


# -- snapshots ---------------------------------------------------------------------------

def test_snapshot_library(snap_compare, make_library_app):
    assert snap_compare(make_library_app(), terminal_size=MEDIUM, run_before=settle)


def test_snapshot_library_search(snap_compare, make_library_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("slash", *"blockade", "enter")
        await settle(pilot)

    assert snap_compare(make_library_app(), terminal_size=MEDIUM, run_before=run_before)


def test_snapshot_story(snap_compare, make_library_app):
    assert snap_compare(make_library_app(story="harbour"), terminal_size=WIDE,
                        run_before=settle)


def test_snapshot_story_matrix(snap_compare, make_library_app):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)

    assert snap_compare(make_library_app(story="harbour"), terminal_size=MEDIUM,
                        run_before=run_before)


# -- `s` in the reader -------------------------------------------------------------------

async def test_s_in_the_reader_keeps_the_article_in_a_story(make_app, fixture_article, tmp_path,
                                                            monkeypatch):
    path = tmp_path / "lib" / "library.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"corrupt " * 300)  # the reader opens whatever the library is
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(path))
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert any("kept as" in n.message for n in app._notifications)
        await pilot.press(*"harbour", "enter")
        await settle(pilot)
        assert any("added to the story harbour" in n.message for n in app._notifications)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("tab", "enter")  # from the name to the list of stories: harbour
        await settle(pilot)
        assert any("already in the story harbour" in n.message for n in app._notifications)
    with Library.open(path) as lib:
        assert lib.story_ids("harbour") == [1]
        assert lib.get(1).title == "Harbour talks stall"
        assert lib.article(1).text == fixture_article.text  # Markdown kept as its source
    assert list(path.parent.glob("library.sqlite3.corrupt-*"))


async def test_story_suggests_articles_sharing_its_parties(make_library_app):
    app = make_library_app(story="harbour")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        found = app.screen.query_one("#suggestion-list", OptionList)
        assert found.option_count == 1  # the weather article: Southland
        assert "Southland" in str(found.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "StoryScreen"
        assert len(app.screen.story.articles) == 4
        assert app.library.story_ids("harbour") == [1, 2, 3, 4]
        await pilot.press("b")
        await settle(pilot)
        assert type(app.screen).__name__ == "LibraryScreen"
