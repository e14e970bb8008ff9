"""Party colours (issue 18 #7, #8): the colour rule over both palettes on textual-dark and
textual-light, prominence, the legend, NO_COLOR."""
from __future__ import annotations

import itertools

import pytest
from colour_rule import ciede2000, contrast, in_256, rgb
from textual.theme import BUILTIN_THEMES

from tui.model import Quote, Speaker
from tui.screens.reader import by_prominence
from tui.widgets.colors import (CURRENT_STYLE, DARK_PALETTE, LIGHT_PALETTE, NEUTRAL,
                                NO_COLOR_QUOTE_STYLE, assign_colors, palette, quote_style)


def theme_colours(name: str) -> tuple[str, str]:
    variables = BUILTIN_THEMES[name].to_color_system().generate()
    return variables["background"], variables["foreground"]


@pytest.mark.parametrize("theme, min_de_256", [("textual-dark", 20.0), ("textual-light", 15.0)])
def test_the_colour_rule_holds_on_both_themes(theme, min_de_256):
    dark = BUILTIN_THEMES[theme].dark
    background, text = (rgb(c) for c in theme_colours(theme))
    colours = [rgb(c) for c in palette(dark)]
    assert len(colours) == 8
    for c in colours:
        assert contrast(c, background) >= 4.5, (theme, c)
        assert contrast(in_256(c), in_256(background)) >= 4.5, (theme, c)  # 256 colours
        assert ciede2000(c, text) >= 10, (theme, c)  # not the minor parties' neutral
    for a, b in itertools.combinations(colours, 2):
        assert ciede2000(a, b) >= 20, (theme, a, b)
        # On textual-light no eight legible 256-colour colours are 20 apart (16.5 at most:
        # tools/party_palette.py), so 15 there.
        assert ciede2000(in_256(a), in_256(b)) >= min_de_256, (theme, a, b)


def test_the_issue_pair_is_gone():
    # Israel and Hamas were olive #8A7213 and orange #AE5E18 (ΔE00 18.5), both gold-brown.
    assert ciede2000(rgb("#8A7213"), rgb("#AE5E18")) < 20
    for colours in (DARK_PALETTE, LIGHT_PALETTE):
        assert ciede2000(rgb(colours[0]), rgb(colours[1])) >= 20


def test_the_most_prominent_parties_get_the_colours_the_rest_share_neutral():
    ids = [f"p{i}" for i in range(23)]
    colours = assign_colors(ids, dark=True)
    assert [colours[i] for i in ids[:8]] == list(DARK_PALETTE)
    assert {colours[i] for i in ids[8:]} == {NEUTRAL}
    assert list(assign_colors(ids, dark=False).values())[:8] == list(LIGHT_PALETTE)
    assert set(assign_colors(ids, no_color=True).values()) == {NEUTRAL}


def test_prominence_counts_mentions_quotes_and_demands(fixture_article):
    from conftest import fixture_annotations

    ann = fixture_annotations(fixture_article)
    order = [p.id for p in by_prominence(ann)]
    # Northland: 3 mentions, 2 quotes, 1 demand (8); Southland: 4, 1, 2 (8, later);
    # Harbour League: 1 mention, 1 quote (3).
    assert order == ["northland", "southland", "harbour-league"]
    league = Speaker("League", "harbour-league", 0, 0, "")
    ann.quotes += [Quote(f"x{i}", 0, 1, "x", "direct", league) for i in range(3)]
    assert [p.id for p in by_prominence(ann)][0] == "harbour-league"  # 1 + 2 × 4 quotes


def test_highlights_do_not_rely_on_colour_alone():
    assert "reverse" in CURRENT_STYLE and "bold" in CURRENT_STYLE
    assert "italic" in quote_style("#E02828") and "italic" in quote_style(None)
    assert quote_style("#E02828", no_color=True) == NO_COLOR_QUOTE_STYLE


async def test_no_color_uses_weight_and_underline_not_dimness(monkeypatch, make_app,
                                                               fixture_article):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app([fixture_article])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.no_color
        screen = app.screen
        assert set(screen.party_colors.values()) == {NEUTRAL}
        view = screen.query_one("#article")
        styles = [str(s.style) for c in view.block_contents() for s in c.spans]
        assert CURRENT_STYLE in styles  # the current quote still stands out
        assert NO_COLOR_QUOTE_STYLE in styles  # the others are underlined, not grey
        assert not any("dim" in s or " on " in s for s in styles if "italic" in s)
        # What the terminal gets: the quotes' cells are underlined, none is dimmed.
        rows = app.screen._compositor.render_full_update().strips
        quote_cells = [seg for row in rows for strip in row for seg in strip
                       if seg.style and seg.style.underline and seg.style.italic
                       and seg.text.strip()]
        assert quote_cells and not any(seg.style.dim for seg in quote_cells)


async def test_the_parties_pane_is_the_legend(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        parties = screen.query_one("#parties")
        listed = [parties.get_option_at_index(i).id for i in range(parties.option_count)]
        assert listed == [p.id for p in screen.parties]  # most prominent first
        for pid, colour in screen.party_colors.items():
            prompt = parties.get_option(pid).prompt
            first = prompt.paragraphs[0][0]
            assert any(colour in str(s.style) for s in first.spans), pid  # swatch, name
