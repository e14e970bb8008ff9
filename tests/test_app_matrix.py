"""The "who demands what of whom" matrix (key m) and demands shown with target and type."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import empty_annotations, screen_rows
from textual.content import Content
from textual.widgets import DataTable

from tui.ingest import load
from tui.model import Annotations
from tui.resources import SAMPLE_ARTICLE
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.demand_list import DEMAND_TYPES, demand_prompt
from tui.widgets.status_bar import StatusBar

SIZE = (120, 40)


async def ready(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    for _ in range(50):  # the panes mount just after the first paint
        if screen.panes_mounted:
            break
        await pilot.pause(0.02)
    return screen


def counts(ann: Annotations, holder: str, target: str, demand_type: str | None = None
           ) -> tuple[int, int]:
    items = [d for d in ann.demands if d.party == holder and target in d.targets
             and (demand_type is None or d.type == demand_type)]
    return (sum(d.stance == "demand" for d in items), sum(d.stance == "reject" for d in items))


def cell(table: DataTable, holder: str, target: str) -> str:
    return table.get_cell(f"h:{holder}", f"t:{target}").plain


def title(widget) -> str:
    """A border title as shown (the property gives it back as markup)."""
    return Content.from_markup(widget.border_title or "").plain


def expected_cell(demands: int, rejects: int) -> str:
    parts = ([f"+{demands}"] if demands else []) + ([f"−{rejects}"] if rejects else [])
    return " ".join(parts) or "·"


def test_the_ui_keeps_the_engines_demand_types():
    from tui.analysis.demands import DEMAND_TYPES as ENGINE_TYPES

    assert DEMAND_TYPES == ENGINE_TYPES


async def test_matrix_on_the_seed_counts_cells_lists_items_and_jumps(make_app):
    from tui.screens.demand_matrix import DemandMatrix

    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)  # the real engine
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(app, pilot)
        ann = reader.current_annotations
        assert ann is not None
        hamas_israel = counts(ann, "hamas", "israel")
        assert hamas_israel[0] >= 1  # the seed: Hamas seeks guarantees from Israel

        await pilot.press("m")
        await pilot.pause()
        matrix = app.screen
        assert isinstance(matrix, DemandMatrix)
        table = matrix.query_one(DataTable)
        # Every cell agrees with ann.demands; a demand of two targets counts in both.
        for holder in matrix.matrix.holders:
            for target in matrix.matrix.targets:
                assert cell(table, holder, target) == expected_cell(*counts(ann, holder, target))
        assert cell(table, "hamas", "israel") == expected_cell(*hamas_israel)
        assert "type: all" in title(matrix.query_one("#matrix-box"))

        # Move the cursor to Hamas → Israel and open its items.
        row = matrix.matrix.holders.index("hamas")
        column = matrix.matrix.targets.index("israel")
        table.move_cursor(row=row, column=column)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        items = matrix.item_list
        assert app.focused is items
        expected = sorted((d for d in ann.demands if d.party == "hamas" and "israel" in d.targets),
                          key=lambda d: (d.stance != "demand", d.start))
        assert [items.get_option_at_index(i).id for i in range(items.option_count)] == \
            [d.id for d in expected]
        assert "Hamas → Israel" in title(items)
        first = expected[0]
        prompt = str(items.get_option_at_index(0).prompt)
        assert f"[{first.type}]" in prompt and "of Israel" in prompt

        # enter on an item: the view closes and the article jumps to the demand's span.
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is reader
        view = reader.query_one(ArticleView)
        assert view.current == (first.start, first.end)
        status = reader.query_one(StatusBar).text
        assert status.startswith("Evidence · Hamas demands:")
        assert reader.demand_list.highlighted_option.id == first.id


async def test_t_filters_the_matrix_and_the_demands_panel_follows(make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(app, pilot)
        ann = reader.current_annotations
        types = [t for t in DEMAND_TYPES if any(d.type == t for d in ann.demands)]
        assert "ceasefire" in types and len(types) > 1
        await pilot.press("m")
        await pilot.pause()
        matrix = app.screen
        table = matrix.query_one(DataTable)
        await pilot.press("t")
        await pilot.pause()
        first = types[0]
        assert matrix.demand_type == first
        assert f"type: {first}" in title(matrix.query_one("#matrix-box"))
        for holder in matrix.matrix.holders:
            for target in matrix.matrix.targets:
                assert cell(table, holder, target) == \
                    expected_cell(*counts(ann, holder, target, first))
        # Only that type's demands in the panel behind.
        assert reader.demand_type == first
        panel = reader.demand_list
        ids = {panel.get_option_at_index(i).id for i in range(panel.option_count)}
        assert {d.id for d in ann.demands if d.type == first} <= ids
        assert not {d.id for d in ann.demands if d.type != first} & ids
        assert first in title(panel)
        # Cycling past the last type comes back to all.
        await pilot.press(*"t" * len(types))
        await pilot.pause()
        assert matrix.demand_type is None and reader.demand_type is None
        assert "type: all" in title(matrix.query_one("#matrix-box"))
        await pilot.press("T")  # backwards: the last type
        assert matrix.demand_type == types[-1]
        # escape closes; the reader's escape then clears the panel's type.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader and reader.demand_type == types[-1]
        await pilot.press("escape")
        await pilot.pause()
        assert reader.demand_type is None


async def test_escape_from_the_items_goes_back_to_the_table_then_closes(make_app,
                                                                        fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        matrix = app.screen
        # The fixture's demands name no target: one "—" column.
        assert matrix.matrix.targets == [""]
        assert "no target named" in str(matrix.query_one("#matrix-legend").render())
        await pilot.press("enter")
        assert app.focused is matrix.item_list
        await pilot.press("escape")
        assert app.focused is matrix.table
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader


async def test_an_article_without_demands_says_so(make_app, fixture_article):
    app = make_app([fixture_article], analyzer=empty_annotations)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        rows = "\n".join(screen_rows(app))
        assert "No demands or rejections were found in this article." in rows
        await pilot.press("t")  # nothing to filter: no crash
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader


async def test_party_names_in_the_matrix_are_not_markup(make_app, fixture_article):
    from conftest import fixture_annotations

    def analyzer(article):
        ann = fixture_annotations(article)
        ann.parties[0].name = "[bold red]North[/]land"
        for d in ann.demands:
            d.targets = ["southland"] if d.party == "northland" else ["northland"]
        ann.demands[0].summary = "[link=x]an end[/link] to the blockade"
        return ann

    app = make_app([fixture_article], analyzer=analyzer)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        rows = "\n".join(screen_rows(app))
        assert "[bold red]North[/]land" in rows
        assert "[link=x]an end[/link] to the blockade" in rows


def test_demand_prompt_shows_type_and_targets(fixture_article):
    from conftest import fixture_annotations

    ann = fixture_annotations(fixture_article)
    d = ann.demands[0]
    assert str(demand_prompt(d, ann)) == "  + demands [other]: an end to the blockade"
    d.targets, d.type = ["southland"], "ceasefire"
    assert str(demand_prompt(d, ann)) == \
        "  + demands [ceasefire] of Southland: an end to the blockade"
    d.targets = ["southland", "harbour-league"]
    assert "of Southland and Harbour League:" in str(demand_prompt(d, ann))
    d.targets = ["southland", "harbour-league", "northland", "x"]
    assert "of Southland, Harbour League, Northland +1:" in str(demand_prompt(d, ann))


async def test_the_palette_offers_the_matrix(make_app, fixture_article):
    from tui.screens.reader_commands import ReaderCommands

    app = make_app([fixture_article])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        titles = [t for t, _, _ in ReaderCommands(screen)._commands()]
        assert any(t.startswith("Demands: who demands what of whom") for t in titles)
        assert "Demands: only type other" in titles


STARTUP_PROBE = """
import asyncio, json, sys
from tui.app import NewsReaderApp
from tui.ingest import load
from tui.resources import SAMPLE_ARTICLE
seen = {}
def loaded(app):
    css = any("matrix.tcss" in str(key) for key in app.stylesheet.source)
    return sorted(m for m in sys.modules if m in ("tui.screens.demand_matrix",
                                                  "textual.widgets._data_table")) + \
        (["matrix.tcss"] if css else [])
class Watch(NewsReaderApp):
    def on_reader_screen_ready(self):
        seen["ready"] = loaded(self)
async def main():
    app = Watch([load(SAMPLE_ARTICLE)], notes_dir=sys.argv[1])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if "ready" in seen:
                break
            await pilot.pause(0.02)
        await pilot.press("m")
        await pilot.pause()
        seen["after_m"] = loaded(app)
asyncio.run(main())
print(json.dumps(seen))
"""


def test_the_matrix_is_imported_only_when_its_key_is_pressed(tmp_path):
    r = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout)
    assert seen["ready"] == []
    assert seen["after_m"] == ["textual.widgets._data_table", "tui.screens.demand_matrix",
                               "matrix.tcss"]


async def test_a_noted_demand_keeps_its_mark_through_the_type_filter(make_app, fixture_article,
                                                                     tmp_path):
    from conftest import fixture_annotations

    from tui.notes.store import target_for

    def analyzer(article):
        ann = fixture_annotations(article)
        ann.demands[0].type = "ceasefire"
        return ann

    app = make_app([fixture_article], analyzer=analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen._store_opened()
        screen.store.add_note(target_for(screen.raw, "demand", "d1"), "check this", [])
        screen._saved("Note saved")
        panel = screen.demand_list

        def prompt(option_id: str) -> str:
            return str(panel.get_option(option_id).prompt)

        assert "✎" in prompt("d1")
        screen.set_demand_type("other")  # d1 is filtered out: no error
        assert not panel.has_id("d1") and panel.has_id("d2")
        screen.set_demand_type("ceasefire")
        assert "✎" in prompt("d1") and "[ceasefire]" in prompt("d1")
