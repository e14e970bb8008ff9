"""Themes and settings (issue 18 #1): a theme switch repaints every line of the article,
the party colours follow (a palette per dark or light theme), and the theme and the panes
shown are remembered between runs; a damaged settings file never stops the reader."""
from __future__ import annotations

import json
import os
from pathlib import Path

from textual.color import Color
from textual.strip import Strip

from tui.app import NewsReaderApp
from tui.ingest import load
from tui.resources import SAMPLE_ARTICLE
from tui.settings import Settings, load_settings, settings_file
from tui.widgets.colors import DARK_PALETTE, LIGHT_PALETTE

SIZE = (120, 40)


def article_backgrounds(app) -> set[str]:
    """The background colours of every cell inside the article pane, as composited."""
    view = app.screen.query_one("#article")
    region = view.content_region
    rows = app.screen._compositor.render_full_update().strips
    found: set[str] = set()
    for y in range(region.y, region.bottom):
        x = 0
        for segment in Strip.join(rows[y]):
            width = len(segment.text)
            if region.x <= x < region.right and segment.style and segment.style.bgcolor:
                found.add(segment.style.bgcolor.triplet.hex if segment.style.bgcolor.triplet
                          else str(segment.style.bgcolor))
            x += width
    return found


def is_dark(hex_color: str) -> bool:
    return Color.parse(hex_color).brightness < 0.5


async def test_switching_to_light_repaints_every_article_line_and_is_remembered(make_app):
    app = NewsReaderApp([load(SAMPLE_ARTICLE)])  # the seed: drawn line by line
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any(is_dark(c) for c in article_backgrounds(app))
        assert set(app.screen.party_colors.values()) <= set(DARK_PALETTE) | {""}
        app.theme = "textual-light"  # what the palette's theme picker does
        await pilot.pause()
        await pilot.pause()
        backgrounds = article_backgrounds(app)
        assert backgrounds and not any(is_dark(c) for c in backgrounds), backgrounds
        colours = set(app.screen.party_colors.values()) - {""}
        assert colours and colours <= set(LIGHT_PALETTE)
    assert load_settings()[0].theme == "textual-light"
    again = NewsReaderApp([load(SAMPLE_ARTICLE)])  # the next run
    async with again.run_test(size=SIZE) as pilot:
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert again.theme == "textual-light"
        assert not any(is_dark(c) for c in article_backgrounds(again))


async def test_a_markdown_article_turns_light_too(make_app, fixture_article):
    app = make_app([fixture_article])  # a widget per block
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        backgrounds = article_backgrounds(app)
        assert backgrounds and not any(is_dark(c) for c in backgrounds), backgrounds


async def test_panes_hidden_on_a_wide_terminal_stay_hidden_next_time(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
    assert load_settings()[0] == Settings(theme=None, show_highlights=True, show_demands=False)
    again = make_app([fixture_article])
    async with again.run_test(size=(160, 48)) as pilot:
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert again.screen.query_one("#demands").region.area == 0
        assert again.screen.query_one("#quotes").region.area > 0


async def test_narrow_toggles_are_not_remembered(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
    assert not settings_file().exists()


async def test_a_damaged_settings_file_is_one_notice_and_the_defaults(make_app, fixture_article):
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    app = NewsReaderApp([fixture_article])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "textual-dark"
        notices = [n for n in app._notifications if n.title == "Settings"]
        assert len(notices) == 1 and "damaged" in notices[0].message
        app.theme = "nord"
        await pilot.pause()
    assert json.loads(path.read_text())["theme"] == "nord"  # a good file replaces it
    assert not [p for p in path.parent.iterdir() if p.name != path.name]  # no temp left


def test_settings_that_are_not_what_they_should_be_are_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    for bad in ('[1, 2]', '{"theme": 3}', '{"show_demands": "yes"}', '\udcff'):
        path.write_text(bad, errors="surrogateescape")
        settings, problem = load_settings(path)
        assert settings == Settings() and problem, bad
    assert load_settings(tmp_path / "missing.json") == (Settings(), "")


def test_the_settings_live_in_the_user_config_directory(monkeypatch):
    monkeypatch.delenv("NEWSREADER_CONFIG")
    from platformdirs import user_config_dir

    assert settings_file() == Path(user_config_dir("newsreader", appauthor=False)) / \
        "settings.json"
    assert os.environ.get("NEWSREADER_CONFIG") is None
