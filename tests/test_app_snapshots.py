"""SVG snapshots at 80×24 and 160×48, pinned: Textual 8.2.8, textual-dark, no animation,
no blinking cursor, App instances (never paths: the screenshot cache keys on files only).

Engine-independent snapshots use the hand-made fixture annotations; the `seed_*`
snapshots (wide, narrow, the demand matrix at 120×40) run the real engine on the bundled seed and change when the engine does
(regenerate them with `pytest tests/test_app_snapshots.py --snapshot-update`).
"""
from __future__ import annotations

from conftest import empty_annotations
from textual.widgets import Input

from tui.ingest import load
from tui.resources import SAMPLE_ARTICLE

NARROW = (80, 24)
WIDE = (160, 48)


async def settle(pilot) -> None:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    for widget in app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


def test_fixture_wide(snap_compare, make_app, fixture_article):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(make_app([fixture_article]), terminal_size=WIDE, run_before=run_before)


def test_fixture_narrow(snap_compare, make_app, fixture_article):
    assert snap_compare(make_app([fixture_article]), terminal_size=NARROW, run_before=settle)


def test_fixture_narrow_panes_open(snap_compare, make_app, fixture_article):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("h")
        await pilot.pause()

    assert snap_compare(make_app([fixture_article]), terminal_size=NARROW, run_before=run_before)


def test_fixture_search(snap_compare, make_app, fixture_article):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("slash", *"blockade", "enter")
        await settle(pilot)

    assert snap_compare(make_app([fixture_article]), terminal_size=WIDE, run_before=run_before)


def test_empty_states_wide(snap_compare, make_app, fixture_article):
    app = make_app([fixture_article], analyzer=empty_annotations)
    assert snap_compare(app, terminal_size=WIDE, run_before=settle)


def test_help_narrow(snap_compare, make_app, fixture_article):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app([fixture_article]), terminal_size=NARROW, run_before=run_before)


# -- engine-dependent: the real engine on the seed ----------------------------------------

def test_seed_wide(snap_compare, make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    assert snap_compare(app, terminal_size=WIDE, run_before=settle)


def test_seed_narrow(snap_compare, make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    assert snap_compare(app, terminal_size=NARROW, run_before=settle)


def test_seed_demand_matrix(snap_compare, make_app):
    """The matrix of who demands what of whom on the seed, at 120×40."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()

    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
